"""Linking a protected group to its alert chat with a one-time code.

Alerts name suspects and children and quote messages, so they must only ever reach people the
group's admins chose. Hence:
* only an admin of the group (checked live with getChatMember) can ask for a code;
* the code is never shown in the group, where any member (or the suspect) could read it: it is
  sent to the admin privately, or, if they never started the bot, the group gets a button that
  opens the private chat (`/start setup_<group>`), where admin status is checked again;
* posting the code in a chat (`/lookout_link CODE`, or the code alone) makes that chat the alert
  chat; the service consumes the code so it works once.
Which groups an alert chat serves is asked of the service (the alert links in storage), so
commands there know which cases they may show, also after a restart.
"""

from __future__ import annotations

import html
import logging
import re

from telegram import Chat, InlineKeyboardButton, InlineKeyboardMarkup, Message, User
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError

from bot.platforms.telegram.faults import call_api
from bot.platforms.telegram.runtime import Runtime
from bot.platforms.telegram.send import reply
from bot.platforms.telegram.staff import is_admin
from bot.platforms.telegram.translate import PLATFORM

log = logging.getLogger(__name__)
SETUP_PREFIX = "setup_"
# A bare message is only tried as a code when it looks like one: a single token with a digit.
CODE_SHAPE = re.compile(r"^(?=.*\d)[A-Za-z0-9-]{6,40}$")


def looks_like_code(text: str) -> bool:
    return bool(CODE_SHAPE.match(text.strip()))


async def groups_served(rt: Runtime, chat_id: str) -> tuple[str, ...]:
    """The protected groups whose alerts go to `chat_id` (empty when it is not an alert chat)."""
    cached = rt.alert_for.get(chat_id)
    if cached is not None:
        return cached
    result = await rt.lookout.alert_communities(chat_id)
    rt.alert_for.put(chat_id, result)
    return result


async def request_code(rt: Runtime, group: Chat, user: User, command: Message) -> None:
    """`/lookout_setup` in a protected group."""
    if not await is_admin(rt, group.id, user.id):
        await reply(rt, command, "Only admins of this group can set up Lookout.")
        return
    if await send_code_privately(rt, group, user):
        await reply(rt, command, "I sent you a setup code in a private chat.")
        return
    button = InlineKeyboardButton("Get the setup code", url=rt.start_link(f"{SETUP_PREFIX}{group.id}"))
    await reply(rt, command, "Open a private chat with me to get the setup code:", InlineKeyboardMarkup([[button]]))


async def send_code_privately(rt: Runtime, group: Chat | int, user: User) -> bool:
    group_id = group.id if isinstance(group, Chat) else group
    title = group.title if isinstance(group, Chat) else rt.titles.get(str(group_id))
    code = await rt.lookout.create_link_code(str(group_id))
    text = (
        f"Setup code for <b>{html.escape(title or str(group_id))}</b>:\n\n<code>{html.escape(code)}</code>\n\n"
        "Post <code>/lookout_link " + html.escape(code) + "</code> in the chat where alerts should "
        "arrive (a private group of your moderators, or this chat). The code works once."
    )
    try:
        await call_api(
            lambda: rt.bot.send_message(user.id, text, parse_mode=ParseMode.HTML),
            what="sendMessage(setup code)",
            policy=rt.retry,
        )
    except Forbidden:
        return False
    except TelegramError as err:
        log.warning("telegram: setup code not sent: %s", err)
        return False
    return True


async def setup_from_deep_link(rt: Runtime, payload: str, user: User, message: Message) -> None:
    """`/start setup_<group id>` in private: check admin status again, then send the code."""
    raw = payload[len(SETUP_PREFIX) :]
    try:
        group_id = int(raw)
    except ValueError:
        await reply(rt, message, "That setup link is not valid. Run /lookout_setup in your group again.")
        return
    if not await is_admin(rt, group_id, user.id):
        await reply(rt, message, "Only admins of that group can set up Lookout.")
        return
    if not await send_code_privately(rt, group_id, user):
        await reply(rt, message, "I could not send the setup code; please try again.")


async def redeem(rt: Runtime, code: str, message: Message) -> bool:
    """Try `code` as a link code for the chat `message` is in; True when it linked something."""
    chat_id = str(message.chat.id)
    community = await rt.lookout.redeem_link_code(code.strip(), chat_id)
    if community is None:
        return False
    if community == chat_id:
        # Alerts name children and quote suspects: the service never links a group to itself.
        await reply(
            rt,
            message,
            "A group cannot be its own alert chat: alerts are for moderators only. "
            "Run /lookout_setup again and post the code in a private moderators' chat.",
        )
        return True
    rt.alert_for.drop(chat_id)
    rt.board.mark_present(chat_id)
    waiting = await rt.moderation.set_alert_channel(PLATFORM, community)  # stored by the service already
    title = rt.titles.get(community) or community
    await reply(
        rt,
        message,
        f"Linked. Alerts for <b>{html.escape(title)}</b> will arrive in this chat. "
        + (f"{waiting} alert(s) that were waiting have been posted here. " if waiting else "")
        + "Commands here: /cases, /case, /note, /check, /forget, /lookout status.",
    )
    log.info("telegram: chat %s linked as the alert chat of %s", chat_id, community)
    return True
