"""Django's Redis cache backend, made to fail soft: when Redis is down the site serves
uncached (and logs it) instead of answering 500, and it picks Redis up again by itself."""

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
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
            except RedisError as error:
                # Skip Redis for a few seconds rather than wait on it for every call.
                self._down_until = time.monotonic() + RETRY_AFTER_SECONDS
                logger.error("Redis cache unavailable, serving uncached: %s", error)
                return default

        return wrapper

    return decorate


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django makes a new `redis.Redis` for every cache call, and redis-py fills in some 170
    response callbacks each time: a third of a millisecond per call on this hardware, more
    than the round trip itself. One client per connection pool serves every call instead
    (a client is thread-safe: it takes a connection from the pool for each command)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    _down_until = 0.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

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
