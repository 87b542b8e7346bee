"""The Redis cache: django-redis, made to fail soft. When Redis is down the site serves
uncached (and logs it) instead of answering 500, and it picks Redis up again by itself.

django-redis keeps one client per server (Django's own Redis backend builds a client for every
call, which costs more than the round trip). It can ignore Redis errors itself
(IGNORE_EXCEPTIONS), but then tries Redis again on every call: a Redis that hangs rather than
refuses costs the socket timeout on each of the 11 to 20 cache calls of a page render, 5 to 10
seconds a page. Here the first failure makes this process skip Redis for a few seconds instead.
Only django-redis's public cache methods are wrapped."""

import functools
import logging
import time

from django_redis.cache import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 5.0


def _soft(default=None):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if time.monotonic() < self._down_until:
                return default
            try:
                return method(self, *args, **kwargs)
            # django-redis re-raises redis-py's error, or the socket's timeout, as it came
            except (TimeoutError, RedisError) as error:
                self._down_until = time.monotonic() + RETRY_AFTER_SECONDS
                logger.error("Redis cache unavailable, serving uncached: %s", error)
                return default

        return wrapper

    return decorate


class ResilientRedisCache(RedisCache):
    _down_until = 0.0

    get = _soft()(RedisCache.get)
    set = _soft()(RedisCache.set)
    add = _soft(False)(RedisCache.add)
    touch = _soft(False)(RedisCache.touch)
    delete = _soft(False)(RedisCache.delete)
    get_many = _soft({})(RedisCache.get_many)
    set_many = _soft([])(RedisCache.set_many)
    delete_many = _soft()(RedisCache.delete_many)
    has_key = _soft(False)(RedisCache.has_key)
    # None, not a number: a counter that was not counted (technopolis/throttle.py).
    incr = _soft()(RedisCache.incr)
    decr = _soft()(RedisCache.decr)
    clear = _soft(False)(RedisCache.clear)
