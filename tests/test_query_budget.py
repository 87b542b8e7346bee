"""SQL queries per page, uncached: at most 10 for a detail page, 15 for a listing, however
many items a listing shows; none for a page served from the page cache.

"Uncached" is a page-cache miss: the page is rendered in full. A query string keeps the page
cache out of the way; the settings, opening-hours and route caches are warm, as on a live
site (technopolis/routing.py: an address seen for the first time costs 3 to 4 queries more).
"""

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from technopolis.cache import purge
from tests.factories.site_tree import SEARCH_WORDS, every_page_type
from visits.offers.models import EventPackage, EventSpace, TicketPrice

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def tree(site):
    """A page of every page type in every language (tests/factories/site_tree.py), and no
    other: Wagtail's welcome page, a plain Page, removed as the demo's loader removes it."""
    Page.objects.filter(depth=2, content_type__model="page").delete()
    return every_page_type(site)


DETAIL_BUDGET = 10
LISTING_BUDGET = 15

LISTING_TYPES = {
    "AudiencePage",
    "DeclarationIndexPage",
    "EventSpacesPage",
    "OpeningHoursPage",
    "OrganisationIndexPage",
    "ProgrammeIndexPage",
    "ProjectIndexPage",
    "TicketsPage",
    "WhatsOnPage",
    "ZoneIndexPage",
}
DETAIL_TYPES = {
    "ActivityPage",
    "ClassVisitFormPage",
    "ContentPage",
    "DeclarationPage",
    "EventEnquiryFormPage",
    "HomePage",
    "OrganisationPage",
    "ProjectPage",
    "SchoolProgrammePage",
    "ZonePage",
}


def queries_for(client, url):
    client.get(url, {"warm": 1})
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"budget": 1})
    assert response.status_code == 200, url
    return len(queries)


def first_of_each_type(language):
    pages = {}
    live = Page.objects.live().filter(locale__language_code=language, depth__gt=1)
    for page in live.specific().order_by("path"):
        pages.setdefault(type(page).__name__, page)
    return pages


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_every_page_type_stays_within_budget(client, language):
    pages = first_of_each_type(language)
    assert set(pages) == LISTING_TYPES | DETAIL_TYPES, "a new page type needs a budget here"
    measured = {name: queries_for(client, page.url) for name, page in pages.items()}
    over = {
        name: count
        for name, count in measured.items()
        if count > (LISTING_BUDGET if name in LISTING_TYPES else DETAIL_BUDGET)
    }
    assert not over, measured


def test_a_cached_page_costs_no_query(client, django_assert_num_queries):
    client.get("/fr/")
    with django_assert_num_queries(0):
        assert client.get("/fr/")["X-Cache"] == "HIT"


# -- Listings: the same queries for 5 items as for 50 ------------------------------------


def copy_children(index, total):
    """Copies of the index's first child up to `total` children; the last one's title."""
    children = list(index.get_children().live().specific())
    first = children[0]
    for number in range(len(children), total):
        first.copy(
            to=index,
            update_attrs={"slug": f"copy-{number}", "title": f"{first.title} {number}"},
            keep_live=True,
            copy_revisions=False,
            log_action=None,
        )
    return f"{first.title} {total - 1}"


def copy_rows(model, total, name_field, locale):
    originals = list(model.objects.filter(locale=locale))
    for number in range(len(originals), total):
        row = model.objects.get(pk=originals[number % len(originals)].pk)
        photos = list(row.photos.all()) if isinstance(row, EventSpace) else []
        row.pk, row.translation_key = None, uuid.uuid4()
        setattr(row, name_field, f"Item {number}")
        row.save()
        for photo in photos:
            photo.pk, photo.space = None, row
            photo.save()
    return f"Item {total - 1}"


def more_spaces(page, total):
    copy_rows(EventPackage, total, "name", page.locale)
    return copy_rows(EventSpace, total, "name", page.locale)


def more_prices(page, total):
    return copy_rows(TicketPrice, total, "category", page.locale)


GROW = {
    "DeclarationIndexPage": copy_children,
    "EventSpacesPage": more_spaces,
    "OrganisationIndexPage": copy_children,
    "ProgrammeIndexPage": copy_children,
    "ProjectIndexPage": copy_children,
    "TicketsPage": more_prices,
    "WhatsOnPage": copy_children,
    "ZoneIndexPage": copy_children,
}


# What's on lists the sessions still to come: on a Saturday morning every activity has one
# (in the afternoon some could have ended, and the test would depend on the hour it ran).
SATURDAY_MORNING = datetime(2031, 3, 8, 10, tzinfo=ZoneInfo("Europe/Brussels"))


@pytest.mark.parametrize("page_type", sorted(GROW))
@time_machine.travel(SATURDAY_MORNING, tick=False)
def test_a_listing_costs_the_same_for_5_and_50_items(client, page_type):
    page = first_of_each_type("nl")[page_type]
    GROW[page_type](page, 5)
    with_5 = queries_for(client, page.url)
    last = GROW[page_type](page, 50)
    purge()  # as publishing them would: copies made in code send no publish signal
    with_50 = queries_for(client, page.url)
    assert last in client.get(page.url, {"all": 1}).content.decode(), "all 50 are listed"
    assert with_5 == with_50 <= LISTING_BUDGET, (with_5, with_50)


@pytest.mark.parametrize("language, words", sorted(SEARCH_WORDS.items()))
def test_search_results_stay_within_the_listing_budget(client, language, words):
    url = {"nl": "/nl/zoeken/", "fr": "/fr/recherche/", "en": "/en/search/"}[language]
    client.get(url, {"q": words})
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"q": words})
    assert response.status_code == 200
    assert response.context["results"], "the search found something"
    assert len(queries) <= LISTING_BUDGET, len(queries)
