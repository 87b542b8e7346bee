"""What's on: the programme page (days, filters, messages, cache lifetime), activity pages
(sessions, JSON-LD, iCalendar), the home and zone pages, cancellations and the editor's check.

Each test builds the activities it asserts on (tests/factories/agenda.py) under a What's on
page in every language, with the building open every day from 09:30 to 17:00, and looks at
them in March 2031 (time frozen), so that they pass on any day they run.
"""

import json
import re
from datetime import date, datetime, time

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import translation

from tests.factories.agenda import (
    ActivityPageFactory,
    CancellationFactory,
    SchoolHolidayFactory,
    programme_site,
    zone_pages,
)
from tests.factories.opening_hours import OpeningExceptionFactory
from visits.agenda.models import NEVER_SHOWN, ActivityPage, ActivityTime, Cancellation
from visits.opening_hours.hours import TZ

pytestmark = pytest.mark.django_db

SATURDAY = date(2031, 3, 8)


def at(day, hour, minute=0):
    return datetime.combine(day, time(hour, minute), TZ)


@pytest.fixture
def programme(site):
    """The building's hours and the visitors' and What's on pages in every language."""
    return programme_site(site)


@pytest.fixture
def whats_on(programme):
    """The English What's on page, with no activity yet."""
    return programme["whats_on"]["en"]


WEEKEND_SHOW = {"saturday": True, "sunday": True, "start_times": "11:00, 14:30"}


def programme_html(client, url, query=None, moment=None):
    with time_machine.travel(moment or at(SATURDAY, 10), tick=False):
        response = client.get(url, query or {})
    assert response.status_code == 200
    return response


def test_today_lists_times_places_ages_language_and_price(client, whats_on):
    ActivityPageFactory(parent=whats_on, title="Sparks show", rows=[WEEKEND_SHOW], in_dutch=True)
    ActivityPageFactory(
        parent=whats_on,
        title="Fablab workshop",
        kind="workshop",
        rows=[{"start_times": "13:00"}],
        included=False,
        price="3.00",
        registration="arrival",
        places=16,
        age_from=10,
        age_to=14,
        in_english=True,
    )
    html = programme_html(client, whats_on.url).content.decode()
    assert re.search(r"11:00.*Sparks show.*13:00.*Fablab workshop.*14:30.*Sparks show", html, re.S)
    assert "ages 6–12" in html and "25 min" in html
    assert "included in the ticket" in html and "€ 3.00" in html
    assert "register on arrival" in html
    assert '<span lang="nl">Nederlands</span>' in html


def test_a_session_that_has_started_is_no_longer_listed_and_the_cache_expires_then(
    client, whats_on
):
    ActivityPageFactory(parent=whats_on, title="Sparks show", rows=[WEEKEND_SHOW])
    response = programme_html(client, whats_on.url, moment=at(SATURDAY, 12))
    html = response.content.decode()
    assert "14:30" in html and "11:00" not in html
    # cached at most until 14:30, when the list changes
    s_maxage = int(re.search(r"s-maxage=(\d+)", response["Cache-Control"])[1])
    assert 0 < s_maxage <= 150 * 60


def test_on_a_closed_day_it_says_so_and_shows_the_next_open_day(client, whats_on):
    ActivityPageFactory(parent=whats_on, title="Sparks show", rows=[WEEKEND_SHOW])
    OpeningExceptionFactory(start_date=SATURDAY, reason_en="inventory")
    html = programme_html(client, whats_on.url).content.decode()
    assert "Technopolis is closed today (inventory)." in html
    assert "Sunday 9 March" in html and "Sparks show" in html


def test_after_the_last_session_the_next_days_programme_follows(client, whats_on):
    ActivityPageFactory(parent=whats_on, title="Sparks show", rows=[WEEKEND_SHOW])
    html = programme_html(client, whats_on.url, moment=at(SATURDAY, 16)).content.decode()
    assert "Nothing more on the programme today." in html
    assert "Sunday 9 March" in html


