"""The admin home's "what needs doing" panels.

Each app adds its own panel through Wagtail's `construct_homepage_panels` hook (the core knows
no app): the core lists pages scheduled to go live or offline, pages missing a translation,
alerts and form submissions awaiting follow-up; visits adds today's opening status and the
next closures; organisations adds facts counted too long ago.
"""

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, Revision, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from .alerts import Alert
from .drafts import Autosave
from .roles import submission_models
from .search import most_missed

LISTED = 10  # rows per list: a dashboard points at work, the full lists live elsewhere


class DashboardPanel(Component):
    """A panel on the admin home; `is_shown` decides per user, the template shows the data."""

    order = 90  # above Wagtail's own panels (workflow 100+, recent edits 250)
    heading = ""

    def __init__(self, request):
        self.request = request

    def is_shown(self):
        return True

    def get_data(self):
        return {}

    def get_context_data(self, parent_context=None):
        return {"panel": self, "request": self.request, **self.get_data()}

    def render_html(self, parent_context=None):
        return super().render_html(parent_context) if self.is_shown() else ""


def scheduled_pages(limit=LISTED):
    """Pages with a revision approved to go live later, soonest first: (page, moment)."""
    revisions = (
        Revision.page_revisions.filter(approved_go_live_at__isnull=False)
        .order_by("approved_go_live_at")
        .select_related("content_type")
    )
    total = revisions.count()
    pages = Page.objects.in_bulk([int(r.object_id) for r in revisions[:limit]])
    rows = [
        (pages[int(r.object_id)], r.approved_go_live_at)
        for r in revisions[:limit]
        if int(r.object_id) in pages
    ]
    return total, rows


def expiring_pages(limit=LISTED):
    """Live pages scheduled to go offline, soonest first."""
    pages = Page.objects.live().filter(expire_at__isnull=False).order_by("expire_at")
    return pages.count(), list(pages[:limit])


def unpublished_drafts(limit=LISTED):
    """Pages with changes a person saved but neither published, scheduled nor in moderation
    (an editing session left with only an autosave is not listed)."""
    in_moderation = WorkflowState.objects.active().filter(
        base_content_type__app_label="wagtailcore", base_content_type__model="page"
    )
    scheduled = Revision.page_revisions.filter(approved_go_live_at__isnull=False)
    handled = {
        int(pk)
        for queryset in (in_moderation, scheduled)
        for pk in queryset.values_list("object_id", flat=True)
    }
    pages = (
        Page.objects.filter(has_unpublished_changes=True)
        .exclude(pk__in=handled)
        .exclude(latest_revision__in=Autosave.objects.values("revision"))
        .select_related("locale")
        .order_by("-latest_revision_created_at")
    )
    return pages.count(), list(pages[:limit])


def missing_translations(limit=LISTED):
    """Pages whose translation key lacks a site language: (page, missing language names).

    The page shown is the one in the default language where it exists.
    """
    locales = {locale.pk: locale for locale in Locale.objects.all()}
    keys = (
        Page.objects.filter(depth__gt=1)
        .values("translation_key")
        .annotate(languages=Count("locale", distinct=True))
        .filter(languages__lt=len(locales))
        .values("translation_key")
    )
    pages = list(
        Page.objects.filter(translation_key__in=keys).order_by("path").select_related("locale")
    )
    present = {}
    for page in pages:
        present.setdefault(page.translation_key, {})[page.locale_id] = page
    default = Locale.get_default().pk
    rows = []
    for found in present.values():
        page = found.get(default) or next(iter(found.values()))
        missing = [locale.get_display_name() for pk, locale in locales.items() if pk not in found]
        rows.append((page, missing))
    rows.sort(key=lambda row: row[0].path)
    return len(rows), rows[:limit]


def _admin_list_url(model):
    """The admin listing of a model registered as a snippet, else ""."""
    viewset = getattr(model, "snippet_viewset", None)
    return reverse(viewset.get_url_name("list")) if viewset else ""


class WorkPanel(DashboardPanel):
    """Pages scheduled to publish or unpublish, missing translations, alerts, submissions."""

    name = "technopolis_work"
    heading = _("What needs doing")
    template_name = "technopolis/admin/work_panel.html"

    def is_shown(self):
        # what the user may see of it: nothing for a role without pages, alerts or forms
        return bool(self.get_data())

    def get_data(self):
        if not hasattr(self, "_data"):
            self._data = self._collect()
        return self._data

    def _collect(self):
        user = self.request.user
        data = {}
        if user_has_any_page_permission(user):
            data["scheduled_count"], data["scheduled"] = scheduled_pages()
            data["expiring_count"], data["expiring"] = expiring_pages()
            data["untranslated_count"], data["untranslated"] = missing_translations()
            data["missed_searches"] = most_missed()
            data["may_promote"] = user.has_perm("wagtailsearchpromotions.add_searchpromotion")
        if PagePermissionPolicy().user_has_permission(user, "publish"):
            data["drafts_count"], data["drafts"] = unpublished_drafts()
        if user.has_perm("technopolis.view_alert"):
            now = timezone.now()
            # an alert and its translations count once
            alerts = Alert.objects.order_by().values("translation_key").distinct()
            data["alerts_now"] = alerts.filter(starts_at__lte=now, ends_at__gt=now).count()
            data["alerts_later"] = alerts.filter(starts_at__gt=now).count()
        # form submissions (technopolis/roles.py): shown once an app defines such a model
        submissions = [
            (
                model._meta.verbose_name_plural,
                model.objects.filter(model.awaiting_follow_up).count(),
                _admin_list_url(model),
            )
            for model in submission_models()
            if user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}")
        ]
        if submissions:
            data["submissions"] = submissions
        return data
