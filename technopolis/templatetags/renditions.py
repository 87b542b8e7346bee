"""Template tags that show an image as one of its uses (technopolis/renditions.py)."""

from functools import partial

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.images.models import Picture, ResponsiveImage
from wagtail.images.shortcuts import get_renditions_or_not_found

from technopolis.cache import generation, kept
from technopolis.renditions import IMAGE_USES

register = template.Library()


@register.simple_tag
def image_as(image, use, **attrs):
    """`image` shown as `use`: a <picture> when the use has several formats, else an <img>.

    `attrs` go on the <img>, after the use's own (sizes, loading) and the image's alt text in
    the active language; an `alt` given here (a block's own description) wins. The HTML is
    kept per process under the content generation (an image's change starts a new one), so
    the renditions are looked up once, not on every render.
    """
    if not image:
        return ""
    key = f"image:{generation()}:{get_language()}:{image.pk}:{use}:{sorted(attrs.items())}"
    return kept(key, partial(_image_html, image, use, attrs))


def _image_html(image, use, attrs):
    use = IMAGE_USES[use]
    renditions = get_renditions_or_not_found(image, use.filter_specs)
    attrs = {**use.attrs(), "alt": image.alt, **attrs}
    picture = Picture(renditions, attrs)
    return mark_safe(str(picture if picture.formats else ResponsiveImage(renditions, attrs)))


@register.simple_tag
def rendition_for(image, use):
    """The rendition of a use made of one spec, for its address and size (og:image)."""
    (spec,) = IMAGE_USES[use].filter_specs
    # Not get_rendition_or_not_found: Wagtail's get_rendition writes a rendition back to the
    # cache each time it reads it from there, a round trip per page for nothing.
    return get_renditions_or_not_found(image, [spec])[spec]
