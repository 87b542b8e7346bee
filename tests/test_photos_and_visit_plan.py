"""The demo's photographs, with alt text in the page's language; the 'plan your visit' page with
its address, route map and topics in nl, fr and en; the credits page; and a demo that loads
twice without making anything new, giving an older database's images what they lack."""

import html
import re
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.template import Context, Template
from django.utils import translation
from wagtail.models import Page, Revision

from technopolis.demo.content import PHOTO_CREDITS
from technopolis.demo.images import ALT_FIELDS, PHOTOS, PHOTOS_DIR, ensure_image
from technopolis.models import CustomImage
from visits.demo_offers import AUDIENCE_PHOTOS, ZONE_PHOTOS
from visits.offers.models import EventSpacePhoto

from .helpers import demo_page, elements

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]

LANGUAGES = ("nl", "fr", "en")


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()  # pages cached by other tests, perhaps before their rollback


def page_html(client, key, language):
    response = client.get(demo_page(key, language).url)
    assert response.status_code == 200
    return response.content.decode()


def h2_texts(page):
    return [
        html.unescape(re.sub(r"<[^>]+>", "", h)).strip()
        for h in re.findall(r"<h2[^>]*>(.*?)</h2>", page, re.S)
    ]


# -- Alt text in the page's language ---------------------------------------------------------


def test_alt_text_follows_the_active_language_and_falls_back_to_dutch():
    image = CustomImage(title="Test", description="Een raket", description_fr="Une fusée")
    with translation.override("fr"):
        assert image.alt == "Une fusée"
    with translation.override("en"):
        assert image.alt == "Een raket"  # no English text: the Dutch one
    assert image.alt_text("nl") == "Een raket"
    assert CustomImage(title="Only a title").alt_text("fr") == "Only a title"


def test_image_as_gives_the_img_the_alt_text_of_the_active_language():
    image = CustomImage.objects.get(title=PHOTOS["coffee.png"].title)
    template = Template('{% load renditions %}{% image_as image "card" %}')
    for language in LANGUAGES:
        with translation.override(language):
            rendered = template.render(Context({"image": image}))
        (img,) = elements(rendered, "img")
        assert img["alt"] == PHOTOS["coffee.png"].alt[language]


def test_a_zone_page_in_french_shows_its_photograph_with_the_french_alt_text(client):
    photo = PHOTOS[ZONE_PHOTOS["zone-inspirience"]]
    (banner,) = elements(page_html(client, "zone-inspirience", "fr"), "img", class_="banner")
    assert banner["alt"] == photo.alt["fr"]
    assert Path(photo.filename).stem in banner["src"]


def test_zone_cards_show_photographs_in_the_page_language(client):
    page = page_html(client, "zones", "en")
    alts = {img["alt"] for img in elements(page, "img", class_="card__image")}
    assert {PHOTOS[name].alt["en"] for name in ZONE_PHOTOS.values()} <= alts


def test_every_image_of_the_demo_pages_has_alt_text_in_three_languages():
    images = {PHOTOS[name].title for name in [*ZONE_PHOTOS.values(), *AUDIENCE_PHOTOS.values()]}
    images |= set(EventSpacePhoto.objects.values_list("image__title", flat=True))
    for key in ["zone-stek", "activity-cold", *ZONE_PHOTOS, *AUDIENCE_PHOTOS]:
        for language in LANGUAGES:
            page = demo_page(key, language)
            assert page.image is not None, (key, language)
            images.add(page.image.title)
    for image in CustomImage.objects.filter(title__in=images):
        texts = [getattr(image, name) for name in ALT_FIELDS.values()]
        assert all(texts) and len(set(texts)) == 3, image.title
        assert not any(".png" in text or ".jpg" in text for text in texts), image.title


def test_every_photograph_is_in_the_demo_and_credited():
    files = {path.name for path in PHOTOS_DIR.iterdir() if path.suffix in (".png", ".jpg")}
    assert len(files) == 7
    assert set(PHOTOS) == files == {name for name, *_ in PHOTO_CREDITS}
    stored = CustomImage.objects.filter(title__in=[photo.title for photo in PHOTOS.values()])
    assert stored.count() == 7


# -- Plan your visit --------------------------------------------------------------------------

