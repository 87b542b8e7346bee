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
from django.utils import timezone, translation

from tests.factories import snippet_in_every_language, stream, translated_page
from tests.factories.offers import (
    EventPackageFactory,
    EventSpaceFactory,
    EventSpacePhotoFactory,
    EventSpacesPageFactory,
    ProgrammeIndexPageFactory,
    SchoolProgrammePageFactory,
    TicketPriceFactory,
    TicketsPageFactory,
    ZoneIndexPageFactory,
    ZonePageFactory,
    audience_sections,
)
from tests.factories.opening_hours import building_with_stem_days
from tests.factories.requests import (
    ClassVisitFormPageFactory,
    ClassVisitRequestFactory,
    EventEnquiryFactory,
    EventEnquiryFormPageFactory,
)
from tests.factories.visit import PlanVisitPageFactory
from tests.helpers import elements
from visits.offers.models import age_range, current_price_list
from visits.offers.school_days import closed_for_classes, school_day_hours, stem_days
from visits.opening_hours import hours

pytestmark = pytest.mark.django_db


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


# -- The offers, built for each test ------------------------------------------------------


def texts(nl, fr, en, **common):
    """{code: fields} of a page in the three languages: (title, slug) each, and `common`."""
    return {
        code: {"title": title, "slug": slug, **common}
        for code, (title, slug) in {"nl": nl, "fr": fr, "en": en}.items()
    }


@pytest.fixture
def audiences(site):
    return audience_sections(site)


@pytest.fixture
def offer_pages(audiences):
    """Each audience's section in every language: {key: {code: page}}."""
    visitor, teacher, events = audiences["visitor"], audiences["teacher"], audiences["events"]
    plan_body = stream(
        ("heading", {"text": "Toegankelijkheid", "level": "h2"}),
        ("paragraph", "<p>Drie aangepaste toiletten en een lift naar elke verdieping.</p>"),
    )
    return {
        **{f"audience-{key}": pages for key, pages in audiences.items()},
        "tickets": translated_page(
            TicketsPageFactory,
            visitor,
            texts(("Tickets", "tickets"), ("Billets", "billets"), ("Tickets", "tickets")),
        ),
        "zones": translated_page(
            ZoneIndexPageFactory,
            visitor,
            texts(("Zones", "zones"), ("Zones", "zones"), ("Zones", "zones")),
        ),
        "plan-your-visit": translated_page(
            PlanVisitPageFactory,
            visitor,
            {
                "nl": {"title": "Je bezoek plannen", "slug": "plan-je-bezoek", "body": plan_body},
                "fr": {"title": "Préparer la visite", "slug": "preparer"},
                "en": {
                    "title": "Plan your visit",
                    "slug": "plan-your-visit",
                    "body": stream(
                        ("heading", {"text": "Accessibility", "level": "h2"}),
                        ("paragraph", "<p>Three adapted toilets and a lift to every floor.</p>"),
                        (
                            "route_map",
                            {
                                "alt": "Map: the motorway exit, the car park and the station.",
                                "caption": "Leave the motorway at the Science Park exit.",
                            },
                        ),
                    ),
                },
            },
        ),
        "school-programmes": translated_page(
            ProgrammeIndexPageFactory,
            teacher,
            texts(
                ("Programma's", "programmas"),
                ("Programmes", "programmes"),
                ("Programmes", "programmes"),
            ),
        ),
        "class-visit-request": translated_page(
            ClassVisitFormPageFactory,
            teacher,
            texts(
                ("Klasbezoek aanvragen", "klasbezoek"),
                ("Réserver une visite", "reserver"),
                ("Book a class visit", "book"),
            ),
        ),
        "event-spaces": translated_page(
            EventSpacesPageFactory,
            events,
            texts(("Zalen", "zalen"), ("Salles", "salles"), ("Rooms", "rooms")),
        ),
        "event-enquiry": translated_page(
            EventEnquiryFormPageFactory,
            events,
            texts(("Offerte", "offerte"), ("Devis", "devis"), ("Get a quote", "quote")),
        ),
    }


# key, kind, ages, {code: (title, slug)}, location in Dutch; created out of order on purpose
ZONES = [
    ("zone-makers", "zone", (14, 18), ("Makerslab", "Atelier", "Makers' lab"), "Toren"),
    ("zone-all", "zone", (None, None), ("Grote hal", "Grand hall", "Main hall"), "Gelijkvloers"),
    ("zone-robots", "expo", (8, None), ("Robots", "Robots", "Robots"), "Grote hal"),
    ("zone-town", "zone", (4, 8), ("Kinderstad", "Ville", "Children's Town"), "Gelijkvloers"),
    ("zone-careers", "zone", (8, 14), ("Beroepenlab", "Métiers", "Careers Lab"), "Eerste"),
]


