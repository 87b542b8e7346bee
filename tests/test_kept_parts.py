"""Parts of a page kept per process (technopolis/cache.py `kept`, the `content_fragment` tag):
what changes only with the content is rendered once per content generation; a publish shows
at once, a preview shows the draft, and what changes with the time is never kept."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from technopolis.cache import _Kept
from visits.opening_hours.models import Venue, WeeklyRule

from .factories import ContentPageFactory

BRUSSELS = ZoneInfo("Europe/Brussels")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0  # every request renders


@pytest.fixture
def pages(site):
    section = ContentPageFactory(parent=site["nl"], title="Praktisch", show_in_menus=True)
    visit = ContentPageFactory(parent=section, title="Je bezoek plannen", show_in_menus=True)
    faq = ContentPageFactory(parent=section, title="Veelgestelde vragen", show_in_menus=True)
    return section, visit, faq


def test_a_second_render_reads_less_and_shows_the_same(client, pages):
    _, visit, _ = pages
    with CaptureQueriesContext(connection) as first:
        html = client.get(visit.url).content
    with CaptureQueriesContext(connection) as second:
        again = client.get(visit.url).content
    assert again == html
    assert len(second) < len(first)


def test_a_publish_shows_on_the_next_render_of_every_page(client, pages):
    _, visit, faq = pages
    assert "Veelgestelde vragen" in client.get(visit.url).content.decode()
    faq.title = "Vragen en antwoorden"
    faq.save_revision().publish()
    html = client.get(visit.url).content.decode()
    assert "Vragen en antwoorden" in html  # the menu, kept before, was rendered again
    assert "Veelgestelde vragen" not in html


def test_a_preview_shows_the_draft_not_the_kept_page(client, pages):
    _, visit, _ = pages
    client.get(visit.url)  # the live page's parts are kept
    visit.title = "Je bezoek voorbereiden"
    preview = visit.make_preview_request().content.decode()
    assert '<h1 class="page-header__title">Je bezoek voorbereiden</h1>' in preview
    live = client.get(visit.url).content.decode()
    assert '<h1 class="page-header__title">Je bezoek plannen</h1>' in live


def test_the_opening_status_is_never_kept(client, pages):
    _, visit, _ = pages
    venue = Venue.objects.create(key="building", name_nl="Technopolis")
    WeeklyRule.objects.create(
        venue=venue, opens=time(9, 30), closes=time(17), **dict.fromkeys(WEEKDAYS, True)
    )
    # a Tuesday of a week without exceptions, at noon and in the evening
    with time_machine.travel(datetime(2027, 3, 9, 12, tzinfo=BRUSSELS), tick=False):
        noon = client.get(visit.url).content.decode()
    with time_machine.travel(datetime(2027, 3, 9, 19, tzinfo=BRUSSELS), tick=False):
        evening = client.get(visit.url).content.decode()
    status = 'class="status-slot">'
    assert noon.split(status)[1][:300] != evening.split(status)[1][:300]


def test_kept_values_stay_within_their_size():
    kept = _Kept(limit=10)
    kept.get("a", lambda: "12345")
    kept.get("b", lambda: "12345")
    assert kept.get("a", lambda: "made again") == "12345"  # a hit, now the most recent
    kept.get("c", lambda: "123")  # over the limit: the least recently used goes
    assert list(kept.values) == ["a", "c"]
    assert kept.size == 8


def test_a_search_asked_again_after_a_publish_finds_the_new_page(
    client, pages, django_capture_on_commit_callbacks
):
    section, _, _ = pages
    with django_capture_on_commit_callbacks(execute=True):  # indexed when the publish commits
        ContentPageFactory(parent=section, title="De zonnewijzer in de tuin")
    first = client.get("/nl/zoeken/", {"q": "zonnewijzer"}).content.decode()
    assert "De zonnewijzer in de tuin" in first
    with django_capture_on_commit_callbacks(execute=True):
        ContentPageFactory(parent=section, title="Een zonnewijzer maken")
    again = client.get("/nl/zoeken/", {"q": "zonnewijzer"}).content.decode()
    assert "De zonnewijzer in de tuin" in again and "Een zonnewijzer maken" in again