HEADINGS = {
    "nl": [
        "Adres",
        "Met de trein",
        "Met de bus",
        "Met de fiets",
        "Met de auto",
        "Parkeren",
        "Toegankelijkheid",
        "Eten en drinken",
        "Shop",
    ],
    "fr": [
        "Adresse",
        "En train",
        "En bus",
        "À vélo",
        "En voiture",
        "Parking",
        "Accessibilité",
        "Manger et boire",
        "Boutique",
    ],
    "en": [
        "Address",
        "By train",
        "By bus",
        "By bike",
        "By car",
        "Parking",
        "Accessibility",
        "Food and drink",
        "Shop",
    ],
}
FACTS = {
    "nl": [
        "Technologielaan 1, 2800 Mechelen",
        "Mechelen (Technopolis)",
        "vier uur",
        "vier aangepaste toiletten",
        "picknickruimte",
        "koffiecorner",
        "schoolvakanties",
    ],
    "fr": [
        "Technologielaan 1, 2800 Malines",
        "Mechelen (Technopolis)",
        "quatre heures",
        "Quatre toilettes adaptées",
        "pique-nique",
        "coin café",
        "vacances scolaires",
    ],
    "en": [
        "Technologielaan 1, 2800 Mechelen",
        "Mechelen (Technopolis)",
        "four hours",
        "four adapted toilets",
        "picnic area",
        "coffee corner",
        "school holidays",
    ],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_plan_your_visit_has_the_address_map_and_topics(client, language):
    page = page_html(client, "plan-your-visit", language)
    text = html.unescape(page)
    for fact in FACTS[language]:
        assert fact in text, fact
    assert h2_texts(page)[: len(HEADINGS[language])] == HEADINGS[language]
    (route_map,) = [img for img in elements(page, "img") if "route-map" in img["src"]]
    assert route_map["alt"].strip() and "Mechelen (Technopolis)" in route_map["alt"]
    assert route_map["width"] == "800" and route_map["height"] == "500"
    assert route_map["loading"] == "lazy"
    coffee = PHOTOS["coffee.png"]
    assert any(img.get("alt") == coffee.alt[language] for img in elements(page, "img"))


def test_the_route_map_is_small_and_self_contained():
    svg = (Path(__file__).resolve().parents[1] / "static/img/route-map.svg").read_text()
    assert len(svg.encode()) < 15 * 1024
    assert "href" not in svg and "url(" not in svg  # no external resource
    for label in [
        "E19",
        "Mechelen (Technopolis)",
        "Technologielaan",
        "Technopolis",
        ">P<",
        ">Mechelen<",
    ]:
        assert label in svg, label


# -- Credits -----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_credits_page_lists_every_photograph_with_source_and_licence(client, language):
    text = html.unescape(page_html(client, "credits", language))
    for _, shows, source, licence in PHOTO_CREDITS:
        assert shows[language] in text
        assert f"{source[language]}." in text
        assert f"{licence[language]}." in text


# -- Loading twice --------------------------------------------------------------------------


def counts():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        CustomImage.objects.count(),
        EventSpacePhoto.objects.count(),
    )


def test_loading_the_demo_again_creates_nothing():
    before = counts()
    call_command("load_demo", verbosity=0)
    assert counts() == before


def test_a_second_load_upgrades_an_older_demo_and_a_third_changes_nothing():
    """A database loaded before photographs and translated alt text: zones with a drawn
    picture, photographs with their English text in the Dutch field."""
    drawn = ensure_image(
        "Zone Inspirience",
        "Abstract drawing of orbits standing in for a photo of Inspirience.",
        "navy",
    )
    for language in LANGUAGES:
        zone = demo_page("zone-inspirience", language)
        zone.image = drawn
        zone.save_revision().publish()
    retina = PHOTOS["retina.jpg"]
    CustomImage.objects.filter(title=retina.title).update(
        description=retina.alt["en"], description_fr="", description_en=""
    )
    chosen = demo_page("zone-stek", "fr")
    chosen.image = drawn  # an editor's choice: not the demo's to change
    chosen.save_revision().publish()

    call_command("load_demo", verbosity=0)

    image = CustomImage.objects.get(title=retina.title)
    assert [getattr(image, name) for name in ALT_FIELDS.values()] == list(retina.alt.values())
    for language in LANGUAGES:
        assert demo_page("zone-inspirience", language).image_id == image.pk
    assert demo_page("zone-stek", "fr").image_id == drawn.pk
    after_upgrade = counts()
    call_command("load_demo", verbosity=0)
    assert counts() == after_upgrade
