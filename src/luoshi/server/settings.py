"""Django settings for the 督办 ledger.

Everything a deployment changes comes from the environment, so no secret is ever in the repository:

- ``LUOSHI_DATA_DIR``: where the SQLite database, the attachments and the generated secret key live
  (default ``./luoshi-data``).
- ``DATABASE_URL``: ``postgres://user:pass@host:5432/name`` for PostgreSQL; SQLite in the data folder
  when unset.
- ``LUOSHI_SECRET_KEY``: the signing key; generated once into the data folder when unset.
- ``LUOSHI_ALLOWED_HOSTS`` (comma-separated), ``LUOSHI_DEBUG=1``, ``LUOSHI_WARNING_DAYS`` (yellow light
  this many days before a deadline, default 7), ``LUOSHI_ATTACHMENT_MAX_MB`` (default 10),
  ``LUOSHI_UPLOAD_MAX_MB`` (speeches to import, default 20), ``LUOSHI_IMPORT_MAX_CHARS`` (500000),
  ``LUOSHI_IMPORT_MAX_PROPOSALS`` (3000), ``LUOSHI_IMPORT_MEMORY_MB`` (1024), ``LUOSHI_IMPORT_SECONDS`` (60).
- ``LUOSHI_SESSION_IDLE_HOURS``: signed out after this long idle (default 8).
- ``LUOSHI_PUBLIC_URL``: the site's public origin (``https://duban.example.gov.cn``): QR codes and links carry
  it, and its host is allowed besides ``LUOSHI_ALLOWED_HOSTS`` (default the loopback names; never ``*``).
- The public side under load: ``LUOSHI_PUBLIC_CACHE_SECONDS`` (default 60), ``LUOSHI_PUBLIC_CONCURRENCY``
  (default 1), ``LUOSHI_PUBLIC_SHARE`` (default 0.5; see ``server/public_gate.py``).
- ``LUOSHI_HTTPS=1`` behind a TLS proxy (Secure and ``__Host-`` cookies, HSTS: ``LUOSHI_HSTS_SECONDS``,
  ``LUOSHI_HSTS_SUBDOMAINS``, ``LUOSHI_HSTS_PRELOAD``), ``LUOSHI_CSRF_TRUSTED_ORIGINS`` (comma-separated;
  an https ``LUOSHI_PUBLIC_URL`` is trusted already).
- Notifications: ``LUOSHI_REMIND_DAYS`` (default ``7,3,1``), ``LUOSHI_FEEDBACK_REMIND_DAYS``, ``LUOSHI_NOTIFY_*``
  and the mail server ``LUOSHI_EMAIL_HOST``/``_PORT``/``_USER``/``_PASSWORD``/``_TLS``/``_SSL``/``_FROM``.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

DATA_DIR = Path(os.environ.get("LUOSHI_DATA_DIR", "luoshi-data")).resolve()


def _private_dir(path: Path) -> Path:
    """A folder only the server's user can enter (0700): the ledger's data is not for other local accounts."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)  # an older install made it 0755
    return path


