"""JSON Schemas for the scenario file and for `evaluate --json`, so that other tools can check files.

The scenario's schema is built from the engine's own limits and lists (goals, needs,
entities, bounds), and from the Scenario dataclass, so it follows the format. The
field descriptions here also make the guide of `wxdesk template`.
"""

from __future__ import annotations

from typing import Any

from wxdesk.engine import datapack as D
from wxdesk.engine import scenario as S
from wxdesk.engine.money import SYMBOLS

CURRENCIES = tuple(SYMBOLS)  # (as words.vocabulary names them: the batch reads no words module for a schema)

DRAFT = "https://json-schema.org/draft/2020-12/schema"


def _number(low: float, high: float, *, exclusive_low: bool = False, whole: bool = False) -> dict[str, Any]:
    spec: dict[str, Any] = {"type": "integer" if whole else "number", "maximum": high}
    spec["exclusiveMinimum" if exclusive_low else "minimum"] = low
    return spec


def _list(allowed: tuple[str, ...]) -> dict[str, Any]:
    return {"type": "array", "items": {"enum": list(allowed)}, "uniqueItems": True}


def field_specs() -> dict[str, tuple[str, dict[str, Any]]]:
    """{field: (what it means, its JSON Schema)} for every field the engine knows."""
    text = {"type": "string", "maxLength": S.MAX_TEXT}
    specs = {
        "name": ("the scenario's title", text),
        "budget_cny": ("first-year budget in CNY", _number(0, S.MAX_BUDGET_CNY)),
        "interaction_minutes": ("minutes a typical session lasts", _number(0, S.MAX_MINUTES, exclusive_low=True)),
        "audience": ("monthly users to reach", _number(0, S.MAX_AUDIENCE)),
        "china_share": ("share of the audience on WeChat in mainland China, 0 to 1", _number(0, 1)),
        "pushes_per_month": ("messages to send each follower a month", _number(0, S.MAX_PUSHES)),
        "goals": ("what the business wants", _list(D.GOALS)),
        "needs": ("special needs", _list(D.NEEDS)),
        "horizon_years": ("years the costs run over", _number(1, 10, whole=True)),
        "entity": ("who registers the accounts", {"enum": list(D.ENTITIES)}),
        "paid_share": ("share of users bought through ads, 0 to 1 (the rest arrive on their own)", _number(0, 1)),
        "live_by": ("the date the plan must be live by (YYYY-MM-DD), or empty",
                    {"type": "string", "anyOf": [{"const": ""},
                                                 {"pattern": r"^\d{4}-\d{2}-\d{2}$", "format": "date"}]}),
        # (A pack's release date as packs write it: a year, a month or a day.)
        "saved_with_pack": ("the release date of the data pack the file was last saved with, or empty",
                            {"type": "string", "anyOf": [{"const": ""}, {"pattern": r"^\d{4}(-\d{2}){0,2}$"}]}),
        "client": ("who the scenario is for", text),
        "notes": ("free notes", text),
        "overrides": ("data-pack figures changed for this scenario, each a number or an object of low, likely and high",
                      _overrides()),
    }
    return specs


def _overrides() -> dict[str, Any]:
    """The figures of the bundled data pack a scenario may change, each within the range the pack's own check allows
    (figure_limits): any name and any number from 0 had passed the schema, while wxdesk refused an unknown figure, a
    share of 5 and a build of ¥1e20. (That low ≤ likely ≤ high a schema cannot say; wxdesk says it.)"""
    from wxdesk.engine.figure_limits import limit_for
    properties: dict[str, Any] = {}
    for figure_id, figure in D.load_datapack().figures.items():
        limit = limit_for(figure_id, figure.unit, figure.group)
        number = {"type": "number", "maximum": limit.high,
                  ("exclusiveMinimum" if limit.low_open else "minimum"): limit.low}
        band = {"type": "object", "required": ["low", "likely", "high"], "additionalProperties": False,
                "properties": dict.fromkeys(("low", "likely", "high"), number)}
        properties[figure_id] = {"description": f"{figure.label} ({figure.unit})", "oneOf": [number, band]}
    return {"type": "object", "additionalProperties": False, "properties": properties}


def _kind_schema(default: Any) -> dict[str, Any]:
    """A field the table above does not know yet: at least its type, from its default."""
    if isinstance(default, bool):
        return {"type": "boolean"}
    if isinstance(default, int):
        return {"type": "integer"}
    if isinstance(default, float):
        return {"type": "number"}
    if isinstance(default, tuple):
        return {"type": "array", "items": {"type": "string"}}
    if isinstance(default, str):
        return {"type": "string"}
    return {"type": "object"}


def scenario_schema() -> dict[str, Any]:
    defaults = S.Scenario().to_dict()
    specs = field_specs()
    properties: dict[str, Any] = {
        "format": {"const": S.SCENARIO_FORMAT},
        "version": {"type": "integer", "minimum": 1, "maximum": S.SCENARIO_VERSION},
    }
    for name in S.FIELD_NAMES:
        description, spec = specs.get(name, (name.replace("_", " "), _kind_schema(getattr(S.Scenario(), name))))
        properties[name] = {"description": description, **spec, "default": defaults[name]}
    return {
        "$schema": DRAFT,
        "$id": "https://wxdesk.invalid/schema/scenario.json",
        "title": "wxdesk scenario",
        "type": "object",
        "required": ["format", "version", *S.REQUIRED_FIELDS],
        "additionalProperties": False,
        "properties": properties,
    }


