"""The foundation: tree and routes per language, page chrome, language switch, admin, loader."""

import pytest
from wagtail.models import Page

from technopolis.models import ContentPage

from .factories import reload, site_settings
from .factories.site import site_chrome
from .helpers import elements

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(site):
    """The site's sections and the pages its header and footer link to: {key: {code: page}}."""
    return {"home": site, **site_chrome(site)}


def title(html):
    return html[html.index("<title>") + 7 : html.index("</title>")]


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_titles_name_the_site_once(client, pages, language):
    assert title(client.get(pages["home"][language].url).content.decode()) == "Technopolis"
    about = pages["about"][language]
    assert title(client.get(about.url).content.decode()) == f"{about.title} · Technopolis"


def test_home_page_seo_title_is_the_whole_title(client, site):
    home = reload(site["en"])
    home.seo_title = "Technopolis · Science centre in Mechelen"
    home.save()
    assert title(client.get(home.url).content.decode()) == home.seo_title


@pytest.mark.usefixtures("site")
def test_root_redirects_to_the_preferred_language(client):
    response = client.get("/", headers={"accept-language": "fr-BE,fr;q=0.9,en;q=0.5"})
    assert response.status_code == 302
    assert response["Location"] == "/fr/"
    assert client.get("/", headers={"accept-language": "de"})["Location"] == "/nl/"


def test_unknown_url_is_a_real_404(client, pages):
    assert client.get("/en/no-such-page/").status_code == 404
    # Without a language prefix Django adds the default one; what is not there stays a 404.
    visitors = pages["visitor"]["en"].url
    assert client.get(visitors).status_code == 200
    assert client.get(f"/xx{visitors.removeprefix('/en')}", follow=True).status_code == 404


def test_header_has_tickets_menu_status_slot_and_language_switch(client, pages):
    visitors = pages["visitor"]
    html = client.get(visitors["en"].url).content.decode()
    assert elements(html, "a", class_="button--tickets", href="https://tickets.technopolis.be/")
    (toggle,) = elements(html, "button", class_="menu-toggle")
    assert toggle["aria-expanded"] == "false"
    assert toggle["aria-controls"] == "site-menu"
    assert elements(html, "nav", id="site-menu")
    assert elements(html, "div", class_="status-slot")
    langs = {a["hreflang"]: a for a in elements(html, "a") if "hreflang" in a}
    assert langs["nl"]["href"] == visitors["nl"].url == "/nl/gezinnen/"
    assert langs["fr"]["href"] == visitors["fr"].url == "/fr/familles/"
    assert langs["en"].get("aria-current") == "true"
    assert elements(html, "a", class_="skip-link", href="#main")
    assert elements(html, "main", id="main")


@pytest.mark.usefixtures("pages")
def test_ticket_button_follows_the_site_setting(client):
    site_settings(ticket_shop_url="https://shop.example.org/technopolis")
    html = client.get("/nl/").content.decode()
    assert len(elements(html, "a", href="https://shop.example.org/technopolis")) >= 1


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", ["/nl/gezinnen/", "/nl/klassen/", "/nl/vergaderen/"]),
        ("fr", ["/fr/familles/", "/fr/classes/", "/fr/reunions/"]),
        ("en", ["/en/families/", "/en/classes/", "/en/meetings/"]),
    ],
)
def test_footer_switches_audience_in_the_current_language(client, pages, language, expected):
    assert [pages[key][language].url for key in ("visitor", "teacher", "events")] == expected
    html = client.get(pages["about"][language].url).content.decode()
    links = elements(html, "a", class_="audience-switch__link")
    assert [a["href"] for a in links] == expected
    assert not any("aria-current" in a for a in links)
    # Inside an audience's section, that audience is marked as the current one.
    html = client.get(expected[1]).content.decode()
    current = [
        a["href"]
        for a in elements(html, "a", class_="audience-switch__link")
        if a.get("aria-current") == "true"
    ]
    assert current == [expected[1]]


