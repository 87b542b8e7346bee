"""Factories for the data tests assert on: each test builds the pages and records it reads,
so that a copy edit of the demo content breaks no test.

The core is here: locales, the site with its home page in every language, content pages,
images and translations. Each app's records have a module of their own beside this one.
Pages are created published, with a revision, as an editor's publish leaves them.
"""

import json
import uuid

import factory
import wagtail_factories
from django.conf import settings
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site

from technopolis.models import ContentPage, HomePage, SiteSettings

LANGUAGES = [code for code, _ in settings.LANGUAGES]


def locale(code=settings.LANGUAGE_CODE):
    return Locale.objects.get_or_create(language_code=code)[0]


def parent_locale(page):
    """The language of the page's parent (Dutch at the top of the tree or without one)."""
    parent = page.parent
    return parent.locale if parent is not None and parent.depth > 1 else locale()


class SitePageFactory(wagtail_factories.PageFactory):
    """A published page of one of the site's page types, in the language of its parent (Dutch
    unless `locale` says, where it has none)."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True  # publishing saves the page

    title = factory.Sequence(lambda n: f"Pagina {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    locale = factory.LazyAttribute(parent_locale)

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
    locale = factory.LazyFunction(locale)


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


def reload(page):
    """The page as the database holds it now: an object made before a later publication or
    before children were added below it does not know them."""
    return type(page).objects.get(pk=page.pk)


def fresh(pages):
    """{code: page} with each page read again (`reload`)."""
    return {code: reload(page) for code, page in pages.items()}


def translated_pages(page, **fields_by_language):
    """`in_every_language`, each page read back from the database."""
    return fresh(in_every_language(page, **fields_by_language))


def titled(titles):
    """{code: fields} of pages titled `titles` ({code: title}), each slug its title's."""
    return {code: {"title": title, "slug": slugify(title)} for code, title in titles.items()}


def translated_page(factory_class, parent, texts, **facts):
    """A page of `factory_class` under `parent` ({code: parent}, or the Dutch parent) in every
    language of `texts` ({code: fields}, Dutch among them), sharing `facts`; read back from
    the database: {code: page}."""
    dutch_parent = parent["nl"] if isinstance(parent, dict) else parent
    page = factory_class(parent=dutch_parent, **facts, **texts["nl"])
    return translated_pages(
        page, **{code: fields for code, fields in texts.items() if code != "nl"}
    )


def stream(*blocks):
    """StreamField content from (type, value) pairs, as the JSON Wagtail stores."""
    return json.dumps(
        [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in blocks]
    )


def translate_snippet(snippet, code, **fields):
    """The translated snippet's row in `code` (made as wagtail-localize copies it, where there
    is none yet), with `fields` in that language; its facts stay shared."""
    copy = type(snippet).objects.filter(
        translation_key=snippet.translation_key, locale=locale(code)
    ).first() or snippet.copy_for_translation(locale(code))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


def snippet_in_every_language(snippet, **fields_by_language):
    """{code: row} for a translated snippet and its rows in every other language;
    `fields_by_language` maps a language code to that row's fields."""
    rows = {snippet.locale.language_code: snippet}
    for code in LANGUAGES:
        if code not in rows:
            rows[code] = translate_snippet(snippet, code, **fields_by_language.get(code, {}))
    return rows


def site_root():
    """The Dutch home page, the default site's root (`make_site` makes it)."""
    return Site.objects.get(is_default_site=True).root_page.specific


def site_settings(**fields):
    """The default site's settings with `fields` saved."""
    row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in fields.items():
        setattr(row, name, value)
    row.save()
    return row


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
