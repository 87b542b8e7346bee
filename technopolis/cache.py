"""The page cache: whole HTML responses for anonymous visitors, in Django's cache.

- What is cached: GET/HEAD 200 responses to anonymous requests without a query string or a
  session cookie, that set no cookie (so no CSRF token: form pages are never cached), outside
  the admin. Editors, previews and forms always get a fresh page.
- How long: PAGE_CACHE_SECONDS at most, and never past `request.content_expires_at` — the
  moment something on the page changes by itself, such as the opening status in the header.
- Purging: every key holds a site-wide generation number; publishing, unpublishing, moving or
  deleting a page, and saving content elsewhere (snippets, settings, opening hours) bumps it.
  Menus and listings show other pages' titles, so a change may touch any page; with the
  generation in the shared cache (Redis), every app process sees a publish at once.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.cache import patch_cache_control
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "page-cache:generation"
CONTENT_APPS = {
    "technopolis",
    "organisations",
    "declarations",
    "visits",
    "wagtailcore",
    "wagtailredirects",
}


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = time.time_ns()
        cache.add(GENERATION_KEY, value, timeout=None)
    return value


def purge(**kwargs):
    """Invalidate every cached page (see the module's docstring for why all of them)."""
    cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def _content_saved(sender, **kwargs):
    # Renditions (made while rendering) and what visitors create (form submissions) leave
    # the published site unchanged: such models say so with `cache_neutral = True`.
    if sender._meta.app_label in CONTENT_APPS and not getattr(sender, "cache_neutral", False):
        purge()


def connect_signals():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge, dispatch_uid=f"page-cache-{signal}")
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


def _cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(("/admin/", "/documents/", "/static/", "/media/"))
    )


def _key(request, gen):
    return f"page-cache:{gen}:{request.get_host()}:{request.path}"


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            response = self.get_response(request)
            patch_cache_control(response, private=True, no_cache=True)
            return response
        # A Redis outage reads as a miss (technopolis/cache_backend.py): the page is served.
        key = _key(request, generation())
        hit = cache.get(key)
        if hit is not None:
            return self._from_cache(hit)
        response = self.get_response(request)
        self._store(request, response, key)
        return response

    def _store(self, request, response, key):
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
        # Browsers and CDNs keep a page briefly; the app cache keeps it for `seconds`.
        patch_cache_control(
            response, public=True, max_age=min(seconds, settings.BROWSER_CACHE_SECONDS)
        )
