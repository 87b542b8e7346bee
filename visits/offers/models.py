"""The offer of each audience as data: ticket prices, zones, school programmes, event spaces
and packages, and the pages that show them.

Pages (zones, programmes) are translated as pages; the rows kept as snippets (prices,
spaces, packages) as translated snippets, one row per language whose prices, ages and
capacities stay equal in all (technopolis/translated_snippets.py).
"""

from dataclasses import dataclass
from datetime import date

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, RevisionMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from technopolis.blocks import body_field
from technopolis.models import SitePage, text_fields
from technopolis.translated_snippets import TranslatedSnippet, shared


class Level(models.TextChoices):
    PRESCHOOL = "preschool", _("Pre-school")
    PRIMARY = "primary", _("Primary school")
    SECONDARY = "secondary", _("Secondary school")


class Layout(models.TextChoices):
    THEATRE = "theatre", _("Theatre")
    CLASSROOM = "classroom", _("Classroom")
    RECEPTION = "reception", _("Reception")
    BANQUET = "banquet", _("Banquet")


EXAMPLE_HELP = _(
    "Invented for the demo: no source gives this. Replace it with real data, then untick."
)


def lines(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


def age_range(age_from, age_to):
    """'4–8', '8+', 'up to 2' or '' — the ages a price or zone is for."""
    if age_from is not None and age_to is not None:
        return f"{age_from}–{age_to}"
    if age_from is not None:
        return f"{age_from}+"
    if age_to is not None:
        return _("up to %(age)s") % {"age": age_to}
    return ""


# -- Tickets and prices ------------------------------------------------------------------


class TicketPrice(RevisionMixin, TranslatedSnippet):
    """One line of a price list: a category of visitor, their ages and the price, valid from
    a date. Rows sharing `valid_from` form one price list; the newest list in force is shown."""

    # Every save keeps a revision: the history shows who changed what, and when.
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="ticket_price")

    category = models.CharField(_("category"), max_length=80)
    age_from = models.PositiveSmallIntegerField(_("age from"), null=True, blank=True)
    age_to = models.PositiveSmallIntegerField(_("age to"), null=True, blank=True)
    price = models.DecimalField(_("price (EUR)"), max_digits=6, decimal_places=2)
    valid_from = models.DateField(_("valid from"))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_example = models.BooleanField(_("example data"), default=False, help_text=EXAMPLE_HELP)

    panels = [
        FieldPanel("category"),
        FieldRowPanel([FieldPanel("age_from"), FieldPanel("age_to")]),
        FieldRowPanel([FieldPanel("price"), FieldPanel("valid_from"), FieldPanel("sort_order")]),
        FieldPanel("is_example"),
    ]

    translatable_fields = [
        TranslatableField("category"),
        *shared("age_from", "age_to", "price", "valid_from", "sort_order", "is_example"),
    ]

    class Meta(TranslatedSnippet.Meta):
        ordering = ["-valid_from", "sort_order", "pk"]
        verbose_name = _("ticket price")
        verbose_name_plural = _("ticket prices")

    def __str__(self):
        return f"{self.category} € {self.price} ({self.valid_from:%Y-%m-%d})"

    @property
    def ages(self):
        return age_range(self.age_from, self.age_to)


@dataclass(frozen=True)
class PriceList:
    as_of: date | None
    prices: tuple


def current_price_list(prices, today):
    """The prices of the newest list in force on `today`: rows with the latest `valid_from`
    not after today. A list announced for later stays hidden until its day."""
    in_force = [p for p in prices if p.valid_from <= today]
    if not in_force:
        return PriceList(None, ())
    as_of = max(p.valid_from for p in in_force)
    rows = sorted((p for p in in_force if p.valid_from == as_of), key=lambda p: p.sort_order)
    return PriceList(as_of, tuple(rows))


class TicketsPage(SitePage):
    """Tickets and prices: the price list in force, with its date, and the ticket shop."""

    page_description = _("The price list in force and the way to the ticket shop.")

    body = body_field(help_text=_("Reductions, groups, passes."))

    content_panels = [*SitePage.content_panels, FieldPanel("body")]
    search_fields = [*SitePage.search_fields, *text_fields("body")]
    parent_page_types = ["visits.AudiencePage"]

    class Meta:
        verbose_name = _("tickets and prices page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["price_list"] = current_price_list(
            list(TicketPrice.objects.filter(locale=self.locale)), timezone.localdate()
        )
        return context


# -- Zones and exhibitions ---------------------------------------------------------------


