"""Small helpers shared by the tests."""

import threading
from datetime import timedelta
from html.parser import HTMLParser

from django.utils import timezone
from wagtail.models import Page

from technopolis.demo.loader import translation_key


def demo_page(key, language):
    """The demo page with this loader key in this language."""
    return Page.objects.get(
        translation_key=translation_key(key), locale__language_code=language
    ).specific


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def elements(html, tag, **attrs):
    """Start tags named `tag` whose attributes include `attrs` (class matches one class name)."""
    parser = _Links()
    parser.feed(html)
    found = []
    for name, element_attrs in parser.elements:
        if name != tag:
            continue
        ok = True
        for key, value in attrs.items():
            key = key.rstrip("_").replace("_", "-")
            actual = element_attrs.get(key)
            if key == "class":
                ok = ok and actual is not None and value in actual.split()
            else:
                ok = ok and actual == value
        if ok:
            found.append(element_attrs)
    return found


def delete_committed(*querysets):
    """Delete rows the test server committed, for good.

    The test itself runs in a transaction that is rolled back, and so would a delete made in
    it; a thread of its own has a connection outside that transaction. SQLite in memory
    shares the test's one connection with the server, whose rows go with the rollback.
    """
    from django.db import connection, connections

    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        return

    def delete():
        try:
            for queryset in querysets:
                queryset.delete()
        finally:
            connections.close_all()

    worker = threading.Thread(target=delete)
    worker.start()
    worker.join(timeout=30)


def in_days(days):
    """The date `days` from today, as a form field takes it."""
    return (timezone.localdate() + timedelta(days=days)).isoformat()


def school_day(after):
    """The first day from `after` days on when a class can come, by the opening hours."""
    from visits.school_days import closed_for_classes, main_venue

    venue = main_venue()
    day = timezone.localdate() + timedelta(days=after)
    while closed_for_classes(venue.rules, venue.exceptions, day):
        day += timedelta(days=1)
    return day.isoformat()
