"""Demo content: the world congresses and summits, and the declarations they produced.

Facts from the shared FACTS.md §4.8 and the seed page; sentences written for this site. Runs
after the organisations demo, and fills the "Mechelen Declaration" section of the umbrella
organisations page with the declaration pages it creates.
"""

import datetime
import json
import uuid

from organisations.facts import Qualifier
from organisations.models import OrganisationPage
from technopolis.demo.loader import (
    DEMO_NAMESPACE,
    LANGUAGE_CODES,
    PageSpec,
    stream,
    translation_key,
)

from .models import (
    ActionKind,
    AttendeeKind,
    DeclarationIndexPage,
    DeclarationPage,
    Occasion,
    OccasionKind,
    TechnopolisRole,
)

COUNTRIES = {
    "finland": {"nl": "Finland", "fr": "Finlande", "en": "Finland"},
    "india": {"nl": "India", "fr": "Inde", "en": "India"},
    "australia": {"nl": "Australië", "fr": "Australie", "en": "Australia"},
    "brazil": {"nl": "Brazilië", "fr": "Brésil", "en": "Brazil"},
    "canada": {"nl": "Canada", "fr": "Canada", "en": "Canada"},
    "south-africa": {"nl": "Zuid-Afrika", "fr": "Afrique du Sud", "en": "South Africa"},
    "belgium": {"nl": "België", "fr": "Belgique", "en": "Belgium"},
    "japan": {"nl": "Japan", "fr": "Japon", "en": "Japan"},
}
CITIES = {
    "toronto": {"nl": "Toronto", "fr": "Toronto", "en": "Toronto"},
    "cape-town": {"nl": "Kaapstad", "fr": "Le Cap", "en": "Cape Town"},
    "mechelen": {"nl": "Mechelen", "fr": "Malines", "en": "Mechelen"},
    "tokyo": {"nl": "Tokio", "fr": "Tokyo", "en": "Tokyo"},
}
CONGRESS = "Science Centre World Congress"
SUMMIT = "Science Centre World Summit"
RBINS = {
    "nl": "Koninklijk Belgisch Instituut voor Natuurwetenschappen",
    "fr": "Institut royal des Sciences naturelles de Belgique",
    "en": "Royal Belgian Institute of Natural Sciences",
}

# key: (kind, name, edition, year, first day, last day, city key, country key, extra fields)
OCCASIONS = {
    "congress-1": (OccasionKind.CONGRESS, CONGRESS, 1, 1996, None, None, None, "finland", {}),
    "congress-2": (OccasionKind.CONGRESS, CONGRESS, 2, 1999, None, None, None, "india", {}),
    "congress-3": (OccasionKind.CONGRESS, CONGRESS, 3, 2002, None, None, None, "australia", {}),
    "congress-4": (OccasionKind.CONGRESS, CONGRESS, 4, 2005, None, None, None, "brazil", {}),
    "congress-5": (
        OccasionKind.CONGRESS,
        CONGRESS,
        5,
        2008,
        datetime.date(2008, 6, 14),
        datetime.date(2008, 6, 19),
        "toronto",
        "canada",
        {},
    ),
    "congress-6": (
        OccasionKind.CONGRESS,
        CONGRESS,
        6,
        2011,
        datetime.date(2011, 9, 4),
        datetime.date(2011, 9, 8),
        "cape-town",
        "south-africa",
        {"theme": "Science Across Cultures"},
    ),
    "summit-1": (
        OccasionKind.SUMMIT,
        SUMMIT,
        1,
        2014,
        datetime.date(2014, 3, 17),
        datetime.date(2014, 3, 19),
        "mechelen",
        "belgium",
        {
            "host_institution": "Technopolis",
            "organisers": lambda code: stream(("name", "Technopolis"), ("name", RBINS[code])),
        },
    ),
    "summit-2": (
        OccasionKind.SUMMIT,
        SUMMIT,
        2,
        2017,
        datetime.date(2017, 11, 15),
        datetime.date(2017, 11, 17),
        "tokyo",
        "japan",
        {},
    ),
}


