"""Building and running the python-telegram-bot Application: long polling or a webhook.

Long polling is the default because it needs nothing from the network (no public address, no
certificate). A webhook suits deployments behind a reverse proxy; it is served by aiohttp, which
Lookout already depends on, rather than PTB's optional tornado server, and every request must
carry the secret token we registered, so nobody else can feed the bot fake updates.

`allowed_updates` must name chat_member explicitly, or Telegram never sends join updates (and
join time is a risk signal); callback queries and my_chat_member are listed for the buttons and
for noticing the bot being removed.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import httpx
from aiohttp import web
from telegram import (
    BotCommand,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    Update,
)
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.moderation import Moderation
from bot.ops import Ops
from bot.platforms.telegram import handlers
from bot.platforms.telegram.faults import RetryPolicy, call_api
from bot.platforms.telegram.ordering import PerChatOrder
from bot.platforms.telegram.port import TelegramPort
from bot.platforms.telegram.runtime import Runtime
from bot.platforms.telegram.translate import PLATFORM
from bot.ports import LookoutPort
from bot.redaction import REDACTOR

if TYPE_CHECKING:
    from bot.config import Config

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "edited_message", "chat_member", "my_chat_member", "callback_query"]
TelegramApp = Application[Any, Any, Any, Any, Any, Any]
RUNTIME_KEY = "lookout_runtime"

GROUP_COMMANDS = [
    BotCommand("safety", "Safety tips for staying safe online"),
    BotCommand("report", "Reply to a message with /report to tell the moderators privately"),
]
ADMIN_COMMANDS = [
    *GROUP_COMMANDS,
    BotCommand("lookout_setup", "Link this group to a moderators' alert chat"),
    BotCommand("lookout", "/lookout status (what the bot can see and do) or /lookout language CODE"),
    BotCommand("lookout_console", "In the alert chat: a one-time web console link, sent to you privately"),
]
# In a private chat with the bot (a child who opened it from a tip, or on their own).
PRIVATE_COMMANDS = [BotCommand("safety", "Safety tips for staying safe online")]


def quiet_http_logs() -> None:
    """httpx logs every request URL at INFO, and Bot API URLs contain the token."""
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)


def build_application(
    lookout: LookoutPort,
    *,
    token: str,
    moderation: Moderation | None = None,
    base_url: str | None = None,
    base_file_url: str | None = None,
    retry: RetryPolicy | None = None,
    bot_username: str | None = None,
) -> TelegramApp:
    """The Application with every Lookout handler; tests point `base_url` at a fake Bot API."""
    quiet_http_logs()
    builder: ApplicationBuilder[Any, Any, Any, Any, Any, Any] = ApplicationBuilder().token(token)
    if base_url:
        api, files = api_urls(base_url, base_file_url)
        builder = builder.base_url(api).base_file_url(files)
    seen: dict[str, Any] = {}
    # PTB's own pool sizes (256 for calls, 1 for getUpdates), plus a hook that sees every answer.
    hooks = {"event_hooks": {"response": [_answer_hook(lookout.ops, seen)]}}
    builder = builder.request(HTTPXRequest(connection_pool_size=256, httpx_kwargs=hooks))
    builder = builder.get_updates_request(HTTPXRequest(connection_pool_size=1, httpx_kwargs=hooks))
    # Chats are handled side by side, each chat's updates in order (see ordering.py).
    app: TelegramApp = builder.concurrent_updates(PerChatOrder()).build()
    rt = Runtime(lookout=lookout, moderation=moderation or Moderation(lookout), bot=app.bot,
                 retry=retry or RetryPolicy(), username_override=bot_username or "", extra=seen)
    rt.moderation.attach(TelegramPort(rt))
    app.bot_data[RUNTIME_KEY] = rt
    _register(app, rt)
    return app


def _answer_hook(ops: Ops, seen: dict[str, Any]) -> Callable[[httpx.Response], Awaitable[None]]:
    """Count failed Bot API answers by status and note the last good poll (for /readyz).

    The request URL holds the token: only the status and the method name are read from it.
    """

    async def on_response(response: httpx.Response) -> None:
        if response.status_code >= 400:
            ops.platform_error(PLATFORM, response.status_code)
        if response.url.path.endswith("/getUpdates"):
            seen["polled_at"] = time.monotonic()
            seen["poll_status"] = response.status_code

    return on_response


POLL_STALE_S = 90.0  # three long-poll timeouts without one good answer: Telegram is out of reach


def ready(app: TelegramApp, *, webhook: bool) -> tuple[bool, str]:
    """For /readyz: running, and (long polling) a getUpdates answered recently."""
    if not app.running:
        return False, "not running"
    if webhook:
        return True, "webhook server running"
    seen = runtime_of(app).extra
    polled = seen.get("polled_at")
    if polled is None:
        return False, "waiting for the first getUpdates answer"
    if seen.get("poll_status", 200) >= 400:
        return False, f"getUpdates answered HTTP {seen['poll_status']}; retrying"
    age = time.monotonic() - polled
    if age > POLL_STALE_S:
        return False, f"no getUpdates answer for {age:.0f} s; retrying"
    return True, "long polling"


def api_urls(base_url: str, base_file_url: str | None = None) -> tuple[str, str]:
    """Accept 'http://host:8081' or 'http://host:8081/bot' for a self-hosted Bot API server."""
    api = base_url.rstrip("/")
    if not api.endswith("/bot"):
        api += "/bot"
    files = base_file_url.rstrip("/") if base_file_url else api[: -len("/bot")] + "/file/bot"
    return api, files


def runtime_of(app: TelegramApp) -> Runtime:
    rt = app.bot_data[RUNTIME_KEY]
    assert isinstance(rt, Runtime)
    return rt


def _register(app: TelegramApp, rt: Runtime) -> None:
    new_messages = filters.UpdateType.MESSAGE
    groups = filters.ChatType.GROUPS
    for name in ("report", "lookout_setup"):
        app.add_handler(CommandHandler(name, handlers.command(rt, name), filters=new_messages & groups))
    for name in ("safety", "lookout", "lookout_link", "cases", "case", "note", "check", "forget", "lookout_console"):
        app.add_handler(CommandHandler(name, handlers.command(rt, name), filters=new_messages))
    app.add_handler(
        CommandHandler("start", handlers.command(rt, "start"), filters=new_messages & filters.ChatType.PRIVATE)
    )
    app.add_handler(
        MessageHandler(
            groups & filters.UpdateType.MESSAGES & ~filters.COMMAND, handlers.bind(rt, handlers.on_group_message)
        )
    )
    app.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE & new_messages & filters.TEXT & ~filters.COMMAND,
            handlers.bind(rt, handlers.on_private_message),
        )
    )
    app.add_handler(ChatMemberHandler(handlers.bind(rt, handlers.on_chat_member), ChatMemberHandler.CHAT_MEMBER))
    app.add_handler(ChatMemberHandler(handlers.bind(rt, handlers.on_my_chat_member), ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_handler(CallbackQueryHandler(handlers.bind(rt, handlers.on_callback)))
    app.add_error_handler(_on_error)


async def prepare(app: TelegramApp) -> None:
    """After initialise: warn about privacy mode and publish the command menus."""
    rt = runtime_of(app)
    if not rt.can_read_all_group_messages:
        log.warning(
            "telegram: privacy mode is on: in groups where the bot is not an admin it only sees "
            "commands (BotFather /setprivacy -> Disable, or make the bot an admin)"
        )
    try:
        await call_api(
            lambda: app.bot.set_my_commands(GROUP_COMMANDS, scope=BotCommandScopeAllGroupChats()),
            what="setMyCommands",
            policy=rt.retry,
        )
        await call_api(
            lambda: app.bot.set_my_commands(ADMIN_COMMANDS, scope=BotCommandScopeAllChatAdministrators()),
            what="setMyCommands",
            policy=rt.retry,
        )
        await call_api(
            lambda: app.bot.set_my_commands(PRIVATE_COMMANDS, scope=BotCommandScopeAllPrivateChats()),
            what="setMyCommands",
            policy=rt.retry,
        )
    except TelegramError as err:  # a missing menu is cosmetic; never block start-up on it
        log.info("telegram: command menu not published: %s", err)
    await rt.moderation.redeliver(PLATFORM)


async def _on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log a handler failure once, with where it happened but never what was written."""
    where = "no update"
    if isinstance(update, Update):
        chat = update.effective_chat
        kind = next((k for k in handlers_kinds(update)), "update")
        where = f"update {update.update_id} ({kind}) in chat {chat.id if chat else '?'}"
    err = context.error
    log.error(
        "telegram: handler failed on %s: %s",
        where,
        type(err).__name__,
        exc_info=(type(err), err, err.__traceback__) if err is not None else None,
    )


