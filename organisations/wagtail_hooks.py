"""Admin: people and their roles as snippets, filterable by organisation, searchable by name;
the organisation facts to check on the admin home."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .dashboard import OrganisationFactsPanel
from .models import OrganisationPage, Person


class OrganisationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        # each language has its own organisation page; the code tells them apart
        return f"{obj.title} ({obj.locale.language_code})"


class OrganisationFilter(django_filters.ModelChoiceFilter):
    field_class = OrganisationChoiceField


class PersonFilterSet(WagtailFilterSet):
    organisation = OrganisationFilter(
        field_name="roles__organisation",
        label=_("Organisation"),
        queryset=OrganisationPage.objects.select_related("locale").order_by("path"),
        distinct=True,
    )

    class Meta:
        model = Person
        fields = []


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "title"]
    search_fields = ["name"]
    search_backend_name = None
    filterset_class = PersonFilterSet


register_snippet(PersonViewSet)


@hooks.register("construct_homepage_panels")
def add_stale_facts_panel(request, panels):
    panels.append(OrganisationFactsPanel(request))
