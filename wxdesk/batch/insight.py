"""`wxdesk sensitivity` and `wxdesk flips`: the window's tornado rows and flip points, as data and text.

The numbers come from the engine's sensitivity and flips modules untouched; this
module only turns their dataclasses into JSON (every field and every numeric
property, so a new engine field appears without a change here) and into lines.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from wxdesk.batch.language import renderer, words
from wxdesk.engine.money import whole_yuan
from wxdesk.engine.reasons import Reason
from wxdesk.words.columns import GAP, column_width, display_width, pad, table_row, wrap
from wxdesk.words.swings import (base_lines, changes_plan_mark, figure_names, headings, lead_as_written, lead_points,
                                 span_text)

FIGURE_KEYS = ("id", "label", "unit", "low", "likely", "high")
LABEL_COLUMNS, SPAN_COLUMNS = 44, 36  # the widest the sensitivity table's name and range columns grow
TEXT_COLUMNS = 100  # the sentences above the table wrap at this width


def figure_dict(figure: Any, lang: str) -> dict[str, Any]:
    data = {key: getattr(figure, key) for key in FIGURE_KEYS if hasattr(figure, key)}
    data["label"] = words(lang).label(figure)
    return data


def plain(value: Any, lang: str, within: Reason | None = None) -> Any:
    """An engine result as JSON values: dataclass fields and plain properties, figures briefly, reasons rendered (as
    the sentence `within` writes them, where they are part of one: reason_dict)."""
    if isinstance(value, Reason):
        return reason_dict(value, lang, within)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if type(value).__name__ == "Figure":
            return figure_dict(value, lang)
        data = {f.name: plain(getattr(value, f.name), lang, within) for f in dataclasses.fields(value)}
        for name, attribute in vars(type(value)).items():
            if isinstance(attribute, property) and not name.startswith("_") and name not in data:
                extra = getattr(value, name)
                if isinstance(extra, (int, float, str, bool)) or extra is None:
                    data[name] = extra
        return data
    if isinstance(value, dict):
        return {str(k): plain(v, lang, within) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v, lang, within) for v in value]
    if isinstance(value, float):
        return round(value, 6)
    return value


def reason_dict(reason: Reason, lang: str, within: Reason | None = None) -> dict[str, Any]:
    """A Reason as the contract writes one: code, text, params and impact, its params as `evaluate --json` writes
    them (Reason.params_json: a sentence within it as its own code and params, where its repr was written). A
    sentence that is part of another (`within`: a flip's why within the flip's sentence) has its text as that one
    writes it (as_part_of)."""
    text = renderer(lang)(reason) if within is None else as_part_of(reason, within, lang)
    return {"code": getattr(reason, "code", ""), "text": text, "params": reason.params_json(),
            "impact": float(reason.impact)}


_APART = "\x01"  # (no sentence holds it)


def as_part_of(part: Reason, whole: Reason, lang: str) -> str:
    """`part`, a sentence within `whole`, with its amounts as `whole` writes them: where two amounts in the whole
    would read alike and differ, the words write both in full, in the part too. A flip's why read "likely first-year
    cost of ¥212k" in the JSON beside the flip's own text "… below ¥212,072 … likely first-year cost of ¥211,850".

    The words layer writes the two together, the part first (so that it names a presence in full, as on its own),
    and the part is the text before the mark between them: the same words and rules, not a copy of them. (The
    whole's own parameters stand beside the two, as its words read them: "over 1 year" where its horizon is one.)"""
    both = Reason("{_part}" + _APART + "{_whole}", {**whole.params, "_part": part, "_whole": whole})
    return renderer(lang)(both).split(_APART, 1)[0]


# ------------------------------------------------------------------ sensitivity

def sensitivity_dict(scenario: Any, pack: Any, lang: str = "en") -> dict[str, Any]:
    """The sweep as JSON: its base (the answer's plan and likely cost) and one row per figure.

    A row's "label" is the figure's name on the row (with its unit where two figures share a
    label) and "span" its low → high with units; the figure itself keeps the pack's words.
    """
    from wxdesk.engine.sensitivity import sensitivity
    result = sensitivity(scenario, pack)
    w = words(lang)
    applied = pack.with_overrides(scenario.overrides)
    names = figure_names(applied.figures.values(), w)
    rows = []
    for swing in result.swings:
        row = plain(swing, lang)
        # Its costs in whole yuan, as `evaluate --json` holds every cost (money.whole_yuan), the swing that between
        # the two ends as written: 7046639.024691 stood for the 7046639 of plan.cost_cny.likely.
        for end in ("at_low", "at_high"):
            row[end]["cost"] = whole_yuan(row[end]["cost"])
        row["cost_swing"] = abs(row["at_high"]["cost"] - row["at_low"]["cost"])
        row["label"] = names[swing.figure.id]
        row["span"] = span_text(swing.figure, w)
        row["changes_answer"] = bool(result.flips_recommendation(swing))
        rows.append(row)
    base = plain(result.base, lang)
    base["cost"] = whole_yuan(result.base.cost)
    # Which figures the measures are: the same as `evaluate --json` states for the plan.
    base["cost_is"] = "plan.cost_cny.likely"
    # The lead unrounded, as the rows swing it; `lead_shown` is the two scores as the answer writes them.
    base["lead_is"] = "plan.score_unrounded - alternatives[0].score_unrounded"
    # The lead as the answer writes the two scores (score_digits), for the sentence above the rows; None where no
    # other plan is open to the business.
    from wxdesk.engine.evaluator import evaluate
    answer = evaluate(scenario, pack)
    digits = answer.score_digits
    base["lead_shown"] = lead_as_written(answer)
    base["lead_digits"] = digits
    return {"inputs": scenario.to_dict(), "base": base, "rows": rows, "data_pack": pack.released}


def sensitivity_text(scenario: Any, pack: Any, lang: str = "en") -> str:
    """The tornado as a table: each figure's range, and how far it moves the plan's likely cost and its lead."""
    data = sensitivity_dict(scenario, pack, lang)
    w = words(lang)
    base = data["base"]
    cells = [(row["label"], row["span"], w.money(row["cost_swing"]), lead_points(row["fit_swing"], w))
             for row in data["rows"]]
    heads = headings(w)
    columns = list(zip(heads, *cells))
    # Long names wrap within their column rather than push the figures off a terminal's width.
    widths = [column_width(columns[0], LABEL_COLUMNS), column_width(columns[1], SPAN_COLUMNS),
              *(max(display_width(c) for c in column) for column in columns[2:])]
    aligns = ("<", "<", ">", ">")
    lines = [w.scenario_name(scenario.name)]
    for sentence in base_lines(base["plan"], base["cost"], base["lead_shown"], scenario.horizon_years, w,
                               base["lead_digits"]):
        lines += wrap(sentence, TEXT_COLUMNS)
    lines.append("")
    lines += table_row(heads, widths, aligns)
    for row, values in zip(data["rows"], cells, strict=True):
        row_lines = table_row(values, widths, aligns)
        if row["changes_answer"]:
            row_lines[0] = pad(row_lines[0], sum(widths) + len(GAP) * 3) + GAP + changes_plan_mark(w)
        lines += row_lines
    return "\n".join(lines)


# ------------------------------------------------------------------ flip points

def flips_dict(scenario: Any, pack: Any, lang: str = "en") -> dict[str, Any]:
    from wxdesk.engine.flips import flip_points, flip_reason
    points = flip_points(scenario, pack)
    render = renderer(lang)
    fields = {}
    for field, point in points.items():
        sentence = flip_reason(field, point)
        # (Its why and what follows as the sentence writes them: the sentence gives its amounts in full where two
        # would read alike, as the flip point ¥212,072 and the new plan's likely ¥211,850.)
        entry = plain(point, lang, within=sentence) if point is not None else {"field": field, "value": None}
        entry["text"] = render(sentence)
        fields[field] = entry
    return {"inputs": scenario.to_dict(), "flips": fields, "data_pack": pack.released}


def flips_text(scenario: Any, pack: Any, lang: str = "en") -> str:
    data = flips_dict(scenario, pack, lang)
    title = words(lang).scenario_name(scenario.name)
    return "\n".join([title, *(f"- {entry['text']}" for entry in data["flips"].values())])
