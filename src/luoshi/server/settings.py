"""Django settings for the 督办 ledger.

Everything a deployment changes comes from the environment, so no secret is ever in the repository:

- ``LUOSHI_DATA_DIR``: where the SQLite database, the attachments and the generated secret key live
  (default ``./luoshi-data``).
- ``DATABASE_URL``: ``postgres://user:pass@host:5432/name`` for PostgreSQL; SQLite in the data folder
  when unset.
- ``LUOSHI_SECRET_KEY``: the signing key; generated once into the data folder when unset.
- ``LUOSHI_ALLOWED_HOSTS`` (comma-separated), ``LUOSHI_DEBUG=1``, ``LUOSHI_WARNING_DAYS`` (yellow light
  this many days before a deadline, default 7), ``LUOSHI_ATTACHMENT_MAX_MB`` (default 10),
  ``LUOSHI_UPLOAD_MAX_MB`` (speeches to import, default 20).
- ``LUOSHI_SESSION_IDLE_HOURS``: signed out after this long idle (default 8).
- ``LUOSHI_HTTPS=1`` behind a TLS proxy (Secure and ``__Host-`` cookies, HSTS: ``LUOSHI_HSTS_SECONDS``,
  ``LUOSHI_HSTS_SUBDOMAINS``, ``LUOSHI_HSTS_PRELOAD``), ``LUOSHI_CSRF_TRUSTED_ORIGINS`` (comma-separated;
  an https ``LUOSHI_PUBLIC_URL`` is trusted already).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

DATA_DIR = Path(os.environ.get("LUOSHI_DATA_DIR", "luoshi-data")).resolve()


def _secret_key() -> str:
    if key := os.environ.get("LUOSHI_SECRET_KEY"):
        return key
    path = DATA_DIR / "secret_key"
    if not path.exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(50))
    return path.read_text().strip()


def _database() -> dict[str, Any]:
    if url := os.environ.get("DATABASE_URL"):
        config: dict[str, Any] = {**dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)}
        if config["ENGINE"].endswith("sqlite3"):
            config.setdefault("OPTIONS", {}).update(_SQLITE_OPTIONS)
        elif "postgresql" in config["ENGINE"] or "postgis" in config["ENGINE"]:
            _require_psycopg()
        return config
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    return {"ENGINE": "django.db.backends.sqlite3", "NAME": DATA_DIR / "ledger.sqlite3", "OPTIONS": _SQLITE_OPTIONS}


def _require_psycopg() -> None:
    """PostgreSQL's driver is the postgres extra: without it, say so in one line rather than Django's traceback."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        try:
            import psycopg2  # noqa: F401 (Django takes either)
        except ImportError:
            raise ImproperlyConfigured(
                "PostgreSQL needs psycopg, which is not installed: pip install 'luoshi[postgres]'"
            ) from None


# IMMEDIATE transactions take SQLite's write lock at BEGIN, so two writers queue up instead of one
# failing halfway; WAL lets readers go on meanwhile; synchronous=FULL makes a commit survive a power cut.
_SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 30,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;",
}

SECRET_KEY = _secret_key()
DEBUG = os.environ.get("LUOSHI_DEBUG") == "1"
ALLOWED_HOSTS = [h for h in os.environ.get("LUOSHI_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "luoshi.ledger",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "luoshi.server.headers.SecurityHeadersMiddleware",
    "luoshi.server.sessions.IdleTimeoutMiddleware",
]

ROOT_URLCONF = "luoshi.server.urls"
WSGI_APPLICATION = "luoshi.server.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "luoshi.ledger.context.ledger",
            ],
        },
    },
]

DATABASES = {"default": _database()}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Tests use a file, not shared-cache memory: threads then lock and wait like real users do.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test-ledger.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"  # for `luoshi ledger manage collectstatic` behind a front server
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns on every request when it is missing
WHITENOISE_USE_FINDERS = True  # `luoshi serve` works without a collectstatic step
MEDIA_ROOT = DATA_DIR / "attachments"  # served only through a view that checks the reader's role

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "ledger:dashboard"
LOGOUT_REDIRECT_URL = "login"

