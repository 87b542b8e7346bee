"""The site the browser tests visit: a page of every page type in every language
(tests/factories/site_tree.py), with what the journeys through it need beside that:

- next year's museum hours (tests/factories/opening_hours.py), the September maintenance
  closure in its longest wording;
- two more school programmes, one for pre-school and one for the fifth grade;
- on What's on, beside a show every day for 6 to 12-year-olds, a weekend afternoon for
  adults only;
- a content page holding every block an editor can pick, the one the accessibility scans
  read for content pages;
- the day-ticket prices as a museum lists them (a child's category that wraps at 320 px);
- French and English titles for the opening hours, the zones, the rooms and the enquiry form
  (the French zones' title long enough to wrap a zone's breadcrumbs on a small phone).
"""

from decimal import Decimal

from django.utils import timezone

from technopolis.roles import setup_roles
from tests.factories import (
    LANGUAGES,
    ContentPageFactory,
    make_site,
    snippet_in_every_language,
    titled,
    translate,
    translated_page,
)
from tests.factories.agenda import ActivityPageFactory
from tests.factories.offers import SchoolProgrammePageFactory, TicketPriceFactory
from tests.factories.opening_hours import museum_hours
from tests.factories.site_tree import every_page_type
from tests.factories.staff import body_of_every_block
from visits.offers.models import Level, Theme

YEAR = timezone.localdate().year + 1
MAINTENANCE = {"nl": "jaarlijks onderhoud", "fr": "entretien annuel", "en": "annual maintenance"}

# The programmes the teachers' journeys pick: {code: title}.
AIR = {"nl": "Overal lucht", "fr": "L'air partout", "en": "Air everywhere"}
PRESSURE = {"nl": "Onder druk", "fr": "Sous pression", "en": "Under pressure"}
ADULTS_ONLY = "Night@Technopolis"


def visited_site():
    """{page type name: {code: page}}; "ContentPage" is the page of every block."""
    site = make_site()
    pages = every_page_type(site)
    museum_hours(YEAR, maintenance=MAINTENANCE)
    programmes = pages["ProgrammeIndexPage"]
    translated_page(
        SchoolProgrammePageFactory,
        programmes,
        titled(AIR),
        level=Level.PRESCHOOL,
        grade_from=2,
        grade_to=3,
        theme=Theme.NATURE,
    )
    translated_page(
        SchoolProgrammePageFactory, programmes, titled(PRESSURE), grade_from=5, grade_to=6
    )
    translated_page(
        ActivityPageFactory,
        pages["WhatsOnPage"],
        titled(dict.fromkeys(LANGUAGES, ADULTS_ONLY)),
        age_from=18,
        age_to=None,
        rows=({"saturday": True, "sunday": True, "start_times": "14:00"},),
    )
    pages["ContentPage"] = translated_page(
        ContentPageFactory,
        site,
        titled({"nl": "Toegankelijkheid", "fr": "Accessibilité", "en": "Accessibility statement"}),
        body=body_of_every_block(),
    )
    for category, ages, price in (
        ({"nl": "Kinderen", "fr": "Enfants", "en": "Children"}, (3, 11), "12.50"),
        (
            {"nl": "Kinderen onder 3 jaar", "fr": "Enfants de moins de 3 ans", "en": "Under 3s"},
            (0, 2),
            "0",
        ),
    ):
        snippet_in_every_language(
            TicketPriceFactory(
                category=category["nl"], age_from=ages[0], age_to=ages[1], price=Decimal(price)
            ),
            fr={"category": category["fr"]},
            en={"category": category["en"]},
        )
    for name, titles in {
        "OpeningHoursPage": {"fr": "Horaires", "en": "Opening hours"},
        "ZoneIndexPage": {"fr": "Zones et expositions", "en": "Zones and exhibitions"},
        "EventSpacesPage": {"fr": "Salles et formules", "en": "Rooms and packages"},
        "EventEnquiryFormPage": {"fr": "Demander une offre", "en": "Ask for a quote"},
    }.items():
        for code, fields in titled(titles).items():
            pages[name][code] = translate(pages[name]["nl"], code, **fields)
    setup_roles()  # the roles' rights on the home pages, as after an install
    return pages
