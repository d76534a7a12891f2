"""Community settings with the threshold preview, the rules page with "try a message", and privacy."""

from __future__ import annotations

import logging
import sys
from dataclasses import replace
from types import SimpleNamespace

import pytest

from bot.vocabulary import CaseStatus
from tests.console.conftest import MOD, Console
from tests.storage.helpers import conversation, new_case


async def test_the_threshold_preview_counts_stored_cases_and_saves_nothing(console: Console) -> None:
    # g-fandom holds cases at risk 2.4 and 0.6 (and a member's report, which alerts whatever the threshold).
    await new_case(console.storage, suspect="u-reported", community="g-fandom", source="report", risk=0.0)
    await console.storage.flush()
    async with console.client() as client:
        csrf = await console.login(client)
        async with client.post(f"{console.url}/communities/g-fandom/settings",
                               data={"csrf": csrf, "threshold": "2", "preview": "1"}) as page:
            text = await page.text()
            assert page.status == 200
    assert 'id="threshold-preview"' in text
    words = " ".join(text.split())
    assert "At 2.0, 1 of the 2 stored cases Lookout opened here would have alerted (1 at the current 1.0)" in words
    assert (await console.backend.settings("g-fandom")).threshold == 1.0, "a preview saves nothing"
    preview = await console.backend.threshold_preview("g-fandom", 0.5)
    assert (preview.would_alert, preview.alerts_now, preview.considered) == (2, 1, 2)


async def test_settings_are_saved_through_the_moderation_layer_and_audited(console: Console) -> None:
    async with console.client() as client:
        csrf = await console.login(client)
        async with client.post(f"{console.url}/communities/g-fandom/settings", data={
                "csrf": csrf, "threshold": "1.5", "nudge_mode": "dm", "language": "es",
                "trusted_roles": "Helpers, Event Team", "moderator_roles": "", "save": "1"}) as page:
            text = await page.text()
            assert page.status == 200 and "Saved:" in text
        async with client.post(f"{console.url}/communities/g-fandom/settings",
                               data={"csrf": csrf, "threshold": "200", "save": "1"}) as page:
            assert page.status == 400
            assert "threshold 200.0 must be a number above 0 and at most 100" in await page.text()
    settings = await console.backend.settings("g-fandom")
    assert (settings.threshold, settings.nudge_mode, settings.language) == (1.5, "dm", "es")
    assert settings.trusted_roles == ("Helpers", "Event Team")
    assert settings.source("threshold").name == "MODERATOR"
    entries, _ = await console.storage.console_audit(["g-fandom"])
    assert entries[0].action == "settings" and "threshold=1.5" in entries[0].detail and entries[0].actor_id == MOD


async def test_a_setting_can_follow_the_config_again(console: Console) -> None:
    await console.backend.moderation.settings.update("g-fandom", language="de")
    async with console.client() as client:
        csrf = await console.login(client)
        async with client.post(f"{console.url}/communities/g-fandom/settings",
                               data={"csrf": csrf, "reset_language": "1", "save": "1"}) as page:
            assert page.status == 200
    assert (await console.backend.settings("g-fandom")).source("language").name == "DEFAULT"


