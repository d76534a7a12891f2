"""Engine behaviour on small packs written inside the tests: loading, errors, prefilter, unless, ages."""

from pathlib import Path

import pytest

from rules.anchors import extract_anchors, required_literals
from rules.engine import StrictLoadError, build_engine
from rules.packs_loader import RulePackError, load_pack

PACK = '''
[pack]
id = "t"
language = "en"

[[rule]]
id = "t.platform_move.add_me"
category = "platform_move"
weight = 0.6
patterns = ['\\badd me on (?:snap(?:chat)?|insta|kik)\\b']
unless = ['\\bmy (?:cat|dog)\\b']
examples = ["add me on snap", "@dd me 0n 👻", "a d d me on s.n.a.p"]
counterexamples = ["add me on roblox", "add me on snap to see my cat"]

[[rule]]
id = "t.photo_request.send_pic"
category = "photo_request"
weight = 0.9
patterns = ['\\bsend (?:me )?(?:a ?)?(?:pic|selfie|photo)s?\\b']
unless = ['\\b(?:cat|dog|puppy|drawing|setup)\\b']
examples = ["send me a pic", "s3nd p1c", "send me a 📸"]
counterexamples = ["send a pic of your puppy"]

[[rule]]
id = "t.secrecy.raw_digits"
category = "secrecy"
weight = 0.5
on = "light"
patterns = ['code 4242']

[[age]]
id = "t.age.im"
pattern = "\\\\bi'?m (?P<age>\\\\d{1,2})\\\\b(?! ?(?:min|minutes|hours?))"
examples = [["im 13", 13], ["I'm 24 lol", 24]]
counterexamples = ["im 5 minutes away"]

[[age]]
id = "t.age.grade"
pattern = "\\\\bin (?P<grade>\\\\d{1,2})(?:th|st|nd|rd) grade"
examples = [["im in 7th grade", 12]]
'''


def write(tmp_path: Path, text: str, name: str = "t.toml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_examples_pass_and_hits_carry_rule_and_category(tmp_path: Path) -> None:
    engine = build_engine([write(tmp_path, PACK)])
    d = engine.analyze("hey s3nd me a p1c and @dd me on 👻")
    assert d.categories == ["platform_move", "photo_request"]
    # "p1c" is also a disguised risk word (rules/hidden_terms.py), a built-in rule
    assert set(d.rules) == {"t.platform_move.add_me", "t.photo_request.send_pic", "evasion.hidden_term.photo_request"}
    assert d.normalized == "hey send me a pic and add me on snapchat"


def test_unless_cancels_only_its_rule(tmp_path: Path) -> None:
    engine = build_engine([write(tmp_path, PACK)])
    d = engine.analyze("send me a pic of your puppy, and add me on kik")
    assert d.rules == ["t.platform_move.add_me"]


def test_light_form_rule_sees_digits(tmp_path: Path) -> None:
    engine = build_engine([write(tmp_path, PACK)])
    assert engine.analyze("the code 4242 ok").rules == ["t.secrecy.raw_digits"]


def test_declared_age_and_grade(tmp_path: Path) -> None:
    engine = build_engine([write(tmp_path, PACK)])
    assert engine.analyze("lol im 13").declared_age == 13
    assert engine.analyze("im in 8th grade").declared_age == 13
    assert engine.analyze("im 5 minutes away").declared_age is None
    assert engine.analyze("no age here").declared_age is None


def test_failing_example_refuses_pack_in_strict_mode(tmp_path: Path) -> None:
    bad = PACK.replace('examples = ["add me on snap",', 'examples = ["add me on myspace",')
    path = write(tmp_path, bad)
    with pytest.raises(StrictLoadError) as exc:
        build_engine([path])
    msg = str(exc.value)
    assert str(path) in msg and "t.platform_move.add_me" in msg and "add me on myspace" in msg
    engine = build_engine([path], strict=False)
    assert engine.analyze("add me on snap").rules == ["t.platform_move.add_me"]


@pytest.mark.parametrize(
    ("mutation", "expected"),
    [
        (("category = \"platform_move\"", "category = \"chat\""), "is not a known category"),
        (("weight = 0.6", "weight = 7"), "must be a number in (0, 1]"),
        (("patterns = ['\\badd me", "patterns = ['(add me"), "invalid regular expression"),
        (("patterns = ['\\badd me on (?:snap(?:chat)?|insta|kik)\\b']", "patterns = ['\\w+ \\w+']"),
         "no literal anchor"),
        (("[[rule]]\nid = \"t.photo", "[[rule]]\nid = \"t.photo\"\nid = \"t.photo"), "invalid TOML"),
    ],
)
def test_invalid_rules_are_rejected_with_file_rule_and_field(tmp_path: Path, mutation: tuple[str, str],
                                                              expected: str) -> None:
    old, new = mutation
    assert old in PACK
    path = write(tmp_path, PACK.replace(old, new, 1))
    with pytest.raises(RulePackError) as exc:
        load_pack(path)
    assert expected in str(exc.value)
    assert str(path) in str(exc.value)


def test_unknown_field_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, PACK.replace('weight = 0.6', 'weight = 0.6\nseverity = "high"', 1))
    with pytest.raises(RulePackError, match="unknown field.*severity"):
        load_pack(path)


