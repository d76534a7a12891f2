"""Telegram's side of the moderation ports: the Bot API calls behind alerts, actions and tips.

Every call goes through `call_api` (flood control and network errors are retried), and each
method turns Telegram's answer into the neutral result the moderation flows expect. A 403 that
says the bot is no longer in a chat is noted on the status board, so `/lookout status` can say so.

Tips: a bot cannot open a private chat; it can only answer someone who pressed Start. So the tip
is tried privately first whatever the nudge mode (Telegram tells us with a 403 whether the child
ever started the bot), and otherwise the group gets one neutral line that mentions only the child,
with a button to `t.me/<bot>?start=tip_<category>`, where `/start` shows the tip privately.
"""

from __future__ import annotations

import datetime as dt
import html
import logging

from telegram import ChatPermissions, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from bot import tips
from bot.actions import AlertView, Tip
from bot.events import Author
from bot.moderation import EditResult, Effect, Problem, Refused, Rights, Wording
from bot.platforms.telegram.alerts import parse_ref, render
from bot.platforms.telegram.faults import call_api, is_removed
from bot.platforms.telegram.render import tip_text
from bot.platforms.telegram.runtime import Runtime
from bot.platforms.telegram.staff import rights
from bot.platforms.telegram.translate import PLATFORM
from bot.vocabulary import ModAction

log = logging.getLogger(__name__)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
WORDING = Wording(
    moderators="admins of the protected group",
    setup_hint="an admin should run /lookout_setup in the group",
    rights={ModAction.TIMEOUT: "Ban users", ModAction.BAN: "Ban users"},
)


def _chat(chat_id: str) -> int | None:
    try:
        return int(chat_id)
    except ValueError:
        return None


