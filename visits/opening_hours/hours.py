"""Opening hours as pure functions of (weekly rules, dated exceptions, moment).

Nothing here touches the database: `visits.schedule` turns rows into these value objects, so
the rules are tested without a database and the status of every request costs no queries.

Hours are wall-clock times in Europe/Brussels. Moments are aware datetimes, compared and
subtracted in UTC: Python compares two datetimes that share a tzinfo by their wall clocks,
which is wrong across a daylight-saving change.

How a day's hours are found:
1. Exceptions covering the day win over weekly rules. A closure wins over special hours;
   several special-hours exceptions on one day add up (a day and an evening opening).
2. Otherwise the weekly rules of the narrowest season covering the day apply (holiday hours
   beat the year-round rules); a weekday without a rule in that season is a closed day.
3. A day no rule and no exception covers is not published: never reported as open.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Europe/Brussels")
# How far ahead the next opening is looked for: beyond a year nothing is published.
HORIZON_DAYS = 366


@dataclass(frozen=True, order=True)
class Period:
    opens: time
    closes: time


@dataclass(frozen=True)
class WeeklyRule:
    """Open on these weekdays (0 = Monday) from `opens` to `closes`, within an optional season."""

    weekdays: frozenset[int]
    opens: time
    closes: time
    valid_from: date | None = None
    valid_until: date | None = None

    @property
    def period(self):
        return Period(self.opens, self.closes)

    @property
    def season(self):
        return (self.valid_from, self.valid_until)

    def in_season(self, day):
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until
        )


@dataclass(frozen=True)
class OpeningException:
    """From `start` to `end` (inclusive) closed, or open only during `periods`."""

    start: date
    end: date
    periods: tuple[Period, ...] = ()
    reason: str = ""
    notice_url: str = ""
    stem_day: bool = False  # the building closes for the teachers' STEM days

    @property
    def closed(self):
        return not self.periods

    def covers(self, day):
        return self.start <= day <= self.end


@dataclass(frozen=True)
class DayHours:
    day: date
    periods: tuple[Period, ...]
    exception: OpeningException | None = None
    published: bool = True

    @property
    def is_open(self):
        """Open at some time of the day."""
        return bool(self.periods)

    def intervals(self):
        """The periods as (opens, closes) aware datetimes in UTC."""
        return [(moment_on(self.day, p.opens), moment_on(self.day, p.closes)) for p in self.periods]


@dataclass(frozen=True)
class Status:
    """What is true at `moment`, and `changes_at`: when any of it (or the word "today") changes."""

    moment: datetime
    today: DayHours
    is_open: bool
    closes_at: datetime | None
    next_opening: datetime | None
    changes_at: datetime

    @property
    def published(self):
        return self.today.published


def moment_on(day, at):
    """The moment of wall-clock time `at` on `day` in Brussels, in UTC."""
    return datetime.combine(day, at, tzinfo=TZ).astimezone(UTC)


def local_day(moment):
    return moment.astimezone(TZ).date()


def next_midnight(moment):
    return moment_on(local_day(moment) + timedelta(days=1), time(0))


def merge(periods):
    """Sorted periods with overlapping or touching ones joined: 09:30–12:00 + 12:00–17:00."""
    merged = []
    for period in sorted(periods):
        if merged and period.opens <= merged[-1].closes:
            last = merged.pop()
            period = Period(last.opens, max(last.closes, period.closes))
        merged.append(period)
    return tuple(merged)


def _season_span(season):
    valid_from, valid_until = season
    return (valid_until or date.max) - (valid_from or date.min)


def day_hours(rules, exceptions, day):
    """The opening hours of one day."""
    covering = [e for e in exceptions if e.covers(day)]
    closure = next((e for e in covering if e.closed), None)
    if closure:
        return DayHours(day, (), closure)
    if covering:
        return DayHours(day, merge(p for e in covering for p in e.periods), covering[0])
    in_season = [rule for rule in rules if rule.in_season(day)]
    if not in_season:
        return DayHours(day, (), published=False)
    season = min({rule.season for rule in in_season}, key=_season_span)
    return DayHours(
        day,
        merge(
            rule.period
            for rule in in_season
            if rule.season == season and day.weekday() in rule.weekdays
        ),
    )


def days(rules, exceptions, start, count):
    """The hours of `count` days from `start`."""
    return [day_hours(rules, exceptions, start + timedelta(days=i)) for i in range(count)]


def next_opening(rules, exceptions, moment, horizon_days=HORIZON_DAYS):
    """The next moment after `moment` at which the venue opens, or None.

    The search stops at the first day whose hours are not published: an opening after it
    could be preceded by one nobody knows about.
    """
    moment = moment.astimezone(UTC)
    start = local_day(moment)
    for offset in range(horizon_days + 1):
        hours = day_hours(rules, exceptions, start + timedelta(days=offset))
        if not hours.published:
            return None
        for opens, _ in hours.intervals():
            if opens > moment:
                return opens
    return None


def status(rules, exceptions, moment):
    """Open or closed at `moment`, until when, and when it opens next."""
    moment = moment.astimezone(UTC)
    today = day_hours(rules, exceptions, local_day(moment))
    midnight = next_midnight(moment)
    for opens, closes in today.intervals():
        if opens <= moment < closes:
            return Status(moment, today, True, closes, None, min(closes, midnight))
    if not today.published:
        return Status(moment, today, False, None, None, midnight)
    opening = next_opening(rules, exceptions, moment)
    changes_at = min(opening, midnight) if opening else midnight
    return Status(moment, today, False, None, opening, changes_at)


def upcoming_exceptions(exceptions, day, count):
    """The next `count` exceptions that have not ended before `day`, soonest first."""
    return sorted((e for e in exceptions if e.end >= day), key=lambda e: (e.start, e.end))[:count]


def _seasons_cross(a, b):
    """Two seasons overlap without one lying within the other: which applies is ambiguous."""
    a_from, a_until = a[0] or date.min, a[1] or date.max
    b_from, b_until = b[0] or date.min, b[1] or date.max
    overlap = a_from <= b_until and b_from <= a_until
    nested = (a_from <= b_from and b_until <= a_until) or (b_from <= a_from and a_until <= b_until)
    return overlap and not nested


def rule_conflicts(rules):
    """Index pairs (i, j) of weekly rules that contradict each other.

    In one season, two rules for the same weekday whose periods overlap; across seasons,
    two seasons that partly overlap.
    """
    found = []
    for i, a in enumerate(rules):
        for j in range(i + 1, len(rules)):
            b = rules[j]
            if a.season == b.season:
                if a.weekdays & b.weekdays and a.opens < b.closes and b.opens < a.closes:
                    found.append((i, j))
            elif _seasons_cross(a.season, b.season):
                found.append((i, j))
    return found


def exception_conflicts(exceptions):
    """Index pairs (i, j) of a closure and special hours on a common day."""
    return [
        (i, j)
        for i, a in enumerate(exceptions)
        for j in range(i + 1, len(exceptions))
        if a.closed != exceptions[j].closed
        and a.start <= exceptions[j].end
        and exceptions[j].start <= a.end
    ]
