"""Template context for every page rendered with a request.

Both values are computed only when a template uses them, so the admin pays nothing.
"""

from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from technopolis import sites
from technopolis.models import SiteSettings
from technopolis.templatetags.structured_data import json_ld

from . import hours
from .schedule import schedules
from .status import header_status
from .structured_data import museum


def museum_json_ld(request):
    """A `<script type="application/ld+json">` with the Museum and its hours, or ""."""
    venue = schedules(get_language()).main
    if venue is None:
        return ""
    site_settings = SiteSettings.for_request(request)
    data = museum(
        venue,
        hours.local_day(timezone.now()),
        sites.absolute(request, f"/{get_language()}/"),
        site_settings,
        site_settings.phone,
    )
    return json_ld(data)


def opening_status(request):
    """The header's opening status (computing it bounds how long the response may be cached)
    and the Museum's structured data for the pages that show it."""
    return {
        "opening_status": SimpleLazyObject(lambda: header_status(request)),
        "museum_json_ld": SimpleLazyObject(lambda: museum_json_ld(request)),
    }
