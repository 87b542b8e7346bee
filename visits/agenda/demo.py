"""Demo content of "What's on" in nl, fr and en (FACTS.md §3.1, §4.2, §4.4, §4.11): the day
programme page under the visitors' page, a handful of activities with their schedule rows, the
school holidays of last year, this year and next, and one cancelled session.

The kinds of activity, their lengths and the evening for adults follow the facts; times,
prices, places and the activities' contents are invented and flagged `is_example`. Dates are
counted from today, so the programme is never empty whenever the demo is loaded.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal

from django.utils import timezone

from technopolis.demo.images import ensure_photo
from technopolis.demo.loader import PageSpec, stream
from visits.demo import closures, school_holidays
from visits.models import Venue

from .models import (
    ActivityPage,
    ActivityTime,
    Cancellation,
    Kind,
    Registration,
    SchoolHoliday,
    WhatsOnPage,
)

# The order of `visits.demo.school_holidays(year)`: carnival (spring), Easter, summer, autumn,
# Christmas.
HOLIDAY_NAMES = (
    SchoolHoliday.Name.SPRING,
    SchoolHoliday.Name.EASTER,
    SchoolHoliday.Name.SUMMER,
    SchoolHoliday.Name.AUTUMN,
    SchoolHoliday.Name.CHRISTMAS,
)

IN_HOLIDAYS = ActivityTime.Holidays.ONLY
OUTSIDE_HOLIDAYS = ActivityTime.Holidays.OUTSIDE
WEEKEND = ("saturday", "sunday")


def _paragraphs(*html):
    return stream(*(("paragraph", f"<p>{text}</p>") for text in html))


WHATS_ON = PageSpec(
    key="whats-on",
    page_class=WhatsOnPage,
    parent="audience-visitor",
    show_in_menus=True,
    languages={
        "nl": {
            "title": "Programma",
            "slug": "programma",
            "lead": "Wat er vandaag en de komende dagen te zien en te doen is, van korte "
            "demonstraties tot shows en workshops.",
            "body": _paragraphs(
                "Demonstraties duren een tiental minuten en zijn er elke dag, ook op "
                "schooldagen. Je schuift gewoon aan.",
                "Shows duren twintig tot dertig minuten en spelen in het weekend en in de "
                "schoolvakanties. Je zit erbij, dus kom een paar minuten vooraf voor een goede "
                "plaats.",
                "Workshops duren ongeveer drie kwartier en hebben een beperkt aantal plaatsen. "
                "Schrijf je bij aankomst in aan het onthaal: wie vroeg komt, is zeker van een "
                "plaats.",
                "Aan de ingang krijg je het programma van de dag ook op papier.",
            ),
        },
        "fr": {
            "title": "Au programme",
            "slug": "au-programme",
            "lead": "Ce qu'il y a à voir et à faire aujourd'hui et les jours suivants, des "
            "courtes démonstrations aux spectacles et ateliers.",
            "body": _paragraphs(
                "Les démonstrations durent une dizaine de minutes et ont lieu tous les jours, "
                "y compris les jours d'école. Il suffit de s'approcher.",
                "Les spectacles durent de vingt à trente minutes et se jouent le week-end et "
                "pendant les vacances scolaires. On y assiste assis : arrivez quelques minutes "
                "à l'avance pour avoir une bonne place.",
                "Les ateliers durent environ trois quarts d'heure et les places sont limitées. "
                "Inscrivez-vous à l'accueil dès votre arrivée : les premiers arrivés sont les "
                "premiers servis.",
                "À l'entrée, le programme du jour vous est aussi remis sur papier.",
            ),
        },
        "en": {
            "title": "What's on",
            "slug": "whats-on",
            "lead": "What there is to see and do today and in the days ahead, from short "
            "demonstrations to shows and workshops.",
            "body": _paragraphs(
                "Demonstrations last about ten minutes and take place every day, school days "
                "included. Just walk up and watch.",
                "Shows last twenty to thirty minutes and run at weekends and in the school "
                "holidays. Everyone is seated, so come a few minutes early for a good seat.",
                "Workshops take about three quarters of an hour and places are limited. Sign "
                "up at reception when you arrive: the earlier you come, the surer you are of "
                "a place.",
                "At the entrance you also get the day's programme on paper.",
            ),
        },
    },
)


def _row(times="", days=(), holidays=ActivityTime.Holidays.ANY, first_day=None, last_day=None):
    """The fields of one schedule row; no `days`: every day."""
    return {
        "start_times": times,
        "holidays": holidays,
        "first_day": first_day,
        "last_day": last_day,
        **dict.fromkeys(days, True),
    }


def _closed(day):
    return any(first <= day <= last for first, last, *_ in closures(day.year))


def _first_open_day(day, weekday=None):
    """`day`, or the first day after it, that is no closure (and falls on `weekday`)."""
    while _closed(day) or (weekday is not None and day.weekday() != weekday):
        day += timedelta(days=1)
    return day


def _night_rows(today):
    friday = _first_open_day(today + timedelta(days=10), weekday=4)
    return [_row("19:00", first_day=friday, last_day=friday)]


def _expo_rows(today):
    return [_row(first_day=today - timedelta(days=30), last_day=today + timedelta(days=120))]


@dataclass
class Activity:
    """One activity in every language: `texts` maps a language code to (title, slug, lead,
    paragraphs of the body); `rows` gives the schedule rows from today's date."""

    key: str
    texts: dict
    fields: dict
    rows: Callable[[date], list]
    zone: str | None = None
    venue: str | None = None
    photo: str | None = None  # a file of technopolis/demo/photos (demo/images.py PHOTOS)


