"""The ``eventwire`` command: a thin shell over the library.

Each subcommand lives in ``eventwire/commands/<name>.py`` with ``add_parser(subparsers)`` and
``run(args) -> int``; adding a command is adding a module and its name below.
Exit status: 0 all went well, 1 some inputs failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import atexit
import importlib
import os
import sys
from typing import NoReturn

from eventwire import __version__, failures
from eventwire.commands import UsageError

COMMANDS = ("process", "explain", "ingest", "query", "export", "serve", "watch", "incidents")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventwire",
        description="Who did or said what to whom, when and where: events, quotes and actors "
        "from news text.",
    )
    parser.add_argument("--version", action="version", version=f"eventwire {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"eventwire.commands.{name}")
        except ModuleNotFoundError as err:
            if err.name == f"eventwire.commands.{name}":
                continue  # command not built yet
            raise
        p = module.add_parser(sub)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help(sys.stderr)
        return 2
    # the commands report a component's failure on an article themselves, from its record
    quiet = failures.silenced()
    failures.silence()
    try:
        return int(args._run(args) or 0)
    except UsageError as err:
        print(f"eventwire {args.command}: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("eventwire: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        failures.silence(quiet)


def entry() -> NoReturn:
    """The console command: :func:`main`, then a quick exit.

    Tearing down an interpreter that holds a spaCy pipeline takes about half a second (freeing
    the model, vocabulary and indexes object by object), a sixth of a short run. Once the command
    is done and every file it wrote is closed, the process flushes its output, runs the exit
    handlers libraries registered and leaves without that teardown. Library callers of
    :func:`main` (tests, scripts) keep the normal behaviour.
    """
    code = main()
    atexit._run_exitfuncs()  # logging.shutdown and the like
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be said
            pass
    os._exit(code)


if __name__ == "__main__":
    entry()
