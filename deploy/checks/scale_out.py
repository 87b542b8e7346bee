"""Scale-out: two app servers on different ports share one PostgreSQL and one Redis. An editor
unpublishes and republishes a page through the admin of the first; the second, which holds
the page in its cache, serves the change at once.

    .venv/bin/python deploy/checks/scale_out.py

Exits 0 when every step holds. Needs PostgreSQL and Redis on loopback (see stack.py).
"""

import re
import sys

from stack import App, admin_session, fetch, manage, prepare_site

PAGE_URL = "/en/mission-and-vision/"


def step(ok, message):
    print(("ok    " if ok else "FAIL  ") + message, flush=True)
    if not ok:
        sys.exit(1)


def main():
    prepare_site()
    page_id = manage(
        "shell",
        "-c",
        "from wagtail.models import Page; print(Page.objects.get("
        f"url_path__endswith='{PAGE_URL.split('/')[-2]}/', locale__language_code='en').pk)",
    ).split()[-1]
    with App(8741) as editing, App(8742) as reading:
        fetch(reading.base + PAGE_URL)
        cached = fetch(reading.base + PAGE_URL)
        step(
            cached.status == 200 and cached.headers["X-Cache"] == "HIT",
            f"port {reading.port} serves {PAGE_URL} from the shared cache",
        )

        session, token = admin_session(editing.base)
        unpublished = fetch(
            f"{editing.base}/admin/pages/{page_id}/unpublish/",
            {"csrfmiddlewaretoken": token},
            session=session,
        )
        step(unpublished.status == 302, f"unpublished through the admin on port {editing.port}")
        gone = fetch(reading.base + PAGE_URL)
        step(gone.status == 404, f"port {reading.port} answers 404 at once ({gone.status})")

        form = fetch(
            f"{editing.base}/admin/bulk/wagtailcore/page/publish/?id={page_id}", session=session
        )
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
        published = fetch(
            f"{editing.base}/admin/bulk/wagtailcore/page/publish/?id={page_id}",
            {"csrfmiddlewaretoken": token},
            session=session,
        )
        step(published.status == 302, f"published again through the admin on port {editing.port}")
        back = fetch(reading.base + PAGE_URL)
        step(
            back.status == 200 and back.headers["X-Cache"] == "MISS",
            f"port {reading.port} serves the page again at once, freshly rendered",
        )
    print("scale-out check passed")


if __name__ == "__main__":
    main()