ACTIVITIES = [
    Activity(
        key="activity-cold",
        zone="zone-pure",
        fields={
            "kind": Kind.DEMONSTRATION,
            "age_from": 8,
            "duration_minutes": 10,
            "in_dutch": True,
        },
        rows=lambda today: [_row("11:00, 13:30, 15:30")],
        photo="rocket.jpg",
        texts={
            "nl": (
                "IJskoud: vloeibare stikstof",
                "ijskoud-vloeibare-stikstof",
                "Bij min 196 graden gedragen bloemen, ballonnen en zelfs een raketje zich heel "
                "anders dan je verwacht.",
                (
                    "De presentator giet vloeibare stikstof uit een dampende kan en laat zien "
                    "wat extreme koude doet: een roos breekt als glas en een ballon krimpt tot "
                    "een vodje, om daarna weer op te zwellen.",
                    "Als slot schiet een plastic flesje de lucht in, alleen aangedreven door "
                    "stikstof die weer gas wordt. Je kijkt van achter de afsluiting; aanraken "
                    "hoeft niet.",
                ),
            ),
            "fr": (
                "Froid extrême : l'azote liquide",
                "froid-extreme-azote-liquide",
                "À moins 196 degrés, les fleurs, les ballons et même une petite fusée se "
                "comportent tout autrement que prévu.",
                (
                    "L'animateur verse de l'azote liquide d'un récipient fumant et montre ce "
                    "que fait un froid extrême : une rose se brise comme du verre, un ballon "
                    "se ratatine puis se regonfle.",
                    "Pour finir, une bouteille en plastique décolle, propulsée par le seul "
                    "azote qui redevient gaz. Vous regardez derrière la barrière, sans rien "
                    "toucher.",
                ),
            ),
            "en": (
                "Ice cold: liquid nitrogen",
                "ice-cold-liquid-nitrogen",
                "At minus 196 degrees, flowers, balloons and even a small rocket behave quite "
                "differently from what you expect.",
                (
                    "The presenter pours liquid nitrogen from a steaming flask and shows what "
                    "extreme cold does: a rose shatters like glass and a balloon shrivels to "
                    "nothing, then swells up again.",
                    "To finish, a plastic bottle shoots into the air, driven only by nitrogen "
                    "turning back into gas. You watch from behind the barrier; there is "
                    "nothing to touch.",
                ),
            ),
        },
    ),
    Activity(
        key="activity-bed-of-nails",
        zone="zone-pure",
        fields={
            "kind": Kind.DEMONSTRATION,
            "age_from": 6,
            "duration_minutes": 10,
            "in_dutch": True,
        },
        rows=lambda today: [_row("12:00, 14:30")],
        texts={
            "nl": (
                "Liggen op een spijkerbed",
                "spijkerbed",
                "Waarom doet een bed van honderden spijkers geen pijn? Iemand uit het publiek "
                "probeert het uit.",
                (
                    "Eén spijker prikt, honderden spijkers samen dragen je. De presentator legt "
                    "uit hoe je gewicht zich over alle punten verdeelt, zodat elke spijker maar "
                    "een klein beetje duwt.",
                    "Daarna mag een vrijwilliger uit het publiek gaan liggen. Na de "
                    "demonstratie probeer je het spijkerbed in de tentoonstelling zelf uit.",
                ),
            ),
            "fr": (
                "Allongé sur un lit à clous",
                "lit-a-clous",
                "Pourquoi un lit de centaines de clous ne fait-il pas mal ? Un volontaire du "
                "public tente l'expérience.",
                (
                    "Un clou pique, des centaines de clous ensemble vous portent. L'animateur "
                    "explique comment le poids du corps se répartit sur toutes les pointes, si "
                    "bien que chaque clou n'appuie que très peu.",
                    "Ensuite, une personne du public s'allonge à son tour. Après la "
                    "démonstration, essayez vous-même le lit à clous de l'exposition.",
                ),
            ),
            "en": (
                "Lying on a bed of nails",
                "bed-of-nails",
                "Why does a bed of hundreds of nails not hurt? A volunteer from the audience "
                "puts it to the test.",
                (
                    "One nail pricks; hundreds of nails together hold you up. The presenter "
                    "explains how your weight spreads over all the points, so that each nail "
                    "presses only a little.",
                    "Then someone from the audience gets to lie down. After the demonstration, "
                    "try the bed of nails in the exhibition yourself.",
                ),
            ),
        },
    ),
    Activity(
        key="activity-eye",
        zone="zone-pure",
        fields={
            "kind": Kind.DEMONSTRATION,
            "age_from": 8,
            "duration_minutes": 10,
            "in_dutch": True,
        },
        rows=lambda today: [_row("10:00, 16:00")],
        photo="retina.jpg",
        texts={
            "nl": (
                "Kijk in je oog",
                "kijk-in-je-oog",
                "Waarom zie je kleuren, en waarom bedriegen je ogen je soms? Een demonstratie "
                "over licht en zien.",
                (
                    "Met een groot model van het oog, een lens en een felle lamp toont de "
                    "presentator hoe een beeld op je netvlies valt, ondersteboven. Je ontdekt "
                    "waar je blinde vlek zit en hoe je hersenen het beeld weer rechtzetten.",
                    "Tot slot zetten een paar optische illusies het hele publiek op het "
                    "verkeerde been. Zo begrijp je waarom twee even grote vlakken toch "
                    "verschillend lijken.",
                ),
            ),
            "fr": (
                "Regardez dans votre œil",
                "regardez-dans-votre-oeil",
                "Pourquoi voyons-nous les couleurs, et pourquoi nos yeux nous trompent-ils "
                "parfois ? Une démonstration sur la lumière et la vision.",
                (
                    "Avec une grande maquette de l'œil, une lentille et une lampe puissante, "
                    "l'animateur montre comment une image se forme, à l'envers, sur la rétine. "
                    "Vous découvrez où se trouve votre tache aveugle et comment le cerveau "
                    "remet l'image à l'endroit.",
                    "Pour finir, quelques illusions d'optique piègent tout le public. Vous "
                    "comprenez alors pourquoi deux surfaces de même taille semblent différentes.",
                ),
            ),
            "en": (
                "Look into your eye",
                "look-into-your-eye",
                "Why do we see colours, and why do our eyes sometimes fool us? A demonstration "
                "about light and sight.",
                (
                    "With a large model of the eye, a lens and a bright lamp, the presenter "
                    "shows how an image lands on your retina, upside down. You find your blind "
                    "spot and learn how your brain turns the picture the right way up.",
                    "To finish, a few optical illusions fool the whole audience, and you see "
                    "why two patches of the same size can look different.",
                ),
            ),
        },
    ),
    Activity(
        key="activity-doctor-elektro",
        fields={
            "kind": Kind.SHOW,
            "age_from": 6,
            "age_to": 12,
            "duration_minutes": 25,
            "in_dutch": True,
            "seated": True,
        },
        rows=lambda today: [
            _row("11:30, 14:00, 16:00", days=WEEKEND, holidays=OUTSIDE_HOLIDAYS),
            _row("11:30, 14:00, 16:00", holidays=IN_HOLIDAYS),
        ],
        texts={
            "nl": (
                "Doctor Elektro: de show",
                "doctor-elektro",
                "Een show vol vonken en verrassingen over waar elektriciteit vandaan komt en "
                "hoe ze tot in je stopcontact geraakt.",
                (
                    "Doctor Elektro neemt je mee van de windmolen en het zonnepaneel tot de "
                    "lamp op je nachtkastje. Kinderen uit het publiek helpen stroom opwekken en "
                    "ontdekken hoeveel er nodig is om een lamp te laten branden.",
                    "De show speelt in het auditorium, waar iedereen zit. Kom een paar minuten "
                    "vooraf: wie eerst komt, kiest zijn plaats.",
                ),
            ),
            "fr": (
                "Doctor Elektro : le spectacle",
                "doctor-elektro",
                "Un spectacle plein d'étincelles et de surprises sur l'origine de l'électricité "
                "et son chemin jusqu'à votre prise.",
                (
                    "Doctor Elektro vous emmène de l'éolienne et du panneau solaire jusqu'à la "
                    "lampe de chevet. Des enfants du public aident à produire du courant et "
                    "découvrent combien il en faut pour allumer une ampoule.",
                    "Le spectacle a lieu dans l'auditorium, où tout le monde est assis. Arrivez "
                    "quelques minutes à l'avance : les premiers choisissent leur place.",
                ),
            ),
            "en": (
                "Doctor Elektro: the show",
                "doctor-elektro",
                "A show full of sparks and surprises about where electricity comes from and how "
                "it reaches your socket.",
                (
                    "Doctor Elektro takes you from the wind turbine and the solar panel all the "
                    "way to your bedside lamp. Children from the audience help to generate "
                    "power and find out how much it takes to light a bulb.",
                    "The show takes place in the auditorium, where everyone is seated. Come a "
                    "few minutes early: the first to arrive choose their seats.",
                ),
            ),
        },
    ),
    Activity(
        key="activity-space-show",
        fields={
            "kind": Kind.SHOW,
            "age_from": 7,
            "duration_minutes": 25,
            "in_french": True,
            "in_english": True,
            "seated": True,
        },
        rows=lambda today: [_row("15:00", days=("sunday",), holidays=IN_HOLIDAYS)],
        photo="astronaut.png",
        texts={
            "nl": (
                "Op weg naar de ruimte",
                "op-weg-naar-de-ruimte",
                "Een show in het Frans en het Engels over raketten, gewichtloosheid en het leven "
                "aan boord van een ruimtestation.",
                (
                    "Hoe ontsnapt een raket aan de zwaartekracht, en waarom zweven astronauten "
                    "in een ruimtestation? Met samengeperste lucht, water en een paar "
                    "vrijwilligers uit de zaal bootsen we een lancering na.",
                    "Op zondag in de schoolvakanties brengen we deze tweetalige show voor "
                    "bezoekers die geen Nederlands spreken. Ze speelt in het auditorium.",
                ),
            ),
            "fr": (
                "En route vers l'espace",
                "en-route-vers-l-espace",
                "Un spectacle en français et en anglais sur les fusées, l'apesanteur et la vie "
                "à bord d'une station spatiale.",
                (
                    "Comment une fusée échappe-t-elle à la pesanteur, et pourquoi les "
                    "astronautes flottent-ils dans une station spatiale ? Avec de l'air "
                    "comprimé, de l'eau et quelques volontaires de la salle, nous simulons un "
                    "lancement.",
                    "Le dimanche pendant les vacances scolaires, ce spectacle bilingue "
                    "s'adresse aux visiteurs qui ne parlent pas néerlandais. Il se joue dans "
                    "l'auditorium.",
                ),
            ),
            "en": (
                "Off to space",
                "off-to-space",
                "A show in French and English about rockets, weightlessness and life on board "
                "a space station.",
                (
                    "How does a rocket escape gravity, and why do astronauts float inside a "
                    "space station? With compressed air, water and a few volunteers from the "
                    "audience, we recreate a launch.",
                    "On Sundays in the school holidays this bilingual show is for visitors who "
                    "do not speak Dutch. It takes place in the auditorium.",
                ),
            ),
        },
    ),
    Activity(
        key="activity-fablab",
        zone="zone-stek",
        fields={
            "kind": Kind.WORKSHOP,
            "age_from": 10,
            "age_to": 14,
            "duration_minutes": 45,
            "in_dutch": True,
            "included": False,
            "price": Decimal("3.00"),
            "registration": Registration.ON_ARRIVAL,
            "places": 16,
            "seated": True,
        },
        rows=lambda today: [
            _row("13:00, 15:00", days=WEEKEND, holidays=OUTSIDE_HOLIDAYS),
            _row("13:00, 15:00", holidays=IN_HOLIDAYS),
        ],
        texts={
            "nl": (
                "Workshop in het Fablab: ontwerp je sleutelhanger",
                "workshop-fablab",
                "Teken een ontwerp op de computer en kijk hoe de lasersnijder het uit hout snijdt.",
                (
                    "In het Fablab van STEK leer je werken met de software en de machines die "
                    "makers overal ter wereld gebruiken. Je tekent een sleutelhanger of een "
                    "naamplaatje, de lasersnijder doet de rest en je neemt je werkstuk mee naar "
                    "huis.",
                    "De plaatsen zijn beperkt. Schrijf je bij aankomst in aan het onthaal en "
                    "betaal daar ook de kleine bijdrage voor het materiaal.",
                ),
            ),
            "fr": (
                "Atelier au Fablab : votre propre porte-clés",
                "atelier-fablab",
                "Dessinez un modèle à l'ordinateur et regardez la découpeuse laser le tailler "
                "dans le bois.",
                (
                    "Au Fablab de STEK, vous apprenez à utiliser les logiciels et les machines "
                    "des makers du monde entier. Vous dessinez un porte-clés ou une plaque à "
                    "votre nom, la découpeuse laser fait le reste et vous repartez avec votre "
                    "création.",
                    "Les places sont limitées. Inscrivez-vous à l'accueil dès votre arrivée et "
                    "réglez-y la petite participation aux frais de matériel.",
                ),
            ),
            "en": (
                "Fablab workshop: design your own key ring",
                "fablab-workshop",
                "Draw a design on the computer and watch the laser cutter cut it out of wood.",
                (
                    "In the STEK Fablab you learn the software and machines that makers use all "
                    "over the world. You design a key ring or a name tag, the laser cutter does "
                    "the rest, and you take your piece home.",
                    "Places are limited. Sign up at reception when you arrive and pay the small "
                    "charge for materials there.",
                ),
            ),
        },
    ),
    Activity(
        key="activity-lab-microscope",
        fields={
            "kind": Kind.WORKSHOP,
            "age_from": 10,
            "age_to": 14,
            "duration_minutes": 45,
            "in_dutch": True,
            "registration": Registration.ON_ARRIVAL,
            "places": 12,
            "seated": True,
        },
        rows=lambda today: [
            _row("11:00, 14:00", days=WEEKEND, holidays=OUTSIDE_HOLIDAYS),
            _row("11:00, 14:00", holidays=IN_HOLIDAYS),
        ],
        photo="ihc.png",
        texts={
            "nl": (
                "Workshop in het Lab: onder de microscoop",
                "workshop-lab-microscoop",
                "Maak je eigen preparaat en ontdek onder de microscoop uit welke cellen een ui "
                "en de binnenkant van je wang bestaan.",
                (
                    "In het Lab trek je een labojas aan, neem je een pipet en werk je met een "
                    "echte microscoop. Je kleurt een dun vliesje ui, schraapt voorzichtig wat "
                    "cellen van de binnenkant van je wang en vergelijkt wat je ziet.",
                    "De plaatsen zijn beperkt: schrijf je bij aankomst in aan het onthaal. De "
                    "workshop zit in je ticket inbegrepen.",
                ),
            ),
            "fr": (
                "Atelier au Lab : sous le microscope",
                "atelier-lab-microscope",
                "Préparez votre propre lame et découvrez au microscope de quelles cellules sont "
                "faits un oignon et l'intérieur de votre joue.",
                (
                    "Au Lab, vous enfilez une blouse, prenez une pipette et travaillez avec un "
                    "vrai microscope. Vous colorez une fine pellicule d'oignon, prélevez "
                    "délicatement quelques cellules à l'intérieur de votre joue et comparez ce "
                    "que vous voyez.",
                    "Les places sont limitées : inscrivez-vous à l'accueil dès votre arrivée. "
                    "L'atelier est compris dans le billet.",
                ),
            ),
            "en": (
                "Lab workshop: under the microscope",
                "lab-microscope-workshop",
                "Make your own slide and find out under the microscope what cells make up an "
                "onion and the inside of your cheek.",
                (
                    "In the Lab you put on a lab coat, pick up a pipette and work with a real "
                    "microscope. You stain a thin skin of onion, gently scrape a few cells from "
                    "the inside of your cheek and compare what you see.",
                    "Places are limited: sign up at reception when you arrive. The workshop is "
                    "included in your ticket.",
                ),
            ),
        },
    ),
    Activity(
        key="activity-little-researchers",
        zone="zone-children",
        fields={
            "kind": Kind.WORKSHOP,
            "age_from": 4,
            "age_to": 7,
            "duration_minutes": 30,
            "in_dutch": True,
            "registration": Registration.ON_ARRIVAL,
            "places": 10,
            "quiet": True,
        },
        rows=lambda today: [
            _row("14:00", days=("wednesday",), holidays=OUTSIDE_HOLIDAYS),
            _row("10:30", holidays=IN_HOLIDAYS),
        ],
        texts={
            "nl": (
                "Kleine onderzoekers: wat drijft?",
                "kleine-onderzoekers",
                "Een rustige workshop voor de kleinsten: voorspellen, uitproberen en kijken wat "
                "er blijft drijven.",
                (
                    "Met een bak water, een stapel voorwerpen en veel vragen ontdekken de "
                    "kinderen waarom een zware boot blijft drijven en een kleine knikker zinkt. "
                    "Ze doen alles zelf; een ouder mag in de buurt blijven.",
                    "De workshop vindt plaats in een afgeschermde hoek van het "
                    "Kinder-doe-centrum, zonder harde geluiden of felle lichten. De plaatsen "
                    "zijn beperkt: schrijf je in aan het onthaal.",
                ),
            ),
            "fr": (
                "Petits chercheurs : qu'est-ce qui flotte ?",
                "petits-chercheurs",
                "Un atelier calme pour les plus petits : deviner, essayer et voir ce qui flotte.",
                (
                    "Avec un bac d'eau, une pile d'objets et beaucoup de questions, les enfants "
                    "découvrent pourquoi un lourd bateau flotte alors qu'une petite bille "
                    "coule. Ils font tout eux-mêmes ; un parent peut rester à proximité.",
                    "L'atelier se déroule dans un coin à l'écart du centre des petits "
                    "scientifiques, sans bruits forts ni lumières vives. Les places sont "
                    "limitées : inscrivez-vous à l'accueil.",
                ),
            ),
            "en": (
                "Little researchers: what floats?",
                "little-researchers",
                "A calm workshop for the youngest: guess, try it out and see what floats.",
                (
                    "With a tub of water, a pile of objects and plenty of questions, children "
                    "find out why a heavy boat floats while a small marble sinks. They do "
                    "everything themselves; a parent may stay close by.",
                    "The workshop takes place in a screened-off corner of the Children's "
                    "Science Centre, without loud noises or bright lights. Places are limited: "
                    "sign up at reception.",
                ),
            ),
        },
    ),
    Activity(
        key="activity-giant-insects",
        venue="outdoor-expo",
        fields={"kind": Kind.EXHIBITION},
        rows=_expo_rows,
        texts={
            "nl": (
                "Reuzeninsecten in de buitenexpo",
                "reuzeninsecten",
                "Een mier zo groot als een auto en een libel met vleugels van een paar meter: "
                "buiten kijk je insecten recht in de ogen.",
                (
                    "Tussen het groen staan insecten tot vijf meter groot. Bij elk beest "
                    "ontdek je hoe het eet, zich verdedigt of de weg vindt, en waarom de natuur "
                    "niet zonder kan.",
                    "Reken op ongeveer een uur. Aan de ingang van de buitenexpo ligt een gratis "
                    "doeboekje klaar. Buiten de schoolvakanties is ze open op woensdagnamiddag "
                    "en in het weekend, in de vakanties elke dag.",
                ),
            ),
            "fr": (
                "Insectes géants à l'exposition en plein air",
                "insectes-geants",
                "Une fourmi grande comme une voiture, une libellule aux ailes de plusieurs "
                "mètres : dehors, regardez les insectes droit dans les yeux.",
                (
                    "Dans la verdure, des insectes jusqu'à cinq mètres de haut vous attendent. "
                    "Pour chacun, découvrez comment il se nourrit, se défend ou trouve son "
                    "chemin, et pourquoi la nature ne peut pas s'en passer.",
                    "Comptez environ une heure. Un livret d'activités gratuit vous attend à "
                    "l'entrée. Hors vacances scolaires, l'exposition est ouverte le mercredi "
                    "après-midi et le week-end ; pendant les vacances, tous les jours.",
                ),
            ),
            "en": (
                "Giant insects in the outdoor expo",
                "giant-insects",
                "An ant the size of a car and a dragonfly with wings metres wide: outdoors, you "
                "look insects straight in the eye.",
                (
                    "Out among the greenery stand insects up to five metres tall. At each one "
                    "you discover how it feeds, defends itself or finds its way, and why nature "
                    "cannot do without it.",
                    "Allow about an hour. A free activity booklet is waiting at the entrance. "
                    "Outside the school holidays the expo is open on Wednesday afternoons and "
                    "at weekends; in the holidays, every day.",
                ),
            ),
        },
    ),
    Activity(
        key="activity-chain-reaction",
        fields={
            "kind": Kind.HOLIDAY,
            "age_from": 8,
            "duration_minutes": 45,
            "in_dutch": True,
            "in_french": True,
        },
        rows=lambda today: [_row("11:00, 14:30", holidays=IN_HOLIDAYS)],
        texts={
            "nl": (
                "Vakantieprogramma: bouw mee aan de kettingreactie",
                "kettingreactie",
                "Dominostenen, knikkerbanen en hefbomen: samen bouwen we een kettingreactie die "
                "door de hele hal loopt.",
                (
                    "Elke groep krijgt een stuk van het parcours en materiaal om het te bouwen. "
                    "Pas als alle stukken op elkaar aansluiten, duwen we de eerste dominosteen "
                    "om en kijken we of de knikker aan het einde de bel laat rinkelen.",
                    "Het vakantieprogramma loopt elke dag van de schoolvakanties. De "
                    "begeleiders spreken Nederlands en Frans, dus iedereen kan meebouwen.",
                ),
            ),
            "fr": (
                "Programme de vacances : construisez la réaction en chaîne",
                "reaction-en-chaine",
                "Dominos, circuits à billes et leviers : ensemble, nous construisons une "
                "réaction en chaîne qui traverse tout le hall.",
                (
                    "Chaque groupe reçoit un tronçon du parcours et le matériel pour le "
                    "construire. Quand tous les tronçons s'enchaînent, nous poussons le premier "
                    "domino et regardons si la bille, tout au bout, fait sonner la cloche.",
                    "Le programme de vacances a lieu chaque jour des vacances scolaires. Les "
                    "animateurs parlent néerlandais et français : tout le monde peut participer.",
                ),
            ),
            "en": (
                "Holiday programme: help build the chain reaction",
                "chain-reaction",
                "Dominoes, marble runs and levers: together we build a chain reaction that runs "
                "right through the hall.",
                (
                    "Each group gets a stretch of the course and the materials to build it. "
                    "Once every stretch connects to the next, we tip the first domino and watch "
                    "whether the marble at the far end rings the bell.",
                    "The holiday programme runs every day of the school holidays. The "
                    "presenters speak Dutch and French, so everyone can join in.",
                ),
            ),
        },
    ),
    Activity(
        key="activity-night",
        fields={
            "kind": Kind.EVENING,
            "age_from": 18,
            "duration_minutes": 240,
            "in_dutch": True,
            "own_hours": True,
            "included": False,
            "price": Decimal("15.00"),
            "registration": Registration.ONLINE,
            "registration_url": "https://www.technopolis.be/",
        },
        rows=_night_rows,
        photo="hubble_deep_field.jpg",
        texts={
            "nl": (
                "Night@Technopolis",
                "night-at-technopolis",
                "Eén avond alleen voor volwassenen: het hele centrum open, met een "
                "wetenschapscafé en een silent disco.",
                (
                    "Na sluitingstijd is Technopolis van de volwassenen. Probeer de opstellingen "
                    "zonder aan te schuiven, luister in het wetenschapscafé naar onderzoekers "
                    "die over het heelal vertellen en sluit de avond af op de silent disco.",
                    "Toegang vanaf 18 jaar, met een apart ticket dat je vooraf online koopt. "
                    "Aan de bar kun je iets drinken.",
                ),
            ),
            "fr": (
                "Night@Technopolis",
                "night-at-technopolis",
                "Une soirée réservée aux adultes : tout le centre ouvert, avec un café des "
                "sciences et une silent disco.",
                (
                    "Après la fermeture, Technopolis appartient aux adultes. Essayez les "
                    "expériences sans faire la file, écoutez au café des sciences des "
                    "chercheurs parler de l'univers et terminez la soirée à la silent disco.",
                    "Entrée à partir de 18 ans, avec un billet à part, à acheter en ligne à "
                    "l'avance. Un bar vous attend pour prendre un verre.",
                ),
            ),
            "en": (
                "Night@Technopolis",
                "night-at-technopolis",
                "An evening for adults only: the whole centre open, with a science café and a "
                "silent disco.",
                (
                    "After closing time Technopolis belongs to the grown-ups. Try the exhibits "
                    "without queuing, listen to researchers talk about the universe in the "
                    "science café and end the night at the silent disco.",
                    "Admission from 18, with a separate ticket bought online in advance. There "
                    "is a bar for a drink.",
                ),
            ),
        },
    ),
]


