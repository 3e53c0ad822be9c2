"""The sensitivity's rows in words: which figure a row swings, its low → high with units, the table's headings.

Shared by `wxdesk sensitivity` and the window's tornado chart, so that a row reads the
same in both, and a figure's range reads as the handout's appendix writes it
(words.figure_text): "¥3 → ¥34 per install", "15% → 20% of the build cost a year".
Two figures of the data pack may share a label (the app's build cost and its build time
in weeks); a row then names its unit, or "cost", too, so no two rows read alike.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from wxdesk.engine import Evaluation
from wxdesk.engine.datapack import Figure
from wxdesk.words import figure_text
from wxdesk.words.words import Words

ARROW = " → "


def figure_names(figures: Iterable[Figure], w: Words) -> dict[str, str]:
    """{figure id: its name on a row}: the pack's label, with its unit where another figure has the same label."""
    figures = list(figures)
    labels = {f.id: w.label(f) for f in figures}
    shared = {label for label, n in Counter(labels.values()).items() if n > 1}
    names = {}
    for f in figures:
        label = labels[f.id]
        if label in shared:
            # An amount of money is told from its twin by what it is, not by "(CNY)" beside "¥30,000".
            unit = w.translate("Swings", "cost") if figure_text.is_money(f) else (w.unit(f.unit) or f.unit)
            label = w.translate("Swings", "%1 (%2)").replace("%1", label).replace("%2", unit)
        names[f.id] = label
    return names


def value_text(figure: Figure, value: float, w: Words) -> str:
    """One value of a figure with its unit, as the appendix writes the figure: "¥34 per install", "5 weeks"."""
    return figure_text.value_text(figure.with_values(value, value, value), w)


def span_text(figure: Figure, w: Words) -> str:
    """The figure's low → high, its unit written once after the high: "¥3 → ¥34 per install"."""
    low, high = value_text(figure, figure.low, w), value_text(figure, figure.high, w)
    return low[:len(low) - _shared_unit(low, high)] + ARROW + high


def bare_ends(figure: Figure, w: Words) -> tuple[str, str]:
    """The figure's low and high without the unit both share: ("¥3", "¥34") for ¥3 and ¥34 per install, ("15%",
    "20%") for "15% of the build cost a year"; each as value_text writes it where the two share no unit."""
    low, high = value_text(figure, figure.low, w), value_text(figure, figure.high, w)
    unit = _shared_unit(low, high)
    return low[:len(low) - unit], high[:len(high) - unit]


def _shared_unit(low: str, high: str) -> int:
    """The length of the unit both ends are written with (the words they share at their end, from a space or from a
    full-width bracket, which carries its own: "15%（占开发费用/年）"); 0 where they share none."""
    common = 0
    while common < min(len(low), len(high)) and low[-1 - common] == high[-1 - common]:
        common += 1
    # (A Chinese rate's unit starts at its slash: "¥3,000/年".)
    starts = [i for i in (low.find(" ", len(low) - common), low.find("（", len(low) - common),
                          low.find("/", len(low) - common)) if i != -1]
    return len(low) - min(starts) if common and starts else 0


def headings(w: Words) -> tuple[str, str, str, str]:
    """The table's columns: the figure, its range, and how far each measure of the plan moves."""
    return (w.translate("Swings", "Figure"), w.translate("Swings", "Low → high"),
            w.translate("Swings", "Cost moves by"), w.translate("Swings", "Lead moves by"))


def changes_plan_mark(w: Words) -> str:
    return w.translate("Swings", "⇄ changes the plan")


def lead_as_written(evaluation: Evaluation) -> float | None:
    """The plan's lead over the next best plan as the answer writes the two scores (score_digits): 3 beside 41 and
    38, where the unrounded lead is 2.4; None where no other plan is open to the business."""
    if not evaluation.alternatives:
        return None
    digits = evaluation.score_digits
    return round(round(evaluation.plan.score, digits) - round(evaluation.alternatives[0].score, digits), digits)


