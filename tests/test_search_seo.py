"""Site search, and what search engines and social media read from every page."""

import html as html_lib
import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from wagtail.models import Page, Site
from wagtail.search import index

from organisations.models import Person
from technopolis.cache import generation
from technopolis.models import ContentPage
from technopolis.search import (
    clean_query,
    dutch_singular,
    indexed_texts,
    most_missed,
    snippet,
)
from technopolis.views import MISSED_PER_ADDRESS

from .factories import ImageFactory, reload, site_settings
from .factories.site import redirect, searchable_site, site_chrome
from .helpers import elements

pytestmark = pytest.mark.django_db


@pytest.fixture
def chrome(site):
    """The site's sections and the pages its header and footer link to."""
    return {"home": site, **site_chrome(site)}


@pytest.fixture
def pages(site):
    """Pages with something to find in every language (tests/factories/site.py)."""
    return {"home": site, **searchable_site(site)}


SEARCH = {"nl": "/nl/zoeken/", "fr": "/fr/recherche/", "en": "/en/search/"}


def result_links(html):
    start = html.find('class="search-results__list"')
    if start < 0:
        return []
    block = html[start : html.index("</ol>", start)]
    return [a["href"] for a in elements(block, "a")]


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("nl", "gezinnen", "/nl/gezinnen/"),
        ("fr", "familles", "/fr/familles/"),
        ("en", "families", "/en/families/"),
        ("en", "privacy", "/en/privacy/"),
        ("fr", "mission", "/fr/notre-mission/"),
    ],
)
@pytest.mark.usefixtures("chrome")
def test_search_finds_pages_in_the_current_language_only(client, language, query, expected):
    response = client.get(SEARCH[language], {"q": query})
    assert response.status_code == 200
    links = result_links(response.content.decode())
    assert expected in links
    assert all(link.startswith(f"/{language}/") for link in links)


def test_results_show_their_section_and_a_highlighted_snippet(client, chrome):
    international = chrome["network"]["en"]
    page = ContentPage(
        title="Science centre networks",
        slug="centre-networks",
        lead="How networks of science centres around the world learn from each other.",
    )
    international.add_child(instance=page)
    page.save_revision().publish()

    html = client.get("/en/search/", {"q": "networks"}).content.decode()
    result = html[: html.index('href="/en/worldwide/centre-networks/"')]
    result = html[result.rindex("<li") : html.index("</li>", len(result))]
    assert 'class="search-result__section">Content page · Worldwide<' in result
    assert 'href="/en/worldwide/centre-networks/"' in result
    assert "<mark>" in result


def test_snippets_hold_the_page_text_not_the_heading_level_labels(pages):
    page = pages["plan-visit"]["nl"]
    text = indexed_texts([page])[page.pk]
    assert "Route" in text
    assert "(H2)" not in text and "(H3)" not in text


def titles_found(client, language, query):
    """The titles a visitor sees, promoted results first, in order."""
    html = client.get(SEARCH[language], {"q": query}).content.decode()
    return [
        html_lib.unescape(t) for t in re.findall(r'search-result__title"><a [^>]*>([^<]+)', html)
    ]


