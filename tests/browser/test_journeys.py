"""What visitors come to do, driven in Chromium the way they do it: on a phone, by keyboard."""

import re
from datetime import date, datetime, time, timedelta

import pytest
import time_machine
from axe_playwright_python.sync_playwright import Axe
from django.core.cache import cache
from playwright.sync_api import expect

from technopolis.models import SiteSettings
from tests.browser.site import ADULTS_ONLY, AIR, YEAR
from tests.browser.test_accessibility import BROKEN_REFERENCES, WCAG_AA
from tests.helpers import delete_committed, in_days, school_day
from visits.models import Audience, AudiencePage
from visits.opening_hours.hours import TZ
from visits.requests.models import ClassVisitRequest, EventEnquiry

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def test_phone_visitor_sees_todays_status_and_reaches_the_tickets(site_url, pages, phone):
    phone.goto(f"{site_url}/en/")
    status = phone.locator(".site-header .opening-status")
    expect(status).to_be_in_viewport()
    expect(status).to_contain_text(re.compile(r"\b(open|closed)\b", re.IGNORECASE))

    # By keyboard, the ticket button comes right after the skip link and the logo.
    tickets = phone.get_by_role("link", name="Online tickets")
    for _ in range(3):
        phone.keyboard.press("Tab")
        if phone.evaluate("document.activeElement.classList.contains('button--tickets')"):
            break
    expect(tickets).to_be_focused()
    expect(tickets).to_be_in_viewport()
    shop = SiteSettings.objects.get().ticket_shop_url
    expect(tickets).to_have_attribute("href", shop)

    # The status leads to the opening hours, where today's hours are spelled out.
    status.get_by_role("link").click()
    expect(phone.locator("h1")).to_have_text(pages["OpeningHoursPage"]["en"].title)
    expect(phone.locator(".opening-hours__now").first).to_be_visible()


def test_language_switch_on_a_deep_page_lands_on_its_translation(site_url, pages, desktop):
    declaration, french = (pages["DeclarationPage"][code] for code in ("en", "fr"))
    desktop.goto(site_url + declaration.url)
    desktop.get_by_role("navigation", name="Language").get_by_role("link", name="Français").click()
    expect(desktop).to_have_url(site_url + french.url)
    expect(desktop.locator("html")).to_have_attribute("lang", "fr")
    expect(desktop.locator("h1")).to_have_text(french.title)
    current = desktop.get_by_role("navigation", name="Langue").locator("[aria-current]")
    expect(current).to_have_attribute("hreflang", "fr")


def test_footer_audience_switch_takes_the_header_menu_along(site_url, pages, phone):
    visitors = pages["AudiencePage"]["en"]
    teachers = AudiencePage.objects.get(audience=Audience.TEACHER, locale=visitors.locale)
    tickets = pages["TicketsPage"]["en"]  # a visitors' page in the menu
    phone.goto(site_url + visitors.url)
    switch = phone.locator(".audience-switch")
    menu = phone.locator("#site-menu")
    toggle = phone.locator("button.menu-toggle")
    expect(switch.locator("[aria-current]")).to_have_text(visitors.title)
    toggle.click()
    expect(menu.locator(".site-menu__section .site-menu__heading")).to_have_text(visitors.title)
    expect(menu.get_by_role("link", name=tickets.title)).to_be_visible()
    toggle.click()

    switch.get_by_role("link", name=teachers.title).click()
    expect(phone).to_have_url(site_url + teachers.url)
    expect(switch.locator("[aria-current]")).to_have_text(teachers.title)
    toggle.click()
    expect(menu.locator(".site-menu__sections [aria-current]")).to_have_text(teachers.title)
    # The visitors' pages leave the menu with their section.
    expect(menu.get_by_role("link", name=tickets.title)).to_have_count(0)


def test_search_from_the_header(site_url, desktop):
    desktop.goto(f"{site_url}/en/")
    desktop.locator(".site-header").get_by_role("link", name="Search").click()
    query = desktop.get_by_label("What are you looking for?")
    expect(query).to_be_visible()
    query.fill("declaration")
    query.press("Enter")
    expect(desktop.locator(".search-results__count")).to_contain_text("result")
    first = desktop.locator(".search-result__title a").first
    title = first.inner_text()
    first.click()
    expect(desktop.locator("h1")).to_have_text(title)


@pytest.fixture
def submissions():
    """Forms post to the server thread, which commits: remove what a test sent, and start
    each test under the rate limit."""
    cache.clear()
    yield
    delete_committed(
        ClassVisitRequest.objects.filter(email__endswith="@example.be"),
        EventEnquiry.objects.filter(email__endswith="@example.be"),
    )
    cache.clear()


