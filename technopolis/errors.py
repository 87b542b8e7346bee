"""Error pages that render without the database: the 500 page and the page for a form
refused by the CSRF check, in the visitor's language.

A server error may be the database going away: these pages are plain templates rendered with
no request context (so no context processor queries the database), their language read from
the URL's prefix.
"""

from django.conf import settings
from django.http import HttpResponseForbidden, HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme


def server_error(request):
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        html = loader.render_to_string("500.html", {"home_url": f"/{language}/"})
    return HttpResponseServerError(html)


def back_url(request, home_url):
    """The page the form was sent from, when the Referer names a page of this site; else
    the home page."""
    referer = request.META.get("HTTP_REFERER", "")
    same_site = url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return referer if same_site else home_url


def csrf_failure(request, reason=""):
    """A form refused for a missing or stale CSRF token (CSRF_FAILURE_VIEW): its page was open
    too long or the browser blocks cookies. Says so, and what to do, with a link back."""
    # The URL's language on the public site; in the admin, the one chosen from the browser.
    language = translation.get_language_from_path(request.path_info) or translation.get_language()
    home_url = f"/{language}/"
    with translation.override(language):
        html = loader.render_to_string(
            "403_csrf.html", {"home_url": home_url, "back_url": back_url(request, home_url)}
        )
    return HttpResponseForbidden(html)
