"""Cases in the console: who may see them, actions through the shared flow, exports, the list."""

from __future__ import annotations

import json
from datetime import timedelta

from bot.moderation import Rights
from bot.vocabulary import CaseStatus
from tests.console.conftest import HELPER, MOD, OTHER, Console, csrf_of
from tests.storage.helpers import new_case


async def test_acknowledging_goes_through_the_shared_flow_and_updates_the_alert(console: Console) -> None:
    case = console.cases["fandom"]
    assert console.port is not None
    async with console.client() as client:
        csrf = await console.login(client)
        async with client.post(f"{console.url}/cases/{case.id}/action",
                               data={"csrf": csrf, "action": "acknowledge"}) as page:
            text = await page.text()
            assert page.status == 200 and str(page.url).endswith(f"/cases/{case.id}")
            assert 'id="flash"' in text and "Acknowledged." in text
            assert 'data-status="acknowledged"' in text
    # The alert posted in the chat shows the new state (the same edit an alert button makes).
    assert ("edit", "ch-alerts:77", case.id, "acknowledged") in console.port.calls
    detail = await console.storage.get_case(case.id)
    assert detail.case.status == CaseStatus.ACKNOWLEDGED
    assert [(a.actor_id, a.actor_name) for a in detail.audit][-1] == (MOD, f"Moderator {MOD}")
    # The console's own audit says from where.
    entries, _ = await console.storage.console_audit(None)
    acted = next(e for e in entries if e.action == "case:acknowledge")
    assert (acted.case_id, acted.community_id, acted.ip, acted.user_agent) == (
        case.id, "g-fandom", "127.0.0.1", "ConsoleTest/1.0")


async def test_time_out_needs_the_platform_right_and_reaches_the_platform(console: Console) -> None:
    case = console.cases["fandom"]
    assert console.port is not None
    async with console.client() as client:
        csrf = await console.login(client, HELPER)
        async with client.get(f"{console.url}/cases/{case.id}") as page:
            text = await page.text()
            assert 'value="timeout" disabled data-unavailable' in text
            assert "You need the Timeout Members permission" in text
        async with client.post(f"{console.url}/cases/{case.id}/action",
                               data={"csrf": csrf, "action": "timeout"}) as page:
            assert "You need the Timeout Members permission" in await page.text()
    assert not any(call[0] == "timeout" for call in console.port.calls)
    async with console.client() as client:
        csrf = await console.login(client, MOD)
        async with client.post(f"{console.url}/cases/{case.id}/action",
                               data={"csrf": csrf, "action": "timeout"}) as page:
            assert "Suspect timed out for 24 hours." in await page.text()
    assert ("timeout", "g-fandom", case.suspect_id) in console.port.calls
    assert (await console.storage.get_case(case.id)).case.status == CaseStatus.ACTIONED


async def test_a_note_is_added_and_shown(console: Console) -> None:
    case = console.cases["fandom"]
    async with console.client() as client:
        csrf = await console.login(client)
        async with client.post(f"{console.url}/cases/{case.id}/action",
                               data={"csrf": csrf, "action": "note", "note": "Spoke with the <b>parents</b>"}) as page:
            text = await page.text()
    assert "Spoke with the &lt;b&gt;parents&lt;/b&gt;" in text, "escaped, never markup"
    notes = (await console.storage.get_case(case.id)).notes
    assert [n.text for n in notes] == ["Spoke with the <b>parents</b>"]


async def test_a_form_without_its_csrf_token_is_refused(console: Console) -> None:
    case = console.cases["fandom"]
    async with console.client() as client:
        csrf = await console.login(client)
        for data in ({"action": "acknowledge"}, {"action": "acknowledge", "csrf": csrf[:-2] + "xx"}):
            async with client.post(f"{console.url}/cases/{case.id}/action", data=data) as page:
                assert page.status == 403
        async with client.post(f"{console.url}/communities/g-fandom/settings",
                               data={"threshold": "5", "save": "1"}) as page:
            assert page.status == 403
    assert (await console.storage.get_case(case.id)).case.status == CaseStatus.OPEN
    assert (await console.backend.settings("g-fandom")).threshold == 1.0