# Six lazy loops one after another: no repetition is ambiguous (the load-time check lets it through),
# but on "secret" and n letters "a" it tries about n^6 ways: 60 letters take seconds.
SLOW = r"secret(?:a|b)*?(?:a|c)*?(?:a|d)*?(?:a|e)*?(?:a|f)*?(?:a|g)*?!"
SLOW_PACK = f"""
[pack]
id = "u"
[[rule]]
id = "u.secrecy.slow"
category = "secrecy"
on = "light"
patterns = ['{SLOW}']
"""
SLOW_TEXT = "secret" + "a" * 60 + " !"  # the "!" it needs is there, just not where it must be


def test_user_pack_patterns_have_time_limit(tmp_path: Path) -> None:
    engine = build_engine([], user_paths=[write(tmp_path, SLOW_PACK, "u.toml")])
    first = engine.analyze(SLOW_TEXT)
    assert first.rules == [] and first.errors == ("rule u.secrecy.slow timed out",)
    for _ in range(4):
        engine.analyze(SLOW_TEXT)
    # After repeated time-outs on chat-sized messages the rule is switched off: no more time is spent on it.
    assert engine.analyze(SLOW_TEXT).errors == ()
    (health,) = engine.rule_health()
    assert (health.id, health.timeouts, health.ordinary_timeouts, health.disabled) == ("u.secrecy.slow", 5, 5, True)
    assert "switched off" in health.describe() and "u.toml" in health.describe()


def test_long_messages_never_switch_a_rule_off(tmp_path: Path) -> None:
    """Anyone can make a polynomial pattern time out with a long enough message: those don't count."""
    engine = build_engine([], user_paths=[write(tmp_path, SLOW_PACK, "u.toml")])
    long_text = "ok " * 400 + SLOW_TEXT  # 1,266 characters: longer than ORDINARY_CHARS
    for _ in range(8):
        assert engine.analyze(long_text).errors == ("rule u.secrecy.slow timed out",)
    (health,) = engine.rule_health()
    assert (health.timeouts, health.ordinary_timeouts, health.disabled) == (8, 0, False)
    assert "still on" in health.describe() and "8 of them on long messages" in health.describe()
    assert engine.analyze("secret!").rules == ["u.secrecy.slow"]  # still working


def test_bundled_rules_time_out_but_stay_on(tmp_path: Path) -> None:
    engine = build_engine([write(tmp_path, SLOW_PACK, "u.toml")])  # the same pack, as if bundled
    for _ in range(6):
        assert engine.analyze(SLOW_TEXT).errors == ("rule u.secrecy.slow timed out",)
    (health,) = engine.rule_health()
    assert (health.ordinary_timeouts, health.disabled, health.trusted) == (6, False, True)


def test_one_message_spends_a_bounded_number_of_time_outs(tmp_path: Path) -> None:
    rules = "".join(f"""
[[rule]]
id = "u.secrecy.slow{i}"
category = "secrecy"
on = "light"
patterns = ['{SLOW.replace("secret", f"secret{i}")}']
""" for i in range(12))
    engine = build_engine([], user_paths=[write(tmp_path, '[pack]\nid = "u"\n' + rules, "u.toml")])
    text = " ".join(f"secret{i}" + "a" * 60 for i in range(12))
    errors = engine.analyze(text).errors
    assert sum(e.endswith("timed out") for e in errors) == 10
    assert sum(e.endswith("too many time-outs in this message") for e in errors) == 2


