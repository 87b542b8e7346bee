"""Demo content of the three offers in nl, fr and en (FACTS.md §3, §4.3, §4.4, §4.6, §4.12).

Where the facts stop (event spaces, packages, programme prices and durations) the data is
invented and flagged `is_example`, so editors see in the admin what still needs real figures.
"""

from datetime import date
from decimal import Decimal

from technopolis.demo.images import ensure_image, ensure_photo
from technopolis.demo.loader import (
    LANGUAGE_CODES,
    PageSpec,
    ensure_translated,
    per_language,
    stream,
)
from technopolis.models import ContentPage, CustomImage

from .offers.models import (
    EventPackage,
    EventSpace,
    EventSpacePhoto,
    EventSpacesPage,
    Level,
    ProgrammeIndexPage,
    SchoolProgrammePage,
    TicketPrice,
    TicketsPage,
    ZoneIndexPage,
    ZonePage,
)
from .requests.form_pages import ClassVisitFormPage, EventEnquiryFormPage


def _paragraphs(*html):
    return stream(*(("paragraph", f"<p>{text}</p>") for text in html))


def _sections(*pairs):
    """Body of headings, each followed by a paragraph."""
    blocks = []
    for heading, text in pairs:
        blocks += [("heading", {"text": heading, "level": "h2"}), ("paragraph", f"<p>{text}</p>")]
    return stream(*blocks)


def _spec(key, page_class, parent, languages, common=None, menu=True):
    return PageSpec(
        key=key,
        page_class=page_class,
        parent=parent,
        show_in_menus=menu,
        common=common or {},
        languages=languages,
    )


# -- Visitors ----------------------------------------------------------------------------

TICKETS = _spec(
    "tickets",
    TicketsPage,
    "audience-visitor",
    {
        "nl": {
            "title": "Tickets en prijzen",
            "slug": "tickets",
            "lead": "Koop je ticket online en sta sneller binnen.",
            "body": _paragraphs(
                "Kinderen jonger dan drie jaar komen gratis binnen. Op de Dag van de "
                "Wetenschap zijn er soms tickets aan één euro."
            ),
        },
        "fr": {
            "title": "Billets et tarifs",
            "slug": "billets",
            "lead": "Achetez votre billet en ligne et entrez plus vite.",
            "body": _paragraphs(
                "Les enfants de moins de trois ans entrent gratuitement. Lors de la Journée "
                "de la science, des billets à un euro sont parfois proposés."
            ),
        },
        "en": {
            "title": "Tickets and prices",
            "slug": "tickets",
            "lead": "Buy your ticket online and get in faster.",
            "body": _paragraphs(
                "Children under three get in free. On Science Day there are sometimes "
                "one-euro tickets."
            ),
        },
    },
)

# (valid from, [(nl, fr, en, age from, age to, price)]) — the historic lists of FACTS §4.3;
# the day of the month is not known, hence example data.
PRICE_LISTS = [
    (
        date(2013, 1, 1),
        [
            ("Volwassenen", "Adultes", "Adults", 12, None, "12.90"),
            ("Kinderen", "Enfants", "Children", 3, 11, "10.40"),
            (
                "Kinderen onder 3 jaar",
                "Enfants de moins de 3 ans",
                "Children under 3",
                0,
                2,
                "0",
            ),
        ],
    ),
    (
        date(2015, 1, 1),
        [
            ("Volwassenen", "Adultes", "Adults", 12, None, "16.00"),
            ("Kinderen", "Enfants", "Children", 3, 11, "12.50"),
            (
                "Kinderen onder 3 jaar",
                "Enfants de moins de 3 ans",
                "Children under 3",
                0,
                2,
                "0",
            ),
        ],
    ),
]

ZONES = _spec(
    "zones",
    ZoneIndexPage,
    "audience-visitor",
    {
        "nl": {
            "title": "Zones en expo's",
            "slug": "zones",
            "lead": "Meer dan 350 opstellingen, per leeftijd gegroepeerd.",
        },
        "fr": {
            "title": "Zones et expositions",
            "slug": "zones",
            "lead": "Plus de 350 expériences, regroupées par âge.",
        },
        "en": {
            "title": "Zones and exhibitions",
            "slug": "zones",
            "lead": "More than 350 exhibits, grouped by age.",
        },
    },
)

