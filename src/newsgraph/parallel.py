"""Extraction in worker processes that do all of an article's work, so the parent only hands out items.

With spaCy's own ``nlp.pipe(n_process=N)`` the parent process tokenizes every text, detects its
language, serializes the Doc to the workers, deserializes their Docs and builds and validates every
record: with two workers on two cores it became the bottleneck (0.61x raw spaCy). Here each worker
receives a few items (text and metadata, a small pickle) and returns finished records: language
detection, cleaning, tokenization, the pipeline, chunk merging and record validation all run in the
worker, which calls the same serial code as ``n_process=1``. The parent sends each worker at most 2 tasks
ahead and keeps at most ``4 x N`` tasks handed out and not yet yielded (memory stays bounded whatever the
input size) and yields results in input order, so a caller that stores records does so while the workers go
on extracting.

Workers are forked where the platform allows it: they inherit the already loaded pipeline instead of
loading it again (a few seconds each); elsewhere they are spawned and load it once each.

Why not ``multiprocessing.Pool``: its workers share one task queue guarded by a lock that an idle worker
holds while it waits, so a worker killed from outside (a SIGTERM handler, the OOM killer) leaves the lock
taken and ``Pool.terminate()`` waits on it for ever; and a Pool replaces a dead worker but never reports
the task it lost, so the caller waits for that result for ever. Here each worker has its own pair of
pipes, shares no lock, and is watched through its process sentinel:

- workers ignore SIGINT and SIGTERM (Ctrl-C reaches the whole process group): the parent alone decides.
  When its consumer stops (an exception such as the ``KeyboardInterrupt`` a signal handler raises, or the
  generator being closed) it kills every worker (SIGKILL: they hold nothing but their pipes) and reaps it;
- a worker that dies on its own makes the items of the task it was working on ``ItemError`` s (at most
  ``TASK_ITEMS``), is replaced, and the tasks queued behind it go to the other workers;
- a worker whose parent dies reads end-of-file on its task pipe and exits.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing as mp
import multiprocessing.util
import queue
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

from .record import Article, ItemError

__all__ = ["run_parallel", "TASK_ITEMS"]

log = logging.getLogger(__name__)

#: items per task: small enough that the last tasks of a run keep every worker busy, large enough that
#: handing them out costs nothing next to extracting them (an article takes ~0.1-1 s)
TASK_ITEMS = 8
#: tasks sent to one worker ahead: one it works on and one waiting, so it never idles while the parent stores
DEPTH = 2
#: tasks handed out and not yet yielded, per worker: results are yielded in input order, so a worker may run
#: ahead of the slowest one's oldest task by this many tasks before it waits. At DEPTH (2) a worker that
#: finished its two tasks while the other still worked on a long one got nothing more until that one ended:
#: in a 500-article run one of two workers stood idle between tasks for 11% of the run (BENCHMARKS.md, issue
#: 21, round 14). The results held waiting for their turn stay bounded: at most this many tasks' records.
AHEAD = 4
#: seconds a worker gets to exit after the end of its input (it has nothing left to do) before it is killed
STOP_WAIT_S = 10.0
#: allocations between two young collections of the cyclic collector, in the parent for the run and in the
#: workers (CPython's default is 700). An article makes tens of thousands of short-lived tracked objects
#: (spaCy's Token and Span views, the records' models), so at 700 the collector ran about fifty times per
#: article, and every tenth of those walked the middle generation too; ten times fewer runs of the same
#: kind cost a third of its time (the parent's storing, 400 real records: 1.2-1.35 -> 0.44 ms per article,
#: no full collection) and hold at most ten times as many young objects (a few MB). Cycles are still
#: found: only later.
YOUNG_THRESHOLD = 7000

_Task = list[tuple[int, Any]]
_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def _work(batch: _Task, model: str | None, chunk_chars: int, batch_chars: int) -> list[Article | ItemError]:
    from .pipeline import _run

    # the serial path, memory budget included (a worker holds one task's items at a time)
    return list(_run(batch, model=model, n_process=1, batch_size=max(1, len(batch)), chunk_chars=chunk_chars,
                     batch_chars=batch_chars))


def _young_threshold() -> tuple[int, int, int]:
    """Set the collector's young threshold for extraction; returns the thresholds it replaced."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], YOUNG_THRESHOLD), *old[1:])
    return old


def _receive(tasks: Connection, inbox: queue.SimpleQueue[Any]) -> None:
    """A worker's reader thread: tasks leave the pipe as soon as they come, so the parent's send never waits
    on a worker that is itself waiting to send a result (both would wait for ever on large pickles)."""
    try:
        while True:
            inbox.put(tasks.recv())
    except (EOFError, OSError):  # the parent closed its end, or died
        inbox.put(None)


