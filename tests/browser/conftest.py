"""A real browser for the web console's tests: Debian's Chromium, headless, driven by Selenium.

Why a real browser: the console's promises are about what a person gets in one (cookies that
are HttpOnly and SameSite, forms that carry their CSRF token, a page that fits a phone, a CSP
that the browser enforces). One browser is shared by a test module, so the suite stays fast.

Where Chromium is missing the tests are skipped with the command that installs it, unless
`LOOKOUT_BROWSER_TESTS=required` (CI sets it): then a missing browser is a failure. Screenshots
are kept as test artifacts under `tmp/artifacts/browser/` (or `$LOOKOUT_ARTIFACTS`); the path is
printed at the end of the run.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
INSTALL = "sudo apt-get install chromium chromium-driver"
ARTIFACTS = Path(os.environ.get("LOOKOUT_ARTIFACTS") or REPO / "tmp" / "artifacts") / "browser"
_saved: list[Path] = []


def browser_binaries() -> tuple[str, str] | str:
    """(chromium, chromedriver), or why the browser tests cannot run here."""
    browser = next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)
    driver = shutil.which("chromedriver")
    if browser is None or driver is None:
        missing = " and ".join(n for n, p in (("chromium", browser), ("chromedriver", driver)) if p is None)
        return f"{missing} not found: install them with `{INSTALL}` (Debian/Ubuntu), then `make test` runs these"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed: run `make test` (it installs the dev extra) or `pip install -e '.[dev]'`"
    return browser, driver


def need_browser() -> tuple[str, str]:
    found = browser_binaries()
    if isinstance(found, str):
        if os.environ.get("LOOKOUT_BROWSER_TESTS") == "required":
            pytest.fail(f"browser tests are required here, but {found}")
        pytest.skip(found, allow_module_level=True)
    return found


def start_browser(downloads: Path, width: int = 1280, height: int = 900) -> Any:
    """A headless Chromium that talks only to 127.0.0.1 (no updates, no sync, no first run); files
    it downloads (the evidence exports) land in `downloads`."""
    browser, driver = need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--disable-extensions", "--disable-background-networking", "--disable-sync",
                     "--no-first-run", "--no-default-browser-check", "--disable-component-update",
                     "--lang=en-US", f"--window-size={width},{height}", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    return webdriver.Chrome(service=Service(driver), options=options)


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(downloads: Path) -> Iterator[Any]:
    """One browser per test module, shared by its tests (they log in as they need)."""
    driver = start_browser(downloads)
    try:
        yield driver
    finally:
        driver.quit()


def screenshot(driver: Any, name: str) -> Path:
    """Keep what the browser shows as a test artifact (PNG); returns its path."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    driver.save_screenshot(str(path))
    _saved.append(path)
    return path


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _saved:
        terminalreporter.write_line(f"browser screenshots ({len(_saved)}): {ARTIFACTS}")
