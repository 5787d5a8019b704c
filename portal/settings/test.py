"""Settings for the test suite: the database and broker still come from the environment."""

import os

from .base import *  # noqa: F403
from .base import CELERY_BROKER_TRANSPORT_OPTIONS, CELERY_BROKER_URL, DATA_DIR, DATABASES

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory, so that a live server thread and a real worker process see the same data;
    # one per run so that two runs on one machine do not share it.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / f"test-{os.getpid()}.sqlite3")}
WHITENOISE_AUTOREFRESH = True
# Each run starts with an empty cache of its own, whatever REDIS_URL says (tests/conftest.py empties it per test).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Each run has its own queue, apart from the one `make run` uses: the worker subprocesses a run
# starts inherit the folder through the environment, so two runs on one machine never share messages.
if CELERY_BROKER_URL == "filesystem://":
    _queue = os.environ.setdefault("PORTAL_TEST_QUEUE", str(DATA_DIR / f"test-celery-{os.getpid()}"))
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        **CELERY_BROKER_TRANSPORT_OPTIONS,
        "data_folder_in": _queue,
        "data_folder_out": _queue,
        "polling_interval": 0.05,
    }
    os.makedirs(_queue, exist_ok=True)
