"""The container files agree with each other and with the code (Docker itself cannot run here).

Each check is a mistake that would only show at `docker compose up`: a compose file that is not
valid YAML, a config path the image does not read, a metrics port the health check does not
probe, a database host that is not the database service, a secret written into a file.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.config import load_config

ROOT = Path(__file__).resolve().parents[2]


def dockerfile() -> str:
    return (ROOT / "Dockerfile").read_text()


def test_compose_file_is_valid_and_wires_the_bot_to_postgres() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    assert set(services) == {"lookout", "postgres"}
    bot, db = services["lookout"], services["postgres"]
    assert bot["build"] == "."
    assert bot["depends_on"]["postgres"]["condition"] == "service_healthy" and "healthcheck" in db
    mounts = {m.split(":")[1]: m.split(":")[0] for m in bot["volumes"]}
    assert "/etc/lookout/config.toml" in mounts and (ROOT / mounts["/etc/lookout/config.toml"]).is_file()
    # Secrets come from .env, never written into the files.
    env = bot["environment"]
    assert env["LOOKOUT_DISCORD_TOKEN"].startswith("${") and env["LOOKOUT_TELEGRAM_TOKEN"].startswith("${")
    assert env["PGPASSWORD"] == db["environment"]["POSTGRES_PASSWORD"] and env["PGPASSWORD"].startswith("${")
    # The metrics port is published on the host's loopback only.
    assert bot["ports"] == ["127.0.0.1:9464:9464"]


def test_container_config_matches_the_image_and_the_compose_file() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    mount = next(m for m in compose["services"]["lookout"]["volumes"] if m.endswith(":/etc/lookout/config.toml:ro"))
    config = load_config(str(ROOT / mount.split(":")[0]))
    assert config.storage.url.startswith("postgresql://") and "@postgres:" in config.storage.url
    assert ":" not in config.storage.url.split("://", 1)[1].split("@")[0], "no password in the config file"
    assert config.metrics.enabled and config.metrics.listen == "0.0.0.0"
    text = dockerfile()
    assert f"EXPOSE {config.metrics.port}" in text
    assert f"127.0.0.1:{config.metrics.port}/healthz" in text
    assert f"{config.metrics.port}:{config.metrics.port}" in compose["services"]["lookout"]["ports"][0]
    assert re.search(r'CMD \["run", "--config", "/etc/lookout/config.toml"\]', text)
    # The seal key is on a volume of its own, which the image prepares for its user.
    key_dir = str(Path(config.storage.seal_key_path).parent)
    assert f"sealkey:{key_dir}" in compose["services"]["lookout"]["volumes"] and "sealkey" in compose["volumes"]
    assert f"mkdir -m 0700 {key_dir}" in text


def test_dockerfile_copies_what_the_package_needs() -> None:
    text = dockerfile()
    copied = set(re.findall(r"^COPY (\S+)", text, re.M))
    assert {"rules", "bot", "storage", "pyproject.toml"} <= copied
    assert "USER lookout" in text and "STOPSIGNAL SIGTERM" in text
    assert (ROOT / "deploy" / "env.example").is_file()
    assert ".env" in (ROOT / ".gitignore").read_text().split()
