"""Tokens and database passwords never reach any output, at any log level, even when a start fails.

Why end to end: the leaks found were in libraries' lines (python-telegram-bot quotes a rejected
token and logs Bot API URLs, which carry it, at DEBUG), so only a real `lookout` process run
against the local fake platforms shows what an operator would see. Each failing start runs at
every log level the config allows, plus `-v`, and stdout, stderr and the log file are searched
for the secret in every spelling it takes (as is, URL-encoded, the secret half of a token).
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import socket
import sys
from collections.abc import Awaitable
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from bot.redaction import MASK, Redactor, scrub_record
from tests.discord.fake_discord import FakeDiscord
from tests.telegram.fake_bot_api import FakeBotAPI

REPO = Path(__file__).resolve().parents[1]
TELEGRAM_TOKEN = "987654321:AAHwrongTokenMadeUpForTheFakeApi-x1y2z3"
DISCORD_TOKEN = "ODk0NTEyMzQ1Njc4OTAxMjM0.YwXyZa.madeUpTokenForTheLocalFakeOnly_ab12"
PG_PASSWORD = "Pg-Pass/9f3c:1e"  # characters that are percent-encoded inside a URL
# Every level the config allows; `-v` (DEBUG whatever the config says) rides on the ERROR run's CLI checks.
LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR"]


def spellings(secret: str) -> set[str]:
    forms = {secret, quote(secret, safe=""), quote(secret, safe="").lower()}
    if ":" in secret and secret.split(":")[0].isdigit():
        forms.add(secret.split(":", 1)[1])  # a Telegram token's secret half; the bot id is public
    if secret.count(".") == 2:
        forms.add(secret.rsplit(".", 1)[1])  # a Discord token's signature
    return forms


def assert_no_secret(output: str, *secrets: str) -> None:
    for secret in secrets:
        for form in spellings(secret):
            assert form not in output, f"the secret ({form[:4]}…) reached the output"


# ----- the redactor itself ------------------------------------------------------------------------

def test_redactor_masks_every_spelling_of_a_known_secret() -> None:
    r = Redactor()
    r.add(TELEGRAM_TOKEN)
    r.add_url(f"postgresql://lookout:{quote(PG_PASSWORD, safe='')}@db.example.org/lookout")
    text = (f"GET https://api.example.org/bot{TELEGRAM_TOKEN}/getMe; /bot{quote(TELEGRAM_TOKEN, safe='')}/x; "
            f"pw={PG_PASSWORD!r} {quote(PG_PASSWORD, safe='')}")
    masked = r.redact(text)
    assert_no_secret(masked, TELEGRAM_TOKEN, PG_PASSWORD)
    assert masked.startswith(f"GET https://api.example.org/bot{MASK}/getMe")


def test_redactor_masks_secret_shaped_text_it_was_never_told() -> None:
    r = Redactor()
    masked = r.redact(f"token {TELEGRAM_TOKEN} and {DISCORD_TOKEN} at postgresql://u:hunter2@h/db")
    assert_no_secret(masked, TELEGRAM_TOKEN, DISCORD_TOKEN, "hunter2")
    assert f"postgresql://u:{MASK}@h/db" in masked


def test_short_and_empty_secrets_do_not_blot_out_ordinary_words() -> None:
    r = Redactor()
    r.add("")
    r.add("ab")
    assert r.redact("a cab in the lab") == "a cab in the lab"


def test_records_are_scrubbed_in_message_args_and_traceback() -> None:
    r = Redactor()
    r.add(TELEGRAM_TOKEN)
    try:
        raise RuntimeError(f"The token `{TELEGRAM_TOKEN}` was rejected")
    except RuntimeError:
        record = logging.LogRecord("telegram.ext", logging.ERROR, __file__, 1, "url %s failed",
                                   (f"/bot{TELEGRAM_TOKEN}/getMe",), sys.exc_info())
    import bot.redaction as redaction

    saved = redaction.REDACTOR
    redaction.REDACTOR = r
    try:
        scrub_record(record)
    finally:
        redaction.REDACTOR = saved
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.emit(record)
    output = stream.getvalue()
    assert "RuntimeError" in output and "Traceback" in output
    assert_no_secret(output, TELEGRAM_TOKEN)


# ----- failing starts, end to end ----------------------------------------------------------------

def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def lookout(tmp: Path, name: str, config: str, args: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run `lookout` in its own process; returns the exit code and ALL it wrote (stdout, stderr, log file)."""
    log_file = tmp / f"{name}.log"
    path = tmp / f"{name}.toml"
    path.write_text(config + f'\n[logging]\nfile = "{log_file.name}"\n' + env.pop("LEVEL_LINE", ""), "utf-8")
    base = {k: v for k, v in os.environ.items() if not k.startswith(("LOOKOUT_", "PG"))}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "--config", str(path), *args, cwd=REPO, env={**base, **env},
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        out, err = await asyncio.wait_for(proc.communicate(), 120)
    except TimeoutError:
        proc.kill()
        raise
    logged = log_file.read_text("utf-8") if log_file.exists() else ""
    assert proc.returncode is not None
    return proc.returncode, f"{out.decode()}\n{err.decode()}\n{logged}"


