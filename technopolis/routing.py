"""Page routing from the cache.

Wagtail finds the page for an address in five queries: the site, the active locale, the home
page's translation, the page's id and type, the page itself. The route to an address is kept
in the cache, so it then costs one query: the page itself, which also proves the route still
holds (the page is live and still at that address; a moved, unpublished or deleted page makes
Wagtail route afresh). Changing a site (host, root page) drops every kept route.
"""

import time

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

ROUTE_SECONDS = 7 * 24 * 3600
SITES_VERSION_KEY = "route:sites-version"


def _prime(request, known):
    """Hand Wagtail's serve view the route it would otherwise look up (it keeps the site and
    route on the request). False when the route no longer holds."""
    site, page_id, content_type_id, url_path, args, kwargs = known
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model.objects.filter(pk=page_id, live=True).first() if model else None
    if page is None or page.url_path != url_path:
        return False
    request._wagtail_site = site
    request._wagtail_route_for_request = RouteResult(page, args, kwargs)
    return True


class RouteCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve:
            return None
        key = f"route:{request.get_host()}:{request.path}"
        found = cache.get_many([SITES_VERSION_KEY, key])
        version = found.get(SITES_VERSION_KEY, 0)
        known = found.get(key)
        if known and known[0] == version and _prime(request, known[1]):
            return None
        route = Page.route_for_request(request, view_args[0])
        if route is not None:
            page, args, kwargs = route
            entry = (request._wagtail_site, page.pk, page.content_type_id, page.url_path)
            cache.set(key, (version, (*entry, args, kwargs)), timeout=ROUTE_SECONDS)
        return None


def _sites_changed(sender, **kwargs):
    cache.set(SITES_VERSION_KEY, time.time_ns(), timeout=None)


def connect_signals():
    post_save.connect(_sites_changed, sender=Site, dispatch_uid="route-sites-saved")
    post_delete.connect(_sites_changed, sender=Site, dispatch_uid="route-sites-deleted")