@pytest.mark.parametrize(
    "query, shown, hidden",
    [
        ({"age": "5"}, ["Toddler lab"], ["Sparks show", "Night"]),
        ({"age": "30"}, ["Night"], ["Toddler lab", "Sparks show"]),
        ({"kind": "workshop"}, ["Toddler lab"], ["Sparks show"]),
        ({"language": "fr"}, ["Night", "Outdoor expo"], ["Sparks show"]),
        ({"included": "on"}, ["Sparks show", "Toddler lab"], ["Night"]),
        # a typo in a shared address counts as no choice
        ({"age": "eight", "kind": "nonsense"}, ["Sparks show", "Toddler lab"], []),
    ],
)
def test_filters_come_from_the_address(client, whats_on, query, shown, hidden):
    ActivityPageFactory(parent=whats_on, title="Sparks show", rows=[WEEKEND_SHOW], in_dutch=True)
    ActivityPageFactory(
        parent=whats_on,
        title="Toddler lab",
        kind="workshop",
        rows=[{"start_times": "15:00"}],
        age_from=3,
        age_to=6,
        in_dutch=True,
    )
    ActivityPageFactory(
        parent=whats_on,
        title="Night",
        kind="evening",
        rows=[{"start_times": "19:00"}],
        own_hours=True,
        age_from=18,
        age_to=None,
        included=False,
        price="15.00",
        in_french=True,
        duration_minutes=240,
    )
    ActivityPageFactory(
        parent=whats_on,
        title="Outdoor expo",
        kind="exhibition",
        rows=[{}],
        age_from=None,
        age_to=None,
    )
    html = programme_html(client, whats_on.url, query).content.decode()
    for title in shown:
        assert title in html, (query, title)
    for title in hidden:
        assert title not in html, (query, title)


def test_an_empty_result_says_what_to_try(client, whats_on):
    ActivityPageFactory(parent=whats_on, title="Sparks show", rows=[WEEKEND_SHOW])
    html = programme_html(client, whats_on.url, {"kind": "tour"}).content.decode()
    assert "Try another age or kind, any language, or clear the choices." in html
    assert "Clear all choices" in html


def test_this_weekend_and_a_chosen_date(client, whats_on):
    ActivityPageFactory(parent=whats_on, title="Sparks show", rows=[WEEKEND_SHOW])
    wednesday = date(2031, 3, 5)
    html = programme_html(
        client, whats_on.url, {"when": "weekend"}, moment=at(wednesday, 10)
    ).content.decode()
    assert "Saturday 8 March" in html and "Sunday 9 March" in html
    html = programme_html(client, whats_on.url, {"day": "2031-03-15"}).content.decode()
    assert "Saturday 15 March" in html and html.count("Sparks show") == 2


def test_school_holidays_list_the_holiday_programme(client, whats_on):
    SchoolHolidayFactory(name="spring", first_day=date(2031, 3, 1), last_day=date(2031, 3, 9))
    ActivityPageFactory(
        parent=whats_on,
        title="Holiday lab",
        kind="holiday",
        rows=[{"start_times": "11:00", "holidays": "holidays"}],
    )
    monday = date(2031, 3, 3)
    html = programme_html(
        client, whats_on.url, {"when": "holidays"}, moment=at(monday, 10)
    ).content.decode()
    assert "Spring holidays: 1 March to 9 March 2031." in html
    assert html.count("Holiday lab") == 7  # Monday 3 to Sunday 9 March
    # outside the holidays the same activity is not on
    html = programme_html(client, whats_on.url, {"day": "2031-03-10"}).content.decode()
    assert "Holiday lab" not in html


def test_bad_dates_and_huge_numbers_get_a_page_not_an_error(client, whats_on):
    for query in (
        {"day": "99999-01-01"},
        {"day": "2031-02-30"},
        {"age": "99999999999999999999"},
        {"when": "<script>"},
    ):
        assert programme_html(client, whats_on.url, query).status_code == 200


def test_a_cancellation_shows_at_once_with_its_reason(client, whats_on):
    show = ActivityPageFactory(parent=whats_on, title="Sparks show", rows=[WEEKEND_SHOW])
    programme_html(client, whats_on.url)  # now in the page cache
    CancellationFactory(
        activity=show, day=SATURDAY, at=time(14, 30), reason=Cancellation.Reason.ILLNESS
    )
    html = programme_html(client, whats_on.url).content.decode()
    assert "Cancelled" in html and "the presenter is ill" in html


def test_the_activity_page_lists_its_sessions_json_ld_and_calendar(client, whats_on):
    show = ActivityPageFactory(
        parent=whats_on,
        title="Sparks show",
        rows=[WEEKEND_SHOW],
        in_dutch=True,
        lead="Lightning indoors.",
    )
    html = programme_html(client, show.url).content.decode()
    assert re.search(r"Today</strong>\s*<span class=\"session\">11:00</span> · <span", html)
    assert "Sunday 9 March" in html
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    events = [json.loads(b) for b in blocks if '"Event"' in b]
    assert events[0]["startDate"] == "2031-03-08T11:00+01:00"
    assert events[0]["endDate"] == "2031-03-08T11:25+01:00"
    assert events[0]["inLanguage"] == ["nl"]
    assert events[0]["typicalAgeRange"] == "6-12"
    with time_machine.travel(at(SATURDAY, 10), tick=False):
        ics = client.get(f"/whats-on/{show.pk}.ics")
    assert ics["Content-Type"].startswith("text/calendar")
    lines = ics.content.decode().split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") > 4
    assert "DTSTART:20310308T100000Z" in lines  # 11:00 in Brussels, winter time


