"""Not a timing: regenerates the [keep] table of rules/data/misspellings.toml.

The near misses of rules/misspellings.py must never take a real word, in any pack language. This
reads real words from the system word lists (Debian: wamerican wbritish wngerman wfrench wspanish
witalian wdutch wpolish wportuguese wbrazilian, and hunspell-ru expanded by hunspell-tools' unmunch),
the packs' examples and counterexamples, the look-alike set and the chatterbot-corpus dialogue
(bench/background.py), and prints, as TOML, every near miss that is one of them. Paste the output
over the [keep] table after changing the vocabulary. It also warns about listed spellings that are
real words. Nothing at run time needs the word lists; tests/rules/test_misspellings.py checks the
result against the project's own text, which CI has.

Run: `.venv/bin/python bench/misspelling_keep.py > /tmp/keep.toml` (a minute or two).
"""

from __future__ import annotations

import glob
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from bench.background import CORPUS_LANGUAGES, corpus_lines  # noqa: E402
from rules import misspellings  # noqa: E402
from rules.normalize import light  # noqa: E402


def _word_lists() -> set[str]:
    """Real words from the system word lists and the project's own text (for --keep)."""
    words: set[str] = set()
    paths = [p for p in glob.glob("/usr/share/dict/*") if "README" not in p and Path(p).is_file()]
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            words.update(light(line.strip()) for line in f)
    if Path("/usr/share/hunspell/ru_RU.dic").exists():
        run = subprocess.run(["unmunch", "/usr/share/hunspell/ru_RU.dic", "/usr/share/hunspell/ru_RU.aff"],
                             capture_output=True, check=True)
        words.update(light(line) for line in run.stdout.decode("utf-8", "replace").split())
    words.update(project_words())
    return words


def project_words() -> set[str]:
    """The words of the packs' examples and counterexamples, the look-alike set and chatterbot-corpus
    dialogue (when installed): real words in the nine languages, as the light form splits them."""
    root = Path(__file__).resolve().parent.parent
    texts: list[str] = []
    for pack in sorted((root / "rules" / "packs").glob("*.toml")):
        data = tomllib.loads(pack.read_text(encoding="utf-8"))
        for rule in data.get("rule", []):
            texts.extend(rule.get("examples", []))
            texts.extend(rule.get("counterexamples", []))
    lookalikes = root / "eval" / "lookalikes" / "messages.jsonl"
    if lookalikes.exists():
        for line in lookalikes.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(str(json.loads(line).get("text", "")))
    for folder in CORPUS_LANGUAGES.values():
        texts.extend(corpus_lines(folder))
    word = re.compile(r"[^\W\d_]+")
    return {w for t in texts for w in word.findall(light(t))}


def print_keep() -> None:
    words = _word_lists()
    found = sorted(s for s in misspellings.candidate_near_misses() if s in words)
    for spelling in sorted(s for s in misspellings.listed() if s in words):
        print(f"listed spelling {spelling!r} is a real word: take it out of [spellings]", file=sys.stderr)
    print("[keep]\nwords = [")
    line = "   "
    for w in found:
        item = f' "{w}",'
        if len(line) + len(item) > 118:
            print(line)
            line = "   "
        line += item
    print(line + "\n]")


if __name__ == "__main__":
    if sys.argv[1:]:
        raise SystemExit("usage: bench/misspelling_keep.py > keep.toml   (prints the [keep] table)")
    print_keep()
