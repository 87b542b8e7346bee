"""Factories of the international section: the umbrella organisations with the people who
represent Technopolis in them and the European projects (organisations app), and the world
declarations with their congresses and summits (declarations app).

Pages take the language of the page they are added to; an index goes below the default
site's root and a page below a new index unless `parent` says. Translated snippets (people,
congresses) are a row per language sharing a translation key: `snippet_in_every_language`
(tests/factories) makes them the way wagtail-localize does. The text is invented: tests say
what they read.
"""

import datetime

import factory
from factory.django import DjangoModelFactory

from declarations.models import (
    ActionKind,
    AttendeeKind,
    DeclarationIndexPage,
    DeclarationPage,
    Occasion,
    OccasionKind,
)
from organisations.models import (
    MembershipRole,
    OrganisationIndexPage,
    OrganisationPage,
    Person,
    PersonRole,
    ProjectIndexPage,
    ProjectPage,
    Scope,
)

from . import SitePageFactory, site_root
from . import locale as language_locale


def said(**texts):
    """A text in the language of the page or row being made: said(nl=..., fr=..., en=...)."""
    return factory.LazyAttribute(lambda obj: texts[obj.locale.language_code])


# Organisations


class OrganisationIndexPageFactory(SitePageFactory):
    class Meta:
        model = OrganisationIndexPage

    parent = factory.LazyFunction(site_root)
    title = said(nl="Koepelorganisaties", fr="Réseaux", en="Umbrella organisations")
    lead = said(
        nl="De netwerken waarvan Technopolis lid is.",
        fr="Les réseaux dont Technopolis est membre.",
        en="The networks Technopolis belongs to.",
    )


class OrganisationPageFactory(SitePageFactory):
    class Meta:
        model = OrganisationPage

    parent = factory.SubFactory(OrganisationIndexPageFactory)
    title = factory.Sequence(lambda n: f"NET{n}")
    acronym = factory.LazyAttribute(lambda page: page.title)
    full_name = factory.LazyAttribute(lambda page: f"{page.title} Science Network")
    scope = Scope.EUROPEAN
    summary = said(
        nl="Een netwerk waarin science centers kennis en ervaring delen.",
        fr="Un réseau où les centres de sciences partagent savoir et expérience.",
        en="A network where science centres share knowledge and experience.",
    )
    membership_role = MembershipRole.MEMBER


class PersonFactory(DjangoModelFactory):
    """Someone representing Technopolis; roles are added with PersonRoleFactory."""

    class Meta:
        model = Person

    locale = factory.LazyFunction(language_locale)
    name = factory.Sequence(lambda n: f"An Janssens {n}")
    title = said(
        nl="directeur van Technopolis",
        fr="directeur de Technopolis",
        en="director of Technopolis",
    )


class PersonRoleFactory(DjangoModelFactory):
    """A seat in an organisation (pass `organisation`), for a person in its language."""

    class Meta:
        model = PersonRole

    person = factory.SubFactory(
        PersonFactory, locale=factory.SelfAttribute("..organisation.locale")
    )
    title = "Board of Directors"


class ProjectIndexPageFactory(SitePageFactory):
    class Meta:
        model = ProjectIndexPage

    parent = factory.LazyFunction(site_root)
    title = said(nl="Europese projecten", fr="Projets européens", en="European projects")


class ProjectPageFactory(SitePageFactory):
    class Meta:
        model = ProjectPage

    parent = factory.SubFactory(ProjectIndexPageFactory)
    title = factory.Sequence(lambda n: f"PROJ{n}")
    acronym = factory.LazyAttribute(lambda page: page.title)
    full_name = factory.LazyAttribute(lambda page: f"{page.title} for Science Education")
    start_year = 2012
    end_year = 2015
    topic = said(nl="wetenschapsonderwijs", fr="enseignement des sciences", en="science teaching")
    technopolis_role = said(nl="partner", fr="partenaire", en="partner")
    summary = said(
        nl="Partners uit heel Europa werkten samen aan beter wetenschapsonderwijs.",
        fr="Des partenaires de toute l'Europe ont amélioré ensemble l'enseignement des sciences.",
        en="Partners across Europe worked together on better science teaching.",
    )


# Declarations


class OccasionFactory(DjangoModelFactory):
    """A numbered world congress, known by its year and country."""

    class Meta:
        model = Occasion

    locale = factory.LazyFunction(language_locale)
    kind = OccasionKind.CONGRESS
    name = "Hands-on Science World Congress"
    edition = factory.Sequence(lambda n: n + 1)
    year = factory.LazyAttribute(
        lambda occasion: occasion.start_date.year if occasion.start_date else 2006
    )
    start_date = None
    end_date = None
    country = "Portugal"


class DeclarationIndexPageFactory(SitePageFactory):
    class Meta:
        model = DeclarationIndexPage

    parent = factory.LazyFunction(site_root)
    title = said(nl="Wereldverklaringen", fr="Déclarations mondiales", en="World declarations")


class DeclarationPageFactory(SitePageFactory):
    """A declaration; `builds_on` and `signatories` are lists of pages in its language."""

    class Meta:
        model = DeclarationPage

    parent = factory.SubFactory(DeclarationIndexPageFactory)
    title = factory.Sequence(lambda n: f"Declaration {n}")
    date_signed = datetime.date(2010, 5, 20)
    city = "Lisbon"
    country = "Portugal"
    attendee_kind = AttendeeKind.ATTENDEES
    action_kind = ActionKind.ACTIONS
    summary = said(
        nl="Science centers legden samen vast wat ze willen bereiken.",
        fr="Les centres de sciences ont fixé ensemble ce qu'ils veulent atteindre.",
        en="Science centres set down together what they mean to achieve.",
    )
