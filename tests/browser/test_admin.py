"""Staff at work in the admin, in Dutch (nl-BE), one role at a time, in Chromium.

A translator translates a Dutch page into French and submits it; a moderator approves it and
only then is it live, at its French address. An approval leaves no draft behind. The preview
shows in the editor's side panel, and the checks there count a real problem.
"""

import csv
import io
import re
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from playwright.sync_api import expect
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from technopolis.models import ContentPage, CustomImage, HomePage
from technopolis.roles import BOOKINGS, EDITORS, MODERATORS, TRANSLATORS
from tests.helpers import committed, delete_committed, school_day
from visits.opening_hours.hours import TZ
from visits.requests.models import ClassVisitRequest

pytestmark = [pytest.mark.usefixtures("site_url"), pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "Museum-Staff-2026"


@pytest.fixture
def accounts():
    """A user per role, committed so that the test server can log them in."""
    cache.clear()  # the login throttle starts from nothing

    def create():
        users = {}
        for role in (EDITORS, MODERATORS, TRANSLATORS, BOOKINGS):
            user = get_user_model().objects.create_user(
                f"browser-{role.lower()}", password=PASSWORD
            )
            user.groups.add(Group.objects.get(name=role))
            users[role] = user
        return users

    users = committed(create)
    yield users
    delete_committed(get_user_model().objects.filter(username__startswith="browser-"))


def dutch_page(title, slug, **fields):
    """A published Dutch page under the Dutch home, committed; deleted with its translations."""

    def create():
        home = HomePage.objects.get(locale__language_code="nl")
        page = home.add_child(instance=ContentPage(title=title, slug=slug, **fields))
        page.save_revision().publish()
        return page

    return committed(create)


def delete_pages(page):
    key = page.translation_key
    delete_committed(
        Page.objects.filter(translation_key=key).order_by("-locale__language_code"),
        TranslationSource.objects.filter(object_id=key),
    )


@pytest.fixture
def guided_tour():
    page = dutch_page(
        "Rondleiding met gids",
        "rondleiding-met-gids",
        lead="Een gids toont je groep de hoogtepunten.",
        body=[("paragraph", "<p>Boek een gids voor je groep.</p>")],
    )
    yield page
    delete_pages(page)


@pytest.fixture
def staff_browser(browser, site_url):
    """Opens a logged-in admin at desktop width in Dutch, one browser context per person."""
    contexts = []

    def open_as(user):
        context = browser.new_context(locale="nl-BE", viewport={"width": 1366, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.goto(f"{site_url}/admin/login/")
        page.locator("#id_username").fill(user.username)
        page.locator("#id_password").fill(PASSWORD)
        page.locator("form button[type=submit]").click()
        expect(page.locator("h1")).to_have_text("Technopolis")
        return page

    yield open_as
    for context in contexts:
        context.close()


def translate(admin, field, text):
    """Translate one segment in wagtail-localize's editor, as a translator types it."""
    segment = (
        admin.locator(".js-translation-editor li").filter(has=admin.locator("h3", has_text=field))
    ).first
    segment.get_by_role("button", name="Vertaal").click()
    segment.locator("textarea").fill(text)
    segment.get_by_role("button", name="Opslaan").click()
    expect(segment.get_by_role("button", name="Bewerk")).to_be_visible()


def test_a_translation_goes_live_in_french_only_when_a_moderator_approves_it(
    site_url, staff_browser, accounts, guided_tour
):
    translator = staff_browser(accounts[TRANSLATORS])
    translator.goto(f"{site_url}/admin/localize/submit/page/{guided_tour.pk}/")
    translator.get_by_label("Français").check()
    translator.get_by_role("button", name="Verzenden").click()
    expect(translator).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))

    # Only what a translator may do: no "Delete" or "Convert to alias" in the action bar.
    bar = translator.locator("footer")
    submit = bar.get_by_role("button", name="Concept opslaan en ter beoordeling indienen")
    expect(submit).to_be_visible()
    expect(bar.get_by_role("link", name="Verwijderen")).to_be_hidden()
    expect(translator.get_by_role("link", name="Naar alias-pagina omzetten")).to_be_hidden()

    translate(translator, "Titel", "Visite guidée")
    translate(translator, "Inleiding", "Un guide montre l'essentiel à votre groupe.")
    translate(translator, "Tekst", "Réservez un guide pour votre groupe.")
    translator.get_by_role("tab", name="Eigenschappen").click()
    translate(translator, "Slug", "visite-guidee")
    submit.click()
    expect(
        translator.get_by_text("Opgeslagen als concept en ter beoordeling ingediend.")
    ).to_be_visible()

    french_address = f"{site_url}/fr/visite-guidee/"
    visitor = translator.context.new_page()
    assert visitor.goto(french_address).status == 404  # a draft in review, not live

    moderator = staff_browser(accounts[MODERATORS])
    review = moderator.locator("section", has_text="In afwachting van jouw beoordeling")
    row = review.locator("tr", has_text="Visite guidée")
    expect(row).to_contain_text("Français")
    row.get_by_role("button", name="Acties").click()
    row.get_by_role("button", name="Goedkeuren", exact=True).click()
    expect(moderator.locator("tr", has_text="Visite guidée")).to_have_count(0)  # reviewed

    response = visitor.goto(french_address)
    assert response.status == 200
    expect(visitor.locator("html")).to_have_attribute("lang", "fr")
    expect(visitor.locator("h1")).to_have_text("Visite guidée")
    expect(visitor.locator("main")).to_contain_text("Réservez un guide pour votre groupe.")

    french = Page.objects.get(
        translation_key=guided_tour.translation_key, locale__language_code="fr"
    )
    assert french.live and not french.has_unpublished_changes


def test_approving_in_the_editor_leaves_no_draft(site_url, staff_browser, accounts, guided_tour):
    editor = staff_browser(accounts[EDITORS])
    editor.goto(f"{site_url}/admin/pages/{guided_tour.pk}/edit/")
    editor.get_by_role("textbox", name="Inleiding").fill(
        "Een gids toont je groep de hoogtepunten, in een uur."
    )
    editor.locator("footer").get_by_role("button", name="Meer acties").click()
    editor.get_by_role("button", name="Stuur door naar Nalezen door een moderator").click()
    expect(editor.get_by_text("ingediend", exact=False).first).to_be_visible()

    moderator = staff_browser(accounts[MODERATORS])
    moderator.goto(f"{site_url}/admin/pages/{guided_tour.pk}/edit/")
    moderator.locator("footer").get_by_role("button", name="Meer acties").click()
    moderator.get_by_role("button", name="Goedkeuren en publiceren").click()
    expect(moderator.get_by_role("status")).to_contain_text("'Rondleiding met gids' is gewijzigd")
    # The editor's autosave may still post after the approval; it must not make a draft.
    moderator.wait_for_timeout(2000)
    moderator.reload()
    row = moderator.get_by_role("row", name=re.compile("Rondleiding met gids"))
    expect(row).to_contain_text("live")
    expect(row).not_to_contain_text("concept")

    page = Page.objects.get(pk=guided_tour.pk)
    assert page.live and not page.has_unpublished_changes


@pytest.fixture
def page_with_a_file_name_for_alt_text():
    """Alt text cannot be left out here (the image's own is required); a file name is the way
    an image still goes without a description, and the checks must count it."""
    page = dutch_page(
        "Groepsbezoek",
        "groepsbezoek",
        lead="Met je groep naar Technopolis.",
        body=[
            ("paragraph", "<p>Kom met je groep.</p>"),
            ("image", {"image": CustomImage.objects.first(), "alt_text": "IMG_2040.jpg"}),
        ],
    )
    yield page
    delete_pages(page)


def test_the_preview_shows_in_the_side_panel_and_the_checks_count_a_bad_alt_text(
    site_url, staff_browser, accounts, page_with_a_file_name_for_alt_text
):
    editor = staff_browser(accounts[EDITORS])
    editor.goto(f"{site_url}/admin/pages/{page_with_a_file_name_for_alt_text.pk}/edit/")
    editor.get_by_role("button", name="Toon/verberg voorvertoning").click()
    preview = editor.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1")).to_have_text("Groepsbezoek")
    expect(preview.locator("main")).to_contain_text("Kom met je groep.")

    editor.get_by_role("button", name="Checks aan/uitzetten").click()
    checks = editor.locator("[data-side-panel=checks]")
    expect(checks).to_contain_text("Problemen gevonden")
    expect(checks).to_contain_text("Alt-tekst van de afbeelding bevat een ongepast patroon")
    expect(checks.locator("[data-content-checker-count]")).to_have_text("1")


@pytest.fixture
def class_visit_request():
    sent = committed(
        lambda: ClassVisitRequest.objects.create(
            school="Atheneum Mechelen",
            contact_name="An Peeters",
            email="an@browser.example.be",
            date_wanted=date.fromisoformat(school_day(30)),
            pupils=24,
            adults=2,
            level="primary",
            grade=5,
            handled=False,
        )
    )
    yield sent
    delete_committed(ClassVisitRequest.objects.filter(email="an@browser.example.be"))


def download(admin, name):
    admin.get_by_role("button", name="Acties").click()
    with admin.expect_download() as info:
        admin.get_by_role("link", name=name).click()
    return info.value


@pytest.mark.parametrize("export_format", ["CSV", "XLSX"])
def test_bookings_download_requests_that_open_with_labels_and_local_times(
    site_url, staff_browser, accounts, class_visit_request, export_format
):
    bookings = staff_browser(accounts[BOOKINGS])
    bookings.goto(f"{site_url}/admin/snippets/visits/classvisitrequest/")
    expect(bookings.get_by_role("row", name=re.compile("Atheneum Mechelen"))).to_be_visible()
    file = download(bookings, f"Download {export_format}")
    content = Path(file.path()).read_bytes()
    if export_format == "CSV":
        # What Excel in Belgium opens in columns, accents intact: a byte-order mark, semicolons.
        assert content.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    else:
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    cells = dict(zip(rows[0], rows[1], strict=True))
    assert cells["School"] == "Atheneum Mechelen"
    assert cells["Niveau"] == "Lager onderwijs"  # a label, not the code "primary"
    assert cells["Afgehandeld"] == "nee"  # not False
    local = class_visit_request.created_at.astimezone(TZ).strftime("%Y-%m-%d %H:%M")
    received = cells["Ontvangen op"]  # a date-time cell in the spreadsheet, text in the CSV
    if isinstance(received, datetime):
        assert received.tzinfo is None and received.second == 0  # as Excel shows it
        received = received.strftime("%Y-%m-%d %H:%M")
    assert received == local  # Belgian time, to the minute
