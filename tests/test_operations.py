"""Operations: health endpoints, error pages, logs, scheduled publishing, Redis outages."""

import json
import logging
import shutil
import socket
import subprocess
import time
from datetime import timedelta
from unittest import mock

import pytest
import time_machine
from django.core.management import call_command
from django.db import OperationalError
from django.test import RequestFactory, override_settings
from django.utils import timezone

from technopolis import cache_backend
from technopolis.log_format import JsonFormatter

from .factories import ContentPageFactory, translate
from .settings_env import settings_under

# Health -----------------------------------------------------------------------------------


def test_healthz_answers_without_the_database(client):
    # No django_db mark: any database access here would fail the test.
    response = client.get("/healthz", HTTP_HOST="10.0.0.12")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_readyz_checks_database_and_cache_and_is_never_cached(client):
    for _ in range(2):
        response = client.get("/readyz", HTTP_HOST="10.0.0.12")
        assert response.status_code == 200
        assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
        assert response["Cache-Control"] == "no-store"
        assert "X-Cache" not in response


@pytest.mark.django_db
def test_readyz_is_503_when_the_database_is_down(client):
    with mock.patch(
        "django.db.backends.utils.CursorWrapper.execute",
        side_effect=OperationalError("connection refused"),
    ):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


@pytest.mark.django_db
def test_readyz_is_503_when_the_cache_is_down(client):
    unreachable = {
        "default": {
            "BACKEND": "technopolis.cache_backend.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }
    with override_settings(CACHES=unreachable):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "ok", "cache": "unavailable"}


# Error pages ------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url, heading",
    [
        ("/nl/bestaat-niet/", "Pagina niet gevonden"),
        ("/fr/n-existe-pas/", "Page introuvable"),
        ("/en/does-not-exist/", "Page not found"),
    ],
)
def test_404_page_speaks_the_visitors_language(client, site, url, heading):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<h1 class="page-header__title">{heading}</h1>' in html
    assert 'name="q"' in html
    assert '<meta name="robots" content="noindex">' in html


@override_settings(ROOT_URLCONF="tests.urls_server_error")
@pytest.mark.parametrize(
    "url, heading",
    [("/fr/panne/", "Un problème est survenu"), ("/en/broken/", "Something went wrong")],
)
def test_500_page_speaks_the_visitors_language_without_the_database(client, url, heading):
    # No django_db mark: the 500 page must render while the database is unreachable.
    client.raise_request_exception = False
    response = client.get(url)
    assert response.status_code == 500
    html = response.content.decode()
    assert heading in html
    assert f'href="/{url.split("/")[1]}/"' in html


# Logs -------------------------------------------------------------------------------------


def test_json_log_lines_carry_level_logger_request_and_exception():
    request = RequestFactory().get("/en/search/")
    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.getLogger("django.request").makeRecord(
            "django.request",
            logging.ERROR,
            __file__,
            1,
            "Internal Server Error: %s",
            ("/en/search/",),
            exc_info=__import__("sys").exc_info(),
            extra={"request": request, "status_code": 500},
        )
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "ERROR"
    assert entry["logger"] == "django.request"
    assert entry["message"] == "Internal Server Error: /en/search/"
    assert (entry["method"], entry["path"], entry["status"]) == ("GET", "/en/search/", 500)
    assert "ValueError: boom" in entry["exception"]