def handlers_kinds(update: Update) -> list[str]:
    kinds = ("message", "edited_message", "chat_member", "my_chat_member", "callback_query")
    return [k for k in kinds if getattr(update, k, None) is not None]


# ------------------------------------------------------------------ running


async def run_polling(app: TelegramApp, stop: asyncio.Event, *, timeout: int = 30) -> None:
    async with app:
        await prepare(app)
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(allowed_updates=ALLOWED_UPDATES, timeout=timeout, drop_pending_updates=False)
        log.info("telegram: polling as @%s", runtime_of(app).bot_username)
        runtime_of(app).moderation.start_retrying(PLATFORM)
        try:
            await stop.wait()
        finally:
            await runtime_of(app).moderation.stop_retrying(PLATFORM)
            await app.updater.stop()
            await app.stop()


def webhook_secret(token: str) -> str:
    """A stable secret derived from the token (so restarts agree) that does not reveal it."""
    return hmac.new(token.encode(), b"lookout-webhook", hashlib.sha256).hexdigest()[:48]


async def start_webhook_server(
    app: TelegramApp, listen: str, port: int, path: str, secret: str
) -> tuple[web.AppRunner, int]:
    """Serve `path` for Telegram's webhook POSTs; returns the runner and the bound port."""

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not hmac.compare_digest(given, secret):
            return web.Response(status=403)
        try:
            data = await request.json()
            update = Update.de_json(data, app.bot)
        except Exception:  # a malformed body must not take the server down
            log.warning("telegram: ignored a malformed webhook request")
            return web.Response(status=400)
        await app.update_queue.put(update)
        return web.Response(status=200)

    server = web.Application()
    server.router.add_post(path, receive)
    runner = web.AppRunner(server, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, listen, port)
    await site.start()
    bound = int(runner.addresses[0][1]) if runner.addresses else port
    return runner, bound


