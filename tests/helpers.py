"""Small helpers shared by the tests."""

import threading
from contextlib import contextmanager
from datetime import timedelta
from html.parser import HTMLParser

from django.db import transaction
from django.utils import timezone


@contextmanager
def rolled_back_after(django_db_blocker):
    """For a fixture that builds data once for a class of tests (scope="class"): the data is
    written in a transaction, each test's own in a savepoint within it, and the whole rolled
    back after the class's last test."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


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


def _shares_the_servers_connection():
    from django.db import connection

    return connection.vendor == "sqlite" and connection.is_in_memory_db()


def committed(action):
    """Run `action` on a connection of its own, so that what it writes is committed and the
    test server sees it (the test itself runs in a transaction the server cannot see). SQLite
    in memory shares the test's one connection with the server: there it runs in place."""
    from django.db import connections

    if _shares_the_servers_connection():
        return action()
    outcome = {}

    def work():
        try:
            outcome["value"] = action()
        except BaseException as error:  # handed to the test's thread below
            outcome["error"] = error
        finally:
            connections.close_all()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=60)
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def delete_committed(*querysets):
    """Delete rows the test server committed, for good (in SQLite in memory they go with the
    test's rollback)."""
    if _shares_the_servers_connection():
        return

    def delete():
        for queryset in querysets:
            queryset.delete()

    committed(delete)


def in_days(days):
    """The date `days` from today, as a form field takes it."""
    return (timezone.localdate() + timedelta(days=days)).isoformat()


def school_day(after):
    """The first day from `after` days on when a class can come, by the opening hours."""
    from visits.offers.school_days import closed_for_classes, main_venue

    venue = main_venue()
    day = timezone.localdate() + timedelta(days=after)
    while closed_for_classes(venue.rules, venue.exceptions, day):
        day += timedelta(days=1)
    return day.isoformat()
