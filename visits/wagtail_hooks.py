"""Admin: venues with their weekly hours, closures and special hours, edited on one screen;
a preview of the header status at a chosen moment; today's hours on the admin home; the
requests visitors sent, to follow up and export (`requests/admin_views.py`)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_required
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from technopolis.snippet_views import LiveSnippetViewSet

from .models import (
    EventPackage,
    EventSpace,
    TicketPrice,
    Venue,
)
from .opening_hours.admin_views import OpeningHoursPanel, status_preview
from .requests.admin_views import RequestsGroup


class VenueViewSet(LiveSnippetViewSet):
    model = Venue
    icon = "time"
    menu_label = _("Opening hours")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name_nl", "key", "part_of"]


register_snippet(VenueViewSet)


EXAMPLE = BooleanColumn("is_example", label=_("example data"))


class TicketPriceViewSet(LiveSnippetViewSet):
    model = TicketPrice
    icon = "tag"
    list_display = ["category", "age_from", "age_to", "price", "valid_from", EXAMPLE]
    list_filter = ["valid_from", "is_example"]


class EventSpaceViewSet(SnippetViewSet):
    model = EventSpace
    icon = "home"
    list_display = ["name", "floor_area", "capacity_theatre", "capacity_reception", EXAMPLE]


class EventPackageViewSet(SnippetViewSet):
    model = EventPackage
    icon = "list-ul"
    list_display = ["name", "price_per_person", "min_guests", EXAMPLE]


class OffersGroup(SnippetViewSetGroup):
    items = (TicketPriceViewSet, EventSpaceViewSet, EventPackageViewSet)
    menu_label = _("Prices and spaces")
    menu_icon = "tag"
    menu_order = 245


register_snippet(RequestsGroup)
register_snippet(OffersGroup)


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


@hooks.register("site_slots")
def opening_hours_and_offers_in_the_core_templates():
    return {
        "header_status": "visits/includes/opening_status.html",
        # the home page's first screen: open today?, tickets (what's on and the way follow)
        "home_answers": ["visits/includes/home_today.html", "visits/includes/home_tickets.html"],
        "home_below_answers": "visits/includes/home_zones.html",
        "home_meta": "visits/includes/museum_json_ld.html",
    }
