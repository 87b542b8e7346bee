"""The editors' side: staff roles can and cannot, the moderation workflow, scheduled
publishing, previews of every page type and of the header status, the admin home's panels,
and the alert bar's time windows."""

import re
from datetime import UTC, date, datetime, time, timedelta

import pytest
import time_machine
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.db.models import Q
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site, Workflow, WorkflowPage, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation

from technopolis.alerts import Alert, active_alerts
from technopolis.dashboard import missing_translations, scheduled_pages, unpublished_drafts
from technopolis.models import ContentPage
from technopolis.roles import (
    BOOKINGS,
    EDITORS,
    FRONT_DESK,
    MODERATORS,
    ROLES,
    TRANSLATORS,
    WORKFLOW_NAME,
    role_models,
    setup_roles,
    submission_models,
)
from visits.opening_hours.admin_views import MomentForm
from visits.opening_hours.hours import TZ

from .factories import ContentPageFactory, ImageFactory, in_every_language, translate_snippet
from .factories.international import OrganisationPageFactory
from .factories.offers import TicketPriceFactory
from .factories.opening_hours import BuildingFactory, OpeningExceptionFactory
from .factories.staff import AlertFactory, pages_of_every_kind, staff_users
from .helpers import elements

pytestmark = pytest.mark.django_db

YEAR = timezone.localdate().year + 1


def at(day, hour, minute=0):
    return datetime.combine(day, time(hour, minute), tzinfo=TZ)


@pytest.fixture
def staff(site):
    """One user per role, the roles set up on the site's home pages as an install does."""
    setup_roles()
    return staff_users()


@pytest.fixture
def about(site):
    """A content page below the home page, in every language: {code: page}."""
    page = ContentPageFactory(
        parent=site["nl"],
        title="Over ons",
        lead="Technopolis is het Vlaamse doe-centrum voor wetenschap en technologie.",
    )
    pages = in_every_language(
        page,
        fr={"title": "À propos", "slug": "a-propos", "lead": "Qui nous sommes."},
        en={
            "title": "About us",
            "slug": "about-us",
            "lead": "Technopolis is one of the hands-on science centres of Europe.",
        },
    )
    for translation in pages.values():
        translation.refresh_from_db()  # as published
    return pages


def client_for(client, user):
    client.force_login(user)
    return client


# Roles ------------------------------------------------------------------------------------


def test_setup_roles_is_repeatable_and_replaces_wagtails_root_permissions(site):
    setup_roles()
    setup_roles()
    for name in (EDITORS, MODERATORS):
        group = Group.objects.get(name=name)
        depths = set(group.page_permissions.values_list("page__depth", flat=True))
        assert depths == {2}, name  # the home pages, not the tree root
    homes = {page.pk for page in site.values()}
    covered = set(WorkflowPage.objects.filter(page__depth=2).values_list("page_id", flat=True))
    assert covered == set(Page.objects.filter(depth=2).values_list("pk", flat=True)) >= homes
    # One workflow, named for Dutch-speaking staff, also for a language's home added later.
    assert list(Workflow.objects.filter(active=True).values_list("name", flat=True)) == [
        WORKFLOW_NAME
    ]
    assert WorkflowPage.objects.get(page__depth=1).workflow.name == WORKFLOW_NAME


def test_editors_write_pages_and_submit_but_do_not_publish(staff, about):
    editor = staff[EDITORS]
    perms = about["nl"].permissions_for_user(editor)
    assert perms.can_edit()
    assert perms.can_add_subpage()
    assert not perms.can_publish()
    assert not perms.can_unpublish()
    assert editor.has_perm("technopolis.add_alert")
    assert editor.has_perm("organisations.change_person")
    assert not editor.has_perm("technopolis.change_sitesettings")
    assert not editor.has_perm("visits.change_venue")


def test_moderators_publish_and_manage_site_settings(staff, about):
    moderator = staff[MODERATORS]
    perms = about["fr"].permissions_for_user(moderator)
    assert perms.can_publish()
    assert perms.can_unpublish()
    assert moderator.has_perm("technopolis.change_sitesettings")
    assert moderator.has_perm("wagtailredirects.add_redirect")
    assert not moderator.has_perm("visits.change_venue")
    assert not moderator.has_perm("auth.change_user")


