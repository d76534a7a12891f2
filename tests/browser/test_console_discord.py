"""A moderator's console beside the live Discord bot, in a real browser.

`bot.runner.serve` runs exactly as `lookout run` does, with `[console]` set, against the fake
Discord (gateway and REST on 127.0.0.1). A stranger works on a child in two servers; Rowan
moderates the first only. Rowan asks `/lookout console` in Discord, opens the link in Chromium,
acknowledges the case there, and the alert in Discord's alert channel shows it. The second
server's case stays out of reach. Names are invented; the chat shows tactics only.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import discord
import pytest

from tests.browser.conftest import need_browser, screenshot

need_browser()  # skip (or fail where required) before importing Selenium-based helpers

from selenium.webdriver.common.by import By  # noqa: E402

import bot.platforms.discord as discord_platform  # noqa: E402
from bot.config import parse_config  # noqa: E402
from bot.platforms.discord import LookoutBot  # noqa: E402
from bot.runner import serve  # noqa: E402
from bot.service import Lookout  # noqa: E402
from tests.browser.harness import (  # noqa: E402
    LoopThread,
    find,
    fits_width,
    free_port,
    log_in,
    submit_with,
    text_of,
    wait,
)
from tests.discord.fake_discord import FakeDiscord  # noqa: E402
from tests.discord.harness import World, build_world  # noqa: E402
from tests.discord.test_scenarios import GROOMING, _sub  # noqa: E402

NO_SHARDS = argparse.Namespace(shard_ids=None, shard_count=None)
LINK = re.compile(r"http://127\.0\.0\.1:\d+/login/\S+")


@dataclass
class Running:
    servers: LoopThread
    fake: FakeDiscord
    world: World
    other_guild: int
    other_general: int
    other_alerts: int
    bot: LookoutBot
    stop: asyncio.Event
    task: concurrent.futures.Future[int]
    console_base: str

    def run(self, coro: Any) -> Any:
        return self.servers.run(coro)


def _config(db: Path, fake: FakeDiscord, port: int) -> str:
    return f"""
[detection]
languages = ["en"]

[storage]
url = {json.dumps(f"sqlite:///{db}")}

[discord]
api_base = {json.dumps(fake.api_base)}
gateway_url = {json.dumps(fake.gateway_url)}
moderator_role = "Moderator"
guild_ready_timeout = 0.05

