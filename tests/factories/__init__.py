"""Factories for the data tests assert on: each test builds the pages and records it reads,
so that a copy edit of the demo content breaks no test.

The core is here: locales, the site with its home page in every language, content pages,
images and translations. Each app's records have a module of their own beside this one.
Pages are created published, with a revision, as an editor's publish leaves them.
"""

import factory
import wagtail_factories
from django.conf import settings
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site

from technopolis.models import ContentPage, HomePage, SiteSettings

LANGUAGES = [code for code, _ in settings.LANGUAGES]


def locale(code=settings.LANGUAGE_CODE):
    return Locale.objects.get_or_create(language_code=code)[0]


class SitePageFactory(wagtail_factories.PageFactory):
    """A published page of one of the site's page types, in Dutch unless `locale` says."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True  # publishing saves the page

    title = factory.Sequence(lambda n: f"Pagina {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    locale = factory.LazyFunction(locale)

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        if create and extracted is not False:
            page.save_revision().publish()


class HomePageFactory(SitePageFactory):
    class Meta:
        model = HomePage

    title = "Technopolis"
    slug = factory.LazyAttribute(lambda page: f"home-{page.locale.language_code}")
    lead = "Het doe-centrum voor wetenschap in Mechelen."
    parent = factory.LazyFunction(Page.get_first_root_node)


class ContentPageFactory(SitePageFactory):
    class Meta:
        model = ContentPage

    lead = factory.LazyAttribute(lambda page: f"Over {page.title.lower()}.")


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Foto {n}")


def translate(page, code, **fields):
    """The page's published translation into `code` (its parents translated first where they
    are not), with `fields` in that language; the way wagtail-localize's sync makes one."""
    copy = page.get_translation_or_none(locale(code))
    if copy is None:
        copy = page.copy_for_translation(locale(code), copy_parents=True)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    # read back: publishing a new slug sets the address on the revision's copy, not on this one
    return type(copy.specific).objects.get(pk=copy.pk)


def in_every_language(page, **fields_by_language):
    """{code: page} for `page` and its translations; `fields_by_language` maps a language code
    to that translation's fields (title, slug, ...)."""
    pages = {page.locale.language_code: page}
    for code in LANGUAGES:
        if code not in pages:
            pages[code] = translate(page, code, **fields_by_language.get(code, {}))
    return pages


def make_site(**home_fields):
    """The default site with a home page in every language, the Dutch one its root:
    {code: home page}."""
    for code in LANGUAGES:
        locale(code)
    home = HomePageFactory(**home_fields)
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    # as after an install: a first request making them would start a new content generation
    SiteSettings.for_site(site)
    return in_every_language(
        home,
        fr={"title": "Technopolis", "lead": "Le centre des sciences à Malines."},
        en={"title": "Technopolis", "lead": "The hands-on science centre in Mechelen."},
    )
