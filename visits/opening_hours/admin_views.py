"""Admin: the header's opening status at a chosen moment, and today's hours on the admin home.

The front desk enters a closure, then checks here what every page header will say on that day
before it happens, in each language.
"""

from datetime import datetime

from django import forms
from django.conf import settings
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput, AdminTimeInput

from technopolis.dashboard import DashboardPanel

from . import hours
from .schedule import schedules
from .status import header_status

NEXT_EXCEPTIONS = 5


class MomentForm(forms.Form):
    day = forms.DateField(label=_("Date"), widget=AdminDateInput)
    time = forms.TimeField(label=_("Time"), widget=AdminTimeInput, help_text=_("Brussels time."))


def statuses_at(request, moment):
    """What the page header says at `moment`, per language: [(language name, status)]."""
    found = []
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            found.append((name, header_status(request, moment)))
    return found


def status_preview(request):
    now = timezone.now().astimezone(hours.TZ)
    form = MomentForm(request.GET or {"day": now.date(), "time": now.strftime("%H:%M")})
    moment = None
    if form.is_valid():
        moment = datetime.combine(
            form.cleaned_data["day"], form.cleaned_data["time"], tzinfo=hours.TZ
        )
    return render(
        request,
        "visits/admin/status_preview.html",
        {
            "form": form,
            "moment": moment,
            "statuses": statuses_at(request, moment) if moment else [],
            "header_icon": "time",
        },
    )


class OpeningHoursPanel(DashboardPanel):
    """Today's status as the header shows it, and the next closures and special hours."""

    name = "visits_opening_hours"
    heading = _("Opening hours")
    template_name = "visits/admin/opening_hours_panel.html"

    def get_data(self):
        venue = schedules(get_language()).main
        if venue is None:
            return {"status": None, "exceptions": []}
        today = hours.local_day(timezone.now())
        return {
            "status": header_status(self.request),
            "exceptions": hours.upcoming_exceptions(venue.exceptions, today, NEXT_EXCEPTIONS),
            "can_edit": self.request.user.has_perm("visits.change_venue"),
        }
