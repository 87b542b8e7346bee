"""Security: deploy checks, headers and CSP, the visitor's address behind a proxy, login and
password-reset throttling, uploads, hostile input, refused forms."""

import io
import ipaddress
import json
import subprocess
import sys

import pytest
from django.core import mail
from django.core.cache.backends.locmem import LocMemCache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.models import Page
from wagtail.rich_text import features

from technopolis.errors import csrf_failure
from technopolis.models import ContentPage
from technopolis.security import client_address
from technopolis.throttle import over_limit
from visits.models import ClassVisitRequest
from visits.requests.form_pages import ClassVisitFormPage

from .factories import ContentPageFactory, ImageFactory, in_every_language, translate
from .factories.opening_hours import OpeningExceptionFactory
from .factories.requests import ClassVisitFormPageFactory
from .factories.staff import body_of_every_block, pages_of_every_kind
from .helpers import elements, in_days
from .settings_env import PRODUCTION_ENV, PROJECT, clean_env, settings_under

HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>"


@pytest.fixture
def class_visit_page(site):
    """The teachers' class-visit request form, in Dutch and French: {code: page}."""
    page = ClassVisitFormPageFactory(parent__parent=site["nl"])
    french = translate(page, "fr", title="Demander une visite", slug="visite-de-classe")
    french.refresh_from_db()  # as published, at its French address
    return {"nl": page, "fr": french}


def class_visit_data():
    """A teacher's filled-in request, for a day a month from now."""
    return {
        "school": "Basisschool De Vlieger",
        "contact_name": "Lies Wouters",
        "email": "lies.wouters@example.be",
        "phone": "+32 15 00 00 01",
        "date_wanted": in_days(30),
        "alternative_dates": "elke dinsdag in maart",
        "pupils": "22",
        "adults": "2",
        "level": "primary",
        "grade": "4",
        "remarks": "",
        "website": "",
    }


def test_deploy_check_is_clean_with_production_environment():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=clean_env(**PRODUCTION_ENV),
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_https_turns_on_hsts_secure_cookies_and_redirect():
    names = [
        "SECURE_SSL_REDIRECT",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_HSTS_SECONDS",
        "SECURE_PROXY_SSL_HEADER",
    ]
    production = settings_under(PRODUCTION_ENV, names)
    assert production == {
        "SECURE_SSL_REDIRECT": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
    }
    demo = settings_under({"DEBUG": "1"}, names)
    assert not any(demo.values())


def test_production_sends_hsts_and_redirects_plain_http():
    script = (
        "import django; django.setup(); from django.test import Client; "
        "c = Client(HTTP_HOST='www.technopolis.be'); r = c.get('/static/js/site.js'); "
        "s = c.get('/static/js/site.js', HTTP_X_FORWARDED_PROTO='https'); "
        "print(r.status_code, r['Location'], s.get('Strict-Transport-Security'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=clean_env(DJANGO_SETTINGS_MODULE="technopolis.settings", **PRODUCTION_ENV),
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=True,
    )
    status, location, hsts = result.stdout.split(maxsplit=2)
    assert (status, location) == ("301", "https://www.technopolis.be/static/js/site.js")
    assert hsts.strip() == "max-age=31536000; includeSubDomains; preload"