def ensure_occasions(loader):
    """Each congress and summit in every language: {(key, code): occasion}."""
    occasions = {}
    for key, (kind, name, edition, year, start, end, city, country, extra) in OCCASIONS.items():
        for code in LANGUAGE_CODES:
            locale = loader.locale(code)
            found = Occasion.objects.filter(
                translation_key=translation_key(f"occasion-{key}"), locale=locale
            ).first()
            if found is None:
                found = Occasion.objects.create(
                    translation_key=translation_key(f"occasion-{key}"),
                    locale=locale,
                    kind=kind,
                    name=name,
                    edition=edition,
                    year=year,
                    start_date=start,
                    end_date=end,
                    city=CITIES[city][code] if city else "",
                    country=COUNTRIES[country][code],
                    **{k: v(code) if callable(v) else v for k, v in extra.items()},
                )
            occasions[key, code] = found
    return occasions


def _p(html):
    return ("paragraph", html)


DECLARATION_INDEX = PageSpec(
    key="declarations",
    page_class=DeclarationIndexPage,
    parent="international",
    show_in_menus=True,
    languages={
        "nl": {
            "title": "Wereldverklaringen",
            "slug": "wereldverklaringen",
            "lead": "Op hun wereldcongressen en -toppen leggen de science centers samen vast "
            "waar ze voor staan en wat ze willen doen.",
        },
        "fr": {
            "title": "Déclarations mondiales",
            "slug": "declarations-mondiales",
            "lead": "Lors de leurs congrès et sommets mondiaux, les centres de sciences "
            "énoncent ensemble leurs convictions et leurs engagements.",
        },
        "en": {
            "title": "World declarations",
            "slug": "world-declarations",
            "lead": "At their world congresses and summits, science centres set down together "
            "what they stand for and what they will do.",
        },
    },
)


def _declaration(key, occasion, common, languages, builds_on=()):
    """A declaration page linked to its occasion and to the declarations it builds on."""

    def occasion_in(code):
        return Occasion.objects.get(
            translation_key=translation_key(f"occasion-{occasion}"), locale__language_code=code
        )

    return PageSpec(
        key=key,
        page_class=DeclarationPage,
        parent=DECLARATION_INDEX.key,
        common={"occasion": occasion_in, **common},
        languages=languages,
    ), builds_on


TORONTO = _declaration(
    "declaration-toronto",
    "congress-5",
    {
        "date_signed": datetime.date(2008, 6, 19),
        "attendee_count": 400,
        "attendee_kind": AttendeeKind.DELEGATES,
        "country_count": 51,
        "signatory_count": 2000,
        "signatory_qualifier": Qualifier.ABOUT,
        "technopolis_role": TechnopolisRole.SIGNATORY,
    },
    {
        "nl": {
            "title": "Verklaring van Toronto",
            "slug": "verklaring-van-toronto",
            "lead": "De eerste tekst waarin de science centers van de wereld samen hun "
            "doelen en overtuigingen vastlegden.",
            "city": "Toronto",
            "country": "Canada",
            "signatory_kind": "collega's wereldwijd, Technopolis inbegrepen",
            "summary": "Na afloop van het 5e Science Centre World Congress keurden de "
            "deelnemers op 19 juni 2008 de Verklaring van Toronto goed. Voor het eerst "
            "schreef de internationale science-centerwereld samen neer wat ze wil bereiken "
            "en waarin ze gelooft. Technopolis ondertekende mee.",
        },
        "fr": {
            "title": "Déclaration de Toronto",
            "slug": "declaration-de-toronto",
            "lead": "Le premier texte où les centres de sciences du monde entier ont énoncé "
            "ensemble leurs objectifs et leurs convictions.",
            "city": "Toronto",
            "country": "Canada",
            "signatory_kind": "collègues du monde entier, dont Technopolis",
            "summary": "À l'issue du 5e Congrès mondial des centres de sciences, les "
            "participants ont adopté la Déclaration de Toronto le 19 juin 2008. Pour la "
            "première fois, le monde international des centres de sciences a mis par écrit, "
            "collectivement, ses objectifs et ses convictions. Technopolis l'a signée.",
        },
        "en": {
            "title": "Toronto Declaration",
            "slug": "toronto-declaration",
            "lead": "The first text in which the world's science centres jointly set out "
            "their aims and convictions.",
            "city": "Toronto",
            "country": "Canada",
            "signatory_kind": "colleagues worldwide, Technopolis among them",
            "summary": "When the 5th Science Centre World Congress closed, its participants "
            "endorsed the Toronto Declaration on 19 June 2008. It was the first time the "
            "international science-centre community put its aims and convictions in writing "
            "together. Technopolis signed it.",
        },
    },
)