def test_teacher_filters_programmes_and_sends_a_booking_request(
    site_url, pages, desktop, submissions
):
    desktop.goto(site_url + pages["ProgrammeIndexPage"]["en"].url)
    count = desktop.locator(".filters__count")
    everything = count.inner_text()
    desktop.get_by_label("Level").select_option("preschool")
    desktop.get_by_role("button", name="Show programmes").click()
    expect(desktop).to_have_url(re.compile(r"[?&]level=preschool"))
    expect(count).not_to_have_text(everything)
    expect(desktop.get_by_label("Level")).to_have_value("preschool")
    desktop.get_by_role("link", name=AIR["en"]).click()
    desktop.get_by_role("link", name="Request a class visit").click()
    expect(desktop.get_by_label(AIR["en"])).to_be_checked()

    form = desktop.locator("form.request-form")
    desktop.locator("[name=school]").fill("Basisschool De Regenboog")
    desktop.locator("[name=contact_name]").fill("An Peeters")
    desktop.locator("[name=email]").fill("an.peeters@example.be")
    desktop.locator("[name=date_wanted]").fill(school_day(60))
    desktop.locator("[name=pupils]").fill("500")  # more than one class
    desktop.locator("[name=adults]").fill("2")
    desktop.locator("[name=level]").select_option("preschool")
    desktop.locator("[name=grade]").fill("3")
    desktop.locator("[name=remarks]").fill("Two pupils use a wheelchair.")
    form.get_by_role("button", name="Send request").click()

    # The error is announced, tied to its field, and nothing typed is lost.
    expect(desktop.get_by_role("alert")).to_contain_text("Pupils")
    pupils = desktop.locator("[name=pupils]")
    expect(pupils).to_have_attribute("aria-invalid", "true")
    error = desktop.locator(".field__errors")
    expect(error).to_have_count(1)
    expect(pupils).to_have_attribute("aria-describedby", re.compile(error.get_attribute("id")))
    expect(error).to_contain_text("Enter between 1 and")
    expect(pupils).to_have_value("500")
    expect(desktop.locator("[name=school]")).to_have_value("Basisschool De Regenboog")
    expect(desktop.locator("[name=remarks]")).to_have_value("Two pupils use a wheelchair.")
    expect(desktop.get_by_label(AIR["en"])).to_be_checked()
    assert desktop.evaluate(BROKEN_REFERENCES) == []
    results = Axe().run(desktop, options={"runOnly": {"type": "tag", "values": WCAG_AA}})
    assert results.violations_count == 0, results.generate_report()

    desktop.get_by_role("link", name=re.compile("^Pupils")).click()
    expect(pupils).to_be_focused()
    pupils.fill("24")
    form.get_by_role("button", name="Send request").click()
    expect(desktop).to_have_url(re.compile(r"/sent/$"))
    expect(desktop.locator("h1")).to_have_text("Thank you: your request is on its way")
    saved = ClassVisitRequest.objects.get(email="an.peeters@example.be")
    assert (saved.pupils, saved.programmes) == (24, AIR["en"])


def test_event_organiser_sends_an_enquiry(site_url, pages, phone, submissions):
    phone.goto(site_url + pages["EventSpacesPage"]["en"].url)
    phone.get_by_role("link", name="Request a quote").click()
    phone.locator("[name=company]").fill("Acme Belgium")
    phone.locator("[name=contact_name]").fill("Jan Janssens")
    phone.locator("[name=email]").fill("jan@example.be")
    phone.locator("[name=date]").fill(in_days(90))
    phone.locator("[name=guests]").fill("80")
    phone.locator("[name=layout]").select_option("reception")
    phone.locator("[name=catering]").select_option("coffee")
    phone.get_by_role("button", name="Send request").click()
    expect(phone).to_have_url(re.compile(r"/sent/$"))
    expect(phone.locator("h1")).to_have_text("Thank you: your request is on its way")
    saved = EventEnquiry.objects.get(email="jan@example.be")
    assert (saved.company, saved.guests, saved.language) == ("Acme Belgium", 80, "en")


def a_saturday_morning():
    """10:00 on a Saturday in May next year: the whole weekend is still ahead."""
    day = date(YEAR, 5, 1)
    return datetime.combine(day + timedelta(days=(5 - day.weekday()) % 7), time(10), tzinfo=TZ)


def test_french_parent_on_a_phone_finds_this_saturday_for_an_eight_year_old(site_url, phone):
    cache.clear()
    with time_machine.travel(a_saturday_morning()):  # ticking: the browser's timers run
        find_this_saturday(site_url, phone)


def find_this_saturday(site_url, phone):
    phone.goto(f"{site_url}/fr/")
    coming_up = phone.locator(".answer--programme")
    expect(coming_up.get_by_role("heading", level=2)).to_contain_text(
        re.compile("au programme", re.IGNORECASE)
    )
    # one tap from the home page to the whole programme
    coming_up.get_by_role("link", name="Tout le programme").click()
    expect(phone.locator("html")).to_have_attribute("lang", "fr")

    phone.get_by_role("navigation", name="Quels jours").get_by_role(
        "link", name="Ce week-end"
    ).click()
    expect(phone).to_have_url(re.compile("when=weekend"))
    expect(phone.locator("main")).to_contain_text(ADULTS_ONLY)  # until an age is given
    phone.locator(".programme-filters > summary").click()
    phone.get_by_label("Âge de votre enfant").fill("8")
    phone.get_by_role("button", name="Afficher le programme").click()
    expect(phone).to_have_url(re.compile(r"when=weekend.*age=8|age=8.*when=weekend"))
    expect(phone.locator(".when [aria-current]")).to_have_text("Ce week-end")
    expect(phone.get_by_label("Âge de votre enfant")).to_have_value("8")

    days = phone.locator(".programme-day")
    expect(days.first.get_by_role("heading", level=2)).to_contain_text("samedi")
    first = phone.locator(".programme__item").first
    expect(first.locator(".programme__time")).to_have_text(
        re.compile(r"^\d\d:\d\d$|Toute la journée")
    )
    expect(first).to_contain_text(re.compile(r"compris dans le billet|€"))
    expect(first).to_contain_text(re.compile(r"\d+\s*[–+-]|tous âges"))
    # nothing for adults only is offered to an eight-year-old
    expect(phone.locator("main")).not_to_contain_text(ADULTS_ONLY)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
