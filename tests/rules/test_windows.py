"""Long texts are read in bounded, overlapping windows, and nothing in them is missed.

A message is never cut any more: a cue after 100,000 invisible characters, or after a pasted book,
or across the edge between two windows, is found exactly as in a short message.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rules.engine import Engine, build_engine, load_default_engine
from rules.windows import LONGEST_MATCH, WINDOW_CHARS, WINDOW_STEP, accepts, windows, windows_holding

CUE = "can you send me a pic of you"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return load_default_engine()


@pytest.mark.parametrize("length", [0, 1, WINDOW_CHARS, WINDOW_CHARS + 1, 3 * WINDOW_CHARS + 17, 100_000])
def test_windows_cover_the_text_and_hold_every_short_span(length: int) -> None:
    spans = windows(length)
    assert spans[0][0] == 0 and spans[-1][1] == length
    assert all(hi - lo <= WINDOW_CHARS for lo, hi in spans)
    assert all(b[0] < a[1] for a, b in zip(spans, spans[1:], strict=False))  # they overlap
    for start in range(0, max(length - 1, 1), 997):
        end = min(start + LONGEST_MATCH, length)
        held = windows_holding(start, end, len(spans))
        assert held, (start, end)
        for k in held:
            assert spans[k][0] <= start and end <= spans[k][1]
        # In at least one of them the span is far enough from a cut edge to be trusted.
        assert any(accepts(end, spans[k][1], length) for k in held)


def test_a_cue_after_100k_invisible_characters(engine: Engine) -> None:
    det = engine.analyze("\u200b" * 100_000 + CUE)
    assert "photo_request" in det.categories and det.normalized == CUE


def test_a_cue_after_100k_visible_characters(engine: Engine) -> None:
    text = "ok lol " * 15_000 + CUE + " thanks"
    det = engine.analyze(text)
    assert "photo_request" in det.categories
    hit = det.hits[0]
    assert det.normalized[hit.start:hit.end] == hit.matched and hit.start > 100_000


@pytest.mark.parametrize("edge", [1, 2, 5])
def test_a_cue_across_every_part_of_a_window_edge(engine: Engine, edge: int) -> None:
    """The cue starts anywhere around the edge between two windows: it is found each time."""
    want = engine.analyze(CUE).rules
    for shift in range(-len(CUE) - 300, 300, 7):
        filler = "x " * ((edge * WINDOW_STEP + shift) // 2)
        det = engine.analyze(filler + CUE + " ok" * 2000)
        assert det.rules == want, shift


def test_a_cut_word_is_not_mistaken_for_a_cue(tmp_path: Path) -> None:
    """At a window's edge `\\b` sees the edge, not the letters after it: such matches are left out."""
    pack = tmp_path / "p.toml"
    pack.write_text('[pack]\nid = "p"\nlanguage = "en"\n[[rule]]\nid = "p.secrecy.secret"\n'
                    "category = \"secrecy\"\npatterns = ['\\bsecret\\b']\n", encoding="utf-8")
    engine = build_engine([pack], routing=False)  # the filler, "y y y", reads as Spanish
    for shift in range(-12, 12):
        start = WINDOW_CHARS - len("secret") + shift
        text = ("y " * start)[:start - 1] + " secretary" + " y" * 3000  # "secretary" at `start`
        assert engine.analyze(text).rules == [], shift
        assert engine.analyze(text.replace("secretary", "secret ok")).rules == ["p.secrecy.secret"], shift


def test_unless_anywhere_in_a_long_message_cancels(tmp_path: Path) -> None:
    pack = tmp_path / "p.toml"
    pack.write_text('[pack]\nid = "p"\nlanguage = "en"\n[[rule]]\nid = "p.photo_request.pic"\n'
                    "category = \"photo_request\"\npatterns = ['send (?:me )?a pic']\nunless = ['\\bpuppy\\b']\n",
                    encoding="utf-8")
    engine = build_engine([pack])
    far = " ok" * 20_000
    assert engine.analyze("send me a pic" + far).rules == ["p.photo_request.pic"]
    assert engine.analyze("send me a pic" + far + " of the puppy").rules == []
    assert engine.analyze("the puppy" + far + " send me a pic").rules == []


def test_a_declared_age_far_into_a_long_message(engine: Engine) -> None:
    assert engine.analyze("ok " * 30_000 + "btw im 13").declared_age == 13


def test_emoji_words_that_grow_past_a_window(engine: Engine) -> None:
    """👻 becomes " snapchat ": 1,000 characters of them are 10,000 of normalised text."""
    det = engine.analyze("👻" * 1_000 + " add me on 👻")
    assert len(det.normalized) > WINDOW_CHARS and "platform_move" in det.categories


def test_raw_rules_in_long_text_whose_lower_case_has_another_length(tmp_path: Path) -> None:
    pack = tmp_path / "p.toml"
    pack.write_text('[pack]\nid = "p"\nlanguage = "en"\n[[rule]]\nid = "p.secrecy.code"\n'
                    "category = \"secrecy\"\non = \"raw\"\npatterns = ['CODE-4242']\n", encoding="utf-8")
    engine = build_engine([pack])
    text = "İ" * 6_000 + " CODE-4242"  # "İ".lower() is two characters
    assert engine.analyze(text).rules == ["p.secrecy.code"]


def test_analyze_many_reads_long_messages_the_same_way(engine: Engine) -> None:
    texts: list[object] = ["hi", "\u200b" * 50_000 + CUE, "ok " * 20_000 + "im 14", CUE]
    assert engine.analyze_many(texts) == [engine.analyze(t) for t in texts]
