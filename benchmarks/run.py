"""Benchmark: the site under gunicorn with production settings, behind nginx, on PostgreSQL.

One command (see benchmarks/README.md). It builds a fresh PostgreSQL database with the demo
content, starts two gunicorns (page cache on / off) and nginx on loopback, warms up, measures
with wrk and prints one table: requests/s, latency percentiles, ratios to the physical limits,
SQL queries and HTML bytes per page, worker memory after 10,000 requests, and the cost of
the first 100 requests across the site after a publish.
Figures are reported, never asserted.
"""

import argparse
import json
import os
import pwd
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
PROXY_PORT, CACHED_PORT, UNCACHED_PORT = 8089, 8091, 8092
HOST = "127.0.0.1"
# A page of every type, the What's on page with filters and a search. The first six are
# also measured at 8 connections and behind the caches.
PAGES = {
    "home": "/en/",
    "umbrella organisations": "/en/international/umbrella-organisations/",
    "a declaration": "/en/international/world-declarations/mechelen-declaration/",
    "opening hours": "/en/visitors/opening-hours/",
    "programme listing": "/en/schools/school-programmes/",
    "search": "/en/search/?q=science",
    "content page": "/en/visitors/plan-your-visit/",
    "audience page": "/en/visitors/",
    "tickets": "/en/visitors/tickets/",
    "zones": "/en/visitors/zones/",
    "a zone": "/en/visitors/zones/childrens-science-centre/",
    "what's on": "/en/visitors/whats-on/",
    "what's on, filtered": "/en/visitors/whats-on/?when=weekend&age=8",
    "an activity": "/en/visitors/whats-on/ice-cold-liquid-nitrogen/",
    "a school programme": "/en/schools/school-programmes/air-everywhere/",
    "class visit form": "/en/schools/book-a-class-visit/",
    "event spaces": "/en/venue-hire/spaces-and-packages/",
    "event enquiry form": "/en/venue-hire/request-a-quote/",
    "an organisation": "/en/international/umbrella-organisations/astc/",
    "projects": "/en/international/european-programmes/",
    "a project": "/en/international/european-programmes/nets-eu/",
    "declarations": "/en/international/world-declarations/",
}
BOTH_LOADS = list(PAGES)[:6]
LUA = """
done = function(summary, latency, requests)
  io.write(string.format("JSON{\\"rps\\": %f, \\"p50\\": %f, \\"p95\\": %f, \\"p99\\": %f, "
    .. "\\"errors\\": %d, \\"requests\\": %d}\\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout, summary.requests))
end
"""


