"""Many scenarios at once, for analysts: read tables, evaluate on all cores, write rows.

sources (files, folders, CSV, JSON Lines, stdin) → runner (ordered, chunked, on all
cores) → contract (one row: the evaluation's dict, its inputs, where it came from)
→ flatten (CSV columns) / writers (CSV, JSON Lines, JSON). Pure Python: never Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any


def evaluate_many(inputs: str | Iterable[Any], pack: Any = None, *, lang: str = "en", jobs: int = 1,
                  flat: bool = False) -> Iterator[dict[str, Any]]:
    """Rows for a batch, as `evaluate --format jsonl` writes them (or as CSV columns with flat=True).

    `inputs` is a path (a scenario file, a folder, a .csv or .jsonl table), a list of
    paths, or scenarios themselves: Scenario objects or dicts (missing fields take
    the defaults). Rows come lazily in input order; a bad one carries its `error`.
    """
    from wxdesk.batch.api import resolve_pack
    from wxdesk.batch.flatten import flatten
    from wxdesk.batch.runner import batch_work, run_jobs
    pack = resolve_pack(pack)
    for _ok, row in run_jobs(_jobs_of(inputs), batch_work(pack, None, lang), jobs):
        yield flatten(row) if flat else row


def _jobs_of(inputs: str | Iterable[Any]) -> Iterator[Any]:
    import os

    from wxdesk.batch.sources import Job, json_row_to_scenario, read_jobs
    if isinstance(inputs, (str, os.PathLike)):
        yield from read_jobs([os.fspath(inputs)])
        return
    items = list(inputs) if not hasattr(inputs, "__next__") else inputs
    number = 0
    for item in items:
        if isinstance(item, (str, os.PathLike)):
            for job in read_jobs([os.fspath(item)]):
                number += 1
                yield Job(number, job.source, job.data, job.given, job.error, job.path)
            continue
        number += 1
        data = item.to_dict() if hasattr(item, "to_dict") else item
        try:
            yield Job(number, f"item:{number}", json_row_to_scenario(data), given=data)
        except ValueError as exc:
            yield Job(number, f"item:{number}", None, given=data, error=f"item {number}: {exc}")
