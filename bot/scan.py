"""The offline scanner: replay chat exports through the same pipeline the live bots run.

Parents and moderators run this on their own machine; nothing leaves it. Output is either a
readable report per conversation or one JSON object per decision (alert or nudge).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import IO, Any

from tqdm import tqdm

from bot import terminal
from bot.events import ChatExport
from bot.pipeline import Decision, Pipeline
from bot.readers import ExportError, ExportReadError, expand_paths, stream_file
from bot.tips import get_tip
from bot.vocabulary import DecisionKind


@dataclass(slots=True)
class ConversationResult:
    export: ChatExport
    decisions: list[Decision] = field(default_factory=list)
    messages: int = 0

    @property
    def alerts(self) -> list[Decision]:
        return [d for d in self.decisions if d.kind == DecisionKind.ALERT]

    @property
    def nudges(self) -> list[Decision]:
        return [d for d in self.decisions if d.kind == DecisionKind.NUDGE]


def scan_exports(items: Iterable[ChatExport | ExportError], new_pipeline: Callable[[], Pipeline], *,
                 isolate: bool = False, progress: Progress | None = None,
                 on_decisions: Callable[[ChatExport, list[Decision]], None] | None = None,
                 ) -> Iterator[ConversationResult | ExportError]:
    """Replay every conversation read from the exports, in timestamp order within each conversation.

    With `isolate`, each conversation gets a fresh pipeline (evaluation: conversations are
    independent). Otherwise state carries across files in the order given, as it would in a live
    community where a chat moves from a channel to DMs. `on_decisions` sees every message's
    decisions as the pipeline made them, logs included (`scan --save` keeps them as cases).
    """
    pipeline = new_pipeline()
    for item in items:
        if isinstance(item, ExportError):
            yield item
            continue
        if isolate:
            pipeline = new_pipeline()
        result = ConversationResult(item)
        try:
            for _ev, decisions in pipeline.process_all(item.events):
                if on_decisions is not None and decisions:
                    on_decisions(item, decisions)  # saved as found: a file that goes bad later keeps these
                shown = [d for d in decisions if d.kind != DecisionKind.LOG]
                result.decisions.extend(shown)
                result.messages += 1
                if progress is not None:
                    progress.message(sum(d.kind == DecisionKind.ALERT for d in shown))
        except ExportReadError as exc:
            yield exc.error  # the file went bad after its check; what was read is not reported as a result
            continue
        yield result


def decision_json(d: Decision, export: ChatExport) -> dict[str, Any]:
    return {
        "kind": d.kind,
        "file": export.source,
        "platform": d.platform,
        "chat_id": export.channel.id,
        "message_id": d.message_id,
        "timestamp": iso(d.timestamp),
        "suspect_id": d.suspect_id,
        "target_id": d.target_id,
        "risk": d.risk,
        "severity": d.severity,
        "categories": list(d.categories),
        "rules": list(d.rules),
    }


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat().replace("+00:00", "Z")


def _name(author: Any) -> str:
    if author is None:
        return "(everyone in the channel)"
    label = author.display_name or author.username or ""
    shown = f"{label} ({author.id})" if label and label != author.id else str(author.id)
    return terminal.escape_line(shown)


def write_human(result: ConversationResult, out: IO[str], language: str = "en") -> None:
    ex = result.export
    # Names and paths come from strangers (or their exports): one line each, escapes made visible.
    title = terminal.escape_line(f"{ex.source} — {ex.platform} {ex.channel.kind.value} "
                                 f"'{ex.channel.name or ex.channel.id}'")
    out.write(f"\n{title}\n{'=' * min(len(title), 100)}\n")
    out.write(f"{result.messages} messages, {len(result.alerts)} alert(s), {len(result.nudges)} nudge(s)\n")
    for d in result.decisions:
        when = iso(d.timestamp)
        if d.kind == DecisionKind.ALERT:
            tag = "ESCALATION" if d.escalation else "ALERT"
            out.write(f"\n  [{tag} · {d.severity.upper()}] {when}  {_name(d.suspect)} → {_name(d.target)}\n")
            out.write(f"    risk {d.risk:.2f} · stage: {d.stage} · categories: {', '.join(d.categories)}\n")
            out.write(f"    rules: {', '.join(d.rules)}\n")
            out.write("    why:\n")
            for s in d.signals:
                out.write(f"      - {terminal.escape_line(s)}\n")
            out.write("    evidence:\n")
            for ln in d.evidence:
                mark = "»" if ln.flagged else " "
                text = ln.text.replace("\n", " ⏎ ")
                if len(text) > 160:
                    text = text[:157] + "..."
                out.write(f"     {mark} {ln.timestamp:%Y-%m-%d %H:%M} {terminal.escape_line(ln.author_name)}: "
                          f"{terminal.escape_line(text)}\n")
        else:
            tip = get_tip(d.nudge_category or "general", language)
            out.write(f"\n  [NUDGE] {when}  safety tip shown privately to {_name(d.target)}: "
                      f"\"{tip.title}\" ({d.nudge_category})\n")


@dataclass(slots=True)
class Tally:
    """Counts for the summary, so the scan need not keep every conversation in memory."""

    conversations: int = 0
    messages: int = 0
    alerts: int = 0
    nudges: int = 0
    flagged: int = 0
    errors: int = 0

    def add(self, result: ConversationResult) -> None:
        self.conversations += 1
        self.messages += result.messages
        self.alerts += len(result.alerts)
        self.nudges += len(result.nudges)
        self.flagged += bool(result.alerts)


def write_summary(t: Tally, out: IO[str]) -> None:
    out.write(f"\nSummary: {t.conversations} conversation(s), {t.messages} messages; {t.alerts} alert(s) in "
              f"{t.flagged} conversation(s); {t.nudges} nudge(s).\n")
    if t.errors:
        out.write(f"{t.errors} file(s) could not be read (see the errors above).\n")
    if t.alerts:
        out.write("Alerts are leads for a person to review, not verdicts. If a child is in danger, contact "
                  "the police; see `lookout guide --parents` for what to do next.\n")


class Progress:
    """Files done, messages and alerts so far, on standard error, while a scan runs.

    Only when standard error is a terminal (never in a pipe or a log), and never on standard
    output, which stays clean for --json. The counters move during a file too, since one export
    can hold a million messages.
    """

    EVERY = 500  # messages between redraws of the counters
    DELAY = 0.5  # seconds before anything is drawn: a short scan shows no bar at all

    def __init__(self, files: int, stream: IO[str] | None = None, enabled: bool | None = None) -> None:
        out = stream if stream is not None else sys.stderr
        self.enabled = out.isatty() if enabled is None else enabled
        self.messages = 0
        self.alerts = 0
        self._stream = out
        self._bar = tqdm(total=files, unit="file", desc="Scanning", file=out, disable=not self.enabled,
                         leave=False, dynamic_ncols=True, mininterval=0.2, delay=self.DELAY)

    def message(self, alerts: int) -> None:
        self.messages += 1
        self.alerts += alerts
        if self.enabled and self.messages % self.EVERY == 0:
            self._show()

    def file_done(self, _bytes: int = 0) -> None:
        self._bar.update(1)
        self._show()

    def _show(self) -> None:
        if self.enabled:
            self._bar.set_postfix_str(f"{self.messages:,} messages, {self.alerts:,} alert(s)")

    def pause(self) -> contextlib.AbstractContextManager[None]:
        """Clear the bar while something else is printed, so lines and bar do not mix."""
        if not self.enabled:
            return contextlib.nullcontext()
        paused: contextlib.AbstractContextManager[None] = tqdm.external_write_mode(file=self._stream)
        return paused

    def close(self) -> None:
        self._bar.close()


def read_with_progress(paths: Iterable[str], progress: Callable[[int], None] | None = None
                       ) -> Iterator[ChatExport | ExportError]:
    """Stream exports one file at a time, one message at a time (a big export is never all in memory),
    reporting bytes done. A file that fails in any way is one error; the next file is still read."""
    for path in expand_paths(paths):
        if isinstance(path, ExportError):
            yield path
            continue
        yield from stream_file(path)
        if progress is not None:
            with contextlib.suppress(OSError):
                progress(os.path.getsize(path))


def count_files(paths: Iterable[str]) -> int:
    return sum(isinstance(path, str) for path in expand_paths(paths))


def json_line(obj: dict[str, Any]) -> str:
    """One decision as a JSON line that is safe to show on a terminal (see bot.terminal)."""
    return terminal.json_line(obj)
