"""The accessibility statement, its footer link, and the editors' content checks."""

import json

import pytest

from technopolis.content_checks import LinkTextChecker

from .helpers import demo_page, elements

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]

STATEMENT = {
    "nl": ("/nl/toegankelijkheid-website/", "Vlaamse Ombudsdienst"),
    "fr": ("/fr/accessibilite-du-site/", "Médiateur flamand"),
    "en": ("/en/accessibility-statement/", "Flemish Ombudsman"),
}


@pytest.mark.parametrize(("language", "url", "complaint"), [(k, *v) for k, v in STATEMENT.items()])
def test_accessibility_statement_in_each_language_linked_from_the_footer(
    client, language, url, complaint
):
    assert demo_page("accessibility", language).url == url
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


def test_editor_checks_include_wagtails_and_the_vague_link_text_check(admin_client):
    page = demo_page("about", "en")
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    config = _axe_configuration(html)
    run_only = config["options"]["runOnly"]
    assert {"heading-order", "alt-text-quality", "link-name", "link-text-quality"} <= set(run_only)
    check = next(c for c in config["spec"]["checks"] if c["id"] == "check-link-text-quality")
    assert {"klik hier", "cliquez ici", "read more"} <= set(check["options"]["phrases"])


def test_live_page_userbar_keeps_wagtails_checks_without_eval(admin_client):
    """The public pages' CSP forbids eval: the userbar there runs Wagtail's own checks only."""
    html = admin_client.get("/en/mission-and-vision/").content.decode()
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
