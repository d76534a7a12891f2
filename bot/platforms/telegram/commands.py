"""Commands: for everyone in groups, for moderators in the alert chat, and in private.

In a protected group anyone may read the safety guide (`/safety`) or report a message by
replying `/report` to it; the command message is deleted so the report stays discreet. The alert
chat is where moderators work (`/cases`, `/case`, `/note`, `/check`, `/forget`); what they may see
is limited to the groups linked to that chat, and acting requires being an admin of the group
the case belongs to. `/lookout status` answers "why am I not getting alerts?" in words.
"""

from __future__ import annotations

import contextlib
import html
import logging

from telegram import Message, User
from telegram.error import TelegramError

from bot.actions import AlertView
from bot.platforms.telegram import linking
from bot.platforms.telegram.alerts import deliver_alert, edit_alert, render
from bot.platforms.telegram.faults import call_api
from bot.platforms.telegram.nudges import tip_category, tip_text
from bot.platforms.telegram.render import case_summary
from bot.platforms.telegram.runtime import ADMIN_STATUSES, Runtime
from bot.platforms.telegram.send import reply
from bot.platforms.telegram.staff import is_admin
from bot.platforms.telegram.translate import GROUP_TYPES, author_of, message_event

log = logging.getLogger("lookout.telegram")
FINAL = frozenset({"false_positive", "actioned", "reported", "closed"})
MAX_LISTED = 20

WELCOME = (
    "Hi! I'm Lookout. I help keep youth groups safe and can show you short safety tips.\n\n"
    "If someone online makes you feel uncomfortable, asks for photos, asks you to keep secrets "
    "or to move to another app: you can block them, report them, and tell an adult you trust."
)


# ------------------------------------------------------------------ groups, anyone


async def safety(rt: Runtime, message: Message) -> None:
    settings = await rt.lookout.get_settings(str(message.chat.id))
    await reply(rt, message, html.escape(rt.lookout.safety_guide(settings.language)))


async def report(rt: Runtime, message: Message, reason: str) -> None:
    """`/report` as a reply: open or join a case, tell moderators, remove the command message."""
    reporter = message.from_user
    target = message.reply_to_message
    await _delete_quietly(rt, message)
    if reporter is None:
        return
    if target is None or target.forum_topic_created is not None:
        await _tell_privately(rt, reporter, "To report a message, reply to it with /report.")
        return
    event = message_event(
        target,
        edited=False,
        is_staff=False,
        joined_at=rt.joined.get((str(target.chat.id), str(getattr(target.from_user, "id", "")))),
    )
    if event is None:
        await _tell_privately(rt, reporter, "That message cannot be reported (it was posted by a bot or a channel).")
        return
    view = await rt.lookout.report(event, author_of(reporter), reason)
    await deliver_alert(rt, view)
    await _tell_privately(rt, reporter, "Thank you. The moderators have been told; nobody else can see your report.")


async def _delete_quietly(rt: Runtime, message: Message) -> None:
    try:
        await call_api(
            lambda: rt.bot.delete_message(message.chat.id, message.message_id),
            what="deleteMessage(/report)",
            policy=rt.retry,
        )
    except TelegramError as err:
        rt.health.problem(
            str(message.chat.id),
            "cannot_delete",
            "the bot cannot delete messages here, so /report commands stay visible "
            "(make it an admin with 'Delete messages')",
        )
        log.info("telegram: /report message not deleted: %s", err)


async def _tell_privately(rt: Runtime, user: User, text: str) -> None:
    """Private acknowledgements are best-effort: many members never started the bot."""
    with contextlib.suppress(TelegramError):
        await call_api(lambda: rt.bot.send_message(user.id, text), what="sendMessage(private)", policy=rt.retry)


# ------------------------------------------------------------------ status


async def status(rt: Runtime, message: Message) -> None:
    chat = message.chat
    served = await linking.groups_served(rt, str(chat.id))
    if served:
        parts = [await _group_status(rt, group) for group in served]
        text = "<b>Lookout status</b> (alert chat)\n\n" + "\n\n".join(parts)
    elif chat.type in GROUP_TYPES:
        if message.from_user is None or not await is_admin(rt, chat.id, message.from_user.id):
            await reply(rt, message, "Only admins of this group can see Lookout's status.")
            return
        text = "<b>Lookout status</b>\n\n" + await _group_status(rt, str(chat.id))
    else:
        text = "Run /lookout status in a protected group or in its alert chat."
    await reply(rt, message, text)