# key, kind, ages, palette, {language: (title, slug, lead, location, highlights)}
ZONE_DATA = [
    (
        "zone-children",
        "zone",
        (4, 8),
        "sand",
        {
            "nl": (
                "Kinder-doe-centrum",
                "kinder-doe-centrum",
                "Een stad op kindermaat waar de kleinsten alles zelf mogen doen.",
                "Gelijkvloers",
                "Supermarkt met zelfscan\nPizzeria en ambulance\nGarage en bank\n"
                "Reuzenblokken en kruiptunnel",
            ),
            "fr": (
                "Centre des petits scientifiques",
                "centre-des-petits",
                "Une ville à taille d'enfant où les plus petits font tout eux-mêmes.",
                "Rez-de-chaussée",
                "Supermarché avec caisse automatique\nPizzeria et ambulance\nGarage et banque\n"
                "Blocs géants et tunnel à ramper",
            ),
            "en": (
                "Children's Science Centre",
                "childrens-science-centre",
                "A child-sized town where the youngest get to do everything themselves.",
                "Ground floor",
                "Supermarket with self-scanning\nPizzeria and ambulance\nGarage and bank\n"
                "Giant building blocks and a crawl tunnel",
            ),
        },
    ),
    (
        "zone-xplora",
        "zone",
        (8, 14),
        "teal",
        {
            "nl": (
                "Xplora",
                "xplora",
                "Proef van beroepen in wetenschap en techniek en bewaar je resultaten.",
                "Eerste verdieping",
                "Een vijftiental beroepen, elk met drie of vier opstellingen\n"
                "Groene talenten: een bos in VR, zeehondjes redden, paddenoverzet",
            ),
            "fr": (
                "Xplora",
                "xplora",
                "Goûtez aux métiers des sciences et techniques et gardez vos résultats.",
                "Premier étage",
                "Une quinzaine de métiers, chacun avec trois ou quatre expériences\n"
                "Talents verts : une forêt en réalité virtuelle, sauver des phoques, "
                "aider les crapauds à traverser",
            ),
            "en": (
                "Xplora",
                "xplora",
                "Try out careers in science and technology and keep your results.",
                "First floor",
                "Some fifteen professions, each with three or four exhibits\n"
                "Green talents: a forest in VR, rescuing seal pups, a toad crossing",
            ),
        },
    ),
    (
        "zone-inspirience",
        "zone",
        (14, 18),
        "navy",
        {
            "nl": (
                "Inspirience",
                "inspirience",
                "Voor tieners: experimenteer en deel wat je vastlegt.",
                "Eerste verdieping",
                "Hogesnelheidscamera\nMagnetisme\nResultaten delen op sociale media",
            ),
            "fr": (
                "Inspirience",
                "inspirience",
                "Pour les ados : expérimentez et partagez ce que vous captez.",
                "Premier étage",
                "Caméra à grande vitesse\nMagnétisme\nPartage des résultats sur les réseaux",
            ),
            "en": (
                "Inspirience",
                "inspirience",
                "For teenagers: experiment and share what you capture.",
                "First floor",
                "High-speed camera\nMagnetism\nShare your results on social media",
            ),
        },
    ),
    (
        "zone-stek",
        "zone",
        (14, 18),
        "orange",
        {
            "nl": (
                "STEK",
                "stek",
                "De makersplek voor tieners, met de reuzentoren.",
                "Toren",
                "De Toren, sinds maart 2020\nBouwen, knutselen en programmeren\n"
                "Jongerengroep STEKPACK",
            ),
            "fr": (
                "STEK",
                "stek",
                "L'atelier des ados qui aiment fabriquer, avec sa tour géante.",
                "Tour",
                "La Tour, depuis mars 2020\nConstruire, bricoler et programmer\n"
                "Groupe de jeunes STEKPACK",
            ),
            "en": (
                "STEK",
                "stek",
                "The makers' space for teenagers, with the giant Tower.",
                "Tower",
                "The Tower, since March 2020\nBuild, tinker and code\nSTEKPACK youth group",
            ),
        },
    ),
    (
        "zone-pure",
        "zone",
        (None, None),
        "teal",
        {
            "nl": (
                "Pure",
                "pure",
                "De vernieuwde hoofdtentoonstelling, voor alle leeftijden.",
                "Grote hal",
                "Fietsen op een kabel vijf meter hoog\nIn een zeepbel staan\n"
                "Een auto optillen met een hefboom\nSpringen zoals op de maan",
            ),
            "fr": (
                "Pure",
                "pure",
                "L'exposition principale renouvelée, pour tous les âges.",
                "Grand hall",
                "Vélo sur un câble à cinq mètres de haut\nSe tenir dans une bulle de savon\n"
                "Soulever une voiture avec un levier\nSauter comme sur la Lune",
            ),
            "en": (
                "Pure",
                "pure",
                "The renewed main exhibition, for all ages.",
                "Main hall",
                "Cycling on a cable five metres up\nStanding inside a soap bubble\n"
                "Lifting a car with a lever\nJumping as on the Moon",
            ),
        },
    ),
    (
        "zone-on-off",
        "expo",
        (8, None),
        "navy",
        {
            "nl": (
                "ON/OFF",
                "on-off",
                "Technologie van vandaag en morgen: AI, VR en robots.",
                "Grote hal",
                "Onzichtbaarheidsmantel\nRobotgezichten\nAvatarspiegel",
            ),
            "fr": (
                "ON/OFF",
                "on-off",
                "La technologie d'aujourd'hui et de demain : IA, réalité virtuelle et robots.",
                "Grand hall",
                "Cape d'invisibilité\nVisages de robots\nMiroir à avatar",
            ),
            "en": (
                "ON/OFF",
                "on-off",
                "Technology of today and tomorrow: AI, VR and robots.",
                "Main hall",
                "Invisibility cloak\nRobot faces\nAvatar mirror",
            ),
        },
    ),
]


# The photograph a zone shows on its card and banner, where one fits what the zone is about;
# the others keep a drawn picture in their palette. The photographs stand in for photos of the
# zones themselves (technopolis/demo/images.py PHOTOS says what each shows).
ZONE_PHOTOS = {
    "zone-children": "coins.png",  # the bank of the child-sized town
    "zone-xplora": "ihc.png",  # careers in science: the lab
    "zone-inspirience": "retina.jpg",  # seeing: the high-speed camera
    "zone-pure": "astronaut.png",  # jumping as on the Moon
    "zone-on-off": "rocket.jpg",  # the technology of tomorrow
}

# The banner of each audience's landing page (visits/demo.py).
AUDIENCE_PHOTOS = {
    "audience-visitor": "hubble_deep_field.jpg",
    "audience-teacher": "ihc.png",
    "audience-events": "coffee.png",
}


