"""Factories for the staff's side of the site: a user in each staff role, the alerts, prices
and opening hours they edit in the admin, and a page of each type the admin and the security
tests go through (the core's pages are in tests/factories/__init__.py).

Text is short and invented; translated snippets are one row per language sharing a
translation key (technopolis/translated_snippets.py), made with `translate_snippet`.
"""

from datetime import date, time, timedelta
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Site

from declarations.models import DeclarationIndexPage, DeclarationPage
from organisations.models import (
    MembershipRole,
    OrganisationIndexPage,
    OrganisationPage,
    Scope,
)
from technopolis.alerts import Alert
from technopolis.roles import BOOKINGS, EDITORS, FRONT_DESK, MODERATORS, TRANSLATORS
from visits.models import Audience, AudiencePage, TicketPrice
from visits.opening_hours.models import (
    WEEKDAY_FIELDS,
    OpeningException,
    OpeningHoursPage,
    Venue,
    WeeklyRule,
)
from visits.requests.form_pages import ClassVisitFormPage

from . import SitePageFactory, locale

STAFF_ROLES = (EDITORS, MODERATORS, TRANSLATORS, FRONT_DESK, BOOKINGS)


# Staff ------------------------------------------------------------------------------------


class UserFactory(DjangoModelFactory):
    """A staff member; `role` names the group (tests/conftest.py set the roles up)."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"medewerker{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("x")

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        if create and extracted:
            user.groups.add(Group.objects.get(name=extracted))


def staff_users():
    """{role name: a user in that role's group}, one per staff role."""
    return {
        name: UserFactory(username=name.lower().replace(" ", ""), role=name) for name in STAFF_ROLES
    }


# Snippets the staff edit ------------------------------------------------------------------


def translate_snippet(snippet, code, **fields):
    """The snippet's row in `code`, with `fields` in that language (its facts stay shared)."""
    copy = snippet.copy_for_translation(locale(code))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


class AlertFactory(DjangoModelFactory):
    """An alert in Dutch, shown for two hours from `starts_at`."""

    class Meta:
        model = Alert

    text = "De buitenexpo sluit vandaag om 15 uur"
    locale = factory.LazyFunction(locale)
    starts_at = factory.LazyFunction(timezone.now)
    ends_at = factory.LazyAttribute(lambda alert: alert.starts_at + timedelta(hours=2))


class TicketPriceFactory(DjangoModelFactory):
    """A line of the Dutch price list in force since last month."""

    class Meta:
        model = TicketPrice

    category = "Volwassenen"
    age_from = 18
    price = Decimal("17.50")
    valid_from = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=30))
    locale = factory.LazyFunction(locale)


class VenueFactory(DjangoModelFactory):
    """The building, open every day from 9:30 to 17:00 unless `rules` is given."""

    class Meta:
        model = Venue
        skip_postgeneration_save = True

    key = "building"
    name_nl = "Technopolis"
    name_fr = "Technopolis"
    name_en = "Technopolis"

    @factory.post_generation
    def rules(venue, create, extracted, **kwargs):
        if create and extracted is None:
            WeeklyRuleFactory(venue=venue)


class WeeklyRuleFactory(DjangoModelFactory):
    class Meta:
        model = WeeklyRule

    venue = factory.SubFactory(VenueFactory, rules=False)
    opens = time(9, 30)
    closes = time(17)
    monday = tuesday = wednesday = thursday = friday = saturday = sunday = True


class ClosureFactory(DjangoModelFactory):
    """A day the venue is closed, with its reason in the three languages."""

    class Meta:
        model = OpeningException

    venue = factory.SubFactory(VenueFactory)
    start_date = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=20))
    kind = OpeningException.Kind.CLOSED
    reason_nl = "jaarlijkse schoonmaak"
    reason_fr = "grand nettoyage annuel"
    reason_en = "annual clean-up"


def closed_every(*weekdays):
    """Flags for a weekly rule open on every day but `weekdays` (0 is Monday)."""
    return {name: i not in weekdays for i, name in enumerate(WEEKDAY_FIELDS)}


