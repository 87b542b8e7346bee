"""The three offers: section menus, the audience switcher and cookie, prices with their date,
zones, school programmes filtered through the address, school days and STEM days, spaces."""

import re
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from tests.helpers import demo_page, elements
from visits.offers.models import age_range, current_price_list
from visits.offers.school_days import closed_for_classes, school_day_hours, stem_days
from visits.opening_hours import hours

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def html_of(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, url
    return response.content.decode()


def menu_of(html):
    menu = re.search(r'<nav id="site-menu".*?</nav>', html, re.S).group(0)
    return [a["href"] for a in elements(menu, "a")]


# -- Pure logic --------------------------------------------------------------------------


def price(valid_from, order=0):
    return SimpleNamespace(valid_from=valid_from, sort_order=order)


def test_price_list_in_force_is_the_newest_started_one():
    old, current, future = date(2013, 1, 1), date(2015, 1, 1), date(2031, 1, 1)
    rows = [price(old), price(current, 1), price(current, 0), price(future)]
    found = current_price_list(rows, date(2020, 5, 1))
    assert found.as_of == current
    assert [row.sort_order for row in found.prices] == [0, 1]
    assert current_price_list(rows, date(2012, 1, 1)).prices == ()


def test_age_ranges():
    assert age_range(4, 8) == "4–8"
    assert age_range(12, None) == "12+"
    with translation.override("nl"):
        assert str(age_range(None, 2)) == "tot 2"
    with translation.override("en"):
        assert str(age_range(None, 2)) == "up to 2"
    assert age_range(None, None) == ""


def test_school_day_hours_and_stem_days_from_opening_hours():
    rules = [
        hours.WeeklyRule(frozenset(range(7)), time(9, 30), time(17)),
        hours.WeeklyRule(frozenset(range(7)), time(9, 30), time(18), date(2030, 4, 1)),
    ]
    assert school_day_hours(rules) == hours.Period(time(9, 30), time(17))
    stem = hours.OpeningException(
        date(2030, 10, 14), date(2030, 10, 16), (), "STEM days", stem_day=True
    )
    past = hours.OpeningException(
        date(2029, 10, 15), date(2029, 10, 17), (), "STEM-dagen", stem_day=True
    )
    christmas = hours.OpeningException(date(2030, 12, 24), date(2030, 12, 25), (), "Christmas")
    # a polling station is no STEM day, though its Dutch name begins with the same letters
    vote = hours.OpeningException(date(2030, 5, 26), date(2030, 5, 26), (), "stembureau")
    assert stem_days([christmas, vote, stem, past], date(2030, 1, 1)) == [stem]


def test_classes_come_on_open_weekdays():
    rules = [hours.WeeklyRule(frozenset(range(7)), time(9, 30), time(17))]
    stem = hours.OpeningException(date(2030, 10, 14), date(2030, 10, 16), (), "STEM days")
    assert closed_for_classes(rules, [stem], date(2030, 10, 17)) == ""  # a Thursday
    assert "van maandag tot vrijdag" in closed_for_classes(rules, [stem], date(2030, 10, 19))
    assert "(STEM days)" in closed_for_classes(rules, [stem], date(2030, 10, 15))
    # a day no hours are published for yet is left to staff
    assert closed_for_classes([], [], date(2030, 10, 17)) == ""


# -- Sections, menus, switcher and cookie -----------------------------------------------


def test_the_menu_shows_the_section_of_the_current_page(client):
    programme = demo_page("programme-pressure", "en")
    links = menu_of(html_of(client, programme.url))
    assert demo_page("school-programmes", "en").url in links
    assert demo_page("class-visit-request", "en").url in links
    assert demo_page("tickets", "en").url not in links
    links = menu_of(html_of(client, demo_page("tickets", "fr").url))
    assert demo_page("zones", "fr").url in links
    assert demo_page("plan-your-visit", "fr").url in links
    assert demo_page("school-programmes", "fr").url not in links
    links = menu_of(html_of(client, demo_page("event-spaces", "nl").url))
    assert demo_page("event-enquiry", "nl").url in links


@pytest.mark.parametrize(
    ("key", "audience"),
    [("zone-xplora", "visitor"), ("programme-air", "teacher"), ("event-enquiry", "events")],
)
def test_the_switcher_marks_the_current_audience(client, key, audience):
    html = html_of(client, demo_page(key, "fr").url)
    current = elements(html, "a", class_="audience-switch__link", aria_current="true")
    assert [link["data-audience"] for link in current] == [audience]


def test_home_page_leads_back_to_the_remembered_audience_without_varying(client):
    cache.clear()
    html = html_of(client, "/en/")
    slot = elements(html, "p", class_="continue-offer")
    assert slot and "hidden" in slot[0]  # shown by the script, for returning visitors only
    links = elements(html, "a", class_="audience-switch__link")
    assert {link["data-audience"] for link in links} == {"visitor", "teacher", "events"}
    assert not elements(html, "a", aria_current="true", class_="audience-switch__link")
    # the cookie is the browser's: the server neither sets nor reads it
    again = client.get("/en/", HTTP_COOKIE="audience=teacher")
    assert again["X-Cache"] == "HIT" and again.content.decode() == html
    assert "audience" not in again.cookies


def test_the_script_remembers_the_audience():
    script = (Path(settings.BASE_DIR) / "static" / "js" / "site.js").read_text()
    assert 'COOKIE = "audience"' in script
    assert "[data-continue-offer]" in script
    assert "aria-current" in script


# -- Visitors ----------------------------------------------------------------------------


def test_prices_are_shown_with_their_date_and_the_ticket_shop(client, site_settings):
    html = html_of(client, demo_page("tickets", "en").url)
    assert "prices as of 1 January 2015" in html
    assert "€ 16.00" in html and "€ 12.50" in html
    assert "€ 12.90" not in html  # the older list
    assert elements(html, "a", class_="button--tickets", href=site_settings.ticket_shop_url)


def test_zones_by_age(client):
    html = html_of(client, demo_page("zones", "en").url)
    titles = re.findall(r'class="card__title"><a href="[^"]+">([^<]+)<', html)
    assert titles[:2] == ["Children&#x27;s Science Centre", "Xplora"]
    assert "ages 4–8" in html and "ages 14–18" in html
    zone = html_of(client, demo_page("zone-stek", "nl").url)
    assert "14–18" in zone and "Toren" in zone


def test_plan_your_visit_lists_accessibility(client):
    html = html_of(client, demo_page("plan-your-visit", "en").url)
    assert "four adapted toilets" in html and "Mechelen (Technopolis) exit" in html


# -- Teachers ----------------------------------------------------------------------------


def programme_titles(html):
    return re.findall(r'class="card__title"><a href="[^"]+">([^<]+)<', html)


@pytest.mark.parametrize(
    ("params", "titles"),
    [
        ({}, 6),
        ({"level": "primary"}, ["Gases in action", "Under pressure"]),
        ({"grade": "5"}, ["Under pressure", "Smart machines in ON/OFF", "Making in STEK"]),
        ({"theme": "digital"}, ["Smart machines in ON/OFF"]),
        (
            {"level": "secondary", "grade": "2", "theme": "technology"},
            ["Careers of tomorrow in Xplora"],
        ),
        ({"level": "preschool", "theme": "digital"}, []),
    ],
)
def test_programmes_filter_by_level_grade_and_theme(client, params, titles):
    html = html_of(client, demo_page("school-programmes", "en").url, **params)
    found = programme_titles(html)
    assert len(found) == titles if isinstance(titles, int) else found == titles
    form = elements(html, "form", class_="filters")[0]
    assert form["method"] == "get"  # works without JavaScript; the address can be shared
    for value in params.values():  # the choice stays visible in the filter
        assert any("selected" in option for option in elements(html, "option", value=value))


def test_unknown_filter_values_show_everything(client):
    html = html_of(client, demo_page("school-programmes", "en").url, level="university")
    assert len(programme_titles(html)) == 6


def test_programmes_page_shows_school_days_and_stem_days(client):
    html = html_of(client, demo_page("school-programmes", "en").url)
    assert "Classes are welcome Monday to Friday, 09:30–17:00" in html
    assert "STEM days for teachers" in html
    assert re.search(r"<li>Monday \d+ October \d{4} – Wednesday \d+ October \d{4}</li>", html)


def test_programme_page_details_and_booking_link(client):
    page = demo_page("programme-pressure", "en")
    html = html_of(client, page.url)
    assert "Primary school" in html and "4–6" in html and "€ 7.50" in html
    assert "forces and energy" in html
    booking = demo_page("class-visit-request", "en").url
    assert elements(html, "a", href=f"{booking}?programme={page.pk}")
    assert page.is_example and page.price_per_pupil == Decimal("7.50")


# -- Event organisers --------------------------------------------------------------------


def test_event_spaces_with_capacity_per_layout_and_packages(client):
    html = html_of(client, demo_page("event-spaces", "fr").url)
    assert "Espace événements" in html and "600 m²" in html
    assert re.search(r"Banquet</th><td class=\"num\">320</td>", html)
    assert "Team building" in html
    assert elements(html, "a", href=demo_page("event-enquiry", "fr").url)
    assert elements(html, "img", loading="lazy")


# -- Query budget of the offer pages ------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "budget"),
    [
        ("tickets", 10),
        ("zone-xplora", 10),
        ("programme-air", 10),
        ("class-visit-request", 10),
        ("event-enquiry", 10),
        ("zones", 15),
        ("school-programmes", 15),
        ("event-spaces", 15),
    ],
)
def test_offer_pages_stay_within_query_budget(client, key, budget):
    url = demo_page(key, "en").url
    client.get(url, {"warm": 1})
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, {"budget": 1}).status_code == 200
    assert len(queries) <= budget, [q["sql"] for q in queries]


