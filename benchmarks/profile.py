"""Where an uncached render's time goes, page by page, in-process.

Run inside the project's Django environment, against a database with the demo content:

    DEBUG=0 SECRET_KEY=x DATABASE_URL=… REDIS_URL=… .venv/bin/python manage.py shell \
        -c "exec(open('benchmarks/profile.py').read())"

For each page of benchmarks/run.py (the page cache off, after three warm-up renders): the
milliseconds per render (mean of 20), SQL queries, shared-cache round trips and Python
function calls per render; with PROFILE_PARTS=1 also the parts of the templates that took
longest (includes, template tags, loops; nested, so a part's time includes its children's);
with PROFILE_COLD=1 every render starts with nothing kept in the process (as the first one
after a publish, or a search nobody asked before), the shared cache still filled.
Figures are printed, never asserted; wall-clock figures need a quiet machine, call counts do not.
"""

import collections
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.template import defaulttags, library, loader_tags
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.templatetags import wagtailcore_tags

from technopolis.cache import forget_kept

sys.path.insert(0, str(Path("benchmarks").resolve()))
from run import PAGES  # noqa: E402

RENDERS = 20
COLD = bool(os.environ.get("PROFILE_COLD"))
settings.PAGE_CACHE_SECONDS = 0
parts = collections.Counter()
part_calls = collections.Counter()
round_trips = collections.Counter()


def timed(node_class, name_of):
    render = node_class.render

    def measured(self, context):
        started = time.perf_counter_ns()
        try:
            return render(self, context)
        finally:
            name = name_of(self)
            parts[name] += time.perf_counter_ns() - started
            part_calls[name] += 1

    node_class.render = measured


def counted(name):
    call = getattr(cache, name)

    def counting(*args, **kwargs):
        round_trips[name] += 1
        return call(*args, **kwargs)

    setattr(cache, name, counting)


if os.environ.get("PROFILE_PARTS"):
    timed(loader_tags.IncludeNode, lambda n: f"include {getattr(n.template, 'var', n.template)}")
    timed(library.InclusionNode, lambda n: f"{{% {n.func.__name__} %}}")
    timed(library.SimpleNode, lambda n: f"{{% {n.func.__name__} %}}")
    timed(wagtailcore_tags.IncludeBlockNode, lambda n: f"include_block {n.block_var.token}")
    timed(defaulttags.ForNode, lambda n: f"for … in {n.sequence.token}")
for method in ("get", "get_many", "set", "set_many", "add", "delete", "delete_many"):
    counted(method)

client = Client(HTTP_HOST="localhost")
print(f"{'page':24} {'ms':>6} {'SQL':>4} {'cache':>5} {'calls':>7}")
for name, url in PAGES.items():
    for _ in range(3):
        assert client.get(url).status_code == 200, url
    parts.clear()
    part_calls.clear()
    elapsed = 0.0
    for _ in range(RENDERS):
        if COLD:
            forget_kept()
        started = time.perf_counter()
        client.get(url)
        elapsed += time.perf_counter() - started
    ms = elapsed / RENDERS * 1000
    if COLD:
        forget_kept()
    round_trips.clear()
    profiler = cProfile.Profile()
    with CaptureQueriesContext(connection) as queries:
        profiler.enable()
        client.get(url)
        profiler.disable()
    calls = sum(stat[1] for stat in pstats.Stats(profiler).stats.values())
    print(f"{name:24} {ms:6.1f} {len(queries):4} {sum(round_trips.values()):5} {calls:7}")
    for part, ns in parts.most_common(8):
        print(f"    {ns / RENDERS / 1e6:6.2f} ms {part_calls[part] // RENDERS:3}x  {part}")