CAPE_TOWN = _declaration(
    "declaration-cape-town",
    "congress-6",
    {
        "date_signed": datetime.date(2011, 9, 8),
        "attendee_count": 416,
        "attendee_kind": AttendeeKind.DELEGATES,
        "country_count": 56,
        "technopolis_role": TechnopolisRole.PARTICIPANT,
    },
    {
        "nl": {
            "title": "Verklaring van Kaapstad",
            "slug": "verklaring-van-kaapstad",
            "lead": "Science centers willen een opbouwende rol blijven spelen bij de grote "
            "vragen waar wetenschap en samenleving elkaar raken.",
            "city": "Kaapstad",
            "country": "Zuid-Afrika",
            "summary": "Op het 6e Science Centre World Congress, rond het thema 'Science "
            "Across Cultures', bekeken afgevaardigden, ook die van Technopolis, welke impact "
            "science centers wereldwijd hebben. In de Verklaring van Kaapstad legden ze "
            "vast hoe science centers een opbouwende rol blijven spelen bij wereldwijde "
            "problemen op het raakvlak van wetenschap en samenleving.",
        },
        "fr": {
            "title": "Déclaration du Cap",
            "slug": "declaration-du-cap",
            "lead": "Les centres de sciences veulent continuer à jouer un rôle constructif "
            "face aux grands enjeux où science et société se rencontrent.",
            "city": "Le Cap",
            "country": "Afrique du Sud",
            "summary": "Au 6e Congrès mondial des centres de sciences, sur le thème « Science "
            "Across Cultures », des délégués, dont Technopolis, ont évalué l'impact des centres de "
            "sciences dans le monde. Dans la Déclaration du Cap, ils ont prévu comment les "
            "centres de sciences continueront à jouer un rôle constructif face aux "
            "problèmes mondiaux à l'interface de la science et de la société.",
        },
        "en": {
            "title": "Cape Town Declaration",
            "slug": "cape-town-declaration",
            "lead": "Science centres mean to keep playing a constructive part in the big "
            "questions where science and society meet.",
            "city": "Cape Town",
            "country": "South Africa",
            "summary": "At the 6th Science Centre World Congress, themed 'Science Across "
            "Cultures', delegates, Technopolis among them, took stock of what science centres "
            "achieve around the world. In the Cape Town Declaration they set out how science "
            "centres will keep playing a constructive part in global problems where science "
            "and society meet.",
        },
    },
    builds_on=("declaration-toronto",),
)

