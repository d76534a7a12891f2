"""Peak memory of `lookout scan` on a big generated export: the scanner must stay far below the file size.

Writes a DiscordChatExporter (or Telegram Desktop) export of about --mb megabytes, streamed to
disk, with the seeded chat of the engine benchmark as text (about 1% grooming cues) among
--people members, then runs `lookout scan --json FILE` in a child process with output to
/dev/null and reads the child's peak resident set size (ru_maxrss). With --baseline, another
`lookout` executable (e.g. an older checkout's .venv/bin/lookout) scans the same file in the
same run, so the two figures compare side by side on one machine.

Last line: `scan-memory: FILE_MB MB export, N messages, peak RSS R MB (R/FILE x), T s, ...`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import generate_messages  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
T0 = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


def write_discord(path: Path, target_bytes: int, people: int, seed: int) -> int:
    texts = generate_messages(20_000, seed)
    authors = [{"id": str(880_000_000_000_000_000 + i), "name": f"member{i}", "discriminator": "0000",
                "nickname": f"Member {i}", "color": None, "isBot": False,
                "roles": [{"id": "900", "name": "13-15" if i % 3 == 0 else "Member", "color": None, "position": 1}],
                "avatarUrl": "https://cdn.example.invalid/avatar.png"} for i in range(people)]
    count = 0
    with path.open("w", encoding="utf-8") as out:
        out.write('{"guild": {"id": "1001", "name": "Bench Server", "iconUrl": null}, "channel": {"id": "2001", '
                  '"type": "GuildTextChat", "categoryId": null, "category": null, "name": "general", '
                  '"topic": null}, "dateRange": {"after": null, "before": null}, "messages": [')
        while out.tell() < target_bytes:
            if count:
                out.write(",")
            when = T0 + timedelta(seconds=7 * count)
            out.write(json.dumps({
                "id": str(1_100_000_000_000_000_000 + count), "type": "Default", "timestamp": when.isoformat(),
                "timestampEdited": None, "callEndedTimestamp": None, "isPinned": False,
                "content": texts[count % len(texts)], "author": authors[(count * 7919) % people],
                "attachments": [], "embeds": [], "stickers": [], "reactions": [], "mentions": [],
            }))
            count += 1
        out.write(f'], "messageCount": {count}}}')
    return count


def write_telegram(path: Path, target_bytes: int, people: int, seed: int) -> int:
    texts = generate_messages(20_000, seed)
    count = 0
    with path.open("w", encoding="utf-8") as out:
        out.write('{"name": "Bench Group", "type": "private_supergroup", "id": 5550001, "messages": [')
        while out.tell() < target_bytes:
            if count:
                out.write(",")
            when = T0 + timedelta(seconds=7 * count)
            person = (count * 7919) % people
            text = texts[count % len(texts)]
            out.write(json.dumps({
                "id": count + 1, "type": "message", "date": when.replace(tzinfo=None).isoformat(),
                "date_unixtime": str(int(when.timestamp())), "from": f"Member {person}",
                "from_id": f"user{1000 + person}", "text": text,
                "text_entities": [{"type": "plain", "text": text}],
            }))
            count += 1
        out.write("]}")
    return count


# Runs one command and prints its peak RSS in kB: a fresh parent per command, so ru_maxrss of its
# children is that command's own peak (the figure is a maximum over all children of a process).
_WRAPPER = (
    "import os, resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
)


def peak_rss_mb(command: list[str]) -> tuple[float, float, int]:
    """(peak RSS of the command in MB, seconds, its exit code)."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _WRAPPER, *command], capture_output=True, text=True, cwd=ROOT,
                          check=True)
    seconds = time.perf_counter() - start
    kilobytes, code = done.stdout.split()
    return int(kilobytes) / 1024, seconds, int(code)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=200.0, help="export size in MB (default 200)")
    parser.add_argument("--format", choices=["discord", "telegram"], default="discord")
    parser.add_argument("--people", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--baseline", help="another lookout executable to measure on the same file first")
    parser.add_argument("--keep", help="write the export here and keep it (default: a temporary file)")
    args = parser.parse_args()

    folder = tempfile.TemporaryDirectory(prefix="lookout-scan-memory-")
    path = Path(args.keep) if args.keep else Path(folder.name) / f"bench-{args.format}.json"
    writer = write_discord if args.format == "discord" else write_telegram
    messages = writer(path, int(args.mb * 1_000_000), args.people, args.seed)
    size_mb = path.stat().st_size / 1_000_000
    print(f"generated {path} ({size_mb:.0f} MB, {messages:,} messages)", file=sys.stderr)
    runs = []
    if args.baseline:
        runs.append(("baseline", [args.baseline, "scan", "--json", str(path)]))
    runs.append(("this tree", [sys.executable, "-m", "bot.cli", "scan", "--json", str(path)]))
    results = []
    for name, command in runs:
        rss, seconds, code = peak_rss_mb(command)
        results.append((name, rss, seconds, code))
        print(f"  {name}: peak RSS {rss:.0f} MB ({rss / size_mb:.2f}x the file), {seconds:.1f} s, "
              f"{messages / seconds:,.0f} msgs/s, exit {code}", file=sys.stderr)
    name, rss, seconds, code = results[-1]
    print(f"scan-memory: {size_mb:.0f} MB {args.format} export, {messages:,} messages, peak RSS {rss:.0f} MB "
          f"({rss / size_mb:.2f}x), {seconds:.1f} s, exit {code}"
          + (f"; baseline peak {results[0][1]:.0f} MB" if len(results) > 1 else ""))
    folder.cleanup()
    return 0 if code in (0, 1) else 1


if __name__ == "__main__":
    sys.exit(main())
