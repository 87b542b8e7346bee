"""A site with a page of every page type, in every language: what the tests that go through
all page types (query budgets, page weight) measure, built as an editor builds the site.

The tree: the home page; below it the three audiences' landing pages and a content page
("Wereldwijd") holding the international section. Visitors: the opening hours, the tickets,
the zones with a zone, What's on with an activity; teachers: the school programmes with one
programme and the class-visit request form; event organisers: the rooms with a room, a
package and prices, and the enquiry form. The Dutch pages are translated into French and
English; the building opens every day.
"""

from django.test import TestCase

from tests.factories import ContentPageFactory, ImageFactory, snippet_in_every_language
from tests.factories import translated_pages as read_back
from tests.factories.agenda import ActivityPageFactory, WhatsOnPageFactory
from tests.factories.international import (
    DeclarationIndexPageFactory,
    DeclarationPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
)
from tests.factories.offers import (
    EventPackageFactory,
    EventSpaceFactory,
    EventSpacePhotoFactory,
    EventSpacesPageFactory,
    ProgrammeIndexPageFactory,
    SchoolProgrammePageFactory,
    TicketPriceFactory,
    TicketsPageFactory,
    ZoneIndexPageFactory,
    ZonePageFactory,
    audience_sections,
)
from tests.factories.opening_hours import BuildingFactory, OpeningHoursPageFactory
from tests.factories.requests import ClassVisitFormPageFactory, EventEnquiryFormPageFactory

# Words a search finds, one a language: in a page's title in that language.
SEARCH_WORDS = {"nl": "Krachtenveld", "fr": "sciences", "en": "Declaration"}


def every_page_type(site):
    """Below the home pages of `site` (the `site` fixture: {code: home page}), a page of every
    page type in every language, the snippets the listings show in every language: {page type
    name: {code: page}}, the home page's among them."""
    # Saved as the admin does, in a transaction that commits: the pages are indexed for the
    # search then (technopolis/search.py), not at some later commit of the test.
    with TestCase.captureOnCommitCallbacks(execute=True):
        BuildingFactory()
        audiences = audience_sections(site)
        visitors, teachers, events = (
            audiences[key]["nl"] for key in ("visitor", "teacher", "events")
        )
        network = ContentPageFactory(parent=site["nl"], title="Wereldwijd", show_in_menus=True)
        zones = ZoneIndexPageFactory(parent=visitors)
        whats_on = WhatsOnPageFactory(parent=visitors)
        programmes = ProgrammeIndexPageFactory(parent=teachers)
        organisations = OrganisationIndexPageFactory(parent=network)
        projects = ProjectIndexPageFactory(parent=network)
        declarations = DeclarationIndexPageFactory(parent=network)
        dutch = [
            network,
            OpeningHoursPageFactory(parent=visitors),
            TicketsPageFactory(parent=visitors),
            zones,
            ZonePageFactory(parent=zones, title="Krachtenveld", image=ImageFactory()),
            whats_on,
            ActivityPageFactory(parent=whats_on, title="Vonkenshow"),
            programmes,
            SchoolProgrammePageFactory(parent=programmes, title="Hefbomen"),
            ClassVisitFormPageFactory(parent=teachers),
            EventSpacesPageFactory(parent=events),
            EventEnquiryFormPageFactory(parent=events),
            organisations,
            OrganisationPageFactory(parent=organisations, title="ECSITE"),
            projects,
            ProjectPageFactory(parent=projects, title="PLACES"),
            declarations,
            DeclarationPageFactory(parent=declarations, title="Verklaring van Mechelen"),
        ]
        pages = {"HomePage": site, "AudiencePage": audiences["visitor"]}
        for page in dutch:  # parents first: each translation goes below its parent's
            pages[type(page).__name__] = read_back(page, **TRANSLATED.get(type(page).__name__, {}))
        listed_snippets()
    return pages


# Texts of the translations that a test searches for (SEARCH_WORDS); others keep the Dutch.
TRANSLATED = {
    "SchoolProgrammePage": {"fr": {"title": "Les sciences des leviers", "slug": "leviers"}},
    "DeclarationPage": {"en": {"title": "Declaration of Mechelen", "slug": "declaration"}},
}


def listed_snippets():
    """The prices, a room with its photograph and a package, in every language."""
    snippet_in_every_language(
        TicketPriceFactory(), fr={"category": "Adultes"}, en={"category": "Adults"}
    )
    for space in snippet_in_every_language(EventSpaceFactory(name="Auditorium")).values():
        if not space.photos.exists():
            EventSpacePhotoFactory(space=space)
    snippet_in_every_language(
        EventPackageFactory(name="Vergaderen"),
        fr={"name": "Réunion"},
        en={"name": "Meeting"},
    )