async def run_webhook(
    app: TelegramApp,
    stop: asyncio.Event,
    *,
    token: str,
    url: str,
    listen: str,
    port: int,
    ready: asyncio.Future[int] | None = None,
) -> None:
    secret = webhook_secret(token)
    REDACTOR.add(secret)  # it travels in a header; never in a log line either
    path = "/" + url.split("://", 1)[-1].partition("/")[2].strip("/")
    if path == "/":
        path = "/telegram"
    async with app:
        await prepare(app)
        await app.start()
        runner, bound = await start_webhook_server(app, listen, port, path, secret)
        try:
            rt = runtime_of(app)
            await call_api(
                lambda: app.bot.set_webhook(url, allowed_updates=ALLOWED_UPDATES, secret_token=secret),
                what="setWebhook",
                policy=rt.retry,
            )
            log.info("telegram: webhook on %s:%d%s", listen, bound, path)
            if ready is not None and not ready.done():
                ready.set_result(bound)
            rt.moderation.start_retrying(PLATFORM)
            try:
                await stop.wait()
            finally:
                await rt.moderation.stop_retrying(PLATFORM)
        finally:
            with contextlib.suppress(TelegramError):
                await app.bot.delete_webhook()
            await runner.cleanup()
            await app.stop()


async def run(
    lookout: LookoutPort,
    config: Config,
    *,
    token: str,
    stop: asyncio.Event | None = None,
    moderation: Moderation | None = None,
) -> None:
    """Run the Telegram bot on the shared service until `stop` is set (or forever).

    Long polling unless `[telegram] webhook_url` is set; `[telegram] api_base_url` points at a
    self-hosted Bot API server. The token comes from the caller (LOOKOUT_TELEGRAM_TOKEN).
    """
    quiet_http_logs()
    tg = config.telegram
    app = build_application(
        lookout,
        token=token,
        moderation=moderation,
        base_url=tg.api_base_url,
        base_file_url=tg.api_base_file_url,
        bot_username=tg.bot_username,
    )
    stop = stop or asyncio.Event()
    lookout.ops.set_probe(PLATFORM, lambda: ready(app, webhook=bool(tg.webhook_url)))
    if tg.webhook_url:
        await run_webhook(app, stop, token=token, url=tg.webhook_url, listen=tg.listen, port=tg.port)
    else:
        await run_polling(app, stop)
