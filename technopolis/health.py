"""Health endpoints for load balancers and orchestrators.

- `/healthz`: the process is alive and answering; it touches nothing else.
- `/readyz`: it can serve: the database answers and the cache stores and returns a value.
  Otherwise 503, so that the load balancer sends traffic elsewhere until they are back.

Answered by the first middleware, ahead of the host check, the HTTPS redirect and the page
cache: probes come by address over plain HTTP, and must see the present state.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse

logger = logging.getLogger(__name__)

READY_KEY = "readyz:probe"


def database_ready():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError as error:
        logger.error("Readiness: database unavailable: %s", error)
        return False


def cache_ready():
    # The Redis backend fails soft (a miss, never an error), so write a value and read it back.
    token = uuid.uuid4().hex
    cache.set(READY_KEY, token, timeout=10)
    if cache.get(READY_KEY) != token:
        logger.error("Readiness: cache unavailable")
        return False
    return True


def readiness():
    """{"database": bool, "cache": bool}"""
    return {"database": database_ready(), "cache": cache_ready()}


def _answer(checks):
    ready = all(checks.values())
    body = {"status": "ok" if ready else "unavailable"}
    body.update({name: "ok" if ok else "unavailable" for name, ok in checks.items()})
    response = JsonResponse(body, status=200 if ready else 503)
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == "/healthz":
            return _answer({})
        if request.path_info == "/readyz":
            return _answer(readiness())
        return self.get_response(request)
