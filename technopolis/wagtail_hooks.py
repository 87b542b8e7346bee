"""Admin: alerts as snippets, the core's panel on the admin home (technopolis/dashboard.py) and
the editors' content checks (technopolis/content_checks.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .alerts import Alert
from .content_checks import use_link_text_checker
from .dashboard import WorkPanel
from .drafts import remember_autosave
from .snippet_views import LiveSnippetViewSet
from .translation_drafts import submit_translation_draft


class AlertViewSet(LiveSnippetViewSet):
    model = Alert
    icon = "warning"
    menu_label = _("Alerts")
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["__str__", "starts_at", "ends_at", "priority"]
    list_filter = ["priority"]


register_snippet(AlertViewSet)


@hooks.register("construct_homepage_panels")
def add_work_panel(request, panels):
    panels.append(WorkPanel(request))


# Work waiting for this person comes first: the moderator's "Awaiting your review" sat last,
# 1,200 px down, under the summaries. (The panels a role cannot act on are not shown at all.)
FIRST_PANELS = ("workflow_objects_to_moderate", "user_objects_in_workflow_moderation")


@hooks.register("construct_homepage_panels", order=100)
def put_own_work_first(request, panels):
    for panel in panels:
        if getattr(panel, "name", "") in FIRST_PANELS:
            panel.order = FIRST_PANELS.index(panel.name)


hooks.register("construct_wagtail_userbar", use_link_text_checker)
hooks.register("after_edit_page", remember_autosave)


@hooks.register("construct_reports_menu")
def translations_report_for_translators(request, menu_items):
    # wagtail-localize shows its report to everyone; the front desk and bookings cannot act on it.
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        report = reverse("wagtail_localize:translations_report")
        menu_items[:] = [item for item in menu_items if item.url != report]


@hooks.register("register_admin_urls")
def translation_draft_urls():
    return [
        path(
            "translation-drafts/<int:translation_id>/submit/",
            submit_translation_draft,
            name="submit_translation_draft",
        )
    ]
