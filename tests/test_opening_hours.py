"""Opening hours on the site: header status at frozen moments, cache bound, page, JSON,
iCalendar, JSON-LD and admin validation. Each test builds the hours it reads (the building
and the outdoor expo, tests/factories/opening_hours.py) for next year, and the moments below
lie in next year, so the tests pass whatever today is."""

import json
import re
from datetime import UTC, date, datetime, time, timedelta

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Site

from technopolis.models import SiteSettings
from visits.models import Audience, OpeningException, Venue, WeeklyRule
from visits.opening_hours.hours import TZ

from .factories import ContentPageFactory, translated_page
from .factories.offers import audience_pages
from .factories.opening_hours import OpeningExceptionFactory, museum_hours, opening_hours_pages
from .helpers import elements

pytestmark = pytest.mark.django_db

YEAR = timezone.localdate().year + 1
# a Thursday in June of next year: no holiday, no closure
JUNE_DAY = next(d for d in (date(YEAR, 6, 10 + i) for i in range(7)) if d.weekday() == 3)
# the reason of the building's closure in September, from a Monday to the Friday a week later
MAINTENANCE_REASON = {
    "nl": "onderhoud van de opstellingen",
    "fr": "entretien des expositions",
    "en": "exhibit maintenance",
}


def at(day, hour, minute=0):
    return datetime.combine(day, time(hour, minute), tzinfo=TZ)


@pytest.fixture
def hours(db):
    """The building open every day 09:30–17:00 (18:00 in the spring holidays), closed for
    maintenance in September and on New Year's Day; the outdoor expo with days of its own."""
    return museum_hours(YEAR, maintenance=MAINTENANCE_REASON)


@pytest.fixture
def pages(site, site_settings, hours):
    """{key: {code: page}}: the home page, the visitors' and teachers' landing pages and the
    opening-hours page below the visitors' one, in every language. The site's settings are
    saved, as on any installation (the first request would otherwise create them, which
    renews every cached page)."""
    visitors = audience_pages(site, Audience.VISITOR)
    return {
        "home": site,
        "audience-visitor": visitors,
        "audience-teacher": audience_pages(site, Audience.TEACHER),
        "opening-hours": opening_hours_pages(visitors),
    }


@pytest.fixture
def about(site):
    """A page that explains a closure, in every language."""
    return translated_page(
        ContentPageFactory,
        site,
        {
            "nl": {"title": "Over ons", "slug": "over-ons"},
            "fr": {"title": "À propos", "slug": "a-propos"},
            "en": {"title": "About us", "slug": "about-us"},
        },
    )


def maintenance(hours):
    return hours.maintenance.start_date, hours.maintenance.end_date


def status_text(client, url, moment):
    with time_machine.travel(moment, tick=False):
        response = client.get(url)
    (status,) = re.findall(
        r'<p class="opening-status[^"]*">(.*?)</p>', response.content.decode(), re.S
    )
    return re.sub(r"<[^>]+>", "", status).strip().replace("&#x27;", "'"), response


HEADER_CASES = [
    (
        at(JUNE_DAY, 12),
        {
            "nl": "Vandaag open tot 17:00",
            "fr": "Ouvert aujourd'hui jusqu'à 17:00",
            "en": "Open today until 17:00",
        },
    ),
    (
        at(JUNE_DAY, 8),
        {
            "nl": "Nu gesloten · vandaag weer open om 09:30",
            "fr": "Fermé en ce moment · réouverture aujourd'hui à 09:30",
            "en": "Closed now · opens again today at 09:30",
        },
    ),
]


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
@pytest.mark.parametrize(("moment", "texts"), HEADER_CASES)
def test_header_status_in_the_page_language(client, pages, language, moment, texts):
    page = pages["audience-visitor"][language]
    text, response = status_text(client, page.url, moment)
    assert text == texts[language]
    html = response.content.decode()
    (link,) = elements(html, "a", class_="opening-status__link")
    assert link["href"] == pages["opening-hours"][language].url


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            "Vandaag gesloten (onderhoud van de opstellingen) · weer open op zaterdag {d} "
            "september",
        ),
        (
            "fr",
            "Fermé aujourd'hui (entretien des expositions) · réouverture le samedi {d} septembre",
        ),
        ("en", "Closed today (exhibit maintenance) · opens again Saturday {d} September"),
    ],
)
def test_header_during_the_maintenance_closure(client, hours, pages, language, expected):
    first, last = maintenance(hours)
    reopening = last + timedelta(days=1)
    assert reopening.weekday() == 5
    text, _ = status_text(client, pages["home"][language].url, at(first + timedelta(days=2), 11))
    at_word = {"nl": "om", "fr": "à", "en": "at"}[language]
    assert text == f"{expected.format(d=reopening.day)} {at_word} 09:30"