def _zone_spec(key, kind, ages, texts):
    languages = {
        code: {
            "title": title,
            "slug": slug,
            "lead": lead,
            "location": location,
            "highlights": highlights,
        }
        for code, (title, slug, lead, location, highlights) in texts.items()
    }
    common = {"kind": kind, "age_from": ages[0], "age_to": ages[1]}
    return _spec(key, ZonePage, ZONES.key, languages, common, menu=False)


def _plan_body(sections):
    """Body of the 'plan your visit' page: a heading per topic with its paragraphs, the route
    map after the address, and the coffee photograph with the food and drink. A callable of
    the language code, as the photograph is stored when the page is created."""

    def body(code):
        blocks = []
        for heading, *parts in sections[code]:
            blocks.append(("heading", {"text": heading, "level": "h2"}))
            for part in parts:
                if isinstance(part, str):
                    blocks.append(("paragraph", f"<p>{part}</p>"))
                elif part[0] == "map":
                    blocks.append(("route_map", {"alt": part[1], "caption": part[2]}))
                else:  # ("photo", file, caption)
                    figure = {"image": ensure_photo(part[1]).pk, "alt_text": "", "caption": part[2]}
                    blocks.append(("image", figure))
        return stream(*blocks)

    return body


# Facts from FACTS.md §4.1, §4.2, §4.12 and §3.1; what the facts do not say (the bus, the
# walking and cycling times, bike racks, the car park's place, lockers, quiet spots) is
# example data for editors to replace.
PLAN_SECTIONS = {
    "nl": [
        (
            "Adres",
            "Technopolis, Technologielaan 1, 2800 Mechelen. Je vindt ons aan de rand van "
            "Mechelen, vlak bij de E19 en ongeveer 15 km ten noorden van Brussel.",
            (
                "map",
                "Schematische kaart. Links loopt de E19 van noord naar zuid. De afrit Mechelen "
                "(Technopolis) komt uit op de Technologielaan, die naar Technopolis leidt; de "
                "parking ligt aan de overkant. Een stippellijn verbindt het station van "
                "Mechelen, rechtsonder, met Technopolis.",
                "Routekaart, niet op schaal. Het noorden ligt boven, richting Antwerpen; "
                "Brussel ligt onder.",
            ),
        ),
        (
            "Met de trein",
            "Stap uit in het station van Mechelen: veel treinen uit Brussel en Antwerpen "
            "stoppen er. Van daar ga je verder met de bus, te voet of met de fiets. Te voet "
            "ben je ongeveer drie kwartier onderweg.",
        ),
        (
            "Met de bus",
            "Aan het station vertrekken bussen van De Lijn richting Technopolis. De halte ligt "
            "op een paar minuten wandelen van de ingang. De vertrektijden vind je op de "
            "website en in de app van De Lijn.",
        ),
        (
            "Met de fiets",
            "Van het station fiets je in een kwartiertje naar Technopolis. Vlak bij de ingang "
            "staan fietsenrekken.",
        ),
        (
            "Met de auto",
            "Neem op de E19 Brussel–Antwerpen de afrit Mechelen (Technopolis) en volg de "
            "borden naar Technopolis. Vanuit Brussel is dat ongeveer 15 km.",
        ),
        (
            "Parkeren",
            "Technopolis heeft een eigen parking aan de Technologielaan, tegenover het "
            "gebouw. Dicht bij de ingang zijn er plaatsen voor mensen met een handicap.",
        ),
        (
            "Toegankelijkheid",
            "Een lang, drempelloos hellend pad leidt naar brede automatische schuifdeuren en "
            "een verlaagde onthaalbalie. De grote hal op twee niveaus heeft veel draairuimte; "
            "de meeste opstellingen zijn met een rolstoel bruikbaar, enkele via een helling of "
            "een trap. In het Kinder-doe-centrum is de doorgang soms smal. Er zijn vier "
            "aangepaste toiletten: aan het onthaal, in de evenementenruimte, in het "
            "auditorium en in de toren.",
            "Met een rolstoel of een kinderwagen raak je vlot door de hal. Jassen en tassen "
            "berg je op in de lockers bij het onthaal, en wie even op adem wil komen, vindt "
            "rustige plekken weg van de drukte.",
        ),
        (
            "Eten en drinken",
            "Voor een maaltijd ga je naar het restaurant, voor een koffie of een drankje "
            "tussendoor naar de koffiecorner. Breng je zelf eten mee? Dan ben je welkom in de "
            "picknickruimte.",
            (
                "photo",
                "coffee.png",
                "Sfeerbeeld van een espresso; deze foto is niet in Technopolis genomen.",
            ),
        ),
        (
            "Shop",
            "In de shop bij het onthaal vind je experimenten om thuis verder te ontdekken.",
        ),
        (
            "Hoe lang duurt een bezoek?",
            "Reken op ongeveer vier uur om de zones op je gemak te ontdekken. Wil je een show "
            "of een workshop meepikken, plan die dan in je dag: het programma van vandaag "
            "hangt aan de ingang en staat op de website.",
        ),
        (
            "Wanneer is het druk?",
            "Op schooldagen tijdens het schooljaar komen veel klassen op bezoek, en in de "
            "schoolvakanties veel gezinnen: dat zijn de drukste periodes. Zoek je meer rust, "
            "kies dan een weekend buiten de schoolvakanties.",
        ),
    ],
    "fr": [
        (
            "Adresse",
            "Technopolis, Technologielaan 1, 2800 Malines (Mechelen). Le centre se trouve en "
            "bordure de Malines, tout près de l'E19, à environ 15 km au nord de Bruxelles.",
            (
                "map",
                "Plan schématique. À gauche, l'E19 va du nord au sud. La sortie Mechelen "
                "(Technopolis) mène à la Technologielaan, qui aboutit à Technopolis ; le "
                "parking est en face. Un pointillé relie la gare de Malines, en bas à droite, "
                "à Technopolis.",
                "Plan d'accès, pas à l'échelle. Le nord est en haut, vers Anvers ; Bruxelles "
                "est en bas.",
            ),
        ),
        (
            "En train",
            "Descendez à la gare de Malines, où s'arrêtent de nombreux trains venant de "
            "Bruxelles et d'Anvers. De là, continuez en bus, à pied ou à vélo. À pied, "
            "comptez environ trois quarts d'heure.",
        ),
        (
            "En bus",
            "Des bus De Lijn partent de la gare en direction de Technopolis. L'arrêt se trouve "
            "à quelques minutes à pied de l'entrée. Les horaires sont sur le site et dans "
            "l'application de De Lijn.",
        ),
        (
            "À vélo",
            "Depuis la gare, il faut un petit quart d'heure à vélo. Des râteliers vous "
            "attendent près de l'entrée.",
        ),
        (
            "En voiture",
            "Sur l'E19 Bruxelles–Anvers, prenez la sortie Mechelen (Technopolis), puis suivez "
            "les panneaux Technopolis. Depuis Bruxelles, le trajet fait environ 15 km.",
        ),
        (
            "Parking",
            "Technopolis a son propre parking le long de la Technologielaan, en face du "
            "bâtiment. Des places réservées aux personnes handicapées se trouvent près de "
            "l'entrée.",
        ),
        (
            "Accessibilité",
            "Un long chemin en pente douce, sans marche, mène à de larges portes coulissantes "
            "automatiques et à un comptoir d'accueil abaissé. Le grand hall sur deux niveaux "
            "offre beaucoup d'espace pour manœuvrer ; la plupart des expériences sont "
            "accessibles en fauteuil roulant, quelques-unes par une rampe ou un escalier. Dans "
            "le centre des petits scientifiques, le passage est parfois étroit. Quatre "
            "toilettes adaptées : à l'accueil, dans l'espace événements, dans l'auditorium et "
            "dans la tour.",
            "En fauteuil roulant ou avec une poussette, vous circulez sans peine dans le hall. "
            "Des casiers à l'accueil gardent manteaux et sacs, et des coins calmes vous "
            "permettent de souffler à l'écart de l'animation.",
        ),
        (
            "Manger et boire",
            "Pour un repas, rendez-vous au restaurant ; pour un café ou une boisson entre "
            "deux expériences, au coin café. Vous apportez votre pique-nique ? L'espace "
            "pique-nique vous accueille.",
            (
                "photo",
                "coffee.png",
                "Photo d'ambiance d'un expresso ; elle n'a pas été prise à Technopolis.",
            ),
        ),
        (
            "Boutique",
            "À la boutique près de l'accueil, des expériences pour continuer à découvrir à la "
            "maison.",
        ),
        (
            "Combien de temps dure une visite ?",
            "Comptez environ quatre heures pour parcourir les zones sans vous presser. Un "
            "spectacle ou un atelier vous tente ? Prévoyez-le dans votre journée : le "
            "programme du jour est affiché à l'entrée et publié sur le site.",
        ),
        (
            "Quand y a-t-il le plus de monde ?",
            "Les jours d'école, en période scolaire, de nombreuses classes nous rendent "
            "visite, et pendant les vacances scolaires, beaucoup de familles : ce sont les "
            "périodes les plus chargées. Pour plus de calme, choisissez un week-end en dehors "
            "des vacances scolaires.",
        ),
    ],
    "en": [
        (
            "Address",
            "Technopolis, Technologielaan 1, 2800 Mechelen, Belgium. The centre is on the edge "
            "of Mechelen, close to the E19 motorway, about 15 km north of Brussels.",
            (
                "map",
                "Schematic map. On the left, the E19 runs from north to south. The Mechelen "
                "(Technopolis) exit leads onto Technologielaan, which ends at Technopolis; the "
                "car park is across the road. A dashed line joins Mechelen station, bottom "
                "right, to Technopolis.",
                "Route map, not to scale. North is at the top, towards Antwerp; Brussels is "
                "at the bottom.",
            ),
        ),
        (
            "By train",
            "Get off at Mechelen station, where many trains from Brussels and Antwerp stop. "
            "From there, carry on by bus, on foot or by bike. On foot it takes about three "
            "quarters of an hour.",
        ),
        (
            "By bus",
            "De Lijn buses leave the station for Technopolis. The stop is a few minutes' walk "
            "from the entrance. Times are on the De Lijn website and app.",
        ),
        (
            "By bike",
            "From the station it is about a quarter of an hour by bike. There are bike racks "
            "near the entrance.",
        ),
        (
            "By car",
            "On the Brussels–Antwerp motorway (E19) take the Mechelen (Technopolis) exit and "
            "follow the signs to Technopolis. From Brussels it is about 15 km.",
        ),
        (
            "Parking",
            "Technopolis has its own car park on Technologielaan, opposite the building. "
            "Spaces for disabled drivers are close to the entrance.",
        ),
        (
            "Accessibility",
            "A long, step-free sloping path leads to wide automatic sliding doors and a "
            "lowered reception desk. The large two-level hall has ample room to manoeuvre; "
            "most exhibits can be used from a wheelchair, a few by ramp or stairs. In the "
            "Children's Science Centre some passages are narrow. There are four adapted "
            "toilets: at reception, in the events area, in the auditorium and in the tower.",
            "With a wheelchair or a pushchair you get around the hall easily. Lockers at "
            "reception take coats and bags, and quiet spots away from the bustle let you "
            "catch your breath.",
        ),
        (
            "Food and drink",
            "For a meal, head to the restaurant; for a coffee or a drink between experiments, "
            "to the coffee corner. Bringing your own lunch? You are welcome in the picnic "
            "area.",
            (
                "photo",
                "coffee.png",
                "An espresso, for atmosphere; this photograph was not taken at Technopolis.",
            ),
        ),
        (
            "Shop",
            "The shop by the reception sells experiments to carry on discovering at home.",
        ),
        (
            "How long does a visit take?",
            "Allow about four hours to explore the zones at your own pace. Want to catch a "
            "show or a workshop? Fit it into your day: today's programme is posted at the "
            "entrance and on this website.",
        ),
        (
            "When is it busiest?",
            "On school days in term time many classes visit, and in the school holidays many "
            "families do: those are the busiest times. For a calmer visit, choose a weekend "
            "outside the school holidays.",
        ),
    ],
}

