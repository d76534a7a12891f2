"""A fake Telegram Bot API server for end-to-end tests of the Telegram adapter.

Telegram is unreachable from the test machines, and mocking python-telegram-bot from the inside
would test our guesses about it rather than the library itself. So the real `Application` talks
HTTP to this server, which runs inside the test process on 127.0.0.1 (ephemeral port) and behaves
like the parts of the Bot API that Lookout uses:

* every call is a POST to `/bot{token}/{method}`, form-encoded (multipart for uploads), where
  every field except a plain string is JSON-encoded;
* `getUpdates` holds the request for up to `timeout` seconds (capped, so no loop is unbounded)
  and treats `offset` as the acknowledgement of everything before it, as the real server does;
* errors come back as `{"ok": false, "error_code": …, "description": …}`; unknown methods get
  400 because python-telegram-bot reads 404/401 as an invalid token.

Every call is recorded (`calls`) so tests can assert what the bot did, and `wait_for_call` lets
them wait on a condition with a bounded timeout instead of sleeping. Failure injection
(`fail_next`) covers flood control (429 with `retry_after`), a bot kicked from a chat (403) and
network errors (502 or a dropped connection).

Test data here stays non-explicit: names, ids and handles are invented.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

JSON = dict[str, Any]

# Fields that python-telegram-bot JSON-encodes (everything that is not a plain string). Plain
# string fields (text, parse_mode, callback_query_id, ...) arrive as they are; decoding only the
# known fields keeps a text such as "123" a string.
_JSON_FIELDS = frozenset(
    {
        "chat_id", "user_id", "message_id", "offset", "limit", "timeout", "until_date",
        "message_thread_id", "cache_time", "show_alert", "revoke_messages", "disable_notification",
        "use_independent_chat_permissions", "drop_pending_updates", "protect_content",
        "max_connections", "reply_markup", "reply_parameters", "allowed_updates", "permissions",
        "commands", "scope", "link_preview_options", "entities", "caption_entities",
        "from_chat_id", "message_ids", "only_if_banned", "disable_content_type_detection",
    }
)

# Update kinds Telegram delivers when `allowed_updates` is empty or absent: everything except
# chat_member, message_reaction and message_reaction_count, which must be asked for by name.
_OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})

# getUpdates never holds longer than this, whatever the client asks, so a test cannot hang on it.
MAX_HOLD_SECONDS = 5.0


@dataclass(slots=True)
class UploadedFile:
    field_name: str
    filename: str
    content_type: str
    data: bytes


@dataclass(slots=True)
class Call:
    """One request the bot made: the method, decoded parameters and uploaded files."""

    method: str
    params: JSON
    files: dict[str, UploadedFile] = field(default_factory=dict)
    status: int | None = None  # None while the request is in flight
    result: Any = None
    at: float = field(default_factory=time.monotonic)

    @property
    def chat_id(self) -> Any:
        return self.params.get("chat_id")


@dataclass(slots=True)
class _Failure:
    method: str
    kind: str  # "retry_after" | "forbidden" | "network" | "server_error" | "drop" | "bad_request"
    remaining: int | None  # None: until `until`
    retry_after: int = 1
    description: str = ""
    chat_id: int | None = None
    until: float | None = None  # monotonic deadline of a storm
    status: int = 500


class _ApiError(Exception):
    """Raised inside a method handler to answer with a Bot API error."""

    def __init__(self, code: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


ADMIN_RIGHTS = (
    "can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
    "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users",
    "can_post_stories", "can_edit_stories", "can_delete_stories", "can_pin_messages",
    "can_manage_topics",
)


class FakeBotAPI:
    """The fake server plus the state of a tiny Telegram world: users, chats, members, messages."""

    def __init__(
        self,
        token: str = "110201543:TEST-token-for-the-fake-api",
        bot_username: str = "lookout_test_bot",
        *,
        privacy_mode: bool = False,
    ) -> None:
        self.token = token
        self.bot_id = int(token.split(":", 1)[0])
        self.bot_user: JSON = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Lookout",
            "username": bot_username,
            "can_join_groups": True,
            # Privacy mode on means the bot sees only commands and replies in groups.
            "can_read_all_group_messages": not privacy_mode,
            "supports_inline_queries": False,
        }
        self.calls: list[Call] = []
        self.users: dict[int, JSON] = {self.bot_id: self.bot_user}
        self.chats: dict[int, JSON] = {}
        self.members: dict[tuple[int, int], JSON] = {}
        self.messages: dict[tuple[int, int], JSON] = {}
        self.deleted: set[tuple[int, int]] = set()
        self.started_users: set[int] = set()  # users who opened a private chat with the bot
        self.kicked_from: set[int] = set()  # chats the bot was removed from
        self.uploads: list[UploadedFile] = []
        self.webhook: JSON | None = None
        self.allowed_updates: list[str] | None = None
        # Unacknowledged updates only (acknowledged ones are dropped): getUpdates stays cheap at soak scale.
        self._updates: deque[JSON] = deque()
        self._last_update_id = 0
        self.pushed_at: dict[tuple[int, int], float] = {}  # (chat id, message id) -> when it was pushed
        self.keep_messages = True  # False: soak traffic is not kept for replies and edits
        self.slow_methods: dict[str, float] = {}  # method -> seconds to hold each call before answering
        self._acked_below = 0  # every update_id below this was acknowledged through `offset`
        self._acked_wanted: list[int] = []  # ids of acknowledged updates the bot asked for (just ints)
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._callback_ids = itertools.count(1)
        self._clock = _WallClock()
        self._failures: list[_Failure] = []
        self._changed = asyncio.Condition()
        self._closing = False
        self._notifiers: set[asyncio.Task[None]] = set()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ------------------------------------------------------------------ server lifecycle

    async def start(self) -> FakeBotAPI:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        app.router.add_post("/file/bot{token}/{path:.*}", self._handle_file)
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])  # the ephemeral port the OS picked
        return self

    async def close(self) -> None:
        self._closing = True
        await self._notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotAPI:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    @property
    def bot_username(self) -> str:
        return str(self.bot_user["username"])

    # ------------------------------------------------------------------ world building

    def user(self, user_id: int, first_name: str, username: str | None = None, **extra: Any) -> JSON:
        data: JSON = {"id": user_id, "is_bot": False, "first_name": first_name}
        if username:
            data["username"] = username
        data.update(extra)
        self.users[user_id] = data
        return data

    def supergroup(self, chat_id: int, title: str, username: str | None = None) -> JSON:
        data: JSON = {"id": chat_id, "type": "supergroup", "title": title}
        if username:
            data["username"] = username
        self.chats[chat_id] = data
        return data

    def group(self, chat_id: int, title: str) -> JSON:
        data: JSON = {"id": chat_id, "type": "group", "title": title}
        self.chats[chat_id] = data
        return data

    def private_chat(self, user: JSON) -> JSON:
        data: JSON = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        if "username" in user:
            data["username"] = user["username"]
        self.chats[user["id"]] = data
        return data

    def set_member(self, chat_id: int, user_id: int, status: str = "member", **extra: Any) -> JSON:
        member: JSON = {"status": status, "user": self.users[user_id]}
        if status == "administrator":
            for right in ADMIN_RIGHTS:
                member[right] = False
            member.update({"can_manage_chat": True, "can_delete_messages": True,
                           "can_restrict_members": True, "can_invite_users": True})
        if status == "restricted":
            member.update({"is_member": True, "until_date": 0})
            member.update(_permissions(False))
        if status == "kicked":
            member["until_date"] = 0
        member.update(extra)
        self.members[(chat_id, user_id)] = member
        return member

    def set_admin(self, chat_id: int, user_id: int, **rights: bool) -> JSON:
        return self.set_member(chat_id, user_id, "administrator", **rights)

    def set_owner(self, chat_id: int, user_id: int) -> JSON:
        return self.set_member(chat_id, user_id, "creator", is_anonymous=False)

    def member_status(self, chat_id: int, user_id: int) -> str:
        return str(self._member(chat_id, user_id)["status"])

    # ------------------------------------------------------------------ pushing updates

    def push_update(self, kind: str, payload: JSON) -> int:
        update_id = next(self._update_ids)
        self._updates.append({"update_id": update_id, kind: payload})
        self._last_update_id = update_id
        self._schedule_notify()
        return update_id

    def _new_message(self, chat: JSON, sender: JSON | None, **fields: Any) -> JSON:
        chat_id = int(chat["id"])
        counter = self._message_ids.setdefault(chat_id, itertools.count(100))
        message: JSON = {"message_id": next(counter), "date": next(self._clock), "chat": chat}
        if sender is not None:
            message["from"] = sender
        message.update({k: v for k, v in fields.items() if v is not None})
        if self.keep_messages or sender is self.bot_user:
            self.messages[(chat_id, message["message_id"])] = message
        self.pushed_at[(chat_id, message["message_id"])] = time.monotonic()
        return message

    def group_message(
        self,
        chat: JSON,
        sender: JSON,
        text: str,
        *,
        reply_to: JSON | None = None,
        entities: list[JSON] | None = None,
        **extra: Any,
    ) -> JSON:
        """A member posts `text` in a group; returns the Message object as delivered."""
        if entities is None and text.startswith("/"):
            command = text.split()[0]
            entities = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        message = self._new_message(chat, sender, text=text, reply_to_message=reply_to,
                                    entities=entities, **extra)
        self.push_update("message", message)
        return message

    def edited_message(self, original: JSON, new_text: str) -> JSON:
        edited = dict(original, text=new_text, edit_date=next(self._clock))
        self.messages[(int(original["chat"]["id"]), int(original["message_id"]))] = edited
        self.push_update("edited_message", edited)
        return edited

    def private_message(self, sender: JSON, text: str) -> JSON:
        """`sender` writes to the bot in private; doing so also 'starts' the bot for them."""
        chat = self.chats.get(int(sender["id"])) or self.private_chat(sender)
        self.started_users.add(int(sender["id"]))
        entities = None
        if text.startswith("/"):
            entities = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        message = self._new_message(chat, sender, text=text, entities=entities)
        self.push_update("message", message)
        return message

    def member_joined(self, chat: JSON, user: JSON, *, via_link: bool = True) -> int:
        """A `chat_member` update for `user` joining `chat` (delivered only if opted in)."""
        old = {"status": "left", "user": user}
        new = self.set_member(int(chat["id"]), int(user["id"]), "member")
        payload: JSON = {
            "chat": chat, "from": user, "date": next(self._clock),
            "old_chat_member": old, "new_chat_member": dict(new),
        }
        if via_link:
            payload["invite_link"] = {
                "invite_link": "https://t.me/+AbCdEfGhIjKl", "creator": self.bot_user,
                "creates_join_request": False, "is_primary": True, "is_revoked": False,
            }
        return self.push_update("chat_member", payload)

    def bot_status_changed(self, chat: JSON, actor: JSON, new_status: str) -> int:
        """A `my_chat_member` update: the bot was added, promoted, or removed ("kicked"/"left")."""
        chat_id = int(chat["id"])
        old = dict(self._member(chat_id, self.bot_id))
        new = self.set_member(chat_id, self.bot_id, new_status)
        if new_status in ("kicked", "left"):
            self.kicked_from.add(chat_id)
        else:
            self.kicked_from.discard(chat_id)
        payload: JSON = {
            "chat": chat, "from": actor, "date": next(self._clock),
            "old_chat_member": old, "new_chat_member": dict(new),
        }
        return self.push_update("my_chat_member", payload)

    def callback_query(self, clicker: JSON, message: JSON, data: str) -> str:
        """`clicker` presses an inline button with `data` under the bot's `message`."""
        query_id = f"cbq{next(self._callback_ids)}"
        payload: JSON = {
            "id": query_id, "from": clicker, "message": message, "data": data,
            "chat_instance": f"ci{message['chat']['id']}",
        }
        self.push_update("callback_query", payload)
        return query_id

    # ------------------------------------------------------------------ failure injection

    def fail_next(
        self,
        method: str,
        kind: str = "retry_after",
        *,
        times: int = 1,
        retry_after: int = 1,
        description: str = "",
        chat_id: int | None = None,
    ) -> None:
        """Make the next `times` calls of `method` (optionally only to `chat_id`) fail.

        kinds: "retry_after" (429 flood control), "forbidden" (403, e.g. bot kicked),
        "network" (502, a NetworkError for the client), "drop" (connection closed without an
        answer), "bad_request" (400).
        """
        self._failures.append(_Failure(method, kind, times, retry_after, description, chat_id))

    def storm(self, kind: str = "server_error", *, seconds: float, method: str = "*", status: int = 500,
              retry_after: int = 1) -> None:
        """Every call of `method` ("*": every method, getUpdates included) fails for `seconds`.

        kinds as for `fail_next`, plus "server_error" (a 5xx `status`, which Telegram's clients read as
        a network error and retry). A 429 storm on "*" is Telegram's flood control for the whole bot.
        """
        self._failures.insert(0, _Failure(method, kind, None, retry_after, "", None,
                                          until=time.monotonic() + seconds, status=status))
        self._schedule_notify()  # a held getUpdates fails too, as a real outage would cut it

    def kick_bot(self, chat_id: int) -> None:
        """The bot was removed from `chat_id`: every later call there answers 403."""
        self.kicked_from.add(chat_id)
        if (chat_id, self.bot_id) in self.members:
            self.set_member(chat_id, self.bot_id, "kicked")

    # ------------------------------------------------------------------ inspection and waiting

    def calls_to(self, method: str, **match: Any) -> list[Call]:
        return [c for c in self.calls if c.method == method and _matches(c, match)]

    def sent_messages(self, chat_id: int | None = None) -> list[Call]:
        """Successful sendMessage calls (optionally to one chat)."""
        return [c for c in self.calls_to("sendMessage") if c.status == 200
                and (chat_id is None or c.params.get("chat_id") == chat_id)]

    async def wait_for_call(
        self,
        method: str,
        predicate: Callable[[Call], bool] | None = None,
        *,
        timeout: float = 5.0,
        count: int = 1,
        **match: Any,
    ) -> Call:
        """Wait (bounded) until `count` successful calls of `method` match; return the last."""

        def found() -> list[Call]:
            return [c for c in self.calls if c.method == method and c.status == 200
                    and _matches(c, match) and (predicate is None or predicate(c))]

        async def wait() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: len(found()) >= count)

        try:
            await asyncio.wait_for(wait(), timeout)
        except TimeoutError:
            seen = ", ".join(f"{c.method}({c.status})" for c in self.calls[-15:])
            raise AssertionError(
                f"timed out after {timeout}s waiting for {count}x {method} {match or ''}; "
                f"last calls: {seen}"
            ) from None
        return found()[count - 1]

    async def wait_in_flight(self, method: str, timeout: float = 5.0) -> Call:
        """Wait (bounded) until a call of `method` has arrived and is not answered yet."""

        def held() -> list[Call]:
            return [c for c in self.calls if c.method == method and c.status is None]

        async def wait() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: bool(held()))

        try:
            await asyncio.wait_for(wait(), timeout)
        except TimeoutError:
            raise AssertionError(f"no {method} call in flight within {timeout}s") from None
        return held()[-1]

    async def wait_consumed(self, timeout: float = 5.0) -> None:
        """Wait until the client has acknowledged (via `offset`) every update pushed so far."""
        last = self._last_update_id

        async def wait() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: self._acked_below > last)

        try:
            await asyncio.wait_for(wait(), timeout)
        except TimeoutError:
            raise AssertionError(f"updates up to {last} not acknowledged within {timeout}s") from None

    @property
    def last_update_id(self) -> int:
        return self._last_update_id

    def delivered_update_ids(self) -> list[int]:
        """Ids of the updates pushed so far that the bot asked for (and so will handle), acknowledged
        ones included: a harness waits for each of them to be handled, not only for the newest."""
        return [*self._acked_wanted, *(int(u["update_id"]) for u in self._updates if self._wanted(u))]

    @property
    def pending_updates(self) -> list[JSON]:
        return [u for u in self._updates if u["update_id"] >= self._acked_below]

    def _drop_acknowledged(self, *, handed_out: bool = True) -> None:
        while self._updates and self._updates[0]["update_id"] < self._acked_below:
            update = self._updates.popleft()
            if handed_out and self._wanted(update):
                self._acked_wanted.append(int(update["update_id"]))

    # ------------------------------------------------------------------ HTTP plumbing

    def _schedule_notify(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no running loop: nobody can be waiting
            return
        task = loop.create_task(self._notify())
        self._notifiers.add(task)
        task.add_done_callback(self._notifiers.discard)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def _handle_file(self, request: web.Request) -> web.Response:
        return web.json_response({"ok": False, "error_code": 400, "description": "Bad Request: no files"},
                                 status=400)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"},
                                     status=401)
        method = request.match_info["method"]
        params, files = await _read_params(request)
        call = Call(method, params, files)
        self.calls.append(call)
        await self._notify()
        try:
            failure = self._take_failure(method, params)
            if failure is not None:
                if failure.kind == "drop":
                    call.status = 0
                    if request.transport is not None:
                        request.transport.abort()
                    await self._notify()
                    raise web.HTTPBadGateway()  # never reaches the client: the socket is gone
                self._raise_failure(failure)
            if method in self.slow_methods:
                await asyncio.sleep(self.slow_methods[method])
            handler = getattr(self, f"_m_{method}", None)
            if handler is None:
                raise _ApiError(400, f"Bad Request: method {method} not found in the fake Bot API")
            call.result = await handler(params, files)
            call.status = 200
        except _ApiError as err:
            call.status = err.code
            body: JSON = {"ok": False, "error_code": err.code, "description": err.description}
            if err.parameters:
                body["parameters"] = err.parameters
            await self._notify()
            return web.json_response(body, status=err.code)
        await self._notify()
        return web.json_response({"ok": True, "result": call.result})

    def _take_failure(self, method: str, params: JSON) -> _Failure | None:
        for failure in self._failures:
            if failure.method not in (method, "*"):
                continue
            if failure.until is not None and time.monotonic() >= failure.until:
                continue
            if failure.remaining is not None and failure.remaining <= 0:
                continue
            if failure.chat_id is not None and params.get("chat_id") != failure.chat_id:
                continue
            if failure.remaining is not None:
                failure.remaining -= 1
            return failure
        return None

    @staticmethod
    def _raise_failure(failure: _Failure) -> None:
        if failure.kind == "retry_after":
            raise _ApiError(429, f"Too Many Requests: retry after {failure.retry_after}",
                            {"retry_after": failure.retry_after})
        if failure.kind == "forbidden":
            raise _ApiError(403, failure.description or "Forbidden: bot was kicked from the supergroup chat")
        if failure.kind == "network":
            raise _ApiError(502, failure.description or "Bad Gateway")
        if failure.kind == "server_error":
            raise _ApiError(failure.status, failure.description or "Internal Server Error")
        raise _ApiError(400, failure.description or "Bad Request: injected failure")

    # ------------------------------------------------------------------ helpers for methods

    def _chat(self, params: JSON) -> JSON:
        chat_id = params.get("chat_id")
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            for chat in self.chats.values():
                if chat.get("username") == chat_id[1:]:
                    return chat
        if isinstance(chat_id, int) and chat_id not in self.chats and chat_id in self.users:
            raise _ApiError(403, "Forbidden: bot can't initiate conversation with a user")
        if not isinstance(chat_id, int) or chat_id not in self.chats:
            raise _ApiError(400, "Bad Request: chat not found")
        if chat_id in self.kicked_from:
            raise _ApiError(403, "Forbidden: bot was kicked from the supergroup chat")
        chat = self.chats[chat_id]
        if chat["type"] == "private" and chat_id not in self.started_users:
            raise _ApiError(403, "Forbidden: bot can't initiate conversation with a user")
        return chat

    def _member(self, chat_id: int, user_id: int) -> JSON:
        member = self.members.get((chat_id, user_id))
        if member is not None:
            return member
        user = self.users.get(user_id)
        if user is None:
            raise _ApiError(400, "Bad Request: user not found")
        return {"status": "left", "user": user}

    def _require_bot_right(self, chat: JSON, right: str, what: str) -> None:
        if chat["type"] == "private":
            return
        me = self._member(int(chat["id"]), self.bot_id)
        if me["status"] == "creator" or (me["status"] == "administrator" and me.get(right)):
            return
        raise _ApiError(400, f"Bad Request: not enough rights to {what}")

    def _bot_message(self, chat: JSON, params: JSON, **fields: Any) -> JSON:
        extra: JSON = dict(fields)
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            extra["reply_markup"] = markup
        reply = params.get("reply_parameters")
        if isinstance(reply, dict):
            original = self.messages.get((int(chat["id"]), int(reply.get("message_id", 0))))
            if original is None and not reply.get("allow_sending_without_reply"):
                raise _ApiError(400, "Bad Request: message to be replied not found")
            extra["reply_to_message"] = original
        return self._new_message(chat, self.bot_user, **extra)

    # ------------------------------------------------------------------ Bot API methods

    async def _m_getMe(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        return self.bot_user

    async def _m_deleteWebhook(self, params: JSON, files: dict[str, UploadedFile]) -> bool:
        self.webhook = None
        if params.get("drop_pending_updates"):
            self._acked_below = next(self._update_ids)
            self._drop_acknowledged(handed_out=False)  # dropped unseen: nobody will handle them
        return True

    async def _m_setWebhook(self, params: JSON, files: dict[str, UploadedFile]) -> bool:
        self.webhook = dict(params)
        allowed = params.get("allowed_updates")
        if allowed is not None:
            self.allowed_updates = list(allowed)
        return True

    async def _m_getWebhookInfo(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        url = (self.webhook or {}).get("url", "")
        pending = len(self.pending_updates)
        return {"url": url, "has_custom_certificate": False, "pending_update_count": pending}

    async def _m_getUpdates(self, params: JSON, files: dict[str, UploadedFile]) -> list[JSON]:
        if self.webhook:
            raise _ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
        offset = int(params.get("offset") or 0)
        if offset > self._acked_below:
            self._acked_below = offset
            self._drop_acknowledged()
            await self._notify()
        allowed = params.get("allowed_updates")
        if allowed is not None:
            self.allowed_updates = list(allowed)
        limit = int(params.get("limit") or 100)
        hold = min(float(params.get("timeout") or 0), MAX_HOLD_SECONDS)

        def ready() -> list[JSON]:
            found: list[JSON] = []
            for update in self._updates:
                if update["update_id"] >= self._acked_below and self._wanted(update):
                    found.append(update)
                    if len(found) >= limit:
                        break
            return found

        def storm() -> bool:
            return any(f.method in ("getUpdates", "*") and f.until is not None and time.monotonic() < f.until
                       for f in self._failures)

        if not ready() and hold > 0 and not self._closing:
            async with self._changed:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(
                        self._changed.wait_for(lambda: bool(ready()) or self._closing or storm()), hold
                    )
        failure = self._take_failure("getUpdates", params)
        if failure is not None:  # a storm began while the request was held
            self._raise_failure(failure)
        return ready()

    def _wanted(self, update: JSON) -> bool:
        kind = next(k for k in update if k != "update_id")
        if not self.allowed_updates:
            return kind not in _OPT_IN_UPDATES
        return kind in self.allowed_updates

    async def _m_sendMessage(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        chat = self._chat(params)
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise _ApiError(400, "Bad Request: message text is empty")
        if len(text) > 4096:
            raise _ApiError(400, "Bad Request: message is too long")
        return self._bot_message(chat, params, text=text)

    async def _m_editMessageText(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        chat = self._chat(params)
        key = (int(chat["id"]), int(params.get("message_id") or 0))
        message = self.messages.get(key)
        if message is None or key in self.deleted:
            raise _ApiError(400, "Bad Request: message to edit not found")
        if message.get("from", {}).get("id") != self.bot_id:
            raise _ApiError(400, "Bad Request: message can't be edited")
        markup = params.get("reply_markup")
        if message.get("text") == params.get("text") and message.get("reply_markup") == markup:
            raise _ApiError(400, "Bad Request: message is not modified: specified new message content "
                                 "and reply markup are exactly the same as a current content and reply "
                                 "markup of the message")
        edited = dict(message, text=params.get("text"), edit_date=next(self._clock))
        edited.pop("reply_markup", None)
        if isinstance(markup, dict) and markup.get("inline_keyboard"):
            edited["reply_markup"] = markup
        self.messages[key] = edited
        return edited

    async def _m_answerCallbackQuery(self, params: JSON, files: dict[str, UploadedFile]) -> bool:
        if not params.get("callback_query_id"):
            raise _ApiError(400, "Bad Request: query is too old and response timeout expired")
        return True

    async def _m_getChat(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        chat = self._chat(params)
        gifts = {"unlimited_gifts": False, "limited_gifts": False, "unique_gifts": False,
                 "premium_subscription": False, "gifts_from_channels": False}
        return dict(chat, accent_color_id=0, max_reaction_count=11, accepted_gift_types=gifts)

    async def _m_getChatMember(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        chat = self._chat(params)
        return self._member(int(chat["id"]), int(params.get("user_id") or 0))

    async def _m_getChatAdministrators(self, params: JSON, files: dict[str, UploadedFile]) -> list[JSON]:
        chat = self._chat(params)
        return [m for (cid, _), m in self.members.items()
                if cid == chat["id"] and m["status"] in ("administrator", "creator")]

    async def _m_restrictChatMember(self, params: JSON, files: dict[str, UploadedFile]) -> bool:
        chat = self._chat(params)
        if chat["type"] != "supergroup":
            raise _ApiError(400, "Bad Request: method is available only for supergroups")
        self._require_bot_right(chat, "can_restrict_members", "restrict/unrestrict chat member")
        user_id = int(params.get("user_id") or 0)
        target = self._member(int(chat["id"]), user_id)
        if target["status"] in ("administrator", "creator"):
            raise _ApiError(400, "Bad Request: user is an administrator of the chat")
        permissions = params.get("permissions") or {}
        self.set_member(int(chat["id"]), user_id, "restricted",
                        until_date=int(params.get("until_date") or 0), **permissions)
        return True

    async def _m_banChatMember(self, params: JSON, files: dict[str, UploadedFile]) -> bool:
        chat = self._chat(params)
        self._require_bot_right(chat, "can_restrict_members", "restrict/unrestrict chat member")
        user_id = int(params.get("user_id") or 0)
        if self._member(int(chat["id"]), user_id)["status"] in ("administrator", "creator"):
            raise _ApiError(400, "Bad Request: user is an administrator of the chat")
        self.set_member(int(chat["id"]), user_id, "kicked", until_date=int(params.get("until_date") or 0))
        return True

    async def _m_deleteMessage(self, params: JSON, files: dict[str, UploadedFile]) -> bool:
        chat = self._chat(params)
        key = (int(chat["id"]), int(params.get("message_id") or 0))
        message = self.messages.get(key)
        if message is None or key in self.deleted:
            raise _ApiError(400, "Bad Request: message to delete not found")
        if message.get("from", {}).get("id") != self.bot_id:
            self._require_bot_right(chat, "can_delete_messages", "delete messages")
        self.deleted.add(key)
        return True

    async def _m_sendDocument(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        chat = self._chat(params)
        upload = files.get("document")
        if upload is None:
            raise _ApiError(400, "Bad Request: there is no document in the request")
        self.uploads.append(upload)
        document = {
            "file_id": f"DOC{len(self.uploads)}", "file_unique_id": f"U{len(self.uploads)}",
            "file_name": upload.filename, "mime_type": upload.content_type, "file_size": len(upload.data),
        }
        return self._bot_message(chat, params, document=document, caption=params.get("caption"))

    async def _m_setMyCommands(self, params: JSON, files: dict[str, UploadedFile]) -> bool:
        if not isinstance(params.get("commands"), list):
            raise _ApiError(400, "Bad Request: commands must be a list")
        return True

    async def _m_deleteMyCommands(self, params: JSON, files: dict[str, UploadedFile]) -> bool:
        return True

    async def _m_close(self, params: JSON, files: dict[str, UploadedFile]) -> bool:
        return True


class _WallClock:
    """Unix seconds for message dates: real time, so they sort with the service's own clock."""

    def __next__(self) -> int:
        return int(time.time())


def _permissions(value: bool) -> JSON:
    names = ("can_send_messages", "can_send_audios", "can_send_documents", "can_send_photos",
             "can_send_videos", "can_send_video_notes", "can_send_voice_notes", "can_send_polls",
             "can_send_other_messages", "can_add_web_page_previews", "can_change_info",
             "can_invite_users", "can_pin_messages", "can_manage_topics")
    return dict.fromkeys(names, value)


def _matches(call: Call, match: JSON) -> bool:
    return all(call.params.get(k) == v for k, v in match.items())


async def _read_params(request: web.Request) -> tuple[JSON, dict[str, UploadedFile]]:
    params: JSON = {}
    files: dict[str, UploadedFile] = {}
    if not request.can_read_body:
        return params, files
    form = await request.post()
    for name, value in form.items():
        if isinstance(value, web.FileField):
            data = value.file.read()
            files[name] = UploadedFile(name, value.filename, value.content_type, data)
            continue
        text = str(value)
        if name in _JSON_FIELDS:
            try:
                params[name] = json.loads(text)
            except ValueError:
                params[name] = text  # e.g. chat_id "@channelname"
        else:
            params[name] = text
    return params, files


def inline_buttons(message_or_params: JSON) -> Iterable[JSON]:
    """Every inline button in a message (or sendMessage/editMessageText params), row by row."""
    markup = message_or_params.get("reply_markup") or {}
    for row in markup.get("inline_keyboard", []):
        yield from row
