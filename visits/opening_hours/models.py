"""Venues and their opening hours: the weekly rules, the exceptions, the opening-hours page."""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import RevisionMixin

from technopolis.blocks import body_field
from technopolis.models import SitePage, text_fields

from . import hours

WEEKDAY_FIELDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def in_language(instance, field, language=None):
    """A text kept in one field per language, falling back to Dutch, the site's default."""
    language = language or get_language() or "nl"
    return getattr(instance, f"{field}_{language}", "") or getattr(instance, f"{field}_nl")


class VenueForm(WagtailAdminModelForm):
    """Checks the rows against each other; each row checks itself in its model's `clean`."""

    def is_valid(self):
        valid = super().is_valid()
        rules_agree = self._no_conflicts("rules", hours.rule_conflicts, RULE_CONFLICT)
        exceptions_agree = self._no_conflicts(
            "exceptions", hours.exception_conflicts, EXCEPTION_CONFLICT
        )
        return valid and rules_agree and exceptions_agree

    def _no_conflicts(self, formset_name, find, message):
        forms = [
            form
            for form in self.formsets[formset_name].forms
            if form.is_valid() and form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        # after is_valid() each form's instance holds the submitted values
        conflicts = find([form.instance.as_value() for form in forms])
        for i, j in conflicts:
            forms[j].add_error(None, message)
            forms[i].add_error(None, message)
        return not conflicts


RULE_CONFLICT = _(
    "These hours contradict another row: two rows of one season give the same weekday "
    "overlapping hours, or two seasons partly overlap (put holiday hours entirely within "
    "the year-round season, or make seasons follow each other)."
)

EXCEPTION_CONFLICT = _(
    "A closure and special hours fall on the same day: the closure would win. Shorten one of them."
)


class Venue(RevisionMixin, ClusterableModel):
    """A building or zone with its own opening hours: the main building, the outdoor expo.

    The first venue that is not part of another is the one the page header speaks of. A
    closure of a venue also closes the zones that are part of it.
    """

    # Every save keeps a revision: the history shows who changed what, and when.
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="venue")

    key = models.SlugField(
        _("key"),
        unique=True,
        help_text=_("Short code in the addresses of the hours data, e.g. 'building'."),
    )
    name_nl = models.CharField(_("name (Dutch)"), max_length=80)
    name_fr = models.CharField(_("name (French)"), max_length=80, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=80, blank=True)
    part_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="zones",
        verbose_name=_("part of"),
        help_text=_("For a zone: the venue whose closures close it too. Empty for the building."),
    )

    base_form_class = VenueForm
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name_nl"),
                FieldPanel("name_fr"),
                FieldPanel("name_en"),
                FieldPanel("key"),
                FieldPanel("part_of"),
            ],
            heading=_("Venue"),
        ),
        InlinePanel(
            "rules",
            heading=_("Weekly hours"),
            label=_("weekly hours"),
            help_text=_(
                "Rows without dates hold all year; rows with dates (a season, e.g. the Easter "
                "holidays) replace them on those days. A weekday without a row in the "
                "applying season is a closed day."
            ),
        ),
        InlinePanel(
            "exceptions",
            heading=_("Closures and special hours"),
            label=_("closure or special hours"),
        ),
    ]

    class Meta:
        ordering = ["pk"]
        verbose_name = _("venue")
        verbose_name_plural = _("venues and opening hours")

    def __str__(self):
        return self.name_nl

    def name(self, language):
        return in_language(self, "name", language)

    def clean(self):
        if self.part_of_id and self.part_of_id == self.pk:
            raise ValidationError({"part_of": _("A venue cannot be part of itself.")})


class Weekdays(models.Model):
    """Seven ticks, Monday to Sunday: the weekdays a row of hours or of a schedule holds."""

    monday = models.BooleanField(_("Mon"), default=False)
    tuesday = models.BooleanField(_("Tue"), default=False)
    wednesday = models.BooleanField(_("Wed"), default=False)
    thursday = models.BooleanField(_("Thu"), default=False)
    friday = models.BooleanField(_("Fri"), default=False)
    saturday = models.BooleanField(_("Sat"), default=False)
    sunday = models.BooleanField(_("Sun"), default=False)

    class Meta:
        abstract = True

    def weekdays(self):
        return frozenset(i for i, name in enumerate(WEEKDAY_FIELDS) if getattr(self, name))

    def weekday_names(self):
        return ", ".join(
            str(self._meta.get_field(name).verbose_name)
            for name in WEEKDAY_FIELDS
            if getattr(self, name)
        )


