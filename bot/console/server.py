"""The console's HTTP server: aiohttp, server-rendered pages, and the rules every response follows.

Why these rules live here and not in each page: security headers, sessions and the CSRF check
are easy to forget on one new page, so a middleware applies them to all. Headers: a CSP that
allows no inline script and no framing, no referrer (case URLs must not reach another site),
no MIME sniffing, no caching (pages hold children's messages). aiohttp's access log is off: its
lines would carry login tokens and case ids at INFO.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
from aiohttp import web

from bot.console import pages
from bot.console.auth import same
from bot.console.backend import ConsoleBackend
from bot.console.context import (
    BACKEND,
    NEXT_COOKIE,
    SECURE,
    SESSION,
    SESSION_COOKIE,
    TEMPLATES,
    local_path,
    render,
    where,
)

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
# Pages anyone may open: the login steps, the help for people without a session, the style sheet.
PUBLIC_PREFIXES = ("/login", "/static/", "/signed-out", "/favicon.ico")
# Pages worth landing on after logging in (not the overview, which is where a login lands anyway).
PAGES_TO_REMEMBER = ("/cases", "/audit", "/rules", "/privacy", "/communities/")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every value is escaped: a suspect's message must never run in a moderator's browser
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    pages.add_filters(env)
    return env


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        response = exc
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CSP)
    headers["X-Frame-Options"] = "DENY"
    headers["Referrer-Policy"] = "no-referrer"
    headers["X-Content-Type-Options"] = "nosniff"
    headers.setdefault("Cache-Control", "no-store")
    headers["Cross-Origin-Opener-Policy"] = "same-origin"
    headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
    if request.app[SECURE]:
        headers["Strict-Transport-Security"] = "max-age=31536000"
    if isinstance(response, web.HTTPException):
        raise response
    return response


@web.middleware
async def sessions_and_csrf(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Find the session; refuse a form without its CSRF token; send the signed-out elsewhere."""
    backend = request.app[BACKEND]
    if request.path.startswith(PUBLIC_PREFIXES):
        return await handler(request)
    session = backend.sessions.get(request.cookies.get(SESSION_COOKIE))
    if session is None:
        if request.method != "GET":
            return render(request, "error.html", status=403, title="Signed out",
                          message="Your session ended. Ask the bot for a new login link.")
        if request.headers.get("Sec-Fetch-Site") == "cross-site":
            # A link from a chat app: SameSite=Strict keeps the cookie out of this request. Reload
            # from our own page, which sends it (a plain refresh; no script).
            return render(request, "reload.html", status=200)
        response = render(request, "signed_out.html", status=401)
        wanted = local_path(request.path_qs)
        is_page = request.headers.get("Sec-Fetch-Dest", "document") == "document"
        if wanted and is_page and wanted.startswith(PAGES_TO_REMEMBER):
            # Logging in from a link afterwards lands here, not on the overview (the way from an alert's
            # "open in console" button to its case). Only the login form sees it.
            response.set_cookie(NEXT_COOKIE, wanted, max_age=900, httponly=True, samesite="Strict",
                                secure=request.app[SECURE], path="/login/")
        return response
    request[SESSION] = session
    session.rights_memo.clear()  # rights are asked again on every request
    session.ip, session.user_agent = where(request).ip, where(request).user_agent
    if request.method == "POST":
        form = await request.post()
        token = form.get("csrf")
        if not isinstance(token, str) or not same(token, session.csrf):
            log.warning("console: a form without its CSRF token was refused (%s %s)", request.method, request.path)
            return render(request, "error.html", status=403, title="Refused",
                          message="This form was not sent from this console (its security token is missing or "
                                  "old). Reload the page and try again.")
    return await handler(request)


async def favicon(request: web.Request) -> web.FileResponse:
    return web.FileResponse(HERE / "static" / "favicon.svg", headers={"Content-Type": "image/svg+xml"})


def build_app(backend: ConsoleBackend, *, secure: bool) -> web.Application:
    app = web.Application(middlewares=[security_headers, sessions_and_csrf], client_max_size=256 * 1024)
    app[BACKEND] = backend
    app[TEMPLATES] = templates()
    app[SECURE] = secure
    pages.add_routes(app)
    app.router.add_static("/static/", HERE / "static", show_index=False, append_version=True)
    app.router.add_get("/favicon.ico", favicon)
    return app


class ConsoleServer:
    """Serves the console; `url` is the base URL links are made from (a port of 0 picks a free one)."""

    def __init__(self, backend: ConsoleBackend, *, listen: str, port: int, public_url: str | None) -> None:
        self.backend = backend
        self.listen = listen
        self.port = port
        self.public_url = public_url.rstrip("/") if public_url else None
        secure = bool(self.public_url and urlsplit(self.public_url).scheme == "https")
        self.app = build_app(backend, secure=secure)
        self._runner: web.AppRunner | None = None
        self._url: str | None = None

    @property
    def url(self) -> str:
        if self._url is None:
            raise RuntimeError("the console server is not started")
        return self._url

    async def start(self) -> None:
        runner = web.AppRunner(self.app, access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, self.listen, self.port)
        try:
            await site.start()
        except OSError as err:
            await runner.cleanup()
            raise OSError(f"the console cannot listen on {self.listen}:{self.port} ({err.strerror or err}); "
                          "choose another [console] port or stop what uses it") from err
        self._runner = runner
        port = self.port
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        if sockets:
            port = sockets[0].getsockname()[1]
        host = "127.0.0.1" if self.listen in ("", "0.0.0.0", "::") else self.listen
        host = f"[{host}]" if ":" in host else host
        self._url = self.public_url or f"http://{host}:{port}"
        self.backend.base_url = self._url
        log.info("console: serving on %s:%d", self.listen, port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        self.backend.base_url = None
