"""Demo content of the international section: umbrella organisations, people, European projects.

Facts from the shared FACTS.md (seed page and §4.7, §4.9, §4.10); sentences written for this
site. Counts carry the year they were stated in (the seed page dates from 2014).
"""

from technopolis.demo.loader import LANGUAGE_CODES, PageSpec, stream, translation_key

from .facts import Qualifier
from .models import (
    MembershipRole,
    OrganisationIndexPage,
    OrganisationPage,
    Person,
    PersonRole,
    ProjectIndexPage,
    ProjectPage,
    Scope,
)

SEED_YEAR = 2014


def _p(html):
    return ("paragraph", html)


def _h(text):
    return ("heading", {"text": text, "level": "h2"})


ORGANISATION_INDEX = PageSpec(
    key="umbrella-organisations",
    page_class=OrganisationIndexPage,
    parent="international",
    show_in_menus=True,
    languages={
        "nl": {
            "title": "Koepelorganisaties",
            "slug": "koepelorganisaties",
            "lead": "Technopolis is lid van de internationale netwerken van science centers "
            "en wetenschapscommunicatoren.",
            "body": stream(
                _h("Waarom lid zijn loont"),
                _p(
                    "<p>Via deze netwerken werken science centers over de grenzen heen samen. "
                    "Ze delen kennis en ervaring en houden elkaar op de hoogte van wat nieuw "
                    "is. Op evenementen, conferenties en congressen overal ter wereld komen "
                    "de mensen achter die centra geregeld samen.</p>"
                ),
            ),
        },
        "fr": {
            "title": "Organisations de coordination",
            "slug": "organisations-de-coordination",
            "lead": "Technopolis est membre des réseaux internationaux de centres de sciences "
            "et de médiateurs scientifiques.",
            "body": stream(
                _h("Pourquoi être membre"),
                _p(
                    "<p>Ces réseaux permettent aux centres de sciences de coopérer par-delà "
                    "les frontières, de partager savoir et expérience et de suivre ce qui se "
                    "fait de nouveau. Leurs équipes se retrouvent régulièrement lors "
                    "d'événements, de conférences et de congrès aux quatre coins du monde.</p>"
                ),
            ),
        },
        "en": {
            "title": "Umbrella organisations",
            "slug": "umbrella-organisations",
            "lead": "Technopolis belongs to the international networks of science centres and "
            "science communicators.",
            "body": stream(
                _h("Why membership matters"),
                _p(
                    "<p>Through these networks, science centres work together across borders: "
                    "they pass on knowledge and experience and keep each other up to date "
                    "with new developments. The people behind the centres meet regularly at "
                    "events, conferences and congresses around the world.</p>"
                ),
            ),
        },
    },
)


def _organisation(key, common, languages):
    return PageSpec(
        key=key,
        page_class=OrganisationPage,
        parent=ORGANISATION_INDEX.key,
        common=common,
        languages=languages,
    )


