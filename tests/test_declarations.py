"""The world declarations as linked pages, and their section on the organisations page (issue 4)."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils import translation

from declarations import facts
from declarations.models import (
    ActionKind,
    AttendeeKind,
    DeclarationPage,
    Occasion,
    OccasionKind,
    TechnopolisRole,
    TimelineOrder,
)
from organisations.facts import Qualifier

from .factories import fresh, snippet_in_every_language, translated_pages
from .factories.international import (
    DeclarationIndexPageFactory,
    DeclarationPageFactory,
    OccasionFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
)
from .helpers import elements
from .test_organisations import count_queries, get, json_ld

DECLARATIONS = ["porto", "nairobi", "leuven"]
ALL = [*DECLARATIONS, "seoul"]


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


# The data: congresses and summits, declarations, and their section on the organisations page

CONGRESS = "Hands-on Science World Congress"
SUMMIT = "Hands-on Science World Summit"


def d(*parts):
    return datetime.date(*parts)


def occasion(nl, fr, en, **facts_of_it):
    """A congress or summit in Dutch, French and English; the dicts hold what differs."""
    made = OccasionFactory(**{"name": CONGRESS, **facts_of_it}, **nl)
    return snippet_in_every_language(made, fr=fr, en=en)


def places(nl, fr, en):
    return {"nl": {"country": nl}, "fr": {"country": fr}, "en": {"country": en}}


@pytest.fixture
def world(site):
    """The world declarations in Dutch, French and English: the congresses and summits (two
    that left no declaration), the timeline, four declarations building on each other, and
    the organisations page featuring the summit's declaration. {name: {code: page or row}}."""
    occasions = {
        "congress-1": occasion(**places("Denemarken", "Danemark", "Denmark"), edition=1, year=2003),
        "congress-2": occasion(**places("Chili", "Chili", "Chile"), edition=2, year=2006),
        "congress-4": occasion(
            **places("Portugal", "Portugal", "Portugal"),
            edition=4,
            start_date=d(2009, 6, 8),
            end_date=d(2009, 6, 12),
            city="Porto",
        ),
        "congress-5": occasion(
            nl={"country": "Kenia"},
            fr={"country": "Kenya"},
            en={"country": "Kenya"},
            edition=5,
            start_date=d(2012, 10, 1),
            end_date=d(2012, 10, 5),
            city="Nairobi",
            theme="Science for Every Community",
        ),
        "summit-1": occasion(
            nl={
                "city": "Leuven",
                "country": "België",
                "organisers": [
                    ("name", "Technopolis"),
                    ("name", "Instituut voor Wetenschap en Samenleving"),
                ],
            },
            fr={
                "city": "Louvain",
                "country": "Belgique",
                "organisers": [("name", "Technopolis"), ("name", "Institut Science et Société")],
            },
            en={
                "city": "Leuven",
                "country": "Belgium",
                "organisers": [
                    ("name", "Technopolis"),
                    ("name", "Institute for Science and Society"),
                ],
            },
            kind=OccasionKind.SUMMIT,
            name=SUMMIT,
            edition=1,
            start_date=d(2015, 4, 20),
            end_date=d(2015, 4, 22),
            host_institution="Technopolis",
        ),
        "summit-2": occasion(
            **places("Zuid-Korea", "Corée du Sud", "South Korea"),
            kind=OccasionKind.SUMMIT,
            name=SUMMIT,
            edition=2,
            start_date=d(2018, 9, 12),
            end_date=d(2018, 9, 14),
            city="Seoul",
        ),
    }
    organisations = translated_pages(
        OrganisationIndexPageFactory(parent=site["nl"]),
        fr={"title": "Réseaux", "slug": "reseaux"},
        en={"title": "Umbrella organisations", "slug": "umbrella-organisations"},
    )
    nsce = translated_pages(OrganisationPageFactory(parent=organisations["nl"], title="NSCE"))
    index = translated_pages(
        DeclarationIndexPageFactory(parent=site["nl"]),
        fr={"title": "Déclarations mondiales", "slug": "declarations-mondiales"},
        en={"title": "World declarations", "slug": "world-declarations"},
    )
    pages = {}

    def declaration(name, occasion_key, common, builds_on=(), signatories=None, **by_language):
        def related(code):
            fields = {
                "occasion": occasions[occasion_key][code],
                "builds_on": [pages[other][code] for other in builds_on],
            }
            if signatories:
                fields["signatories"] = [signatories[code]]
            return fields

        pages[name] = translated_pages(
            DeclarationPageFactory(
                parent=index["nl"], **common, **related("nl"), **by_language["nl"]
            ),
            fr={**related("fr"), **by_language["fr"]},
            en={**related("en"), **by_language["en"]},
        )

    declaration(
        "porto",
        "congress-4",
        {
            "date_signed": d(2009, 6, 12),
            "city": "Porto",
            "attendee_count": 380,
            "attendee_kind": AttendeeKind.DELEGATES,
            "country_count": 45,
            "signatory_count": 1500,
            "signatory_qualifier": Qualifier.ABOUT,
            "technopolis_role": TechnopolisRole.SIGNATORY,
        },
        nl={
            "title": "Verklaring van Porto",
            "slug": "verklaring-van-porto",
            "country": "Portugal",
            "signatory_kind": "collega's wereldwijd, Technopolis inbegrepen",
            "summary": "Voor het eerst schreven science centers samen neer waarvoor ze staan.",
        },
        fr={
            "title": "Déclaration de Porto",
            "slug": "declaration-de-porto",
            "country": "Portugal",
            "signatory_kind": "collègues du monde entier, dont Technopolis",
            "summary": "Pour la première fois, les centres de sciences ont écrit ensemble "
            "ce qu'ils défendent.",
        },
        en={
            "title": "Porto Declaration",
            "slug": "porto-declaration",
            "country": "Portugal",
            "signatory_kind": "colleagues worldwide, Technopolis among them",
            "summary": "For the first time, science centres wrote down together what they "
            "stand for.",
        },
    )
    declaration(
        "nairobi",
        "congress-5",
        {
            "date_signed": d(2012, 10, 5),
            "city": "Nairobi",
            "attendee_count": 420,
            "attendee_kind": AttendeeKind.DELEGATES,
            "country_count": 60,
            "technopolis_role": TechnopolisRole.PARTICIPANT,
        },
        builds_on=["porto"],
        nl={
            "title": "Verklaring van Nairobi",
            "slug": "verklaring-van-nairobi",
            "country": "Kenia",
            "summary": "Science centers willen een opbouwende rol spelen in het dagelijks leven.",
        },
        fr={
            "title": "Déclaration de Nairobi",
            "slug": "declaration-de-nairobi",
            "country": "Kenya",
            "summary": "Les centres de sciences veulent jouer un rôle constructif au quotidien.",
        },
        en={
            "title": "Nairobi Declaration",
            "slug": "nairobi-declaration",
            "country": "Kenya",
            "summary": "Science centres mean to play a constructive part in everyday life.",
        },
    )
    declaration(
        "leuven",
        "summit-1",
        {
            "date_signed": d(2015, 4, 22),
            "attendee_count": 450,
            "attendee_kind": AttendeeKind.ATTENDEES,
            "country_count": 50,
            "action_count": 6,
            "action_kind": ActionKind.ACTION_POINTS,
            "signatory_count": 9,
            "technopolis_role": TechnopolisRole.ORGANISER,
        },
        builds_on=["porto", "nairobi"],
        signatories=nsce,
        nl={
            "title": "Verklaring van Leuven",
            "slug": "verklaring-van-leuven",
            "city": "Leuven",
            "country": "België",
            "attendee_source": "Volgens de verklaring; het verslag van de top telt 470 deelnemers.",
            "signatory_kind": "netwerken van science centers, waaronder NSCE",
            "summary": "Het actieplan van de eerste wereldtop, door Technopolis georganiseerd.",
            "body": [("paragraph", "<p>De dag voor de top kwamen 65 directeurs samen.</p>")],
        },
        fr={
            "title": "Déclaration de Louvain",
            "slug": "declaration-de-louvain",
            "city": "Louvain",
            "country": "Belgique",
            "attendee_source": "Selon la déclaration ; le rapport du sommet compte 470 "
            "participants.",
            "signatory_kind": "réseaux de centres de sciences, dont NSCE",
            "summary": "Le plan d'action du premier sommet mondial, organisé par Technopolis.",
            "body": [("paragraph", "<p>La veille du sommet, 65 directeurs se sont réunis.</p>")],
        },
        en={
            "title": "Leuven Declaration",
            "slug": "leuven-declaration",
            "city": "Leuven",
            "country": "Belgium",
            "attendee_source": "As stated in the declaration; the summit report counts 470 "
            "participants.",
            "signatory_kind": "science-centre networks, NSCE among them",
            "summary": "The action plan of the first world summit, organised by Technopolis.",
            "body": [
                (
                    "paragraph",
                    "<p>The day before the summit, 65 science-centre CEOs met. The Flemish "
                    "minister of science opened it.</p>",
                )
            ],
        },
    )
    declaration(
        "seoul",
        "summit-2",
        {
            "date_signed": d(2018, 9, 14),
            "city": "Seoul",
            "action_count": 8,
            "action_kind": ActionKind.ACTIONS,
        },
        builds_on=["leuven"],
        nl={"title": "Protocol van Seoul", "slug": "protocol-van-seoul", "country": "Zuid-Korea"},
        fr={"title": "Protocole de Séoul", "slug": "protocole-de-seoul", "country": "Corée du Sud"},
        en={"title": "Seoul Protocol", "slug": "seoul-protocol", "country": "South Korea"},
    )

    # The organisations page features the summit's declaration, each language its own.
    section = {
        "nl": ("Verklaring van Leuven", "In 2015 tekende de science-centerwereld een actieplan."),
        "fr": ("Déclaration de Louvain", "En 2015, les centres de sciences ont signé un plan."),
        "en": ("Leuven Declaration", "In 2015 the science-centre world signed an action plan."),
    }
    for code, (title, intro) in section.items():
        page = organisations[code]
        page.body = [
            (
                "featured_pages",
                {"title": title, "intro": intro, "pages": [pages["leuven"][code]]},
            )
        ]
        page.save_revision().publish()
    return {
        **{name: fresh(by_language) for name, by_language in pages.items()},
        "index": fresh(index),
        "organisations": fresh(organisations),
        "occasions": occasions,
    }


