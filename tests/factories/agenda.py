"""Factories for what's on (visits/agenda/): the visitors' landing page, the What's on page,
activities with their schedule rows, cancellations and school holidays; and what the
programme is computed from: the building's opening hours.

Activities, like every page here, take their language from their parent. The texts are
invented: a programme of a small science centre, not the demo's.
"""

from datetime import time, timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from tests.factories import SitePageFactory, in_every_language
from visits.agenda.models import (
    ActivityPage,
    ActivityTime,
    Cancellation,
    Kind,
    SchoolHoliday,
    WhatsOnPage,
)
from visits.models import (
    Audience,
    AudiencePage,
    ClassVisitFormPage,
    OpeningException,
    OpeningHoursPage,
    ProgrammeIndexPage,
    Venue,
    WeeklyRule,
    ZoneIndexPage,
    ZonePage,
)

OPENS, CLOSES = time(9, 30), time(17)


# -- Opening hours -----------------------------------------------------------------------


class VenueFactory(DjangoModelFactory):
    class Meta:
        model = Venue
        django_get_or_create = ("key",)

    key = "building"
    name_nl = "Technopolis"
    name_fr = "Technopolis"
    name_en = "Technopolis"


class WeeklyRuleFactory(DjangoModelFactory):
    """Open every day from 09:30 to 17:00 all year, unless told otherwise."""

    class Meta:
        model = WeeklyRule

    venue = factory.SubFactory(VenueFactory)
    opens = OPENS
    closes = CLOSES
    monday = tuesday = wednesday = thursday = friday = saturday = sunday = True


class OpeningExceptionFactory(DjangoModelFactory):
    """A one-day closure of the building."""

    class Meta:
        model = OpeningException

    venue = factory.SubFactory(VenueFactory)
    kind = OpeningException.Kind.CLOSED
    reason_nl = "inventaris"
    reason_fr = "inventaire"
    reason_en = "inventory"


def building_hours():
    """The building, open every day of the year from 09:30 to 17:00: the hours the
    programme keeps (an activity without a venue of its own keeps the building's)."""
    return WeeklyRuleFactory().venue


# -- Pages -------------------------------------------------------------------------------


def _parent_locale(page):
    return page.parent.locale


class ChildPageFactory(SitePageFactory):
    """A published page under `parent`, in the parent's language."""

    class Meta:
        abstract = True

    locale = factory.LazyAttribute(_parent_locale)


class AudiencePageFactory(ChildPageFactory):
    class Meta:
        model = AudiencePage

    title = "Bezoekers"
    slug = "bezoekers"
    audience = Audience.VISITOR
    lead = "Een dag experimenteren met het gezin of met vrienden."


class WhatsOnPageFactory(ChildPageFactory):
    class Meta:
        model = WhatsOnPage

    title = "Programma"
    slug = "programma"
    lead = "Wat er vandaag en de komende dagen te doen is."


class OpeningHoursPageFactory(ChildPageFactory):
    class Meta:
        model = OpeningHoursPage

    title = "Openingsuren"
    slug = "openingsuren"
    lead = "Wanneer je bij ons terecht kunt."


class ProgrammeIndexPageFactory(ChildPageFactory):
    class Meta:
        model = ProgrammeIndexPage

    title = "Schoolprogramma's"
    slug = "schoolprogrammas"
    lead = "Programma's voor elke klas."


class ClassVisitFormPageFactory(ChildPageFactory):
    class Meta:
        model = ClassVisitFormPage

    title = "Klasbezoek aanvragen"
    slug = "klasbezoek-aanvragen"
    lead = "Vraag een bezoek met je klas aan."


class ZoneIndexPageFactory(ChildPageFactory):
    class Meta:
        model = ZoneIndexPage

    title = "Zones"
    slug = "zones"
    lead = "Alle zones, van jong naar oud."


class ZonePageFactory(ChildPageFactory):
    class Meta:
        model = ZonePage

    title = factory.Sequence(lambda n: f"Krachtenveld {n}")
    age_from = 8
    location = "gelijkvloers, rechts"


class ActivityPageFactory(ChildPageFactory):
    """A show for 6 to 12-year-olds, 25 minutes, included in the ticket; `rows` are the
    field dicts of its schedule rows (ActivityTime), none: every day, all day."""

    class Meta:
        model = ActivityPage

    class Params:
        rows = ({},)

    title = factory.Sequence(lambda n: f"Show {n}")
    lead = factory.LazyAttribute(lambda page: f"Alles over {page.title.lower()}.")
    kind = Kind.SHOW
    age_from = 6
    age_to = 12
    duration_minutes = 25
    times = factory.LazyAttribute(
        lambda page: [ActivityTime(sort_order=i, **row) for i, row in enumerate(page.rows)]
    )


class SchoolHolidayFactory(DjangoModelFactory):
    class Meta:
        model = SchoolHoliday

    name = SchoolHoliday.Name.SPRING
    first_day = factory.LazyFunction(timezone.localdate)
    last_day = factory.LazyAttribute(lambda holiday: holiday.first_day + timedelta(days=8))


class CancellationFactory(DjangoModelFactory):
    class Meta:
        model = Cancellation

    reason = Cancellation.Reason.ILLNESS


# -- A site with a programme -------------------------------------------------------------


def translated_pages(page, **fields_by_language):
    """`in_every_language`, each page read back: a translation given a slug of its own has
    its new address (url_path) only in the database."""
    pages = in_every_language(page, **fields_by_language)
    for translation in pages.values():
        translation.refresh_from_db()
    return pages


def visitors_pages(home):
    """The visitors' landing page under `home` (the Dutch home), in every language."""
    return translated_pages(
        AudiencePageFactory(parent=home),
        fr={"title": "Visiteurs", "slug": "visiteurs", "lead": "Une journée d'expériences."},
        en={"title": "Visitors", "slug": "visitors", "lead": "A day of experiments."},
    )


def whats_on_pages(visitors):
    """The What's on page under the Dutch visitors' page, in every language: {code: page}."""
    return translated_pages(
        WhatsOnPageFactory(parent=visitors),
        fr={"title": "Au programme", "slug": "au-programme", "lead": "Ce qu'il y a à faire."},
        en={"title": "What's on", "slug": "whats-on", "lead": "What there is to do."},
    )


def programme_site(site):
    """The building's hours and the What's on page in every language, under the visitors'
    page of `site` (the `site` fixture): {"visitors": {code: page}, "whats_on": {...}}."""
    building_hours()
    visitors = visitors_pages(site["nl"])
    return {"visitors": visitors, "whats_on": whats_on_pages(visitors["nl"])}


def zone_pages(visitors, **fields):
    """A zone under a zones index of the Dutch visitors' page, in every language."""
    index = translated_pages(
        ZoneIndexPageFactory(parent=visitors),
        fr={"title": "Zones", "slug": "zones"},
        en={"title": "Zones", "slug": "zones"},
    )
    zone = ZonePageFactory(parent=index["nl"], title="Krachtenveld", slug="krachtenveld", **fields)
    return translated_pages(
        zone,
        fr={"title": "Champ de forces", "slug": "champ-de-forces"},
        en={"title": "Force field", "slug": "force-field"},
    )
