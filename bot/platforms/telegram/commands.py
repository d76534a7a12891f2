"""Commands: for everyone in groups and in private, for moderators in the alert chat.

In a protected group anyone may read the safety guide (`/safety`) or report a message by replying
`/report` to it; the command message is deleted so the report stays discreet. In a private chat
with the bot, `/start` welcomes a child and `/safety` shows the guide. The alert chat is where
moderators work (`/cases`, `/case`, `/note`, `/check`, `/forget`); what they may see is limited to
the groups linked to that chat, and acting requires being an admin of the group the case belongs
to. `/lookout status` answers "why am I not getting alerts?" in words; `/lookout language` sets
the language children read Lookout in. Everything a child reads comes from the tips catalogue.
"""

from __future__ import annotations

import contextlib
import html
import logging

from telegram import ChatMember, ChatMemberAdministrator, LinkPreviewOptions, Message, User
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot import tips
from bot.moderation import Problem, Scope
from bot.platforms.telegram import linking
from bot.platforms.telegram.faults import call_api
from bot.platforms.telegram.render import case_list, status_lines, tip_text
from bot.platforms.telegram.runtime import ADMIN_STATUSES, Runtime, tip_category
from bot.platforms.telegram.send import reply
from bot.platforms.telegram.staff import is_admin
from bot.platforms.telegram.surface import CommandSurface, show_copy
from bot.platforms.telegram.translate import GROUP_TYPES, PLATFORM, author_of, message_event
from bot.vocabulary import CaseStatus, ModAction

log = logging.getLogger(__name__)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)  # a preview fetch must not use up a one-time link


def _user_language(user: User | None) -> str:
    return tips.normalize_language(user.language_code if user else None)


async def _language(rt: Runtime, message: Message) -> str:
    """A group's language in a group; the reader's own language in a private chat."""
    if message.chat.type in GROUP_TYPES:
        return await rt.moderation.language(str(message.chat.id))
    return _user_language(message.from_user)


# ------------------------------------------------------------------ anyone


async def safety(rt: Runtime, message: Message) -> None:
    guide = rt.lookout.safety_guide(await _language(rt, message))
    await reply(rt, message, html.escape(guide))


async def report(rt: Runtime, message: Message, reason: str) -> None:
    """`/report` as a reply: open or join a case, tell moderators, remove the command message."""
    reporter = message.from_user
    target = message.reply_to_message
    await _delete_quietly(rt, message)
    if reporter is None:
        return
    language = await _language(rt, message)
    if target is None or target.forum_topic_created is not None:
        await _tell_privately(rt, reporter, tips.message("report_how", language))
        return
    author = target.from_user
    event = message_event(
        target, edited=False, is_staff=False,
        joined_at=rt.joined.get((str(target.chat.id), str(author.id))) if author else None,
    )
    if event is None:
        await _tell_privately(rt, reporter, tips.message("report_not_possible", language))
        return
    thanks = await rt.moderation.report(event, author_of(reporter), reason)
    await _tell_privately(rt, reporter, thanks)


async def _delete_quietly(rt: Runtime, message: Message) -> None:
    try:
        await call_api(lambda: rt.bot.delete_message(message.chat.id, message.message_id),
                       what="deleteMessage(/report)", policy=rt.retry)
    except TelegramError as err:
        rt.board.problem(str(message.chat.id), Problem.CANNOT_DELETE,
                         "the bot cannot delete messages here, so /report commands stay visible "
                         "(make it an admin with 'Delete messages')")
        log.info("telegram: /report message not deleted: %s", err)


async def _tell_privately(rt: Runtime, user: User, text: str) -> None:
    """Private acknowledgements are best-effort: many members never started the bot."""
    with contextlib.suppress(TelegramError):
        await call_api(lambda: rt.bot.send_message(user.id, text), what="sendMessage(private)", policy=rt.retry)


async def start(rt: Runtime, message: Message, args: list[str]) -> None:
    """A private chat begins: a tip from a deep link, a setup link for admins, or the welcome."""
    payload = args[0] if args else ""
    user = message.from_user
    category = tip_category(payload)
    if category is not None:
        await reply(rt, message, tip_text(rt.lookout.tip(category, _user_language(user))))
        return
    if payload.startswith(linking.SETUP_PREFIX) and user is not None:
        await linking.setup_from_deep_link(rt, payload, user, message)
        return
    await reply(rt, message, html.escape(tips.message("welcome", _user_language(user))))


# ------------------------------------------------------------------ status and settings


