"""Safety tips for children: privately when possible, through a deep link otherwise.

A bot cannot open a private chat; it can only answer someone who has pressed Start. So the tip
is first tried privately (Telegram itself tells us with a 403 whether the child ever started the
bot, no extra bookkeeping needed). If that is not possible, the bot posts one short, neutral
line in the group that mentions only the child and carries a button to
`t.me/<bot>?start=tip_<category>`: pressing it opens the private chat, where `/start` shows the
tip. The public line never names, quotes or points at the suspect (it is not a reply to the
suspect's message) and says nothing about what happened.

The nudge modes "dm" and "button" behave the same here: on Telegram a private chat with the bot
exists only if the child opened it themselves, so using it is always the most discreet choice;
"off" switches tips off.
"""

from __future__ import annotations

import html
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.actions import SendNudge, Tip
from bot.platforms.telegram.faults import call_api, is_removed
from bot.platforms.telegram.runtime import Runtime

log = logging.getLogger("lookout.telegram")
TIP_PREFIX = "tip_"


def tip_text(tip: Tip) -> str:
    return f"💡 <b>{html.escape(tip.title)}</b>\n\n{html.escape(tip.body)}"


def public_line(child_id: str, child_name: str) -> str:
    """The only thing the group sees: the child's name and an invitation, nothing else."""
    mention = f'<a href="tg://user?id={html.escape(child_id)}">{html.escape(child_name or "Hi")}</a>'
    return f"{mention}, I have a short tip for you. Tap the button to read it privately."


async def deliver_nudge(rt: Runtime, nudge: SendNudge) -> bool:
    """Show the tip; returns True when it reached the child (privately or as a button)."""
    settings = await rt.lookout.get_settings(nudge.community_id)
    mode = settings.nudge_mode
    if mode == "off":
        return False
    if await _send_private(rt, nudge):
        await rt.lookout.nudge_delivered(nudge.nudge_id)
        return True
    if await _send_button(rt, nudge):
        await rt.lookout.nudge_delivered(nudge.nudge_id)
        return True
    return False


async def _send_private(rt: Runtime, nudge: SendNudge) -> bool:
    try:
        child_chat = int(nudge.child.id)
    except ValueError:
        return False
    try:
        await call_api(
            lambda: rt.bot.send_message(child_chat, tip_text(nudge.tip), parse_mode=ParseMode.HTML),
            what="sendMessage(tip)",
            policy=rt.retry,
        )
    except Forbidden as err:
        # "can't initiate conversation": never started the bot; "blocked": they chose not to hear
        # from it in private, and the group button remains their choice to press or not.
        log.debug("telegram: private tip not possible (%s), using the group button", err)
        return False
    except BadRequest as err:  # "chat not found": Telegram's other way of saying "never started"
        log.debug("telegram: private tip not possible (%s), using the group button", err)
        return False
    except TelegramError as err:
        log.warning("telegram: private tip failed: %s", err)
        return False
    return True


async def _send_button(rt: Runtime, nudge: SendNudge) -> bool:
    chat, _, thread = nudge.channel_id.partition("/")
    try:
        chat_id = int(chat or nudge.community_id)
    except ValueError:
        return False
    button = InlineKeyboardButton("Read the tip", url=rt.tip_link(nudge.tip.category))
    text = public_line(nudge.child.id, nudge.child.display_name)
    try:
        await call_api(
            lambda: rt.bot.send_message(
                chat_id,
                text,
                parse_mode=ParseMode.HTML,
                reply_markup=InlineKeyboardMarkup([[button]]),
                message_thread_id=int(thread) if thread.isdigit() else None,
            ),
            what="sendMessage(tip button)",
            policy=rt.retry,
        )
    except Forbidden as err:
        if is_removed(err):
            rt.health.mark_removed(str(chat_id), "posting a tip button was refused")
        else:
            rt.health.problem(str(chat_id), "cannot_post", "the bot may not post messages in this group")
        return False
    except TelegramError as err:
        log.warning("telegram: tip button not posted in chat %s: %s", chat_id, err)
        return False
    return True


def tip_category(start_payload: str) -> str | None:
    if start_payload.startswith(TIP_PREFIX) and len(start_payload) > len(TIP_PREFIX):
        return start_payload[len(TIP_PREFIX) :]
    return None
