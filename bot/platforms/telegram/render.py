"""How an alert looks in the moderators' alert chat: HTML text plus an inline keyboard.

Moderators of youth groups are often volunteers reading on a phone, so the alert puts the
decision-relevant facts first (how serious, who, towards whom, why) and keeps each evidence line
short with a link to the original message, newest first. Everything user-supplied is HTML-escaped:
a display name must never be able to inject markup. The text always fits Telegram's 4096-character
limit, dropping the evidence lines that matter least rather than failing to send the alert.

Callback data is `lk:<action>:<case id>`; Telegram caps it at 64 bytes, so long case ids are
refused loudly at render time instead of producing buttons that silently do nothing.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.actions import AlertView, AuditLine, EvidenceLine, Tip
from bot.events import Author
from bot.moderation import CaseListing, RoleKind, StatusReport, roles_of
from bot.moderation.evidence import fit
from bot.moderation.labels import ACTION_LABELS, status_label
from bot.vocabulary import CaseSource, ModAction, Severity

MAX_MESSAGE_CHARS = 4096
EXCERPT_CHARS = 180
MAX_EVIDENCE_LINES = 10
CALLBACK_PREFIX = "lk"

# Button code -> (label, action). Short codes keep callback data well under 64 bytes.
BUTTONS: dict[str, tuple[str, ModAction]] = {
    "ack": ("✅ Acknowledge", ModAction.ACKNOWLEDGE),
    "fp": ("🙅 False positive", ModAction.FALSE_POSITIVE),
    "mute": ("🔇 Mute 24 h", ModAction.TIMEOUT),
    "ban": ("⛔ Ban", ModAction.BAN),
    "ev": ("📄 Evidence file", ModAction.EVIDENCE),
    "rep": ("🚓 Reported to authorities", ModAction.REPORTED),
}
KEYBOARD_ROWS = (("ack", "fp"), ("mute", "ban"), ("ev", "rep"))

SEVERITY_ICONS = {Severity.LOW: "🔵", Severity.MEDIUM: "🟡", Severity.HIGH: "🟠", Severity.CRITICAL: "🔴"}


@dataclass(frozen=True, slots=True)
class Click:
    action: str  # a key of BUTTONS
    case_id: str


def callback_data(action: str, case_id: str) -> str:
    data = f"{CALLBACK_PREFIX}:{action}:{case_id}"
    if len(data.encode()) > 64:
        raise ValueError(f"case id {case_id!r} is too long for Telegram callback data (64 bytes)")
    return data


def parse_callback(data: str | None) -> Click | None:
    if not data:
        return None
    parts = data.split(":", 2)
    if len(parts) != 3 or parts[0] != CALLBACK_PREFIX or parts[1] not in BUTTONS or not parts[2]:
        return None
    return Click(parts[1], parts[2])


def keyboard(view: AlertView) -> InlineKeyboardMarkup:
    rows = [
        [InlineKeyboardButton(BUTTONS[code][0], callback_data=callback_data(code, view.case_id)) for code in row]
        for row in KEYBOARD_ROWS
    ]
    if view.console_url:  # the case page in the web console (notes, timeline, exports), on a phone too
        rows.append([InlineKeyboardButton("Open in console", url=view.console_url)])
    return InlineKeyboardMarkup(rows)


def message_link(channel_id: str, message_id: str) -> str | None:
    """A t.me/c link to a supergroup message (works for members); None where Telegram has none."""
    chat, _, thread = channel_id.partition("/")
    if not chat.startswith("-100") or not message_id.isdigit():
        return None  # basic groups and private chats have no message links
    internal = chat[4:]
    if thread:
        return f"https://t.me/c/{internal}/{thread}/{message_id}"
    return f"https://t.me/c/{internal}/{message_id}"


def person(author: Author | None) -> str:
    if author is None:
        return "unknown"
    parts = [f"<b>{_e(author.display_name or author.id)}</b>"]
    if author.username:
        parts.append(f"@{_e(author.username)}")
    parts.append(f'<a href="tg://user?id={_e(author.id)}">id {_e(author.id)}</a>')
    return " · ".join(parts)


def alert_text(view: AlertView, community_name: str = "") -> str:
    """The alert's HTML text, newest evidence first, trimmed to Telegram's limit."""
    head = _head(view, community_name)
    tail = _tail(view)

    def text(shown: list[EvidenceLine]) -> str:
        evidence = "<b>Evidence</b> (newest first)\n" + "\n".join(_evidence_line(line) for line in shown) \
            if shown else ""
        omitted = len(view.evidence) - len(shown)
        if omitted:
            evidence += f"\n<i>… {omitted} more in the evidence file</i>"
        return "\n\n".join(part for part in (head, evidence, tail) if part)

    shown = fit(view.evidence, lambda lines: len(text(lines)) <= MAX_MESSAGE_CHARS, most=MAX_EVIDENCE_LINES)
    return text(shown)[:MAX_MESSAGE_CHARS]


def _head(view: AlertView, community_name: str) -> str:
    icon = SEVERITY_ICONS.get(view.severity, "⚪")
    where = f" in <b>{_e(community_name)}</b>" if community_name else ""
    if view.source == CaseSource.REPORT:
        title = f"{icon} <b>{view.severity.upper()}</b> · a member reported a message{where}"
    else:
        title = f"{icon} <b>{view.severity.upper()}</b> · possible grooming{where}"
    if view.escalation:
        title += "\n⬆️ <b>escalated</b>"
    lines = [
        title,
        f"Suspect: {person(view.suspect)}",
        f"Child: {person(view.target)}",
        f"Risk {view.risk:.2f} · stage: {_e(view.stage.replace('_', ' ') or 'n/a')}",
    ]
    if view.categories:
        lines.append("Categories: " + ", ".join(_e(c.replace("_", " ")) for c in view.categories))
    if view.signals:
        lines.append("Signals: " + "; ".join(_e(s) for s in view.signals))
    if view.prior_cases:
        lines.append(f"Prior cases against this user: {view.prior_cases}")
    return "\n".join(lines)


def _evidence_line(line: EvidenceLine) -> str:
    excerpt = line.text if len(line.text) <= EXCERPT_CHARS else line.text[: EXCERPT_CHARS - 1] + "…"
    when = line.timestamp.strftime("%d %b %H:%M")
    mark = "🚩" if line.flagged else "·"
    link = message_link(line.channel_id, line.message_id)
    stamp = f'<a href="{link}">{when}</a>' if link else when
    return f"{mark} {stamp} <b>{_e(line.author_name or line.author_id)}</b>: {_e(excerpt)}"


def _tail(view: AlertView) -> str:
    lines = [f"Status: <b>{_e(status_label(view.status).lower())}</b>"]
    lines.extend(audit_line(a) for a in view.audit[-8:])
    seal = f" · seal <code>{_e(view.seal)}</code>" if view.seal else ""  # a copy outside the database
    lines.append(f"Case <code>{_e(view.case_id)}</code>{seal}")
    return "\n".join(lines)


def audit_line(entry: AuditLine) -> str:
    kind, _, status = entry.action.partition(":")
    if kind == "status" and status:
        what = "→ " + status_label(status).lower()
    else:
        what = ACTION_LABELS.get(entry.action, entry.action.replace("_", " "))
    detail = f" ({_e(entry.detail)})" if entry.detail else ""
    return f"• {entry.at.strftime('%d %b %H:%M')} {_e(entry.actor_name or entry.actor_id)} {_e(what)}{detail}"


def case_summary(view: AlertView) -> str:
    """One line per case for `/cases`."""
    target = view.target.display_name if view.target else "?"
    icon = SEVERITY_ICONS.get(view.severity, "⚪")
    return (
        f"{icon} <code>{_e(view.case_id)}</code> {_e(view.severity)} · "
        f"{_e(view.suspect.display_name or view.suspect.id)} → {_e(target)} · "
        f"{_e(status_label(view.status).lower())}"
    )


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def tip_text(tip: Tip) -> str:
    return f"💡 <b>{_e(tip.title)}</b>\n\n{_e(tip.body)}"


def case_list(listing: CaseListing) -> str:
    """`/cases`: one line per case, the most urgent first."""
    if not listing.shown:
        return ("No cases waiting for a moderator." if listing.status is None
                else f"No cases with status {_e(status_label(listing.status).lower())}.")
    lines = [case_summary(v) for v in listing.shown]
    if listing.more:
        lines.append(f"… and {listing.more} more")
    return "\n".join(lines) + "\n\nDetails: /case &lt;id&gt;"


def status_lines(report: StatusReport) -> list[str]:
    """What is in force for a group and where it comes from, open cases, known problems."""
    settings = report.settings
    lines = [
        f"Safety tips: {_e(settings.nudge_mode)} ({_e(settings.source('nudge_mode'))})",
        f"Language: {_e(settings.language)} ({_e(settings.source('language'))})",
        f"Alert threshold: {settings.threshold:g} ({_e(settings.source('threshold'))})",
    ]
    for kind in (RoleKind.MINOR, RoleKind.ADULT, RoleKind.TRUSTED):
        names = roles_of(settings, kind)
        if names:
            lines.append(f"{kind.value.capitalize()} roles: {', '.join(_e(n) for n in names)} "
                         f"({_e(settings.source(kind.setting))})")
    lines.append(f"Open cases: {report.open_cases}")
    lines.extend(f"⚠️ {_e(p)}" for p in report.problems)
    return lines
