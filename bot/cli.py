"""The `lookout` command line.

One entry point for everything a moderator or parent runs: checking a message, testing rule packs,
scanning exports, evaluating, the live bots, and the storage/case commands.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.config import Config, ConfigError, load_config
from bot.detection_setup import configured_engine, configured_semantic
from bot.logging_setup import LogFileError, setup_logging
from bot.pipeline import Pipeline, tune_gc
from bot.redaction import REDACTOR
from bot.redaction import install as install_redaction
from bot.terminal import SafeStream, error, escape_line, escape_text, harden_streams, json_line
from rules.engine import BATCH_SIZE, Engine, StrictLoadError, build_engine
from rules.lexicon import load_lexicon
from rules.packs_loader import RulePackError, bundled_pack_paths
from rules.types import Detection

if TYPE_CHECKING:
    from rules.semantic import SemanticHit

log = logging.getLogger(__name__)


def _engine(config: Config, lang: str | None = None, strict: bool | None = None) -> Engine:
    return configured_engine(config, [x for x in (lang or "").split(",") if x], strict)


def _out(text: str) -> None:
    """Human output: control characters from chats and names are shown as escapes, never obeyed."""
    sys.stdout.write(escape_text(text) + "\n")


def _out_json(obj: Any) -> None:
    sys.stdout.write(json_line(obj) + "\n")


# ----- check ---------------------------------------------------------------------------------

def cmd_check(args: argparse.Namespace, config: Config) -> int:
    engine = _engine(config, args.lang)
    semantic = None if args.no_semantic else configured_semantic(config, diagnostic=True)
    if semantic is not None:
        from rules.semantic import second_opinion
    texts: Iterator[str] = iter(args.text) if args.text else (line.rstrip("\n") for line in sys.stdin)
    # Lines piped in are read BATCH_SIZE at a time (Engine.analyze_many); typed ones one by one.
    size = 1 if not args.text and sys.stdin.isatty() else BATCH_SIZE
    while chunk := list(itertools.islice(texts, size)):
        dets = engine.analyze_many(chunk)
        # `check` reads every message by meaning too: it shows what each layer sees, with no cascade.
        readings = semantic.index.score_normalized([d.normalized for d in dets]) if semantic else [None] * len(chunk)
        for text, det, reading in zip(chunk, dets, readings, strict=True):
            if reading is not None and config.detection.semantic:
                det = second_opinion.acted_on(det, reading)  # hits set aside, or a clear reading counted
            _print_detection(text, det, reading, as_json=args.json)
    return 0


def _print_detection(text: str, det: Detection, reading: SemanticHit | None = None, *, as_json: bool) -> None:
    if as_json:
        obj = det.to_json()
        if reading is not None:
            obj["semantic"] = reading.to_json()
        _out_json(obj)
        return
    _out(f"text:        {escape_line(text)}")
    _out(f"normalized:  {escape_line(det.normalized)}")
    _out(f"categories:  {', '.join(det.categories) or '(none)'}")
    for h in det.hits:
        _out(f"  {h.category:<14} {h.rule_id:<40} matched {h.matched!r} at {h.start}-{h.end} ({h.on})")
    if det.guard is not None:
        why = det.guard if det.guard.startswith("semantic") else \
            f"guard {det.guard} (advice, a quotation or an everyday reason)"
        for h in det.suppressed:
            _out(f"  set aside      {h.rule_id:<40} matched {h.matched!r}: {why}")
    if reading is not None:
        _out(f"semantic:    {_reading_line(reading)}")
    if det.declared_age is not None:
        _out(f"declared age: {det.declared_age}")
    lang: Any = det.to_json()["language"]
    packs = ", ".join(lang["packs"]) if isinstance(lang["packs"], list) else "all (too little to tell)"
    _out(f"language:    {lang['language'] or 'unknown'} (confidence {lang['confidence']}; packs run: {packs})")
    for e in det.errors:
        _out(f"note: {e}")
    _out("")


def _reading_line(r: SemanticHit) -> str:
    verdict = f"reads like {r.category}" if r.hit else f"nothing (closest: {r.category})"
    return (f"{verdict}, score {r.score:.3f} (threshold {r.threshold:.3f}); nearest example {r.nearest_id} "
            f"{escape_line(r.nearest_text)!r} (similarity {r.similarity:.2f})")


def cmd_semantic(args: argparse.Namespace, config: Config) -> int:
    from rules.semantic import shared_index

    index = shared_index()
    if args.semantic_cmd == "learn":
        from bot.semantic_learning import learn
        from rules.semantic.risk_direction import BUNDLED

        engine = configured_engine(config)
        floors = [float(x) for x in args.floors.split(",")] if args.floors else None
        try:
            report, status = learn(args.sets, engine, index, out=Path(args.out) if args.out else BUNDLED,
                                   check=args.check, **({"floors": floors} if floors else {}))
        except ValueError as exc:  # a malformed set (MessageSetError) or too few sets
            raise ConfigError(str(exc)) from None
        _out(report)
        return status
    if args.semantic_cmd == "score":
        texts = list(args.text) or [line.rstrip("\n") for line in sys.stdin]
        for text, reading in zip(texts, index.score_texts(texts), strict=True):
            if args.json:
                _out_json({"text": text, **reading.to_json()})
            else:
                _out(f"{escape_line(text)}\n  {_reading_line(reading)}")
        return 0
    failures = index.check()
    for f in failures:
        _out(f"FAIL {f}")
    held = index.held_out()
    risky = sum(v["risky"] for k, v in held.items() if k != "benign")
    caught = sum(v["caught"] for k, v in held.items() if k != "benign")
    _out(f"{len(index.exemplars) - len(failures)} passed, {len(failures)} failed "
         f"({len(index.exemplars)} exemplars, model {index.encoder.name if index.encoder else '?'}; index "
         f"{index.cache_note})")
    _out(f"held out one rule at a time: {caught}/{risky} risky read as their category, "
         f"{held['benign']['flagged']}/{held['benign']['benign']} benign flagged")
    if args.verbose_thresholds:
        for cat in index.categories:
            v = held[cat]
            _out(f"  {cat:<14} threshold {v['threshold']:.3f}  held-out {v['caught']}/{v['risky']}")
    return 1 if failures else 0


def cmd_rules(args: argparse.Namespace, config: Config) -> int:
    paths = [Path(p) for p in args.packs] if getattr(args, "packs", None) else bundled_pack_paths()
    if args.rules_cmd == "list":
        engine = build_engine(paths, strict=False)
        by_cat: dict[str, list[str]] = {}
        for r in engine.rules:
            by_cat.setdefault(r.category, []).append(f"{r.language:<3} {r.id}  (weight {r.weight:g})")
        for cat in sorted(by_cat):
            _out(f"{cat} ({len(by_cat[cat])})")
            for line in sorted(by_cat[cat]):
                _out(f"  {line}")
        if engine.guards:
            _out(f"guards ({len(engine.guards)})")
            for g in sorted(engine.guards, key=lambda g: g.id):
                _out(f"  {g.language:<3} {g.id}  ({g.kind}; covers {', '.join(sorted(g.covers)) or 'all'})")
        neutral = sorted(r.id for r in engine.rules if r.neutral)
        if neutral:
            _out(f"run in every language ({len(neutral)}): {', '.join(neutral)}")
        _out(f"{len(engine.rules)} rules in {len(engine.packs)} pack(s): {', '.join(engine.languages)}")
        return 0
    engine = build_engine(paths, strict=False)
    lexicon = load_lexicon(paths)  # the word lists the conversation layer reads ([lexicon] sections)
    failures = engine.check_examples() + lexicon.check_examples()
    n_examples = sum(len(r.examples) + len(r.counterexamples) for r in engine.rules)
    n_examples += sum(len(a.examples) + len(a.counterexamples) for a in engine.ages) + lexicon.example_count
    n_examples += sum(len(g.examples) + len(g.counterexamples) for g in engine.guards)
    for f in failures:
        _out(f"FAIL {f}")
    _out(f"{n_examples - len(failures)} passed, {len(failures)} failed ({len(engine.rules)} rules, "
         f"{len(engine.guards)} guards, {len(engine.packs)} pack(s))")
    return 1 if failures else 0


# ----- scan / eval ---------------------------------------------------------------------------

def _pipeline_factory(config: Config, engine: Engine):  # type: ignore[no-untyped-def]
    policy = config.policy()
    semantic = configured_semantic(config)
    if semantic is None:
        return lambda: Pipeline(engine, lambda _cid: policy)
    index = semantic.index
    from bot.pipeline.semantic_signal import SemanticSignal

    # Each pipeline gets its own signal (pair hits are per pipeline); the model and index are shared.
    return lambda: Pipeline(engine, lambda _cid: policy, semantic=SemanticSignal(index))


def cmd_scan(args: argparse.Namespace, config: Config) -> int:
    from bot.readers import ExportError
    from bot.scan import (
        Progress,
        Tally,
        count_files,
        decision_json,
        read_with_progress,
        scan_exports,
        write_human,
        write_summary,
    )

    engine = _engine(config)
    tune_gc()
    # Progress goes to standard error, and only on a terminal: standard output stays clean for --json.
    progress = Progress(count_files(args.paths)) if sys.stderr.isatty() else None
    tally = Tally()
    from bot.scan_save import CaseSaver, finish  # --save: alerts become cases, the bots' way

    saver = CaseSaver.open(args.save, config, engine) if args.save else None
    results = scan_exports(read_with_progress(args.paths, progress.file_done if progress else None),
                           _pipeline_factory(config, engine), progress=progress, on_decisions=saver)
    try:
        for res in results:
            with progress.pause() if progress else contextlib.nullcontext():
                if isinstance(res, ExportError):
                    tally.errors += 1
                    error(str(res))
                    continue
                tally.add(res)
                if args.json:
                    for d in res.decisions:
                        _out_json(decision_json(d, res.export))
                else:
                    write_human(res, SafeStream(sys.stdout), config.community.language)
    finally:
        if progress is not None:
            progress.close()
    if not args.json:
        write_summary(tally, sys.stdout)
    finish(saver, sys.stderr if args.json else sys.stdout)
    return 1 if tally.errors else 0


def cmd_eval(args: argparse.Namespace, config: Config) -> int:
    from bot.evaluate import LabelsError, evaluate, load_labels, report
    from bot.message_eval import MessageSetError, message_report

    engine = _engine(config)
    message_sets = [p for p in args.labels if p.endswith(".jsonl")]
    if message_sets:
        if args.sweep:
            print("error: --sweep replays conversation labels (.json), not message sets", file=sys.stderr)
            return 2
        if len(message_sets) != len(args.labels):
            error("give either labelled message sets (.jsonl) or conversation labels (.json), not both")
            return 2
        try:
            signal = configured_semantic(config)
            text, figures = message_report(engine, message_sets, details=not args.quiet,
                                           semantic=signal.index if signal else None)
        except MessageSetError as exc:
            error(str(exc))
            return 2
        if args.json:
            _out_json(figures)
        else:
            _out(text)
        return 0
    try:
        labels = [lab for path in args.labels for lab in load_labels(path)]
    except LabelsError as exc:
        error(str(exc))
        return 2
    if args.sweep:
        from bot import sweep

        signal = configured_semantic(config)
        from bot.pipeline.semantic_signal import SemanticSignal

        new_signal = (lambda: SemanticSignal(signal.index)) if signal else None
        return sweep.main(args.sweep, labels, engine, config.policy(), as_json=args.json, semantic=new_signal)
    outcomes = evaluate(labels, _pipeline_factory(config, engine))
    text, figures = report(outcomes)
    if args.json:
        _out_json(figures)
    else:
        _out(text)
    return 1 if figures["files_failed"] else 0


def cmd_guide(args: argparse.Namespace, config: Config) -> int:
    from bot import tips

    _out(tips.parent_guide(args.lang) if args.parents else tips.safety_guide(args.lang))
    return 0


# ----- live bots -----------------------------------------------------------------------------

def cmd_run(args: argparse.Namespace, config: Config) -> int:
    from bot.runner import run_bots

    return run_bots(config, args)


def cmd_discord(args: argparse.Namespace, config: Config) -> int:
    from bot.platforms.discord import invite_url

    try:
        _out(invite_url(args.application_id))
    except ValueError as exc:
        error(str(exc))
        return 2
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lookout", description="Child-safety moderation for Discord and Telegram "
                                "youth communities, and an offline scanner for exported chats.")
    p.add_argument("--config", help="config file (TOML); see config.example.toml")
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging (never includes message text "
                   "unless the level is DEBUG)")
    sub = p.add_subparsers(dest="cmd", required=True)

    c = sub.add_parser("check", help="show what the detection engine sees in messages")
    c.add_argument("--json", action="store_true", help="one JSON object per message")
    c.add_argument("--lang", help="only these packs, e.g. en,es")
    c.add_argument("--no-semantic", action="store_true", help="rules only, without the semantic layer")
    c.add_argument("text", nargs="*", help="messages (default: one per line on standard input)")
    c.set_defaults(func=cmd_check)

    r = sub.add_parser("rules", help="test or list rule packs")
    rsub = r.add_subparsers(dest="rules_cmd", required=True)
    rt = rsub.add_parser("test", help="run every example and counterexample")
    rt.add_argument("packs", nargs="*", help="pack files (default: the bundled packs)")
    rl = rsub.add_parser("list", help="list rules by category and language")
    rl.add_argument("packs", nargs="*")
    r.set_defaults(func=cmd_rules)

    sem = sub.add_parser("semantic", help="the semantic layer: check its exemplars or score messages")
    ssub = sem.add_subparsers(dest="semantic_cmd", required=True)
    st = ssub.add_parser("test", help="every exemplar must land on its side; prints held-out figures")
    st.add_argument("--thresholds", dest="verbose_thresholds", action="store_true",
                    help="also each category's threshold and held-out recall")
    sc = ssub.add_parser("score", help="read messages by meaning: best category, score, nearest example")
    sc.add_argument("--json", action="store_true")
    sc.add_argument("text", nargs="*", help="messages (default: one per line on standard input)")
    sl = ssub.add_parser("learn", help="fit the learned risk direction on labelled message sets (prints "
                         "leave-one-set-out figures first)")
    sl.add_argument("sets", nargs="+", help="labelled message sets (JSON Lines, as `lookout eval` reads)")
    sl.add_argument("--out", help="where to write the direction (default: the bundled file)")
    sl.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 when the shipped direction differs from a refit on these sets")
    sl.add_argument("--floors", metavar="P,P,...", help="also measure these floors (default: the one in use)")
    sem.set_defaults(func=cmd_semantic)

    s = sub.add_parser("scan", help="scan exported chats (DiscordChatExporter or Telegram Desktop JSON)")
    s.add_argument("--json", action="store_true", help="one JSON object per alert or nudge")
    s.add_argument("--save", metavar="DB", help="also keep each alert as a case with sealed evidence in this "
                   "database (file or URL), for `lookout cases list/show/export --db DB`")
    s.add_argument("paths", nargs="+", help="export files or folders")
    s.set_defaults(func=cmd_scan)

    e = sub.add_parser("eval", help="evaluate on labelled conversations (.json) or labelled messages (.jsonl)")
    e.add_argument("--json", action="store_true")
    e.add_argument("-q", "--quiet", action="store_true", help="message sets: figures only, no list of misses")
    e.add_argument("--sweep", action="append", metavar="NAME=START:STOP:STEP|V1,V2",
                   help="replay over a grid of the threshold and RiskWeights fields (repeatable); "
                        "prints the figures per setting and marks the Pareto-best")
    e.add_argument("labels", nargs="+", help="labels JSON file(s), or labelled message sets (.jsonl)")
    e.set_defaults(func=cmd_eval)

    g = sub.add_parser("guide", help="print the safety guide for children, or --parents for parents")
    g.add_argument("--parents", action="store_true")
    g.add_argument("--lang", default="en")
    g.set_defaults(func=cmd_guide)

    run = sub.add_parser("run", help="run the live bots (tokens from LOOKOUT_DISCORD_TOKEN / LOOKOUT_TELEGRAM_TOKEN)")
    run.add_argument("--shard-ids", help="Discord shards this process runs, e.g. 0,1")
    run.add_argument("--shard-count", type=int, help="total Discord shards across processes")
    run.set_defaults(func=cmd_run)

    d = sub.add_parser("discord", help="Discord helpers")
    dsub = d.add_subparsers(dest="discord_cmd", required=True)
    inv = dsub.add_parser("invite-url", help="print the URL that invites the bot with the permissions it needs")
    inv.add_argument("application_id", help="the application id from the Discord developer portal")
    d.set_defaults(func=cmd_discord)

    from bot.console_command import add_command as add_console

    add_console(sub)

    try:
        from bot.cli_storage import add_commands
    except ImportError:  # storage commands not available in this build
        pass
    else:
        add_commands(sub)
    return p


def _hoist_config(argv: list[str]) -> list[str]:
    """Accept `--config FILE` anywhere (`lookout scan --config x.toml PATH`), not only before the command."""
    out: list[str] = []
    hoisted: list[str] = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--":
            out += argv[i:]
            break
        if a == "--config" and i + 1 < len(argv):
            hoisted = [a, argv[i + 1]]
            i += 2
            continue
        if a.startswith("--config="):
            hoisted = [a]
            i += 1
            continue
        out.append(a)
        i += 1
    return hoisted + out


def _remember_secrets(args: argparse.Namespace, config: Config | None) -> None:
    """Every secret this run may print: tokens from the environment, passwords in any database URL."""
    REDACTOR.add_environment()
    REDACTOR.add_url(getattr(args, "db", None))
    if config is not None:
        for url in (config.storage.url, config.discord.api_base, config.discord.gateway_url,
                    config.telegram.api_base_url, config.telegram.api_base_file_url, config.telegram.webhook_url):
            REDACTOR.add_url(url)


def main(argv: Sequence[str] | None = None) -> int:
    # Before anything can log or fail: mask secrets in every record and traceback, and never die
    # on a character the terminal's encoding lacks.
    install_redaction()
    REDACTOR.add_environment()
    harden_streams()
    parser = build_parser()
    args = parser.parse_args(_hoist_config(list(sys.argv[1:] if argv is None else argv)))
    _remember_secrets(args, None)
    try:
        config = load_config(args.config)
        _remember_secrets(args, config)
        setup_logging(logging.DEBUG if args.verbose else config.log_level, config.log_file)
    except (ConfigError, LogFileError) as exc:
        error(str(exc))
        return 2
    try:
        result: int = args.func(args, config)
        return result
    except (RulePackError, StrictLoadError, ConfigError) as exc:
        error(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
