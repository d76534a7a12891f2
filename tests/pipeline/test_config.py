"""Config errors name the file, field and value, and tokens are refused in the file."""

from pathlib import Path

import pytest

from bot.config import ConfigError, load_config, parse_config

ROOT = Path(__file__).resolve().parents[2]


def test_example_config_loads() -> None:
    cfg = load_config(str(ROOT / "config.example.toml"))
    assert cfg.community.nudge_mode in ("dm", "button", "off")
    assert cfg.storage.url.startswith("sqlite://")
    assert cfg.policy().threshold == cfg.community.threshold


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("[community]\nthreshold = -1", "[community] threshold = -1 is not valid: expected a positive number"),
        ("[community]\nnudge_mode = \"shout\"", "nudge_mode = 'shout' is not valid"),
        ("[community]\nminor_roles = \"13-15\"", "expected a list of strings"),
        ("[communty]\nthreshold = 1", "unknown section(s) communty"),
        ("[community]\nthreshhold = 1", "unknown setting 'threshhold'"),
        ("[discord]\ntoken = \"abc\"", "tokens never go in the config file"),
        ("[storage]\nurl = \"mysql://x\"", "[storage] url = 'mysql://x' is not valid"),
        ("[detection]\nextra_packs = [\"missing.toml\"]", "'missing.toml' does not exist"),
        ("[community\n", "invalid TOML"),
    ],
)
def test_bad_config_is_explained(text: str, needle: str) -> None:
    with pytest.raises(ConfigError) as exc:
        parse_config(text, "lookout.toml")
    assert needle in str(exc.value)
    assert "lookout.toml" in str(exc.value)


def test_missing_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="copy config.example.toml"):
        load_config(str(tmp_path / "nope.toml"))


def test_plain_path_becomes_sqlite_url() -> None:
    assert parse_config("[storage]\nurl = \"data/lookout.db\"").storage.url == "sqlite:///data/lookout.db"


def test_seal_key_path_is_read_relative_to_the_config_file(tmp_path: Path) -> None:
    config = tmp_path / "conf" / "lookout.toml"
    config.parent.mkdir()
    config.write_text('[storage]\nseal_key_path = "keys/seal.key"\n')
    assert load_config(str(config)).storage.seal_key_path == str(config.parent / "keys" / "seal.key")
    assert parse_config("").storage.seal_key_path == ""  # default: beside the database
