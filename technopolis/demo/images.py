"""Demo images: abstract pictures drawn with Pillow, and seven public-domain or CC0 photographs
kept in `photos/` (their sources and licences in `photos/LICENCES.md`, credited on the demo's
credits page), so the demo needs no download.

Every demo image has alt text in Dutch, French and English. An image is found again by its
title, and a second run gives it the translations it lacks: a database loaded before the alt
text had languages gets them without a new image.
"""

import io
import math
import random
from dataclasses import dataclass
from pathlib import Path

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw

from technopolis.models import CustomImage

PHOTOS_DIR = Path(__file__).resolve().parent / "photos"

PALETTES = {
    "orange": ((185, 58, 0), (255, 210, 63), (20, 33, 61)),
    "teal": ((0, 99, 107), (216, 240, 238), (20, 33, 61)),
    "navy": ((20, 33, 61), (255, 210, 63), (185, 58, 0)),
    "sand": ((245, 241, 232), (0, 99, 107), (185, 58, 0)),
}


def draw(seed: str, palette: str, size=(1600, 900)) -> bytes:
    """An abstract 'science' picture: a gradient with orbits and bubbles, the same for a seed."""
    rng = random.Random(seed)
    base, accent, detail = PALETTES[palette]
    width, height = size
    image = Image.new("RGB", size, base)
    pixels = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        shade = tuple(int(c * (1 - 0.35 * t) + 255 * 0.05 * t) for c in base)
        pixels.line([(0, y), (width, y)], fill=shade)
    cx, cy = rng.randint(width // 3, 2 * width // 3), rng.randint(height // 3, 2 * height // 3)
    for ring in range(5):
        rx, ry = 180 + ring * 120, 60 + ring * 45
        tilt = rng.uniform(-0.6, 0.6)
        points = [
            (
                cx + rx * math.cos(a) * math.cos(tilt) - ry * math.sin(a) * math.sin(tilt),
                cy + rx * math.cos(a) * math.sin(tilt) + ry * math.sin(a) * math.cos(tilt),
            )
            for a in [i * math.pi / 90 for i in range(181)]
        ]
        pixels.line(points, fill=accent, width=6)
    pixels.ellipse([cx - 70, cy - 70, cx + 70, cy + 70], fill=accent)
    for _ in range(18):
        r = rng.randint(12, 60)
        x, y = rng.randint(0, width), rng.randint(0, height)
        pixels.ellipse([x - r, y - r, x + r, y + r], outline=detail, width=5)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


# The alt text of each language, in the image's field for that language.
ALT_FIELDS = {"nl": "description", "fr": "description_fr", "en": "description_en"}


@dataclass(frozen=True)
class Photo:
    """A photograph of `photos/`: its title in the image library and what it shows."""

    filename: str
    title: str
    alt: dict  # language code: alt text


# What each photograph really shows (photos/LICENCES.md), never its file name. They stand in
# for photographs of Technopolis, which the demo does not have.
PHOTOS = {
    photo.filename: photo
    for photo in [
        Photo(
            "astronaut.png",
            "Astronaut Eileen Collins",
            {
                "nl": "Portret van astronaute Eileen Collins, glimlachend in een oranje "
                "vliegpak, met de Amerikaanse vlag en een model van de spaceshuttle achter haar.",
                "fr": "Portrait de l'astronaute Eileen Collins, souriante, en combinaison de vol "
                "orange, devant le drapeau américain et une maquette de la navette spatiale.",
                "en": "Portrait of astronaut Eileen Collins, smiling, in an orange flight suit, "
                "with the American flag and a model of the space shuttle behind her.",
            },
        ),
        Photo(
            "rocket.jpg",
            "Falcon 9 rocket on the launch pad",
            {
                "nl": "Een Falcon 9-raket met de satelliet DSCOVR aan boord op het lanceerplatform "
                "van Cape Canaveral, bij schemering.",
                "fr": "Une fusée Falcon 9 emportant le satellite DSCOVR sur son pas de tir à Cap "
                "Canaveral, au crépuscule.",
                "en": "A Falcon 9 rocket carrying the DSCOVR satellite on its launch pad at Cape "
                "Canaveral, at dusk.",
            },
        ),
        Photo(
            "hubble_deep_field.jpg",
            "Hubble eXtreme Deep Field",
            {
                "nl": "Duizenden verre sterrenstelsels, puntjes en vlekjes licht op een zwarte "
                "hemel, in het Hubble eXtreme Deep Field.",
                "fr": "Des milliers de galaxies lointaines, points et taches de lumière sur un "
                "ciel noir, dans le Hubble eXtreme Deep Field.",
                "en": "Thousands of distant galaxies, points and smudges of light on a black sky, "
                "in the Hubble eXtreme Deep Field.",
            },
        ),
        Photo(
            "coffee.png",
            "Espresso in a red cup",
            {
                "nl": "Een espresso in een rood kopje op een schoteltje met een lepeltje, op een "
                "houten tafel.",
                "fr": "Un expresso dans une tasse rouge, sur sa soucoupe avec une petite cuillère, "
                "posé sur une table en bois.",
                "en": "An espresso in a red cup on a saucer with a teaspoon, on a wooden table.",
            },
        ),
        Photo(
            "coins.png",
            "Greek coins from Pompeii",
            {
                "nl": "Zwart-witfoto van vier rijen oude Griekse munten uit Pompeii, met koppen en "
                "figuren erop, op een donkere achtergrond.",
                "fr": "Photo en noir et blanc de quatre rangées de pièces grecques antiques de "
                "Pompéi, ornées de têtes et de figures, sur un fond sombre.",
                "en": "Black-and-white photograph of four rows of ancient Greek coins from "
                "Pompeii, showing heads and figures, on a dark background.",
            },
        ),
        Photo(
            "ihc.png",
            "Stained tissue under the microscope",
            {
                "nl": "Microscoopbeeld van gekleurd weefsel uit de dikke darm: klieren van bruin "
                "omrande cellen met blauwe kernen, omringd door bleker weefsel.",
                "fr": "Vue au microscope d'un tissu coloré du côlon : des glandes aux cellules "
                "bordées de brun et aux noyaux bleus, entourées d'un tissu plus pâle.",
                "en": "Microscope view of stained tissue from the colon: glands of brown-edged "
                "cells with blue nuclei, surrounded by paler tissue.",
            },
        ),
        Photo(
            "retina.jpg",
            "Human retina",
            {
                "nl": "Foto van een gezond menselijk netvlies, door de pupil bekeken: een oranje "
                "achtergrond doorkruist door rode bloedvaten.",
                "fr": "Photo d'une rétine humaine saine vue à travers la pupille : un fond orange "
                "parcouru de vaisseaux sanguins rouges.",
                "en": "Photograph of a healthy human retina seen through the pupil: an orange "
                "background crossed by red blood vessels.",
            },
        ),
    ]
}

# The site's default sharing image (technopolis/management/commands/load_demo.py).
EMBLEM_ALT = {
    "nl": "Banen rond een gele kern op een donkerblauwe achtergrond: het embleem van Technopolis.",
    "fr": "Des orbites autour d'un noyau jaune sur un fond bleu foncé : l'emblème de Technopolis.",
    "en": "Orbits around a yellow core on a dark blue background: the Technopolis emblem.",
}


def _alts(alt) -> dict:
    """Alt text per language; a plain string is the Dutch (default) one."""
    return {"nl": alt} if isinstance(alt, str) else dict(alt)


def _fill_alt(image, alts):
    """Give an image of an earlier run the alt texts it lacks; an editor's text stays.

    Before the alt text had languages the demo wrote its English text in the Dutch field: where
    that field still holds exactly the English text and the English field is empty, the Dutch
    text takes its place.
    """
    changed = []
    if (
        alts.get("nl")
        and alts.get("en")
        and not image.description_en
        and image.description == alts["en"] != alts["nl"]
    ):
        image.description = alts["nl"]
        changed.append("description")
    for code, name in ALT_FIELDS.items():
        if alts.get(code) and not getattr(image, name):
            setattr(image, name, alts[code])
            changed.append(name)
    if changed:
        image.save(update_fields=changed)
    return image


def _new_image(title, alts, name, content):
    image = CustomImage(title=title, **{ALT_FIELDS[code]: text for code, text in alts.items()})
    image.file = ImageFile(content, name=name)
    image.save()
    return image


def ensure_image(title: str, alt, palette: str = "orange") -> CustomImage:
    """The demo image with this title, drawn and stored the first time it is asked for.

    `alt` is a dict of alt text per language ({"nl": …, "fr": …, "en": …}), or a string for the
    Dutch one alone.
    """
    alts = _alts(alt)
    existing = CustomImage.objects.filter(title=title).first()
    if existing:
        return _fill_alt(existing, alts)
    slug = "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")
    return _new_image(title, alts, f"{slug}.png", io.BytesIO(draw(title, palette)))


def ensure_photo(filename: str, title: str | None = None, alt=None) -> CustomImage:
    """The demo image of the photograph `filename` in `photos/`, stored the first time it is
    asked for. Title and alt text (what the photograph shows) default to those of `PHOTOS`."""
    if title is None or alt is None:
        photo = PHOTOS[filename]
        title, alt = title or photo.title, alt or photo.alt
    alts = _alts(alt)
    existing = CustomImage.objects.filter(title=title).first()
    if existing:
        return _fill_alt(existing, alts)
    with (PHOTOS_DIR / filename).open("rb") as content:
        return _new_image(title, alts, filename, content)
