"""The strict Content-Security-Policy, as Chromium enforces it: public pages work under it and
break none of its rules; an injected inline script is blocked."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# Pages with a script of their own (the opening hours' month switch, the search form) or with
# embedded data (a declaration's structured data), the home page in each language, a 404.
PAGES = [
    ("HomePage", "nl"),
    ("HomePage", "fr"),
    ("HomePage", "en"),
    ("OpeningHoursPage", "en"),
    ("OrganisationIndexPage", "en"),
    ("DeclarationPage", "en"),
]
VIEWS = ["/en/search/?q=science", "/en/does-not-exist/"]


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


def address(pages, path):
    if isinstance(path, tuple):
        page_type, language = path
        return pages[page_type][language].url
    return path


@pytest.mark.parametrize("path", PAGES + VIEWS)
def test_public_pages_run_their_script_and_break_no_rule(site_url, pages, phone, violations, path):
    phone.goto(site_url + address(pages, path))
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
