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

# Keep the test suite's queue apart from the one `make run` uses on the same machine.
if CELERY_BROKER_URL == "filesystem://":
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        **CELERY_BROKER_TRANSPORT_OPTIONS,
        "data_folder_in": str(DATA_DIR / "test-celery"),
        "data_folder_out": str(DATA_DIR / "test-celery"),
        "polling_interval": 0.05,
    }
    (DATA_DIR / "test-celery").mkdir(exist_ok=True)