PLAN_VISIT = _spec(
    "plan-your-visit",
    ContentPage,
    "audience-visitor",
    {
        "nl": {
            "title": "Je bezoek plannen",
            "slug": "je-bezoek-plannen",
            "lead": "Route, openbaar vervoer, parking, eten, toegankelijkheid en drukke "
            "momenten op een rij.",
            "body": _plan_body(PLAN_SECTIONS),
        },
        "fr": {
            "title": "Préparer votre visite",
            "slug": "preparer-votre-visite",
            "lead": "Itinéraire, transports en commun, parking, restauration, accessibilité et "
            "affluence en un coup d'œil.",
            "body": _plan_body(PLAN_SECTIONS),
        },
        "en": {
            "title": "Plan your visit",
            "slug": "plan-your-visit",
            "lead": "Route, public transport, parking, food, accessibility and busy times at a "
            "glance.",
            "body": _plan_body(PLAN_SECTIONS),
        },
    },
)


# -- Teachers ----------------------------------------------------------------------------

PROGRAMMES = _spec(
    "school-programmes",
    ProgrammeIndexPage,
    "audience-teacher",
    {
        "nl": {
            "title": "Schoolprogramma's",
            "slug": "schoolprogrammas",
            "lead": "Kies een programma voor je klas, per niveau, leerjaar en thema.",
        },
        "fr": {
            "title": "Programmes scolaires",
            "slug": "programmes-scolaires",
            "lead": "Choisissez un programme pour votre classe, par niveau, année et thème.",
        },
        "en": {
            "title": "School programmes",
            "slug": "school-programmes",
            "lead": "Choose a programme for your class by level, grade and theme.",
        },
    },
)