class WeeklyRule(Weekdays):
    """Open on the ticked weekdays from `opens` to `closes`, within an optional season."""

    venue = ParentalKey(Venue, on_delete=models.CASCADE, related_name="rules")
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))
    valid_from = models.DateField(_("season from"), null=True, blank=True)
    valid_until = models.DateField(
        _("season until"), null=True, blank=True, help_text=_("Inclusive. Empty: no end.")
    )

    panels = [
        FieldRowPanel([FieldPanel(name) for name in WEEKDAY_FIELDS], heading=_("Weekdays")),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
    ]

    class Meta:
        ordering = ["valid_from", "opens", "pk"]
        verbose_name = _("weekly hours")
        verbose_name_plural = _("weekly hours")

    def __str__(self):
        return f"{self.weekday_names()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    def as_value(self):
        return hours.WeeklyRule(
            self.weekdays(), self.opens, self.closes, self.valid_from, self.valid_until
        )

    def clean(self):
        errors = {}
        if not self.weekdays():
            errors["monday"] = _("Tick at least one weekday.")
        if self.opens and self.closes and self.closes <= self.opens:
            errors["closes"] = _("Closing time must be after opening time (%(opens)s).") % {
                "opens": self.opens.strftime("%H:%M")
            }
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            errors["valid_until"] = _("The season ends before it starts.")
        if errors:
            raise ValidationError(errors)


class OpeningException(models.Model):
    """A date or date range on which a venue is closed or has special hours."""

    class Kind(models.TextChoices):
        CLOSED = "closed", _("Closed")
        SPECIAL = "special", _("Special hours")

    venue = ParentalKey(Venue, on_delete=models.CASCADE, related_name="exceptions")
    start_date = models.DateField(_("from"))
    end_date = models.DateField(
        _("until"), null=True, blank=True, help_text=_("Inclusive. Empty for a single day.")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.CLOSED)
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(_("closes"), null=True, blank=True)
    reason_nl = models.CharField(
        _("reason (Dutch)"),
        max_length=80,
        help_text=_("Shown to visitors, e.g. 'jaarlijks onderhoud'. Short, lower case."),
    )
    reason_fr = models.CharField(_("reason (French)"), max_length=80, blank=True)
    reason_en = models.CharField(_("reason (English)"), max_length=80, blank=True)
    notice_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("notice page"),
        help_text=_("Optional page that explains the closure; linked in its translations."),
    )
    stem_day = models.BooleanField(
        _("STEM days for teachers"),
        default=False,
        help_text=_("A closure for the teachers' STEM days: listed on the school programmes."),
    )

    panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("opens"), FieldPanel("closes")]),
        FieldRowPanel([FieldPanel("reason_nl"), FieldPanel("reason_fr"), FieldPanel("reason_en")]),
        FieldPanel("notice_page"),
        FieldPanel("stem_day"),
    ]

    class Meta:
        ordering = ["start_date", "pk"]
        verbose_name = _("closure or special hours")
        verbose_name_plural = _("closures and special hours")

    def __str__(self):
        return f"{self.start_date}–{self.last_day} {self.get_kind_display()}: {self.reason_nl}"

    @property
    def last_day(self):
        return self.end_date or self.start_date

    @property
    def closed(self):
        return self.kind == self.Kind.CLOSED

    def reason(self, language):
        return in_language(self, "reason", language)

    def as_value(self, language="nl", notice_url=""):
        periods = () if self.closed else (hours.Period(self.opens, self.closes),)
        return hours.OpeningException(
            self.start_date,
            self.last_day,
            periods,
            self.reason(language),
            notice_url,
            stem_day=self.stem_day,
        )

    def clean(self):
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The range ends before it starts.")
        if self.kind == self.Kind.SPECIAL:
            if not self.opens:
                errors["opens"] = _("Special hours need an opening time.")
            if not self.closes:
                errors["closes"] = _("Special hours need a closing time.")
            elif self.opens and self.closes <= self.opens:
                errors["closes"] = _("Closing time must be after opening time.")
        elif self.opens or self.closes:
            errors["kind"] = _("A closure has no hours: choose 'Special hours' or clear them.")
        if errors:
            raise ValidationError(errors)


class OpeningHoursPage(SitePage):
    """The opening hours of every venue: today, this week, a month calendar, the closures to
    come, and below them the answers to what visitors ask (visit length, busy days, school days).

    The hours come from the venues (Snippets → Opening hours), never from the page text.
    """

    page_description = _(
        "The opening hours of every venue, a month calendar and the closures to come."
    )

    body = body_field(
        help_text=_("Questions visitors ask: how long a visit takes, busy days, school days."),
    )

    content_panels = [*SitePage.content_panels, FieldPanel("body")]
    search_fields = [*SitePage.search_fields, *text_fields("body")]

    def shown_texts(self):
        # The closures and special hours to come that the page lists ("Kerstmis", "STEM-dag").
        today = timezone.localdate()
        to_come = OpeningException.objects.filter(Q(start_date__gte=today) | Q(end_date__gte=today))
        return [exception.reason(self.locale.language_code) for exception in to_come]

    parent_page_types = ["visits.AudiencePage"]

    class Meta:
        verbose_name = _("opening hours page")
