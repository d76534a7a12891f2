"""`lookout eval`: how well the whole pipeline does on labelled conversations.

It measures what matters to the people relying on it: how many grooming conversations get an alert
about the right person, how early (at or before the first unambiguous risky move), and how often
benign conversations raise one, per conversation and per 1,000 benign messages.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.events import ChatExport
from bot.pipeline import Pipeline
from bot.readers import ExportError, read_file
from rules.engine import Engine
from rules.types import Detection


class LabelsError(ValueError):
    pass


@dataclass(slots=True)
class Label:
    file: Path
    kind: str
    suspects: set[str]
    targets: set[str]
    critical_message_id: str | None
    tactics: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Outcome:
    label: Label
    alerted: bool = False
    wrong_suspect: bool = False
    on_time: bool = False
    delay: int | None = None  # messages from the critical move to the first alert
    alerts: int = 0
    nudges: int = 0  # safety tips shown to anyone (for benign conversations: tips nobody needed)
    messages: int = 0
    error: str | None = None


@dataclass(slots=True)
class Prepared:
    """A labelled conversation read and run through the engine once, ready to replay many times.

    The engine's findings do not depend on risk weights or thresholds, so a sweep replays only the
    conversation layer (Pipeline.process with the detection given) for each setting.
    """

    label: Label
    exports: list[tuple[ChatExport, list[Detection]]] = field(default_factory=list)
    error: str | None = None


def load_labels(path: str) -> list[Label]:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LabelsError(f"{path}: no such labels file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise LabelsError(f"{path}: not valid JSON: {exc}") from None
    if not isinstance(data, list):
        raise LabelsError(f"{path}: expected a JSON list of labels")
    labels = []
    for i, item in enumerate(data):
        if not isinstance(item, dict) or "file" not in item or item.get("kind") not in ("grooming", "benign"):
            raise LabelsError(f"{path}: entry [{i}] needs \"file\" and \"kind\" (\"grooming\" or \"benign\")")
        crit = item.get("critical_message_id")
        labels.append(Label(
            file=(p.parent / item["file"]), kind=item["kind"],
            suspects={str(s) for s in item.get("suspects") or []},
            targets={str(t) for t in item.get("targets") or []},
            critical_message_id=str(crit) if crit is not None else None,
            tactics=list(item.get("tactics") or []),
        ))
    return labels


def prepare(labels: list[Label], engine: Engine) -> list[Prepared]:
    """Read every labelled export and analyse its messages (once, whatever is replayed later)."""
    prepared = []
    for label in labels:
        item = Prepared(label)
        prepared.append(item)
        for read in read_file(str(label.file)):
            if isinstance(read, ExportError):
                item.error = str(read)
                break
            texts = [ev.message.text for ev in read.events]
            item.exports.append((read, engine.analyze_many(texts) if texts else []))
    return prepared


def replay(prepared: list[Prepared], new_pipeline: Callable[[], Pipeline]) -> list[Outcome]:
    """Score each conversation with a fresh pipeline (conversations are independent of each other)."""
    outcomes = []
    for item in prepared:
        label = item.label
        out = Outcome(label, error=item.error)
        outcomes.append(out)
        if item.error is not None:
            continue
        for export, detections in item.exports:
            pipeline = new_pipeline()
            order = {ev.message.id: i for i, ev in enumerate(export.events)}
            crit = order.get(label.critical_message_id or "")
            for ev, det in zip(export.events, detections, strict=True):
                out.messages += 1
                for d in pipeline.process(ev, det):
                    if d.kind == "nudge":
                        out.nudges += 1
                    if d.kind != "alert":
                        continue
                    out.alerts += 1
                    if label.kind == "benign" or d.suspect_id in label.suspects:
                        if not out.alerted:
                            out.alerted = True
                            at = order.get(d.message_id)
                            if crit is not None and at is not None:
                                out.delay = at - crit
                                out.on_time = at <= crit
                    else:
                        out.wrong_suspect = True
    return outcomes


def evaluate(labels: list[Label], new_pipeline: Callable[[], Pipeline]) -> list[Outcome]:
    return replay(prepare(labels, new_pipeline().engine), new_pipeline)


def report(outcomes: list[Outcome]) -> tuple[str, dict[str, Any]]:
    groom = [o for o in outcomes if o.label.kind == "grooming" and o.error is None]
    benign = [o for o in outcomes if o.label.kind == "benign" and o.error is None]
    errors = [o for o in outcomes if o.error]
    g_alerted = sum(o.alerted for o in groom)
    g_on_time = sum(o.on_time for o in groom)
    b_alerted = sum(o.alerted for o in benign)
    b_tipped = sum(o.nudges > 0 for o in benign)
    wrong = sum(o.wrong_suspect for o in groom)
    b_msgs = sum(o.messages for o in benign)
    b_alerts = sum(o.alerts for o in benign)
    delays = [o.delay for o in groom if o.delay is not None]

    def pct(n: int, d: int) -> float:
        return 100.0 * n / d if d else 0.0

    figures = {
        "grooming": len(groom), "grooming_alerted": g_alerted, "grooming_alerted_pct": pct(g_alerted, len(groom)),
        "grooming_on_time": g_on_time, "grooming_on_time_pct": pct(g_on_time, len(groom)),
        "benign": len(benign), "benign_alerted": b_alerted, "benign_alerted_pct": pct(b_alerted, len(benign)),
        "benign_tipped": b_tipped, "benign_tipped_pct": pct(b_tipped, len(benign)),
        "grooming_wrong_suspect": wrong,
        "alerts_per_1000_benign_messages": 1000.0 * b_alerts / b_msgs if b_msgs else 0.0,
        "median_delay_messages": statistics.median(delays) if delays else None,
        "mean_delay_messages": statistics.fmean(delays) if delays else None,
        "files_failed": len(errors),
    }
    g_pct, t_pct = figures["grooming_alerted_pct"], figures["grooming_on_time_pct"]
    b_pct = figures["benign_alerted_pct"]
    lines = [
        f"grooming conversations alerted:             {g_alerted}/{len(groom)} ({g_pct:.1f}%)",
        f"alerted at or before the critical message:  {g_on_time}/{len(groom)} ({t_pct:.1f}%)",
        f"benign conversations alerted:               {b_alerted}/{len(benign)} ({b_pct:.1f}%)",
        f"alerts per 1,000 benign messages:           {figures['alerts_per_1000_benign_messages']:.2f}",
        f"benign conversations with a safety tip:     {b_tipped}/{len(benign)} ({pct(b_tipped, len(benign)):.1f}%)",
        f"grooming alerts on the wrong person:        {wrong}",
        "median messages from critical move to alert: "
        + (f"{figures['median_delay_messages']:+g}" if delays else "n/a"),
    ]
    missed = [o for o in groom if not o.alerted]
    late = [o for o in groom if o.alerted and not o.on_time]
    false = [o for o in benign if o.alerted]
    tipped = [o for o in benign if o.nudges]
    wrong_side = [o for o in groom if o.wrong_suspect]
    for title, group in (("missed", missed), ("late", late), ("benign alerted", false),
                         ("benign tipped", tipped), ("alerted the wrong side", wrong_side)):
        if group:
            lines.append(f"{title}: " + ", ".join(o.label.file.name for o in group))
    for o in errors:
        lines.append(f"error: {o.error}")
    return "\n".join(lines), figures