def test_translators_translate_without_structural_changes(staff, about):
    translator = staff[TRANSLATORS]
    page = about["en"]
    perms = page.permissions_for_user(translator)
    assert perms.can_edit()
    assert translator.has_perm("wagtail_localize.submit_translation")
    assert translator.has_perm("organisations.change_person")
    assert not perms.can_add_subpage()
    assert not perms.can_delete()
    assert not perms.can_move()
    assert not perms.can_publish()
    assert not translator.has_perm("organisations.add_person")


def test_translator_translates_a_page_through_wagtail_localize(client, staff, about):
    about = about["nl"]
    only_dutch = about.add_child(instance=ContentPage(title="Nieuwe tentoonstelling", slug="nt"))
    french = Locale.objects.get(language_code="fr")
    client_for(client, staff[TRANSLATORS])
    response = client.post(
        f"/admin/localize/submit/page/{only_dutch.pk}/", {"locales": [french.pk]}
    )
    assert response.status_code == 302
    translated = only_dutch.get_translation(french)
    editor = client.get(f"/admin/pages/{translated.pk}/edit/")
    assert editor.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in editor.templates]


def test_a_translator_saves_a_draft_and_submits_it_and_a_moderator_publishes_it(
    client, staff, about
):
    about = about["nl"]
    only_dutch = about.add_child(instance=ContentPage(title="Nieuwe tentoonstelling", slug="nt"))
    only_dutch.save_revision().publish()
    french = Locale.objects.get(language_code="fr")
    client_for(client, staff[TRANSLATORS])
    client.post(f"/admin/localize/submit/page/{only_dutch.pk}/", {"locales": [french.pk]})
    translated = only_dutch.get_translation(french)
    translation = Translation.objects.get(
        source__object_id=only_dutch.translation_key, target_locale=french
    )
    submit = reverse("submit_translation_draft", args=[translation.pk])
    editor = client.get(f"/admin/pages/{translated.pk}/edit/").content.decode()
    assert f'action="{submit}"' in editor
    # converting to an alias throws the translation away: not the translator's to do
    alias = client.post(f"/admin/localize/page/{translated.pk}/convert_to_alias/")
    assert alias.status_code == 403
    response = client.post(submit)
    assert response.status_code == 302
    translated.refresh_from_db()
    assert not translated.live and translated.has_unpublished_changes
    state = translated.current_workflow_state
    assert state is not None and state.status == state.STATUS_IN_PROGRESS
    # the moderator approves: the translation goes live
    state.current_task_state.task.specific.on_action(
        state.current_task_state, staff[MODERATORS], "approve"
    )
    translated.refresh_from_db()
    assert translated.live