def test_log_format_and_task_backend_come_from_the_environment():
    configured = settings_under(
        {"DEBUG": "1", "LOG_FORMAT": "json", "TASKS_BACKEND": "database"}, ["LOGGING", "TASKS"]
    )
    assert configured["LOGGING"]["handlers"]["stdout"]["formatter"] == "json"
    assert configured["LOGGING"]["handlers"]["stdout"]["stream"] == "ext://sys.stdout"
    assert configured["TASKS"]["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    default = settings_under({"DEBUG": "1"}, ["TASKS"])
    assert default["TASKS"]["default"]["BACKEND"].endswith("ImmediateBackend")


def test_media_go_to_object_storage_when_a_bucket_is_named():
    names = ["STORAGES", "AWS_S3_CUSTOM_DOMAIN", "AWS_QUERYSTRING_AUTH", "CONTENT_SECURITY_POLICY"]
    s3 = settings_under(
        {
            "DEBUG": "1",
            "AWS_STORAGE_BUCKET_NAME": "tp-media",
            "AWS_S3_CUSTOM_DOMAIN": "media.tp.be",
        },
        names,
    )
    assert s3["STORAGES"]["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert s3["AWS_QUERYSTRING_AUTH"] is False
    assert "https://media.tp.be" in s3["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]
    local = settings_under({"DEBUG": "1"}, names)
    assert local["STORAGES"]["default"]["BACKEND"].endswith("FileSystemStorage")


# Scheduled publishing ---------------------------------------------------------------------


@pytest.mark.django_db
def test_publish_scheduled_puts_a_scheduled_change_on_the_cached_site(client, site, site_settings):
    dutch = ContentPageFactory(parent=site["nl"], title="Over ons")
    page = translate(dutch, "en", title="About us", slug="about-us")
    page.refresh_from_db()  # as published
    assert client.get(page.url)["X-Cache"] == "MISS"
    assert client.get(page.url)["X-Cache"] == "HIT"
    page.title = "Mission, vision and values"
    page.go_live_at = timezone.now() + timedelta(minutes=5)
    page.save_revision().publish()
    assert "Mission, vision and values" not in client.get(page.url).content.decode()
    with time_machine.travel(page.go_live_at + timedelta(seconds=1)):
        call_command("publish_scheduled", verbosity=0)
    assert "Mission, vision and values" in client.get(page.url).content.decode()


# Redis outage, with a real Redis ----------------------------------------------------------


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start_redis(port, directory):
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--save", "", "--dir", str(directory)],
        stdout=subprocess.DEVNULL,
    )
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("redis-server did not start")


@pytest.mark.django_db
@pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server")
def test_site_serves_uncached_while_redis_is_down_and_recovers(
    client, site, site_settings, tmp_path, caplog
):
    port = _free_port()
    redis = _start_redis(port, tmp_path)
    caches = {
        "default": {
            "BACKEND": "technopolis.cache_backend.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
        }
    }
    try:
        with (
            override_settings(CACHES=caches),
            mock.patch.object(cache_backend, "RETRY_AFTER_SECONDS", 0),
        ):
            client.get("/en/")
            assert client.get("/en/")["X-Cache"] == "HIT"

            redis.terminate()
            redis.wait()
            down = client.get("/en/")
            assert down.status_code == 200
            assert "X-Cache" not in down or down["X-Cache"] == "MISS"
            assert client.get("/readyz").status_code == 503
            assert "Redis cache unavailable" in caplog.text

            redis = _start_redis(port, tmp_path)
            assert client.get("/readyz").status_code == 200
            client.get("/en/")
            assert client.get("/en/")["X-Cache"] == "HIT"
    finally:
        redis.terminate()
        redis.wait()


def test_a_redis_that_hangs_costs_one_timeout_then_is_skipped(caplog):
    from django.core.cache import cache

    with socket.socket() as hung:
        hung.bind(("127.0.0.1", 0))
        hung.listen()  # connections wait in the backlog, never answered
        caches = {
            "default": {
                "BACKEND": "technopolis.cache_backend.ResilientRedisCache",
                "LOCATION": f"redis://127.0.0.1:{hung.getsockname()[1]}/0",
                "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
            }
        }
        with override_settings(CACHES=caches):
            started = time.monotonic()
            assert cache.get("key") is None
            # None, not a number: a counter that was not counted (technopolis/throttle.py)
            assert cache.incr("count") is None
            for _ in range(20):  # a page render's cache calls
                assert cache.get("key") is None
            assert time.monotonic() - started < 1, "one socket timeout, not one per call"
    assert "Redis cache unavailable" in caplog.text
