"""The request forms: stored before any e-mail, validated on the server keeping what was typed,
protected by a honeypot and a rate limit, listed and exported in the admin."""

import csv
import io
import re
from datetime import timedelta

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone, translation
from django.utils.formats import date_format

from technopolis.roles import BOOKINGS
from tests.factories import snippet_in_every_language, translated_page
from tests.factories.offers import (
    AudiencePageFactory,
    EventSpaceFactory,
    ProgrammeIndexPageFactory,
    SchoolProgrammePageFactory,
)
from tests.factories.opening_hours import building_with_stem_days, stem_monday
from tests.factories.requests import (
    ClassVisitFormPageFactory,
    ClassVisitRequestFactory,
    EventEnquiryFormPageFactory,
)
from tests.helpers import elements
from visits.models import (
    Audience,
    ClassVisitFormPage,
    ClassVisitRequest,
    EventEnquiry,
    EventEnquiryFormPage,
    EventSpace,
    SchoolProgrammePage,
)
from visits.offers.school_days import closed_for_classes, main_venue
from visits.requests.models import RATE_LIMIT

pytestmark = pytest.mark.django_db

# The contact the site settings give: mailed to staff, shown to senders.
STAFF_EMAIL, STAFF_PHONE = "groepen@example.be", "+32 15 55 66 77"


class FailingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP server down")


def in_days(days):
    return (timezone.localdate() + timedelta(days=days)).isoformat()


def school_day(after):
    """The first day from `after` days on when a class can come, by the opening hours."""
    venue = main_venue()
    day = timezone.localdate() + timedelta(days=after)
    while closed_for_classes(venue.rules, venue.exceptions, day):
        day += timedelta(days=1)
    return day.isoformat()


def a_saturday(after):
    day = timezone.localdate() + timedelta(days=after)
    return (day + timedelta(days=(5 - day.weekday()) % 7)).isoformat()


def stem_monday_next_year():
    return stem_monday(timezone.localdate().year + 1).isoformat()


@pytest.fixture
def forms(site, site_settings):
    """The class-visit form in Dutch beside a programme, the event enquiry in every language
    with a space to choose, the opening hours of the building and the staff's contact."""
    site_settings.email, site_settings.phone = STAFF_EMAIL, STAFF_PHONE
    site_settings.save()
    building_with_stem_days()
    teachers = AudiencePageFactory(parent=site["nl"], title="Scholen", audience=Audience.TEACHER)
    programmes = ProgrammeIndexPageFactory(parent=teachers)
    SchoolProgrammePageFactory(parent=programmes, title="Hefbomen aan het werk", slug="hefbomen")
    ClassVisitFormPageFactory(parent=teachers, slug="klasbezoek-aanvragen")
    events = translated_page(
        AudiencePageFactory,
        site,
        {
            "nl": {"title": "Zaal huren", "slug": "zaal-huren"},
            "fr": {"title": "Louer une salle", "slug": "louer"},
            "en": {"title": "Venue hire", "slug": "venue-hire"},
        },
        audience=Audience.EVENTS,
    )
    translated_page(
        EventEnquiryFormPageFactory,
        events,
        {
            "nl": {"title": "Offerte aanvragen", "slug": "offerte"},
            "fr": {"title": "Demander une offre", "slug": "offre"},
            "en": {"title": "Request a quote", "slug": "quote"},
        },
    )
    hall = EventSpaceFactory(name="Feestzaal", capacity_banquet=300, capacity_reception=450)
    snippet_in_every_language(hall, fr={"name": "Salle des fêtes"}, en={"name": "Party hall"})


