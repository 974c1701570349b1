"""Running the pipeline on a Dask cluster (``--dask tcp://scheduler:8786`` or ``--dask local``).

Each Dask worker loads the pipeline once, through a :class:`PipelinePlugin`; the client streams the
input in windows of partitions through ``dask.bag.map_partitions`` and yields the finished records
(plain dicts) in input order, so the one writer on the client side sees the same stream as with the
local runner. Memory on the client stays flat: only one window of articles is in flight.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from distributed.diagnostics.plugin import WorkerPlugin

from eventwire.runner import Item, Result, RunConfig, RunError, Worker, chunked

PLUGIN_NAME = "eventwire-pipeline"


class DaskError(RunError):
    """The Dask scheduler could not be reached or the cluster could not be started."""


class PipelinePlugin(WorkerPlugin):
    """Loads eventwire's pipeline once per Dask worker."""

    name = PLUGIN_NAME

    def __init__(self, cfg: RunConfig):
        self.cfg = cfg

    def setup(self, worker) -> None:
        worker.eventwire_worker = Worker(self.cfg)


def _process_partition(items: list[Item]) -> list[Result]:
    from distributed import get_worker

    return get_worker().eventwire_worker.process_chunk(list(items))


@contextmanager
def connect(address: str, *, n_workers: int = 2, timeout: str = "20s"):
    """A Client for ``address`` (``tcp://host:port``), or for a new loopback LocalCluster (``local``)."""
    from distributed import Client, LocalCluster

    cluster = None
    try:
        if address == "local":
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
    """Process ``items`` on Dask workers; yield one record or Failure per item, in input order."""
    import dask.bag as db

    cfg = cfg or RunConfig()
    with connect(address, n_workers=n_workers, timeout=timeout) as client:
        client.register_plugin(PipelinePlugin(cfg), name=PLUGIN_NAME)
        n = len(client.scheduler_info().get("workers", {})) or 1
        per_window = partitions_per_window or 4 * n
        for window in chunked(chunked(items, cfg.batch_size), per_window):
            flat = [item for chunk in window for item in chunk]
            bag = db.from_sequence(flat, partition_size=cfg.batch_size)
            results = bag.map_partitions(_process_partition).compute(scheduler=client)
            yield from results