def test_front_desk_schedules_an_alert_in_the_admin(client, staff):
    client_for(client, staff[FRONT_DESK])
    response = client.post(
        "/admin/snippets/technopolis/alert/add/?locale=nl",
        {
            "text": "Vandaag sluit de buitenexpo om 15:00",
            "starts_at": "2030-05-04 09:00",
            "ends_at": "2030-05-04 15:00",
            "priority": "2",
            "link_page": "",
            "link_url": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    alert = Alert.objects.get()
    assert alert.starts_at == datetime(2030, 5, 4, 9, tzinfo=TZ)
    assert alert.locale.language_code == "nl"
    # kept as a revision: the history says who wrote it, and when
    assert alert.latest_revision.user == staff[FRONT_DESK]
    history = client.get(f"/admin/snippets/technopolis/alert/history/{alert.pk}/")
    assert history.status_code == 200
    assert staff[FRONT_DESK].get_username() in history.content.decode()


def test_front_desk_translates_an_alert_whose_moments_follow_the_dutch_one(client, staff):
    ten = at(date(YEAR, 5, 4), 10)
    dutch = Alert.objects.create(
        text="De buitenexpo is gesloten",
        locale=Locale.objects.get(language_code="nl"),
        starts_at=ten,
        ends_at=ten + timedelta(hours=2),
    )
    french = Locale.objects.get(language_code="fr")
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["technopolis", "alert", dutch.pk]
    )
    client_for(client, staff[FRONT_DESK])
    assert client.post(url, {"locales": [french.pk]}).status_code == 302
    translation = Alert.objects.get(translation_key=dutch.translation_key, locale=french)
    dutch.ends_at = ten + timedelta(hours=4)
    dutch.save()
    translation.refresh_from_db()
    assert translation.ends_at == ten + timedelta(hours=4)


def test_price_lists_and_opening_hours_keep_who_changed_them(client, staff, admin_user):
    """Prices and hours decide what visitors pay and when they find the door open: each save
    is a revision with its author, so staff can see who changed what and when."""
    rows = {"visits/ticketprice": TicketPriceFactory(), "visits/venue": BuildingFactory()}
    for url, row in rows.items():
        assert (
            client_for(client, admin_user)
            .get(f"/admin/snippets/{url}/history/{row.pk}/")
            .status_code
            == 200
        )
        revision = row.save_revision(user=admin_user)
        assert row.revisions.first() == revision
        # no autosave: without drafts it would write the live row while someone types
        edit = client.get(f"/admin/snippets/{url}/edit/{row.pk}/")
        assert edit.status_code == 200 and edit.context["autosave_enabled"] is False
        assert revision.user == admin_user and revision.content["pk"] == row.pk


def test_front_desk_edits_hours_and_alerts_but_no_pages(client, staff, about):
    desk = staff[FRONT_DESK]
    assert desk.has_perm("visits.change_venue")
    assert desk.has_perm("technopolis.add_alert")
    assert not user_has_any_page_permission(desk)
    client_for(client, desk)
    assert client.get("/admin/snippets/visits/venue/").status_code == 200
    assert client.get("/admin/snippets/technopolis/alert/add/").status_code == 200
    venue = BuildingFactory()
    assert client.get(f"/admin/snippets/visits/venue/edit/{venue.pk}/").status_code == 200
    # the notice page of a closure and the link of an alert are chosen from the page tree
    assert client.get("/admin/choose-page/").status_code == 200
    page = about["nl"]
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code in (302, 403)


def test_bookings_reach_the_admin_but_no_content(client, staff):
    bookings = staff[BOOKINGS]
    assert bookings.has_perm("wagtailadmin.access_admin")
    assert not user_has_any_page_permission(bookings)
    assert not bookings.has_perm("visits.change_venue")
    assert not bookings.has_perm("technopolis.add_alert")
    client_for(client, bookings)
    home = client.get("/admin/")
    assert home.status_code == 200
    # the work panel holds only the form submissions, once an app defines them
    shows_work = 'id="technopolis_work' in home.content.decode()
    assert shows_work == bool(submission_models())
    assert client.get("/admin/snippets/technopolis/alert/").status_code in (302, 403)


def test_bookings_follow_up_whatever_model_declares_submissions(client, staff, monkeypatch):
    """The forms belong to the visits app: any model declaring `awaiting_follow_up` is one
    (technopolis/roles.py). A model of the core that is none stands in for one here."""
    from technopolis.search import MissedSearch

    monkeypatch.setattr(MissedSearch, "awaiting_follow_up", Q(count__gt=1), raising=False)
    setup_roles()
    bookings = get_user_model().objects.get(pk=staff[BOOKINGS].pk)  # no cached permissions
    assert bookings.has_perm("technopolis.view_missedsearch")
    assert bookings.has_perm("technopolis.change_missedsearch")
    assert not bookings.has_perm("technopolis.delete_missedsearch")
    assert (
        not get_user_model()
        .objects.get(pk=staff[EDITORS].pk)
        .has_perm("technopolis.change_missedsearch")
    )
    today = timezone.localdate()
    MissedSearch.objects.create(query="raket", language="nl", day=today, count=3)
    MissedSearch.objects.create(query="komeet", language="nl", day=today, count=1)
    body = client_for(client, bookings).get("/admin/").content.decode()
    assert re.search(r": 1 nog op te volgen", body)  # the admin in the default language


# Workflow ---------------------------------------------------------------------------------


def test_editor_submits_and_moderator_approves(client, staff, about):
    editor, moderator = staff[EDITORS], staff[MODERATORS]
    page = about["nl"]
    workflow = page.get_workflow()
    assert workflow.name == WORKFLOW_NAME

    page.title = "Over Technopolis (nieuw)"
    revision = page.save_revision(user=editor)
    state = workflow.start(page, editor)
    task_state = state.current_task_state
    task = task_state.task.specific
    assert "approve" not in [action[0] for action in task.get_actions(page, editor)]
    assert "approve" in [action[0] for action in task.get_actions(page, moderator)]

    client_for(client, moderator)
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.title == "Over Technopolis (nieuw)"
    assert page.live_revision_id == revision.pk


def test_moderator_approval_is_not_open_to_editors(client, staff, about):
    page = about["fr"]
    page.save_revision(user=staff[EDITORS])
    state = page.get_workflow().start(page, staff[EDITORS])
    client_for(client, staff[EDITORS])
    client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{state.current_task_state.pk}/",
        {"comment": ""},
    )
    state.refresh_from_db()
    assert state.status == state.STATUS_IN_PROGRESS
    assert page.live_revision_id != page.latest_revision_id


