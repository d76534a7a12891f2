"""The bundled demo exports: readable, in the formats they claim, and described in their README."""

from __future__ import annotations

import re
from pathlib import Path

from bot.events import ChannelKind, ChatExport
from bot.readers import read_paths

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def read_examples() -> dict[str, ChatExport]:
    results = list(read_paths([str(EXAMPLES)]))
    exports: dict[str, ChatExport] = {}
    for result in results:
        assert isinstance(result, ChatExport), str(result)
        exports[Path(result.source).name] = result
    return exports


def test_every_example_reads_cleanly_and_is_documented() -> None:
    exports = read_examples()
    assert 3 <= len(exports) <= 5
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    for name, export in exports.items():
        assert f"`{name}`" in readme, name
        assert len(export.events) >= 10, name
        times = [event.message.timestamp for event in export.events]
        assert times == sorted(times), name


def test_both_platforms_dm_and_group_are_covered() -> None:
    exports = read_examples().values()
    assert {e.platform for e in exports} == {"discord", "telegram"}
    assert {e.channel.kind for e in exports} >= {ChannelKind.DIRECT, ChannelKind.PUBLIC}


def test_the_server_example_has_a_young_account_and_a_teen_role() -> None:
    export = read_examples()["discord_server_general.json"]
    authors = {event.author.id: event.author for event in export.events}
    teen = [a for a in authors.values() if "13-15" in a.roles]
    newcomers = [
        a
        for a in authors.values()
        if a.created_at and a.joined_at and (export.events[-1].message.timestamp - a.created_at).days < 7
    ]
    assert teen and len(newcomers) == 1


def test_examples_stay_within_the_content_limits() -> None:
    # Tactics only: no sexual vocabulary anywhere in the bundled examples.
    banned = re.compile(r"\b(?:nude|nudes|naked|sex|sexy|undress|bra|underwear)\b", re.IGNORECASE)
    for export in read_examples().values():
        for event in export.events:
            assert not banned.search(event.message.text), export.source
