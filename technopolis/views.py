"""Views outside the page tree: site search and robots.txt."""

from functools import partial

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from wagtail.models import Page

from . import search as site_search
from . import sites
from .cache import generation, kept
from .security import client_address
from .throttle import over_limit

RESULTS_PER_PAGE = 10
MISSED_PER_ADDRESS = 20


def _sections(pages):
    """The top-level section (a child of a home page) each page belongs to: {path: page}."""
    depth3 = Page.steplen * 3
    paths = {page.path[:depth3] for page in pages if page.depth >= 3}
    return {section.path: section for section in Page.objects.filter(path__in=paths)}


@require_GET
def search(request):
    """Results as base pages (a page type's own fields are not needed): the title, the kind
    of page, its section and a snippet from the indexed text, in a fixed number of queries
    whatever kinds of page a query finds. A query asked before under the same content
    generation is answered from what the process kept, as a filtered listing is."""
    query = site_search.clean_query(request.GET.get("q", ""))
    language = get_language()
    context = {"query": query, "results": None, "search_url": reverse("search")}
    if site_search.query_terms(query):
        number = request.GET.get("page")
        promoted, results = kept(
            f"search:{generation()}:{language}:{number}:{query}",
            partial(_results, query, language, number),
        )
        context.update(promoted=promoted, results=results)
        if not (results.paginator.count or promoted):
            context["suggestion"] = site_search.did_you_mean(query, language)
            # one address adds at most so many to the editors' list an hour (a list, not a log)
            address = client_address(request)
            if not over_limit("missed-search", address, MISSED_PER_ADDRESS, 3600):
                site_search.record_missed(query, language)
    return render(request, "technopolis/search.html", context)


def _results(query, language, number):
    """The pages editors promote for `query`, and page `number` of what the search finds."""
    promoted = site_search.promoted(query, language)
    found = (
        site_search.visible_pages(language)
        .exclude(pk__in=[promotion.page_id for promotion in promoted])
        .search(site_search.engine_query(query, language))
    )
    results = Paginator(found, RESULTS_PER_PAGE).get_page(number)
    pages = list(results.object_list)
    sections = _sections(pages)
    texts = site_search.indexed_texts(pages)
    terms = site_search.query_terms(query)
    depth3 = Page.steplen * 3
    results.object_list = [
        {
            "page": page,
            "kind": page.specific_class._meta.verbose_name if page.specific_class else "",
            "section": sections.get(page.path[:depth3]) if page.depth > 3 else None,
            "snippet": site_search.snippet(texts.get(page.pk, ""), terms),
        }
        for page in pages
    ]
    return promoted, results


@require_GET
def robots_txt(request):
    sitemap = sites.absolute(request, reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /documents/", f"Sitemap: {sitemap}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
