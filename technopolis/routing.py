"""Page routing from the cache.

Wagtail finds the page for an address in five queries: the site, the active locale, the home
page's translation, the page's id and type, the page itself. The route to an address is kept
in the cache, keyed by the site serving the address (technopolis/sites.py), so it then costs
the page itself, which also proves the route still holds (the page is live and still at that
address; a moved, unpublished or deleted page makes Wagtail route afresh), and the site, which
Wagtail looks up for the site settings and page links. Changing a site (host, root page) drops
every kept route.

Wagtail offers no public way to hand its serve view a route, so for a kept route this
middleware serves the page itself, as `wagtail.views.serve` does once it has routed (so in
Wagtail 8.0: compare on an upgrade): its `on_serve_page` and `before_serve_page` hooks (page
privacy, allowed methods), then `page.serve`. That is why it comes last in MIDDLEWARE: every
other middleware's `process_view` (the CSRF check among them) has run when it answers. An
address it has not kept goes to Wagtail's serve view, whose route (`Page.route_for_request`,
which Wagtail keeps on the request) is then kept.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import HttpResponse
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.models import Page

from . import sites

ROUTE_SECONDS = 7 * 24 * 3600


def route_key(site, path):
    return f"page-route:{site.id if site else '-'}:{path}"


def _kept_page(page_id, content_type_id, url_path):
    """The page of a kept route, or None when the route no longer holds."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = model.objects.filter(pk=page_id, live=True).first() if model else None
    return page if page is not None and page.url_path == url_path else None


def _serve(page, request, args, kwargs):
    """What Wagtail's serve view does with a route: the same hooks, in the same order."""

    def serve_page(page, request, args, kwargs):
        return page.serve(request, *args, **kwargs)

    serve_chain = serve_page
    for wrap in reversed(hooks.get_hooks("on_serve_page")):
        serve_chain = wrap(serve_chain)
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return serve_chain(page, request, args, kwargs)


class RouteCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve:
            return None
        version = sites.version()
        key = route_key(sites.find(request, sites.sites_at(version)), request.path)
        known = cache.get(key)
        if known and known[0] == version:
            page_id, content_type_id, url_path, args, kwargs = known[1]
            page = _kept_page(page_id, content_type_id, url_path)
            if page is not None:
                return _serve(page, request, args, kwargs)
        route = Page.route_for_request(request, view_args[0])
        if route is not None:
            page, args, kwargs = route
            entry = (page.pk, page.content_type_id, page.url_path, args, kwargs)
            cache.set(key, (version, entry), timeout=ROUTE_SECONDS)
        return None
