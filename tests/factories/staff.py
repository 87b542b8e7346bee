"""Factories for the staff's side of the site: a user in each staff role, the alerts they
edit in the admin, and a page of each type the admin and the security tests go through (the
prices are in offers.py, the opening hours in opening_hours.py).

Text is short and invented; translated snippets are one row per language sharing a
translation key (technopolis/translated_snippets.py), made with `translate_snippet`
(tests/factories).
"""

from datetime import timedelta

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from factory.django import DjangoModelFactory

from technopolis.alerts import Alert
from technopolis.roles import BOOKINGS, EDITORS, FRONT_DESK, MODERATORS, TRANSLATORS
from visits.models import Audience

from . import ContentPageFactory, locale
from .international import (
    DeclarationIndexPageFactory,
    DeclarationPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
)
from .offers import AudiencePageFactory
from .opening_hours import OpeningHoursPageFactory
from .requests import ClassVisitFormPageFactory

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


class AlertFactory(DjangoModelFactory):
    """An alert in Dutch, shown for two hours from `starts_at`."""

    class Meta:
        model = Alert

    text = "De buitenexpo sluit vandaag om 15 uur"
    locale = factory.LazyFunction(locale)
    starts_at = factory.LazyFunction(timezone.now)
    ends_at = factory.LazyAttribute(lambda alert: alert.starts_at + timedelta(hours=2))


# Pages of the apps ------------------------------------------------------------------------


def pages_of_every_kind(home):
    """Below the Dutch `home`: a content page and a page of each app's main types, as an
    editor builds the site: [page]."""
    visitors = AudiencePageFactory(
        parent=home,
        title="Bezoekers",
        audience=Audience.VISITOR,
        lead="Een dag vol proefjes.",
        show_in_menus=False,
    )
    teachers = AudiencePageFactory(
        parent=home,
        title="Scholen",
        audience=Audience.TEACHER,
        lead="Een klasbezoek vol proefjes, voor elke graad.",
        show_in_menus=False,
    )
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
