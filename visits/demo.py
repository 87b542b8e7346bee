"""Demo content of the visits app: the three audience landing pages in nl, fr and en, the
opening hours page, and the opening hours of this year and the next (FACTS.md §4.2)."""

from datetime import date, time, timedelta

from django.utils import timezone
from wagtail.models import Site

from technopolis.demo.loader import PageSpec, stream
from technopolis.models import SiteSettings
from visits import demo_offers
from visits.models import Audience, AudiencePage
from visits.opening_hours.models import (
    WEEKDAY_FIELDS,
    OpeningException,
    OpeningHoursPage,
    Venue,
    WeeklyRule,
)


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
            "title": "Zaal huren voor je event",
            "slug": "zaal-huren",
            "lead": "Vergaderen, recepties en teambuilding tussen de experimenten.",
            "body": _text(
                "<p>Technopolis ligt vlak bij de afrit Mechelen (Technopolis) van de E19, "
                "een kwartier van Brussel. De Science Centre World Summit van 2014 en een "
                "kerstlunch voor meer dan 500 gasten vonden hier plaats.</p>"
            ),
        },
        "fr": {
            "title": "Louer une salle",
            "slug": "louer-une-salle",
            "lead": "Réunions, réceptions et team building au milieu des expériences.",
            "body": _text(
                "<p>Technopolis se trouve tout près de la sortie Mechelen (Technopolis) de "
                "l'E19, à un quart d'heure de Bruxelles. Le Science Centre World Summit de "
                "2014 et un déjeuner de Noël pour plus de 500 convives s'y sont tenus.</p>"
            ),
        },
        "en": {
            "title": "Hire a venue",
            "slug": "venue-hire",
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


def _faq(title, pairs):
    return stream(
        (
            "faq",
            {
                "title": title,
                "questions": [{"question": q, "answer": f"<p>{a}</p>"} for q, a in pairs],
            },
        )
    )


OPENING_HOURS = PageSpec(
    key="opening-hours",
    page_class=OpeningHoursPage,
    parent=VISITORS.key,
    show_in_menus=True,
    languages={
        "nl": {
            "title": "Openingsuren",
            "slug": "openingsuren",
            "lead": "Bijna elke dag open, ook op zon- en feestdagen. Hier zie je wanneer precies.",
            "body": _faq(
                "Goed om te weten",
                [
                    (
                        "Hoe lang duurt een bezoek?",
                        "Gemiddeld blijven bezoekers een viertal uur. Voor de buitenexpo reken "
                        "je op ongeveer een uur extra.",
                    ),
                    (
                        "Wanneer is het het drukst?",
                        "Op schooldagen, wanneer veel klassen op bezoek zijn, en tijdens de "
                        "schoolvakanties. Wie rust zoekt, komt best in het weekend buiten de "
                        "vakanties.",
                    ),
                    (
                        "Wat is er anders op een schooldag?",
                        "Op schooldagen zijn vooral schoolgroepen in het centrum. De "
                        "demonstraties gaan door, de shows niet. In het weekend en in de "
                        "vakanties zijn er shows en soms workshops.",
                    ),
                    (
                        "Wanneer is de buitenexpo open?",
                        "Buiten de schoolvakanties op woensdag vanaf 12.30 uur en op zaterdag "
                        "en zondag; in de schoolvakanties elke dag.",
                    ),
                    (
                        "Wanneer is Technopolis gesloten?",
                        "Op 24 en 25 december, op 1 januari, tijdens het jaarlijkse onderhoud "
                        "begin september en op de STEM-dagen voor leerkrachten in oktober.",
                    ),
                ],
            ),
        },
        "fr": {
            "title": "Horaires",
            "slug": "horaires",
            "lead": "Ouvert presque tous les jours, dimanches et jours fériés compris. Voici "
            "quand exactement.",
            "body": _faq(
                "Bon à savoir",
                [
                    (
                        "Combien de temps dure une visite ?",
                        "Les visiteurs restent en moyenne quatre heures. Comptez environ une "
                        "heure de plus pour l'exposition en plein air.",
                    ),
                    (
                        "Quand y a-t-il le plus de monde ?",
                        "Les jours d'école, quand de nombreuses classes sont en visite, et "
                        "pendant les vacances scolaires. Pour plus de calme, venez le week-end "
                        "hors vacances.",
                    ),
                    (
                        "Qu'est-ce qui change un jour d'école ?",
                        "Les jours d'école, le centre accueille surtout des groupes scolaires. "
                        "Les démonstrations ont lieu, les spectacles non. Le week-end et "
                        "pendant les vacances, il y a des spectacles et parfois des ateliers.",
                    ),
                    (
                        "Quand l'exposition en plein air est-elle ouverte ?",
                        "Hors vacances scolaires, le mercredi à partir de 12 h 30, le samedi "
                        "et le dimanche ; pendant les vacances scolaires, tous les jours.",
                    ),
                    (
                        "Quand Technopolis est-il fermé ?",
                        "Les 24 et 25 décembre, le 1er janvier, pendant l'entretien annuel "
                        "début septembre et pendant les journées STEM pour les enseignants en "
                        "octobre.",
                    ),
                ],
            ),
        },
        "en": {
            "title": "Opening hours",
            "slug": "opening-hours",
            "lead": "Open almost every day, Sundays and public holidays included. Here is "
            "exactly when.",
            "body": _faq(
                "Good to know",
                [
                    (
                        "How long does a visit take?",
                        "Visitors stay about four hours on average. Allow roughly one more "
                        "hour for the outdoor expo.",
                    ),
                    (
                        "When is it busiest?",
                        "On school days, when many classes visit, and in the school holidays. "
                        "For a quieter day, come at a weekend outside the holidays.",
                    ),
                    (
                        "What is different on a school day?",
                        "On school days the centre is mostly for school groups: demonstrations "
                        "run, shows do not. At weekends and in the holidays there are shows "
                        "and sometimes workshops.",
                    ),
                    (
                        "When is the outdoor expo open?",
                        "Outside the school holidays on Wednesday from 12:30 and on Saturday "
                        "and Sunday; every day in the school holidays.",
                    ),
                    (
                        "When is Technopolis closed?",
                        "On 24 and 25 December, on 1 January, during the annual maintenance "
                        "in early September and on the STEM days for teachers in October.",
                    ),
                ],
            ),
        },
    },
)


def easter(year):
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _monday_on_or_after(day):
    return day + timedelta(days=-day.weekday() % 7)


def easter_holidays(year):
    """Flemish Easter holidays, weekends around them included: two weeks from the first
    Monday of April; from the Monday after Easter when Easter falls in March; from the second
    Monday before Easter when Easter falls after 15 April."""
    sunday = easter(year)
    if sunday.month == 3:
        monday = sunday + timedelta(days=1)
    elif sunday > date(year, 4, 15):
        monday = sunday - timedelta(days=13)
    else:
        monday = _monday_on_or_after(date(year, 4, 1))
    return monday - timedelta(days=2), monday + timedelta(days=14)


def school_holidays(year):
    """The Flemish school holidays that start in `year`, each with its weekends."""
    carnival = easter(year) - timedelta(days=48)
    all_saints = date(year, 11, 1)
    # the week of 1 November, or the week after when it falls on a Sunday
    autumn = (
        all_saints + timedelta(days=1)
        if all_saints.weekday() == 6
        else all_saints - timedelta(days=all_saints.weekday())
    )
    christmas = date(year, 12, 25)
    christmas_monday = (
        _monday_on_or_after(christmas)
        if christmas.weekday() >= 5
        else christmas - timedelta(days=christmas.weekday())
    )
    return [
        (carnival - timedelta(days=2), carnival + timedelta(days=6)),
        easter_holidays(year),
        (date(year, 7, 1), date(year, 8, 31)),
        (autumn - timedelta(days=2), autumn + timedelta(days=6)),
        (christmas_monday - timedelta(days=2), christmas_monday + timedelta(days=13)),
    ]


def _nth_monday(year, month, n):
    return _monday_on_or_after(date(year, month, 1)) + timedelta(weeks=n - 1)


def stem_days_start(year):
    return _nth_monday(year, 10, 3)


def closures(year):
    """(first day, last day, reason in nl, fr, en) of the building's closures in `year`."""
    maintenance = _nth_monday(year, 9, 1)
    stem = stem_days_start(year)
    return [
        (date(year, 1, 1), date(year, 1, 1), "Nieuwjaar", "Nouvel An", "New Year's Day"),
        (
            maintenance,
            maintenance + timedelta(days=11),
            "jaarlijks onderhoud",
            "entretien annuel",
            "annual maintenance",
        ),
        (
            stem,
            stem + timedelta(days=2),
            "STEM-dagen voor leerkrachten",
            "journées STEM pour les enseignants",
            "STEM days for teachers",
        ),
        (date(year, 12, 24), date(year, 12, 25), "Kerstmis", "Noël", "Christmas"),
        (date(year + 1, 1, 1), date(year + 1, 1, 1), "Nieuwjaar", "Nouvel An", "New Year's Day"),
    ]


def _rule(venue, weekdays, opens, closes, season=(None, None)):
    flags = {name: i in weekdays for i, name in enumerate(WEEKDAY_FIELDS)}
    WeeklyRule.objects.get_or_create(
        venue=venue,
        opens=opens,
        closes=closes,
        valid_from=season[0],
        valid_until=season[1],
        **flags,
    )


EVERY_DAY = range(7)


def load_hours(years):
    """The building and the outdoor expo with their hours in `years`; adds what is missing."""
    building, _ = Venue.objects.get_or_create(
        key="building",
        defaults={"name_nl": "Technopolis", "name_fr": "Technopolis", "name_en": "Technopolis"},
    )
    expo, _ = Venue.objects.get_or_create(
        key="outdoor-expo",
        defaults={
            "name_nl": "Buitenexpo",
            "name_fr": "Exposition en plein air",
            "name_en": "Outdoor expo",
            "part_of": building,
        },
    )
    _rule(building, EVERY_DAY, time(9, 30), time(17))
    _rule(expo, {2}, time(12, 30), time(17))
    _rule(expo, {5, 6}, time(9, 30), time(17))
    for year in years:
        _rule(building, EVERY_DAY, time(9, 30), time(18), easter_holidays(year))
        for holidays in school_holidays(year):
            _rule(expo, EVERY_DAY, time(9, 30), time(17), holidays)
        for start, end, nl, fr, en in closures(year):
            OpeningException.objects.get_or_create(
                venue=building,
                start_date=start,
                end_date=None if end == start else end,
                kind=OpeningException.Kind.CLOSED,
                defaults={
                    "reason_nl": nl,
                    "reason_fr": fr,
                    "reason_en": en,
                    "stem_day": start == stem_days_start(year),
                },
            )


def load(loader):
    pages = loader.ensure_all(AUDIENCE_PAGES)
    loader.ensure(OPENING_HOURS)
    this_year = timezone.localdate().year
    load_hours([this_year, this_year + 1])
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.visitor_page = settings.visitor_page or pages[VISITORS.key]["nl"]
    settings.teacher_page = settings.teacher_page or pages[TEACHERS.key]["nl"]
    settings.events_page = settings.events_page or pages[EVENTS.key]["nl"]
    settings.save()
    demo_offers.load(loader)
