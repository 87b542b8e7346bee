"""PostgreSQL restart under traffic: at most the requests in flight fail, then the app serves
again by itself (connection health checks), with no app restart.

    .venv/bin/python deploy/checks/db_restart.py                  # cut the app's connections
    .venv/bin/python deploy/checks/db_restart.py --restart-server # really restart PostgreSQL

By default the check ends every connection to its own database (pg_terminate_backend), which
is what the app sees of a restart, without disturbing other databases on the server.
--restart-server restarts the whole cluster with pg_ctlcluster: only on a machine of its own.
"""

import argparse
import itertools
import subprocess
import sys
import threading
import time
import urllib.parse

import psycopg
from stack import DATABASE_URL, App, fetch, prepare_site

CLIENTS = 4
# Query strings keep the page cache out of the way: every request reads the database.
URLS = ["/en/?check={}", "/en/search/?q=science&check={}", "/nl/?check={}"]


def cut_connections():
    name = urllib.parse.urlsplit(DATABASE_URL).path.lstrip("/")
    with psycopg.connect(DATABASE_URL, autocommit=True) as connection:
        ended = connection.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        ).fetchone()[0]
    print(f"ended {ended} connections to {name}", flush=True)


def restart_server():
    clusters = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True, check=True)
    version, cluster = clusters.stdout.split()[:2]
    subprocess.run(["pg_ctlcluster", version, cluster, "restart"], check=True)
    print(f"restarted PostgreSQL {version}/{cluster}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--restart-server", action="store_true")
    parser.add_argument("--seconds", type=float, default=12)
    args = parser.parse_args()

    prepare_site()
    results = []  # (moment, status)
    stop = threading.Event()
    counter = itertools.count()

    def client(base):
        for n in counter:
            if stop.is_set():
                return
            url = base + URLS[n % len(URLS)].format(n)
            try:
                status = fetch(url, timeout=15).status
            except OSError:
                status = 0
            results.append((time.monotonic(), status))

    with App(8743, workers=2, DB_CONN_MAX_AGE="600") as app:
        pid = app.process.pid
        threads = [threading.Thread(target=client, args=(app.base,)) for _ in range(CLIENTS)]
        for thread in threads:
            thread.start()
        time.sleep(args.seconds / 3)
        event = time.monotonic()
        if args.restart_server:
            restart_server()
        else:
            cut_connections()
        time.sleep(args.seconds * 2 / 3)
        stop.set()
        for thread in threads:
            thread.join()
        alive = app.process.poll() is None and app.process.pid == pid

    before = [status for moment, status in results if moment < event]
    after = [(moment, status) for moment, status in results if moment >= event]
    failed = [status for _, status in after if status != 200]
    tail = [status for moment, status in after if moment > event + args.seconds / 3]
    print(
        f"{len(before)} requests before, {len(after)} after: {len(failed)} failed "
        f"({sorted(set(failed))}); last third of the run: {len(tail)} requests, "
        f"{sum(s != 200 for s in tail)} failed; app process kept: {alive}"
    )
    ok = (
        all(status == 200 for status in before)
        and len(failed) <= CLIENTS
        and tail
        and all(status == 200 for status in tail)
        and alive
    )
    print("database restart check " + ("passed" if ok else "FAILED"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