@pytest.mark.django_db
def test_public_pages_send_the_security_headers_and_a_strict_csp(client, site):
    response = client.get("/en/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    policy = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    assert policy["script-src"] == "'self'"
    assert policy["default-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_wagtail_previews_may_be_framed_by_the_admin_only(admin_client, site):
    page = ContentPageFactory(parent=site["nl"], title="Praktisch")
    preview = admin_client.get(f"/admin/pages/{page.pk}/edit/preview/")
    assert preview.status_code == 200
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    admin = admin_client.get("/admin/")
    assert admin["X-Frame-Options"] == "DENY"
    # Wagtail's admin runs inline code of its own; the strict policy is for the public site.
    assert "Content-Security-Policy" not in admin


def _live_page_urls():
    return [page.url for page in Page.objects.live().filter(depth__gt=1).specific()]


@pytest.fixture
def site_of_every_kind(site):
    """A page of each main type below the Dutch home, a page holding every block an editor
    can pick, in every language, with a photograph: the pages as editors fill them."""
    ImageFactory(title="Kinderen bij de zeepbellenmuur", description="Kinderen en zeepbellen.")
    pages = pages_of_every_kind(site["nl"])
    blocks = ContentPageFactory(
        parent=site["nl"], title="Alles over ons", body=body_of_every_block()
    )
    translated = in_every_language(
        blocks,
        fr={"title": "Tout sur nous", "slug": "tout-sur-nous"},
        en={"title": "All about us", "slug": "all-about-us"},
    )
    for page in translated.values():
        page.refresh_from_db()  # as published, at its address in its language
    return [*pages, *site.values(), *translated.values()]


@pytest.mark.django_db
def test_no_public_page_has_inline_script_or_event_handlers(client, site_of_every_kind):
    live = {page.url for page in site_of_every_kind}
    urls = _live_page_urls() + ["/en/search/?q=robot", "/fr/does-not-exist/"]
    assert set(urls) >= live
    assert {type(page) for page in site_of_every_kind} >= {ContentPage, ClassVisitFormPage}
    for url in urls:
        html = client.get(url).content.decode()
        for script in elements(html, "script"):
            assert script.get("src") or script.get("type") == "application/ld+json", url
        for tag in ("a", "button", "body", "img", "form", "input", "div", "svg"):
            for attrs in elements(html, tag):
                handlers = [name for name in attrs if name.startswith("on")]
                assert not handlers, (url, tag, handlers)


@pytest.mark.django_db
def test_json_ld_blocks_cannot_break_out_of_their_script(client, site):
    # the home page describes the museum with its closures, whose reasons staff type in
    OpeningExceptionFactory(reason_en=f"clean-up {HOSTILE}")
    html = client.get("/en/").content.decode()
    blocks = html.split('<script type="application/ld+json">')[1:]
    assert blocks
    read = []
    for block in blocks:
        data = block.split("</script>", 1)[0]
        json.loads(data, object_hook=lambda entry: read.extend(entry.values()) or entry)
        assert "<" not in data
    assert any(HOSTILE in str(value) for value in read)  # the reason, intact once parsed


# The visitor's address behind a proxy ------------------------------------------------------


def _address(remote, forwarded=None, proxies=("127.0.0.1",)):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    request = RequestFactory().get("/", REMOTE_ADDR=remote, **headers)
    with override_settings(TRUSTED_PROXIES=[ipaddress.ip_network(p) for p in proxies]):
        return client_address(request)


def test_forwarded_for_from_an_untrusted_address_is_ignored():
    # Anyone can send the header; only our proxies' word counts.
    assert _address("203.0.113.7", "198.51.100.1") == "203.0.113.7"
    assert _address("203.0.113.7", "127.0.0.1") == "203.0.113.7"


def test_behind_a_trusted_proxy_the_visitor_is_the_address_it_saw():
    assert _address("127.0.0.1", "203.0.113.7") == "203.0.113.7"
    # What the visitor wrote in front of it is not believed.
    assert _address("127.0.0.1", "6.6.6.6, 203.0.113.7") == "203.0.113.7"
    assert _address("127.0.0.1", "2001:db8::7") == "2001:db8::7"
    # A proxy that added nothing: the proxy is all we know.
    assert _address("127.0.0.1") == "127.0.0.1"


def test_a_chain_of_trusted_proxies_is_walked_from_the_right():
    # Load balancer (10.0.0.0/8) -> nginx on the app server (127.0.0.1) -> app.
    proxies = ("127.0.0.1", "10.0.0.0/8")
    assert _address("127.0.0.1", "6.6.6.6, 203.0.113.7, 10.1.2.3", proxies) == "203.0.113.7"
    assert _address("10.200.0.1", "203.0.113.7, 10.1.2.3", proxies) == "203.0.113.7"
    # Only proxies in the header: the farthest one.
    assert _address("127.0.0.1", "10.9.9.9, 10.1.2.3", proxies) == "10.9.9.9"
    # A network not named is not trusted.
    assert _address("192.168.0.1", "203.0.113.7", proxies) == "192.168.0.1"


def test_a_malformed_forwarded_entry_ends_the_walk_at_the_last_good_address():
    proxies = ("127.0.0.1", "10.0.0.0/8")
    assert _address("127.0.0.1", "203.0.113.7, bogus, 10.1.2.3", proxies) == "10.1.2.3"
    assert _address("127.0.0.1", "203.0.113.7,", proxies) == "127.0.0.1"


@pytest.mark.parametrize(
    "value, networks",
    [("10.0.0.0/8, 192.0.2.1", ["10.0.0.0/8", "192.0.2.1/32"]), ("*", ["0.0.0.0/0", "::/0"])],
)
def test_trusted_proxies_come_from_forwarded_allow_ips(value, networks):
    trusted = settings_under({"DEBUG": "1", "FORWARDED_ALLOW_IPS": value}, ["TRUSTED_PROXIES"])
    assert trusted == {"TRUSTED_PROXIES": networks}


# Admin login throttling -------------------------------------------------------------------


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "e@example.org", "correct-horse")


def _login(client, password, address="203.0.113.7", username="editor", **headers):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE="en",
        **headers,
    )


