"""Umbrella organisations, people's roles and European projects (issue 3)."""

import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from organisations import facts
from organisations.facts import Qualifier
from organisations.models import (
    MembershipRole,
    OrganisationPage,
    Person,
    PersonRole,
    ProjectPage,
    Scope,
)
from technopolis.cache import forget_kept

from .factories import fresh, snippet_in_every_language, translated_pages
from .factories.international import (
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    PersonFactory,
    PersonRoleFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
)
from .helpers import elements


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


# The data: umbrella organisations, a person's roles, projects


def heading(text):
    return ("heading", {"text": text, "level": "h2"})


def paragraph(html):
    return ("paragraph", html)


BOARD = {"nl": "Raad van bestuur", "fr": "Conseil d'administration", "en": "Board of Directors"}


@pytest.fixture
def network(site):
    """Four umbrella organisations on their index page, in the editor's order, made in Dutch
    and translated into French and English, and a person with roles in the first two:
    {"index": {code: page}, "gscn"|"nsce"|"platform"|"esfa": {code: page},
    "person": {code: person}}."""
    index = translated_pages(
        OrganisationIndexPageFactory(
            parent=site["nl"],
            body=[
                heading("Waarom we lid zijn"),
                paragraph("<p>In de netwerken leren science centers van elkaar.</p>"),
            ],
        ),
        fr={
            "title": "Réseaux",
            "slug": "reseaux",
            "body": [
                heading("Pourquoi nous en sommes membres"),
                paragraph("<p>Dans ces réseaux, les centres apprennent les uns des autres.</p>"),
            ],
        },
        en={
            "title": "Umbrella organisations",
            "slug": "umbrella-organisations",
            "body": [
                heading("Why we join networks"),
                paragraph("<p>In these networks, science centres learn from each other.</p>"),
            ],
        },
    )

    def organisation(common, **by_language):
        return translated_pages(
            OrganisationPageFactory(parent=index["nl"], **common, **by_language["nl"]),
            fr=by_language["fr"],
            en=by_language["en"],
        )

    gscn = organisation(
        {
            "title": "GSCN",
            "acronym": "GSCN",
            "full_name": "Global Science Centre Network",
            "scope": Scope.WORLDWIDE,
            "member_count": 450,
            "member_count_qualifier": Qualifier.ALMOST,
            "member_count_year": 2019,
            "country_count": 30,
            "country_count_qualifier": Qualifier.MORE_THAN,
            "country_count_year": 2019,
            "website": "https://gscn.example.org/",
            "membership_role": MembershipRole.GOVERNING,
            "membership_since": 2004,
        },
        nl={
            "members_kind": "science centers, planetaria en verwante organisaties",
            "summary": "GSCN verbindt science centers op elk continent.",
            "membership_note": "Technopolis zat vijf jaar de raad van bestuur van GSCN voor.",
        },
        fr={
            "members_kind": "centres de sciences, planétariums et organisations apparentées",
            "summary": "GSCN relie des centres de sciences sur tous les continents.",
            "membership_note": "Technopolis a présidé le conseil du GSCN pendant cinq ans.",
        },
        en={
            "members_kind": "science centres, planetariums and similar organisations",
            "summary": "GSCN links science centres on every continent.",
            "membership_note": "Technopolis chaired the GSCN board for five years.",
        },
    )
    nsce = organisation(
        {
            "title": "NSCE",
            "acronym": "NSCE",
            "full_name": "Network of Science Centres in Europe",
            "member_count": 280,
            "member_count_qualifier": Qualifier.MORE_THAN,
            "member_count_year": 2019,
            "website": "https://nsce.example.eu/",
            "membership_role": MembershipRole.FULL,
        },
        nl={"members_kind": "science centers en musea in Europa"},
        fr={"members_kind": "centres de sciences et musées en Europe"},
        en={"members_kind": "science centres and museums across Europe"},
    )
    platform = organisation(
        {
            "title": "Platform Doe-centra",
            "acronym": "",
            "full_name": "Platform Doe-centra",
            "scope": Scope.REGIONAL,
            "membership_role": MembershipRole.ACTIVE,
        },
        nl={"members_kind": "doe-centra in Nederland en Vlaanderen"},
        fr={"members_kind": "centres interactifs des Pays-Bas et de Flandre"},
        en={"members_kind": "hands-on centres in the Netherlands and Flanders"},
    )
    esfa = organisation(
        {
            "title": "ESFA",
            "acronym": "ESFA",
            "full_name": "European Science Festivals Association",
            "founded_year": 2003,
            "website": "https://esfa.example.org/",
            "membership_role": MembershipRole.FOUNDING,
            "membership_since": 2003,
        },
        nl={
            "founded_by": "38 festivalorganisatoren uit 21 landen, Technopolis inbegrepen",
            "summary": "ESFA, eind 2003 opgericht, laat festivalorganisatoren ideeën "
            "uitwisselen: over formats, sprekers en shows.",
        },
        fr={
            "founded_by": "38 organisateurs de festivals de 21 pays, dont Technopolis",
            "summary": "Fondée fin 2003, l'ESFA fait échanger les organisateurs de festivals : "
            "formats, orateurs et spectacles.",
        },
        en={
            "founded_by": "38 festival organisers from 21 countries, Technopolis among them",
            "summary": "Founded at the end of 2003, ESFA lets festival organisers swap ideas "
            "across borders: formats, speakers and shows.",
        },
    )

    # (organisation, role title per language, start, end, note per language); not in order
    roles = [
        (
            gscn,
            {"nl": "Comité voor inclusie", "fr": "Comité d'inclusion", "en": "Inclusion Committee"},
            2012,
            None,
            {
                "nl": "waakt over een eerlijke toegang tot science centers wereldwijd",
                "fr": "veille à un accès équitable aux centres de sciences",
                "en": "looks after fair access to science centres worldwide",
            },
        ),
        (gscn, BOARD, 2005, 2012, None),
        (
            gscn,
            {"nl": "Uitvoerend comité", "fr": "Comité exécutif", "en": "Executive Committee"},
            2010,
            2012,
            None,
        ),
        (nsce, BOARD, None, 2016, None),
    ]

    def roles_in(code):
        return [
            PersonRole(
                organisation=pages[code],
                title=titles[code],
                start_year=start,
                end_year=end,
                note=notes[code] if notes else "",
            )
            for pages, titles, start, end, notes in roles
        ]

    person = PersonFactory(name="Hilde Verbruggen", roles=roles_in("nl"))
    people = snippet_in_every_language(
        person,
        fr={"title": "ancienne directrice de Technopolis", "roles": roles_in("fr")},
        en={"title": "former director of Technopolis", "roles": roles_in("en")},
    )
    return {
        "index": fresh(index),
        "gscn": gscn,
        "nsce": nsce,
        "platform": platform,
        "esfa": esfa,
        "person": people,
    }