ORGANISATIONS = [
    _organisation(
        "organisation-astc",
        {
            "acronym": "ASTC",
            "full_name": "Association of Science-Technology Centers",
            "scope": Scope.WORLDWIDE,
            "member_count": 600,
            "member_count_qualifier": Qualifier.ALMOST,
            "member_count_year": SEED_YEAR,
            "country_count": 40,
            "country_count_qualifier": Qualifier.MORE_THAN,
            "country_count_year": SEED_YEAR,
            "website": "https://www.astc.org/",
            "membership_role": MembershipRole.GOVERNING,
            "membership_since": 2001,
        },
        {
            "nl": {
                "title": "ASTC",
                "slug": "astc",
                "lead": "Het wereldwijde netwerk van science centers en wetenschapsmusea.",
                "members_kind": "science centers, wetenschapsmusea en verwante organisaties",
                "summary": "ASTC verenigt science centers over de hele wereld. Naast science "
                "centers zijn ook wetenschapsmusea en gelijkaardige instellingen lid.",
                "membership_note": "Technopolis zat zeven jaar in het bestuur van ASTC.",
            },
            "fr": {
                "title": "ASTC",
                "slug": "astc",
                "lead": "Le réseau mondial des centres de sciences et des musées scientifiques.",
                "members_kind": "centres de sciences, musées scientifiques et organisations "
                "apparentées",
                "summary": "L'ASTC rassemble des centres de sciences du monde entier. Des "
                "musées scientifiques et des institutions similaires en font aussi partie.",
                "membership_note": "Technopolis a siégé sept ans au conseil de l'ASTC.",
            },
            "en": {
                "title": "ASTC",
                "slug": "astc",
                "lead": "The worldwide network of science centres and science museums.",
                "members_kind": "science centres, science museums and similar organisations",
                "summary": "ASTC brings together science centres from all over the world. "
                "Science museums and comparable institutions are members too.",
                "membership_note": "Technopolis sat on the ASTC board for seven years.",
            },
        },
    ),
    _organisation(
        "organisation-ecsite",
        {
            "acronym": "Ecsite",
            "full_name": "European Network of Science Centres and Museums",
            "scope": Scope.EUROPEAN,
            "member_count": 370,
            "member_count_qualifier": Qualifier.MORE_THAN,
            "member_count_year": SEED_YEAR,
            "website": "https://www.ecsite.eu/",
            "membership_role": MembershipRole.FULL,
        },
        {
            "nl": {
                "title": "Ecsite",
                "slug": "ecsite",
                "lead": "Het Europese netwerk van science centers en musea.",
                "members_kind": "science centers en musea in Europa",
                "summary": "Ecsite verbindt science centers en musea in heel Europa. "
                "Technopolis is er volwaardig lid van.",
            },
            "fr": {
                "title": "Ecsite",
                "slug": "ecsite",
                "lead": "Le réseau européen des centres de sciences et des musées.",
                "members_kind": "centres de sciences et musées en Europe",
                "summary": "Ecsite relie les centres de sciences et les musées de toute "
                "l'Europe. Technopolis en est membre à part entière.",
            },
            "en": {
                "title": "Ecsite",
                "slug": "ecsite",
                "lead": "The European network of science centres and museums.",
                "members_kind": "science centres and museums across Europe",
                "summary": "Ecsite links science centres and museums throughout Europe. "
                "Technopolis is a full member.",
            },
        },
    ),
    _organisation(
        "organisation-vsc",
        {
            "full_name": "Vereniging van Science Centra",
            "scope": Scope.REGIONAL,
            "membership_role": MembershipRole.ACTIVE,
        },
        {
            "nl": {
                "title": "Vereniging van Science Centra",
                "slug": "vereniging-van-science-centra",
                "lead": "De vereniging van science centers in Nederland en Vlaanderen.",
                "members_kind": "science centers uit Nederland en Vlaanderen",
                "summary": "Science centers die dezelfde taal spreken, hebben elkaar veel te "
                "bieden. Daarom richtten centra uit Nederland en Vlaanderen deze vereniging "
                "op: om samen te werken.",
            },
            "fr": {
                "title": "Vereniging van Science Centra",
                "slug": "vereniging-van-science-centra",
                "lead": "L'association des centres de sciences des Pays-Bas et de Flandre.",
                "members_kind": "centres de sciences des Pays-Bas et de Flandre",
                "summary": "Des centres de sciences qui partagent une langue ont beaucoup à "
                "s'apporter. C'est pour coopérer que des centres néerlandais et flamands ont "
                "fondé cette association.",
            },
            "en": {
                "title": "Vereniging van Science Centra",
                "slug": "vereniging-van-science-centra",
                "lead": "The association of science centres in the Netherlands and Flanders.",
                "members_kind": "science centres in the Netherlands and Flanders",
                "summary": "Science centres that share a language have a lot to offer each "
                "other. Centres from the Netherlands and Flanders set up this association "
                "to work together.",
            },
        },
    ),
    _organisation(
        "organisation-eusea",
        {
            "acronym": "EUSEA",
            "full_name": "European Science Events Association",
            "scope": Scope.EUROPEAN,
            "founded_year": 2001,
            "website": "https://eusea.info/",
            "membership_role": MembershipRole.FOUNDING,
            "membership_since": 2001,
        },
        {
            "nl": {
                "title": "EUSEA",
                "slug": "eusea",
                "lead": "Het Europese netwerk van wie wetenschapsevenementen organiseert.",
                "members_kind": "organisatoren van wetenschapsevenementen",
                "founded_by": "52 wetenschapscommunicatoren van 90 organisaties uit 36 "
                "Europese landen, Technopolis inbegrepen",
                "summary": "EUSEA werd eind 2001 opgericht en wil dat organisatoren van "
                "wetenschapsevenementen over de grenzen heen ideeën uitwisselen: over "
                "evenementen, sprekers en tentoonstellingen.",
            },
            "fr": {
                "title": "EUSEA",
                "slug": "eusea",
                "lead": "Le réseau européen des organisateurs d'événements scientifiques.",
                "members_kind": "organisateurs d'événements scientifiques",
                "founded_by": "52 médiateurs scientifiques de 90 organisations de 36 pays "
                "européens, dont Technopolis",
                "summary": "Fondée fin 2001, l'EUSEA aide les organisateurs d'événements "
                "scientifiques à échanger par-delà les frontières : sur les événements, les "
                "orateurs et les expositions.",
            },
            "en": {
                "title": "EUSEA",
                "slug": "eusea",
                "lead": "The European network of people who organise science events.",
                "members_kind": "organisers of science events",
                "founded_by": "52 science communicators from 90 organisations in 36 European "
                "countries, Technopolis among them",
                "summary": "Set up at the end of 2001, EUSEA helps the organisers of science "
                "events exchange across borders: about events, speakers and exhibitions.",
            },
        },
    ),
]