def test_page_editor_offers_submit_to_editors_and_publish_to_moderators(client, staff, about):
    page = about["nl"]
    editor_html = client_for(client, staff[EDITORS]).get(f"/admin/pages/{page.pk}/edit/")
    assert b'name="action-submit"' in editor_html.content
    assert b'name="action-publish"' not in editor_html.content
    client.logout()
    moderator_html = client_for(client, staff[MODERATORS]).get(f"/admin/pages/{page.pk}/edit/")
    assert b'name="action-publish"' in moderator_html.content


# Scheduled publishing ---------------------------------------------------------------------


def test_publish_scheduled_puts_a_page_live_by_the_next_minute(about):
    page = about["nl"]
    parent = page.get_parent()
    ten = at(date(YEAR, 3, 2), 10)
    with time_machine.travel(ten - timedelta(hours=1), tick=False):
        draft = parent.add_child(
            instance=ContentPage(title="Nieuwe expo", slug="nieuwe-expo", live=False)
        )
        draft.go_live_at = ten
        draft.save_revision().publish()  # with go_live_at ahead: scheduled, not published
        draft.refresh_from_db()
        assert not draft.live
        assert scheduled_pages()[0] == 1
    with time_machine.travel(ten - timedelta(minutes=1), tick=False):
        call_command("publish_scheduled", verbosity=0)
        draft.refresh_from_db()
        assert not draft.live
    with time_machine.travel(ten + timedelta(minutes=1), tick=False):
        call_command("publish_scheduled", verbosity=0)
        draft.refresh_from_db()
        assert draft.live
        assert scheduled_pages()[0] == 0


def test_publish_scheduled_takes_a_page_offline_at_its_expiry(about):
    page = about["nl"]
    noon = at(date(YEAR, 3, 2), 12)
    page.expire_at = noon
    page.save_revision().publish()
    with time_machine.travel(noon - timedelta(minutes=1), tick=False):
        call_command("publish_scheduled", verbosity=0)
        page.refresh_from_db()
        assert page.live
    with time_machine.travel(noon + timedelta(minutes=1), tick=False):
        call_command("publish_scheduled", verbosity=0)
        page.refresh_from_db()
        assert not page.live
        assert page.expired


# Previews ---------------------------------------------------------------------------------


@pytest.fixture
def one_page_per_type(site):
    return pages_of_every_kind(site["nl"])


def test_every_page_type_previews_in_the_admin(admin_client, one_page_per_type):
    pages = one_page_per_type
    assert {type(p).__name__ for p in pages} >= {
        "HomePage",
        "ContentPage",
        "AudiencePage",
        "OpeningHoursPage",
        "OrganisationPage",
        "DeclarationPage",
    }
    for page in pages:
        page.save_revision()  # a draft to preview
        response = admin_client.get(f"/admin/pages/{page.pk}/view_draft/")
        assert response.status_code == 200, type(page).__name__
        assert escape(page.title) in response.content.decode(), type(page).__name__


