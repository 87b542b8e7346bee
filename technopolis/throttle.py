"""Per-address counters for throttling: form submissions, admin logins, password resets.

The counts live in the shared cache, so every app process sees the same ones. A counter never
fails a request: when the cache is unreachable the attempt goes through uncounted (and it is
logged), as a lost rate limit costs less than a lost request.
"""

import logging

from django.core.cache import cache

logger = logging.getLogger(__name__)


def _key(kind, address):
    return f"throttle:{kind}:{address}"


def record(kind, address, window_seconds):
    """Count one attempt of `kind` from `address`; the count so far, 0 when the cache fails.

    The window starts at the first attempt and is not extended by later ones.
    """
    key = _key(kind, address)
    try:
        cache.add(key, 0, window_seconds)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, window_seconds)
            count = 1
    except Exception:  # any cache backend's failure: count nothing rather than fail the request
        logger.exception("Throttle counter unavailable, not counting %s from %s", kind, address)
        return 0
    # A fail-soft backend answers None while its server is down.
    return count or 0


def attempts(kind, address):
    """How many attempts of `kind` came from `address` in the current window; 0 when unknown."""
    try:
        return cache.get(_key(kind, address)) or 0
    except Exception:  # as in record(): an unknown count lets the attempt through
        logger.exception("Throttle counter unavailable, not checking %s from %s", kind, address)
        return 0


def over_limit(kind, address, limit, window_seconds):
    """Count one attempt; True when `address` has now made more than `limit` in the window."""
    return record(kind, address, window_seconds) > limit
