"""The science-centre world declarations: where and when they were signed, at which congress,
by whom, what they commit to, and which earlier declarations they build on.

A declaration is a page; the congress or summit it came from is an `Occasion` snippet, so the
world congresses that left no declaration still have their place on the timeline.
"""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from organisations.blocks import partner_blocks
from organisations.facts import Qualifier, country_count, qualified_number
from organisations.models import OrganisationPage
from technopolis.blocks import body_field
from technopolis.models import SitePage, text_fields

from . import facts
from .blocks import commitment_blocks


def _number(count, qualifier=Qualifier.EXACT):
    return qualified_number(count, qualifier)


class OccasionKind(models.TextChoices):
    CONGRESS = "congress", _("World congress")
    SUMMIT = "summit", _("World summit")


class Occasion(TranslatableMixin, index.Indexed, models.Model):
    """A congress or summit of the science-centre field: the 5th World Congress, Toronto 2008."""

    kind = models.CharField(_("kind"), max_length=20, choices=OccasionKind.choices)
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("Without the edition: Science Centre World Congress."),
    )
    edition = models.PositiveSmallIntegerField(
        _("edition"), null=True, blank=True, help_text=_("5 for the 5th congress, if numbered.")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    start_date = models.DateField(_("first day"), null=True, blank=True)
    end_date = models.DateField(_("last day"), null=True, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=100)
    organisers = StreamField(
        partner_blocks(),
        blank=True,
        verbose_name=_("organisers"),
        help_text=_("Organisation pages of this site, or names."),
    )
    host_institution = models.CharField(_("host institution"), max_length=200, blank=True)
    theme = models.CharField(_("theme"), max_length=200, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("edition")]),
        FieldPanel("name"),
        FieldPanel("theme"),
        FieldRowPanel([FieldPanel("year"), FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
        FieldPanel("host_institution"),
        FieldPanel("organisers"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("city")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("congress or summit")
        verbose_name_plural = _("congresses and summits")
        ordering = ["year", "start_date"]

    def __str__(self):
        return f"{self.label} ({self.year})"

    @property
    def label(self):
        """'5th Science Centre World Congress' in the active language."""
        return f"{facts.ordinal(self.edition)} {self.name}" if self.edition else self.name

    @property
    def dates(self):
        """'14–19 June 2008', or the year when the days are not known."""
        return facts.date_range(self.start_date, self.end_date) or str(self.year)

    @property
    def place(self):
        return ", ".join(part for part in (self.city, self.country) if part)

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The last day cannot lie before the first day.")
        if self.start_date and self.year and self.start_date.year != self.year:
            errors["year"] = _("The year differs from the year of the first day.")
        if errors:
            raise ValidationError(errors)

    def organiser_names(self):
        return [
            block.value.title if block.block_type == "organisation" else block.value
            for block in self.organisers
            if block.value
        ]

    def structured_data(self):
        """JSON-LD Event: name, dates, location and organisers."""
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": f"{self.label} {self.year}",
            "eventStatus": "https://schema.org/EventScheduled",
            "location": {
                "@type": "Place",
                "name": self.host_institution or self.city or self.country,
                "address": {
                    "@type": "PostalAddress",
                    "addressCountry": self.country,
                    **({"addressLocality": self.city} if self.city else {}),
                },
            },
        }
        if self.start_date:
            data["startDate"] = self.start_date.isoformat()
            data["endDate"] = (self.end_date or self.start_date).isoformat()
        else:
            data["startDate"] = str(self.year)
        organisers = [{"@type": "Organization", "name": n} for n in self.organiser_names()]
        if organisers:
            data["organizer"] = organisers
        return data


def neighbours_prefetch(*relations):
    """Load the declarations built on and followed by, with their congresses: a query each."""
    related = DeclarationPage.objects.select_related("occasion")
    return [Prefetch(name, queryset=related) for name in relations or ("builds_on", "followed_by")]


class TimelineOrder(models.TextChoices):
    OLDEST_FIRST = "oldest", _("Oldest first")
    NEWEST_FIRST = "newest", _("Newest first")


@dataclass(frozen=True)
class TimelineEntry:
    """A year on the timeline: a declaration, or a congress that left none."""

    date: datetime.date
    declaration: "DeclarationPage | None" = None
    occasion: Occasion | None = None


class DeclarationIndexPage(SitePage):
    """All declarations on a timeline, with the congresses between them."""

    page_description = _("The world declarations of science centres on a timeline.")

    order = models.CharField(
        _("timeline order"),
        max_length=10,
        choices=TimelineOrder.choices,
        default=TimelineOrder.OLDEST_FIRST,
    )
    body = body_field()

    content_panels = [*SitePage.content_panels, FieldPanel("order"), FieldPanel("body")]
    search_fields = [*SitePage.search_fields, *text_fields("body")]
    subpage_types = ["declarations.DeclarationPage"]

    class Meta:
        verbose_name = _("declaration index page")

    def shown_texts(self):
        # The timeline: each declaration with its place and its congress.
        for declaration in self.declarations():
            yield declaration.title
            yield from declaration.shown_texts()

    def declarations(self):
        return (
            DeclarationPage.objects.child_of(self)
            .live()
            .select_related("occasion")
            .prefetch_related(*neighbours_prefetch())
        )

    def timeline(self):
        """Declarations and the congresses without one, in the editor's chosen order."""
        declarations = list(self.declarations())
        used = {d.occasion_id for d in declarations if d.occasion_id}
        entries = [TimelineEntry(d.date_signed, declaration=d) for d in declarations]
        entries += [
            TimelineEntry(o.start_date or datetime.date(o.year, 1, 1), occasion=o)
            for o in Occasion.objects.filter(locale_id=self.locale_id).exclude(pk__in=used)
        ]
        return sorted(
            entries,
            key=lambda entry: entry.date,
            reverse=self.order == TimelineOrder.NEWEST_FIRST,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["timeline"] = self.timeline  # built by the template, unless its part is kept
        return context


class AttendeeKind(models.TextChoices):
    ATTENDEES = "attendees", _("attendees")
    DELEGATES = "delegates", _("delegates")
    PARTICIPANTS = "participants", _("participants")


ATTENDEE_WORDING = {
    AttendeeKind.ATTENDEES: ngettext_lazy("%(number)s attendee", "%(number)s attendees", "count"),
    AttendeeKind.DELEGATES: ngettext_lazy("%(number)s delegate", "%(number)s delegates", "count"),
    AttendeeKind.PARTICIPANTS: ngettext_lazy(
        "%(number)s participant", "%(number)s participants", "count"
    ),
}


class ActionKind(models.TextChoices):
    ACTIONS = "actions", _("actions")
    ACTION_POINTS = "action_points", _("action points")
    COMMITMENTS = "commitments", _("commitments")


ACTION_WORDING = {
    ActionKind.ACTIONS: ngettext_lazy("%(number)s action", "%(number)s actions", "count"),
    ActionKind.ACTION_POINTS: ngettext_lazy(
        "%(number)s action point", "%(number)s action points", "count"
    ),
    ActionKind.COMMITMENTS: ngettext_lazy(
        "%(number)s commitment", "%(number)s commitments", "count"
    ),
}


class TechnopolisRole(models.TextChoices):
    ORGANISER = "organiser", _("Organiser")
    SIGNATORY = "signatory", _("Signatory")
    PARTICIPANT = "participant", _("Participant")


class DeclarationPageForm(WagtailAdminPageForm):
    """Checks the declarations chosen to build on as submitted, before they are saved.

    The page's own `clean()` sees the relations already stored: the form assigns them later.
    """

    def clean(self):
        cleaned_data = super().clean()
        self.instance.date_signed = cleaned_data.get("date_signed")
        for message in self.instance.builds_on_errors(cleaned_data.get("builds_on") or []):
            self.add_error("builds_on", message)
        return cleaned_data


class DeclarationPage(SitePage):
    """A declaration of the science-centre field, with its numbers and the ones it builds on.

    Numbers are optional and carry a source note: sources disagree (443 or 464 in Mechelen).
    """

    page_description = _(
        "One world declaration: where and when, who signed it, its figures and what it builds on."
    )

    date_signed = models.DateField(_("date signed"))
    city = models.CharField(_("city"), max_length=100)
    country = models.CharField(_("country"), max_length=100)
    occasion = models.ForeignKey(
        Occasion,
        verbose_name=_("congress or summit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="declarations",
    )
    attendee_count = models.PositiveIntegerField(_("number of attendees"), null=True, blank=True)
    attendee_kind = models.CharField(
        _("counted as"), max_length=20, choices=AttendeeKind.choices, default=AttendeeKind.ATTENDEES
    )
    attendee_source = models.CharField(
        _("source of the attendee count"),
        max_length=250,
        blank=True,
        help_text=_("Where the number comes from, and what other sources say."),
    )
    country_count = models.PositiveIntegerField(_("number of countries"), null=True, blank=True)
    country_source = models.CharField(_("source of the country count"), max_length=250, blank=True)
    action_count = models.PositiveSmallIntegerField(_("number of actions"), null=True, blank=True)
    action_kind = models.CharField(
        _("actions are"), max_length=20, choices=ActionKind.choices, default=ActionKind.ACTIONS
    )
    signatories = ParentalManyToManyField(
        OrganisationPage,
        blank=True,
        related_name="declarations_signed",
        verbose_name=_("signed by"),
    )
    signatory_count = models.PositiveIntegerField(_("number of signatories"), null=True, blank=True)
    signatory_qualifier = models.CharField(
        _("signatories: how exact"),
        max_length=20,
        choices=Qualifier.choices,
        default=Qualifier.EXACT,
    )
    signatory_kind = models.CharField(
        _("signatories are"),
        max_length=100,
        blank=True,
        help_text=_("For example: science-centre networks; colleagues worldwide."),
    )
    technopolis_role = models.CharField(
        _("Technopolis' role"), max_length=20, choices=TechnopolisRole.choices, blank=True
    )
    builds_on = ParentalManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="followed_by",
        verbose_name=_("builds on"),
        help_text=_("Earlier declarations this one continues."),
    )
    summary = models.TextField(_("summary"))
    commitments = StreamField(commitment_blocks(), blank=True, verbose_name=_("commitments"))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = body_field(
        verbose_name=_("background"),
        help_text=_("How the declaration came about; people and moments worth telling."),
    )
    full_text = RichTextField(_("full text"), blank=True)

    content_panels = [
        *SitePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("date_signed"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("occasion"),
                FieldPanel("technopolis_role"),
            ],
            heading=_("Where and when"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("attendee_count"), FieldPanel("attendee_kind")]),
                FieldPanel("attendee_source"),
                FieldPanel("country_count"),
                FieldPanel("country_source"),
                FieldRowPanel([FieldPanel("action_count"), FieldPanel("action_kind")]),
            ],
            heading=_("Numbers"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("signatories"),
                FieldRowPanel(
                    [
                        FieldPanel("signatory_qualifier"),
                        FieldPanel("signatory_count"),
                        FieldPanel("signatory_kind"),
                    ]
                ),
            ],
            heading=_("Signatories"),
        ),
        FieldPanel("builds_on"),
        FieldPanel("summary"),
        FieldPanel("commitments"),
        FieldPanel("body"),
        FieldPanel("document"),
        FieldPanel("full_text"),
    ]
    search_fields = [
        *SitePage.search_fields,
        index.SearchField("summary"),
        *text_fields("body"),
        index.SearchField("full_text"),
        index.SearchField("city"),
    ]
    parent_page_types = ["declarations.DeclarationIndexPage"]
    subpage_types = []
    base_form_class = DeclarationPageForm

    class Meta:
        verbose_name = _("declaration page")
        ordering = ["date_signed"]

    def shown_texts(self):
        yield from (self.city, self.country, self.date_signed.year)
        if occasion := self.occasion:
            yield from (occasion.name, occasion.city, occasion.country, occasion.year)
            yield from (occasion.host_institution, occasion.theme)
            for organiser in occasion.organisers:  # a page of this site, or a name
                value = organiser.value
                yield value.title if isinstance(value, Page) else value

    @property
    def place(self):
        return f"{self.city}, {self.country}"

    @property
    def attendees(self):
        """'443 attendees', or None when not counted."""
        if self.attendee_count is None:
            return None
        return ATTENDEE_WORDING[self.attendee_kind] % {
            "count": self.attendee_count,
            "number": _number(self.attendee_count),
        }

    @property
    def countries(self):
        if self.country_count is None:
            return None
        return country_count(self.country_count)

    @property
    def actions(self):
        if self.action_count is None:
            return None
        return ACTION_WORDING[self.action_kind] % {
            "count": self.action_count,
            "number": _number(self.action_count),
        }

    @property
    def signatory_total(self):
        """'about 2,000 colleagues worldwide', '8 science-centre networks'."""
        if self.signatory_count is None:
            return None
        number = _number(self.signatory_count, self.signatory_qualifier)
        return f"{number} {self.signatory_kind}".strip()

    def earlier(self):
        """The declarations this one builds on, oldest first."""
        return sorted(self._neighbours("builds_on"), key=lambda d: d.date_signed)

    def later(self):
        """The published declarations that build on this one, oldest first."""
        return sorted(
            (d for d in self._neighbours("followed_by") if d.live), key=lambda d: d.date_signed
        )

    def _neighbours(self, relation):
        # A no-op where a listing prefetched them already; else one query, congresses included.
        prefetch_related_objects([self], *neighbours_prefetch(relation))
        return getattr(self, relation).all()

    def builds_on_errors(self, earlier):
        """Messages for chosen declarations that are this one or not older than it."""
        chosen = [(d.pk, d.date_signed, d.title) for d in earlier]
        messages = []
        for kind, title in facts.builds_on_problems(self.pk, self.date_signed, chosen):
            if kind == "self":
                messages.append(_("A declaration cannot build on itself."))
            else:
                messages.append(
                    _("“%(title)s” was not signed before this declaration: it cannot build on it.")
                    % {"title": title}
                )
        return messages

    def clean(self):
        super().clean()
        messages = self.builds_on_errors(self.builds_on.all())
        if messages:
            raise ValidationError({"builds_on": messages})

    def structured_data(self):
        return self.occasion.structured_data() if self.occasion else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["structured_data"] = self.structured_data  # read by the template
        return context