# key, level, grades, theme, minutes, max group, price, {language: (title, slug, lead,
# curriculum lines, what to prepare)} — themes after Technopolis on Tour (FACTS §3.2);
# durations, group sizes and prices invented.
PROGRAMME_DATA = [
    (
        "programme-air",
        Level.PRESCHOOL,
        (1, 3),
        "energy",
        45,
        25,
        "6.00",
        {
            "nl": (
                "Overal lucht",
                "overal-lucht",
                "Kleuters ontdekken dat lucht iets is: het duwt, draagt en maakt geluid.",
                "Ontwikkelingsdoelen wereldoriëntatie: natuur en techniek",
                "Laat de kleuters thuis een ballon opblazen en vertellen wat ze voelden.",
            ),
            "fr": (
                "De l'air partout",
                "de-lair-partout",
                "Les petits découvrent que l'air existe : il pousse, il porte, il fait du bruit.",
                "Socles de compétences : éveil scientifique",
                "Faites gonfler un ballon en classe et demandez ce que les enfants ont senti.",
            ),
            "en": (
                "Air everywhere",
                "air-everywhere",
                "Pre-schoolers find out that air is something: it pushes, carries and sounds.",
                "Developmental goals: world orientation, nature and technology",
                "Have the children blow up a balloon and tell what they felt.",
            ),
        },
    ),
    (
        "programme-gases",
        Level.PRIMARY,
        (1, 3),
        "chemistry",
        60,
        28,
        "7.50",
        {
            "nl": (
                "Gassen in actie",
                "gassen-in-actie",
                "Bruisen, opblazen, blussen: wat gassen doen, met proeven die de klas zelf doet.",
                "Eindtermen wetenschappen en techniek: materie en stoffen",
                "Bespreek vooraf waar je in het dagelijks leven bubbels ziet.",
            ),
            "fr": (
                "Les gaz en action",
                "les-gaz-en-action",
                "Pétiller, gonfler, éteindre : ce que font les gaz, par des expériences en classe.",
                "Socles de compétences : sciences, la matière",
                "Parlez avant la visite des bulles que l'on voit au quotidien.",
            ),
            "en": (
                "Gases in action",
                "gases-in-action",
                "Fizzing, inflating, putting out: what gases do, in experiments the class does.",
                "Attainment targets science and technology: matter and substances",
                "Talk beforehand about where you see bubbles in daily life.",
            ),
        },
    ),
    (
        "programme-pressure",
        Level.PRIMARY,
        (4, 6),
        "energy",
        60,
        28,
        "7.50",
        {
            "nl": (
                "Onder druk",
                "onder-druk",
                "Waarom een spijkerbed niet prikt en een blikje plooit: druk gemeten en gevoeld.",
                "Eindtermen wetenschappen en techniek: krachten en energie\n"
                "Eindtermen wiskunde: meten",
                "Herhaal eenheden van oppervlakte; de leerlingen rekenen ter plaatse.",
            ),
            "fr": (
                "Sous pression",
                "sous-pression",
                "Pourquoi un lit à clous ne pique pas et une canette se plie : la pression "
                "mesurée et ressentie.",
                "Socles de compétences : sciences, forces et énergie\n"
                "Mathématiques : grandeurs et mesures",
                "Revoyez les unités de surface ; les élèves calculent sur place.",
            ),
            "en": (
                "Under pressure",
                "under-pressure",
                "Why a bed of nails does not prick and a can crumples: pressure measured and felt.",
                "Attainment targets science and technology: forces and energy\n"
                "Attainment targets mathematics: measuring",
                "Revise units of area; pupils calculate on the spot.",
            ),
        },
    ),
    (
        "programme-careers",
        Level.SECONDARY,
        (1, 2),
        "technology",
        90,
        30,
        "9.00",
        {
            "nl": (
                "Jobs van morgen in Xplora",
                "jobs-van-morgen",
                "Leerlingen proberen beroepen uit en ontdekken welke STEM-richting bij hen past.",
                "Eindtermen STEM: technologische systemen\nStudiekeuze en loopbaan",
                "Laat de leerlingen drie beroepen opschrijven die ze willen uitproberen.",
            ),
            "fr": (
                "Les métiers de demain dans Xplora",
                "metiers-de-demain",
                "Les élèves essaient des métiers et découvrent quelle filière STEM leur convient.",
                "Compétences STEM : systèmes technologiques\nOrientation scolaire",
                "Demandez aux élèves de noter trois métiers qu'ils veulent essayer.",
            ),
            "en": (
                "Careers of tomorrow in Xplora",
                "careers-of-tomorrow",
                "Pupils try out professions and find which STEM path suits them.",
                "Attainment targets STEM: technological systems\nStudy and career choice",
                "Ask pupils to write down three professions they want to try.",
            ),
        },
    ),
    (
        "programme-makers",
        Level.SECONDARY,
        (3, 6),
        "technology",
        120,
        24,
        "12.00",
        {
            "nl": (
                "Maken in STEK",
                "maken-in-stek",
                "Ontwerpen, lasersnijden en 3D-printen in het fablab, van idee tot prototype.",
                "Eindtermen STEM: ontwerpend leren\nDigitale competentie",
                "Laat groepjes van vier een probleem kiezen dat ze met een voorwerp oplossen.",
            ),
            "fr": (
                "Fabriquer dans STEK",
                "fabriquer-dans-stek",
                "Concevoir, découper au laser et imprimer en 3D au fablab, de l'idée au prototype.",
                "Compétences STEM : démarche de conception\nCompétence numérique",
                "Formez des groupes de quatre qui choisissent un problème à résoudre.",
            ),
            "en": (
                "Making in STEK",
                "making-in-stek",
                "Design, laser cutting and 3D printing in the fablab, from idea to prototype.",
                "Attainment targets STEM: design-based learning\nDigital competence",
                "Have groups of four choose a problem to solve with an object they make.",
            ),
        },
    ),
    (
        "programme-ai",
        Level.SECONDARY,
        (1, 6),
        "digital",
        75,
        30,
        "9.00",
        {
            "nl": (
                "Slimme machines in ON/OFF",
                "slimme-machines",
                "Hoe herkent een computer een gezicht? AI, eye tracking en robots onder de loep.",
                "Eindtermen digitale competentie en mediawijsheid",
                "Bespreek waar leerlingen vandaag al AI gebruiken.",
            ),
            "fr": (
                "Machines intelligentes dans ON/OFF",
                "machines-intelligentes",
                "Comment un ordinateur reconnaît-il un visage ? IA, suivi du regard et robots.",
                "Compétences numériques et éducation aux médias",
                "Parlez des usages de l'IA que les élèves connaissent déjà.",
            ),
            "en": (
                "Smart machines in ON/OFF",
                "smart-machines",
                "How does a computer recognise a face? AI, eye tracking and robots up close.",
                "Attainment targets digital competence and media literacy",
                "Discuss where pupils already use AI today.",
            ),
        },
    ),
]


