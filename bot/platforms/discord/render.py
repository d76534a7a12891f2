"""Render alerts, case lists, the status and tips as Discord embeds and messages.

Why: the alert is the moderator's whole picture of a case, often read on a phone by a volunteer.
It must say who, to whom, how bad and why, with links back to the messages, inside Discord's
embed limits (field 1024 characters, description 4096, 25 fields, 6000 in all); the newest
evidence comes first and what does not fit is left to the evidence file (the moderation layer
decides which lines matter most). Alerts only ever go to the moderators' alert channel; public
messages are built elsewhere and never use this module.
"""

from __future__ import annotations

from datetime import UTC, datetime

import discord

from bot.actions import AlertView, EvidenceLine, Tip
from bot.moderation import CaseListing, EffectiveSettings, RoleKind, StatusReport, roles_of
from bot.moderation.evidence import fit
from bot.moderation.labels import audit_label, status_label
from bot.platforms.discord.translate import jump_url
from bot.vocabulary import CaseSource, Severity

SEVERITY_COLOURS = {
    Severity.LOW: 0xF1C40F,
    Severity.MEDIUM: 0xE67E22,
    Severity.HIGH: 0xE74C3C,
    Severity.CRITICAL: 0x8B0000,
}
FIELD_LIMIT = 1024
EMBED_LIMIT = 6000
MAX_FIELDS = 25
MESSAGE_LIMIT = 2000
EXCERPT = 180
MAX_AUDIT = 6
MORE_EVIDENCE = "More evidence"


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _escape(text: str) -> str:
    return discord.utils.escape_markdown(text)


def _person(author_id: str, name: str) -> str:
    label = _escape(_clip(name, 40)) if name else "unknown"
    return f"<@{author_id}> ({label}, `{author_id}`)"


def _stamp(when: datetime, style: str = "f") -> str:
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return f"<t:{int(when.timestamp())}:{style}>"


def _pack(lines: list[str], limit: int = FIELD_LIMIT) -> list[str]:
    """Group lines into chunks that fit a field, never splitting one line."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        line = _clip(line, limit)
        if current and len(current) + 1 + len(line) > limit:
            chunks.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        chunks.append(current)
    return chunks


def _evidence_line(view: AlertView, line: EvidenceLine) -> str:
    marker = "⚠️" if line.flagged else "·"
    link = jump_url(view.community_id, line.channel_id, line.message_id)
    text = _escape(_clip(line.text, EXCERPT))
    who = _escape(_clip(line.author_name or line.author_id, 24))
    return f"{marker} {_stamp(line.timestamp, 't')} **{who}**: {text} [jump]({link})"


def alert_embed(view: AlertView) -> discord.Embed:
    """The alert: the facts first, then the newest evidence that fits, then reasons and actions."""
    reported = view.source == CaseSource.REPORT
    title = f"{'Member report' if reported else 'Possible grooming'} · {view.severity.upper()}"
    if view.escalation:
        title += " · escalated"
    embed = discord.Embed(title=title, colour=SEVERITY_COLOURS.get(view.severity, 0x95A5A6),
                          timestamp=datetime.now(UTC))
    embed.add_field(name="Suspect", value=_person(view.suspect.id, view.suspect.display_name), inline=True)
    child = _person(view.target.id, view.target.display_name) if view.target else "not identified"
    embed.add_field(name="Child", value=child, inline=True)
    embed.add_field(name="Status", value=status_label(view.status), inline=True)
    embed.add_field(name="Risk", value=f"{view.risk:.2f} · stage: {view.stage or 'n/a'}", inline=True)
    embed.add_field(name="Categories", value=_clip(", ".join(view.categories) or "none", FIELD_LIMIT), inline=True)
    embed.add_field(name="Prior cases", value=str(view.prior_cases), inline=True)
    tail: list[tuple[str, str]] = []
    if view.signals:
        tail.append(("Signals", _pack([f"• {s}" for s in view.signals])[0]))
    if view.audit:
        lines = [
            f"{_stamp(a.at)} **{_escape(_clip(a.actor_name, 32))}** {audit_label(a.action)}"
            + (f": {_escape(_clip(a.detail, 120))}" if a.detail and a.detail != audit_label(a.action) else "")
            for a in view.audit[-MAX_AUDIT:]
        ]
        tail.append(("Moderator actions", _pack(lines)[0]))
    rules = ", ".join(view.rules)
    seal = f" · seal {view.seal}" if view.seal else ""  # a copy of the seal outside the database
    embed.set_footer(text=_clip(f"Case {view.case_id}{seal}" + (f" · rules: {rules}" if rules else ""), 2000))

    room = EMBED_LIMIT - len(embed) - sum(len(n) + len(v) for n, v in tail)
    fields_left = MAX_FIELDS - len(embed.fields) - len(tail)
    note = "Use the Evidence file button for the full record."

    def evidence_fields(shown: list[EvidenceLine]) -> list[tuple[str, str]]:
        chunks = _pack([_evidence_line(view, line) for line in shown])
        names = ["Evidence"] if len(chunks) == 1 else [f"Evidence ({i + 1}/{len(chunks)})" for i in range(len(chunks))]
        fields = list(zip(names, chunks, strict=True))
        if len(shown) < len(view.evidence):
            fields.append((MORE_EVIDENCE, note))
        return fields

    def fits(shown: list[EvidenceLine]) -> bool:
        fields = evidence_fields(shown)
        return len(fields) <= fields_left and sum(len(n) + len(v) for n, v in fields) <= room

    for name, value in evidence_fields(fit(view.evidence, fits)):
        embed.add_field(name=name, value=value, inline=False)
    for name, value in tail:
        embed.add_field(name=name, value=value, inline=False)
    return embed


def tip_embed(tip: Tip) -> discord.Embed:
    return discord.Embed(title=_clip(tip.title, 256), description=_clip_keep_lines(tip.body, 4000), colour=0x3498DB)


def _clip_keep_lines(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def guide_embeds(guide: str) -> list[discord.Embed]:
    """The safety guide can be long: split it over up to 5 embeds at paragraph boundaries."""
    parts: list[str] = []
    current = ""
    for para in guide.split("\n\n"):
        if current and len(current) + 2 + len(para) > 3900:
            parts.append(current)
            current = para
        else:
            current = f"{current}\n\n{para}" if current else para
    if current:
        parts.append(current)
    return [discord.Embed(description=_clip_keep_lines(p, 4000), colour=0x3498DB) for p in parts[:5]]


# ------------------------------------------------------------------ moderators' commands


def case_list(listing: CaseListing) -> str:
    """`/lookout case list`: one line per case, within a message's 2000 characters."""
    if not listing.shown:
        return "No cases waiting for a moderator." if listing.status is None else \
            f"No {status_label(listing.status)} cases."
    lines = [
        f"`{v.case_id}` {v.severity} · {status_label(v.status)} · <@{v.suspect.id}> → "
        + (f"<@{v.target.id}>" if v.target else "?")
        for v in listing.shown
    ]
    more = listing.more
    text = "\n".join(lines)
    while len(text) + 40 > MESSAGE_LIMIT and lines:
        lines.pop()
        more += 1
        text = "\n".join(lines)
    return text + (f"\n… and {more} more" if more else "")


