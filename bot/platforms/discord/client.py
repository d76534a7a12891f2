"""The discord.py client: connection settings and the event handlers that feed the service.

Why one `AutoShardedBot` subclass: discord.py routes every gateway event and every component
click through the client object. The handlers here only translate and hand over: events go to
the service, what it decides goes to the moderation layer, and Discord's own REST calls for that
layer live in `DiscordPort`. Message text is never logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import OrderedDict
from collections.abc import AsyncIterator, Sequence
from typing import Any

import aiohttp
import discord
import yarl
from discord.ext import commands

from bot.config import Config
from bot.moderation import Moderation, Problem, StatusBoard
from bot.moderation.alerts import AlertDesk
from bot.ops import Ops
from bot.platforms.discord import commands as slash
from bot.platforms.discord.components import CaseButton, TipButton
from bot.platforms.discord.port import DiscordPort
from bot.platforms.discord.translate import PLATFORM, member_joined, message_event, should_ignore
from bot.ports import LookoutPort

log = logging.getLogger(__name__)

SEEN_LIMIT = 5_000  # message ids remembered to ignore gateway replays
THREADS_LIMIT = 2_000
DRAIN_TIMEOUT = 10.0  # seconds to let running handlers finish at shutdown


def error_trace(ops: Ops) -> aiohttp.TraceConfig:
    """Count every failed REST answer (429s and 5xx that discord.py retries on its own included)."""
    trace = aiohttp.TraceConfig()

    async def on_end(_session: Any, _ctx: Any, params: aiohttp.TraceRequestEndParams) -> None:
        if params.response.status >= 400:
            ops.platform_error(PLATFORM, params.response.status)

    async def on_exception(_session: Any, _ctx: Any, _params: Any) -> None:
        ops.platform_error(PLATFORM, "network")

    trace.on_request_end.append(on_end)
    trace.on_request_exception.append(on_exception)
    return trace


def ready(bot: LookoutBot) -> tuple[bool, str]:
    """For /readyz: logged in, and every shard's gateway connection open."""
    if bot.is_closed():
        return False, "stopped"
    if not bot.is_ready():
        return False, "connecting to the gateway"
    closed = sorted(shard_id for shard_id, shard in bot.shards.items() if shard.is_closed())
    if closed:
        return False, f"gateway connection of shard(s) {closed} is down; reconnecting"
    return True, f"{len(bot.shards)} shard(s) connected, {len(bot.guilds)} server(s)"


def intents() -> discord.Intents:
    """Guilds, members (join times, roles), guild messages and their content. Nothing more."""
    wanted = discord.Intents.none()
    wanted.guilds = True
    wanted.members = True
    wanted.guild_messages = True
    wanted.message_content = True
    return wanted


def pin_gateway(client: discord.Client, gateway_url: str) -> None:
    """Open every gateway connection of `client` at `gateway_url`, whatever URL discord.py chose.

    Why not only `DiscordWebSocket.DEFAULT_GATEWAY`: the sharded client connects to the URL that
    `GET /gateway/bot` returns unless a shard count is given, and resumes at the
    `resume_gateway_url` of READY; behind a proxy either would reach Discord directly, silently.
    Every connection goes through `http.ws_connect`, so that is where the URL is replaced; the
    query discord.py asked for (API version, encoding, compression) is kept.
    """
    pinned = yarl.URL(gateway_url)
    connect = client.http.ws_connect

    async def ws_connect(url: str, *, compress: int = 0) -> Any:
        asked = yarl.URL(url)
        if asked.with_query(None) != pinned.with_query(None):
            log.debug("gateway: connecting to the configured gateway_url instead of %s", asked.with_query(None))
        return await connect(str(pinned.with_query(asked.query)), compress=compress)

    client.http.ws_connect = ws_connect  # type: ignore[method-assign]
    log.info("gateway: every connection goes to [discord] gateway_url %s", pinned.with_query(None))


