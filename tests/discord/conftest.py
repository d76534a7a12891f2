"""Fixtures for the Discord end-to-end tests: a fake Discord and a guard on error logs.

Why the guard: discord.py catches exceptions raised in event handlers and only logs them, so a
broken handler would otherwise leave a test waiting for a request that never comes (or pass).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator

import discord
import pytest
import yarl

from tests.discord.fake_discord import FakeDiscord


class ErrorLogGuard(logging.Handler):
    """Collects ERROR+ records from `discord.*` and `bot.*`; tests may declare expected ones."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []
        self.expected: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def expect(self, fragment: str) -> None:
        self.expected.append(fragment)

    def unexpected(self) -> list[str]:
        found = []
        for record in self.records:
            text = record.getMessage()
            if record.exc_info and record.exc_info[1] is not None:
                text += f" [{type(record.exc_info[1]).__name__}: {record.exc_info[1]}]"
            if not any(fragment in text for fragment in self.expected):
                found.append(f"{record.name}: {text}")
        return found


@pytest.fixture
def error_log() -> Iterator[ErrorLogGuard]:
    guard = ErrorLogGuard()
    loggers = [logging.getLogger("discord"), logging.getLogger("bot")]
    for logger in loggers:
        logger.addHandler(guard)
    try:
        yield guard
    finally:
        for logger in loggers:
            logger.removeHandler(guard)
    problems = guard.unexpected()
    if problems:
        pytest.fail("errors were logged during the test:\n" + "\n".join(problems))


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch, error_log: ErrorLogGuard) -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord()
    await server.start()
    monkeypatch.setattr(discord.http.Route, "BASE", server.api_base)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url))
    try:
        yield server
    finally:
        await server.stop()