MECHELEN = _declaration(
    "declaration-mechelen",
    "summit-1",
    {
        "date_signed": datetime.date(2014, 3, 19),
        "attendee_count": 443,
        "attendee_kind": AttendeeKind.ATTENDEES,
        "country_count": 58,
        "action_count": 7,
        "action_kind": ActionKind.ACTION_POINTS,
        "signatory_count": 8,
        "technopolis_role": TechnopolisRole.ORGANISER,
        "signatories": lambda code: [
            OrganisationPage.objects.get(
                translation_key=translation_key("organisation-ecsite"), locale__language_code=code
            )
        ],
    },
    {
        "nl": {
            "title": "Verklaring van Mechelen",
            "slug": "verklaring-van-mechelen",
            "lead": "Het actieplan van de eerste Science Centre World Summit, in 2014 door en "
            "in Technopolis georganiseerd.",
            "city": "Mechelen",
            "country": "België",
            "attendee_source": "Volgens de tekst van de verklaring; het artikel van de "
            "voorzitter van de top voor ASTC spreekt van 464 deelnemers.",
            "signatory_kind": "netwerken van science centers, waaronder Ecsite",
            "summary": "Op de eerste Science Centre World Summit engageerden de science "
            "centers zich samen met hun partners tot concrete acties. Het actieplan bouwt "
            "verder op de verklaringen van de wereldcongressen in Toronto en Kaapstad. "
            "Technopolis organiseerde de top samen met het Koninklijk Belgisch Instituut "
            "voor Natuurwetenschappen.",
            "body": stream(
                _p(
                    "<p>De dag voor de top kwamen 78 directeurs van science centers samen. Op "
                    "18 maart stemden de deelnemers over de prioriteiten; de verklaring "
                    "draagt de datum van 19 maart 2014. Koning Filip, Nobelprijswinnaar "
                    "François Englert en minister-president Kris Peeters woonden de "
                    "opening bij.</p>"
                )
            ),
        },
        "fr": {
            "title": "Déclaration de Malines",
            "slug": "declaration-de-malines",
            "lead": "Le plan d'action du premier Science Centre World Summit, organisé en "
            "2014 par et chez Technopolis.",
            "city": "Malines",
            "country": "Belgique",
            "attendee_source": "Selon le texte de la déclaration ; l'article du président "
            "du sommet pour l'ASTC compte 464 participants.",
            "signatory_kind": "réseaux de centres de sciences, dont Ecsite",
            "summary": "Au premier Science Centre World Summit, les centres de sciences se "
            "sont engagés avec leurs partenaires à mener des actions concrètes. Ce plan "
            "d'action prolonge les déclarations des congrès mondiaux de Toronto et du Cap. "
            "Technopolis a organisé le sommet avec l'Institut royal des Sciences naturelles "
            "de Belgique.",
            "body": stream(
                _p(
                    "<p>La veille du sommet, 78 directeurs de centres de sciences se sont "
                    "réunis. Le 18 mars, les participants ont voté les priorités ; la "
                    "déclaration est datée du 19 mars 2014. Le roi Philippe, le prix Nobel "
                    "François Englert et le ministre-président Kris Peeters ont assisté à "
                    "l'ouverture.</p>"
                )
            ),
        },
        "en": {
            "title": "Mechelen Declaration",
            "slug": "mechelen-declaration",
            "lead": "The action plan of the first Science Centre World Summit, organised by "
            "and at Technopolis in 2014.",
            "city": "Mechelen",
            "country": "Belgium",
            "attendee_source": "As stated in the declaration; the summit chair's article "
            "for ASTC counts 464 participants.",
            "signatory_kind": "science-centre networks, Ecsite among them",
            "summary": "At the first Science Centre World Summit, science centres and their "
            "partners committed themselves to concrete action. The action plan builds on "
            "the declarations of the world congresses in Toronto and Cape Town. Technopolis "
            "organised the summit with the Royal Belgian Institute of Natural Sciences.",
            "body": stream(
                _p(
                    "<p>The day before the summit, 78 science-centre CEOs met. On 18 March "
                    "the participants voted on the priorities; the declaration is dated "
                    "19 March 2014. King Philippe, Nobel laureate François Englert and "
                    "minister-president Kris Peeters attended the opening.</p>"
                )
            ),
        },
    },
    builds_on=("declaration-toronto", "declaration-cape-town"),
)

