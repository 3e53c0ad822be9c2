"""One batch row as a JSON object: the evaluation's own dict, the inputs, and where it came from.

The row never reshapes the evaluation: whatever `Evaluation.to_dict()` says (the
contract of docs/plan-model.md) is passed on whole, so the batch follows the engine.
To its plan it adds what the handout says beside the plan's cost and budget (plan_notes).
"""

from __future__ import annotations

from typing import Any

from wxdesk.batch.language import renderer, words


def evaluation_record(evaluation: Any, lang: str = "en", pack: Any = None, notes: bool = True) -> dict[str, Any]:
    """`evaluate --json` for one evaluation: its dict (inputs echoed first), every text in `lang`, and the plan's
    notes as the handout prints them (plan_notes). `pack`: the data pack the evaluation was made with, whose figures
    those notes quote; the bundled one where not given. `notes`: False for a CSV row, whose columns hold none of
    them (a scenario over its budget spent some 15% of its evaluation's time again on them)."""
    record: dict[str, Any] = evaluation.to_dict(renderer(lang))
    if notes:
        from wxdesk.batch.plan_notes import plan_notes
        if pack is None:
            from wxdesk.engine import load_datapack
            pack = load_datapack()
        record["plan"].update(plan_notes(evaluation, pack, words(lang)))
    return record


def ok_row(number: int, source: str, record: dict[str, Any]) -> dict[str, Any]:
    return {"row": number, "source": source, "error": None, **record}


def error_row(number: int, source: str, error: str, given: Any) -> dict[str, Any]:
    return {"row": number, "source": source, "error": error, "inputs": given}


def verdict(record: dict[str, Any]) -> dict[str, Any]:
    """What an analyst calls 'the answer': the plan's presences and the app-or-Mini-Program choice."""
    return {"plan": list(record["plan"]["presences"]), "app_or_mini_program": record["app_or_mini_program"]["choice"]}
