"""Admin: congresses and summits as snippets, searchable by name, filterable by kind."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Occasion


class OccasionViewSet(SnippetViewSet):
    model = Occasion
    icon = "date"
    menu_label = _("Congresses")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["__str__", "city", "country"]
    list_filter = ["kind", "year"]
    search_fields = ["name", "city"]
    search_backend_name = None


register_snippet(OccasionViewSet)