class TelegramPort:
    """The `PlatformPort` for one Telegram bot."""

    platform = PLATFORM
    wording = WORDING
    private_is_opt_in = True

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt

    def serves(self, community_id: str) -> bool:
        return _chat(community_id) is not None

    async def rights(self, community_id: str, user_id: str) -> Rights:
        group, user = _chat(community_id), _chat(user_id)
        if group is None or user is None:
            return Rights(moderate=False)
        return await rights(self.rt, group, user)

    # ------------------------------------------------------------------ alerts

    async def post_alert(self, channel_id: str, view: AlertView) -> str | None:
        rt = self.rt
        chat_id = _chat(channel_id)
        if chat_id is None:
            raise Refused(Problem.ALERT_CHANNEL, f"the alert chat id {channel_id!r} is not a number: link the "
                                                 "alert chat again with /lookout_setup")
        text, markup = await render(rt, view)
        try:
            sent = await call_api(
                lambda: rt.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup,
                                            link_preview_options=NO_PREVIEW),
                what="sendMessage(alert)",
                policy=rt.retry,
            )
        except Forbidden as err:
            if is_removed(err):
                rt.board.mark_removed(channel_id, "sending an alert was refused")
            log.error("telegram: alert for case %s not delivered: %s", view.case_id, err)
            raise Refused(Problem.ALERT_CHANNEL, "alerts cannot be delivered: the bot was removed from the alert "
                                                 "chat (add it back, or link a new alert chat with /lookout_setup)"
                          ) from None
        except TelegramError as err:
            log.error("telegram: alert for case %s not delivered: %s", view.case_id, err)
            return None
        rt.board.mark_present(channel_id)
        return f"{sent.chat_id}:{sent.message_id}"

    async def edit_alert(self, alert_ref: str, view: AlertView) -> EditResult:
        """Edit a posted alert; GONE when it was deleted or the chat is unreachable."""
        parsed = parse_ref(alert_ref)
        if parsed is None:
            return EditResult.GONE
        chat_id, message_id = parsed
        rt = self.rt
        text, markup = await render(rt, view)
        try:
            await call_api(
                lambda: rt.bot.edit_message_text(text, chat_id=chat_id, message_id=message_id,
                                                 parse_mode=ParseMode.HTML, reply_markup=markup,
                                                 link_preview_options=NO_PREVIEW),
                what="editMessageText(alert)",
                policy=rt.retry,
            )
        except BadRequest as err:
            if "not modified" in str(err).lower():
                return EditResult.EDITED
            log.info("telegram: alert %s could not be edited (%s); posting a new one", alert_ref, err)
            return EditResult.GONE
        except Forbidden as err:
            if is_removed(err):
                rt.board.mark_removed(str(chat_id), "editing an alert was refused")
            return EditResult.GONE
        except TelegramError as err:
            log.warning("telegram: alert %s could not be edited: %s", alert_ref, err)
            return EditResult.FAILED
        return EditResult.EDITED

    async def announce_escalation(self, alert_ref: str, view: AlertView) -> None:
        """The edited alert says "escalated"; Telegram has no moderator role to ping."""

    async def setup_missing(self, community_id: str) -> None:
        """Only a group admin can link an alert chat; the status and the group's admins say how."""

    # ------------------------------------------------------------------ actions

    async def timeout(self, community_id: str, user_id: str, length: dt.timedelta, reason: str) -> Effect:
        until = dt.datetime.now(dt.UTC) + length
        hours = round(length.total_seconds() / 3600)
        try:
            await call_api(
                lambda: self.rt.bot.restrict_chat_member(int(community_id), int(user_id),
                                                         ChatPermissions.no_permissions(), until_date=until,
                                                         use_independent_chat_permissions=True),
                what="restrictChatMember",
                policy=self.rt.retry,
            )
        except (TelegramError, ValueError) as err:
            return self._failure("mute", community_id, err, Problem.TIMEOUT)
        return Effect(f"muted for {hours} h", f"Suspect muted for {hours} hours.")

    async def ban(self, community_id: str, user_id: str, reason: str) -> Effect:
        try:
            await call_api(lambda: self.rt.bot.ban_chat_member(int(community_id), int(user_id)),
                           what="banChatMember", policy=self.rt.retry)
        except (TelegramError, ValueError) as err:
            return self._failure("ban", community_id, err, Problem.BAN)
        return Effect("banned from the group", "Suspect banned from the group (their messages were kept as evidence).")

    def _failure(self, what: str, group_id: str, err: Exception, problem: Problem) -> Effect:
        text = str(err)
        if isinstance(err, Forbidden) and is_removed(err):
            self.rt.board.mark_removed(group_id, f"{what} refused")
            return Effect.failed(f"{what} failed: the bot is no longer in the group")
        if isinstance(err, BadRequest) and "rights" in text.lower():
            return Effect.failed(f"{what} failed: the bot needs the admin right to ban users", problem=Refused(
                problem, "the bot is not allowed to restrict or ban members (make it an admin with 'Ban users')"))
        log.warning("telegram: %s in chat %s failed: %s", what, group_id, err)
        return Effect.failed(f"{what} failed: {text}")

    # ------------------------------------------------------------------ tips

    async def send_private(self, user_id: str, tip: Tip) -> bool:
        child_chat = _chat(user_id)
        if child_chat is None:
            return False
        try:
            await call_api(lambda: self.rt.bot.send_message(child_chat, tip_text(tip), parse_mode=ParseMode.HTML),
                           what="sendMessage(tip)", policy=self.rt.retry)
        except (Forbidden, BadRequest) as err:
            # "can't initiate conversation" / "chat not found": never started the bot; "blocked":
            # they chose not to hear from it in private, and the group button stays their choice.
            log.debug("telegram: private tip not possible (%s), using the group button", err)
            return False
        except TelegramError as err:
            log.warning("telegram: private tip failed: %s", err)
            return False
        return True

    async def send_button(self, community_id: str, channel_id: str, child: Author, tip: Tip) -> bool:
        """The only thing the group sees: the child's name and an invitation, nothing else."""
        chat, _, thread = channel_id.partition("/")
        chat_id = _chat(chat or community_id)
        if chat_id is None:
            return False
        button = InlineKeyboardButton(tips.message("tip_button_private", tip.language),
                                      url=self.rt.tip_link(tip.category))
        mention = f'<a href="tg://user?id={html.escape(child.id)}">{html.escape(child.display_name or "Hi")}</a>'
        text = html.escape(tips.message("tip_prompt_private", tip.language)).replace("{name}", mention)
        try:
            await call_api(
                lambda: self.rt.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML,
                                                 reply_markup=InlineKeyboardMarkup([[button]]),
                                                 message_thread_id=int(thread) if thread.isdigit() else None),
                what="sendMessage(tip button)",
                policy=self.rt.retry,
            )
        except Forbidden as err:
            if is_removed(err):
                self.rt.board.mark_removed(str(chat_id), "posting a tip button was refused")
                return False
            raise Refused(Problem.NUDGE_CHANNEL, "the bot may not post messages in this group") from None
        except TelegramError as err:
            log.warning("telegram: tip button not posted in chat %s: %s", chat_id, err)
            return False
        return True