async def _groups_for(rt: Runtime, message: Message, refusal: str, *, changes: bool) -> tuple[str, ...]:
    """The groups a command in this chat is about: the group itself (for its admins), or every
    group linked to this alert chat (a moderators' chat; changing settings from there takes an
    admin of the groups too). Empty after telling the sender why not."""
    chat = message.chat
    served = await linking.groups_served(rt, str(chat.id))
    if served:
        if changes and not await _may_act(rt, message.from_user, served):
            await reply(rt, message, refusal)
            return ()
        return served
    if chat.type not in GROUP_TYPES:
        await reply(rt, message, "Run /lookout in a protected group or in its alert chat.")
        return ()
    if not await _may_act(rt, message.from_user, (str(chat.id),)):
        await reply(rt, message, refusal)
        return ()
    return (str(chat.id),)


async def status(rt: Runtime, message: Message) -> None:
    groups = await _groups_for(rt, message, "Only admins of this group can see Lookout's status.", changes=False)
    if not groups:
        return
    parts = [await _group_status(rt, group) for group in groups]
    where = " (alert chat)" if message.chat.type not in GROUP_TYPES or str(message.chat.id) not in groups else ""
    await reply(rt, message, f"<b>Lookout status</b>{where}\n\n" + "\n\n".join(parts))


async def _group_status(rt: Runtime, group: str) -> str:
    title = rt.titles.get(group) or group
    lines = [f"<b>{html.escape(title)}</b>"]
    me = None
    try:
        me = await call_api(lambda: rt.bot.get_chat_member(int(group), rt.bot_id), what="getChatMember(me)",
                            policy=rt.retry)
    except (TelegramError, ValueError):
        rt.board.mark_removed(group, "status check refused")
    if me is None or me.status in ("left", "kicked"):
        lines.append("❌ The bot is not in this group any more: add it back as an admin.")
    else:
        rt.board.mark_present(group)
        is_admin_now = me.status in ADMIN_STATUSES
        if rt.can_read_all_group_messages or is_admin_now:
            lines.append("✅ Sees ordinary messages")
        else:
            lines.append("❌ Cannot see ordinary messages: privacy mode is on. In @BotFather use "
                         "/setprivacy → Disable (then remove and re-add the bot), or make the bot an admin.")
        admin = me if isinstance(me, ChatMemberAdministrator) else None
        can_delete = me.status == ChatMember.OWNER or bool(admin and admin.can_delete_messages)
        can_ban = me.status == ChatMember.OWNER or bool(admin and admin.can_restrict_members)
        lines.append(f"{'✅' if can_delete else '❌'} Delete messages (keeps /report discreet)")
        lines.append(f"{'✅' if can_ban else '❌'} Ban users (needed for Mute and Ban buttons)")
    report = await rt.moderation.status(group, PLATFORM)
    alert_chat = report.settings.alert_channel_id
    if not alert_chat:
        lines.append("❌ No alert chat linked: an admin should run /lookout_setup in the group.")
    elif rt.board.is_removed(alert_chat):
        lines.append("❌ The bot was removed from the alert chat: add it back or link a new one.")
    else:
        lines.append(f"✅ Alert chat linked (<code>{html.escape(alert_chat)}</code>)")
    lines.extend(status_lines(report))
    return "\n".join(lines)


async def language(rt: Runtime, message: Message, args: list[str]) -> None:
    """`/lookout language <code>`: the language children read tips, the guide and the report in."""
    choices = ", ".join(f"{code} ({tips.language_name(code)})" for code in tips.languages())
    if len(args) != 1:
        await reply(rt, message, f"Usage: /lookout language &lt;code&gt;, one of: {html.escape(choices)}")
        return
    groups = await _groups_for(rt, message, "Only admins of this group can change Lookout's language.", changes=True)
    changed, name = [], ""
    for group in groups:
        try:
            name = await rt.moderation.set_language(group, args[0])
        except ValueError as err:
            await reply(rt, message, f"Not changed: {html.escape(str(err))}.")
            return
        changed.append(html.escape(rt.titles.get(group) or group))
    if changed:
        await reply(rt, message, f"Tips, the /safety guide and the report messages are now in {html.escape(name)} "
                                 f"for {', '.join(changed)}.")


# ------------------------------------------------------------------ alert chat, moderators


async def _served_or_explain(rt: Runtime, message: Message) -> tuple[str, ...]:
    served = await linking.groups_served(rt, str(message.chat.id))
    if not served:
        await reply(rt, message, "This chat is not linked to a group. Run /lookout_setup in the group first.")
    return served


async def _may_act(rt: Runtime, user: User | None, groups: tuple[str, ...]) -> bool:
    if user is None:
        return False
    for group in groups:
        try:
            if await is_admin(rt, int(group), user.id):
                return True
        except ValueError:
            continue
    return False


