"""Bad usage, apart from the grammar: the window's start path raises it without building one."""

from __future__ import annotations


class UsageError(Exception):
    """Bad usage: exit status 2."""
