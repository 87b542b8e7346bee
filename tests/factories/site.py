"""Factories for what every page shows: the sections of the menu, the audiences' landing
pages, the legal pages the footer links to, the site settings that choose them, old
addresses that redirect, and the results editors promote in the search.

The pages are built in Dutch and translated into French and English (tests/factories), with
short invented texts: a test reads the titles and addresses from the pages it built.
"""

import factory
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Site

from technopolis.models import SiteSettings
from tests.factories import ContentPageFactory, SitePageFactory, in_every_language
from visits.models import AudiencePage


class AudiencePageFactory(SitePageFactory):
    """An audience's landing page, a section in the menu under the Dutch home page."""

    class Meta:
        model = AudiencePage

    title = "Bezoekers"
    audience = "visitor"
    show_in_menus = True
    lead = factory.LazyAttribute(lambda page: f"Wat {page.title.lower()} bij ons vinden.")


def translated(factory_class, nl, fr, en, **common):
    """{code: page}: a page built by `factory_class` with the Dutch fields `nl` and `common`,
    translated with the fields `fr` and `en` ({"title": ..., "slug": ...})."""
    pages = in_every_language(factory_class(**nl, **common), fr=fr, en=en)
    # As stored: `translate` returns its copy as it was before publishing (the address it
    # had under its old slug).
    return {code: reload(page) for code, page in pages.items()}


def reload(page):
    return type(page).objects.get(pk=page.pk)


def named(title, slug, **fields):
    return {"title": title, "slug": slug, **fields}


# The audiences' landing pages: (key, nl, fr, en) as (title, slug).
AUDIENCES = [
    ("visitor", ("Gezinnen", "gezinnen"), ("Familles", "familles"), ("Families", "families")),
    ("teacher", ("Klassen", "klassen"), ("Classes", "classes"), ("Classes", "classes")),
    (
        "events",
        ("Vergaderen", "vergaderen"),
        ("Réunions", "reunions"),
        ("Meetings", "meetings"),
    ),
]


def audiences(site):
    """The three audiences' landing pages in every language, in the menu: {key: {code: page}}."""
    return {
        key: translated(
            AudiencePageFactory,
            named(*nl, parent=site["nl"]),
            named(*fr),
            named(*en),
            audience=key,
        )
        for key, nl, fr, en in AUDIENCES
    }


def content_page(parent, nl, fr, en, **common):
    """A content page under the Dutch `parent`, in every language: {code: page}; `nl`, `fr`
    and `en` are (title, slug)."""
    return translated(
        ContentPageFactory, named(*nl, parent=parent), named(*fr), named(*en), **common
    )


def site_settings(**fields):
    """The default site's settings with `fields` saved."""
    row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in fields.items():
        setattr(row, name, value)
    row.save()
    return row


def site_chrome(site):
    """The sections of a site and the pages its header and footer link to, in every language,
    chosen in the site settings: {key: {code: page}} for the audiences ("visitor",
    "teacher", "events"), a section of plain pages ("network"), a page about the centre
    ("about"), the terms ("terms") and the privacy statement ("privacy")."""
    pages = audiences(site)
    pages["network"] = content_page(
        site["nl"],
        ("Wereldwijd", "wereldwijd"),
        ("Dans le monde", "dans-le-monde"),
        ("Worldwide", "worldwide"),
        show_in_menus=True,
    )
    pages["about"] = content_page(
        site["nl"],
        ("Wie we zijn", "wie-we-zijn"),
        ("Qui sommes-nous", "qui-sommes-nous"),
        ("Who we are", "who-we-are"),
    )
    pages["terms"] = content_page(
        site["nl"],
        ("Voorwaarden", "voorwaarden"),
        ("Conditions", "conditions"),
        ("Terms", "terms"),
    )
    pages["privacy"] = content_page(
        site["nl"],
        ("Privacy", "privacy"),
        ("Vie privée", "vie-privee"),
        ("Privacy", "privacy"),
    )
    site_settings(
        visitor_page=pages["visitor"]["nl"],
        teacher_page=pages["teacher"]["nl"],
        events_page=pages["events"]["nl"],
        terms_page=pages["terms"]["nl"],
        privacy_page=pages["privacy"]["nl"],
    )
    return pages


def redirect(old_path, page, permanent=True):
    """An old address of the site that leads to `page`, as an editor adds one."""
    return Redirect.objects.create(
        old_path=Redirect.normalise_path(old_path),
        site=None,
        redirect_page=page,
        is_permanent=permanent,
    )


def promote(words, page, description="", order=0):
    """`page` shown first for a search for `words`, as editors promote a result."""
    return SearchPromotion.objects.create(
        query=Query.get(words), page=page, sort_order=order, description=description
    )
