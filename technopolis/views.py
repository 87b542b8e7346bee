"""Views outside the page tree: site search and robots.txt."""

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from . import search as site_search
from . import sites

RESULTS_PER_PAGE = 10


def _sections(pages):
    """The top-level section (a child of a home page) each page belongs to: {path: page}."""
    depth3 = Page.steplen * 3
    paths = {page.path[:depth3] for page in pages if page.depth >= 3}
    return {section.path: section for section in Page.objects.filter(path__in=paths)}


@require_GET
def search(request):
    query = site_search.clean_query(request.GET.get("q", ""))
    results = None
    if site_search.query_terms(query):
        found = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .search(site_search.engine_query(query, get_language()))
        )
        results = Paginator(found, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        pages = Page.objects.filter(pk__in=[p.pk for p in results.object_list]).specific()
        by_pk = {page.pk: page for page in pages}
        sections = _sections(by_pk.values())
        terms = site_search.query_terms(query)
        depth3 = Page.steplen * 3
        results.object_list = [
            {
                "page": page,
                "section": sections.get(page.path[:depth3]) if page.depth > 3 else None,
                "snippet": site_search.snippet(site_search.searchable_text(page), terms),
            }
            for page in (by_pk.get(p.pk) for p in results.object_list)
            if page is not None
        ]
    return render(
        request,
        "technopolis/search.html",
        {"query": query, "results": results, "search_url": reverse("search")},
    )


@require_GET
def robots_txt(request):
    sitemap = sites.absolute(request, reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /documents/", f"Sitemap: {sitemap}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
