"""Build the whole demo site from the structured data in the repository. Safe to run again.

Each project app contributes its part through `<app>.demo.load(loader)`: the audiences
(visits) right below the home pages, so they lead the menu; then the core pages; then the
international section's apps, which build below the core's International page.
"""

import logging
from contextlib import contextmanager
from importlib import import_module
from importlib.util import find_spec
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page, Site

from technopolis.demo import content, promotions, redirects
from technopolis.demo.images import EMBLEM_ALT, ensure_image
from technopolis.demo.loader import DemoLoader
from technopolis.models import SiteSettings
from technopolis.roles import BOOKINGS, EDITORS, FRONT_DESK, MODERATORS, TRANSLATORS

# The main destinations in the header, by demo key, in order.
HEADER_DESTINATIONS = [
    "opening-hours",
    "tickets",
    "whats-on",
    "plan-your-visit",
    "audience-teacher",
    "audience-events",
    "international",
]

# One demo account per staff role (technopolis/roles.py), given the admin's password.
DEMO_USERS = {
    "editor": EDITORS,
    "moderator": MODERATORS,
    "translator": TRANSLATORS,
    "frontdesk": FRONT_DESK,
    "bookings": BOOKINGS,
}


@contextmanager
def quiet(logger_name):
    """Hold back a logger's INFO lines: Wagtail logs three for every page the loader makes."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


def load_app_demo(app, loader):
    if apps.is_installed(app) and find_spec(f"{app}.demo"):
        import_module(f"{app}.demo").load(loader)


class Command(BaseCommand):
    help = "Create the trilingual demo site (pages, images, settings) where it is missing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin-password",
            default=None,
            help="Create the 'admin' superuser and one user per staff role with this password "
            "if absent.",
        )

    @transaction.atomic
    def handle(self, *args, admin_password=None, verbosity=1, **options):
        # Each page created is a detail, for -v 2.
        loader = DemoLoader(log=self.stdout.write if verbosity >= 2 else lambda line: None)
        with quiet("wagtail"):
            loader.ensure_locales()
            homes = loader.ensure(content.HOME)
            self.use_as_site_root(homes["nl"])
            load_app_demo("visits", loader)
            load_app_demo("visits.agenda", loader)
            pages = loader.ensure_all(content.CORE_PAGES)
            self.configure_settings(pages)
            load_app_demo("organisations", loader)
            load_app_demo("declarations", loader)
            self.configure_header(loader)
            redirects.load(loader)
            promotions.load(loader)
        # The roles' permission counts are details too.
        call_command("setup_roles", stdout=self.stdout, verbosity=max(verbosity - 1, 0))
        accounts = self.ensure_accounts(admin_password) if admin_password else []
        if verbosity:
            self.stdout.write(f"Demo content ready: {loader.created} pages created.")
            if accounts:
                self.stdout.write(f"Created the accounts {', '.join(accounts)}.")

    def use_as_site_root(self, home):
        """Make the Dutch home the default site's root, at the address the site is served on."""
        base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        port = base.port or (443 if base.scheme == "https" else 80)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname=base.hostname,
                port=port,
                root_page=home,
                is_default_site=True,
                site_name="Technopolis",
            )
            return
        if (site.hostname, site.port) == ("localhost", 80):  # Wagtail's initial site
            site.hostname, site.port = base.hostname, port
            site.save()
        if site.root_page_id != home.pk:
            old_root = site.root_page
            site.root_page = home
            site.site_name = "Technopolis"
            site.save()
            # Wagtail's initial "Welcome" page is not part of the demo.
            if type(old_root.specific) is Page and not old_root.get_children().exists():
                old_root.delete()

    def configure_settings(self, pages):
        site = Site.objects.get(is_default_site=True)
        site_settings = SiteSettings.for_site(site)
        site_settings.terms_page = site_settings.terms_page or pages["terms"]["nl"]
        site_settings.privacy_page = site_settings.privacy_page or pages["privacy"]["nl"]
        site_settings.accessibility_page = (
            site_settings.accessibility_page or pages["accessibility"]["nl"]
        )
        site_settings.share_image = site_settings.share_image or ensure_image(
            "Technopolis", EMBLEM_ALT, palette="navy"
        )
        site_settings.save()

    def configure_header(self, loader):
        """The header's main destinations and the pages the home page and footer link to,
        where the site settings do not name them yet."""
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        if not site_settings.header_links:
            chosen = [loader.page(key, "nl") for key in HEADER_DESTINATIONS]
            site_settings.header_links = [("page", page) for page in chosen if page]
        site_settings.plan_visit_page = site_settings.plan_visit_page or loader.page(
            "plan-your-visit", "nl"
        )
        site_settings.credits_page = site_settings.credits_page or loader.page("credits", "nl")
        site_settings.save()

    def ensure_accounts(self, password):
        """Create the superuser 'admin' and one user per staff role where absent; their names."""
        users = get_user_model()
        created = []
        if not users.objects.filter(username="admin").exists():
            users.objects.create_superuser("admin", "admin@example.org", password)
            created.append("admin")
        for username, group_name in DEMO_USERS.items():
            user, new = users.objects.get_or_create(
                username=username,
                defaults={"email": f"{username}@example.org", "first_name": group_name},
            )
            if new:
                user.set_password(password)
                user.save()
                created.append(username)
            user.groups.add(Group.objects.get(name=group_name))
        return created
