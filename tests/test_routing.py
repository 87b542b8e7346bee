"""Routes kept in the cache (technopolis/routing.py) never outlive the page they lead to."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from technopolis import routing
from tests.factories import ContentPageFactory, in_every_language
from tests.factories.agenda import visitors_pages
from tests.factories.requests import ClassVisitFormPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(site):
    """A page two levels below the home page, and another section, in every language:
    {"plan": {code: page}, "section": {...}, "schools": {...}}."""
    section = ContentPageFactory(parent=site["nl"], title="Bezoek", slug="bezoek")
    plan = ContentPageFactory(parent=section, title="Je bezoek plannen", slug="je-bezoek-plannen")
    schools = ContentPageFactory(parent=site["nl"], title="Scholen", slug="scholen")
    found = {
        "section": in_every_language(
            section,
            fr={"slug": "visite", "title": "Visite"},
            en={"slug": "visit", "title": "Visit"},
        ),
        "plan": in_every_language(
            plan,
            fr={"slug": "preparer-sa-visite", "title": "Préparer sa visite"},
            en={"slug": "plan-your-visit", "title": "Plan your visit"},
        ),
        "schools": {"nl": schools},
    }
    for translations in found.values():
        for page in translations.values():
            page.refresh_from_db()  # a translation's own slug is in its url_path once saved
    return found


def fresh(client, url):
    """A page-cache miss (a query string skips the page cache; the route is kept by path)."""
    return client.get(url, {"fresh": 1})


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert fresh(client, url).status_code == 200
    return len(captured)


def test_a_kept_route_spares_the_routing_queries(client, pages):
    url = pages["plan"]["fr"].url
    assert fresh(client, url).status_code == 200
    site = Site.objects.get(is_default_site=True)
    cache.delete(routing.route_key(site, url))
    cold = queries(client, url)
    # the locale, the home translation, the page ids and types along the path: one query
    # instead (the site is still looked up, for the site settings)
    assert queries(client, url) <= cold - 4


def test_an_unpublished_page_is_gone_at_once(client, pages):
    page = pages["plan"]["en"]
    assert fresh(client, page.url).status_code == 200
    page.unpublish()
    assert fresh(client, page.url).status_code == 404


def test_a_moved_page_answers_at_its_new_address_only(client, pages):
    page = pages["plan"]["nl"]
    old_url = page.url
    assert fresh(client, old_url).status_code == 200
    page.move(pages["schools"]["nl"], pos="last-child")
    page.refresh_from_db()
    assert page.url != old_url
    assert fresh(client, page.url).status_code == 200
    # Wagtail leaves a permanent redirect at the old address, not the kept route
    assert fresh(client, old_url).status_code in (301, 404)


def test_a_new_site_root_drops_kept_routes(client, pages):
    url = pages["plan"]["nl"].url
    assert fresh(client, url).status_code == 200
    site = Site.objects.get(is_default_site=True)
    home = site.root_page
    site.root_page = pages["section"]["nl"]
    site.save()
    try:
        assert fresh(client, url).status_code == 404
    finally:
        # Wagtail caches the sites' root paths; a save, unlike the rollback, clears them
        site.root_page = home
        site.save()


def test_a_kept_route_still_honours_view_restrictions(client, pages):
    """Served from a kept route, a page goes through Wagtail's serve hooks all the same."""
    page = pages["plan"]["en"]
    assert fresh(client, page.url).status_code == 200
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    response = fresh(client, page.url)
    assert 'name="password"' in response.content.decode()
    assert page.title not in response.content.decode()


def test_a_kept_route_still_checks_the_csrf_token(site):
    """The route cache answers last of the middleware: after the CSRF check."""
    visitors = visitors_pages(site["nl"])
    page = in_every_language(
        ClassVisitFormPageFactory(parent=visitors["nl"]),
        en={"title": "Request a class visit", "slug": "class-visit"},
    )["en"]
    page.refresh_from_db()
    client = Client(enforce_csrf_checks=True)
    assert client.get(page.url).status_code == 200
    # the form itself answers 400 (invalid) or a redirect (sent): a 403 is the CSRF check
    data = {
        "school": "Basisschool De Linde",
        "contact_name": "Els Wouters",
        "email": "els.wouters@example.be",
        "date_wanted": "2031-03-11",
        "pupils": "22",
        "adults": "2",
        "level": "primary",
        "grade": "4",
        "website": "",
    }
    assert client.post(page.url, data).status_code == 403
