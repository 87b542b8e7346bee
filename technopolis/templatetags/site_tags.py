"""Template tags for the page chrome (header, footer) and page cards."""

from django import template
from django.template.loader import select_template
from wagtail.models import Page

from technopolis import navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    return navigation.language_links(context["request"], context.get("page"))


@register.simple_tag(takes_context=True)
def main_menu(context):
    page = context.get("page")
    return navigation.main_menu(page if isinstance(page, Page) else None)


@register.simple_tag
def footer_links(site_settings, section=None):
    """The audience landing pages and legal pages in the active language, in one query.

    The audience whose section the visitor is in is marked as the current one.
    """
    audiences = site_settings.audience_pages()
    legal = [
        p
        for p in (
            site_settings.terms_page,
            site_settings.privacy_page,
            site_settings.accessibility_page,
        )
        if p
    ]
    localized = {
        p.translation_key: p
        for p in navigation.localized_pages([page for _, page in audiences] + legal)
    }
    current_key = section.translation_key if section else None
    return {
        "audiences": [
            {
                "key": key,
                "page": localized[page.translation_key],
                "current": page.translation_key == current_key,
            }
            for key, page in audiences
            if page.translation_key in localized
        ],
        "legal": [localized[p.translation_key] for p in legal if p.translation_key in localized],
    }


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
