"""WCAG 2.2 AA in a real browser: axe-core on every page type in each language at a phone's and a
desktop's width, and the checks axe cannot make alone (focus, headings, reflow, zoom, motion)."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect
from wagtail.models import Page

from technopolis.content_checks import LinkTextChecker

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

LANGUAGES = ["nl", "fr", "en"]
WIDTHS = {"phone": 390, "desktop": 1280}
PAGE_TYPES = [
    "technopolis.HomePage",
    "technopolis.ContentPage",
    "visits.AudiencePage",
    "visits.OpeningHoursPage",
    "visits.TicketsPage",
    "visits.ZoneIndexPage",
    "visits.ZonePage",
    "visits.ProgrammeIndexPage",
    "visits.SchoolProgrammePage",
    "visits.ClassVisitFormPage",
    "visits.EventSpacesPage",
    "visits.EventEnquiryFormPage",
    "agenda.WhatsOnPage",
    "agenda.ActivityPage",
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


def page_url(pages, label, language):
    """The address of the site's page of this type in this language (tests/browser/site.py)."""
    return pages[apps.get_model(label).__name__][language].url


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


BROKEN_REFERENCES = """() => Array.from(document.querySelectorAll("*")).flatMap(e =>
  ["aria-describedby", "aria-labelledby", "aria-controls", "for"].flatMap(name =>
    (e.getAttribute(name) || "").split(/\\s+/)
      .filter(id => id && !document.getElementById(id)).map(id => `${name}=${id}`)))"""


def assert_structure(page):
    """One h1, opening the main content; headings never skip a level on the way down; labels,
    descriptions and controls point at elements that exist."""
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator("main h1")).to_have_count(1)
    levels = page.evaluate(HEADING_LEVELS)
    skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    assert not skips, f"heading levels skip: {levels}"
    for landmark in ("banner", "main", "contentinfo"):
        expect(page.get_by_role(landmark)).to_have_count(1)
    expect(page.get_by_role("navigation").first).to_be_attached()
    assert page.evaluate(BROKEN_REFERENCES) == []


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
def test_page_type_has_no_wcag_violations(site_url, pages, screen, axe, label, language):
    screen.goto(site_url + page_url(pages, label, language))
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


