"""How a scenario's answer moved since an older data pack: the older pack put back together
from the changelog, the scenario answered with both, and each move put down to its change.

The pack does not carry its older versions; its changelog does carry, for each change
that moved a value the engine reasons from, the value before and after
(wxdesk.engine.changelog). Undoing the changes made after a day, newest first, gives
the pack as it was on that day. A change that brought in a presence (Channels) is
undone by making that presence one no business may register: the older pack had no such
presence, so no older plan could hold it and no older panel gave it a fit.

Each move is put down to a change by answering once more with that change alone undone
(every other change kept): a handful of evaluations. A change whose value a later change
moved again has nothing of its own left to undo. Changes that record no older value (a
new fact on a panel, the launch timeline's weeks) cannot be compared and are listed as such.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from wxdesk.engine.changelog import (Change, as_day, changes_since, changes_since_saved, changes_touching,
                                     load_changelog)
from wxdesk.engine.datapack import PRESENCES, DataPack, parse_loose_date
from wxdesk.engine.evaluator import Evaluation, evaluate
from wxdesk.engine.pack_values import Value, with_values
from wxdesk.engine.scenario import Scenario


@dataclass(frozen=True)
class FitMove:
    """A presence whose fit moved, in whole points as every view shows a fit."""

    presence: str
    before: int
    after: int

    @property
    def rose(self) -> bool:
        return self.after > self.before


@dataclass(frozen=True)
class NewPresence:
    """A presence the older pack did not have: its fit now, and whether the plan holds it now."""

    presence: str
    fit: int
    in_plan: bool


@dataclass(frozen=True)
class Movement:
    """How an older answer became a newer one."""

    plan_before: tuple[str, ...]
    plan_after: tuple[str, ...]
    fits: tuple[FitMove, ...]          # presences of both packs whose fit moved, in PRESENCES order
    cost_before: float                 # the plan's likely cost over the horizon, CNY
    cost_after: float
    horizon_years: int
    # Presences the older pack did not have that this scenario may register now.
    added: tuple[NewPresence, ...] = ()

    @property
    def plan_changed(self) -> bool:
        return self.plan_before != self.plan_after

    @property
    def cost_changed(self) -> bool:
        return round(self.cost_before) != round(self.cost_after)

    def to_dict(self) -> dict[str, Any]:
        """Ids and numbers as the JSON of `wxdesk changes FILE --json` carries them (fits as shown)."""
        return {
            "plan_before": list(self.plan_before),
            "plan_after": list(self.plan_after),
            "fits": [{"presence": f.presence, "before": f.before, "after": f.after} for f in self.fits],
            "cost_cny": {"before": round(self.cost_before), "after": round(self.cost_after)},
            "horizon_years": self.horizon_years,
            "added": [{"presence": a.presence, "fit": a.fit, "in_plan": a.in_plan} for a in self.added],
            "moved": self.moved,
        }

    @property
    def moved(self) -> bool:
        """Whether the answer moved: its plan, its cost or a fit. A new presence that stays out of
        the plan is news, not a move: the plan, its cost and every other fit are as they were."""
        return self.plan_changed or self.cost_changed or bool(self.fits) or any(a.in_plan for a in self.added)


@dataclass(frozen=True)
class ChangeEffect:
    """What one change did to this scenario's answer: the answer with it undone → the answer now."""

    change: Change
    movement: Movement


@dataclass(frozen=True)
class AnswerMoved:
    """The scenario's answer with the pack of `since` and with this pack, and which change moved what."""

    since: str
    released: str
    overall: Movement
    effects: tuple[ChangeEffect, ...]     # one per change since that recorded what it moved
    not_compared: tuple[Change, ...]      # changes since that recorded no older value
    # Whether a pack was released on `since` (a changelog date or this pack's): else the older pack is the
    # one as it stood that day, and is said so ("rather than 1 November 2026" named a pack that never was).
    since_released: bool = True

    def effect(self, change: Change) -> Movement | None:
        return next((e.movement for e in self.effects if e.change == change), None)

    @property
    def plan_moved_by(self) -> tuple[Change, ...]:
        """The changes that alone change the plan (none: the changes did it only together)."""
        return tuple(e.change for e in self.effects if e.movement.plan_changed)


# ---------------------------------------------------------------- the older pack

def _undo_values(changes: Sequence[Change]) -> dict[str, Value]:
    """{key: value before the oldest of these changes}, presences brought in made unregistrable."""
    values: dict[str, Value] = {}
    # Newest first, and within one release last listed first: the changelog's order backwards
    # (sorted(reverse=True) would keep one release's changes in their listed order).
    chronological = sorted(changes, key=lambda c: c.day)
    for change in chronological[::-1]:
        for moved in reversed(change.values):
            values[moved.key] = moved.before  # an older change's `before` overwrites a newer one's
        for presence in change.adds:
            # No kind of business may register it: no plan holds it, its fit is 0.
            values[f"eligibility.{presence}"] = ()
    return values


