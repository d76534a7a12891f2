"""The start-up cache (rules/startup_cache.py): a warm start skips the checks and finds the same things;
an edited pack is checked again; a corrupt, unreadable or unwritable cache only makes start-up slower."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import rules.packs_loader as packs_loader
from rules import startup_cache
from rules.engine import Engine, StrictLoadError, build_engine
from rules.packs_loader import LazyPattern, RulePackError
from rules.startup_cache import cache_dir, process_cache, reset_process_cache

PACK = '''[pack]
id = "t"
language = "en"

[[rule]]
id = "t.secrecy.between_us"
category = "secrecy"
patterns = ['\\bkeep (?:this|it) between (?:us|you and me)\\b', '\\bour little (?P<anchor>secret|thing)\\b']
unless = ['\\bsurprise party\\b']
examples = ["keep this between us ok", "it is our little secret"]
counterexamples = ["keep it between us, it is a surprise party for mum", "a secret recipe"]

[[rule]]
id = "t.isolation.alone"
category = "isolation"
patterns = ['\\bare (?:you|u) (?:home )?alone\\b']
examples = ["are u home alone"]
counterexamples = ["are you alone in the queue? i can hold your spot" ]
'''
# The last counterexample does match: the rule is only for the test of a failing example.
TEXTS = ["keep this between us ok", "our little thing ok?", "are you alone", "keep it between us, surprise party",
         "nothing to see here", "k33p this between us"]


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv("LOOKOUT_CACHE_DIR", raising=False)  # the suite's own (tests/conftest.py) would win
    monkeypatch.delenv("LOOKOUT_NO_ENGINE_CACHE", raising=False)
    reset_process_cache()
    yield home
    reset_process_cache()  # the next test reads the environment afresh


def write_pack(tmp_path: Path, text: str = PACK) -> Path:
    path = tmp_path / "t.toml"
    path.write_text(text.replace('"are you alone in the queue? i can hold your spot" ', '"alone time"'),
                    encoding="utf-8")
    return path


def found(engine: Engine) -> list[tuple[object, ...]]:
    return [tuple(engine.analyze(t)) for t in TEXTS]


def fresh_start() -> None:
    """What a new process sees: nothing remembered in memory, only what is on disk."""
    reset_process_cache()


def no_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("checked again although the cache holds the answer")

    monkeypatch.setattr(packs_loader, "find_ambiguity", refuse)
    monkeypatch.setattr(Engine, "check_examples", refuse)


def test_a_warm_start_skips_the_checks_and_finds_the_same(cache_home: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_pack(tmp_path)
    cold = build_engine([path])
    files = list((cache_home / "lookout").glob("engine-*.json"))
    assert len(files) == 1
    fresh_start()
    with monkeypatch.context() as m:
        no_checks(m)
        warm = build_engine([path])
    assert found(warm) == found(cold)
    assert any(d[2] for d in found(warm))  # the texts do hit: the comparison is not of empty results
    assert isinstance(warm.rules[0].patterns[0].compiled, LazyPattern)  # compiled at first use


def test_an_edited_pack_is_checked_again_and_errors_name_the_rule(cache_home: Path, tmp_path: Path) -> None:
    path = write_pack(tmp_path)
    build_engine([path])
    fresh_start()
    path.write_text(path.read_text(encoding="utf-8").replace(r"'\bare (?:you|u) (?:home )?alone\b'",
                                                             r"'\bare (?:you|u) (?:a+)+alone\b'"), encoding="utf-8")
    with pytest.raises(RulePackError) as exc:
        build_engine([path])
    assert str(path) in str(exc.value) and "t.isolation.alone" in str(exc.value) and "patterns[0]" in str(exc.value)
    fresh_start()
    write_pack(tmp_path, PACK.replace('"are u home alone"', '"is anyone with you"'))  # no longer matches
    with pytest.raises(StrictLoadError, match="t.isolation.alone"):
        build_engine([path])


def test_failing_examples_are_never_remembered(cache_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text(PACK, encoding="utf-8")  # a counterexample that matches
    for _ in range(2):
        fresh_start()
        with pytest.raises(StrictLoadError, match="alone in the queue"):
            build_engine([path])


@pytest.mark.parametrize("content", [b"{not json", b'{"format": 1, "facts": [], "examples": 3}', b"\xff\xfe\x00",
                                     b'{"format": 1, "facts": {"safe": {}, "anchors": {"x": 5}, "required": {}, '
                                     b'"narrower": {}, "untimed": {}}, "examples": []}'])
def test_a_corrupt_cache_is_ignored_and_rewritten(cache_home: Path, tmp_path: Path, content: bytes) -> None:
    path = write_pack(tmp_path)
    expected = found(build_engine([path]))
    (cache_file,) = (cache_home / "lookout").glob("engine-*.json")
    cache_file.write_bytes(content)
    fresh_start()
    assert found(build_engine([path])) == expected
    fresh_start()
    assert process_cache().examples_passed(startup_cache.packs_fingerprint([path], [], True))  # rewritten


def test_an_unwritable_cache_only_costs_time(cache_home: Path, tmp_path: Path) -> None:
    cache_home.write_text("a file where the cache folder should be", encoding="utf-8")
    path = write_pack(tmp_path)
    assert any(d[2] for d in found(build_engine([path])))
    assert cache_home.is_file()


def test_the_cache_can_be_switched_off(cache_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOOKOUT_NO_ENGINE_CACHE", "1")
    reset_process_cache()
    build_engine([write_pack(tmp_path)])
    assert not cache_home.exists()


def test_where_the_cache_lives(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LOOKOUT_CACHE_DIR", str(tmp_path / "own"))  # Lookout's own setting wins
    assert cache_dir() == tmp_path / "own"
    monkeypatch.delenv("LOOKOUT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "lookout"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")  # the XDG spec says to ignore a relative path
    assert cache_dir() == Path.home() / ".cache" / "lookout"


def test_a_lazy_pattern_behaves_as_the_compiled_one() -> None:
    source = r"\bmeet (?P<where>at the \w+)"
    lazy = LazyPattern(source, packs_loader._FLAGS)
    m = lazy.search("ok MEET at the park", timeout=1.0)
    assert m is not None and m.group("where") == "at the park"
    assert lazy.groupindex == {"where": 1} and lazy.pattern == source
    assert lazy.search("nothing") is None


def test_a_first_start_says_it_checks_the_examples_and_a_warm_one_is_quiet(
        cache_home: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write_pack(tmp_path)
    with caplog.at_level("INFO", logger="rules.engine"):
        build_engine([path])
    # The pack's two rules and the built-in contact rules.
    assert any(re.fullmatch(r"checking the examples of \d+ rules \(first start with these packs; later starts "
                            r"skip it\)", r.getMessage()) for r in caplog.records)
    caplog.clear()
    fresh_start()
    with caplog.at_level("INFO", logger="rules.engine"):
        build_engine([path])
    assert not any("checking the examples" in r.getMessage() for r in caplog.records)
