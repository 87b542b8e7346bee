"""Page weight: a first view of the home page, images aside, transfers at most 100 KB; it loads
nothing from other hosts and no script blocks rendering; static files are served compressed,
under hashed names cached for a year or more.

Static files come from collectstatic's output (bin/test runs it), served by WhiteNoise as in
production without nginx; nginx serves the same precompressed files (deploy/nginx.conf.template).
"""

import gzip
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.cache import cache

from .factories.site_tree import every_page_type
from .helpers import elements

pytestmark = pytest.mark.django_db

BUDGET = 100 * 1024
YEAR = 365 * 24 * 3600
# Stylesheets, scripts and fonts: what a first view downloads apart from images.
FONT = re.compile(r"url\(['\"]?([^'\")]+\.(?:woff2?|ttf|otf))", re.I)


@pytest.fixture(scope="module")
def collected():
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if not manifest.exists():
        pytest.fail("No collected static files: run `manage.py collectstatic` (bin/test does)")


@pytest.fixture
def home(client, collected, site):
    every_page_type(site)  # the menu and the footer as full as on the live site
    cache.clear()  # a first view, rendered
    response = client.get("/nl/", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    return response.content.decode()


def assets_of(html):
    """Addresses of the stylesheets, scripts and preloaded fonts a page loads."""
    links = [
        link["href"]
        for link in elements(html, "link")
        if {"stylesheet", "preload", "modulepreload"} & set(link.get("rel", "").split())
        and link.get("as") not in ("image",)
    ]
    return links + [script["src"] for script in elements(html, "script") if "src" in script]


def fetch(client, url):
    """What the browser receives for a static file: (compressed body, response)."""
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert response.status_code == 200, url
    return b"".join(response.streaming_content), response


def test_first_view_of_the_home_page_weighs_at_most_100_kb(client, home):
    # nginx compresses pages at its default gzip_comp_level, 1.
    sizes = {"/nl/ (HTML)": len(gzip.compress(home.encode(), compresslevel=1))}
    queue = assets_of(home)
    while queue:
        url = queue.pop()
        body, response = fetch(client, url)
        assert response["Content-Encoding"] == "gzip", url
        sizes[url] = len(body)
        if url.endswith(".css"):
            fonts = FONT.findall(gzip.decompress(body).decode())
            queue += [font for font in fonts if font not in sizes]
    total = sum(sizes.values())
    report = ", ".join(f"{url}: {size:,} B" for url, size in sizes.items())
    assert total <= BUDGET, f"home page first view: {total:,} B over {BUDGET:,} B ({report})"
    assert any(url.endswith(".css") for url in sizes), report  # the measure saw the styles


def test_nothing_is_loaded_from_another_host_and_no_script_blocks_rendering(home):
    for url in assets_of(home):
        assert not urlsplit(url).netloc, f"third-party resource: {url}"
    for script in elements(home, "script"):
        if "src" in script:
            assert "defer" in script or "async" in script or script.get("type") == "module"
        else:
            assert script.get("type") == "application/ld+json", script  # data, not code


def test_static_files_are_compressed_hashed_and_cached_for_a_year(client, home):
    for url in assets_of(home):
        name = urlsplit(url).path.removeprefix(settings.STATIC_URL)
        assert re.search(r"\.[0-9a-f]{12}\.\w+$", name), f"not a hashed name: {url}"
        assert (Path(settings.STATIC_ROOT) / f"{name}.gz").exists(), url
        body, response = fetch(client, url)
        cache_control = response["Cache-Control"]
        assert "immutable" in cache_control and "public" in cache_control, cache_control
        assert int(re.search(r"max-age=(\d+)", cache_control)[1]) >= YEAR, cache_control
        assert "Accept-Encoding" in response["Vary"]
        assert len(body) < Path(settings.STATIC_ROOT, name).stat().st_size
