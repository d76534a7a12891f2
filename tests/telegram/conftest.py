"""Fixtures: a fake Bot API per test and a way to run a real PTB Application against it."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram.ext import Application, ApplicationBuilder, ContextTypes

from tests.telegram.fake_bot_api import FakeBotAPI


@pytest.fixture
async def fake_api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as api:
        yield api


def app_builder(api: FakeBotAPI) -> ApplicationBuilder[Any, Any, Any, Any, Any, Any]:
    """An ApplicationBuilder pointed at the fake server (no real Telegram anywhere)."""
    return (
        ApplicationBuilder()
        .token(api.token)
        .base_url(api.base_url)
        .base_file_url(api.base_file_url)
    )


class HandlerErrors(list[BaseException]):
    """Exceptions raised inside PTB handlers; PTB itself only logs them, so tests check this."""

    async def collect(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        if context.error is not None:
            self.append(context.error)


@contextlib.asynccontextmanager
async def polling(
    app: Application[Any, Any, Any, Any, Any, Any],
    allowed_updates: list[str] | None = None,
    *,
    collect_errors: bool = True,
) -> AsyncIterator[HandlerErrors]:
    """Run `app` with long polling for the duration of the block, then stop it cleanly.

    Any handler exception fails the test at the end of the block (unless `collect_errors` is off
    because the application under test installs its own error handler, which the test inspects).
    """
    errors = HandlerErrors()
    if collect_errors:
        app.add_error_handler(errors.collect)
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=allowed_updates)
        try:
            yield errors
        finally:
            await app.updater.stop()
            await app.stop()
    assert not errors, f"handler errors: {errors!r}"
