"""The requests visitors sent, in the admin: listed to follow up, exported as staff read them."""

import csv
import re
from datetime import datetime

from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.mixins import Echo
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from .models import ClassVisitRequest, EventEnquiry

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
