"""Running the pipeline on a Dask cluster (``--dask tcp://scheduler:8786`` or ``--dask local``).

Each Dask worker loads the pipeline once, through a :class:`PipelinePlugin`; the client cuts the
input into chunks of ``batch_size`` articles (one task each), keeps a bounded number of them in
flight and yields the finished records (plain dicts) in input order, so the one writer on the
client side sees the same stream as with the local runner. There is no barrier between groups of
tasks: as soon as the oldest chunk is written, the next one is submitted, so no worker waits for
the slowest chunk of a group. Memory on the client stays flat: at most a few chunks per worker
are in flight.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from distributed.diagnostics.plugin import WorkerPlugin

from eventwire import failures
from eventwire.article import Failure
from eventwire.runner import Item, Result, RunConfig, RunError, Worker, chunked

PLUGIN_NAME = "eventwire-pipeline"


class DaskError(RunError):
    """The Dask scheduler could not be reached or the cluster could not be started."""


class PipelinePlugin(WorkerPlugin):
    """Loads eventwire's pipeline once per Dask worker.

    ``quiet``: the caller reports component failures itself (the command line, from each
    record's ``coder.errors``), so the workers do not log them too.
    """

    name = PLUGIN_NAME

    def __init__(self, cfg: RunConfig, quiet: bool = False):
        self.cfg = cfg
        self.quiet = quiet

    def setup(self, worker) -> None:
        failures.silence(self.quiet)
        worker.eventwire_worker = Worker(self.cfg)


def _process_partition(items: list[Item]) -> list[Result]:
    """One task: the records of a chunk of articles, on the worker's loaded pipeline."""
    from distributed import get_worker

    return get_worker().eventwire_worker.process_chunk(list(items))


@contextmanager
def connect(address: str, *, n_workers: int = 2, timeout: str = "20s"):
    """A Client for ``address`` (``tcp://host:port``), or for a new loopback LocalCluster (``local``)."""
    from distributed import Client, LocalCluster

    cluster = None
    try:
        if address == "local":
            import dask

            # One thread per worker process (spaCy holds the GIL); no statistical profiler
            # sampling the worker's stack every 10 ms (nobody reads it in a batch run); and
            # glibc's own malloc trimming instead of Dask's MALLOC_TRIM_THRESHOLD_=64 KiB, which
            # hands memory back after every Doc and faults it in again (top showed 40 % system
            # time during a 2-worker run with it).
            environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}))
            environ.pop("MALLOC_TRIM_THRESHOLD_", None)
            with dask.config.set({"distributed.worker.profile.enabled": False,
                                  "distributed.nanny.pre-spawn-environ": environ}):
                cluster = LocalCluster(
                    n_workers=max(1, n_workers),
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address="127.0.0.1:0",
                )
            client = Client(cluster)
        else:
            client = Client(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as err:
        if cluster is not None:
            cluster.close()
        raise DaskError(f"cannot reach Dask scheduler {address!r}: {err}") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_dask(
    items: Iterable[Item],
    *,
    address: str,
    cfg: RunConfig | None = None,
    n_workers: int = 2,
    partitions_per_window: int | None = None,
    timeout: str = "20s",
) -> Iterator[Result]:
    """Process ``items`` on Dask workers; yield one record or Failure per item, in input order.

    Each chunk of ``cfg.batch_size`` articles is one task; at most ``partitions_per_window``
    tasks (default: two per worker thread) are in flight, and a new one is submitted as soon as
    the oldest is written, so no worker waits for a whole group to finish (only, with a full
    window, for one slow chunk at its head).
    """
    # records come back as dicts: a record kept on disk (spool) would name a file on the worker
    cfg = replace(cfg or RunConfig(), spool=False)
    with connect(address, n_workers=n_workers, timeout=timeout) as client:
        client.register_plugin(PipelinePlugin(cfg, failures.silenced()), name=PLUGIN_NAME)
        workers = client.scheduler_info().get("workers", {})
        threads = sum(w.get("nthreads", 1) for w in workers.values()) or 1
        in_flight = max(1, partitions_per_window or 2 * threads)
        pending: deque = deque()
        for chunk in chunked(items, cfg.batch_size):
            pending.append((client.submit(_process_partition, chunk, pure=False), chunk))
            if len(pending) >= in_flight:
                yield from _results(client, *pending.popleft())
        while pending:
            yield from _results(client, *pending.popleft())


def _results(client, future, chunk: list[Item]) -> list[Result]:
    """The results of one task; when it failed as a whole (its workers died: ``KilledWorker``),
    its articles are run again one by one and the one that fails alone is its own Failure."""
    try:
        return future.result()
    except Exception as err:  # noqa: BLE001 - a lost task costs its article, not the batch
        if len(chunk) == 1:
            return [_lost(chunk[0], err)]
    return [r for item in chunk
            for r in _results(client, client.submit(_process_partition, [item], pure=False), [item])]


def _lost(item: Item, err: Exception) -> Failure:
    """The one line for an article whose Dask task failed even when run alone."""
    if isinstance(item, Failure):
        return item
    if type(err).__name__ == "KilledWorker":
        return Failure(item.name, "worker process was killed while processing it (Dask "
                       "KilledWorker: it died on every worker tried), perhaps out of memory")
    first = str(err).splitlines()[0] if str(err) else ""
    return Failure(item.name, f"processing failed on Dask: {type(err).__name__}: {first}")
