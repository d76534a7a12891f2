"""Login through one-time links, sessions, idle expiry and logout, over HTTP against a real server."""

from __future__ import annotations

from datetime import timedelta

from yarl import URL

from bot.console.auth import IDLE_EXPIRY, LINK_LIFETIME, token_hash
from tests.console.conftest import MOD, Console, csrf_of, follow_link, hidden


async def test_a_link_logs_in_once_and_is_refused_the_second_time(console: Console) -> None:
    link = await console.backend.issue_login("discord", MOD, ["g-fandom"], "Mod Kim")
    async with console.client() as client:
        response = await follow_link(client, link)
        assert response.status == 200 and str(response.url) == f"{console.url}/"
        async with client.get(f"{console.url}/") as page:
            assert page.status == 200
            assert "<h1>Overview</h1>" in await page.text()
    async with console.client() as again:
        response = await follow_link(again, link)
        assert response.status == 403
        async with again.get(f"{console.url}/") as page:
            assert page.status == 401, "a refused link opens no session"


async def test_opening_the_link_uses_nothing_up_so_chat_previews_do_not_burn_it(console: Console) -> None:
    link = await console.backend.issue_login("discord", MOD, ["g-fandom"], "Mod Kim")
    async with console.client() as previewer:
        for _ in range(3):
            async with previewer.get(link) as page:
                assert page.status == 200
    async with console.client() as client:
        assert (await follow_link(client, link)).status == 200


async def test_an_expired_link_is_refused(console: Console) -> None:
    link = await console.backend.issue_login("discord", MOD, ["g-fandom"], "Mod Kim")
    console.clock.now += LINK_LIFETIME + timedelta(seconds=1)
    async with console.client() as client:
        response = await follow_link(client, link)
        assert response.status == 403
        assert "used or expired" in await response.text()


async def test_only_the_hash_of_the_token_is_stored(console: Console) -> None:
    link = await console.backend.issue_login("discord", MOD, ["g-fandom"], "Mod Kim")
    token = link.rsplit("/", 1)[1]
    async with console.storage._driver.reader() as tx:  # type: ignore[attr-defined]
        stored = [row[0] for row in await tx.fetchall("SELECT token_hash FROM console_logins")]
    assert stored == [token_hash(token)] and token not in stored


async def test_the_login_form_needs_the_token_the_page_gave(console: Console) -> None:
    link = await console.backend.issue_login("discord", MOD, ["g-fandom"], "Mod Kim")
    async with console.client() as client:
        async with client.post(link, data={"csrf": "forged"}) as response:
            assert response.status == 403
        # The link still works from its own page afterwards.
        assert (await follow_link(client, link)).status == 200


async def test_session_cookie_flags(console: Console) -> None:
    link = await console.backend.issue_login("discord", MOD, ["g-fandom"], "Mod Kim")
    async with console.client() as client:
        async with client.get(link) as page:
            token = hidden(await page.text(), "csrf")
        async with client.post(link, data={"csrf": token}, allow_redirects=False) as response:
            assert response.status == 303
            cookie = next(v for v in response.headers.getall("Set-Cookie") if v.startswith("lookout_session="))
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie, "plain http on 127.0.0.1: a Secure cookie would never come back"


async def test_the_session_cookie_is_secure_behind_https(console: Console) -> None:
    from bot.console import ConsoleServer

    server = ConsoleServer(console.backend, listen="127.0.0.1", port=0, public_url="https://console.example.org/")
    await server.start()
    try:
        assert server.url == "https://console.example.org"
        link = await console.backend.issue_login("discord", MOD, ["g-fandom"], "Mod Kim")
        local = link.replace("https://console.example.org", f"http://127.0.0.1:{_port(server)}")
        async with console.client() as client:
            async with client.get(local) as page:
                token = hidden(await page.text(), "csrf")
                assert "Secure" in page.headers["Set-Cookie"]
                assert page.headers["Strict-Transport-Security"].startswith("max-age=")
            async with client.post(local, data={"csrf": token}, cookies={"lookout_login": token},
                                   allow_redirects=False) as response:
                cookie = next(v for v in response.headers.getall("Set-Cookie") if v.startswith("lookout_session="))
        assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    finally:
        await server.stop()
        console.backend.base_url = console.server.url


