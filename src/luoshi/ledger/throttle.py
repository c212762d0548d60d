"""The login throttle: too many wrong passwords lock an account, and a client, for a while.

Counts live in Django's cache, which is files under the data folder (server/settings.py ``CACHES``), so
every worker process of ``luoshi serve --workers N`` sees the same counts. An account is counted by its
login name (lower case, whether it exists or not: a guesser learns nothing), a client by the keyed hash of
its address (``feedback.client_key``: ``X-Forwarded-For`` only behind ``LUOSHI_TRUSTED_PROXY``).

Settings (environment): ``LUOSHI_LOGIN_FAILURES`` wrong passwords per account (default 5),
``LUOSHI_LOGIN_CLIENT_FAILURES`` per client (default 20), within and locked for
``LUOSHI_LOGIN_LOCK_MINUTES`` (default 15). A 督查室 user unlocks an account on its unit's page.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from django.core.cache import cache
from django.http import HttpRequest

from luoshi.ledger.feedback import client_key


@dataclass(frozen=True)
class Limit:
    """One counter: what it counts by, how many failures lock it, the environment variable, an example key."""

    scope: str
    failures: int
    env: str
    example: str


ACCOUNT = Limit("account", 5, "LUOSHI_LOGIN_FAILURES", "login-fail:account:<sha256 of 'fgj'>")
CLIENT = Limit("client", 20, "LUOSHI_LOGIN_CLIENT_FAILURES", "login-fail:client:<client_key of 10.0.0.7>")

LOCKED_MESSAGE = "登录失败次数过多，已暂时锁定，请{minutes}分钟后再试，或请督查室解除锁定。"


def lock_seconds() -> int:
    return 60 * int(os.environ.get("LUOSHI_LOGIN_LOCK_MINUTES", "15"))


def _allowed(limit: Limit) -> int:
    return int(os.environ.get(limit.env, str(limit.failures)))


def _account_key(username: str) -> str:
    # hashed: a login name may hold any character, a cache key may not
    digest = hashlib.sha256(username.strip().lower().encode("utf-8")).hexdigest()
    return f"login-fail:account:{digest}"


def _client_key(request: HttpRequest) -> str:
    return f"login-fail:client:{client_key(request)}"


def _count(key: str) -> int:
    return int(cache.get(key, 0))


def locked_scope(request: HttpRequest, username: str) -> str | None:
    """Which counter refuses this attempt ('account' or 'client'), or None when it may go on."""
    if _count(_account_key(username)) >= _allowed(ACCOUNT):
        return ACCOUNT.scope
    if _count(_client_key(request)) >= _allowed(CLIENT):
        return CLIENT.scope
    return None


def first_refusal(request: HttpRequest, username: str, scope: str) -> bool:
    """Whether this is the first attempt refused by this lock: the history gets one record per lock, so a
    script hammering a locked account cannot flood the hash chain."""
    key = _account_key(username) if scope == ACCOUNT.scope else _client_key(request)
    return bool(cache.add(f"{key}:refused", 1, timeout=lock_seconds()))


def record_failure(request: HttpRequest, username: str) -> None:
    """One more wrong password for the account and the client; each counter expires a lock period after its
    first failure."""
    for key in (_account_key(username), _client_key(request)):
        cache.add(key, 0, timeout=lock_seconds())
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=lock_seconds())


def record_success(username: str) -> None:
    cache.delete(_account_key(username))


def is_locked(username: str) -> bool:
    return _count(_account_key(username)) >= _allowed(ACCOUNT)


def unlock(username: str) -> None:
    cache.delete_many([_account_key(username), f"{_account_key(username)}:refused"])


def locked_message() -> str:
    return LOCKED_MESSAGE.format(minutes=lock_seconds() // 60)
