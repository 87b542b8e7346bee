"""Translators finish a translation without publishing it.

wagtail-localize's editor saves each translated string as it is typed and offers one button
to put them into the page: "Publish", to those who may publish. Translators may not, so
their only button was "Convert to alias", which throws the translation away. Here they get
"Save draft and submit for review": the translation goes into a draft of the page, which
enters the page's moderation workflow; a moderator's approval publishes it. Converting a
translation to an alias is kept for those who may publish.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page
from wagtail_localize.models import Translation


def _target_page(translation):
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise PermissionDenied
    return page.specific


@require_POST
def submit_translation_draft(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = _target_page(translation)
    perms = page.permissions_for_user(request.user)
    if not perms.can_edit():
        raise PermissionDenied
    translation.save_target(user=request.user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    workflow = page.get_workflow()
    if workflow and perms.can_submit_for_moderation() and not page.workflow_in_progress:
        workflow.start(page, request.user)
        messages.success(request, _("Saved as a draft and submitted for review."))
    else:
        messages.success(request, _("Saved as a draft."))
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}):
        back = f"/admin/pages/{page.pk}/edit/"
    return redirect(back)


class TranslationGuardMiddleware:
    """Converting a translation to an alias discards it: only for those who may publish. The
    translations report is for those who translate (the front desk and bookings cannot act on
    it; its menu item is hidden from them in wagtail_hooks.py)."""

    REPORTS = (
        "wagtail_localize:translations_report",
        "wagtail_localize:translations_report_results",
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        name = request.resolver_match.view_name
        if name in self.REPORTS:
            user = request.user  # Wagtail sends those not logged in to the login page
            if user.is_authenticated and not user.has_perm("wagtail_localize.submit_translation"):
                raise PermissionDenied
        if name != "wagtail_localize:convert_to_alias":
            return None
        page = get_object_or_404(Page, pk=view_kwargs.get("page_id"))
        if not page.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
        return None