def _serve(tasks: Connection, results: Connection, inherited: list[Connection], model: str | None,
           chunk_chars: int, batch_chars: int) -> None:
    """A worker's life: tasks in, one result list (or the exception) out per task, until ``None`` or EOF."""
    for sig in _SIGNALS:  # blocked by the parent around the fork, so nothing was delivered before this
        signal.signal(sig, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGNALS)
    for conn in inherited:  # the parent's ends, copied by fork: held here, no worker would ever see EOF
        conn.close()
    from . import nlp

    nlp.load(model)  # a no-op when forked from a parent that loaded it
    # the model, lexicons and indexes live as long as the worker: out of the cyclic collector's sight, its
    # full collections stop walking them (about 1.5% of a worker's CPU) and stop writing to the pages a
    # forked worker shares with its parent
    gc.freeze()
    _young_threshold()
    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    threading.Thread(target=_receive, args=(tasks, inbox), daemon=True).start()
    while (task := inbox.get()) is not None:
        try:
            out: Any = ("ok", _work(task, model, chunk_chars, batch_chars))
        except Exception as exc:  # a bug: raised again in the parent, as Pool did
            out = ("raise", exc)
        try:
            try:
                results.send(out)
            except (TypeError, AttributeError, ValueError):  # an exception that does not pickle
                results.send(("raise", RuntimeError(f"{type(out[1]).__name__}: {out[1]}")))
        except OSError:  # the parent is gone
            return


class _Worker:
    """One worker process, its two pipes and the tasks it holds (input order numbers and items)."""

    def __init__(self, ctx: Any, args: tuple[Any, ...], others: list[Connection]) -> None:
        task_r, self.task_w = ctx.Pipe(duplex=False)
        self.result_r, result_w = ctx.Pipe(duplex=False)
        mine = [self.task_w, self.result_r]
        # a forked child gets every open descriptor: it closes the parent's ends (its own and the others')
        inherited = others + mine if ctx.get_start_method() == "fork" else []
        self.proc = ctx.Process(target=_serve, args=(task_r, result_w, inherited, *args), daemon=True,
                                name="newsgraph-worker")
        self.tasks: deque[tuple[int, _Task]] = deque()
        self.proc.start()
        task_r.close()  # the child's ends: with them closed here, the child's death reads as EOF
        result_w.close()

    def send(self, seq: int, task: _Task) -> None:
        self.tasks.append((seq, task))
        try:
            self.task_w.send(task)
        except OSError:  # it died since its last answer: its sentinel says so, and the task is lost there
            pass

    def finish(self) -> None:
        """Tell the process its input ended and give it a moment to exit on its own (it has nothing left)."""
        try:
            self.task_w.send(None)
        except OSError:
            pass
        self.proc.join(STOP_WAIT_S)

    def kill(self) -> None:
        """Kill the process if it still runs, reap it and close its pipes (once; idempotent)."""
        if self.proc.exitcode is None:
            self.proc.kill()
            self.proc.join()
        for conn in (self.task_w, self.result_r):
            conn.close()


def _kill_all(workers: list[_Worker]) -> None:
    for w in workers:
        w.kill()
    workers.clear()


def _lost(task: _Task, exitcode: int | None) -> list[Article | ItemError]:
    """Errors for a task whose worker died before answering (killed for memory, a crash in native code)."""
    reason = f"the worker process extracting it died (exit code {exitcode}); it was not extracted"
    return [it if isinstance(it, ItemError) else
            ItemError(index=i, item=getattr(it, "ref", None), reason=reason, error="WorkerDied")
            for i, it in task]