# Validation


@pytest.mark.django_db
def test_a_declaration_cannot_build_on_itself_or_a_later_one(world):
    leuven = world["leuven"]["en"]
    leuven.builds_on = [leuven, world["seoul"]["en"]]
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            leuven.clean()
        messages = [str(m) for m in error.value.message_dict["builds_on"]]
    assert "A declaration cannot build on itself." in messages
    assert any("Seoul Protocol" in m and "cannot build on it" in m for m in messages)


@pytest.mark.django_db
def test_declarations_building_on_earlier_ones_are_valid(world):
    for name in ALL:
        for language in ("nl", "fr", "en"):
            declaration = world[name][language]
            assert declaration.builds_on.exists() == (name != "porto")
            declaration.clean()


def test_a_congress_cannot_end_before_it_starts():
    occasion = Occasion(
        kind=OccasionKind.CONGRESS,
        name="Hands-on Science World Congress",
        year=2012,
        start_date=datetime.date(2012, 10, 5),
        end_date=datetime.date(2012, 10, 1),
        country="Kenya",
    )
    with pytest.raises(ValidationError) as error:
        occasion.clean()
    assert "end_date" in error.value.message_dict


# Pages


@pytest.mark.django_db
def test_each_language_has_its_declarations_and_its_own_congresses(client, world):
    for name in ["index", *ALL]:
        for language in ("nl", "fr", "en"):
            page = world[name][language]
            assert page.live, (name, language)
            assert page.url.startswith(f"/{language}/"), page.url
    for language, denmark in [("nl", "Denemarken"), ("fr", "Danemark"), ("en", "Denmark")]:
        html = get(client, world["index"][language])
        assert denmark in html, language
        others = {"Denemarken", "Danemark", "Denmark"} - {denmark}
        assert not any(other in html for other in others), language
        assert html.count(CONGRESS) == 4  # two without a declaration, two with one