# ------------------------------------------------------------------ evaluate --json

_BAND = {"type": "object", "required": ["low", "likely", "high"],
         "properties": {k: {"type": "number"} for k in ("low", "likely", "high")}}
_REASON = {"type": "object", "required": ["code", "text", "params", "impact"],
           "properties": {"code": {"type": "string", "minLength": 1}, "text": {"type": "string"},
                          "params": {"type": "object"}, "impact": {"type": "number"}}}
# Every plan's score is on the 0–100 scale: its penalties take it to 0 at most.
_SCORE = {"type": "number", "minimum": 0, "maximum": 100}
_NOTE = {"type": "object", "required": ["code", "text"],
         "properties": {"code": {"type": "string", "minLength": 1}, "text": {"type": "string"}}}


def _presence_ids() -> list[str]:
    return list(D.PRESENCES)


def _plan(extra: dict[str, Any] | None = None) -> dict[str, Any]:
    ids = {"enum": _presence_ids()}
    properties = {
        "presences": {"type": "array", "items": ids, "minItems": 1, "uniqueItems": True},
        "roles": {"type": "object"},
        "roles_text": {"type": "object", "additionalProperties": {"type": "string"}},
        "score": _SCORE,
        "score_unrounded": {"type": "number", "minimum": 0, "maximum": 100},
        "coverage": {"type": "number"},
        # The plan's score on each dimension ("goal:sell", "push", "need:payments", "session", "scale"), 0–100.
        "coverage_by_dimension": {"type": "object", "additionalProperties": {"type": "number"}},
        "users_reached": {"type": "number", "minimum": 0},
        "cost_cny": _BAND,
        "first_year_cost_cny": _BAND,
        "yearly_cost_cny": {"type": "array", "items": {**_BAND, "required": ["year", "low", "likely", "high"]}},
        "cost_breakdown_cny": {"type": "object", "additionalProperties": {"type": "number"}},
        "within_budget": {"type": "boolean"},
        "timeline": {"type": "object", "required": ["weeks", "presences"],
                     "properties": {"weeks": _BAND, "presences": {"type": "array"}}},
        "live_in_time": {"type": ["boolean", "null"]},
        # Whether even the slowest launch (the timeline's high weeks) is live by the date; null with no date.
        "live_in_time_at_slowest": {"type": ["boolean", "null"]},
        "reasons": {"type": "array", "items": _REASON},
        **(extra or {}),
    }
    return {"type": "object", "required": ["presences", "score", "cost_cny", "reasons"], "properties": properties}


_TEXT = {"type": "object", "required": ["text"], "properties": {"text": {"type": "string", "minLength": 1}}}


def _counted(kind: str) -> dict[str, Any]:
    """A figure of a plan's note: a number of `kind`, null where the note has none to give."""
    return {"type": [kind, "null"], "minimum": 0}


# What the handout prints beside the plan's cost and budget, as `evaluate --json` gives it (batch.plan_notes): the
# sentence, in the language asked, and the figures a client can rebuild it from.
_PLAN_NOTES = {
    # What its user acquisition assumes and comes to; its figures null where it wins no user through ads.
    "user_acquisition": {
        "type": "object", "additionalProperties": False,
        "required": ["text", "users_reached", "users_won_at_start", "users_won_each_year", "won_again_per_user_kept",
                     "price_per_user_cny", "wechat_share", "app_share", "first_year_cny", "later_year_cny",
                     "total_cny", "years"],
        "properties": {
            "text": {"type": "string", "minLength": 1},
            **{name: _counted("integer") for name in ("users_reached", "users_won_at_start", "users_won_each_year",
                                                      "first_year_cny", "later_year_cny", "total_cny")},
            **{name: _counted("number") for name in ("won_again_per_user_kept", "price_per_user_cny")},
            **{name: {"type": ["number", "null"], "minimum": 0, "maximum": 1} for name in ("wechat_share",
                                                                                       "app_share")},
            "years": {"type": ["integer", "null"], "minimum": 1}}},
    # The paragraph under the cost split: the sentence above, then the notes on what the costs leave out.
    "under_the_split": {"type": "string", "minLength": 1},
    # After the budget's sentence, where the articles written for the client are most of the plan's first year.
    "articles": {"oneOf": [{"type": "null"}, {
        "type": "object", "additionalProperties": False,
        "required": ["text", "articles_a_month", "price_per_article_cny", "yearly_cny", "first_year_cost_cny"],
        "properties": {"text": {"type": "string", "minLength": 1}, "articles_a_month": {"type": "number"},
                       "price_per_article_cny": {"type": "number", "minimum": 0},
                       "yearly_cny": {"type": "integer", "minimum": 0},
                       "first_year_cost_cny": {"type": "integer", "minimum": 0}}}]},
    # After the budget's score line, how its points are counted, where that is not the appendix's rule alone.
    "budget_points": {"oneOf": [{"type": "null"}, {**_TEXT, "additionalProperties": False}]},
}