def test_header_at_the_last_minute_and_at_closing_time(client, pages):
    url = pages["home"]["en"].url
    assert status_text(client, url, at(JUNE_DAY, 16, 59))[0] == "Open today until 17:00"
    text, _ = status_text(client, url, at(JUNE_DAY, 17))
    tomorrow = JUNE_DAY + timedelta(days=1)
    assert text == f"Closed now · opens again Friday {tomorrow.day} June at 09:30"


def test_header_over_new_year(client, pages):
    text, _ = status_text(client, pages["home"]["en"].url, at(date(YEAR, 12, 31), 17, 30))
    second = date(YEAR + 1, 1, 2)
    assert text == (f"Closed now · opens again {second:%A} 2 January {YEAR + 1} at 09:30")


def test_header_in_the_spring_holidays(client, hours, pages):
    first, _ = hours.spring
    text, _ = status_text(client, pages["home"]["en"].url, at(first + timedelta(days=3), 17, 30))
    assert text == "Open today until 18:00"


def test_without_rules_the_header_never_says_open(client, pages):
    WeeklyRule.objects.all().delete()
    text, _ = status_text(client, pages["home"]["en"].url, at(JUNE_DAY, 12))
    assert text == "Opening hours not published yet"


@pytest.mark.parametrize(
    ("hour", "minute", "changes"),
    [(16, 59, (17, 0)), (8, 0, (9, 30)), (17, 30, None)],
)
def test_rendering_bounds_the_cache_lifetime_by_the_next_change(
    client, pages, hour, minute, changes
):
    _, response = status_text(client, pages["home"]["nl"].url, at(JUNE_DAY, hour, minute))
    expected = at(JUNE_DAY, *changes) if changes else at(JUNE_DAY + timedelta(days=1), 0)
    assert response.wsgi_request.content_expires_at == expected


def test_a_page_cached_at_1659_does_not_say_open_at_1701(client, pages):
    url = pages["home"]["en"].url
    text, first = status_text(client, url, at(JUNE_DAY, 16, 59))
    assert first["X-Cache"] == "MISS" and text == "Open today until 17:00"
    assert "max-age=60" in first["Cache-Control"]
    _, second = status_text(client, url, at(JUNE_DAY, 16, 59) + timedelta(seconds=30))
    assert second["X-Cache"] == "HIT"
    text, later = status_text(client, url, at(JUNE_DAY, 17, 1))
    assert later["X-Cache"] == "MISS"
    assert text.startswith("Closed now")


def test_notice_page_is_linked_in_the_page_language(client, hours, pages, about):
    OpeningExceptionFactory(
        venue=hours.building,
        start_date=JUNE_DAY,
        reason_nl="technische storing",
        reason_fr="panne technique",
        reason_en="",
        notice_page=about["nl"],
    )
    with time_machine.travel(at(JUNE_DAY, 12), tick=False):
        html = client.get(pages["opening-hours"]["fr"].url).content.decode()
        data = client.get("/api/opening-hours.json", {"lang": "fr"}).json()
    assert "panne technique" in html
    assert elements(html, "a", href=about["fr"].url)
    assert data["days"][0]["exception"]["notice_url"].endswith(about["fr"].url)
    assert data["status"]["text"] == "Fermé aujourd'hui (panne technique)"


def test_status_costs_no_queries_once_loaded(client, pages):
    client.get(pages["audience-visitor"]["en"].url)
    with CaptureQueriesContext(connection) as queries:
        client.get(pages["audience-teacher"]["en"].url)  # not in the page cache yet
    hours_tables = ("visits_venue", "visits_weeklyrule", "visits_openingexception")
    assert not [q for q in queries.captured_queries if any(t in q["sql"] for t in hours_tables)]