BOARD = {"nl": "Raad van bestuur", "fr": "Conseil d'administration", "en": "Board of Directors"}
ERIK_JACQUEMYN = {
    "key": "person-erik-jacquemyn",
    "name": "Erik Jacquemyn",
    "title": {
        "nl": "oprichter en gewezen gedelegeerd bestuurder van Technopolis",
        "fr": "fondateur et ancien administrateur délégué de Technopolis",
        "en": "founder and former managing director of Technopolis",
    },
    # (organisation key, role title per language, start year, end year[, note per language])
    "roles": [
        (
            "organisation-astc",
            BOARD,
            2003,
            2011,
        ),
        (
            "organisation-astc",
            {"nl": "Uitvoerend comité", "fr": "Comité exécutif", "en": "Executive Committee"},
            2009,
            2011,
        ),
        (
            "organisation-astc",
            {"nl": "Mondiaal comité", "fr": "Comité mondial", "en": "Global Committee"},
            2011,
            None,
            {
                "nl": "waakt over de diversiteit in de internationale relaties en activiteiten",
                "fr": "veille à la diversité dans les relations et activités internationales",
                "en": "looks after diversity in international relations and activities",
            },
        ),
        (
            "organisation-ecsite",
            BOARD,
            None,
            2013,
        ),
    ],
}


def ensure_person(loader, spec):
    """The person in every language, each version with its roles in that language's pages."""
    people = {}
    for code in LANGUAGE_CODES:
        locale = loader.locale(code)
        key = translation_key(spec["key"])
        person = Person.objects.filter(translation_key=key, locale=locale).first()
        if person is None:
            person = Person(
                translation_key=key, locale=locale, name=spec["name"], title=spec["title"][code]
            )
            person.roles = [
                PersonRole(
                    organisation=loader.page(organisation, code),
                    title=titles[code],
                    start_year=start,
                    end_year=end,
                    note=notes[0][code] if notes else "",
                )
                for organisation, titles, start, end, *notes in spec["roles"]
            ]
            person.save()
        people[code] = person
    return people


PROJECT_INDEX = PageSpec(
    key="european-programmes",
    page_class=ProjectIndexPage,
    parent="international",
    show_in_menus=True,
    languages={
        "nl": {
            "title": "Europese programma's",
            "slug": "europese-programmas",
            "lead": "Met partners uit heel Europa werkt Technopolis aan projecten over "
            "onderwijs, wetenschap en samenleving.",
        },
        "fr": {
            "title": "Programmes européens",
            "slug": "programmes-europeens",
            "lead": "Avec des partenaires de toute l'Europe, Technopolis mène des projets sur "
            "l'enseignement, la science et la société.",
        },
        "en": {
            "title": "European programmes",
            "slug": "european-programmes",
            "lead": "With partners across Europe, Technopolis works on projects about "
            "education, science and society.",
        },
    },
)


