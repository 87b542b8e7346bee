"""Factories for what a visitor sees of a visit: photographs with alt text in every language,
the zones and their index in every language (their factories are in offers.py), and the
'plan your visit' page (headings, paragraphs, the route
map and a photograph). The texts are invented; visits/demo_offers.py shapes the real ones.
"""

import factory

from technopolis.models import ContentPage

from . import ImageFactory, SitePageFactory, stream, translated_pages
from .offers import ZoneIndexPageFactory, ZonePageFactory

ALT_FIELDS = {"nl": "description", "fr": "description_fr", "en": "description_en"}


class PhotoFactory(ImageFactory):
    """A photograph with its alt text in Dutch, French and English; its file name with
    `file__filename="microscope.jpg"`."""

    title = factory.Sequence(lambda n: f"Foto {n}")
    description = factory.LazyAttribute(lambda image: f"Foto van {image.title.lower()}.")
    description_fr = factory.LazyAttribute(lambda image: f"Photo : {image.title.lower()}.")
    description_en = factory.LazyAttribute(lambda image: f"Photograph of {image.title.lower()}.")
    file = factory.django.ImageField(width=320, height=180, color="teal")


def alts(image):
    """{code: alt text} of an image, as its fields hold them."""
    return {code: getattr(image, name) for code, name in ALT_FIELDS.items()}


def zones_index(parent):
    """The zones' index below `parent` ({code: page}), in every language: {code: page}."""
    page = ZoneIndexPageFactory(
        parent=parent["nl"], lead="Wat je bij ons kan ontdekken, per leeftijd.", show_in_menus=False
    )
    return translated_pages(
        page,
        fr={"title": "Zones", "lead": "Ce que vous pouvez découvrir, par âge."},
        en={"title": "Zones", "lead": "What you can discover, by age."},
    )


def zone(index, titles, image=None, **fields):
    """A zone below the zones' index `index` ({code: page}) with `titles` ({code: title}) and
    `image`, in every language: {code: page}."""
    visit_defaults = {
        "lead": f"Experimenteren in {titles['nl']}.",
        "age_to": None,
        "location": "gelijkvloers",
        "highlights": "Bouw een brug\nMeet je reactiesnelheid",
    }
    page = ZonePageFactory(
        parent=index["nl"], title=titles["nl"], image=image, **{**visit_defaults, **fields}
    )
    return translated_pages(
        page, **{code: {"title": titles[code]} for code in titles if code != "nl"}
    )


def plan_visit_body(sections):
    """Body of a 'plan your visit' page from (heading, part, ...) sections; a part is a
    paragraph's text, ("map", alt, caption) for the route map or ("photo", image, caption)."""
    blocks = []
    for heading, *parts in sections:
        blocks.append(("heading", {"text": heading, "level": "h2"}))
        for part in parts:
            if isinstance(part, str):
                blocks.append(("paragraph", f"<p>{part}</p>"))
            elif part[0] == "map":
                blocks.append(("route_map", {"alt": part[1], "caption": part[2]}))
            else:
                blocks.append(("image", {"image": part[1].pk, "alt_text": "", "caption": part[2]}))
    return stream(*blocks)


class PlanVisitPageFactory(SitePageFactory):
    """The 'plan your visit' page, a content page in the menu with a section per topic; give
    it `parent` and `body` (plan_visit_body)."""

    class Meta:
        model = ContentPage

    title = "Je bezoek plannen"
    lead = "Hoe je ons vindt en wat je best weet voor je komt."
    show_in_menus = True