@pytest.fixture
def projects(site):
    """The project index in English with four projects, made in another order than the
    newest-first one it lists them in: {acronym: page}, "index" the index."""
    index = ProjectIndexPageFactory(parent=site["en"])
    made = {"index": index}
    for acronym, start, end in [
        ("OpenLabs", 2011, 2014),
        ("Brightwave", 2016, 2019),
        ("STEAMbridge", 2011, 2015),
        ("CurioLab", 2013, 2016),
    ]:
        made[acronym] = ProjectPageFactory(
            parent=index, title=acronym, acronym=acronym, start_year=start, end_year=end
        )
    return made


# Pages


@pytest.mark.django_db
def test_section_pages_are_served_in_every_language(client, network):
    project_index = translated_pages(
        ProjectIndexPageFactory(parent=network["index"]["nl"].get_parent()),
        fr={"title": "Projets européens", "slug": "projets-europeens"},
        en={"title": "European projects", "slug": "european-projects"},
    )
    project = translated_pages(ProjectPageFactory(parent=project_index["nl"], title="Lumen"))
    for pages in [network["index"], network["gscn"], network["esfa"], project_index, project]:
        for language in ("nl", "fr", "en"):
            page = pages[language]
            assert page.live, (page, language)
            assert page.url.startswith(f"/{language}/"), page.url
            html = get(client, page)
            assert f'<html lang="{language}"' in html, page.url
            assert f"<title>{page.title}" in html, page.url


