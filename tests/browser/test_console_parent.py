"""A parent's console, in a real browser: `lookout scan --save`, then `lookout console --db`.

Everything runs as a parent would run it: the real commands in their own processes, the link
they print, a headless Chromium on 127.0.0.1. The family database is made by scanning the
bundled example chats (invented people, tactics only). One console and one browser serve the
whole module; the tests run in order, as one evening of review would.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import REPO, need_browser, screenshot

need_browser()  # skip (or fail where required) before importing Selenium-based helpers

from selenium.webdriver.common.by import By  # noqa: E402

from tests.browser.harness import WAIT_S, find, fits_width, log_in, submit_with, text_of, wait  # noqa: E402

CONFIG = '[detection]\nlanguages = ["en"]\n'


@dataclass
class Console:
    process: subprocess.Popen[str]
    base: str
    link: str
    db: Path
    cases: list[dict[str, Any]]
    output: list[str]
    errors: Path


def _lookout(*args: str) -> list[str]:
    return [sys.executable, "-m", "bot.cli", *args]


def _read_until_link(process: subprocess.Popen[str], output: list[str]) -> str:
    """The login link the console prints (read in a thread, so a silent process cannot hang us)."""
    found: list[str] = []
    done = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            output.append(line)
            if "/login/" in line and not found:
                found.append(line.strip())
                done.set()
        done.set()

    threading.Thread(target=read, daemon=True).start()
    if not done.wait(WAIT_S * 2) or not found:
        process.kill()
        raise AssertionError("lookout console printed no login link:\n" + "".join(output))
    return found[0]


@pytest.fixture(scope="module")
def console(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Console]:
    folder = tmp_path_factory.mktemp("family")
    config = folder / "lookout.toml"
    config.write_text(CONFIG, encoding="utf-8")
    db = folder / "family.db"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run(_lookout("--config", str(config), "scan", "--save", str(db), str(REPO / "examples")),
                   cwd=folder, env=env, check=True, capture_output=True, text=True, timeout=120)
    listed = subprocess.run(_lookout("cases", "list", "--json", "--db", str(db)), cwd=folder, env=env, check=True,
                            capture_output=True, text=True, timeout=60)
    cases = [json.loads(line) for line in listed.stdout.splitlines() if line.strip()]
    assert len(cases) >= 2, listed.stdout
    errors = (folder / "console.err").open("w+", encoding="utf-8")  # a file: a full pipe would stall it
    process = subprocess.Popen(_lookout("--config", str(config), "console", "--db", f"sqlite:///{db}", "--port", "0"),
                               cwd=folder, env=env, stdout=subprocess.PIPE, stderr=errors, text=True)
    output: list[str] = []
    try:
        try:
            link = _read_until_link(process, output)
        except AssertionError as failure:
            errors.seek(0)
            raise AssertionError(f"{failure}\n{errors.read()}") from None
        base = link.split("/login/")[0]
        assert base.startswith("http://127.0.0.1:"), "the parent's console listens on this machine only"
        yield Console(process, base, link, db, cases, output, folder / "console.err")
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(WAIT_S)
            except subprocess.TimeoutExpired:
                process.kill()
        errors.close()


def test_the_printed_link_logs_in_once(console: Console, browser: Any) -> None:
    assert "works once, within 10 minutes" in "".join(console.output)
    browser.get(console.link)
    screenshot(browser, "login")
    log_in(browser, console.link)
    screenshot(browser, "parent-overview")
    # The session cookie is out of reach of scripts and never sent along from another site.
    session = [c for c in browser.get_cookies() if c.get("httpOnly") and c["path"] == "/"]
    assert session and all(c["sameSite"] == "Strict" for c in session)
    # The same link again, in a browser without that session: refused.
    browser.delete_all_cookies()
    browser.get(console.link)
    submit_with(browser, "button#login")
    assert "used or expired" in browser.page_source
    assert find(browser, "h1").text != "Overview"
    screenshot(browser, "parent-used-link")
    for cookie in session:  # back to the parent's session for the next tests
        browser.add_cookie({k: cookie[k] for k in ("name", "value", "path", "httpOnly", "sameSite")})
    browser.get(f"{console.base}/")
    assert find(browser, "main#main h1").text == "Overview"


def test_the_scanned_cases_are_listed_and_a_form_without_its_token_is_refused(console: Console, browser: Any) -> None:
    browser.get(f"{console.base}/cases?status=all")
    ids = {a.get_attribute("data-case-id") for a in browser.find_elements(By.CSS_SELECTOR, "a[data-case-id]")}
    assert ids == {c["id"] for c in console.cases}
    screenshot(browser, "parent-cases")
    case = _worst(console)
    browser.find_element(By.CSS_SELECTOR, f"a[data-case-id='{case['id']}']").click()
    wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#case-status"), "the case page")
    assert browser.find_elements(By.CSS_SELECTOR, "#timeline li.flagged"), "flagged lines are marked"
    screenshot(browser, "parent-case")
    # A form whose CSRF token is missing (as a forged post from another site would be) changes nothing.
    browser.execute_script("document.querySelectorAll('input[name=csrf]').forEach(e => e.remove())")
    submit_with(browser, "button[name=action][value=acknowledge]")
    refusal = browser.page_source
    browser.get(f"{console.base}/cases/{case['id']}")
    assert text_of(browser, "#case-status") == "Open", refusal
    assert find(browser, "#case-status").get_attribute("data-status") == "open"
    # With its token the same button works.
    submit_with(browser, "button[name=action][value=acknowledge]")
    assert find(browser, "#case-status").get_attribute("data-status") == "acknowledged"


def test_the_evidence_package_downloads_for_the_police(console: Console, browser: Any, downloads: Path) -> None:
    case = _worst(console)
    browser.get(f"{console.base}/cases/{case['id']}")
    for link_text, suffix in (("JSON package", ".json"), ("HTML report", ".html")):
        browser.find_element(By.LINK_TEXT, link_text).click()
        def done(driver: Any, suffix: str = suffix) -> list[Path]:
            return [p for p in downloads.iterdir() if p.name.endswith(suffix)]  # not the .crdownload

        saved = wait(browser, done, f"the {link_text} download")
        content = saved[0].read_text(encoding="utf-8")
        assert case["id"] in content and case["suspect_id"] in content
    package = json.loads(next(p for p in downloads.iterdir() if p.name.endswith(".json")).read_text("utf-8"))
    assert package["case"]["id"] == case["id"] and package["verification"]["status"] == "intact"
    assert any(item["flagged"] for item in package["items"]), "the flagged lines, each with its digest"
    assert all(len(item["digest"]) == 64 for item in package["items"])


def test_a_threshold_change_is_previewed_before_it_is_saved(console: Console, browser: Any) -> None:
    case = _worst(console)
    community = case["community_id"]
    browser.get(f"{console.base}/communities/{community}/settings")
    before = find(browser, "#threshold").get_attribute("value")
    preview = {}
    for value in ("100", "0.5"):
        field = find(browser, "#threshold")
        field.clear()
        field.send_keys(value)
        submit_with(browser, "button[name=preview]")
        preview[value] = text_of(browser, "#threshold-preview")
    screenshot(browser, "parent-threshold-preview")
    assert preview["100"].startswith("At 100") and " 0 of the " in preview["100"]
    stored = sum(1 for c in console.cases if c["community_id"] == community)
    assert f"{stored} of the {stored} stored case" in preview["0.5"]
    # Previewing saved nothing.
    browser.get(f"{console.base}/communities/{community}/settings")
    assert find(browser, "#threshold").get_attribute("value") == before


def test_try_a_message_shows_the_normalised_text_and_the_rules(console: Console, browser: Any) -> None:
    browser.get(f"{console.base}/rules")
    find(browser, "#try-text").send_keys("d0nt t3ll anyone, add me on snap")
    submit_with(browser, "button[name=try]")
    result = text_of(browser, "#try-result")
    screenshot(browser, "parent-try-a-message")
    assert text_of(browser, "#try-normalized") == "dont tell anyone, add me on snap", result  # the evasion undone
    hits = text_of(browser, "#try-hits")
    assert "secrecy" in hits and "platform move" in hits, result
    assert find(browser, "#try-nearest").text  # the nearest exemplar, or why there is none


def test_forgetting_a_person_asks_first_then_says_what_was_kept(console: Console, browser: Any) -> None:
    case = _worst(console)
    child = case["targets"][0]
    browser.get(f"{console.base}/privacy")
    find(browser, "#forget-user").send_keys(child)
    submit_with(browser, "#forget-user ~ button, form:has(#forget-user) button[type=submit]")
    confirm = text_of(browser, "#forget-confirm")
    assert child in confirm and "kept" in confirm.lower()
    screenshot(browser, "parent-forget-confirm")
    submit_with(browser, "button[name=confirm]")
    result = text_of(browser, "#forget-result")
    screenshot(browser, "parent-forget-done")
    assert child in result or "forgot" in result.lower() or "deleted" in result.lower(), result
    # What was forgotten is gone from the case page too, except what the case must keep.
    browser.get(f"{console.base}/audit")
    assert "forget" in find(browser, "main#main").text.lower()


def test_on_a_phone_the_case_page_fits_and_its_actions_are_reachable(console: Console, browser: Any) -> None:
    case = _worst(console)
    browser.set_window_size(390, 844)
    try:
        browser.get(f"{console.base}/cases/{case['id']}")
        find(browser, "#case-status")
        assert fits_width(browser), "the case page scrolls sideways on a phone"
        buttons = browser.find_elements(By.CSS_SELECTOR, "button[name=action]")
        assert buttons and all(b.size["width"] <= 390 for b in buttons)
        screenshot(browser, "phone-case")
        browser.get(f"{console.base}/")
        assert fits_width(browser), "the overview scrolls sideways on a phone"
        screenshot(browser, "phone-overview")
    finally:
        browser.set_window_size(1280, 900)


def test_ctrl_c_stops_the_console_cleanly(console: Console) -> None:
    console.process.send_signal(signal.SIGINT)
    assert console.process.wait(WAIT_S) == 0
    assert "Console stopped." in "".join(console.output)
    errors = console.errors.read_text(encoding="utf-8")
    assert "Traceback" not in errors and "ERROR" not in errors, errors


def _worst(console: Console) -> dict[str, Any]:
    """The case with the most risk (a Discord server case in the bundled examples)."""
    return max(console.cases, key=lambda c: c["risk"])
