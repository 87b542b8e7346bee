"""Backups: a pg_dump of the site restored into an empty database serves the same pages."""

import json
import shutil
import subprocess
import sys

import psycopg
import pytest
from django.db import connection

from .factories import in_every_language, make_site
from .factories.staff import pages_of_every_kind
from .helpers import committed
from .settings_env import PROJECT, clean_env

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only"),
    pytest.mark.skipif(shutil.which("pg_dump") is None, reason="needs PostgreSQL's client tools"),
]

# Every live page: its status and <title>, rendered by a separate process on a given database.
RENDER = """
import json, re, django
django.setup()
from django.test import Client
from wagtail.models import Page
client = Client()
pages = {}
for page in Page.objects.live().filter(depth__gt=1).order_by("path"):
    response = client.get(page.url)
    title = re.search(r"<title>(.*?)</title>", response.content.decode(), re.S)
    pages[page.url] = [response.status_code, title and title.group(1).strip()]
print(json.dumps(pages))
"""

TREE = "SELECT path, url_path, title, live, locale_id FROM wagtailcore_page ORDER BY path"


def _url(name):
    settings = connection.settings_dict
    return (
        f"postgres://{settings['USER']}:{settings['PASSWORD'] or ''}@{settings['HOST']}:"
        f"{settings['PORT'] or 5432}/{name}"
    )


def _rendered(database_url):
    result = subprocess.run(
        [sys.executable, "-c", RENDER],
        env=clean_env(
            DJANGO_SETTINGS_MODULE="technopolis.settings",
            DEBUG="0",
            SECRET_KEY="backup-test",
            ALLOWED_HOSTS="testserver",
            DATABASE_URL=database_url,
            REDIS_URL="",
            LOG_LEVEL="ERROR",
        ),
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def published_site():
    """The site in every language with a page of each main type, committed (pg_dump and the
    rendering processes read what other connections see); removed again afterwards:
    the urls of the pages built."""
    from wagtail.models import Page, Site

    def build():
        original_root = Site.objects.get(is_default_site=True).root_page_id
        homes = make_site()
        pages = [*homes.values(), *pages_of_every_kind(homes["nl"])[1:]]
        about = next(page for page in pages if page.title == "Over ons")
        translated = in_every_language(
            about,
            fr={"title": "À propos", "slug": "a-propos"},
            en={"title": "About us", "slug": "about-us"},
        )
        pages += [translated["fr"], translated["en"]]
        urls = [Page.objects.get(pk=page.pk).url for page in pages]
        return original_root, [page.pk for page in homes.values()], urls

    original_root, homes, urls = committed(build)
    yield urls

    def remove():
        Site.objects.filter(is_default_site=True).update(root_page_id=original_root)
        for home in Page.objects.filter(pk__in=homes):
            home.delete()

    committed(remove)


@pytest.fixture
def empty_database():
    name = f"{connection.settings_dict['NAME']}_restored"
    with psycopg.connect(_url("postgres"), autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}"')
        server.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(_url("postgres"), autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_backup_restored_into_an_empty_database_serves_the_same_pages(
    tmp_path, published_site, empty_database
):
    original = _url(connection.settings_dict["NAME"])
    restored = _url(empty_database)
    env = clean_env(DATABASE_URL=original, PYTHON=sys.executable)

    backup = subprocess.run(
        ["deploy/backup.sh", str(tmp_path)], env=env, cwd=PROJECT, capture_output=True, text=True
    )
    assert backup.returncode == 0, backup.stderr
    dump = backup.stdout.strip()
    assert dump.endswith(".dump")

    env["DATABASE_URL"] = restored
    restore = subprocess.run(
        ["deploy/restore.sh", dump], env=env, cwd=PROJECT, capture_output=True, text=True
    )
    assert restore.returncode == 0, restore.stderr

    with psycopg.connect(original) as before, psycopg.connect(restored) as after:
        tree = before.execute(TREE).fetchall()
        assert len(tree) > len(published_site)
        assert after.execute(TREE).fetchall() == tree

    served = _rendered(restored)
    assert served == _rendered(original)
    assert set(served) >= set(published_site)
    # every page of the site; Wagtail's welcome page of a fresh install is outside it, with
    # no address ("null")
    assert all(status == 200 for url, (status, _) in served.items() if url != "null")
    assert all(served[url][0] == 200 for url in published_site)
