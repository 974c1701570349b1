"""The one error a reader raises: the input cannot be read, and why, in words for the user."""

from __future__ import annotations


class ReadError(Exception):
    """An input that cannot be read; the message says what is wrong (no traceback for the user)."""


def os_message(err: OSError) -> str:
    """A short lower-case reason for an operating-system error ("no such file or directory")."""
    reason = err.strerror or err.__class__.__name__
    return reason[:1].lower() + reason[1:]
