import os
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings
from django.core.management import call_command
from django.utils import translation


def pytest_configure(config):
    """`TEST_TODAY=2026-12-24 bin/test` runs the whole suite as if it were that day (10:00 in
    Brussels, the clock ticking), to show the tests pass whatever day CI runs on."""
    today = os.environ.get("TEST_TODAY")
    if today:
        moment = datetime.combine(date.fromisoformat(today), time(10), ZoneInfo("Europe/Brussels"))
        time_machine.travel(moment, tick=True).start()


def pytest_report_header(config):
    if os.environ.get("TEST_TODAY"):
        return f"frozen date (TEST_TODAY): {os.environ['TEST_TODAY']}"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, tmp_path_factory):
    """The database as a new installation has it: the site's languages and the staff roles.
    Tests build the content they read with the factories (tests/factories/)."""
    from django.conf import settings
    from wagtail.models import Locale

    settings.MEDIA_ROOT = str(tmp_path_factory.mktemp("media"))
    with django_db_blocker.unblock():
        for code, _ in settings.LANGUAGES:
            Locale.objects.get_or_create(language_code=code)
        call_command("setup_roles", verbosity=0)


def pytest_collection_modifyitems(config, items):
    # Stable: the browser modules go last, with the site they commit (tests/browser/site.py).
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture
def site(db):
    """The default site with its home page in every language: {code: home page}."""
    from tests.factories import make_site

    return make_site()


@pytest.fixture(autouse=True)
def _nothing_cached():
    """No test sees what another cached: pages and the parts a process kept, rate-limit and
    throttle counters, renditions by image id (ids recur once a test's transaction is rolled
    back)."""
    from django.core.cache import caches

    from technopolis.cache import forget_kept

    forget_kept()
    for alias in settings.CACHES:
        caches[alias].clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the site's default language, whatever the one before switched to."""
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def site_settings(db):
    from wagtail.models import Site

    from technopolis.models import SiteSettings

    return SiteSettings.for_site(Site.objects.get(is_default_site=True))