def pg_urls() -> list[str]:
    """A server that is not there, and, when the test server answers, a login it refuses."""
    urls = [f"postgresql://lookout:{quote(PG_PASSWORD, safe='')}@127.0.0.1:{closed_port()}/lookout"]
    dsn = os.environ.get("LOOKOUT_TEST_PG_DSN")
    if dsn:
        parts = urlsplit(dsn)
        urls.append(f"postgresql://no_such_role_lookout:{quote(PG_PASSWORD, safe='')}@{parts.hostname}:"
                    f"{parts.port or 5432}{parts.path}")
    return urls


async def run_all(runs: list[Awaitable[tuple[int, str]]]) -> list[tuple[int, str]]:
    results = list(await asyncio.gather(*runs))
    for code, output in results:
        assert_no_secret(output, TELEGRAM_TOKEN, DISCORD_TOKEN, PG_PASSWORD)
        assert code in (1, 2), output
    return results


@pytest.mark.parametrize("level", LEVELS)
async def test_rejected_tokens_and_an_unreachable_database_never_print_a_secret(tmp_path: Path, level: str) -> None:
    env = {"LEVEL_LINE": f'level = "{level}"\n'}
    sqlite = f'[storage]\nurl = "sqlite:///{tmp_path}/lookout.db"\n'
    async with FakeDiscord() as fake, FakeBotAPI() as api:
        fake.fail("GET", r"/users/@me", status=401, code=0, message="401: Unauthorized")
        telegram = sqlite + f'[telegram]\napi_base_url = "http://127.0.0.1:{api.port}"\n'
        discord = sqlite + f'[discord]\napi_base = "{fake.api_base}"\ngateway_url = "{fake.gateway_url}"\n'
        (tg_code, tg_out), (dc_code, dc_out), (pg_code, pg_out) = await run_all([
            lookout(tmp_path, "telegram", telegram, ["run"], {**env, "LOOKOUT_TELEGRAM_TOKEN": TELEGRAM_TOKEN}),
            lookout(tmp_path, "discord", discord, ["run"], {**env, "LOOKOUT_DISCORD_TOKEN": DISCORD_TOKEN}),
            lookout(tmp_path, "pg", f'[storage]\nurl = "{pg_urls()[0]}"\n', ["run"],
                    {**env, "LOOKOUT_DISCORD_TOKEN": DISCORD_TOKEN}),
        ])
    assert tg_code == 1 and "was rejected" in tg_out
    assert dc_code == 1 and "Discord rejected LOOKOUT_DISCORD_TOKEN" in dc_out
    assert_one_database_error(pg_code, pg_out, "lookout")
    if level != "DEBUG":  # at DEBUG the cause's traceback is logged on purpose (masked)
        assert "Traceback" not in tg_out + dc_out + pg_out


async def test_database_errors_from_the_cli_never_print_the_password(tmp_path: Path) -> None:
    urls = pg_urls()
    env = {"LEVEL_LINE": 'level = "DEBUG"\n'}
    runs = [lookout(tmp_path, f"cases{i}", "", ["-v", "cases", "list", "--db", url], dict(env))
            for i, url in enumerate(urls)]
    runs += [lookout(tmp_path, f"run{i}", f'[storage]\nurl = "{url}"\n', ["-v", "run"],
                     {**env, "LOOKOUT_DISCORD_TOKEN": DISCORD_TOKEN}) for i, url in enumerate(urls[1:])]
    for (code, output), user in zip(await run_all(runs), ["lookout", "no_such_role_lookout", "no_such_role_lookout"],
                                    strict=False):
        assert_one_database_error(code, output, user)


def assert_one_database_error(code: int, output: str, user: str) -> None:
    assert code == 2, output
    assert f"postgresql://{user}:{MASK}@" in output
    errors = [line for line in output.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and "cannot" in errors[0] and "database" in errors[0], output
