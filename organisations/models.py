"""The international network of Technopolis: umbrella organisations, people's roles, projects.

Organisations and projects are pages, so each has a URL, a place in search and a translation.
Facts that change over time (member counts) are numbers with the year they were counted, and
years of a role are data: the wording ("since 2011", "almost 600 members") comes from
`organisations.facts`, in the language of the page.
"""

from dataclasses import dataclass
from functools import cache, partial

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from technopolis.blocks import body_field
from technopolis.models import SitePage, text_fields

from . import facts
from .blocks import outcome_blocks, partner_blocks

TECHNOPOLIS = "Technopolis"
TECHNOPOLIS_URL = "https://www.technopolis.be/"


def year_field(verbose_name, **kwargs):
    return models.PositiveSmallIntegerField(verbose_name, null=True, blank=True, **kwargs)


def check_period(start, end, end_field, message=None):
    """The error of a period whose end year lies before its start year, or {}."""
    if start and end and end < start:
        return {end_field: message or _("The end year cannot lie before the start year.")}
    return {}


def roles_prefetch():
    """Load the people's roles of many organisation pages in one query, people included."""
    return Prefetch("person_roles", queryset=PersonRole.objects.select_related("person"))


@dataclass(frozen=True)
class CountedFact:
    """A number said in words ("almost 600 members") with the year it was counted."""

    text: str
    year: int | None


@dataclass(frozen=True)
class TimelineEntry:
    period: str
    who: str
    what: str
    order: tuple
    note: str = ""


class Scope(models.TextChoices):
    WORLDWIDE = "worldwide", _("Worldwide")
    EUROPEAN = "european", _("European")
    REGIONAL = "regional", _("Regional")


class MembershipRole(models.TextChoices):
    GOVERNING = "governing", _("Governing member")
    FULL = "full", _("Full member")
    ACTIVE = "active", _("Active member")
    FOUNDING = "founding", _("Founding member")
    MEMBER = "member", _("Member")


