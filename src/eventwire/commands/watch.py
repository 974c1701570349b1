"""``eventwire watch FOLDER --db …``: keep a store up to date with a folder new articles arrive in."""

from __future__ import annotations

import argparse
import sys

from eventwire.commands.common import add_pipeline_options


def add_parser(sub) -> argparse.ArgumentParser:
    from eventwire.commands.query import add_db_option

    p = sub.add_parser(
        "watch",
        help="ingest a folder's files, then each new or changed file as it arrives",
        description="Ingest every readable file in FOLDER into the store, then watch it: each "
        "new or changed file is processed and stored as it appears. A file whose content was "
        "seen before is not processed again. A status line shows what was done; stop with "
        "Ctrl-C.",
    )
    add_pipeline_options(p)
    p.set_defaults(jobs=1, dask=None)
    add_db_option(p)
    for action in p._actions:  # one folder, not a list of inputs
        if action.dest == "inputs":
            action.nargs, action.metavar = None, "FOLDER"
            action.help = "the folder to watch (read recursively, hidden files skipped)"
        if action.dest in ("jobs", "dask"):
            action.help = argparse.SUPPRESS
    return p


class Status:
    """The status line on stderr: rewritten in place on a terminal, one line per change else."""

    def __init__(self, watcher, stream=None):
        self.watcher = watcher
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.last = ""

    def text(self, state: str) -> str:
        """The status: what was done so far, then what the watch is doing."""
        s = self.watcher.stats
        return (f"eventwire watch: {s.files} files read, {s.added} articles added, {s.stored} "
                f"already stored, {s.failed} failed; {state}")

    def show(self, state: str | None = None) -> None:
        """Show the status line (default state: watching)."""
        state = state or f"watching {self.watcher.folder} (Ctrl-C to stop)"
        line = self.text(state)
        if self.tty:
            pad = " " * max(0, len(self.last) - len(line))
            self.stream.write(f"\r{line}{pad}")
        else:
            self.stream.write(line + "\n")
        self.stream.flush()
        self.last = line

    def failure(self, failure) -> None:
        """A file that could not be read or processed, on a line of its own."""
        if self.tty and self.last:
            self.stream.write("\n")
        print(f"eventwire: {failure}", file=self.stream, flush=True)
        self.last = ""

    def end(self, state: str) -> None:
        """The last status line."""
        self.show(state)
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


def run(args: argparse.Namespace) -> int:
    """Ingest the folder, then watch it until Ctrl-C (exit 0), a model or store error (2, 1)."""
    from pathlib import Path

    from eventwire.commands import UsageError
    from eventwire.commands.common import run_config, show_reader_notices, warn_if_undated
    from eventwire.commands.query import open_for_command
    from eventwire.nlp import ModelError
    from eventwire.store import StoreError
    from eventwire.watcher import FolderWatcher

    folder = Path(args.inputs)
    if not folder.is_dir():
        raise UsageError(f"{args.inputs}: not a folder")
    cfg = run_config(args)
    show_reader_notices()
    store = open_for_command(args.db, readonly=False)
    watcher = FolderWatcher(folder, store, cfg)
    status = Status(watcher)
    watcher.on_failure = status.failure
    watcher.on_change = status.show
    watcher.on_record = warn_if_undated
    try:
        status.show(f"reading what is in {folder}")
        watcher.run(on_ready=status.show)
    except KeyboardInterrupt:
        status.end("stopped")
        return 0
    except (ModelError, StoreError) as err:
        print(f"eventwire watch: {err}", file=sys.stderr)
        return 2 if isinstance(err, ModelError) else 1
    finally:
        store.close()
    return 0
