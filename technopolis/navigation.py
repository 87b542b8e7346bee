"""Site navigation: language switch targets, the section menu and the audience switcher.

Each function does a fixed number of queries, whatever the size of the tree.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    exact: bool  # False when the link falls back to an ancestor: the page is not translated

    @property
    def is_default(self):
        return self.code == settings.LANGUAGE_CODE


def pages_by_translation(keys, language_codes):
    """Live pages with the given translation keys in the given languages: {(key, code): page}."""
    pages = (
        Page.objects.live()
        .filter(translation_key__in=keys, locale__language_code__in=language_codes)
        .select_related("locale")
    )
    return {(page.translation_key, page.locale.language_code): page for page in pages}


def language_links(request, page=None):
    """Where the language switch leads from this page, for every language of the site.

    The translation of the page itself, else of its nearest translated ancestor. Outside
    pages (search, errors) the same path in the other language.
    """
    current = get_language()
    if page is None:
        return [
            LanguageLink(
                code, name, translate_url(request.get_full_path(), code), code == current, True
            )
            for code, name in settings.LANGUAGES
        ]
    lineage = list(
        page.get_ancestors(inclusive=True).filter(depth__gt=1).only("translation_key", "depth")
    )
    found = pages_by_translation(
        [p.translation_key for p in lineage], [code for code, _ in settings.LANGUAGES]
    )
    links = []
    for code, name in settings.LANGUAGES:
        target, exact = None, True
        for ancestor in reversed(lineage):
            target = found.get((ancestor.translation_key, code))
            if target is not None:
                break
            exact = False
        url = target.get_url(request) if target else f"/{code}/"
        links.append(LanguageLink(code, name, url, code == current, exact and target is not None))
    return links


def section_root(page):
    """The top-level page (child of a home page) that this page belongs to, or None."""
    if page.depth <= 2:
        return None
    if page.depth == 3:
        return page
    return page.get_ancestors().filter(depth=3).first()


def main_menu(page=None):
    """The header menu: the top-level sections, and the pages of the current section.

    Outside the page tree (search, errors) the sections of the active language's home page.
    """
    if page is None:
        home = Page.objects.filter(depth=2, locale__language_code=get_language()).first()
        page = home
    else:
        home = page if page.depth == 2 else page.get_ancestors().filter(depth=2).first()
    if home is None:
        return {"sections": [], "section": None, "section_pages": []}
    sections = list(home.get_children().live().in_menu().only("title", "url_path", "depth"))
    root = section_root(page)
    section_pages = (
        list(root.get_children().live().in_menu().only("title", "url_path", "depth"))
        if root
        else []
    )
    return {"home": home, "sections": sections, "section": root, "section_pages": section_pages}


def localized_pages(pages, specific=False):
    """The live translations of `pages` in the active language, in the same order.

    A page not translated into it stays in its own language; unpublished pages are dropped.
    """
    code = get_language()
    candidates = Page.objects.live().filter(
        Q(translation_key__in=[p.translation_key for p in pages], locale__language_code=code)
        | Q(pk__in=[p.pk for p in pages])
    )
    if specific:
        candidates = candidates.specific()
    originals = {p.pk for p in pages}
    by_key = {}
    for candidate in candidates:
        # the translation wins over the original it was made from
        if candidate.pk not in originals or candidate.translation_key not in by_key:
            by_key[candidate.translation_key] = candidate
    return [by_key[p.translation_key] for p in pages if p.translation_key in by_key]
