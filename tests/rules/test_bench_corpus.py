"""The benchmark corpus: same seed, same chat; the cue and disguise mix it promises; no timing here."""

import collections

import pytest

from bench.corpus import OBFUSCATIONS, Sample, generate_messages, generate_samples

_LEET_BACK = {"4": "a", "3": "e", "1": "i", "0": "o", "5": "s", "7": "t"}
_CYR_LATIN = dict(zip("аеорсхуі", "aeopcxyi", strict=True))
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_EMOJI_BACK = {"\U0001f47b": "snapchat", "\U0001f4f8": "photo", "\U0001f933": "selfie", "\U0001f92b": "secret",
               "\U0001f381": "gift", "\U0001f4b5": "money"}


def undo(sample: Sample) -> str:
    """Reverse the disguise by hand (independently of the real normaliser) to find the plain cue again."""
    text = sample.text
    if sample.obfuscation == "leet":
        return "".join(_LEET_BACK.get(ch, ch) for ch in text)
    if sample.obfuscation == "homoglyph":
        back = {**_CYR_LATIN, **{v: k for k, v in _CYR_LATIN.items()}}
        # Each disguised word mixes scripts; restore each letter to the script most of its word uses.
        words = []
        for w in text.split(" "):
            n_cyr = sum("\u0400" <= ch <= "\u04ff" for ch in w)
            n_lat = sum("a" <= ch <= "z" for ch in w)
            if n_cyr and n_lat:
                to_latin = n_lat >= n_cyr
                w = "".join(back.get(ch, ch) if ("\u0400" <= ch <= "\u04ff") == to_latin else ch for ch in w)
            words.append(w)
        return " ".join(words)
    if sample.obfuscation == "zero_width":
        return text.translate(_ZERO_WIDTH)
    if sample.obfuscation == "emoji":
        return "".join(_EMOJI_BACK.get(ch, ch) for ch in text)
    return text


def compact(text: str) -> str:
    return "".join(ch for ch in text if ch not in " .-")


def test_same_seed_same_messages_other_seed_other_messages() -> None:
    a = generate_messages(3000, seed=11)
    assert a == generate_messages(3000, seed=11)
    assert a != generate_messages(3000, seed=12)
    assert [s.text for s in generate_samples(3000, seed=11)] == a


@pytest.mark.parametrize(("n", "rate"), [(20_000, 0.01), (5_000, 0.1), (1_000, 0.0)])
def test_exact_cue_count_half_disguised_evenly_across_techniques(n: int, rate: float) -> None:
    samples = generate_samples(n, seed=3, cue_rate=rate)
    assert len(samples) == n
    cues = [s for s in samples if s.cue is not None]
    assert len(cues) == round(n * rate)
    kinds = collections.Counter(s.obfuscation for s in cues)
    disguised = len(cues) // 2
    assert kinds[None] == len(cues) - disguised
    per_kind = disguised // len(OBFUSCATIONS)
    for how in OBFUSCATIONS:
        assert per_kind <= kinds[how] <= per_kind + 1, (how, kinds)
    assert all(s.obfuscation is None for s in samples if s.cue is None)


def test_plain_cues_appear_verbatim_and_disguised_ones_hide_then_reverse_to_the_cue() -> None:
    samples = [s for s in generate_samples(20_000, seed=5) if s.cue is not None]
    assert samples
    for s in samples:
        assert s.cue is not None
        if s.obfuscation is None:
            assert s.cue in s.text
            continue
        assert s.cue not in s.text, s  # the disguise really changed something
        if s.obfuscation == "spaced":
            assert compact(s.cue) in compact(s.text), s
            assert len(s.text.split()) > len(s.cue.split()) or "." in s.text or "-" in s.text, s
        else:
            assert s.cue in undo(s), s


def test_benign_chat_is_short_varied_and_partly_non_ascii() -> None:
    benign = [s.text for s in generate_samples(20_000, seed=9) if s.cue is None]
    assert all(0 < len(t) <= 120 for t in benign)
    assert len(set(benign)) > len(benign) // 4  # not a handful of lines repeated
    non_ascii = sum(not t.isascii() for t in benign) / len(benign)
    assert 0.05 < non_ascii < 0.4  # emoji and other languages, as in real youth servers
    # Look-alikes (innocent lines a keyword filter would flag) are present but rare.
    lookalikes = sum("send a pic of your" in t or "add me on" in t for t in benign) / len(benign)
    assert 0.0005 < lookalikes < 0.05


@pytest.mark.parametrize(("n", "rate"), [(-1, 0.01), (10, 1.5), (10, -0.1)])
def test_bad_arguments_are_refused(n: int, rate: float) -> None:
    with pytest.raises(ValueError):
        generate_messages(n, seed=1, cue_rate=rate)