async def test_another_communitys_case_is_refused(console: Console) -> None:
    other = console.cases["other"]
    async with console.client() as client:
        csrf = await console.login(client)
        for path in (f"/cases/{other.id}", f"/cases/{other.id}/export.json", f"/cases/{other.id}/export.html",
                     f"/communities/{OTHER}/settings"):
            async with client.get(console.url + path) as page:
                text = await page.text()
                assert page.status == 404, path
                assert "u-suspect-9" not in text and "u-child-9" not in text
        async with client.post(f"{console.url}/cases/{other.id}/action",
                               data={"csrf": csrf, "action": "false_positive"}) as page:
            assert page.status == 404
        async with client.get(f"{console.url}/cases?status=all") as page:
            listed = await page.text()
        assert console.cases["fandom"].id in listed and other.id not in listed
    assert (await console.storage.get_case(other.id)).case.status == CaseStatus.OPEN


async def test_a_login_for_a_community_the_person_does_not_moderate_shows_nothing_of_it(console: Console) -> None:
    other = console.cases["other"]
    async with console.client() as client:
        await console.login(client, MOD, communities=("g-fandom", OTHER))
        async with client.get(f"{console.url}/cases/{other.id}") as page:
            assert page.status == 404, "the platform says they do not moderate it"


async def test_rights_are_asked_again_on_every_request(console: Console) -> None:
    case = console.cases["fandom"]
    assert console.port is not None
    async with console.client() as client:
        csrf = await console.login(client)
        async with client.get(f"{console.url}/cases/{case.id}") as page:
            assert page.status == 200
        console.port.rights_of[("g-fandom", MOD)] = Rights(moderate=False)  # their role was removed
        async with client.get(f"{console.url}/cases/{case.id}") as page:
            assert page.status == 404
        async with client.post(f"{console.url}/cases/{case.id}/action",
                               data={"csrf": csrf, "action": "acknowledge"}) as page:
            assert page.status == 404
        async with client.get(f"{console.url}/cases") as page:
            assert case.id not in await page.text()
    assert (await console.storage.get_case(case.id)).case.status == CaseStatus.OPEN


async def test_a_page_asks_the_platform_once_per_community(console: Console) -> None:
    assert console.port is not None
    asked: list[tuple[str, str]] = []
    ask = console.port.rights

    async def counting(community_id: str, user_id: str) -> Rights:
        asked.append((community_id, user_id))
        return await ask(community_id, user_id)

    console.port.rights = counting  # type: ignore[method-assign]
    async with console.client() as client:
        await console.login(client)
        asked.clear()
        async with client.get(f"{console.url}/") as page:
            assert page.status == 200
        assert asked == [("g-fandom", MOD)]
        async with client.get(f"{console.url}/cases") as page:
            assert page.status == 200
        assert asked == [("g-fandom", MOD)] * 2, "and again on the next request"


async def test_case_page_shows_the_timeline_the_reasons_and_a_verified_seal(console: Console) -> None:
    case = console.cases["fandom"]
    async with console.client() as client:
        await console.login(client)
        async with client.get(f"{console.url}/cases/{case.id}?verify=1") as page:
            text = await page.text()
    assert text.count('class="flagged"') == 3 and text.count('class="context"') == 2
    assert "keep this between us ok" in text and "asked for secrecy" in text and "fan_out: 2 children" in text
    assert 'id="verify-result" class="ok"' in text and 'data-status="intact"' in text
    assert "<svg" in text


