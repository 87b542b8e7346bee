"""Core models: images, site settings, and the page types every section builds on."""

from functools import partial

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from .alerts import Alert  # noqa: F401  (a model of this app, defined with its logic)
from .blocks import body_field
from .cache import any_view_restrictions, cached, generation
from .drafts import Autosave  # noqa: F401  (a model of this app, defined with its logic)
from .navigation import ancestors
from .page_context import added_context
from .search import MissedSearch  # noqa: F401  (a model of this app, defined with its logic)


class CustomImage(AbstractImage):
    """An image whose alt text is required: every image says what it shows, in each language.

    `description` is the Dutch alt text (Dutch is the site's default language) and the fallback
    of the French and English ones, so an image uploaded with one description is never shown
    without alt text.
    """

    description = models.CharField(
        _("alt text"),
        max_length=255,
        help_text=_(
            "What the image shows, for people who cannot see it. Not the file name. "
            "Blocks may override it where the context needs another description."
        ),
    )
    description_fr = models.CharField(
        _("alt text (French)"),
        max_length=255,
        blank=True,
        help_text=_("French alt text; empty = the Dutch one."),
    )
    description_en = models.CharField(
        _("alt text (English)"),
        max_length=255,
        blank=True,
        help_text=_("English alt text; empty = the Dutch one."),
    )

    admin_form_fields = (
        "title",
        "description",
        "description_fr",
        "description_en",
        "file",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    search_fields = [
        *AbstractImage.search_fields,
        index.SearchField("description_fr"),
        index.SearchField("description_en"),
    ]

    class Meta:
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def alt_text(self, language=None):
        """The alt text in `language` (by default the active one), else the Dutch one."""
        language = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
        translated = {"fr": self.description_fr, "en": self.description_en}.get(language)
        return translated or self.description or self.title

    @property
    def alt(self):
        return self.alt_text()


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    cache_neutral = True  # a new rendition changes no page (technopolis/cache.py)

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


def _chosen_page(verbose_name, **kwargs):
    """A page picked in the site settings; optional, and cleared if the page is deleted."""
    return models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=verbose_name,
        **kwargs,
    )


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What the header and footer of every page need: the ticket shop, contact, key pages."""

    ticket_shop_url = models.URLField(
        _("ticket shop address"),
        default="https://tickets.technopolis.be/",
        help_text=_("The 'Online tickets' button in every page header goes here."),
    )
    street_address = models.CharField(
        _("street and number"), max_length=120, default="Technologielaan 1"
    )
    postal_code = models.CharField(_("postal code"), max_length=10, default="2800")
    locality = models.CharField(_("town"), max_length=80, default="Mechelen")
    phone = models.CharField(_("phone"), max_length=40, blank=True, default="+32 15 34 20 20")
    email = models.EmailField(_("e-mail"), blank=True, default="info@technopolis.be")
    company = models.CharField(
        _("legal entity"), max_length=120, blank=True, default="Technopolis NV · 0461.430.087"
    )
    visitor_page = _chosen_page(_("visitors' landing page"))
    teacher_page = _chosen_page(_("teachers' landing page"))
    events_page = _chosen_page(_("event organisers' landing page"))
    terms_page = _chosen_page(_("terms and conditions page"))
    share_image = models.ForeignKey(
        CustomImage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("default sharing image"),
        help_text=_("Shown when a page without an image of its own is shared on social media."),
    )
    header_links = StreamField(
        [("page", blocks.PageChooserBlock(label=_("page")))],
        blank=True,
        verbose_name=_("destinations in the header"),
        help_text=_(
            "The main destinations shown in the header from 1024 px wide (opening hours, "
            "tickets, what's on, plan your visit, schools, venue hire, international). Choose "
            "the Dutch pages; each language links to its translation."
        ),
    )
    plan_visit_page = _chosen_page(_("'plan your visit' page"))
    credits_page = _chosen_page(_("photo credits page"))
    privacy_page = _chosen_page(_("privacy statement page"))
    accessibility_page = _chosen_page(
        _("accessibility statement page"),
        help_text=_("Public bodies must publish one and link it from every page."),
    )

    panels = [
        FieldPanel("ticket_shop_url"),
        FieldPanel("share_image"),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("locality")]),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("company"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("header_links"),
        FieldPanel("plan_visit_page"),
        MultiFieldPanel(
            [FieldPanel("visitor_page"), FieldPanel("teacher_page"), FieldPanel("events_page")],
            heading=_("Audiences"),
            help_text=_("Choose the Dutch pages; the footer links to their translations."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("terms_page"),
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("credits_page"),
            ],
            heading=_("Legal pages"),
        ),
    ]

    linked_pages = (
        "visitor_page",
        "teacher_page",
        "events_page",
        "terms_page",
        "privacy_page",
        "accessibility_page",
        "plan_visit_page",
        "credits_page",
    )
    select_related = ["share_image", *linked_pages]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_site(cls, site):
        """Every page needs these settings: read them from the cache until content changes."""
        if site is None:
            return super().for_site(site)
        return cached(f"site-settings:{generation()}:{site.pk}", partial(super().for_site, site))

    @classmethod
    def linked_translation_keys(cls):
        """The translation keys of the pages the header and footer of every page link to, by
        title (technopolis/cache.py: publishing one of them refreshes every page)."""

        def load():
            keys = set()
            for row in cls.objects.all():
                ids = [getattr(row, f"{name}_id") for name in cls.linked_pages]
                ids += [block.value.pk for block in row.header_links if block.value]
                pages = Page.objects.filter(pk__in=[pk for pk in ids if pk])
                keys.update(pages.values_list("translation_key", flat=True))
            return keys

        return cached(f"settings-pages:{generation()}", load)

    def audience_pages(self):
        """The three audience landing pages as (key, page) in footer order."""
        return [
            (key, page)
            for key, page in (
                ("visitor", self.visitor_page),
                ("teacher", self.teacher_page),
                ("events", self.events_page),
            )
            if page is not None
        ]


def text_fields(*names):
    """Index entries for text people search by its words: full-text for the site's search,
    and by word beginnings for the admin's, which autocompletes (title-only otherwise)."""
    return [kind(name) for name in names for kind in (index.SearchField, index.AutocompleteField)]