def _recommended_plan() -> dict[str, Any]:
    """The plan recommended: as each alternative, with its notes (_PLAN_NOTES)."""
    plan = _plan(_PLAN_NOTES)
    plan["required"] = [*plan["required"], *_PLAN_NOTES]
    return plan


def evaluation_schema() -> dict[str, Any]:
    """`evaluate --json` (and each JSON row of a batch, which adds row, source and error)."""
    return {
        "$schema": DRAFT,
        "$id": "https://wxdesk.invalid/schema/evaluation.json",
        "title": "wxdesk evaluation",
        "type": "object",
        "additionalProperties": False,
        "$defs": {"scenario": scenario_schema()},
        "required": ["inputs", "plan", "presences", "alternatives", "warnings", "data_pack", "text_currency"],
        "properties": {
            "row": {"type": "integer", "minimum": 1},
            "source": {"type": "string"},
            "error": {"type": "null"},
            "inputs": {"$ref": "#/$defs/scenario"},
            "plan": _recommended_plan(),
            "presences": {"type": "array", "items": {
                "type": "object", "required": ["id", "fit", "eligible", "in_plan", "reasons"],
                "properties": {"id": {"enum": _presence_ids()}, "fit": {"type": "number"},
                               "eligible": {"type": "boolean"}, "in_plan": {"type": "boolean"},
                               "reasons": {"type": "array", "items": _REASON}}}},
            "alternatives": {"type": "array", "items": _plan(
                {"why_not": {"type": "array", "items": _REASON},
                 # Less than the pack's close_call_points below the plan: nearer than the model can tell apart.
                 "close_call": {"type": "boolean"}})},
            "app_or_mini_program": {"type": "object", "required": ["choice", "text"], "properties": {
                "choice": {"enum": ["mini_program", "native_app", "both", "neither"]}, "text": {"type": "string"},
                # Each variant's score (null where it is ruled out, with the needs it cannot carry where a ticked
                # need rules it out), and why it costs less though it adds to the plan (or more though it drops
                # from it); null where it does not.
                "variants": {"type": "object", "additionalProperties": {
                    "type": "object", "required": ["presences", "score", "admissible", "ruled_out", "cost_reason"],
                    "properties": {"score": {"oneOf": [_SCORE, {"type": "null"}]}, "admissible": {"type": "boolean"},
                                   "ruled_out": {"oneOf": [_REASON, {"type": "null"}]},
                                   "cost_reason": {"oneOf": [_REASON, {"type": "null"}]}}}}}},
            "budget": _NOTE,
            "warnings": {"type": "array", "items": _NOTE},
            "data_pack": {"type": "string"},
            # The currency the texts write amounts in (`evaluate --currency`), and the yuan one unit of it is: every
            # number stays in yuan.
            "text_currency": {"type": "object", "required": ["code", "cny_per_unit"], "additionalProperties": False,
                              "properties": {"code": {"enum": list(CURRENCIES)},
                                             "cny_per_unit": {"type": "number", "exclusiveMinimum": 0}}},
        },
    }


def error_row_schema() -> dict[str, Any]:
    """A batch row that failed: where it came from, the error sentence, and what it said."""
    return {"type": "object", "required": ["row", "source", "error", "inputs"],
            "properties": {"row": {"type": "integer", "minimum": 1}, "source": {"type": "string"},
                           "error": {"type": "string", "minLength": 1}}}


def comparison_schema() -> dict[str, Any]:
    """`compare --json`: each scenario as `evaluate --json` gives it, with its label and name beside it, then what
    differs between them (checked against the evaluation schema, every entry failed on its label and name)."""
    entry = evaluation_schema()
    for key in ("$schema", "$id", "title", "$defs"):
        entry.pop(key)
    entry["properties"] = {"label": {"type": "string"}, "name": {"type": "string"}, **entry["properties"]}
    entry["required"] = ["label", "name", *entry["required"]]
    return {
        "$schema": DRAFT,
        "$id": "https://wxdesk.invalid/schema/comparison.json",
        "title": "wxdesk comparison",
        "type": "object",
        "additionalProperties": False,
        "$defs": {"scenario": scenario_schema()},
        "required": ["scenarios", "differing_fields", "differing_presences", "same_plan"],
        "properties": {
            "scenarios": {"type": "array", "minItems": 2, "items": entry},
            "differing_fields": {"type": "array", "items": {
                "type": "object", "required": ["field", "values"], "additionalProperties": False,
                "properties": {"field": {"type": "string"}, "values": {"type": "array"}}}},
            "differing_presences": {"type": "array", "items": {"enum": _presence_ids()}},
            "same_plan": {"type": "boolean"},
        },
    }


SCHEMAS = {"scenario": scenario_schema, "evaluation": evaluation_schema, "comparison": comparison_schema}
