"""Hostile and malformed parameters in URLs: every one gets an ordinary answer, never a 500.

Each number or date a view reads from the address is tried with values no date or integer
column can hold (they raised OverflowError, not ValueError, and answered 500)."""

import pytest

from tests.factories import translated_pages
from tests.factories.agenda import (
    ActivityPageFactory,
    SchoolHolidayFactory,
    programme_site,
    visitors_pages,
)
from tests.factories.offers import ProgrammeIndexPageFactory
from tests.factories.opening_hours import BuildingFactory, OpeningHoursPageFactory
from tests.factories.requests import ClassVisitFormPageFactory

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"
HOSTILE_VALUES = [
    HUGE,
    "2147483648",
    "-1",
    "0",
    "1e400",
    "١٢",  # Arabic-Indic digits: isdigit() says yes, int() agrees, a database may not
    "²",
    "%00",
    "' OR 1=1 --",
    "x" * 3000,
]


@pytest.fixture
def opening_hours(site):
    """The English opening hours page, with the building's hours."""
    BuildingFactory()
    visitors = visitors_pages(site["nl"])["nl"]
    page = OpeningHoursPageFactory(parent=visitors)
    return translated_pages(page, en={"title": "Opening hours", "slug": "opening-hours"})["en"]


@pytest.fixture
def pages(client, site):
    """The English pages that read numbers, dates and choices from the address, with an
    activity and a school holiday for the programme to filter."""
    found = programme_site(site)
    visitors, whats_on = found["visitors"]["nl"], found["whats_on"]["en"]
    ActivityPageFactory(
        parent=whats_on, title="Spark gap", rows=[{"start_times": "11:00, 14:30"}], in_dutch=True
    )
    SchoolHolidayFactory()
    programmes = translated_pages(
        ProgrammeIndexPageFactory(parent=visitors),
        en={"title": "School programmes", "slug": "school-programmes"},
    )["en"]
    class_visit = translated_pages(
        ClassVisitFormPageFactory(parent=visitors),
        en={"title": "Request a class visit", "slug": "class-visit"},
    )["en"]
    found = {"whats_on": whats_on, "programmes": programmes, "class_visit": class_visit}
    for page in found.values():  # each page is there: a 404 below is the parameter's
        assert client.get(page.url).status_code == 200, page.url
    return found


@pytest.mark.parametrize(
    "month",
    [
        f"{HUGE}-01",
        "2147483648-01",
        f"2027-{HUGE}",
        "10000-01",
        "0-01",
        "2027-00",
        "2027--1",
        "-2027-01",
        "2027",
        "2027-01-01",
        "",
    ],
)
def test_opening_hours_page_answers_any_month(client, opening_hours, month):
    page = opening_hours
    response = client.get(page.url, {"month": month})
    assert response.status_code == 200
    assert b"<table" in response.content


@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_number_and_choice_parameters_never_answer_500(client, pages, value):
    programmes, class_visit, whats_on = pages["programmes"], pages["class_visit"], pages["whats_on"]
    programme = {"when": value, "day": value, "age": value, "kind": value, "language": value}
    urls = [
        (whats_on.url, programme),
        ("/whats-on.ics", {**programme, "lang": value}),
        (
            f"/whats-on/{value}.ics" if value.isascii() and value.isdigit() else "/whats-on/0.ics",
            {},
        ),
        (programmes.url, {"level": value, "grade": value, "theme": value}),
        (class_visit.url, {"programme": value}),
        ("/api/opening-hours.json", {"venue": value, "lang": value}),
        ("/opening-hours.ics", {"venue": value, "lang": value}),
        ("/en/search/", {"q": value, "page": value}),
    ]
    for url, query in urls:
        response = client.get(url, query)
        assert response.status_code in (200, 404), (url, query, response.status_code)
