"""The page cache: whole HTML responses for anonymous visitors, in Django's cache.

- What is cached: GET/HEAD 200 responses to anonymous requests without a query string or a
  session cookie, that set no cookie (so no CSRF token: form pages are never cached), outside
  the admin. Editors, previews and forms always get a fresh page.
- How long: PAGE_CACHE_SECONDS at most, and never past `request.content_expires_at` — the
  moment something on the page changes by itself, such as the opening status in the header.
- Cache-Control has one owner: a view that sets it (the opening-hours JSON and iCalendar
  feeds, public with their parameters) keeps it as it is and is not stored here; for every
  other response this middleware decides (public for cached pages, private otherwise).
- Purging: two generation numbers, kept in the shared cache (Redis) so every app process
  sees a change at once. The content generation names the versions of the data cached for
  rendering (menus, settings, the programme, prices); every change bumps it. The pages
  generation is recorded in every stored page, and a change that shows on every page bumps
  it too: moving or deleting a page, saving content outside pages (snippets, settings,
  opening hours, alerts, sites), and publishing or unpublishing a page that every page shows
  (a home or section page, one in a menu, one the header or footer links to). Publishing
  any other page drops only the stored pages it shows on (the ones the proxy purge below
  names); the others keep theirs until their lifetime ends, as the proxy's do. Saving a
  draft, a revision or a workflow step changes nothing.
- A caching proxy or CDN in front (WAGTAILFRONTENDCACHE, see deploy/nginx.conf) is purged
  through Wagtail's frontend-cache backends for the pages a change shows on: the page and its
  translations, its parent index, its section's landing page and the home pages. Other pages
  catch up within the proxy's lifetime (`s-maxage`).
"""

import threading
import time
import uuid
from collections import OrderedDict

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.cache import patch_cache_control
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Locale, Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import sites
from .request_memo import remember, remembered

GENERATION_KEY = "page-cache:generation"  # the content generation
PAGES_GENERATION_KEY = "page-cache:pages-generation"
SCHEMES = ("http", "https")
# Wagtail's own apps whose rows visitors see; the project's apps say so in their AppConfig
# (`site_content = True`), so a new app needs no change here.
WAGTAIL_CONTENT_APPS = {"wagtailredirects"}


# What is kept under a versioned key (a generation in it) never changes, so each process keeps
# the most recently used values too: a hit costs no round trip to the shared cache. Bounded in
# size (HTML by its length, other values at a flat estimate), so a worker's memory stays flat
# whatever the number of generations and pages it sees.
KEPT_BYTES = 16 * 1024 * 1024


class _Kept:
    """The most recently used values, least recently used dropped first."""

    def __init__(self, limit):
        self.limit, self.size = limit, 0
        self.values = OrderedDict()  # key -> (value, size)
        self.lock = threading.Lock()

    def get(self, key, make):
        with self.lock:
            if key in self.values:
                self.values.move_to_end(key)
                return self.values[key][0]
        value = make()
        size = len(value) if isinstance(value, str) else 2048
        with self.lock:
            if key not in self.values:
                self.values[key] = (value, size)
                self.size += size
            while self.size > self.limit:
                self.size -= self.values.popitem(last=False)[1][1]
        return value

    def clear(self):
        with self.lock:
            self.values.clear()
            self.size = 0


_kept = _Kept(KEPT_BYTES)


def kept(key, make):
    """`make()`, once per process for `key` while it is among the most recently used."""
    return _kept.get(key, make)


def forget_kept():
    """Drop what this process keeps (a site-wide change: none of it will be asked again)."""
    _kept.clear()


def cached(key, load, timeout=3600):
    """The value stored under `key`, loaded and stored when missing. Keys name a version of
    the content (the generation), so a stored value is never stale, only unused."""

    def read():
        value = cache.get(key)
        if value is None:
            value = load()
            cache.set(key, value, timeout)
        return value

    return remembered(key, lambda: kept(key, read))


def new_version():
    """A version name, for the keys of what was read or made from the content: never one
    seen before."""
    return uuid.uuid4().hex


def read_version(key):
    """The version under `key`; with the cache down (None read back) one of this request's
    own, so no value is kept for it."""
    value = cache.get(key)
    if value is None:
        cache.add(key, new_version(), timeout=None)
        value = cache.get(key) or new_version()
    return value


