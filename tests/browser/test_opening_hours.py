"""The opening status and the month calendar fit a 390 px phone, in the longest wording."""

from datetime import datetime, time, timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.utils import timezone

from visits.demo import closures
from visits.opening_hours.hours import TZ

pytestmark = [pytest.mark.usefixtures("demo"), pytest.mark.browser, pytest.mark.django_db]

YEAR = timezone.localdate().year + 1
MAINTENANCE = next(c for c in closures(YEAR) if c[4] == "annual maintenance")


def fits(page, selector):
    """The element's box lies within the viewport's width, and it does not scroll sideways."""
    box = page.locator(selector).first.bounding_box()
    scrolls = page.locator(selector).first.evaluate("e => e.scrollWidth > e.clientWidth")
    return box["x"] >= 0 and box["x"] + box["width"] <= 390 and not scrolls


@pytest.mark.parametrize("path", ["/fr/visiteurs/horaires/", "/nl/bezoekers/openingsuren/"])
def test_closure_status_and_month_fit_a_phone(site_url, phone, path):
    cache.clear()
    moment = datetime.combine(MAINTENANCE[0] + timedelta(days=1), time(11), tzinfo=TZ)
    with time_machine.travel(moment):  # ticking: the browser's timers keep running
        phone.goto(f"{site_url}{path}?month={YEAR}-09")
        status = phone.locator(".site-header .opening-status")
        assert "(" in status.inner_text()  # the closure's reason is shown
        assert fits(phone, ".site-header .opening-status")
        assert status.bounding_box()["height"] < 80  # at most three lines
        assert fits(phone, ".table-wrap:has(.week)")
        assert fits(phone, ".table-wrap:has(.month)")