def _sourced(settings: EffectiveSettings, name: str) -> str:
    return f"{getattr(settings, name)} ({settings.source(name)})"


def role_lines(settings: EffectiveSettings) -> list[str]:
    """Each kind of role in force, with where that list comes from."""
    lines = []
    for kind in RoleKind:
        shown = ", ".join(_escape(name) for name in roles_of(settings, kind)) or "none"
        lines.append(f"**{kind.value}**: {shown} ({settings.source(kind.setting)})")
    return lines


def status_embed(report: StatusReport, extra_problems: list[str]) -> discord.Embed:
    """`/lookout status`: what is in force (and from where), what is wrong, what happened."""
    settings = report.settings
    problems = list(report.problems) + extra_problems
    embed = discord.Embed(title="Lookout status", colour=0x2ECC71 if not problems else 0xE67E22)
    channel = f"<#{settings.alert_channel_id}>" if settings.alert_channel_id else "not set: run /lookout setup"
    embed.add_field(name="Alert channel", value=channel, inline=False)
    embed.add_field(name="Safety tips", value=_sourced(settings, "nudge_mode"), inline=True)
    embed.add_field(name="Threshold", value=_sourced(settings, "threshold"), inline=True)
    embed.add_field(name="Language", value=_sourced(settings, "language"), inline=True)
    embed.add_field(name="Open cases", value=str(report.open_cases), inline=True)
    embed.add_field(name="Roles", value=_clip_keep_lines("\n".join(role_lines(settings)), FIELD_LIMIT), inline=False)
    embed.add_field(
        name="Problems", value=_clip_keep_lines("\n".join(f"⚠️ {p}" for p in problems), FIELD_LIMIT)
        if problems else "none", inline=False
    )
    counters = report.counters
    embed.set_footer(text=f"seen {counters.messages_seen} messages, posted {counters.alerts_posted} alerts, "
                          f"{counters.nudges_sent} tips since start (this process)")
    return embed
