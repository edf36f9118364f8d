"""Production settings: every secret and host comes from the environment.

Start-up stops with a clear message when a required variable is missing, rather than
running with an insecure default.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, env_list


def required_env(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} must be set for production (see README, 'Deploying')."
        )
    return value


DEBUG = False
SECRET_KEY = required_env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "The environment variable ALLOWED_HOSTS must list the portal's host names, "
        "comma-separated (see README, 'Deploying')."
    )
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# base.py falls back to SQLite and to a local URL for `make run`; production never does.
# (base.py has already parsed DATABASE_URL when it is set.)
required_env("DATABASE_URL")
WAGTAILADMIN_BASE_URL = required_env("PORTAL_BASE_URL")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
# Both bind every subdomain of the ministry's domain (and, once preloaded, for months even after
# they are turned off): an operator opts in knowingly, they are not the default.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# `check --deploy` warns when they are off; off is the decision above, so those two are silenced.
SILENCED_SYSTEM_CHECKS = [
    *(["security.W005"] if not SECURE_HSTS_INCLUDE_SUBDOMAINS else []),
    *(["security.W021"] if not SECURE_HSTS_PRELOAD else []),
]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portal@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Page access tokens are sealed with these keys only, never with SECRET_KEY.
FACEBOOK_TOKEN_KEYS = env_list("FACEBOOK_TOKEN_KEYS")
if not FACEBOOK_TOKEN_KEYS:
    raise ImproperlyConfigured(
        "The environment variable FACEBOOK_TOKEN_KEYS must list the Fernet keys that seal "
        "Facebook Page tokens, newest first, comma-separated. Make one with: python -c "
        "'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())' "
        "(see README, 'Deploying')."
    )
