"""Harbour's one settings module. Everything that differs between machines comes
from the environment; see README.md for the variables."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "dev-only-not-secret-" + "x" * 40
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
# Production runs behind HTTPS; the benchmark and local servers turn this off.
HTTPS = env_bool("HTTPS", not DEBUG)

INSTALLED_APPS = [
    "config.apps.HarbourAdminConfig",  # django.contrib.admin with the second-step check
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "channels",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "guardian",
    "accounts",
    "safety",
    "community",
    "moderation",
    "privacy",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "config.request_checks.RequestBodyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "config.middleware.DatabaseUnavailableMiddleware",
    "config.middleware.RequestLabelsMiddleware",
]

ROOT_URLCONF = "config.urls"
ASGI_APPLICATION = "config.asgi.application"
WSGI_APPLICATION = None

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "config.context.site",
                "moderation.context.queue_counts",
            ],
        },
    }
]


# Under ASGI each request runs on a thread of its own, so a connection kept per
# thread is never reused: without a pool every request would open one. Each
# worker process keeps its own pool, sized so that two workers stay well under
# PostgreSQL's 100 connections. A request waits up to `timeout` seconds for a
# connection (a burst of posts queues rather than fails); while the database
# refuses connections it then gets the calm "try again" page. The pool gives up
# on a failing connection after `reconnect_timeout` seconds, so once the
# database is back the next request reaches it at once.
POSTGRES_POOL = {"min_size": 2, "max_size": 20, "timeout": 10, "reconnect_timeout": 2}


def _database():
    url = env_str("DATABASE_URL")
    if not url:
        VAR_DIR.mkdir(exist_ok=True)
        url = f"sqlite:///{VAR_DIR / 'harbour.sqlite3'}"
    db = dj_database_url.parse(url)
    if db["ENGINE"].endswith("postgresql"):
        # A connection left over from before a restart is replaced, not used. The
        # pool checks by the socket, not by asking the server (config/pool_check.py):
        # one round trip less per request.
        db["ENGINE"] = "config.postgresql"
        db["OPTIONS"] = {"pool": POSTGRES_POOL}
        db["CONN_HEALTH_CHECKS"] = True
    if db["ENGINE"].endswith("sqlite3"):
        # WAL and IMMEDIATE transactions: concurrent writers wait instead of
        # failing with "database is locked".
        db["OPTIONS"] = {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
        # One file per test process, so two suites on one machine never share it.
        db["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}
    return db


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # Fails open: while Redis is away reads miss and writes are dropped,
            # so logging in and sessions carry on (config/cache.py). Short socket
            # timeouts make a Redis that hangs count as away, not stall a page.
            "BACKEND": "config.cache.FailOpenRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX") or "harbour",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {
                # redis-py's asyncio pool defaults to 100 connections, too few
                # for a worker holding a thousand sockets; and its 5-second
                # read timeout equals the layer's blocking pop, so under load
                # every idle receive would fail: allow longer than the pop.
                "hosts": [{"address": REDIS_URL, "max_connections": 2000, "socket_timeout": 30}],
                "capacity": 1500,
                "expiry": 30,
            },
        }
    }
else:
    # Rendered fragments and pages live here too (community.fragments, community.page_cache).
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 5000}}}
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
    "guardian.backends.ObjectPermissionBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ANONYMOUS_USER_NAME = None  # guardian: no anonymous user row

ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"login": "accounts.forms.LoginForm", "signup": "accounts.forms.SignupForm"}
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_USERNAME_MIN_LENGTH = 3
ACCOUNT_USERNAME_VALIDATORS = "accounts.validators.USERNAME_VALIDATORS"
ACCOUNT_EMAIL_VERIFICATION = env_str("EMAIL_VERIFICATION", "optional" if DEBUG else "mandatory")
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_SESSION_REMEMBER = None
# allauth's limits, keyed by a keyed hash of the address (AccountAdapter.get_client_ip):
# after five failed logins an account is locked for 15 minutes, and ten failures a
# minute from one address pause logins from it; "signup" and "login" only stop
# floods of requests. How many accounts one address may make is HARBOUR's "signup".
ACCOUNT_RATE_LIMITS = {"signup": "20/m/ip", "login": "30/m/ip", "login_failed": "10/m/ip,5/900s/key"}
ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD = "website"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_ADAPTER = "accounts.mfa_adapter.MFAAdapter"
MFA_TOTP_ISSUER = "Harbour"
# A code from the previous or next 30 seconds is accepted too: phone clocks drift.
MFA_TOTP_TOLERANCE = 1

EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Harbour <no-reply@harbour.invalid>")

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# DATA_UPLOAD_MAX_MEMORY_SIZE and DATA_UPLOAD_MAX_NUMBER_FIELDS follow HARBOUR, below.

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if HTTPS:
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    if env_bool("BEHIND_PROXY", False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Logs never carry post text, emails or addresses: only levels and names.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
    "filters": {"drop": {"()": "config.log_filters.DropRecords"}},
    "loggers": {
        "django.request": {"level": "ERROR", "propagate": True},
        # SQL with its parameters, and a template's missing-variable notes with the
        # whole page context, would carry post text and emails: never logged, even at DEBUG.
        "django.db.backends": {"filters": ["drop"]},
        "django.db.backends.schema": {"filters": ["drop"]},
        "django.template": {"filters": ["drop"]},
    },
}

HARBOUR = {
    "POSTS_PER_PAGE": 25,
    "THREADS_PER_PAGE": 30,
    "POST_MAX_CHARS": 20_000,
    "TITLE_MAX_CHARS": 150,
    # Markdown in a post or a group description (safety/content.py): quotes, lists,
    # bold, italics and links inside one another; links in all; and the elements it
    # becomes (paragraphs, items, cells...), which bound the work of cleaning the HTML.
    "POST_MAX_NESTING": 8,
    "POST_MAX_LINKS": 100,
    "POST_MAX_PARTS": 2_000,
    "GROUP_DESCRIPTION_MAX_CHARS": 2_000,
    "FLAG_NOTE_MAX_CHARS": 1_000,
    # appeals, moderators' reasons and messages to members, staff notes: the
    # shortest column one is kept in (a sanction's reason) holds 1,000
    "MESSAGE_MAX_CHARS": 1_000,
    "SEARCH_MAX_CHARS": 200,
    # The largest legitimate form, a moderator's edit (a 20,000-character post and
    # a 1,000-character reason, each character up to 12 bytes once percent-encoded,
    # about 252 KB), fits with room to spare. Larger bodies are not read
    # (config/body_limit.py) and get a kind page (config/request_checks.py).
    "REQUEST_MAX_BYTES": 320 * 1024,
    "REQUEST_MAX_FIELDS": 200,
    # A live client's frame, measured before it is parsed (community/consumers.py).
    "FRAME_MAX_CHARS": 1_024,
    # scope: (attempts, window in seconds), per member
    "RATE_LIMITS": {
        "post": (8, 60),
        "react": (60, 60),
        "join": (20, 3600),
        "flag": (10, 3600),
        # per address (a keyed hash): accounts made, safety/signup_limit.py
        "signup": (5, 3600),
        # per live connection: catch-up requests; the page sends one a connection and one every 30 s
        "catch_up": (10, 60),
    },
}

DATA_UPLOAD_MAX_MEMORY_SIZE = HARBOUR["REQUEST_MAX_BYTES"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = HARBOUR["REQUEST_MAX_FIELDS"]
