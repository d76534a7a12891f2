"""Community settings through the service: only moderators' choices are stored, the rest follows the config."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from bot import settings_cache
from bot.community_settings import Source
from bot.config import CommunityDefaults, Config, DiscordConfig, StorageConfig
from bot.service import Lookout
from rules.engine import Engine
from storage import SealKey, open_driver, open_storage
from storage.schema import migrate
from storage.seal import default_key_path

SPANISH = Config(community=CommunityDefaults(language="es", minor_roles=("13-15",)))


async def make(engine: Engine, db: Path, config: Config = SPANISH) -> Lookout:
    return Lookout(config, engine, await open_storage(f"sqlite:///{db}"))


async def test_a_config_change_reaches_communities_that_chose_nothing(engine: Engine, tmp_path: Path) -> None:
    """The reported bug: after `language = "de"` in the config and a restart, /safety stayed Spanish."""
    db = tmp_path / "l.db"
    lk = await make(engine, db)
    try:
        seen = await lk.get_settings("g-fandom")
        assert seen.language == "es" and seen.source("language") is Source.CONFIG
        await lk.update_settings("g-school", language="fr")  # a moderator's choice elsewhere
        assert await lk.storage.get_settings("g-fandom") is None  # nothing stored for a community that chose nothing
    finally:
        await lk.close()
    lk = await make(engine, db, replace(SPANISH, community=replace(SPANISH.community, language="de")))
    try:
        assert (await lk.get_settings("g-fandom")).language == "de"
        assert lk.policy("g-fandom").language == "de"
        school = await lk.get_settings("g-school")
        assert school.language == "fr" and school.source("language") is Source.MODERATOR
    finally:
        await lk.close()


async def test_each_value_says_where_it_comes_from(engine: Engine, tmp_path: Path) -> None:
    config = replace(SPANISH, discord=DiscordConfig(moderator_role="Safety Team"),
                     storage=StorageConfig(case_retention_days=90))
    lk = await make(engine, tmp_path / "s.db", config)
    try:
        await lk.update_settings("1001", threshold=2.5, trusted_roles=["Helpers"], alert_channel_id="2002",
                                 retention={"pair_state_days": 7})
        view = await lk.get_settings("1001", "discord")
        lines = {item.name: (item.value, item.source) for item in view.items()}
        assert lines["threshold"] == (2.5, Source.MODERATOR)
        assert lines["language"] == ("es", Source.CONFIG)
        assert lines["nudge_mode"] == ("button", Source.DEFAULT)
        assert lines["minor_roles"] == (("13-15",), Source.CONFIG)
        assert lines["trusted_roles"] == (("Helpers",), Source.MODERATOR)
        assert lines["adult_roles"] == ((), Source.DEFAULT)
        # The config's Discord moderator role is in force on Discord, and says it comes from the config.
        assert lines["moderator_roles"] == (("Safety Team",), Source.CONFIG)
        assert lines["alert_channel_id"] == ("2002", Source.MODERATOR)
        assert lines["pair_state_days"] == (7.0, Source.MODERATOR)
        assert lines["closed_case_days"] == (180.0, Source.DEFAULT)  # this service was given storage defaults
        unlinked = await lk.get_settings("-100200", "telegram")
        assert unlinked.moderator_roles == () and unlinked.source("alert_channel_id") is Source.UNSET
        # What the pipeline uses follows the same values.
        policy = lk.policy("1001")
        assert policy.threshold == 2.5 and policy.trusted_roles == {"helpers"} and policy.minor_roles == {"13-15"}
        assert policy.pair_ttl_days == 7.0
    finally:
        await lk.close()


async def test_a_role_list_set_here_replaces_the_configs_and_none_restores_it(engine: Engine, tmp_path: Path) -> None:
    lk = await make(engine, tmp_path / "r.db")
    try:
        await lk.update_settings("g", minor_roles=["Kids", "kids ", ""])  # cleaned: one name, no blanks
        assert (await lk.get_settings("g")).minor_roles == ("Kids",)
        assert lk.policy("g").minor_roles == {"kids"}
        await lk.update_settings("g", minor_roles=None)
        view = await lk.get_settings("g")
        assert view.minor_roles == ("13-15",) and view.source("minor_roles") is Source.CONFIG
        assert lk.policy("g").minor_roles == {"13-15"}
        assert await lk.storage.get_settings("g") is None
    finally:
        await lk.close()


async def test_bad_changes_are_refused_with_the_setting_and_what_fits(engine: Engine, tmp_path: Path) -> None:
    lk = await make(engine, tmp_path / "b.db")
    try:
        with pytest.raises(ValueError, match=r"there is no 'klingon' catalogue; choose one of en, "):
            await lk.update_settings("g", language="klingon")
        with pytest.raises(ValueError, match="threshold 0 must be a number above 0"):
            await lk.update_settings("g", threshold=0)
        with pytest.raises(ValueError, match="nudge_mode 'loud' is not one of dm, button, off"):
            await lk.update_settings("g", nudge_mode="loud")
        with pytest.raises(ValueError, match="'extras' is not a setting"):
            await lk.update_settings("g", extras={"moderator_roles": "Mods"})
        with pytest.raises(ValueError, match="moderator_roles 'Mods' must be a list of role names"):
            await lk.update_settings("g", moderator_roles="Mods")
        assert (await lk.update_settings("g", language="pt-BR")).language == "pt"
    finally:
        await lk.close()


async def test_linking_and_the_chats_list_of_groups(engine: Engine, tmp_path: Path) -> None:
    lk = await make(engine, tmp_path / "k.db")
    try:
        code = await lk.create_link_code("-100111")
        assert await lk.redeem_link_code(f" {code} ", "-500") == "-100111"
        other = await lk.create_link_code("-100222")
        assert await lk.redeem_link_code(other, "-500") == "-100222"
        assert await lk.alert_communities("-500") == ("-100111", "-100222")
        # Posting a code in the group itself is refused and leaves its link alone.
        again = await lk.create_link_code("-100111")
        assert await lk.redeem_link_code(again, "-100111") == "-100111"
        assert (await lk.get_settings("-100111")).alert_channel_id == "-500"
        await lk.update_settings("-100222", alert_channel_id=None)
        assert await lk.alert_communities("-500") == ("-100111",)
    finally:
        await lk.close()


async def version_3_database(db: Path, rows: dict[str, dict[str, object]]) -> None:
    """A database as Lookout wrote it before typed settings, with the default seal key beside it."""
    key = SealKey.load(default_key_path(str(db)) or db.with_suffix(".key"), create=True)
    driver = await open_driver(f"sqlite:///{db}")
    try:
        await migrate(driver, target=3, key=key)
        async with driver.transaction() as tx:
            await tx.executemany("INSERT INTO settings (community_id, data, updated_at) VALUES (?, ?, 1.0)",
                                 [(community, json.dumps(data)) for community, data in rows.items()])
    finally:
        await driver.close()


async def test_settings_from_before_typed_settings_are_settled_against_the_config(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    copied = {"minor_roles": ["13-15"], "adult_roles": [], "trusted_roles": [], "nudge_mode": "button",
              "language": "es"}
    await version_3_database(db, {
        # Seen once under the old config: everything is a copy of it.
        "g-copy": copied,
        # A moderator turned tips to DMs and added a role; the language was the old config's.
        "g-chose": {**copied, "nudge_mode": "dm", "minor_roles": ["13-15", "Kids"], "threshold": 2.0,
                    "alert_channel_id": "c-9", "extras": {"moderator_roles": "Mods"}},
    })
    config = Config(community=CommunityDefaults(language="de", minor_roles=("13-15", "Under 18"),
                                                nudge_mode="button"),
                    storage=StorageConfig(url=f"sqlite:///{db}"))
    lk = await Lookout.open(config)
    try:
        copy = await lk.get_settings("g-copy")
        assert (copy.language, copy.nudge_mode, copy.minor_roles) == ("de", "button", ("13-15", "Under 18"))
        assert {copy.source(name) for name in ("language", "minor_roles")} == {Source.CONFIG}
        assert copy.source("nudge_mode") is Source.DEFAULT  # the config says what the built-in default says
        assert await lk.storage.get_settings("g-copy") is None
        chose = await lk.get_settings("g-chose")
        assert chose.language == "de" and chose.nudge_mode == "dm" and chose.threshold == 2.0
        # The added role stays in force together with the config's roles, as under the old rule.
        assert chose.minor_roles == ("13-15", "Under 18", "Kids") and chose.source("minor_roles") is Source.MODERATOR
        assert chose.moderator_roles == ("Mods",) and chose.alert_channel_id == "c-9"
        stored = await lk.storage.get_settings("g-chose")
        assert stored is not None and not stored.unconfirmed
    finally:
        await lk.close()


async def test_a_change_made_by_another_process_takes_effect(engine: Engine, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The web console (or another shard) changes settings in the database this bot reads."""
    db = tmp_path / "two.db"
    bot = await make(engine, db)
    console = await make(engine, db)
    try:
        assert (await bot.get_settings("g")).language == "es"
        assert lk_policy_language(bot) == "es"
        await console.update_settings("g", language="fr", alert_channel_id="c-1")
        assert (await bot.get_settings("g")).language == "es"  # read a moment ago: not yet
        monkeypatch.setattr(settings_cache, "REFRESH_S", 0.0)
        seen = await bot.get_settings("g")
        assert seen.language == "fr" and seen.alert_channel_id == "c-1" and lk_policy_language(bot) == "fr"
        await console.update_settings("g", language=None, alert_channel_id=None)
        seen = await bot.get_settings("g")
        assert seen.language == "es" and seen.alert_channel_id is None
    finally:
        await bot.close()
        await console.close()


def lk_policy_language(lk: Lookout) -> str:
    return lk.policy("g").language