def test_editing_hours_shows_at_once(client, hours, pages):
    url = pages["home"]["en"].url
    assert status_text(client, url, at(JUNE_DAY, 12))[0] == "Open today until 17:00"
    OpeningException.objects.create(
        venue=hours.building,
        start_date=JUNE_DAY,
        reason_nl="technische storing",
        reason_en="technical fault",
    )
    assert status_text(client, url, at(JUNE_DAY, 12))[0].startswith(
        "Closed today (technical fault)"
    )


# The opening hours page


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_opening_hours_page_shows_week_month_and_exceptions(client, pages, language):
    page = pages["opening-hours"][language]
    with time_machine.travel(at(date(YEAR, 8, 25), 10), tick=False):
        html = client.get(page.url).content.decode()
    assert html.count('<table class="week">') == 2  # the building and the outdoor expo
    assert html.count('<table class="month">') == 2
    assert len(elements(html, "th", scope="col")) >= 14
    assert elements(html, "tr", class_="is-today")
    assert MAINTENANCE_REASON[language] in html
    (next_link, *_) = elements(html, "a", rel="next")
    assert next_link["href"].startswith(f"?month={YEAR}-09")
    assert not elements(html, "a", rel="prev")  # nothing before this month
    assert "faq" in html


def test_month_navigation_shows_the_closure_in_the_calendar(client, hours, pages):
    page = pages["opening-hours"]["en"]
    with time_machine.travel(at(date(YEAR, 8, 25), 10), tick=False):
        html = client.get(page.url, {"month": f"{YEAR}-09"}).content.decode()
        fallback = client.get(page.url, {"month": "nonsense"}).content.decode()
    assert f"<caption>September {YEAR} · Technopolis</caption>" in html
    closed = re.findall(r'class="month__day is-closed is-exception".*?</td>', html, re.S)
    first, last = maintenance(hours)
    days = (last - first).days + 1
    assert len(closed) == 2 * days  # the outdoor expo closes with the building
    assert elements(html, "a", rel="prev")
    assert f"<caption>August {YEAR} · Technopolis</caption>" in fallback


def test_outdoor_expo_keeps_its_own_days(client, pages):
    with time_machine.travel(at(JUNE_DAY, 10), tick=False):
        data = client.get("/api/opening-hours.json", {"venue": "outdoor-expo", "lang": "en"}).json()
    by_date = {day["date"]: day for day in data["days"]}
    monday = JUNE_DAY + timedelta(days=4)
    wednesday = JUNE_DAY + timedelta(days=6)
    assert not by_date[monday.isoformat()]["open"]
    assert by_date[wednesday.isoformat()]["periods"] == [{"opens": "12:30", "closes": "17:00"}]
    assert data["venue"]["name"] == "Outdoor expo"


# Machines: JSON, iCalendar, JSON-LD


def test_json_endpoint_gives_status_and_14_days(client, pages):
    with time_machine.travel(at(JUNE_DAY, 16, 59), tick=False):
        response = client.get("/api/opening-hours.json", {"lang": "fr"})
    assert response["Content-Type"] == "application/json"
    assert "max-age=60" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["status"]["open"] is True
    assert data["status"]["closes_at"] == at(JUNE_DAY, 17).isoformat()
    assert data["status"]["text"] == "Ouvert aujourd'hui jusqu'à 17:00"
    assert len(data["days"]) == 14
    assert data["days"][0] == {
        "date": JUNE_DAY.isoformat(),
        "published": True,
        "open": True,
        "periods": [{"opens": "09:30", "closes": "17:00"}],
        "exception": None,
    }
    assert data["page"].endswith(pages["opening-hours"]["fr"].url)
    assert client.get("/api/opening-hours.json", {"venue": "nowhere"}).status_code == 404


def unfold(text):
    assert text.endswith("\r\n")
    lines = text[:-2].split("\r\n")
    assert all(len(line.encode()) <= 75 for line in lines)
    unfolded = []
    for line in lines:
        if line.startswith(" "):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    return unfolded


