"""Load test on loopback: page views, searches and form submissions for a bounded time.

    .venv/bin/python deploy/loadtest.py                    # own gunicorn on PostgreSQL, 2 min
    .venv/bin/python deploy/loadtest.py --seconds 30 --clients 4
    .venv/bin/python deploy/loadtest.py --url http://127.0.0.1:8000   # a server already running

Without --url it starts gunicorn (deploy/gunicorn.conf.py, production settings) on the
PostgreSQL and Redis of deploy/checks/stack.py. The mix: 70 % page views (every page of the
sitemap, a share of them with a query string so they render rather than come from the page
cache), 20 % searches in nl/fr/en, 10 % submissions of the public forms found on those pages
(each a fresh session from an address of its own in X-Forwarded-For, which the started app
believes from 127.0.0.1, its FORWARDED_ALLOW_IPS, as it would from the proxy: GET the form,
POST it filled in). Bounded by --seconds (at most 600) and --max-requests. Prints requests,
errors and latency per kind; exits 1 on any error. A 429 from a form's rate limit is the limit
doing its job and is counted apart, not as an error.
"""

import argparse
import http.cookiejar
import json
import random
import re
import statistics
import sys
import threading
import time
import urllib.parse
from collections import defaultdict
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "checks"))

from stack import App, fetch, opener, prepare_site  # noqa: E402

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
SEARCH_PATHS = {"nl": "/nl/zoeken/", "fr": "/fr/recherche/", "en": "/en/search/"}
SEARCH_TERMS = {
    "nl": ["wetenschap", "openingsuren", "school", "robot", "verklaring"],
    "fr": ["science", "horaires", "école", "robot", "déclaration"],
    "en": ["science", "opening hours", "school", "robot", "declaration", "Mechelen"],
}


class _Forms(HTMLParser):
    """The POST forms of a page: action and fields with a plausible value each, `day` for
    dates."""

    def __init__(self, day):
        super().__init__()
        self.day = day
        self.forms, self._form, self._select = [], None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("method") or "").lower() == "post":
            self._form = {"action": attrs.get("action") or "", "fields": {}}
        elif self._form is None:
            return
        elif tag == "option" and self._select and not self._form["fields"][self._select]:
            self._form["fields"][self._select] = attrs.get("value", "")  # the first real choice
        elif tag in ("input", "textarea", "select"):
            name = attrs.get("name")
            if name and name not in self._form["fields"]:
                self._form["fields"][name] = _value(tag, attrs, self.day)
            if tag == "select":
                self._select = name

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "form" and self._form is not None:
            self.forms.append(self._form)
            self._form = None


def _value(tag, attrs, day):
    kind = (attrs.get("type") or "text").lower()
    if kind == "hidden" or "value" in attrs:
        return attrs.get("value", "")  # a checkbox or radio button: its own value
    if attrs.get("autocomplete") == "off" and "required" not in attrs:
        return ""  # a honeypot, left empty as a person would
    return {
        "email": "loadtest@example.org",
        "number": "1",  # valid for every count and for a grade at any level
        "date": day.isoformat(),
        "tel": "+32 15 34 20 00",
        "checkbox": "on",
        "url": "https://example.org/",
    }.get(kind, "" if tag == "select" else "Load test")


def visit_day(base):
    """A school day the building is open, from the opening-hours feed: forms refuse others."""
    days = json.loads(fetch(base + "/api/opening-hours.json").text)["days"]
    for day in days[1:]:
        when = date.fromisoformat(day["date"])
        if day["open"] and when.weekday() < 5:
            return when
    return date.today() + timedelta(days=30)


class Run:
    def __init__(self, base, seconds, max_requests):
        self.base, self.deadline, self.budget = base, time.monotonic() + seconds, max_requests
        self.lock = threading.Lock()
        self.latencies = defaultdict(list)
        self.errors = defaultdict(list)
        self.throttled = 0

    def take(self):
        with self.lock:
            if self.budget <= 0 or time.monotonic() >= self.deadline:
                return False
            self.budget -= 1
            return True

    def record(self, kind, url, response, ok_statuses=(200,)):
        with self.lock:
            if kind == "form" and response.status == 429:
                self.throttled += 1
            elif response.status in ok_statuses:
                self.latencies[kind].append(response.seconds * 1000)
            else:
                self.errors[kind].append(f"{response.status} {url}")


