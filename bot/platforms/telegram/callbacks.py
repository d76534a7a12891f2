"""Alert buttons: translate a press into the moderation layer's action flow.

Anyone in the alert chat can press a button, and a forwarded alert can land anywhere, so the
layer checks that the presser is an administrator of the *protected* group right now (with the
right to ban users for Mute and Ban), as it does for every surface.
"""

from __future__ import annotations

from telegram import CallbackQuery

from bot.platforms.telegram.render import BUTTONS, parse_callback
from bot.platforms.telegram.runtime import Runtime
from bot.platforms.telegram.surface import ButtonSurface
from bot.platforms.telegram.translate import author_of


async def on_click(rt: Runtime, query: CallbackQuery) -> None:
    surface = ButtonSurface(rt, query)
    click = parse_callback(query.data)
    if click is None:
        await surface.refuse("This button is no longer valid.")
        return
    _label, action = BUTTONS[click.action]
    await rt.moderation.act(click.case_id, action, author_of(query.from_user, is_staff=True), surface)
