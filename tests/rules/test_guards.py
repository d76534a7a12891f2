"""Guards: advice, server rules, staff notices and quoted lessons name tactics without using them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from rules import load_default_engine
from rules.engine import build_engine
from rules.packs_loader import RulePackError, load_pack

PACK = """
[pack]
id = "g"
language = "en"

[[rule]]
id = "g.secrecy.dont_tell"
category = "secrecy"
patterns = ['''\\bdon'?t tell (?:your|ur) parents\\b''']
examples = ["don't tell your parents"]

[[rule]]
id = "g.photo_request.send_pic"
category = "photo_request"
patterns = ['''\\bsend (?:me )?(?:a )?pics?\\b''']
examples = ["send me a pic"]

[[guard]]
id = "g.guard.lesson"
kind = "quoted"
covers = ["secrecy"]
patterns = ['''\\bin class we read\\b''']
unless = ['''\\bnot a red flag\\b''']
examples = ["in class we read: 'don't tell your parents'"]
counterexamples = ["in class we read: 'don't tell your parents', not a red flag lol", "don't tell your parents"]
"""


def _engine(tmp_path: Path, pack: str = PACK):  # type: ignore[no-untyped-def]
    path = tmp_path / "g.toml"
    path.write_text(pack, encoding="utf-8")
    return build_engine([path])


def test_a_guard_sets_aside_the_hits_it_covers_and_says_which_guard(tmp_path: Path) -> None:
    det = _engine(tmp_path).analyze("in class we read: 'don't tell your parents' and then send me a pic")
    assert det.rules == ["g.photo_request.send_pic"]  # photo_request is not covered: it stands
    assert det.guard == "g.guard.lesson"
    assert [h.rule_id for h in det.suppressed] == ["g.secrecy.dont_tell"]
    out = det.to_json()
    assert out["guard"] == "g.guard.lesson" and out["suppressed_rules"] == ["g.secrecy.dont_tell"]


def test_a_real_line_that_merely_contains_the_words_still_fires(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    assert engine.analyze("don't tell your parents we talk").rules == ["g.secrecy.dont_tell"]
    unless = engine.analyze("in class we read: 'don't tell your parents', not a red flag lol")
    assert unless.rules == ["g.secrecy.dont_tell"] and unless.guard is None


def test_guard_examples_are_checked(tmp_path: Path) -> None:
    lines = PACK.splitlines()
    lines = ['examples = ["we read in class"]' if line.startswith('examples = ["in class') else
             'counterexamples = ["in class we read it"]' if line.startswith('counterexamples = ["in class') else
             line for line in lines]
    failing = "\n".join(lines)
    path = tmp_path / "g.toml"
    path.write_text(failing, encoding="utf-8")
    failures = build_engine([path], strict=False).check_examples()
    assert [(f.rule_id, f.expected) for f in failures] == [("g.guard.lesson", "guard to apply"),
                                                            ("g.guard.lesson", "guard not to apply")]
    assert "guard 'g.guard.lesson'" in str(failures[0])


@pytest.mark.parametrize(("field", "value", "message"), [
    ("kind", '"maybe"', r"guard 'g.guard.lesson'\.kind: 'maybe' must be one of advisory, quoted, everyday"),
    ("covers", '["secrets"]', r"guard 'g.guard.lesson'\.covers: 'secrets' not a known category"),
    ("colour", '"red"', r"guard 'g.guard.lesson': unknown field\(s\) colour"),
])
def test_invalid_guards_are_refused_naming_file_guard_and_field(tmp_path: Path, field: str, value: str,
                                                                 message: str) -> None:
    pack = "\n".join(line for line in PACK.splitlines() if not line.startswith(f"{field} = "))
    pack = pack.replace('id = "g.guard.lesson"\n', f'id = "g.guard.lesson"\n{field} = {value}\n')
    path = tmp_path / "g.toml"
    path.write_text(pack, encoding="utf-8")
    with pytest.raises(RulePackError, match=message):
        load_pack(path)


# The bundled guards, on lines written for this test (not taken from any evaluation set).
@pytest.mark.parametrize("text", [
    "never send pics to strangers, and block anyone who asks how old you are",
    "rule 6: no asking members for their snap or their age",
    "mods will never ask for your password or your address",
    "in class we read: 'don't tell your parents about our chats'... spot the red flag",
    "nunca mandes fotos a gente que no conoces, si alguien insiste bloquéalo y díselo a un adulto",
    "regra 4: proibido pedir foto ou whatsapp dos membros",
    "en cours on a vu un faux chat : « dis rien à tes parents » — trouvez le signal d'alerte",
    "schick nie Bilder an Fremde, wenn dich jemand drängt, blockier ihn und sag es deinen Eltern",
    "правило 3: запрещено спрашивать возраст и просить фото",
    "non mandare mai foto a chi non conosci, se qualcuno insiste bloccalo e dillo a un adulto",
    "stuur nooit foto's naar onbekenden, als iemand aandringt, blokkeer en meld het",
    "nigdy nie wysyłaj zdjęć nieznajomym, jeśli ktoś naciska, zablokuj i powiedz rodzicom",
])
def test_bundled_guards_keep_advice_rules_and_lessons_quiet(text: str) -> None:
    assert load_default_engine().analyze(text).rules == []


@pytest.mark.parametrize("text", [
    "don't tell your parents about us, ok?",
    "never send pics to strangers lol, but we're not strangers, send me a selfie",
    "rules are dumb, what's ur snap",
    "no le digas nada a tus padres, es nuestro secreto",
    "sag deinen Eltern nichts, das bleibt unter uns",
    "non dirlo ai tuoi, è il nostro segreto",
])
def test_bundled_guards_leave_real_lines_firing(text: str) -> None:
    det = load_default_engine().analyze(text)
    assert det.rules and det.guard is None


def test_check_json_names_the_guard(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--json", "in class we read: 'you're so mature for your age'... spot the red flag"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["rules"] == [] and out["guard"] == "en.guard.quoted_lesson" and out["suppressed_rules"]
