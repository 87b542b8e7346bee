"""Factories for the three offers: the audience landing pages, tickets and their prices, zones,
school programmes and their index, event spaces and packages, and the opening hours school days
are read from.

Pages are created in Dutch under the page given as `parent` and translated with
`in_every_language`; translated snippets (prices, spaces, packages) are one row per language
sharing a translation key, made with `in_every_language_row`.
"""

import json
import uuid
from datetime import date, time, timedelta
from decimal import Decimal

import factory
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Site

from technopolis.models import ContentPage, SiteSettings
from tests.factories import LANGUAGES, ImageFactory, SitePageFactory, in_every_language, locale
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
from visits.opening_hours.models import WEEKDAY_FIELDS, OpeningException, Venue, WeeklyRule


def stream(*blocks):
    """StreamField content from (type, value) pairs, as Wagtail stores it."""
    return json.dumps(
        [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in blocks]
    )


# -- Pages -------------------------------------------------------------------------------


class AudiencePageFactory(SitePageFactory):
    """An audience's landing page: pass `parent` (a home page)."""

    class Meta:
        model = AudiencePage

    title = "Bezoekers"
    audience = Audience.VISITOR
    show_in_menus = True


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


class PlanVisitPageFactory(SitePageFactory):
    """The 'plan your visit' page: a content page with a section per topic."""

    class Meta:
        model = ContentPage

    title = "Je bezoek plannen"
    lead = "Hoe je ons bereikt en wat je vindt."
    show_in_menus = True


AUDIENCE_TITLES = {
    Audience.VISITOR: {"nl": "Bezoekers", "fr": "Visiteurs", "en": "Visitors"},
    Audience.TEACHER: {"nl": "Scholen", "fr": "Écoles", "en": "Schools"},
    Audience.EVENTS: {"nl": "Evenementen", "fr": "Événements", "en": "Events"},
}


def translated_page(factory_class, parent, texts, **facts):
    """A page of `factory_class` under `parent` ({code: parent}, or the Dutch parent) in every
    language of `texts` ({code: fields}, Dutch first), sharing `facts`: {code: page}."""
    dutch_parent = parent["nl"] if isinstance(parent, dict) else parent
    page = factory_class(parent=dutch_parent, **facts, **texts["nl"])
    pages = in_every_language(
        page, **{code: fields for code, fields in texts.items() if code != "nl"}
    )
    # read back: the copy in memory keeps the address it had before its slug was translated
    return {code: type(page).objects.get(pk=page.pk) for code, page in pages.items()}


def audience_pages(site):
    """The three audience landing pages in every language, chosen in the site settings:
    {audience: {code: page}}. `site` is the `site` fixture ({code: home page})."""
    pages = {
        audience.value: translated_page(
            AudiencePageFactory,
            site,
            {code: {"title": title, "slug": slugify(title)} for code, title in titles.items()},
            audience=audience,
        )
        for audience, titles in AUDIENCE_TITLES.items()
    }
    settings = SiteSettings.objects.get_or_create(site=Site.objects.get(is_default_site=True))[0]
    settings.visitor_page = pages["visitor"]["nl"]
    settings.teacher_page = pages["teacher"]["nl"]
    settings.events_page = pages["events"]["nl"]
    settings.save()
    return pages


# -- Translated snippets -----------------------------------------------------------------


def in_every_language_row(row, **fields_by_language):
    """{code: row} for a translated snippet `row` and its translations into every language
    (wagtail-localize's copy), `fields_by_language` giving each translation's texts."""
    rows = {row.locale.language_code: row}
    for code in LANGUAGES:
        if code in rows:
            continue
        copy = row.copy_for_translation(locale(code))
        for name, value in fields_by_language.get(code, {}).items():
            setattr(copy, name, value)
        copy.save()
        rows[code] = copy
    return rows


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


# -- Opening hours (the school days and STEM days come from them) -----------------------


def stem_monday(year):
    """The first day of the invented STEM days of `year`: the second Monday of October."""
    first = date(year, 10, 1)
    return first + timedelta(days=-first.weekday() % 7 + 7)


STEM_REASONS = {
    "reason_nl": "STEM-dagen voor leerkrachten",
    "reason_fr": "journées STEM pour les enseignants",
    "reason_en": "STEM days for teachers",
}


def building(opens=time(9, 30), closes=time(17)):
    """The main building, open every day from `opens` to `closes` all year, closed for the
    teachers' STEM days (Monday to Wednesday) of next year."""
    venue = Venue.objects.create(key="building", name_nl="Technopolis", name_fr="Technopolis")
    WeeklyRule.objects.create(
        venue=venue, opens=opens, closes=closes, **dict.fromkeys(WEEKDAY_FIELDS, True)
    )
    start = stem_monday(timezone.localdate().year + 1)
    OpeningException.objects.create(
        venue=venue,
        start_date=start,
        end_date=start + timedelta(days=2),
        kind=OpeningException.Kind.CLOSED,
        stem_day=True,
        **STEM_REASONS,
    )
    return venue