def class_visit_data(**changes):
    programme = SchoolProgrammePage.objects.get(slug="hefbomen")
    data = {
        "school": "Basisschool De Regenboog",
        "contact_name": "An Peeters",
        "email": "an.peeters@example.be",
        "phone": "+32 15 00 00 00",
        "date_wanted": school_day(30),
        "alternative_dates": "any Tuesday in March",
        "pupils": "24",
        "adults": "2",
        "level": "primary",
        "grade": "5",
        "programme_choices": [str(programme.pk)],
        "remarks": "Two pupils use a wheelchair.",
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def enquiry_data(**changes):
    data = {
        "company": "Acme Belgium",
        "contact_name": "Jan Janssens",
        "email": "jan@example.com",
        "phone": "",
        "date": in_days(60),
        "guests": "120",
        "space_choices": [str(EventSpace.objects.get(name="Party hall").pk)],
        "layout": "banquet",
        "catering": "dinner",
        "remarks": "",
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def class_visit_url():
    return ClassVisitFormPage.objects.get(locale__language_code="nl").url


def enquiry_url():
    return EventEnquiryFormPage.objects.get(locale__language_code="en").url


def test_class_visit_request_is_stored_and_mailed(forms, client):
    response = client.post(class_visit_url(), class_visit_data())
    assert response.status_code == 302
    assert response["Location"] == class_visit_url() + "sent/"
    saved = ClassVisitRequest.objects.get()
    assert (saved.school, saved.pupils, saved.grade, saved.language) == (
        "Basisschool De Regenboog",
        24,
        5,
        "nl",
    )
    assert saved.programmes == "Hefbomen aan het werk"
    assert not saved.handled
    staff, confirmation = mail.outbox
    assert staff.to == [STAFF_EMAIL]
    assert "Basisschool De Regenboog" in staff.subject
    assert confirmation.to == ["an.peeters@example.be"]
    assert "Two pupils use a wheelchair." in staff.body


def test_event_enquiry_is_stored_and_mailed(forms, client):
    response = client.post(enquiry_url(), enquiry_data())
    assert response.status_code == 302
    saved = EventEnquiry.objects.get()
    assert (saved.company, saved.guests, saved.layout, saved.spaces) == (
        "Acme Belgium",
        120,
        "banquet",
        "Party hall",  # as the sender saw it
    )
    assert saved.language == "en"
    assert [message.to for message in mail.outbox] == [[STAFF_EMAIL], ["jan@example.com"]]


def test_confirmation_page_is_not_indexed(forms, client):
    response = client.get(class_visit_url() + "sent/")
    assert response.status_code == 200
    assert elements(response.content.decode(), "meta", name="robots", content="noindex")


def test_a_programme_page_preselects_its_programme(forms, client):
    programme = SchoolProgrammePage.objects.get(slug="hefbomen")
    response = client.get(class_visit_url(), {"programme": programme.pk})
    assert elements(
        response.content.decode(), "input", name="programme_choices", value=str(programme.pk)
    )[0].keys() >= {"checked"}


CLASS_VISIT_ERRORS = [
    ({"school": ""}, "school", "Dit is een verplicht veld."),
    ({"contact_name": ""}, "contact_name", "Dit is een verplicht veld."),
    ({"email": "an.peeters"}, "email", "Voer een geldig e-mailadres in."),
    ({"date_wanted": ""}, "date_wanted", "Dit is een verplicht veld."),
    ({"date_wanted": "31-02-2030"}, "date_wanted", "Voer een geldige datum in."),
    ({"date_wanted": in_days(0)}, "date_wanted", "Kies een datum na vandaag."),
    ({"date_wanted": a_saturday(10)}, "date_wanted", "van maandag tot vrijdag"),
    (
        {"date_wanted": stem_monday_next_year()},
        "date_wanted",
        "Technopolis is die dag gesloten (STEM-dagen voor leerkrachten).",
    ),
    ({"pupils": "0"}, "pupils", "Vul tussen 1 en 120 leerlingen in"),
    ({"pupils": "500"}, "pupils", "Vul tussen 1 en 120 leerlingen in"),
    ({"adults": "0"}, "adults", "Minstens één volwassene komt met de klas mee."),
    ({"level": "university"}, "level", "Selecteer een geldige keuze."),
    (
        {"level": "preschool", "grade": "4"},
        "grade",
        "Kleuteronderwijs: kies een leerjaar van 1 tot 3.",
    ),
    ({"programme_choices": ["999999"]}, "programme_choices", "Selecteer een geldige keuze."),
    (
        {"alternative_dates": "x" * 201},
        "alternative_dates",
        "Kort dit in tot hoogstens 200 tekens (je typte er 201).",
    ),
    ({"school": "x" * 161}, "school", "Kort dit in tot hoogstens 160 tekens (je typte er 161)."),
]


@pytest.mark.parametrize(("changes", "field", "message"), CLASS_VISIT_ERRORS)
def test_class_visit_errors_keep_what_was_typed(forms, client, changes, field, message):
    response = client.post(class_visit_url(), class_visit_data(**changes))
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert elements(html, "ul", id=f"id_{field}_error")
    assert elements(html, "input", name="phone", value="+32 15 00 00 00")
    assert "Two pupils use a wheelchair." in html
    assert not ClassVisitRequest.objects.exists()
    assert not mail.outbox


EVENT_ERRORS = [
    ({"company": ""}, "company", "This field is required."),
    ({"email": ""}, "email", "This field is required."),
    ({"date": in_days(-3)}, "date", "Choose a date after today."),
    ({"guests": "0"}, "guests", "Enter between 1 and 2000 guests."),
    ({"guests": "abc"}, "guests", "Enter a whole number."),
    ({"guests": "400"}, "guests", "The chosen spaces hold 300 guests in this layout."),
    ({"layout": "standing"}, "layout", "Select a valid choice."),
    ({"catering": ""}, "catering", "This field is required."),
    ({"company": "x" * 161}, "company", "Shorten this to 160 characters at most (you typed 161)."),
]


@pytest.mark.parametrize(("changes", "field", "message"), EVENT_ERRORS)
def test_event_enquiry_errors_keep_what_was_typed(forms, client, changes, field, message):
    response = client.post(enquiry_url(), enquiry_data(remarks="Vegetarian menu", **changes))
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert elements(html, "ul", id=f"id_{field}_error")
    assert "Vegetarian menu" in html
    assert not EventEnquiry.objects.exists()


def test_overlong_remarks_are_refused_with_the_limit_keeping_what_was_typed(forms, client):
    remarks = "Two pupils use a wheelchair. " + "x" * 1980  # 2,009 characters
    response = client.post(class_visit_url(), class_visit_data(remarks=remarks))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Kort dit in tot hoogstens 2000 tekens (je typte er 2009)." in html
    assert elements(html, "ul", id="id_remarks_error")
    assert elements(html, "input", name="school", value="Basisschool De Regenboog")
    assert remarks in html
    assert not ClassVisitRequest.objects.exists()
    assert not mail.outbox


def test_a_line_break_counts_as_one_character_as_in_the_browser(forms, client):
    remarks = "a\r\n" * 1000  # 2,000 characters in the browser, 3,000 as sent
    assert client.post(class_visit_url(), class_visit_data(remarks=remarks)).status_code == 302
    assert ClassVisitRequest.objects.get().remarks == ("a\n" * 1000).strip()


@pytest.mark.parametrize(
    ("url", "limits"),
    [
        (
            class_visit_url,
            {
                "school": 160,
                "contact_name": 120,
                "email": 254,
                "phone": 40,
                "alternative_dates": 200,
            },
        ),
        (enquiry_url, {"company": 160, "contact_name": 120, "email": 254, "phone": 40}),
    ],
)
def test_browsers_know_every_text_limit(forms, client, url, limits):
    html = client.get(url()).content.decode()
    for name, limit in limits.items():
        assert elements(html, "input", name=name, maxlength=str(limit)), name
    assert elements(html, "textarea", name="remarks", maxlength="2000")


def test_confirmation_is_a_short_summary_without_what_was_typed(forms, client):
    school, remarks = "Basisschool Spamvrij", "REMARKS-MARKER visit http://spam.example"
    client.post(class_visit_url(), class_visit_data(school=school, remarks=remarks))
    saved = ClassVisitRequest.objects.get()
    staff, confirmation = mail.outbox
    with translation.override("nl"):
        day = date_format(saved.date_wanted, "DATE_FORMAT")
    body = confirmation.body
    assert f"een klasbezoek op {day}" in body
    assert saved.reference in body and saved.reference.startswith("CV-")
    assert "binnen twee werkdagen" in body
    assert STAFF_PHONE in body and STAFF_EMAIL in body  # site settings
    for typed in ("REMARKS-MARKER", school, "An Peeters", "any Tuesday", "+32 15 00 00 00"):
        assert typed not in body and typed not in confirmation.subject
    assert len(body) < 1000
    for detail in ("REMARKS-MARKER", school, "An Peeters", "any Tuesday", saved.reference):
        assert detail in staff.body


def test_event_confirmation_says_date_and_guests_only(forms, client):
    client.post(enquiry_url(), enquiry_data(remarks="REMARKS-MARKER"))
    saved = EventEnquiry.objects.get()
    staff, confirmation = mail.outbox
    with translation.override("en"):
        day = date_format(saved.date, "DATE_FORMAT")
    assert f"an event on {day} for 120 guests" in confirmation.body
    assert saved.reference in confirmation.body and saved.reference.startswith("EV-")
    assert "REMARKS-MARKER" not in confirmation.body and "Acme" not in confirmation.body
    assert len(confirmation.body) < 1000
    assert "REMARKS-MARKER" in staff.body and "Acme Belgium" in staff.body


def test_honeypot_stores_and_sends_nothing(forms, client):
    response = client.post(class_visit_url(), class_visit_data(website="http://spam.example"))
    assert response.status_code == 302  # a robot sees the success it expects
    assert not ClassVisitRequest.objects.exists()
    assert not mail.outbox


def test_honeypot_is_hidden_from_people(forms, client):
    html = client.get(enquiry_url()).content.decode()
    assert elements(html, "div", class_="field--trap")
    assert elements(html, "input", name="website", tabindex="-1", autocomplete="off")


def test_rate_limit_per_address(forms, client):
    for _ in range(RATE_LIMIT):
        assert client.post(enquiry_url(), enquiry_data()).status_code == 302
    response = client.post(enquiry_url(), enquiry_data(), REMOTE_ADDR="127.0.0.1")
    assert response.status_code == 429
    assert "Acme Belgium" in response.content.decode()  # kept for a later try
    assert EventEnquiry.objects.count() == RATE_LIMIT
    other = client.post(enquiry_url(), enquiry_data(), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302


def test_smtp_failure_still_stores_the_request(forms, client, settings, caplog):
    settings.EMAIL_BACKEND = "tests.test_forms.FailingBackend"
    response = client.post(class_visit_url(), class_visit_data())
    assert response.status_code == 302
    assert ClassVisitRequest.objects.filter(school="Basisschool De Regenboog").exists()
    assert "Could not send" in caplog.text


def test_form_page_is_never_served_from_the_page_cache(forms, client):
    url = enquiry_url()
    first = client.get(url)
    second = client.get(url)
    assert "csrftoken" in first.cookies
    assert second.get("X-Cache") != "HIT"
    assert "no-cache" in second["Cache-Control"]


def test_submissions_are_exported_as_csv(forms, admin_client, client):
    client.post(class_visit_url(), class_visit_data())
    client.post(enquiry_url(), enquiry_data())
    response = admin_client.get("/admin/snippets/visits/classvisitrequest/", {"export": "csv"})
    assert response.status_code == 200
    body = response.getvalue()
    # what Excel in Belgium opens as columns, accents intact: a byte-order mark, semicolons
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert [row["School"] for row in rows] == ["Basisschool De Regenboog"]
    assert rows[0]["Afgehandeld"] == "nee"  # labels in the staff's language, not True/False
    assert rows[0]["Niveau"] == "Lager onderwijs"  # not the code "primary"
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\d \d\d:\d\d", rows[0]["Ontvangen op"]
    )  # local, to the minute
    response = admin_client.get("/admin/snippets/visits/eventenquiry/", {"export": "csv"})
    rows = list(csv.DictReader(io.StringIO(response.getvalue().decode("utf-8-sig")), delimiter=";"))
    assert rows[0]["Bedrijf of organisatie"] == "Acme Belgium"


def bookings_client(client):
    user = get_user_model().objects.create_user("bookings-test", password="x")
    user.groups.add(Group.objects.get(name=BOOKINGS))
    client.force_login(user)
    return client


def export(client, export_format):
    """The class-visit requests' export as rows of cells, heading row first."""
    response = client.get("/admin/snippets/visits/classvisitrequest/", {"export": export_format})
    assert response.status_code == 200
    if export_format == "csv":
        return list(csv.reader(io.StringIO(response.getvalue().decode("utf-8-sig")), delimiter=";"))
    sheet = openpyxl.load_workbook(io.BytesIO(response.getvalue())).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_exported_cells_never_start_a_formula(client, export_format):
    typed = {
        "school": '=HYPERLINK("http://evil","x")',
        "contact_name": "+1",
        "alternative_dates": "-2+3",
        "remarks": "@SUM(1+1)",
        "phone": "+32 15 34 20 00",  # OWASP: prefixed too, like every cell that could be one
        "programmes": " \t=1+1",
    }
    ClassVisitRequestFactory(email="an@example.be", pupils=24, **typed)
    heading, row = export(bookings_client(client), export_format)
    cells = dict(zip(heading, row, strict=True))
    for value in typed.values():
        assert "'" + value in cells.values(), value
    assert cells["E-mail"] == "an@example.be"
    assert str(cells["Leerlingen"]) == "24"


def test_staff_change_only_handled_and_their_notes(client):
    sent = ClassVisitRequestFactory(school="Atheneum Mechelen", pupils=24)
    staff = bookings_client(client)
    url = f"/admin/snippets/visits/classvisitrequest/edit/{sent.pk}/"
    page = staff.get(url).content.decode()
    assert "Atheneum Mechelen" in page  # shown, as sent
    response = staff.post(
        url, {"school": "Changed", "pupils": "1", "handled": "on", "staff_notes": "Called back"}
    )
    assert response.status_code == 302
    sent.refresh_from_db()
    assert (sent.school, sent.pupils) == ("Atheneum Mechelen", 24)
    assert sent.handled and sent.staff_notes == "Called back"


def test_admin_lists_requests_to_follow_up(forms, admin_client, client):
    client.post(class_visit_url(), class_visit_data())
    response = admin_client.get("/admin/snippets/visits/classvisitrequest/", {"handled": "false"})
    assert response.status_code == 200
    assert "Basisschool De Regenboog" in response.content.decode()


def test_line_breaks_typed_into_a_one_line_field_are_dropped(forms, client):
    client.post(class_visit_url(), class_visit_data(school="De Regenboog\r\nBcc: x@example.com"))
    saved = ClassVisitRequest.objects.get()
    assert saved.school == "De Regenboog Bcc: x@example.com"
    assert mail.outbox[0].subject.startswith("Aanvraag klasbezoek: De Regenboog Bcc: x@example.com")
    assert mail.outbox[0].bcc == []
