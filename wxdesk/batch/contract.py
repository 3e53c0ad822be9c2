"""One batch row as a JSON object: the evaluation's own dict, the inputs, and where it came from.

The row never reshapes the evaluation: whatever `Evaluation.to_dict()` says (the
contract of docs/plan-model.md) is passed on whole, so the batch follows the engine.
"""

from __future__ import annotations

from typing import Any

from wxdesk.batch.language import renderer


def evaluation_record(evaluation: Any, lang: str = "en") -> dict[str, Any]:
    """`evaluate --json` for one evaluation: its dict (inputs echoed first), every text in `lang`."""
    record: dict[str, Any] = evaluation.to_dict(renderer(lang))
    return record


def ok_row(number: int, source: str, record: dict[str, Any]) -> dict[str, Any]:
    return {"row": number, "source": source, "error": None, **record}


def error_row(number: int, source: str, error: str, given: Any) -> dict[str, Any]:
    return {"row": number, "source": source, "error": error, "inputs": given}


def verdict(record: dict[str, Any]) -> dict[str, Any]:
    """What an analyst calls 'the answer': the plan's presences and the app-or-Mini-Program choice."""
    return {"plan": list(record["plan"]["presences"]), "app_or_mini_program": record["app_or_mini_program"]["choice"]}
