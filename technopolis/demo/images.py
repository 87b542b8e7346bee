"""Demo images: abstract pictures drawn with Pillow, and a few public-domain or CC0 photographs
kept in `photos/` (their sources and licences in `photos/LICENCES.md`), so the demo needs no
download."""

import io
import math
import random
from pathlib import Path

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw

from technopolis.models import CustomImage

PHOTOS = Path(__file__).resolve().parent / "photos"

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


def ensure_image(title: str, alt: str, palette: str = "orange") -> CustomImage:
    """The demo image with this title, drawn and stored the first time it is asked for."""
    existing = CustomImage.objects.filter(title=title).first()
    if existing:
        return existing
    slug = "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")
    image = CustomImage(title=title, description=alt)
    image.file = ImageFile(io.BytesIO(draw(title, palette)), name=f"{slug}.png")
    image.save()
    return image


def ensure_photo(filename: str, title: str, alt: str) -> CustomImage:
    """The demo image with this title, stored from the photograph `filename` in `photos/` the
    first time it is asked for. `alt` says what the photograph shows."""
    existing = CustomImage.objects.filter(title=title).first()
    if existing:
        return existing
    image = CustomImage(title=title, description=alt)
    with (PHOTOS / filename).open("rb") as photo:
        image.file = ImageFile(photo, name=filename)
        image.save()
    return image
