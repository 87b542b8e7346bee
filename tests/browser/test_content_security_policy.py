"""The strict Content-Security-Policy, as Chromium enforces it: public pages work under it and
break none of its rules; an injected inline script is blocked."""

import pytest

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.browser, pytest.mark.django_db]

PAGES = [
    "/nl/",
    "/fr/",
    "/en/",
    "/en/search/?q=science",
    "/en/visitors/opening-hours/",
    "/en/international/umbrella-organisations/",
    "/en/international/world-declarations/mechelen-declaration/",
    "/en/does-not-exist/",
]


@pytest.fixture
def violations(phone):
    found = []
    phone.on(
        "console",
        lambda message: (
            found.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return found


@pytest.mark.parametrize("path", PAGES)
def test_public_pages_run_their_script_and_break_no_rule(site_url, phone, violations, path):
    phone.goto(site_url + path)
    phone.wait_for_load_state("load")
    # site.js, from the site itself, ran: it swaps the class.
    assert phone.evaluate("document.documentElement.className") == "js"
    assert violations == []


def test_an_injected_inline_script_is_blocked(site_url, phone, violations):
    phone.goto(site_url + "/en/")
    phone.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.injected = true'; document.body.append(s); }"
    )
    assert phone.evaluate("window.injected === undefined")
    assert any("script-src" in message for message in violations)
