"""What's on next, for pages of other types: the home page and the zone pages."""

from urllib.parse import urlencode

from django import template
from django.utils import timezone
from django.utils.translation import get_language

from ..listing import by_day, coming_up, zone_activities

register = template.Library()


@register.inclusion_tag("agenda/includes/coming_up.html", takes_context=True)
def whats_on_next(context, limit=4):
    """Today's next items of the programme (or the next day's), with a link to all of it."""
    request = context["request"]
    entries, page_url = coming_up(request, limit)
    return {
        "request": request,
        "entries": entries,
        "programme_url": page_url,
        "today": timezone.localdate(),
    }


@register.inclusion_tag("agenda/includes/zone_programme.html", takes_context=True)
def zone_programme(context, zone, limit=6):
    """The next activities in `zone`, by day."""
    request = context["request"]
    return {"request": request, "days": by_day(zone_activities(request, zone, limit))}


FILTERS = ("age", "kind", "language", "included")


def _query(choices, **extra):
    params = {name: choices[name] for name in FILTERS if name in choices}
    params.update({name: value for name, value in extra.items() if value})
    return urlencode({name: "on" if value is True else value for name, value in params.items()})


@register.simple_tag(takes_context=True)
def programme_url(context, when):
    """The What's on page for `when` (today, weekend, holidays) with the filters kept."""
    query = _query(context["choices"], when=when)
    return context["page"].url + (f"?{query}" if query else "")


@register.simple_tag(takes_context=True)
def subscribe_query(context):
    """The query of the calendar feed: this language and the filters chosen."""
    return _query(context["choices"], lang=get_language())
