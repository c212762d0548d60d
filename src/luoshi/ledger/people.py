"""How a person is named on the pages: the name given to the account (姓名), never only a login name.

One rule for every page (history, progress reports, extension requests, feedback answers, 批示, the header):
the account's name, else its login name. A Chinese name kept as 姓 (last_name) and 名 (first_name) reads 张三,
not Django's "三 张"; the demo and the 单位 page keep the whole name in ``first_name``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.contrib.auth import get_user_model

_HAN = re.compile(r"^[\u3400-\u9fff·]+$")


def display_name(user) -> str:
    """张三 for an account named 张三, else its login name (``zhangsan``); "" for no one."""
    if user is None:
        return ""
    first, last = (user.first_name or "").strip(), (user.last_name or "").strip()
    if first and last and _HAN.match(first) and _HAN.match(last):
        return last + first
    return (user.get_full_name() or "").strip() or user.get_username()


def names_of(usernames: Iterable[str]) -> dict[str, str]:
    """Each login name's display name, in one query; a name whose account is gone maps to itself (a history
    record outlives its user)."""
    wanted = {name for name in usernames if name}
    found = {user.get_username(): display_name(user) for user in get_user_model().objects.filter(
        username__in=wanted).only("username", "first_name", "last_name")}
    return {name: found.get(name, name) for name in wanted}
