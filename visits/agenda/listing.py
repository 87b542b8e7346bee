"""What the What's on page, an activity page, a zone page and the home page show of the
programme, and for how long a cached copy stays true.

A list of what is still to come changes when its first item starts (a show that has begun is
no longer listed) and at midnight; each list bounds the response's cache lifetime so.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from technopolis import sites
from technopolis.models import SiteSettings
from technopolis.navigation import localized_pages
from technopolis.page_context import adds_context
from technopolis.templatetags.renditions import rendition_for
from visits.opening_hours import hours
from visits.opening_hours.status import bound_content_lifetime

from . import occurrences, structured_data
from .models import ActivityPage, Kind, WhatsOnPage
from .programme import activity_from_page, entries_between, schedules_and_programme

# How far ahead the default view looks for the next day with a programme.
LOOK_AHEAD_DAYS = 14
# At most this many days of a school holiday are listed at once; a date shows any other day.
HOLIDAY_DAYS = 16
# An activity page lists the next occurrences within this span.
ACTIVITY_DAYS = 60
ACTIVITY_OCCURRENCES = 8

TODAY, WEEKEND, HOLIDAYS = "", "weekend", "holidays"
LANGUAGE_NAMES = (("nl", "Nederlands"), ("fr", "Français"), ("en", "English"))


class ProgrammeFilterForm(forms.Form):
    """The choices above the programme, sent by GET: the address holds them."""

    when = forms.ChoiceField(
        label=_("When"),
        choices=[
            (TODAY, _("Today")),
            (WEEKEND, _("This weekend")),
            (HOLIDAYS, _("School holidays")),
        ],
        required=False,
        widget=forms.RadioSelect,
    )
    day = forms.DateField(
        label=_("Or pick a date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d"],
    )
    age = forms.IntegerField(
        label=_("Age of your child"),
        min_value=0,
        max_value=120,
        required=False,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", _("All kinds")), *Kind.choices], required=False
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("Any language")), *LANGUAGE_NAMES],
        required=False,
        help_text=_("Activities without words are always listed."),
    )
    included = forms.BooleanField(label=_("Only what is included in the ticket"), required=False)

    def choices(self):
        """The valid choices; a bad value (a typo in a shared address) counts as not chosen."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value is not False and value not in ("", None)
        }


def keep(activity, choices):
    if "age" in choices and not activity.suits_age(choices["age"]):
        return False
    if "kind" in choices and activity.kind != choices["kind"]:
        return False
    if "language" in choices and not activity.given_in(choices["language"]):
        return False
    return not (choices.get("included") and not activity.included)


def weekend(today):
    """This weekend: the coming Saturday and Sunday, or only today on a Sunday."""
    if today.weekday() == 6:
        return [today]
    saturday = today + timedelta(days=5 - today.weekday())
    return [day for day in (saturday, saturday + timedelta(days=1)) if day >= today]


@dataclass
class Day:
    day: date
    hours: hours.DayHours
    timed: list
    all_day: list

    @property
    def entries(self):
        return self.all_day + self.timed


def _days(found, activities, days, moment):
    """Each day's opening hours of the building and its programme; today only what is still
    to come."""
    venue = found.main
    if venue is None or not days:
        return []
    entries = entries_between(get_language(), days[0], days[-1], activities)
    wanted = set(days)
    result = {
        day: Day(day, hours.day_hours(venue.rules, venue.exceptions, day), [], []) for day in days
    }
    for entry in entries:
        if entry.occurrence.day not in wanted or not entry.occurrence.is_ahead(moment):
            continue
        target = result[entry.occurrence.day]
        (target.all_day if entry.occurrence.all_day else target.timed).append(entry)
    return [result[day] for day in days]


def _bound(request, days, moment):
    changes = [
        e.occurrence.gone_at for d in days for e in d.entries if e.occurrence.gone_at > moment
    ]
    bound_content_lifetime(request, min([*changes, hours.next_midnight(moment)]))


