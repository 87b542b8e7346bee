"""The opening status in words, in the active language, and its effect on caching."""

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from . import hours
from .schedule import schedules


@dataclass(frozen=True)
class StatusText:
    is_open: bool
    published: bool
    now: str  # "Open today until 17:00", "Closed today (annual maintenance)"
    next: str  # "opens again Saturday 18 September at 09:30", or ""
    url: str  # the opening hours page in this language, or ""

    def __str__(self):
        return " · ".join(part for part in (self.now, self.next) if part)


def clock(moment):
    return date_format(moment.astimezone(hours.TZ), "H:i")


def day_name(moment, today):
    """ "Saturday 18 September", with the year when it is not this year's."""
    local = moment.astimezone(hours.TZ)
    return date_format(local, "l j F" if local.year == today.year else "l j F Y")


def describe(status):
    """What the header says about `status`."""
    if not status.published:
        return _("Opening hours not published yet"), ""
    if status.is_open:
        return _("Open today until %(time)s") % {"time": clock(status.closes_at)}, ""
    exception = status.today.exception
    if exception and exception.closed and exception.reason:
        now = _("Closed today (%(reason)s)") % {"reason": exception.reason}
    elif status.today.is_open:
        now = _("Closed now")
    else:
        now = _("Closed today")
    opening = status.next_opening
    if opening is None:
        return now, ""
    today = hours.local_day(status.moment)
    if hours.local_day(opening) == today:
        return now, _("opens again today at %(time)s") % {"time": clock(opening)}
    return now, _("opens again %(day)s at %(time)s") % {
        "day": day_name(opening, today),
        "time": clock(opening),
    }


def bound_content_lifetime(request, moment: datetime):
    """Record that what this response shows changes at `moment`: the page cache keeps it no
    longer than the earliest such moment."""
    current = getattr(request, "content_expires_at", None)
    request.content_expires_at = moment if current is None else min(current, moment)


def header_status(request, moment=None):
    """The main venue's status now (or at `moment`: the admin's status preview) in the active
    language, or None without venues."""
    found = schedules(get_language())
    venue = found.main
    if venue is None:
        return None
    status = hours.status(venue.rules, venue.exceptions, moment or timezone.now())
    bound_content_lifetime(request, status.changes_at)
    now, following = describe(status)
    return StatusText(status.is_open, status.published, now, following, found.page_url)
