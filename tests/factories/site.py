"""Factories for what every page shows: the sections of the menu, the audiences' landing
pages, the legal pages the footer links to, the site settings that choose them, old
addresses that redirect, and the results editors promote in the search.

The pages are built in Dutch and translated into French and English (tests/factories), with
short invented texts: a test reads the titles and addresses from the pages it built.
"""

from datetime import timedelta

from django.test import TestCase
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from organisations.models import Person, PersonRole
from tests.factories import ContentPageFactory, reload, site_settings, translated_page
from tests.factories.international import OrganisationIndexPageFactory, OrganisationPageFactory
from tests.factories.offers import audience_sections
from tests.factories.opening_hours import (
    BuildingFactory,
    OpeningExceptionFactory,
    OpeningHoursPageFactory,
)


def named(title, slug, **fields):
    return {"title": title, "slug": slug, **fields}


def in_languages(nl, fr, en):
    """{code: fields} from the Dutch, French and English fields."""
    return {"nl": nl, "fr": fr, "en": en}


# The audiences' landing pages: {audience: {code: title}}, each slug its title's.
AUDIENCES = {
    "visitor": {"nl": "Gezinnen", "fr": "Familles", "en": "Families"},
    "teacher": {"nl": "Klassen", "fr": "Classes", "en": "Classes"},
    "events": {"nl": "Vergaderen", "fr": "Réunions", "en": "Meetings"},
}


def content_page(parent, nl, fr, en, **common):
    """A content page under the Dutch `parent`, in every language: {code: page}; `nl`, `fr`
    and `en` are (title, slug)."""
    return translated_page(
        ContentPageFactory, parent, in_languages(named(*nl), named(*fr), named(*en)), **common
    )


def site_chrome(site):
    """The sections of a site and the pages its header and footer link to, in every language,
    chosen in the site settings: {key: {code: page}} for the audiences ("visitor",
    "teacher", "events"), a section of plain pages ("network"), a page about the centre
    ("about"), the terms ("terms") and the privacy statement ("privacy")."""
    pages = audience_sections(site, AUDIENCES, choose=False)
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
        ("Notre mission", "notre-mission"),
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