def parse_ics(text):
    """Events of an iCalendar text as dicts; checks the structure on the way."""
    lines = unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    events, current = [], None
    for line in lines[1:-1]:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            names = {key.partition(";")[0] for key in current}
            assert {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"} <= names
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    assert current is None
    return events


def test_ical_feed_of_closures_and_special_hours(client, hours, pages):
    OpeningExceptionFactory(
        venue=hours.building,
        start_date=JUNE_DAY,
        kind=OpeningException.Kind.SPECIAL,
        opens=time(19),
        closes=time(23),
        reason_nl="Night@Technopolis, avondopening voor volwassenen",
        reason_en="Night@Technopolis, an evening for adults; tickets online",
    )
    with time_machine.travel(at(date(YEAR, 1, 5), 10), tick=False):
        response = client.get("/opening-hours.ics", {"lang": "en"})
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    events = parse_ics(response.content.decode())
    first, last = maintenance(hours)
    (closure,) = [e for e in events if e.get("DTSTART;VALUE=DATE") == f"{first:%Y%m%d}"]
    assert closure["DTEND;VALUE=DATE"] == f"{last + timedelta(days=1):%Y%m%d}"
    assert closure["SUMMARY"] == "Technopolis closed: exhibit maintenance"
    (evening,) = [e for e in events if "Night" in e["SUMMARY"]]
    assert evening["DTSTART"] == f"{at(JUNE_DAY, 19).astimezone(UTC):%Y%m%dT%H%M%SZ}"
    assert evening["DTEND"] == f"{at(JUNE_DAY, 23).astimezone(UTC):%Y%m%dT%H%M%SZ}"
    assert evening["SUMMARY"] == (
        "Technopolis open: Night@Technopolis\\, an evening for adults\\; tickets online"
    )
    assert len({e["UID"] for e in events}) == len(events)


def json_ld(html):
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(block)


def test_the_address_is_edited_as_fields_and_shown_from_them(client, pages):
    """The structured data read the address from two lines of free text; a town of several
    words or a missing line broke it. Footer, home page and JSON-LD show the same fields."""
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.street_address = "Technologielaan 1 bus 3"
    settings.postal_code = "2800"
    settings.locality = "Mechelen-Noord"
    settings.save()
    html = client.get(pages["home"]["en"].url).content.decode()
    assert json_ld(html)["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Technologielaan 1 bus 3",
        "postalCode": "2800",
        "addressLocality": "Mechelen-Noord",
        "addressCountry": "BE",
    }
    assert "<address>Technologielaan 1 bus 3<br>2800 Mechelen-Noord</address>" in html
    assert "Technologielaan 1 bus 3, 2800 Mechelen-Noord" in html


@pytest.mark.parametrize("key", ["home", "opening-hours"])
def test_museum_json_ld_from_the_same_data(client, hours, pages, key):
    with time_machine.travel(at(date(YEAR, 1, 5), 10), tick=False):
        html = client.get(pages[key]["en"].url).content.decode()
    data = json_ld(html)
    assert data["@type"] == "Museum"
    assert data["address"]["postalCode"] == "2800"
    every_day = {
        "@type": "OpeningHoursSpecification",
        "dayOfWeek": [
            f"https://schema.org/{d}"
            for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
        ],
        "opens": "09:30",
        "closes": "17:00",
    }
    assert every_day in data["openingHoursSpecification"]
    first, last = maintenance(hours)
    assert {
        "@type": "OpeningHoursSpecification",
        "opens": "00:00",
        "closes": "00:00",
        "validFrom": first.isoformat(),
        "validThrough": last.isoformat(),
        "name": "exhibit maintenance",
    } in data["specialOpeningHoursSpecification"]


# Admin: it speaks Dutch, the site's default language, to editors without a preference.


def venue_form(**overrides):
    data = {
        "name_nl": "Testzone",
        "key": "test-zone",
        "rules-TOTAL_FORMS": "0",
        "rules-INITIAL_FORMS": "0",
        "rules-MIN_NUM_FORMS": "0",
        "rules-MAX_NUM_FORMS": "1000",
        "exceptions-TOTAL_FORMS": "0",
        "exceptions-INITIAL_FORMS": "0",
        "exceptions-MIN_NUM_FORMS": "0",
        "exceptions-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def rules(*rows):
    data = {"rules-TOTAL_FORMS": str(len(rows))}
    for i, row in enumerate(rows):
        data.update({f"rules-{i}-{name}": value for name, value in row.items()})
    return data


ADD_URL = "/admin/snippets/visits/venue/add/"


def test_admin_accepts_a_valid_venue(admin_client):
    data = venue_form(
        **rules(
            {"monday": "on", "tuesday": "on", "opens": "09:30", "closes": "17:00"},
            {
                "monday": "on",
                "opens": "09:30",
                "closes": "18:00",
                "valid_from": f"{YEAR}-04-01",
                "valid_until": f"{YEAR}-04-15",
            },
        )
    )
    response = admin_client.post(ADD_URL, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Venue.objects.get(key="test-zone").rules.count() == 2


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            [{"monday": "on", "opens": "17:00", "closes": "09:30"}],
            "Het sluitingsuur moet na het openingsuur (17:00) liggen.",
        ),
        ([{"opens": "09:30", "closes": "17:00"}], "Vink minstens één weekdag aan."),
        (
            [
                {
                    "monday": "on",
                    "opens": "09:30",
                    "closes": "17:00",
                    "valid_from": f"{YEAR}-05-01",
                    "valid_until": f"{YEAR}-04-01",
                }
            ],
            "Het seizoen eindigt voor het begint.",
        ),
        (
            [
                {"monday": "on", "tuesday": "on", "opens": "09:30", "closes": "17:00"},
                {"tuesday": "on", "opens": "16:00", "closes": "18:00"},
            ],
            "Deze uren spreken een andere rij tegen",
        ),
    ],
)
def test_admin_explains_invalid_weekly_hours(admin_client, rows, message):
    response = admin_client.post(ADD_URL, venue_form(**rules(*rows)))
    assert response.status_code == 200
    assert message in response.content.decode().replace("&#x27;", "'")
    assert not Venue.objects.filter(key="test-zone").exists()


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            {"start_date": f"{YEAR}-09-10", "end_date": f"{YEAR}-09-01", "kind": "closed"},
            "De periode eindigt voor ze begint.",
        ),
        (
            {"start_date": f"{YEAR}-09-10", "kind": "special"},
            "Aangepaste uren hebben een openingsuur nodig.",
        ),
        (
            {"start_date": f"{YEAR}-09-10", "kind": "closed", "opens": "10:00"},
            "Een sluiting heeft geen uren",
        ),
    ],
)
def test_admin_explains_invalid_exceptions(admin_client, row, message):
    data = venue_form(**{"exceptions-TOTAL_FORMS": "1"})
    data.update({f"exceptions-0-{name}": value for name, value in row.items()})
    data["exceptions-0-reason_nl"] = "test"
    response = admin_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert message in response.content.decode().replace("&#x27;", "'")


