"""The page cache: hits without queries, purge on publish, never for editors or forms."""

import subprocess
import sys
from datetime import datetime, time, timedelta

import pytest
import time_machine
from django.test import RequestFactory, override_settings
from django.utils import timezone
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import Site

from technopolis.cache import lifetime, purge
from visits.opening_hours.hours import TZ

from .factories import ContentPageFactory, translated_pages
from .factories.agenda import visitors_pages, zone_pages
from .factories.opening_hours import BuildingFactory, OpeningHoursPageFactory
from .helpers import elements
from .settings_env import PROJECT, clean_env, settings_under

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitors(site):
    """The visitors' section in every language."""
    return visitors_pages(site["nl"])


@pytest.fixture
def pages(site, site_settings, visitors):
    """Pages in every language, {name: {code: page}}, on a site with its settings (the first
    request of a new site would otherwise create them, emptying the page cache): a section in
    the menu ("about"), a page below it that only the footer can link to ("privacy"), and a
    zone no menu shows ("zone") in its list ("zones") of the visitors' section ("visitors")."""
    about = ContentPageFactory(parent=site["nl"], title="Over ons", slug="over-ons")
    about.show_in_menus = True
    about.save_revision().publish()
    found = {
        "about": translated_pages(
            about,
            fr={"title": "À propos", "slug": "a-propos"},
            en={"title": "About us", "slug": "about-us"},
        ),
        "privacy": translated_pages(
            ContentPageFactory(parent=about, title="Privacyverklaring", slug="privacy"),
            fr={"title": "Vie privée", "slug": "vie-privee"},
            en={"title": "Privacy statement", "slug": "privacy-statement"},
        ),
        "visitors": visitors,
    }
    found["zone"] = zone_pages(found["visitors"]["nl"])
    found["zones"] = {code: zone.get_parent().specific for code, zone in found["zone"].items()}
    for translations in found.values():
        for page in translations.values():
            page.refresh_from_db()  # children added since: a move needs the count up to date
    return found


@pytest.fixture
def opening_hours_page(visitors):
    """The English opening hours page, with the building's hours."""
    BuildingFactory()
    page = OpeningHoursPageFactory(parent=visitors["nl"])
    return translated_pages(
        page,
        fr={"title": "Horaires", "slug": "horaires"},
        en={"title": "Opening hours", "slug": "opening-hours"},
    )["en"]


def test_second_anonymous_view_is_a_hit_without_queries(client, pages, django_assert_num_queries):
    url = pages["about"]["en"].url
    first = client.get(url)
    assert first["X-Cache"] == "MISS"
    assert "public" in first["Cache-Control"]
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_a_render_reads_each_cache_key_once(client, monkeypatch, opening_hours_page):
    """The generation, the site settings, the opening hours and the alerts are wanted by
    several parts of a page; each costs one cache round trip per request, not one per use."""
    from django.core.cache import cache

    url = opening_hours_page.url
    assert client.get(url).status_code == 200
    purge()  # the next render misses the page cache and reads what it needs afresh
    reads, inside = [], []

    def spying(original):
        def spy(keys, *args, **kwargs):
            if not inside:  # local memory's get_many calls get: count the outer call
                reads.extend([keys] if isinstance(keys, str) else keys)
            inside.append(True)
            try:
                return original(keys, *args, **kwargs)
            finally:
                inside.pop()

        return spy

    for name in ("get", "get_many"):
        monkeypatch.setattr(cache, name, spying(getattr(cache, name)))
    assert client.get(url)["X-Cache"] == "MISS"
    assert {"page-cache:generation", "visits:hours:version"} <= set(reads)
    assert sorted(key for key in set(reads) if reads.count(key) > 1) == []


def test_publishing_purges_the_page_and_pages_that_show_it(client, pages):
    about = pages["about"]["en"]
    client.get(about.url)
    client.get("/en/")
    about.title = "Our mission"
    about.save_revision().publish()
    page = client.get(about.url)
    assert page["X-Cache"] == "MISS"
    assert b'<h1 class="page-header__title">Our mission</h1>' in page.content
    # The home page's menu lists the page: it changes too.
    assert b"Our mission" in client.get("/en/").content


def test_publishing_a_page_no_menu_shows_renders_again_only_the_pages_that_show_it(client, pages):
    """A zone shows on itself, its list, its section and the home page: those
    render again; a page elsewhere keeps its stored copy (issue 22: a publish re-renders only
    what it changes)."""
    zone = pages["zone"]["en"]
    listing, elsewhere = zone.get_parent().url, pages["about"]["en"].url
    for url in (zone.url, listing, elsewhere):
        client.get(url)
    zone.title = "Forces all around"
    zone.save_revision().publish()
    assert client.get(elsewhere)["X-Cache"] == "HIT"
    for url in (zone.url, listing, "/en/"):
        response = client.get(url)
        assert response["X-Cache"] == "MISS", url
    assert b"Forces all around" in client.get(listing).content