class ZoneIndexPage(SitePage):
    """Zones and exhibitions by age: every zone page below it, youngest first."""

    page_description = _("All zones and exhibitions, by age.")

    body = body_field()

    content_panels = [*SitePage.content_panels, FieldPanel("body")]
    parent_page_types = ["visits.AudiencePage"]
    subpage_types = ["visits.ZonePage"]

    class Meta:
        verbose_name = _("zones index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["zones"] = (
            ZonePage.objects.live()
            .child_of(self)
            .select_related("image")
            .prefetch_related("image__renditions")
            # permanent zones first, youngest first; "all ages" after the age groups
            .order_by("-kind", F("age_from").asc(nulls_last=True), "path")
        )
        return context


class ZonePage(SitePage):
    """A zone of the centre or an exhibition: for which ages, where, what to try first."""

    page_description = _(
        "One zone or exhibition: for which ages, where in the building, what to try first."
    )

    class Kind(models.TextChoices):
        ZONE = "zone", _("Permanent zone")
        EXPO = "expo", _("Exhibition")

    kind = models.CharField(_("kind"), max_length=5, choices=Kind.choices, default=Kind.ZONE)
    age_from = models.PositiveSmallIntegerField(_("age from"), null=True, blank=True)
    age_to = models.PositiveSmallIntegerField(_("age to"), null=True, blank=True)
    location = models.CharField(
        _("location"), max_length=120, blank=True, help_text=_("E.g. 'ground floor, left'.")
    )
    until = models.DateField(
        _("open until"), null=True, blank=True, help_text=_("For a temporary exhibition.")
    )
    highlights = models.TextField(_("highlights"), blank=True, help_text=_("One per line."))
    image = models.ForeignKey(
        "technopolis.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = body_field()

    content_panels = [
        *SitePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("age_from"), FieldPanel("age_to")]),
                FieldPanel("location"),
                FieldPanel("until"),
            ],
            heading=_("For whom and where"),
        ),
        FieldPanel("highlights"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = [*SitePage.search_fields, index.SearchField("highlights")]

    def shown_texts(self):
        return [self.get_kind_display()]

    parent_page_types = ["visits.ZoneIndexPage"]

    class Meta:
        verbose_name = _("zone or exhibition")

    @property
    def ages(self):
        return age_range(self.age_from, self.age_to)

    @property
    def highlight_list(self):
        return lines(self.highlights)


# -- School programmes -------------------------------------------------------------------


class Theme(models.TextChoices):
    ENERGY = "energy", _("Forces and energy")
    CHEMISTRY = "chemistry", _("Chemistry")
    NATURE = "nature", _("Nature and environment")
    TECHNOLOGY = "technology", _("Technology and engineering")
    DIGITAL = "digital", _("Digital and AI")


GRADES = {Level.PRESCHOOL: 3, Level.PRIMARY: 6, Level.SECONDARY: 6}


class SchoolProgrammePage(SitePage):
    """A programme a class can book: for which level and grades, on what, how long, for how
    many pupils at what price, which attainment targets it serves and how to prepare."""

    page_description = _(
        "A programme a class can book: level, grades, length, group size, price, targets."
    )

    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    grade_from = models.PositiveSmallIntegerField(_("from grade"), default=1)
    grade_to = models.PositiveSmallIntegerField(_("to grade"), default=1)
    theme = models.CharField(_("theme"), max_length=12, choices=Theme.choices)
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"))
    max_group = models.PositiveSmallIntegerField(_("maximum group size"))
    price_per_pupil = models.DecimalField(
        _("price per pupil (EUR)"), max_digits=5, decimal_places=2
    )
    curriculum = models.TextField(
        _("curriculum links"), blank=True, help_text=_("Attainment targets served, one per line.")
    )
    preparation = RichTextField(
        _("what to prepare"), blank=True, features=["bold", "italic", "ul", "link"]
    )
    body = body_field()
    is_example = models.BooleanField(_("example data"), default=False, help_text=EXAMPLE_HELP)

    content_panels = [
        *SitePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("is_example"),
                FieldPanel("level"),
                FieldRowPanel([FieldPanel("grade_from"), FieldPanel("grade_to")]),
                FieldPanel("theme"),
                FieldRowPanel(
                    [
                        FieldPanel("duration_minutes"),
                        FieldPanel("max_group"),
                        FieldPanel("price_per_pupil"),
                    ]
                ),
            ],
            heading=_("Programme"),
        ),
        FieldPanel("curriculum"),
        FieldPanel("preparation"),
        FieldPanel("body"),
    ]
    search_fields = [
        *SitePage.search_fields,
        index.SearchField("curriculum"),
        index.FilterField("level"),
        index.FilterField("theme"),
    ]
    parent_page_types = ["visits.ProgrammeIndexPage"]

    def shown_texts(self):
        return [self.get_level_display(), self.get_theme_display()]

    class Meta:
        verbose_name = _("school programme")

    @property
    def grades(self):
        if self.grade_from == self.grade_to:
            return str(self.grade_from)
        return f"{self.grade_from}–{self.grade_to}"

    @property
    def curriculum_list(self):
        return lines(self.curriculum)


