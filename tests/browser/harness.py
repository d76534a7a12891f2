"""Helpers for the browser tests: an event loop in a thread for the servers, and page helpers.

Why a thread: Selenium blocks while the browser loads a page, and the page is served by the
console on an asyncio loop. Running the servers (console, fake Discord, the bot) on their own
loop in a background thread lets the tests drive the browser as a person would, and hand the
servers coroutines (`world.run(...)`) to set things up and to look at what happened.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import socket
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

T = TypeVar("T")
WAIT_S = 15.0  # an upper bound for a page or a server to answer, never a measurement


class LoopThread:
    """An asyncio loop running in a daemon thread until `close`."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="browser-test-servers", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = WAIT_S) -> T:
        """Run `coro` on the servers' loop and wait (bounded) for its result."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def start(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Start `coro` there and return at once (a server that runs until told to stop)."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(WAIT_S)
        self.loop.close()


def free_port() -> int:
    """A port free on 127.0.0.1 right now (for a config that needs a number)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait(driver: WebDriver, until: Callable[[WebDriver], T], what: str) -> T:
    """Wait (bounded) until `until` gives something true; the message says what was awaited.
    A page being replaced under the test (a node of the old document) is retried, not an error."""
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException, WebDriverException

    ignored = (NoSuchElementException, StaleElementReferenceException, WebDriverException)
    return WebDriverWait(driver, WAIT_S, ignored_exceptions=ignored).until(until, message=f"waiting for {what}")


def find(driver: WebDriver, css: str) -> WebElement:
    return wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, css), css)


def text_of(driver: WebDriver, css: str) -> str:
    """The element's text, read in one go from the page as it is now (retried while it changes)."""
    return str(wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, css).text or " ", css)).strip()


def submit_with(driver: WebDriver, css: str) -> None:
    """Click a submit button and wait until the next page has loaded."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, css).click()
    wait(driver, lambda d: _stale(old), f"the page after clicking {css}")
    wait(driver, lambda d: d.execute_script("return document.readyState") == "complete", "the page to load")


def _stale(element: WebElement) -> bool:
    from selenium.common.exceptions import StaleElementReferenceException

    try:
        element.tag_name  # noqa: B018 (touching it is the test)
    except StaleElementReferenceException:
        return True
    return False


def log_in(driver: WebDriver, link: str) -> None:
    """Open a one-time link and press Continue, as a moderator would."""
    driver.delete_all_cookies()
    driver.get(link)
    submit_with(driver, "button#login")
    wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "main#main h1").text == "Overview", "the overview")


def fits_width(driver: WebDriver) -> bool:
    """No sideways scrolling: the page is no wider than the window."""
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    return int(overflow) <= 1
