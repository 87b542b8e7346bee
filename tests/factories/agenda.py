"""Factories for what's on (visits/agenda/): the What's on page below the visitors' landing
page, activities with their schedule rows, cancellations and school holidays; the programme
is computed from the building's opening hours (BuildingFactory, opening_hours.py).

Activities, like every page here, take their language from their parent. The texts are
invented: a programme of a small science centre, not the demo's.
"""

from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from tests.factories import SitePageFactory, translated_page, translated_pages
from tests.factories.offers import AudiencePageFactory, ZoneIndexPageFactory, ZonePageFactory
from tests.factories.opening_hours import BuildingFactory
from visits.agenda.models import (
    ActivityPage,
    ActivityTime,
    Cancellation,
    Kind,
    SchoolHoliday,
    WhatsOnPage,
)

# -- Pages -------------------------------------------------------------------------------


class WhatsOnPageFactory(SitePageFactory):
    class Meta:
        model = WhatsOnPage

    title = "Programma"
    slug = "programma"
    lead = "Wat er vandaag en de komende dagen te doen is."


class ActivityPageFactory(SitePageFactory):
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


def visitors_pages(home):
    """The visitors' landing page under `home` (the Dutch home), in every language."""
    page = AudiencePageFactory(
        parent=home,
        lead="Een dag experimenteren met het gezin of met vrienden.",
        show_in_menus=False,
    )
    return translated_pages(
        page,
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
    BuildingFactory()  # open every day
    visitors = visitors_pages(site["nl"])
    return {"visitors": visitors, "whats_on": whats_on_pages(visitors["nl"])}


def zone_pages(visitors, **fields):
    """A zone under a zones index of the Dutch visitors' page, in every language."""
    index = translated_page(
        ZoneIndexPageFactory,
        visitors,
        {code: {"title": "Zones", "slug": "zones"} for code in ("nl", "fr", "en")},
        lead="Alle zones, van jong naar oud.",
        show_in_menus=False,
    )
    return translated_page(
        ZonePageFactory,
        index,
        {
            "nl": {"title": "Krachtenveld", "slug": "krachtenveld"},
            "fr": {"title": "Champ de forces", "slug": "champ-de-forces"},
            "en": {"title": "Force field", "slug": "force-field"},
        },
        **{"age_from": 8, "age_to": None, "location": "gelijkvloers, rechts", "highlights": ""}
        | fields,
    )
