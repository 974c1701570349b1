"""A watched folder: every file in it is ingested, then each new or changed file as it appears.

Files are recognised by their content (a SHA-256 of their bytes): a file touched or saved again
unchanged is not processed again, an edited one is. Across restarts the store itself is the
memory: an article already stored (same record id) is skipped before the NLP runs. Changes are
seen with ``watchfiles`` (inotify and its kin, polling where there is none).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.article import Article, Failure
from eventwire.runner import RunConfig, Worker, chunked


@dataclass
class WatchStats:
    """What the watch has done so far."""

    files: int = 0  # files read (new or changed)
    unchanged: int = 0  # change notices for files whose content had not changed
    added: int = 0  # articles stored
    stored: int = 0  # articles that were in the store already
    failed: int = 0


def content_hash(path: Path) -> str:
    """SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


class FolderWatcher:
    """Ingests the readable files of ``folder`` into ``store`` with one pipeline loaded once.

    ``on_failure(failure)`` hears of each input that could not be read or processed;
    ``on_change()`` is called after each file, so a caller can show a status line;
    ``on_record(record)`` sees each record before it is stored.
    """

    def __init__(
        self,
        folder: Path,
        store,
        cfg: RunConfig | None = None,
        on_failure: Callable[[Failure], None] | None = None,
        on_change: Callable[[], None] | None = None,
        on_record: Callable[[dict], None] | None = None,
    ):
        self.folder = folder
        self.store = store
        self.cfg = cfg or RunConfig()
        self.on_failure = on_failure or (lambda failure: None)
        self.on_change = on_change or (lambda: None)
        self.on_record = on_record or (lambda record: None)
        self.stats = WatchStats()
        self.seen: dict[Path, str] = {}
        self._worker: Worker | None = None

    @property
    def worker(self) -> Worker:
        """The pipeline, loaded on first use (a folder of known files needs none)."""
        if self._worker is None:
            self._worker = Worker(self.cfg)
        return self._worker

    def scan(self) -> None:
        """Ingest every readable file already in the folder, in sorted order."""
        from eventwire.ingest.folder import files_under

        for path in files_under(self.folder):
            self.ingest_file(path)

    def ingest_file(self, path: Path) -> None:
        """Ingest one file unless its content was seen before."""
        try:
            digest = content_hash(path)
        except OSError:  # deleted or moved away before it could be read
            return
        key = path.resolve()
        if self.seen.get(key) == digest:
            self.stats.unchanged += 1
            return
        self.seen[key] = digest
        self.stats.files += 1
        from eventwire.ingest import read_path

        records = self._records(self._not_stored(read_path(str(path))))
        stats = self.store.ingest(records, batch_size=self.cfg.batch_size)
        self.stats.added += stats.added
        self.stats.stored += stats.skipped
        self.on_change()

    def _not_stored(self, items: Iterable[Article | Failure]) -> Iterator[Article | Failure]:
        from eventwire.store.known import SkipStored

        skip = SkipStored(self.store, clean=self.cfg.clean)
        yield from skip(items)
        self.stats.stored += skip.skipped

    def _records(self, items: Iterable[Article | Failure]) -> Iterator[dict]:
        for chunk in chunked(items, self.cfg.batch_size):
            for result in self.worker.process_chunk(chunk):
                if isinstance(result, Failure):
                    self.stats.failed += 1
                    self.on_failure(result)
                else:
                    self.on_record(result)
                    yield result

    def changed_paths(self, changes: Iterable[tuple]) -> list[Path]:
        """The readable files among watchfiles' changes (added or modified, and those in a new
        folder), named under the folder as the user gave it, in sorted order."""
        from watchfiles import Change

        from eventwire.ingest.detect import by_name
        from eventwire.ingest.folder import files_under

        root = self.folder.resolve()
        found = []
        for change, name in changes:
            path = Path(name)
            if change == Change.deleted:
                continue
            if path.is_dir():  # a new folder: its files may have come before it was watched
                found.extend(files_under(path))
            elif by_name(path.name) and path.is_file():
                found.append(path)
        paths = set()
        for path in found:
            try:
                relative = path.resolve().relative_to(root)
            except ValueError:
                continue
            if not any(part.startswith(".") for part in relative.parts):  # hidden: skipped
                paths.add(self.folder / relative)
        return sorted(paths)

    def run(self, stop_event=None, on_ready: Callable[[], None] | None = None, **options) -> None:
        """Ingest the files already there, then new and changed ones until ``stop_event`` is set
        (or Ctrl-C raises KeyboardInterrupt). ``on_ready()`` is called once the folder's files
        are in and the watch is on.

        The watch starts before the folder is read, so a file that arrives meanwhile is not
        missed (a file both read and reported is recognised by its content and read once).
        """
        from watchfiles import watch

        options.setdefault("yield_on_timeout", True)
        options.setdefault("rust_timeout", 1000)
        ready = False
        for changes in watch(self.folder, stop_event=stop_event, **options):
            if not ready:
                self.scan()
                ready = True
                if on_ready is not None:
                    on_ready()
            for path in self.changed_paths(changes):
                self.ingest_file(path)
