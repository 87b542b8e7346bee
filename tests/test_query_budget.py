"""SQL queries per page, uncached: at most 10 for a detail page, 15 for a listing, however
many items a listing shows; none for a page served from the page cache.

"Uncached" is a page-cache miss: the page is rendered in full. A query string keeps the page
cache out of the way; the settings and opening-hours caches are warm, as on a live site.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

pytestmark = pytest.mark.django_db

DETAIL_BUDGET = 10
LISTING_BUDGET = 15

DETAIL_TYPES = {"HomePage", "ContentPage", "AudiencePage"}


def queries_for(client, url):
    client.get(url, {"warm": 1})
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"budget": 1})
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_detail_pages_stay_within_budget(client, language):
    pages = Page.objects.live().filter(locale__language_code=language, depth__gt=1).specific()
    measured = {}
    for page in pages:
        name = type(page).__name__
        if name in DETAIL_TYPES and name not in measured:
            measured[name] = queries_for(client, page.url)
    assert set(measured) == DETAIL_TYPES
    assert all(count <= DETAIL_BUDGET for count in measured.values()), measured


def test_a_cached_page_costs_no_query(client, django_assert_num_queries):
    client.get("/fr/")
    with django_assert_num_queries(0):
        assert client.get("/fr/")["X-Cache"] == "HIT"
