"""Factories for the opening hours: venues, their weekly rules and exceptions (the STEM days
school visits avoid among them), and the opening-hours page that shows them (the audiences'
landing pages are in offers.py).

`museum_hours(year)` builds hours shaped like the real ones (visits/demo.py reads the same way):
the building open every day, longer in the spring holidays, a maintenance closure in
September and New Year's Day closed; an outdoor expo, part of the building, with days of its
own and every day in the summer holidays. Its texts are invented, so tests do not depend on the
demo's prose.
"""

from dataclasses import dataclass
from datetime import date, time, timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from visits.models import Audience
from visits.opening_hours.models import (
    OpeningException,
    OpeningHoursPage,
    Venue,
    WeeklyRule,
)

from . import SitePageFactory, stream, translated_pages
from .offers import AudiencePageFactory

EVERY_DAY = tuple(range(7))


# -- Venues and their hours --------------------------------------------------------------------


def open_every_day(venue, create, wanted, rule):
    """A venue's hours where it has none yet: open every day from 9:30 to 17:00 unless `rule`
    (WeeklyRuleFactory's fields) says otherwise."""
    if create and wanted and not venue.rules.exists():
        WeeklyRuleFactory(venue=venue, **rule)


class VenueFactory(DjangoModelFactory):
    """A venue, found again by its `key`; `hours=True` opens it every day (`hours__closes=...`)."""

    class Meta:
        model = Venue
        django_get_or_create = ("key",)
        skip_postgeneration_save = True

    key = factory.Sequence(lambda n: f"zone-{n}")
    name_nl = factory.Sequence(lambda n: f"Zone {n}")
    name_fr = factory.LazyAttribute(lambda venue: venue.name_nl)
    name_en = factory.LazyAttribute(lambda venue: venue.name_nl)

    @factory.post_generation
    def hours(venue, create, extracted, **kwargs):
        open_every_day(venue, create, extracted, kwargs)


class BuildingFactory(VenueFactory):
    """The main building, the venue the page header speaks of: open every day from 9:30 to
    17:00 where it has no hours yet, unless `hours=False`."""

    key = "building"
    name_nl = "Technopolis"

    @factory.post_generation
    def hours(venue, create, extracted, **kwargs):
        open_every_day(venue, create, extracted is not False, kwargs)


class WeeklyRuleFactory(DjangoModelFactory):
    """Open on `days` (0 = Monday; every day unless told) from `opens` to `closes`; the
    building's unless `venue` says."""

    class Meta:
        model = WeeklyRule

    class Params:
        days = EVERY_DAY

    venue = factory.SubFactory(BuildingFactory, hours=False)
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
    """A closure of one day, 20 days from today unless told, of the building (open every day
    where it has no hours yet) unless `venue` says; special hours with `kind`, `opens` and
    `closes`."""

    class Meta:
        model = OpeningException

    venue = factory.SubFactory(BuildingFactory)
    start_date = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=20))
    end_date = None
    kind = OpeningException.Kind.CLOSED
    reason_nl = "jaarlijkse schoonmaak"
    reason_fr = "grand nettoyage annuel"
    reason_en = "annual clean-up"


def stem_monday(year):
    """The first day of the invented STEM days of `year`: the second Monday of October."""
    return nth_monday(year, 10, 2)


STEM_REASONS = {
    "reason_nl": "STEM-dagen voor leerkrachten",
    "reason_fr": "journées STEM pour les enseignants",
    "reason_en": "STEM days for teachers",
}


def building_with_stem_days():
    """The main building, open every day from 9:30 to 17:00 all year, closed for the
    teachers' STEM days (Monday to Wednesday) of next year (school days are read from it)."""
    venue = BuildingFactory()
    start = stem_monday(timezone.localdate().year + 1)
    OpeningExceptionFactory(
        venue=venue,
        start_date=start,
        end_date=start + timedelta(days=2),
        stem_day=True,
        **STEM_REASONS,
    )
    return venue


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
    building = BuildingFactory()  # open every day
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


def faq(title, *pairs):
    return (
        "faq",
        {
            "title": title,
            "questions": [{"question": q, "answer": f"<p>{a}</p>"} for q, a in pairs],
        },
    )


class OpeningHoursPageFactory(SitePageFactory):
    """The opening-hours page, below a new visitors' page unless `parent` says."""

    class Meta:
        model = OpeningHoursPage

    parent = factory.SubFactory(AudiencePageFactory, title="Bezoekers", audience=Audience.VISITOR)
    title = "Openingsuren"
    lead = "Wanneer je bij ons terechtkunt."


def opening_hours_pages(visitors):
    """The opening-hours page below the visitors' page `visitors` ({code: page}), in the menu
    with a FAQ, in every language: {code: page}."""
    page = OpeningHoursPageFactory(
        parent=visitors["nl"],
        lead="Wanneer je ons kan bezoeken.",
        show_in_menus=True,
        body=stream(
            faq(
                "Vaak gevraagd",
                ("Hoe lang blijf je?", "Reken op een halve dag."),
                ("Wanneer is het rustig?", "Op weekdagen in de namiddag."),
            )
        ),
    )
    return translated_pages(
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