@pytest.fixture
def zones(offer_pages):
    found = {}
    for key, kind, (age_from, age_to), (nl, fr, en), location in ZONES:
        found[key] = translated_page(
            ZonePageFactory,
            offer_pages["zones"],
            texts((nl, f"{key}-nl"), (fr, f"{key}-fr"), (en, f"{key}-en")),
            kind=kind,
            age_from=age_from,
            age_to=age_to,
            location=location,
        )
    return found


# key, level, grades, theme, {code: title}
PROGRAMMES = [
    ("programme-seeds", "preschool", (1, 3), "nature", ("Zaadjes", "Graines", "Little seeds")),
    ("programme-fizz", "primary", (1, 3), "chemistry", ("Bruis", "Pétillant", "Fizz and foam")),
    ("programme-levers", "primary", (4, 6), "energy", ("Hefbomen", "Leviers", "Levers at work")),
    (
        "programme-bridges",
        "secondary",
        (1, 2),
        "technology",
        ("Bruggen", "Ponts", "Bridge builders"),
    ),
    ("programme-robot", "secondary", (3, 6), "technology", ("Robotarm", "Bras", "Robot arm")),
    ("programme-vision", "secondary", (1, 6), "digital", ("Zien", "Voir", "How computers see")),
]


@pytest.fixture
def programmes(offer_pages):
    found = {}
    for key, level, (grade_from, grade_to), theme, (nl, fr, en) in PROGRAMMES:
        found[key] = translated_page(
            SchoolProgrammePageFactory,
            offer_pages["school-programmes"],
            texts((nl, f"{key}-nl"), (fr, f"{key}-fr"), (en, f"{key}-en")),
            level=level,
            grade_from=grade_from,
            grade_to=grade_to,
            theme=theme,
        )
    return found


@pytest.fixture
def prices(db):
    """An old list, the list in force (since 1 March 2019) and one announced for next year."""
    next_year = date(timezone.localdate().year + 1, 1, 1)
    lists = [
        (date(2016, 3, 1), [("Volwassenen", "Adultes", "Adults", 12, None, "14.90")]),
        (
            date(2019, 3, 1),
            [
                ("Volwassenen", "Adultes", "Adults", 12, None, "17.50"),
                ("Kinderen", "Enfants", "Children", 3, 11, "13.00"),
            ],
        ),
        (next_year, [("Volwassenen", "Adultes", "Adults", 12, None, "19.90")]),
    ]
    for valid_from, rows in lists:
        for order, (nl, fr, en, age_from, age_to, price) in enumerate(rows):
            row = TicketPriceFactory(
                category=nl,
                age_from=age_from,
                age_to=age_to,
                price=Decimal(price),
                valid_from=valid_from,
                sort_order=order,
            )
            snippet_in_every_language(row, fr={"category": fr}, en={"category": en})


@pytest.fixture
def spaces(db):
    hall = EventSpaceFactory(
        name="Feestzaal",
        floor_area=540,
        capacity_theatre=350,
        capacity_classroom=180,
        capacity_reception=480,
        capacity_banquet=300,
        facilities="Bar\nGeluidsinstallatie",
        accessibility="Gelijkvloers, drempelloos.",
    )
    halls = snippet_in_every_language(
        hall,
        fr={
            "name": "Salle des fêtes",
            "facilities": "Bar\nSonorisation",
            "accessibility": "De plain-pied.",
        },
        en={"name": "Party hall", "facilities": "Bar\nSound system", "accessibility": "Step-free."},
    )
    for row in halls.values():
        EventSpacePhotoFactory(space=row)
    package = EventPackageFactory(name="Bouwdag", description="Teams bouwen samen een toren.")
    snippet_in_every_language(
        package,
        fr={"name": "Journée des bâtisseurs", "description": "Les équipes bâtissent une tour."},
        en={"name": "Builders' day", "description": "Teams build a tower together."},
    )
    return halls


@pytest.fixture
def hours_of_the_building(db):
    return building_with_stem_days()


# -- Sections, menus, switcher and cookie -----------------------------------------------


