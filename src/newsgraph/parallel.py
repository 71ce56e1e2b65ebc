"""Extraction in worker processes that do all of an article's work, so the parent only hands out items.

With spaCy's own ``nlp.pipe(n_process=N)`` the parent process tokenizes every text, detects its
language, serializes the Doc to the workers, deserializes their Docs and builds and validates every
record: with two workers on two cores it became the bottleneck (0.61x raw spaCy). Here each worker
receives a few items (text and metadata, a small pickle) and returns finished records: language
detection, cleaning, tokenization, the pipeline, chunk merging and record validation all run in the
worker, which calls the same serial code as ``n_process=1``. The parent keeps at most ``2 x N`` tasks in
flight (memory stays bounded whatever the input size) and yields results in input order, so a caller
that stores records does so while the workers go on extracting.

Workers are forked where the platform allows it: they inherit the already loaded pipeline instead of
loading it again (a few seconds each); elsewhere they are spawned and load it once each.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from .record import Article, ItemError

__all__ = ["run_parallel", "TASK_ITEMS"]

#: items per task: small enough that the last tasks of a run keep every worker busy, large enough that
#: handing them out costs nothing next to extracting them (an article takes ~0.1-1 s)
TASK_ITEMS = 8

_model: str | None = None
_chunk_chars: int = 0
_batch_chars: int = 0


def _init(model: str | None, chunk_chars: int, batch_chars: int) -> None:
    global _model, _chunk_chars, _batch_chars
    _model, _chunk_chars, _batch_chars = model, chunk_chars, batch_chars
    from . import nlp

    nlp.load(model)  # a no-op when forked from a parent that loaded it


def _work(batch: list[tuple[int, Any]]) -> list[Article | ItemError]:
    from .pipeline import _run

    # the serial path, memory budget included (a worker holds one task's items at a time)
    return list(_run(batch, model=_model, n_process=1, batch_size=max(1, len(batch)), chunk_chars=_chunk_chars,
                     batch_chars=_batch_chars))


def _context() -> Any:
    return mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")


def run_parallel(pairs: Iterable[tuple[int, Any]], *, model: str | None, n_process: int, chunk_chars: int,
                 batch_chars: int, task_items: int = TASK_ITEMS) -> Iterator[Article | ItemError]:
    """Results for ``pairs`` ((index, Item or ItemError)), in input order, from ``n_process`` workers."""
    with _context().Pool(n_process, initializer=_init, initargs=(model, chunk_chars, batch_chars)) as pool:
        pending: deque[Any] = deque()
        batch: list[tuple[int, Any]] = []
        for pair in pairs:
            batch.append(pair)
            if len(batch) >= task_items:
                pending.append(pool.apply_async(_work, (batch,)))
                batch = []
                while len(pending) >= 2 * n_process:
                    yield from pending.popleft().get()
        if batch:
            pending.append(pool.apply_async(_work, (batch,)))
        while pending:
            yield from pending.popleft().get()
        pool.close()
        pool.join()  # reaped workers: their CPU time shows in the parent's RUSAGE_CHILDREN