SESSION_COOKIE_HTTPONLY = True
# Signed out after this long without a request (sessions.IdleTimeoutMiddleware keeps an active one alive).
SESSION_COOKIE_AGE = int(float(os.environ.get("LUOSHI_SESSION_IDLE_HOURS", "8")) * 3600)
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# The CSRF token lives in the session, so a cookie planted from a sibling host (cookie tossing) is no token.
CSRF_USE_SESSIONS = True
CSRF_FAILURE_VIEW = "luoshi.ledger.views.errors.csrf_failure"  # in Chinese: citizens meet it too
SECURE_CONTENT_TYPE_NOSNIFF = True
# HTTPS (LUOSHI_HTTPS=1): served behind a TLS proxy that sets X-Forwarded-Proto. Cookies are Secure, the
# session cookie is a __Host- cookie (bound to this host, no Domain), HSTS is sent, plain HTTP is redirected,
# and a POST from the public address passes the CSRF origin check.
LUOSHI_HTTPS = os.environ.get("LUOSHI_HTTPS") == "1"
if LUOSHI_HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
    SECURE_HSTS_SECONDS = int(os.environ.get("LUOSHI_HSTS_SECONDS", str(365 * 24 * 3600)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("LUOSHI_HSTS_SUBDOMAINS", "1") == "1"
    SECURE_HSTS_PRELOAD = os.environ.get("LUOSHI_HSTS_PRELOAD", "1") == "1"  # the header only; no list entry
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("LUOSHI_CSRF_TRUSTED_ORIGINS", "").split(",") if o]
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LUOSHI_WARNING_DAYS = int(os.environ.get("LUOSHI_WARNING_DAYS", "7"))
LUOSHI_ATTACHMENT_MAX_BYTES = int(float(os.environ.get("LUOSHI_ATTACHMENT_MAX_MB", "10")) * 1024 * 1024)
LUOSHI_UPLOAD_MAX_BYTES = int(float(os.environ.get("LUOSHI_UPLOAD_MAX_MB", "20")) * 1024 * 1024)
LUOSHI_ITEMS_PER_PAGE = 50
# The public side (成绩单, 码上督): the jurisdiction's name on the scoreboard, the address QR codes point at
# (behind a proxy the request's own host may be an internal one), and the limits on citizens' feedback.
LUOSHI_JURISDICTION = os.environ.get("LUOSHI_JURISDICTION", "本级")
LUOSHI_PUBLIC_URL = os.environ.get("LUOSHI_PUBLIC_URL", "").rstrip("/")
if LUOSHI_PUBLIC_URL.startswith("https://") and LUOSHI_PUBLIC_URL not in CSRF_TRUSTED_ORIGINS:
    CSRF_TRUSTED_ORIGINS.append(LUOSHI_PUBLIC_URL.split("/", 3)[0] + "//" + LUOSHI_PUBLIC_URL.split("/", 3)[2])
LUOSHI_FEEDBACK_RESPONSE_DAYS = int(os.environ.get("LUOSHI_FEEDBACK_RESPONSE_DAYS", "2"))  # working days
LUOSHI_FEEDBACK_MAX_CHARS = int(os.environ.get("LUOSHI_FEEDBACK_MAX_CHARS", "500"))
LUOSHI_FEEDBACK_PER_HOUR = int(os.environ.get("LUOSHI_FEEDBACK_PER_HOUR", "5"))  # per client address
# Behind a reverse proxy the client's address is in X-Forwarded-For; trusted only when said so.
LUOSHI_TRUSTED_PROXY = os.environ.get("LUOSHI_TRUSTED_PROXY") == "1"
# Attachments never sit in memory whole: anything over 1 MB streams to a temporary file.
FILE_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024  # form fields (a pasted speech included)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 5000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    # 403/404 are the role checks doing their job, not something to page anyone about.
    "loggers": {"django.request": {"handlers": ["console"], "level": "ERROR"}},
}