def test_publishing_a_page_a_menu_shows_renders_every_page_again(client, pages):
    elsewhere = pages["zone"]["en"].url
    client.get(elsewhere)
    about = pages["about"]["en"]
    assert about.shown_on_every_page()
    about.save_revision().publish()
    assert client.get(elsewhere)["X-Cache"] == "MISS"


def test_pages_the_footer_links_to_count_as_shown_on_every_page(pages, site_settings):
    privacy = pages["privacy"]["fr"]
    assert not privacy.shown_on_every_page()  # below a section, in no menu: not before...
    site_settings.privacy_page = pages["privacy"]["nl"]
    site_settings.save()
    assert site_settings.privacy_page_id != privacy.pk  # the Dutch page is chosen
    assert privacy.shown_on_every_page()  # ...the footer links to it
    assert not pages["zone"]["fr"].shown_on_every_page()


def test_drafts_revisions_and_workflow_steps_keep_cached_pages(client, admin_user, pages, site):
    """Editors save drafts all day (and Wagtail autosaves): none of it is public, so none of
    it may empty the page cache."""
    about = pages["about"]["en"]
    assert client.get(about.url)["X-Cache"] == "MISS"
    about.title = "A draft title"
    revision = about.save_revision(user=admin_user, log_action=True)
    about.save(update_fields=["has_unpublished_changes", "draft_title"])
    revision.save()
    site["en"].save_revision(user=admin_user)
    page = client.get(about.url)
    assert page["X-Cache"] == "HIT"
    assert b"A draft title" not in page.content

    revision.publish()
    page = client.get(about.url)
    assert page["X-Cache"] == "MISS"
    assert b"A draft title" in page.content


def test_unpublishing_purges(client, pages):
    about = pages["about"]["en"]
    assert client.get(about.url).status_code == 200
    about.unpublish()
    assert client.get(about.url).status_code == 404


def test_unpublishing_a_page_no_menu_shows_purges_it_too(client, pages):
    privacy = pages["privacy"]["en"]
    assert client.get(privacy.url).status_code == 200
    privacy.unpublish()
    assert client.get(privacy.url).status_code == 404


def test_logged_in_editors_are_never_served_from_or_into_the_cache(admin_client, site):
    for _ in range(2):
        response = admin_client.get("/en/")
        assert "X-Cache" not in response
        assert "private" in response["Cache-Control"]


def test_requests_with_a_query_string_are_not_cached(client, site):
    response = client.get("/en/search/", {"q": "visitors"})
    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_admin_is_never_cached(client):
    response = client.get("/admin/login/")
    assert "X-Cache" not in response
    assert "no-cache" in response["Cache-Control"]


def test_lifetime_is_bounded_by_when_the_content_expires():
    request = RequestFactory().get("/en/")
    now = timezone.now()
    assert lifetime(request, now) == 600
    request.content_expires_at = now + timedelta(seconds=45)
    assert lifetime(request, now) == 45
    request.content_expires_at = now - timedelta(seconds=1)
    assert lifetime(request, now) == 0


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "technopolis.cache_backend.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
)
def test_site_keeps_serving_when_the_cache_is_down(client, caplog, pages):
    for url in ["/en/", "/en/", pages["about"]["nl"].url]:
        assert client.get(url).status_code == 200
    assert "Redis cache unavailable" in caplog.text


class RecordingBackend(BaseBackend):
    """A frontend cache that writes down what it is asked to purge."""

    purged = []

    def purge(self, url):
        self.purged.append(url)


@override_settings(
    WAGTAILFRONTENDCACHE={"proxy": {"BACKEND": "tests.test_page_cache.RecordingBackend"}}
)
def test_publishing_purges_the_proxy_for_the_page_and_the_pages_that_list_it(pages):
    RecordingBackend.purged = []
    pages["zone"]["en"].save_revision().publish()
    root = Site.objects.get(is_default_site=True).root_url
    purged = {url.removeprefix(root) for url in RecordingBackend.purged}
    assert {
        "/en/visitors/zones/force-field/",
        "/fr/visiteurs/zones/champ-de-forces/",
        "/en/visitors/zones/",
        "/en/visitors/",
        "/en/",
        "/nl/",
    } <= purged
    assert pages["about"]["en"].url == "/en/about-us/"
    assert "/en/about-us/" not in purged