@pytest.mark.parametrize(
    ("pattern", "anchors"),
    [
        (r"\badd me on (?:snap|kik)\b", {"add me on snap", "add me on kik"}),
        (r"(?:snapchat|instagram) me", {"snapchat me", "instagram me"}),
        (r"\b(?:address|addy)\b", {"address", "addy"}),  # the parser factors out "ad"; glued back
        (r"send (?:me )?(?:a )?pics?", {"send pic", "send me pic", "send a pic", "send me a pic"}),
        (r"\b(?:sc|ig)\b", None),
        (r"\w+\s+\w+", None),
        (r"pl(?:ease|s) send", {"please send", "pls send"}),
    ],
)
def test_anchor_extraction(pattern: str, anchors: set[str] | None) -> None:
    got = extract_anchors(pattern)
    assert (set(got) if got else None) == anchors


@pytest.mark.parametrize("raw", ["", "\x00\xff", "\ud800", "x" * 1_000_000, b"bytes \xff", 12345, "ЅЕND ріс"])
def test_bad_input_still_gets_a_result(tmp_path: Path, raw: object) -> None:
    engine = build_engine([write(tmp_path, PACK)])
    d = engine.analyze(raw)
    assert isinstance(d.categories, list)


def test_anchor_survives_prefix_factoring() -> None:
    # Python's parser factors the common prefix out of the branches; the anchor must still be usable.
    got = extract_anchors(r"sol[oa] en casa|sol[oa] en tu casa")
    assert got is not None and all(len(a.strip()) >= 3 for a in got)


def test_age_offset_and_unknown_age_fields(tmp_path: Path) -> None:
    pack = PACK + '''
[[age]]
id = "t.age.turning"
pattern = "\\\\bturning (?P<age>\\\\d{1,2})\\\\b"
offset = -1
examples = [["turning 14 soon", 13]]
'''
    engine = build_engine([write(tmp_path, pack)])
    assert engine.analyze("turning 14 soon").declared_age == 13
    with pytest.raises(RulePackError, match="unknown field.*ofset"):
        load_pack(write(tmp_path, pack.replace("offset = -1", "ofset = -1"), "bad.toml"))


def test_a_group_named_anchor_picks_the_anchor() -> None:
    assert extract_anchors(r"(?P<anchor>pay|send) .* (?:everyone|post)") == {"pay", "send"}
    # Inside an optional part it cannot be required by every match, so it is ignored.
    assert extract_anchors(r"(?:(?P<anchor>pay|send) )?give .* (?:everyone|post)") == {" everyone", " post"}


def test_a_named_anchor_may_be_a_whole_phrase() -> None:
    # 7 x 3 texts, less the three "until ..." that contain "til ...": fine for an anchor the author chose.
    pattern = r"(?P<anchor>(?:when|once|after|until|till|til|before) (?:they|all|your mom)) (?:are )?asleep"
    got = extract_anchors(pattern)
    assert got is not None and len(got) == 18 and "after they" in got and "until they" not in got
    # Small classes and ranges glue into the phrase; a group that can be too short falls back to its best part.
    assert extract_anchors(r"(?P<anchor>(?:ur|you are) 1[0-2])\b") == {
        "ur 10", "ur 11", "ur 12", "you are 10", "you are 11", "you are 12"}
    assert extract_anchors(r"(?P<anchor>(?:a|b)?) asleep") == {" asleep"}


def test_required_literals_of_an_alternation_take_one_set_per_branch() -> None:
    # No text is common to the three branches, but each branch's rarest set is in every match of that
    # branch, so their union is in every match: a line with neither "ans" nor "je vais avoir" (a date,
    # a score) is not searched.
    pattern = (r"\b(?:demain|bientot) j'?ai (?P<age>\d{1,2}) ans\b|\bj'?ai (?P<age>\d{1,2}) ans (?:demain|bientot)\b"
               r"|\bje vais avoir (?P<age>\d{1,2}) ans\b")
    assert ("ans", "je vais avoir ") in required_literals(pattern, frozenset())
    # A branch with no literal text of three characters or more makes nothing mandatory across them.
    assert required_literals(r"(?:\d+ ?x|over \d+ months)", frozenset()) == ()