CITY_OF_MECHELEN = {"nl": "Stad Mechelen", "fr": "Ville de Malines", "en": "City of Mechelen"}


def _outcomes(*texts):
    return stream(*[("outcome", text) for text in texts])


def _project(key, common, languages):
    """A project page; per language: (title, lead, topic, role, summary, outcomes)."""
    fields = {}
    for code, (lead, topic, role, summary, outcomes) in languages.items():
        fields[code] = {
            "title": common["acronym"],
            "slug": key.removeprefix("project-"),
            "lead": lead,
            "topic": topic,
            "technopolis_role": role,
            "summary": summary,
            "outcomes": _outcomes(*outcomes),
        }
    return PageSpec(
        key=key,
        page_class=ProjectPage,
        parent=PROJECT_INDEX.key,
        common=common,
        languages=fields,
    )


PROJECTS = [
    _project(
        "project-nets-eu",
        {
            "acronym": "NetS-EU",
            "full_name": "Network to improve non-formal teaching in Europe",
            "start_year": 2010,
            "end_year": 2013,
            "partner_count": 8,
        },
        {
            "nl": (
                "Leerkrachten leren wetenschap onderwijzen zoals in een science center: "
                "onderzoekend en buiten de klas.",
                "onderzoekend en niet-formeel wetenschapsonderwijs",
                "partner; organiseerde de jaarlijkse workshops voor leerkrachten",
                "Acht partners, waaronder Technopolis, brachten science centers en scholen "
                "samen rond onderzoekend leren.",
                [
                    "Een webplatform waarop leerkrachten lesmateriaal en ervaringen delen.",
                    "Elk jaar workshops waar leerkrachten zelf de methode uitprobeerden.",
                ],
            ),
            "fr": (
                "Enseigner les sciences comme dans un centre de sciences : par la démarche "
                "d'investigation, hors de la classe.",
                "enseignement des sciences non formel et fondé sur l'investigation",
                "partenaire ; a organisé les ateliers annuels pour enseignants",
                "Huit partenaires, dont Technopolis, ont rapproché centres de sciences et "
                "écoles autour de la démarche d'investigation.",
                [
                    "Une plateforme web où les enseignants partagent leçons et expériences.",
                    "Des ateliers annuels où les enseignants ont testé la méthode eux-mêmes.",
                ],
            ),
            "en": (
                "Teaching science the way a science centre does: through inquiry, outside "
                "the classroom.",
                "inquiry-based and non-formal science teaching",
                "partner; ran the yearly teacher workshops",
                "Eight partners, Technopolis among them, brought science centres and schools "
                "together around inquiry-based learning.",
                [
                    "A web platform where teachers share lessons and experience.",
                    "Yearly workshops where teachers tried the method out for themselves.",
                ],
            ),
        },
    ),
    _project(
        "project-places",
        {
            "acronym": "PLACES",
            "full_name": "Platform of Local Authorities and Communicators Engaged in Science",
            "start_year": 2010,
            "end_year": 2014,
            "partners": lambda code: stream(("name", CITY_OF_MECHELEN[code])),
        },
        {
            "nl": (
                "Steden en wetenschapscommunicatoren samen aan de slag: in Mechelen rond "
                "duurzame mobiliteit.",
                "wetenschap in de stad, duurzame mobiliteit",
                "City Partnership met de stad Mechelen",
                "Technopolis en de stad Mechelen vormden een 'City Partnership' en kozen "
                "duurzame mobiliteit als thema.",
                [
                    "Ecomobiliteitsdag op zondag 1 april 2012 met testritten op elektrische "
                    "fietsen en voertuigen en workshops.",
                    "Een bevraging van leerlingen over beperkingen voor auto's in de stad.",
                ],
            ),
            "fr": (
                "Villes et médiateurs scientifiques main dans la main : à Malines, autour de "
                "la mobilité durable.",
                "la science dans la ville, mobilité durable",
                "City Partnership avec la ville de Malines",
                "Technopolis et la ville de Malines ont formé un « City Partnership » consacré "
                "à la mobilité durable.",
                [
                    "Une journée de l'écomobilité le dimanche 1er avril 2012, avec essais de "
                    "vélos et véhicules électriques et ateliers.",
                    "Une enquête auprès des élèves sur la limitation de la voiture en ville.",
                ],
            ),
            "en": (
                "Cities and science communicators working together: in Mechelen, on "
                "sustainable mobility.",
                "science in the city, sustainable mobility",
                "City Partnership with the City of Mechelen",
                "Technopolis and the City of Mechelen formed a 'City Partnership' and chose "
                "sustainable mobility as its theme.",
                [
                    "An Ecomobility Day on Sunday 1 April 2012, with test rides on electric "
                    "bikes and vehicles, and workshops.",
                    "A survey of pupils on restricting cars in town.",
                ],
            ),
        },
    ),
    _project(
        "project-kiics",
        {
            "acronym": "KiiCS",
            "full_name": "Knowledge Incubation in Innovation and Creation for Science",
            "start_year": 2012,
            "end_year": 2015,
        },
        {
            "nl": (
                "Jongeren brengen kunst en wetenschap samen in eigen projecten.",
                "kunst en wetenschap, creativiteit van jongeren",
                "partner; begeleidde projecten van jongeren",
                "KiiCS liet jongeren projecten op de grens van kunst en wetenschap uitwerken. "
                "Voor Technopolis liep het tot midden 2014; het project eindigde in januari "
                "2015.",
                ["Negen incubatoren waar kunst en wetenschap elkaar ontmoetten."],
            ),
            "fr": (
                "Des jeunes réunissent art et science dans leurs propres projets.",
                "art et science, créativité des jeunes",
                "partenaire ; a accompagné des projets de jeunes",
                "KiiCS a permis à des jeunes de mener des projets à la croisée de l'art et "
                "de la science. Pour Technopolis, il a duré jusqu'à la mi-2014 ; le projet "
                "s'est achevé en janvier 2015.",
                ["Neuf incubateurs où l'art et la science se sont rencontrés."],
            ),
            "en": (
                "Young people bring art and science together in projects of their own.",
                "art and science, creativity of young people",
                "partner; coached young people's projects",
                "KiiCS let young people develop projects where art meets science. For "
                "Technopolis it ran until mid-2014; the project as a whole ended in January "
                "2015.",
                ["Nine incubators where art and science met."],
            ),
        },
    ),
    _project(
        "project-nanopinion",
        {
            "acronym": "nanOpinion",
            "full_name": "nanOpinion",
            "start_year": 2012,
            "end_year": 2014,
        },
        {
            "nl": (
                "Wat denkt Europa over nanotechnologie? Dit project vroeg het de mensen zelf.",
                "nanotechnologie en publieke opinie",
                "partner",
                "nanOpinion polste naar de mening van het publiek over nanotechnologie, op "
                "straat, in workshops en online.",
                [
                    "8.330 ingevulde vragenlijsten.",
                    "10 workshops en meer dan 40 straatacties.",
                ],
            ),
            "fr": (
                "Que pense l'Europe des nanotechnologies ? Ce projet l'a demandé au public.",
                "nanotechnologies et opinion publique",
                "partenaire",
                "nanOpinion a recueilli l'avis du public sur les nanotechnologies, dans la "
                "rue, en atelier et en ligne.",
                [
                    "8 330 questionnaires remplis.",
                    "10 ateliers et plus de 40 actions de rue.",
                ],
            ),
            "en": (
                "What does Europe think of nanotechnology? This project asked people directly.",
                "nanotechnology and public opinion",
                "partner",
                "nanOpinion gathered public views on nanotechnology in the street, in "
                "workshops and online.",
                [
                    "8,330 questionnaires completed.",
                    "10 workshops and more than 40 street events.",
                ],
            ),
        },
    ),
    _project(
        "project-nanototouch",
        {
            "acronym": "Nanototouch",
            "full_name": "Nanototouch",
            "start_year": 2009,
            "end_year": 2011,
        },
        {
            "nl": (
                "Nanotechnologie om aan te raken, in science centers.",
                "nanotechnologie",
                "partner",
                "Nanototouch bracht het onderzoek naar nanotechnologie tot bij het publiek "
                "van science centers.",
                [],
            ),
            "fr": (
                "Des nanotechnologies à toucher du doigt, dans les centres de sciences.",
                "nanotechnologies",
                "partenaire",
                "Nanototouch a fait découvrir la recherche en nanotechnologies au public des "
                "centres de sciences.",
                [],
            ),
            "en": (
                "Nanotechnology you can touch, in science centres.",
                "nanotechnology",
                "partner",
                "Nanototouch brought nanotechnology research to the visitors of science centres.",
                [],
            ),
        },
    ),
    _project(
        "project-time-for-nano",
        {
            "acronym": "TIME for NANO",
            "full_name": "TIME for NANO",
            "start_year": 2009,
            "end_year": 2011,
        },
        {
            "nl": (
                "Dertig maanden nanotechnologie voor jongeren, in negen landen.",
                "nanotechnologie voor jongeren",
                "partner",
                "Gedurende 30 maanden maakten partners uit 9 landen jongeren wegwijs in "
                "nanotechnologie.",
                [],
            ),
            "fr": (
                "Trente mois de nanotechnologies pour les jeunes, dans neuf pays.",
                "nanotechnologies pour les jeunes",
                "partenaire",
                "Pendant 30 mois, des partenaires de 9 pays ont initié les jeunes aux "
                "nanotechnologies.",
                [],
            ),
            "en": (
                "Thirty months of nanotechnology for young people, in nine countries.",
                "nanotechnology for young people",
                "partner",
                "For 30 months, partners in 9 countries introduced young people to nanotechnology.",
                [],
            ),
        },
    ),
    _project(
        "project-sparks",
        {
            "acronym": "Sparks",
            "full_name": "Sparks",
            "start_year": 2015,
            "end_year": 2018,
        },
        {
            "nl": (
                "Verantwoord onderzoek en innovatie in de gezondheidszorg, in 29 landen.",
                "verantwoord onderzoek en innovatie (RRI), gezondheid",
                "partner",
                "Sparks zette in 29 landen het gesprek op gang over verantwoord onderzoek en "
                "innovatie in de gezondheidszorg.",
                [],
            ),
            "fr": (
                "Recherche et innovation responsables dans la santé, dans 29 pays.",
                "recherche et innovation responsables (RRI), santé",
                "partenaire",
                "Sparks a lancé dans 29 pays le débat sur la recherche et l'innovation "
                "responsables en matière de santé.",
                [],
            ),
            "en": (
                "Responsible research and innovation in health, in 29 countries.",
                "responsible research and innovation (RRI), health",
                "partner",
                "Sparks started conversations in 29 countries about responsible research and "
                "innovation in health.",
                [],
            ),
        },
    ),
    _project(
        "project-scientix",
        {
            "acronym": "Scientix",
            "full_name": "Scientix",
            "start_year": 2009,
            "end_year": 2012,
        },
        {
            "nl": (
                "De Europese gemeenschap voor wetenschapsonderwijs, eerste fase.",
                "wetenschapsonderwijs in Europa",
                "partner in de eerste fase",
                "Scientix verzamelt en deelt wat Europese projecten voor wetenschapsonderwijs "
                "opleveren. Technopolis werkte mee aan de eerste fase.",
                [],
            ),
            "fr": (
                "La communauté européenne de l'enseignement des sciences, première phase.",
                "enseignement des sciences en Europe",
                "partenaire de la première phase",
                "Scientix rassemble et diffuse les résultats des projets européens "
                "d'enseignement des sciences. Technopolis a participé à la première phase.",
                [],
            ),
            "en": (
                "Europe's community for science education, first phase.",
                "science education in Europe",
                "partner in the first phase",
                "Scientix collects and shares what European science-education projects "
                "produce. Technopolis took part in its first phase.",
                [],
            ),
        },
    ),
]


def load(loader):
    loader.ensure(ORGANISATION_INDEX)
    loader.ensure_all(ORGANISATIONS)
    ensure_person(loader, ERIK_JACQUEMYN)
    loader.ensure(PROJECT_INDEX)
    loader.ensure_all(PROJECTS)