class OrganisationIndexPage(SitePage):
    """The umbrella organisations Technopolis belongs to, as cards in the editor's order.

    The body follows the cards: why membership matters, and featured pages of other sections
    (the declarations) chosen by the editor.
    """

    page_description = _("The umbrella organisations Technopolis belongs to, as cards.")

    body = body_field()

    content_panels = [*SitePage.content_panels, FieldPanel("body")]
    search_fields = [*SitePage.search_fields, *text_fields("body")]
    subpage_types = ["organisations.OrganisationPage"]

    class Meta:
        verbose_name = _("organisation index page")

    def shown_texts(self):
        # The cards name the people of Technopolis and their roles in each organisation.
        organisations = OrganisationPage.objects.child_of(self).live()
        for organisation in organisations:
            yield from (organisation.title, organisation.acronym, organisation.full_name)
        roles = PersonRole.objects.filter(organisation__in=organisations)
        for role in roles.select_related("person"):
            yield from (role.person.name, role.title)

    def organisations(self):
        """Live organisation pages below this one, with logos and people's roles: 3 queries."""
        return (
            OrganisationPage.objects.child_of(self)
            .live()
            .order_by("path")
            .select_related("logo")
            .prefetch_related(roles_prefetch())
        )

    def structured_data(self, organisations, request=None):
        """JSON-LD: Technopolis as an Organization that is a member of each organisation."""
        return {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": TECHNOPOLIS,
            "url": TECHNOPOLIS_URL,
            "memberOf": [
                organisation.structured_data(request, with_context=False)
                for organisation in organisations
            ],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Built by the template only where its part of the page is not kept already.
        organisations = cache(lambda: list(self.organisations()))
        context["organisations"] = organisations
        context["structured_data"] = lambda: self.structured_data(organisations(), request)
        return context


class OrganisationPage(SitePage):
    """An umbrella organisation: what it is, its numbers as of a year, Technopolis' membership."""

    page_description = _(
        "One umbrella organisation: its figures, Technopolis' membership and the people in it."
    )

    acronym = models.CharField(_("acronym"), max_length=20, blank=True)
    full_name = models.CharField(
        _("full name"), max_length=200, help_text=_("The name the organisation uses itself.")
    )
    scope = models.CharField(_("scope"), max_length=20, choices=Scope.choices)
    members_kind = models.CharField(
        _("kind of members"),
        max_length=200,
        blank=True,
        help_text=_("For example: science centres, science museums and similar organisations."),
    )
    founded_year = year_field(_("founded in"))
    founded_by = models.CharField(
        _("founded by"), max_length=300, blank=True, help_text=_("Who founded it, where known.")
    )
    member_count = models.PositiveIntegerField(_("number of members"), null=True, blank=True)
    member_count_qualifier = models.CharField(
        _("members: how exact"),
        max_length=20,
        choices=facts.Qualifier.choices,
        default=facts.Qualifier.EXACT,
    )
    member_count_year = year_field(_("members counted in"))
    country_count = models.PositiveIntegerField(_("number of countries"), null=True, blank=True)
    country_count_qualifier = models.CharField(
        _("countries: how exact"),
        max_length=20,
        choices=facts.Qualifier.choices,
        default=facts.Qualifier.EXACT,
    )
    country_count_year = year_field(_("countries counted in"))
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "technopolis.CustomImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(_("summary"), help_text=_("What the organisation does and why."))
    body = body_field()
    membership_role = models.CharField(
        _("Technopolis is"), max_length=20, choices=MembershipRole.choices
    )
    membership_since = year_field(_("member since"))
    membership_until = year_field(_("member until"), help_text=_("Empty while still a member."))
    membership_note = models.CharField(
        _("note on the membership"),
        max_length=200,
        blank=True,
        help_text=_("For example: on the board of ASTC for seven years."),
    )

    content_panels = [
        *SitePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("acronym"), FieldPanel("full_name")]),
                FieldRowPanel([FieldPanel("scope"), FieldPanel("members_kind")]),
                FieldRowPanel([FieldPanel("founded_year"), FieldPanel("founded_by")]),
                FieldPanel("website"),
                FieldPanel("logo"),
            ],
            heading=_("The organisation"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("member_count_qualifier"),
                        FieldPanel("member_count"),
                        FieldPanel("member_count_year"),
                    ]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("country_count_qualifier"),
                        FieldPanel("country_count"),
                        FieldPanel("country_count_year"),
                    ]
                ),
            ],
            heading=_("Numbers"),
            help_text=_("Each number needs the year it was counted: numbers change."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("membership_role"),
                FieldRowPanel([FieldPanel("membership_since"), FieldPanel("membership_until")]),
                FieldPanel("membership_note"),
            ],
            heading=_("Technopolis' membership"),
            help_text=_("People's roles are edited under Snippets › People."),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [
        *SitePage.search_fields,
        index.SearchField("acronym", boost=2),
        index.SearchField("full_name", boost=2),
        index.SearchField("summary"),
        *text_fields("body"),
    ]
    parent_page_types = ["organisations.OrganisationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("organisation page")

    def shown_texts(self):
        yield from (self.founded_by, self.get_scope_display(), self.members_kind)
        yield self.get_membership_role_display()
        for role in self.person_roles.select_related("person"):
            yield from (role.person.name, role.title, role.note)

    def clean(self):
        super().clean()
        errors = {}
        for prefix, noun in (("member", _("members")), ("country", _("countries"))):
            count, year = getattr(self, f"{prefix}_count"), getattr(self, f"{prefix}_count_year")
            if count is not None and not year:
                errors[f"{prefix}_count_year"] = _(
                    "Give the year the %(noun)s were counted: the number changes over time."
                ) % {"noun": noun}
            if year and count is None:
                errors[f"{prefix}_count"] = _("A year without a number says nothing: add it.")
        errors.update(
            check_period(self.membership_since, self.membership_until, "membership_until")
        )
        if errors:
            raise ValidationError(errors)

    @property
    def members(self):
        if self.member_count is None:
            return None
        return CountedFact(
            facts.member_count(self.member_count, self.member_count_qualifier),
            self.member_count_year,
        )

    @property
    def countries(self):
        if self.country_count is None:
            return None
        return CountedFact(
            facts.country_count(self.country_count, self.country_count_qualifier),
            self.country_count_year,
        )

    @property
    def membership(self):
        """'Governing member (since 2001)'."""
        return facts.titled_period(
            self.get_membership_role_display(), self.membership_since, self.membership_until
        )

    @property
    def display_name(self):
        """'ASTC (Association of Science-Technology Centers)', or the full name alone."""
        if self.acronym and self.acronym != self.full_name:
            return f"{self.acronym} ({self.full_name})"
        return self.full_name

    def people(self):
        """[(person, roles)] by name, each person's roles earliest first.

        Sorted here rather than in SQL because databases disagree on where empty years go.
        """
        by_person = {}
        for role in self.person_roles.all():
            by_person.setdefault(role.person, []).append(role)
        return [
            (person, sorted(roles, key=lambda r: facts.chronological(r.start_year, r.end_year)))
            for person, roles in sorted(by_person.items(), key=lambda item: item[0].name)
        ]

    def timeline(self):
        """Technopolis' involvement year by year: the membership, then each person's roles."""
        entries = []
        if self.membership_since or self.membership_until:
            entries.append(
                TimelineEntry(
                    facts.year_range(self.membership_since, self.membership_until),
                    TECHNOPOLIS,
                    self.get_membership_role_display(),
                    facts.chronological(self.membership_since, self.membership_until),
                )
            )
        for person, roles in self.people():
            entries.extend(
                TimelineEntry(
                    role.period,
                    person.name,
                    role.title,
                    facts.chronological(role.start_year, role.end_year),
                    role.note,
                )
                for role in roles
            )
        return sorted(entries, key=lambda entry: entry.order)

    def structured_data(self, request=None, with_context=True):
        data = {
            "@type": "Organization",
            "name": self.full_name,
            "url": self.website or self.get_full_url(request),
            "description": self.summary,
        }
        if with_context:
            data = {"@context": "https://schema.org", **data}
            data["member"] = {
                "@type": "OrganizationRole",
                "member": {"@type": "Organization", "name": TECHNOPOLIS, "url": TECHNOPOLIS_URL},
                "roleName": self.get_membership_role_display(),
                **({"startDate": str(self.membership_since)} if self.membership_since else {}),
                **({"endDate": str(self.membership_until)} if self.membership_until else {}),
            }
        if self.acronym:
            data["alternateName"] = self.acronym
        if self.founded_year:
            data["foundingDate"] = str(self.founded_year)
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch_related_objects([self], roles_prefetch())
        # Built by the template only where its part of the page is not kept already.
        context["structured_data"] = partial(self.structured_data, request)
        return context


class Person(TranslatableMixin, index.Indexed, ClusterableModel):
    """Someone who represents Technopolis, with their roles in umbrella organisations.

    Translatable because the title reads differently per language ("managing director",
    "gedelegeerd bestuurder"); each language version holds its own roles.
    """

    name = models.CharField(_("name"), max_length=120)
    title = models.CharField(
        _("current title"), max_length=120, blank=True, help_text=_("Their title at Technopolis.")
    )
    photo = models.ForeignKey(
        "technopolis.CustomImage",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("title"),
        FieldPanel("photo"),
        InlinePanel("roles", label=_("Roles in organisations")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PersonRole(Orderable):
    """A seat someone held in an organisation: 'Board of Directors', 2003 to 2011.

    No end year means the role is ongoing; no start year means it is not known.
    """

    person = ParentalKey(Person, on_delete=models.CASCADE, related_name="roles")
    organisation = models.ForeignKey(
        OrganisationPage,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="person_roles",
    )
    title = models.CharField(
        _("role"), max_length=120, help_text=_("For example: Board of Directors.")
    )
    start_year = year_field(_("from"))
    end_year = year_field(_("until"), help_text=_("Empty while the role is ongoing."))
    note = models.CharField(
        _("what the role is about"),
        max_length=250,
        blank=True,
        help_text=_("Optional, for example: looks after diversity in international relations."),
    )

    panels = [
        FieldPanel("organisation"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("role")
        verbose_name_plural = _("roles")

    def __str__(self):
        return self.label

    @property
    def label(self):
        return facts.titled_period(self.title, self.start_year, self.end_year)

    @property
    def period(self):
        return facts.year_range(self.start_year, self.end_year)

    def clean(self):
        super().clean()
        errors = check_period(self.start_year, self.end_year, "end_year")
        if errors:
            raise ValidationError(errors)


class ProjectIndexPage(SitePage):
    """European programmes Technopolis took part in, newest first."""

    page_description = _("The European projects Technopolis took part in, newest first.")

    body = body_field()

    content_panels = [*SitePage.content_panels, FieldPanel("body")]
    search_fields = [*SitePage.search_fields, *text_fields("body")]
    subpage_types = ["organisations.ProjectPage"]

    class Meta:
        verbose_name = _("project index page")

    def projects(self):
        return (
            ProjectPage.objects.child_of(self).live().order_by("-start_year", "-end_year", "title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["projects"] = cache(lambda: list(self.projects()))  # read by the template
        return context


class ProjectPage(SitePage):
    """A European project: when it ran, what it was about, Technopolis' part, what came of it."""

    page_description = _(
        "One European project: when it ran, its partners, Technopolis' part and its results."
    )

    acronym = models.CharField(_("acronym"), max_length=30)
    full_name = models.CharField(_("full name"), max_length=200)
    start_year = models.PositiveSmallIntegerField(_("start year"))
    end_year = year_field(_("end year"), help_text=_("Empty while the project runs."))
    topic = models.CharField(_("topic"), max_length=200)
    technopolis_role = models.CharField(
        _("Technopolis' role"),
        max_length=200,
        help_text=_("For example: partner, leading the teacher workshops."),
    )
    partner_count = models.PositiveSmallIntegerField(
        _("number of partners"), null=True, blank=True, help_text=_("Technopolis included.")
    )
    partners = StreamField(
        partner_blocks(),
        blank=True,
        verbose_name=_("partners"),
        help_text=_("Organisation pages of this site, or names of other partners."),
    )
    summary = models.TextField(_("summary"))
    outcomes = StreamField(outcome_blocks(), blank=True, verbose_name=_("outcomes"))
    body = body_field()

    content_panels = [
        *SitePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("acronym"), FieldPanel("full_name")]),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
                FieldPanel("topic"),
                FieldPanel("technopolis_role"),
            ],
            heading=_("The project"),
        ),
        FieldPanel("summary"),
        FieldPanel("partner_count"),
        FieldPanel("partners"),
        FieldPanel("outcomes"),
        FieldPanel("body"),
    ]
    search_fields = [
        *SitePage.search_fields,
        index.SearchField("acronym", boost=2),
        index.SearchField("full_name", boost=2),
        index.SearchField("topic"),
        index.SearchField("summary"),
    ]
    parent_page_types = ["organisations.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project page")

    @property
    def period(self):
        return facts.year_range(self.start_year, self.end_year)

    def clean(self):
        super().clean()
        errors = check_period(self.start_year, self.end_year, "end_year")
        if errors:
            raise ValidationError(errors)
