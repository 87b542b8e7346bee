"""The site's URLs plus a view that fails, to see the 500 page the site's handler renders."""

from django.urls import path

from technopolis.urls import handler500
from technopolis.urls import urlpatterns as site_urlpatterns


def fail(request):
    raise RuntimeError("a bug")


urlpatterns = [path("fr/panne/", fail), path("en/broken/", fail), *site_urlpatterns]

__all__ = ["handler500", "urlpatterns"]