async def _group_status(rt: Runtime, group: str) -> str:
    title = rt.titles.get(group) or group
    lines = [f"<b>{html.escape(title)}</b>"]
    me = None
    try:
        me = await call_api(
            lambda: rt.bot.get_chat_member(int(group), rt.bot_id), what="getChatMember(me)", policy=rt.retry
        )
    except (TelegramError, ValueError):
        rt.health.mark_removed(group, "status check refused")
    if me is None or me.status in ("left", "kicked"):
        lines.append("❌ The bot is not in this group any more: add it back as an admin.")
    else:
        rt.health.mark_present(group)
        is_admin_now = me.status in ADMIN_STATUSES
        if rt.can_read_all_group_messages or is_admin_now:
            lines.append("✅ Sees ordinary messages")
        else:
            lines.append(
                "❌ Cannot see ordinary messages: privacy mode is on. In @BotFather use "
                "/setprivacy → Disable (then remove and re-add the bot), or make the bot an admin."
            )
        can_delete = me.status == "creator" or bool(getattr(me, "can_delete_messages", False))
        can_ban = me.status == "creator" or bool(getattr(me, "can_restrict_members", False))
        lines.append(f"{'✅' if can_delete else '❌'} Delete messages (keeps /report discreet)")
        lines.append(f"{'✅' if can_ban else '❌'} Ban users (needed for Mute and Ban buttons)")
    settings = await rt.lookout.get_settings(group)
    alert_chat = settings.alert_channel_id
    if not alert_chat:
        lines.append("❌ No alert chat linked: an admin should run /lookout_setup in the group.")
    elif rt.health.is_removed(alert_chat):
        lines.append("❌ The bot was removed from the alert chat: add it back or link a new one.")
    else:
        lines.append(f"✅ Alert chat linked (<code>{html.escape(alert_chat)}</code>)")
    lines.append(f"Open cases: {await rt.lookout.open_case_count(group)}")
    lines.extend(f"⚠️ {html.escape(p)}" for p in rt.health.problems(group) + rt.lookout.rule_problems())
    return "\n".join(lines)


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


async def _case_for(rt: Runtime, message: Message, case_id: str, served: tuple[str, ...]) -> AlertView | None:
    view = await rt.lookout.case_view(case_id)
    if view is None or view.community_id not in served:
        await reply(rt, message, f"No case <code>{html.escape(case_id)}</code> for the groups linked here.")
        return None
    if not await _may_act(rt, message.from_user, (view.community_id,)):
        await reply(rt, message, "Only admins of the group can do that.")
        return None
    return view


async def cases(rt: Runtime, message: Message, args: list[str]) -> None:
    served = await _served_or_explain(rt, message)
    if not served:
        return
    if not await _may_act(rt, message.from_user, served):
        await reply(rt, message, "Only admins of the linked groups can list cases.")
        return
    wanted = args[0] if args else None
    views: list[AlertView] = []
    for group in served:
        views.extend(await rt.lookout.list_cases(group, wanted))
    if wanted is None:
        views = [v for v in views if v.status not in FINAL]
    if not views:
        await reply(rt, message, "No open cases." if wanted is None else f"No cases with status {html.escape(wanted)}.")
        return
    lines = [case_summary(v) for v in views[:MAX_LISTED]]
    if len(views) > MAX_LISTED:
        lines.append(f"… and {len(views) - MAX_LISTED} more")
    await reply(rt, message, "\n".join(lines) + "\n\nDetails: /case &lt;id&gt;")


async def case(rt: Runtime, message: Message, args: list[str]) -> None:
    served = await _served_or_explain(rt, message)
    if not served or not args:
        if served:
            await reply(rt, message, "Usage: /case &lt;case id&gt;")
        return
    view = await _case_for(rt, message, args[0], served)
    if view is None:
        return
    text, markup = await render(rt, view)
    await reply(rt, message, text, markup)


async def note(rt: Runtime, message: Message, args: list[str]) -> None:
    served = await _served_or_explain(rt, message)
    if not served:
        return
    if len(args) < 2 or message.from_user is None:
        await reply(rt, message, "Usage: /note &lt;case id&gt; &lt;text&gt;")
        return
    view = await _case_for(rt, message, args[0], served)
    if view is None:
        return
    updated = await rt.lookout.add_note(view.case_id, author_of(message.from_user, is_staff=True), " ".join(args[1:]))
    if updated.alert_ref:
        text, markup = await render(rt, updated)
        await edit_alert(rt, updated.alert_ref, text, markup)
    await reply(rt, message, f"Note added to case <code>{html.escape(view.case_id)}</code>.")


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


# ------------------------------------------------------------------ private chat


async def start(rt: Runtime, message: Message, args: list[str]) -> None:
    payload = args[0] if args else ""
    user = message.from_user
    category = tip_category(payload)
    if category is not None:
        language = (user.language_code or "en").split("-")[0] if user else "en"
        await reply(rt, message, tip_text(rt.lookout.tip(category, language)))
        return
    if payload.startswith(linking.SETUP_PREFIX) and user is not None:
        await linking.setup_from_deep_link(rt, payload, user, message)
        return
    await reply(rt, message, html.escape(WELCOME))


async def link(rt: Runtime, message: Message, args: list[str]) -> None:
    """`/lookout_link CODE` in the chat that should receive alerts."""
    if len(args) != 1:
        await reply(rt, message, "Usage: /lookout_link &lt;code&gt; (get a code with /lookout_setup in your group)")
        return
    if not await linking.redeem(rt, args[0], message):
        await reply(rt, message, "That code is not valid or was already used. Run /lookout_setup again.")