@pytest.mark.django_db
def test_timeline_runs_in_the_editors_order(client, world):
    index = world["index"]["en"]

    def dates():
        return re.findall(
            r'class="timeline-list__date">(?:<time[^>]*>)?([^<]+)', get(client, index)
        )

    oldest_first = dates()
    assert oldest_first == [
        "2003",
        "2006",
        "12 June 2009",
        "5 October 2012",
        "22 April 2015",
        "14 September 2018",
    ]
    index.order = TimelineOrder.NEWEST_FIRST
    index.save_revision().publish()
    cache.clear()
    assert dates() == list(reversed(oldest_first))


@pytest.mark.django_db
def test_builds_on_and_followed_by_link_both_ways(client, world):
    pages = {name: world[name]["en"] for name in ALL}
    leuven = get(client, pages["leuven"])
    assert elements(leuven, "a", href=pages["porto"].url)
    assert elements(leuven, "a", href=pages["nairobi"].url)
    assert elements(leuven, "a", href=pages["seoul"].url)
    porto = get(client, pages["porto"])
    followed = porto.split("Followed by", 1)[1]
    assert pages["nairobi"].url in followed
    assert pages["leuven"].url in followed
    assert pages["seoul"].url not in followed
    assert "Builds on" not in porto


@pytest.mark.parametrize(
    ("name", "facts_on_page"),
    [
        (
            "porto",
            ["12 June 2009", "4th Hands-on Science World Congress", "8–12 June 2009"]
            + ["380 delegates from 45 countries", "about 1,500 colleagues worldwide", "Signatory"],
        ),
        (
            "nairobi",
            ["5th Hands-on Science World Congress", "1–5 October 2012"]
            + ["Science for Every Community", "420 delegates from 60 countries"]
            + ["constructive part"],
        ),
        (
            "leuven",
            ["22 April 2015", "1st Hands-on Science World Summit", "20–22 April 2015"]
            + ["450 attendees from 50 countries", "470 participants", "6 action points"]
            + ["9 science-centre networks", "Institute for Science and Society"]
            + ["Organiser", "65 science-centre CEOs", "minister of science"],
        ),
        ("seoul", ["14 September 2018", "12–14 September 2018", "8 actions"]),
    ],
)
@pytest.mark.django_db
def test_declaration_pages_show_their_facts_and_sources(client, world, name, facts_on_page):
    html = get(client, world[name]["en"])
    for fact in facts_on_page:
        assert fact in html, fact


