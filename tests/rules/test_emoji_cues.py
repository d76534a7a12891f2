"""Cues written in emoji alone (rules/emoji_cues.py): the sequence is the cue, one emoji is not."""

import pytest

from rules.emoji_cues import cue_emoji
from rules.engine import build_engine
from rules.normalize import is_plain
from rules.packs_loader import bundled_pack_paths


@pytest.fixture(scope="module")
def engine():  # type: ignore[no-untyped-def]
    return build_engine(bundled_pack_paths(["en", "de", "ru"]))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("👻❓", "platform_move"), ("📸➡️📩", "photo_request"), ("📷 👉 📨 bitte", "photo_request"),
        ("🤫🤐", "secrecy"), ("🤐🤫 обещаешь?", "secrecy"), ("🎁↔️📸", "gift_offer"), ("🎁↔️📸", "photo_request"),
        ("🚗📍 samstag?", "meeting"), ("🏠👤❓", "isolation"), ("🛌❓😏", "sexual_talk"),
        ("📸🏻➡️📩", "photo_request"),  # a skin tone between them
    ],
)
def test_sequences_are_cues(engine, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in {h.category for h in engine.analyze(text).hits if h.rule_id.startswith("emoji.")}


@pytest.mark.parametrize(
    "text",
    ["📸 vom Ausflug", "👻🎃 happy halloween", "🤫 no spoilers", "🎁🎉 alles gute", "🚗 stau", "🏠 endlich zuhause",
     "🛏️ gn", "➡️📩 see pinned"],
)
def test_single_emoji_are_not(engine, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [h.rule_id for h in engine.analyze(text).hits if h.rule_id.startswith("emoji.")]


def test_cue_emoji_are_never_plain_so_batches_see_them(engine) -> None:  # type: ignore[no-untyped-def]
    assert cue_emoji() and not any(is_plain(f"ok {e}") for e in cue_emoji())
    assert engine._batchable
    texts = ["hi", "🚗📍 sat?", "ok", "🏠👤❓", "gg", "📸 nice"]
    assert [d.rules for d in engine.analyze_many(texts)] == [engine.analyze(t).rules for t in texts]
