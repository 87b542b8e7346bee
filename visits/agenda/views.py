"""The programme as iCalendar files: one activity's coming sessions, and the whole programme
(filtered as on the What's on page) to subscribe to."""

from datetime import timedelta

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from technopolis import sites
from visits.opening_hours import hours, ical

from .listing import ProgrammeFilterForm, activity_of, keep
from .models import ActivityPage
from .programme import schedules_and_programme

FEED_DAYS = 31
# The largest id a page can have (a 32-bit column); a longer number in the address is no page.
MAX_PAGE_ID = 2**31 - 1
# Calendar apps poll; an hour keeps a cancellation from lagging long.
MAX_AGE = 3600


def _events(request, entries):
    for entry in entries:
        activity, occurrence = entry.activity, entry.occurrence
        if occurrence.starts:
            start, end = occurrence.starts, occurrence.ends
        else:
            start = hours.moment_on(occurrence.day, occurrence.periods[0].opens)
            end = hours.moment_on(occurrence.day, occurrence.periods[-1].closes)
        summary = activity.title
        if occurrence.cancelled:
            summary = _("Cancelled: %(title)s (%(reason)s)") % {
                "title": activity.title,
                "reason": occurrence.cancelled,
            }
        yield ical.Event(
            f"{activity.key}-{start.astimezone(hours.TZ):%Y%m%dT%H%M}@technopolis.be",
            start,
            end,
            summary,
            sites.absolute(request, activity.url),
            description=activity.lead,
            location=activity.zone_title or "Technopolis",
            cancelled=bool(occurrence.cancelled),
        )


def _calendar(request, name, entries, filename):
    body = ical.calendar(name, list(_events(request, entries)), timezone.now(), "What's on")
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response


def _span():
    today = hours.local_day(timezone.now())
    return today, today + timedelta(days=FEED_DAYS - 1)


def activity_ics(request, page_id):
    """The coming sessions of one activity, in its page's language."""
    if page_id > MAX_PAGE_ID:
        raise Http404("No such page")
    page = get_object_or_404(ActivityPage.objects.live(), pk=page_id)
    with translation.override(page.locale.language_code):
        activity = activity_of(page)
        if activity is None:
            raise Http404("Not in the programme")
        found, programme = schedules_and_programme(page.locale.language_code)
        entries = programme.entries(found, *_span(), [activity])
        return _calendar(request, activity.title, entries, f"technopolis-{page.slug}")


def programme_ics(request):
    """The programme of the coming weeks in `?lang=`, filtered by the What's on page's
    choices (`age`, `kind`, `language`, `included`)."""
    language = request.GET.get("lang", "")
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    with translation.override(language):
        found, programme = schedules_and_programme(language)
        choices = ProgrammeFilterForm(request.GET).choices()
        activities = [a for a in programme.activities if keep(a, choices)]
        entries = programme.entries(found, *_span(), activities)
        return _calendar(request, _("Technopolis: what's on"), entries, "technopolis-whats-on")