def test_the_programme_feed_honours_the_filters(client, whats_on):
    ActivityPageFactory(parent=whats_on, title="Sparks show", rows=[WEEKEND_SHOW], in_dutch=True)
    ActivityPageFactory(
        parent=whats_on, title="Salon", kind="tour", rows=[{"start_times": "10:00"}], in_french=True
    )
    with time_machine.travel(at(SATURDAY, 10), tick=False):
        body = client.get("/whats-on.ics", {"lang": "en", "language": "fr"}).content.decode()
    assert "SUMMARY:Salon" in body and "Sparks show" not in body


def test_home_and_zone_pages_show_what_is_on_next(client, programme, whats_on):
    zone = zone_pages(programme["visitors"]["nl"])["en"]
    ActivityPageFactory(parent=whats_on, title="Sparks show", rows=[WEEKEND_SHOW], zone=zone)
    home = programme_html(client, "/en/").content.decode()
    assert "What's on today" in home and "Sparks show" in home
    assert whats_on.url in home
    zone_html = programme_html(client, zone.url).content.decode()
    assert "On the programme here" in zone_html and "Sparks show" in zone_html


def test_the_editor_hears_of_times_outside_the_opening_hours(whats_on):
    show = ActivityPageFactory(
        parent=whats_on, title="Late show", rows=[{"start_times": "11:00, 17:30"}]
    )
    with time_machine.travel(at(SATURDAY, 10), tick=False), translation.override("en"):
        days, skipped = show.schedule_check()
        assert str(skipped[0]["why"]) == "open only 09:30–17:00"
    assert len(skipped) == days
    assert skipped[0]["times"] == ["17:30"]


def test_a_row_the_site_would_never_show_is_refused(admin_client, whats_on):
    show = ActivityPageFactory(parent=whats_on, title="Sparks show", rows=[WEEKEND_SHOW])
    form_class = ActivityPage.get_edit_handler().get_form_class()
    data = {
        "title": "Sparks show",
        "slug": "sparks-show",
        "kind": "show",
        "included": "on",
        "step_free": "on",
        "registration": "none",
        "related-count": "0",
        "body-count": "0",
        "times-TOTAL_FORMS": "1",
        "times-INITIAL_FORMS": "0",
        "times-MIN_NUM_FORMS": "1",
        "times-MAX_NUM_FORMS": "1000",
        "times-0-start_times": "18:00",
        "times-0-holidays": "any",
        "times-0-ORDER": "1",
        "duration_minutes": "25",
    }
    form = form_class(data, instance=show, parent_page=whats_on, for_user=None)
    assert not form.is_valid()
    assert form.formsets["times"].forms[0].non_field_errors() == [str(NEVER_SHOWN)]
    data["times-0-start_times"] = "11:00"
    form = form_class(data, instance=show, parent_page=whats_on, for_user=None)
    assert form.is_valid(), (form.errors, [f.errors for f in form.formsets["times"].forms])


def test_an_activity_checks_its_price_and_registration():
    page = ActivityPage(title="x", slug="x", kind="show", included=False)
    with pytest.raises(ValidationError) as raised:
        page.clean()
    assert "price" in raised.value.message_dict
    page = ActivityPage(title="x", slug="x", kind="show", registration="online")
    with pytest.raises(ValidationError) as raised:
        page.clean()
    assert "registration_url" in raised.value.message_dict


def test_a_preview_shows_the_drafts_own_schedule(whats_on):
    show = ActivityPageFactory(parent=whats_on, title="Sparks show", rows=[WEEKEND_SHOW])
    show.times = [ActivityTime(saturday=True, start_times="15:30")]
    with time_machine.travel(at(SATURDAY, 10), tick=False):
        html = show.make_preview_request().content.decode()
    sessions = html.split('id="sessions-title"')[1].split("</section>")[0]
    assert "15:30" in sessions and "11:00" not in sessions


def test_the_choices_stay_folded_until_a_visitor_filters(client, whats_on):
    ActivityPageFactory(parent=whats_on, title="Sparks show", rows=[WEEKEND_SHOW])
    html = programme_html(client, whats_on.url, {"when": "weekend"}).content.decode()
    assert '<details class="programme-filters">' in html and "Clear all choices" not in html
    html = programme_html(client, whats_on.url, {"age": "0"}).content.decode()
    assert '<details class="programme-filters" open>' in html


def test_a_translation_gets_the_same_schedule_and_stays_a_draft(programme):
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    parent = programme["whats_on"]["nl"]
    show = ActivityPageFactory(parent=parent, title="Vonkenshow", rows=[WEEKEND_SHOW])
    source, _ = TranslationSource.get_or_create_from_instance(show)
    french = Locale.objects.get(language_code="fr")
    Translation.objects.create(source=source, target_locale=french).save_target(publish=False)
    translated = show.get_translation(french).specific
    assert not translated.live
    assert [row.start_times for row in translated.times.all()] == ["11:00, 14:30"]
