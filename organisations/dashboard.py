"""Admin home: organisation facts counted too long ago to state without checking."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import user_has_any_page_permission

from technopolis.dashboard import LISTED, DashboardPanel

from .models import OrganisationPage

# A count older than this many years is due for a check with the organisation.
STALE_AFTER_YEARS = 2
COUNTED_FACTS = ("member_count", "country_count")


def stale_facts(this_year, limit=LISTED):
    """Organisation pages with a count whose year lies more than STALE_AFTER_YEARS back:
    (total, [(page, [(fact name, year)])])."""
    oldest = this_year - STALE_AFTER_YEARS
    stale = Q()
    for fact in COUNTED_FACTS:
        stale |= Q(**{f"{fact}__isnull": False, f"{fact}_year__lt": oldest})
    pages = OrganisationPage.objects.filter(stale).select_related("locale").order_by("path")
    rows = []
    for page in pages[:limit]:
        facts = [
            (OrganisationPage._meta.get_field(fact).verbose_name, getattr(page, f"{fact}_year"))
            for fact in COUNTED_FACTS
            if getattr(page, fact) is not None and getattr(page, f"{fact}_year") < oldest
        ]
        rows.append((page, facts))
    return pages.count(), rows


class OrganisationFactsPanel(DashboardPanel):
    """Member and country counts whose "as of" year is more than two years back."""

    name = "organisations_stale_facts"
    heading = _("Organisation facts to check")
    template_name = "organisations/admin/stale_facts_panel.html"

    def is_shown(self):
        return user_has_any_page_permission(self.request.user)

    def get_data(self):
        count, rows = stale_facts(timezone.localdate().year)
        return {"count": count, "rows": rows, "years": STALE_AFTER_YEARS}
