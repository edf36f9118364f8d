"""Local development and `make run`: SQLite, debug on, never for production."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = True
SECRET_KEY = "dev-only-insecure-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Token keys from the environment if given, else one derived from the key above.
FACEBOOK_TOKEN_KEYS = FACEBOOK_TOKEN_KEYS or [derived_token_key(SECRET_KEY)]  # noqa: F405

# `make run`'s demo accounts (portal/demo.py) sign in without a second step; only here.
# DEMO_TWO_FACTOR=1 makes them enrol like real accounts (README, "Sign-in security").
PORTAL_2FA_EXEMPT_USERNAMES = (
    [] if env_bool("DEMO_TWO_FACTOR") else ["admin", "quantri", "bientap", "phobien"]
)
