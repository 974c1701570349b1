"""Where component failures are logged: one logger, so that a caller that reports them itself
(the command line, from each record's ``coder.errors``) can silence it. Imports no spaCy."""

import logging

FAILURE_LOG = "eventwire.failures"
log = logging.getLogger(FAILURE_LOG)


def silence(quiet: bool = True) -> None:
    """Stop (or with ``quiet=False`` resume) logging component failures in this process."""
    log.disabled = quiet


def silenced() -> bool:
    return log.disabled