def _activity_spec(activity, image, venue):
    languages = {
        code: {"title": title, "slug": slug, "lead": lead, "body": _paragraphs(*body)}
        for code, (title, slug, lead, body) in activity.texts.items()
    }
    return PageSpec(
        key=activity.key,
        page_class=ActivityPage,
        parent=WHATS_ON.key,
        common={"is_example": True, **activity.fields, "image": image, "venue": venue},
        languages=languages,
    )


def load_school_holidays(years):
    for year in years:
        for name, (first, last) in zip(HOLIDAY_NAMES, school_holidays(year), strict=True):
            SchoolHoliday.objects.get_or_create(
                name=name, first_day=first, defaults={"last_day": last}
            )


def load(loader):
    today = timezone.localdate()
    load_school_holidays([today.year - 1, today.year, today.year + 1])
    loader.ensure(WHATS_ON)
    for activity in ACTIVITIES:
        image = ensure_photo(activity.photo) if activity.photo else None
        venue = Venue.objects.filter(key=activity.venue).first() if activity.venue else None
        pages = loader.ensure(_activity_spec(activity, image, venue))
        for code, page in pages.items():
            if page.times.exists():
                continue  # scheduled on an earlier run, perhaps changed since by an editor
            if activity.zone and page.zone_id is None:
                page.zone = loader.page(activity.zone, code)
            page.times = [
                ActivityTime(sort_order=i, **row) for i, row in enumerate(activity.rows(today))
            ]
            page.save_revision().publish()
    nails = loader.page("activity-bed-of-nails", "nl")
    if not nails.cancellations.filter(day__gte=today).exists():
        Cancellation.objects.get_or_create(
            activity=nails,
            day=_first_open_day(today + timedelta(days=2)),
            at=time(14, 30),
            defaults={"reason": Cancellation.Reason.ILLNESS},
        )
