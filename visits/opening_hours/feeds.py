"""The opening hours for machines: JSON for apps, an iCalendar feed of the exceptions."""

from datetime import timedelta

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from technopolis import sites

from . import hours, ical
from .schedule import schedules
from .status import bound_content_lifetime, describe

DAYS_AHEAD = 14
# Clients may keep the answer this long at most, even when nothing changes for days.
MAX_AGE = 3600
# The feed keeps past exceptions this long, so a calendar shows a recent closure too.
FEED_HISTORY = timedelta(days=90)


def _language(request):
    code = request.GET.get("lang", "")
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def _venue(found, request):
    key = request.GET.get("venue")
    venue = found.venue(key) if key else found.main
    if venue is None:
        raise Http404("No such venue")
    return venue


def _iso(moment):
    return moment.astimezone(hours.TZ).isoformat() if moment else None


def _day(day, request):
    exception = day.exception
    return {
        "date": day.day.isoformat(),
        "published": day.published,
        "open": day.is_open,
        "periods": [
            {"opens": f"{p.opens:%H:%M}", "closes": f"{p.closes:%H:%M}"} for p in day.periods
        ],
        "exception": {
            "closed": exception.closed,
            "reason": exception.reason,
            "notice_url": sites.absolute(request, exception.notice_url)
            if exception.notice_url
            else None,
        }
        if exception
        else None,
    }


def _expires(response, request, moment, changes_at):
    """Cacheable until the status changes, and never longer than MAX_AGE."""
    bound_content_lifetime(request, changes_at)
    seconds = int((changes_at - moment).total_seconds())
    patch_cache_control(response, public=True, max_age=max(0, min(seconds, MAX_AGE)))
    return response


def opening_hours_json(request):
    """The status now and the next 14 days of one venue (`?venue=key`, default the building),
    texts in `?lang=` (nl, fr or en)."""
    language = _language(request)
    with translation.override(language):
        found = schedules(language)
        venue = _venue(found, request)
        moment = timezone.now()
        status = hours.status(venue.rules, venue.exceptions, moment)
        now_text, next_text = describe(status)
        today = hours.local_day(moment)
        data = {
            "venue": {"key": venue.key, "name": venue.name},
            "time_zone": str(hours.TZ),
            "generated_at": _iso(moment),
            "status": {
                "published": status.published,
                "open": status.is_open,
                "closes_at": _iso(status.closes_at),
                "next_opening": _iso(status.next_opening),
                "changes_at": _iso(status.changes_at),
                "text": now_text,
                "next": next_text,
            },
            "days": [
                _day(day, request)
                for day in hours.days(venue.rules, venue.exceptions, today, DAYS_AHEAD)
            ],
            "page": sites.absolute(request, found.page_url) if found.page_url else None,
        }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return _expires(response, request, moment, status.changes_at)


def _events(venue, request, since):
    for exception in venue.exceptions:
        if exception.end < since:
            continue
        url = sites.absolute(request, exception.notice_url) if exception.notice_url else ""
        uid = f"{venue.key}-{exception.start:%Y%m%d}-{exception.end:%Y%m%d}"
        if exception.closed:
            summary = _("%(venue)s closed") % {"venue": venue.name}
            if exception.reason:
                summary = f"{summary}: {exception.reason}"
            yield ical.Event(
                f"{uid}-closed@technopolis.be",
                exception.start,
                exception.end + timedelta(days=1),
                summary,
                url,
            )
            continue
        day = exception.start
        while day <= exception.end:
            for index, (opens, closes) in enumerate(
                hours.DayHours(day, exception.periods).intervals()
            ):
                summary = _("%(venue)s open") % {"venue": venue.name}
                if exception.reason:
                    summary = f"{summary}: {exception.reason}"
                yield ical.Event(
                    f"{uid}-{day:%Y%m%d}-{index}@technopolis.be", opens, closes, summary, url
                )
            day += timedelta(days=1)


def opening_hours_ics(request):
    """Closures and special hours of one venue as an iCalendar feed to subscribe to."""
    language = _language(request)
    with translation.override(language):
        found = schedules(language)
        venue = _venue(found, request)
        moment = timezone.now()
        since = hours.local_day(moment) - FEED_HISTORY
        name = _("%(venue)s: closures and special hours") % {"venue": venue.name}
        body = ical.calendar(name, list(_events(venue, request, since)), moment)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="technopolis-{venue.key}.ics"'
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response
