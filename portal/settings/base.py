"""Settings shared by every environment. Environment-specific modules import * from here."""

import base64
import hashlib
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def derived_token_key(secret: str) -> str:
    """A Fernet key derived from SECRET_KEY, for development and test settings only."""
    digest = hashlib.sha256(b"social.token_vault:" + secret.encode()).digest()
    return base64.urlsafe_b64encode(digest).decode()


INSTALLED_APPS = [
    # wagtail_modeltranslation must come before Wagtail so its Page patches apply first.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "portal",
    "search",
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
    "portal.security.apps.PortalUsersAppConfig",
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
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # --- Performance (issue 14): anonymous pages answered from the page cache before any
    # other middleware runs; it stores the headers they add (security headers included).
    # See portal/page_cache.py for what is stored; portal/wsgi.py answers hot pages sooner.
    "portal.page_cache.AnonymousPageCacheMiddleware",
    # --- end performance
    "django.middleware.security.SecurityMiddleware",
    "portal.middleware.reject_null_characters",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.PortalLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.security.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "csp.middleware.CSPMiddleware",
    "portal.security.headers.AdminInlineStyleMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Last, as django-axes asks: it turns a lockout raised during sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
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
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        # Persistent connections: a new one per request cost 14-24% of throughput (issue 14);
        # the health check replaces a connection the server closed before it is used.
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "600")),
        conn_health_checks=True,
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
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.image_uploads.PortalImageForm"
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
    ("worker_heartbeat", 60),  # read by /health/ (portal/health.py)
]

# --- Facebook Graph API (social app) ----------------------------------------
# Pointing GRAPH_API_BASE_URL at `manage.py graph_simulator` runs everything locally.
FACEBOOK_APP_ID = os.environ.get("FACEBOOK_APP_ID", "")
FACEBOOK_APP_SECRET = os.environ.get("FACEBOOK_APP_SECRET", "")
# Fernet keys sealing Page access tokens at rest, newest first (see social/token_vault.py).
FACEBOOK_TOKEN_KEYS = env_list("FACEBOOK_TOKEN_KEYS")
# The secret of the first, hand-written token cipher: read once to re-seal its tokens.
FACEBOOK_TOKEN_KEY = os.environ.get("FACEBOOK_TOKEN_KEY", "")
GRAPH_API_BASE_URL = os.environ.get("GRAPH_API_BASE_URL", "https://graph.facebook.com")
GRAPH_API_VERSION = os.environ.get("GRAPH_API_VERSION", "v25.0")
GRAPH_API_CONNECT_TIMEOUT = float(os.environ.get("GRAPH_API_CONNECT_TIMEOUT", "5"))
GRAPH_API_READ_TIMEOUT = float(os.environ.get("GRAPH_API_READ_TIMEOUT", "30"))
# A post this late is held for an editor to confirm instead of being sent after an outage.
SOCIAL_STALE_AFTER_HOURS = float(os.environ.get("SOCIAL_STALE_AFTER_HOURS", "6"))
SOCIAL_SCHEDULE_WINDOW_DAYS = int(os.environ.get("SOCIAL_SCHEDULE_WINDOW_DAYS", "30"))
# Reconciliation: first read of the Page after an unclear answer, how late Facebook may list
# a new post (not listed sooner is not "not posted"), reads before a person decides.
SOCIAL_RECONCILE_DELAY_SECONDS = float(os.environ.get("SOCIAL_RECONCILE_DELAY_SECONDS", "60"))
SOCIAL_LISTING_DELAY_SECONDS = float(os.environ.get("SOCIAL_LISTING_DELAY_SECONDS", "300"))
SOCIAL_MAX_CHECKS = int(os.environ.get("SOCIAL_MAX_CHECKS", "10"))
SOCIAL_RETRY_BASE_DELAY_SECONDS = float(os.environ.get("SOCIAL_RETRY_BASE_DELAY_SECONDS", "60"))

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if os.environ.get("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
    }

# --- Page cache and frontend cache (issue 14, portal/page_cache.py) --------------------
# Anonymous pages are kept PAGE_CACHE_SECONDS in the "pages" cache (0 turns it off). Without
# Redis it is a file cache, which every local process (web server, worker, scheduler) shares,
# so a scheduled go-live in the worker invalidates what the web server stored.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# Browsers keep a page a minute, shared caches (nginx, a CDN) five, and may serve it stale for
# ten more while they fetch the new one.
PAGE_CACHE_CONTROL = os.environ.get(
    "PAGE_CACHE_CONTROL", "public, max-age=60, s-maxage=300, stale-while-revalidate=600"
)
CACHES["pages"] = (
    {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "pages",
    }
    if os.environ.get("REDIS_URL")
    else {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("PAGE_CACHE_DIR", str(BASE_DIR / "var" / "page-cache")),
    }
)
# A proxy or CDN in front is purged of a changed page's URLs (portal/frontend_purge.py):
# FRONTEND_CACHE=nginx|cloudflare|cloudfront, with the variables each needs (README).
FRONTEND_CACHE = os.environ.get("FRONTEND_CACHE", "").strip().lower()
FRONTEND_CACHE_BACKENDS = {
    "nginx": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_LOCATION"],
    },
    "cloudflare": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_BEARER_TOKEN"],
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
    },
    "cloudfront": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    },
}
if FRONTEND_CACHE:
    WAGTAILFRONTENDCACHE = {"default": FRONTEND_CACHE_BACKENDS[FRONTEND_CACHE]()}
# --- end page cache

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}

# --- Sign-in security (portal/security/) --------------------------------------
# django-axes counts failed sign-ins per username and per client address, each locking on its
# own. The count lives in Redis when REDIS_URL is set, else in the database: a per-process
# cache would let each worker allow its own N attempts (django-axes' check axes.W001).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = (
    "axes.handlers.cache.AxesCacheHandler"
    if os.environ.get("REDIS_URL")
    else "axes.handlers.database.AxesDatabaseHandler"
)
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "portal.security.lockout.locked_out"
# 429 Too Many Requests, as axes answers by default; named here because the lockout page uses it.
AXES_HTTP_RESPONSE_CODE = 429
AXES_CLIENT_IP_CALLABLE = "portal.security.lockout.client_ip"
# How many reverse proxies (nginx) append to X-Forwarded-For in front of the portal.
PORTAL_TRUSTED_PROXY_COUNT = int(os.environ.get("PORTAL_TRUSTED_PROXY_COUNT", "0"))

# Two-step sign-in to the admin (portal/security/two_factor.py).
PORTAL_2FA_REQUIRED = True
PORTAL_2FA_EXEMPT_USERNAMES: list[str] = []
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME

# --- Response headers (README, "Security headers") ------------------------------------
# Everything the portal and its admin load is served from its own origin: no CDN, no inline
# script. The admin's preview panel frames the site itself, hence frame-ancestors 'self'.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
PERMISSIONS_POLICY: dict[str, list[str]] = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}