def generation():
    return remembered(GENERATION_KEY, lambda: read_version(GENERATION_KEY))


def bump_version(key):
    value = new_version()
    cache.set(key, value, timeout=None)
    remember(key, value)


def purge(**kwargs):
    """Invalidate every cached page and the data they were rendered from."""
    bump_version(GENERATION_KEY)
    bump_version(PAGES_GENERATION_KEY)
    forget_kept()


def refresh(pages):
    """New data for every page, and new renderings of `pages` (the module's docstring)."""
    bump_version(GENERATION_KEY)
    keys = []
    for page in pages:
        site_id, _root, path = page.get_url_parts() or (None, None, None)
        if path is not None:
            keys += [_entry_key(scheme, site_id, path) for scheme in SCHEMES]
    cache.delete_many(keys)


def any_view_restrictions():
    """Whether any page is private (password, login or group), until content changes."""
    return cached(f"view-restrictions:{generation()}", PageViewRestriction.objects.exists)


def pages_showing(page):
    """The live pages a change to `page` shows on: the page, its parent, its section's landing
    page, its home page and the pages whose content links to it or features it (Wagtail's
    reference index: a featured-pages block, a link in a paragraph), each in every language."""
    depths = {page.depth, page.depth - 1, 3, 2}
    paths = [page.path[: Page.steplen * depth] for depth in depths if 2 <= depth <= page.depth]
    page_type = ContentType.objects.get_for_model(Page)
    translations = Page.objects.filter(translation_key=page.translation_key)
    referring = ReferenceIndex.objects.filter(
        base_content_type=page_type,
        to_content_type=page_type,
        to_object_id__in=[str(pk) for pk in translations.values_list("pk", flat=True)],
    ).values_list("object_id", flat=True)
    keys = Page.objects.filter(Q(path__in=paths) | Q(pk__in=[int(pk) for pk in referring])).values(
        "translation_key"
    )
    return list(Page.objects.live().filter(translation_key__in=keys))


def purge_proxy(pages, extra_urls=()):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    batch = PurgeBatch()
    batch.add_pages(pages)
    batch.add_urls(extra_urls)
    batch.purge()


def _page_changed(sender, instance, **kwargs):
    # the page itself also when it was just unpublished: its stored copy must go too
    showing = [instance, *(page for page in pages_showing(instance) if page.pk != instance.pk)]
    every_page = getattr(instance, "shown_on_every_page", None)
    if every_page is None or every_page():
        purge()
    else:
        refresh(showing)
    purge_proxy(showing)


def _page_moved(sender, instance, url_path_before, parent_page_before, **kwargs):
    purge()
    new_url = instance.get_full_url()
    old_urls = []
    if new_url:
        # Below the home page, the public path is the url_path: swap the old one in.
        home = "/" + instance.url_path.split("/")[1] + "/"
        new_tail = instance.url_path[len(home) :]
        old_urls.append(new_url[: len(new_url) - len(new_tail)] + url_path_before[len(home) :])
    purge_proxy(pages_showing(instance) + pages_showing(parent_page_before), old_urls)


def changes_published_site(sender, instance, deleted):
    """Whether saving or deleting `instance` can change what visitors see."""
    if issubclass(sender, Page):
        # A page is saved for every draft, autosave and workflow step; visitors see it change
        # when it is published, unpublished or moved (signals of their own), or deleted live.
        return deleted and instance.live
    if sender._meta.app_label == "wagtailcore":
        # Revisions, log entries, workflow states, permissions, the reference index: admin only.
        return sender in (Site, Locale, PageViewRestriction)
    # Renditions (made on save) and what visitors send (form submissions) leave the published
    # site unchanged: such models say so with `cache_neutral = True`.
    label = sender._meta.app_label
    if label not in WAGTAIL_CONTENT_APPS:
        try:
            if not getattr(apps.get_app_config(label), "site_content", False):
                return False
        except LookupError:  # Django's own bookkeeping, e.g. the applied migrations
            return False
    return not getattr(sender, "cache_neutral", False)


def _content_saved(sender, instance, **kwargs):
    deleted = kwargs.get("signal") is post_delete
    if not changes_published_site(sender, instance, deleted):
        return
    purge()
    if isinstance(instance, Page):
        purge_proxy(pages_showing(instance), [url for url in [instance.get_full_url()] if url])