# -- Admin -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "model", ["ticketprice", "eventspace", "eventpackage", "classvisitrequest", "eventenquiry"]
)
def test_offer_data_is_edited_in_the_admin(admin_client, model):
    from django.apps import apps

    listing = admin_client.get(f"/admin/snippets/visits/{model}/")
    assert listing.status_code == 200
    instance = apps.get_model("visits", model).objects.first()
    if instance is not None:
        edit = admin_client.get(f"/admin/snippets/visits/{model}/edit/{instance.pk}/")
        assert edit.status_code == 200
        html = edit.content.decode()
        assert elements(html, "input", name="is_example") or elements(html, "input", name="handled")


# -- Translated snippets -----------------------------------------------------------------


def test_a_price_is_the_same_in_every_language_whichever_translation_is_edited():
    from wagtail.models import Locale

    from visits.models import TicketPrice

    dutch = TicketPrice.objects.create(
        locale=Locale.objects.get(language_code="nl"),
        category="Volwassenen",
        price=Decimal("18.00"),
        valid_from=date(2031, 1, 1),
    )
    french = dutch.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.category = "Adultes"
    french.save()
    dutch.price = Decimal("19.00")
    dutch.save()
    french.refresh_from_db()
    assert (french.category, french.price) == ("Adultes", Decimal("19.00"))
    french.valid_from = date(2031, 2, 1)
    french.save()
    dutch.refresh_from_db()
    assert (dutch.category, dutch.valid_from) == ("Volwassenen", date(2031, 2, 1))


def test_each_language_shows_its_own_translation_of_the_offers(client):
    french = html_of(client, demo_page("event-spaces", "fr").url)
    english = html_of(client, demo_page("event-spaces", "en").url)
    assert "Espace événements" in french and "Events area" not in french
    assert "Events area" in english and "Espace événements" not in english
    assert "Sonorisation" in french  # the facilities, one per line
    assert "Enfants" in html_of(client, demo_page("tickets", "fr").url)


@pytest.mark.parametrize("model", ["visits.ticketprice", "visits.eventspace", "technopolis.alert"])
def test_offers_and_alerts_are_translated_with_wagtail_localize(admin_client, model):
    from django.apps import apps
    from django.urls import reverse
    from django.utils import timezone
    from wagtail.models import Locale

    model_class = apps.get_model(model)
    if not model_class.objects.exists():  # the demo schedules no alert
        model_class.objects.create(
            text="De buitenexpo is gesloten",
            locale=Locale.objects.get(language_code="nl"),
            ends_at=timezone.now() + timezone.timedelta(days=1),
        )
    row = model_class.objects.filter(locale__language_code="nl").first()
    app_label, model_name = model.split(".")
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=[app_label, model_name, row.pk]
    )
    assert admin_client.get(url).status_code == 200
