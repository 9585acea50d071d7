"""Settings shared by every environment; production-safe, secrets and hosts from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

from search.elasticsearch import index_settings as elasticsearch_index_settings

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "region_teams",
    "forum_pages",
    "news",
    "search",
    "subscriptions",
    "regional_statistics",
    "demo",
    "api",
    "wagtail.api.v2",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
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
    # After wagtail.admin: its ready() switches off Wagtail's moderation mails that it replaces.
    "editorial",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "corsheaders",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_tasks_db",
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session and CSP: anonymous pages from the cache (core/page_cache.py).
    "core.page_cache.AnonymousPageCacheMiddleware",
    # Inside the page cache, so that a stored page keeps its policy headers.
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: turns a refused login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

# django-axes first: it refuses a blocked account or client before the password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

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
                "core.cache.content_version_context",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# PostgreSQL session settings. random_page_cost 1.1 (PostgreSQL's advice for SSDs and data in
# memory) lets the planner use the GIN index for a search word on most pages instead of
# scanning and unpacking every indexed text (docs/search.md). Behind a pooler that refuses
# startup options (PgBouncer), set POSTGRES_OPTIONS="" and use ALTER DATABASE … SET instead.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    postgres_options = os.environ.get("POSTGRES_OPTIONS", "-c random_page_cost=1.1")
    if postgres_options:
        DATABASES["default"].setdefault("OPTIONS", {})["options"] = postgres_options
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One process: memory. Several workers must share a cache so that a publish invalidates the
# menu everywhere: REDIS_URL (several machines) or, in production without it, files under var/.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "regionportalen",
    }
}
if os.environ.get("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
    }

# The read-only API (api/, docs/api.md): any site may read it from a browser, nothing else.
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
WAGTAILAPI_LIMIT_MAX = 100

# Security headers (docs/operations.md, "Security headers") ----------------------------------
# Public pages run only the portal's own static scripts and styles: nothing inline, nothing
# from another site. A source added here is allowed on every public page.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        # The admin's preview panel frames public templates, under the public policy: the
        # preview is rendered through the whole middleware chain for the page's own URL.
        "frame-ancestors": [SELF],
    }
}
# The Wagtail admin (portal/urls.py) writes inline scripts and styles of its own, shows Gravatar
# pictures and asks Wagtail's release server about updates: these directives replace the public
# ones there.
ADMIN_CONTENT_SECURITY_POLICY = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:", "www.gravatar.com"],
    "connect-src": [SELF, "https://releases.wagtail.org"],
}
# No page of the portal uses these browser features; nor may anything embedded in one.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Whole pages for visitors without a session, until the next publish (docs/operations.md).
PAGE_CACHE = env_bool("PAGE_CACHE", default=True)
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "600"))
PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/dokument/", "/bilder/", "/_util/"]
# A front cache (nginx, Varnish) to purge on publish: the address its PURGE requests go to
# (core/front_cache.py, docs/operations.md). Unset: nothing is purged.
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Login throttling (django-axes, docs/operations.md "Login throttling"). Failed logins are kept
# in the database, so every worker and machine sees them and an administrator can list and lift
# blocks in the admin (Inställningar → Låsta inloggningar). Five failures for one account, or
# from one client address, block further attempts, even with the right password, for 15 minutes
# after the latest attempt.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username"], ["ip_address"]]
AXES_RESET_ON_SUCCESS = True
# No record of successful logins (axes' AccessLog would keep every login's address for ever);
# failed attempts are deleted at the next login after their cool-off.
AXES_DISABLE_ACCESS_LOG = True
AXES_LOCKOUT_CALLABLE = "editorial.login.lockout_response"
AXES_COOLOFF_MESSAGE = (
    "För många misslyckade inloggningsförsök. Försök igen om 15 minuter eller kontakta en "
    "administratör."
)
# The client address: REMOTE_ADDR, or behind a reverse proxy the header it sets
# (LOGIN_CLIENT_IP_HEADER, e.g. HTTP_X_FORWARDED_FOR). Of a list, the entry LOGIN_PROXY_COUNT
# places from the right is used: 0 = the last, the one our own proxy appended; anything the
# client wrote itself stands further left and is ignored. IPWARE_STRICT off so that such extra
# entries do not make django-ipware drop the header.
LOGIN_CLIENT_IP_HEADER = os.environ.get("LOGIN_CLIENT_IP_HEADER", "").strip()
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    (LOGIN_CLIENT_IP_HEADER, "REMOTE_ADDR") if LOGIN_CLIENT_IP_HEADER else ("REMOTE_ADDR",)
)
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("LOGIN_PROXY_COUNT", "0"))
AXES_IPWARE_PROXY_ORDER = "left-most"  # the header lists the client first, proxies after it
IPWARE_STRICT = False

LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", "Svenska")]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("sv", "Svenska"), ("en", "English")]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    # Rendition names with a random part: see core.private_files and core.storage.
    "renditions": {"BACKEND": "core.storage.RenditionStorage"},
}
WAGTAILIMAGES_RENDITION_STORAGE = "renditions"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Regionportalen <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Regionportalen"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAIL_I18N_ENABLED = False
# An approved workflow publishes even when the last approver (a content owner) may not publish.
WAGTAIL_FINISH_WORKFLOW_ACTION = "editorial.workflows.publish_approved"
WAGTAIL_DATE_FORMAT = "%Y-%m-%d"
WAGTAIL_DATETIME_FORMAT = "%Y-%m-%d %H:%M"
# Documents always through Wagtail's view, which enforces collection privacy (docs/operations.md,
# "Private files"); "direct" or "redirect" would hand out the storage's URL to anyone.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
        },
    }
}

# Site search (docs/search.md): SEARCH_BACKEND picks whoosh (default: an index on this
# machine's disk), database (Wagtail's own; on PostgreSQL with the Swedish text-search
# configuration) or elasticsearch (Elasticsearch/OpenSearch, for several application servers).
# Revisions of deleted published pages and purged revisions, as JSON (editorial/archive.py).
ARCHIVE_EXPORT_DIR = Path(os.environ.get("ARCHIVE_EXPORT_DIR", VAR_DIR / "archive"))
SEARCH_INDEX_DIR = Path(os.environ.get("SEARCH_INDEX_DIR", VAR_DIR / "index"))
SEARCH_BACKENDS = {
    "whoosh": {"BACKEND": "search.backends.whoosh", "PATH": SEARCH_INDEX_DIR},
    "database": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "swedish"},
    "elasticsearch": {
        "BACKEND": "wagtail.search.backends.elasticsearch8",
        "URLS": os.environ.get("ELASTICSEARCH_URL", "http://127.0.0.1:9200").split(","),
        "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "regionportalen_"),
        "OPTIONS": {},
        "INDEX_SETTINGS": elasticsearch_index_settings(),  # Swedish, compounds split
    },
}
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "whoosh")
if SEARCH_BACKEND not in SEARCH_BACKENDS:
    raise ImproperlyConfigured(
        f"SEARCH_BACKEND={SEARCH_BACKEND!r} is not one of {', '.join(SEARCH_BACKENDS)}."
    )
WAGTAILSEARCH_BACKENDS = {"default": SEARCH_BACKENDS[SEARCH_BACKEND]}

# Background tasks (e-mail notifications): run at once in development and tests; production
# queues them in the database for `manage.py db_worker` (see docs/operations.md).
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# E-mail subscriptions (subscriptions/) ----------------------------------------------------
# The form's limits live in the cache, which must be shared by every worker in production
# (REDIS_URL, or the file cache of production.py); see docs/subscriptions.md.
SUBSCRIPTIONS_FORM_RATE = (5, 10 * 60)  # form submissions per client address per 10 minutes
SUBSCRIPTIONS_MAILS_PER_ADDRESS = (3, 60 * 60)  # mails the form sends one address per hour
SUBSCRIPTIONS_BATCH_SIZE = int(os.environ.get("SUBSCRIPTIONS_BATCH_SIZE", "100"))
# Behind a reverse proxy: the META key holding the visitor's address, e.g. HTTP_X_REAL_IP.
SUBSCRIPTIONS_CLIENT_IP_HEADER = os.environ.get("SUBSCRIPTIONS_CLIENT_IP_HEADER", "")
