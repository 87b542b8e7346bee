"""Factories for the opening hours: venues, their weekly rules and exceptions, and the pages
that show them (the visitors' landing page and the opening-hours page below it).

`museum_hours(year)` builds hours shaped like the real ones (visits/demo.py reads the same way):
the building open every day, longer in the spring holidays, a maintenance closure in
September and New Year's Day closed; an outdoor expo, part of the building, with days of its
own and every day in the summer holidays. Its texts are invented, so tests do not depend on the
demo's prose.
"""

import json
import uuid
from dataclasses import dataclass
from datetime import date, time, timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from visits.models import Audience, AudiencePage
from visits.opening_hours.models import (
    OpeningException,
    OpeningHoursPage,
    Venue,
    WeeklyRule,
)

from . import ContentPageFactory, SitePageFactory, in_every_language

EVERY_DAY = tuple(range(7))


def stream(*blocks):
    """StreamField content from (type, value) pairs, as the JSON Wagtail stores."""
    return json.dumps(
        [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in blocks]
    )


# -- Venues and their hours --------------------------------------------------------------------


class VenueFactory(DjangoModelFactory):
    class Meta:
        model = Venue

    key = factory.Sequence(lambda n: f"zone-{n}")
    name_nl = factory.Sequence(lambda n: f"Zone {n}")
    name_fr = factory.LazyAttribute(lambda venue: venue.name_nl)
    name_en = factory.LazyAttribute(lambda venue: venue.name_nl)


class BuildingFactory(VenueFactory):
    """The main building: the venue the page header speaks of."""

    key = "building"
    name_nl = "Technopolis"


class WeeklyRuleFactory(DjangoModelFactory):
    """Open on `days` (0 = Monday; every day unless told) from `opens` to `closes`."""

    class Meta:
        model = WeeklyRule

    class Params:
        days = EVERY_DAY

    venue = factory.SubFactory(VenueFactory)
    monday = factory.LazyAttribute(lambda rule: 0 in rule.days)
    tuesday = factory.LazyAttribute(lambda rule: 1 in rule.days)
    wednesday = factory.LazyAttribute(lambda rule: 2 in rule.days)
    thursday = factory.LazyAttribute(lambda rule: 3 in rule.days)
    friday = factory.LazyAttribute(lambda rule: 4 in rule.days)
    saturday = factory.LazyAttribute(lambda rule: 5 in rule.days)
    sunday = factory.LazyAttribute(lambda rule: 6 in rule.days)
    opens = time(9, 30)
    closes = time(17)
    valid_from = None
    valid_until = None


class OpeningExceptionFactory(DjangoModelFactory):
    """A closure of one day (today unless told); special hours with `kind`, `opens`, `closes`."""

    class Meta:
        model = OpeningException

    venue = factory.SubFactory(VenueFactory)
    start_date = factory.LazyFunction(timezone.localdate)
    end_date = None
    kind = OpeningException.Kind.CLOSED
    reason_nl = "technische storing"
    reason_fr = "panne technique"
    reason_en = "technical fault"


def nth_monday(year, month, n=1):
    first = date(year, month, 1)
    return first + timedelta(days=-first.weekday() % 7, weeks=n - 1)


@dataclass
class MuseumHours:
    building: Venue
    expo: Venue
    spring: tuple  # (first day, last day) of the spring holidays: open until 18:00
    summer: tuple  # the summer holidays: the expo opens every day
    maintenance: OpeningException  # a closure from a Monday to the Friday a week later
    new_year: OpeningException  # New Year's Day of the next year


MAINTENANCE = {"nl": "onderhoud", "fr": "entretien", "en": "maintenance"}
NEW_YEAR = {"nl": "Nieuwjaar", "fr": "Nouvel An", "en": "New Year's Day"}


