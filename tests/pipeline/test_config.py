"""Config errors name the file, field and value, and tokens are refused in the file."""

from pathlib import Path

import pytest

from bot.config import Config, ConfigError, DetectionConfig, load_config, parse_config

ROOT = Path(__file__).resolve().parents[2]


def test_example_config_loads() -> None:
    cfg = load_config(str(ROOT / "config.example.toml"))
    assert cfg.community.nudge_mode in ("dm", "button", "off")
    assert cfg.storage.url.startswith("sqlite://")
    assert cfg.policy().threshold == cfg.community.threshold


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("[community]\nthreshold = -1",
         "[community] threshold = -1 is not valid: expected a number above 0 and at most 100"),
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


# Each bad value gives one line naming the file, the key, the value as written and what is allowed.
@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('[detection]\nlanguages = ["english"]',
         "[detection] languages = ['english'] is not valid: expected bundled pack language codes: one of"),
        ("[community]\nthreshold = nan", "[community] threshold = nan is not valid: expected a number above 0"),
        ("[community]\nthreshold = inf", "[community] threshold = inf is not valid"),
        ("[community]\nthreshold = 1e9", "threshold = 1000000000.0 is not valid: expected a number above 0 and at "
         "most 100"),
        ("[community]\nhalf_life_days = -inf", "[community] half_life_days = -inf is not valid"),
        ("[community]\nlanguage = \"klingon\"", "[community] language = 'klingon' is not valid: expected a tips "
         "language code: one of en"),
        ("[storage]\ncase_retention_days = nan", "[storage] case_retention_days = nan is not valid"),
        ("[storage]\npair_retention_days = \"30\"", "[storage] pair_retention_days = '30' is not valid: expected "
         "a number"),
        ("[telegram]\nport = 70000", "[telegram] port = 70000 is not valid: expected a port number from 1 to 65535"),
        ("[telegram]\nport = 0", "[telegram] port = 0 is not valid"),
        ("[telegram]\nport = 8443.5", "[telegram] port = 8443.5 is not valid: expected a whole number"),
        ("[telegram]\nport = \"8443\"", "[telegram] port = '8443' is not valid: expected a whole number"),
        ("[telegram]\nwebhook_url = \"http://bot.example.org/tg\"", "webhook_url = 'http://bot.example.org/tg' is "
         "not valid: expected a URL starting with https://"),
        ("[discord]\ngateway_url = \"https://gw.example.org\"", "gateway_url = 'https://gw.example.org' is not "
         "valid: expected a URL starting with ws:// or wss://"),
        ("[discord]\nguild_ready_timeout = true", "guild_ready_timeout = true is not valid: expected a number"),
        ("[detection]\nstrict = \"yes\"", "[detection] strict = 'yes' is not valid: expected true or false"),
        ("[detection]\nlanguages = \"en\"", "[detection] languages = 'en' is not valid: expected a list of strings"),
        ("[logging]\nlevel = \"loud\"", "[logging] level = 'loud' is not valid: expected a log level"),
        ("[logging]\nlevel = 5", "[logging] level = 5 is not valid: expected a string"),
        ("[logging]\ncolour = true", "[logging] has an unknown setting 'colour'"),
        ("logging = 3", "[logging] must be a table"),
        ("[storage]\nurl = \"\"", "[storage] url = '' is not valid"),
        ("[console]\nport = 0", "[console] port = 0 is not valid: expected a port number from 1 to 65535"),
        ("[console]\nport = \"8470\"", "[console] port = '8470' is not valid: expected a whole number"),
        ("[console]\nlisten = \"\"", "[console] listen = '' is not valid: expected an address to listen on"),
        ("[console]\nlisten = \"127.0.0.1:8470\"", "[console] listen = '127.0.0.1:8470' is not valid: expected "
         "an address only"),
        ("[console]\nlisten = \"http://0.0.0.0\"", "[console] listen = 'http://0.0.0.0' is not valid"),
        ("[console]\npublic_url = \"http://mods.example.org\"", "[console] public_url = 'http://mods.example.org' "
         "is not valid: expected an https:// URL (plain http only for 127.0.0.1 or localhost"),
        ("[console]\npublic_url = \"mods.example.org\"", "[console] public_url = 'mods.example.org' is not valid: "
         "expected a URL starting with https://"),
        ("[console]\npublic_url = \"https://[::1\"", "[console] public_url = 'https://[::1' is not valid"),
        ("[console]\npublic_url = \"https://mods.example.org/?next=x\"", "without ?query or #fragment"),
        ("[console]\ntheme = \"dark\"", "[console] has an unknown setting 'theme'; known: listen, port, public_url"),
        ("console = true", "[console] must be a table"),
    ],
)
def test_every_bad_value_is_one_line_naming_key_value_and_what_is_allowed(text: str, needle: str) -> None:
    with pytest.raises(ConfigError) as exc:
        parse_config(text, "lookout.toml")
    message = str(exc.value)
    assert message.startswith("lookout.toml: ") and needle in message
    assert "\n" not in message