def _port(server: object) -> int:
    runner = server._runner  # type: ignore[attr-defined]
    return int(runner.addresses[0][1])


async def test_an_idle_session_expires(console: Console) -> None:
    async with console.client() as client:
        await console.login(client)
        console.clock.now += IDLE_EXPIRY - timedelta(minutes=1)
        async with client.get(f"{console.url}/cases") as page:
            assert page.status == 200, "activity keeps the session alive"
        console.clock.now += IDLE_EXPIRY + timedelta(seconds=1)
        async with client.get(f"{console.url}/cases") as page:
            assert page.status == 401
            assert "Please log in" in await page.text()


async def test_logout_ends_the_session(console: Console) -> None:
    async with console.client() as client:
        csrf = await console.login(client)
        async with client.post(f"{console.url}/logout", data={"csrf": csrf}) as page:
            assert page.status == 200 and "You are logged out" in await page.text()
        async with client.get(f"{console.url}/") as page:
            assert page.status == 401
    entries, _total = await console.storage.console_audit(None)
    assert [e.action for e in entries][:2] == ["logout", "login"]


async def test_a_link_from_another_site_reloads_so_the_strict_cookie_is_sent(console: Console) -> None:
    async with console.client() as client:
        await console.login(client)
        # What a browser does when a chat app's link is followed: the Strict cookie stays behind.
        async with console.client() as fresh, fresh.get(
                f"{console.url}/cases/{console.cases['fandom'].id}", headers={"Sec-Fetch-Site": "cross-site"}) as page:
            text = await page.text()
            assert page.status == 200 and 'http-equiv="refresh"' in text
            assert "<script" not in text
        assert await csrf_of(client, f"{console.url}/cases/{console.cases['fandom'].id}")


async def test_logging_in_again_ends_the_browsers_previous_session(console: Console) -> None:
    async with console.client() as client:
        await console.login(client)
        old = client.cookie_jar.filter_cookies(URL(console.url))["lookout_session"].value
        await console.login(client)
        assert len(console.backend.sessions) == 1
        assert console.backend.sessions.get(old) is None


async def test_after_logging_in_the_page_asked_for_opens(console: Console) -> None:
    case = console.cases["fandom"]
    async with console.client() as client:
        async with client.get(f"{console.url}/cases/{case.id}") as page:
            assert page.status == 401 and "/lookout console" in await page.text()
        link = await console.backend.issue_login("discord", MOD, ["g-fandom"], "Mod Kim")
        response = await follow_link(client, link)
        assert str(response.url) == f"{console.url}/cases/{case.id}"
        # Once: the next login lands on the overview again.
        response = await follow_link(client, await console.backend.issue_login("discord", MOD, ["g-fandom"], "Kim"))
        assert str(response.url) == f"{console.url}/"


async def test_the_page_to_land_on_is_never_another_site(console: Console) -> None:
    for planted, lands in (("/audit?page=1", "/audit?page=1"), ("//evil.example/x", "/"),
                           ("https://evil.example/", "/"), ("/\\evil.example", "/")):
        async with console.client() as client:
            client.cookie_jar.update_cookies({"lookout_next": planted}, URL(f"{console.url}/login/"))
            response = await follow_link(client, await console.backend.issue_login("discord", MOD, ["g-fandom"], "K"))
            assert str(response.url) == f"{console.url}{lands}", planted


async def test_only_pages_are_remembered_to_land_on(console: Console) -> None:
    async with console.client() as client:
        # A browser asks for the icon (or an image) while showing the login page: not a place to land.
        async with client.get(f"{console.url}/cases/x1/export.json", headers={"Sec-Fetch-Dest": "empty"}) as r:
            assert r.status == 401
        async with client.get(f"{console.url}/favicon.ico") as icon:
            assert icon.status == 200 and icon.content_type == "image/svg+xml"
        response = await follow_link(client, await console.backend.issue_login("discord", MOD, ["g-fandom"], "K"))
        assert str(response.url) == f"{console.url}/"
