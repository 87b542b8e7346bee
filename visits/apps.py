from django.apps import AppConfig

from technopolis.role_names import ALL, EDITORS, FRONT_DESK, MODERATORS

OFFERS = {"ticketprice": ALL, "eventspace": ALL, "eventpackage": ALL}


class VisitsConfig(AppConfig):
    # Who edits this app's snippets (technopolis/roles.py); Bookings follow up the requests
    # visitors send (any model with `awaiting_follow_up`).
    staff_roles = {EDITORS: OFFERS, MODERATORS: OFFERS, FRONT_DESK: {"venue": ALL}}
    name = "visits"
    site_content = True  # its rows are what visitors see (technopolis/cache.py)

    def ready(self):
        from technopolis.search import reindex_on_change

        # Registered on import: the signals that drop cached opening hours when they are
        # edited (schedule) and what the pages' templates get (technopolis/page_context.py).
        from .offers import programmes  # noqa: F401
        from .opening_hours import calendar, schedule  # noqa: F401
        from .opening_hours.models import OpeningException, OpeningHoursPage

        reindex_on_change(OpeningException, lambda exception: OpeningHoursPage.objects.all())