async def cases(rt: Runtime, message: Message, args: list[str]) -> None:
    served = await _served_or_explain(rt, message)
    if not served:
        return
    if not await _may_act(rt, message.from_user, served):
        await reply(rt, message, "Only admins of the linked groups can list cases.")
        return
    try:
        wanted = CaseStatus(args[0]) if args else None
    except ValueError:
        await reply(rt, message, "Usage: /cases [" + " | ".join(s.value for s in CaseStatus) + "]")
        return
    await reply(rt, message, case_list(await rt.moderation.list_cases(served, wanted)))


async def case(rt: Runtime, message: Message, args: list[str]) -> None:
    served = await _served_or_explain(rt, message)
    if not served:
        return
    if not args:
        await reply(rt, message, "Usage: /case &lt;case id&gt;")
        return
    view = await rt.moderation.find_case(args[0], Scope(served))
    if view is None:
        await reply(rt, message, f"No case <code>{html.escape(args[0])}</code> for the groups linked here.")
        return
    if not await _may_act(rt, message.from_user, (view.community_id,)):
        await reply(rt, message, "Only admins of the group can do that.")
        return
    await show_copy(rt, message, view)


async def note(rt: Runtime, message: Message, args: list[str]) -> None:
    served = await _served_or_explain(rt, message)
    if not served:
        return
    if len(args) < 2 or message.from_user is None:
        await reply(rt, message, "Usage: /note &lt;case id&gt; &lt;text&gt;")
        return
    await rt.moderation.act(args[0], ModAction.NOTE, author_of(message.from_user, is_staff=True),
                            CommandSurface(rt, message), scope=Scope(served), detail=" ".join(args[1:]))


async def check(rt: Runtime, message: Message, text: str) -> None:
    """Moderators only (alert chat): in a group it would let anyone probe the rules for gaps."""
    if not await _served_or_explain(rt, message):
        return
    if not text.strip():
        await reply(rt, message, "Usage: /check &lt;text&gt;: shows what Lookout's rules see in it.")
        return
    detection = rt.lookout.check(text)
    lines = [
        "Categories: " + (", ".join(detection.categories) or "none"),
        "Rules: " + (", ".join(detection.rules) or "none"),
    ]
    if detection.declared_age is not None:
        lines.append(f"Declared age: {detection.declared_age}")
    lines.append(f"Normalised: <code>{html.escape(detection.normalized[:500])}</code>")
    await reply(rt, message, html.escape("\n".join(lines[:-1])) + "\n" + lines[-1])


async def forget(rt: Runtime, message: Message, args: list[str]) -> None:
    served = await _served_or_explain(rt, message)
    if not served:
        return
    if len(args) != 1 or not args[0].lstrip("-").isdigit():
        await reply(rt, message, "Usage: /forget &lt;Telegram user id&gt;")
        return
    if not await _may_act(rt, message.from_user, served):
        await reply(rt, message, "Only admins of the linked groups can do that.")
        return
    summaries = []
    for group in served:
        result = await rt.lookout.forget(args[0], community_id=group)
        summaries.append(f"{html.escape(rt.titles.get(group) or group)}: {html.escape(result.summary())}")
    await reply(rt, message, "\n".join(summaries))


async def console(rt: Runtime, message: Message, args: list[str]) -> None:
    """`/lookout_console` in the alert chat: a one-time web console link, sent to the moderator
    privately (the alert chat may hold other people; whoever opens the link first is signed in)."""
    user = message.from_user
    served = await _served_or_explain(rt, message)
    if not served or user is None:
        return
    login = await rt.moderation.console_login(PLATFORM, author_of(user, is_staff=True), served,
                                              names={g: title for g in served if (title := rt.titles.get(g))})
    if login.url is None:
        await reply(rt, message, html.escape(login.text))
        return
    try:
        await call_api(
            lambda: rt.bot.send_message(user.id, html.escape(login.text), parse_mode=ParseMode.HTML,
                                        link_preview_options=NO_PREVIEW),
            what="sendMessage(console link)", policy=rt.retry,
        )
    except TelegramError as err:  # mostly: they never opened a private chat with the bot
        log.info("telegram: console link not delivered privately: %s", type(err).__name__)
        await reply(rt, message, "I cannot message you privately yet. Open a private chat with me, press Start, "
                                 "then run /lookout_console here again.")
        return
    if message.chat.id != user.id:  # the alert chat may be the moderator's private chat with the bot
        await reply(rt, message, "I sent you a console login link in a private chat.")


async def link(rt: Runtime, message: Message, args: list[str]) -> None:
    """`/lookout_link CODE` in the chat that should receive alerts."""
    if len(args) != 1:
        await reply(rt, message, "Usage: /lookout_link &lt;code&gt; (get a code with /lookout_setup in your group)")
        return
    if not await linking.redeem(rt, args[0], message):
        await reply(rt, message, "That code is not valid or was already used. Run /lookout_setup again.")
