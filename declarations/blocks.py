"""Blocks of a declaration: its commitments, one a block, so they render as a numbered list."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class CommitmentBlock(blocks.TextBlock):
    class Meta:
        icon = "tick"
        template = "declarations/blocks/commitment.html"
        label = _("Commitment")
        description = _("One action point or commitment of the declaration.")
        preview_value = _("Engage young people with the big challenges of their time.")


def commitment_blocks():
    return [("commitment", CommitmentBlock())]
