"""The world declarations as linked pages, and their section on the organisations page (issue 4)."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from declarations import facts
from declarations.models import DeclarationPage, Occasion, OccasionKind, TimelineOrder

from .helpers import demo_page, elements
from .test_organisations import get, json_ld

# Still reads the demo site (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("demo")

DECLARATIONS = ["declaration-toronto", "declaration-cape-town", "declaration-mechelen"]
ALL = [*DECLARATIONS, "declaration-tokyo"]


@pytest.fixture(autouse=True)
def fresh_page_cache():
    cache.clear()


# Pure wording


@pytest.mark.parametrize(
    ("number", "language", "expected"),
    [(1, "en", "1st"), (2, "en", "2nd"), (3, "en", "3rd"), (5, "en", "5th"), (11, "en", "11th")]
    + [(22, "en", "22nd"), (5, "nl", "5e"), (1, "fr", "1er"), (6, "fr", "6e")],
)
def test_ordinals_per_language(number, language, expected):
    assert facts.ordinal(number, language) == expected


def test_date_ranges_are_short_and_localized():
    d = datetime.date
    with translation.override("en"):
        assert facts.date_range(d(2008, 6, 14), d(2008, 6, 19)) == "14–19 June 2008"
        assert facts.date_range(d(2017, 5, 30), d(2017, 6, 2)) == "30 May – 2 June 2017"
        assert facts.date_range(d(2014, 3, 19), None) == "19 March 2014"
    with translation.override("nl"):
        assert facts.date_range(d(2014, 3, 17), d(2014, 3, 19)) == "17–19 maart 2014"


def test_builds_on_problems_name_itself_and_later_declarations():
    signed = datetime.date(2014, 3, 19)
    earlier = [
        (1, datetime.date(2008, 6, 19), "Toronto"),
        (2, signed, "Mechelen"),
        (3, datetime.date(2017, 11, 17), "Tokyo"),
    ]
    assert facts.builds_on_problems(2, signed, earlier) == [
        ("self", "Mechelen"),
        ("later", "Tokyo"),
    ]


# Validation


@pytest.mark.django_db
def test_a_declaration_cannot_build_on_itself_or_a_later_one():
    mechelen = demo_page("declaration-mechelen", "en")
    mechelen.builds_on = [mechelen, demo_page("declaration-tokyo", "en")]
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            mechelen.clean()
        messages = [str(m) for m in error.value.message_dict["builds_on"]]
    assert "A declaration cannot build on itself." in messages
    assert any("Tokyo Protocol" in m and "cannot build on it" in m for m in messages)


@pytest.mark.django_db
def test_the_demo_declarations_are_valid():
    for key in ALL:
        demo_page(key, "en").clean()


def test_a_congress_cannot_end_before_it_starts():
    occasion = Occasion(
        kind=OccasionKind.CONGRESS,
        name="Science Centre World Congress",
        year=2011,
        start_date=datetime.date(2011, 9, 8),
        end_date=datetime.date(2011, 9, 4),
        country="South Africa",
    )
    with pytest.raises(ValidationError) as error:
        occasion.clean()
    assert "end_date" in error.value.message_dict


# Pages


@pytest.mark.django_db
def test_demo_declarations_exist_in_every_language():
    for key in ["declarations", *ALL]:
        for language in ("nl", "fr", "en"):
            assert demo_page(key, language).live, (key, language)
    assert Occasion.objects.filter(locale__language_code="en").count() == 8


@pytest.mark.django_db
def test_timeline_runs_in_the_editors_order(client):
    index = demo_page("declarations", "en")

    def dates():
        return re.findall(
            r'class="timeline-list__date">(?:<time[^>]*>)?([^<]+)', get(client, index)
        )

    oldest_first = dates()
    assert oldest_first[0] == "1996"
    assert oldest_first[4:] == [
        "19 June 2008",
        "8 September 2011",
        "19 March 2014",
        "17 November 2017",
    ]
    index.order = TimelineOrder.NEWEST_FIRST
    index.save_revision().publish()
    cache.clear()
    assert dates() == list(reversed(oldest_first))


@pytest.mark.django_db
def test_builds_on_and_followed_by_link_both_ways(client):
    pages = {key: demo_page(key, "en") for key in ALL}
    mechelen = get(client, pages["declaration-mechelen"])
    assert elements(mechelen, "a", href=pages["declaration-toronto"].url)
    assert elements(mechelen, "a", href=pages["declaration-cape-town"].url)
    assert elements(mechelen, "a", href=pages["declaration-tokyo"].url)
    toronto = get(client, pages["declaration-toronto"])
    followed = toronto.split("Followed by", 1)[1]
    assert pages["declaration-cape-town"].url in followed
    assert pages["declaration-mechelen"].url in followed
    assert "Builds on" not in toronto


@pytest.mark.parametrize(
    ("key", "facts_on_page"),
    [
        (
            "declaration-toronto",
            ["19 June 2008", "5th Science Centre World Congress", "14–19 June 2008"]
            + ["400 delegates from 51 countries", "about 2,000 colleagues worldwide", "Signatory"],
        ),
        (
            "declaration-cape-town",
            ["6th Science Centre World Congress", "4–8 September 2011", "Science Across Cultures"]
            + ["416 delegates from 56 countries", "constructive part"],
        ),
        (
            "declaration-mechelen",
            ["19 March 2014", "1st Science Centre World Summit", "17–19 March 2014"]
            + ["443 attendees from 58 countries", "464 participants", "7 action points"]
            + ["8 science-centre networks", "Royal Belgian Institute of Natural Sciences"]
            + ["Organiser", "78 science-centre CEOs", "King Philippe"],
        ),
        ("declaration-tokyo", ["17 November 2017", "15–17 November 2017", "9 actions"]),
    ],
)
@pytest.mark.django_db
def test_declaration_pages_show_their_facts_and_sources(client, key, facts_on_page):
    html = get(client, demo_page(key, "en"))
    for fact in facts_on_page:
        assert fact in html, fact


@pytest.mark.parametrize(
    ("language", "facts_on_page"),
    [
        ("nl", ["443 aanwezigen uit 58 landen", "7 actiepunten", "Bouwt voort op", "maart 2014"]),
        ("fr", ["443 participants de 58 pays", "7 points d’action", "S’appuie sur", "mars 2014"]),
    ],
)
@pytest.mark.django_db
def test_declaration_pages_speak_dutch_and_french(client, language, facts_on_page):
    html = get(client, demo_page("declaration-mechelen", language)).replace("&#x27;", "’")
    for fact in facts_on_page:
        assert fact in html, fact


@pytest.mark.django_db
def test_occasion_is_an_event_in_json_ld(client):
    data = json_ld(get(client, demo_page("declaration-mechelen", "en")))
    event = next(d for d in data if d.get("@type") == "Event")
    assert event["name"] == "1st Science Centre World Summit 2014"
    assert (event["startDate"], event["endDate"]) == ("2014-03-17", "2014-03-19")
    assert event["location"]["address"] == {
        "@type": "PostalAddress",
        "addressCountry": "Belgium",
        "addressLocality": "Mechelen",
    }
    assert [o["name"] for o in event["organizer"]] == [
        "Technopolis",
        "Royal Belgian Institute of Natural Sciences",
    ]


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
@pytest.mark.django_db
def test_organisations_page_shows_the_mechelen_declaration_from_its_pages(client, language):
    html = get(client, demo_page("umbrella-organisations", language))
    section = html.split('<section class="featured">', 1)[1]
    for key in DECLARATIONS:
        assert elements(section, "a", href=demo_page(key, language).url), key
    assert demo_page("declaration-mechelen", language).title in section


@pytest.mark.django_db
def test_english_organisations_page_states_the_seed_facts_on_declarations(client):
    html = get(client, demo_page("umbrella-organisations", "en"))
    section = html.split('<section class="featured">', 1)[1]
    for fact in [
        "Mechelen Declaration",
        "1st Science Centre World Summit",
        "Technopolis: Organiser",
        "2014",
        "Toronto Declaration",
        "5th Science Centre World Congress",
        "about 2,000 colleagues worldwide, Technopolis among them",
        "first time",
        "Cape Town Declaration",
        "416 delegates from 56 countries",
    ]:
        assert fact in section, fact


@pytest.mark.django_db
def test_section_renders_nothing_without_a_published_declaration(client):
    for key in ALL:
        demo_page(key, "en").unpublish()
    html = get(client, demo_page("umbrella-organisations", "en"))
    assert '<section class="featured">' not in html
    assert "Mechelen Declaration" not in html


@pytest.mark.django_db
def test_timeline_does_not_query_per_declaration(client):
    index = demo_page("declarations", "en")
    client.get(index.url)
    with CaptureQueriesContext(connection) as before:
        get(client, index)
    extra = DeclarationPage(
        title="Test Declaration",
        slug="test-declaration",
        date_signed=datetime.date(2020, 1, 1),
        city="Ghent",
        country="Belgium",
        summary="A test.",
    )
    index.add_child(instance=extra)
    extra.builds_on = [demo_page("declaration-tokyo", "en")]
    extra.save_revision().publish()
    cache.clear()
    client.get(index.url)
    with CaptureQueriesContext(connection) as after:
        html = get(client, index)
    assert "Test Declaration" in html
    assert len(after) == len(before)


@pytest.mark.django_db
def test_the_editor_refuses_a_later_declaration_to_build_on(admin_client):
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    cape_town = demo_page("declaration-cape-town", "en")
    data = nested_form_data(
        {
            "title": cape_town.title,
            "slug": cape_town.slug,
            "lead": cape_town.lead,
            "date_signed": "2011-09-08",
            "city": cape_town.city,
            "country": cape_town.country,
            "occasion": cape_town.occasion_id,
            "attendee_kind": cape_town.attendee_kind,
            "action_kind": cape_town.action_kind,
            "signatory_qualifier": cape_town.signatory_qualifier,
            "summary": cape_town.summary,
            "commitments": streamfield([]),
            "body": streamfield([]),
            "full_text": rich_text(""),
            "comments": inline_formset([]),
        }
    )
    data["builds_on"] = [cape_town.pk, demo_page("declaration-mechelen", "en").pk]
    response = admin_client.post(f"/admin/pages/{cape_town.pk}/edit/", data)
    assert response.status_code == 200  # the form comes back with errors, in Dutch
    html = response.content.decode()
    assert "Een verklaring kan niet op zichzelf voortbouwen." in html
    assert "‘Mechelen Declaration’ werd niet vóór deze verklaring ondertekend" in html
    assert list(demo_page("declaration-cape-town", "en").builds_on.all()) == [
        demo_page("declaration-toronto", "en")
    ]
