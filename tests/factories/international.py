"""Factories of the international section: the umbrella organisations with the people who
represent Technopolis in them and the European projects (organisations app), and the world
declarations with their congresses and summits (declarations app).

Pages take the language of the page they are added to. Translated snippets (people,
congresses) are a row per language sharing a translation key: `snippet_in_every_language`
makes them the way wagtail-localize does. The text is invented: tests say what they read.
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

from . import LANGUAGES, SitePageFactory, in_every_language
from . import locale as language_locale


def said(**texts):
    """A text in the language of the page or row being made: said(nl=..., fr=..., en=...)."""
    return factory.LazyAttribute(lambda obj: texts[obj.locale.language_code])


class SectionPageFactory(SitePageFactory):
    """A page of the international section, in the language of its parent page."""

    class Meta:
        abstract = True

    locale = factory.LazyAttribute(
        lambda page: page.parent.locale if page.parent else language_locale()
    )


# Organisations


class OrganisationIndexPageFactory(SectionPageFactory):
    class Meta:
        model = OrganisationIndexPage

    title = said(nl="Koepelorganisaties", fr="Réseaux", en="Umbrella organisations")
    lead = said(
        nl="De netwerken waarvan Technopolis lid is.",
        fr="Les réseaux dont Technopolis est membre.",
        en="The networks Technopolis belongs to.",
    )


class OrganisationPageFactory(SectionPageFactory):
    class Meta:
        model = OrganisationPage

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


class ProjectIndexPageFactory(SectionPageFactory):
    class Meta:
        model = ProjectIndexPage

    title = said(nl="Europese projecten", fr="Projets européens", en="European projects")


class ProjectPageFactory(SectionPageFactory):
    class Meta:
        model = ProjectPage

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


class DeclarationIndexPageFactory(SectionPageFactory):
    class Meta:
        model = DeclarationIndexPage

    title = said(nl="Wereldverklaringen", fr="Déclarations mondiales", en="World declarations")


class DeclarationPageFactory(SectionPageFactory):
    """A declaration; `builds_on` and `signatories` are lists of pages in its language."""

    class Meta:
        model = DeclarationPage

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


# Translations


def published_in_every_language(page, **fields_by_language):
    """`in_every_language`, each page as its publication stored it: the copies it returns
    are those made before publishing (not live, the Dutch slug in their URL path)."""
    return fresh(in_every_language(page, **fields_by_language))


def fresh(pages):
    """{code: page} as the database holds them now: a page object made before children were
    added below it does not know them (moving one under it then fails)."""
    return {code: type(page).objects.get(pk=page.pk) for code, page in pages.items()}


def translate_snippet(snippet, code, **fields):
    """The snippet's translation into `code`, with `fields` in that language (a person's
    `roles` among them): a row of its own sharing the translation key."""
    copy = type(snippet).objects.filter(
        translation_key=snippet.translation_key, locale=language_locale(code)
    ).first() or snippet.copy_for_translation(language_locale(code))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


def snippet_in_every_language(snippet, **fields_by_language):
    """{code: row} for `snippet` and its translations; `fields_by_language` maps a language
    code to that translation's fields."""
    rows = {snippet.locale.language_code: snippet}
    for code in LANGUAGES:
        if code not in rows:
            rows[code] = translate_snippet(snippet, code, **fields_by_language.get(code, {}))
    return rows
