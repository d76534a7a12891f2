"""The evidence package for one case: a JSON file and a self-contained HTML report.

Moderators hand this to parents, to the platform's Trust & Safety team or to the police, often
weeks after the events; by then the suspect may have deleted every message. So the package stands
alone: the JSON holds every captured item with its SHA-256 digest and the case digest (anyone can
recompute them with the recipe written into the file), and the HTML needs no network, no scripts
and prints cleanly. All user-written text is escaped: a suspect's message must never be able to
run code in a moderator's browser.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from storage.digest import case_digest, digest_fields, iso_utc, verify
from storage.models import CaseDetail, DecisionRecord, EvidenceItem
from storage.seal import SEAL_FORMAT, SealCheck, SealRecord, audit_digest, case_identity_digest, chain_head, note_digest

FORMAT = "lookout-evidence/1"
DIGEST_RECIPE = (
    "item digest: SHA-256 (hex) of the JSON object with keys author_id, author_name, categories, "
    "channel_id, flagged, link, message_id, text, timestamp (ISO-8601 UTC) - keys sorted, no spaces "
    "(separators ',' and ':'), UTF-8, non-ASCII characters unescaped. Case digest: SHA-256 (hex) of "
    "the item digests in the order of `items`, each followed by a newline."
)
SEAL_RECIPE = (
    "start = SHA-256 of 'lookout-seal/1' + newline + case id; for each chain entry in order, link = SHA-256 "
    "of the previous link (hex) + the JSON array [op, kind, ref, digest] (no spaces); the seal head is the "
    "last link. Evidence digests are item digests; a note's digest is SHA-256 of the JSON object {at, "
    "author_id, author_name, text}, an audit entry's of {action, actor_id, actor_name, at, detail} and the "
    "case's of {case_id, community_id, created_at, platform, source, source_chat, source_file, suspect_id} "
    "(keys sorted, no spaces, UTF-8, times ISO-8601 UTC). 'erase' entries record an erasure on request. The "
    "head shown in the moderators' alerts must be one of the links; the MAC needs the key that sealed the case."
)


# -- JSON ---------------------------------------------------------------------------------------
def _item_json(item: EvidenceItem) -> dict[str, Any]:
    return {
        "seq": item.seq,
        "message_id": item.message_id,
        "channel_id": item.channel_id,
        "author_id": item.author_id,
        "author_name": item.author_name,
        "timestamp": iso_utc(item.timestamp),
        "text": item.text,
        "link": item.link,
        "flagged": item.flagged,
        "categories": list(item.categories),
        "captured_at": iso_utc(item.captured_at),
        "digest": item.digest,
    }


def _seal_json(seal: SealRecord | None) -> dict[str, Any] | None:
    if seal is None:
        return None
    return {
        "format": SEAL_FORMAT,
        "recipe": SEAL_RECIPE,
        "head": seal.head,
        "entries": seal.entries,
        "mac": seal.mac,
        "key_id": seal.key_id,
        "origin": seal.origin,
        "since": iso_utc(seal.since),
        "sealed_at": iso_utc(seal.sealed_at),
        "chain": [
            {"pos": e.pos, "op": e.op, "kind": e.kind, "ref": e.ref, "digest": e.digest, "link": link}
            for e, link in zip(seal.chain, seal.links(), strict=True)
        ],
    }


def _verification(detail: CaseDetail, check: SealCheck | None) -> dict[str, Any]:
    items = verify(detail)
    return {
        "ok": items.ok and (check is None or check.ok),
        "status": check.status if check is not None else "not checked",
        "summary": check.summary() if check is not None else "the seal was not checked when this was written",
        "findings": [str(f) for f in check.findings] if check is not None else [],
        "altered_message_ids": list(items.altered_message_ids),
    }


def package_dict(
    detail: CaseDetail, generated_at: datetime | None = None, check: SealCheck | None = None
) -> dict[str, Any]:
    """The JSON package; `check` is the seal check made when exporting (needs the key)."""
    case = detail.case
    return {
        "format": FORMAT,
        "generated_at": iso_utc(generated_at or datetime.now().astimezone()),
        "case": {
            "id": case.id,
            "community_id": case.community_id,
            "platform": case.platform,
            "suspect_id": case.suspect_id,
            "targets": list(case.targets),
            "severity": case.severity,
            "risk": case.risk,
            "stage": case.stage,
            "categories": list(case.categories),
            "status": case.status,
            "source": case.source,
            "source_file": case.source_file,
            "source_chat": case.source_chat,
            "created_at": iso_utc(case.created_at),
            "updated_at": iso_utc(case.updated_at),
            "signals": list(case.signals),
        },
        "digest_recipe": DIGEST_RECIPE,
        "items": [_item_json(item) for item in detail.evidence],
        "case_digest": detail.digest,
        "seal": _seal_json(detail.seal),
        "verification": _verification(detail, check),
        "decisions": [{"at": iso_utc(d.at), **d.data} for d in detail.decisions],
        "moderator_actions": [
            {
                "id": a.id,
                "at": iso_utc(a.at),
                "actor_id": a.actor_id,
                "actor_name": a.actor_name,
                "action": a.action,
                "detail": a.detail,
            }
            for a in detail.audit
        ],
        "notes": [
            {"id": n.id, "at": iso_utc(n.at), "author_id": n.author_id, "author_name": n.author_name, "text": n.text}
            for n in detail.notes
        ],
    }


def verify_package(data: Mapping[str, Any]) -> list[str]:
    """Re-check an exported package; returns the problems found (empty when it is intact)."""
    problems: list[str] = []
    digests: list[str] = []
    for item in data.get("items", []):
        recomputed = digest_fields(item)
        digests.append(recomputed)
        if recomputed != item.get("digest"):
            problems.append(f"item {item.get('message_id')!r} does not match its digest")
    if case_digest(digests) != data.get("case_digest"):
        problems.append("the case digest does not match the items")
    seal = data.get("seal")
    if isinstance(seal, Mapping):
        problems += _verify_seal(data, seal)
    return problems


def _verify_seal(data: Mapping[str, Any], seal: Mapping[str, Any]) -> list[str]:
    """Recompute the chain from the package alone (no key needed) and check it covers the content."""
    problems: list[str] = []
    case = data.get("case") or {}
    chain = list(seal.get("chain") or [])
    entries = [(str(e.get("op")), str(e.get("kind")), str(e.get("ref")), str(e.get("digest"))) for e in chain]
    if chain_head(str(case.get("id")), entries) != seal.get("head") or len(entries) != seal.get("entries"):
        problems.append("the seal chain does not lead to the seal head")
    latest: dict[tuple[str, str], str | None] = {}
    for op, kind, ref, digest in entries:
        latest[(kind, ref)] = None if op == "erase" else digest
    found: dict[tuple[str, str], str] = {("case", str(case.get("id"))): case_identity_digest(
        {**case, "case_id": case.get("id")})}
    for item in data.get("items", []):
        found[("evidence", str(item.get("message_id")))] = digest_fields(item)
    for entry in data.get("moderator_actions", []):
        found[("audit", str(entry.get("id")))] = audit_digest(
            entry.get("actor_id", ""), entry.get("actor_name", ""), entry.get("action", ""), entry.get("detail", ""),
            datetime.fromisoformat(str(entry.get("at"))))
    for note in data.get("notes", []):
        found[("note", str(note.get("id")))] = note_digest(
            note.get("author_id", ""), note.get("author_name", ""), note.get("text", ""),
            datetime.fromisoformat(str(note.get("at"))))
    for (kind, ref), digest in found.items():
        if (kind, ref) not in latest:
            problems.append(f"{kind} {ref} is not in the seal")
        elif latest[(kind, ref)] != digest:
            problems.append(f"{kind} {ref} is not what was sealed")
    for (kind, ref), sealed in latest.items():
        if sealed is not None and (kind, ref) not in found:
            problems.append(f"sealed {kind} {ref} is missing from the package")
    return problems


# -- HTML ---------------------------------------------------------------------------------------
def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _when(value: datetime) -> str:
    return _e(iso_utc(value).replace("+00:00", "Z").replace("T", " "))


def _safe_link(link: str | None, label: str) -> str:
    if link and link.startswith(("https://", "http://")):
        return f'<a href="{_e(link)}">{_e(label)}</a>'
    return _e(label)


def _signal_text(signal: Any) -> str:
    if isinstance(signal, Mapping):
        name = signal.get("name") or signal.get("kind") or ""
        detail = signal.get("detail") or signal.get("text") or ""
        if name or detail:
            return f"{name}: {detail}" if name and detail else str(name or detail)
        return json.dumps(signal, ensure_ascii=False, sort_keys=True)
    return str(signal)


def _risk_points(decisions: Iterable[DecisionRecord]) -> list[tuple[datetime, float]]:
    points = []
    for decision in decisions:
        risk = decision.data.get("risk")
        if isinstance(risk, int | float) and not isinstance(risk, bool):
            points.append((decision.at, float(risk)))
    return sorted(points)


def risk_chart_svg(decisions: Iterable[DecisionRecord], width: int = 640, height: int = 200) -> str:
    """Risk over time as an inline SVG line chart (no script, no external assets)."""
    points = _risk_points(decisions)
    if not points:
        return '<p class="muted">No risk history was recorded for this case.</p>'
    left, right, top, bottom = 44, 12, 12, 32
    plot_w, plot_h = width - left - right, height - top - bottom
    top_risk = max(1.0, max(risk for _at, risk in points))
    start, end = points[0][0], points[-1][0]
    span = max((end - start).total_seconds(), 1.0)

    def xy(at: datetime, risk: float) -> tuple[float, float]:
        x = left + ((at - start).total_seconds() / span) * plot_w if len(points) > 1 else left + plot_w / 2
        y = top + plot_h - (risk / top_risk) * plot_h
        return round(x, 1), round(y, 1)

    coords = [xy(at, risk) for at, risk in points]
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="Risk over time">',
        f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#999"/>',
    ]
    for fraction in (0.0, 0.5, 1.0):
        y = top + plot_h - fraction * plot_h
        parts.append(f'<line x1="{left}" y1="{y}" x2="{left + plot_w}" y2="{y}" stroke="#ddd"/>')
        parts.append(
            f'<text x="{left - 6}" y="{y + 4}" font-size="11" text-anchor="end">{fraction * top_risk:.1f}</text>'
        )
    parts.append(f'<text x="{left}" y="{height - 8}" font-size="11">{_when(start)}</text>')
    if len(points) > 1:
        parts.append(f'<text x="{left + plot_w}" y="{height - 8}" font-size="11" text-anchor="end">{_when(end)}</text>')
        parts.append(
            '<polyline fill="none" stroke="#b3261e" stroke-width="2" points="'
            + " ".join(f"{x},{y}" for x, y in coords)
            + '"/>'
        )
    for (x, y), (at, risk) in zip(coords, points, strict=True):
        parts.append(
            f'<circle cx="{x}" cy="{y}" r="3.5" fill="#b3261e"><title>{_when(at)}: risk {risk:.2f}</title></circle>'
        )
    parts.append("</svg>")
    return "".join(parts)


_CSS = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; margin: 2em auto;
       max-width: 60em; padding: 0 1em; }
h1 { font-size: 1.5em; margin-bottom: .2em; } h2 { font-size: 1.15em; border-bottom: 1px solid #ccc;
       padding-bottom: .2em; margin-top: 1.6em; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top;
       padding: .3em .5em; border-bottom: 1px solid #e4e4e4; }
th { width: 11em; color: #444; font-weight: 600; }
.timeline td.text { white-space: pre-wrap; word-break: break-word; }
tr.flagged { background: #fdecea; } tr.flagged td:first-child { border-left: 4px solid #b3261e; }
.tag { display: inline-block; font-size: .8em; background: #b3261e; color: #fff; border-radius: 3px;
       padding: 0 .4em; margin-left: .3em; }
.muted { color: #666; } .digest { font-family: ui-monospace, monospace; font-size: .8em; word-break: break-all; }
.ok { color: #1e6b2f; font-weight: 600; } .bad { color: #b3261e; font-weight: 600; }
.chart { max-width: 100%; height: auto; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  tr, li, .chart { page-break-inside: avoid; break-inside: avoid; }
  h2 { page-break-after: avoid; break-after: avoid; }
  tr.flagged, .tag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""

_HOW_TO_REPORT = """
<h2>How to report this to the authorities</h2>
<p>If a child may be in danger right now, call your local emergency number first (for example 911 in
the United States, 999 in the United Kingdom, 112 across the European Union).</p>
<ul>
<li><strong>United States:</strong> report to the National Center for Missing &amp; Exploited Children
through its CyberTipline (online at report.cybertip.org, or by phone on 1-800-843-5678). NCMEC passes
reports to the law-enforcement agency that can act on them.</li>
<li><strong>Elsewhere:</strong> contact your local or national police. Many countries also run a
national reporting hotline for online child exploitation; the INHOPE network lists them.</li>
<li><strong>The platform:</strong> report the account to the platform's Trust &amp; Safety team through
its in-app report option or its official report form, quoting the message links in this report, so
it can preserve its own records and act on the account across every community.</li>
</ul>
<p>When you report: hand over this file and its JSON twin unchanged, and quote the seal head so the
recipient can check nothing was altered (the moderators' alert shows it too). Do not confront the
suspect, do not post the evidence publicly, and never collect or forward sexual images of a child,
even as evidence: tell the authorities they exist and let them collect them. Tell the child they did
nothing wrong, and involve a trusted adult.</p>
"""


def _rows(pairs: Iterable[tuple[str, str]]) -> str:
    return "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in pairs)


def _integrity(detail: CaseDetail, check: SealCheck | None) -> str:
    items = verify(detail)
    parts = []
    if check is not None:
        css = "ok" if check.ok else "bad"
        parts.append(f'<span class="{css}">seal: {_e(check.summary())}</span>')
    else:
        parts.append('<span class="muted">seal not checked when this report was written</span>')
    if items.ok:
        parts.append('<span class="ok">all items match their digests</span>')
    else:
        altered = ", ".join(items.altered_message_ids) or "chain"
        parts.append(f'<span class="bad">ALTERED since capture: {_e(altered)}</span>')
    return "<br>".join(parts)


def _seal_section(seal: SealRecord | None) -> str:
    if seal is None:
        return '<p class="bad">This case has no seal.</p>'
    rows = "".join(
        f'<tr><td>{e.pos}</td><td>{_e(e.op)}</td><td>{_e(e.kind)}</td><td>{_e(e.ref)}</td>'
        f'<td class="digest">{_e(e.digest)}</td><td class="digest">{_e(link)}</td></tr>'
        for e, link in zip(seal.chain, seal.links(), strict=True)
    )
    return (
        f"<p>Seal head: <span class=\"digest\">{_e(seal.head)}</span> ({seal.entries} entries, sealed "
        f"{_when(seal.sealed_at)}, key {_e(seal.key_id)}, {_e(seal.origin)})<br>"
        f"MAC: <span class=\"digest\">{_e(seal.mac)}</span></p>"
        f"<p>{_e(SEAL_RECIPE)}</p>"
        "<table><tr><th>#</th><th>Op</th><th>Kind</th><th>Ref</th><th>Digest</th><th>Link</th></tr>"
        f"{rows}</table>"
    )


def build_html(detail: CaseDetail, generated_at: datetime | None = None, check: SealCheck | None = None) -> str:
    case = detail.case
    integrity = _integrity(detail, check)
    seal = (
        f'<span class="digest">{_e(detail.seal.short)}</span>' if detail.seal else '<span class="bad">none</span>'
    )
    summary = _rows(
        [
            ("Case", _e(case.id)),
            ("Status", _e(case.status.replace("_", " "))),
            ("Severity / risk", f"{_e(case.severity)} / {case.risk:.2f}"),
            ("Stage", _e(case.stage)),
            ("Categories", _e(", ".join(case.categories)) or '<span class="muted">none</span>'),
            ("Platform / community", f"{_e(case.platform)} / {_e(case.community_id)}"),
            ("Suspect (id)", _e(case.suspect_id)),
            ("Children approached (ids)", _e(", ".join(case.targets))),
            ("Opened / last update", f"{_when(case.created_at)} / {_when(case.updated_at)}"),
            ("Source", _e(case.source) + (f" ({_e(case.source_file)}, chat {_e(case.source_chat)})"
                                         if case.source_file else "")),
            ("Seal", seal),
            ("Case digest", f'<span class="digest">{_e(detail.digest)}</span>'),
            ("Integrity", integrity),
        ]
    )
    signals = "".join(f"<li>{_e(_signal_text(s))}</li>" for s in case.signals) or (
        '<li class="muted">No signals recorded.</li>'
    )
    timeline_rows = []
    for item in sorted(detail.evidence, key=lambda i: (i.timestamp, i.seq)):
        role = (
            "suspect" if item.author_id == case.suspect_id else ("child" if item.author_id in case.targets else "other")
        )
        tags = "".join(f'<span class="tag">{_e(c)}</span>' for c in item.categories) if item.flagged else ""
        marker = '<strong class="bad">flagged</strong>' if item.flagged else ""
        timeline_rows.append(
            f'<tr class="{"flagged" if item.flagged else "context"}"><td>{_when(item.timestamp)}<br>{marker}</td>'
            f'<td>{_e(item.author_name)}<br><span class="muted">{_e(item.author_id)} ({role})</span></td>'
            f'<td class="text">{_e(item.text)}{tags}</td>'
            f'<td>{_safe_link(item.link, "open")}<br><span class="muted">#{_e(item.message_id)}</span></td></tr>'
        )
    timeline = (
        '<table class="timeline"><tr><th>Time (UTC)</th><th>Author</th><th>Message</th><th>Link</th></tr>'
        + "".join(timeline_rows)
        + "</table>"
        if timeline_rows
        else '<p class="muted">No messages were captured.</p>'
    )
    actions = "".join(
        f'<tr><td>{_when(a.at)}</td><td>{_e(a.actor_name)} <span class="muted">({_e(a.actor_id)})</span></td>'
        f"<td>{_e(a.action)}</td><td>{_e(a.detail)}</td></tr>"
        for a in detail.audit
    )
    notes = (
        "".join(
            f'<li><strong>{_e(n.author_name)}</strong> <span class="muted">{_when(n.at)}</span><br>{_e(n.text)}</li>'
            for n in detail.notes
        )
        or '<li class="muted">No notes.</li>'
    )
    digests = "".join(
        f'<tr><td>{item.seq}</td><td>{_e(item.message_id)}</td><td class="digest">{_e(item.digest)}</td></tr>'
        for item in detail.evidence
    )
    generated = _when(generated_at or datetime.now().astimezone())
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lookout evidence - case {_e(case.id)}</title>
<style>{_CSS}</style></head>
<body>
<h1>Evidence report - case {_e(case.id)}</h1>
<p class="muted">Generated by Lookout on {generated}. This report contains messages written to or by a
child. Share it only with the people who need it to protect them.</p>
<table>{summary}</table>
<h2>Risk over time</h2>
{risk_chart_svg(detail.decisions)}
<h2>Why Lookout raised this</h2>
<ul>{signals}</ul>
<h2>Conversation timeline</h2>
<p class="muted">Messages as captured when the case opened or grew; flagged messages are highlighted.
Texts are shown exactly as written.</p>
{timeline}
<h2>Moderator actions</h2>
{
        "<table><tr><th>Time (UTC)</th><th>Who</th><th>Action</th><th>Detail</th></tr>" + actions + "</table>"
        if actions
        else '<p class="muted">No actions recorded.</p>'
    }
<h2>Moderator notes</h2>
<ul>{notes}</ul>
{_HOW_TO_REPORT}
<h2>Integrity</h2>
<p>{_e(DIGEST_RECIPE)}</p>
<table><tr><th>#</th><th>Message</th><th>SHA-256</th></tr>{digests}</table>
<p>Case digest: <span class="digest">{_e(detail.digest)}</span></p>
<h2>Seal</h2>
{_seal_section(detail.seal)}
</body></html>
"""


def build_case_package(
    detail: CaseDetail, generated_at: datetime | None = None, check: SealCheck | None = None
) -> tuple[bytes, bytes]:
    """(JSON bytes, HTML bytes) for one case; `check` is the seal check made when exporting."""
    data = package_dict(detail, generated_at, check)
    json_bytes = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8")
    return json_bytes, build_html(detail, generated_at, check).encode("utf-8")


def write_case_package(detail: CaseDetail, out_dir: str | Path, check: SealCheck | None = None) -> list[Path]:
    """Write case-<id>.json and case-<id>.html into `out_dir` (created if needed)."""
    folder = Path(out_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OSError(f"cannot create the output folder {folder}: {exc.strerror or exc}") from exc
    json_bytes, html_bytes = build_case_package(detail, check=check)
    paths = [folder / f"case-{detail.case.id}.json", folder / f"case-{detail.case.id}.html"]
    for path, content in zip(paths, (json_bytes, html_bytes), strict=True):
        path.write_bytes(content)
    return paths
