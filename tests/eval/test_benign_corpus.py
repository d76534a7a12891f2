"""The benign hard-negative corpus is only useful if `lookout eval` can trust it.

A label pointing at a missing or malformed export would silently shrink the benign set and make
the false-alarm rate look better than it is; a benign entry carrying a suspect would be scored
as grooming; a held-out set that shares wording with the development set would no longer tell us
anything about unseen chats. These tests guard exactly those failure modes, and check that the
committed exports are what the scripts generate (so nobody hand-edits one copy and not the other).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from eval.benign import build
from eval.benign.spec import check_spec

ROOT = Path(__file__).resolve().parents[2]
DEV_LABELS = ROOT / "eval" / "labels_benign.json"
HOLD_LABELS = ROOT / "eval" / "holdout" / "labels_benign.json"
LABEL_FILES = (DEV_LABELS, HOLD_LABELS)
LANGUAGES = ("es", "pt", "de", "fr", "ru")
DISCORD_CHANNEL_TYPES = {"GuildTextChat", "GuildPublicThread", "GuildPrivateThread", "DirectTextChat"}
TELEGRAM_CHAT_TYPES = {"personal_chat", "private_group", "private_supergroup", "public_supergroup"}


def _labels(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, list), f"{path}: top level must be a list of label entries"
    return data


def _all_entries() -> list[tuple[Path, dict[str, Any]]]:
    return [(path, entry) for path in LABEL_FILES for entry in _labels(path)]


def _check_discord(doc: dict[str, Any], where: str) -> list[str]:
    assert {"guild", "channel", "messages"} <= doc.keys(), f"{where}: not a DiscordChatExporter file"
    assert doc["channel"]["type"] in DISCORD_CHANNEL_TYPES, f"{where}: channel type {doc['channel']['type']}"
    texts = []
    for msg in doc["messages"]:
        assert {"id", "type", "timestamp", "content", "author"} <= msg.keys(), f"{where}: message {msg}"
        assert msg["id"].isdigit() and msg["author"]["id"].isdigit(), f"{where}: ids must be snowflakes"
        assert isinstance(msg["author"]["isBot"], bool) and isinstance(msg["author"]["roles"], list)
        if msg["type"] in ("Default", "Reply"):
            texts.append(msg["content"])
    return texts


def _check_telegram(doc: dict[str, Any], where: str) -> list[str]:
    assert {"name", "type", "id", "messages"} <= doc.keys(), f"{where}: not a Telegram Desktop export"
    assert doc["type"] in TELEGRAM_CHAT_TYPES, f"{where}: chat type {doc['type']}"
    texts = []
    for msg in doc["messages"]:
        assert {"id", "type", "date", "date_unixtime"} <= msg.keys(), f"{where}: message {msg}"
        if msg["type"] == "message":
            assert msg["from_id"].startswith("user") and msg["from_id"][4:].isdigit(), f"{where}: {msg}"
            text = msg["text"]
            texts.append(text if isinstance(text, str) else "".join(
                part if isinstance(part, str) else part["text"] for part in text))
    return texts


def _export_texts(labels_path: Path, entry: dict[str, Any]) -> list[str]:
    path = labels_path.parent / entry["file"]
    assert path.is_file(), f"{labels_path}: {entry['file']} does not exist"
    doc = json.loads(path.read_text(encoding="utf-8"))
    where = str(path.relative_to(ROOT))
    if entry["platform"] == "discord":
        return _check_discord(doc, where)
    return _check_telegram(doc, where)


@pytest.mark.parametrize("labels_path", LABEL_FILES, ids=["development", "holdout"])
def test_every_label_points_at_a_valid_benign_export(labels_path: Path) -> None:
    for entry in _labels(labels_path):
        assert entry["kind"] == "benign", entry["id"]
        assert entry["suspects"] == [] and entry["targets"] == [], entry["id"]
        assert entry["critical_message_id"] is None, entry["id"]
        assert entry["tactics"], f"{entry['id']}: name the look-alike features it carries"
        texts = _export_texts(labels_path, entry)
        assert 6 <= len(texts) <= 30, f"{entry['id']}: {len(texts)} messages"
        assert all(t.strip() for t in texts), f"{entry['id']}: empty message"


def test_corpus_size_and_spread() -> None:
    dev, hold = _labels(DEV_LABELS), _labels(HOLD_LABELS)
    assert len(dev) >= 60 and len(hold) >= 20
    both = dev + hold
    platforms = Counter(e["platform"] for e in both)
    assert min(platforms["discord"], platforms["telegram"]) >= 0.4 * len(both), platforms
    assert {"group", "dm", "thread"} <= {e["chat"] for e in both}
    languages = Counter(e["language"] for e in both)
    for lang in LANGUAGES:
        assert languages[lang] >= 4, f"only {languages[lang]} {lang} conversations"
        assert any(e["language"] == lang for e in hold), f"no held-out {lang} conversation"
    assert languages["en"] > len(both) / 2


def test_ids_and_files_unique_across_every_label_file() -> None:
    """Benign ids must not collide with each other nor with the grooming labels next to them."""
    paths = sorted({*LABEL_FILES, *(ROOT / "eval").glob("labels*.json"),
                    *(ROOT / "eval" / "holdout").glob("labels*.json")})
    ids = Counter(e["id"] for p in paths for e in _labels(p) if "id" in e)
    files = Counter((p.parent / e["file"]).resolve() for p in paths for e in _labels(p))
    assert [i for i, n in ids.items() if n > 1] == []
    assert [f for f, n in files.items() if n > 1] == []


def test_holdout_is_written_differently_from_the_development_set() -> None:
    """Shared sentences would leak tuning into the held-out score."""
    dev = {t.casefold() for p, e in _all_entries() if p == DEV_LABELS for t in _export_texts(p, e)}
    hold = {t.casefold() for p, e in _all_entries() if p == HOLD_LABELS for t in _export_texts(p, e)}
    assert sorted(t for t in dev & hold if len(t) > 20) == []


def test_specs_are_well_formed() -> None:
    specs = build.development_specs() + build.holdout_specs()
    assert build.problems(specs) == []
    for spec in specs:
        assert check_spec(spec) == [], spec.id
        assert len({ln.who for ln in spec.lines}) >= 2, f"{spec.id}: a conversation needs two speakers"


def test_authoring_mistakes_are_reported() -> None:
    bad = build.development_specs()[0]
    broken = type(bad)(bad.id, bad.platform, "dm", bad.community, bad.channel, bad.people[:1],
                       "0 ghost: hi\n1 ghost: hi", [], "")
    found = " ".join(check_spec(broken))
    assert "unknown speaker" in found and "lines" in found and "tactics" in found


def test_committed_exports_match_a_fresh_build(tmp_path: Path) -> None:
    """Rebuilding must reproduce the committed files byte for byte (deterministic, not hand-edited)."""
    dev_labels, hold_labels = tmp_path / "labels_benign.json", tmp_path / "holdout" / "labels_benign.json"
    build.build(tmp_path / "benign" / "exports", dev_labels, tmp_path / "holdout" / "benign" / "exports",
                hold_labels)
    for fresh, committed in ((dev_labels, DEV_LABELS), (hold_labels, HOLD_LABELS)):
        assert json.loads(fresh.read_text()) == json.loads(committed.read_text())
        for entry in _labels(fresh):
            regenerated = (fresh.parent / entry["file"]).read_bytes()
            assert regenerated == (committed.parent / entry["file"]).read_bytes(), entry["id"]


# A deliberately naive keyword list of the kind a volunteer moderator types into a platform's
# keyword filter, one group per grooming category (all six languages mixed). A benign conversation
# that trips none of it is not a *hard* negative and would flatter the detector's false-alarm rate.
NAIVE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "age_probe": (r"how old", r"what grade", r"quantos anos", r"wie alt", r"сколько тебе", r"\bi'?m 1\d\b",
                  r"\bim 1\d\b", r"\btengo 1\d", r"\btenho 1\d", r"\b1\d too\b"),
    "isolation": (r"\balone\b", r"solo en casa", r"sozinh", r"\bseule?\b", r"allein", r"дома один"),
    "secrecy": (r"secret", r"secreto", r"segredo", r"geheim", r"секрет", r"don'?t tell", r"no le digas",
                r"não conta", r"dis rien", r"не говори", r"никому", r"delete", r"borra", r"apaga", r"between us"),
    "personal_info": (r"address", r"dirección", r"endereço", r"adresse", r"адрес", r"which school",
                      r"qual escola", r"welche schule", r"в какой школе", r"phone", r"\+\d{2,3} \d"),
    "platform_move": (r"snap", r"whats ?app", r"insta", r"telegram", r"signal", r"\bdms?\b", r"\bmp\b",
                      r"privado", r"личк", r"text me", r"add me", r"friend request"),
    "photo_request": (r"pic", r"photo", r"foto", r"фото", r"selfie", r"screenshot", r"video", r"vídeo",
                      r"audio", r"\bcam", r"wearing", r"portes quoi", r"mettez quoi", r"zieht ihr"),
    "gift_offer": (r"robux", r"робукс", r"nitro", r"v-?bucks", r"gift", r"gutschein", r"brinde", r"regalo",
                   r"\beuros?\b", r"\$\d", r"£\d", r"pay"),
    "meeting": (r"\bmeet", r"quedamos", r"treffen", r"treffpunkt", r"retrouve", r"on se voit", r"встреча",
                r"pick (?:\w+ )?up", r"buscar", r"recoger", r"abholen", r"забрать", r"come over", r"sleep ?over"),
    "modeling_lure": (r"\bmodel", r"photo ?shoot", r"portfolio"),
}
_NAIVE = {cat: re.compile("|".join(words), re.IGNORECASE) for cat, words in NAIVE_KEYWORDS.items()}


def test_every_benign_conversation_would_trip_a_naive_keyword_filter() -> None:
    untouched = []
    categories: Counter[str] = Counter()
    for labels_path, entry in _all_entries():
        hit = {cat for text in _export_texts(labels_path, entry) for cat, rx in _NAIVE.items() if rx.search(text)}
        categories.update(hit)
        if not hit:
            untouched.append(entry["id"])
    assert untouched == [], "these are not hard negatives"
    # The look-alikes must cover the categories, not just one easy cue repeated.
    assert all(categories[cat] >= 5 for cat in NAIVE_KEYWORDS), categories


def test_naive_filter_is_not_trivially_matching_everything() -> None:
    """Guards the guard: ordinary chat must not trip the keyword list."""
    ordinary = ["lol that boss fight was hard", "ok see you in class", "¿has hecho los deberes?",
                "bin gleich da", "спасибо большое", "on joue ce soir ?"]
    assert [t for t in ordinary if any(rx.search(t) for rx in _NAIVE.values())] == []


AGE_OR_STAFF_ROLES = {"13-15", "16-17", "18+", "Adult", "Moderator", "Staff", "Admin"}


def test_discord_server_chats_carry_realistic_roles_and_membership() -> None:
    """Age bands and staff roles are the main benign context on Discord; without them the corpus
    would not test whether peers, staff and adult-only servers get damped."""
    newcomers = authors = 0
    for labels_path, entry in _all_entries():
        if entry["platform"] != "discord" or entry["chat"] == "dm":
            continue
        doc = json.loads((labels_path.parent / entry["file"]).read_text(encoding="utf-8"))
        writers = {m["author"]["id"]: m["author"] for m in doc["messages"] if m["type"] in ("Default", "Reply")}
        for author in writers.values():
            if author["isBot"]:
                continue  # bots carry their own managed role, not an age band
            names = {role["name"] for role in author["roles"]}
            assert names & AGE_OR_STAFF_ROLES, f"{entry['id']}: {author['nickname']} has roles {names}"
        joined = {m["author"]["id"] for m in doc["messages"] if m["type"] == "GuildMemberJoin"}
        newcomers += len(joined & writers.keys())
        authors += len(writers)
    assert authors and newcomers / authors < 0.15, "friends should mostly be long-time members"


def test_exports_read_cleanly_through_the_project_readers() -> None:
    """`lookout eval` reads these through bot.readers: every file must give one conversation with
    every message, and no ExportError (which would drop the file from the benign denominator)."""
    from bot.events import ChatExport, MessageEvent
    from bot.readers import read_file

    for labels_path, entry in _all_entries():
        results = list(read_file(str(labels_path.parent / entry["file"])))
        assert len(results) == 1, (entry["id"], results)
        chat = results[0]
        assert isinstance(chat, ChatExport), (entry["id"], chat)
        messages = [ev for ev in chat.events if isinstance(ev, MessageEvent)]
        assert [ev.message.text for ev in messages] == _export_texts(labels_path, entry), entry["id"]
        assert chat.platform == entry["platform"]
