"""Regenerate README.md from stats.json (written by validate.py) and the two label files."""

from __future__ import annotations

import collections
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

HEADER = """# Blind evaluation batch 1 (Discord gaming/fandom servers, school Telegram groups)

Written blind: the writer read only the brief, `eval/README.md`, `eval/corpus_writer.py`,
`eval/grooming/script.py`, `eval/benign/spec.py` and the shared background note. No rule, test,
bench, export or existing conversation script was opened. All people, handles, servers and phone
numbers (555 ranges) are invented. Everything is non-explicit: tactics only, and threats refer to
"the photo/the pics".

## Files

| file | what |
|---|---|
| `messages.jsonl` | Part A: single messages (`text, lang, label, categories, age, note`) |
| `messages_src.py` | source of `messages.jsonl` (separator helpers insert the real Unicode characters) |
| `grooming_convs.py`, `benign_convs.py` | Part B scripts in the `WHO [+delay] [^] [!]: text` notation of `eval/grooming/script.py` |
| `conversations.py` | exposes `GROOMING` and `BENIGN` |
| `build.py` | writes `exports/grooming/`, `exports/benign/`, `labels_grooming.json`, `labels_benign.json`, regenerates `messages.jsonl`, runs `validate.py`, then this README via `make_readme.py` |
| `validate.py` | checks JSON lines, label/category consistency, quotas, that exports exist, that suspects/targets write, that critical ids exist and are by a suspect, and that Discord snowflakes match timestamps; writes `stats.json` |

Rebuild (deterministic, byte-identical): `cd /work/main && PYTHONPATH=/work/main python3 /work/blind/batch1/build.py`
Score: `lookout eval /work/blind/batch1/labels_grooming.json` and `.../labels_benign.json`.

## Part A: messages.jsonl
"""

NOTES = """
## Judgement calls (worth a second look)

- Critical lines follow eval/README.md, plus the brief's addition that sexual talk from an adult or unknown
  person to a child is critical. Where an "are you in bed?" comes before other moves, that line is marked
  (b1g10, b1g20). In b1g14 a 29-year-old asks a 12-year-old "have u ever had a bf?" one line *before* the marked
  "never kissed anyone?". I judged the boyfriend question not yet unambiguous, so a detector alerting on it is
  early, not wrong.
- Unconditional gifts (nitro in b1g02, v-bucks in b1g03/b1g27, diamonds in b1g22, a steam card in b1g19) are not
  marked. The mark goes where something is asked in return.
- b1g16: the stranger's public casting call ("casting 11-14 year olds") is a modelling lure but not critical.
  The mark is the targeted private photo request.
- b1g07 and b1g22: the child shows cues first (asks the suspect's age, posts her own snap). The suspects are
  still the ones marked.
- b1g03: one suspect, two targets in one channel. b1g04, b1g09, b1g19: the suspect is a long-time member (no join
  event, old account; in b1g09 the suspect even has the "Adult"/"TO" roles).
- Benign b1b11 and b1b12 quote or report someone else's grooming moves. The offender never writes in the chat.
- Benign b1b24 (adult card traders) deliberately uses the same Pokémon-card pretext as grooming b1g14.
- Message counts and critical positions count real messages only (join events excluded).
"""


def main() -> None:
    st = json.loads((HERE / "stats.json").read_text(encoding="utf-8"))
    m = st["messages"]
    g = json.loads((HERE / "labels_grooming.json").read_text(encoding="utf-8"))
    b = json.loads((HERE / "labels_benign.json").read_text(encoding="utf-8"))
    conv = {c["id"]: c for c in st["conversations"]}
    rows = [json.loads(line) for line in (HERE / "messages.jsonl").read_text(encoding="utf-8").splitlines()]
    out = [HEADER, f"{m['total']} rows: {m['label']['risky']} risky, {m['label']['benign']} benign.\n",
           "| lang | rows | share | risky | benign |", "|---|---|---|---|---|"]
    for k in ["en", "es", "pt", "de", "fr", "ru", "it", "nl", "pl"]:
        v = m["lang"][k]
        out.append(f"| {k} | {v.get('risky', 0) + v.get('benign', 0)} | {m['lang_share'][k]}% | "
                   f"{v.get('risky', 0)} | {v.get('benign', 0)} |")
    out.append(f"\nit+nl+pl together: {sum(m['lang_share'][k] for k in ['it', 'nl', 'pl']):.1f}%.\n")
    out += ["Risky rows per category (a row can carry several):\n", "| category | rows |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in m["categories"].items()]
    out += [f"\nEvasion rows: {m['evasion']} of {m['label']['risky']} risky ({m['evasion_share']}%); their note "
            "starts with `evasion:`. By class:\n", "| evasion class | rows |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in m["evasion_classes"].items()]
    ages = collections.Counter(r["label"] for r in rows if r["age"] is not None)
    out.append(f"""
Declared ages (`age` not null): {ages['risky']} risky rows (suspects posing as 14-17 or declaring 19/22) and
{ages['benign']} benign rows (kids 12-14 giving their own age, adults 28-40).

Benign rows are hard look-alikes in all nine languages: server rules and mod notices naming the tactics,
class exercises quoting a grooming line, homework/notes/drawing photos, teacher practice videos, in-game
friend requests, parents' pick-ups with family context, 'are you home? dinner', parents asking an address
for an invitation, 'how old is your dog', 'my sister is a model', birthday ages and gift lists, adults
dating or meeting adults, surprise-party secrets, peer skin/robux trades, peers asking 'what are you wearing
to the party'.

## Part B: conversations
""")
    for kind in ["grooming", "benign"]:
        r = st[kind]
        out.append(f"**{kind}**: {r['count']} conversations, {r['messages']} messages (longest {r['longest']}); "
                   f"platform {r['platform']}; chat {r['chat']}; language {r['language']}.\n")
    out.append("""Exports: Discord = DiscordChatExporter JSON (group = text channel, thread = public thread,
private_thread, dm); Telegram = Telegram Desktop single-chat JSON (group = private supergroup,
thread = public supergroup, private_thread = private group, dm = personal chat). Newcomers appear with a join event.

### Grooming (critical = 1-based position of the `!` line among the messages)

| id | platform/chat | lang | msgs | critical at | summary |
|---|---|---|---|---|---|""")
    for lab in g:
        c = conv[lab["id"]]
        out.append(f"| {lab['id']} | {lab['platform']}/{lab['chat']} | {lab['language']} | {c['messages']} | "
                   f"{c['critical_at']} | {lab['notes']} |")
    out.append("""
### Benign hard negatives

| id | platform/chat | lang | msgs | look-alike cues | summary |
|---|---|---|---|---|---|""")
    for lab in b:
        c = conv[lab["id"]]
        out.append(f"| {lab['id']} | {lab['platform']}/{lab['chat']} | {lab['language']} | {c['messages']} | "
                   f"{', '.join(lab['tactics'])} | {lab['notes']} |")
    out.append(NOTES)
    (HERE / "README.md").write_text("\n".join(out), encoding="utf-8")
    print("wrote README.md")


if __name__ == "__main__":
    main()
