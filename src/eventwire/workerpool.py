"""Worker processes for ``--jobs N`` that survive one of them being killed.

``multiprocessing.Pool`` waits forever for the result of a task whose worker the kernel killed
(out of memory, SIGKILL). Here every worker runs one chunk at a time, so the runner knows which
chunk a dead worker was on: it starts a new worker and runs that chunk's articles one by one, and
the article whose worker dies while it runs alone is reported as its own failure, naming it. The
other articles of the batch are processed as usual and come out in input order.
"""

from __future__ import annotations

import multiprocessing as mp
import pickle
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import wait

from eventwire import failures
from eventwire.article import Failure

READ_AHEAD = 2  # chunks read ahead of the results, per worker
MAX_LOAD_DEATHS = 3  # workers dying while loading the pipeline: it cannot run at all


class PipelineStartError(RuntimeError):
    """A worker could not load the pipeline (its message is the loading error's)."""


@dataclass
class Task:
    """Items ``start…`` of chunk ``seq`` (a whole chunk, or one of its articles on a retry)."""

    seq: int
    start: int
    items: list


@dataclass
class Process:
    """One worker process, its end of the pipe, and the task it runs (None when idle)."""

    proc: mp.process.BaseProcess
    conn: object
    task: Task | None = None
    loaded: bool = False  # has it said that its pipeline is loaded?


@dataclass
class Results:
    """The results of one chunk, filled as its tasks finish."""

    slots: list
    missing: int = field(init=False)

    def __post_init__(self) -> None:
        self.missing = len(self.slots)


def _serve(conn, make_worker: Callable, quiet: bool) -> None:
    """A worker process: load the pipeline (``make_worker()``, an object with
    ``process_chunk``), then answer each chunk with its results.

    Ctrl-C reaches the whole process group: workers ignore it and the parent ends them.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if quiet:  # the caller reports component failures itself (the command line)
        failures.silence()
    try:
        worker = make_worker()
    except Exception as err:  # noqa: BLE001 - sent to the parent, which reports it
        conn.send(("error", str(err)))
        return
    conn.send(("ready", None))
    while True:
        try:
            items = conn.recv()
        except EOFError:
            return
        conn.send(("ok", worker.process_chunk(items)))


def ended(exitcode: int | None) -> str:
    """How a worker process ended: ``killed (SIGKILL)``, ``ended (exit status 1)``."""
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed ({signal.Signals(-exitcode).name})"
        except ValueError:
            return f"killed (signal {-exitcode})"
    return f"ended (exit status {exitcode})"


def killed(item, exitcode: int | None) -> Failure:
    """The one line for an article whose worker process died while running it alone."""
    name = item.input if isinstance(item, Failure) else item.name
    how = ended(exitcode)
    return Failure(name, f"worker process was {how[:-1]}, perhaps out of memory) while processing it")


def run_pool(chunks: Iterable[list], jobs: int, make_worker: Callable) -> Iterator:
    """The results of ``chunks`` (lists of articles) run on ``jobs`` worker processes, one
    result per article, in input order. ``make_worker`` (picklable) loads the pipeline in each."""
    ctx = mp.get_context("spawn")
    quiet = failures.silenced()

    def start() -> Process:
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_serve, args=(child, make_worker, quiet), daemon=True)
        proc.start()
        child.close()
        return Process(proc, parent)

    workers = [start() for _ in range(jobs)]
    todo: deque[Task] = deque()
    results: dict[int, Results] = {}
    source = iter(chunks)
    read = out = 0  # chunks read, chunks yielded
    load_deaths = 0
    try:
        while True:
            while out in results and results[out].missing == 0:  # first: it makes room to read
                yield from results.pop(out).slots
                out += 1
            while source is not None and read - out < READ_AHEAD * jobs:
                chunk = next(source, None)
                if chunk is None:
                    source = None
                    break
                results[read] = Results([None] * len(chunk))
                todo.append(Task(read, 0, chunk))
                read += 1
            for w in workers:
                if w.task is None and todo:
                    w.task = todo.popleft()
                    w.conn.send(w.task.items)
            if source is None and out == read:
                return
            busy = [w for w in workers if w.task is not None]
            ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy])
            for k, w in enumerate(workers):
                if w.task is None or (w.conn not in ready and w.proc.sentinel not in ready):
                    continue
                answer = _receive(w)
                if answer is not None and answer[0] == "error":
                    raise PipelineStartError(answer[1])
                if answer is not None and answer[0] == "ready":
                    w.loaded = True  # its task's answer comes next
                    continue
                task, w.task = w.task, None
                if answer is not None:
                    slots = results[task.seq]
                    slots.slots[task.start:task.start + len(task.items)] = answer[1]
                    slots.missing -= len(task.items)
                    continue
                w.proc.join()
                if not w.loaded:  # died loading the pipeline: its task is not at fault
                    load_deaths += 1
                    if load_deaths >= MAX_LOAD_DEATHS:
                        raise PipelineStartError(
                            f"worker processes die while loading the pipeline (the last one was "
                            f"{ended(w.proc.exitcode)})"
                        )
                    w.conn.close()
                    workers[k] = start()
                    todo.appendleft(task)
                    continue
                w.conn.close()
                workers[k] = start()
                if len(task.items) == 1:
                    slots = results[task.seq]
                    slots.slots[task.start] = killed(task.items[0], w.proc.exitcode)
                    slots.missing -= 1
                else:  # which article was it? run each alone, before anything else
                    todo.extendleft(
                        Task(task.seq, task.start + i, [item])
                        for i, item in reversed(list(enumerate(task.items)))
                    )
    finally:
        for w in workers:
            if w.proc.is_alive():
                w.proc.terminate()
        for w in workers:
            w.proc.join()
            w.conn.close()


def _receive(w: Process):
    """The worker's answer, or None when it died (nothing, or half an answer, to read)."""
    if not w.conn.poll():
        return None
    try:
        return w.conn.recv()
    except (EOFError, OSError, pickle.UnpicklingError):
        return None
