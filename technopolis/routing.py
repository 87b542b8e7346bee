"""Page routing from the cache.

Wagtail finds the page for an address in five queries: the site, the active locale, the home
page's translation, the page's id and type, the page itself. The route to an address is kept
in the cache, keyed by the site serving the address (technopolis/sites.py), so it then costs
one query: the page itself, which also proves the route still holds (the page is live and
still at that address; a moved, unpublished or deleted page makes Wagtail route afresh).
Changing a site (host, root page) drops every kept route.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from wagtail import views as wagtail_views
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from . import sites

ROUTE_SECONDS = 7 * 24 * 3600


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
        version = sites.version()
        site = sites.find(request, sites.sites_at(version))
        key = f"route:{site.id if site else '-'}:{request.path}"
        known = cache.get(key)
        if known and known[0] == version and _prime(request, known[1]):
            return None
        route = Page.route_for_request(request, view_args[0])
        if route is not None:
            page, args, kwargs = route
            entry = (request._wagtail_site, page.pk, page.content_type_id, page.url_path)
            cache.set(key, (version, (*entry, args, kwargs)), timeout=ROUTE_SECONDS)
        return None