@override_settings(
    WAGTAILFRONTENDCACHE={"proxy": {"BACKEND": "tests.test_page_cache.RecordingBackend"}}
)
def test_moving_a_page_purges_its_old_address(pages):
    RecordingBackend.purged = []
    about = pages["about"]["en"]
    about.move(pages["visitors"]["en"], pos="last-child")
    root = Site.objects.get(is_default_site=True).root_url
    purged = {url.removeprefix(root) for url in RecordingBackend.purged}
    assert "/en/about-us/" in purged
    assert "/en/visitors/about-us/" in purged


def test_public_pages_tell_shared_caches_how_long_to_keep_them(client, site):
    # At night nothing on the home page changes within the minute (by day, a session about
    # to start or the door about to open shortens the lifetime: the test hung on the hour).
    night = datetime.combine(timezone.localdate() + timedelta(days=1), time(3), tzinfo=TZ)
    with time_machine.travel(night, tick=False):
        response = client.get("/en/")
    assert "s-maxage=" in response["Cache-Control"]
    assert "max-age=60" in response["Cache-Control"]


def test_a_foreign_port_in_the_host_header_neither_reaches_links_nor_poisons_the_cache(
    client, pages, opening_hours_page
):
    """Links come from the configured site, and the cache keys on it: a request for
    127.0.0.1:1234 stores the same page everyone gets, under the site's own entry."""
    root = Site.objects.get(is_default_site=True).root_url
    url = pages["about"]["en"].url
    foreign = client.get(url, HTTP_HOST="127.0.0.1:1234")
    assert foreign["X-Cache"] == "MISS"
    html = foreign.content.decode()
    assert ":1234" not in html
    canonical = elements(html, "link", rel="canonical")[0]["href"]
    assert canonical == root + url
    alternates = [link["href"] for link in elements(html, "link", rel="alternate")]
    assert len(alternates) == 4 and all(href.startswith(root + "/") for href in alternates)
    assert elements(html, "meta", property="og:url")[0]["content"] == root + url

    own = client.get(url, HTTP_HOST="127.0.0.1")
    assert own["X-Cache"] == "HIT"
    assert own.content == foreign.content

    home = client.get("/en/", HTTP_HOST="127.0.0.1:1234").content.decode()
    assert f'"url": "{root}/en/"' in home and ":1234" not in home  # the museum's JSON-LD
    feed = client.get("/api/opening-hours.json", HTTP_HOST="127.0.0.1:1234").json()
    assert feed["page"].startswith(root + "/")
    robots = client.get("/robots.txt", HTTP_HOST="127.0.0.1:1234").content.decode()
    assert f"Sitemap: {root}/sitemap.xml" in robots


@pytest.mark.parametrize(
    "url",
    ["/api/opening-hours.json?lang=fr", "/opening-hours.ics?lang=en", "/api/opening-hours.json"],
)
def test_public_feeds_stay_public_with_their_parameters(client, opening_hours_page, url):
    response = client.get(url)
    control = response["Cache-Control"]
    assert "public" in control and "private" not in control and "no-cache" not in control
    assert "max-age=" in control


def test_pages_with_a_query_string_stay_private(client, pages):
    listing = pages["zones"]["en"].url
    assert "public" in client.get(listing)["Cache-Control"]  # without one, it is public
    control = client.get(listing, {"level": "primary"})["Cache-Control"]
    assert "private" in control and "public" not in control


def test_production_refuses_a_cache_each_process_keeps_to_itself():
    from technopolis.checks import cache_problems

    locmem = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    files = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache"}}
    redis = {"default": {"BACKEND": "technopolis.cache_backend.ResilientRedisCache"}}
    assert [p.id for p in cache_problems(locmem, 600, "")] == ["technopolis.E001"]
    assert [p.id for p in cache_problems(files, 600, "")] == ["technopolis.W001"]
    assert cache_problems(redis, 600, "redis://127.0.0.1:6379/0") == []


def test_without_redis_every_process_of_the_machine_shares_the_cache(tmp_path):
    """`publish_scheduled` runs in a process of its own: what it purges, the server sees."""
    caches = settings_under({"DEBUG": "1", "CACHE_DIR": str(tmp_path)}, ["CACHES"])["CACHES"]
    assert caches["default"]["BACKEND"].endswith("FileBasedCache")

    def in_another_process(code):
        env = clean_env(DJANGO_SETTINGS_MODULE="technopolis.settings", DEBUG="1")
        env.update(CACHE_DIR=str(tmp_path))
        env.pop("REDIS_URL", None)
        script = f"import django; django.setup(); from technopolis import cache; {code}"
        out = subprocess.run(
            [sys.executable, "-c", script], env=env, cwd=PROJECT, capture_output=True, text=True
        )
        assert out.returncode == 0, out.stderr
        return out.stdout.strip().splitlines()[-1]

    published = in_another_process("cache.purge(); print(cache.generation())")
    assert in_another_process("print(cache.generation())") == published
