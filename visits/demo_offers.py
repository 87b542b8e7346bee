"""Demo content of the three offers in nl, fr and en (FACTS.md §3, §4.3, §4.4, §4.6, §4.12).

Where the facts stop (event spaces, packages, programme prices and durations) the data is
invented and flagged `is_example`, so editors see in the admin what still needs real figures.
"""

from datetime import date
from decimal import Decimal

from technopolis.demo.images import ensure_image
from technopolis.demo.loader import PageSpec, stream
from technopolis.models import ContentPage

from .form_pages import ClassVisitFormPage, EventEnquiryFormPage
from .offers import (
    EventPackage,
    EventSpace,
    EventSpacePhoto,
    EventSpacesPage,
    ProgrammeIndexPage,
    SchoolProgrammePage,
    TicketPrice,
    TicketsPage,
    ZoneIndexPage,
    ZonePage,
)
from .submissions import Level


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


PLAN_VISIT = _spec(
    "plan-your-visit",
    ContentPage,
    "audience-visitor",
    {
        "nl": {
            "title": "Je bezoek plannen",
            "slug": "je-bezoek-plannen",
            "lead": "Route, parking, eten, shop en toegankelijkheid op een rij.",
            "body": _sections(
                (
                    "Route",
                    "Technopolis ligt aan de Technologielaan in Mechelen, ongeveer 15 km "
                    "ten noorden van Brussel. Neem op de E19 Brussel–Antwerpen de afrit "
                    "Mechelen (Technopolis).",
                ),
                ("Parking", "Volg na de afrit de borden naar de parking van Technopolis."),
                (
                    "Eten en drinken",
                    "Er is een restaurant, een koffiecorner en een picknickruimte voor wie "
                    "zelf eten meebrengt.",
                ),
                ("Shop", "In de shop bij het onthaal vind je experimenten om thuis te doen."),
                (
                    "Toegankelijkheid",
                    "Een lang, drempelloos hellend pad leidt naar brede automatische "
                    "schuifdeuren en een verlaagde onthaalbalie. De grote hal op twee niveaus "
                    "heeft veel draairuimte; de meeste opstellingen zijn met een rolstoel "
                    "bruikbaar, enkele via een helling of een trap. In het Kinder-doe-centrum "
                    "is de doorgang soms smal. Er zijn vier aangepaste toiletten: aan het "
                    "onthaal, in de evenementenruimte, in het auditorium en in de toren.",
                ),
            ),
        },
        "fr": {
            "title": "Préparer votre visite",
            "slug": "preparer-votre-visite",
            "lead": "Itinéraire, parking, restauration, boutique et accessibilité.",
            "body": _sections(
                (
                    "Itinéraire",
                    "Technopolis se trouve Technologielaan à Malines, à environ 15 km au "
                    "nord de Bruxelles. Sur l'E19 Bruxelles–Anvers, prenez la sortie "
                    "Mechelen (Technopolis).",
                ),
                ("Parking", "Après la sortie, suivez les panneaux vers le parking de Technopolis."),
                (
                    "Manger et boire",
                    "Un restaurant, un coin café et un espace pique-nique pour ceux qui "
                    "apportent leur repas.",
                ),
                (
                    "Boutique",
                    "À la boutique près de l'accueil, des expériences à faire à la maison.",
                ),
                (
                    "Accessibilité",
                    "Un long chemin en pente douce, sans marche, mène à de larges portes "
                    "coulissantes automatiques et à un comptoir d'accueil abaissé. Le grand "
                    "hall sur deux niveaux offre beaucoup d'espace pour manœuvrer ; la "
                    "plupart des expériences sont accessibles en fauteuil roulant, quelques-"
                    "unes par une rampe ou un escalier. Dans le centre des petits, le passage "
                    "est parfois étroit. Quatre toilettes adaptées : à l'accueil, dans "
                    "l'espace événements, dans l'auditorium et dans la tour.",
                ),
            ),
        },
        "en": {
            "title": "Plan your visit",
            "slug": "plan-your-visit",
            "lead": "Route, parking, food, shop and accessibility at a glance.",
            "body": _sections(
                (
                    "Getting here",
                    "Technopolis is on Technologielaan in Mechelen, about 15 km north of "
                    "Brussels. On the Brussels–Antwerp motorway (E19) take the Mechelen "
                    "(Technopolis) exit.",
                ),
                ("Parking", "After the exit, follow the signs to the Technopolis car park."),
                (
                    "Food and drink",
                    "There is a restaurant, a coffee corner and a picnic area for those who "
                    "bring their own food.",
                ),
                ("Shop", "The shop by the reception sells experiments to try at home."),
                (
                    "Accessibility",
                    "A long, step-free sloping path leads to wide automatic sliding doors "
                    "and a lowered reception desk. The large two-level hall has ample room "
                    "to manoeuvre; most exhibits can be used from a wheelchair, a few by "
                    "ramp or stairs. In the Children's Science Centre some passages are "
                    "narrow. There are four adapted toilets: at reception, in the events "
                    "area, in the auditorium and in the tower.",
                ),
            ),
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
            "title": "Réserver une visite de classe",
            "slug": "reserver-visite-classe",
            "lead": "Demandez une date ; nous confirmons dans les deux jours ouvrables.",
            "intro": _paragraphs(
                "Les classes sont les bienvenues les jours d'école. Indiquez un second "
                "choix : nous trouverons une date plus vite."
            ),
            "thanks": "Nous vous appelons ou écrivons pour confirmer la date et le programme.",
        },
        "en": {
            "title": "Book a class visit",
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
    """The prices, spaces and packages; each created once, found again on the next run."""
    for valid_from, rows in PRICE_LISTS:
        for order, (nl, fr, en, age_from, age_to, price) in enumerate(rows):
            TicketPrice.objects.get_or_create(
                valid_from=valid_from,
                category_nl=nl,
                defaults={
                    "category_fr": fr,
                    "category_en": en,
                    "age_from": age_from,
                    "age_to": age_to,
                    "price": Decimal(price),
                    "sort_order": order,
                    "is_example": True,
                },
            )
    for order, data in enumerate(SPACE_DATA):
        fields = dict(data)
        palette = fields.pop("palette")
        space, created = EventSpace.objects.get_or_create(
            name_nl=fields.pop("name_nl"),
            defaults={**fields, "sort_order": order, "is_example": True},
        )
        if created:
            image = ensure_image(
                f"Event space {space.name_en}",
                f"Abstract drawing of orbits standing in for a photo of the {space.name_en}.",
                palette,
            )
            EventSpacePhoto.objects.create(space=space, image=image)
    for order, data in enumerate(PACKAGE_DATA):
        fields = dict(data)
        EventPackage.objects.get_or_create(
            name_nl=fields.pop("name_nl"),
            defaults={**fields, "sort_order": order, "is_example": True},
        )


def load(loader):
    loader.ensure_all([TICKETS, ZONES, PLAN_VISIT, PROGRAMMES, SPACES_PAGE])
    for key, kind, ages, palette, texts in ZONE_DATA:
        pages = loader.ensure(_zone_spec(key, kind, ages, texts))
        image = ensure_image(
            f"Zone {texts['en'][0]}",
            f"Abstract drawing of orbits standing in for a photo of {texts['en'][0]}.",
            palette,
        )
        for page in pages.values():
            if page.image_id is None:
                page.image = image
                page.save_revision().publish()
    for data in PROGRAMME_DATA:
        loader.ensure(_programme_spec(*data))
    loader.ensure_all([CLASS_VISIT_FORM, ENQUIRY_FORM])
    load_data()
