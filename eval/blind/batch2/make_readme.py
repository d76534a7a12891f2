"""Write README.md for blind batch 2 from stats.json and the two label files."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

INTRO = """# Blind batch 2

Written blind for Lookout's evaluation (brief: `eval/blind/WRITER_BRIEF.md`), without opening the rule
packs, tests, bench, other eval scripts or batch 1's messages and conversations. Everything is invented
and non-explicit: grooming *tactics* only; sexual steering stops at single questions/compliments of the
kind safety guidance quotes; threats mention "the pics"/"the photo" only. Numbers use the 555 range.

Rebuild and validate (deterministic):

```sh
cd /work/main && PYTHONPATH=/work/main python3 eval/blind/batch2/build.py
```

Files: `messages_src.py` -> `messages.jsonl` (part A); `grooming_convs.py`, `benign_convs.py`
(collected by `conversations.py`) -> `exports/grooming/`, `exports/benign/`, `labels_grooming.json`,
`labels_benign.json` (part B); `validate.py` checks JSON, label/category consistency, language and
category minimums, exports present, suspects/targets write, critical ids exist and are a suspect's,
Discord snowflakes match timestamps; `stats.json` holds the counts below.

Size for this batch (set by the task, smaller than the brief): >= 190 risky and >= 190 benign messages,
every category >= 12 (sexual_talk >= 18); >= 22 grooming and >= 34 benign conversations.
"""


def table(d: dict, head: str) -> str:
    out = [f"| {head} | count |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in d.items()]
    return "\n".join(out)


def main() -> None:
    st = json.loads((HERE / "stats.json").read_text(encoding="utf-8"))
    m = st["messages"]
    parts = [INTRO, "## Part A: messages.jsonl", "",
             f"{m['total']} rows: {m['label'].get('risky', 0)} risky, {m['label'].get('benign', 0)} benign. "
             f"Evasion rows: {m['evasion']} ({m['evasion_share']}% of risky).", "",
             table(m["categories"], "category (risky rows; a row may carry several)"), "",
             "| language | risky | benign | share % |", "|---|---|---|---|"]
    for k, v in m["lang"].items():
        parts.append(f"| {k} | {v.get('risky', 0)} | {v.get('benign', 0)} | {m['lang_share'][k]} |")
    parts += ["", table(m["evasion_classes"], "evasion class (first matching class per row)"), ""]
    for kind in ("grooming", "benign"):
        s = st[kind]
        labels = json.loads((HERE / f"labels_{kind}.json").read_text(encoding="utf-8"))
        stats = {c["id"]: c for c in st["conversations"]}
        parts += [f"## Part B: {kind} conversations ({s['count']})", "",
                  f"Platforms: {s['platform']}. Chat types: {s['chat']}. Languages: {s['language']}. "
                  f"Messages: {s['messages']} (longest {s['longest']}).", ""]
        for lab in labels:
            c = stats[lab["id"]]
            crit = f", critical at msg {c['critical_at']}" if c["critical_at"] else ""
            parts.append(f"- `{lab['id']}` ({lab['platform']}/{lab['chat']}, {lab['language']}, "
                         f"{c['messages']} msgs{crit}): {lab['notes']}; {', '.join(lab['tactics'])}")
        parts.append("")
    (HERE / "README.md").write_text("\n".join(parts), encoding="utf-8")
    print("README.md written")


if __name__ == "__main__":
    main()
