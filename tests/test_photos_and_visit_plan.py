"""Photographs with alt text in the page's language; the 'plan your visit' page with its
address, route map and topics in nl, fr and en. The demo's own photographs are the demo
loader's (tests/test_demo_loader.py)."""

import html
import re
from pathlib import Path

import pytest
from django.template import Context, Template
from django.utils import translation

from technopolis.models import CustomImage

from .factories import fresh, in_every_language
from .factories.offers import audience_pages
from .factories.visit import (
    PhotoFactory,
    PlanVisitPageFactory,
    alts,
    plan_visit_body,
    zone,
    zones_index,
)
from .helpers import elements

pytestmark = pytest.mark.django_db

LANGUAGES = ("nl", "fr", "en")


def page_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def h2_texts(page):
    return [
        html.unescape(re.sub(r"<[^>]+>", "", h)).strip()
        for h in re.findall(r"<h2[^>]*>(.*?)</h2>", page, re.S)
    ]


@pytest.fixture
def coffee(db):
    return PhotoFactory(
        title="Cappuccino aan de bar",
        description="Een cappuccino met een hartje in het melkschuim, op de toog van de bar.",
        description_fr="Un cappuccino avec un cœur dans la mousse de lait, sur le comptoir du bar.",
        description_en="A cappuccino with a heart in the milk foam, on the bar counter.",
        file__filename="cappuccino.png",
    )


@pytest.fixture
def visitors(site, site_settings):
    return audience_pages(site)


@pytest.fixture
def zones(visitors):
    """Two zones with a photograph each, below the zones' index, in every language:
    {"index": {code: page}, title: {"pages": {code: page}, "photo": image}}."""
    index = zones_index(visitors)
    built = {"index": index}
    for titles, photo in [
        (
            {"nl": "Lichtlab", "fr": "Labo de la lumière", "en": "Light lab"},
            {
                "title": "Prisma in een lichtstraal",
                "description": "Een glazen prisma splitst een witte lichtstraal in een regenboog.",
                "description_fr": "Un prisme de verre décompose un rayon blanc en arc-en-ciel.",
                "description_en": "A glass prism splits a beam of white light into a rainbow.",
                "file__filename": "prism.jpg",
            },
        ),
        (
            {"nl": "Waterwerken", "fr": "Jeux d'eau", "en": "Water works"},
            {
                "title": "Sluis met bootjes",
                "description": "Kinderen openen een sluis om een houten bootje door te laten.",
                "description_fr": "Des enfants ouvrent une écluse pour laisser passer un bateau.",
                "description_en": "Children open a lock to let a wooden boat through.",
                "file__filename": "lock.jpg",
            },
        ),
    ]:
        image = PhotoFactory(**photo)
        built[titles["en"]] = {"pages": zone(index, titles, image), "photo": image}
    return built


# -- Alt text in the page's language ---------------------------------------------------------


def test_alt_text_follows_the_active_language_and_falls_back_to_dutch():
    image = CustomImage(title="Test", description="Een raket", description_fr="Une fusée")
    with translation.override("fr"):
        assert image.alt == "Une fusée"
    with translation.override("en"):
        assert image.alt == "Een raket"  # no English text: the Dutch one
    assert image.alt_text("nl") == "Een raket"
    assert CustomImage(title="Only a title").alt_text("fr") == "Only a title"


def test_image_as_gives_the_img_the_alt_text_of_the_active_language(coffee):
    image = CustomImage.objects.get(title="Cappuccino aan de bar")
    template = Template('{% load renditions %}{% image_as image "card" %}')
    for language in LANGUAGES:
        with translation.override(language):
            rendered = template.render(Context({"image": image}))
        (img,) = elements(rendered, "img")
        assert img["alt"] == alts(coffee)[language]


def test_a_zone_page_in_french_shows_its_photograph_with_the_french_alt_text(client, zones):
    light_lab = zones["Light lab"]
    (banner,) = elements(page_html(client, light_lab["pages"]["fr"]), "img", class_="banner")
    assert banner["alt"] == alts(light_lab["photo"])["fr"]
    assert "prism" in banner["src"]