def test_the_menu_shows_the_section_of_the_current_page(client, offer_pages, programmes):
    links = menu_of(html_of(client, programmes["programme-levers"]["en"].url))
    assert offer_pages["school-programmes"]["en"].url in links
    assert offer_pages["class-visit-request"]["en"].url in links
    assert offer_pages["tickets"]["en"].url not in links
    links = menu_of(html_of(client, offer_pages["tickets"]["fr"].url))
    assert offer_pages["zones"]["fr"].url in links
    assert offer_pages["plan-your-visit"]["fr"].url in links
    assert offer_pages["school-programmes"]["fr"].url not in links
    links = menu_of(html_of(client, offer_pages["event-spaces"]["nl"].url))
    assert offer_pages["event-enquiry"]["nl"].url in links


@pytest.mark.parametrize(
    ("key", "audience"),
    [("zone-careers", "visitor"), ("programme-fizz", "teacher"), ("event-enquiry", "events")],
)
def test_the_switcher_marks_the_current_audience(
    client, offer_pages, zones, programmes, key, audience
):
    page = {**offer_pages, **zones, **programmes}[key]["fr"]
    html = html_of(client, page.url)
    current = elements(html, "a", class_="audience-switch__link", aria_current="true")
    assert [link["data-audience"] for link in current] == [audience]


def test_home_page_leads_back_to_the_remembered_audience_without_varying(client, audiences):
    cache.clear()
    html = html_of(client, "/en/")
    slot = elements(html, "p", class_="continue-offer")
    assert slot and "hidden" in slot[0]  # shown by the script, for returning visitors only
    links = elements(html, "a", class_="audience-switch__link")
    assert {link["data-audience"] for link in links} == {"visitor", "teacher", "events"}
    assert {link["href"] for link in links} == {pages["en"].url for pages in audiences.values()}
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


def test_prices_are_shown_with_their_date_and_the_ticket_shop(
    client, site_settings, offer_pages, prices
):
    html = html_of(client, offer_pages["tickets"]["en"].url)
    assert "prices as of 1 March 2019" in html
    assert "€ 17.50" in html and "€ 13.00" in html
    assert "Adults" in html and "Volwassenen" not in html
    assert "€ 14.90" not in html  # the older list
    assert "€ 19.90" not in html  # the list announced for next year
    assert elements(html, "a", class_="button--tickets", href=site_settings.ticket_shop_url)


def test_zones_by_age(client, offer_pages, zones):
    html = html_of(client, offer_pages["zones"]["en"].url)
    titles = re.findall(r'class="card__title"><a href="[^"]+">([^<]+)<', html)
    # permanent zones youngest first, then the one for all ages, then the exhibition
    assert titles == [
        "Children&#x27;s Town",
        "Careers Lab",
        "Makers&#x27; lab",
        "Main hall",
        "Robots",
    ]
    assert "ages 4–8" in html and "ages 14–18" in html
    zone = html_of(client, zones["zone-makers"]["nl"].url)
    assert "14–18" in zone and "Toren" in zone


def test_plan_your_visit_lists_accessibility(client, offer_pages):
    html = html_of(client, offer_pages["plan-your-visit"]["en"].url)
    assert "Three adapted toilets" in html and "the Science Park exit" in html


# -- Teachers ----------------------------------------------------------------------------


def programme_titles(html):
    return re.findall(r'class="card__title"><a href="[^"]+">([^<]+)<', html)


@pytest.mark.parametrize(
    ("params", "titles"),
    [
        ({}, 6),
        ({"level": "primary"}, ["Fizz and foam", "Levers at work"]),
        ({"grade": "5"}, ["Levers at work", "How computers see", "Robot arm"]),
        ({"theme": "digital"}, ["How computers see"]),
        ({"level": "secondary", "grade": "2", "theme": "technology"}, ["Bridge builders"]),
        ({"level": "preschool", "theme": "digital"}, []),
    ],
)
def test_programmes_filter_by_level_grade_and_theme(
    client, offer_pages, programmes, params, titles
):
    html = html_of(client, offer_pages["school-programmes"]["en"].url, **params)
    found = programme_titles(html)
    assert len(found) == titles if isinstance(titles, int) else found == titles
    form = elements(html, "form", class_="filters")[0]
    assert form["method"] == "get"  # works without JavaScript; the address can be shared
    for value in params.values():  # the choice stays visible in the filter
        assert any("selected" in option for option in elements(html, "option", value=value))


