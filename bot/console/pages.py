"""The console's pages: each handler asks the backend, which checks rights, and renders a template.

Every page that shows or changes a community's data asks again whether the person moderates it
now (`ConsoleBackend.rights_in`); a case of a community they do not moderate answers 404, the
same as a case that does not exist, so case ids cannot be probed.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import date
from typing import Any

import jinja2
from aiohttp import web
from markupsafe import Markup

from bot import tips
from bot.case_report import risk_chart_svg
from bot.community_settings import CHANGEABLE
from bot.console import charts
from bot.console.auth import Session, new_token, same
from bot.console.backend import CASE_ACTIONS, CaseFilter, ConsoleBackend, Where
from bot.console.context import (
    BACKEND,
    NEXT_COOKIE,
    PRE_LOGIN_COOKIE,
    SECURE,
    SESSION,
    SESSION_COOKIE,
    local_path,
    render,
    session_of,
    where,
)
from bot.console.tryout import MAX_TEXT, try_message
from bot.moderation.labels import audit_label, status_label
from bot.vocabulary import CaseStatus, ModAction, Severity
from rules.categories import CATEGORIES
from storage import RETENTION_FIELDS, CaseDetail

log = logging.getLogger(__name__)

ACTION_LABELS = {
    ModAction.ACKNOWLEDGE: "Acknowledge",
    ModAction.FALSE_POSITIVE: "False positive",
    ModAction.TIMEOUT: "Time out 24 h",
    ModAction.BAN: "Ban",
    ModAction.REPORTED: "Reported to authorities",
}
MAX_NOTE = 2000


def add_filters(env: jinja2.Environment) -> None:
    env.filters["when"] = lambda at: at.strftime("%Y-%m-%d %H:%M UTC") if at else ""
    env.filters["status_label"] = status_label
    env.filters["audit_label"] = audit_label
    env.filters["label"] = lambda name: str(name).replace("_", " ")
    env.globals["ACTION_LABELS"] = ACTION_LABELS


def _backend(request: web.Request) -> ConsoleBackend:
    return request.app[BACKEND]


def _render(request: web.Request, template: str, **context: Any) -> web.Response:
    return render(request, template, **context)


def _session(request: web.Request) -> Session:
    session = session_of(request)
    if session is None:  # the middleware lets no request through without one
        raise web.HTTPUnauthorized()
    return session


def _where(request: web.Request) -> Where:
    return where(request)


def _not_found(request: web.Request, what: str = "case") -> web.Response:
    return render(request, "error.html", status=404, title="Not found",
                  message=f"There is no such {what} in the communities you moderate.")


def _page(request: web.Request) -> int:
    try:
        return max(1, int(request.query.get("page", "1")))
    except ValueError:
        return 1


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _redirect(location: str) -> web.HTTPSeeOther:
    return web.HTTPSeeOther(location)


# ----- login and logout

async def login_page(request: web.Request) -> web.Response:
    """The link from the chat lands here. Nothing is used up by opening it (chat apps open links
    to preview them); the button below logs in."""

    pre = new_token()
    response = _render(request, "login.html", token=request.match_info["token"], pre=pre)
    response.set_cookie(PRE_LOGIN_COOKIE, pre, max_age=900, httponly=True, samesite="Strict",
                        secure=request.app[SECURE], path="/login/")
    return response


async def login(request: web.Request) -> web.StreamResponse:

    backend = _backend(request)
    form = await request.post()
    pre, cookie = form.get("csrf"), request.cookies.get(PRE_LOGIN_COOKIE, "")
    if not isinstance(pre, str) or not cookie or not same(pre, cookie):
        return render(request, "error.html", status=403, title="Refused",
                      message="This login form was not sent from this console. Open the link again.")
    granted = await backend.redeem(request.match_info["token"])
    if granted is None:
        log.info("console: a used, expired or unknown login link was refused")
        return render(request, "error.html", status=403, title="Login link refused",
                      message="This login link is used or expired. Ask the bot for a new one "
                              "(/lookout console on Discord, /lookout_console on Telegram).")
    backend.sessions.close(request.cookies.get(SESSION_COOKIE))  # a new login never reuses a session
    cookie_value, session = backend.sessions.open(granted.platform, granted.user_id, granted.display_name,
                                                   granted.communities)
    request[SESSION] = session
    await backend.audit(session, _where(request), "login",
                        detail=f"{len(granted.communities)} community(ies)" if not session.every_community
                        else "every community")
    log.info("console: %s user %s logged in", granted.platform, granted.user_id)
    response = _redirect(local_path(request.cookies.get(NEXT_COOKIE)) or "/")
    response.del_cookie(NEXT_COOKIE, path="/login/")
    response.set_cookie(SESSION_COOKIE, cookie_value, httponly=True, samesite="Strict", secure=request.app[SECURE],
                        path="/")
    response.del_cookie(PRE_LOGIN_COOKIE, path="/login/")
    raise response


async def logout(request: web.Request) -> web.StreamResponse:

    backend = _backend(request)
    await backend.audit(_session(request), _where(request), "logout")
    backend.sessions.close(request.cookies.get(SESSION_COOKIE))
    response = _redirect("/signed-out")
    response.del_cookie(SESSION_COOKIE, path="/")
    raise response


async def signed_out(request: web.Request) -> web.Response:
    return _render(request, "signed_out.html", left=True)


# ----- overview, cases, audit

async def overview(request: web.Request) -> web.Response:
    backend = _backend(request)
    session = _session(request)
    data = await backend.overview(session)
    return _render(request, "overview.html", data=data, chart=charts.daily_bars(data.days),
                   communities=await backend.communities(session))


async def cases(request: web.Request) -> web.Response:
    backend = _backend(request)
    session = _session(request)
    q = request.query
    wanted = CaseFilter(status=q.get("status", ""), severity=q.get("severity", ""), category=q.get("category", ""),
                        community=q.get("community", ""), user_id=q.get("user", "").strip(),
                        since=_day(q.get("since", "")), until=_day(q.get("until", "")))
    found = await backend.list_cases(session, wanted, _page(request))
    query = {k: v for k, v in q.items() if k != "page" and v}
    return _render(request, "cases.html", found=found, wanted=wanted, query=query,
                   communities=await backend.communities(session), statuses=list(CaseStatus),
                   severities=list(reversed(Severity)), categories=CATEGORIES)


def _timeline(detail: CaseDetail) -> list[Any]:
    return sorted(detail.evidence, key=lambda item: (item.timestamp, item.seq))


async def case_page(request: web.Request, *, result: Any = None, status: int = 200) -> web.Response:
    backend = _backend(request)
    session = _session(request)
    detail = await backend.case(session, request.match_info["case_id"])
    if detail is None:
        return _not_found(request)
    rights = await backend.rights_in(session, detail.case.community_id)
    check = await backend.verify(detail.case.id) if request.query.get("verify") else None
    # What the pipeline saw at each decision: its reasons and signals (each once, first seen first).
    reasons = list(dict.fromkeys(_signal_text(r) for d in detail.decisions
                                 for key in ("reasons", "signals") for r in _listed(d.data.get(key))))
    rules = sorted({str(r) for d in detail.decisions for r in _listed(d.data.get("rules"))})
    response = _render(
        request, "case.html", detail=detail, case=detail.case, timeline=_timeline(detail),
        chart=Markup(risk_chart_svg(detail.decisions)), check=check, actions=CASE_ACTIONS,
        unavailable=backend.unavailable(session, detail, rights), reasons=reasons, rules=rules,
        signals=[_signal_text(s) for s in detail.case.signals], result=result,
        decisions=[(d.at, d.data) for d in detail.decisions])
    response.set_status(status)
    return response


def _listed(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def _signal_text(signal: Any) -> str:
    if isinstance(signal, dict):
        name = signal.get("name") or signal.get("kind") or ""
        text = signal.get("detail") or signal.get("text") or ""
        return f"{name}: {text}" if name and text else str(name or text or signal)
    return str(signal)


async def case_action(request: web.Request) -> web.StreamResponse:
    backend = _backend(request)
    session = _session(request)
    form = await request.post()
    raw = str(form.get("action", ""))
    try:
        action = ModAction(raw)
    except ValueError:
        action = None
    if action is None or (action not in CASE_ACTIONS and action != ModAction.NOTE):
        return _render(request, "error.html", status=400, title="Unknown action",
                       message=f"{raw!r} is not an action on a case; use the buttons on the case page.")
    detail = str(form.get("note", "")).strip()[:MAX_NOTE] if action == ModAction.NOTE else ""
    if action == ModAction.NOTE and not detail:
        session.flash.append("Write the note first.")
        raise _redirect(f"/cases/{request.match_info['case_id']}#notes")
    case_id = request.match_info["case_id"]
    if await backend.case(session, case_id) is None:
        return _not_found(request)
    outcome = await backend.act(session, _where(request), case_id, action, detail)
    session.flash.append(outcome.message or ("Done." if outcome.ok else "Nothing was done."))
    raise _redirect(f"/cases/{case_id}")


async def case_export(request: web.Request) -> web.StreamResponse:
    backend = _backend(request)
    session = _session(request)
    detail = await backend.case(session, request.match_info["case_id"])
    if detail is None:
        return _not_found(request)
    kind = request.match_info["kind"]
    filename, data, content_type = await backend.export(session, _where(request), detail, kind)
    return web.Response(body=data, content_type=content_type, charset="utf-8", headers={
        "Content-Disposition": f'attachment; filename="{filename}"',
        # The HTML package is the suspect's words: opened from here it may run nothing at all.
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    })


async def audit_log(request: web.Request) -> web.Response:
    """Two views: what was done in the console (with where from), and what was done to cases from
    every surface (alert buttons and commands too)."""
    backend = _backend(request)
    view = "cases" if request.query.get("view") == "cases" else "console"
    if view == "cases":
        actions, pages = await backend.case_actions(_session(request), _page(request))
        return _render(request, "audit.html", view=view, entries=[], actions=actions, page=_page(request),
                       pages=pages)
    entries, pages = await backend.audit_log(_session(request), _page(request))
    return _render(request, "audit.html", view=view, entries=entries, actions=[], page=_page(request), pages=pages)


# ----- settings

SETTING_FORM = ("threshold", "nudge_mode", "language", "minor_roles", "adult_roles", "trusted_roles",
                "moderator_roles")


def _roles(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.replace("\n", ",").split(",") if part.strip())


async def _community(request: web.Request) -> str | None:
    backend = _backend(request)
    community = request.match_info["community_id"]
    if not (await backend.rights_in(_session(request), community)).moderate:
        return None
    return community


async def settings_page(request: web.Request) -> web.Response:
    community = await _community(request)
    if community is None:
        return _not_found(request, "community")
    return await _settings(request, community)


async def _settings(request: web.Request, community: str, *, preview: Any = None, error: str = "",
                    entered: dict[str, str] | None = None, status: int = 200) -> web.Response:
    backend = _backend(request)
    settings = await backend.settings(community)
    response = _render(request, "settings.html", community=community, settings=settings, preview=preview,
                       error=error, entered=entered or {}, languages=[(c, tips.language_name(c)) for c in
                                                                     tips.languages()],
                       nudge_modes=("dm", "button", "off"))
    response.set_status(status)
    return response


async def settings_post(request: web.Request) -> web.StreamResponse:
    backend = _backend(request)
    session = _session(request)
    community = await _community(request)
    if community is None:
        return _not_found(request, "community")
    form = await request.post()
    entered = {name: str(form.get(name, "")) for name in SETTING_FORM}
    threshold_text = entered["threshold"].strip()
    try:
        threshold = float(threshold_text) if threshold_text else None
    except ValueError:
        return await _settings(request, community, error=f"threshold {threshold_text!r} is not a number",
                               entered=entered, status=400)
    if "preview" in form:
        if threshold is None:
            return await _settings(request, community, error="Enter a threshold to preview.", entered=entered,
                                   status=400)
        preview = await backend.threshold_preview(community, threshold)
        return await _settings(request, community, preview=preview, entered=entered)
    current = await backend.settings(community)
    changes: dict[str, Any] = {}
    if threshold is not None and threshold != current.threshold:
        changes["threshold"] = threshold
    for name in ("nudge_mode", "language"):
        value = entered[name].strip()
        if value and value != getattr(current, name):
            changes[name] = value
    for name in ("minor_roles", "adult_roles", "trusted_roles", "moderator_roles"):
        if name in form and _roles(entered[name]) != getattr(current, name):
            changes[name] = _roles(entered[name])
    for name in form:
        if name.startswith("reset_") and name[6:] in CHANGEABLE:
            changes[name[6:]] = None
    if not changes:
        session.flash.append("Nothing changed.")
        raise _redirect(f"/communities/{community}/settings")
    try:
        await backend.change_settings(session, _where(request), community, changes)
    except ValueError as err:
        return await _settings(request, community, error=str(err), entered=entered, status=400)
    session.flash.append("Saved: " + ", ".join(name.replace("_", " ") for name in changes) + ".")
    raise _redirect(f"/communities/{community}/settings")


# ----- rules

async def rules_page(request: web.Request, *, result: Any = None) -> web.Response:
    backend = _backend(request)
    category = request.query.get("category", "")
    language = request.query.get("language", "")
    grouped: dict[str, list[Any]] = defaultdict(list)
    languages = sorted({rule.language for rule in backend.engine.rules})
    for rule in backend.engine.rules:
        if (category and rule.category != category) or (language and rule.language != language):
            continue
        grouped[rule.category].append(rule)
    ordered = [(c, sorted(grouped[c], key=lambda r: r.id)) for c in CATEGORIES if c in grouped]
    ordered += [(c, rules) for c, rules in sorted(grouped.items()) if c not in CATEGORIES]
    return _render(request, "rules.html", grouped=ordered, category=category, language=language,
                   languages=languages, categories=CATEGORIES, result=result, max_text=MAX_TEXT,
                   total=sum(len(rules) for _c, rules in ordered))


async def rules_try(request: web.Request) -> web.Response:
    form = await request.post()
    text = str(form.get("text", ""))
    if not text.strip():
        return await rules_page(request)
    # The text stays in this response: it is neither logged nor stored.
    backend = _backend(request)
    semantic = bool(getattr(backend.lookout.config.detection, "semantic", True))
    return await rules_page(request, result=await try_message(backend.engine, text, semantic=semantic))


# ----- privacy

async def privacy_page(request: web.Request, **extra: Any) -> web.Response:
    backend = _backend(request)
    session = _session(request)
    communities = await backend.communities(session)
    settings = [await backend.settings(c) for c in communities]
    context: dict[str, Any] = {"communities": communities, "settings": settings, "fields": RETENTION_FIELDS,
                               "confirm": None, "report": None, "error": "", "purged": None}
    context.update(extra)
    return _render(request, "privacy.html", **context)


async def forget(request: web.Request) -> web.Response:
    backend = _backend(request)
    session = _session(request)
    form = await request.post()
    user_id = str(form.get("user_id", "")).strip()
    community = str(form.get("community", "")).strip()
    if community and not (await backend.rights_in(session, community)).moderate:
        return _not_found(request, "community")
    if not user_id:
        return await privacy_page(request, error="Give the user id of the person to forget.")
    if form.get("confirm") != "yes":
        return await privacy_page(request, confirm={"user_id": user_id, "community": community})
    report = await backend.forget(session, _where(request), user_id, community or None)
    return await privacy_page(request, report=report)


async def retention(request: web.Request) -> web.StreamResponse:
    backend = _backend(request)
    session = _session(request)
    form = await request.post()
    community = str(form.get("community", ""))
    if not (await backend.rights_in(session, community)).moderate:
        return _not_found(request, "community")
    days: dict[str, float] = {}
    for name in RETENTION_FIELDS:
        text = str(form.get(name, "")).strip()
        if not text:
            continue
        try:
            days[name] = float(text)
        except ValueError:
            return await privacy_page(request, error=f"{name.replace('_', ' ')}: {text!r} is not a number of days")
    try:
        await backend.change_settings(session, _where(request), community, {"retention": days or None})
    except ValueError as err:
        return await privacy_page(request, error=str(err))
    session.flash.append(f"Retention saved for {community}.")
    raise _redirect("/privacy")


async def purge(request: web.Request) -> web.Response:
    counts = await _backend(request).purge(_session(request), _where(request))
    return await privacy_page(request, purged=counts)


def add_routes(app: web.Application) -> None:
    r = app.router
    r.add_get("/login/{token}", login_page)
    r.add_post("/login/{token}", login)
    r.add_get("/signed-out", signed_out)
    r.add_post("/logout", logout)
    r.add_get("/", overview)
    r.add_get("/cases", cases)
    r.add_get("/cases/{case_id}", case_page)
    r.add_post("/cases/{case_id}/action", case_action)
    r.add_get("/cases/{case_id}/export.{kind:json|html}", case_export)
    r.add_get("/audit", audit_log)
    r.add_get("/communities/{community_id}/settings", settings_page)
    r.add_post("/communities/{community_id}/settings", settings_post)
    r.add_get("/rules", rules_page)
    r.add_post("/rules/try", rules_try)
    r.add_get("/privacy", privacy_page)
    r.add_post("/privacy/forget", forget)
    r.add_post("/privacy/retention", retention)
    r.add_post("/privacy/purge", purge)
