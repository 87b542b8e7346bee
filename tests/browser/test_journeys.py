"""What visitors come to do, driven in Chromium the way they do it: on a phone, by keyboard."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from declarations.models import DeclarationPage
from technopolis.models import SiteSettings
from tests.helpers import demo_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def test_phone_visitor_sees_todays_status_and_reaches_the_tickets(site_url, phone):
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
    expect(phone.locator("h1")).to_have_text(demo_page("opening-hours", "en").title)
    expect(phone.locator(".opening-hours__now").first).to_be_visible()


def test_language_switch_on_a_deep_page_lands_on_its_translation(site_url, desktop):
    declaration = DeclarationPage.objects.live().filter(locale__language_code="en").first()
    french = declaration.get_translation(Locale.objects.get(language_code="fr"))
    desktop.goto(site_url + declaration.url)
    desktop.get_by_role("navigation", name="Language").get_by_role("link", name="Français").click()
    expect(desktop).to_have_url(site_url + french.url)
    expect(desktop.locator("html")).to_have_attribute("lang", "fr")
    expect(desktop.locator("h1")).to_have_text(french.title)
    current = desktop.get_by_role("navigation", name="Langue").locator("[aria-current]")
    expect(current).to_have_attribute("hreflang", "fr")


def test_footer_audience_switch_takes_the_header_menu_along(site_url, phone):
    visitors = demo_page("audience-visitor", "en")
    teachers = demo_page("audience-teacher", "en")
    hours = demo_page("opening-hours", "en")
    phone.goto(site_url + visitors.url)
    switch = phone.locator(".audience-switch")
    menu = phone.locator("#site-menu")
    toggle = phone.locator("button.menu-toggle")
    expect(switch.locator("[aria-current]")).to_have_text(visitors.title)
    toggle.click()
    expect(menu.locator(".site-menu__section .site-menu__heading")).to_have_text(visitors.title)
    expect(menu.get_by_role("link", name=hours.title)).to_be_visible()
    toggle.click()

    switch.get_by_role("link", name=teachers.title).click()
    expect(phone).to_have_url(site_url + teachers.url)
    expect(switch.locator("[aria-current]")).to_have_text(teachers.title)
    toggle.click()
    expect(menu.locator(".site-menu__sections [aria-current]")).to_have_text(teachers.title)
    # The visitors' pages leave the menu with their section.
    expect(menu.get_by_role("link", name=hours.title)).to_have_count(0)


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