def test_every_page_type_previews_inside_the_editors_side_panel(rf, admin_user, one_page_per_type):
    """The side panel frames the preview (and its Checks panel reads it): Wagtail renders a
    preview through the whole middleware chain at the page's own address, where the public
    site forbids framing, so it came out blank with "refused to connect"."""
    admin_request = rf.get("/admin/")
    admin_request.user = admin_user
    for page in one_page_per_type:
        response = page.make_preview_request(admin_request, page.default_preview_mode)
        name = type(page).__name__
        assert response.status_code == 200, name
        assert "frame-ancestors" not in response.get("Content-Security-Policy", ""), name
        assert response["X-Frame-Options"] == "SAMEORIGIN", name
        assert escape(page.title) in response.content.decode(), name


def test_translate_this_page_makes_a_draft_a_moderator_publishes(
    admin_user, django_capture_on_commit_callbacks, about
):
    """wagtail-localize's default made a translation of a live page live at once ("Translate
    this page" → French live 0.2 s later, Dutch text under lang="fr", in the sitemap)."""
    from wagtail_localize.operations import translate_object

    parent = about["nl"].get_parent()
    page = ContentPage(title="Nieuwe pagina", slug="nieuwe-pagina")
    parent.add_child(instance=page)
    page.save_revision().publish()
    french = Locale.objects.get(language_code="fr")
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(page, [french], user=admin_user)  # what "Translate this page" runs
    translation = page.get_translation(french)
    assert not translation.live
    assert translation.has_unpublished_changes
    assert Client().get(translation.get_url()).status_code == 404
    assert translation.url_path not in Client().get("/sitemap.xml").content.decode()


def test_a_save_after_approval_that_changes_nothing_leaves_no_draft(about):
    """Wagtail 8's editor autosaves once more after a moderator's approval."""
    page = about["en"]
    page.save_revision().publish()
    page.save_revision(changed=True)  # the autosave: the content just published
    page.refresh_from_db()
    assert not page.has_unpublished_changes
    assert page.pk not in [p.pk for p in unpublished_drafts(limit=1000)[1]]
    page.title = "About us, changed"
    page.save_revision(changed=True)
    page.refresh_from_db()
    assert page.has_unpublished_changes
    assert page.pk in [p.pk for p in unpublished_drafts(limit=1000)[1]]


@pytest.mark.parametrize("words", ["wetenschap", "science centres", "demonstraties"])
def test_admin_search_finds_pages_by_the_words_in_their_text(admin_client, about, words):
    """The admin's page search autocompletes, which matched titles only."""
    ContentPageFactory(
        parent=about["nl"], title="Shows", lead="Elke dag live demonstraties met vuur en ijs."
    )
    response = admin_client.get("/admin/pages/search/", {"q": words})
    assert response.status_code == 200
    found = response.context["pages"]
    assert found, words
    assert any(words.split()[0] not in page.title.lower() for page in found), words


