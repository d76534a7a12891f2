"""`lookout console` and `lookout run` with `[console]`, without a browser: starting, refusing, stopping.

The browser tests (tests/browser/) cover what a person does in the pages; these cover what the
commands promise whether or not Chromium is installed: one line and exit code 2 for what cannot
work, a login link that opens the console, 127.0.0.1 only, and a clean stop that frees the port.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import socket
from pathlib import Path

import aiohttp
import discord
import pytest

from bot.cli import main
from bot.config import parse_config
from bot.console_command import serve_console
from bot.runner import serve
from storage import open_storage
from tests.cli.test_cli_errors import one_error_line
from tests.discord.fake_discord import FakeDiscord

NO_SHARDS = argparse.Namespace(shard_ids=None, shard_count=None)
LINK = re.compile(r"http://127\.0\.0\.1:(\d+)/login/\S+")


async def _new_database(url: str) -> None:
    await (await open_storage(url)).close()


def _port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def test_a_missing_database_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "famly.db"  # a typo must not serve an empty console over a new file
    assert main(["console", "--db", str(missing)]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert "famly.db" in line
    assert not missing.exists()


@pytest.mark.parametrize("port", ["70000", "-1", "http"])
def test_a_bad_port_is_refused_by_name(tmp_path: Path, capsys: pytest.CaptureFixture[str], port: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["console", "--db", str(tmp_path / "family.db"), "--port", port])
    assert exit_.value.code == 2
    assert "is not a port number (0 to 65535" in capsys.readouterr().err


def test_a_port_in_use_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'family.db'}"
    asyncio.run(_new_database(url))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["console", "--db", url, "--port", str(port)]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert f"127.0.0.1:{port}" in line and "--port" in line


async def test_the_printed_link_opens_the_console_and_a_stop_frees_the_port(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'family.db'}"
    await _new_database(url)
    stop = asyncio.Event()
    args = argparse.Namespace(db=url, port=0, seal_key=None)
    task = asyncio.create_task(serve_console(args, parse_config(""), stop))
    printed = ""
    while not (found := LINK.search(printed)):
        assert not task.done(), capsys.readouterr()
        await asyncio.sleep(0.02)
        printed += capsys.readouterr().out
    link, port = found.group(0), int(found.group(1))
    assert "works once, within 10 minutes" in printed
    async with aiohttp.ClientSession() as http, http.get(link) as page:
        assert page.status == 200 and "Continue" in await page.text()
    stop.set()
    assert await asyncio.wait_for(task, 10) == 0
    assert "Console stopped." in capsys.readouterr().out
    assert _port_is_free(port)


def _run_config(db: Path, fake: FakeDiscord, port: int) -> str:
    return f"""
[detection]
languages = ["en"]

[storage]
url = {json.dumps(f"sqlite:///{db}")}

[discord]
api_base = {json.dumps(fake.api_base)}
gateway_url = {json.dumps(fake.gateway_url)}
guild_ready_timeout = 0.05

[console]
port = {port}
"""


@pytest.fixture
def discord_endpoints(monkeypatch: pytest.MonkeyPatch) -> None:
    """run_discord points discord.py's class-wide endpoints at the fake; restore them afterwards."""
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY",
                        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
    monkeypatch.setenv("LOOKOUT_DISCORD_TOKEN", "fake-token-for-run-with-console")
    monkeypatch.delenv("LOOKOUT_TELEGRAM_TOKEN", raising=False)


async def test_run_serves_the_console_beside_the_bot_and_stops_it(
    tmp_path: Path, discord_endpoints: None
) -> None:
    async with FakeDiscord() as fake:
        guild = fake.add_guild("Block Builders Youth", owner_id=(owner := fake.new_id()))
        fake.add_member(guild, "Server Owner", user_id=owner)
        channel = fake.add_channel(guild, "general")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        config = parse_config(_run_config(tmp_path / "lookout.db", fake, port))
        stop = asyncio.Event()
        task = asyncio.create_task(serve(config, NO_SHARDS, stop))
        try:
            await fake.wait_connected(timeout=60)  # serve() loads the packs first: slow on a loaded machine
            await fake.wait_for(lambda: fake.find("PUT", r"/applications/\d+/commands"), what="commands synced")
            token = await fake.slash(guild, channel, owner, "lookout", [{"type": 1, "name": "console", "options": []}])
            answer = (await fake.wait_reply(token))["data"]["content"]
            found = LINK.search(answer)
            assert found and int(found.group(1)) == port, answer
            async with aiohttp.ClientSession() as http, http.get(found.group(0)) as page:
                assert page.status == 200 and "Continue" in await page.text()
        finally:
            stop.set()
            result = await asyncio.wait_for(task, 15)
    assert result == 0
    assert _port_is_free(port), "the console's port is released at the stop"


async def test_run_with_the_console_port_taken_says_so_and_exits_2(
    tmp_path: Path, discord_endpoints: None, capsys: pytest.CaptureFixture[str]
) -> None:
    async with FakeDiscord() as fake:
        with socket.socket() as taken:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            port = taken.getsockname()[1]
            config = parse_config(_run_config(tmp_path / "lookout.db", fake, port))
            assert await asyncio.wait_for(serve(config, NO_SHARDS, asyncio.Event()), 15) == 2
        assert not fake.find("GET", r"/users/@me"), "no bot logs in when the console cannot start"
    line = one_error_line(capsys.readouterr().err)
    assert f"cannot serve [console] on 127.0.0.1:{port}" in line


async def test_a_sharded_process_serves_no_console_and_says_why(caplog: pytest.LogCaptureFixture) -> None:
    from typing import Any

    from bot.runner import _start_console

    nothing: Any = None  # never reached: a sharded process stops before building the console
    config = parse_config("[console]\nport = 8470")
    assert await _start_console(config, nothing, nothing, sharded=True) is None
    assert any("[console] is not served" in r.getMessage() and r.levelname == "WARNING" for r in caplog.records)


async def test_run_without_tokens_points_to_the_console_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("LOOKOUT_DISCORD_TOKEN", raising=False)
    monkeypatch.delenv("LOOKOUT_TELEGRAM_TOKEN", raising=False)
    assert await serve(parse_config("[console]\n"), NO_SHARDS, asyncio.Event()) == 2
    assert "lookout console --db URL" in one_error_line(capsys.readouterr().err)
