"""Routes kept in the cache (technopolis/routing.py) never outlive the page they lead to."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from technopolis import routing
from tests.helpers import demo_page

from .test_forms import class_visit_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def fresh(client, url):
    """A page-cache miss (a query string skips the page cache; the route is kept by path)."""
    return client.get(url, {"fresh": 1})


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert fresh(client, url).status_code == 200
    return len(captured)


def test_a_kept_route_spares_the_routing_queries(client):
    url = demo_page("plan-your-visit", "fr").url
    assert fresh(client, url).status_code == 200
    site = Site.objects.get(is_default_site=True)
    cache.delete(routing.route_key(site, url))
    cold = queries(client, url)
    # the locale, the home translation, the page ids and types along the path: one query
    # instead (the site is still looked up, for the site settings)
    assert queries(client, url) <= cold - 4


def test_an_unpublished_page_is_gone_at_once(client):
    page = demo_page("plan-your-visit", "en")
    assert fresh(client, page.url).status_code == 200
    page.unpublish()
    assert fresh(client, page.url).status_code == 404


def test_a_moved_page_answers_at_its_new_address_only(client):
    page = demo_page("plan-your-visit", "nl")
    old_url = page.url
    assert fresh(client, old_url).status_code == 200
    page.move(demo_page("audience-teacher", "nl"), pos="last-child")
    page.refresh_from_db()
    assert page.url != old_url
    assert fresh(client, page.url).status_code == 200
    # Wagtail leaves a permanent redirect at the old address, not the kept route
    assert fresh(client, old_url).status_code in (301, 404)


def test_a_new_site_root_drops_kept_routes(client):
    url = demo_page("plan-your-visit", "nl").url
    assert fresh(client, url).status_code == 200
    site = Site.objects.get(is_default_site=True)
    home = site.root_page
    site.root_page = demo_page("audience-visitor", "nl")
    site.save()
    try:
        assert fresh(client, url).status_code == 404
    finally:
        # Wagtail caches the sites' root paths; a save, unlike the rollback, clears them
        site.root_page = home
        site.save()


def test_a_kept_route_still_honours_view_restrictions(client):
    """Served from a kept route, a page goes through Wagtail's serve hooks all the same."""
    page = demo_page("plan-your-visit", "en")
    assert fresh(client, page.url).status_code == 200
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    response = fresh(client, page.url)
    assert 'name="password"' in response.content.decode()
    assert page.title not in response.content.decode()


def test_a_kept_route_still_checks_the_csrf_token():
    """The route cache answers last of the middleware: after the CSRF check."""
    page = demo_page("class-visit-request", "en")
    client = Client(enforce_csrf_checks=True)
    assert client.get(page.url).status_code == 200
    assert client.post(page.url, class_visit_data()).status_code == 403