# What people type, in the three languages: names, places, years, everyday words; the page
# they expect among the first three results (promoted ones first).
EXPECTED = [
    ("nl", "Vandevelde", "Spark"),
    ("nl", "SPARK", "Spark"),
    ("nl", "wetenschapsparken", "Spark"),
    ("nl", "onderhoud", "Openingsuren"),
    ("nl", "Gent", "Verklaring van Gent"),
    ("nl", "2011", "Verklaring van Gent"),
    ("nl", "parking", "Je bezoek plannen"),
    ("nl", "prijs", "Tickets en prijzen"),
    ("nl", "verjaardag", "Gezinnen"),
    ("nl", "groepen", "Tickets en prijzen"),
    ("fr", "Vandevelde", "Spark"),
    ("fr", "Gand", "Déclaration de Gand"),
    ("fr", "entretien", "Horaires"),
    ("fr", "billets", "Billets et tarifs"),
    ("fr", "anniversaire", "Familles"),
    ("fr", "groupes", "Billets et tarifs"),
    ("fr", "horaires", "Horaires"),
    ("en", "Vandevelde", "Spark"),
    ("en", "Ghent", "Ghent Declaration"),
    ("en", "2011", "Ghent Declaration"),
    ("en", "maintenance", "Opening hours"),
    ("en", "tickets", "Tickets and prices"),
    ("en", "birthday", "Families"),
    ("en", "opening hours", "Opening hours"),
    ("en", "parking", "Plan your visit"),
]


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
@pytest.mark.usefixtures("pages")
def test_search_finds_what_people_type(client, language):
    # One test per language: building the pages to search takes a while.
    missed = [
        (query, expected, titles_found(client, language, query)[:3])
        for code, query, expected in EXPECTED
        if code == language and expected not in titles_found(client, language, query)[:3]
    ]
    assert missed == []


# Misspelt inside the stem: a slip in the ending only ("Vandeveld", "openingsure") is the
# same word to PostgreSQL's stemmer, so the page is found and no suggestion is due.
MISSPELT = [
    ("nl", "Vandewelde", "Vandevelde"),
    ("nl", "Sparc", "Spark"),
    ("nl", "openinguren", "Openingsuren"),
    ("en", "maintenanse", "maintenance"),
]


@pytest.mark.usefixtures("pages")
def test_a_misspelt_word_gets_did_you_mean_from_the_sites_own_words(client):
    for language, typed, meant in MISSPELT:
        html = client.get(SEARCH[language], {"q": typed}).content.decode()
        assert elements(html, "a", href=f"?q={meant}"), (
            typed,
            html[html.find("search-empty") :][:400],
        )
        assert titles_found(client, language, meant), f"the suggestion {meant} finds something"


@pytest.mark.usefixtures("pages")
def test_a_promoted_page_comes_first_and_once(client):
    titles = titles_found(client, "nl", "prijs")
    assert titles[0] == "Tickets en prijzen"
    assert titles.count("Tickets en prijzen") == 1


@pytest.mark.usefixtures("pages")
def test_a_person_renamed_is_found_under_the_new_name(client, django_capture_on_commit_callbacks):
    person = Person.objects.get(name__contains="Vandevelde", locale__language_code="en")
    assert "Spark" not in titles_found(client, "en", "Testname")
    person.name = "Marijke Vandevelde-Testname"
    with django_capture_on_commit_callbacks(execute=True):  # indexed once, on commit
        person.save()
        for role in person.roles.all():
            role.save()  # the admin saves a person with their roles
    assert "Spark" in titles_found(client, "en", "Testname")


@pytest.mark.usefixtures("pages")
def test_searches_that_found_nothing_reach_the_editors_admin_home(client, admin_client):
    for _ in range(3):
        client.get(SEARCH["nl"], {"q": "dinosaurus"})
    client.get(SEARCH["fr"], {"q": "dinosaure"})
    client.get(SEARCH["nl"], {"q": "Vandevelde"})  # found: not listed
    assert most_missed()[:2] == [("dinosaurus", "nl", 3), ("dinosaure", "fr", 1)]
    home = admin_client.get("/admin/").content.decode()
    assert "“dinosaurus” (nl) — 3 keer" in home
    assert "Vandevelde" not in home[home.find("Zoekopdrachten zonder resultaat") :][:600]


def test_search_page_is_not_indexed_and_has_an_empty_state(client, chrome):
    html = client.get("/en/search/", {"q": "zzzqqqxxx"}).content.decode()
    assert elements(html, "meta", name="robots", content="noindex, follow")
    assert "Nothing found for" in html
    assert elements(html, "a", href=chrome["visitor"]["en"].url)  # suggestions to start from
    html = client.get("/en/search/").content.decode()
    assert elements(html, "input", type="search", name="q")


