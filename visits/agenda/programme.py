"""The programme in the database as values, cached until the content changes; and the
occurrences of a span of days, computed from them and the opening hours.

Loading costs a fixed handful of queries whatever the number of activities (pages, their
schedule rows, their zones, cancellations, school holidays); it is cached under the content
generation, which every publish and every saved cancellation or holiday replaces.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import partial

from django.utils import timezone, translation

from technopolis.cache import cached, generation, kept
from visits.offers.models import ZonePage, age_range
from visits.opening_hours import hours
from visits.opening_hours.schedule import schedules

from . import occurrences
from .models import (
    ActivityPage,
    Cancellation,
    Kind,
    Registration,
    SchoolHoliday,
    WhatsOnPage,
)

# Cancellations older than this are not loaded: nobody asks about them.
CANCELLATION_HISTORY = timedelta(days=7)


@dataclass(frozen=True)
class Holiday:
    name: str
    first_day: date
    last_day: date


@dataclass(frozen=True)
class Activity:
    key: str  # the translation key: the same activity in every language
    title: str
    url: str
    lead: str
    kind: str
    kind_label: str
    age_from: int | None
    age_to: int | None
    duration_minutes: int | None
    languages: tuple[str, ...]  # empty: no words needed
    zone_key: str
    zone_title: str
    zone_url: str
    venue_key: str  # empty: the building
    own_hours: bool
    included: bool
    price: Decimal | None
    registration: str
    registration_label: str
    places: int | None
    slots: tuple[occurrences.Slot, ...]
    cancellations: tuple[occurrences.Cancellation, ...]

    @property
    def ages(self):
        return age_range(self.age_from, self.age_to)

    @property
    def duration(self):
        return timedelta(minutes=self.duration_minutes or 0)

    def suits_age(self, age):
        return (self.age_from is None or self.age_from <= age) and (
            self.age_to is None or age <= self.age_to
        )

    def given_in(self, language):
        """Whether a visitor speaking `language` follows it (or it needs no words)."""
        return not self.languages or language in self.languages


@dataclass(frozen=True)
class Entry:
    activity: Activity
    occurrence: occurrences.Occurrence


@dataclass(frozen=True)
class Programme:
    activities: tuple[Activity, ...]
    holidays: tuple[Holiday, ...]
    page_url: str  # the What's on page in this language, or ""

    @property
    def holiday_spans(self):
        return tuple((h.first_day, h.last_day) for h in self.holidays)

    def holiday_on_or_after(self, day):
        """The school holiday `day` falls in, else the next one, or None."""
        return next((h for h in self.holidays if h.last_day >= day), None)

    def entries(self, found, first, last, activities=None):
        """What takes place from `first` to `last`, in time order, at venues `found` (the
        opening hours of `visits.opening_hours.schedule`)."""
        day_hours = {}

        def hours_of(venue, day):
            if (venue.key, day) not in day_hours:
                day_hours[venue.key, day] = hours.day_hours(venue.rules, venue.exceptions, day)
            return day_hours[venue.key, day]

        spans = self.holiday_spans
        result = []
        for activity in self.activities if activities is None else activities:
            venue = (found.venue(activity.venue_key) if activity.venue_key else None) or found.main
            if venue is None:
                continue
            day = first
            while day <= last:
                result += [
                    Entry(activity, occurrence)
                    for occurrence in occurrences.on_day(
                        activity.slots,
                        hours_of(venue, day),
                        spans,
                        activity.duration,
                        own_hours=activity.own_hours,
                        cancellations=activity.cancellations,
                    )
                ]
                day += timedelta(days=1)
        return sorted(result, key=lambda e: (*e.occurrence.sort_key(), e.activity.title))


def programme(language):
    """Every live activity in `language`, with the school holidays."""
    return cached(f"agenda:{generation()}:{language}", lambda: _load(language))


def schedules_and_programme(language):
    return schedules(language), programme(language)


def entries_between(language, first, last, activities=None):
    """`Programme.entries` in `language` from `first` to `last`: each day's entries are worked
    out once per process and content generation (which every change of hours or activities
    starts), then those of `activities` taken. Activities that are not the programme's (a
    preview's draft) are worked out afresh."""
    found, listed = schedules_and_programme(language)
    if activities is not None and not all(a in listed.activities for a in activities):
        return listed.entries(found, first, last, activities)
    keys = None if activities is None else {a.key for a in activities}
    result, day = [], first
    while day <= last:
        of_day = kept(
            f"agenda-day:{generation()}:{language}:{day}",
            partial(listed.entries, found, day, day),
        )
        result += of_day if keys is None else [e for e in of_day if e.activity.key in keys]
        day += timedelta(days=1)
    return result


def _load(language):
    with translation.override(language):
        pages = list(
            ActivityPage.objects.live()
            .filter(locale__language_code=language)
            .select_related("zone", "venue")
            .prefetch_related("times")
            .order_by("path")
        )
        zone_keys = {page.zone.translation_key for page in pages if page.zone}
        zones = {
            zone.translation_key: zone
            for zone in ZonePage.objects.live().filter(
                translation_key__in=zone_keys, locale__language_code=language
            )
        }
        since = timezone.localdate() - CANCELLATION_HISTORY
        called_off = {}
        for row in Cancellation.objects.filter(day__gte=since).select_related("activity"):
            called_off.setdefault(row.activity.translation_key, []).append(
                occurrences.Cancellation(row.day, row.at, str(row.get_reason_display()))
            )
        holidays = tuple(
            Holiday(str(row.get_name_display()), row.first_day, row.last_day)
            for row in SchoolHoliday.objects.all()
        )
        page = WhatsOnPage.objects.live().filter(locale__language_code=language).first()
        return Programme(
            tuple(_activity(page, zones, called_off) for page in pages),
            holidays,
            page.url if page else "",
        )


def activity_from_page(page):
    """The activity of `page` as it stands (a draft in preview), loaded on its own."""
    zones = {}
    if page.zone:
        zones = {
            zone.translation_key: zone
            for zone in ZonePage.objects.live().filter(
                translation_key=page.zone.translation_key, locale_id=page.locale_id
            )
        }
    rows = Cancellation.objects.filter(
        activity__translation_key=page.translation_key,
        day__gte=timezone.localdate() - CANCELLATION_HISTORY,
    )
    called_off = {
        page.translation_key: [
            occurrences.Cancellation(row.day, row.at, str(row.get_reason_display())) for row in rows
        ]
    }
    return _activity(page, zones, called_off)


def _activity(page, zones, called_off):
    zone = zones.get(page.zone.translation_key) if page.zone else None
    return Activity(
        key=str(page.translation_key),
        title=page.title,
        url=page.url,
        lead=page.lead,
        kind=page.kind,
        kind_label=str(Kind(page.kind).label),
        age_from=page.age_from,
        age_to=page.age_to,
        duration_minutes=page.duration_minutes,
        languages=tuple(page.languages),
        zone_key=str(page.zone.translation_key) if page.zone else "",
        zone_title=zone.title if zone else "",
        zone_url=zone.url if zone else "",
        venue_key=page.venue.key if page.venue else "",
        own_hours=page.own_hours,
        included=page.included,
        price=page.price,
        registration=page.registration,
        registration_label=str(Registration(page.registration).label),
        places=page.places,
        slots=tuple(page.slots()),
        cancellations=tuple(called_off.get(page.translation_key, ())),
    )