async def test_exports_are_the_evidence_package(console: Console) -> None:
    case = console.cases["fandom"]
    async with console.client() as client:
        await console.login(client)
        async with client.get(f"{console.url}/cases/{case.id}/export.json") as response:
            package = json.loads(await response.read())
            assert response.headers["Content-Disposition"] == f'attachment; filename="lookout-case-{case.id}.json"'
        async with client.get(f"{console.url}/cases/{case.id}/export.html") as response:
            html = await response.text()
            assert "sandbox" in response.headers["Content-Security-Policy"]
    assert package["case"]["id"] == case.id and len(package["items"]) == 5
    assert package["verification"]["status"] == "intact"
    assert case.id in html
    entries, _ = await console.storage.console_audit(["g-fandom"])
    assert [e.detail for e in entries if e.action == "export"] == ["html", "json"]
    history = [(a.action, a.detail) for a in (await console.storage.get_case(case.id)).audit]
    assert history[-2:] == [("evidence", "json package from the web console"),
                            ("evidence", "html package from the web console")]


async def test_the_list_filters_and_pages(console: Console) -> None:
    for n in range(30):
        await new_case(console.storage, suspect=f"u-many-{n}", target="u-child-5", community="g-fandom",
                       categories=["gift_offer"], now=console.cases["fandom"].created_at + timedelta(days=2))
    await console.storage.flush()
    async with console.client() as client:
        await console.login(client)
        async with client.get(f"{console.url}/cases?category=gift_offer") as page:
            first = await page.text()
        async with client.get(f"{console.url}/cases?category=gift_offer&page=2") as page:
            second = await page.text()
        async with client.get(f"{console.url}/cases?user=u-child-1") as page:
            by_child = await page.text()
        async with client.get(f"{console.url}/cases?severity=high") as page:
            high = await page.text()
        day = (console.cases["fandom"].created_at + timedelta(days=1)).date().isoformat()
        async with client.get(f"{console.url}/cases?since={day}") as page:
            recent = await page.text()
    assert "30 cases, page 1 of 2" in first and first.count("data-case-id=") == 25
    assert second.count("data-case-id=") == 5 and "category=gift_offer" in first
    assert by_child.count("data-case-id=") == 2 and console.cases["fandom_low"].id in by_child
    assert high.count("data-case-id=") == 1
    assert "30 cases" in recent and console.cases["fandom"].id not in recent


async def test_the_overview_counts_open_cases_and_charts_the_days(console: Console) -> None:
    async with console.client() as client:
        await console.login(client)
        async with client.get(f"{console.url}/") as page:
            text = await page.text()
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="chart"' in text
    # g-fandom: one high and one low open case; g-other's are not this moderator's.
    assert '<span class="count">1</span>\n      <span class="what">high</span>' in text
    assert '<span class="count">0</span>\n      <span class="what">medium</span>' in text


async def test_the_audit_log_shows_only_the_persons_communities(console: Console) -> None:
    async with console.client() as client:
        csrf = await console.login(client, "mod-other", communities=(OTHER,))
        async with client.post(f"{console.url}/cases/{console.cases['other'].id}/action",
                               data={"csrf": csrf, "action": "acknowledge"}) as page:
            assert page.status == 200
    async with console.client() as client:
        await console.login(client)
        async with client.get(f"{console.url}/audit") as page:
            text = await page.text()
            assert console.cases["other"].id not in text
        await csrf_of(client, f"{console.url}/audit")
    entries, total = await console.storage.console_audit([OTHER])
    assert total == 1 and entries[0].action == "case:acknowledge"


async def test_the_audit_log_shows_case_actions_from_every_surface(console: Console) -> None:
    # A moderator pressed a button on the Discord alert (recorded by the service, not the console).
    await console.storage.add_audit(console.cases["fandom"].id, "mod-lee", "Mod Lee", "acknowledge", "from the alert")
    await console.storage.add_audit(console.cases["other"].id, "mod-zed", "Mod Zed", "acknowledge", "elsewhere")
    async with console.client() as client:
        await console.login(client)
        async with client.get(f"{console.url}/audit?view=cases") as page:
            text = await page.text()
    assert "Mod Lee" in text and "from the alert" in text and "acknowledged" in text
    assert "Mod Zed" not in text and console.cases["other"].id not in text
    everything, total = await console.storage.case_actions(None)
    assert total >= 2 and everything[0].actor_name == "Mod Zed"
