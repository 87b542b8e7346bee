"""Factories for the three offers: the audience landing pages, tickets and their prices, zones,
school programmes and their index, event spaces and packages, and the opening hours school days
are read from.

Pages are created in Dutch under the page given as `parent` and translated with
`in_every_language`; translated snippets (prices, spaces, packages) are one row per language
sharing a translation key, made with `in_every_language_row`.
"""

from datetime import date
from decimal import Decimal

import factory
from factory.django import DjangoModelFactory

from tests.factories import (
    ImageFactory,
    SitePageFactory,
    locale,
    site_root,
    site_settings,
    titled,
    translated_page,
)
from visits.models import (
    Audience,
    AudiencePage,
    EventPackage,
    EventSpace,
    EventSpacePhoto,
    EventSpacesPage,
    ProgrammeIndexPage,
    SchoolProgrammePage,
    TicketPrice,
    TicketsPage,
    ZoneIndexPage,
    ZonePage,
)
from visits.offers.models import Level, Theme

# -- Pages -------------------------------------------------------------------------------


class AudiencePageFactory(SitePageFactory):
    """An audience's landing page, a section in the menu, below the default site's root unless
    `parent` says."""

    class Meta:
        model = AudiencePage

    parent = factory.LazyFunction(site_root)
    title = "Bezoekers"
    audience = Audience.VISITOR
    show_in_menus = True
    lead = factory.LazyAttribute(lambda page: f"Wat {page.title.lower()} bij ons vinden.")


# {audience: {code: title}}; each slug is its title's
AUDIENCES = {
    Audience.VISITOR: {"nl": "Bezoekers", "fr": "Visiteurs", "en": "Visitors"},
    Audience.TEACHER: {"nl": "Scholen", "fr": "Écoles", "en": "Schools"},
    Audience.EVENTS: {"nl": "Evenementen", "fr": "Événements", "en": "Events"},
}


def audience_pages(site, audience=Audience.VISITOR, titles=None, **fields):
    """The landing page of `audience` below the home page of `site` (the `site` fixture: {code:
    home page}) in every language, titled `titles` ({code: title}; AUDIENCES' unless told):
    {code: page}."""
    texts = titled(titles or AUDIENCES[audience])
    return translated_page(AudiencePageFactory, site, texts, audience=audience, **fields)


def audience_sections(site, titles=AUDIENCES, choose=True):
    """The three audiences' landing pages in every language, titled `titles` ({audience:
    {code: title}}) and, with `choose`, chosen in the site settings: {audience: {code: page}}."""
    pages = {
        Audience(audience).value: audience_pages(site, audience, by_language)
        for audience, by_language in titles.items()
    }
    if choose:
        site_settings(
            visitor_page=pages["visitor"]["nl"],
            teacher_page=pages["teacher"]["nl"],
            events_page=pages["events"]["nl"],
        )
    return pages


class TicketsPageFactory(SitePageFactory):
    class Meta:
        model = TicketsPage

    title = "Tickets"
    lead = "Koop je ticket vooraf."
    show_in_menus = True


class ZoneIndexPageFactory(SitePageFactory):
    class Meta:
        model = ZoneIndexPage

    title = "Zones"
    lead = "Alle zones, per leeftijd."
    show_in_menus = True


class ZonePageFactory(SitePageFactory):
    class Meta:
        model = ZonePage

    title = factory.Sequence(lambda n: f"Zone {n}")
    kind = ZonePage.Kind.ZONE
    age_from = 8
    age_to = 12
    location = "Eerste verdieping"
    highlights = "Een hefboom\nEen windtunnel"


class ProgrammeIndexPageFactory(SitePageFactory):
    class Meta:
        model = ProgrammeIndexPage

    title = "Schoolprogramma's"
    lead = "Programma's per niveau en thema."
    show_in_menus = True


class SchoolProgrammePageFactory(SitePageFactory):
    class Meta:
        model = SchoolProgrammePage

    title = factory.Sequence(lambda n: f"Programma {n}")
    level = Level.PRIMARY
    grade_from = 4
    grade_to = 6
    theme = Theme.ENERGY
    duration_minutes = 60
    max_group = 28
    price_per_pupil = Decimal("7.50")
    curriculum = "Eindtermen natuur en techniek"
    preparation = "<p>Laat de leerlingen een vraag bedenken.</p>"


class EventSpacesPageFactory(SitePageFactory):
    class Meta:
        model = EventSpacesPage

    title = "Zalen"
    lead = "Zalen voor elk evenement."
    show_in_menus = True


# -- Translated snippets (one row a language: snippet_in_every_language) ------------------


class TicketPriceFactory(DjangoModelFactory):
    class Meta:
        model = TicketPrice

    locale = factory.LazyFunction(locale)
    category = "Volwassenen"
    age_from = 12
    age_to = None
    price = Decimal("17.50")
    valid_from = date(2019, 3, 1)
    sort_order = 0


class EventSpaceFactory(DjangoModelFactory):
    class Meta:
        model = EventSpace

    locale = factory.LazyFunction(locale)
    name = factory.Sequence(lambda n: f"Zaal {n}")
    floor_area = 200
    capacity_theatre = 150
    capacity_classroom = 80
    facilities = "Projector\nMicrofoons"
    accessibility = "Drempelloos."


class EventSpacePhotoFactory(DjangoModelFactory):
    class Meta:
        model = EventSpacePhoto

    space = factory.SubFactory(EventSpaceFactory)
    image = factory.SubFactory(ImageFactory)


class EventPackageFactory(DjangoModelFactory):
    class Meta:
        model = EventPackage

    locale = factory.LazyFunction(locale)
    name = factory.Sequence(lambda n: f"Formule {n}")
    description = "Een halve dag vergaderen met lunch."
    price_per_person = Decimal("50")
    min_guests = 10
