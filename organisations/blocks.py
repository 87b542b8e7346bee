"""Blocks for naming organisations: a page of this site where there is one, else a name.

The declarations app uses them for the organisers of a congress.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Locale


class OrganisationPageBlock(blocks.PageChooserBlock):
    def __init__(self, **kwargs):
        super().__init__(page_type="organisations.OrganisationPage", **kwargs)

    class Meta:
        icon = "group"
        template = "organisations/blocks/organisation_link.html"
        label = _("Organisation page")
        description = _("An umbrella organisation with its own page on this site.")

    def get_preview_value(self):
        return self.target_model.objects.live().filter(locale=Locale.get_active()).first()


class OrganisationNameBlock(blocks.CharBlock):
    def __init__(self, **kwargs):
        super().__init__(max_length=200, **kwargs)

    class Meta:
        icon = "user"
        template = "organisations/blocks/organisation_name.html"
        label = _("Other organisation")
        description = _("An organisation without a page on this site, by name.")
        preview_value = _("Royal Belgian Institute of Natural Sciences")


class OutcomeBlock(blocks.TextBlock):
    class Meta:
        icon = "tick"
        template = "organisations/blocks/outcome.html"
        label = _("Outcome")
        description = _("One result of the project, in a sentence or two.")
        preview_value = _("A web platform where teachers share inquiry-based lessons.")


def partner_blocks():
    return [("organisation", OrganisationPageBlock()), ("name", OrganisationNameBlock())]


def outcome_blocks():
    return [("outcome", OutcomeBlock())]
