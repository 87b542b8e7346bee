"""Admin: the front desk's cancelled sessions and the school holidays, under "What's on"."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Cancellation, SchoolHoliday


class CancellationViewSet(SnippetViewSet):
    model = Cancellation
    icon = "cross"
    menu_label = _("Cancelled sessions")
    list_display = ["activity", "day", "at", "reason", "created_at"]
    list_filter = ["reason"]
    ordering = ["-day"]


class SchoolHolidayViewSet(SnippetViewSet):
    model = SchoolHoliday
    icon = "date"
    list_display = ["name", "first_day", "last_day"]


class AgendaViewSetGroup(SnippetViewSetGroup):
    items = (CancellationViewSet, SchoolHolidayViewSet)
    menu_icon = "calendar"
    menu_label = _("What's on")
    menu_order = 260


register_snippet(AgendaViewSetGroup)


# After the opening hours and tickets of `visits` (order 0): the home page's next sessions.
@hooks.register("site_slots", order=10)
def whats_on_in_the_core_templates():
    return {"home_answers": "agenda/includes/home_whats_on.html"}
