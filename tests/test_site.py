"""The foundation: tree and routes per language, page chrome, language switch, admin, loader."""

import pytest
from django.core.cache import cache
from wagtail.models import Page

from technopolis.models import ContentPage

from .helpers import demo_page, elements
from .test_demo_loader import PAGES

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def title(html):
    return html[html.index("<title>") + 7 : html.index("</title>")]


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_titles_name_the_site_once(client, language):
    assert title(client.get(PAGES["home"][language]).content.decode()) == "Technopolis"
    about = demo_page("about", language)
    assert title(client.get(about.url).content.decode()) == f"{about.title} · Technopolis"


@pytest.fixture
def empty_cache():
    """No cached page before the test, and none left behind of its rolled-back changes."""
    cache.clear()
    yield
    cache.clear()


@pytest.mark.usefixtures("empty_cache")
def test_home_page_seo_title_is_the_whole_title(client):
    home = demo_page("home", "en")
    home.seo_title = "Technopolis · Science centre in Mechelen"
    home.save()
    assert title(client.get(home.url).content.decode()) == home.seo_title


def test_root_redirects_to_the_preferred_language(client):
    response = client.get("/", headers={"accept-language": "fr-BE,fr;q=0.9,en;q=0.5"})
    assert response.status_code == 302
    assert response["Location"] == "/fr/"
    assert client.get("/", headers={"accept-language": "de"})["Location"] == "/nl/"


def test_unknown_url_is_a_real_404(client):
    assert client.get("/en/no-such-page/").status_code == 404
    # Without a language prefix Django adds the default one; what is not there stays a 404.
    assert client.get("/xx/visitors/", follow=True).status_code == 404


def test_header_has_tickets_menu_status_slot_and_language_switch(client):
    html = client.get("/en/visitors/").content.decode()
    assert elements(html, "a", class_="button--tickets", href="https://tickets.technopolis.be/")
    (toggle,) = elements(html, "button", class_="menu-toggle")
    assert toggle["aria-expanded"] == "false"
    assert toggle["aria-controls"] == "site-menu"
    assert elements(html, "nav", id="site-menu")
    assert elements(html, "div", class_="status-slot")
    langs = {a["hreflang"]: a for a in elements(html, "a") if "hreflang" in a}
    assert langs["nl"]["href"] == "/nl/bezoekers/"
    assert langs["fr"]["href"] == "/fr/visiteurs/"
    assert langs["en"].get("aria-current") == "true"
    assert elements(html, "a", class_="skip-link", href="#main")
    assert elements(html, "main", id="main")


def test_ticket_button_follows_the_site_setting(client, site_settings):
    site_settings.ticket_shop_url = "https://shop.example.org/technopolis"
    site_settings.save()
    html = client.get("/nl/").content.decode()
    assert len(elements(html, "a", href="https://shop.example.org/technopolis")) >= 1


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", ["/nl/bezoekers/", "/nl/scholen/", "/nl/zaal-huren/"]),
        ("fr", ["/fr/visiteurs/", "/fr/ecoles/", "/fr/louer-une-salle/"]),
        ("en", ["/en/visitors/", "/en/schools/", "/en/venue-hire/"]),
    ],
)
def test_footer_switches_audience_in_the_current_language(client, language, expected):
    html = client.get(PAGES["about"][language]).content.decode()
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


def test_footer_has_contact_and_legal_links(client):
    html = client.get("/fr/").content.decode()
    assert "Technologielaan" in html
    assert elements(html, "a", href="tel:+3215342020")
    assert elements(html, "a", href="/fr/conditions-generales-de-vente/")
    assert elements(html, "a", href="/fr/declaration-de-confidentialite/")


def test_language_switch_falls_back_to_nearest_translated_ancestor(client):
    international = demo_page("international", "nl")
    only_dutch = ContentPage(title="Alleen in het Nederlands", slug="alleen-nl")
    international.add_child(instance=only_dutch)
    only_dutch.save_revision().publish()

    html = client.get("/nl/internationaal/alleen-nl/").content.decode()
    langs = {a["hreflang"]: a["href"] for a in elements(html, "a") if "hreflang" in a}
    assert langs == {
        "nl": "/nl/internationaal/alleen-nl/",
        "fr": "/fr/international/",
        "en": "/en/international/",
    }
    # Alternates in the head name only real translations.
    alternates = elements(html, "link", rel="alternate")
    assert [link["hreflang"] for link in alternates] == ["nl", "x-default"]
    for url in langs.values():
        assert client.get(url).status_code == 200


def test_menu_lists_the_sections_in_the_current_language(client):
    html = client.get("/fr/").content.decode()
    menu = html[html.index('id="site-menu"') : html.index("</nav>", html.index('id="site-menu"'))]
    for url in ["/fr/visiteurs/", "/fr/ecoles/", "/fr/louer-une-salle/", "/fr/international/"]:
        assert f'href="{url}"' in menu
    assert "/en/" not in menu and "/nl/" not in menu


def test_admin_login_page(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert b'name="username"' in response.content


def _one_page_per_type():
    seen = {}
    for page in Page.objects.filter(depth__gt=1).specific():
        seen.setdefault(type(page), page)
    return list(seen.values())


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
def test_chrome_speaks_the_page_language(client, url, skip, tickets, close):
    html = client.get(url).content.decode()
    assert f'href="#main">{skip}</a>' in html
    assert f">{tickets}</a>" in html
    (toggle,) = elements(html, "button", class_="menu-toggle")
    assert toggle["data-label-close"] == close