def _private_file(path: Path) -> Path:
    """Create ``path`` 0600 before SQLite opens it: SQLite gives its -wal and -shm files the database's mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)
    return path


def _secret_key() -> str:
    if key := os.environ.get("LUOSHI_SECRET_KEY"):
        return key
    path = DATA_DIR / "secret_key"
    if not path.exists():
        _private_dir(DATA_DIR)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(50))
    return path.read_text().strip()


def _database() -> dict[str, Any]:
    if url := os.environ.get("DATABASE_URL"):
        config: dict[str, Any] = {**dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)}
        if config["ENGINE"].endswith("sqlite3"):
            config.setdefault("OPTIONS", {}).update(_SQLITE_OPTIONS)
            if config["NAME"] and config["NAME"] != ":memory:":
                _private_file(Path(config["NAME"]))
        elif "postgresql" in config["ENGINE"] or "postgis" in config["ENGINE"]:
            _require_psycopg()
        return config
    name = _private_file(_private_dir(DATA_DIR) / "ledger.sqlite3")
    return {"ENGINE": "django.db.backends.sqlite3", "NAME": name, "OPTIONS": _SQLITE_OPTIONS}


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

def _public_url() -> str:
    """LUOSHI_PUBLIC_URL as an origin without a trailing slash: what QR codes and links carry.

    Example: ``https://duban.example.gov.cn/`` → ``https://duban.example.gov.cn``. A path is refused: the
    ledger's URLs start at the root, so a code pointing under a path would lead nowhere.
    """
    url = os.environ.get("LUOSHI_PUBLIC_URL", "").strip().rstrip("/")
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path or parts.query or parts.username:
        raise ImproperlyConfigured(f"LUOSHI_PUBLIC_URL 应为 https://域名[:端口]，不带路径：{url!r}")
    return url


def _allowed_hosts(public_url: str) -> list[str]:
    """The names this site answers to: LUOSHI_ALLOWED_HOSTS (default the loopback names) and the public URL's host.

    Never ``*``: Django builds absolute links from the Host header, so any host allowed is a host a forged
    request can put into a page.
    """
    listed = os.environ.get("LUOSHI_ALLOWED_HOSTS", ",".join(LOOPBACK_HOSTS))
    hosts = [h.strip() for h in listed.split(",") if h.strip()]
    if "*" in hosts or any(h.startswith("*") for h in hosts):
        raise ImproperlyConfigured("LUOSHI_ALLOWED_HOSTS 不能含 *：请列出域名，或只设置 LUOSHI_PUBLIC_URL")
    if public_url:
        host = urlsplit(public_url).hostname or ""
        host = f"[{host}]" if ":" in host else host
        hosts += [] if host in hosts else [host]
    return hosts


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")
_private_dir(DATA_DIR)
SECRET_KEY = _secret_key()
DEBUG = os.environ.get("LUOSHI_DEBUG") == "1"
# The public side (成绩单, 码上督) and every absolute link point at this address, never at the request's Host.
LUOSHI_PUBLIC_URL = _public_url()
ALLOWED_HOSTS = _allowed_hosts(LUOSHI_PUBLIC_URL)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "luoshi.ledger",
    "luoshi.ledger.notify",  # e-mail and 钉钉/企业微信 notices (its own tables and migrations)
]

MIDDLEWARE = [
    "luoshi.server.access_log.AccessLogMiddleware",  # outermost: sees every request and its final status
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "luoshi.server.public_gate.PublicGateMiddleware",  # a public flood gets one core, never the staff's threads
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "luoshi.server.headers.SecurityHeadersMiddleware",
    "luoshi.server.error_pages.MethodNotAllowedPageMiddleware",  # a Chinese page, not the browser's English 405
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
FILE_UPLOAD_PERMISSIONS = 0o600  # attachments are for the roles that may read them, not for local accounts
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o700

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
# One import, read in a child process (luoshi.ledger.parsing): its text (read or pasted), its proposed rows,
# and the child's memory and wall time. The import form states the first two.
LUOSHI_IMPORT_MAX_CHARS = int(os.environ.get("LUOSHI_IMPORT_MAX_CHARS", "500000"))
LUOSHI_IMPORT_MAX_PROPOSALS = int(os.environ.get("LUOSHI_IMPORT_MAX_PROPOSALS", "3000"))
LUOSHI_IMPORT_MEMORY_BYTES = int(float(os.environ.get("LUOSHI_IMPORT_MEMORY_MB", "1024")) * 1024 * 1024)
LUOSHI_IMPORT_SECONDS = float(os.environ.get("LUOSHI_IMPORT_SECONDS", "60"))
LUOSHI_ITEMS_PER_PAGE = 50
# The public side (成绩单, 码上督): the jurisdiction's name on the scoreboard, the address QR codes point at
# (behind a proxy the request's own host may be an internal one), and the limits on citizens' feedback.
LUOSHI_JURISDICTION = os.environ.get("LUOSHI_JURISDICTION", "本级")
if LUOSHI_PUBLIC_URL.startswith("https://") and LUOSHI_PUBLIC_URL not in CSRF_TRUSTED_ORIGINS:
    CSRF_TRUSTED_ORIGINS.append(LUOSHI_PUBLIC_URL.split("/", 3)[0] + "//" + LUOSHI_PUBLIC_URL.split("/", 3)[2])
LUOSHI_FEEDBACK_RESPONSE_DAYS = int(os.environ.get("LUOSHI_FEEDBACK_RESPONSE_DAYS", "2"))  # working days
LUOSHI_FEEDBACK_MAX_CHARS = int(os.environ.get("LUOSHI_FEEDBACK_MAX_CHARS", "500"))
LUOSHI_FEEDBACK_PER_HOUR = int(os.environ.get("LUOSHI_FEEDBACK_PER_HOUR", "5"))  # per client address
# Behind a reverse proxy the client's address is in X-Forwarded-For; trusted only when said so.
LUOSHI_TRUSTED_PROXY = os.environ.get("LUOSHI_TRUSTED_PROXY") == "1"

# Notifications (luoshi.ledger.notify): reminders this many days before a deadline, and before a citizen's
# feedback is due; the reminder scan's period in `luoshi serve` (0: only `luoshi ledger remind` from cron);
# retries with backoff from LUOSHI_NOTIFY_RETRY_SECONDS, doubled each time, up to the maximum attempts.
LUOSHI_REMIND_DAYS = tuple(sorted({int(d) for d in os.environ.get("LUOSHI_REMIND_DAYS", "7,3,1").split(",")
                                   if d.strip()}, reverse=True))
LUOSHI_FEEDBACK_REMIND_DAYS = tuple(sorted({int(d) for d in os.environ.get("LUOSHI_FEEDBACK_REMIND_DAYS", "1")
                                            .split(",") if d.strip()}, reverse=True))
LUOSHI_NOTIFY_INTERVAL = float(os.environ.get("LUOSHI_NOTIFY_INTERVAL", "300"))
LUOSHI_NOTIFY_MAX_ATTEMPTS = int(os.environ.get("LUOSHI_NOTIFY_MAX_ATTEMPTS", "6"))
LUOSHI_NOTIFY_RETRY_SECONDS = int(os.environ.get("LUOSHI_NOTIFY_RETRY_SECONDS", "60"))
LUOSHI_NOTIFY_TIMEOUT = float(os.environ.get("LUOSHI_NOTIFY_TIMEOUT", "10"))  # seconds per request
# E-mail through Django's SMTP backend (or LUOSHI_EMAIL_BACKEND, e.g. the console one to try it out).
EMAIL_BACKEND = os.environ.get("LUOSHI_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("LUOSHI_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("LUOSHI_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("LUOSHI_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("LUOSHI_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("LUOSHI_EMAIL_TLS") == "1"  # STARTTLS, usually port 587
EMAIL_USE_SSL = os.environ.get("LUOSHI_EMAIL_SSL") == "1"  # implicit TLS, usually port 465
EMAIL_TIMEOUT = LUOSHI_NOTIFY_TIMEOUT
DEFAULT_FROM_EMAIL = os.environ.get("LUOSHI_EMAIL_FROM", "luoshi@localhost")
# Attachments never sit in memory whole: anything over 1 MB streams to a temporary file.
FILE_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
# Form fields: a pasted speech of LUOSHI_IMPORT_MAX_CHARS always fits (UTF-8 takes at most 4 bytes a character),
# so the import form refuses a longer one with its own message; a body over even this gets one too (views/sources).
DATA_UPLOAD_MAX_MEMORY_SIZE = 4 * LUOSHI_IMPORT_MAX_CHARS + 64 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 5000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"timed": {"format": "%(asctime)s %(process)d %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler"},
                 "access": {"class": "logging.StreamHandler", "formatter": "timed"}},
    "loggers": {
        # 403/404 are the role checks doing their job, not something to page anyone about.
        "django.request": {"handlers": ["console"], "level": "ERROR"},
        # One line per request (server/access_log.py): method, path, status, milliseconds, user id.
        "luoshi.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
    },
}

# Shared by the worker processes of `luoshi serve --workers N` (a per-process cache would count and cache
# N times): the public pages, the 考评 points, counters. Files under the data folder, 0700 like it.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": DATA_DIR / "cache",
        "TIMEOUT": 300,
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}
# How long a public page (成绩单, a unit's page) may be served from the cache when nothing was recorded in
# the history meanwhile (a recorded change shows at once: the key holds the history chain's head).
LUOSHI_PUBLIC_CACHE_SECONDS = int(os.environ.get("LUOSHI_PUBLIC_CACHE_SECONDS", "60"))
# Anonymous requests to the public pages running at once on the machine (server/public_gate.py).
LUOSHI_PUBLIC_CONCURRENCY = int(os.environ.get("LUOSHI_PUBLIC_CONCURRENCY", "1"))
LUOSHI_PUBLIC_SHARE = float(os.environ.get("LUOSHI_PUBLIC_SHARE", "0.5"))  # of each slot's time, at most
