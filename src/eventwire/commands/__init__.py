"""One module per ``eventwire`` subcommand; see :mod:`eventwire.cli`."""


class UsageError(Exception):
    """A mistake in how the command was called (exit status 2)."""