@pytest.mark.parametrize(
    "query",
    [
        "x" * 5000,
        "' OR 1=1; DROP TABLE wagtailcore_page; --",
        '<script>alert("x")</script>',
        "\x00\x01 null",
        "",
        '"unbalanced',
        "a & b | !c :* ()",
        "%",
    ],
)
@pytest.mark.usefixtures("site")
def test_hostile_queries_give_a_normal_page(client, query):
    before = Page.objects.count()
    response = client.get("/en/search/", {"q": query, "page": "-1"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert Page.objects.count() == before
    assert Page.objects.filter(depth=2).not_exact_type(Page).count() == 3


def test_search_results_are_paginated(client, site):
    home = reload(site["en"])
    for number in range(12):
        page = ContentPage(title=f"Pendulum experiment {number}", slug=f"pendulum-{number}")
        home.add_child(instance=page)
        page.save_revision().publish()
    first = client.get("/en/search/", {"q": "pendulum"}).content.decode()
    assert len(result_links(first)) == 10
    assert elements(first, "a", rel="next")
    second = client.get("/en/search/", {"q": "pendulum", "page": 2}).content.decode()
    assert len(result_links(second)) == 2
    assert elements(second, "a", rel="prev")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming is PostgreSQL's")
def test_dutch_search_stems_words(client, chrome):
    international = chrome["network"]["nl"]
    page = ContentPage(
        title="Wereldwijd overleg",
        slug="overleg",
        lead="Het congres van de science centers kwam in Kaapstad samen.",
    )
    international.add_child(instance=page)
    page.save_revision().publish()
    links = result_links(client.get("/nl/zoeken/", {"q": "congressen"}).content.decode())
    assert "/nl/wereldwijd/overleg/" in links


def test_dutch_plurals_with_a_doubled_consonant_also_search_the_singular():
    assert dutch_singular("congressen") == "congres"
    assert dutch_singular("bussen") == "bus"
    assert dutch_singular("centra") == "centra"
    assert dutch_singular("katten") == "katten"  # t is undoubled by the stemmer itself


def test_query_cleaning_and_snippets():
    assert clean_query("  museum\x00  \n hours ") == "museum hours"
    assert len(clean_query("y" * 1000)) == 200
    text = "The <b>Toronto</b> congress of 2008 brought science centres together."
    html = snippet(text, ["congressen"])
    assert "<mark>congress</mark>" in html
    assert "&lt;b&gt;Toronto&lt;/b&gt;" in html


def test_sitemap_lists_every_public_page_with_its_alternates(client, pages):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = {u.find("s:loc", ns).text: u for u in root.findall("s:url", ns)}
    # The site's pages (not Wagtail's welcome page of a new installation, outside every site).
    live = Page.objects.live().public().filter(depth__gt=1).not_exact_type(Page)
    assert len(urls) == live.count()
    for page in live:
        assert page.get_full_url() in urls
    assert len(urls) > 3 * 10  # the home pages and what the test built on them
    about = urls[pages["about"]["fr"].get_full_url()]
    alternates = {link.get("hreflang"): link.get("href") for link in about.findall("x:link", ns)}
    assert alternates == {
        "nl": pages["about"]["nl"].get_full_url(),
        "fr": pages["about"]["fr"].get_full_url(),
        "en": pages["about"]["en"].get_full_url(),
        "x-default": pages["about"]["nl"].get_full_url(),
    }


@pytest.mark.usefixtures("site")
def test_robots_txt_points_at_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    root = Site.objects.get(is_default_site=True).root_url
    assert f"Sitemap: {root}/sitemap.xml" in body
    assert "Disallow: /admin/" in body


@pytest.mark.usefixtures("pages")
def test_every_page_head_has_canonical_alternates_and_social_tags(client):
    site_settings(share_image=ImageFactory(title="Kinderen bouwen een brug"))
    titles = {}
    root = Site.objects.get(is_default_site=True).root_url
    for page in (
        Page.objects.live().filter(depth__gt=1).not_exact_type(Page).select_related("locale")
    ):
        html = client.get(page.url).content.decode()
        head = html[: html.index("</head>")]
        (canonical,) = elements(head, "link", rel="canonical")
        assert canonical["href"] == f"{root}{page.url}"
        hreflangs = {link["hreflang"] for link in elements(head, "link", rel="alternate")}
        assert hreflangs == {"nl", "fr", "en", "x-default"}
        assert elements(head, "meta", property="og:title")
        (og_image,) = elements(head, "meta", property="og:image")
        assert og_image["content"].startswith(f"{root}/")
        assert elements(head, "meta", name="twitter:card", content="summary_large_image")
        title = head[head.index("<title>") + 7 : head.index("</title>")]
        # A home page's title is the site's name; every other page's ends with it.
        assert title.endswith("Technopolis" if page.depth == 2 else " · Technopolis")
        titles.setdefault(page.locale.language_code, []).append(title)
        assert elements(head, "meta", name="description"), page.url
    # Within a language every page has a title of its own.
    for language_titles in titles.values():
        assert len(set(language_titles)) == len(language_titles)


# Addresses of the old site, the page that took each one's place, and how it reads now.
OLD_ADDRESSES = [
    ("/en/fiche/functional-navigation/worldwide/umbrellas/", "organisations", "en"),
    ("/fr/fiche/functional-navigation/monde/parapluies/", "organisations", "fr"),
    ("/en/fiche/practical-messages/technopolis-is-closed/", "opening-hours", "en"),
    ("/en/legal/terms-of-sale/", "terms", "en"),
    ("/en/visitors/competition-domino/", "visitor", "en"),
    ("/eng/index.php", "home", "en"),
]


@pytest.fixture
def old_addresses(pages):
    for old, key, language in OLD_ADDRESSES:
        redirect(old, pages[key][language])
    return pages


def test_old_addresses_answer_301_to_their_new_page(client, old_addresses):
    for old, key, language in OLD_ADDRESSES:
        new = old_addresses[key][language].url
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"].removeprefix("http://127.0.0.1:8000") == new
        assert client.get(new).status_code == 200, new


def test_old_addresses_that_are_still_current_need_no_redirect(client, old_addresses):
    for key, language in [("opening-hours", "en"), ("about", "en"), ("privacy", "nl")]:
        response = client.get(old_addresses[key][language].url)
        assert response.status_code == 200


@pytest.mark.usefixtures("site")
def test_counting_a_search_that_found_nothing_keeps_the_page_cache(client):
    """A count for editors is no content: it must not make every page render again."""
    # The generation as a request reads it (the test's own, read outside any request, may
    # be one its factories remembered before the cache was cleared).
    assert client.get("/en/").status_code == 200
    before = generation()
    client.get(SEARCH["en"], {"q": "pterodactyl"})
    assert most_missed() == [("pterodactyl", "en", 1)]
    assert generation() == before


@pytest.mark.usefixtures("site")
def test_one_address_cannot_fill_the_editors_list_of_searches_that_found_nothing(client):
    for number in range(MISSED_PER_ADDRESS + 5):
        client.get(SEARCH["en"], {"q": f"zzq{number}x"})
    assert len(most_missed(limit=100)) == MISSED_PER_ADDRESS


@pytest.mark.usefixtures("pages")
def test_pages_showing_a_changed_row_are_indexed_once_per_save(
    monkeypatch, django_capture_on_commit_callbacks
):
    """Saving a venue saves every closure of it: its pages are indexed again once, on commit."""
    from visits.models import OpeningException, OpeningHoursPage

    indexed = []
    monkeypatch.setattr(index, "insert_or_update_object", lambda page: indexed.append(page.pk))
    assert OpeningException.objects.count() >= 2 and OpeningHoursPage.objects.count() == 3
    with django_capture_on_commit_callbacks(execute=True):
        for exception in OpeningException.objects.all()[:5]:
            exception.save()
    assert sorted(indexed) == sorted(OpeningHoursPage.objects.values_list("pk", flat=True))
