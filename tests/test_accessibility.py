"""The accessibility statement, its footer link, and the editors' content checks."""

import json

import pytest

from technopolis.content_checks import LinkTextChecker

from .factories import ContentPageFactory, stream, translated_page
from .helpers import elements

pytestmark = pytest.mark.django_db

# Slug, the body that hears complaints, and the statement's text in each language.
STATEMENT = {
    "nl": (
        "toegankelijkheidsverklaring",
        "Vlaamse Ombudsdienst",
        "Toegankelijkheid",
        "We toetsen de site aan WCAG 2.2 AA met axe-core, en lezen hem op 320 pixels breed en "
        "ingezoomd tot 200 procent. Klachten? Mail ons; blijf je ontevreden, dan kan je naar "
        "de Vlaamse Ombudsdienst.",
    ),
    "fr": (
        "declaration-accessibilite",
        "Médiateur flamand",
        "Accessibilité",
        "Nous testons le site selon les WCAG 2.2 AA avec axe-core, et le lisons sur 320 pixels "
        "de large et zoomé à 200 pour cent. Une plainte ? Écrivez-nous ; si notre réponse ne "
        "vous satisfait pas, adressez-vous au Médiateur flamand.",
    ),
    "en": (
        "accessibility",
        "Flemish Ombudsman",
        "Accessibility",
        "We test the site against WCAG 2.2 AA with axe-core, and read it 320 pixels wide and "
        "zoomed to 200 percent. A complaint? Email us; if our answer does not satisfy you, "
        "turn to the Flemish Ombudsman.",
    ),
}


CONTACT = '<a href="mailto:info@technopolis.be">info@technopolis.be</a>'


@pytest.fixture
def statement(site, site_settings):
    """The accessibility statement in every language, chosen in the site settings."""
    pages = translated_page(
        ContentPageFactory,
        site,
        {
            code: {
                "title": title,
                "slug": slug,
                "body": stream(
                    ("heading", {"text": title, "level": "h2"}),
                    (
                        "paragraph",
                        f"<p>{text} {CONTACT}</p>",
                    ),
                ),
            }
            for code, (slug, _, title, text) in STATEMENT.items()
        },
    )
    site_settings.accessibility_page = pages["nl"]
    site_settings.save()
    return pages


@pytest.fixture
def about(site):
    return translated_page(
        ContentPageFactory,
        site,
        {
            "nl": {"title": "Wie we zijn", "slug": "wie-we-zijn"},
            "fr": {"title": "Qui sommes-nous", "slug": "qui-sommes-nous"},
            "en": {"title": "Who we are", "slug": "who-we-are"},
        },
    )


@pytest.mark.parametrize(
    ("language", "slug", "complaint"), [(k, *v[:2]) for k, v in STATEMENT.items()]
)
def test_accessibility_statement_in_each_language_linked_from_the_footer(
    client, statement, language, slug, complaint
):
    url = f"/{language}/{slug}/"
    assert statement[language].url == url
    html = client.get(url).content.decode()
    assert "WCAG" in html
    assert "axe-core" in html
    assert "320" in html and "200" in html  # reflow width and zoom level tested
    assert complaint in html
    assert elements(html, "a", href="mailto:info@technopolis.be")
    footer = client.get(f"/{language}/").content.decode().split('class="site-footer__legal"')[1]
    assert elements(footer, "a", href=url)


def _axe_configuration(html):
    """The axe configuration Wagtail renders for the content checks in `html`."""
    marker = 'id="checker-axe-configuration"'
    assert marker in html
    return json.loads(html.split(marker, 1)[1].split(">", 1)[1].split("</script>", 1)[0])


def test_editor_checks_include_wagtails_and_the_vague_link_text_check(admin_client, about):
    page = about["en"]
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    config = _axe_configuration(html)
    run_only = config["options"]["runOnly"]
    assert {"heading-order", "alt-text-quality", "link-name", "link-text-quality"} <= set(run_only)
    check = next(c for c in config["spec"]["checks"] if c["id"] == "check-link-text-quality")
    assert {"klik hier", "cliquez ici", "read more"} <= set(check["options"]["phrases"])


def test_live_page_userbar_keeps_wagtails_checks_without_eval(admin_client, about):
    """The public pages' CSP forbids eval: the userbar there runs Wagtail's own checks only."""
    assert about["en"].url == "/en/who-we-are/"
    html = admin_client.get("/en/who-we-are/").content.decode()
    config = _axe_configuration(html)
    assert "alt-text-quality" in config["options"]["runOnly"]
    assert "link-text-quality" not in config["options"]["runOnly"]
    assert not any("evaluate" in check for check in config["spec"]["checks"])


def test_link_text_checker_replaces_wagtails_item_in_place():
    from wagtail.admin.userbar import AdminItem, ContentCheckerItem

    from technopolis.content_checks import use_link_text_checker

    items = [AdminItem(), ContentCheckerItem(in_editor=True)]
    use_link_text_checker(None, items, None)
    assert isinstance(items[1], LinkTextChecker)
    assert items[1].in_editor
