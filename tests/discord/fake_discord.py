"""A fake Discord (gateway + REST) that runs inside the test process, on 127.0.0.1.

Why: the Discord adapter must be tested end to end with the real `discord.py` client, and
Discord itself is unreachable from the test machines. This fake speaks just enough of the
v10 gateway and REST API for the client to connect, receive events and call the routes the
adapter uses. Every REST request is recorded so tests can assert what reached "Discord".

Design notes (facts about discord.py 2.7 this relies on):
- REST goes to `discord.http.Route.BASE`; the fake serves `/api/v10/...` so tests point
  `Route.BASE` here. `AutoShardedBot` asks `GET /gateway/bot` for the websocket URL; a plain
  client uses `DiscordWebSocket.DEFAULT_GATEWAY`.
- Gateway text frames are plain JSON, so the fake never compresses.
- discord.py only trusts a body as JSON when `Content-Type` is exactly `application/json`.
- A component click is only routed when `message` carries the components the fake stored
  when that message was posted, so clicks are built from the stored message.
- Every loop here is bounded (message counters, timeouts) so a broken client cannot hang a test.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web
from aiohttp.web_request import FileField

DISCORD_EPOCH_MS = 1420070400000
API_PREFIX = "/api/v10"
MAX_WS_FRAMES = 10_000  # per connection: far above what a test sends, low enough to stop a runaway loop
RESUME_LOG = 50_000  # events a session keeps for RESUME: Discord replays what a resumed client missed

# Permission bits used to compute a member's permissions in interaction payloads.
PERM_ADMINISTRATOR = 1 << 3
PERM_MANAGE_GUILD = 1 << 5
PERM_MANAGE_MESSAGES = 1 << 13
PERM_ALL = (1 << 53) - 1
PERM_EVERYONE_DEFAULT = (1 << 10) | (1 << 11) | (1 << 16) | (1 << 6)  # view, send, read history, reactions


def snowflake_at(when: datetime, counter: int = 0) -> int:
    """A Discord id whose embedded timestamp is `when` (account age signals read it back)."""
    ms = int(when.timestamp() * 1000)
    return ((ms - DISCORD_EPOCH_MS) << 22) | (counter & 0x3FFFFF)


def iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat()


@dataclass
class RecordedRequest:
    """One REST call as the fake saw it (after any injected failure was decided)."""

    method: str
    path: str  # without the /api/v10 prefix
    query: dict[str, str]
    json: Any
    headers: dict[str, str]
    status: int
    files: list[tuple[str, bytes]] = field(default_factory=list)
    at: float = field(default_factory=time.monotonic)  # when the answer was decided

    def matches(self, method: str, pattern: str) -> bool:
        return self.method == method and re.fullmatch(pattern, self.path) is not None


@dataclass
class _Failure:
    method: str | None
    pattern: str
    status: int
    body: dict[str, Any]
    remaining: int | None  # None: forever
    headers: dict[str, str] = field(default_factory=dict)
    until: float | None = None  # monotonic deadline: a storm that ends by itself


@dataclass
class _Delay:
    method: str | None
    pattern: str
    seconds: float


@dataclass
class _Session:
    ws: web.WebSocketResponse
    shard: tuple[int, int]
    session_id: str
    seq: int = 0
    identified: asyncio.Event = field(default_factory=asyncio.Event)
    # (seq, event, data) of the last RESUME_LOG events, written or not: a RESUME replays what was missed.
    sent: deque[tuple[int, str, Any]] = field(default_factory=lambda: deque(maxlen=RESUME_LOG))
    written: int = 0  # the last seq written to a live socket
    dropped: bool = False  # the fake cut the socket (resumable), as opposed to the client closing it


class FakeDiscord:
    """In-process Discord. Use `await fake.start()` / `await fake.stop()` (or `async with`)."""

    def __init__(self, *, application_id: int = 0, bot_name: str = "Lookout") -> None:
        now = datetime.now(UTC)
        self._ids = itertools.count(1)
        self.application_id = application_id or self.new_id(now)
        self.bot_user: dict[str, Any] = self.user_payload(self.application_id, bot_name, bot=True)
        self.guilds: dict[int, dict[str, Any]] = {}
        self.channels: dict[int, dict[str, Any]] = {}  # guild channels, threads and DMs
        self.messages: dict[int, dict[str, Any]] = {}
        self.dm_channels: dict[int, int] = {}  # user id -> DM channel id
        self.thread_members: dict[int, list[int]] = {}  # thread id -> member user ids
        self.commands: dict[str, list[dict[str, Any]]] = {}  # "global" or guild id -> synced commands
        self.interaction_responses: dict[str, dict[str, Any]] = {}  # token -> callback body
        self.requests: list[RecordedRequest] = []
        # token -> (guild id, channel id) of each interaction, so replies and modal submits can follow.
        self._origin: dict[str, tuple[int, int]] = {}
        # token -> id of the message whose button was clicked (for "update message" answers).
        self._source_message: dict[str, int] = {}
        self.unhandled: list[str] = []
        self.identifies: list[dict[str, Any]] = []
        self.resumes: list[dict[str, Any]] = []
        self.shard_count = 1
        # The gateway URL this "Discord" hands out in GET /gateway/bot and READY (None: its own), so a
        # test can play a proxy in front of a real gateway that the bot must never reach.
        self.advertised_gateway: str | None = None
        self.replay_on_resume = 0  # re-send this many already-delivered events on RESUME (at-least-once)
        self.invalid_sessions = 0  # INVALID_SESSION (op 9) frames sent
        self.lost_events = 0  # dispatches with no session to receive them (Discord drops those too)
        self.replayed_missed = 0  # events a RESUME delivered that the client had not had before
        self.closed_logs: list[list[tuple[int, str, Any]]] = []  # event logs of sessions the client closed
        self.sent_at: dict[int, float] = {}  # message id -> when its MESSAGE_CREATE was dispatched
        self._failures: list[_Failure] = []
        self._delays: list[_Delay] = []
        self._sessions: list[_Session] = []
        self._session_ids = itertools.count(1)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ------------------------------------------------------------------ lifecycle
    async def start(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None and server.sockets, "fake Discord did not bind"  # type: ignore[attr-defined]
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        return self

    async def stop(self) -> None:
        for session in list(self._sessions):
            with contextlib.suppress(Exception):
                await asyncio.wait_for(session.ws.close(code=1001), 1.0)
        self._sessions.clear()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def http_base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        return self.http_base + API_PREFIX

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    # ------------------------------------------------------------------ world building
    def new_id(self, when: datetime | None = None) -> int:
        return snowflake_at(when or datetime.now(UTC), next(self._ids))

    @staticmethod
    def user_payload(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
        return {
            "id": str(user_id),
            "username": name.lower().replace(" ", "_"),
            "global_name": name,
            "discriminator": "0",
            "avatar": None,
            "bot": bot,
            "public_flags": 0,
        }

    def add_guild(self, name: str, *, owner_id: int | None = None, guild_id: int | None = None) -> int:
        gid = guild_id or self.new_id()
        owner = owner_id or self.new_id()
        self.guilds[gid] = {
            "id": str(gid),
            "name": name,
            "owner_id": str(owner),
            "preferred_locale": "en-US",
            "features": [],
            "roles": [
                {
                    "id": str(gid),
                    "name": "@everyone",
                    "permissions": str(PERM_EVERYONE_DEFAULT),
                    "position": 0,
                }
            ],
            "channels": [],
            "members": [],
            "threads": [],
        }
        bot_member = {
            "user": self.bot_user,
            "roles": [],
            "joined_at": iso(datetime.now(UTC)),
            "flags": 0,
            "deaf": False,
            "mute": False,
        }
        self.guilds[gid]["members"].append(bot_member)
        return gid

    def add_role(self, guild_id: int, name: str, permissions: int = 0) -> int:
        rid = self.new_id()
        roles = self.guilds[guild_id]["roles"]
        roles.append({"id": str(rid), "name": name, "permissions": str(permissions), "position": len(roles)})
        return rid

    def role_id(self, guild_id: int, name: str) -> int:
        for role in self.guilds[guild_id]["roles"]:
            if role["name"] == name:
                return int(role["id"])
        raise KeyError(name)

    def add_channel(self, guild_id: int, name: str, *, kind: int = 0) -> int:
        cid = self.new_id()
        channel = {
            "id": str(cid),
            "type": kind,
            "name": name,
            "position": len(self.guilds[guild_id]["channels"]),
            "guild_id": str(guild_id),
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
        }
        self.guilds[guild_id]["channels"].append(channel)
        self.channels[cid] = channel
        return cid

    def add_member(
        self,
        guild_id: int,
        name: str,
        *,
        roles: Iterable[str] = (),
        created: datetime | None = None,
        joined: datetime | None = None,
        bot: bool = False,
        user_id: int | None = None,
    ) -> int:
        uid = user_id or self.new_id(created)
        member = self.member_payload(guild_id, uid, name, roles=roles, joined=joined, bot=bot)
        self.guilds[guild_id]["members"].append(member)
        return uid

    def member_payload(
        self,
        guild_id: int,
        user_id: int,
        name: str,
        *,
        roles: Iterable[str] = (),
        joined: datetime | None = None,
        bot: bool = False,
    ) -> dict[str, Any]:
        role_ids = [str(self.role_id(guild_id, r)) for r in roles]
        return {
            "user": self.user_payload(user_id, name, bot=bot),
            "roles": role_ids,
            "nick": None,
            "joined_at": iso(joined or datetime.now(UTC)),
            "flags": 0,
            "deaf": False,
            "mute": False,
        }

    def member(self, guild_id: int, user_id: int) -> dict[str, Any]:
        for m in self.guilds[guild_id]["members"]:
            if int(m["user"]["id"]) == user_id:
                found: dict[str, Any] = m
                return found
        raise KeyError(user_id)

    def permissions_of(self, guild_id: int, user_id: int) -> int:
        guild = self.guilds[guild_id]
        if int(guild["owner_id"]) == user_id:
            return PERM_ALL
        member = self.member(guild_id, user_id)
        perms = 0
        for role in guild["roles"]:
            if role["id"] == str(guild_id) or role["id"] in member["roles"]:
                perms |= int(role["permissions"])
        return PERM_ALL if perms & PERM_ADMINISTRATOR else perms

    def guild_of_channel(self, channel_id: int) -> int | None:
        gid = self.channels.get(channel_id, {}).get("guild_id")
        return int(gid) if gid else None

    # ------------------------------------------------------------------ failure injection
    def fail(
        self,
        method: str | None,
        pattern: str,
        *,
        status: int,
        code: int,
        message: str,
        times: int | None = None,
    ) -> None:
        """Answer requests whose path fully matches `pattern` with an error (most recent rule wins)."""
        self._failures.insert(0, _Failure(method, pattern, status, {"code": code, "message": message}, times))

    def forbid_channel(self, channel_id: int, times: int | None = None) -> None:
        """Every POST/PATCH to the channel's messages answers 403 Missing Permissions."""
        self.fail(
            None,
            rf"/channels/{channel_id}/messages(/\d+)?",
            status=403,
            code=50013,
            message="Missing Permissions",
            times=times,
        )

    def close_dms(self, user_id: int, *, on_create: bool = False) -> None:
        """The user does not accept DMs: 50007 on sends (and on DM creation when `on_create`)."""
        self.fail(
            "POST",
            rf"/channels/{self._dm_channel_for(user_id)}/messages",
            status=403,
            code=50007,
            message="Cannot send messages to this user",
        )
        if on_create:
            self.fail(
                "POST",
                r"/users/@me/channels",
                status=403,
                code=50007,
                message="Cannot send messages to this user",
            )

    def forbid_member_edits(self, guild_id: int) -> None:
        """The bot lacks Moderate Members / Ban Members in this guild."""
        self.fail(
            None,
            rf"/guilds/{guild_id}/(members|bans)/\d+",
            status=403,
            code=50013,
            message="Missing Permissions",
        )

    def rate_limit(
        self,
        method: str | None,
        pattern: str,
        *,
        retry_after: float = 0.05,
        times: int | None = 1,
        seconds: float | None = None,
        is_global: bool = False,
    ) -> None:
        """429 answers: `times` of them, or every one for the next `seconds`.

        A global limit (`is_global`) is how Discord says "stop every request for this bot":
        discord.py then holds all its routes, not only the one that was refused.
        """
        headers = {"Via": "1.1 google", "Retry-After": str(retry_after)}
        if is_global:
            headers.update({"X-RateLimit-Global": "true", "X-RateLimit-Scope": "global"})
        failure = _Failure(
            method,
            pattern,
            429,
            {"message": "You are being rate limited.", "retry_after": retry_after, "global": is_global},
            None if seconds is not None else times,
            headers=headers,
            until=None if seconds is None else time.monotonic() + seconds,
        )
        self._failures.insert(0, failure)

    def server_errors(
        self, pattern: str = r".*", *, seconds: float, status: int = 502, method: str | None = None
    ) -> None:
        """Every matching request answers `status` (500, 502, 503…) for the next `seconds`: an outage."""
        body = {"code": 0, "message": f"{status}: injected server error"}
        self._failures.insert(0, _Failure(method, pattern, status, body, None, until=time.monotonic() + seconds))

    def slow(self, method: str | None, pattern: str, seconds: float) -> None:
        """Hold matching requests `seconds` before answering (so tests can catch them in flight)."""
        self._delays.insert(0, _Delay(method, pattern, seconds))

    def _dm_channel_for(self, user_id: int) -> int:
        if user_id not in self.dm_channels:
            cid = self.new_id()
            self.dm_channels[user_id] = cid
            self.channels[cid] = {
                "id": str(cid),
                "type": 1,
                "last_message_id": None,
                "recipients": [self._find_user(user_id)],
            }
        return self.dm_channels[user_id]

    def _find_user(self, user_id: int) -> dict[str, Any]:
        for guild in self.guilds.values():
            for m in guild["members"]:
                if int(m["user"]["id"]) == user_id:
                    return dict(m["user"])
        return self.user_payload(user_id, f"user{user_id}")

    def _failure_for(self, method: str, path: str) -> _Failure | None:
        for failure in self._failures:
            if failure.method not in (None, method) or not re.fullmatch(failure.pattern, path):
                continue
            if failure.until is not None and time.monotonic() >= failure.until:
                continue
            if failure.remaining is not None:
                if failure.remaining <= 0:
                    continue
                failure.remaining -= 1
            return failure
        return None

    # ------------------------------------------------------------------ waiting and queries
    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 5.0, what: str = "condition") -> Any:
        """Wait until `predicate()` is truthy (re-checked on every request/gateway change)."""
        deadline = asyncio.get_running_loop().time() + timeout
        async with self._changed:
            while True:
                result = predicate()
                if result:
                    return result
                left = deadline - asyncio.get_running_loop().time()
                if left <= 0:
                    raise AssertionError(f"fake Discord: timed out after {timeout}s waiting for {what}")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), min(left, 0.25))

    def find(self, method: str, pattern: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.matches(method, pattern)]

    async def wait_request(
        self,
        method: str,
        pattern: str,
        *,
        count: int = 1,
        timeout: float = 5.0,
        where: Callable[[RecordedRequest], bool] | None = None,
    ) -> list[RecordedRequest]:
        def hits() -> list[RecordedRequest] | None:
            found = [r for r in self.find(method, pattern) if where is None or where(r)]
            return found if len(found) >= count else None

        result: list[RecordedRequest] = await self.wait_for(hits, timeout, f"{count}x {method} {pattern}")
        return result

    def channel_messages(self, channel_id: int) -> list[dict[str, Any]]:
        return [m for m in self.messages.values() if int(m["channel_id"]) == channel_id]

    def dm_messages(self, user_id: int) -> list[dict[str, Any]]:
        cid = self.dm_channels.get(user_id)
        return [] if cid is None else self.channel_messages(cid)

    # ------------------------------------------------------------------ gateway
    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(heartbeat=None, autoping=True)
        await ws.prepare(request)
        session: _Session | None = None
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
        frames = 0
        async for msg in ws:
            frames += 1
            if frames > MAX_WS_FRAMES or msg.type != WSMsgType.TEXT:
                break
            payload = json.loads(msg.data)
            op, data = payload.get("op"), payload.get("d")
            if op == 1:
                await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
            elif op == 2:
                session = await self._identify(ws, data)
            elif op == 6:
                session = await self._resume(ws, data)
            elif op == 8:
                await self._send_chunk(session, data)
        if session is not None and session in self._sessions and not session.dropped and ws.close_code in (
            1000, 1001, None,
        ):
            # A clean close (the client said goodbye) ends the session; anything else leaves it resumable,
            # and dispatches meanwhile are kept for the RESUME, as Discord does.
            self._sessions.remove(session)
            self.closed_logs.append(list(session.sent))
        await self._notify()
        return ws

    async def _identify(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> _Session:
        self.identifies.append(data)
        shard = tuple(data.get("shard") or (0, 1))
        session = _Session(ws=ws, shard=(int(shard[0]), int(shard[1])), session_id=f"s{next(self._session_ids)}")
        # A new IDENTIFY replaces whatever session this shard had: events go to the new one only.
        self._sessions = [s for s in self._sessions if s.shard != session.shard]
        self._sessions.append(session)
        mine = [g for gid, g in self.guilds.items() if (gid >> 22) % session.shard[1] == session.shard[0]]
        await self._send(
            session,
            "READY",
            {
                "v": 10,
                "user": self.bot_user,
                "session_id": session.session_id,
                "resume_gateway_url": self.advertised_gateway or self.gateway_url,
                "guilds": [{"id": g["id"], "unavailable": True} for g in mine],
                "shard": list(session.shard),
                "application": {"id": str(self.application_id), "flags": 0},
            },
        )
        for guild in mine:
            await self._send(session, "GUILD_CREATE", self._guild_create(guild))
        session.identified.set()
        await self._notify()
        return session

    async def _resume(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> _Session | None:
        self.resumes.append(data)
        old = next((s for s in self._sessions if s.session_id == data.get("session_id")), None)
        client_seq = int(data.get("seq") or 0)
        if old is not None and old.sent and client_seq + 1 < old.sent[0][0]:
            self._sessions.remove(old)  # missed more than the log holds: it cannot be resumed
            old = None
        if old is None:
            # Unknown or invalidated session: the client must IDENTIFY again (op 9, not resumable).
            self.invalid_sessions += 1
            await ws.send_json({"op": 9, "d": False, "s": None, "t": None})
            return None
        old.ws = ws
        old.dropped = False
        old.identified.clear()
        # Already-delivered events Discord may send again (at-least-once), then every event the client missed.
        seen = [e for e in old.sent if e[0] <= client_seq]
        duplicates = seen[-self.replay_on_resume :] if self.replay_on_resume else []
        missed = [e for e in old.sent if e[0] > client_seq]
        self.replayed_missed += len(missed)
        for seq, event, payload in [*duplicates, *missed]:
            await ws.send_json({"op": 0, "s": seq, "t": event, "d": payload})
            old.written = max(old.written, seq)
        await self._send(old, "RESUMED", {})
        old.identified.set()
        await self._notify()
        return old

    async def _send_chunk(self, session: _Session | None, data: dict[str, Any]) -> None:
        if session is None:
            return
        gid = int(data["guild_id"])
        await self._send(
            session,
            "GUILD_MEMBERS_CHUNK",
            {
                "guild_id": str(gid),
                "members": self.guilds[gid]["members"],
                "chunk_index": 0,
                "chunk_count": 1,
                "nonce": data.get("nonce"),
            },
        )

    def _guild_create(self, guild: dict[str, Any]) -> dict[str, Any]:
        payload = dict(guild)
        payload["unavailable"] = False
        payload["member_count"] = len(guild["members"])
        payload["large"] = False
        payload["joined_at"] = iso(datetime.now(UTC))
        return payload

    async def _send(self, session: _Session, event: str, data: Any) -> None:
        session.seq += 1
        session.sent.append((session.seq, event, data))
        if session.ws.closed:
            return  # kept in `sent` for the RESUME
        try:
            await session.ws.send_json({"op": 0, "s": session.seq, "t": event, "d": data})
        except ConnectionError:
            return  # the socket died under us: the event waits in `sent` like any other missed one
        session.written = session.seq

    async def wait_connected(self, shards: int = 1, timeout: float = 5.0) -> None:
        await self.wait_for(
            lambda: len([s for s in self._sessions if s.identified.is_set()]) >= shards,
            timeout,
            f"{shards} identified gateway session(s)",
        )

    async def dispatch(
        self, event: str, data: dict[str, Any], guild_id: int | None = None, *, may_be_lost: bool = False
    ) -> None:
        """Send a dispatch to the session(s) owning `guild_id` (all sessions when None).

        A session whose socket dropped still gets it, for its RESUME. With no session at all the
        event is lost, as on Discord: an error unless `may_be_lost` (then it is only counted).
        """
        sessions = list(self._sessions)
        if guild_id is not None:
            sessions = [s for s in sessions if (guild_id >> 22) % s.shard[1] == s.shard[0]]
        if not sessions:
            if may_be_lost:
                self.lost_events += 1
                return
            raise AssertionError(f"fake Discord: no gateway session to receive {event}")
        for session in sessions:
            await self._send(session, event, data)

    async def drop_connection(self, code: int = 4000) -> None:
        """Close every gateway socket with a resumable code: the client reconnects and RESUMEs."""
        for session in list(self._sessions):
            session.identified.clear()
            session.dropped = True
            await session.ws.close(code=code)

    async def invalidate_sessions(self) -> None:
        """Send INVALID_SESSION (op 9, not resumable) on every socket and forget the sessions.

        The client must IDENTIFY again; Discord does not replay events across a new session, so
        dispatches before the new READY have nowhere to go.
        """
        for session in list(self._sessions):
            session.identified.clear()
            self._sessions.remove(session)
            if not session.ws.closed:
                self.invalid_sessions += 1
                with contextlib.suppress(ConnectionError):
                    await session.ws.send_json({"op": 9, "d": False, "s": None, "t": None})
        await self._notify()

    @property
    def connected(self) -> bool:
        """True while at least one identified session has an open socket."""
        return any(s.identified.is_set() and not s.ws.closed for s in self._sessions)

    # ------------------------------------------------------------------ event helpers
    def message_payload(
        self,
        channel_id: int,
        author_id: int,
        content: str,
        *,
        message_id: int | None = None,
        reply_to: int | None = None,
        mentions: Iterable[int] = (),
        edited: bool = False,
        webhook: bool = False,
    ) -> dict[str, Any]:
        gid = self.guild_of_channel(channel_id)
        mid = message_id or self.new_id()
        author = self._find_user(author_id)
        payload: dict[str, Any] = {
            "id": str(mid),
            "channel_id": str(channel_id),
            "author": author,
            "content": content,
            "type": 0,
            "timestamp": iso(datetime.now(UTC)),
            "edited_timestamp": iso(datetime.now(UTC)) if edited else None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [self._find_user(u) for u in mentions],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "flags": 0,
            "components": [],
        }
        if gid is not None:
            payload["guild_id"] = str(gid)
            with contextlib.suppress(KeyError):
                member = dict(self.member(gid, author_id))
                member.pop("user", None)
                payload["member"] = member
        if reply_to is not None:
            payload["message_reference"] = {
                "message_id": str(reply_to),
                "channel_id": str(channel_id),
                "guild_id": str(gid) if gid else None,
            }
            if reply_to in self.messages:
                payload["referenced_message"] = self.messages[reply_to]
                payload["type"] = 19
        if webhook:
            payload["webhook_id"] = str(self.new_id())
        return payload

    async def send_message(
        self, channel_id: int, author_id: int, content: str, *, store: bool = True, may_be_lost: bool = False,
        **kwargs: Any,
    ) -> int:
        """A member posts; `store=False` skips keeping it (soak traffic, which nobody replies to)."""
        payload = self.message_payload(channel_id, author_id, content, **kwargs)
        mid = int(payload["id"])
        if store:
            self.messages[mid] = payload
        self.sent_at[mid] = time.monotonic()
        await self.dispatch("MESSAGE_CREATE", payload, self.guild_of_channel(channel_id), may_be_lost=may_be_lost)
        return mid

    async def edit_message(self, message_id: int, content: str) -> None:
        old = self.messages[message_id]
        payload = self.message_payload(
            int(old["channel_id"]), int(old["author"]["id"]), content, message_id=message_id, edited=True
        )
        self.messages[message_id] = payload
        await self.dispatch("MESSAGE_UPDATE", payload, self.guild_of_channel(int(old["channel_id"])))

    async def member_join(
        self, guild_id: int, name: str, *, created: datetime | None = None, roles: Iterable[str] = ()
    ) -> int:
        uid = self.add_member(guild_id, name, roles=roles, created=created)
        payload = dict(self.member(guild_id, uid))
        payload["guild_id"] = str(guild_id)
        await self.dispatch("GUILD_MEMBER_ADD", payload, guild_id)
        return uid

    async def create_thread(
        self, parent_id: int, owner_id: int, name: str, *, private: bool = False, members: Iterable[int] = ()
    ) -> int:
        members = list(members)
        gid = self.guild_of_channel(parent_id)
        assert gid is not None
        tid = self.new_id()
        thread = {
            "id": str(tid),
            "guild_id": str(gid),
            "parent_id": str(parent_id),
            "owner_id": str(owner_id),
            "name": name,
            "type": 12 if private else 11,
            "message_count": 0,
            "member_count": len(list(members)),
            "rate_limit_per_user": 0,
            "newly_created": True,
            "thread_metadata": {
                "archived": False,
                "auto_archive_duration": 1440,
                "locked": False,
                "archive_timestamp": iso(datetime.now(UTC)),
                "invitable": not private,
            },
        }
        self.channels[tid] = thread
        self.thread_members[tid] = [owner_id, *members]
        self.guilds[gid]["threads"].append(thread)
        await self.dispatch("THREAD_CREATE", thread, gid)
        return tid

    # --- interactions
    def _interaction_base(
        self, itype: int, guild_id: int, channel_id: int, user_id: int, data: dict[str, Any] | None
    ) -> dict[str, Any]:
        iid = self.new_id()
        member = dict(self.member(guild_id, user_id))
        member["permissions"] = str(self.permissions_of(guild_id, user_id))
        channel = self.channels[channel_id]
        payload: dict[str, Any] = {
            "id": str(iid),
            "application_id": str(self.application_id),
            "type": itype,
            "token": f"tok{iid}",
            "version": 1,
            "attachment_size_limit": 8 * 1024 * 1024,
            "guild_id": str(guild_id),
            "channel_id": str(channel_id),
            "channel": {k: channel[k] for k in ("id", "type", "name", "guild_id", "position") if k in channel},
            "member": member,
            "locale": "en-US",
            "guild_locale": "en-US",
            "app_permissions": str(PERM_ALL),
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(guild_id)},
            "context": 0,
        }
        if data is not None:
            payload["data"] = data
        self._origin[str(payload["token"])] = (guild_id, channel_id)
        return payload

    async def slash(
        self,
        guild_id: int,
        channel_id: int,
        user_id: int,
        name: str,
        options: list[dict[str, Any]] | None = None,
        *,
        resolved: dict[str, Any] | None = None,
    ) -> str:
        """Invoke a chat-input command; `options` use the raw shape (sub-commands as type 1/2)."""
        data: dict[str, Any] = {"id": str(self.new_id()), "name": name, "type": 1, "options": options or []}
        if resolved:
            data["resolved"] = resolved
        payload = self._interaction_base(2, guild_id, channel_id, user_id, data)
        await self.dispatch("INTERACTION_CREATE", payload, guild_id)
        return str(payload["token"])

    def resolved_channel(self, channel_id: int) -> dict[str, Any]:
        ch = self.channels[channel_id]
        return {
            "channels": {
                str(channel_id): {
                    "id": ch["id"],
                    "name": ch.get("name", ""),
                    "type": ch["type"],
                    "permissions": str(PERM_ALL),
                }
            }
        }

    def resolved_role(self, guild_id: int, role_id: int) -> dict[str, Any]:
        role = next(r for r in self.guilds[guild_id]["roles"] if int(r["id"]) == role_id)
        return {"roles": {str(role_id): role}}

    def resolved_user(self, guild_id: int, user_id: int) -> dict[str, Any]:
        member = dict(self.member(guild_id, user_id))
        user = member.pop("user")
        member["permissions"] = str(self.permissions_of(guild_id, user_id))
        return {"users": {str(user_id): user}, "members": {str(user_id): member}}

    async def message_command(
        self, guild_id: int, channel_id: int, user_id: int, name: str, target_message_id: int
    ) -> str:
        target = self.messages[target_message_id]
        data = {
            "id": str(self.new_id()),
            "name": name,
            "type": 3,
            "target_id": str(target_message_id),
            "resolved": {"messages": {str(target_message_id): target}},
        }
        payload = self._interaction_base(2, guild_id, channel_id, user_id, data)
        await self.dispatch("INTERACTION_CREATE", payload, guild_id)
        return str(payload["token"])

    async def click(
        self, message_id: int, user_id: int, custom_id: str | None = None, *, label: str | None = None
    ) -> str:
        """Click a button on a message the bot posted; find it by custom_id or by label."""
        message = self.messages[message_id]
        button = self.find_button(message, custom_id=custom_id, label=label)
        channel_id = int(message["channel_id"])
        gid = self.guild_of_channel(channel_id)
        assert gid is not None, "clicks are only modelled in guild channels"
        payload = self._interaction_base(
            3, gid, channel_id, user_id, {"custom_id": button["custom_id"], "component_type": 2}
        )
        payload["message"] = message
        self._source_message[str(payload["token"])] = message_id
        await self.dispatch("INTERACTION_CREATE", payload, gid)
        return str(payload["token"])

    @staticmethod
    def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        for row in message.get("components", []):
            for comp in row.get("components", []):
                if comp.get("type") == 2:
                    found.append(comp)
        return found

    def find_button(
        self, message: dict[str, Any], *, custom_id: str | None = None, label: str | None = None
    ) -> dict[str, Any]:
        for comp in self.buttons(message):
            if (custom_id is not None and comp.get("custom_id") == custom_id) or (
                label is not None and comp.get("label") == label
            ):
                return comp
        raise AssertionError(
            f"no button {custom_id or label!r} on message {message['id']}: "
            f"{[b.get('label') for b in self.buttons(message)]}"
        )

    async def submit_modal(self, token: str, user_id: int, values: dict[str, str] | list[str]) -> str:
        """Submit the modal the bot opened in answer to interaction `token`.

        `values` maps text-input custom ids to text, or lists texts in the order of the inputs.
        """
        callback = self.interaction_responses[token]
        assert callback.get("type") == 9, f"interaction {token} was not answered with a modal: {callback}"
        modal = callback["data"]
        rows = []
        inputs = [c for row in modal["components"] for c in self._walk_inputs(row)]
        for i, comp in enumerate(inputs):
            text = values[i] if isinstance(values, list) else values.get(comp["custom_id"], "")
            rows.append({"type": 1, "components": [{"type": 4, "custom_id": comp["custom_id"], "value": text}]})
        origin = self._origin[token]
        payload = self._interaction_base(
            5, origin[0], origin[1], user_id, {"custom_id": modal["custom_id"], "components": rows}
        )
        await self.dispatch("INTERACTION_CREATE", payload, origin[0])
        return str(payload["token"])

    @staticmethod
    def _walk_inputs(component: dict[str, Any]) -> list[dict[str, Any]]:
        if component.get("type") == 4:
            return [component]
        found: list[dict[str, Any]] = []
        if "component" in component:  # label wrapper (components v2 modals)
            found.extend(FakeDiscord._walk_inputs(component["component"]))
        for child in component.get("components", []):
            found.extend(FakeDiscord._walk_inputs(child))
        return found

    def interaction_reply(self, token: str) -> dict[str, Any] | None:
        """What the bot answered to an interaction: callback data, or the first follow-up/edit."""
        return self.interaction_responses.get(token)

    async def wait_reply(self, token: str, timeout: float = 5.0) -> dict[str, Any]:
        """Wait for the bot's answer to an interaction, following deferrals to the follow-up/edit."""

        def answered() -> dict[str, Any] | None:
            cb = self.interaction_responses.get(token)
            if cb is None:
                return None
            if cb.get("type") in (5, 6):  # deferred: wait for the edit or follow-up
                for req in self.requests:
                    if (
                        req.path.startswith(f"/webhooks/{self.application_id}/{token}")
                        and req.method in ("PATCH", "POST")
                        and req.status < 300
                    ):
                        return {"type": cb["type"], "data": req.json or {}, "deferred": True}
                return None
            return cb

        result: dict[str, Any] = await self.wait_for(answered, timeout, f"reply to interaction {token}")
        return result

    # ------------------------------------------------------------------ REST
    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        body: Any = None
        files: list[tuple[str, bytes]] = []
        ctype = request.headers.get("Content-Type", "")
        if ctype.startswith("multipart/"):
            form = await request.post()
            for key, value in form.items():
                if key == "payload_json":
                    body = json.loads(str(value))
                elif isinstance(value, FileField):
                    files.append((value.filename, value.file.read()))
        elif request.can_read_body:
            raw = await request.read()
            body = json.loads(raw) if raw else None
        delay = next((d for d in self._delays if d.method in (None, request.method)
                      and re.fullmatch(d.pattern, path)), None)
        if delay is not None:
            await asyncio.sleep(delay.seconds)
        failure = self._failure_for(request.method, path)
        if failure is not None:
            status, result, extra = failure.status, failure.body, failure.headers
        else:
            status, result = self._route(request.method, path, body, files)
            extra = {}
        self.requests.append(
            RecordedRequest(request.method, path, dict(request.query), body, dict(request.headers), status, files)
        )
        await self._notify()
        if result is None:
            return web.Response(status=status, headers=extra)
        return web.Response(
            status=status,
            body=json.dumps(result).encode(),
            headers={"Content-Type": "application/json", **extra},
        )

    def _route(self, method: str, path: str, body: Any, files: list[tuple[str, bytes]]) -> tuple[int, Any]:
        app = self.application_id
        for m, pattern, handler in (
            ("GET", r"/users/@me", lambda: (200, self.bot_user)),
            ("GET", r"/gateway", lambda: (200, {"url": self.gateway_url})),
            (
                "GET",
                r"/gateway/bot",
                lambda: (
                    200,
                    {
                        "url": self.advertised_gateway or self.gateway_url,
                        "shards": self.shard_count,
                        "session_start_limit": {
                            "total": 1000,
                            "remaining": 999,
                            "reset_after": 0,
                            "max_concurrency": 1,
                        },
                    },
                ),
            ),
            ("GET", r"/oauth2/applications/@me|/applications/@me", lambda: (200, self._application())),
        ):
            if method == m and re.fullmatch(pattern, path):
                return handler()
        if match := re.fullmatch(rf"/applications/{app}(?:/guilds/(\d+))?/commands", path):
            scope = match.group(1) or "global"
            if method == "PUT":
                self.commands[scope] = [
                    {
                        "description": "",
                        **c,
                        "id": str(self.new_id()),
                        "application_id": str(app),
                        "version": "1",
                        "guild_id": match.group(1),
                    }
                    | ({} if match.group(1) else {"guild_id": None})
                    for c in (body or [])
                ]
            return 200, self.commands.get(scope, [])
        if (match := re.fullmatch(r"/channels/(\d+)/messages", path)) and method == "POST":
            return self._create_message(int(match.group(1)), body or {}, files)
        if match := re.fullmatch(r"/channels/(\d+)/messages/(\d+)", path):
            mid = int(match.group(2))
            if mid not in self.messages:
                return 404, {"code": 10008, "message": "Unknown Message"}
            if method == "PATCH":
                return self._edit_message(mid, body or {}, files)
            if method == "GET":
                return 200, self.messages[mid]
            if method == "DELETE":
                del self.messages[mid]
                return 204, None
        if (match := re.fullmatch(r"/channels/(\d+)/thread-members", path)) and method == "GET":
            tid = int(match.group(1))
            return 200, [
                {"id": str(tid), "user_id": str(uid), "join_timestamp": iso(datetime.now(UTC)), "flags": 0}
                for uid in self.thread_members.get(tid, [])
            ]
        if match := re.fullmatch(r"/channels/(\d+)", path):
            cid = int(match.group(1))
            if method == "GET" and cid in self.channels:
                return 200, self.channels[cid]
            return 404, {"code": 10003, "message": "Unknown Channel"}
        if method == "GET" and (match := re.fullmatch(r"/users/(\d+)", path)):
            return 200, self._find_user(int(match.group(1)))
        if method == "POST" and path == "/users/@me/channels":
            uid = int(body["recipient_id"])
            return 200, self.channels[self._dm_channel_for(uid)]
        if match := re.fullmatch(r"/guilds/(\d+)/members/(\d+)", path):
            gid, uid = int(match.group(1)), int(match.group(2))
            try:
                member = self.member(gid, uid)
            except KeyError:
                return 404, {"code": 10007, "message": "Unknown Member"}
            if method == "PATCH":
                member.update(
                    {k: v for k, v in (body or {}).items() if k in ("communication_disabled_until", "nick", "roles")}
                )
            return 200, member
        if re.fullmatch(r"/guilds/(\d+)/bans/(\d+)", path) and method in ("PUT", "DELETE"):
            return 204, None
        if match := re.fullmatch(r"/interactions/(\d+)/([\w-]+)/callback", path):
            return self._interaction_callback(int(match.group(1)), match.group(2), body or {}, files)
        if match := re.fullmatch(rf"/webhooks/{app}/([\w-]+)(?:/messages/(@original|\d+))?", path):
            return self._webhook(method, match.group(1), match.group(2), body or {}, files)
        self.unhandled.append(f"{method} {path}")
        return 404, {"code": 0, "message": f"fake Discord does not model {method} {path}"}

    def _application(self) -> dict[str, Any]:
        return {
            "id": str(self.application_id),
            "name": "Lookout",
            "icon": None,
            "description": "",
            "bot_public": True,
            "bot_require_code_grant": False,
            "verify_key": "0" * 64,
            "flags": 0,
            "owner": self.user_payload(self.new_id(), "owner"),
            "team": None,
        }

    def _store_message(
        self,
        channel_id: int,
        body: dict[str, Any],
        files: list[tuple[str, bytes]],
        *,
        message_id: int | None = None,
        author: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        mid = message_id or self.new_id()
        payload = self.message_payload(channel_id, self.application_id, body.get("content") or "", message_id=mid)
        payload["author"] = author or self.bot_user
        payload.pop("member", None)
        payload["embeds"] = body.get("embeds") or []
        payload["components"] = body.get("components") or []
        payload["flags"] = int(body.get("flags") or 0)
        payload["attachments"] = [
            {
                "id": str(self.new_id()),
                "filename": name,
                "size": len(data),
                "url": f"{self.http_base}/f/{name}",
                "proxy_url": f"{self.http_base}/f/{name}",
            }
            for name, data in files
        ]
        payload["mentions"] = [self._find_user(int(u)) for u in (body.get("allowed_mentions") or {}).get("users", [])]
        self.messages[mid] = payload
        return payload

    def _create_message(self, channel_id: int, body: dict[str, Any], files: list[tuple[str, bytes]]) -> tuple[int, Any]:
        if channel_id not in self.channels:
            return 404, {"code": 10003, "message": "Unknown Channel"}
        return 200, self._store_message(channel_id, body, files)

    def _edit_message(self, message_id: int, body: dict[str, Any], files: list[tuple[str, bytes]]) -> tuple[int, Any]:
        message = self.messages[message_id]
        for key in ("content", "embeds", "components", "flags"):
            if key in body:
                message[key] = body[key]
        message["edited_timestamp"] = iso(datetime.now(UTC))
        return 200, message

    def _interaction_callback(
        self, interaction_id: int, token: str, body: dict[str, Any], files: list[tuple[str, bytes]]
    ) -> tuple[int, Any]:
        if token in self.interaction_responses:
            return 400, {"code": 40060, "message": "Interaction has already been acknowledged."}
        self.interaction_responses[token] = body
        rtype = body.get("type")
        data = body.get("data") or {}
        interaction = {
            "id": str(interaction_id),
            "type": 0,
            "response_message_loading": rtype == 5,
            "response_message_ephemeral": bool(int(data.get("flags") or 0) & 64),
        }
        resource: dict[str, Any] = {"type": rtype}
        if rtype == 4:
            origin = self._origin.get(token)
            channel_id = origin[1] if origin else next(iter(self.channels))
            message = self._store_message(channel_id, data, files)
            interaction["response_message_id"] = message["id"]
            resource["message"] = message
        elif rtype == 7:
            source = self._source_message.get(token)
            if source is not None:
                edited = self._edit_message(source, data, files)[1]
                interaction["response_message_id"] = edited["id"]
                resource["message"] = edited
        return 200, {"interaction": interaction, "resource": resource}

    def _webhook(
        self, method: str, token: str, which: str | None, body: dict[str, Any], files: list[tuple[str, bytes]]
    ) -> tuple[int, Any]:
        origin = self._origin.get(token)
        channel_id = origin[1] if origin else next(iter(self.channels))
        if method == "POST" and which is None:
            return 200, self._store_message(channel_id, body, files)
        if which == "@original":
            source = self._source_message.get(token)
            if method == "PATCH" and source is not None and self.interaction_responses.get(token, {}).get("type") == 6:
                return self._edit_message(source, body, files)
            if method == "PATCH":
                return 200, self._store_message(channel_id, body, files)
            if method == "DELETE":
                return 204, None
        if which and which.isdigit() and int(which) in self.messages and method == "PATCH":
            return self._edit_message(int(which), body, files)
        return 404, {"code": 10008, "message": "Unknown Message"}
