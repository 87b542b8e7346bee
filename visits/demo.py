"""Demo content of the visits app: the three audience landing pages in nl, fr and en."""

from wagtail.models import Site

from technopolis.demo.loader import PageSpec, stream
from technopolis.models import SiteSettings
from visits.models import Audience, AudiencePage


def _text(html):
    return stream(("paragraph", html))


VISITORS = PageSpec(
    key="audience-visitor",
    page_class=AudiencePage,
    parent="home",
    show_in_menus=True,
    common={"audience": Audience.VISITOR},
    languages={
        "nl": {
            "title": "Bezoekers",
            "slug": "bezoekers",
            "lead": "Alles voor een dag vol experimenten met het gezin, met vrienden of alleen.",
            "body": _text(
                "<p>Technopolis is bijna elke dag open, ook op zon- en feestdagen. Reken op "
                "een viertal uur om alles te ontdekken, van het Kinder-doe-centrum voor de "
                "kleinsten tot STEK voor tieners die zelf willen maken.</p>"
            ),
        },
        "fr": {
            "title": "Visiteurs",
            "slug": "visiteurs",
            "lead": "Tout pour une journée d'expériences en famille, entre amis ou en solo.",
            "body": _text(
                "<p>Technopolis est ouvert presque tous les jours, dimanches et jours fériés "
                "compris. Comptez environ quatre heures pour tout découvrir, du centre des "
                "petits scientifiques pour les 4–8 ans à STEK pour les ados qui aiment "
                "fabriquer.</p>"
            ),
        },
        "en": {
            "title": "Visitors",
            "slug": "visitors",
            "lead": "Everything for a day of experiments with family, friends or on your own.",
            "body": _text(
                "<p>Technopolis opens almost every day, Sundays and public holidays "
                "included. Allow about four hours to see it all, from the Children's Science "
                "Centre for the youngest to STEK for teenagers who like to make things.</p>"
            ),
        },
    },
)

TEACHERS = PageSpec(
    key="audience-teacher",
    page_class=AudiencePage,
    parent="home",
    show_in_menus=True,
    common={"audience": Audience.TEACHER},
    languages={
        "nl": {
            "title": "Scholen",
            "slug": "scholen",
            "lead": "Klasuitstappen en programma's voor kleuter-, lager en secundair onderwijs.",
            "body": _text(
                "<p>Elk jaar experimenteren 80.000 tot 90.000 leerlingen in Technopolis. Op "
                "schooldagen is het centrum vooral voor klassen; demonstraties gaan door, "
                "shows niet.</p>"
            ),
        },
        "fr": {
            "title": "Écoles",
            "slug": "ecoles",
            "lead": "Sorties scolaires et programmes pour le maternel, le primaire et le "
            "secondaire.",
            "body": _text(
                "<p>Chaque année, 80 000 à 90 000 élèves expérimentent à Technopolis. Les "
                "jours d'école, le centre accueille surtout des classes ; les démonstrations "
                "ont lieu, les spectacles non.</p>"
            ),
        },
        "en": {
            "title": "Schools",
            "slug": "schools",
            "lead": "Class visits and programmes for pre-school, primary and secondary education.",
            "body": _text(
                "<p>Every year 80,000 to 90,000 pupils experiment at Technopolis. On school "
                "days the centre is mostly for classes: demonstrations run, shows do not.</p>"
            ),
        },
    },
)

EVENTS = PageSpec(
    key="audience-events",
    page_class=AudiencePage,
    parent="home",
    show_in_menus=True,
    common={"audience": Audience.EVENTS},
    languages={
        "nl": {
            "title": "Evenementen",
            "slug": "evenementen",
            "lead": "Vergaderen, recepties en teambuilding tussen de experimenten.",
            "body": _text(
                "<p>Technopolis ligt vlak bij de afrit Mechelen (Technopolis) van de E19, "
                "een kwartier van Brussel. De Science Centre World Summit van 2014 en een "
                "kerstlunch voor meer dan 500 gasten vonden hier plaats.</p>"
            ),
        },
        "fr": {
            "title": "Événements",
            "slug": "evenements",
            "lead": "Réunions, réceptions et team building au milieu des expériences.",
            "body": _text(
                "<p>Technopolis se trouve tout près de la sortie Mechelen (Technopolis) de "
                "l'E19, à un quart d'heure de Bruxelles. Le Science Centre World Summit de "
                "2014 et un déjeuner de Noël pour plus de 500 convives s'y sont tenus.</p>"
            ),
        },
        "en": {
            "title": "Events",
            "slug": "events",
            "lead": "Meetings, receptions and team building among the experiments.",
            "body": _text(
                "<p>Technopolis sits right by the Mechelen (Technopolis) exit of the "
                "Brussels–Antwerp motorway, about fifteen kilometres from Brussels. The 2014 "
                "Science Centre World Summit and a Christmas lunch for more than 500 guests "
                "were held here.</p>"
            ),
        },
    },
)

AUDIENCE_PAGES = [VISITORS, TEACHERS, EVENTS]


def load(loader):
    pages = loader.ensure_all(AUDIENCE_PAGES)
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.visitor_page = settings.visitor_page or pages[VISITORS.key]["nl"]
    settings.teacher_page = settings.teacher_page or pages[TEACHERS.key]["nl"]
    settings.events_page = settings.events_page or pages[EVENTS.key]["nl"]
    settings.save()
