"""`wxdesk diff-pack OLD NEW SCENARIOS…`: whose answer a new data pack changes, and which figure moved it.

Each scenario is evaluated with both packs. Where the plan or the app-or-Mini-Program
choice differs, every difference between the packs (one figure, or one table of
rules) is put into the old pack alone, one at a time; a difference that by itself
changes the old answer is a figure that moved it. When no single difference does,
the change comes from several together, and the report says so.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Generator, Iterator
from typing import Any

from wxdesk.batch.contract import verdict
from wxdesk.batch.insight import figure_dict
from wxdesk.batch.language import words
from wxdesk.batch.runner import run_jobs
from wxdesk.batch.sources import Job, in_its_words, location, read_jobs

# DataPack fields that name or describe the pack and change no answer.
_DESCRIPTIVE = {"path", "released", "title", "stale_after_years", "figures", "overridden"}


def pack_differences(old: Any, new: Any) -> list[tuple[str, str]]:
    """("figure", id) for each figure whose values differ, ("table", name) for each other part that does."""
    found = []
    for fid in sorted(set(old.figures) | set(new.figures)):
        a, b = old.figures.get(fid), new.figures.get(fid)
        if a is None or b is None or (a.low, a.likely, a.high) != (b.low, b.likely, b.high):
            found.append(("figure", fid))
    for f in dataclasses.fields(old):
        if f.name not in _DESCRIPTIVE and getattr(old, f.name) != getattr(new, f.name, None):
            found.append(("table", f.name))
    return found


def with_difference(old: Any, new: Any, difference: tuple[str, str]) -> Any:
    """The old pack with one difference taken from the new one."""
    kind, name = difference
    if kind == "table":
        return dataclasses.replace(old, **{name: getattr(new, name)})
    figures = dict(old.figures)
    if name in new.figures:
        figures[name] = new.figures[name]
    else:
        figures.pop(name, None)
    return dataclasses.replace(old, figures=figures)


def _answer(scenario: Any, pack: Any) -> dict[str, Any]:
    from wxdesk.engine import evaluate
    # (The engine's own dict: the verdict reads only ids, and the plan's notes would be sentences no one reads.)
    return verdict(evaluate(scenario, pack).to_dict())


def _describe(difference: tuple[str, str], old: Any, new: Any, lang: str) -> dict[str, Any]:
    kind, name = difference
    if kind == "table":
        return {"table": name}
    before, after = old.figures.get(name), new.figures.get(name)
    return {"figure": name,
            "label": figure_dict(after or before, lang).get("label", name),
            "old": None if before is None else {k: before.__dict__[k] for k in ("low", "likely", "high")},
            "new": None if after is None else {k: after.__dict__[k] for k in ("low", "likely", "high")}}


def diff_job(job: Job, old: Any, new: Any, differences: list[tuple[str, str]], lang: str) -> dict[str, Any]:
    """One scenario's entry: unchanged, changed with what moved it, or its error."""
    from wxdesk.engine import ScenarioError, read_scenario_file, scenario_from_dict
    entry: dict[str, Any] = {"row": job.row, "source": job.source}
    if job.error is not None:
        return {**entry, "error": job.error}
    try:
        scenario = (read_scenario_file(job.path, new.figures, named=job.path) if job.path is not None
                    else scenario_from_dict(job.data, new.figures))
        before, after = _answer(scenario, old), _answer(scenario, new)
    except ScenarioError as exc:
        message = str(exc) if job.path is not None else f"{location(job.source)}: {in_its_words(job, str(exc))}"
        return {**entry, "error": message}
    entry.update(name=scenario.name, error=None, old=before, new=after, changed=before != after)
    if before == after:
        return entry
    movers = []
    for difference in differences:
        try:
            alone = _answer(scenario, with_difference(old, new, difference))
        except (KeyError, ValueError):
            continue  # a figure the old engine needs cannot be removed alone
        if alone != before:
            movers.append({**_describe(difference, old, new, lang), "answer": alone})
    entry["moved_by"] = movers
    entry["together"] = not movers
    entry["differences"] = [_describe(d, old, new, lang) for d in differences] if not movers else []
    return entry


def diff_packs(old: Any, new: Any, inputs: list[str], presets: list[str], lang: str = "en", workers: int = 1,
               progress: Callable[[Iterator[Any]], Generator[Any, None, None]] | None = None) -> dict[str, Any]:
    """The report of which scenarios the new pack changes. `progress`, where given, is shown the (ok, entry) pairs
    as they come (batch.command.progress: a long diff said nothing until its report)."""
    import functools
    differences = pack_differences(old, new)
    work = functools.partial(diff_job, old=old, new=new, differences=differences, lang=lang)
    changed: list[dict[str, Any]] = []
    failed: list[dict[str, Any]] = []
    total, first_error = 0, None
    results = run_jobs(read_jobs(inputs, presets, lang=lang), work, workers)
    pairs = ((not entry.get("error"), entry) for entry in results)
    shown = progress(pairs) if progress is not None else pairs
    try:
        for _ok, entry in shown:
            total += 1
            if entry.get("error"):
                # Apart from those that change: listed among them, a failed row made a script that counts "changed"
                # read 1 where none did.
                first_error = first_error or entry["error"]
                failed.append(entry)
            elif entry["changed"]:
                changed.append(entry)
    finally:
        shown.close()  # (a bar's last line; then the workers, as batch.command closes them)
        results.close()
    return {
        "old_pack": {"path": str(old.path), "released": old.released},
        "new_pack": {"path": str(new.path), "released": new.released},
        "differences": [_describe(d, old, new, lang) for d in differences],
        "changed": changed,
        "failed": failed,
        "summary": {"scenarios": total, "changed": len(changed), "failed": len(failed), "first_error": first_error},
    }


def diff_text(report: dict[str, Any], lang: str = "en") -> str:
    """The report as text, in `lang` (wxdesk.words.pack_diff): the scenarios that change and those that failed (each
    on a "!" line), in the order they were read."""
    from wxdesk.words.pack_diff import diff_text as written
    told = sorted([*report["changed"], *report.get("failed", [])], key=lambda entry: entry["row"])
    return written({**report, "changed": told}, words(lang))
