"""The one exception an input can fail with: a reason a person can read."""

from __future__ import annotations


class InputError(Exception):
    """A document could not be read; ``reason`` says why in a few words (no file name, no traceback).

    The command line prints ``luoshi: FILE: REASON`` for it and goes on with the next input.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
