"""Pure wording of time-bound facts: year ranges and counted numbers, in the active language.

No database access here: models pass their field values in, tests call these directly.
"""

from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _


class Qualifier(models.TextChoices):
    """How exact a counted number is, as the source states it."""

    EXACT = "exact", _("exactly")
    ALMOST = "almost", _("almost")
    ABOUT = "about", _("about")
    MORE_THAN = "more_than", _("more than")


def year_range(start: int | None, end: int | None) -> str:
    """'2003–2011', 'since 2011', 'until 2013', '2014' or '' for a role or membership."""
    if start and end:
        return str(start) if start == end else f"{start}–{end}"
    if start:
        return gettext("since %(year)s") % {"year": start}
    if end:
        return gettext("until %(year)s") % {"year": end}
    return ""


def titled_period(title: str, start: int | None, end: int | None) -> str:
    """'Board of Directors (2003–2011)'; the bare title when no year is known."""
    period = year_range(start, end)
    return f"{title} ({period})" if period else title


def qualified_number(count: int, qualifier: str = Qualifier.EXACT) -> str:
    """'almost 600', 'more than 40', '2,000' (grouped the way the active language groups)."""
    number = number_format(count, force_grouping=True)
    phrases = {
        Qualifier.ALMOST: gettext("almost %(number)s"),
        Qualifier.ABOUT: gettext("about %(number)s"),
        Qualifier.MORE_THAN: gettext("more than %(number)s"),
    }
    phrase = phrases.get(qualifier)
    return phrase % {"number": number} if phrase else number


def member_count(count: int, qualifier: str = Qualifier.EXACT) -> str:
    """'almost 600 members'."""
    return ngettext("%(number)s member", "%(number)s members", count) % {
        "number": qualified_number(count, qualifier)
    }


def country_count(count: int, qualifier: str = Qualifier.EXACT) -> str:
    """'more than 40 countries'."""
    return ngettext("%(number)s country", "%(number)s countries", count) % {
        "number": qualified_number(count, qualifier)
    }


def chronological(start: int | None, end: int | None) -> tuple:
    """Sort key for periods: by the first known year; open-ended periods after closed ones."""
    return (start or end or 0, end or 9999)