class _Workers:
    """The processes of one run and the order book: tasks numbered in input order, results kept until their
    turn."""

    def __init__(self, n_process: int, args: tuple[Any, ...]) -> None:
        self.ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
        self.args = args
        self.workers: list[_Worker] = []
        self.done: dict[int, list[Article | ItemError]] = {}
        self.retry: deque[tuple[int, _Task]] = deque()  # tasks a dead worker held but had not started
        # workers ignore SIGTERM, so multiprocessing's own exit hook (SIGTERM every daemon child, then join
        # it) would wait for ever on one this object did not stop: kill them first, at exit or collection
        self._reap = mp.util.Finalize(self, _kill_all, args=(self.workers,), exitpriority=10)
        for _ in range(n_process):
            self._start()

    def _start(self) -> None:
        others = [c for w in self.workers for c in (w.task_w, w.result_r)]
        # a signal between fork and the child's own handlers would run this process's handlers in the child
        if not hasattr(signal, "pthread_sigmask"):  # Windows: spawned workers, no inherited handlers
            self.workers.append(_Worker(self.ctx, self.args, others))
            return
        old = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
        try:
            self.workers.append(_Worker(self.ctx, self.args, others))
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)  # a pending SIGTERM is delivered here

    def free(self) -> _Worker | None:
        w = min(self.workers, key=lambda w: len(w.tasks))
        return w if len(w.tasks) < DEPTH else None

    def busy(self) -> list[_Worker]:
        return [w for w in self.workers if w.tasks]

    def collect(self) -> None:
        """Wait until at least one worker answers or dies; file what came."""
        busy = self.busy()
        if not busy:  # waiting on nothing would wait for ever: the caller feeds the workers first
            return
        ready = set(wait([w.result_r for w in busy] + [w.proc.sentinel for w in busy]))
        for w in busy:
            if w.result_r in ready:
                try:
                    kind, payload = w.result_r.recv()
                except (EOFError, OSError):  # its end of the pipe closed: it died (an EOF stays readable,
                    self._replace(w)         # so leaving it for the sentinel would spin on it)
                    continue
                seq, _task = w.tasks.popleft()
                if kind == "raise":
                    raise payload
                self.done[seq] = payload
            elif w.proc.sentinel in ready:
                self._replace(w)

    def _replace(self, w: _Worker) -> None:
        """A worker died: the task it was working on (its oldest) becomes item errors, the tasks queued behind
        it are handed out again, and a new worker takes its place."""
        w.proc.join(STOP_WAIT_S)  # its sentinel is ready: it is exiting; its exit code comes with the reaping
        code = w.proc.exitcode
        log.error("a worker process died (exit code %s); the %d item(s) it was extracting become item errors",
                  code, len(w.tasks[0][1]) if w.tasks else 0)
        if w.tasks:
            seq, task = w.tasks.popleft()
            self.done[seq] = _lost(task, code)
        self.retry.extend(w.tasks)
        w.tasks.clear()
        self.workers.remove(w)
        w.kill()
        self._start()

    def stop(self, *, graceful: bool) -> None:
        if graceful:
            for w in self.workers:
                w.finish()
        self._reap()


def _tasks(pairs: Iterable[tuple[int, Any]], size: int) -> Iterator[_Task]:
    batch: _Task = []
    for pair in pairs:
        batch.append(pair)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_parallel(pairs: Iterable[tuple[int, Any]], *, model: str | None, n_process: int, chunk_chars: int,
                 batch_chars: int, task_items: int = TASK_ITEMS) -> Iterator[Article | ItemError]:
    """Results for ``pairs`` ((index, Item or ItemError)), in input order, from ``n_process`` workers."""
    # for the run, this process's heap (the loaded model, lexicons and indexes) is out of the cyclic
    # collector's sight: the caller stores records while the workers extract, and with the model loaded
    # the collector took a quarter of that storing's CPU (300 records: 1.0 of 4.3 s; frozen, 0.4 of 3.5 s).
    # Given back at the end; a caller's own frozen set is left as it is
    froze = gc.get_freeze_count() == 0
    if froze:
        gc.freeze()
    threshold = _young_threshold()  # inherited by the workers, which set it again (a spawned one starts anew)
    try:
        pool = _Workers(n_process, (model, chunk_chars, batch_chars))
    except BaseException:
        gc.set_threshold(*threshold)
        if froze:
            gc.unfreeze()
        raise
    graceful = False
    try:
        tasks = _tasks(pairs, task_items)
        sent = next_out = 0
        more = True
        while True:
            while pool.retry and (w := pool.free()) is not None:
                w.send(*pool.retry.popleft())
            while more and sent - next_out < AHEAD * n_process and (w := pool.free()) is not None:
                task = next(tasks, None)
                if task is None:
                    more = False
                else:
                    w.send(sent, task)
                    sent += 1
            while next_out in pool.done:
                yield from pool.done.pop(next_out)
                next_out += 1
            if not more and next_out == sent:
                break
            if pool.busy():
                pool.collect()
            elif not more and not pool.retry:  # every task answered or lost, yet one is missing: a bug, never a hang
                raise RuntimeError(f"parallel extraction lost task {next_out} of {sent}")
            # else: all answered, more input to read or tasks a dead worker left: back to feeding the workers
        graceful = True
    finally:
        # the workers are reaped either way: their CPU time shows in this process's RUSAGE_CHILDREN
        pool.stop(graceful=graceful)
        gc.set_threshold(*threshold)
        if froze:
            gc.unfreeze()
