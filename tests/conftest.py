import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, tmp_path_factory):
    """Every test starts from the demo site, loaded once per run."""
    from django.conf import settings

    settings.MEDIA_ROOT = str(tmp_path_factory.mktemp("media"))
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)


@pytest.fixture
def site_settings(db):
    from wagtail.models import Site

    from technopolis.models import SiteSettings

    return SiteSettings.for_site(Site.objects.get(is_default_site=True))
