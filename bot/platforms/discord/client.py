"""The discord.py client: connection settings, event handlers, and the glue to the service.

Why one `AutoShardedBot` subclass: discord.py routes every gateway event and every component
click through the client object, so the client is where the adapter's shared state lives
(settings cache, status board, alert desk, nudge sender). The handlers here only translate and
hand over; the service decides. Message text is never logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import aiohttp
import discord
import yarl
from discord.ext import commands

from bot import redelivery
from bot.actions import Action, SendAlert, SendNudge
from bot.platforms.discord import commands as slash
from bot.platforms.discord import status as st
from bot.platforms.discord.alerts import AlertDesk
from bot.platforms.discord.components import CaseButton, TipButton
from bot.platforms.discord.nudges import NudgeSender
from bot.platforms.discord.translate import member_joined, message_event, should_ignore

if TYPE_CHECKING:
    from bot.config import Config
    from bot.service import Lookout

log = logging.getLogger("bot.platforms.discord")

SETTINGS_TTL = 30.0  # seconds: other processes (shards) may change settings too
SEEN_LIMIT = 5_000  # message ids remembered to ignore gateway replays
THREADS_LIMIT = 2_000
DRAIN_TIMEOUT = 10.0  # seconds to let running handlers finish at shutdown


def error_trace(ops: Any) -> aiohttp.TraceConfig:
    """Count every failed REST answer (429s and 5xx that discord.py retries on its own included)."""
    trace = aiohttp.TraceConfig()

    async def on_end(_session: Any, _ctx: Any, params: aiohttp.TraceRequestEndParams) -> None:
        if params.response.status >= 400:
            ops.platform_error("discord", params.response.status)

    async def on_exception(_session: Any, _ctx: Any, _params: Any) -> None:
        ops.platform_error("discord", "network")

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
        lookout: Lookout,
        config: Config,
        *,
        shard_ids: Sequence[int] | None = None,
        shard_count: int | None = None,
        sync_commands: bool = True,
    ) -> None:
        options: dict[str, Any] = {"shard_ids": list(shard_ids)} if shard_ids else {}
        ops = getattr(lookout, "ops", None)
        if ops is not None:
            options["http_trace"] = error_trace(ops)
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
        self.board = st.StatusBoard()
        self.alerts = AlertDesk(self)
        self.nudges = NudgeSender(self)
        self._settings: dict[str, tuple[float, Any]] = {}
        self._seen: OrderedDict[tuple[int, int], None] = OrderedDict()
        self._thread_members: OrderedDict[int, tuple[str, ...]] = OrderedDict()
        self._owner_noticed: set[str] = set()
        self._redelivered = False
        self._redelivery: asyncio.Task[None] | None = None
        self._in_flight = 0
        self._closing = False
        self._idle = asyncio.Event()
        self._idle.set()

    # ------------------------------------------------------------------ lifecycle
    async def setup_hook(self) -> None:
        self.add_dynamic_items(CaseButton, TipButton)
        slash.register(self.tree)
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

    async def close(self) -> None:
        """Stop reading the gateway, let every event already read finish (bounded) while REST still
        works, then close; so nothing received is dropped half-way and the service is never used by
        a handler after its owner closes it.

        Why the gateway goes first: an event read but not yet handled when `_closing` is set would
        be skipped, and Discord does not send it again to the next run.
        """
        await redelivery.stop(self._redelivery)
        self._redelivery = None
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
        await super().close()

    async def on_ready(self) -> None:
        log.info("connected as %s to %d server(s)", self.user.id if self.user else "?", len(self.guilds))
        if not self._redelivered:
            self._redelivered = True
            await self.redeliver()
            if self._redelivery is None and not self._closing:
                self._redelivery = redelivery.start("discord", lambda age: self.redeliver(min_age_s=age))

    async def redeliver(self, guild_id: str | None = None, *, min_age_s: float = 0.0) -> int:
        """Post alerts a previous run, a refused post or a missing alert channel left in the outbox.

        `min_age_s` skips alerts decided more recently than that: their first delivery may still be
        under way (a second one would only coalesce into it, but costs a lookup).
        """
        pending = getattr(self.lookout, "pending_deliveries", None)
        if pending is None:
            return 0
        count = 0
        cutoff = datetime.now(UTC) - timedelta(seconds=min_age_s)
        for item in await pending(500):
            if item.kind != "alert" or not item.case_id or guild_id not in (None, item.community_id):
                continue
            if min_age_s and item.created_at > cutoff:
                continue
            if not item.community_id.isdigit() or self.get_guild(int(item.community_id)) is None:
                continue  # another platform, or a guild served by another shard process
            view = await self.lookout.case_view(item.case_id)
            if view is not None and view.platform == "discord" and view.alert_ref is None:
                await self.alerts.deliver(view)
                count += 1
                ops = getattr(self.lookout, "ops", None)
                if ops is not None and min_age_s:
                    ops.redelivered.labels("discord").inc()
        if count:
            log.info("re-delivered %d pending alert(s)", count)
        return count

    async def on_guild_available(self, guild: discord.Guild) -> None:
        await self._check_setup(guild)

    async def on_guild_join(self, guild: discord.Guild) -> None:
        log.info("joined guild %s", guild.id)
        await self._check_setup(guild)

    async def _check_setup(self, guild: discord.Guild) -> None:
        settings = await self.settings(str(guild.id))
        if not settings.alert_channel_id:
            await self.notify_owner_setup(str(guild.id))

    # ------------------------------------------------------------------ settings helpers
    async def settings(self, guild_id: str) -> Any:
        cached = self._settings.get(guild_id)
        now = time.monotonic()
        if cached is not None and now - cached[0] < SETTINGS_TTL:
            return cached[1]
        value = await self.lookout.get_settings(guild_id, "discord")
        self._settings[guild_id] = (now, value)
        return value

    async def update_settings(self, guild_id: str, **fields: Any) -> Any:
        """Save what a moderator set (None: follow the config again) and refresh the cache."""
        value = await self.lookout.update_settings(guild_id, **fields)
        self._settings[guild_id] = (time.monotonic(), value)
        return value

    @staticmethod
    def role_list(settings: Any, field: str) -> list[str]:
        """The roles of one kind in force (the community's own list, else the config's)."""
        return [str(v) for v in getattr(settings, field, ()) or ()]

    def moderator_role_names(self, settings: Any) -> list[str]:
        return self.role_list(settings, "moderator_roles")

    def staff_roles(self, settings: Any) -> list[str]:
        return self.moderator_role_names(settings) + self.role_list(settings, "trusted_roles")

    def moderator_role(self, guild_id: str, settings: Any) -> discord.Role | None:
        guild = self.get_guild(int(guild_id))
        if guild is None:
            return None
        for name in self.moderator_role_names(settings):
            wanted = name.casefold()
            for role in guild.roles:
                if role.name.casefold() == wanted or str(role.id) == name:
                    return role
        return None

    async def is_moderator(self, member: discord.Member, perms: discord.Permissions | None = None) -> bool:
        perms = perms or member.guild_permissions
        if perms.administrator or perms.manage_guild or member.guild.owner_id == member.id:
            return True
        settings = await self.settings(str(member.guild.id))
        wanted = {n.casefold() for n in self.moderator_role_names(settings)}
        return any(r.name.casefold() in wanted or str(r.id) in wanted for r in member.roles)

    async def notify_owner_setup(self, guild_id: str) -> None:
        """Tell the owner once (persisted in settings) how to finish setup."""
        if guild_id in self._owner_noticed:
            return
        self._owner_noticed.add(guild_id)
        settings = await self.settings(guild_id)
        if getattr(settings, "setup_notice_at", None):
            return
        guild = self.get_guild(int(guild_id))
        if guild is None or guild.owner_id is None:
            return
        try:
            owner = guild.owner or await self.fetch_user(guild.owner_id)
            await owner.send(
                f"Hi! Lookout was added to **{discord.utils.escape_markdown(guild.name)}** but cannot warn "
                "moderators yet. To finish setup, in a private moderators-only channel run "
                "`/lookout setup alert-channel:#that-channel`, then `/lookout roles` to map your age roles "
                "and `/lookout status` to check everything. Until then Lookout still shows children "
                "safety tips, but no one sees alerts."
            )
        except discord.HTTPException as exc:
            self.board.problem(
                guild_id,
                st.OWNER_DM,
                f"could not DM the server owner the setup steps (HTTP {exc.status}); run /lookout setup",
            )
        await self.update_settings(guild_id, setup_notice_at=datetime.now(UTC))

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
        self.board.saw_message(
            gid, bool(message.content), bool(message.attachments or message.stickers or message.embeds or message.poll)
        )
        settings = await self.settings(gid)
        event = message_event(
            message, edited=edited, staff_roles=self.staff_roles(settings), thread_members=self._thread_members
        )
        actions = await self.lookout.on_message(event)
        await self.perform(actions)

    async def perform(self, actions: Iterable[Action]) -> None:
        for action in actions:
            if isinstance(action, SendAlert):
                await self.alerts.deliver(action.view)
            elif isinstance(action, SendNudge):
                await self.nudges.deliver(action)

    async def on_member_join(self, member: discord.Member) -> None:
        if member.bot or self._closing:
            return
        async with self.working():
            settings = await self.settings(str(member.guild.id))
            await self.lookout.on_member_joined(member_joined(member, self.staff_roles(settings)))

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
