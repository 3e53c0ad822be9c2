"""Flip points: the budget, session length or audience at which the recommendation changes.

For each of the three slider fields, the field alone is moved away from the scenario's
value over a log grid that spans everything a scenario allows, the full evaluate()
is asked which option wins at each grid point, and the first change nearest the
current value is narrowed by bisection to about half a percent. A field whose every
value keeps the same winner has no flip point (None).

`search_flip_points()` is a generator that yields after every evaluation, so a view
can spread the search over the event loop; `flip_points()` runs it to the end.
"""

from __future__ import annotations

import math
from collections.abc import Generator, Iterable
from dataclasses import dataclass, replace

import numpy as np

from wxdesk.engine.datapack import DataPack
from wxdesk.engine.evaluate import evaluate
from wxdesk.engine.reasons import Money, Reason
from wxdesk.engine.scenario import MAX_AUDIENCE, MAX_BUDGET_CNY, MAX_MINUTES, Scenario

FIELDS = ("budget_cny", "interaction_minutes", "audience")

# The search grid per field: the scenario's own limits, about two to four points a decade.
GRIDS = {
    "budget_cny": np.concatenate([[0.0], np.geomspace(100.0, MAX_BUDGET_CNY, 21)]),
    "interaction_minutes": np.geomspace(0.1, MAX_MINUTES, 17),
    "audience": np.concatenate([[0.0], np.geomspace(1.0, MAX_AUDIENCE, 19)]),
}
RELATIVE_PRECISION = 0.005

# Sentences, English templates that double as translation keys (see TEMPLATES).
FLIP_BUDGET_ABOVE_APP = "A native app becomes the better choice with a budget above {value}."
FLIP_BUDGET_ABOVE_MP = "A Mini Program becomes the better choice with a budget above {value}."
FLIP_BUDGET_BELOW_APP = "A native app becomes the better choice with a budget below {value}."
FLIP_BUDGET_BELOW_MP = "A Mini Program becomes the better choice with a budget below {value}."
FLIP_MINUTES_ABOVE_APP = "A native app becomes the better choice above {value} minutes per session."
FLIP_MINUTES_ABOVE_MP = "A Mini Program becomes the better choice above {value} minutes per session."
FLIP_MINUTES_BELOW_APP = "A native app becomes the better choice below {value} minutes per session."
FLIP_MINUTES_BELOW_MP = "A Mini Program becomes the better choice below {value} minutes per session."
FLIP_AUDIENCE_ABOVE_APP = "A native app becomes the better choice above {value:,} monthly users."
FLIP_AUDIENCE_ABOVE_MP = "A Mini Program becomes the better choice above {value:,} monthly users."
FLIP_AUDIENCE_BELOW_APP = "A native app becomes the better choice below {value:,} monthly users."
FLIP_AUDIENCE_BELOW_MP = "A Mini Program becomes the better choice below {value:,} monthly users."
NO_FLIP_BUDGET = "No budget changes the recommendation."
NO_FLIP_MINUTES = "No session length changes the recommendation."
NO_FLIP_AUDIENCE = "No audience size changes the recommendation."

TEMPLATES = tuple(v for k, v in dict(globals()).items()
                  if (k.startswith("FLIP_") or k.startswith("NO_FLIP_")) and isinstance(v, str))

_FLIP_TEMPLATES = {
    (field, direction, winner): globals()[f"FLIP_{name}_{direction.upper()}_{short}"]
    for field, name in (("budget_cny", "BUDGET"), ("interaction_minutes", "MINUTES"), ("audience", "AUDIENCE"))
    for direction in ("above", "below")
    for winner, short in (("native_app", "APP"), ("mini_program", "MP"))
}
_NO_FLIP_TEMPLATES = {"budget_cny": NO_FLIP_BUDGET, "interaction_minutes": NO_FLIP_MINUTES,
                      "audience": NO_FLIP_AUDIENCE}


