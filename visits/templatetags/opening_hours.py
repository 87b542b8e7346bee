"""Opening hours in words for templates."""

from django import template
from django.utils.formats import date_format
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def hours_text(day):
    """A day's hours: "09:30–17:00", "09:30–12:00, 13:00–17:00" or "Closed"."""
    if day is None:
        return ""
    if not day.published:
        return _("not published")
    if not day.is_open:
        return _("closed")
    return ", ".join(f"{p.opens:%H:%M}–{p.closes:%H:%M}" for p in day.periods)


@register.filter
def period_text(exception):
    """An exception's dates in the active language: "7 September" or "7–18 September"."""
    start, end = exception.start, exception.end
    if start == end:
        return date_format(start, "l j F Y")
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{date_format(end, 'j F Y')}"
    if start.year == end.year:
        return f"{date_format(start, 'j F')} – {date_format(end, 'j F Y')}"
    return f"{date_format(start, 'j F Y')} – {date_format(end, 'j F Y')}"