def _programme_spec(key, level, grades, theme, minutes, group, price, texts):
    languages = {
        code: {
            "title": title,
            "slug": slug,
            "lead": lead,
            "curriculum": curriculum,
            "preparation": f"<p>{preparation}</p>",
        }
        for code, (title, slug, lead, curriculum, preparation) in texts.items()
    }
    common = {
        "level": level,
        "grade_from": grades[0],
        "grade_to": grades[1],
        "theme": theme,
        "duration_minutes": minutes,
        "max_group": group,
        "price_per_pupil": Decimal(price),
        "is_example": True,
    }
    return _spec(key, SchoolProgrammePage, PROGRAMMES.key, languages, common, menu=False)


CLASS_VISIT_FORM = _spec(
    "class-visit-request",
    ClassVisitFormPage,
    "audience-teacher",
    {
        "nl": {
            "title": "Klasbezoek aanvragen",
            "slug": "klasbezoek-aanvragen",
            "lead": "Vraag een datum aan; we bevestigen binnen twee werkdagen.",
            "intro": _paragraphs(
                "Klassen zijn welkom op schooldagen. Geef een tweede keuze op: zo vinden we "
                "sneller een datum."
            ),
            "thanks": "We bellen of mailen je om de datum en het programma te bevestigen.",
        },
        "fr": {
            "title": "Demander une visite de classe",
            "slug": "reserver-visite-classe",
            "lead": "Demandez une date ; nous confirmons dans les deux jours ouvrables.",
            "intro": _paragraphs(
                "Les classes sont les bienvenues les jours d'école. Indiquez un second "
                "choix : nous trouverons une date plus vite."
            ),
            "thanks": "Nous vous appelons ou écrivons pour confirmer la date et le programme.",
        },
        "en": {
            "title": "Request a class visit",
            "slug": "book-a-class-visit",
            "lead": "Ask for a date; we confirm within two working days.",
            "intro": _paragraphs(
                "Classes are welcome on school days. Give a second choice: it helps us find "
                "a date sooner."
            ),
            "thanks": "We will call or e-mail you to confirm the date and the programme.",
        },
    },
)


