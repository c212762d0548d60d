"""码上督's 查询码: the code a citizen gets for a feedback, to look its state up later (FK-7KQ3-M9XD).

Random, not a sequence, so a code tells nothing of the others and cannot be counted through; eight characters
of an alphabet without the look-alikes 0/O and 1/I/L (31⁸ ≈ 8.5×10¹¹ codes), typed from a phone as they are
read: upper or lower case, with or without FK- and the dash.
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
PREFIX = "FK-"
_TYPED = re.compile(rf"^(?:FK)?([{ALPHABET}]{{4}})([{ALPHABET}]{{4}})$")


def new_code() -> str:
    """A fresh random code. Not looked up first (a feedback costs one count and one insert): with 10,000 codes
    given, a new one repeats an old one once in 85 million, and then the unique column refuses the insert
    rather than giving two citizens one code."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"{PREFIX}{chars[:4]}-{chars[4:]}"


def normalise(typed: str) -> str | None:
    """``fk-7kq3 m9xd`` → ``FK-7KQ3-M9XD``; None for anything that cannot be a code."""
    compact = re.sub(r"[\s\-－—_]", "", (typed or "").upper())[:12]
    match = _TYPED.match(compact)
    return f"{PREFIX}{match[1]}-{match[2]}" if match else None
