"""Which assumptions matter: one-at-a-time swings of every estimated figure.

Every figure with a low–high range is set to its low and then to its high while all
other figures stay at their likely values, and the plan is ranked again at that single
point. Two measures come out, each named on the chart it feeds:
- the plan's cost over the horizon (the same plan, its likely-point cost), and
- the plan's lead: its score minus the best other plan's score. A lead below zero
  means another plan wins at that end of the figure's range (the swing flips the plan).

Working at the likely point (one "sample" per figure) keeps a sweep cheap enough for
the tornado chart to follow the sliders. The swung packs do not depend on the
scenario, so they are built once per data pack.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Generator
from dataclasses import dataclass, replace

from wxdesk.engine.costs import CostBook
from wxdesk.engine.datapack import DataPack, Figure
from wxdesk.engine.fit import fit_table
from wxdesk.engine.plans import candidates
from wxdesk.engine.sampling import pack_key
from wxdesk.engine.scenario import Scenario

_PACK_CACHE_LIMIT = 4
SwingPacks = tuple[DataPack, dict[str, tuple[DataPack, DataPack]]]
_swing_packs: OrderedDict[tuple[object, ...], SwingPacks] = OrderedDict()


@dataclass(frozen=True)
class Outcome:
    """The ranking at one point of the data pack, seen from one plan."""

    plan: tuple[str, ...]  # the plan that wins at this point
    cost: float  # the measured plan's likely cost over the horizon
    lead: float  # the measured plan's score minus the best other plan's score

    @property
    def winner(self) -> tuple[str, ...]:
        return self.plan


@dataclass(frozen=True)
class Swing:
    """One figure swung across its range, everything else at its likely value."""

    figure: Figure
    at_low: Outcome
    at_high: Outcome

    @property
    def cost_swing(self) -> float:
        return abs(self.at_high.cost - self.at_low.cost)

    @property
    def fit_swing(self) -> float:
        return abs(self.at_high.lead - self.at_low.lead)


@dataclass(frozen=True)
class Sensitivity:
    base: Outcome
    swings: tuple[Swing, ...]  # biggest cost swing first

    def by_cost(self) -> tuple[Swing, ...]:
        return self.swings

    def by_fit(self) -> tuple[Swing, ...]:
        return tuple(sorted(self.swings, key=lambda s: (-s.fit_swing, s.figure.id)))

    def flips_recommendation(self, swing: Swing) -> bool:
        """True when the figure at its low or its high changes the plan."""
        return self.base.plan != swing.at_low.plan or self.base.plan != swing.at_high.plan

    @property
    def top_cost_driver(self) -> Swing | None:
        return self.swings[0] if self.swings and self.swings[0].cost_swing > 0 else None

    @property
    def top_fit_driver(self) -> Swing | None:
        ranked = self.by_fit()
        return ranked[0] if ranked and ranked[0].fit_swing > 0 else None


def likely_point(pack: DataPack) -> DataPack:
    """The pack with every figure at its likely value and a single sample."""
    figures = {fid: fig.with_values(fig.likely, fig.likely, fig.likely) for fid, fig in pack.figures.items()}
    return replace(pack, figures=figures, samples=1)


def _pack_key(pack: DataPack) -> tuple[object, ...]:
    return (pack.path, *pack_key(pack))


def _point_and_swings(pack: DataPack) -> SwingPacks:
    """The likely-point pack and, per range figure, the packs with it at its low and high."""
    key = _pack_key(pack)
    cached = _swing_packs.get(key)
    if cached is not None:
        _swing_packs.move_to_end(key)
        return cached
    point = likely_point(pack)
    swings: dict[str, tuple[DataPack, DataPack]] = {}
    for fid, fig in pack.figures.items():
        if fig.is_range:
            low, high = (replace(point, figures={**point.figures, fid: fig.with_values(v, v, v)})
                         for v in (fig.low, fig.high))
            swings[fid] = (low, high)
    cached = (point, swings)
    _swing_packs[key] = cached
    if len(_swing_packs) > _PACK_CACHE_LIMIT:
        _swing_packs.popitem(last=False)
    return cached


def outcome(scenario: Scenario, point_pack: DataPack, measured: tuple[str, ...] | None = None) -> Outcome:
    """Rank every plan at one point of the pack; measure `measured` (default: the winner)."""
    table = fit_table(scenario, point_pack)
    ranked = candidates(table, scenario, point_pack, CostBook(scenario, point_pack))
    plan = ranked[0].members
    measured = plan if measured is None else measured
    mine = next((c for c in ranked if c.members == measured), None)
    if mine is None:  # the measured plan cannot carry a hard need at this point
        return Outcome(plan, float("nan"), float("-inf"))
    best_other = max((c.score for c in ranked if c.members != measured), default=mine.score)
    return Outcome(plan, mine.total_likely, mine.score - best_other)


def sweep(scenario: Scenario, pack: DataPack) -> Generator[None, None, Sensitivity]:
    """The sensitivity, yielding after each figure so that a view can spread the work over events."""
    pack = pack.with_overrides(scenario.overrides)
    point, swing_packs = _point_and_swings(pack)
    base = outcome(scenario, point)
    swings = []
    for fid, (low, high) in swing_packs.items():
        yield
        swings.append(Swing(pack.figures[fid], outcome(scenario, low, base.plan),
                            outcome(scenario, high, base.plan)))
    swings.sort(key=lambda s: (-_finite(s.cost_swing), -_finite(s.fit_swing), s.figure.id))
    return Sensitivity(base, tuple(swings))


def _finite(value: float) -> float:
    return value if value == value and abs(value) != float("inf") else 0.0


def sensitivity(scenario: Scenario, pack: DataPack) -> Sensitivity:
    """Swing every range figure (with the scenario's overrides applied) low ↔ high."""
    steps = sweep(scenario, pack)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            result: Sensitivity = done.value
            return result
