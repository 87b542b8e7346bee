"""Umbrella organisations, people's roles and European projects (issue 3)."""

import json
import re

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from organisations import facts
from organisations.demo import ORGANISATIONS, PROJECTS
from organisations.models import OrganisationPage, Person, PersonRole, ProjectPage

from .helpers import demo_page, elements

# Still reads the demo site (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("demo")

ORGANISATION_KEYS = [spec.key for spec in ORGANISATIONS]
INDEX = "umbrella-organisations"


@pytest.fixture(autouse=True)
def fresh_page_cache():
    """Pages changed by one test are rolled back; their cached HTML must go too."""
    cache.clear()


def json_ld(html):
    """Every JSON-LD object of a page, parsed."""
    return [
        json.loads(found)
        for found in re.findall(
            r'<script type="application/ld\+json">(.*?)</script>', html, flags=re.S
        )
    ]


def get(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


# Pure wording, no database


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (2003, 2011, "2003–2011"),
        (2011, None, "since 2011"),
        (None, 2013, "until 2013"),
        (2014, 2014, "2014"),
        (None, None, ""),
    ],
)
def test_year_range_in_every_form(start, end, expected):
    with translation.override("en"):
        assert facts.year_range(start, end) == expected


def test_role_labels_come_from_title_and_years():
    with translation.override("en"):
        assert PersonRole(title="Board of Directors", start_year=2003, end_year=2011).label == (
            "Board of Directors (2003–2011)"
        )
        assert PersonRole(title="Global Committee", start_year=2011).label == (
            "Global Committee (since 2011)"
        )
        assert PersonRole(title="Board of Directors", end_year=2013).label == (
            "Board of Directors (until 2013)"
        )
        assert PersonRole(title="Chair").label == "Chair"


@pytest.mark.parametrize(
    ("language", "since", "until"),
    [("nl", "sinds 2011", "tot 2013"), ("fr", "depuis 2011", "jusqu’en 2013")],
)
def test_year_ranges_are_translated(language, since, until):
    with translation.override(language):
        assert facts.year_range(2011, None) == since
        assert facts.year_range(None, 2013) == until


def test_counts_say_how_exact_they_are():
    with translation.override("en"):
        assert facts.member_count(600, facts.Qualifier.ALMOST) == "almost 600 members"
        assert facts.country_count(40, facts.Qualifier.MORE_THAN) == "more than 40 countries"
        assert facts.member_count(1) == "1 member"
        assert facts.qualified_number(2000, facts.Qualifier.ABOUT) == "about 2,000"


def test_periods_sort_by_their_first_known_year():
    periods = [(2011, None), (None, 2013), (2003, 2011), (2009, 2011)]
    assert sorted(periods, key=lambda p: facts.chronological(*p)) == [
        (2003, 2011),
        (2009, 2011),
        (2011, None),
        (None, 2013),
    ]


# Validation


def test_a_count_needs_the_year_it_was_counted():
    page = OrganisationPage(title="X", full_name="X", summary="x", member_count=10)
    with translation.override("en"), pytest.raises(ValidationError) as error:
        page.clean()
    assert "member_count_year" in error.value.message_dict
    assert "year" in error.value.message_dict["member_count_year"][0]


def test_a_year_needs_its_count():
    page = OrganisationPage(title="X", full_name="X", summary="x", country_count_year=2014)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "country_count" in error.value.message_dict