def test_status_preview_shows_the_header_on_a_closure_day(client, staff):
    day = date(YEAR, 1, 1)
    OpeningExceptionFactory(start_date=day, reason_nl="Nieuwjaar", reason_fr="Nouvel An")
    client_for(client, staff[FRONT_DESK])
    response = client.get("/admin/opening-status/", {"day": day.isoformat(), "time": "12:00"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "Vandaag gesloten" in body
    assert "Fermé aujourd" in body
    assert "Closed today" in body


def test_status_preview_loads_its_date_and_time_pickers(client, staff):
    client_for(client, staff[FRONT_DESK])
    html = client.get(reverse("visits_status_preview")).content.decode()
    for script in MomentForm().media._js:
        assert script in html, script


def test_status_preview_is_for_those_who_edit_hours(client, staff):
    client_for(client, staff[EDITORS])
    assert client.get("/admin/opening-status/").status_code in (302, 403)


# Dashboard --------------------------------------------------------------------------------


def test_dashboard_counts_missing_translations(about):
    before, _rows = missing_translations(limit=100)
    about = about["nl"]
    only_dutch = about.add_child(instance=ContentPage(title="Alleen Nederlands", slug="alleen-nl"))
    count, rows = missing_translations(limit=100)
    assert count == before + 1
    missing = {page.pk: names for page, names in rows}[only_dutch.pk]
    assert len(missing) == 2


def test_dashboard_lists_drafts_outside_moderation_for_publishers(client, staff, about):
    before, _rows = unpublished_drafts(limit=100)
    translated = about["fr"]
    translated.title = "Mission et vision (brouillon)"
    translated.save_revision(user=staff[TRANSLATORS])
    count, rows = unpublished_drafts(limit=100)
    assert count == before + 1
    assert translated.pk in [page.pk for page in rows]
    translated.get_workflow().start(translated, staff[TRANSLATORS])
    assert unpublished_drafts(limit=100)[0] == before  # in moderation: on "Awaiting review"
    moderator_home = client_for(client, staff[MODERATORS]).get("/admin/").content.decode()
    assert re.search(r"concepten? wachten? op publicatie", moderator_home)
    client.logout()
    editor_home = client_for(client, staff[EDITORS]).get("/admin/").content.decode()
    assert not re.search(r"concepten? wachten? op publicatie", editor_home)


def test_an_editing_session_left_with_an_autosave_is_no_draft_waiting(rf, staff, about):
    """Wagtail 8's editor saves by itself while someone types; leaving without "Save draft"
    keeps the text for next time but puts nothing on the publishers' list."""
    editor = staff[EDITORS]
    page = about["nl"]
    before, _rows = unpublished_drafts(limit=100)

    def edit(accept):
        page.title = f"Over Technopolis ({accept})"
        page.save_revision(user=editor)
        request = rf.post(page.url, HTTP_ACCEPT=accept)
        for hook in hooks.get_hooks("after_edit_page"):
            hook(request, page)

    edit("application/json")  # the autosave
    assert unpublished_drafts(limit=100)[0] == before
    edit("text/html,application/xhtml+xml")  # the editor presses "Save draft"
    count, rows = unpublished_drafts(limit=100)
    assert count == before + 1 and page.pk in [row.pk for row in rows]


def test_dashboard_counts_stale_organisation_facts(site):
    from organisations.dashboard import stale_facts

    this_year = 2030
    page = OrganisationPageFactory(parent__parent=site["nl"])
    page.member_count, page.member_count_year = 600, this_year - 3
    page.country_count = page.country_count_year = None
    page.save()
    before, rows = stale_facts(this_year, limit=100)
    assert [[year for _name, year in facts] for p, facts in rows if p.pk == page.pk] == [[2027]]
    page.member_count_year = this_year - 2  # within two years: fine
    page.save()
    count, rows = stale_facts(this_year, limit=100)
    assert count == before - 1
    assert page.pk not in [p.pk for p, _facts in rows]


def test_a_moderators_home_starts_with_what_awaits_review(client, staff, about):
    page = about["fr"]
    page.save_revision(user=staff[EDITORS])
    page.get_workflow().start(page, staff[EDITORS])
    body = client_for(client, staff[MODERATORS]).get("/admin/").content.decode()
    awaiting = body.index('id="awaiting-review-section"')
    assert awaiting < body.index('id="technopolis_work')
    assert awaiting < body.index('id="visits_opening_hours')


def test_admin_home_shows_the_panels(admin_client, staff, about):
    about["nl"].add_child(instance=ContentPage(title="Alleen Nederlands", slug="alleen-nl"))
    body = admin_client.get("/admin/").content.decode()
    for panel in ("technopolis_work", "visits_opening_hours", "organisations_stale_facts"):
        assert f'id="{panel}' in body, panel
    assert re.search(r"\d+ pagina('s)? (mist|missen) een vertaling", body)
    assert "Alleen Nederlands" in body


def test_front_desk_home_shows_hours_not_page_work(client, staff):
    OpeningExceptionFactory(reason_nl="jaarlijkse schoonmaak")
    body = client_for(client, staff[FRONT_DESK]).get("/admin/").content.decode()
    assert "Volgende sluitingen en aangepaste uren" in body
    assert "jaarlijkse schoonmaak" in body
    assert not re.search(r"(mist|missen) een vertaling", body)
    assert 'id="organisations_stale_facts' not in body
    assert "Meldingen beheren" in body


def test_the_translations_report_sends_visitors_to_log_in(client):
    report = client.get(reverse("wagtail_localize:translations_report"))
    assert report.status_code == 302 and "/admin/login/" in report["Location"]


# The front desk translates its own alerts, so the report of what awaits translation is theirs
# too; bookings staff translate nothing.
@pytest.mark.parametrize(
    ("role", "shown"), [(FRONT_DESK, True), (BOOKINGS, False), (TRANSLATORS, True)]
)
def test_the_translations_report_is_in_the_menu_of_those_who_translate(client, staff, role, shown):
    body = client_for(client, staff[role]).get("/admin/").content.decode()
    report = reverse("wagtail_localize:translations_report")
    assert (report in body) is shown
    assert client.get(report).status_code == (200 if shown else 403)


# Alerts -----------------------------------------------------------------------------------


class FakeRequest:
    pass


def alert(start, end, **kwargs):
    """An alert in Dutch, translated into English (not French)."""
    dutch = AlertFactory(text="De buitenexpo is gesloten", starts_at=start, ends_at=end, **kwargs)
    translate_snippet(dutch, "en", text="The outdoor expo is closed")
    return dutch


def test_alert_shows_only_within_its_window_and_bounds_the_cache():
    ten, noon = at(date(YEAR, 5, 4), 10), at(date(YEAR, 5, 4), 12)
    alert(ten, noon)
    from django.utils import translation

    with translation.override("nl"):
        for moment, shown, expires in [
            (ten - timedelta(minutes=1), False, ten),
            (ten, True, noon),
            (noon - timedelta(seconds=1), True, noon),
            (noon, False, None),
        ]:
            request = FakeRequest()
            with time_machine.travel(moment, tick=False):
                found = active_alerts(request)
            assert bool(found) is shown, moment
            assert getattr(request, "content_expires_at", None) == expires, moment


def test_alert_bar_on_public_pages_in_its_languages(client, about):
    ten, noon = at(date(YEAR, 5, 4), 10), at(date(YEAR, 5, 4), 12)
    alert(ten, noon, link_page=about["nl"], priority=Alert.Priority.URGENT)
    with time_machine.travel(ten + timedelta(minutes=30), tick=False):
        nl = client.get("/nl/").content.decode()
        fr = client.get("/fr/").content.decode()
        en = client.get("/en/").content.decode()
    assert "De buitenexpo is gesloten" in nl
    assert elements(nl, "p", class_="alert-bar__item--urgent")
    assert f'href="{about["nl"].url}"' in nl
    assert f'href="{about["en"].url}"' in en  # linked in the page language
    assert "alert-bar" not in fr  # no French text: not shown on French pages
    assert nl.index("alert-bar") < nl.index("site-header")


def test_cached_page_expires_when_the_alert_starts(client, site):
    ten = at(date(YEAR, 5, 4), 10)
    alert(ten, ten + timedelta(hours=2))
    with time_machine.travel(ten - timedelta(seconds=30), tick=False):
        response = client.get("/nl/")
    assert "alert-bar" not in response.content.decode()
    max_age = int(re.search(r"s-maxage=(\d+)", response["Cache-Control"]).group(1))
    assert max_age <= 30


def test_alert_bar_reads_no_database_once_cached(client):
    ten = at(date(YEAR, 5, 4), 10)
    alert(ten, ten + timedelta(hours=2))
    from django.utils import translation

    with translation.override("nl"), time_machine.travel(ten + timedelta(minutes=1), tick=False):
        active_alerts(FakeRequest())
        with CaptureQueriesContext(connection) as queries:
            assert active_alerts(FakeRequest())
    assert len(queries) == 0


def test_alert_validation():
    from django.core.exceptions import ValidationError

    now = datetime(YEAR, 1, 1, tzinfo=UTC)
    with pytest.raises(ValidationError) as error:
        Alert(starts_at=now, ends_at=now, link_url="https://example.org").full_clean()
    assert set(error.value.message_dict) >= {"text", "ends_at"}


def test_saving_an_alert_purges_every_live_page_from_the_proxy(settings, about):
    settings.WAGTAILFRONTENDCACHE = {"proxy": {"BACKEND": "tests.test_editors.RecordingBackend"}}
    RecordingBackend.urls = []
    ten = at(date(YEAR, 5, 4), 10)
    alert(ten, ten + timedelta(hours=2))
    purged = set(RecordingBackend.urls)
    assert f"{Site.objects.get(is_default_site=True).root_url}/fr/" in purged
    assert any(url.endswith(about["en"].url) for url in purged)


class RecordingBackend(BaseBackend):
    urls = []

    def purge(self, url):
        RecordingBackend.urls.append(url)


def test_alert_bar_adds_no_query_to_a_page_once_alerts_are_cached(client, about):
    ten = at(date(YEAR, 5, 4), 10)
    privacy = ContentPageFactory(parent=about["nl"].get_parent(), title="Privacy")
    first, second = about["nl"].url, privacy.url

    def queries_for_second_page():
        with time_machine.travel(ten + timedelta(minutes=1), tick=False):
            client.get(first)  # fills the caches shared by every page
            client.get(second, {"route": 1})  # and keeps the route to this one
            with CaptureQueriesContext(connection) as queries:
                response = client.get(second, {"uncached": 1})
        return len(queries), response.content.decode()

    without, body = queries_for_second_page()
    assert "alert-bar" not in body
    alert(ten, ten + timedelta(hours=2), link_page=about["nl"])
    with_alert, body = queries_for_second_page()
    assert "alert-bar" in body
    assert with_alert == without


def test_bookings_list_and_export_every_submission_model(client, staff):
    models = [m for m in submission_models() if getattr(m, "snippet_viewset", None)]
    if not models:
        pytest.skip("no form-submission model is registered in the admin yet")
    client_for(client, staff[BOOKINGS])
    for model in models:
        viewset = model.snippet_viewset
        listing = reverse(viewset.get_url_name("list"))
        assert client.get(listing).status_code == 200, listing
        export = client.get(listing, {"export": "csv"})
        assert export.status_code == 200, listing
        assert export["Content-Type"].startswith("text/csv")
        assert not staff[BOOKINGS].has_perm(
            f"{model._meta.app_label}.delete_{model._meta.model_name}"
        )


def test_requests_come_from_visitors_forms_only(admin_client):
    """What the public sent is followed up, not typed in: even a superuser has no add form
    (it showed "None" in every read-only field)."""
    for model in submission_models():
        viewset = model.snippet_viewset
        assert admin_client.get(reverse(viewset.get_url_name("add"))).status_code in (302, 403)
        listing = admin_client.get(reverse(viewset.get_url_name("list"))).content.decode()
        assert reverse(viewset.get_url_name("add")) not in listing


def test_every_snippet_in_the_admin_belongs_to_a_role():
    """A new snippet model must join a role (technopolis/roles.py), or no staff can edit it."""
    names = {role.name for role in ROLES}
    for config in apps.get_app_configs():
        assert set(getattr(config, "staff_roles", {})) <= names, config.label  # no typo
    covered = {label for role in ROLES for label in role_models(role)} | {
        model._meta.label_lower for model in submission_models()
    }
    missing = {
        model._meta.label_lower
        for model in get_snippet_models()
        if model._meta.app_label in {"technopolis", "organisations", "declarations", "visits"}
    } - covered
    assert not missing


def _body_blocks():
    """Every block an editor picks from a page's block picker (a StreamField of one block type
    has no picker: "+" inserts that block), by model and field."""
    found = {}
    for model in get_page_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField) and len(field.stream_block.child_blocks) > 1:
                for name, block in field.stream_block.child_blocks.items():
                    found[f"{model.__name__}.{field.name}.{name}"] = block
    return found


def test_every_block_in_the_picker_has_a_description_and_a_preview_in_the_sites_styles(
    admin_client,
):
    blocks = _body_blocks()
    assert len(blocks) >= 15
    for where, block in blocks.items():
        assert block.meta.description, where
        assert block.is_previewable, where
        response = admin_client.get(
            reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
        )
        assert response.status_code == 200, where
        html = response.content.decode()
        assert "/static/css/site" in html, where
        assert f"block-{block.name}" in html, where


def test_the_image_blocks_preview_shows_a_photograph(admin_client):
    ImageFactory(title="Raket op het dak", description="Een rode raket op het dak.")
    block = ContentPage.body.field.stream_block.child_blocks["image"]
    html = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    ).content.decode()
    assert "<img" in html and 'alt=""' not in html
