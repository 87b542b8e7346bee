"""Security: deploy checks, headers and CSP, login throttling, uploads, hostile input."""

import io
import json
import subprocess
import sys

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.models import Page
from wagtail.rich_text import features

from .helpers import elements
from .settings_env import PRODUCTION_ENV, PROJECT, clean_env, settings_under

HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>"


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
        "c = Client(HTTP_HOST='www.technopolis.be'); r = c.get('/robots.txt'); "
        "s = c.get('/robots.txt', HTTP_X_FORWARDED_PROTO='https'); "
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
    assert (status, location) == ("301", "https://www.technopolis.be/robots.txt")
    assert hsts.strip() == "max-age=31536000; includeSubDomains; preload"


@pytest.mark.django_db
def test_public_pages_send_the_security_headers_and_a_strict_csp(client):
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
def test_wagtail_previews_may_be_framed_by_the_admin_only(admin_client):
    page = Page.objects.filter(depth=3).first()
    preview = admin_client.get(f"/admin/pages/{page.pk}/edit/preview/")
    assert preview.status_code == 200
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    admin = admin_client.get("/admin/")
    assert admin["X-Frame-Options"] == "DENY"
    # Wagtail's admin runs inline code of its own; the strict policy is for the public site.
    assert "Content-Security-Policy" not in admin


def _live_page_urls():
    return [page.url for page in Page.objects.live().filter(depth__gt=1).specific()]


@pytest.mark.django_db
def test_no_public_page_has_inline_script_or_event_handlers(client):
    urls = _live_page_urls() + ["/en/search/?q=robot", "/fr/does-not-exist/"]
    assert len(urls) > 20
    for url in urls:
        html = client.get(url).content.decode()
        for script in elements(html, "script"):
            assert script.get("src") or script.get("type") == "application/ld+json", url
        for tag in ("a", "button", "body", "img", "form", "input", "div", "svg"):
            for attrs in elements(html, tag):
                handlers = [name for name in attrs if name.startswith("on")]
                assert not handlers, (url, tag, handlers)


@pytest.mark.django_db
def test_json_ld_blocks_cannot_break_out_of_their_script(client):
    html = client.get("/en/").content.decode()
    blocks = html.split('<script type="application/ld+json">')[1:]
    assert blocks
    for block in blocks:
        data = block.split("</script>", 1)[0]
        json.loads(data)
        assert "<" not in data


# Admin login throttling -------------------------------------------------------------------


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "e@example.org", "correct-horse")


def _login(client, password, address="203.0.113.7", username="editor"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE="en",
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
def test_search_terms_are_echoed_escaped(client, language):
    with translation.override(language):
        url = reverse("search")
    response = client.get(url, {"q": HOSTILE})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(" in html


@pytest.mark.django_db
def test_sql_fragments_in_search_are_just_words(client):
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
def test_path_traversal_reaches_no_file(client, path):
    response = client.get(path)
    assert response.status_code in (301, 302, 400, 404)
    body = b"".join(response) if response.streaming else response.content
    assert b"SECRET_KEY" not in body
    assert b"root:" not in body


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/%ff%fe/", "/fr/caf%e9/", "/%c0%ae%c0%ae/"])
def test_invalid_utf8_in_the_path_is_not_a_server_error(client, path):
    response = client.get(path)
    assert response.status_code in (301, 302, 400, 404)


@pytest.mark.django_db
def test_invalid_utf8_in_the_query_string_is_not_a_server_error(client):
    response = client.get("/en/search/", QUERY_STRING="q=%ff%fe%fd&page=%c0")
    assert response.status_code == 200


@pytest.mark.django_db
def test_hostile_page_number_is_harmless(client):
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