def test_membership_cannot_end_before_it_starts():
    page = OrganisationPage(
        title="X", full_name="X", summary="x", membership_since=2010, membership_until=2001
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "membership_until" in error.value.message_dict


def test_role_cannot_end_before_it_starts():
    with pytest.raises(ValidationError) as error:
        PersonRole(title="Board", start_year=2011, end_year=2003).clean()
    assert "end_year" in error.value.message_dict


def test_project_cannot_end_before_it_starts():
    page = ProjectPage(title="X", acronym="X", full_name="X", start_year=2014, end_year=2010)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "end_year" in error.value.message_dict


# Pages


@pytest.mark.django_db
def test_demo_pages_exist_in_every_language():
    keys = [INDEX, "european-programmes", *ORGANISATION_KEYS, *(s.key for s in PROJECTS)]
    for key in keys:
        for language in ("nl", "fr", "en"):
            assert demo_page(key, language).live, (key, language)


@pytest.mark.django_db
def test_english_index_states_every_fact_of_the_seed_page(client):
    html = get(client, demo_page(INDEX, "en"))
    for fact in [
        "almost 600 members",
        "more than 40 countries",
        "as of 2014",
        "science centres, science museums and similar organisations",
        "Governing member (since 2001)",
        "Technopolis sat on the ASTC board for seven years.",
        "Board of Directors (2003–2011)",
        "Executive Committee (2009–2011)",
        "Global Committee (since 2011)",
        "looks after diversity in international relations and activities",
        "more than 370 members",
        "Full member",
        "Board of Directors (until 2013)",
        "Netherlands and Flanders",
        "Active member",
        "52 science communicators from 90 organisations in 36 European countries",
        "end of 2001",
        "events, speakers and exhibitions",
        "Why membership matters",
    ]:
        assert fact in html, fact


@pytest.mark.parametrize(
    ("language", "facts_in_language"),
    [
        ("nl", ["bijna 600 leden", "meer dan 40 landen", "Raad van bestuur (2003–2011)", "sinds"]),
        (
            "fr",
            ["près de 600 membres", "plus de 40 pays", "Conseil d’administration (2003–2011)"],
        ),
    ],
)
@pytest.mark.django_db
def test_index_states_the_facts_in_dutch_and_french(client, language, facts_in_language):
    html = get(client, demo_page(INDEX, language))
    for fact in facts_in_language:
        assert fact in html.replace("&#x27;", "’").replace("'", "’"), fact


@pytest.mark.django_db
def test_a_changed_count_changes_the_page(client):
    astc = demo_page("organisation-astc", "en")
    astc.member_count = 650
    astc.member_count_year = 2016
    astc.save_revision().publish()
    html = get(client, demo_page(INDEX, "en"))
    assert "almost 650 members" in html
    assert "as of 2016" in html
    assert "almost 600 members" not in html


@pytest.mark.django_db
def test_index_lists_organisations_in_editor_order(client):
    index = demo_page(INDEX, "en")

    def titles():
        html = get(client, index)
        return re.findall(
            r'<article class="card org-card">.*?<a href="[^"]*">(.*?)</a>', html, re.S
        )

    assert titles() == ["ASTC", "Ecsite", "Vereniging van Science Centra", "EUSEA"]
    demo_page("organisation-eusea", "en").move(index, pos="first-child")
    assert titles() == ["EUSEA", "ASTC", "Ecsite", "Vereniging van Science Centra"]


@pytest.mark.django_db
def test_organisation_page_shows_facts_timeline_and_way_back(client):
    page = demo_page("organisation-astc", "en")
    html = get(client, page)
    assert "Association of Science-Technology Centers" in html
    assert elements(html, "a", href="https://www.astc.org/")
    assert elements(html, "a", href=demo_page(INDEX, "en").url)
    timeline = re.findall(r'class="timeline__period">(.*?)</span>', html)
    assert timeline == ["since 2001", "2003–2011", "2009–2011", "since 2011"]


@pytest.mark.django_db
def test_index_json_ld_names_all_four_organisations(client):
    data = json_ld(get(client, demo_page(INDEX, "en")))
    technopolis = next(d for d in data if d.get("name") == "Technopolis")
    assert technopolis["@type"] == "Organization"
    assert [m["name"] for m in technopolis["memberOf"]] == [
        "Association of Science-Technology Centers",
        "European Network of Science Centres and Museums",
        "Vereniging van Science Centra",
        "European Science Events Association",
    ]


@pytest.mark.django_db
def test_organisation_page_has_its_own_json_ld(client):
    data = json_ld(get(client, demo_page("organisation-eusea", "en")))
    eusea = next(d for d in data if d.get("alternateName") == "EUSEA")
    assert eusea["foundingDate"] == "2001"
    assert eusea["member"]["member"]["name"] == "Technopolis"


def count_queries(client, page):
    client.get(page.url)  # warm the site and settings caches
    with CaptureQueriesContext(connection) as queries:
        get(client, page)
    return len(queries)


@pytest.mark.django_db
def test_index_does_not_query_per_organisation(client):
    """Another organisation with a person's role costs no extra query on the index."""
    index = demo_page(INDEX, "en")
    before = count_queries(client, index)
    extra = OrganisationPage(
        title="KEN",
        full_name="Knowledge Economy Network",
        scope="european",
        summary="A network of 16 European countries and regions.",
        membership_role="member",
        country_count=16,
        country_count_year=2014,
    )
    index.add_child(instance=extra)
    extra.save_revision().publish()
    person = Person.objects.create(locale=index.locale, name="Luc Van den Brande")
    PersonRole.objects.create(person=person, organisation=extra, title="Chair", start_year=2014)
    html = get(client, index)
    assert "Chair (since 2014)" in html
    assert count_queries(client, index) == before


@pytest.mark.django_db
def test_project_pages_show_years_role_partners_and_outcomes(client):
    html = get(client, demo_page("project-places", "en"))
    for fact in ["2010–2014", "City Partnership", "City of Mechelen", "1 April 2012"]:
        assert fact in html, fact
    index_html = get(client, demo_page("european-programmes", "en"))
    order = [a for a in ("Sparks", "KiiCS", "PLACES", "NetS-EU") if a in index_html]
    assert sorted(order, key=index_html.index) == ["Sparks", "KiiCS", "PLACES", "NetS-EU"]


@pytest.mark.django_db
def test_people_listing_filters_by_organisation_and_searches_by_name(admin_client):
    ecsite = demo_page("organisation-ecsite", "en")
    url = "/admin/snippets/organisations/person/"
    assert "Erik Jacquemyn" in admin_client.get(url, {"q": "Jacq"}).content.decode()
    assert "Erik Jacquemyn" not in admin_client.get(url, {"q": "Nobody"}).content.decode()
    filtered = admin_client.get(url, {"organisation": ecsite.pk, "locale": "en"})
    assert filtered.status_code == 200
    assert "Erik Jacquemyn" in filtered.content.decode()
    assert Person.objects.filter(roles__organisation=ecsite).count() == 1


@pytest.mark.django_db
def test_people_and_congresses_edit_in_the_admin(admin_client):
    person = Person.objects.filter(locale__language_code="en").first()
    for url in [
        f"/admin/snippets/organisations/person/edit/{person.pk}/",
        "/admin/snippets/organisations/person/add/?locale=en",
        "/admin/snippets/declarations/occasion/",
        "/admin/snippets/declarations/occasion/add/?locale=en",
    ]:
        assert admin_client.get(url).status_code == 200, url
