"""When activities take place, as pure functions of (schedule rows, school holidays, opening
hours, days). No database: `visits.agenda.programme` turns rows into these values.

An activity is scheduled by rows: each row gives the days (a date range, weekdays, in or
outside the school holidays) and the start times, or no times for an activity that runs all
day (an exhibition). An occurrence is shown only where the opening hours allow it:
- a timed occurrence starts and ends within one opening period of its venue that day;
- an all-day occurrence needs the venue to be open that day, and takes its hours;
- an activity with its own hours (an evening with its own entry) is stopped only by a closure
  of its venue, not by the day's hours.
Times are wall-clock times in Europe/Brussels; moments are aware datetimes in UTC, so a show at
11:00 is at 11:00 on either side of a daylight-saving change, and durations are real minutes.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from visits.opening_hours import hours

ANY_DAY = "any"
IN_HOLIDAYS = "holidays"
OUTSIDE_HOLIDAYS = "outside"


@dataclass(frozen=True)
class Slot:
    """One schedule row: on these days, at these times (none: all day)."""

    first_day: date | None = None
    last_day: date | None = None
    weekdays: frozenset[int] = frozenset()  # 0 = Monday; empty: every day
    times: tuple[time, ...] = ()
    holidays: str = ANY_DAY

    def covers(self, day, holidays):
        if self.first_day and day < self.first_day:
            return False
        if self.last_day and day > self.last_day:
            return False
        if self.weekdays and day.weekday() not in self.weekdays:
            return False
        if self.holidays == ANY_DAY:
            return True
        return in_holidays(day, holidays) == (self.holidays == IN_HOLIDAYS)


@dataclass(frozen=True)
class Cancellation:
    """One occurrence called off (or every occurrence of a day, with `at` None)."""

    day: date
    at: time | None
    reason: str


@dataclass(frozen=True)
class Occurrence:
    day: date
    starts: datetime | None  # None: all day, during `periods`
    ends: datetime | None
    periods: tuple[hours.Period, ...] = ()
    cancelled: str = ""  # the reason, when called off

    @property
    def all_day(self):
        return self.starts is None

    @property
    def gone_at(self):
        """When a visitor can no longer go to it: its start (a show that has begun is no
        longer listed), or the end of the day's hours for an all-day one."""
        if self.starts:
            return self.starts
        return hours.moment_on(self.day, self.periods[-1].closes) if self.periods else None

    def is_ahead(self, moment):
        """Whether a visitor can still go to it at `moment` (cancelled ones too, to say so)."""
        return self.gone_at is not None and self.gone_at > moment

    def sort_key(self):
        return (self.day, self.starts is not None, self.starts or datetime.min)


def in_holidays(day, holidays):
    """Whether `day` falls in one of the (first, last) school holidays."""
    return any(first <= day <= last for first, last in holidays)


def _fits(starts, ends, day_hours):
    return any(opens <= starts and ends <= closes for opens, closes in day_hours.intervals())


def _closed_by_closure(day_hours):
    return day_hours.exception is not None and day_hours.exception.closed


def _cancellation(cancellations, day, at):
    found = next((c for c in cancellations if c.day == day and (c.at is None or c.at == at)), None)
    return found.reason if found else ""


def on_day(slots, day_hours, holidays, duration, *, own_hours=False, cancellations=()):
    """The occurrences of one activity on the day of `day_hours`, earliest first."""
    day = day_hours.day
    covering = [slot for slot in slots if slot.covers(day, holidays)]
    if not covering:
        return []
    if own_hours:
        if _closed_by_closure(day_hours):
            return []
    elif not day_hours.is_open:
        return []
    found = []
    if any(not slot.times for slot in covering) and day_hours.is_open:
        found.append(
            Occurrence(
                day,
                None,
                None,
                day_hours.periods,
                _cancellation(cancellations, day, None),
            )
        )
    for at in sorted({at for slot in covering for at in slot.times}):
        starts = hours.moment_on(day, at)
        ends = starts + duration
        if own_hours or _fits(starts, ends, day_hours):
            found.append(Occurrence(day, starts, ends, (), _cancellation(cancellations, day, at)))
    return found


def between(slots, rules, exceptions, holidays, first, last, duration, **options):
    """The occurrences of one activity from `first` to `last` (inclusive) at a venue with
    these opening `rules` and `exceptions`."""
    found = []
    day = first
    while day <= last:
        found += on_day(
            slots, hours.day_hours(rules, exceptions, day), holidays, duration, **options
        )
        day += timedelta(days=1)
    return found


def upcoming(occurrences, moment):
    """What a visitor can still go to at `moment` (cancelled ones too, to say so)."""
    return [o for o in occurrences if o.is_ahead(moment)]


def next_change(occurrences, moment):
    """When the first of `occurrences` leaves the list of what is still to come."""
    return min((o.gone_at for o in occurrences if o.gone_at and o.gone_at > moment), default=None)


@dataclass(frozen=True)
class Skipped:
    """A scheduled time the opening hours do not allow, with the day's hours, for the admin."""

    day: date
    at: time | None
    day_hours: hours.DayHours


def skipped(slots, rules, exceptions, holidays, first, last, duration, *, own_hours=False):
    """The scheduled (day, time) pairs from `first` to `last` that are not shown, because the
    venue is closed that day or at that hour: what an editor needs to hear about."""
    found = []
    day = first
    while day <= last:
        day_hours = hours.day_hours(rules, exceptions, day)
        covering = [slot for slot in slots if slot.covers(day, holidays)]
        shown = {
            o.starts.astimezone(hours.TZ).time() if o.starts else None
            for o in on_day(covering, day_hours, holidays, duration, own_hours=own_hours)
        }
        wanted = {at for slot in covering for at in (slot.times or (None,))}
        found += [Skipped(day, at, day_hours) for at in sorted(wanted - shown, key=_time_key)]
        day += timedelta(days=1)
    return found


def _time_key(at):
    return at or time.min
