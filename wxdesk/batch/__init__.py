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

    `inputs` is a path (a scenario file, a folder, a .csv or .jsonl table, "preset:ID"),
    or a list of those and of scenarios themselves: Scenario objects or dicts (missing
    fields take the defaults). Rows come lazily in input order; a bad one carries its
    `error`. jobs > 1 evaluates on that many processes, with the same rows.
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
        inputs = [inputs]
    number = 0
    for item in inputs:
        if isinstance(item, (str, os.PathLike)):
            text = os.fspath(item)
            preset = [text[len("preset:"):]] if text.startswith("preset:") else []
            for job in read_jobs([] if preset else [text], preset):
                number += 1
                yield Job(number, job.source, job.data, job.given, job.error, job.path, job.table)
            continue
        number += 1
        data = item.to_dict() if hasattr(item, "to_dict") else item
        try:
            yield Job(number, f"item:{number}", json_row_to_scenario(data), given=data)
        except ValueError as exc:
            yield Job(number, f"item:{number}", None, given=data, error=f"item {number}: {exc}")
