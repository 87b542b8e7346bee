"""Admin: venues with their weekly hours, closures and special hours, edited on one screen."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Venue


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "time"
    menu_label = _("Opening hours")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name_nl", "key", "part_of"]


register_snippet(VenueViewSet)
