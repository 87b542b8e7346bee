"""Lighthouse (mobile, its default throttling) on the first page of every page type, and on
search results, against a running site; prints the four category scores per page and the
lowest of each. Needs the npm package `lighthouse` and Debian's chromium.

Search results score about 0.66 for SEO by design: they are `noindex` (Lighthouse counts
that against SEO), so they stay out of the lowest figure. Lighthouse does not audit a page
answering 404.

    .venv/bin/python benchmarks/lighthouse.py http://127.0.0.1:8000 [--languages nl fr en]

Run it from the project directory with the same environment as the site (it reads the page
addresses from the database the site uses).
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import django

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def page_addresses(languages):
    """(label, path): the first live page of each type, languages taken in turn."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "technopolis.settings")
    django.setup()
    from wagtail.models import Page

    found = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        found.setdefault(type(page).__name__, []).append(page)
    addresses = []
    for index, (name, pages) in enumerate(sorted(found.items())):
        language = languages[index % len(languages)]
        page = next((p for p in pages if p.locale.language_code == language), pages[0])
        addresses.append((f"{name} ({page.locale.language_code})", page.url))
    return addresses


def scores(url):
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        subprocess.run(
            [
                "lighthouse",
                url,
                "--quiet",
                "--output=json",
                f"--output-path={report.name}",
                "--chrome-flags=--headless=new --no-sandbox",
            ],
            env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")},
            check=False,
            capture_output=True,
            timeout=300,
        )
        data = json.loads(Path(report.name).read_text() or "{}")
    categories = data.get("categories", {})
    return {name: categories.get(name, {}).get("score") for name in CATEGORIES}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base", nargs="?", default="http://127.0.0.1:8000")
    parser.add_argument("--languages", nargs="+", default=["nl", "fr", "en"])
    args = parser.parse_args()
    lowest = dict.fromkeys(CATEGORIES, 1.0)
    print(f"{'page':42} " + " ".join(f"{name[:13]:>13}" for name in CATEGORIES))
    for label, path in page_addresses(args.languages):
        found = scores(args.base + path)
        for name, value in found.items():
            lowest[name] = min(lowest[name], value if value is not None else 0)
        print(f"{label:42} " + " ".join(f"{found[name]!s:>13}" for name in CATEGORIES))
    found = scores(args.base + "/nl/zoeken/?q=Mechelen")
    print(f"{'search (nl, noindex)':42} " + " ".join(f"{found[n]!s:>13}" for n in CATEGORIES))
    print(f"{'lowest (page types)':42} " + " ".join(f"{lowest[name]!s:>13}" for name in CATEGORIES))


if __name__ == "__main__":
    main()
