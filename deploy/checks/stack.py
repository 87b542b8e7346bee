"""What the scripted checks run against: the demo site in a PostgreSQL database of its own,
gunicorn processes with production settings on loopback ports, and a small HTTP client.

CHECK_DATABASE_URL (postgres://postgres@127.0.0.1:5432/technopolis_checks) names the database,
which is created and loaded when missing; CHECK_REDIS_URL (redis://127.0.0.1:6379/14) the cache.
"""

import http.cookiejar
import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
DATABASE_URL = os.environ.get(
    "CHECK_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/technopolis_checks"
)
REDIS_URL = os.environ.get("CHECK_REDIS_URL", "redis://127.0.0.1:6379/14")
ADMIN_PASSWORD = "check-admin-password"


def app_env(**extra):
    """Production settings on loopback: DEBUG off, PostgreSQL, Redis."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        DEBUG="0",
        SECRET_KEY="scripted-checks-only-not-a-production-secret",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=DATABASE_URL,
        REDIS_URL=REDIS_URL,
        LOG_LEVEL="WARNING",
    )
    env.update(extra)
    return env


def manage(*args, **env):
    return subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=app_env(**env),
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def prepare_site():
    """Create the database if needed, migrate it and load the demo site (both repeatable)."""
    import psycopg

    url = urllib.parse.urlsplit(DATABASE_URL)
    name = url.path.lstrip("/")
    server = url._replace(path="/postgres").geturl()
    with psycopg.connect(server, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')
    print(f"preparing {name}: migrate, demo content, static files", flush=True)
    manage("migrate", "--no-input")
    manage("load_demo", "--admin-password", ADMIN_PASSWORD)
    manage("collectstatic", "--no-input")
    manage("shell", "-c", "from django.core.cache import cache; cache.clear()")


class App:
    """A gunicorn on 127.0.0.1:port, started with deploy/gunicorn.conf.py; a context manager."""

    def __init__(self, port, workers=2, **env):
        self.port = port
        self.base = f"http://127.0.0.1:{port}"
        self.env = app_env(PORT=str(port), WEB_CONCURRENCY=str(workers), **env)
        self.process = None
        # The app's log, kept out of the check's own output.
        self.log = ROOT / "var" / f"gunicorn-{port}.log"

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                GUNICORN,
                "-c",
                "deploy/gunicorn.conf.py",
                "--bind",
                f"127.0.0.1:{self.port}",
                "technopolis.wsgi:application",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"gunicorn on port {self.port} exited; see {self.log}")
            try:
                if fetch(self.base + "/readyz").status == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        self.__exit__()
        sys.exit(f"gunicorn on port {self.port} did not become ready")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=40)


class Response:
    def __init__(self, status, headers, body, seconds):
        self.status, self.headers, self.body, self.seconds = status, headers, body, seconds

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def opener(cookies=None):
    handlers = [_NoRedirect()]
    if cookies is not None:
        handlers.append(urllib.request.HTTPCookieProcessor(cookies))
    return urllib.request.build_opener(*handlers)


_plain = opener()


def fetch(url, data=None, session=None, timeout=10, headers=None):
    """One request; redirects are returned, not followed. `data` (a dict) makes it a POST."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers=headers or {})
    started = time.perf_counter()
    try:
        with (session or _plain).open(request, timeout=timeout) as response:
            content = response.read()
            status, response_headers = response.status, response.headers
    except urllib.error.HTTPError as error:
        content, status, response_headers = error.read(), error.code, error.headers
    return Response(status, response_headers, content, time.perf_counter() - started)


def admin_session(base):
    """A logged-in admin session (a cookie jar opener) and its CSRF token."""
    cookies = http.cookiejar.CookieJar()
    session = opener(cookies)
    fetch(base + "/admin/login/", session=session)
    token = next(cookie.value for cookie in cookies if cookie.name == "csrftoken")
    login = fetch(
        base + "/admin/login/",
        {"username": "admin", "password": ADMIN_PASSWORD, "csrfmiddlewaretoken": token},
        session=session,
    )
    if login.status != 302:
        sys.exit(f"admin login failed with {login.status}")
    token = next(cookie.value for cookie in cookies if cookie.name == "csrftoken")
    return session, token
