"""One module per ``eventwire`` subcommand; see :mod:`eventwire.cli`."""
