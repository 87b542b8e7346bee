"""Replays hostile and malformed requests against a running site and prints the answers by
status; exits 1 on any 5xx. Run by hand against the demo (`bin/demo`, then
`.venv/bin/python benchmarks/hostile.py http://127.0.0.1:8000`).

The requests are the ones a hostile-input run found 500s with, and their relatives: numbers
and dates no column can hold in every parameter a view reads, a foreign Host port, long and
odd values in paths and forms.
"""

import sys
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter

HUGE = "99999999999999999999"
VALUES = [HUGE, "2147483648", "-1", "0", "1e400", "١٢", "²", "%00", "' OR 1=1 --", "x" * 3000]
MONTHS = [f"{HUGE}-01", "2147483648-01", f"2027-{HUGE}", "10000-01", "0-01", "2027-00", "2027"]


def requests():
    """(method, path, headers, body) to send."""
    for month in MONTHS:
        yield "GET", "/en/visitors/opening-hours/?" + urllib.parse.urlencode({"month": month})
    for value in VALUES:
        q = urllib.parse.quote(value)
        yield "GET", f"/en/schools/school-programmes/?level={q}&grade={q}&theme={q}"
        yield "GET", f"/en/schools/book-a-class-visit/?programme={q}"
        yield "GET", f"/api/opening-hours.json?venue={q}&lang={q}"
        yield "GET", f"/opening-hours.ics?venue={q}&lang={q}"
        yield "GET", f"/en/search/?q={q}&page={q}"
        yield "GET", f"/en/visitors/whats-on/?when={q}&day={q}&age={q}&kind={q}&language={q}"
        yield "GET", f"/whats-on.ics?lang={q}&age={q}&day={q}"
        yield "GET", f"/whats-on/{q}.ics"
        yield "GET", f"/en/{q}/"
    yield "GET", f"/whats-on/{HUGE}.ics"
    yield "GET", "/en/", {"Host": "127.0.0.1:1234"}
    yield "GET", "/en/", {"Host": "evil.example"}
    yield "GET", "/robots.txt", {"Host": "127.0.0.1:1234"}
    yield "GET", "/en/visitors/whats-on/", {"Accept-Language": "x" * 5000}
    yield "POST", "/en/schools/book-a-class-visit/", {}, b"remarks=" + b"x" * 100_000
    yield "POST", "/en/search/", {}, b"q=x"


def send(base, method, path, headers=None, body=None):
    request = urllib.request.Request(base + path, data=body, method=method)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    if body is not None:
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def main(base):
    statuses = Counter()
    errors = []
    for method, path, *rest in requests():
        status = send(base, method, path, *rest)
        statuses[status] += 1
        if status >= 500:
            errors.append((status, method, path[:120]))
    print(f"{sum(statuses.values())} requests:", dict(sorted(statuses.items())))
    for error in errors:
        print("5xx:", *error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"))