def lead_points(points: float, w: Words, digits: int = 1) -> str:
    """A number of points of score: "4.1 points", "4.1 分"; "—" where the plan cannot be measured at one end."""
    if not math.isfinite(points):
        return "—"
    written = f"{points:.{digits}f}"
    # ("under 1 points" read beside whole scores.)
    return (w.translate("Swings", "%1 point") if written == "1" else
            w.translate("Swings", "%1 points")).replace("%1", written)


def end_lead(at_end: float, base: float, evaluation: Evaluation) -> float:
    """The plan's lead with a figure held at one end of its range, as the answer's is written (lead_as_written):
    the answer's lead as written, moved by as much as holding the figure moves the lead (`at_end` less `base`, the
    sweep's leads, unrounded). A figure that does not move the lead leaves it reading as the caption writes it: the
    caption read "leads by 15 points" above bars whose tooltips read "leads … by 14.9 points", a drop that is none."""
    written = lead_as_written(evaluation)
    if written is None or not math.isfinite(at_end):
        return at_end
    moved = written + (at_end - base)
    # Never moved across 0 by the headline's rounding: car_brand's Official Account visibility at its low gives
    # another plan the lead by 0.007, and the headline's 1.44 written 1.5 moved it to +0.05, "the plan leads its first
    # alternative by 0.1 points; at this value the plan becomes Channels + Native app".
    return at_end if (moved > 0) != (at_end > 0) else moved


def end_lead_text(lead: float, w: Words, digits: int = 1) -> str:
    """The plan's lead at one end of a figure's range, in words, to `digits` decimals (the answer's score_digits, as
    the caption writes the plan's lead): "the plan leads its first alternative by 2.3 points"; behind it, the other
    way round; and alike where the lead reads 0. The Sensitivity bar's tooltip read "leads its first alternative by
    -0.0 points" at the end where the plan changes."""
    if not math.isfinite(lead):  # (sensitivity._outcome: the plan cannot carry a hard need at that end)
        return w.translate("Swings", "the plan can no longer meet every need you ticked")
    if float(f"{abs(lead):.{digits}f}") == 0:
        return w.translate("Swings", "the plan and its first alternative score alike")
    if lead > 0:
        return w.translate("Swings", "the plan leads its first alternative by %1").replace(
            "%1", lead_points(lead, w, digits))
    return w.translate("Swings", "its first alternative leads the plan by %1").replace(
        "%1", lead_points(-lead, w, digits))


def base_lines(plan: Iterable[str], cost: float, lead: float | None, years: int, w: Words,
               digits: int = 1) -> list[str]:
    """What the rows measure: the answer's plan, its likely cost, its lead, and how each row moves them.

    `lead`: the plan's score less the next best plan's as the answer writes both (to `digits` decimals), so that
    "leads by 0.2 points" reads beside 70.7 and 70.5 (the unrounded 0.15 read "0.1"); None where no other plan
    is open to the business ("leads by 0.0 points" read as a tie)."""
    # A lead that reads 0.0 is a hair's, which the answer calls a close call: "leads … by 0.0 points" read as a tie
    # (noodle bar: 77.6 and 77.6, the next best "a hair below" in evaluate's words). Said as under the last digit.
    hair = lead is not None and round(lead, digits) <= 0
    first = (w.translate("Swings", "The plan: %1. Likely cost over %2 years: %3. It is the only plan considered.")
             if lead is None else
             w.translate("Swings", "The plan: %1. Likely cost over %2 years: %3. It leads its first alternative by "
                                   "a hair, under %4: the two scores read alike.") if hair else
             w.translate("Swings",
                         "The plan: %1. Likely cost over %2 years: %3. It leads its first alternative by %4."))
    shown_lead = "" if lead is None else lead_points(10.0 ** -digits if hair else lead, w, digits)
    return [
        w.for_years(first, years, key="%2")
        .replace("%1", w.plan(plan)).replace("%2", str(years)).replace("%3", w.money(cost))
        .replace("%4", shown_lead),
        w.translate("Swings", "Each row holds one figure at its low and then at its high while every other "
                    "figure keeps its range, and says how far that moves the plan's likely cost and its lead. "
                    "⇄: the figure's range alone can change the plan."),
    ]
