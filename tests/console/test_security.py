"""Security headers, escaping, what the log may hold, and the standalone (parent) mode."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import pytest

from bot.console import ConsoleBackend, ConsoleServer
from bot.vocabulary import CaseStatus
from storage import open_storage
from tests.console.conftest import Console, engine, follow_link
from tests.storage.helpers import conversation, new_case


def assert_secure_headers(headers: object, where: str) -> None:
    get = headers.get  # type: ignore[attr-defined]
    csp = get("Content-Security-Policy", "")
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp, where
    assert "unsafe-inline" not in csp.split("script-src", 1)[1].split(";")[0], where
    assert get("Referrer-Policy") == "no-referrer", where
    assert get("X-Content-Type-Options") == "nosniff", where
    assert get("X-Frame-Options") == "DENY", where
    assert get("Cache-Control") == "no-store", where


async def test_every_response_carries_the_security_headers(console: Console) -> None:
    async with console.client() as client:
        link = await console.backend.issue_login("discord", "mod-kim", ["g-fandom"], "Mod Kim")
        async with client.get(link) as page:
            assert_secure_headers(page.headers, "login page")
        async with client.get(f"{console.url}/") as page:
            assert_secure_headers(page.headers, "signed out")
        csrf = await console.login(client)
        for path in ("/", "/cases", f"/cases/{console.cases['fandom'].id}", f"/cases/{console.cases['other'].id}",
                     "/audit", "/rules", "/privacy", "/communities/g-fandom/settings", "/no-such-page"):
            async with client.get(console.url + path) as page:
                assert_secure_headers(page.headers, path)
                assert "<script" not in await page.text(), "no inline script anywhere"
        case_id = console.cases["fandom"].id
        async with client.post(f"{console.url}/cases/{case_id}/action", data={"action": "ban"}) as page:
            assert page.status == 403
            assert_secure_headers(page.headers, "refused form")
        assert csrf


async def test_the_stylesheet_is_local_and_served_as_css(console: Console) -> None:
    async with console.client() as client:
        await console.login(client)
        async with client.get(f"{console.url}/") as page:
            text = await page.text()
        assert 'href="/static/console.css' in text and "http://" not in text.split("<main", 1)[0].replace(
            'http-equiv', '')
        async with client.get(f"{console.url}/static/console.css") as css:
            assert css.status == 200 and css.content_type == "text/css"
            assert "prefers-color-scheme: dark" in await css.text()


async def test_a_suspects_message_cannot_run_in_the_moderators_browser(console: Console) -> None:
    case = await new_case(console.storage, suspect="u-suspect-x", community="g-fandom",
                          evidence=[*conversation("u-suspect-x")[:1]],
                          signals=['<img src=x onerror="alert(1)">'])
    hostile = dataclasses.replace(conversation("u-suspect-x")[0], message_id="m-x",
                                  text='<script>alert("hi")</script>')
    await console.storage.add_evidence(case.id, [hostile])
    await console.storage.flush()
    async with console.client() as client:
        await console.login(client)
        async with client.get(f"{console.url}/cases/{case.id}") as page:
            text = await page.text()
    assert "<script>alert" not in text and '<img src=x onerror' not in text
    assert "&lt;img src=x onerror=" in text and "&lt;script&gt;alert(&#34;hi&#34;)&lt;/script&gt;" in text


async def test_no_message_text_is_logged_at_info(console: Console, caplog: pytest.LogCaptureFixture) -> None:
    case = console.cases["fandom"]
    texts = [item.text for item in conversation()]
    note = "Called the family of the child"
    with caplog.at_level(logging.INFO):
        async with console.client() as client:
            csrf = await console.login(client)
            for path in ("/", "/cases", f"/cases/{case.id}?verify=1", f"/cases/{case.id}/export.json"):
                async with client.get(console.url + path) as page:
                    assert page.status == 200
            for data in ({"action": "note", "note": note}, {"action": "acknowledge"}):
                async with client.post(f"{console.url}/cases/{case.id}/action", data={"csrf": csrf, **data}) as page:
                    assert page.status == 200
            async with client.post(f"{console.url}/rules/try", data={"csrf": csrf, "text": texts[2]}) as page:
                assert page.status == 200
    logged = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    assert "logged in" in logged, "the console does log (so this test looks at something)"
    for text in [*texts, note]:
        assert text not in logged
    token_free = [r.getMessage() for r in caplog.records if "/login/" in r.getMessage()]
    assert token_free == [], "login links never reach the log"


async def test_issuing_a_link_before_the_server_listens_says_so(tmp_path: Path) -> None:
    storage = await open_storage(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        backend = ConsoleBackend.standalone(storage, engine=engine())
        with pytest.raises(RuntimeError, match="start ConsoleServer"):
            await backend.issue_owner_login()
    finally:
        await storage.close()


async def test_standalone_owner_sees_every_community_and_cannot_use_platform_actions(standalone: Console) -> None:
    case = standalone.cases["fandom"]
    link = await standalone.backend.issue_owner_login()
    assert link.startswith(f"{standalone.url}/login/")
    async with standalone.client() as client:
        await follow_link(client, link)
        async with client.get(f"{standalone.url}/cases") as page:
            listed = await page.text()
        assert all(c.id in listed for c in standalone.cases.values())
        async with client.get(f"{standalone.url}/cases/{case.id}") as page:
            text = await page.text()
            csrf = text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        assert 'value="ban" disabled data-unavailable' in text and "cannot time out or ban anyone" in text
        async with client.post(f"{standalone.url}/cases/{case.id}/action",
                               data={"csrf": csrf, "action": "ban"}) as page:
            assert "cannot time out or ban anyone" in await page.text()
        async with client.post(f"{standalone.url}/cases/{case.id}/action",
                               data={"csrf": csrf, "action": "reported"}) as page:
            assert page.status == 200
    detail = await standalone.storage.get_case(case.id)
    assert detail.case.status == CaseStatus.REPORTED
    assert detail.audit[-1].actor_id == "owner"


async def test_standalone_owner_may_change_any_communitys_settings(standalone: Console) -> None:
    assert await standalone.backend.all_communities() == ["g-fandom", "g-other"]
    async with standalone.client() as client:
        await follow_link(client, await standalone.backend.issue_owner_login())
        async with client.get(f"{standalone.url}/communities/g-other/settings") as page:
            assert page.status == 200


async def test_a_port_of_zero_gets_a_real_url(tmp_path: Path) -> None:
    storage = await open_storage(f"sqlite:///{tmp_path / 'y.db'}")
    backend = ConsoleBackend.standalone(storage, engine=engine())
    server = ConsoleServer(backend, listen="127.0.0.1", port=0, public_url=None)
    await server.start()
    try:
        assert server.url.startswith("http://127.0.0.1:") and not server.url.endswith(":0")
    finally:
        await server.stop()
        await storage.close()


async def test_the_audit_trail_takes_the_address_a_local_proxy_forwards(console: Console) -> None:
    async with console.client() as client:
        csrf = await console.login(client)
        async with client.post(f"{console.url}/privacy/purge", data={"csrf": csrf},
                               headers={"X-Forwarded-For": "198.51.100.1, 203.0.113.9"}) as page:
            assert page.status == 200
    entries, _ = await console.storage.console_audit(None)
    assert entries[0].action == "purge" and entries[0].ip == "203.0.113.9"