TOKYO = _declaration(
    "declaration-tokyo",
    "summit-2",
    {
        "date_signed": datetime.date(2017, 11, 17),
        "action_count": 9,
        "action_kind": ActionKind.ACTIONS,
    },
    {
        "nl": {
            "title": "Protocol van Tokio",
            "slug": "protocol-van-tokio",
            "lead": "De tweede wereldtop zette de verklaring van Mechelen om in negen acties.",
            "city": "Tokio",
            "country": "Japan",
            "summary": "Op SCWS2017 in Tokio, voorgezeten door Mamoru Mohri, bouwden de "
            "science centers voort op de Verklaring van Mechelen met een protocol van "
            "negen acties.",
        },
        "fr": {
            "title": "Protocole de Tokyo",
            "slug": "protocole-de-tokyo",
            "lead": "Le deuxième sommet mondial a traduit la Déclaration de Malines en neuf "
            "actions.",
            "city": "Tokyo",
            "country": "Japon",
            "summary": "Au SCWS2017 à Tokyo, présidé par Mamoru Mohri, les centres de "
            "sciences ont prolongé la Déclaration de Malines par un protocole de neuf "
            "actions.",
        },
        "en": {
            "title": "Tokyo Protocol",
            "slug": "tokyo-protocol",
            "lead": "The second world summit turned the Mechelen Declaration into nine actions.",
            "city": "Tokyo",
            "country": "Japan",
            "summary": "At SCWS2017 in Tokyo, chaired by Mamoru Mohri, science centres "
            "followed up the Mechelen Declaration with a protocol of nine actions.",
        },
    },
    builds_on=("declaration-mechelen",),
)

DECLARATIONS = [TORONTO, CAPE_TOWN, MECHELEN, TOKYO]

MECHELEN_SECTION = {
    "nl": {
        "title": "Verklaring van Mechelen",
        "intro": "In 2014 ondertekende de science-centerwereld in Technopolis een "
        "actieplan, verder bouwend op de wereldcongressen van 2008 en 2011.",
    },
    "fr": {
        "title": "Déclaration de Malines",
        "intro": "En 2014, le monde des centres de sciences a signé chez Technopolis un plan "
        "d'action, dans le prolongement des congrès mondiaux de 2008 et 2011.",
    },
    "en": {
        "title": "Mechelen Declaration",
        "intro": "In 2014 the science-centre world signed an action plan at Technopolis, "
        "building on the world congresses of 2008 and 2011.",
    },
}


def ensure_declarations(loader):
    pages = {}
    for spec, builds_on in DECLARATIONS:
        pages[spec.key] = loader.ensure(spec)
        for code, page in pages[spec.key].items():
            if builds_on and not page.builds_on.exists():
                page.builds_on = [pages[key][code] for key in builds_on]
                page.save_revision().publish()
    return pages


def feature_on_organisations_index(loader, declaration):
    """Add the "Mechelen Declaration" section to the umbrella organisations page, once."""
    for code in LANGUAGE_CODES:
        index = loader.page("umbrella-organisations", code)
        if index is None:
            continue
        blocks = list(index.body.raw_data)
        if any(block["type"] == "featured_pages" for block in blocks):
            continue
        blocks.append(
            {
                "type": "featured_pages",
                "id": str(uuid.uuid5(DEMO_NAMESPACE, f"mechelen-section-{code}")),
                "value": {**MECHELEN_SECTION[code], "pages": [declaration[code].pk]},
            }
        )
        index.body = json.dumps(blocks)
        index.save_revision().publish()


def load(loader):
    ensure_occasions(loader)
    loader.ensure(DECLARATION_INDEX)
    pages = ensure_declarations(loader)
    feature_on_organisations_index(loader, pages[MECHELEN[0].key])
