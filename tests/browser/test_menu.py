import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.usefixtures("site_url"), pytest.mark.browser, pytest.mark.django_db]


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


def test_the_menus_first_state_does_not_wait_for_the_script(site_url, browser):
    """A slow phone shows the page before the deferred script has run: the menu must already
    be folded behind its button then, or the page jumps when the script folds it."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.route("**/site*.js", lambda route: route.abort())
    page.goto(f"{site_url}/en/")
    expect(page.locator("#site-menu")).to_be_hidden()
    expect(page.locator("button.menu-toggle")).to_be_visible()
    context.close()


def test_without_javascript_the_menu_is_a_plain_list(site_url, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/en/")
    expect(page.locator("#site-menu")).to_be_visible()
    expect(page.locator("button.menu-toggle")).to_be_hidden()
    context.close()