[console]
listen = "127.0.0.1"
port = {port}
"""


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    servers = LoopThread()
    built: list[LookoutBot] = []
    make_bot = discord_platform.build_bot

    def record_bot(*args: Any, **kwargs: Any) -> LookoutBot:
        built.append(make_bot(*args, **kwargs))
        return built[-1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LOOKOUT_DISCORD_TOKEN", "fake-token-for-the-console-tests")
        patch.delenv("LOOKOUT_TELEGRAM_TOKEN", raising=False)
        patch.setattr(discord_platform, "build_bot", record_bot)
        # run_discord points discord.py's class-wide endpoints at the fake; restore them afterwards.
        patch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
        patch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY",
                      discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)

        async def start_fake() -> FakeDiscord:
            return await FakeDiscord().start()

        fake = servers.run(start_fake())
        world = build_world(fake)
        # A second server with the same stranger and child in it, where Rowan is only a member.
        other = fake.add_guild("Pixel Racers Juniors", owner_id=fake.new_id())
        fake.add_role(other, "13-15")
        other_general = fake.add_channel(other, "general")
        other_alerts = fake.add_channel(other, "mod-alerts")
        for user, name, roles in ((world.child, "Mia", ["13-15"]), (world.stranger, "CoolCoach", []),
                                  (world.moderator, "Rowan", [])):
            fake.add_member(other, name, roles=roles, user_id=user)
        folder = tmp_path_factory.mktemp("bot")
        config = parse_config(_config(folder / "lookout.db", fake, free_port()), str(folder / "lookout.toml"))

        async def prepare() -> None:
            lookout = await Lookout.open(config)  # the moderators chose their alert channels earlier
            try:
                await lookout.update_settings(str(world.guild), alert_channel_id=str(world.alerts))
                await lookout.update_settings(str(other), alert_channel_id=str(other_alerts))
            finally:
                await lookout.close()

        servers.run(prepare())
        stop = asyncio.Event()
        task = servers.start(serve(config, NO_SHARDS, stop))

        async def ready() -> LookoutBot:
            while not built:
                await asyncio.sleep(0.02)
            await built[0].wait_until_ready()
            return built[0]

        bot = servers.run(ready())
        assert bot.moderation.console is not None, "lookout run with [console] serves the console"
        base = f"http://127.0.0.1:{config.console.port}" if config.console else ""
        running = Running(servers, fake, world, other, other_general, other_alerts, bot, stop, task, base)
        try:
            yield running
        finally:
            servers.loop.call_soon_threadsafe(stop.set)
            try:
                assert task.result(timeout=30) == 0, "a clean stop returns 0"
                servers.run(fake.stop())
            finally:
                servers.close()


def _alerts(fake: FakeDiscord, channel: int) -> list[dict[str, Any]]:
    return [m for m in fake.channel_messages(channel) if m.get("embeds")]


def _fields(message: dict[str, Any]) -> dict[str, str]:
    return {f["name"]: f["value"] for f in message["embeds"][0]["fields"]}


async def _groom(running: Running, general: int, alerts: int) -> str:
    """Play the grooming chat in one server; the id of the case its alert is about."""
    fake, world = running.fake, running.world
    for who, text in GROOMING:
        await fake.send_message(general, getattr(world, who), text)
    await fake.wait_for(lambda: _alerts(fake, alerts), what="the alert")
    await running.bot.alerts.wait_idle()
    guild = world.guild if general == world.general else running.other_guild
    [view] = await running.bot.lookout.list_cases(str(guild))
    return view.case_id


async def _console_link(running: Running, user: int) -> str:
    fake, world = running.fake, running.world
    token = await fake.slash(world.guild, world.general, user, "lookout", _sub("console"))
    reply = await fake.wait_reply(token)
    assert reply["data"]["flags"] & 64, "the link is shown to the moderator alone"
    found = LINK.search(reply["data"]["content"])
    assert found, reply["data"]["content"]
    return found.group(0)


@pytest.fixture(scope="module")
def cases(running: Running) -> tuple[str, str]:
    mine = running.run(_groom(running, running.world.general, running.world.alerts))
    theirs = running.run(_groom(running, running.other_general, running.other_alerts))
    return mine, theirs


def test_acting_in_the_console_updates_the_alert_in_discord(running: Running, cases: tuple[str, str],
                                                            browser: Any) -> None:
    mine, _ = cases
    link = running.run(_console_link(running, running.world.moderator))
    log_in(browser, link)
    screenshot(browser, "discord-overview")
    browser.get(f"{running.console_base}/cases")
    listed = {a.get_attribute("data-case-id") for a in browser.find_elements(By.CSS_SELECTOR, "a[data-case-id]")}
    assert listed == {mine}, "only the cases of the servers Rowan moderates"
    browser.find_element(By.CSS_SELECTOR, f"a[data-case-id='{mine}']").click()
    wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#case-status"), "the case page")
    screenshot(browser, "discord-case")
    submit_with(browser, "button[name=action][value=acknowledge]")
    assert find(browser, "#case-status").get_attribute("data-status") == "acknowledged"
    screenshot(browser, "discord-case-acknowledged")

    fake, world = running.fake, running.world
    [alert] = _alerts(fake, world.alerts)

    async def alert_shows_it() -> dict[str, Any]:
        await fake.wait_for(lambda: _fields(fake.messages[int(alert["id"])])["Status"] == "Acknowledged",
                            what="the Discord alert to show the acknowledgement")
        return dict(fake.messages[int(alert["id"])])

    edited = running.run(alert_shows_it())
    assert "Rowan" in json.dumps(edited["embeds"]), "the alert says who acted"

    # A platform action from the console: Discord times the suspect out, and the alert says so.
    submit_with(browser, "button[name=action][value=timeout]")
    timed_out = running.run(fake.wait_request("PATCH", rf"/guilds/{world.guild}/members/{world.stranger}"))
    assert timed_out[0].json.get("communication_disabled_until")
    running.run(fake.wait_for(lambda: "timed out" in json.dumps(fake.messages[int(alert["id"])]["embeds"]),
                              what="the alert to say the suspect was timed out"))
    # The audit trail says who did it, when and from where.
    browser.get(f"{running.console_base}/audit")
    audit = find(browser, "main#main").text
    assert "Rowan" in audit and "127.0.0.1" in audit


def test_another_servers_case_is_refused(running: Running, cases: tuple[str, str], browser: Any) -> None:
    _, theirs = cases
    browser.get(f"{running.console_base}/cases/{theirs}")
    assert "There is no such case in the communities you moderate" in find(browser, "main#main").text
    screenshot(browser, "discord-other-community-refused")
    browser.get(f"{running.console_base}/communities/{running.other_guild}/settings")
    assert find(browser, "h1").text != f"Settings of {running.other_guild}"
    browser.get(f"{running.console_base}/cases/{theirs}/export.json")
    assert "communities you moderate" in browser.page_source


def test_members_who_moderate_nothing_get_no_link(running: Running, cases: tuple[str, str]) -> None:
    async def ask() -> str:
        fake, world = running.fake, running.world
        token = await fake.slash(world.guild, world.general, world.helper, "lookout", _sub("console"))
        return str((await fake.wait_reply(token))["data"]["content"])

    answer = running.run(ask())
    assert "/login/" not in answer and "moderators" in answer


def test_an_expired_link_is_refused(running: Running, cases: tuple[str, str], browser: Any) -> None:
    link = running.run(_console_link(running, running.world.moderator))
    backend = running.bot.moderation.console
    real_clock = backend.clock  # type: ignore[union-attr]
    backend.clock = lambda: real_clock() + timedelta(minutes=11)  # type: ignore[union-attr]
    try:
        browser.delete_all_cookies()
        browser.get(link)
        submit_with(browser, "button#login")
        assert "used or expired" in browser.page_source
        screenshot(browser, "expired-link")
    finally:
        backend.clock = real_clock  # type: ignore[union-attr]


def test_a_phone_goes_from_the_alert_to_the_case_and_acts(running: Running, cases: tuple[str, str],
                                                          browser: Any) -> None:
    """The alert's "Open in console" link (tests/discord/test_console_login.py checks the button) leads
    a signed-out phone to the sign-in help; after the `/lookout console` link it lands on that case."""
    mine, _ = cases
    browser.set_window_size(390, 844)
    try:
        browser.delete_all_cookies()
        browser.get(f"{running.console_base}/cases/{mine}")
        help_text = find(browser, "main#main").text
        assert "/lookout console" in help_text and "#case-status" not in browser.page_source
        assert fits_width(browser)
        screenshot(browser, "phone-sign-in-help")
        link = running.run(_console_link(running, running.world.moderator))
        browser.get(link)
        submit_with(browser, "button#login")
        wait(browser, lambda d: d.find_element(By.CSS_SELECTOR, "#case-status"), "the case asked for before login")
        assert browser.current_url.endswith(f"/cases/{mine}")
        assert fits_width(browser), "the case page scrolls sideways on a phone"
        button = find(browser, "button[name=action][value=reported]")
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
        screenshot(browser, "phone-case-actions")
        submit_with(browser, "button[name=action][value=reported]")
        assert find(browser, "#case-status").get_attribute("data-status") == "reported"
        assert "Reported" in text_of(browser, "#case-status")
    finally:
        browser.set_window_size(1280, 900)


def test_a_moderator_whose_role_is_removed_loses_access_at_once(running: Running, cases: tuple[str, str],
                                                                 browser: Any) -> None:
    """Rights are asked again on every request: a session is no licence once the role is gone."""
    mine, _ = cases
    fake, world, bot = running.fake, running.world, running.bot
    link = running.run(_console_link(running, world.moderator))
    log_in(browser, link)
    browser.get(f"{running.console_base}/cases/{mine}")
    before = find(browser, "#case-status").get_attribute("data-status")
    member = fake.member(world.guild, world.moderator)
    roles = list(member["roles"])

    async def set_roles(new: list[str]) -> None:
        member["roles"] = new
        await fake.dispatch("GUILD_MEMBER_UPDATE", {"guild_id": str(world.guild), **member}, world.guild)
        guild = bot.get_guild(world.guild)
        assert guild is not None
        await fake.wait_for(lambda: [str(r.id) for r in guild.get_member(world.moderator).roles  # type: ignore[union-attr]
                                     if not r.is_default()] == new, what="the role change to reach the bot")

    running.run(set_roles([]))  # an admin takes Rowan's Moderator role away
    try:
        # The page Rowan still has open: its button now changes nothing.
        submit_with(browser, "button[name=action][value=false_positive]")
        screenshot(browser, "role-removed-refused")
        view = running.run(bot.lookout.case_view(mine))
        assert view is not None and view.status == before
        browser.get(f"{running.console_base}/cases/{mine}")
        assert "There is no such case in the communities you moderate" in find(browser, "main#main").text
    finally:
        running.run(set_roles(roles))
