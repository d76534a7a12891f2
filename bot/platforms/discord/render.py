"""Render an `AlertView` as a Discord embed, and tips as small embeds.

Why: the alert is the moderator's whole picture of a case, often read on a phone by a volunteer.
It must say who, to whom, how bad and why, with links back to the messages, inside Discord's
embed limits (field 1024, description 4096, total 6000 characters). Alerts only ever go to the
moderators' alert channel; public messages are built elsewhere and never use this module.
"""

from __future__ import annotations

from datetime import UTC, datetime

import discord

from bot.actions import AlertView, Tip
from bot.platforms.discord.translate import jump_url

SEVERITY_COLOURS = {
    "low": 0xF1C40F,
    "medium": 0xE67E22,
    "high": 0xE74C3C,
    "critical": 0x8B0000,
}
STATUS_LABELS = {
    "open": "Open",
    "acknowledged": "Acknowledged",
    "false_positive": "False positive",
    "actioned": "Action taken",
    "reported": "Reported to authorities",
    "closed": "Closed",
}
ACTION_LABELS = {
    "acknowledge": "acknowledged",
    "false_positive": "marked false positive",
    "timeout": "timed out the suspect",
    "ban": "banned the suspect",
    "reported": "reported to authorities",
    "evidence": "downloaded the evidence file",
    "note": "added a note",
}
FIELD_LIMIT = 1024
EXCERPT = 180
MAX_EVIDENCE_FIELDS = 3
MAX_AUDIT = 6


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _person(author_id: str, name: str) -> str:
    label = discord.utils.escape_markdown(_clip(name, 40)) if name else "unknown"
    return f"<@{author_id}> ({label}, `{author_id}`)"


def _stamp(when: datetime) -> str:
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return f"<t:{int(when.timestamp())}:f>"


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


def _did(action: str) -> str:
    """Audit actions are MOD_ACTIONS or storage's `status:<new status>` entries."""
    if action.startswith("status:"):
        status = action.partition(":")[2]
        return f"set the case to {STATUS_LABELS.get(status, status)}"
    return ACTION_LABELS.get(action, action.replace("_", " "))


def alert_embed(view: AlertView) -> discord.Embed:
    reported = view.source == "report"
    title = f"{'Member report' if reported else 'Possible grooming'} · {view.severity.upper()}"
    if view.escalation:
        title += " · escalated"
    embed = discord.Embed(
        title=title,
        colour=SEVERITY_COLOURS.get(view.severity, 0x95A5A6),
        timestamp=datetime.now(UTC),
    )
    embed.add_field(name="Suspect", value=_person(view.suspect.id, view.suspect.display_name), inline=True)
    child = _person(view.target.id, view.target.display_name) if view.target else "not identified"
    embed.add_field(name="Child", value=child, inline=True)
    embed.add_field(name="Status", value=STATUS_LABELS.get(view.status, view.status), inline=True)
    embed.add_field(name="Risk", value=f"{view.risk:.2f} · stage: {view.stage or 'n/a'}", inline=True)
    embed.add_field(name="Categories", value=_clip(", ".join(view.categories) or "none", FIELD_LIMIT), inline=True)
    embed.add_field(name="Prior cases", value=str(view.prior_cases), inline=True)

    evidence_lines = []
    for line in view.evidence:
        marker = "⚠️" if line.flagged else "·"
        link = jump_url(view.community_id, line.channel_id, line.message_id)
        text = discord.utils.escape_markdown(_clip(line.text, EXCERPT))
        who = discord.utils.escape_markdown(_clip(line.author_name or line.author_id, 24))
        evidence_lines.append(f"{marker} <t:{int(line.timestamp.timestamp())}:t> **{who}**: {text} [jump]({link})")
    chunks = _pack(evidence_lines)
    for i, chunk in enumerate(chunks[:MAX_EVIDENCE_FIELDS]):
        name = "Evidence" if len(chunks) == 1 else f"Evidence ({i + 1}/{min(len(chunks), MAX_EVIDENCE_FIELDS)})"
        embed.add_field(name=name, value=chunk, inline=False)
    if len(chunks) > MAX_EVIDENCE_FIELDS:
        embed.add_field(name="More evidence", value="Use the Evidence file button for the full record.", inline=False)

    if view.signals:
        embed.add_field(name="Signals", value=_pack([f"• {s}" for s in view.signals])[0], inline=False)
    if view.audit:
        lines = [
            f"{_stamp(a.at)} **{discord.utils.escape_markdown(_clip(a.actor_name, 32))}** {_did(a.action)}"
            + (
                f": {discord.utils.escape_markdown(_clip(a.detail, 120))}"
                if a.detail and a.detail != _did(a.action)
                else ""
            )
            for a in view.audit[-MAX_AUDIT:]
        ]
        embed.add_field(name="Moderator actions", value=_pack(lines)[0], inline=False)
    rules = ", ".join(view.rules)
    seal = f" · seal {view.seal}" if view.seal else ""  # a copy of the seal outside the database
    embed.set_footer(text=_clip(f"Case {view.case_id}{seal}" + (f" · rules: {rules}" if rules else ""), 2000))
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
