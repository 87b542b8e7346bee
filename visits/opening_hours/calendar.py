"""What the opening hours page shows: per venue today, this week, a month and what is coming.

The month grid and the navigation are pure; `opening_hours_context` puts them together with
the hours of the moment of the request.
"""

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language

from technopolis.page_context import adds_context

from . import hours
from .models import OpeningHoursPage
from .schedule import schedules
from .status import bound_content_lifetime, describe

UPCOMING = 8


def add_months(first, count):
    index = first.year * 12 + first.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def last_month(today):
    """Navigable up to December of next year: closures are published a year ahead at most."""
    return date(today.year + 1, 12, 1)


def requested_month(value, today):
    """The first day of the month asked for as "YYYY-MM", kept within the navigable months."""
    this_month = today.replace(day=1)
    try:
        year, month = (int(part) for part in (value or "").split("-"))
        first = date(year, month, 1)
    except (ValueError, OverflowError):  # not two numbers, or numbers no date can hold
        return this_month
    return min(max(first, this_month), last_month(today))


def month_weeks(first):
    """The weeks (Monday first) of the month starting at `first`; None outside the month."""
    return [
        [day if day.month == first.month else None for day in week]
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
    ]


@dataclass(frozen=True)
class MonthLink:
    label: str
    query: str


def month_link(first):
    return MonthLink(date_format(first, "F Y"), f"?month={first:%Y-%m}")


@adds_context(OpeningHoursPage)
def opening_hours_context(request, page):
    found = schedules(get_language())
    moment = timezone.now()
    today = hours.local_day(moment)
    first = requested_month(request.GET.get("month"), today)
    this_month = today.replace(day=1)
    monday = today - timedelta(days=today.weekday())
    weeks = month_weeks(first)
    venues = []
    for venue in found.venues:
        status = hours.status(venue.rules, venue.exceptions, moment)
        bound_content_lifetime(request, status.changes_at)

        def hours_of(day, venue=venue):
            return hours.day_hours(venue.rules, venue.exceptions, day) if day else None

        venues.append(
            {
                "key": venue.key,
                "name": venue.name,
                "status": " · ".join(part for part in describe(status) if part),
                "is_open": status.is_open,
                # Called by the template only when its part of the page is not kept already.
                "week": partial(hours.days, venue.rules, venue.exceptions, monday, 7),
                "month": lambda weeks=weeks, hours_of=hours_of: [
                    [hours_of(day) for day in week] for week in weeks
                ],
                "exceptions": partial(hours.upcoming_exceptions, venue.exceptions, today, UPCOMING),
            }
        )
    return {
        "venues": venues,
        "today": today,
        "month": first,
        "weekdays": [monday + timedelta(days=i) for i in range(7)],
        "previous_month": month_link(add_months(first, -1)) if first > this_month else None,
        "next_month": month_link(add_months(first, 1)) if first < last_month(today) else None,
    }