@pytest.mark.django_db
def test_declaration_page_links_its_signatories(client, world):
    html = get(client, world["leuven"]["en"])
    nsce = world["leuven"]["en"].signatories.get()
    assert nsce.locale.language_code == "en"
    assert elements(html, "a", href=nsce.url)


@pytest.mark.parametrize(
    ("language", "facts_on_page"),
    [
        ("nl", ["450 aanwezigen uit 50 landen", "6 actiepunten", "Bouwt voort op", "april 2015"]),
        ("fr", ["450 participants de 50 pays", "6 points d’action", "S’appuie sur", "avril 2015"]),
    ],
)
@pytest.mark.django_db
def test_declaration_pages_speak_dutch_and_french(client, world, language, facts_on_page):
    html = get(client, world["leuven"][language]).replace("&#x27;", "’")
    for fact in facts_on_page:
        assert fact in html, fact


@pytest.mark.django_db
def test_occasion_is_an_event_in_json_ld(client, world):
    data = json_ld(get(client, world["leuven"]["en"]))
    event = next(d for d in data if d.get("@type") == "Event")
    assert event["name"] == "1st Hands-on Science World Summit 2015"
    assert (event["startDate"], event["endDate"]) == ("2015-04-20", "2015-04-22")
    assert event["location"]["address"] == {
        "@type": "PostalAddress",
        "addressCountry": "Belgium",
        "addressLocality": "Leuven",
    }
    assert [o["name"] for o in event["organizer"]] == [
        "Technopolis",
        "Institute for Science and Society",
    ]


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
@pytest.mark.django_db
def test_organisations_page_shows_the_featured_declaration_from_its_pages(client, world, language):
    html = get(client, world["organisations"][language])
    section = html.split('<section class="featured">', 1)[1]
    for name in DECLARATIONS:
        assert elements(section, "a", href=world[name][language].url), name
    assert world["leuven"][language].title in section