# Pages of the apps ------------------------------------------------------------------------


def site_root():
    """The Dutch home page, the default site's root (the `site` fixture makes it)."""
    return Site.objects.get(is_default_site=True).root_page.specific


class AudiencePageFactory(SitePageFactory):
    class Meta:
        model = AudiencePage

    parent = factory.LazyFunction(site_root)
    title = "Scholen"
    audience = Audience.TEACHER
    lead = "Een klasbezoek vol proefjes, voor elke graad."


class OpeningHoursPageFactory(SitePageFactory):
    class Meta:
        model = OpeningHoursPage

    parent = factory.SubFactory(AudiencePageFactory, title="Bezoekers", audience="visitor")
    title = "Openingsuren"
    lead = "Wanneer je bij ons terechtkunt."


class ClassVisitFormPageFactory(SitePageFactory):
    class Meta:
        model = ClassVisitFormPage

    parent = factory.SubFactory(AudiencePageFactory)
    title = "Klasbezoek aanvragen"
    lead = "Vraag een bezoek aan voor je klas."
    thanks = "Bedankt, we antwoorden binnen drie werkdagen."


class OrganisationIndexPageFactory(SitePageFactory):
    class Meta:
        model = OrganisationIndexPage

    parent = factory.LazyFunction(site_root)
    title = "Netwerken"
    lead = "De netwerken waar Technopolis lid van is."


class OrganisationPageFactory(SitePageFactory):
    class Meta:
        model = OrganisationPage

    parent = factory.SubFactory(OrganisationIndexPageFactory)
    title = factory.Sequence(lambda n: f"Netwerk {n}")
    full_name = factory.LazyAttribute(lambda page: f"{page.title} voor wetenschapscentra")
    scope = Scope.EUROPEAN
    summary = "Een netwerk waarin wetenschapscentra ervaring uitwisselen."
    membership_role = MembershipRole.FULL
    membership_since = 2005


class DeclarationIndexPageFactory(SitePageFactory):
    class Meta:
        model = DeclarationIndexPage

    parent = factory.LazyFunction(site_root)
    title = "Verklaringen"
    lead = "Wat wetenschapscentra samen beloofden."


class DeclarationPageFactory(SitePageFactory):
    class Meta:
        model = DeclarationPage

    parent = factory.SubFactory(DeclarationIndexPageFactory)
    title = "Verklaring van Gent"
    date_signed = date(2012, 6, 14)
    city = "Gent"
    country = "België"
    summary = "Wetenschapscentra beloven hun bezoekers bij onderzoek te betrekken."


def pages_of_every_kind(home):
    """Below the Dutch `home`: a content page and a page of each app's main types, as an
    editor builds the site: [page]."""
    from . import ContentPageFactory

    visitors = AudiencePageFactory(
        parent=home, title="Bezoekers", audience=Audience.VISITOR, lead="Een dag vol proefjes."
    )
    teachers = AudiencePageFactory(parent=home)
    organisation = OrganisationPageFactory(parent=OrganisationIndexPageFactory(parent=home))
    declaration = DeclarationPageFactory(parent=DeclarationIndexPageFactory(parent=home))
    return [
        home,
        ContentPageFactory(parent=home, title="Over ons"),
        visitors,
        teachers,
        OpeningHoursPageFactory(parent=visitors),
        ClassVisitFormPageFactory(parent=teachers),
        organisation.get_parent().specific,
        organisation,
        declaration.get_parent().specific,
        declaration,
    ]


def body_of_every_block(field=None):
    """A page body holding each block an editor can pick, filled as the block picker's
    preview shows it: [(block name, raw value)] for a StreamField (ContentPage's body unless
    told). An image block takes the newest image: make one first."""
    from technopolis.models import ContentPage

    stream_block = (field or ContentPage.body.field).stream_block
    return [
        {"type": name, "value": block.get_prep_value(block.get_preview_value())}
        for name, block in stream_block.child_blocks.items()
    ]
