"""Word-level evasion (rules/evasion.py): misspelt, disguised and described apps, shorthand."""

import pytest

from rules.normalize import normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # symbols and digits inside app names
        ("sn4pch@t?", "snapchat?"), ("wh@ts4pp me", "whatsapp me"), ("tele$gram is better", "telegram is better"),
        ("di$cord", "discord"), ("1nstagr@m", "instagram"), ("t€legram", "telegram"), ("snp ch@t", "snapchat"),
        ("t.e.l.e.s.g.r.a.m", "telegram"),
        # nicknames and misspellings
        ("mi wasa es", "mi whatsapp es"), ("tens zapzap?", "tens whatsapp?"), ("wats ur snapp", "wats ur snapchat"),
        # apps described by colour or icon, in several languages
        ("hmu on the yellow ghost app", "hmu on the snapchat"), ("the ghost app", "the snapchat"),
        ("app with the green phone icon", "whatsapp icon"),
        ("im on the purple camera one", "im on the instagram"), ("blue bird app", "twitter"),
        ("tienes la app del fantasmita amarillo?", "tienes la snapchat?"),
        ("tem o app do fantasminha amarelo?", "tem o snapchat?"),
        ("t'as l'appli du petit fantôme jaune?", "t'as l'snapchat?"),
        ("hast du die app mit dem gelben geist?", "hast du die snapchat?"),
        ("есть приложение с жёлтым призраком?", "есть snapchat?"),
        ("hai l'app del fantasmino giallo?", "hai l'snapchat?"),
        ("heb je de app met het gele spookje?", "heb je de snapchat?"),
        ("masz aplikację z żółtym duszkiem?", "masz snapchat?"),
        # shorthand and phonetic spellings
        ("age/sex/loc?", "asl?"), ("whats ur fone numba", "whats ur phone number"), ("wru rn", "where are you rn"),
        ("m33t me @ the mall", "meet me at the mall"), ("add @quietfox_22", "add @quietfox_22"),
    ],
)
def test_written_around_words_become_canonical(raw: str, expected: str) -> None:
    assert normalize(raw).full == expected


@pytest.mark.parametrize(
    "raw",
    [
        "i saw a ghost in the hallway", "the app on my phone is broken", "my camera is purple lol",
        "hassle free", "blue bird on my window", "ghost pepper chips", "discard the old cards",
        "podaj adres", "mijn adres", "el fantasma de la opera", "la tele est cassée", "yellow card for the keeper",
        "my green phone case", "pink camera for my birthday",
        "telegrams were used in the war",
    ],
)
def test_look_alikes_stay(raw: str) -> None:
    words = normalize(raw).full.split()
    assert not {"snapchat", "whatsapp", "instagram", "telegram", "twitter", "address"} & set(words)
