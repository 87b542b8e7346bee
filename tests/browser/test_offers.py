import pytest
from playwright.sync_api import expect

from tests.browser.site import PRESSURE
from tests.helpers import delete_committed, in_days, school_day
from visits.models import EventSpace

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_a_returning_teacher_is_led_to_the_teacher_offer(site_url, phone):
    phone.goto(f"{site_url}/en/")
    expect(phone.locator("[data-continue-offer]")).to_be_hidden()

    phone.locator(".audience-switch").get_by_role("link", name="Schools").click()
    phone.wait_for_url(f"{site_url}/en/schools/")
    cookies = {c["name"]: c["value"] for c in phone.context.cookies()}
    assert cookies["audience"] == "teacher"

    phone.goto(f"{site_url}/en/")
    link = phone.locator("[data-continue-offer] a")
    expect(link).to_be_visible()
    expect(link).to_have_text("Schools")
    expect(link).to_have_attribute("href", "/en/schools/")


def test_a_teacher_filters_programmes_and_sends_a_request_from_a_phone(site_url, pages, phone):
    from visits.models import ClassVisitRequest

    phone.goto(site_url + pages["ProgrammeIndexPage"]["en"].url)
    phone.get_by_label("Level").select_option("primary")
    phone.get_by_label("Grade").select_option("5")
    phone.get_by_role("button", name="Show programmes").click()
    phone.wait_for_url("**/?level=primary&grade=5&theme=")
    phone.get_by_role("link", name=PRESSURE["en"]).click()
    phone.get_by_role("link", name="Request a class visit").click()
    expect(phone.get_by_label(PRESSURE["en"])).to_be_checked()

    phone.get_by_label("School").fill("Basisschool Het Anker")
    phone.get_by_label("Contact person").fill("Els Maes")
    phone.get_by_label("E-mail").fill("els@example.be")
    phone.get_by_label("Pupils").fill("22")
    phone.get_by_label("Accompanying adults").fill("2")
    phone.get_by_label("Level").select_option("primary")
    phone.get_by_label("Grade").fill("5")
    phone.get_by_role("button", name="Send request").click()
    # the date is missing: the form comes back with everything typed
    expect(phone.get_by_role("alert")).to_contain_text("Date wanted")
    expect(phone.get_by_label("School")).to_have_value("Basisschool Het Anker")

    phone.get_by_label("Date wanted").fill(school_day(40))
    phone.get_by_role("button", name="Send request").click()
    expect(phone.get_by_role("heading", level=1)).to_contain_text("Thank you")
    try:
        assert ClassVisitRequest.objects.filter(school="Basisschool Het Anker").exists()
    finally:
        delete_committed(ClassVisitRequest.objects.filter(school="Basisschool Het Anker"))


def test_an_event_organiser_finds_the_offer_and_asks_for_a_quote_in_french(site_url, pages, phone):
    from visits.models import EventEnquiry

    spaces, form = (pages[name]["fr"] for name in ("EventSpacesPage", "EventEnquiryFormPage"))
    room = EventSpace.objects.get(locale__language_code="fr").name

    phone.goto(f"{site_url}/fr/")
    phone.locator(".audience-switch a[data-audience=events]").click()
    phone.locator(".offer-nav a", has_text=spaces.title).click()
    expect(phone.locator(".space").first).to_be_visible()
    phone.locator(f"main a.button[href='{form.url}']").click()

    phone.fill("#id_company", "Atelier Lumière")
    phone.fill("#id_contact_name", "Claire Dubois")
    phone.fill("#id_email", "claire@example.fr")
    phone.fill("#id_date", in_days(90))
    phone.fill("#id_guests", "80")
    phone.select_option("#id_layout", "theatre")  # the room seats 150 in rows
    phone.select_option("#id_catering", "reception")
    phone.locator("label", has_text=room).click()
    phone.locator("form.request-form button[type=submit]").click()
    phone.wait_for_url(f"{site_url}{form.url}sent/")
    expect(phone.locator("h1")).to_have_text("Merci : votre demande est en route")
    expect(phone.locator("meta[name=robots]")).to_have_attribute("content", "noindex")
    try:
        enquiry = EventEnquiry.objects.get(company="Atelier Lumière")
        assert (enquiry.language, enquiry.spaces) == ("fr", room)
    finally:
        delete_committed(EventEnquiry.objects.filter(company="Atelier Lumière"))