@pytest.mark.django_db
def test_english_organisations_page_states_the_facts_of_the_declarations(client, world):
    html = get(client, world["organisations"]["en"])
    section = html.split('<section class="featured">', 1)[1]
    for fact in [
        "Leuven Declaration",
        "1st Hands-on Science World Summit",
        "Technopolis: Organiser",
        "2015",
        "Porto Declaration",
        "4th Hands-on Science World Congress",
        "about 1,500 colleagues worldwide, Technopolis among them",
        "first time",
        "Nairobi Declaration",
        "420 delegates from 60 countries",
    ]:
        assert fact in section, fact


@pytest.mark.django_db
def test_section_renders_nothing_without_a_published_declaration(client, world):
    assert '<section class="featured">' in get(client, world["organisations"]["en"])
    for name in ALL:
        world[name]["en"].unpublish()
    html = get(client, world["organisations"]["en"])
    assert '<section class="featured">' not in html
    assert "Leuven Declaration" not in html


@pytest.mark.django_db
def test_timeline_does_not_query_per_declaration(client, world, site_settings):
    index = world["index"]["en"]
    before = count_queries(client, index)
    assert before > 0  # rendered, not served from the page cache
    extra = DeclarationPage(
        title="Test Declaration",
        slug="test-declaration",
        date_signed=datetime.date(2020, 1, 1),
        city="Ghent",
        country="Belgium",
        summary="A test.",
    )
    index.add_child(instance=extra)
    extra.builds_on = [world["seoul"]["en"]]
    extra.save_revision().publish()
    assert "Test Declaration" in get(client, index)
    assert count_queries(client, index) == before


@pytest.mark.django_db
def test_the_editor_refuses_a_later_declaration_to_build_on(admin_client, world):
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    nairobi = world["nairobi"]["en"]
    data = nested_form_data(
        {
            "title": nairobi.title,
            "slug": nairobi.slug,
            "lead": nairobi.lead,
            "date_signed": "2012-10-05",
            "city": nairobi.city,
            "country": nairobi.country,
            "occasion": nairobi.occasion_id,
            "attendee_kind": nairobi.attendee_kind,
            "action_kind": nairobi.action_kind,
            "signatory_qualifier": nairobi.signatory_qualifier,
            "summary": nairobi.summary,
            "commitments": streamfield([]),
            "body": streamfield([]),
            "full_text": rich_text(""),
            "comments": inline_formset([]),
        }
    )
    data["builds_on"] = [nairobi.pk, world["leuven"]["en"].pk]
    response = admin_client.post(f"/admin/pages/{nairobi.pk}/edit/", data)
    assert response.status_code == 200  # the form comes back with errors, in Dutch
    html = response.content.decode()
    assert "Een verklaring kan niet op zichzelf voortbouwen." in html
    assert "‘Leuven Declaration’ werd niet vóór deze verklaring ondertekend" in html
    assert list(DeclarationPage.objects.get(pk=nairobi.pk).builds_on.all()) == [
        world["porto"]["en"]
    ]
