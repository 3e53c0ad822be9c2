"""Flip points: the budget, session length or audience at which the plan changes.

For each of the three slider fields, the field alone is moved away from the scenario's
value over a log grid that spans everything a scenario allows (finer within a decade of
the scenario's value, where a plan that wins only a narrow range is met first), the engine's own plan
ranking (the one evaluate() uses) is asked which plan wins at each grid point, and the
first change nearest the current value is narrowed by bisection to about half a
percent. A field whose every value keeps the same plan has no flip point (None).

`search_flip_points()` is a generator that yields after every evaluation, so a view
can spread the search over the event loop; `flip_points()` runs it to the end.
"""

from __future__ import annotations

import math
from collections.abc import Generator, Iterable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from wxdesk.engine.datapack import DataPack
from wxdesk.engine.evaluate import best_plan
from wxdesk.engine.reasons import Count, Money, Reason, Terms
from wxdesk.engine.scenario import MAX_AUDIENCE, MAX_BUDGET_CNY, MAX_MINUTES, Scenario

FIELDS = ("budget_cny", "interaction_minutes", "audience")

# The search grid per field: the scenario's own limits, about two to four points a decade.
GRIDS = {
    "budget_cny": np.concatenate([[0.0], np.geomspace(100.0, MAX_BUDGET_CNY, 21)]),
    "interaction_minutes": np.geomspace(0.1, MAX_MINUTES, 17),
    "audience": np.concatenate([[0.0], np.geomspace(1.0, MAX_AUDIENCE, 19)]),
}
# Near the scenario's own value the grid is finer: a plan that wins only a narrow range close by
# (a step of a slider or two) is the flip a user meets first, and two points a decade step over it.
NEAR_DECADES = 2.0
NEAR_POINTS_PER_DECADE = 16
RELATIVE_PRECISION = 0.005

# Sentences, English templates that double as translation keys (see TEMPLATES).
FLIP_BUDGET_ABOVE = "With a budget above {value} the plan becomes {plan}."
FLIP_BUDGET_BELOW = "With a budget below {value} the plan becomes {plan}."
FLIP_MINUTES_ABOVE = "Above {value} minutes per session the plan becomes {plan}."
FLIP_MINUTES_BELOW = "Below {value} minutes per session the plan becomes {plan}."
FLIP_AUDIENCE_ABOVE = "Above {value} monthly users the plan becomes {plan}."
FLIP_AUDIENCE_BELOW = "Below {value} monthly users the plan becomes {plan}."
NO_FLIP_BUDGET = "No budget changes the plan."
NO_FLIP_MINUTES = "No session length changes the plan."
NO_FLIP_AUDIENCE = "No audience size changes the plan."

TEMPLATES = tuple(v for k, v in dict(globals()).items()
                  if (k.startswith(("FLIP_", "NO_FLIP_"))) and isinstance(v, str))

_FLIP_TEMPLATES = {
    (field, direction): globals()[f"FLIP_{name}_{direction.upper()}"]
    for field, name in (("budget_cny", "BUDGET"), ("interaction_minutes", "MINUTES"), ("audience", "AUDIENCE"))
    for direction in ("above", "below")
}
_NO_FLIP_TEMPLATES = {"budget_cny": NO_FLIP_BUDGET, "interaction_minutes": NO_FLIP_MINUTES,
                      "audience": NO_FLIP_AUDIENCE}


@dataclass(frozen=True)
class FlipPoint:
    """Past `value` (above or below the scenario's own value) `winner` is recommended instead."""

    field: str
    value: float
    direction: str  # "above" or "below"
    winner: tuple[str, ...]  # the plan past the flip point
    current: float  # the scenario's value of the field
    current_winner: tuple[str, ...]

    @property
    def reason(self) -> Reason:
        return Reason(_FLIP_TEMPLATES[(self.field, self.direction)],
                      {"value": _shown_value(self.field, self.value), "plan": Terms(self.winner)})


def no_flip_reason(field: str) -> Reason:
    return Reason(_NO_FLIP_TEMPLATES[field])


def flip_reason(field: str, point: FlipPoint | None) -> Reason:
    """The sentence for one field, whether or not it has a flip point."""
    return point.reason if point is not None else no_flip_reason(field)


def _shown_value(field: str, value: float) -> Money | Count | float | int:
    if field == "budget_cny":
        return Money(value)
    if field == "audience":
        return Count(_round_significant(value, 2))
    rounded = _round_significant(value, 2)
    return int(rounded) if rounded == int(rounded) else rounded


def _round_significant(value: float, digits: int) -> float:
    if value <= 0:
        return 0.0
    return round(value, digits - 1 - int(math.floor(math.log10(value))))


def _winner(scenario: Scenario, pack: DataPack, field: str, value: float) -> tuple[str, ...]:
    moved: dict[str, Any] = {field: float(value)}
    return best_plan(replace(scenario, **moved), pack)


def _between(lo: float, hi: float) -> float:
    return math.sqrt(lo * hi) if lo > 0 else (lo + hi) / 2


def search_grid(field: str, current: float) -> np.ndarray:
    """The values tried for `field`: its grid over everything a scenario allows, and within
    NEAR_DECADES of `current` NEAR_POINTS_PER_DECADE a decade, in ascending order."""
    grid = GRIDS[field]
    if current <= 0:
        return grid
    steps = np.arange(-NEAR_POINTS_PER_DECADE * NEAR_DECADES, NEAR_POINTS_PER_DECADE * NEAR_DECADES + 1)
    near = current * 10.0 ** (steps / NEAR_POINTS_PER_DECADE)
    near = near[(near >= grid[grid > 0].min()) & (near <= grid.max())]
    # Sorted, each value once (np.unique would load numpy.ma, some 15 ms of a start, to do this).
    values = np.sort(np.concatenate([grid, near]))
    return values[np.concatenate(([True], values[1:] != values[:-1]))]


def _search_field(scenario: Scenario, pack: DataPack, field: str,
                  current_winner: tuple[str, ...]) -> Generator[None, None, FlipPoint | None]:
    current = float(getattr(scenario, field))
    grid = search_grid(field, current)
    below = [float(v) for v in grid[grid < current][::-1]]  # nearest first
    above = [float(v) for v in grid[grid > current]]

    def distance(v: float) -> float:
        return abs(math.log1p(v) - math.log1p(current))

    # Walk outward from the current value, always to the nearer untried grid point,
    # until each side has either changed winner or run out.
    last = {"below": current, "above": current}
    bracket: tuple[str, float, float, tuple[str, ...]] | None = None
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
    current_winner = best_plan(scenario, pack)
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
            found: dict[str, FlipPoint | None] = done.value
            return found