def connect_signals():
    page_published.connect(_page_changed, dispatch_uid="page-cache-published")
    page_unpublished.connect(_page_changed, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="page-cache-moved")
    post_save.connect(_content_saved, dispatch_uid="page-cache-save")
    post_delete.connect(_content_saved, dispatch_uid="page-cache-delete")


def lifetime(request, now=None):
    """Seconds this request's response may be cached: bounded by when its content expires."""
    seconds = settings.PAGE_CACHE_SECONDS
    expires_at = getattr(request, "content_expires_at", None)
    if expires_at is not None:
        now = now or timezone.now()
        seconds = min(seconds, int((expires_at - now).total_seconds()))
    return max(seconds, 0)


STATIC_PREFIXES = ("/static/", "/media/")


def _cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(("/admin/", "/documents/"))
    )


def _key(request, site):
    """Keyed by the site serving the request, never by the Host header as sent
    (technopolis/sites.py). The scheme too: over plain HTTP the security middleware answers
    with a redirect and no HSTS header, and neither may be served on the other."""
    return _entry_key(request.scheme, site.id if site else "-", request.path)


def _entry_key(scheme, site_id, path):
    return f"page-cache:{scheme}:{site_id}:{path}"


class PageCacheMiddleware:
    """First in the chain after the health checks, so a hit costs one cache round trip and no
    other middleware: the stored headers are those the rest of the chain set (security, CSP)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(STATIC_PREFIXES):
            return self.get_response(request)  # WhiteNoise's own far-future headers
        if not _cacheable_request(request) or settings.PAGE_CACHE_SECONDS <= 0:
            response = self.get_response(request)
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True, no_cache=True)
            return response
        # A Redis outage reads as a miss (technopolis/cache_backend.py): the page is served.
        # The key is made with the sites this process knows; when the version read with it
        # says they changed (rare: an operator edited a site), ask again with the new key.
        known_version, known_sites = sites.loaded()
        key = _key(request, sites.find(request, known_sites))
        found = cache.get_many([GENERATION_KEY, PAGES_GENERATION_KEY, sites.SITES_VERSION_KEY, key])
        version = found.get(sites.SITES_VERSION_KEY, 0)
        remember(sites.SITES_VERSION_KEY, version)
        hit = found.get(key)
        if version != known_version:
            key = _key(request, sites.find(request, sites.sites_at(version)))
            hit = cache.get(key)
        gen = found.get(PAGES_GENERATION_KEY)
        if gen is None:
            gen = remembered(PAGES_GENERATION_KEY, lambda: read_version(PAGES_GENERATION_KEY))
        elif hit is not None and hit["generation"] == gen and hit["expires"] > time.time():
            # (the expiry checked here too: a file cache keeps an entry through its last second)
            return self._from_cache(hit)
        if GENERATION_KEY in found:
            remember(GENERATION_KEY, found[GENERATION_KEY])
        response = self.get_response(request)
        self._store(request, response, key, gen)
        return response

    def _store(self, request, response, key, gen):
        if response.has_header("Cache-Control"):
            return  # the view decided how long its answer keeps (the opening-hours feeds)
        seconds = lifetime(request)
        if (
            response.status_code != 200
            or response.streaming
            or response.cookies
            or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            or getattr(request, "user", None) is not None
            and request.user.is_authenticated
            or seconds <= 0
        ):
            patch_cache_control(response, private=True, no_cache=True)
            return
        self._public(response, seconds)
        entry = {
            "generation": gen,
            "content": response.content,
            "headers": dict(response.items()),
            "expires": time.time() + seconds,
        }
        cache.set(key, entry, timeout=seconds)
        response["X-Cache"] = "MISS"

    def _from_cache(self, entry):
        from django.http import HttpResponse

        response = HttpResponse(entry["content"])
        for name, value in entry["headers"].items():
            response[name] = value
        remaining = max(int(entry["expires"] - time.time()), 0)
        self._public(response, remaining)
        response["X-Cache"] = "HIT"
        return response

    @staticmethod
    def _public(response, seconds):
        # Browsers keep a page briefly; shared caches (proxy, CDN) as long as the app cache,
        # since they are purged on publish. Neither past the content's own expiry.
        patch_cache_control(
            response,
            public=True,
            max_age=min(seconds, settings.BROWSER_CACHE_SECONDS),
            s_maxage=seconds,
        )