def museum_hours(year, maintenance=MAINTENANCE):
    """The building and the outdoor expo with their hours in `year`: see the module's text.
    `maintenance` gives the September closure's reason per language."""
    building = BuildingFactory()
    expo = VenueFactory(
        key="outdoor-expo",
        name_nl="Buitenexpo",
        name_fr="Expo en plein air",
        name_en="Outdoor expo",
        part_of=building,
    )
    spring_monday = nth_monday(year, 4)
    spring = (spring_monday - timedelta(days=2), spring_monday + timedelta(days=14))
    summer = (date(year, 7, 1), date(year, 8, 31))
    WeeklyRuleFactory(venue=building)
    WeeklyRuleFactory(venue=building, closes=time(18), valid_from=spring[0], valid_until=spring[1])
    WeeklyRuleFactory(venue=expo, days=(2,), opens=time(12, 30))
    WeeklyRuleFactory(venue=expo, days=(5, 6))
    WeeklyRuleFactory(venue=expo, valid_from=summer[0], valid_until=summer[1])
    first = nth_monday(year, 9)
    closure = OpeningExceptionFactory(
        venue=building,
        start_date=first,
        end_date=first + timedelta(days=11),
        **{f"reason_{code}": text for code, text in maintenance.items()},
    )
    new_year = OpeningExceptionFactory(
        venue=building,
        start_date=date(year + 1, 1, 1),
        **{f"reason_{code}": text for code, text in NEW_YEAR.items()},
    )
    return MuseumHours(building, expo, spring, summer, closure, new_year)


# -- Pages -------------------------------------------------------------------------------------


class AudiencePageFactory(SitePageFactory):
    """An audience's landing page; give it `parent` (a home page)."""

    class Meta:
        model = AudiencePage

    title = "Bezoekers"
    audience = Audience.VISITOR
    lead = "Een dag experimenteren met het hele gezin."
    show_in_menus = True


def faq(title, *pairs):
    return (
        "faq",
        {
            "title": title,
            "questions": [{"question": q, "answer": f"<p>{a}</p>"} for q, a in pairs],
        },
    )


class OpeningHoursPageFactory(SitePageFactory):
    """The opening-hours page; give it `parent` (an audience page)."""

    class Meta:
        model = OpeningHoursPage

    title = "Openingsuren"
    lead = "Wanneer je ons kan bezoeken."
    show_in_menus = True
    body = factory.LazyFunction(
        lambda: stream(
            faq(
                "Vaak gevraagd",
                ("Hoe lang blijf je?", "Reken op een halve dag."),
                ("Wanneer is het rustig?", "Op weekdagen in de namiddag."),
            )
        )
    )


AUDIENCES = {
    Audience.VISITOR: {
        "nl": {"title": "Bezoekers", "slug": "bezoekers"},
        "fr": {"title": "Visiteurs", "slug": "visiteurs"},
        "en": {"title": "Visitors", "slug": "visitors"},
    },
    Audience.TEACHER: {
        "nl": {"title": "Scholen", "slug": "scholen"},
        "fr": {"title": "Écoles", "slug": "ecoles"},
        "en": {"title": "Schools", "slug": "schools"},
    },
    Audience.EVENTS: {
        "nl": {"title": "Zaal huren", "slug": "zaal-huren"},
        "fr": {"title": "Louer une salle", "slug": "louer-une-salle"},
        "en": {"title": "Hire a room", "slug": "hire-a-room"},
    },
}


def fresh(pages):
    """{code: page} with each page read again: a translation published by `translate` keeps
    its old `url_path` in memory when its slug changed."""
    for page in pages.values():
        page.refresh_from_db()
    return pages


def audience_pages(site, audience=Audience.VISITOR, **fields):
    """The landing page of `audience` below the home page, in every language: {code: page}."""
    texts = AUDIENCES[audience]
    page = AudiencePageFactory(parent=site["nl"], audience=audience, **texts["nl"], **fields)
    return fresh(in_every_language(page, fr=texts["fr"], en=texts["en"]))


def opening_hours_pages(visitors):
    """The opening-hours page below the visitors' page `visitors` ({code: page}), in every
    language: {code: page}."""
    page = OpeningHoursPageFactory(parent=visitors["nl"], slug="openingsuren")
    translations = in_every_language(
        page,
        fr={
            "title": "Horaires",
            "slug": "horaires",
            "body": stream(faq("Questions", ("Combien de temps ?", "Une demi-journée."))),
        },
        en={
            "title": "Opening hours",
            "slug": "opening-hours",
            "body": stream(faq("Questions", ("How long?", "Half a day."))),
        },
    )
    return fresh(translations)


def content_pages(parent, texts):
    """A content page below `parent` ({code: page}) in every language; `texts` maps each
    language to its fields (title, slug, ...): {code: page}."""
    page = ContentPageFactory(parent=parent["nl"], **texts["nl"])
    return fresh(in_every_language(page, **{code: texts[code] for code in texts if code != "nl"}))
