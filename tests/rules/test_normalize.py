"""The normaliser maps evasive spellings onto the plain form and leaves numbers alone."""

import pytest

from rules.normalize import normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("S3ND P1C pls", "send pic pls"),
        ("ph0t0", "photo"),
        ("$nap me", "snap me"),
        ("@dd me", "add me"),
        ("s e n d", "send"),
        ("s.n.a.p", "snap"),
        ("s-n-a-p", "snap"),
        ("w h a t s a p p", "whatsapp"),
        ("sooo pleeease", "so please"),
        ("𝐬𝐞𝐧𝐝 ｐｉｃ", "send pic"),
        ("se\u200bnd pi\u200dc", "send pic"),
        ("s\u0435nd", "send"),  # Cyrillic е inside a Latin word
        ("send a \u0440\u0456\u0441", "send a pic"),  # a whole look-alike word in a Latin message
        ("are u al0ne?", "are u alone?"),
        ("add me on 👻", "add me on snapchat"),
        ("🤫 ok", "secret ok"),
        ("¿Dónde vives?", "¿donde vives?"),
        ("you\u2019re", "you're"),
    ],
)
def test_evasions_map_to_plain_form(raw: str, expected: str) -> None:
    assert normalize(raw).full == expected


@pytest.mark.parametrize("raw", ["im 13", "13f", "13yo", "7th grade", "at 5pm", "1000 robux", "2nd"])
def test_numbers_stay_numbers(raw: str) -> None:
    assert normalize(raw).full == raw


def test_mixed_script_word_maps_to_cyrillic_when_mostly_cyrillic() -> None:
    assert normalize("прив\u0435т").light == "привет"
    assert normalize("привeт").light == "привет"  # Latin e inside a Cyrillic word


def test_light_form_keeps_leet_for_age_and_phone_rules() -> None:
    n = normalize("S3nd  it   @ 5pm")
    assert n.light == "s3nd it @ 5pm"
    assert n.full.startswith("send it")


@pytest.mark.parametrize(
    "raw",
    ["", " ", "\x00\x01\x02", "\ud800 lone surrogate", "ÿ" * 10, "a" * 1_000_000, "🙂" * 5000, "ab\u0301\u0302\u0303c"],
)
def test_never_raises(raw: str) -> None:
    n = normalize(raw)
    assert isinstance(n.full, str) and isinstance(n.light, str)


def test_plain_russian_is_left_alone() -> None:
    assert normalize("скинь фото").full == "скинь фото"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\u0430r\u0435 y\u043eu \u0430l\u043en\u0435?", "are you alone?"),  # Cyrillic а/е/о around Latin letters
        ("cut3", "cute"),
        ("fr33 r0bux", "free robux"),
        ("53nd p1c", "send pic"),  # not an ordinal
        ("d0nt t3ll any1", "dont tell anyone"),
        ("r u a freshman", "r u a freshman"),  # chat's one-letter words are not a spelled-out word
        ("hit me up on k.i.k", "hit me up on kik"),  # but dotted letters are
        ("k i k me", "kik me"),
        ("let's m.e.e.t up", "let's meet up"),  # the contraction's s does not start the run
        ("3d model", "3d model"),
        ("22nd", "22nd"),
        ("1v1 me on ps5", "1v1 me on ps5"),
    ],
)
def test_more_evasions_and_things_left_alone(raw: str, expected: str) -> None:
    assert normalize(raw).full == expected


def test_marks_and_decompositions_live_where_the_table_looks() -> None:
    """_mark_table only scans MARK_RANGES; no code point outside them may need its work."""
    import sys
    import unicodedata

    from rules.normalize import MARK_RANGES

    def inside(code: int) -> bool:
        return any(lo <= code < hi for lo, hi in MARK_RANGES)

    outside = [c for c in range(sys.maxunicode + 1) if not inside(c) and (
        unicodedata.combining(chr(c)) or (unicodedata.decomposition(chr(c)) or "<")[0] != "<")]
    assert outside == []


def test_is_plain_matches_its_definition_for_every_symbol() -> None:
    """The two-search is_plain against the plain definition: ASCII, or ASCII plus inert symbols."""
    from rules.normalize import _EMOJI_BLOCK, _inert_symbols, is_plain

    inert = _inert_symbols()
    codes = [*range(0x80, 0x3000), *range(_EMOJI_BLOCK[0] - 16, _EMOJI_BLOCK[1] + 17), 0x10FFFF]
    wrong = [hex(c) for c in codes if is_plain(f"ok {chr(c)} go") != (chr(c) in inert)]
    assert wrong == []
    assert len(inert) > 1000 and is_plain("gg 😂 nice") and not is_plain("send 📸") and not is_plain("héllo")


def test_latin1_accent_stripping_equals_decomposition() -> None:
    import unicodedata

    from rules.normalize import _strip_marks

    text = "".join(map(chr, range(256)))
    want = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    assert _strip_marks(text) == want
    assert _strip_marks(text + "й") == want + "и"  # beyond Latin-1: the general path


# ----- issue 10: one separator between every letter, currency signs as letters --------------------

@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("k\u2066e\u2069e\u2068p q\u2067u\u2069i\u2066e\u2069t", "keep quiet"),  # bidi isolates
        ("p\U000e0020h\U000e0062o\U000e0020t\U000e0064o pls", "photo pls"),  # tag characters
        ("s\U000e0101n\U000e0102a\U000e0103p", "snap"),  # variation selectors beyond the BMP
        ("s\x01n\x02a\x03p me", "snap me"),  # C0 controls
        ("s\x85n", "s n"),  # NEL is white space, not a control to delete
        ("al\u0093one?", "alone?"),  # C1 controls
        ("t-e-l-e-g-r-a-m", "telegram"),
        ("s_n_a_p_c_h_a_t", "snapchat"),
        ("w.h.a.t a.r.e y.o.u d.o.i.n.g", "what are you doing"),  # dots spell, spaces split words
        ("e.s.t.a.s s.o.l.a?", "estas sola?"),
        ("т.ы о.д.н.а?", "ты одна?"),
        ("t e s  s e u l e  ?", "tes seule ?"),  # wider gaps split the words
        ("b i s t  d u  a l l e i n", "bist du allein"),
        ("s€nd", "send"), ("j€ paie", "je paie"), ("£ater", "later"), ("di$cord", "discord"),
        ("скинь ф0тку", "скинь фотку"), ("в сн@п", "в снап"),  # substitutes in Cyrillic words
    ],
)
def test_letters_split_by_one_separator_are_joined(raw: str, expected: str) -> None:
    assert normalize(raw).full == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("e.g. a cat", "eg a cat"),  # not "egacat"
        ("A - B", "a - b"),
        ("team A  vs  team B", "team a vs team b"),
        ("r u a  girl", "r u a girl"),
        ("it costs 25€", "it costs 25€"), ("£5 or $5", "£5 or $5"), ("5€ each", "5€ each"),
        ("ok\u2066 \u2069fine", "ok fine"),
    ],
)
def test_ordinary_text_stays_sane(raw: str, expected: str) -> None:
    assert normalize(raw).full == expected
