"""Browser tests: Playwright driving Debian's Chromium (/usr/bin/chromium), never a downloaded one.

Without a browser these tests skip locally; with REQUIRE_BROWSER=1 (set by .ci/run) a missing
browser is a failure, so CI can never pass by silently skipping them.
"""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from the test are
# still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        message = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


# How Chromium reports on the console what a Content-Security-Policy blocked.
CSP_VIOLATION_MARKERS = ("Content Security Policy", "Refused to")


@pytest.fixture
def watch_csp_violations():
    """Starts collecting, for a browser tab, the console messages of blocked content (of the
    tab's frames too, such as the admin's preview panel); returns the list it fills."""

    def watch(tab):
        violations = []

        def collect(message):
            if any(marker in message.text for marker in CSP_VIOLATION_MARKERS):
                violations.append(message.text)

        tab.on("console", collect)
        return violations

    return watch


@pytest.fixture
def page(browser, watch_csp_violations):
    """A browser tab; the test fails if a security policy blocked anything in it."""
    context = browser.new_context(locale="sv-SE", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    violations = watch_csp_violations(page)
    yield page
    context.close()
    assert not violations, "Content-Security-Policy blocked:\n" + "\n".join(violations)


@pytest.fixture
def screenshot(page):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(name, width=1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)

    return take
