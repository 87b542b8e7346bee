"""The opening status and the month calendar fit a 390 px phone, in the longest wording."""

from datetime import datetime, time, timedelta

import pytest
import time_machine
from django.core.cache import cache

from tests.browser.site import YEAR
from tests.factories.opening_hours import nth_monday
from visits.opening_hours.hours import TZ

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

MAINTENANCE = nth_monday(YEAR, 9)  # the first day of the closure (tests/browser/site.py)


def fits(page, selector):
    """The element's box lies within the viewport's width, and it does not scroll sideways."""
    box = page.locator(selector).first.bounding_box()
    scrolls = page.locator(selector).first.evaluate("e => e.scrollWidth > e.clientWidth")
    return box["x"] >= 0 and box["x"] + box["width"] <= 390 and not scrolls


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_closure_status_and_month_fit_a_phone(site_url, pages, phone, language):
    cache.clear()
    moment = datetime.combine(MAINTENANCE + timedelta(days=1), time(11), tzinfo=TZ)
    with time_machine.travel(moment):  # ticking: the browser's timers keep running
        phone.goto(f"{site_url}{pages['OpeningHoursPage'][language].url}?month={YEAR}-09")
        status = phone.locator(".site-header .opening-status")
        assert "(" in status.inner_text()  # the closure's reason is shown
        assert fits(phone, ".site-header .opening-status")
        assert status.bounding_box()["height"] < 80  # at most three lines
        assert fits(phone, ".table-wrap:has(.week)")
        assert fits(phone, ".table-wrap:has(.month)")
