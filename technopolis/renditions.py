"""The renditions each use of an image on the site needs, made when an image is saved.

Templates show an image as one of these uses (`{% image_as page.image "banner" %}`, see
templatetags/renditions.py), and saving an image makes the renditions of every use. So a page
only ever asks for renditions that exist: serving a page never resizes an image, and editors
may put any image anywhere without a slow first view.

After a change to the uses, `manage.py make_renditions` makes what existing images lack.
"""

from dataclasses import dataclass

from django.db.models.signals import post_save
from django_tasks import task
from wagtail.images import get_image_model
from wagtail.images.models import Filter


@dataclass(frozen=True)
class ImageUse:
    """One way the site shows images.

    `specs` are Wagtail filter specs as the `{% picture %}` tag takes them, braces expanded;
    several formats make a <picture> with AVIF and WebP sources and a JPEG fallback.
    """

    specs: str
    sizes: str | None = None  # only meaningful where the specs give several widths
    lazy: bool = True  # False at the top of a page, where the image is likely the largest paint

    @property
    def filter_specs(self) -> list[str]:
        return Filter.expand_spec(self.specs)

    def attrs(self) -> dict:
        return {"sizes": self.sizes, "loading": "lazy" if self.lazy else None}


IMAGE_USES = {
    "banner": ImageUse("format-{avif,webp,jpeg} fill-1200x500", lazy=False),
    # Zone and event-space cards: about 22 to 30rem wide, sharp on most phones.
    "card": ImageUse("format-{avif,webp,jpeg} fill-640x360"),
    "figure": ImageUse(
        "format-{avif,webp,jpeg} width-{400,800,1200}",
        sizes="(min-width: 800px) 800px, 100vw",
    ),
    # Logos keep their own format: PNG transparency would not survive JPEG.
    "logo": ImageUse("max-320x160", lazy=False),
    # Social networks read JPEG best (og:image).
    "share": ImageUse("fill-1200x630 format-jpeg"),
}


def all_filter_specs() -> list[str]:
    return list(dict.fromkeys(spec for use in IMAGE_USES.values() for spec in use.filter_specs))


def make_renditions(image):
    """Every use's renditions of `image`; those already made are looked up, not redone."""
    return image.get_renditions(*all_filter_specs())


@task()
def make_renditions_task(image_id: int):
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is not None:  # deleted since it was queued
        make_renditions(image)


def make_renditions_on_save(instance, raw=False, **kwargs):
    # A new file or focal point needs new renditions. Fixtures (raw) may come without the file.
    if not raw:
        make_renditions_task.enqueue(instance.pk)


def connect_signals():
    post_save.connect(make_renditions_on_save, sender=get_image_model())
