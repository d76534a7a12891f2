"""Engine start-up benchmark: building the engine with no cache, with an empty cache, and with a warm one.

Each start-up runs in a fresh Python process (as `lookout run` or `lookout scan` would start), timed
from before the engine is built until it is ready, and then over its first messages, where a warm
start pays for the patterns it compiles at first use (rules/startup_cache.py, LazyPattern):
- off:  LOOKOUT_NO_ENGINE_CACHE=1, every check at every start (what start-up cost before the cache);
- cold: an empty cache folder: every check, and the answers written;
- warm: the folder the cold run wrote: the checks are skipped.
The three run in turn, `--rounds` times, and the best of each is kept (noise only makes a run slower),
so the ratios mean something on a busy machine. Last line:
`startup: warm W s, cold C s, off O s (W/O = x), first N msgs +F s warm vs +G s off`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, sys, time
t0 = time.perf_counter()
from rules.engine import build_engine
from rules.packs_loader import bundled_pack_paths
langs = sys.argv[1].split(",") if sys.argv[1] else None
engine = build_engine(bundled_pack_paths(langs))
t1 = time.perf_counter()
from bench.corpus import generate_messages
texts = generate_messages(int(sys.argv[2]), 2024)
t2 = time.perf_counter()
for t in texts:
    engine.analyze(t)
t3 = time.perf_counter()
print(json.dumps({"build": t1 - t0, "first": t3 - t2, "rules": len(engine.rules)}))
"""


def start(mode: str, cache_home: Path, languages: str, messages: int) -> dict[str, float]:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache_home), PYTHONPATH=str(ROOT))
    env.pop("LOOKOUT_NO_ENGINE_CACHE", None)
    if mode == "off":
        env["LOOKOUT_NO_ENGINE_CACHE"] = "1"
    out = subprocess.run([sys.executable, "-c", CHILD, languages, str(messages)], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--languages", default="", help="comma-separated packs (default: all bundled)")
    ap.add_argument("--messages", type=int, default=20_000, help="first messages analysed after start-up")
    args = ap.parse_args()
    best: dict[str, dict[str, float]] = {}
    rules = 0
    print(f"Lookout start-up benchmark: packs {args.languages or 'all bundled'}, best of {args.rounds} rounds, "
          f"each start-up a fresh process")
    for r in range(args.rounds):
        with tempfile.TemporaryDirectory(prefix="lookout-startup-") as tmp:
            home = Path(tmp)
            for mode in ("off", "cold", "warm"):  # warm reads what cold wrote in this round
                got = start(mode, home, args.languages, args.messages)
                rules = int(got["rules"])
                print(f"round {r + 1}: {mode:4s} build {got['build']:6.2f} s, first {args.messages:,} msgs "
                      f"{got['first']:6.2f} s", flush=True)
                for key in ("build", "first"):
                    best.setdefault(mode, {})[key] = min(best.get(mode, {}).get(key, float("inf")), got[key])
    off, cold, warm = best["off"], best["cold"], best["warm"]
    print(f"rules: {rules}")
    print(f"{'mode':6s} {'build (s)':>10s} {'first msgs (s)':>15s} {'build + first':>14s}")
    for name, b in (("off", off), ("cold", cold), ("warm", warm)):
        print(f"{name:6s} {b['build']:10.2f} {b['first']:15.2f} {b['build'] + b['first']:14.2f}")
    print(f"startup: warm {warm['build']:.2f} s, cold {cold['build']:.2f} s, off {off['build']:.2f} s "
          f"(warm/off = {warm['build'] / off['build']:.2f}), first {args.messages:,} msgs "
          f"+{warm['first']:.2f} s warm vs +{off['first']:.2f} s off")


if __name__ == "__main__":
    main()