@pytest.mark.django_db
def test_english_index_states_every_fact_of_its_organisations(client, network):
    html = get(client, network["index"]["en"])
    for fact in [
        "almost 450 members",
        "more than 30 countries",
        "as of 2019",
        "science centres, planetariums and similar organisations",
        "Governing member (since 2004)",
        "Technopolis chaired the GSCN board for five years.",
        "Hilde Verbruggen",
        "former director of Technopolis",
        "Board of Directors (2005–2012)",
        "Executive Committee (2010–2012)",
        "Inclusion Committee (since 2012)",
        "looks after fair access to science centres worldwide",
        "more than 280 members",
        "Full member",
        "Board of Directors (until 2016)",
        "Netherlands and Flanders",
        "Active member",
        "38 festival organisers from 21 countries",
        "end of 2003",
        "formats, speakers and shows",
        "Why we join networks",
    ]:
        assert fact in html, fact


@pytest.mark.parametrize(
    ("language", "facts_in_language"),
    [
        (
            "nl",
            ["bijna 450 leden", "meer dan 30 landen", "Raad van bestuur (2005–2012)", "sinds"],
        ),
        (
            "fr",
            ["près de 450 membres", "plus de 30 pays", "Conseil d’administration (2005–2012)"],
        ),
    ],
)
@pytest.mark.django_db
def test_index_states_the_facts_in_dutch_and_french(client, network, language, facts_in_language):
    html = get(client, network["index"][language])
    for fact in facts_in_language:
        assert fact in html.replace("&#x27;", "’").replace("'", "’"), fact


@pytest.mark.django_db
def test_a_changed_count_changes_the_page(client, network):
    index = network["index"]["en"]
    assert "almost 450 members" in get(client, index)
    gscn = network["gscn"]["en"]
    gscn.member_count = 500
    gscn.member_count_year = 2021
    gscn.save_revision().publish()
    html = get(client, index)
    assert "almost 500 members" in html
    assert "as of 2021" in html
    assert "almost 450 members" not in html


@pytest.mark.django_db
def test_index_lists_organisations_in_editor_order(client, network):
    index = network["index"]["en"]

    def titles():
        html = get(client, index)
        return re.findall(
            r'<article class="card org-card">.*?<a href="[^"]*">(.*?)</a>', html, re.S
        )

    assert titles() == ["GSCN", "NSCE", "Platform Doe-centra", "ESFA"]
    network["esfa"]["en"].move(index, pos="first-child")
    assert titles() == ["ESFA", "GSCN", "NSCE", "Platform Doe-centra"]


@pytest.mark.django_db
def test_organisation_page_shows_facts_timeline_and_way_back(client, network):
    html = get(client, network["gscn"]["en"])
    assert "Global Science Centre Network" in html
    assert elements(html, "a", href="https://gscn.example.org/")
    assert elements(html, "a", href=network["index"]["en"].url)
    timeline = re.findall(r'class="timeline__period">(.*?)</span>', html)
    assert timeline == ["since 2004", "2005–2012", "2010–2012", "since 2012"]


@pytest.mark.django_db
def test_index_json_ld_names_all_four_organisations(client, network):
    data = json_ld(get(client, network["index"]["en"]))
    technopolis = next(d for d in data if d.get("name") == "Technopolis")
    assert technopolis["@type"] == "Organization"
    assert [m["name"] for m in technopolis["memberOf"]] == [
        "Global Science Centre Network",
        "Network of Science Centres in Europe",
        "Platform Doe-centra",
        "European Science Festivals Association",
    ]


@pytest.mark.django_db
def test_organisation_page_has_its_own_json_ld(client, site):
    index = OrganisationIndexPageFactory(parent=site["en"])
    page = OrganisationPageFactory(
        parent=index,
        title="ESFA",
        full_name="European Science Festivals Association",
        founded_year=2003,
        membership_role=MembershipRole.FOUNDING,
        membership_since=2003,
    )
    data = json_ld(get(client, page))
    esfa = next(d for d in data if d.get("alternateName") == "ESFA")
    assert esfa["name"] == "European Science Festivals Association"
    assert esfa["foundingDate"] == "2003"
    assert esfa["member"]["member"]["name"] == "Technopolis"
    assert esfa["member"]["startDate"] == "2003"


