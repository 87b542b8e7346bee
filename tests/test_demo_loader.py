"""The demo loader: it builds the whole site in Dutch, French and English on an empty
database, its images with every rendition, a second load changes nothing, and it says little
unless asked. Its photographs are credited, with alt text in three languages, and a load on an
older demo gives that database's images what they lack.

The only tests that read the demo's pages: `demo_page` finds them by the loader's keys."""

import html
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from technopolis.demo import content, images
from technopolis.demo.loader import translation_key
from technopolis.models import CustomImage
from technopolis.renditions import all_filter_specs
from visits import demo_offers
from visits.offers.models import EventPackage, EventSpace, EventSpacePhoto, TicketPrice

from .helpers import rolled_back_after

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


LANGUAGES = ("nl", "fr", "en")


def demo_page(key, language):
    """The demo page with this loader key in this language."""
    return Page.objects.get(
        translation_key=translation_key(key), locale__language_code=language
    ).specific


def counts():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        CustomImage.objects.count(),
        EventSpacePhoto.objects.count(),
    )


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
    before = counts()
    assert "Demo content ready: 0 pages created." in load_demo(1)
    assert tree() == built
    assert counts() == before
    assert len(load_demo(2)) > len(summary)
    assert load_demo(0) == []


# -- The demo's photographs --------------------------------------------------------------------


@pytest.fixture(scope="class")
def demo(django_db_setup, django_db_blocker):
    """The demo, loaded once for the class that reads it and rolled back after its last test
    (each test's own changes roll back with the test)."""
    with rolled_back_after(django_db_blocker):
        call_command("load_demo", verbosity=0)
        yield


def page_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.usefixtures("demo")
class TestTheDemosPhotographs:
    def test_every_image_of_the_demo_pages_has_alt_text_in_three_languages(self):
        shown = [*demo_offers.ZONE_PHOTOS.values(), *demo_offers.AUDIENCE_PHOTOS.values()]
        titles = {images.PHOTOS[name].title for name in shown}
        titles |= set(EventSpacePhoto.objects.values_list("image__title", flat=True))
        for key in [
            "zone-stek",
            "activity-cold",
            *demo_offers.ZONE_PHOTOS,
            *demo_offers.AUDIENCE_PHOTOS,
        ]:
            for language in LANGUAGES:
                page = demo_page(key, language)
                assert page.image is not None, (key, language)
                titles.add(page.image.title)
        for image in CustomImage.objects.filter(title__in=titles):
            texts = [getattr(image, name) for name in images.ALT_FIELDS.values()]
            assert all(texts) and len(set(texts)) == 3, image.title
            assert not any(".png" in text or ".jpg" in text for text in texts), image.title

    def test_every_photograph_is_in_the_demo_and_credited(self):
        files = {
            path.name for path in images.PHOTOS_DIR.iterdir() if path.suffix in (".png", ".jpg")
        }
        assert len(files) == 7
        assert set(images.PHOTOS) == files == {name for name, *_ in content.PHOTO_CREDITS}
        stored = CustomImage.objects.filter(
            title__in=[photo.title for photo in images.PHOTOS.values()]
        )
        assert stored.count() == 7

    def test_the_credits_page_lists_every_photograph_with_source_and_licence(self, client):
        for language in LANGUAGES:
            text = html.unescape(page_html(client, demo_page("credits", language)))
            for _, shows, source, licence in content.PHOTO_CREDITS:
                assert shows[language] in text
                assert f"{source[language]}." in text
                assert f"{licence[language]}." in text

    def test_a_second_load_upgrades_an_older_demo_and_a_third_changes_nothing(self):
        """A database loaded before photographs and translated alt text: zones with a drawn
        picture, photographs with their English text in the Dutch field."""
        drawn = images.ensure_image(
            "Zone Inspirience",
            "Abstract drawing of orbits standing in for a photo of Inspirience.",
            "navy",
        )
        for language in LANGUAGES:
            zone_page = demo_page("zone-inspirience", language)
            zone_page.image = drawn
            zone_page.save_revision().publish()
        retina = images.PHOTOS["retina.jpg"]
        CustomImage.objects.filter(title=retina.title).update(
            description=retina.alt["en"], description_fr="", description_en=""
        )
        chosen = demo_page("zone-stek", "fr")
        chosen.image = drawn  # an editor's choice: not the demo's to change
        chosen.save_revision().publish()

        call_command("load_demo", verbosity=0)

        image = CustomImage.objects.get(title=retina.title)
        assert [getattr(image, name) for name in images.ALT_FIELDS.values()] == list(
            retina.alt.values()
        )
        for language in LANGUAGES:
            assert demo_page("zone-inspirience", language).image_id == image.pk
        assert demo_page("zone-stek", "fr").image_id == drawn.pk
        after_upgrade = counts()
        call_command("load_demo", verbosity=0)
        assert counts() == after_upgrade