@adds_context(WhatsOnPage)
def whats_on_context(request, page, moment=None):
    moment = moment or timezone.now()
    today = hours.local_day(moment)
    found, programme = schedules_and_programme(get_language())
    form = ProgrammeFilterForm(request.GET or None)
    choices = form.choices()
    activities = [a for a in programme.activities if keep(a, choices)]
    when = choices.get("when", TODAY)
    notice = ""
    holiday = None
    if "day" in choices:
        days = [choices["day"]]
        when = None
    elif when == WEEKEND:
        days = weekend(today)
    elif when == HOLIDAYS:
        holiday = programme.holiday_on_or_after(today)
        if holiday:
            first = max(holiday.first_day, today)
            last = min(holiday.last_day, first + timedelta(days=HOLIDAY_DAYS - 1))
            days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        else:
            days = []
            notice = "no-holidays"
    else:
        days = [today]
    listed = _days(found, activities, days, moment)
    if when == TODAY and not any(d.entries for d in listed):
        # Nothing (more) today: say why, and show the next day that has a programme.
        notice = "closed-today" if listed and not listed[0].hours.is_open else "over-today"
        ahead = [today + timedelta(days=i) for i in range(1, LOOK_AHEAD_DAYS + 1)]
        upcoming = [d for d in _days(found, activities, ahead, moment) if d.entries]
        listed = listed + upcoming[:1]
    _bound(request, listed, moment)
    return {
        "filter_form": form,
        "choices": choices,
        "when": when,
        "days": listed,
        "today": today,
        "notice": notice,
        "holiday": holiday,
        "filtered": any(k in choices for k in ("age", "kind", "language", "included")),
        "count": sum(len(d.entries) for d in listed),
        "status_today": listed[0].hours if listed else None,
    }


def next_occurrences(request, activities, days=ACTIVITY_DAYS, limit=ACTIVITY_OCCURRENCES):
    """The next `limit` entries of `activities` within `days`, cancelled ones included."""
    moment = timezone.now()
    today = hours.local_day(moment)
    last = today + timedelta(days=days - 1)
    entries = [
        e
        for e in entries_between(get_language(), today, last, activities)
        if e.occurrence.is_ahead(moment)
    ][:limit]
    change = occurrences.next_change([e.occurrence for e in entries], moment)
    bound_content_lifetime(request, min(filter(None, [change, hours.next_midnight(moment)])))
    return entries


def by_day(entries):
    """Entries grouped as [(day, [entries])], in order."""
    grouped = []
    for entry in entries:
        if not grouped or grouped[-1][0] != entry.occurrence.day:
            grouped.append((entry.occurrence.day, []))
        grouped[-1][1].append(entry)
    return grouped


def activity_of(page):
    _, programme = schedules_and_programme(get_language())
    key = str(page.translation_key)
    return next((a for a in programme.activities if a.key == key), None)


ACCESSIBILITY = (
    ("step_free", _("Step-free: reachable with a wheelchair or a pram")),
    ("seated", _("Seated")),
    ("quiet", _("Quiet and sensory-friendly: no loud bangs or flashes")),
    ("sign_language", _("With Flemish Sign Language")),
    ("audio_description", _("With audio description")),
)


@adds_context(ActivityPage)
def activity_context(request, page):
    # A preview shows the draft's own schedule; the live page, the cached programme's.
    if getattr(request, "is_preview", False):
        activity = activity_from_page(page)
    else:
        activity = activity_of(page)
    entries = next_occurrences(request, [activity]) if activity else []
    site_settings = SiteSettings.for_request(request)
    image_url = ""
    if page.image:
        image_url = sites.absolute(request, rendition_for(page.image, "share").url)
    events = (
        structured_data.events(
            activity,
            entries,
            url=sites.absolute(request, page.url),
            home_url=sites.absolute(request, f"/{get_language()}/"),
            site_settings=site_settings,
            ticket_url=site_settings.ticket_shop_url,
            image_url=image_url,
        )
        if activity
        else []
    )
    _, programme = schedules_and_programme(get_language())
    related = [block.value for block in page.related if block.value]
    return {
        "activity": activity,
        "occurrences": by_day(entries),
        "today": timezone.localdate(),
        "events_json_ld": events,
        "programme_url": programme.page_url,
        "accessibility": [label for field, label in ACCESSIBILITY if getattr(page, field)],
        "related": localized_pages(related, specific=True) if related else [],
    }


def zone_activities(request, zone, limit=6):
    """What takes place in `zone` next (within a fortnight)."""
    _, programme = schedules_and_programme(get_language())
    key = str(zone.translation_key)
    activities = [a for a in programme.activities if a.zone_key == key]
    return next_occurrences(request, activities, days=LOOK_AHEAD_DAYS, limit=limit)


def coming_up(request, limit=4):
    """The home page's "what's on next": today's, else the next day's first items; and the
    address of the What's on page."""
    _, programme = schedules_and_programme(get_language())
    entries = next_occurrences(request, None, days=LOOK_AHEAD_DAYS, limit=50)
    first_day = entries[0].occurrence.day if entries else None
    that_day = [e for e in entries if e.occurrence.day == first_day]
    # sessions at a time first: an all-day exhibition says less about "what's on next"
    timed = [e for e in that_day if not e.occurrence.all_day]
    return (timed or that_day)[:limit], programme.page_url
