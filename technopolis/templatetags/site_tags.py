"""Template tags for the page chrome (header, footer) and page cards."""

from functools import partial
from typing import NamedTuple

from django import template
from django.template.loader import select_template
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Page

from technopolis import navigation, sites
from technopolis.cache import cached, generation, kept

register = template.Library()


@register.tag
def content_fragment(parser, token):
    """`{% content_fragment "name" [value …] %}…{% endcontent_fragment %}`: a part of a page
    that changes only with the content, rendered once per process for each page, language,
    site and content generation (technopolis/cache.py `kept`), and each combination of the
    values given (a date, a query). Nothing inside may depend on anything else (the time, the
    visitor); context variables set inside stay inside. Previews render it afresh: they show
    a draft that shares the page's id."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("content_fragment needs a name")
    nodelist = parser.parse(("endcontent_fragment",))
    parser.delete_first_token()
    return ContentFragmentNode([parser.compile_filter(bit) for bit in bits[1:]], nodelist)


class ContentFragmentNode(template.Node):
    def __init__(self, vary_on, nodelist):
        self.vary_on, self.nodelist = vary_on, nodelist

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        page = context.get("page")
        # A page's own address (a sub-route shares its id), or for other views (search) the
        # whole address: their language switch keeps the query.
        where = (
            f"{page.pk}{request.path}"
            if isinstance(page, Page) and page.pk
            else request.get_full_path()
        )
        site = sites.site_for_request(request)
        parts = [generation(), get_language(), site.id if site else "-", where]
        parts += [value.resolve(context) for value in self.vary_on]  # the name first
        key = "fragment:" + ":".join(str(part) for part in parts)
        with context.push():
            return kept(key, lambda: self.nodelist.render(context))


@register.simple_tag(takes_context=True)
def slot(context, name):
    """What the apps put in a place of the core's templates, so the core names no app: an app
    registers its templates with the `site_slots` hook ({"header_status": "…html"}, or a list
    of templates for one slot), in the hooks' order, then the order of INSTALLED_APPS."""
    names = []
    for slots in hooks.get_hooks("site_slots"):
        filled = slots().get(name, ())
        names.extend([filled] if isinstance(filled, str) else filled)
    engine = context.template.engine
    with context.push():
        return mark_safe("".join(engine.get_template(n).render(context) for n in names))


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """`path` on the site serving the request, never on the Host header as sent."""
    return sites.absolute(context["request"], path)


@register.simple_tag(takes_context=True)
def language_links(context):
    return navigation.language_links(context["request"], context.get("page"))


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The menu (navigation.main_menu), looked up when a part of the page that is not kept
    already reads it."""
    page = context.get("page")
    return SimpleLazyObject(partial(navigation.main_menu, page if isinstance(page, Page) else None))


@register.simple_tag(takes_context=True)
def footer_links(context, site_settings, section=None):
    """The audience landing pages and legal pages in the active language, the audience whose
    section the visitor is in marked as the current one."""
    links = cached(
        f"footer-links:{generation()}:{site_settings.pk}:{get_language()}",
        partial(_footer_links, site_settings, context.get("request")),
    )
    current_key = section.translation_key if section else None
    return {
        "audiences": [
            link._replace(current=link.translation_key == current_key) for link in links.audiences
        ],
        "legal": links.legal,
    }


class FooterLink(NamedTuple):
    key: str  # the audience ("visitor", "teacher", "events"), or "legal"
    title: str
    url: str
    translation_key: object  # the same for the page in every language
    current: bool = False


class FooterLinks(NamedTuple):
    audiences: list
    legal: list


def _footer_links(site_settings, request):
    """Titles and addresses only, so they are cheap to keep in the cache; in one query."""
    audiences = site_settings.audience_pages()
    legal = [
        p
        for p in (
            site_settings.terms_page,
            site_settings.privacy_page,
            site_settings.accessibility_page,
            site_settings.credits_page,
        )
        if p
    ]
    localized = {
        p.translation_key: p
        for p in navigation.localized_pages([page for _, page in audiences] + legal)
    }

    def link(key, page):
        return FooterLink(key, page.title, page.get_url(request), page.translation_key)

    return FooterLinks(
        [
            link(key, localized[page.translation_key])
            for key, page in audiences
            if page.translation_key in localized
        ],
        [
            link("legal", localized[p.translation_key])
            for p in legal
            if p.translation_key in localized
        ],
    )


class HeaderLink(NamedTuple):
    title: str
    url: str
    current: bool = False


@register.simple_tag(takes_context=True)
def header_links(context, site_settings):
    """The main destinations of the header in the active language; the one whose address
    holds the current page's is marked current."""
    request = context.get("request")
    links = cached(
        f"header-links:{generation()}:{site_settings.pk}:{get_language()}",
        partial(_header_links, site_settings, request),
    )
    page = context.get("page")
    here = (page.get_url(request) or "") if isinstance(page, Page) else ""
    return [link._replace(current=bool(here) and here.startswith(link.url)) for link in links]


def _header_links(site_settings, request):
    chosen = [block.value for block in site_settings.header_links if block.value]
    return [
        HeaderLink(page.title, page.get_url(request)) for page in navigation.localized_pages(chosen)
    ]


@register.simple_tag(takes_context=True)
def share_image(context):
    """The image shown when this page is shared: its own, else the site's default."""
    page = context.get("page")
    own = getattr(page, "social_image", None)
    return own or context["settings"]["technopolis"]["SiteSettings"].share_image


@register.simple_tag(takes_context=True)
def page_card(context, page):
    """Render a page with its own type's card template, `<app>/<model>_card.html`."""
    meta = page.specific_class._meta if page.specific_class else Page._meta
    tmpl = select_template(
        [f"{meta.app_label}/{meta.model_name}_card.html", "technopolis/page_card.html"]
    )
    return tmpl.render({"page": page, "request": context.get("request")})
