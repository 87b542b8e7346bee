"""The 500 page, in the visitor's language, rendered without the database.

A server error may be the database going away: the page is a plain template rendered with no
request context (so no context processor queries the database), its language read from the
URL's prefix.
"""

from django.conf import settings
from django.http import HttpResponseServerError
from django.template import loader
from django.utils import translation


def server_error(request):
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        html = loader.render_to_string("500.html", {"home_url": f"/{language}/"})
    return HttpResponseServerError(html)
