"""Admin: venues with their weekly hours, closures and special hours, edited on one screen;
a preview of the header status at a chosen moment; today's hours on the admin home; the
requests visitors sent, to follow up and export."""

import csv
import re
from datetime import datetime

from django.core.exceptions import FieldDoesNotExist
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_required
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.mixins import Echo
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from technopolis.snippet_views import LiveSnippetViewSet

from .admin_views import OpeningHoursPanel, status_preview
from .models import (
    ClassVisitRequest,
    EventEnquiry,
    EventPackage,
    EventSpace,
    TicketPrice,
    Venue,
)


class VenueViewSet(LiveSnippetViewSet):
    model = Venue
    icon = "time"
    menu_label = _("Opening hours")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name_nl", "key", "part_of"]


register_snippet(VenueViewSet)


# A cell a spreadsheet would run as a formula, even after leading spaces (OWASP, CSV injection).
FORMULA = re.compile(r"\s*[=+\-@\t\r]")


def neutralised(value):
    """`value` as plain text in a spreadsheet: a leading quote stops a formula."""
    if isinstance(value, str) and FORMULA.match(value):
        return "'" + value
    return value


def _local_minute(value):
    """A moment as staff read it: Brussels time, to the minute, without a time zone."""
    return timezone.localtime(value).replace(second=0, microsecond=0, tzinfo=None)


class RequestIndexView(IndexView):
    """The listing of requests, whose CSV and XLSX exports hold what visitors typed.

    Exports speak the staff's language: labels for codes and yes/no, local times to the
    minute; the CSV is what Excel opens in Belgium as columns (UTF-8 with a byte-order mark,
    semicolons between cells)."""

    custom_value_preprocess = {
        **IndexView.custom_value_preprocess,
        datetime: {
            IndexView.FORMAT_XLSX: _local_minute,
            IndexView.FORMAT_CSV: lambda value: f"{_local_minute(value):%Y-%m-%d %H:%M}",
        },
    }

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        for name, value in row.items():
            try:
                field = item._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if field.choices:
                row[name] = getattr(item, f"get_{name}_display")()
            elif isinstance(value, bool):
                row[name] = _("yes") if value else _("no")
        return row

    def preprocess_field_value(self, field, value, export_format):
        return neutralised(super().preprocess_field_value(field, value, export_format))

    def stream_csv(self, queryset):
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=";")
        yield "\ufeff"
        yield writer.writerow(
            {field: self.get_heading(queryset, field) for field in self.list_export}
        )
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response


REFERENCE = Column("reference", label=_("Reference"))
HANDLED = BooleanColumn("handled", label=_("handled"))
EXAMPLE = BooleanColumn("is_example", label=_("example data"))


class SentOnly(ModelPermissionPolicy):
    """Requests come from visitors' forms: staff follow them up, nobody adds one."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


for request_model in (ClassVisitRequest, EventEnquiry):
    register_permission_policy(request_model, SentOnly(request_model))


class RequestViewSet(SnippetViewSet):
    index_view_class = RequestIndexView


class ClassVisitRequestViewSet(RequestViewSet):
    model = ClassVisitRequest
    panels = ClassVisitRequest.admin_panels()
    icon = "group"
    list_display = [
        "school",
        REFERENCE,
        "date_wanted",
        "pupils",
        "level",
        "grade",
        "created_at",
        HANDLED,
        "staff_notes",
    ]
    list_filter = ["handled", "level"]
    list_export = [
        "created_at",
        "language",
        "school",
        "contact_name",
        "email",
        "phone",
        "date_wanted",
        "alternative_dates",
        "pupils",
        "adults",
        "level",
        "grade",
        "programmes",
        "remarks",
        "handled",
        "staff_notes",
    ]
    export_filename = "class-visit-requests"
    search_fields = ["school", "contact_name", "email"]


class EventEnquiryViewSet(RequestViewSet):
    model = EventEnquiry
    panels = EventEnquiry.admin_panels()
    icon = "date"
    list_display = ["company", REFERENCE, "date", "guests", "layout", "created_at", HANDLED]
    list_filter = ["handled", "layout"]
    list_export = [
        "created_at",
        "language",
        "company",
        "contact_name",
        "email",
        "phone",
        "date",
        "guests",
        "spaces",
        "layout",
        "catering",
        "remarks",
        "handled",
        "staff_notes",
    ]
    export_filename = "event-enquiries"
    search_fields = ["company", "contact_name", "email"]


class RequestsGroup(SnippetViewSetGroup):
    """What visitors sent, to follow up: tick "handled" when done."""

    items = (ClassVisitRequestViewSet, EventEnquiryViewSet)
    menu_label = _("Requests")
    menu_icon = "mail"
    menu_order = 240


class TicketPriceViewSet(LiveSnippetViewSet):
    model = TicketPrice
    icon = "tag"
    list_display = ["category_nl", "age_from", "age_to", "price", "valid_from", EXAMPLE]
    list_filter = ["valid_from", "is_example"]


class EventSpaceViewSet(SnippetViewSet):
    model = EventSpace
    icon = "home"
    list_display = ["name_nl", "floor_area", "capacity_theatre", "capacity_reception", EXAMPLE]


class EventPackageViewSet(SnippetViewSet):
    model = EventPackage
    icon = "list-ul"
    list_display = ["name_nl", "price_per_person", "min_guests", EXAMPLE]


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
def opening_status_in_the_header():
    return {"header_status": "visits/includes/opening_status.html"}