def test_unknown_filter_values_show_everything(client, offer_pages, programmes):
    html = html_of(client, offer_pages["school-programmes"]["en"].url, level="university")
    assert len(programme_titles(html)) == 6


def test_programmes_page_shows_school_days_and_stem_days(
    client, offer_pages, hours_of_the_building
):
    html = html_of(client, offer_pages["school-programmes"]["en"].url)
    assert "Classes are welcome Monday to Friday, 09:30–17:00" in html
    assert "STEM days for teachers" in html
    assert re.search(r"<li>Monday \d+ October \d{4} – Wednesday \d+ October \d{4}</li>", html)


def test_programme_page_details_and_booking_link(client, offer_pages, programmes):
    page = programmes["programme-levers"]["en"]
    html = html_of(client, page.url)
    assert "Primary school" in html and "4–6" in html and "€ 7.50" in html
    assert "Forces and energy" in html and "60 minutes" in html and "up to 28 pupils" in html
    booking = offer_pages["class-visit-request"]["en"].url
    assert elements(html, "a", href=f"{booking}?programme={page.pk}")


# -- Event organisers --------------------------------------------------------------------


def test_event_spaces_with_capacity_per_layout_and_packages(client, offer_pages, spaces):
    html = html_of(client, offer_pages["event-spaces"]["fr"].url)
    assert "Salle des fêtes" in html and "540 m²" in html
    assert re.search(r"Banquet</th><td class=\"num\">300</td>", html)
    assert "Journée des bâtisseurs" in html
    assert elements(html, "a", href=offer_pages["event-enquiry"]["fr"].url)
    assert elements(html, "img", loading="lazy")


# -- Query budget of the offer pages ------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "budget"),
    [
        ("tickets", 10),
        ("zone-careers", 10),
        ("programme-fizz", 10),
        ("class-visit-request", 10),
        ("event-enquiry", 10),
        ("zones", 15),
        ("school-programmes", 15),
        ("event-spaces", 15),
    ],
)
def test_offer_pages_stay_within_query_budget(
    client, offer_pages, zones, programmes, prices, spaces, hours_of_the_building, key, budget
):
    url = {**offer_pages, **zones, **programmes}[key]["en"].url
    client.get(url, {"warm": 1})
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, {"budget": 1}).status_code == 200
    assert len(queries) <= budget, [q["sql"] for q in queries]


# -- Admin -------------------------------------------------------------------------------


ROWS = {
    "ticketprice": TicketPriceFactory,
    "eventspace": EventSpaceFactory,
    "eventpackage": EventPackageFactory,
    "classvisitrequest": ClassVisitRequestFactory,
    "eventenquiry": EventEnquiryFactory,
}


@pytest.mark.parametrize("model", ROWS)
def test_offer_data_is_edited_in_the_admin(admin_client, model):
    instance = ROWS[model]()
    listing = admin_client.get(f"/admin/snippets/visits/{model}/")
    assert listing.status_code == 200
    assert str(instance) in listing.content.decode()
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


def test_each_language_shows_its_own_translation_of_the_offers(client, offer_pages, prices, spaces):
    french = html_of(client, offer_pages["event-spaces"]["fr"].url)
    english = html_of(client, offer_pages["event-spaces"]["en"].url)
    assert "Salle des fêtes" in french and "Party hall" not in french
    assert "Party hall" in english and "Salle des fêtes" not in english
    assert "Sonorisation" in french  # the facilities, one per line
    assert "Enfants" in html_of(client, offer_pages["tickets"]["fr"].url)


@pytest.mark.parametrize("model", ["visits.ticketprice", "visits.eventspace", "technopolis.alert"])
def test_offers_and_alerts_are_translated_with_wagtail_localize(admin_client, model):
    from django.apps import apps
    from django.urls import reverse
    from django.utils import timezone
    from wagtail.models import Locale

    if model == "technopolis.alert":
        apps.get_model(model).objects.create(
            text="De buitenexpo is gesloten",
            locale=Locale.objects.get(language_code="nl"),
            ends_at=timezone.now() + timezone.timedelta(days=1),
        )
    else:
        {"visits.ticketprice": TicketPriceFactory, "visits.eventspace": EventSpaceFactory}[model]()
    row = apps.get_model(model).objects.get(locale__language_code="nl")
    app_label, model_name = model.split(".")
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=[app_label, model_name, row.pk]
    )
    assert admin_client.get(url).status_code == 200