class SitePage(Page):
    """Fields and behaviour every public page shares: a one-line lead under the title."""

    lead = models.CharField(
        _("lead"),
        max_length=300,
        blank=True,
        help_text=_("One sentence under the title; also the default search description."),
    )

    content_panels = [*Page.content_panels, FieldPanel("lead")]
    search_fields = [*Page.search_fields, *text_fields("lead"), index.SearchField("search_extras")]

    class Meta:
        abstract = True

    def search_extras(self):
        """What visitors read on the page that its own fields do not hold (people, places,
        kinds, closures), in the page's language: indexed with it, so the search finds it.
        Page types that show such text say which; apps reindex the pages when it changes."""
        with translation.override(self.locale.language_code):
            return " · ".join(str(text) for text in self.shown_texts() if text)

    def shown_texts(self):
        return []

    @property
    def meta_description(self):
        return self.search_description or self.lead

    def get_view_restrictions(self):
        # Wagtail checks the page and every ancestor on each request; while no page of the
        # site is restricted (the usual case), a cached "none" spares those queries.
        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @property
    def social_image(self):
        """The image to show when the page is shared: the page type's own `image`, if any."""
        return getattr(self, "image", None)

    def shown_on_every_page(self):
        """Whether publishing it changes every page of its language: a home or section page,
        a page in a menu, or one the header or footer links to by its title."""
        return (
            self.depth <= 3
            or self.show_in_menus
            or self.translation_key in SiteSettings.linked_translation_keys()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Looked up by the template only where its part of the page is not kept already.
        context["breadcrumbs"] = partial(ancestors, self) if self.depth > 3 else []
        context.update(added_context(request, self))
        return context


class HomePage(SitePage):
    """The site's root in each language."""

    page_description = _(
        "The start page of one language: today's hours, tickets, what's on and the way here."
    )

    body = body_field()

    content_panels = [*SitePage.content_panels, FieldPanel("body")]
    search_fields = [*SitePage.search_fields, *text_fields("body")]
    parent_page_types = ["wagtailcore.Page"]

    def route(self, request, path_components):
        """Find the page at this path in one query, rather than one query a level down."""
        if path_components:
            url_path = self.url_path + "/".join(path_components) + "/"
            page = Page.objects.filter(url_path=url_path).specific().first()
            if page is not None:
                return page.route(request, [])
        # This page itself, or a path that is not a page (a sub-route of a routable page).
        return super().route(request, path_components)

    class Meta:
        verbose_name = _("home page")


class ContentPage(SitePage):
    """A generic page of text, images and shared blocks: about, legal, practical pages."""

    page_description = _(
        "A page of text, images and shared blocks: about us, practical information, legal pages."
    )

    body = body_field()

    content_panels = [*SitePage.content_panels, FieldPanel("body")]
    search_fields = [*SitePage.search_fields, *text_fields("body")]

    class Meta:
        verbose_name = _("content page")
