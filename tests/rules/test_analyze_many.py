"""Engine.analyze_many must give exactly what analyze gives, message by message.

The batch path takes its own shortcuts (one normaliser pass and one automaton pass over many
messages joined together, needles that say which messages need a closer look), so every field of
every Detection is compared with the one-message path: on benchmark chat, on the seeded random
strings the normaliser's reference test uses (every disguise, script and odd character it cares
about), on every example of the bundled packs, and on input the batch cannot take.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.corpus import generate_messages
from rules.engine import Engine, build_engine, load_default_engine
from rules.normalize import BATCH_NEEDLES, BATCH_SEP, batch_forms, forms
from rules.packs_loader import bundled_pack_paths
from tests.rules.test_engine import SLOW_PACK, SLOW_TEXT
from tests.rules.test_normalize_reference import random_strings


@pytest.fixture(scope="module")
def engine() -> Engine:
    return load_default_engine()


def _same(engine: Engine, texts: list[object], size: int) -> None:
    want = [engine.analyze(t) for t in texts]
    got = []
    for start in range(0, len(texts), size):
        got.extend(engine.analyze_many(texts[start:start + size]))
    assert len(got) == len(want)
    wrong = [(w, g) for w, g in zip(want, got, strict=True) if w != g]
    assert not wrong, f"{len(wrong)} of {len(texts)} differ, e.g. {wrong[:3]}"


@pytest.mark.parametrize("size", [2, 3, 1000])
def test_same_as_analyze_on_chat(engine: Engine, size: int) -> None:
    texts: list[object] = list(generate_messages(6000, seed=5, cue_rate=0.1))
    assert sum(bool(engine.analyze(t).hits) for t in texts) > 300  # the comparison covers real hits
    _same(engine, texts, size)


@pytest.mark.parametrize("seed", [1, 2])
def test_same_as_analyze_on_random_strings(engine: Engine, seed: int) -> None:
    _same(engine, list(random_strings(3000, seed)), 500)


def test_same_as_analyze_on_pack_examples(engine: Engine) -> None:
    texts: list[object] = [ex for r in engine.rules for ex in (*r.examples, *r.counterexamples)]
    texts += [text for a in engine.ages for text, _age in a.examples]
    _same(engine, texts, 1000)


def test_spaced_out_letters_at_every_place_in_a_message(engine: Engine) -> None:
    """The batch only re-reads messages whose needles say a spaced-out run may change."""
    runs = ["s e n d", "k i a", "a . i . u", "r u a", "a-i-u", "x y z", "i am a cat", "p.i.c", "s_n_a_p",
            "a * b * c", "u r a", "2 4 u", "a. b. c", "sn a p", "k  i  k"]
    texts: list[object] = [f"{before}{run}{after}" for run in runs
                           for before, after in (("", ""), ("ok ", ""), ("", " pls"), ("(", ")"), ("😂 ", " 😂"))]
    assert sum(engine.analyze(t).normalized != str(t).lower() for t in texts) > 20
    _same(engine, texts, len(texts))
    _same(engine, texts, 2)


def test_odd_input_in_a_batch(engine: Engine) -> None:
    odd: list[object] = [
        "send me a pic", b"s3nd p1c \xff", 12345, "x" * 200_001, f"add me on snap{BATCH_SEP}now", "",
        " im 13 ", "\ud800 send pic", "i'm 13", "ЅЕND ріс", "sooo cute", "s.e.n.d a p.i.c", "ok",
    ]
    _same(engine, odd, len(odd))
    assert engine.analyze_many([]) == []
    assert engine.analyze_many(["im 13"]) == [engine.analyze("im 13")]
    assert engine.analyze_many(iter(["a", "b"])) == [engine.analyze("a"), engine.analyze("b")]


def test_batch_forms_vouches_only_for_plain_text() -> None:
    texts = ["hello there", "héllo", "  two  spaces", "send 👻", "привет", "x"]
    batch = batch_forms(texts)
    assert batch.lows == [t.lower() for t in texts]
    assert batch.joined == BATCH_SEP.join(batch.lows)
    assert [batch.joined[batch.ends[i] - len(low):batch.ends[i]] for i, low in enumerate(batch.lows)] == batch.lows
    assert batch.others == {1, 3, 4}  # accents, an emoji with a meaning and Cyrillic are not plain
    # White space to collapse is left to the "other" needles, which the caller looks for.
    others = {needle for needle, kind in BATCH_NEEDLES.items() if kind == "other"}
    flagged = {i for i, low in enumerate(batch.lows) if any(n in f"{BATCH_SEP}{low}{BATCH_SEP}" for n in others)}
    assert flagged == {2}
    for i in set(range(len(texts))) - batch.others - flagged:
        assert forms(texts[i], squeeze=False)[:3] == (batch.lows[i], batch.lows[i], True)


def test_packs_the_batch_cannot_take_fall_back_to_one_by_one(tmp_path: Path) -> None:
    # An anchor mixing ASCII with an inert symbol cannot be found in the batch's ASCII bytes.
    pack = tmp_path / "arrow.toml"
    pack.write_text(
        '[pack]\nid = "arrow"\nlanguage = "en"\n\n[[rule]]\nid = "arrow.platform_move.go"\n'
        'category = "platform_move"\nweight = 0.5\npatterns = [\'go → dm\']\nexamples = ["go → dm"]\n',
        encoding="utf-8")
    engine = build_engine([pack])
    assert not engine._batchable
    texts: list[object] = ["go → dm", "hello", "GO → DM now"]
    assert [d.rules for d in engine.analyze_many(texts)] == [["arrow.platform_move.go"], [], ["arrow.platform_move.go"]]
    _same(engine, texts, 3)


def test_time_outs_add_up_in_message_order(tmp_path: Path) -> None:
    """A user pattern that times out is switched off after five; batches must count as one by one."""
    pack = tmp_path / "slow.toml"
    pack.write_text(SLOW_PACK, encoding="utf-8")
    slow = SLOW_TEXT
    # Slow lines taking every path of the batch: plain, accented (one by one), squeezed, with a digit.
    texts: list[object] = ["hello", slow, "café " + slow, "sooo " + slow, slow + " 13", "ok",
                           "héllo " + slow, slow, slow, "bye"]
    one_by_one = build_engine([], user_paths=[pack])
    want = [one_by_one.analyze(t) for t in texts]
    assert sum(bool(d.errors) for d in want) == 5  # the sixth slow line finds the rule switched off
    assert build_engine([], user_paths=[pack]).analyze_many(texts) == want


def test_the_bundled_packs_can_be_batched() -> None:
    """A non-ASCII anchor in any bundled pack (an Italian 'terza° media' did) sends every scan one message at a time."""
    engine = build_engine(bundled_pack_paths())
    assert engine._batchable