def count_queries(client, page):
    """Queries of a full rendering of the page: a query string keeps the page cache out of
    the way (a page served from it costs none), the first request warms the data caches, and
    nothing kept of the page's parts is used (technopolis/cache.py `kept`)."""
    client.get(page.url, {"warm": 1})
    forget_kept()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url, {"count": 1})
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_index_does_not_query_per_organisation(client, network, site_settings):
    """Another organisation with a person's role costs no extra query on the index."""
    index = network["index"]["en"]
    before = count_queries(client, index)
    assert before > 0  # rendered, not served from the page cache
    extra = OrganisationPage(
        title="RSN",
        full_name="Regional Science Network",
        scope="european",
        summary="A network of 12 European regions that invest in science.",
        membership_role="member",
        country_count=12,
        country_count_year=2019,
    )
    index.add_child(instance=extra)
    extra.save_revision().publish()
    person = Person.objects.create(locale=index.locale, name="Pieter Claes")
    PersonRole.objects.create(person=person, organisation=extra, title="Chair", start_year=2018)
    html = get(client, index)
    assert "Chair (since 2018)" in html
    assert count_queries(client, index) == before


@pytest.mark.django_db
def test_project_pages_show_years_role_partners_and_outcomes(client, site, projects):
    index = OrganisationIndexPageFactory(parent=site["en"])
    partner = OrganisationPageFactory(parent=index, title="NSCE")
    project = ProjectPageFactory(
        parent=projects["index"],
        title="CityLab",
        acronym="CityLab",
        full_name="Cities and Science Centres Together",
        start_year=2009,
        end_year=2013,
        technopolis_role="City Partnership with the City of Lier",
        partners=[("name", "City of Lier"), ("organisation", partner)],
        outcomes=[("outcome", "A car-free science day on Sunday 3 June 2012.")],
    )
    html = get(client, project)
    for fact in ["2009–2013", "City Partnership", "City of Lier", "3 June 2012"]:
        assert fact in html, fact
    assert elements(html, "a", href=partner.url)
    index_html = get(client, projects["index"])
    newest_first = ["Brightwave", "CurioLab", "STEAMbridge", "OpenLabs", "CityLab"]
    order = [a for a in newest_first if f">{a}</a>" in index_html]
    assert sorted(order, key=lambda a: index_html.index(f">{a}</a>")) == newest_first


@pytest.mark.django_db
def test_people_listing_filters_by_organisation_and_searches_by_name(admin_client, network):
    nsce = network["nsce"]["en"]
    PersonFactory(name="Jan Peeters", locale=nsce.locale)  # no role in any organisation
    url = "/admin/snippets/organisations/person/"
    found = admin_client.get(url, {"q": "Verbr"}).content.decode()
    assert "Hilde Verbruggen" in found
    assert "Jan Peeters" not in found
    assert "Hilde Verbruggen" not in admin_client.get(url, {"q": "Nobody"}).content.decode()
    filtered = admin_client.get(url, {"organisation": nsce.pk, "locale": "en"})
    assert filtered.status_code == 200
    assert "Hilde Verbruggen" in filtered.content.decode()
    assert "Jan Peeters" not in filtered.content.decode()
    assert Person.objects.filter(roles__organisation=nsce).count() == 1


@pytest.mark.django_db
def test_people_and_congresses_edit_in_the_admin(admin_client, site):
    index = OrganisationIndexPageFactory(parent=site["en"])
    person = PersonFactory(locale=index.locale)
    PersonRoleFactory(person=person, organisation=OrganisationPageFactory(parent=index))
    for url in [
        f"/admin/snippets/organisations/person/edit/{person.pk}/",
        "/admin/snippets/organisations/person/add/?locale=en",
        "/admin/snippets/declarations/occasion/",
        "/admin/snippets/declarations/occasion/add/?locale=en",
    ]:
        assert admin_client.get(url).status_code == 200, url
