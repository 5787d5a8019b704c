"""Settings for `make run` on one machine: SQLite and the filesystem broker unless configured."""

from .base import *  # noqa: F403
from .base import env

# `make run` also serves officials trying the portal: they get the Vietnamese error pages, not Django's
# technical ones (which show settings and code). DJANGO_DEBUG=1 brings those back for development.
DEBUG = env.bool("DJANGO_DEBUG", default=False)
WHITENOISE_AUTOREFRESH = True
