"""Admin: venues with their weekly hours, closures and special hours, edited on one screen;
a preview of the header status at a chosen moment; today's hours on the admin home."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_required
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import OpeningHoursPanel, status_preview
from .models import Venue


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "time"
    menu_label = _("Opening hours")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name_nl", "key", "part_of"]


register_snippet(VenueViewSet)


@hooks.register("register_admin_urls")
def status_preview_url():
    view = permission_required("visits.change_venue")(status_preview)
    return [path("opening-status/", view, name="visits_status_preview")]


class VenueEditorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("visits.change_venue")


@hooks.register("register_admin_menu_item")
def status_preview_menu_item():
    return VenueEditorMenuItem(
        _("Status preview"), reverse("visits_status_preview"), icon_name="view", order=251
    )


@hooks.register("construct_homepage_panels")
def add_opening_hours_panel(request, panels):
    panels.append(OpeningHoursPanel(request))
