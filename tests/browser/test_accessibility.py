"""WCAG 2.2 AA in a real browser: axe-core on every page type in each language at a phone's and a
desktop's width, and the checks axe cannot make alone (focus, headings, reflow, zoom, motion)."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect
from wagtail.models import Page

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

LANGUAGES = ["nl", "fr", "en"]
WIDTHS = {"phone": 390, "desktop": 1280}
PAGE_TYPES = [
    "technopolis.HomePage",
    "technopolis.ContentPage",
    "visits.AudiencePage",
    "visits.OpeningHoursPage",
    "organisations.OrganisationIndexPage",
    "organisations.OrganisationPage",
    "organisations.ProjectIndexPage",
    "organisations.ProjectPage",
    "declarations.DeclarationIndexPage",
    "declarations.DeclarationPage",
]
# Views that are not pages: search results, and the page for an address that does not exist.
VIEWS = ["search", "not-found"]
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def page_url(label, language):
    """The address of the first live page of this type in this language."""
    model = apps.get_model(label)
    page = model.objects.live().filter(locale__language_code=language).order_by("path").first()
    assert page is not None, f"the demo has no {label} in {language}"
    return page.url


def view_url(name, language):
    with translation.override(language):
        if name == "search":
            return reverse("search") + "?q=Technopolis"
        return f"/{language}/no-such-page/"


def all_page_types():
    """Every page type a visitor can reach: a new one fails here until it is scanned."""
    return {
        f"{m._meta.app_label}.{m.__name__}"
        for m in apps.get_models()
        if issubclass(m, Page) and m is not Page and not m._meta.abstract
    }


@pytest.fixture(scope="module")
def axe():
    return Axe()


@pytest.fixture(scope="module", params=list(WIDTHS))
def screen(request, browser):
    context = browser.new_context(
        viewport={"width": WIDTHS[request.param], "height": 900},
        is_mobile=request.param == "phone",
        has_touch=request.param == "phone",
    )
    page = context.new_page()
    yield page
    context.close()


HEADING_LEVELS = """() => Array.from(document.querySelectorAll("h1, h2, h3, h4, h5, h6"))
  .filter(h => h.getClientRects().length)
  .map(h => Number(h.tagName[1]))"""


def assert_structure(page):
    """One h1, opening the main content; headings never skip a level on the way down."""
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator("main h1")).to_have_count(1)
    levels = page.evaluate(HEADING_LEVELS)
    skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    assert not skips, f"heading levels skip: {levels}"
    for landmark in ("banner", "main", "contentinfo"):
        expect(page.get_by_role(landmark)).to_have_count(1)
    expect(page.get_by_role("navigation").first).to_be_attached()


def violations(axe, page):
    results = axe.run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_AA}, "resultTypes": ["violations"]},
    )
    return results.violations_count, results.generate_report()


def test_every_page_type_is_scanned():
    assert all_page_types() <= set(PAGE_TYPES)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("label", PAGE_TYPES)
def test_page_type_has_no_wcag_violations(site_url, screen, axe, label, language):
    screen.goto(site_url + page_url(label, language))
    assert_structure(screen)
    count, report = violations(axe, screen)
    assert count == 0, report


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", VIEWS)
def test_view_has_no_wcag_violations(site_url, screen, axe, name, language):
    screen.goto(site_url + view_url(name, language))
    assert_structure(screen)
    count, report = violations(axe, screen)
    assert count == 0, report
