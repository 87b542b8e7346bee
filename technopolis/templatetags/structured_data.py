"""JSON-LD for page templates."""

import json

from django import template
from django.utils.safestring import mark_safe

register = template.Library()

# The characters that could end the script element or open a comment inside it.
_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """A `<script type="application/ld+json">` element holding `data`, safe inside HTML."""
    if not data:
        return ""
    text = json.dumps(data, ensure_ascii=False, default=str).translate(_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')