# -- Event organisers --------------------------------------------------------------------

SPACES_PAGE = _spec(
    "event-spaces",
    EventSpacesPage,
    "audience-events",
    {
        "nl": {
            "title": "Zalen en formules",
            "slug": "zalen-en-formules",
            "lead": "Van een vergadering voor twintig tot een feest voor vijfhonderd.",
        },
        "fr": {
            "title": "Salles et formules",
            "slug": "salles-et-formules",
            "lead": "D'une réunion pour vingt à une fête pour cinq cents.",
        },
        "en": {
            "title": "Spaces and packages",
            "slug": "spaces-and-packages",
            "lead": "From a meeting for twenty to a party for five hundred.",
        },
    },
)

# The auditorium, events area and tower are named in the accessibility record (FACTS §3.3);
# sizes and capacities are invented.
SPACE_DATA = [
    {
        "name_nl": "Auditorium",
        "name_fr": "Auditorium",
        "name_en": "Auditorium",
        "floor_area": 320,
        "capacity_theatre": 250,
        "capacity_classroom": 120,
        "facilities_nl": "Projector en groot scherm\nMicrofoons\nPodium",
        "facilities_fr": "Projecteur et grand écran\nMicros\nScène",
        "facilities_en": "Projector and large screen\nMicrophones\nStage",
        "accessibility_nl": "Drempelloos; aangepast toilet ernaast.",
        "accessibility_fr": "Sans marche ; toilette adaptée à côté.",
        "accessibility_en": "Step-free; adapted toilet next door.",
        "palette": "navy",
    },
    {
        "name_nl": "Evenementenruimte",
        "name_fr": "Espace événements",
        "name_en": "Events area",
        "floor_area": 600,
        "capacity_theatre": 400,
        "capacity_classroom": 200,
        "capacity_reception": 550,
        "capacity_banquet": 320,
        "facilities_nl": "Bar\nGeluidsinstallatie\nToegang tot de tentoonstellingen",
        "facilities_fr": "Bar\nSonorisation\nAccès aux expositions",
        "facilities_en": "Bar\nSound system\nAccess to the exhibitions",
        "accessibility_nl": "Gelijkvloers, drempelloos; aangepast toilet in de ruimte.",
        "accessibility_fr": "De plain-pied, sans marche ; toilette adaptée sur place.",
        "accessibility_en": "Ground floor, step-free; adapted toilet in the area.",
        "palette": "orange",
    },
    {
        "name_nl": "STEK-toren",
        "name_fr": "Tour STEK",
        "name_en": "STEK Tower",
        "floor_area": 150,
        "capacity_theatre": 60,
        "capacity_classroom": 30,
        "capacity_reception": 80,
        "facilities_nl": "Scherm\nWerktafels\nFablab op aanvraag",
        "facilities_fr": "Écran\nTables de travail\nFablab sur demande",
        "facilities_en": "Screen\nWorkbenches\nFablab on request",
        "accessibility_nl": "Met de lift bereikbaar; aangepast toilet in de toren.",
        "accessibility_fr": "Accessible par ascenseur ; toilette adaptée dans la tour.",
        "accessibility_en": "Reached by lift; adapted toilet in the tower.",
        "palette": "teal",
    },
]

PACKAGE_DATA = [
    {
        "name_nl": "Vergaderen en ontdekken",
        "name_fr": "Réunion et découverte",
        "name_en": "Meeting and visit",
        "description_nl": "Een halve dag vergaderen met koffie en lunch, daarna vrij de "
        "tentoonstellingen in.",
        "description_fr": "Une demi-journée de réunion avec café et lunch, puis accès libre "
        "aux expositions.",
        "description_en": "Half a day of meetings with coffee and lunch, then free access to "
        "the exhibitions.",
        "price_per_person": Decimal("65"),
        "min_guests": 15,
    },
    {
        "name_nl": "Teambuilding",
        "name_fr": "Team building",
        "name_en": "Team building",
        "description_nl": "Teams bouwen samen een kettingreactie, begeleid door onze "
        "wetenschappers.",
        "description_fr": "Les équipes construisent ensemble une réaction en chaîne, guidées "
        "par nos animateurs.",
        "description_en": "Teams build a chain reaction together, guided by our science "
        "presenters.",
        "price_per_person": Decimal("45"),
        "min_guests": 20,
    },
    {
        "name_nl": "Receptie tussen de experimenten",
        "name_fr": "Réception entre les expériences",
        "name_en": "Reception among the experiments",
        "description_nl": "Een walking dinner in de evenementenruimte met demonstraties en "
        "de tentoonstellingen open.",
        "description_fr": "Un walking dinner dans l'espace événements, avec démonstrations "
        "et expositions ouvertes.",
        "description_en": "A walking dinner in the events area with demonstrations and the "
        "exhibitions open.",
        "price_per_person": Decimal("55"),
        "min_guests": 50,
    },
]

