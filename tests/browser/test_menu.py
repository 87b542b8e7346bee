import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_menu_opens_and_closes_with_the_keyboard_on_a_phone(site_url, phone):
    phone.goto(f"{site_url}/en/")
    toggle = phone.locator("button.menu-toggle")
    menu = phone.locator("#site-menu")
    expect(toggle).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()

    toggle.focus()
    phone.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(toggle).to_have_text("Close")
    expect(menu).to_be_visible()
    # Focus moved into the menu, onto its first link.
    expect(menu.get_by_role("link", name="Home")).to_be_focused()
    expect(menu.get_by_role("link", name="Visitors")).to_be_visible()

    phone.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(toggle).to_have_text("Menu")
    expect(menu).to_be_hidden()
    expect(toggle).to_be_focused()

    # Tab order goes on past the menu: nothing traps focus.
    phone.keyboard.press("Enter")
    expect(menu).to_be_visible()
    for _ in range(12):
        phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.closest('#site-menu') === null")
