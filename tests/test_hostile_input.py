"""Hostile and malformed parameters in URLs: every one gets an ordinary answer, never a 500.

Each number or date a view reads from the address is tried with values no date or integer
column can hold (they raised OverflowError, not ValueError, and answered 500)."""

import pytest
from django.core.cache import cache

from .helpers import demo_page

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]

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


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


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
def test_opening_hours_page_answers_any_month(client, month):
    page = demo_page("opening-hours", "en")
    response = client.get(page.url, {"month": month})
    assert response.status_code == 200
    assert b"<table" in response.content


@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_number_and_choice_parameters_never_answer_500(client, value):
    programmes = demo_page("school-programmes", "en")
    class_visit = demo_page("class-visit-request", "en")
    whats_on = demo_page("whats-on", "en")
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
