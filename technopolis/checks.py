"""System checks for production (`manage.py check --deploy`)."""

from django.conf import settings
from django.core import checks


def cache_problems(caches, page_cache_seconds, redis_url):
    """What is wrong with this cache configuration for a production site."""
    backends = [config["BACKEND"] for config in caches.values()]
    if page_cache_seconds and any(backend.endswith(".LocMemCache") for backend in backends):
        return [
            checks.Error(
                "The cache lives inside each process: with several gunicorn workers, a publish "
                "purges the page cache of one of them and the others serve the old page.",
                hint="Set REDIS_URL, or leave CACHES to the settings module (files on disk).",
                id="technopolis.E001",
            )
        ]
    if not redis_url:
        return [
            checks.Warning(
                "The cache is a directory on this machine (CACHE_DIR): its processes share it, "
                "but a second app server would not see a publish on this one.",
                hint="Set REDIS_URL to a Redis that every app server shares.",
                id="technopolis.W001",
            )
        ]
    return []


@checks.register(checks.Tags.caches, deploy=True)
def shared_cache(app_configs, **kwargs):
    return cache_problems(settings.CACHES, settings.PAGE_CACHE_SECONDS, settings.REDIS_URL)