ENQUIRY_FORM = _spec(
    "event-enquiry",
    EventEnquiryFormPage,
    "audience-events",
    {
        "nl": {
            "title": "Offerte aanvragen",
            "slug": "offerte-aanvragen",
            "lead": "Vertel ons over je evenement; je krijgt binnen twee werkdagen een voorstel.",
            "thanks": "We sturen je een voorstel op maat.",
        },
        "fr": {
            "title": "Demander une offre",
            "slug": "demander-une-offre",
            "lead": "Parlez-nous de votre événement ; vous recevez une proposition en deux "
            "jours ouvrables.",
            "thanks": "Nous vous envoyons une proposition sur mesure.",
        },
        "en": {
            "title": "Request a quote",
            "slug": "request-a-quote",
            "lead": "Tell us about your event; you get a proposal within two working days.",
            "thanks": "We will send you a proposal tailored to your event.",
        },
    },
)


def load_data():
    """The prices, spaces and packages in every language; created once, found again on the
    next run."""
    for valid_from, rows in PRICE_LISTS:
        for order, (nl, fr, en, age_from, age_to, price) in enumerate(rows):
            ensure_translated(
                TicketPrice,
                f"price-{valid_from}-{order}",
                {"nl": {"category": nl}, "fr": {"category": fr}, "en": {"category": en}},
                {
                    "valid_from": valid_from,
                    "age_from": age_from,
                    "age_to": age_to,
                    "price": Decimal(price),
                    "sort_order": order,
                    "is_example": True,
                },
                find={"valid_from": valid_from, "category": nl},
            )
    texts = ("name", "facilities", "accessibility")
    for order, data in enumerate(SPACE_DATA):
        facts = {k: v for k, v in data.items() if k != "palette" and not k.startswith(texts)}
        spaces = ensure_translated(
            EventSpace,
            f"space-{data['name_en']}",
            per_language(data, *texts),
            {**facts, "sort_order": order, "is_example": True},
            find={"name": data["name_nl"]},
        )
        # Found again on the next run, when it gets the alt texts it lacks.
        names = {code: space.name for code, space in spaces.items()}
        image = ensure_image(
            f"Event space {names['en']}",
            _drawn_alt(names, f"the {names['en']}"),
            data["palette"],
        )
        for space in spaces.values():
            if not space.photos.exists():
                EventSpacePhoto.objects.create(space=space, image=image)
    texts = ("name", "description")
    for order, data in enumerate(PACKAGE_DATA):
        facts = {k: v for k, v in data.items() if not k.startswith(texts)}
        ensure_translated(
            EventPackage,
            f"package-{data['name_en']}",
            per_language(data, *texts),
            {**facts, "sort_order": order, "is_example": True},
            find={"name": data["name_nl"]},
        )


def _drawn_alt(names, what):
    """Alt text of a drawn stand-in picture: what it shows, and whose photo it stands in for.

    The English text is the one the demo wrote before the alt text had languages, so an older
    database's images are recognised and given their Dutch text (demo/images.py)."""
    return {
        "nl": f"Abstracte tekening van banen, in de plaats van een foto: {names['nl']}.",
        "fr": f"Dessin abstrait d'orbites, à la place d'une photo : {names['fr']}.",
        "en": f"Abstract drawing of orbits standing in for a photo of {what}.",
    }


def show_image(page, image, replaces=()):
    """Give `page` the demo's image where it has none, or still one the demo drew and has
    since replaced by a photograph (`replaces`, ids); an editor's choice stays."""
    if page.image_id == image.pk or (page.image_id is not None and page.image_id not in replaces):
        return
    page.image = image
    page.save_revision().publish()


def _drawn_ids(title):
    return list(CustomImage.objects.filter(title=title).values_list("pk", flat=True))


def load_zones(loader):
    for key, kind, ages, palette, texts in ZONE_DATA:
        pages = loader.ensure(_zone_spec(key, kind, ages, texts))
        drawn_title = f"Zone {texts['en'][0]}"
        if key in ZONE_PHOTOS:
            image, replaces = ensure_photo(ZONE_PHOTOS[key]), _drawn_ids(drawn_title)
        else:
            names = {code: text[0] for code, text in texts.items()}
            image = ensure_image(drawn_title, _drawn_alt(names, texts["en"][0]), palette)
            replaces = ()
        for page in pages.values():
            show_image(page, image, replaces)


def load_audience_photos(loader):
    for key, filename in AUDIENCE_PHOTOS.items():
        image = ensure_photo(filename)
        for code in LANGUAGE_CODES:
            page = loader.page(key, code)
            if page is not None:
                show_image(page, image)


def load(loader):
    loader.ensure_all([TICKETS, ZONES, PLAN_VISIT, PROGRAMMES, SPACES_PAGE])
    load_zones(loader)
    load_audience_photos(loader)
    for data in PROGRAMME_DATA:
        loader.ensure(_programme_spec(*data))
    loader.ensure_all([CLASS_VISIT_FORM, ENQUIRY_FORM])
    load_data()