def discover(base):
    sitemap = fetch(base + "/sitemap.xml").text
    pages = [urllib.parse.urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    forms, day = [], visit_day(base)
    for path in pages:
        parser = _Forms(day)
        parser.feed(fetch(base + path).text)
        forms += [(path, form) for form in parser.forms]
    return sorted(set(pages)), forms


def client(run, pages, forms, rng):
    while run.take():
        roll = rng.random()
        if roll < 0.7 or (roll >= 0.9 and not forms):
            path = rng.choice(pages)
            url = run.base + path + (f"?v={rng.randrange(10**6)}" if rng.random() < 0.3 else "")
            run.record("page", url, fetch(url, timeout=30))
        elif roll < 0.9:
            language = rng.choice(list(SEARCH_PATHS))
            query = urllib.parse.urlencode({"q": rng.choice(SEARCH_TERMS[language])})
            url = f"{run.base}{SEARCH_PATHS[language]}?{query}"
            run.record("search", url, fetch(url, timeout=30))
        else:
            path, form = rng.choice(forms)
            session = opener(http.cookiejar.CookieJar())
            # Each sender from an address of its own, as the proxy reports it: one address for
            # all would only measure the rate limit.
            sender = {"X-Forwarded-For": f"10.{rng.randrange(256)}.{rng.randrange(256)}.1"}
            page = fetch(run.base + path, session=session, timeout=30, headers=sender)
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
            fields = dict(form["fields"])
            if token:
                fields["csrfmiddlewaretoken"] = token.group(1)
            url = urllib.parse.urljoin(run.base + path, form["action"])
            answer = fetch(url, fields, session=session, timeout=30, headers=sender)
            run.record("form", url, answer, (200, 302, 303))


def report(run, seconds):
    total = sum(map(len, run.latencies.values())) + sum(map(len, run.errors.values()))
    print(f"{total} requests in {seconds:.0f} s ({total / seconds:.1f}/s)")
    columns = ("ok", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms")
    print(f"{'kind':8}" + "".join(f"{column:>9}" for column in columns))
    for kind in ("page", "search", "form"):
        times = sorted(run.latencies[kind]) or [0.0]
        if not run.latencies[kind] and not run.errors[kind]:
            continue
        q = statistics.quantiles(times, n=100, method="inclusive") if len(times) > 1 else times * 99
        print(
            f"{kind:8}{len(run.latencies[kind]):9}{len(run.errors[kind]):9}{q[49]:9.1f}{q[94]:9.1f}"
            f"{q[98]:9.1f}{times[-1]:9.1f}"
        )
    if run.throttled:
        print(f"form posts refused by the form rate limit (429, expected): {run.throttled}")
    for kind, errors in run.errors.items():
        for line in errors[:10]:
            print(f"error {kind}: {line}")
    return sum(map(len, run.errors.values()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", help="a server already running on loopback")
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--max-requests", type=int, default=50_000)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    if not 0 < args.seconds <= 600:
        parser.error("--seconds must be between 0 and 600")
    if args.url and urllib.parse.urlsplit(args.url).hostname not in LOOPBACK:
        parser.error("the load test runs against loopback only")

    def go(base):
        pages, forms = discover(base)
        print(f"{len(pages)} pages, {len(forms)} public forms", flush=True)
        if not forms:
            print("no public forms found: the mix is pages and searches only")
        run = Run(base, args.seconds, args.max_requests)
        started = time.monotonic()
        threads = [
            threading.Thread(target=client, args=(run, pages, forms, random.Random(n)))
            for n in range(args.clients)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return report(run, time.monotonic() - started)

    if args.url:
        errors = go(args.url.rstrip("/"))
    else:
        prepare_site()
        with App(8744, workers=4, FORWARDED_ALLOW_IPS="127.0.0.1") as app:
            errors = go(app.base)
    print("load test " + ("passed: no errors" if not errors else f"FAILED: {errors} errors"))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