class LookoutBot(commands.AutoShardedBot):
    def __init__(
        self,
        lookout: LookoutPort,
        config: Config,
        *,
        moderation: Moderation | None = None,
        shard_ids: Sequence[int] | None = None,
        shard_count: int | None = None,
        sync_commands: bool = True,
    ) -> None:
        options: dict[str, Any] = {"shard_ids": list(shard_ids)} if shard_ids else {}
        options["http_trace"] = error_trace(lookout.ops)
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents(),
            help_command=None,
            shard_count=shard_count,
            guild_ready_timeout=config.discord.guild_ready_timeout,
            allowed_mentions=discord.AllowedMentions.none(),
            **options,
        )
        self.lookout = lookout
        self.config = config
        self.sync_commands = sync_commands
        if config.discord.gateway_url:
            pin_gateway(self, config.discord.gateway_url)
        self.moderation = moderation or Moderation(lookout, config)
        self.port = DiscordPort(self, self.moderation.settings, self.moderation.board)
        self.moderation.attach(self.port)
        self._seen: OrderedDict[tuple[int, int], None] = OrderedDict()
        self._thread_members: OrderedDict[int, tuple[str, ...]] = OrderedDict()
        self._redelivered = False
        self._in_flight = 0
        self._closing = False
        self._idle = asyncio.Event()
        self._idle.set()

    @property
    def board(self) -> StatusBoard:
        return self.moderation.board

    @property
    def alerts(self) -> AlertDesk:
        return self.moderation.alerts

    # ------------------------------------------------------------------ lifecycle
    async def setup_hook(self) -> None:
        self.add_dynamic_items(CaseButton, TipButton)
        slash.register(self.tree, self)
        if self.sync_commands:
            try:
                synced = await self.tree.sync()
                log.info("synced %d application commands", len(synced))
            except discord.HTTPException as exc:
                log.warning("could not sync slash commands (HTTP %s); existing ones keep working", exc.status)

    @contextlib.asynccontextmanager
    async def working(self) -> AsyncIterator[None]:
        """Count a handler in flight, so shutdown can wait for it before the service closes."""
        self._in_flight += 1
        self._idle.clear()
        try:
            yield
        finally:
            self._in_flight -= 1
            if self._in_flight == 0:
                self._idle.set()

    @property
    def handlers_running(self) -> int:
        """Event handlers in flight now. A message counts as seen when its handler starts, so this
        is how one knows that every message seen has also been handled (shutdown, tests)."""
        return self._in_flight

    async def close(self) -> None:
        """Stop reading the gateway, let every event already read finish (bounded) while REST still
        works, then close; so nothing received is dropped half-way and the service is never used by
        a handler after its owner closes it.

        Why the gateway goes first: an event read but not yet handled when `_closing` is set would
        be skipped, and Discord does not send it again to the next run.
        """
        await self.moderation.stop_retrying(PLATFORM)
        for shard_id, shard in sorted(self.shards.items()):
            with contextlib.suppress(Exception):
                await shard.disconnect()
            # The last sequence number read, so an operator (or a test) can tell what was received:
            # discord.py keeps it on the shard's socket object, which has no public accessor.
            ws = getattr(getattr(shard, "_parent", None), "ws", None)
            log.info("discord: stopped reading the gateway of shard %d after event %s", shard_id,
                     getattr(ws, "sequence", "?"))
        await asyncio.sleep(0)  # handlers of events read just before the disconnect start and register
        try:
            await asyncio.wait_for(self._idle.wait(), DRAIN_TIMEOUT)
        except TimeoutError:
            log.warning("%d event handler(s) still running at shutdown", self._in_flight)
        self._closing = True
        self.moderation.detach(self.port)
        await super().close()

    async def on_ready(self) -> None:
        log.info("connected as %s to %d server(s)", self.user.id if self.user else "?", len(self.guilds))
        if not self._redelivered:
            self._redelivered = True
            await self.moderation.redeliver(PLATFORM)
            if not self._closing:
                self.moderation.start_retrying(PLATFORM)

    async def on_guild_available(self, guild: discord.Guild) -> None:
        await self._check_setup(guild)

    async def on_guild_join(self, guild: discord.Guild) -> None:
        log.info("joined guild %s", guild.id)
        await self._check_setup(guild)

    async def _check_setup(self, guild: discord.Guild) -> None:
        settings = await self.moderation.settings.get(str(guild.id), PLATFORM)
        if not settings.alert_channel_id:
            await self.port.setup_missing(str(guild.id))

    # ------------------------------------------------------------------ events
    def _first_time(self, message_id: int, content: str) -> bool:
        """Gateway resumes can replay events: handle each (message, text) once."""
        key = (message_id, hash(content))
        if key in self._seen:
            return False
        self._seen[key] = None
        while len(self._seen) > SEEN_LIMIT:
            self._seen.popitem(last=False)
        return True

    async def on_message(self, message: discord.Message) -> None:
        if should_ignore(message) or not self._first_time(message.id, message.content):
            return
        await self._scan(message, edited=False)

    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        if "content" not in payload.data:  # embed unfurls and pins are not edits by a person
            return
        message = payload.message
        if should_ignore(message) or not self._first_time(message.id, message.content):
            return
        await self._scan(message, edited=True)

    async def _scan(self, message: discord.Message, *, edited: bool) -> None:
        if self._closing:
            return
        async with self.working():
            await self._scan_now(message, edited=edited)

    async def _scan_now(self, message: discord.Message, *, edited: bool) -> None:
        assert message.guild is not None
        gid = str(message.guild.id)
        other = bool(message.attachments or message.stickers or message.embeds or message.poll)
        if self.moderation.board.saw_message(gid, bool(message.content), other):
            self.moderation.board.problem(
                gid, Problem.MESSAGE_CONTENT,
                "messages arrive without text: enable the Message Content intent for the bot in the Discord "
                "developer portal (Bot > Privileged Gateway Intents)",
            )
        staff = await self.moderation.settings.staff_roles(gid, PLATFORM)
        event = message_event(message, edited=edited, staff_roles=staff, thread_members=self._thread_members)
        await self.moderation.perform(PLATFORM, await self.lookout.on_message(event))

    async def on_member_join(self, member: discord.Member) -> None:
        if member.bot or self._closing:
            return
        async with self.working():
            staff = await self.moderation.settings.staff_roles(str(member.guild.id), PLATFORM)
            await self.lookout.on_member_joined(member_joined(member, staff))

    async def on_thread_create(self, thread: discord.Thread) -> None:
        """Private threads are watched like DMs: remember who is in them."""
        if thread.type is not discord.ChannelType.private_thread:
            return
        try:
            members = await thread.fetch_members()
        except discord.HTTPException as exc:
            log.info("guild %s: cannot list members of a private thread (HTTP %s)", thread.guild.id, exc.status)
            members = []
        ids = {str(m.id) for m in members} | {str(thread.owner_id)}
        self._thread_members[thread.id] = tuple(sorted(ids))
        while len(self._thread_members) > THREADS_LIMIT:
            self._thread_members.popitem(last=False)
