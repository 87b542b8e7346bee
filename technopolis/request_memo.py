"""What one request has read from the shared cache, so that it reads each key once (the
generation, the sites, the site settings, the opening hours are wanted by several parts of a
page). Outside requests (commands, the shell) every read goes to the cache."""

from asgiref.local import Local
from django.core.signals import request_finished, request_started

_request = Local()


def _start_request(**kwargs):
    _request.memo = {}


def _end_request(**kwargs):
    _request.memo = None


def remembered(key, read):
    """`read()`, once per request for `key`."""
    memo = getattr(_request, "memo", None)
    if memo is None:
        return read()
    if key not in memo:
        memo[key] = read()
    return memo[key]


def remember(key, value):
    """`value` is what this request reads under `key` from now on (it has just read or
    written it)."""
    memo = getattr(_request, "memo", None)
    if memo is not None:
        memo[key] = value


def connect_signals():
    request_started.connect(_start_request, dispatch_uid="cache-memo-start")
    request_finished.connect(_end_request, dispatch_uid="cache-memo-end")