@pytest.mark.django_db
def test_admin_login_locks_out_a_user_from_an_address_after_five_failures(client, editor):
    for _ in range(4):
        assert _login(client, "wrong").status_code == 200
    locked = _login(client, "wrong")
    assert locked.status_code == 429
    assert "Too many failed login attempts" in locked.content.decode()
    assert "blocked for 15 minutes" in locked.content.decode()
    # Even the right password is refused while the lockout lasts.
    assert _login(client, "correct-horse").status_code == 429
    # The same user from elsewhere, and another user from this address, are not locked out.
    assert _login(client, "correct-horse", address="198.51.100.2").status_code == 302


@pytest.mark.django_db
def test_lockout_message_speaks_the_editors_language(client, editor):
    for _ in range(5):
        response = client.post(
            "/admin/login/",
            {"username": "editor", "password": "wrong"},
            REMOTE_ADDR="203.0.113.8",
            HTTP_ACCEPT_LANGUAGE="nl",
        )
    assert response.status_code == 429
    assert "Te veel mislukte aanmeldpogingen" in response.content.decode()


@pytest.mark.django_db
def test_successful_login_is_not_throttled(client, editor):
    for _ in range(3):
        _login(client, "wrong")
    assert _login(client, "correct-horse").status_code == 302


@pytest.mark.django_db
def test_behind_the_proxy_each_visitor_has_a_lockout_of_their_own(client, editor):
    for _ in range(5):
        locked = _login(client, "wrong", "127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert locked.status_code == 429
    other = _login(client, "correct-horse", "127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert other.status_code == 302


@pytest.mark.django_db
def test_a_forged_forwarded_for_does_not_dodge_the_lockout(client, editor):
    for n in range(5):
        forged = {"HTTP_X_FORWARDED_FOR": f"198.51.100.{n}"}
        response = _login(client, "wrong", "203.0.113.10", **forged)
    assert response.status_code == 429


@pytest.mark.django_db
def test_one_address_is_locked_out_after_failures_across_user_names(client, editor, settings):
    settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS = 3
    for name in ("anna", "bert", "chris"):
        assert _login(client, "guess", "203.0.113.11", username=name).status_code == 200
    # A fourth user name, even the right password, from that address: refused.
    locked = _login(client, "correct-horse", "203.0.113.11")
    assert locked.status_code == 429
    html = locked.content.decode()
    assert "Too many failed login attempts" in html
    assert "whatever the user name" in html
    assert "blocked for up to 15 minutes" in html
    # The same user from elsewhere logs in.
    assert _login(client, "correct-horse", "198.51.100.11").status_code == 302


@pytest.mark.django_db
def test_password_reset_requests_are_throttled_per_address(client, editor):
    def ask(address):
        return client.post(
            "/admin/password_reset/",
            {"email": "e@example.org"},
            REMOTE_ADDR=address,
            HTTP_ACCEPT_LANGUAGE="nl",
        )

    for _ in range(5):
        assert ask("203.0.113.12").status_code == 302
    refused = ask("203.0.113.12")
    assert refused.status_code == 429
    assert "Te veel aanvragen voor een nieuw wachtwoord" in refused.content.decode()
    assert len(mail.outbox) == 5
    assert ask("198.51.100.12").status_code == 302


# Uploads ----------------------------------------------------------------------------------


def _png(width, height, mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def _upload(admin_client, name, content, content_type="image/png"):
    return admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": name,
            "description": "A black rectangle",
            "file": SimpleUploadedFile(name, content, content_type=content_type),
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )


@pytest.mark.django_db
def test_a_normal_photo_uploads(admin_client):
    from wagtail.images import get_image_model

    response = _upload(admin_client, "photo.png", _png(40, 30))
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="photo.png").exists()


@pytest.mark.django_db
def test_svg_is_refused_as_an_image(admin_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    response = _upload(admin_client, "logo.svg", svg, "image/svg+xml")
    assert response.status_code == 200
    assert "Not a supported image format" in response.content.decode()


@pytest.mark.django_db
def test_decompression_bomb_is_refused_with_a_message(admin_client):
    # 7,000 × 7,000 black pixels: a few kilobytes on disk, 49 million pixels once decoded.
    bomb = _png(7000, 7000, mode="1")
    assert len(bomb) < 100_000
    response = _upload(admin_client, "bomb.png", bomb)
    assert response.status_code == 200
    assert "too many pixels" in response.content.decode()


@pytest.mark.django_db
def test_oversized_image_file_is_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10_000
    response = _upload(admin_client, "noise.png", _png(40, 30) + b"\0" * 20_000)
    assert response.status_code == 200
    assert "This file is too big" in response.content.decode()


@pytest.mark.django_db
def test_oversized_request_body_is_refused(client, settings):
    body = "x=" + "a" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = client.post("/admin/login/", body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400


# Hostile input ----------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_search_terms_are_echoed_escaped(client, site, language):
    with translation.override(language):
        url = reverse("search")
    response = client.get(url, {"q": HOSTILE})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(" in html


@pytest.mark.django_db
def test_sql_fragments_in_search_are_just_words(client, site):
    pages = Page.objects.count()
    for query in ["' OR 1=1 --", "robot'; DROP TABLE wagtailcore_page; --", '" UNION SELECT 1']:
        response = client.get("/en/search/", {"q": query})
        assert response.status_code == 200
    assert Page.objects.count() == pages


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/en/../../technopolis/settings.py",
        "/static/../technopolis/settings.py",
        "/static/..%2f..%2ftechnopolis%2fsettings.py",
        "/media/../../etc/passwd",
        "/documents/1/..%2f..%2fsettings.py",
        "/en/%2e%2e/%2e%2e/etc/passwd",
    ],
)
def test_path_traversal_reaches_no_file(client, site, path):
    response = client.get(path)
    assert response.status_code in (301, 302, 400, 404)
    body = b"".join(response) if response.streaming else response.content
    assert b"SECRET_KEY" not in body
    assert b"root:" not in body


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/%ff%fe/", "/fr/caf%e9/", "/%c0%ae%c0%ae/"])
def test_invalid_utf8_in_the_path_is_not_a_server_error(client, site, path):
    response = client.get(path)
    assert response.status_code in (301, 302, 400, 404)


@pytest.mark.django_db
def test_invalid_utf8_in_the_query_string_is_not_a_server_error(client, site):
    response = client.get("/en/search/", QUERY_STRING="q=%ff%fe%fd&page=%c0")
    assert response.status_code == 200


@pytest.mark.django_db
def test_hostile_page_number_is_harmless(client, site):
    response = client.get("/en/search/", {"q": "robot", "page": "1; DROP TABLE x"})
    assert response.status_code == 200


def test_rich_text_from_the_editor_keeps_no_script_or_javascript_link():
    converter = ContentstateConverter(features=features.get_default_features())
    text = "<script>alert(1)</script> click here"
    editor_value = {
        "blocks": [
            {
                "key": "a",
                "type": "unstyled",
                "depth": 0,
                "text": text,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": text.index("click"), "length": 5, "key": 0}],
                "data": {},
            }
        ],
        "entityMap": {
            "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "javascript:x()"}}
        },
    }
    html = converter.to_database_format(json.dumps(editor_value))
    assert "<script" not in html
    assert "&lt;script&gt;" in html
    assert "javascript:" not in html


def test_templates_never_switch_off_escaping():
    # Rich text goes through |richtext and JSON-LD through its own escaping tag; nothing else
    # may print unescaped values.
    offenders = []
    for template in PROJECT.glob("**/templates/**/*.html"):
        if ".venv" in template.parts:
            continue
        text = template.read_text()
        if "|safe" in text or "autoescape off" in text:
            offenders.append(str(template.relative_to(PROJECT)))
    assert offenders == []


# Throttle counters and refused forms ------------------------------------------------------


class UnreachableCache(LocMemCache):
    """A cache whose server is down, as a backend that does not fail soft shows it."""

    def _down(self, *args, **kwargs):
        raise ConnectionError("cache server down")

    add = get = set = incr = _down


def test_throttle_lets_attempts_through_when_the_cache_fails(caplog):
    failing = {"default": {"BACKEND": "tests.test_security.UnreachableCache"}}
    with override_settings(CACHES=failing):
        assert not any(over_limit("test", "203.0.113.13", 1, 60) for _ in range(3))
    assert "Throttle counter unavailable" in caplog.text


@pytest.mark.django_db
def test_a_class_visit_request_is_stored_while_redis_is_down(client, class_visit_page):
    page = class_visit_page["nl"]
    data = class_visit_data()
    closed_port = {
        alias: {
            "BACKEND": "technopolis.cache_backend.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2},
        }
        for alias in ("default", "renditions")
    }
    with override_settings(CACHES=closed_port):
        response = client.post(page.url, data)
    assert response.status_code == 302
    assert response["Location"] == page.url + "sent/"
    assert ClassVisitRequest.objects.filter(school="Basisschool De Vlieger").exists()


@pytest.mark.django_db
def test_a_form_without_csrf_token_gets_a_page_in_the_language_of_its_url(class_visit_page):
    page = class_visit_page["fr"]
    referer = f"http://testserver{page.url}"
    client = Client(enforce_csrf_checks=True)
    response = client.post(page.url, class_visit_data(), HTTP_REFERER=referer)
    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert elements(html, "header", class_="site-header")
    assert "Votre formulaire n’a pas été envoyé" in html
    assert "cookies" in html
    assert elements(html, "a", class_="button", href=referer)
    assert not ClassVisitRequest.objects.exists()


@pytest.mark.parametrize(
    "referer, back",
    [("https://evil.example/x", "/en/"), ("", "/en/"), ("/en/contact/", "/en/contact/")],
)
def test_csrf_page_needs_no_database_and_links_back_only_within_the_site(referer, back):
    # No django_db mark: the page must render while the database is unreachable.
    request = RequestFactory().post("/en/some-form/", HTTP_REFERER=referer)
    response = csrf_failure(request)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Your form was not sent" in html
    assert elements(html, "a", class_="button", href=back)
