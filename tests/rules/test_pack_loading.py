"""Rule packs Lookout must survive: wrong paths, bombs, huge files, patterns it cannot trust.

Each gives one clear line naming the file and what to do, never a traceback, and `lookout` exits
with code 2. A set of packs with no rules at all is refused too: the bot would protect nobody.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from rules.engine import build_engine
from rules.packs_loader import MAX_PACK_BYTES, MAX_PATTERN_CHARS, MAX_RULES, RulePackError, load_pack

RULE = '''
[[rule]]
id = "u.secrecy.{n}"
category = "secrecy"
patterns = ['{pattern}']
'''


def pack(tmp_path: Path, body: str, name: str = "u.toml") -> Path:
    path = tmp_path / name
    path.write_text('[pack]\nid = "u"\nlanguage = "en"\n' + body, encoding="utf-8")
    return path


def one_line_error(path: Path) -> str:
    with pytest.raises(RulePackError) as exc:
        load_pack(path, trusted=False)
    message = str(exc.value)
    assert "\n" not in message and str(path) in message
    return message


def test_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "packs.toml"
    folder.mkdir()
    assert "is a folder, not a pack file" in one_line_error(folder)


def test_a_missing_file_and_a_path_through_a_file(tmp_path: Path) -> None:
    assert "file not found" in one_line_error(tmp_path / "nope.toml")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert "cannot be read" in one_line_error(tmp_path / "file" / "pack.toml")


def test_an_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = pack(tmp_path, RULE.format(n=1, pattern="secret"))
    # Tests may run as root, who can read anything: make the open itself refuse, as for everyone else.
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", refuse)
    assert "permission denied" in one_line_error(path)


@pytest.mark.parametrize("bomb", [
    "a = " + "[" * 100_000 + "]" * 100_000,
    "a = " + "{b = " * 60_000 + "1" + "}" * 60_000,
])
def test_a_toml_bomb(tmp_path: Path, bomb: str) -> None:
    path = tmp_path / "bomb.toml"
    path.write_text(bomb, encoding="utf-8")
    assert "nested too deeply" in one_line_error(path)


def test_an_enormous_file_is_not_even_read_whole(tmp_path: Path) -> None:
    path = pack(tmp_path, "# padding\n" * (MAX_PACK_BYTES // 10) + RULE.format(n=1, pattern="secret"))
    assert f"larger than {MAX_PACK_BYTES:,} bytes" in one_line_error(path)


def test_too_many_rules(tmp_path: Path) -> None:
    path = pack(tmp_path, "".join(RULE.format(n=n, pattern=f"secret{n}") for n in range(MAX_RULES + 1)))
    assert f"has {MAX_RULES + 1:,} rules, more than the {MAX_RULES:,} allowed" in one_line_error(path)


def test_a_pattern_too_long(tmp_path: Path) -> None:
    path = pack(tmp_path, RULE.format(n=1, pattern="secret" * (MAX_PATTERN_CHARS // 6 + 1)))
    assert "split it into several patterns" in one_line_error(path)


@pytest.mark.parametrize("field", ["patterns", "unless", "age"])
def test_an_exponential_pattern_is_refused_wherever_it_is(tmp_path: Path, field: str) -> None:
    bad = "(?:a |a new |new )*secret"
    if field == "patterns":
        body = RULE.format(n=1, pattern=bad)
    elif field == "unless":
        body = RULE.format(n=1, pattern="secret") + f"unless = ['{bad}']\n"
    else:
        age = "[[age]]\nid = 'u.age'\npattern = '(?:a |a new |new )*(?P<age>\\d+)'"
        body = RULE.format(n=1, pattern="secret") + age
    message = one_line_error(pack(tmp_path, body))
    where = {"patterns": "rule 'u.secrecy.1'.patterns[0]", "unless": "rule 'u.secrecy.1'.unless[0]",
             "age": "age 'u.age'.pattern"}[field]
    assert where in message
    assert "'(?:a |a new |new )*'" in message and "for example 'a new '" in message
    assert "rewrite it" in message  # and what to do


def test_syntax_the_check_cannot_read_is_refused(tmp_path: Path) -> None:
    message = one_line_error(pack(tmp_path, RULE.format(n=1, pattern="(?:secret){e<=1}")))
    assert "fuzzy matching" in message and "rule 'u.secrecy.1'.patterns[0]" in message


def test_no_rules_at_all(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="loads no detection rules: no rule pack was selected.*packs: de, en"):
        build_engine([])
    empty = pack(tmp_path, "")
    with pytest.raises(RulePackError, match=f"loads no detection rules: {empty} hold"):
        build_engine([], user_paths=[empty])


@pytest.mark.parametrize("args", [
    ["rules", "test", "{folder}"],
    ["rules", "test", "{bomb}"],
    ["check", "--lang", "english", "hello"],
])
def test_the_command_line_says_one_line_and_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    args: list[str]) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "bomb.toml").write_text("a = " + "[" * 100_000, encoding="utf-8")
    argv = [a.format(folder=tmp_path / "folder", bomb=tmp_path / "bomb.toml") for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err