def test_footer_has_contact_and_legal_links(client, pages):
    site_settings(street_address="Proefstraat 7", postal_code="2800", phone="+32 15 00 11 22")
    html = client.get("/fr/").content.decode()
    assert "Proefstraat 7<br>2800 Mechelen" in html
    assert elements(html, "a", href="tel:+3215001122")
    assert elements(html, "a", href=pages["terms"]["fr"].url)
    assert elements(html, "a", href=pages["privacy"]["fr"].url)
    assert pages["privacy"]["fr"].url == "/fr/vie-privee/"


def test_language_switch_falls_back_to_nearest_translated_ancestor(client, pages):
    network = pages["network"]["nl"]
    only_dutch = ContentPage(title="Alleen in het Nederlands", slug="alleen-nl")
    network.add_child(instance=only_dutch)
    only_dutch.save_revision().publish()

    html = client.get("/nl/wereldwijd/alleen-nl/").content.decode()
    langs = {a["hreflang"]: a["href"] for a in elements(html, "a") if "hreflang" in a}
    assert langs == {
        "nl": "/nl/wereldwijd/alleen-nl/",
        "fr": "/fr/dans-le-monde/",
        "en": "/en/worldwide/",
    }
    # Alternates in the head name only real translations.
    alternates = elements(html, "link", rel="alternate")
    assert [link["hreflang"] for link in alternates] == ["nl", "x-default"]
    for url in langs.values():
        assert client.get(url).status_code == 200


def test_menu_lists_the_sections_in_the_current_language(client, pages):
    html = client.get("/fr/").content.decode()
    menu = html[html.index('id="site-menu"') : html.index("</nav>", html.index('id="site-menu"'))]
    for url in ["/fr/familles/", "/fr/classes/", "/fr/reunions/", "/fr/dans-le-monde/"]:
        assert f'href="{url}"' in menu
    assert "/en/" not in menu and "/nl/" not in menu
    # Pages not in the menu are not in it.
    assert pages["about"]["fr"].url not in menu


def test_admin_login_page(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert b'name="username"' in response.content


def _one_page_per_type():
    seen = {}
    for page in Page.objects.filter(depth__gt=1).specific():
        seen.setdefault(type(page), page)
    return list(seen.values())


@pytest.mark.usefixtures("pages")
def test_page_editor_loads_for_every_page_type(admin_client):
    pages = _one_page_per_type()
    assert {type(p).__name__ for p in pages} >= {"HomePage", "ContentPage", "AudiencePage"}
    for page in pages:
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, type(page).__name__
        parent = page.get_parent()
        if not type(page).can_create_at(parent):
            continue  # e.g. one opening-hours page per language
        meta = type(page)._meta
        add = f"/admin/pages/add/{meta.app_label}/{meta.model_name}/{parent.pk}/"
        assert admin_client.get(add).status_code == 200, add


@pytest.mark.usefixtures("site")
def test_site_settings_edit_in_the_admin(admin_client, site_settings):
    response = admin_client.get(
        f"/admin/settings/technopolis/sitesettings/{site_settings.site_id}/"
    )
    assert response.status_code == 200
    assert b"ticket_shop_url" in response.content


@pytest.mark.parametrize(
    ("url", "skip", "tickets", "close"),
    [
        ("/nl/", "Naar de inhoud", "Online tickets", "Sluiten"),
        ("/fr/", "Aller au contenu", "Billets en ligne", "Fermer"),
        ("/en/", "Skip to content", "Online tickets", "Close"),
    ],
)
@pytest.mark.usefixtures("site")
def test_chrome_speaks_the_page_language(client, url, skip, tickets, close):
    html = client.get(url).content.decode()
    assert f'href="#main">{skip}</a>' in html
    assert f">{tickets}</a>" in html
    (toggle,) = elements(html, "button", class_="menu-toggle")
    assert toggle["data-label-close"] == close
