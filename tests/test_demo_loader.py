"""The demo loader: it builds the whole site in Dutch, French and English on an empty
database, its images with every rendition, a second load changes nothing, and it says little
unless asked."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page

from technopolis.models import CustomImage
from technopolis.renditions import all_filter_specs
from visits.offers.models import EventPackage, EventSpace, TicketPrice

from .helpers import demo_page

pytestmark = pytest.mark.django_db

PAGES = {
    "home": {"nl": "/nl/", "fr": "/fr/", "en": "/en/"},
    "audience-visitor": {"nl": "/nl/bezoekers/", "fr": "/fr/visiteurs/", "en": "/en/visitors/"},
    "audience-teacher": {"nl": "/nl/scholen/", "fr": "/fr/ecoles/", "en": "/en/schools/"},
    "audience-events": {
        "nl": "/nl/zaal-huren/",
        "fr": "/fr/louer-une-salle/",
        "en": "/en/venue-hire/",
    },
    "international": {
        "nl": "/nl/internationaal/",
        "fr": "/fr/international/",
        "en": "/en/international/",
    },
    "about": {
        "nl": "/nl/missie-en-visie/",
        "fr": "/fr/mission-et-vision/",
        "en": "/en/mission-and-vision/",
    },
    "terms": {
        "nl": "/nl/algemene-verkoopsvoorwaarden/",
        "fr": "/fr/conditions-generales-de-vente/",
        "en": "/en/terms-and-conditions-of-sale/",
    },
    "privacy": {
        "nl": "/nl/privacyverklaring/",
        "fr": "/fr/declaration-de-confidentialite/",
        "en": "/en/privacy-statement/",
    },
}


def load_demo(verbosity):
    out = StringIO()
    call_command("load_demo", verbosity=verbosity, stdout=out)
    return out.getvalue().splitlines()


def tree():
    """The site's pages, without Wagtail's welcome page of a new installation."""
    return sorted(
        (page.url_path, page.locale.language_code, page.specific_class.__name__, page.live)
        for page in Page.objects.filter(depth__gt=1).select_related("locale")
        if page.specific_class is not Page
    )


def test_the_demo_loads_in_every_language_once(client):
    assert tree() == []
    summary = load_demo(1)
    built = tree()
    created = len(built)
    assert f"Demo content ready: {created} pages created." in summary
    assert len(summary) <= 3
    assert {language for _, language, _, _ in built} == {"nl", "fr", "en"}
    # Every page exists in the three languages, published.
    assert created == 3 * sum(language == "nl" for _, language, _, _ in built)
    assert all(live for *_, live in built)
    for model in (TicketPrice, EventSpace, EventPackage):
        rows = model.objects.values_list("translation_key", "locale__language_code")
        by_key = {}
        for key, language in rows:
            by_key.setdefault(key, set()).add(language)
        assert by_key, model
        assert all(languages == {"nl", "fr", "en"} for languages in by_key.values()), model
    # Its images have the renditions of every use: no page makes one while served.
    images = CustomImage.objects.all()
    assert images.exists()
    for image in images:
        specs = set(image.renditions.values_list("filter_spec", flat=True))
        assert specs >= set(all_filter_specs()), image.title

    for key, urls in PAGES.items():
        for language, url in urls.items():
            page = demo_page(key, language)
            assert page.url == url
            response = client.get(url)
            assert response.status_code == 200, url
            html = response.content.decode()
            assert f'<html lang="{language}"' in html
            assert f"<title>{page.title}" in html

    # Loaded again, it finds everything in place and creates nothing.
    assert "Demo content ready: 0 pages created." in load_demo(1)
    assert tree() == built
    assert len(load_demo(2)) > len(summary)
    assert load_demo(0) == []
