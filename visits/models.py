"""Audiences and their offers."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from technopolis.blocks import content_blocks
from technopolis.models import SitePage


class Audience(models.TextChoices):
    VISITOR = "visitor", _("Visitors")
    TEACHER = "teacher", _("Teachers and schools")
    EVENTS = "events", _("Event organisers")


class AudiencePage(SitePage):
    """The landing page of one audience: the root of that audience's section of the site."""

    audience = models.CharField(_("audience"), max_length=10, choices=Audience.choices)
    image = models.ForeignKey(
        "technopolis.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(content_blocks(), blank=True)

    content_panels = [
        *SitePage.content_panels,
        FieldPanel("audience"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = [*SitePage.search_fields, index.SearchField("body")]
    parent_page_types = ["technopolis.HomePage"]

    class Meta:
        verbose_name = _("audience landing page")