# Against the width the test asked for: a phone browser widens its layout viewport to fit
# content that sticks out, so window.innerWidth grows with the fault it should reveal.
REFLOW_CHECK = "(width) => document.documentElement.scrollWidth <= width"
# What sticks out to the right of the window, outside a box meant to scroll (a wide table in
# its scrolling wrapper): the page's own scroll width misses what an ancestor cuts off.
OVERFLOWING = """(width) => {
  const clipped = e => { for (let a = e.parentElement; a; a = a.parentElement) {
    const x = getComputedStyle(a).overflowX; if (x === "auto" || x === "scroll") return true; }
    return false; };
  return [...document.body.querySelectorAll("*")].filter(e => {
    const box = e.getBoundingClientRect();
    return box.width > 0 && box.right > width + 1 && !clipped(e);
  }).slice(0, 5).map(e => `${e.tagName.toLowerCase()}.${e.className} ` +
    `"${(e.textContent || "").trim().slice(0, 40)}" ` +
    `right=${Math.round(e.getBoundingClientRect().right)}`);
}"""


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(site_url, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{site_url}/nl/")
    skip = page.locator(".skip-link")
    expect(skip).not_to_be_in_viewport()
    page.keyboard.press("Tab")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    context.close()


FOCUS_RING = """() => {
  const style = getComputedStyle(document.activeElement);
  return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2)
    || style.boxShadow !== "none";
}"""


@pytest.mark.parametrize("width", WIDTHS.values())
def test_every_link_and_button_shows_where_the_keyboard_focus_is(site_url, browser, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(f"{site_url}/en/")
    focusable = page.locator("a[href]:visible, button:visible, input:visible").count()
    for _ in range(focusable):
        page.keyboard.press("Tab")
        element = page.evaluate("document.activeElement.outerHTML.slice(0, 120)")
        if page.evaluate("document.activeElement === document.body"):
            break
        assert page.evaluate(FOCUS_RING), f"no visible focus on {element}"
    context.close()


def test_reduced_motion_stops_animations_and_transitions(site_url, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, reduced_motion="reduce")
    page = context.new_page()
    page.goto(f"{site_url}/fr/")
    moving = page.evaluate(
        """() => Array.from(document.querySelectorAll("*")).filter(e => {
          const s = getComputedStyle(e);
          return s.animationName !== "none"
            || s.transitionDuration.split(",").some(d => parseFloat(d) > 0);
        }).map(e => e.tagName + "." + e.className)"""
    )
    assert moving == []
    assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "auto"
    context.close()


@pytest.fixture(scope="module")
def narrow(browser):
    """The narrowest screen WCAG's reflow criterion asks for: 320 CSS pixels."""
    context = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("label", PAGE_TYPES)
def test_page_type_reflows_at_320_px_without_horizontal_scrolling(
    site_url, pages, narrow, axe, label, language
):
    narrow.goto(site_url + page_url(pages, label, language))
    assert_reflows_at_320_px(narrow, axe)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", VIEWS)
def test_view_reflows_at_320_px_without_horizontal_scrolling(site_url, narrow, axe, name, language):
    narrow.goto(site_url + view_url(name, language))
    assert_reflows_at_320_px(narrow, axe)


def assert_reflows_at_320_px(narrow, axe):
    assert narrow.evaluate(OVERFLOWING, 320) == [], "something sticks out at 320 px"
    assert narrow.evaluate(REFLOW_CHECK, 320), "the page scrolls sideways at 320 px"
    # What wraps or scrolls only this narrow: targets closer than 24 px, a box that scrolls
    # but cannot be reached by keyboard.
    count, report = violations(axe, narrow)
    assert count == 0, report


@pytest.mark.parametrize(
    ("label", "language"),
    [
        ("technopolis.HomePage", "nl"),
        ("visits.OpeningHoursPage", "fr"),
        ("technopolis.ContentPage", "en"),
    ],
)
def test_text_is_usable_at_200_percent_zoom(site_url, pages, browser, label, language):
    """A 1280 px window zoomed to 200 %: 640 CSS pixels at twice the pixel density."""
    context = browser.new_context(viewport={"width": 640, "height": 450}, device_scale_factor=2)
    page = context.new_page()
    page.goto(site_url + page_url(pages, label, language))
    assert page.evaluate(REFLOW_CHECK, 640), "the page scrolls sideways at 200 % zoom"
    expect(page.locator(".site-header .button--tickets")).to_be_in_viewport()
    body_size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert body_size >= 16
    toggle = page.locator("button.menu-toggle")
    if toggle.is_visible():
        toggle.click()
        expect(page.locator("#site-menu a").first).to_be_in_viewport()
        expect(page.locator("#site-menu a").first).to_be_focused()
    context.close()


def test_editors_link_text_check_flags_vague_links(browser, axe):
    """The rule the editor's checks panel adds, run by axe-core as Wagtail configures it."""
    spec = LinkTextChecker(in_editor=True).get_axe_spec(None)
    ours = {
        "rules": [r for r in spec["rules"] if r["id"] == "link-text-quality"],
        "checks": [c for c in spec["checks"] if c["id"] == "check-link-text-quality"],
    }
    context = browser.new_context()
    page = context.new_page()
    page.set_content(
        '<main><p><a href="/a">Klik hier</a> · <a href="/b">Cliquez ici.</a> · '
        '<a href="/c">Read more</a> · <a href="/d">Opening hours</a> · '
        '<a href="/e">Read more about the Mechelen Declaration</a></p></main>'
    )
    page.evaluate(axe.axe_script)
    page.evaluate("spec => axe.configure(spec)", ours)
    results = page.evaluate("() => axe.run({runOnly: ['link-text-quality']})")
    flagged = [node["html"] for v in results["violations"] for node in v["nodes"]]
    assert flagged == [
        '<a href="/a">Klik hier</a>',
        '<a href="/b">Cliquez ici.</a>',
        '<a href="/c">Read more</a>',
    ]
    context.close()