def test_zone_cards_show_photographs_in_the_page_language(client, zones):
    page = page_html(client, zones["index"]["en"])
    shown = {img["alt"] for img in elements(page, "img", class_="card__image")}
    assert {alts(zones[title]["photo"])["en"] for title in ("Light lab", "Water works")} == shown


# -- Plan your visit --------------------------------------------------------------------------

ADDRESS = "Technologielaan 1, 2800 Mechelen"
MAP_ALT = {
    "nl": "Kaart: de afrit van de E19 leidt via de Technologielaan naar de parking.",
    "fr": "Carte : la sortie de l'E19 mène par la Technologielaan au parking.",
    "en": "Map: the E19 exit leads along Technologielaan to the car park.",
}
SECTIONS = {
    "nl": [
        ("Adres", f"Je vindt ons op {ADDRESS}.", ("map", MAP_ALT["nl"], "Niet op schaal.")),
        ("Met de trein", "Vanaf het station neem je de bus, twaalf minuten rijden."),
        ("Toegankelijkheid", "Alle verdiepingen zijn bereikbaar met een lift."),
        ("Eten en drinken", "In de cafetaria kan je soep en broodjes kopen.", "photo"),
    ],
    "fr": [
        ("Adresse", f"Vous nous trouvez au {ADDRESS}.", ("map", MAP_ALT["fr"], "Pas à l'échelle.")),
        ("En train", "Depuis la gare, prenez le bus : douze minutes de trajet."),
        ("Accessibilité", "Un ascenseur dessert tous les étages."),
        ("Manger et boire", "La cafétéria propose soupes et sandwichs.", "photo"),
    ],
    "en": [
        ("Address", f"Find us at {ADDRESS}.", ("map", MAP_ALT["en"], "Not to scale.")),
        ("By train", "From the station, take the bus: a twelve-minute ride."),
        ("Accessibility", "A lift serves every floor."),
        ("Food and drink", "The cafeteria sells soup and sandwiches.", "photo"),
    ],
}
TITLES = {
    "nl": {"title": "Je bezoek plannen", "slug": "je-bezoek-plannen"},
    "fr": {"title": "Préparer votre visite", "slug": "preparer-votre-visite"},
    "en": {"title": "Plan your visit", "slug": "plan-your-visit"},
}


@pytest.fixture
def plan_visit(visitors, coffee):
    """The 'plan your visit' page in every language: a heading per topic, the route map after
    the address, the coffee photograph (with no alt text of its own) with the food."""

    def body(code):
        sections = [
            [("photo", coffee, "") if part == "photo" else part for part in section]
            for section in SECTIONS[code]
        ]
        return plan_visit_body(sections)

    page = PlanVisitPageFactory(parent=visitors["nl"], body=body("nl"), **TITLES["nl"])
    return fresh(
        in_every_language(
            page,
            fr={**TITLES["fr"], "body": body("fr")},
            en={**TITLES["en"], "body": body("en")},
        )
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_plan_your_visit_has_the_address_map_and_topics(client, plan_visit, coffee, language):
    page = page_html(client, plan_visit[language])
    text = html.unescape(page)
    for _, *parts in SECTIONS[language]:
        for part in parts:
            if isinstance(part, str) and part != "photo":
                assert part in text, part
    assert ADDRESS in text
    headings = [heading for heading, *_ in SECTIONS[language]]
    assert h2_texts(page)[: len(headings)] == headings
    (route_map,) = [img for img in elements(page, "img") if "route-map" in img["src"]]
    assert html.unescape(route_map["alt"]) == MAP_ALT[language]
    assert route_map["width"] == "800" and route_map["height"] == "500"
    assert route_map["loading"] == "lazy"
    assert any(img.get("alt") == alts(coffee)[language] for img in elements(page, "img"))


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
