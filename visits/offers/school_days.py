"""School days and STEM days for teachers, read from the opening hours (no copy in page text).

A class can come on any weekday the building opens outside the school holidays; the STEM
days are the building's closures the front desk marks as such (the closure it enters,
"STEM-dagen voor leerkrachten", is the single source of those dates).
"""

from datetime import date

from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ..opening_hours import hours
from ..opening_hours.schedule import schedules

WEEKDAYS = range(5)


def school_day_hours(rules):
    """(opens, closes) of the year-round weekday hours, or None when weekdays differ."""
    periods = {
        rule.period
        for rule in rules
        if rule.valid_from is None and rule.valid_until is None and rule.weekdays & set(WEEKDAYS)
    }
    return next(iter(periods)) if len(periods) == 1 else None


def stem_days(exceptions, today: date, count=2):
    """The next closures for the teachers' STEM days, soonest first."""
    marked = [e for e in exceptions if e.closed and e.stem_day]
    return hours.upcoming_exceptions(marked, today, count)


def closed_for_classes(rules, exceptions, day):
    """Why a class cannot come on `day` (a weekend, or the reason the building is closed),
    or "" when it can. School holidays are not checked: no data marks them for classes."""
    if day.weekday() not in WEEKDAYS:
        return _("Class visits take place on school days, Monday to Friday.")
    today = hours.day_hours(rules, exceptions, day)
    if today.published and not today.is_open:
        reason = today.exception.reason if today.exception else ""
        return _("Technopolis is closed on that day%(reason)s. Please choose another day.") % {
            "reason": f" ({reason})" if reason else ""
        }
    return ""


def main_venue():
    return schedules(get_language() or "nl").main


def school_day_context():
    venue = main_venue()
    if venue is None:
        return {"school_day_hours": None, "stem_days": []}
    return {
        "school_day_hours": school_day_hours(venue.rules),
        "stem_days": stem_days(venue.exceptions, timezone.localdate()),
    }