@dataclass(frozen=True)
class FlipPoint:
    """Past `value` (above or below the scenario's own value) `winner` is recommended instead."""

    field: str
    value: float
    direction: str  # "above" or "below"
    winner: str
    current: float  # the scenario's value of the field
    current_winner: str

    @property
    def reason(self) -> Reason:
        return Reason(_FLIP_TEMPLATES[(self.field, self.direction, self.winner)],
                      {"value": _shown_value(self.field, self.value)})


def no_flip_reason(field: str) -> Reason:
    return Reason(_NO_FLIP_TEMPLATES[field])


def flip_reason(field: str, point: FlipPoint | None) -> Reason:
    """The sentence for one field, whether or not it has a flip point."""
    return point.reason if point is not None else no_flip_reason(field)


def _shown_value(field: str, value: float) -> Money | float | int:
    if field == "budget_cny":
        return Money(value)
    if field == "audience":
        return int(_round_significant(value, 2))
    rounded = _round_significant(value, 2)
    return int(rounded) if rounded == int(rounded) else rounded


def _round_significant(value: float, digits: int) -> float:
    if value <= 0:
        return 0.0
    return round(value, digits - 1 - int(math.floor(math.log10(value))))


def _winner(scenario: Scenario, pack: DataPack, field: str, value: float) -> str:
    return evaluate(replace(scenario, **{field: float(value)}), pack).app_vs_mini_program.winner


def _between(lo: float, hi: float) -> float:
    return math.sqrt(lo * hi) if lo > 0 else (lo + hi) / 2


def _search_field(scenario: Scenario, pack: DataPack, field: str,
                  current_winner: str) -> Generator[None, None, FlipPoint | None]:
    current = float(getattr(scenario, field))
    grid = GRIDS[field]
    below = [float(v) for v in grid[grid < current][::-1]]  # nearest first
    above = [float(v) for v in grid[grid > current]]

    def distance(v: float) -> float:
        return abs(math.log1p(v) - math.log1p(current))

    # Walk outward from the current value, always to the nearer untried grid point,
    # until each side has either changed winner or run out.
    last = {"below": current, "above": current}
    bracket: tuple[str, float, float, str] | None = None
    while below or above:
        side = "below" if below and (not above or distance(below[0]) <= distance(above[0])) else "above"
        value = (below if side == "below" else above).pop(0)
        winner = _winner(scenario, pack, field, value)
        yield
        if winner != current_winner:
            bracket = (side, last[side], value, winner)
            break
        last[side] = value
    if bracket is None:
        return None

    # Bisection between the last value that keeps the winner and the first that does not.
    side, keep, change, winner = bracket
    while abs(change - keep) > RELATIVE_PRECISION * max(abs(change), abs(keep)):
        middle = _between(min(keep, change), max(keep, change))
        found = _winner(scenario, pack, field, middle)
        yield
        if found == current_winner:
            keep = middle
        else:
            change, winner = middle, found
    return FlipPoint(field, change, side, winner, current, current_winner)


def search_flip_points(scenario: Scenario, pack: DataPack, fields: Iterable[str] = FIELDS,
                       ) -> Generator[None, None, dict[str, FlipPoint | None]]:
    """Yield after each evaluation; return {field: nearest FlipPoint or None}."""
    current_winner = evaluate(scenario, pack).app_vs_mini_program.winner
    found: dict[str, FlipPoint | None] = {}
    for field in fields:
        found[field] = yield from _search_field(scenario, pack, field, current_winner)
    return found


def flip_points(scenario: Scenario, pack: DataPack,
                fields: Iterable[str] = FIELDS) -> dict[str, FlipPoint | None]:
    """The nearest flip point of each field (None where the recommendation never changes)."""
    search = search_flip_points(scenario, pack, fields)
    while True:
        try:
            next(search)
        except StopIteration as done:
            return done.value
