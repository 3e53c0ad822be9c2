"""`wxdesk sensitivity` and `wxdesk flips`: the window's tornado rows and flip points, as data and text.

The numbers come from the engine's sensitivity and flips modules untouched; this
module only turns their dataclasses into JSON (every field and every numeric
property, so a new engine field appears without a change here) and into lines.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from wxdesk.batch.language import renderer, words
from wxdesk.engine.reasons import Reason

FIGURE_KEYS = ("id", "label", "unit", "low", "likely", "high")


def figure_dict(figure: Any, lang: str) -> dict[str, Any]:
    data = {key: getattr(figure, key) for key in FIGURE_KEYS if hasattr(figure, key)}
    data["label"] = words(lang).label(figure)
    return data


def plain(value: Any, lang: str) -> Any:
    """An engine result as JSON values: dataclass fields and plain properties, figures briefly, reasons rendered."""
    if isinstance(value, Reason):
        return reason_dict(value, lang)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if type(value).__name__ == "Figure":
            return figure_dict(value, lang)
        data = {f.name: plain(getattr(value, f.name), lang) for f in dataclasses.fields(value)}
        for name, attribute in vars(type(value)).items():
            if isinstance(attribute, property) and not name.startswith("_") and name not in data:
                extra = getattr(value, name)
                if isinstance(extra, (int, float, str, bool)) or extra is None:
                    data[name] = extra
        return data
    if isinstance(value, dict):
        return {str(k): plain(v, lang) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v, lang) for v in value]
    if isinstance(value, float):
        return round(value, 6)
    return value


def reason_dict(reason: Reason, lang: str) -> dict[str, Any]:
    """A Reason as the contract writes one: code, text, params and impact."""
    params = {k: (float(v) if isinstance(v, float) else v if isinstance(v, (int, str, bool)) else list(v)
                  if isinstance(v, tuple) else str(v)) for k, v in reason.params.items()}
    return {"code": getattr(reason, "code", ""), "text": renderer(lang)(reason), "params": params,
            "impact": float(reason.impact)}


# ------------------------------------------------------------------ sensitivity

def sensitivity_dict(scenario: Any, pack: Any, lang: str = "en") -> dict[str, Any]:
    from wxdesk.engine.sensitivity import sensitivity
    result = sensitivity(scenario, pack)
    rows = []
    for swing in result.swings:
        row = plain(swing, lang)
        row["changes_answer"] = bool(result.flips_recommendation(swing))
        rows.append(row)
    return {"inputs": scenario.to_dict(), "base": plain(result.base, lang), "rows": rows,
            "data_pack": pack.released}


def _short(value: float, lang: str) -> str:
    from wxdesk.engine.money import format_count
    return format_count(value, "zh" if lang != "en" else "en") if abs(value) >= 1000 else f"{value:g}"


def sensitivity_text(scenario: Any, pack: Any, lang: str = "en") -> str:
    """The tornado as lines: each figure's range, the swing of the plan's cost and of its lead."""
    data = sensitivity_dict(scenario, pack, lang)
    lines = [scenario.name,
             f"{'figure':<48} {'low → high':>17} {'cost swing':>11} {'lead swing':>10}"]
    for row in data["rows"]:
        figure = row["figure"]
        label = figure["label"] if len(figure["label"]) <= 48 else figure["label"][:47] + "…"
        span = f"{_short(figure['low'], lang)} → {_short(figure['high'], lang)}"
        mark = "  changes the plan" if row["changes_answer"] else ""
        lines.append(f"{label:<48} {span:>17} {_short(row['cost_swing'], lang):>11} {row['fit_swing']:>10.1f}{mark}")
    return "\n".join(lines)


# ------------------------------------------------------------------ flip points

def flips_dict(scenario: Any, pack: Any, lang: str = "en") -> dict[str, Any]:
    from wxdesk.engine.flips import flip_points, flip_reason
    points = flip_points(scenario, pack)
    render = renderer(lang)
    fields = {}
    for field, point in points.items():
        entry = plain(point, lang) if point is not None else {"field": field, "value": None}
        entry["text"] = render(flip_reason(field, point))
        fields[field] = entry
    return {"inputs": scenario.to_dict(), "flips": fields, "data_pack": pack.released}


def flips_text(scenario: Any, pack: Any, lang: str = "en") -> str:
    data = flips_dict(scenario, pack, lang)
    return "\n".join([scenario.name, *(f"- {entry['text']}" for entry in data["flips"].values())])
