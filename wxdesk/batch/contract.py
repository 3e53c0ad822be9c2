"""One batch row as a JSON object: the evaluation's own dict, the inputs, and where it came from.

The row never reshapes the evaluation: whatever `Evaluation.to_dict()` says (the
contract of docs/plan-model.md) is passed on whole, so the batch follows the engine.
To its plan it adds what the handout says beside the plan's cost and budget (plan_notes).
"""

from __future__ import annotations

from typing import Any

from wxdesk.batch.language import reader


def evaluation_record(evaluation: Any, lang: str = "en", pack: Any = None, notes: bool = True,
                      currency: str = "CNY") -> dict[str, Any]:
    """`evaluate --json` for one evaluation: its dict (inputs echoed first), every text in `lang` with its amounts in
    `currency` (every number stays in yuan; `text_currency` says which, with the rate), and the plan's notes as the
    handout prints them (plan_notes). `pack`: the data pack the evaluation was made with, whose figures those notes
    quote and whose rate converts; the bundled one where not given. `notes`: False for a CSV row, whose columns hold
    none of them (a scenario over its budget spent some 15% of its evaluation's time again on them)."""
    if pack is None and (notes or currency != "CNY"):
        from wxdesk.engine import load_datapack
        pack = load_datapack()
    w = reader(lang, currency, pack)
    record: dict[str, Any] = evaluation.to_dict(w.reason)
    if notes:
        from wxdesk.batch.plan_notes import plan_notes
        record["plan"].update(plan_notes(evaluation, pack, w))
    record["text_currency"] = text_currency(w)
    return record


def text_currency(w: Any) -> dict[str, Any]:
    """The currency the texts write amounts in, and the yuan one unit of it is (1 for the yuan itself)."""
    return {"code": w.currency, "cny_per_unit": w.cny_per_unit}


def ok_row(number: int, source: str, record: dict[str, Any]) -> dict[str, Any]:
    return {"row": number, "source": source, "error": None, **record}


def error_row(number: int, source: str, error: str, given: Any) -> dict[str, Any]:
    return {"row": number, "source": source, "error": error, "inputs": given}


def verdict(record: dict[str, Any]) -> dict[str, Any]:
    """What an analyst calls 'the answer': the plan's presences and the app-or-Mini-Program choice."""
    return {"plan": list(record["plan"]["presences"]), "app_or_mini_program": record["app_or_mini_program"]["choice"]}
