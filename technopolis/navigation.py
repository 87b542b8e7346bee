"""Site navigation: language switch targets, the section menu and the audience switcher.

Each function does a fixed number of queries, whatever the size of the tree.
"""

from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

from .cache import cached, generation


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


def _ancestor_paths(page, from_depth=2):
    return [page.path[: Page.steplen * depth] for depth in range(from_depth, page.depth + 1)]


def _menu_filter(page):
    """Which pages the header menu of `page` shows: the home page, the sections in the menu,
    the current section and its pages in the menu."""
    home_path = page.path[: Page.steplen * 2]
    wanted = Q(depth=2, path=home_path) | Q(depth=3, path__startswith=home_path, show_in_menus=True)
    if page.depth >= 3:
        section_path = page.path[: Page.steplen * 3]
        wanted |= Q(depth=3, path=section_path)
        wanted |= Q(depth=4, path__startswith=section_path, show_in_menus=True)
    return wanted


def _neighbourhood(page):
    """In one query: the page's ancestors with all their translations (language switch,
    breadcrumbs) and the pages of its menu. Remembered on the page object."""
    if not hasattr(page, "_neighbourhood"):
        keys = Page.objects.filter(path__in=_ancestor_paths(page)).values("translation_key")
        page._neighbourhood = list(
            Page.objects.filter(Q(translation_key__in=keys) | (Q(live=True) & _menu_filter(page)))
            .select_related("locale")
            .only(
                "title",
                "url_path",
                "path",
                "depth",
                "live",
                "show_in_menus",
                "translation_key",
                "locale__language_code",
            )
            .order_by("path")
        )
    return page._neighbourhood


def lineage(page):
    """The page and its ancestors below the root, with all their translations."""
    pages = _neighbourhood(page)
    own_paths = set(_ancestor_paths(page))
    keys = {p.translation_key for p in pages if p.path in own_paths}
    return [p for p in pages if p.translation_key in keys]


def ancestors(page):
    """The page's live ancestors from its home page down, without the page itself."""
    paths = set(_ancestor_paths(page)[:-1])
    return sorted((p for p in lineage(page) if p.path in paths and p.live), key=lambda p: p.depth)


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
    pages = lineage(page)
    own_paths = set(_ancestor_paths(page))
    keys_by_depth = sorted(
        ((p.depth, p.translation_key) for p in pages if p.path in own_paths), reverse=True
    )
    found = {(p.translation_key, p.locale.language_code): p for p in pages if p.live}
    links = []
    for code, name in settings.LANGUAGES:
        target, exact = None, True
        for _, key in keys_by_depth:
            target = found.get((key, code))
            if target is not None:
                break
            exact = False
        url = target.get_url(request) if target else f"/{code}/"
        links.append(LanguageLink(code, name, url, code == current, exact and target is not None))
    return links


def main_menu(page=None):
    """The header menu: the top-level sections, and the pages of the current section.

    Outside the page tree (search, errors) the sections of the active language's home page.
    """
    if page is None:
        language = get_language()
        return cached(f"home-menu:{generation()}:{language}", partial(_home_menu, language))
    home_path = page.path[: Page.steplen * 2]
    section_path = page.path[: Page.steplen * 3] if page.depth >= 3 else None
    items = [
        p for p in _neighbourhood(page) if p.live and p.path.startswith(home_path) and p.depth <= 4
    ]
    in_section = [p for p in items if section_path and p.path.startswith(section_path)]
    return {
        "home": next((p for p in items if p.path == home_path), None),
        "sections": [p for p in items if p.depth == 3 and p.show_in_menus],
        "section": next((p for p in in_section if p.depth == 3), None),
        "section_pages": [p for p in in_section if p.depth == 4 and p.show_in_menus],
    }


def _home_menu(language):
    home = Page.objects.filter(depth=2, locale__language_code=language).first()
    if home is None:
        return {"sections": [], "section": None, "section_pages": []}
    return main_menu(home)


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
