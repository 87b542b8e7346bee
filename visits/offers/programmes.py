"""The school programme list: the filter teachers choose with, and what the list page shows
under it (school-day hours and STEM days from the opening hours)."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from technopolis.page_context import adds_context

from .models import Level, ProgrammeIndexPage, SchoolProgrammePage, Theme
from .school_days import school_day_context


class ProgrammeFilterForm(forms.Form):
    """The filter above the programme list: GET, so the address holds the choice."""

    level = forms.ChoiceField(
        label=_("Level"), choices=[("", _("All levels")), *Level.choices], required=False
    )
    grade = forms.TypedChoiceField(
        label=_("Grade"),
        choices=[("", _("All grades"))] + [(n, str(n)) for n in range(1, 7)],
        coerce=int,
        empty_value=None,
        required=False,
    )
    theme = forms.ChoiceField(
        label=_("Theme"), choices=[("", _("All themes")), *Theme.choices], required=False
    )


def programme_filter(level="", grade=None, theme=""):
    """The query for programmes matching the chosen level, grade and theme (each optional)."""
    query = Q()
    if level:
        query &= Q(level=level)
    if grade:
        query &= Q(grade_from__lte=grade, grade_to__gte=grade)
    if theme:
        query &= Q(theme=theme)
    return query


@adds_context(ProgrammeIndexPage)
def programme_list(request, page):
    form = ProgrammeFilterForm(request.GET or None)
    chosen = form.cleaned_data if form.is_valid() else {}
    return {
        "filter_form": form,
        "filtered": any(chosen.values()),
        "programmes": SchoolProgrammePage.objects.live()
        .child_of(page)
        .filter(programme_filter(**chosen))
        .order_by("level", "grade_from", "title"),
        **school_day_context(),
    }