def ensure_tools():
    missing = [pkg for cmd, pkg in [("nginx", "nginx"), ("wrk", "wrk")] if not shutil.which(cmd)]
    if not Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so").exists():
        missing.append("libnginx-mod-http-cache-purge")
    if missing:
        print("installing", " ".join(missing), flush=True)
        subprocess.run(["apt-get", "update", "-qq"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", *missing],
            check=True,
            stdout=subprocess.DEVNULL,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )


def wait_for(url, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.status
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer in {seconds}s")


def manage(env, *args):
    subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )


def wrk(url, connections, seconds, lua_path):
    threads = min(connections, 2)
    out = subprocess.run(
        [
            "wrk",
            "-t",
            str(threads),
            "-c",
            str(connections),
            "-d",
            f"{seconds}s",
            "-s",
            lua_path,
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(re.search(r"JSON(\{.*\})", out).group(1))


def worker_rss_mb(master_pid):
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    total = 0
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
    return total / 1024 / max(len(children), 1)


def page_facts(env):
    """SQL queries and HTML bytes per page, measured in-process: on an uncached render (as the
    uncached gunicorn serves it) and on the first render after a publish, which also reloads
    what the site keeps until content changes (settings, menus, opening hours, routes)."""
    script = f"""
import json
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from technopolis.cache import purge
# A host name of its own: the pages cached for the proxy's host would answer otherwise.
client = Client(HTTP_HOST="localhost")
facts = {{}}
for name, url in {PAGES!r}.items():
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    purge()
    with CaptureQueriesContext(connection) as after_publish:
        client.get(url)
    facts[name] = {{"status": response.status_code, "queries": len(queries),
                   "after_publish": len(after_publish), "bytes": len(response.content)}}
print("FACTS" + json.dumps(facts))
"""
    out = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env={**env, "PAGE_CACHE_SECONDS": "0"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out.split("FACTS", 1)[1])


def site_urls(base, count=100):
    """The first `count` page addresses of the sitemap (every page in every language)."""
    with urllib.request.urlopen(f"{base}/sitemap.xml", timeout=30) as response:
        locations = re.findall(r"<loc>([^<]+)</loc>", response.read().decode())
    paths = [re.sub(r"^https?://[^/]+", "", location) for location in locations]
    return paths[:count]


def after_change(env, base, paths, change):
    """Misses and milliseconds of one pass over `paths` on the app-cached server, once they
    are all cached and `change` (Python run in `manage.py shell`) has been made."""
    for path in paths:
        urllib.request.urlopen(base + path, timeout=30).read()
    subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", change],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    misses, started = 0, time.perf_counter()
    for path in paths:
        with urllib.request.urlopen(base + path, timeout=30) as response:
            response.read()
            misses += response.headers.get("X-Cache") == "MISS"
    return misses, (time.perf_counter() - started) * 1000


PUBLISH = (
    "from wagtail.models import Page; "
    "page = Page.objects.get(url_path__endswith='/school-programmes/air-everywhere/').specific; "
    "page.save_revision().publish()"
)
SITE_WIDE = "from technopolis.cache import purge; purge()"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10, help="duration of each wrk run")
    parser.add_argument("--memory-requests", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    ensure_tools()
    run_dir = Path(tempfile.mkdtemp(prefix="technopolis-bench-"))
    lua_path = run_dir / "report.lua"
    lua_path.write_text(LUA)
    database = "technopolis_bench"
    subprocess.run(["dropdb", "-h", HOST, "-U", "postgres", "--if-exists", database], check=True)
    subprocess.run(["createdb", "-h", HOST, "-U", "postgres", database], check=True)
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "benchmark-only-secret-key",
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "DATABASE_URL": f"postgres://postgres@{HOST}:5432/{database}",
        "REDIS_URL": f"redis://{HOST}:6379/15",
        "MEDIA_ROOT": str(run_dir / "media"),
        "WAGTAILADMIN_BASE_URL": f"http://{HOST}:{PROXY_PORT}",
        "FRONTEND_CACHE_URL": f"http://{HOST}:{PROXY_PORT}",
        "LOG_LEVEL": "WARNING",
    }
    subprocess.run(["redis-cli", "-n", "15", "flushdb"], check=False, stdout=subprocess.DEVNULL)
    print("preparing the database and static files", flush=True)
    manage(env, "migrate", "--no-input")
    manage(env, "load_demo")
    manage(env, "collectstatic", "--no-input")

    processes = []
    try:
        masters = {}
        for port, page_cache in [(CACHED_PORT, "600"), (UNCACHED_PORT, "0")]:
            process = subprocess.Popen(
                [
                    GUNICORN,
                    "technopolis.wsgi:application",
                    "--bind",
                    f"{HOST}:{port}",
                    "--workers",
                    str(args.workers),
                    "--worker-class",
                    "sync",
                    "--log-level",
                    "warning",
                    # Two gunicorns on one machine would fight over the default control socket.
                    "--no-control-socket",
                ],
                cwd=ROOT,
                env={**env, "PAGE_CACHE_SECONDS": page_cache},
            )
            processes.append(process)
            masters[port] = process.pid
        conf = (ROOT / "deploy" / "nginx.conf.template").read_text()
        for key, value in {
            "RUN_DIR": str(run_dir),
            "NGINX_USER": pwd.getpwuid(os.getuid()).pw_name,
            "APP_ADDRESS": f"{HOST}:{CACHED_PORT}",
            "LISTEN": f"{HOST}:{PROXY_PORT}",
            "STATIC_ROOT": str(ROOT / "staticfiles"),
            "MEDIA_ROOT": env["MEDIA_ROOT"],
        }.items():
            conf = conf.replace("${" + key + "}", value)
        (run_dir / "nginx.conf").write_text(conf)
        nginx = subprocess.Popen(["nginx", "-c", str(run_dir / "nginx.conf"), "-g", "daemon off;"])
        processes.append(nginx)
        for port in (CACHED_PORT, UNCACHED_PORT, PROXY_PORT):
            wait_for(f"http://{HOST}:{port}/healthz")

        static = next((ROOT / "staticfiles" / "css").glob("site.*.css"))
        rows = []

        def measure(label, url, connections, limit=None):
            wrk(url, connections, 1, str(lua_path))  # warm up
            result = wrk(url, connections, args.seconds, str(lua_path))
            result.update(label=label, connections=connections, limit=limit)
            rows.append(result)
            return result

        for c in (1, 8):
            ceiling_static = measure(
                "static file via nginx (physical limit)",
                f"http://{HOST}:{PROXY_PORT}/static/css/{static.name}",
                c,
            )
            ceiling_noop = measure(
                "no-op view (/healthz) under gunicorn", f"http://{HOST}:{CACHED_PORT}/healthz", c
            )
            for name in ("home", "umbrella organisations"):
                measure(
                    f"{name}: nginx cache",
                    f"http://{HOST}:{PROXY_PORT}{PAGES[name]}",
                    c,
                    ("static", ceiling_static["rps"]),
                )
                measure(
                    f"{name}: app cache",
                    f"http://{HOST}:{CACHED_PORT}{PAGES[name]}",
                    c,
                    ("no-op", ceiling_noop["rps"]),
                )
            for name, path in PAGES.items():
                if c == 1 or name in BOTH_LOADS:
                    measure(
                        f"{name}: uncached",
                        f"http://{HOST}:{UNCACHED_PORT}{path}",
                        c,
                        ("no-op", ceiling_noop["rps"]),
                    )

        base = f"http://{HOST}:{CACHED_PORT}"
        paths = site_urls(base)
        publishes = {
            "publish of a school programme": after_change(env, base, paths, PUBLISH),
            "a change every page shows (each publish before)": after_change(
                env, base, paths, SITE_WIDE
            ),
        }

        rss_before = worker_rss_mb(masters[UNCACHED_PORT])
        sent = 0
        while sent < args.memory_requests:
            batch = wrk(f"http://{HOST}:{UNCACHED_PORT}{PAGES['home']}", 4, 2, str(lua_path))
            sent += batch["requests"]
        rss_after = worker_rss_mb(masters[UNCACHED_PORT])
        facts = page_facts(env)
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            process.wait(timeout=20)

    print()
    print(
        f"{'target':48} {'conn':>4} {'req/s':>9} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}"
        f" {'err':>4}  ratio"
    )
    for row in rows:
        ratio = f"{row['rps'] / row['limit'][1]:.2f} of {row['limit'][0]}" if row["limit"] else ""
        print(
            f"{row['label']:48} {row['connections']:>4} {row['rps']:>9.0f} {row['p50']:>7.2f}"
            f" {row['p95']:>7.2f} {row['p99']:>7.2f} {row['errors']:>4}  {ratio}"
        )
    print()
    print(
        f"{'page (uncached render)':28} {'status':>6} {'SQL':>4} {'SQL after publish':>18}"
        f" {'HTML bytes':>11}"
    )
    for name, fact in facts.items():
        print(
            f"{name:28} {fact['status']:>6} {fact['queries']:>4} {fact['after_publish']:>18}"
            f" {fact['bytes']:>11}"
        )
    print()
    print(f"first {len(paths)} requests across the site after a change (app cache, one at a time)")
    for name, (misses, ms) in publishes.items():
        print(f"  {name:50} {misses:>4} rendered again {ms:>9.0f} ms in all")
    print()
    print(
        f"gunicorn worker memory (uncached app): {rss_before:.1f} MB before, "
        f"{rss_after:.1f} MB after {sent} more requests"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
