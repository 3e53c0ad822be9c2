"""Which assumptions matter: one-at-a-time swings of every estimated figure.

Every figure with a low–high range is held at its low and then at its high while all
other figures keep their whole ranges, and the plans are ranked again exactly as
evaluate() ranks them (the same sampled runs, the same likely costs). So the sweep starts
from the answer itself: its base is the evaluation's plan and that plan's likely cost,
the very figure the headline states. Two measures come out, each named on the chart it
feeds:
- the plan's likely cost over the horizon (at every figure's average), and
- the plan's lead: its score minus the best other plan's score. A lead below zero
  means another plan wins at that end of the figure's range (the swing flips the plan).

Every figure keeps its own stream of samples (sampling.py), so holding one figure
changes no other figure's draws: a swing moves the likely cost by that figure alone.
A held pack takes the others' draws from the pack's own, without drawing them again.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass

from wxdesk.engine.costs import CostBook
from wxdesk.engine.datapack import DataPack, Figure
from wxdesk.engine.fit import FitTable, fit_table
from wxdesk.engine.plans import Ranking, next_best, ranking
from wxdesk.engine.sampling import hold_figure
from wxdesk.engine.scenario import Scenario


@dataclass(frozen=True)
class Outcome:
    """The ranking at one point of the data pack, seen from one plan."""

    plan: tuple[str, ...]  # the plan that wins at this point
    cost: float  # the measured plan's likely cost over the horizon (as evaluate() states it)
    lead: float  # the measured plan's score minus the best other plan's score

    @property
    def winner(self) -> tuple[str, ...]:
        return self.plan


@dataclass(frozen=True)
class Swing:
    """One figure held at its low and at its high, every other figure over its whole range."""

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


def _ranking(scenario: Scenario, pack: DataPack, book: CostBook) -> tuple[FitTable, Ranking]:
    """The plans ranked exactly as evaluate() ranks them for this (overridden) pack, with the fit table."""
    table = fit_table(scenario, pack)
    return table, ranking(table, scenario, pack, book)


def outcome(scenario: Scenario, pack: DataPack, measured: tuple[str, ...] | None = None,
            shared: bool = True) -> Outcome:
    """Rank every plan with `pack`; measure `measured` (default: the winner).

    `shared=False` ranks on cost parts of its own, kept by nothing and emptied once the outcome is
    found (CostBook): for a pack used once."""
    book = CostBook(scenario, pack, shared)
    try:
        table, ranked = _ranking(scenario, pack, book)
        return _outcome(ranked, measured, table, scenario, pack)
    finally:
        book.release()


def _outcome(ranked: Ranking, measured: tuple[str, ...] | None, table: FitTable, scenario: Scenario,
             pack: DataPack) -> Outcome:
    plan = ranked[0].members
    measured = plan if measured is None else measured
    mine = ranked.get(measured)
    if mine is None:  # the measured plan cannot carry a hard need with this pack
        return Outcome(plan, float("nan"), float("-inf"))
    if plan == measured:  # its lead over the next best plan the evaluation shows (the first of those it shows: a
        # padded plan filling a place may rank above the one real alternative left)
        shown = next_best(ranked, table, scenario, pack)
        best_other = shown[0].score if shown else mine.score
    else:
        best_other = ranked[0].score
    return Outcome(plan, mine.total_likely, mine.score - best_other)


def base_outcome(scenario: Scenario, pack: DataPack) -> Outcome:
    """Where every swing starts: the evaluation's plan and its likely cost, with every figure over its range."""
    return outcome(scenario, pack.with_overrides(scenario.overrides))


def sweep(scenario: Scenario, pack: DataPack) -> Generator[None, None, Sensitivity]:
    """The sensitivity, yielding after each ranking so that a view can spread the work over events."""
    base = base_outcome(scenario, pack)  # its samples are drawn here, and the held packs share them
    pack = pack.with_overrides(scenario.overrides)
    swings = []
    for fid, fig in pack.figures.items():
        if not fig.is_range:
            continue
        # Each held pack is ranked once a sweep, on parts of its own: in the stores kept, its seventy-odd
        # held packs let go of the window's own parts at every sweep, and the window's next slider move,
        # made during a drag between the sweep's slices, started again from nothing (five times the time).
        yield
        at_low = outcome(scenario, hold_figure(pack, fid, fig.low), base.plan, shared=False)
        yield
        at_high = outcome(scenario, hold_figure(pack, fid, fig.high), base.plan, shared=False)
        swings.append(Swing(fig, at_low, at_high))
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
