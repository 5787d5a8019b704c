"""The Redis cache keeps one client per connection pool instead of building one per call."""

import os

import pytest

from portal.cache import PortalRedisCache


def test_it_builds_one_client_and_reuses_it():
    cache = PortalRedisCache("redis://127.0.0.1:6/0", {})  # no connection is opened to hand out a client
    first = cache._cache.get_client("a")
    assert cache._cache.get_client("b") is first
    assert cache._cache.get_client("c", write=True) is first


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="Redis runs in CI (.ci/run), not with `make test` alone")
def test_the_kept_client_reads_and_writes():
    cache = PortalRedisCache(os.environ["REDIS_URL"], {"KEY_PREFIX": "test-cache"})
    cache.set("board", {"đạt": 3})
    cache.set_many({"one": 1, "two": 2})
    assert cache.get("board") == {"đạt": 3}
    assert cache.get_many(["one", "two"]) == {"one": 1, "two": 2}
    cache.delete_many(["board", "one", "two"])
    assert cache.get("board") is None
