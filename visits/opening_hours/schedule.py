"""The opening hours in the database as `visits.hours` values, cached until an edit.

Every page shows the status, so loading must be cheap: one cache read per request, and on a
miss a fixed handful of queries. Saving or deleting hours (or publishing any page, which can
move a notice page) replaces the version in the cache key, so the next request reloads.
"""

from dataclasses import dataclass

from django.db.models.signals import post_delete, post_save
from django.utils import translation
from wagtail.signals import page_published, page_unpublished

from technopolis.cache import bump_version, cached, read_version
from technopolis.navigation import localized_pages
from technopolis.request_memo import remembered

from . import hours
from .models import OpeningException, OpeningHoursPage, Venue, WeeklyRule

VERSION_KEY = "visits:hours:version"
# Bounds how long a process can serve hours edited through another process's local cache.
TIMEOUT = 3600


@dataclass(frozen=True)
class VenueSchedule:
    key: str
    name: str
    rules: tuple[hours.WeeklyRule, ...]
    exceptions: tuple[hours.OpeningException, ...]


@dataclass(frozen=True)
class Schedules:
    venues: tuple[VenueSchedule, ...]
    page_url: str  # the opening hours page in this language, or ""

    @property
    def main(self):
        """The venue the page header speaks of."""
        return self.venues[0] if self.venues else None

    def venue(self, key):
        return next((v for v in self.venues if v.key == key), None)


def invalidate(**kwargs):
    bump_version(VERSION_KEY)


def schedules(language):
    """Every venue's rules and exceptions, texts in `language`; the main building first."""
    version = remembered(VERSION_KEY, lambda: read_version(VERSION_KEY))
    return cached(f"visits:hours:{version}:{language}", lambda: _load(language), TIMEOUT)


def _load(language):
    venues = sorted(Venue.objects.all(), key=lambda v: (v.part_of_id is not None, v.pk))
    rules = {}
    for rule in WeeklyRule.objects.all():
        rules.setdefault(rule.venue_id, []).append(rule.as_value())
    rows = list(OpeningException.objects.select_related("notice_page"))
    notices = [row.notice_page for row in rows if row.notice_page]
    with translation.override(language):
        notice_urls = {page.translation_key: page.url for page in localized_pages(notices)}
    exceptions = {}
    for row in rows:
        url = notice_urls.get(row.notice_page.translation_key, "") if row.notice_page else ""
        exceptions.setdefault(row.venue_id, []).append((row.closed, row.as_value(language, url)))
    page = OpeningHoursPage.objects.live().filter(locale__language_code=language).first()
    return Schedules(
        tuple(
            VenueSchedule(
                venue.key,
                venue.name(language),
                tuple(rules.get(venue.pk, ())),
                tuple(
                    value
                    for venue_id in (venue.pk, venue.part_of_id)
                    for closed, value in exceptions.get(venue_id, ())
                    # a zone shares its building's closures, not its special hours
                    if venue_id == venue.pk or closed
                ),
            )
            for venue in venues
        ),
        page.url if page else "",
    )


for model in (Venue, WeeklyRule, OpeningException):
    post_save.connect(invalidate, sender=model, dispatch_uid=f"visits-hours-save-{model.__name__}")
    post_delete.connect(
        invalidate, sender=model, dispatch_uid=f"visits-hours-delete-{model.__name__}"
    )
page_published.connect(invalidate, dispatch_uid="visits-hours-page-published")
page_unpublished.connect(invalidate, dispatch_uid="visits-hours-page-unpublished")