def searchable_site(site):
    """A site with something to find in every language, besides `site_chrome`'s pages:
    {key: {code: page}} with, added, an umbrella organisation ("organisation") someone of the
    centre sits on the board of, in a list of them ("organisations"); a declaration signed in
    a city in a year ("declaration"); the opening hours with a closure to come
    ("opening-hours"); the prices ("tickets"), promoted for what people ask about them; and a
    page of headed sections on the way here ("plan-visit")."""
    pages = site_chrome(site)
    pages["organisations"] = translated_page(
        OrganisationIndexPageFactory,
        pages["network"],
        in_languages(
            named("Koepels", "koepels", lead="De netwerken waar we lid van zijn."),
            named("Réseaux", "reseaux", lead="Les réseaux dont nous sommes membres."),
            named("Networks", "networks", lead="The networks we are a member of."),
        ),
    )
    pages["organisation"] = translated_page(
        OrganisationPageFactory,
        pages["organisations"],
        in_languages(
            named("Spark", "spark", lead="Samen tentoonstellingen maken."),
            named("Spark", "spark", lead="Créer des expositions ensemble."),
            named("Spark", "spark", lead="Making exhibitions together."),
        ),
        acronym="SPARK",
        full_name="Science Parks Alliance",
        scope="european",
        summary="Een netwerk van wetenschapsparken die samen tentoonstellingen maken.",
        membership_role="full",
        membership_since=2016,
    )
    board = {"nl": "Raad van bestuur", "fr": "Conseil d'administration", "en": "Board"}
    people(
        "Marijke Vandevelde",
        {code: (page, board[code]) for code, page in pages["organisation"].items()},
    )
    pages["declaration"] = content_page(
        pages["network"]["nl"],
        ("Verklaring van Gent", "verklaring-van-gent"),
        ("Déclaration de Gand", "declaration-de-gand"),
        ("Ghent Declaration", "ghent-declaration"),
    )
    leads = {
        "nl": "In 2011 in Gent ondertekend door twaalf wetenschapscentra.",
        "fr": "Signée à Gand en 2011 par douze centres de sciences.",
        "en": "Signed in Ghent in 2011 by twelve science centres.",
    }
    for code, page in pages["declaration"].items():
        page.lead = leads[code]
        page.save_revision().publish()
    pages["opening-hours"] = opening_hours(pages["visitor"]["nl"])
    pages["tickets"] = content_page(
        pages["visitor"]["nl"],
        ("Tickets en prijzen", "tickets-en-prijzen"),
        ("Billets et tarifs", "billets-et-tarifs"),
        ("Tickets and prices", "tickets-and-prices"),
    )
    for code, words in {"nl": ("prijs", "groepen"), "fr": ("billets", "groupes")}.items():
        for order, word in enumerate(words):
            promote(word, pages["tickets"][code], order=order)
    for code, word in {"nl": "verjaardag", "fr": "anniversaire", "en": "birthday"}.items():
        promote(word, pages["visitor"][code])
    pages["plan-visit"] = content_page(
        pages["visitor"]["nl"],
        ("Je bezoek plannen", "je-bezoek-plannen"),
        ("Préparer votre visite", "preparer-votre-visite"),
        ("Plan your visit", "plan-your-visit"),
    )
    ways = {
        "nl": ("Route", "Met de trein tot Mechelen; wie met de auto komt, vindt een parking."),
        "fr": ("Itinéraire", "En train jusqu'à Malines ; en voiture, un parking vous attend."),
        "en": ("Route", "By train to Mechelen; if you come by car, there is a parking."),
    }
    for code, page in pages["plan-visit"].items():
        heading, text = ways[code]
        page.body = [
            ("heading", {"text": heading, "level": "h2"}),
            ("paragraph", f"<p>{text}</p>"),
        ]
        page.save_revision().publish()
    return {
        key: {code: reload(page) for code, page in by_code.items()}
        for key, by_code in pages.items()
    }


def people(name, roles):
    """Someone of the centre in every language, with a role in an organisation per language:
    `roles` is {code: (organisation page, role title)}. {code: person}."""
    found = {}
    source = None
    # Saved as the admin does, in a transaction that commits: the pages showing them are
    # indexed again then (technopolis/search.py), not at some later commit of the test.
    with TestCase.captureOnCommitCallbacks(execute=True):
        for code, (organisation, title) in roles.items():
            person = Person(name=name, title="", locale=organisation.locale)
            if source is not None:
                person.translation_key = source.translation_key
            person.save()
            source = source or person
            PersonRole.objects.create(
                person=person, organisation=organisation, title=title, start_year=2019
            )
            found[code] = person
    for organisation, _ in roles.values():
        organisation.save_revision().publish()  # indexed again with the people it shows
    return found


def opening_hours(audience_page):
    """The opening hours page under the Dutch `audience_page`, in every language, of a
    building with two closures to come: {code: page}."""
    with TestCase.captureOnCommitCallbacks(execute=True):  # as `people` does
        building = BuildingFactory(name_nl="Gebouw", name_fr="Bâtiment", name_en="Building")
        start = timezone.localdate() + timedelta(days=20)
        OpeningExceptionFactory(
            venue=building,
            start_date=start,
            end_date=start + timedelta(days=4),
            reason_nl="jaarlijks onderhoud",
            reason_fr="entretien annuel",
            reason_en="annual maintenance",
        )
        OpeningExceptionFactory(
            venue=building,
            start_date=timezone.localdate() + timedelta(days=45),
            reason_nl="vorming personeel",
            reason_fr="formation du personnel",
            reason_en="staff training",
        )
    pages = translated_page(
        OpeningHoursPageFactory,
        audience_page,
        in_languages(
            named("Openingsuren", "openingsuren", lead="Wanneer we open zijn."),
            named("Horaires", "horaires", lead="Quand nous sommes ouverts."),
            named("Opening hours", "opening-hours", lead="When we are open."),
        ),
    )
    for page in pages.values():
        page.save_revision().publish()  # indexed with the closures it lists
    return pages