def test_demo_hours_load_twice_without_duplicates():
    """The demo loader's hours (visits/demo.py), as `load_demo` loads them, on a database
    without hours: a second load adds no rule and no exception."""
    from visits.demo import load_hours

    years = [YEAR - 1, YEAR]
    load_hours(years)
    counts = (WeeklyRule.objects.count(), OpeningException.objects.count())
    assert all(counts)
    load_hours(years)
    assert (WeeklyRule.objects.count(), OpeningException.objects.count()) == counts


def test_month_navigation_ends_with_next_year(client, pages):
    page = pages["opening-hours"]["en"]
    with time_machine.travel(at(date(YEAR - 1, 11, 20), 10), tick=False):
        html = client.get(page.url, {"month": f"{YEAR + 3}-01"}).content.decode()
    assert f"<caption>December {YEAR} · Technopolis</caption>" in html
    assert not elements(html, "a", rel="next")


def test_admin_screens_for_venues_load(admin_client, hours):
    response = admin_client.get("/admin/snippets/visits/venue/")
    assert response.status_code == 200
    assert "Buitenexpo" in response.content.decode()
    assert admin_client.get(ADD_URL).status_code == 200
    response = admin_client.get(f"/admin/snippets/visits/venue/edit/{hours.building.pk}/")
    assert response.status_code == 200
    assert "onderhoud van de opstellingen" in response.content.decode()
