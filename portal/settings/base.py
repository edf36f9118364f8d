"""Settings shared by every environment. Environment-specific modules import * from here."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    # wagtail_modeltranslation must come before Wagtail so its Page patches apply first.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "portal",
    "home",
    "news",
    "gazette",
    "social",
    # After the portal apps (their wording wins), before Wagtail (its wording loses).
    "staff",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.PortalLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.context_processors.portal",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# SQLite is the embedded default for `make run`; DATABASE_URL points at PostgreSQL elsewhere.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # `make run` writes from several processes (web, worker, scheduler) and the web server's
    # threads. Transactions take the write lock when they begin, so a second writer waits for
    # it instead of failing at once with "database is locked" (two deferred transactions that
    # both read, then both write, deadlock); WAL lets readers go on meanwhile.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------
# Vietnamese is the default; Lao is registered in portal.apps (Django ships no `lo` locale).
LANGUAGE_CODE = "vi"
LANGUAGES = [
    ("vi", _("Vietnamese")),
    ("lo", _("Lao")),
]
# The second path holds the Lao date names Django itself lacks (no `lo` catalogue upstream).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "portal" / "django_lo"]
FORMAT_MODULE_PATH = ["portal.formats"]
USE_I18N = True
USE_TZ = True
# Servers run in UTC; Vietnam and Laos share UTC+7 with no daylight saving.
TIME_ZONE = "Asia/Ho_Chi_Minh"

MODELTRANSLATION_DEFAULT_LANGUAGE = "vi"
MODELTRANSLATION_LANGUAGES = ("vi", "lo")
# A missing Lao value falls back to Vietnamese; templates mark such text lang="vi".
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("vi",)}

# Editors translate side by side: both languages' fields are shown on the editing form.
WAGTAILMODELTRANSLATION_LOCALE_PICKER_DEFAULT = ["vi", "lo"]

WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Each staff member picks one in Account > Preferences (stored in their UserProfile); until
# then, and on the login page, the browser's Accept-Language decides. The vi and lo admin
# catalogues are built by `manage.py admin_catalogues` (staff/catalogues.py).
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("lo", "ພາສາລາວ"), ("en", "English")]
# The servers have no internet: Gravatar images would be broken links.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Wagtail's "what's new" banner and help menu link to its English guide on the internet;
# staff have the portal's guide in their language (staff/views.py).
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False

# --- Static and media ------------------------------------------------------
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Wagtail ---------------------------------------------------------------
# Translated: the admin names the portal in each staff member's language.
WAGTAIL_SITE_NAME = _("Legal information portal")
WAGTAILADMIN_BASE_URL = os.environ.get("PORTAL_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "csv", "txt", "zip"]
# Uploads: large enough for a gazette PDF, small enough to refuse abuse.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True

# --- Background work -------------------------------------------------------
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Management commands `run_periodic` calls, with their interval in seconds.
PERIODIC_COMMANDS = [
    ("publish_scheduled", 60),
    ("social_sweep", 60),
    ("check_facebook_tokens", 6 * 3600),
    ("refresh_facebook_engagement", 30 * 60),
]

# --- Facebook Graph API (social app) ----------------------------------------
# Pointing GRAPH_API_BASE_URL at `manage.py graph_simulator` runs everything locally.
FACEBOOK_APP_ID = os.environ.get("FACEBOOK_APP_ID", "")
FACEBOOK_APP_SECRET = os.environ.get("FACEBOOK_APP_SECRET", "")
# Encrypts Page access tokens at rest; SECRET_KEY when unset (see social/token_vault.py).
FACEBOOK_TOKEN_KEY = os.environ.get("FACEBOOK_TOKEN_KEY", "")
GRAPH_API_BASE_URL = os.environ.get("GRAPH_API_BASE_URL", "https://graph.facebook.com")
GRAPH_API_VERSION = os.environ.get("GRAPH_API_VERSION", "v25.0")
GRAPH_API_CONNECT_TIMEOUT = float(os.environ.get("GRAPH_API_CONNECT_TIMEOUT", "5"))
GRAPH_API_READ_TIMEOUT = float(os.environ.get("GRAPH_API_READ_TIMEOUT", "30"))
# A post this late is held for an editor to confirm instead of being sent after an outage.
SOCIAL_STALE_AFTER_HOURS = float(os.environ.get("SOCIAL_STALE_AFTER_HOURS", "6"))
SOCIAL_SCHEDULE_WINDOW_DAYS = int(os.environ.get("SOCIAL_SCHEDULE_WINDOW_DAYS", "30"))

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if os.environ.get("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}