def undone(pack: DataPack, changes: Sequence[Change]) -> DataPack:
    """The pack with these changes undone (every other value as it is)."""
    return with_values(pack, _undo_values(changes))


def pack_as_of(pack: DataPack, day: dt.date | str, changes: Sequence[Change] | None = None) -> DataPack:
    """The pack as it was released on `day`: every change made after it undone.

    `changes`: the pack's changelog (read from the pack's file when None).
    """
    since = changes_since(day, load_changelog(pack) if changes is None else changes)
    released = day if isinstance(day, str) else day.isoformat()
    return replace(undone(pack, since), released=released)


def _alone(change: Change, later: Sequence[Change]) -> Change:
    """The change with only what a later change did not move again (the rest is not its own now)."""
    moved_later = {v.key for c in later for v in c.values}
    return replace(change, values=tuple(v for v in change.values if v.key not in moved_later))


# ---------------------------------------------------------------- the two answers

def movement(older: Evaluation, newer: Evaluation, added: Sequence[str] = ()) -> Movement:
    """How the older answer became the newer; `added`: presences the older pack did not have."""
    fits = []
    for presence in PRESENCES:
        if presence in added:
            continue
        before, after = round(older.presence(presence).fit), round(newer.presence(presence).fit)
        if before != after:
            fits.append(FitMove(presence, before, after))
    return Movement(
        plan_before=older.plan.presences,
        plan_after=newer.plan.presences,
        fits=tuple(fits),
        cost_before=older.plan.total.likely,
        cost_after=newer.plan.total.likely,
        horizon_years=newer.scenario.horizon_years,
        added=tuple(NewPresence(p, round(newer.presence(p).fit), p in newer.plan.presences)
                    for p in PRESENCES if p in added and newer.presence(p).eligible),
    )


def answer_moved(scenario: Scenario, pack: DataPack, since: dt.date | str, changes: Sequence[Change] | None = None,
                 today: dt.date | None = None, current: Evaluation | None = None) -> AnswerMoved:
    """The scenario answered with the pack of `since` and with `pack`, and what each change moved.

    `current`: the scenario's evaluation with `pack`, when the caller has it already.
    Raises ValueError when `since` is not a day, and what evaluate() raises.
    """
    today = today or dt.date.today()
    every_change = load_changelog(pack) if changes is None else changes
    newer_changes = changes_since(since, every_change)
    comparable = [c for c in newer_changes if c.comparable]
    now = current if current is not None and current.scenario == scenario else evaluate(scenario, pack, today)
    added = tuple(dict.fromkeys(p for c in comparable for p in c.adds))
    then = evaluate(scenario, undone(pack, comparable), today) if comparable else now
    effects = []
    for i, change in enumerate(comparable):
        alone = _alone(change, comparable[i + 1:])
        before = evaluate(scenario, undone(pack, [alone]), today) if alone.comparable else now
        effects.append(ChangeEffect(change, movement(before, now, alone.adds)))
    return AnswerMoved(
        since=since if isinstance(since, str) else since.isoformat(),
        released=pack.released,
        overall=movement(then, now, added),
        effects=tuple(effects),
        not_compared=tuple(c for c in newer_changes if not c.comparable),
        since_released=as_day(since) in {c.day for c in every_change} | {parse_loose_date(pack.released)},
    )


def moved_since_saved(scenario: Scenario, pack: DataPack, today: dt.date | None = None,
                      current: Evaluation | None = None) -> AnswerMoved | None:
    """How the answer moved since the older pack the scenario was saved with (None: not saved with an older one)."""
    saved = parse_loose_date(scenario.saved_with_pack or "")
    released = parse_loose_date(pack.released)
    if saved is None or released is None or saved >= released:
        return None
    return answer_moved(scenario, pack, saved, today=today, current=current)


def changes_to_tell(scenario: Scenario, pack: DataPack, presences: Sequence[str],
                    moved: AnswerMoved | None) -> tuple[Change, ...]:
    """The changes since the older pack that touch the scenario: those that concern its goals,
    needs, entity, overrides or plan, and any other that moved its answer all the same.

    Since `moved.since`, or since the pack the scenario was saved with when `moved` is None.
    In the changelog's order.
    """
    if moved is None:
        return changes_since_saved(scenario, pack, presences)
    everything = load_changelog(pack)
    touching = set(changes_touching(scenario, moved.since, everything, presences))
    movers = {e.change for e in moved.effects if e.movement.moved}
    # The change that brought in a presence the answer names as new ("Channels is new, with a fit of 46"), so
    # that the headline's news is listed under it even where the scenario has none of the change's goals.
    new = {a.presence for a in moved.overall.added}
    bringers = {c for c in everything if new.intersection(c.adds)}
    return tuple(c for c in changes_since(moved.since, everything) if c in touching or c in movers or c in bringers)