class ProgrammeIndexPage(SitePage):
    """School programmes, filtered by level, grade and theme through the address (`?level=…`),
    so a filtered list works without JavaScript and can be shared; below it, school-day rules
    and the STEM days from the opening hours."""

    page_description = _("All school programmes, filtered by level, grade and theme.")

    body = body_field(help_text=_("School-day rules, booking."))

    content_panels = [*SitePage.content_panels, FieldPanel("body")]
    parent_page_types = ["visits.AudiencePage"]
    subpage_types = ["visits.SchoolProgrammePage"]

    class Meta:
        verbose_name = _("school programmes index page")


# -- Event spaces and packages -----------------------------------------------------------


class EventSpace(TranslatedSnippet, ClusterableModel):
    """A room or hall to hire, with how many people it seats in each layout."""

    name = models.CharField(_("name"), max_length=80)
    floor_area = models.PositiveIntegerField(_("floor area (m²)"))
    capacity_theatre = models.PositiveIntegerField(_("theatre"), null=True, blank=True)
    capacity_classroom = models.PositiveIntegerField(_("classroom"), null=True, blank=True)
    capacity_reception = models.PositiveIntegerField(_("reception"), null=True, blank=True)
    capacity_banquet = models.PositiveIntegerField(_("banquet"), null=True, blank=True)
    facilities = models.TextField(_("facilities, one per line"))
    accessibility = models.TextField(_("accessibility"))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_example = models.BooleanField(_("example data"), default=False, help_text=EXAMPLE_HELP)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("floor_area"), FieldPanel("sort_order")]),
        FieldRowPanel(
            [
                FieldPanel("capacity_theatre"),
                FieldPanel("capacity_classroom"),
                FieldPanel("capacity_reception"),
                FieldPanel("capacity_banquet"),
            ],
            heading=_("Capacity per layout (empty: layout not possible)"),
        ),
        FieldPanel("facilities"),
        FieldPanel("accessibility"),
        InlinePanel("photos", heading=_("Photos"), label=_("photo")),
        FieldPanel("is_example"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("facilities"),
        TranslatableField("accessibility"),
        *shared("floor_area", *(f"capacity_{layout}" for layout in Layout.values)),
        *shared("sort_order", "is_example"),
        SynchronizedField("photos", overridable=False),
    ]

    class Meta(TranslatedSnippet.Meta):
        ordering = ["sort_order", "pk"]
        verbose_name = _("event space")
        verbose_name_plural = _("event spaces")

    def __str__(self):
        return self.name

    @property
    def facility_list(self):
        return lines(self.facilities)

    def capacities(self):
        """(layout label, people) for the layouts the space allows."""
        return [
            (label, getattr(self, f"capacity_{value}"))
            for value, label in Layout.choices
            if getattr(self, f"capacity_{value}")
        ]


class EventSpacePhoto(Orderable):
    space = ParentalKey(EventSpace, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "technopolis.CustomImage", models.CASCADE, verbose_name=_("image"), related_name="+"
    )

    panels = [FieldPanel("image")]


class EventPackage(TranslatedSnippet):
    """A ready-made formula: a meeting with a visit, team building, a reception."""

    name = models.CharField(_("name"), max_length=80)
    description = models.TextField(_("description"))
    price_per_person = models.DecimalField(
        _("price per person from (EUR)"), max_digits=6, decimal_places=2, null=True, blank=True
    )
    min_guests = models.PositiveIntegerField(_("minimum guests"), null=True, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_example = models.BooleanField(_("example data"), default=False, help_text=EXAMPLE_HELP)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldRowPanel(
            [FieldPanel("price_per_person"), FieldPanel("min_guests"), FieldPanel("sort_order")]
        ),
        FieldPanel("is_example"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        *shared("price_per_person", "min_guests", "sort_order", "is_example"),
    ]

    class Meta(TranslatedSnippet.Meta):
        ordering = ["sort_order", "pk"]
        verbose_name = _("event package")
        verbose_name_plural = _("event packages")

    def __str__(self):
        return self.name


class EventSpacesPage(SitePage):
    """Spaces to hire with their capacities and photos, and the packages."""

    page_description = _("The rooms to hire with their capacities, and the packages.")

    body = body_field()

    content_panels = [*SitePage.content_panels, FieldPanel("body")]
    parent_page_types = ["visits.AudiencePage"]

    class Meta:
        verbose_name = _("event spaces page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["spaces"] = EventSpace.objects.filter(locale=self.locale).prefetch_related(
            "photos__image__renditions"
        )
        context["packages"] = EventPackage.objects.filter(locale=self.locale)
        return context
