"""Alert rendering and the retry helper, without any server."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.actions import AlertView, EvidenceLine
from bot.events import Author
from bot.platforms.telegram.faults import RetryPolicy, call_api, is_removed
from bot.platforms.telegram.render import (
    MAX_MESSAGE_CHARS,
    alert_text,
    callback_data,
    keyboard,
    message_link,
    parse_callback,
)
from bot.platforms.telegram.runtime import start_param

pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*")
T = datetime(2026, 5, 12, 16, 2, tzinfo=UTC)


def view(evidence: int = 2, name: str = "Rex", case_id: str = "c0ffee12") -> AlertView:
    lines = tuple(
        EvidenceLine(str(100 + i), "-1001987654321", "43", name, T, f"are you alone right now? ({i})" * 3,
                     flagged=i % 2 == 0, categories=("isolation",))
        for i in range(evidence)
    )
    return AlertView(
        case_id=case_id, platform="telegram", community_id="-1001987654321", channel_id="-1001987654321",
        suspect=Author("43", name, "rex_gamer_x"), target=Author("42", "Mia", "mia_draws"), severity="high",
        risk=1.4, stage="isolation", categories=("age_probe", "isolation"), rules=("r1",),
        signals=("target is a child",), evidence=lines, prior_cases=1, status="open",
    )


def test_names_cannot_inject_markup() -> None:
    text = alert_text(view(name="<b>Rex</b> & <a href='x'>"), "Teens <3")
    assert "<b>Rex</b> &" not in text and "&lt;b&gt;Rex&lt;/b&gt; &amp;" in text
    assert "Teens &lt;3" in text


def test_long_alerts_fit_telegram_and_keep_flagged_lines_first() -> None:
    text = alert_text(view(evidence=200))
    assert len(text) <= MAX_MESSAGE_CHARS
    assert "more in the evidence file" in text
    assert "Case <code>c0ffee12</code>" in text  # the tail survives trimming
    shown = [line for line in text.splitlines() if line.startswith(("🚩", "·"))]
    assert shown and all(line.startswith("🚩") for line in shown)


def test_the_case_seal_is_in_the_alert() -> None:
    text = alert_text(replace(view(evidence=200), seal="3f9a1c2e5b7d4a01 (12 entries)"))
    assert "Case <code>c0ffee12</code> · seal <code>3f9a1c2e5b7d4a01 (12 entries)</code>" in text
    assert "seal" not in alert_text(view())  # a view without a seal (none stored) shows none


def test_callback_data_round_trips_and_respects_64_bytes() -> None:
    markup = keyboard(view())
    datas = [b.callback_data for row in markup.inline_keyboard for b in row]
    assert len(datas) == 6 and all(isinstance(d, str) and len(d.encode()) <= 64 for d in datas)
    click = parse_callback(callback_data("mute", "c0ffee12"))
    assert click is not None and (click.action, click.case_id) == ("mute", "c0ffee12")
    assert parse_callback("lk:explode:c1") is None and parse_callback("other") is None
    with pytest.raises(ValueError, match="too long"):
        callback_data("ack", "x" * 70)


def test_message_links_only_where_telegram_has_them() -> None:
    assert message_link("-1001987654321", "105") == "https://t.me/c/1987654321/105"
    assert message_link("-1001987654321/7", "105") == "https://t.me/c/1987654321/7/105"
    assert message_link("-4567", "105") is None  # basic group


def test_deep_link_payloads_are_telegram_safe() -> None:
    assert start_param("tip_platform_move") == "tip_platform_move"
    assert start_param("tip_ä b") == "tip___b"
    assert len(start_param("x" * 100)) == 64


async def test_call_api_retries_flood_control_and_network_errors() -> None:
    waits: list[float] = []

    async def sleep(s: float) -> None:
        waits.append(s)

    outcomes: list[Exception | str] = [RetryAfter(3), NetworkError("reset"), TimedOut(), "ok"]

    async def op() -> str:
        item = outcomes.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    assert await call_api(op, what="t", policy=RetryPolicy(attempts=4, base_delay_s=0.5), sleep=sleep) == "ok"
    assert waits == [3.0, 0.5, 1.0]


async def test_call_api_gives_up_on_errors_retrying_cannot_fix() -> None:
    calls = 0

    async def op() -> None:
        nonlocal calls
        calls += 1
        raise BadRequest("chat not found")

    async def no_sleep(s: float) -> None:
        raise AssertionError("must not wait")

    with pytest.raises(BadRequest):
        await call_api(op, what="t", sleep=no_sleep)
    assert calls == 1
    assert is_removed(Forbidden("Forbidden: bot was kicked from the supergroup chat"))
    assert not is_removed(Forbidden("Forbidden: bot can't initiate conversation with a user"))


async def test_call_api_stops_after_its_attempts() -> None:
    calls = 0

    async def op() -> None:
        nonlocal calls
        calls += 1
        raise NetworkError("down")

    async def sleep(s: float) -> None:
        return None

    with pytest.raises(NetworkError):
        await call_api(op, what="t", policy=RetryPolicy(attempts=3), sleep=sleep)
    assert calls == 3
