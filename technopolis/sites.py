"""The configured site a request belongs to, found without a query.

Absolute links (canonical, hreflang, Open Graph, JSON-LD, feeds, robots.txt) start with the
root URL of the Wagtail Site that serves the request, and the page and route caches key on
that site: never on the Host header as sent, whose port (or case) a visitor chooses. A request
for `127.0.0.1:1234` gets the links of the site it is routed to and shares its cached pages.

Each process keeps the list of sites, reloaded when the sites version in the shared cache
changes (saving or deleting a site bumps it), so every process sees a change at once.
"""

import time
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port
from wagtail.models import Site

from .request_memo import remembered

SITES_VERSION_KEY = "sites:version"


@dataclass(frozen=True)
class KnownSite:
    id: int
    hostname: str
    port: int
    is_default: bool
    root_url: str


def match_site(sites, hostname, port):
    """The site Wagtail routes (hostname, port) to, by its own rules: the exact hostname and
    port; else the default site if it has the hostname; else the only site with the hostname;
    else the default site. None when nothing matches."""
    named = [site for site in sites if site.hostname == hostname]
    default = next((site for site in sites if site.is_default), None)
    exact = next((site for site in named if site.port == port), None)
    if exact:
        return exact
    if default and default.hostname == hostname:
        return default
    if len(named) == 1:
        return named[0]
    return default


class _Known:
    """The sites as loaded at a version (one tuple, replaced whole: safe across threads)."""

    loaded = (None, ())


def sites_at(version):
    """Every site, as of `version` of the sites (a query only when the version changed)."""
    loaded_version, sites = _Known.loaded
    if loaded_version != version:
        sites = tuple(
            KnownSite(site.pk, site.hostname, site.port, site.is_default_site, site.root_url)
            for site in Site.objects.all()
        )
        _Known.loaded = (version, sites)
    return sites


def loaded():
    """(version, sites) as this process last loaded them; (None, ()) before the first."""
    return _Known.loaded


def version():
    """The sites version in the shared cache, read once per request."""
    return remembered(SITES_VERSION_KEY, lambda: cache.get(SITES_VERSION_KEY, 0))


def find(request, sites):
    """The site of `sites` serving `request`, as Wagtail routes it: by the host name the visitor
    sent (already checked against ALLOWED_HOSTS) and the port the server listens on."""
    hostname = split_domain_port(request.get_host())[0]
    return match_site(sites, hostname, int(request.get_port()))


def site_for_request(request):
    """The KnownSite serving `request`, or None."""
    return find(request, sites_at(version()))


def root_url(request):
    """Scheme, host and port of absolute links for `request`: its site's, else the request's
    own (no site configured: nothing to route to anyway)."""
    site = site_for_request(request)
    return site.root_url if site else f"{request.scheme}://{request.get_host()}"


def absolute(request, path):
    """`path` as an absolute URL on the request's site; URLs that are already absolute (media
    on object storage) are returned as they are."""
    if "://" in path:
        return path
    return root_url(request) + path


def _sites_changed(sender, **kwargs):
    cache.set(SITES_VERSION_KEY, time.time_ns(), timeout=None)


def connect_signals():
    post_save.connect(_sites_changed, sender=Site, dispatch_uid="sites-saved")
    post_delete.connect(_sites_changed, sender=Site, dispatch_uid="sites-deleted")
