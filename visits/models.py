"""Audiences and their offers. The models live with what they are about, importing downwards
only: opening hours (`opening_hours`), then the offers (`offers`), then what visitors send
(`requests`); this module gathers them for Django and adds the audiences' landing pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from technopolis.blocks import body_field
from technopolis.models import SitePage, text_fields

from .offers.models import (
    EventPackage,
    EventSpace,
    EventSpacePhoto,
    EventSpacesPage,
    ProgrammeIndexPage,
    SchoolProgrammePage,
    TicketPrice,
    TicketsPage,
    ZoneIndexPage,
    ZonePage,
)
from .opening_hours.models import OpeningException, OpeningHoursPage, Venue, WeeklyRule
from .requests.form_pages import ClassVisitFormPage, EventEnquiryFormPage
from .requests.models import ClassVisitRequest, EventEnquiry

__all__ = [
    "AudiencePage",
    "ClassVisitFormPage",
    "ClassVisitRequest",
    "EventEnquiry",
    "EventEnquiryFormPage",
    "EventPackage",
    "EventSpace",
    "EventSpacePhoto",
    "EventSpacesPage",
    "OpeningException",
    "OpeningHoursPage",
    "ProgrammeIndexPage",
    "SchoolProgrammePage",
    "TicketPrice",
    "TicketsPage",
    "Venue",
    "WeeklyRule",
    "ZoneIndexPage",
    "ZonePage",
]


class Audience(models.TextChoices):
    VISITOR = "visitor", _("Visitors")
    TEACHER = "teacher", _("Teachers and schools")
    EVENTS = "events", _("Event organisers")


class AudiencePage(SitePage):
    """The landing page of one audience: the root of that audience's section of the site."""

    page_description = _(
        "The landing page of one audience (visitors, schools, venue hire) with its offer."
    )

    audience = models.CharField(_("audience"), max_length=10, choices=Audience.choices)
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
        FieldPanel("audience"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = [*SitePage.search_fields, *text_fields("body")]
    parent_page_types = ["technopolis.HomePage"]

    class Meta:
        verbose_name = _("audience landing page")