def test_language_codes_are_accepted_in_any_case() -> None:
    cfg = parse_config('[detection]\nlanguages = ["EN", " es"]\n[community]\nlanguage = "Es"')
    assert cfg.detection.languages == ("en", "es")
    assert cfg.community.language == "es"


def test_logging_file_is_relative_to_the_config(tmp_path: Path) -> None:
    path = tmp_path / "lookout.toml"
    path.write_text('[logging]\nlevel = "debug"\nfile = "logs/lookout.log"\n', encoding="utf-8")
    cfg = load_config(str(path))
    assert cfg.log_level == "DEBUG"
    assert cfg.log_file == str(tmp_path / "logs" / "lookout.log")


def test_a_config_that_loads_no_rules_is_refused(tmp_path: Path) -> None:
    from bot.detection_setup import configured_engine

    empty = tmp_path / "empty.toml"
    empty.write_text('language = "en"\n', encoding="utf-8")
    path = tmp_path / "lookout.toml"
    path.write_text(f'[detection]\nlanguages = ["en"]\nextra_packs = ["{empty.name}"]\n', encoding="utf-8")
    cfg = load_config(str(path))
    assert configured_engine(cfg).rules  # the bundled English pack alone has rules
    only_empty = Config(detection=DetectionConfig(languages=("xx",)), source=str(path))
    with pytest.raises(ConfigError, match="'xx' is not a bundled pack language; expected codes from de, en"):
        configured_engine(only_empty)


def test_zero_rules_stops_the_cli_with_exit_code_2(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    import bot.detection_setup as setup
    from bot.cli import main

    monkeypatch.setattr(setup, "bundled_pack_paths", lambda languages=None: [])
    assert main(["check", "hello"]) == 2
    err = capsys.readouterr().err
    assert "loads no detection rules" in err and err.count("\n") == 1


def test_unknown_lang_option_is_exit_code_2(capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    assert main(["check", "--lang", "english", "hello"]) == 2
    assert "--lang english: 'english' is not a bundled pack language" in capsys.readouterr().err


def test_console_is_served_only_when_its_table_is_present() -> None:
    assert parse_config("").console is None
    assert parse_config("[metrics]\nenabled = true").console is None
    console = parse_config("[console]\n").console
    assert console is not None
    assert (console.listen, console.port, console.public_url) == ("127.0.0.1", 8470, None)  # this machine only


def test_console_settings_are_read() -> None:
    console = parse_config('[console]\nlisten = "0.0.0.0"\nport = 9000\npublic_url = "https://mods.example.org/lookout"'
                           ).console
    assert console is not None
    assert (console.listen, console.port, console.public_url) == ("0.0.0.0", 9000, "https://mods.example.org/lookout")
    local = parse_config('[console]\npublic_url = "http://localhost:8470"').console
    assert local is not None and local.public_url == "http://localhost:8470"  # plain http on this machine only


def test_example_config_documents_the_console_without_enabling_it() -> None:
    text = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    assert "# [console]" in text
    assert load_config(str(ROOT / "config.example.toml")).console is None
    # Uncommented, the documented values load as written.
    block = text[text.index("# [console]"):].split("\n\n")[0]
    uncommented = "\n".join(line[2:] for line in block.splitlines() if line.startswith("# ") and "=" in line
                            or line == "# [console]")
    console = parse_config(uncommented).console
    assert console is not None and console.listen == "127.0.0.1"


@pytest.mark.parametrize(("env", "expected"),
                         [(None, True), ("off", False), ("OFF", False), ("on", True), ("0", False)])
def test_the_semantic_layer_is_on_unless_config_or_environment_says_off(
        monkeypatch: pytest.MonkeyPatch, env: str | None, expected: bool) -> None:
    if env is None:
        monkeypatch.delenv("LOOKOUT_SEMANTIC", raising=False)
    else:
        monkeypatch.setenv("LOOKOUT_SEMANTIC", env)
    assert Config().detection.semantic is expected
    assert parse_config("[community]\nthreshold = 1\n").detection.semantic is expected
    # The file's own setting wins over the variable, both ways.
    assert parse_config("[detection]\nsemantic = false\n").detection.semantic is False
    assert parse_config("[detection]\nsemantic = true\n").detection.semantic is True


def test_a_bad_semantic_variable_is_named_with_what_to_write(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOOKOUT_SEMANTIC", "maybe")
    with pytest.raises(ConfigError, match=r"LOOKOUT_SEMANTIC='maybe' is not valid: expected on or off"):
        load_config(None)
    assert parse_config("[detection]\nsemantic = false\n").detection.semantic is False  # the file decides
