"""What the server and the pages share about a request: the app's keys, its session, rendering.

Why its own module: the server builds the application from the pages, and the pages need the
same keys and the same `render`; keeping these here spares an import circle between the two.
"""

from __future__ import annotations

from typing import Any

import jinja2
from aiohttp import web

from bot.console.auth import Session
from bot.console.backend import ConsoleBackend, Where

SESSION_COOKIE = "lookout_session"
PRE_LOGIN_COOKIE = "lookout_login"
NEXT_COOKIE = "lookout_next"  # the page someone without a session asked for, to land on after logging in
BACKEND: web.AppKey[ConsoleBackend] = web.AppKey("backend", ConsoleBackend)
TEMPLATES: web.AppKey[jinja2.Environment] = web.AppKey("templates", jinja2.Environment)
SECURE: web.AppKey[bool] = web.AppKey("secure", bool)
SESSION: web.RequestKey[Session] = web.RequestKey("session", Session)


def session_of(request: web.Request) -> Session | None:
    return request.get(SESSION)


LOOPBACK = frozenset({"127.0.0.1", "::1"})


def where(request: web.Request) -> Where:
    """Where a request came from, for the audit trail.

    Behind a reverse proxy on the same machine (the usual way to serve `public_url` over https)
    the peer is the proxy, so the address it forwards is used; a forwarded address from any other
    peer is ignored, because anyone can write that header.
    """
    peer = request.remote or ""
    forwarded = request.headers.get("X-Forwarded-For", "")
    if peer in LOOPBACK and forwarded:
        peer = forwarded.split(",")[-1].strip()[:64] or peer
    return Where(peer, request.headers.get("User-Agent", ""))


def render(request: web.Request, template: str, *, status: int = 200, **context: Any) -> web.Response:
    session = session_of(request)
    flash: list[str] = []
    if session is not None:
        flash, session.flash = session.flash, []
    text = request.app[TEMPLATES].get_template(template).render(
        session=session, csrf=session.csrf if session else "", flash=flash, path=request.path,
        standalone=request.app[BACKEND].is_standalone, **context)
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")


def local_path(value: str | None) -> str | None:
    """`value` when it is a page of this console (a path and query, never another site), else None."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value or len(value) > 500:
        return None
    if any(ch in value for ch in "\r\n\t") or not value[1:2].isalnum() and value != "/":
        return None
    return value
