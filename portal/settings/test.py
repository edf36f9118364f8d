"""Test settings: SQLite by default, PostgreSQL when DATABASE_URL is set."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
FACEBOOK_TOKEN_KEYS = [derived_token_key(SECRET_KEY)]  # noqa: F405

# A file, not SQLite's shared in-memory database: the live server used by browser tests then
# opens its own connections instead of sharing the test thread's, which two threads would
# otherwise use at once.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    (BASE_DIR / "var").mkdir(exist_ok=True)  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "var" / "test-db.sqlite3")}  # noqa: F405

# Off, so the suite measures and checks rendering; tests/performance turns it on.
PAGE_CACHE_SECONDS = 0
# One process: the page cache in memory, emptied between tests by tests/conftest.py.
CACHES["pages"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"}  # noqa: F405
# Tests sign in with force_login; tests/security/ turn two-step sign-in back on where they test it.
PORTAL_2FA_REQUIRED = False