def semantic_on(console: Console, monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite runs with the layer off (tests/conftest.py); these tests are about it being on."""
    lookout = console.backend.lookout
    assert lookout is not None
    config = lookout.config
    monkeypatch.setattr(lookout, "config", replace(config, detection=replace(config.detection, semantic=True)))


class FakeIndex:
    """The semantic layer's index as `rules.semantic.shared_index()` returns it, without a model."""

    def score_texts(self, texts: list[str]) -> list[SimpleNamespace]:
        return [SimpleNamespace(category="secrecy", score=0.31, threshold=0.2, similarity=0.82, hit=True,
                                nearest_text="this stays between you and me")]


async def test_try_a_message_shows_normalised_text_and_rule_hits_and_logs_no_text(
        console: Console, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "rules.semantic", SimpleNamespace(shared_index=FakeIndex))
    semantic_on(console, monkeypatch)
    message = "k33p th1s between us ok? dont tell your parents"
    async with console.client() as client:
        csrf = await console.login(client)
        with caplog.at_level(logging.DEBUG):
            async with client.post(f"{console.url}/rules/try", data={"csrf": csrf, "text": message}) as page:
                text = await page.text()
    assert 'id="try-result"' in text
    assert '<code id="try-normalized">keep this between us ok? dont tell your parents</code>' in text
    assert "secrecy" in text and 'id="try-hits"' in text and "<li><code>" in text
    assert "“this stays between you and me” · secrecy" in " ".join(text.split())
    assert not any(message in r.getMessage() or "between us" in r.getMessage() for r in caplog.records)


async def test_try_a_message_says_when_there_is_no_semantic_layer(
        console: Console, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "rules.semantic", None)  # importing it fails
    semantic_on(console, monkeypatch)
    async with console.client() as client:
        csrf = await console.login(client)
        async with client.post(f"{console.url}/rules/try", data={"csrf": csrf, "text": "add me on snap"}) as page:
            text = await page.text()
    assert 'id="try-nearest" class="muted">The semantic layer is not installed here.' in text
    assert "platform move" in text


async def test_the_rules_page_lists_rules_by_category_and_language(console: Console) -> None:
    async with console.client() as client:
        await console.login(client)
        async with client.get(f"{console.url}/rules?category=secrecy&language=en") as page:
            text = await page.text()
    assert "<summary>secrecy (" in text and "<summary>flattery" not in text


async def test_forgetting_a_person_asks_first_then_says_what_was_kept(console: Console) -> None:
    closed = await new_case(console.storage, suspect="u-suspect-5", target="u-child-7", community="g-fandom",
                            evidence=conversation("u-suspect-5", "u-child-7"))
    await console.storage.set_status(closed.id, CaseStatus.CLOSED, MOD, "Mod Kim")
    await console.storage.flush()
    async with console.client() as client:
        csrf = await console.login(client)
        async with client.post(f"{console.url}/privacy/forget",
                               data={"csrf": csrf, "user_id": "u-child-7", "community": "g-fandom"}) as page:
            confirm = await page.text()
        assert 'id="forget-confirm"' in confirm and "What is kept, and why" in confirm
        assert len((await console.storage.get_case(closed.id)).evidence) == 5, "nothing happens before the confirmation"
        async with client.post(f"{console.url}/privacy/forget", data={
                "csrf": csrf, "user_id": "u-child-7", "community": "g-fandom", "confirm": "yes"}) as page:
            result = await page.text()
    assert 'id="forget-result"' in result and "evidence" in result
    detail = await console.storage.get_case(closed.id)
    assert [e.author_id for e in detail.evidence] == ["u-suspect-5"] * 3
    entries, _ = await console.storage.console_audit(["g-fandom"])
    forgot = next(e for e in entries if e.action == "forget")
    assert "u-child-7" not in forgot.detail, "the audit trail must not name whoever was forgotten"


async def test_forgetting_a_suspect_with_an_open_case_keeps_it_and_says_why(console: Console) -> None:
    suspect = console.cases["fandom"].suspect_id
    async with console.client() as client:
        csrf = await console.login(client)
        async with client.post(f"{console.url}/privacy/forget",
                               data={"csrf": csrf, "user_id": suspect, "confirm": "yes"}) as page:
            text = await page.text()
    assert "they are the suspect and a moderator has not decided yet" in text
    assert await console.storage.find_case(console.cases["fandom"].id) is not None
    assert await console.storage.find_case(console.cases["other"].id) is not None


async def test_forgetting_in_another_community_is_refused(console: Console) -> None:
    async with console.client() as client:
        csrf = await console.login(client)
        async with client.post(f"{console.url}/privacy/forget", data={
                "csrf": csrf, "user_id": "u-child-9", "community": "g-other", "confirm": "yes"}) as page:
            assert page.status == 404
    assert len((await console.storage.get_case(console.cases["other"].id)).evidence) == 5


async def test_retention_and_purge(console: Console) -> None:
    async with console.client() as client:
        csrf = await console.login(client)
        async with client.post(f"{console.url}/privacy/retention", data={
                "csrf": csrf, "community": "g-fandom", "closed_case_days": "60", "nudge_days": ""}) as page:
            assert page.status == 200 and "Retention saved for g-fandom." in await page.text()
        async with client.post(f"{console.url}/privacy/retention", data={
                "csrf": csrf, "community": "g-other", "closed_case_days": "60"}) as page:
            assert page.status == 404
        async with client.post(f"{console.url}/privacy/purge", data={"csrf": csrf}) as page:
            text = await page.text()
            assert 'id="purge-result"' in text
    assert (await console.backend.settings("g-fandom")).retention.closed_case_days == 60
    assert (await console.backend.settings("g-other")).retention.closed_case_days == 180
    entries, _ = await console.storage.console_audit(None)
    assert {"purge", "settings"} <= {e.action for e in entries}
