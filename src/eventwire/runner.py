"""The batch runner: a stream of articles in, a stream of records out, in input order.

With ``jobs=1`` the pipeline runs in this process over ``nlp.pipe``. With ``jobs=N`` it runs in
N worker processes that each load the pipeline once and send back finished records (plain dicts,
never Docs). Input is consumed lazily and at most a few chunks per worker are in flight, so memory
stays flat however long the input is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from eventwire.article import Article, Failure
from eventwire.longrecord import RecordMerger, SpooledRecord


class RunError(RuntimeError):
    """The run as a whole cannot go on (no pipeline, no cluster): reported as a usage-level error."""


Item = Article | Failure
T = TypeVar("T")
Result = dict | SpooledRecord | Failure


@dataclass(frozen=True)
class RunConfig:
    """What every worker needs to build the same pipeline and records."""

    model: str | None = None
    clean: bool = True
    published: str | None = None
    components: tuple[str, ...] | None = None
    config: dict = field(default_factory=dict)
    batch_size: int = 16
    batch_chars: int = 40_000
    piece_chars: int = 100_000  # a longer article is processed in pieces (eventwire.longdoc)
    # a long article's record may stay on disk (a longrecord.SpooledRecord, not a dict): for a
    # caller that writes records out as JSON (process) and would not hold a huge one in memory
    spool: bool = False


PieceHook = Callable[[str, int, int], None]


class Worker:
    """A loaded pipeline that turns chunks of articles into records; one per process.

    ``on_piece(name, done, total)`` is called as each piece of an article cut into pieces is
    processed, so a caller can show progress through one long document.
    """

    def __init__(self, cfg: RunConfig, on_piece: PieceHook | None = None):
        from eventwire.nlp import load

        self.cfg = cfg
        self.on_piece = on_piece
        self.nlp = load(cfg.model, components=cfg.components, config=cfg.config)

    def process_chunk(self, items: list[Item]) -> list[Result]:
        """Records (or Failures) for a list of articles, in the same order.

        The chunk runs in a spaCy memory zone: the strings and lexemes its Docs added to the
        vocabulary are freed once its records (plain dicts) are built, so a worker's memory
        does not creep up with every new word of a long stream.
        """
        with self.nlp.memory_zone():
            return self._process_chunk(items)

    def _process_chunk(self, items: list[Item]) -> list[Result]:
        from eventwire.pipeline import finish, piece_record, prepare

        results: list[Result | None] = [None] * len(items)
        prepared = {}
        for i, item in enumerate(items):
            if isinstance(item, Failure):
                results[i] = item
                continue
            try:
                prepared[i] = prepare(
                    item, self.nlp, clean=self.cfg.clean, published=self.cfg.published,
                    max_chars=self.cfg.piece_chars,
                )
            except Exception as err:  # noqa: BLE001 - one bad article must not stop the batch
                results[i] = _failure(item.name, "could not be prepared", err)
        # a one-piece article's record is built in memory; the pieces of a longer one are
        # merged as they come, into a record kept on disk (eventwire.longrecord)
        parts: dict[int, list[dict]] = {i: [] for i, p in prepared.items() if len(p.pieces) == 1}
        mergers = {i: RecordMerger(p.text) for i, p in prepared.items() if len(p.pieces) > 1}
        done: dict[int, int] = dict.fromkeys(prepared, 0)
        pieces = ((i, doc) for i, p in prepared.items() for doc in p.make_docs())
        size = lambda piece: len(piece[1].text)
        for batch in batches(pieces, self.cfg.batch_size, self.cfg.batch_chars, size=size):
            # each piece becomes its part of the record as soon as it is processed, so the
            # Docs of one batch at most are alive, however long one article is
            for i, doc in self._pipe(batch, prepared, results):
                p = prepared[i]
                try:
                    part = piece_record(p, doc)
                    if i in mergers:
                        mergers[i].add(part, p.offsets[done[i]])
                    else:
                        parts[i].append(part)
                except Exception as err:  # noqa: BLE001 - reported as this article's failure
                    results[i] = _failure(p.article.name, "processing failed", err)
                    continue
                done[i] += 1
                if len(p.pieces) > 1 and self.on_piece is not None:
                    self.on_piece(p.article.name, done[i], len(p.pieces))
        for i, p in prepared.items():
            if results[i] is not None:
                continue
            try:
                results[i] = finish(p, parts.pop(i)) if i in parts else self._merged(mergers.pop(i))
            except Exception as err:  # noqa: BLE001 - reported as this article's failure
                results[i] = _failure(p.article.name, "processing failed", err)
        return results  # type: ignore[return-value]

    def _merged(self, merger: RecordMerger) -> Result:
        """The record of a long article: spooled on disk if the caller takes that, else a dict."""
        record = merger.close()
        if self.cfg.spool:
            return record
        try:
            return record.to_dict()
        finally:
            record.close()

    def _pipe(self, batch: list, prepared: dict, results: list) -> Iterator[tuple[int, object]]:
        """``(article index, processed Doc)`` for a batch of pieces; when the batch fails, its
        pieces run one at a time so that only the article at fault fails."""
        try:
            done = list(self.nlp.pipe([doc for _, doc in batch], batch_size=len(batch)))
        except Exception:  # noqa: BLE001
            done = None
        for k, (i, doc) in enumerate(batch):
            if results[i] is not None:
                continue  # this article failed already
            if done is not None:
                yield i, done[k]
                continue
            try:
                yield i, self.nlp(doc)
            except Exception as err:  # noqa: BLE001 - reported as this article's failure
                results[i] = _failure(prepared[i].article.name, "processing failed", err)


def _failure(name: str, what: str, err: BaseException) -> Failure:
    """One line saying what went wrong with one article (never a traceback)."""
    if isinstance(err, (RecursionError, MemoryError)):
        return Failure(name, f"{what}: {err.__class__.__name__}")
    return Failure(name, f"{what}: {err.__class__.__name__}: {err}")


def batches(
    items: Iterable[T], max_items: int, max_chars: int, *, size: Callable[[T], int] = len
) -> Iterator[list[T]]:
    """Consecutive groups of at most ``max_items`` items and ``max_chars`` characters (a longer
    item goes alone).

    spaCy's memory during ``nlp.pipe`` grows with the text of the whole batch: 16 news articles
    of 7,000 characters take twice the peak memory of 16 of 3,000 and run no faster. Capping the
    characters keeps a worker's peak the same whatever the mix of articles.
    """
    batch: list[T] = []
    chars = 0
    for item in items:
        n = size(item)
        if batch and (len(batch) >= max_items or chars + n > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += n
    if batch:
        yield batch


def chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    return batches(items, size, 0, size=lambda _: 0)  # counted only: every item weighs 0


def run(
    items: Iterable[Item],
    *,
    jobs: int = 1,
    cfg: RunConfig | None = None,
    on_piece: PieceHook | None = None,
) -> Iterator[Result]:
    """Process ``items`` and yield one record or Failure per item, in input order.

    ``on_piece`` hears of the pieces of long articles when the run is in this process (jobs 1).
    """
    cfg = cfg or RunConfig()
    if jobs <= 1:
        worker = Worker(cfg, on_piece)
        for chunk in chunked(items, cfg.batch_size):
            yield from worker.process_chunk(chunk)
        return
    from functools import partial

    from eventwire.workerpool import PipelineStartError, run_pool

    try:
        yield from run_pool(chunked(items, cfg.batch_size), jobs, partial(Worker, cfg))
    except PipelineStartError as err:
        raise RunError(str(err)) from None
