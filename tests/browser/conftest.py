"""Playwright on Debian's Chromium (/usr/bin/chromium); no browser download.

Without Chromium the browser tests are skipped with a message, except in CI (CI=true),
where a missing browser is an error.
"""

import os
import shutil

import pytest

# Playwright's sync API runs an event loop in this thread; the Django calls the tests make
# around it are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"


def pytest_collection_modifyitems(config, items):
    if os.path.exists(CHROMIUM):
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(f"CI needs Chromium for the browser tests; none at {CHROMIUM}")
    skip = pytest.mark.skip(reason=f"Debian's chromium is not installed ({CHROMIUM} missing)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def pages(django_db_setup, django_db_blocker):
    """The site the browser visits (tests/browser/site.py), built once and committed before
    the first browser test: the browser modules run after all others (tests/conftest.py), so
    no other test sees it. {page type name: {code: page}}."""
    from tests.browser.site import visited_site

    with django_db_blocker.unblock():
        return visited_site()


@pytest.fixture(scope="session")
def site_url(pages):
    """The site served from a thread, with static files from collectstatic through WhiteNoise
    (as in production, hashed names included), on the test database with `pages`.

    The server has its own database connections (except for SQLite in memory, which must be
    shared), so it sees committed data only: tests that write clean up after themselves.
    """
    from django.db import connections
    from django.test.testcases import LiveServerThread

    shared = {
        connection.alias: connection
        for connection in connections.all()
        if connection.vendor == "sqlite" and connection.is_in_memory_db()
    }
    for connection in shared.values():
        connection.inc_thread_sharing()
    server = LiveServerThread(
        "127.0.0.1", static_handler=lambda handler: handler, connections_override=shared, port=0
    )
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    yield f"http://127.0.0.1:{server.port}"
    server.terminate()
    for connection in shared.values():
        connection.dec_thread_sharing()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session", autouse=True)
def _close_connections_opened_beside_playwright(browser):
    """Playwright's sync API runs tests in a greenlet with a context of its own, where Django
    opens connections of its own; close them before the test database is dropped."""
    yield
    from django.db import connections

    connections.close_all()


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    yield page
    context.close()
