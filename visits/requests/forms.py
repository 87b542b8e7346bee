"""The public forms: the programme filter, the class-visit request and the event enquiry.

Every rule is checked on the server; a form with errors comes back with all typed values.
"""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..offers.models import GRADES, EventSpace, Level, SchoolProgrammePage
from ..offers.school_days import closed_for_classes, main_venue
from .models import Catering, ClassVisitRequest, EventEnquiry, Layout

MAX_PUPILS = 120
MAX_GUESTS = 2000
# Text fields (remarks) have no limit in the database: room for a long letter, not a document.
MAX_TEXT = 2000

TOO_LONG = _("Shorten this to %(limit_value)s characters at most (you typed %(show_value)s).")


class TextBox(forms.Textarea):
    """A text area whose line breaks count once, as the browser counted them for `maxlength`
    (it sends each as CR LF)."""

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        return value.replace("\r\n", "\n") if isinstance(value, str) else value


def bounded_formfield(model_field, **kwargs):
    """Every free-text field has a length limit: what is typed goes into e-mails and exports."""
    if isinstance(model_field, models.TextField):
        kwargs.setdefault("max_length", MAX_TEXT)
        kwargs.setdefault("widget", TextBox(attrs={"rows": 4}))
    return model_field.formfield(**kwargs)


class PublicFormMixin(forms.Form):
    """What every public form needs: a honeypot field people never see (hidden by CSS) but
    form-filling robots fill in, one-line fields that stay on one line, and length limits
    that say how much was typed."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if getattr(field, "max_length", None):
                field.error_messages["max_length"] = TOO_LONG

    def is_spam(self):
        return bool(self.data.get("website"))

    def clean(self):
        cleaned = super().clean()
        # one-line fields stay on one line (they go into e-mail subjects and CSV cells)
        for name, field in self.fields.items():
            value = cleaned.get(name)
            if isinstance(field.widget, forms.TextInput) and isinstance(value, str):
                cleaned[name] = " ".join(value.split())
        return cleaned


class FutureDateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")


def _future(day):
    if day and day <= timezone.localdate():
        raise forms.ValidationError(_("Choose a date after today."))
    return day


class ClassVisitForm(PublicFormMixin, forms.ModelForm):
    programme_choices = forms.ModelMultipleChoiceField(
        label=_("Programmes"),
        queryset=SchoolProgrammePage.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Optional: we advise you if you are not sure."),
    )

    class Meta:
        model = ClassVisitRequest
        fields = [
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
            "remarks",
        ]
        widgets = {"date_wanted": FutureDateInput()}
        formfield_callback = bounded_formfield
        help_texts = {
            "alternative_dates": _("Other days that suit you, e.g. 'any Tuesday in March'."),
            "adults": _("Teachers and other adults who come with the class."),
        }

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme_choices"].queryset = (
            SchoolProgrammePage.objects.live().filter(locale=locale).order_by("level", "title")
        )
        self.fields["level"].choices = [("", _("Choose a level")), *Level.choices]
        self.fields["grade"].widget.attrs.update(min=1, max=6)
        self.order_fields([*self.Meta.fields[:-1], "programme_choices", "remarks"])

    def clean_date_wanted(self):
        day = _future(self.cleaned_data.get("date_wanted"))
        venue = main_venue()
        problem = day and venue and closed_for_classes(venue.rules, venue.exceptions, day)
        if problem:
            raise forms.ValidationError(problem)
        return day

    def clean_pupils(self):
        pupils = self.cleaned_data.get("pupils")
        if pupils is not None and not 1 <= pupils <= MAX_PUPILS:
            raise forms.ValidationError(
                _("Enter between 1 and %(max)s pupils; for more, send one request per group.")
                % {"max": MAX_PUPILS}
            )
        return pupils

    def clean(self):
        cleaned = super().clean()
        level, grade = cleaned.get("level"), cleaned.get("grade")
        if level and grade is not None and not 1 <= grade <= GRADES[level]:
            self.add_error(
                "grade",
                _("%(level)s has grades 1 to %(max)s.")
                % {"level": Level(level).label, "max": GRADES[level]},
            )
        if cleaned.get("adults") == 0:
            self.add_error("adults", _("At least one adult comes with the class."))
        return cleaned

    def save(self, commit=True):
        request = super().save(commit=False)
        request.programmes = "\n".join(p.title for p in self.cleaned_data["programme_choices"])
        if commit:
            request.save()
        return request


class EventEnquiryForm(PublicFormMixin, forms.ModelForm):
    space_choices = forms.ModelMultipleChoiceField(
        label=_("Spaces"),
        queryset=EventSpace.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Optional: we suggest spaces for your number of guests."),
    )

    class Meta:
        model = EventEnquiry
        fields = [
            "company",
            "contact_name",
            "email",
            "phone",
            "date",
            "guests",
            "layout",
            "catering",
            "remarks",
        ]
        widgets = {"date": FutureDateInput()}
        formfield_callback = bounded_formfield

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["space_choices"].queryset = EventSpace.objects.filter(locale=locale)
        self.fields["layout"].choices = Layout.choices
        self.fields["catering"].choices = Catering.choices
        self.order_fields([*self.Meta.fields[:-1], "space_choices", "remarks"])

    def clean_date(self):
        return _future(self.cleaned_data.get("date"))

    def clean_guests(self):
        guests = self.cleaned_data.get("guests")
        if guests is not None and not 1 <= guests <= MAX_GUESTS:
            raise forms.ValidationError(
                _("Enter between 1 and %(max)s guests.") % {"max": MAX_GUESTS}
            )
        return guests

    def clean(self):
        cleaned = super().clean()
        layout, guests = cleaned.get("layout"), cleaned.get("guests")
        spaces = cleaned.get("space_choices") or []
        if layout and guests and spaces:
            seats = sum(getattr(space, f"capacity_{layout}") or 0 for space in spaces)
            if guests > seats:
                self.add_error(
                    "guests",
                    _(
                        "The chosen spaces hold %(seats)s guests in this layout. Choose more "
                        "spaces or another layout, or leave the spaces to us."
                    )
                    % {"seats": seats},
                )
        return cleaned

    def save(self, commit=True):
        enquiry = super().save(commit=False)
        enquiry.spaces = "\n".join(space.name for space in self.cleaned_data["space_choices"])
        if commit:
            enquiry.save()
        return enquiry
