"""The plan: which presences to run together, ranked by their scores (why this set rather than the next is said in
plan_reasons.py).

Every combination of eligible presences that carries each hard need is a candidate.
Its score is its coverage (fit.py) less a few points for every extra presence to run,
less points for the full-time staff its WeCom's chats take (_staff_penalties),
less a point or so for each doubling of its likely first-year cost over the cheapest plan's
(cost_points: within the budget a plan six times dearer must cover more than a hair better),
less points for each doubling of its likely first-year cost beyond the budget
(budget_points). The penalties never take a score below 0, so every plan reads on the
same 0–100 scale as every fit; the plans are ranked by their scores before that floor,
so the floor changes no ranking (where two plans both read 0, the one that lost fewer
points beyond 0 stays ahead). The highest score is the plan; equal scores go to the
plan cheaper over the horizon (its likely total, not its first year), then the smaller one.
"""

from __future__ import annotations

import itertools
import math
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import overload

import numpy as np

from wxdesk.engine.cost_terms import PlanCosts
from wxdesk.engine.costs import CostBook, chat_staff_hours
from wxdesk.engine.datapack import PRESENCES, DataPack, HashOnce
from wxdesk.engine.duties import kept_duties
from wxdesk.engine.fit import FitTable, can_meet, is_eligible
from wxdesk.engine.likely_costs import LikelyCosts
from wxdesk.engine.scenario import Scenario

# Scores closer than this count as equal, so that rounding noise never decides.
SAME_SCORE = 1e-6


@dataclass(frozen=True)
class Candidate:
    """One admissible plan as the ranking scored it."""

    members: tuple[str, ...]
    coverage: float
    presence_penalty: float
    budget_penalty: float
    staff_penalty: float  # the effort of the full-time staff its WeCom's chats take (_staff_penalties)
    cost_penalty: float  # its likely first year's doublings over the cheapest plan's (_cost_penalties)
    budget_covered: float  # share of the likely first-year cost the budget covers (1 = all)
    book: CostBook
    likely: LikelyCosts  # where its likely costs are found, when asked (at `place`)
    place: int
    # What its cost is weighed against: the cheapest of the ranked plans' likely first years (or the pack's
    # cost_points_from_cny where that is higher), and that plan's members (none where the pack's amount is higher).
    cost_from: float = 0.0
    cheapest: tuple[str, ...] = ()

    @property
    def costs(self) -> PlanCosts:
        return self.book.plan(self.members)

    @property
    def first_year_likely(self) -> float:
        """The likely first-year cost (at every figure's average: draws.py)."""
        return self.likely.first_year(self.place)

    @property
    def total_likely(self) -> float:
        """The likely cost over the horizon (at every figure's average)."""
        return self.likely.total(self.place)

    @cached_property
    def unfloored(self) -> float:
        """Coverage less every penalty in full: below 0 where the penalties outweigh the coverage."""
        return (self.coverage - self.presence_penalty - self.staff_penalty - self.cost_penalty
                - self.budget_penalty)

    @property
    def cost_times(self) -> float:
        """Its likely first year as a multiple of the amount its cost is weighed against (cost_from)."""
        return max(self.first_year_likely, self.cost_from) / self.cost_from if self.cost_from > 0 else 1.0

    @property
    def money_penalty(self) -> float:
        """The points its first-year cost takes: its doublings over the cheapest plan's, and beyond the budget."""
        return self.cost_penalty + self.budget_penalty

    @property
    def effort_penalty(self) -> float:
        """The points its effort takes: its presences beyond the first, and its WeCom's chats."""
        return self.presence_penalty + self.staff_penalty

    @cached_property
    def score(self) -> float:
        """The plan's score on the 0–100 scale: its penalties take it to 0 at most."""
        return max(0.0, self.unfloored)

    @classmethod
    def scored(cls, members: tuple[str, ...], coverage: float, presence_penalty: float, budget_penalty: float,
               staff_penalty: float, cost_penalty: float, budget_covered: float, book: CostBook,
               likely: LikelyCosts, place: int, cost_from: float, cheapest: tuple[str, ...]) -> Candidate:
        """The candidate of these fields, as Candidate(...) makes it, with its score found: a ranking builds a
        dozen at every slider move and reads their scores some fifty times, where a frozen dataclass sets each
        of its twelve fields through object.__setattr__ and the score was found anew at each reading."""
        made = object.__new__(cls)
        unfloored = coverage - presence_penalty - staff_penalty - cost_penalty - budget_penalty  # (as unfloored)
        made.__dict__.update(members=members, coverage=coverage, presence_penalty=presence_penalty,
                             budget_penalty=budget_penalty, staff_penalty=staff_penalty, cost_penalty=cost_penalty,
                             budget_covered=budget_covered, book=book, likely=likely, place=place,
                             cost_from=cost_from, cheapest=cheapest, unfloored=unfloored, score=max(0.0, unfloored))
        return made

    @property
    def floored(self) -> bool:
        """Whether the penalties in full would take the score below 0."""
        return self.unfloored < 0


def hard_needs(scenario: Scenario, pack: DataPack) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(needs some eligible presence can carry, needs none can): only the first are enforced."""
    eligible = [p for p in PRESENCES if is_eligible(p, scenario, pack)]
    meetable = tuple(n for n in scenario.needs if any(can_meet(p, n, scenario, pack) for p in eligible))
    return meetable, tuple(n for n in scenario.needs if n not in meetable)


def carries_needs(members: Sequence[str], needs: Sequence[str], scenario: Scenario, pack: DataPack) -> bool:
    return all(any(can_meet(m, n, scenario, pack) for m in members) for n in needs)


def score_plan(members: tuple[str, ...], table: FitTable, scenario: Scenario, pack: DataPack,
               book: CostBook, ranked: Ranking | None = None) -> Candidate:
    """A plan's candidate, scored as `ranked` scores its plans (the same floor for the budget's points, and the
    same cheapest plan to weigh its cost against)."""
    if ranked is None:
        return score_plans([members], table, scenario, pack, book)[0]
    return score_plans([members], table, scenario, pack, book, ranked.floor, ranked.cheapest)[0]


def score_plans(member_sets: Sequence[tuple[str, ...]], table: FitTable, scenario: Scenario, pack: DataPack,
                book: CostBook, floor: float | None = None,
                cheapest: tuple[float, tuple[str, ...]] | None = None) -> list[Candidate]:
    """Score many plans at once: every plan's likely costs found together instead of one plan at a time."""
    scores = _Scores(member_sets, table, scenario, pack, book, floor, cheapest=cheapest)
    scores.likely.prefetch(range(len(member_sets)))
    return [scores.candidate(i) for i in range(len(member_sets))]


# First years closer than this are the same cost (sums of the same parts in another order differ in their last bits).
TIED_YUAN = 0.5


class _Scores:
    """The figures that score each of some plans, as lists; a plan's Candidate is built when asked for."""

    def __init__(self, member_sets: Sequence[tuple[str, ...]], table: FitTable, scenario: Scenario,
                 pack: DataPack, book: CostBook, floor: float | None = None,
                 presence_penalties: list[float] | None = None,
                 cheapest: tuple[float, tuple[str, ...]] | None = None):
        """`presence_penalties`: each plan's, where the caller keeps them (PlanSets.presence_penalties);
        `cheapest`: the likely first year and members of the plan whose cost the others' is weighed against
        (else the cheapest of these plans)."""
        self.member_sets, self.book = member_sets, book
        key = member_sets if isinstance(member_sets, tuple) else tuple(member_sets)  # a HashOnce as it is
        self.likely = book.remember(("likely", key), lambda: LikelyCosts(member_sets, book))
        self._coverages = table.coverages(member_sets) if member_sets else np.zeros(0)
        self.coverages: list[float] = self._coverages.tolist()
        penalty, budget_points = pack.likely("extra_account_penalty"), pack.likely("budget_penalty_points")
        budget = scenario.budget_cny
        self.presence_penalties = (_presence_penalties(member_sets, penalty) if presence_penalties is None
                                   else presence_penalties)
        # The points for the staff, the cost and the budget each follow the costs at the audience (the likely costs'
        # own) and a few numbers only, each in the key it is kept under with the likely costs: a budget move finds
        # the first two kept, a session move all three (its table changes the coverages alone).
        likely = self.likely
        staff_points = pack.likely("staff_effort_points") * staff_count(scenario, pack)
        self.staff_penalties = likely.kept(("staff", staff_points),
                                           lambda: _staff_penalties(member_sets, book, staff_points))
        doublings_from = pack.likely("budget_doublings_from_cny")
        # (The budget's value, type and sign, and the floor's: 0.0 and -0.0 are equal but divide differently.)
        budget_key = ("budget", budget, type(budget), math.copysign(1.0, budget), floor,
                      None if floor is None else math.copysign(1.0, floor), budget_points, doublings_from)
        self.within, self.floor, self.covered, self.budget_penalties = likely.kept(
            budget_key, lambda: _budget_penalties(likely, budget, floor, budget_points, doublings_from))
        cost_key = ("cost", pack.likely("cost_points_per_doubling"), pack.likely("cost_points_from_cny"), cheapest)
        self.cost_penalties, self.cost_from, self.cheapest = likely.kept(
            cost_key, lambda: self._cost_penalties(pack, cheapest))
        if cheapest is None and self.cheapest:
            self.cheapest = self._best_of_the_cheapest()

    def _best_of_the_cheapest(self) -> tuple[str, ...]:
        """Of the plans whose likely first years tie for the least (to the yuan), the one ranked first: the one the
        cost line names. car_brand's Service Account + Official Account and Official Account + Mini Program both cost
        ¥1.02M; the line named the first, beside a budget line offering the second at that cost, and city_service's
        at 300k users named Official Account + Mini Program beside a Service Account shown first at the same cost.
        (Found here, not kept with the costs: the scores follow the fit table too, which a session move changes.)"""
        first_years = self.likely.first_years(range(len(self.member_sets)))
        least = min(first_years)
        tied = [j for j, first_year in enumerate(first_years) if first_year - least < TIED_YUAN]
        return tuple(self.member_sets[max(tied, key=lambda j: (self.score(j), -j))])

    def _cost_penalties(self, pack: DataPack, cheapest: tuple[float, tuple[str, ...]] | None
                        ) -> tuple[list[float], float, tuple[str, ...]]:
        """The points each plan loses for its cost: `cost_points_per_doubling` for each doubling of its likely
        first year over the cheapest plan's (over `cost_points_from_cny` where the cheapest costs less), with the
        amount weighed against and the cheapest plan's members.

        Within the budget, cost took no points, so a plan six times dearer won on a hair more coverage (300
        users wanting 30 messages a month: an Official Account + Mini Program at ¥389k against a Mini Program +
        WeCom at ¥105k, 0.9 points behind). Weighed in doublings, as the budget's points are: the step from
        ¥100k to ¥200k weighs as much as from ¥10M to ¥20M."""
        count = len(self.member_sets)
        points = pack.likely("cost_points_per_doubling")
        if not count:
            return [], 0.0, ()
        first_years = self.likely.first_years(range(count))
        if cheapest is None:
            i = min(range(count), key=first_years.__getitem__)
            cheapest = (first_years[i], self.member_sets[i])
        cost_from = max(cheapest[0], pack.likely("cost_points_from_cny"), 1.0)
        # The cheapest plan is named only where its own first year is what the others are weighed against.
        members = cheapest[1] if cheapest[0] >= cost_from else ()
        if not points > 0:
            return [0.0] * count, cost_from, members
        log2, base = math.log2, math.log2(cost_from)
        return ([points * (log2(first_year) - base) if first_year > cost_from else 0.0 for first_year in first_years],
                cost_from, members)

    def unfloored(self) -> np.ndarray:
        """Every plan's score before its floor at 0 (Candidate.unfloored, the same subtractions in the same
        order, element by element)."""
        unfloored: np.ndarray = (self._coverages - np.array(self.presence_penalties, dtype=float)
                                 - np.array(self.staff_penalties, dtype=float)
                                 - np.array(self.cost_penalties, dtype=float)
                                 - np.array(self.budget_penalties, dtype=float))
        return unfloored

    def score(self, i: int) -> float:
        """Candidate.unfloored, from the same numbers in the same order: the ranking's key, so that the
        floor at 0 changes no ranking (of two plans both at 0, the one that lost fewer points beyond it
        stays ahead)."""
        score: float = (self.coverages[i] - self.presence_penalties[i] - self.staff_penalties[i]
                        - self.cost_penalties[i] - self.budget_penalties[i])
        return score

    def candidate(self, i: int) -> Candidate:
        return Candidate.scored(
            members=self.member_sets[i],
            coverage=self.coverages[i],
            presence_penalty=self.presence_penalties[i],
            budget_penalty=self.budget_penalties[i],
            staff_penalty=self.staff_penalties[i],
            cost_penalty=self.cost_penalties[i],
            budget_covered=self.covered[i],
            book=self.book,
            likely=self.likely,
            place=i,
            cost_from=self.cost_from,
            cheapest=self.cheapest,
        )


def _budget_penalties(likely: LikelyCosts, budget: float, floor: float | None, budget_points: float,
                      doublings_from: float) -> tuple[list[bool], float, list[float], list[float]]:
    """(whether the budget covers each plan's likely first year, the floor of the budget's points, the
    share of each plan's first year the budget covers, the points each loses for it): see budget_doublings."""
    # Where the budget covers the likely first year the share is 1.
    within = likely.within(budget)
    short = _places_short(within)
    first_years = likely.first_years(short)
    count = len(within)
    # Below the cheapest of these plans' first years the budget's points grow in a straight line
    # (budget_doublings). Where some plan is within the budget, the budget is at or above it and
    # the line is never reached; a plan scored on its own takes its ranking's floor.
    if floor is None:
        floor = budget if len(short) < count else min(first_years, default=budget)
    floor = max(floor, doublings_from)
    at_budget = _budget_curve(budget, floor)  # the same for every plan: found once
    covered, penalties = [1.0] * count, [0.0] * count
    # The share the budget covers and _doublings_beyond for each plan short of it, with _budget_curve
    # written out in the same operations: a ranking asks for dozens at every slider move, and the
    # calls cost more than the sums (test_likely_costs compares them with budget_doublings). min(1.0, x)
    # and max(0.0, x) written as the comparisons they make (the first argument where x is not below,
    # or above, it), without the calls.
    curve_floor = max(floor, 1.0)
    log2, log_floor, slope = math.log2, math.log2(curve_floor), curve_floor * math.log(2)
    for i, first_year in zip(short, first_years, strict=True):
        share = budget / first_year if first_year > 0 else 1.0
        covered[i] = share if share < 1.0 else 1.0
        beyond = (log2(first_year) if first_year >= curve_floor
                  else log_floor - (curve_floor - first_year) / slope) - at_budget
        penalties[i] = budget_points * (beyond if beyond > 0.0 else 0.0)
    return within, floor, covered, penalties


def _places_short(within: Sequence[bool]) -> list[int]:
    """The places of the plans the budget does not cover: [i for i, covered in enumerate(within) if not
    covered], in Python's own loops rather than the interpreter's (a ranking has sixty-odd plans)."""
    return list(itertools.compress(itertools.count(), map(operator.not_, within)))


def _presence_penalties(member_sets: Sequence[tuple[str, ...]], penalty: float) -> list[float]:
    """The points each plan loses for every presence beyond the first."""
    return [penalty * max(0, len(members) - 1) for members in member_sets]


def _staff_penalties(member_sets: Sequence[tuple[str, ...]], book: CostBook, points: float) -> list[float]:
    """The points each plan loses for the full-time staff its WeCom's chats take (costs.chat_staff_hours), at
    `staff_effort_points` each (`points`: the scenario's staff_count of them): the cost of that staff counted only
    against the budget, WeCom alone stayed the plan at 19 full-time staff taking an overseas brand's orders by
    chat, where a Mini Program beside it would take them by itself."""
    count = len(member_sets)
    if not points > 0:  # (none counted, or an audience of none)
        return [0.0] * count
    return list(map([0.0, points].__getitem__, book.chatting(member_sets)))  # (each plan's True or False)


def staff_count(scenario: Scenario, pack: DataPack) -> float:
    """The full-time staff a plan's WeCom chats take, where it serves, sells or takes payments by them."""
    return chat_staff_hours(scenario, pack) / pack.likely("staff_hours_per_month")


def budget_doublings(budget: float, first_year: float, cheapest: float) -> float:
    """How many times the likely first-year cost doubles beyond the budget: log2(cost / budget).

    The plan's score loses `budget_penalty_points` for each doubling. Because the points
    follow the difference of one rising curve at the cost and at the budget, a lower
    budget widens the gap between a dearer and a cheaper plan and never narrows it: a
    smaller budget never makes the plan dearer. (Points in proportion to the share not
    covered stop growing once no plan is affordable, and then a far dearer plan could win.)
    Below `cheapest`, the cheapest plan's likely first year or the pack's
    budget_doublings_from_cny where that is higher (not the budget: it must not follow
    the budget), the curve goes on as a straight line, its tangent there, so that a budget
    of ¥0 costs a finite number of points (1.44 doublings for a plan at `cheapest`).
    """
    return _doublings_beyond(_budget_curve(budget, cheapest), first_year, cheapest)


def _doublings_beyond(at_budget: float, first_year: float, cheapest: float) -> float:
    """budget_doublings, from the budget's point on the curve (`_budget_curve(budget, cheapest)`): the
    ranking finds it once for all its plans."""
    return max(0.0, _budget_curve(first_year, cheapest) - at_budget)


def _budget_curve(amount: float, cheapest: float) -> float:
    """log2(amount) from `cheapest` up; below it, the tangent there (rising, and finite at 0)."""
    floor = max(cheapest, 1.0)
    if amount >= floor:
        return math.log2(amount)
    return math.log2(floor) - (floor - amount) / (floor * math.log(2))


@dataclass(frozen=True)
class PlanSets:
    """The plans worth ranking for a scenario, found once for every audience (none of it follows it)."""

    needs: tuple[str, ...]  # the hard needs: those some eligible presence can carry
    unmet: tuple[str, ...]  # the needs no eligible presence can carry
    # Every combination of eligible presences that carries each hard need: by size, then in
    # PRESENCES order, so a plan's place here is the last of the ranking's tie-breaks.
    sets: tuple[tuple[str, ...], ...]
    # The points each plan loses for its presences beyond the first, by the pack's penalty: the same
    # at every audience, session length and budget, so found once (one entry: a basis has one pack).
    _penalties: dict[float, list[float]] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def places(self) -> dict[tuple[str, ...], int]:
        """Each plan's place in `sets`, for finding a ranked plan by its members."""
        return {members: i for i, members in enumerate(self.sets)}

    def presence_penalties(self, penalty: float) -> list[float]:
        found = self._penalties.get(penalty)
        if found is None:
            self._penalties.clear()  # bounded: the pack's one penalty, or the last one asked for
            found = self._penalties[penalty] = _presence_penalties(self.sets, penalty)
        return found


def plan_sets(scenario: Scenario, pack: DataPack) -> PlanSets:
    eligible = [p for p in PRESENCES if is_eligible(p, scenario, pack)]
    needs, unmet = hard_needs(scenario, pack)
    # Which of the hard needs each presence can meet, asked once rather than once per plan.
    meets = {p: {n for n in needs if can_meet(p, n, scenario, pack)} for p in eligible}
    # A key of the memos every audience move looks in (the likely costs', the coverages', the cost rows'):
    # its hash found once, where Python hashed its sixty-odd plans again at each look-up (some 5 µs).
    sets = HashOnce(members for size in range(1, len(eligible) + 1)
                    for members in itertools.combinations(eligible, size)
                    if len(set().union(*(meets[m] for m in members))) == len(set(needs)))
    return PlanSets(needs, unmet, sets)


class Ranking(Sequence[Candidate]):
    """Every admissible plan, best first: the highest score, then the cheaper over the horizon,
    then the smaller, then the earlier in PRESENCES order.

    An evaluation reads only a few ranked plans (the plan, its alternatives, the plans it
    is compared with), so a plan's Candidate is built when read rather than all sixty
    on every slider move.
    """

    def __init__(self, sets: PlanSets, table: FitTable, scenario: Scenario, pack: DataPack, book: CostBook):
        self.sets = sets
        self._scores = scores = _Scores(sets.sets, table, scenario, pack, book,
                                        presence_penalties=sets.presence_penalties(pack.likely("extra_account_penalty")))
        self.floor = scores.floor  # where the budget's points turn from doublings to a straight line
        # The plan whose likely first year every plan's cost is weighed against, and that first year.
        self.cheapest = (scores.cost_from, scores.cheapest)
        self._built: dict[int, Candidate] = {}
        self._place = sets.places
        # Scores closer than SAME_SCORE count as equal; then the cheaper over the horizon comes
        # first, then the earlier in `sets` (the smaller, then the earlier in PRESENCES order).
        # Only plans that tie on score need their horizon total, and only where they are read: the
        # order is settled by score here, and a run of tied plans is put in order by their totals when
        # a place in it is first asked for (_settle). An evaluation reads the first few places.
        # The runs of tied plans (first place, place after the last) not yet put in order, best last.
        self._ties: list[tuple[int, int]] = []
        self._order: list[int]
        # How many places from the first are in their final order: all but from the first run of tied plans
        # not yet put in order.
        self._settled = 0
        unfloored = scores.unfloored()
        if not np.isfinite(unfloored).all():
            self._order = self._ordered_in_full()
            self._settled = len(self._order)
            return
        # -round(score / SAME_SCORE) * SAME_SCORE, as Python's round (to even) gives it, element by
        # element; only the sign of a zero can differ, and -0.0 equals 0.0 in every comparison below.
        rounded = -np.rint(unfloored / SAME_SCORE) * SAME_SCORE
        order = rounded.argsort(kind="stable")  # equal scores stay in `sets` order
        in_order = rounded[order]
        self._order = order.tolist()
        self._settled = len(self._order)
        apart = in_order[1:] != in_order[:-1]
        if apart.all():  # no two scores alike (most rankings): no run of tied plans to look for
            return
        edges = [0, *(apart.nonzero()[0] + 1).tolist(), len(order)]  # np.flatnonzero's
        self._ties = [(a, b) for a, b in zip(edges, edges[1:]) if b - a > 1][::-1]
        self._settled = self._ties[-1][0] if self._ties else len(self._order)

    def _ordered_in_full(self) -> list[int]:
        """The whole order, every tie settled at once, where a score is not a finite number (Python's
        round then fails as it always has)."""
        scores = self._scores
        rounded = [-round(scores.score(i) / SAME_SCORE) * SAME_SCORE for i in range(len(self.sets.sets))]
        tied = [i for i, count in enumerate(map(Counter(rounded).__getitem__, rounded)) if count > 1]
        totals = dict(zip(tied, scores.likely.totals(tied), strict=True))
        keys = [(score, totals.get(i, 0.0), i) for i, score in enumerate(rounded)]
        return sorted(range(len(keys)), key=keys.__getitem__)

    def _settle(self, places: int) -> None:
        """Put the first `places` places in their final order: the runs of tied plans that reach into
        them, by horizon total (then by place in `sets`), their totals found together."""
        ties = self._ties
        if not ties or ties[-1][0] >= places:
            return
        runs = []
        while ties and ties[-1][0] < places:
            runs.append(ties.pop())
        order = self._order
        tied = [i for a, b in runs for i in order[a:b]]
        totals = dict(zip(tied, self._scores.likely.totals(tied), strict=True))
        for a, b in runs:
            order[a:b] = sorted(order[a:b], key=lambda i: (totals[i], i))
        self._settled = ties[-1][0] if ties else len(order)

    def prefetch(self, places: int, totals: Sequence[Candidate] = (),
                 first_read: Callable[[], Iterable[Candidate]] | None = None) -> None:
        """Find together the likely costs of every plan the first `places` places may hold, and the likely
        totals of the plans `totals`: for an evaluation that reads both (the plans shown, the swaps named).

        `first_read()`: more plans whose totals the evaluation reads, asked for only where no evaluation has
        read these likely costs before (the first at an audience). A budget or session move at an audience
        already met finds nearly all it reads known, and walking the ranking for them took longer than the few
        it finds one at a time."""
        likely = self._scores.likely
        if first_read is not None:
            if not likely.read:
                totals = [*totals, *first_read()]
            likely.read = True
        likely.prefetch(self._reaching(places), [c.place for c in totals])

    def _reaching(self, places: int) -> list[int]:
        """The plans the first `places` places may hold once settled: those there now, and the runs of tied
        plans not yet put in order that reach into them."""
        order = self._order
        reaching = order[:places]
        for a, b in self._ties:
            if a < places < b:
                reaching = reaching + order[places:b]
        return reaching

    def _candidate(self, i: int) -> Candidate:
        found = self._built.get(i)
        if found is None:
            found = self._built[i] = self._scores.candidate(i)
        return found

    def __len__(self) -> int:
        return len(self._order)

    @overload
    def __getitem__(self, rank: int) -> Candidate: ...

    @overload
    def __getitem__(self, rank: slice) -> list[Candidate]: ...

    def __getitem__(self, rank: int | slice) -> Candidate | list[Candidate]:
        if type(rank) is int and 0 <= rank < self._settled:
            # A place already in its final order, its plan most often built: an evaluation reads the first
            # few places some fifty times.
            i = self._order[rank]
            return self._built.get(i) or self._candidate(i)
        count = len(self._order)
        if isinstance(rank, slice):
            start, stop, step = rank.indices(count)
            upto = stop if step == 1 else count
            # The likely costs of every plan these places may hold, together: the places before `upto` and the
            # runs of tied plans that reach into them (ordered by their totals), rather than the runs' totals
            # first and then the places' likely costs. Settling only reorders those, so the places asked for are
            # among them.
            self.prefetch(upto)
            self._settle(upto)
            return [self._candidate(i) for i in self._order[rank]]
        self._settle(rank + 1 if rank >= 0 else count)
        return self._candidate(self._order[rank])

    def get(self, members: tuple[str, ...]) -> Candidate | None:
        """The ranked plan of exactly these members, if it is admissible."""
        i = self._place.get(members)
        return None if i is None else self._candidate(i)

    def first_within(self, budget: float, keep: Callable[[Candidate], bool] | None = None) -> Candidate | None:
        """The best plan whose likely first-year cost the budget covers (and that `keep` keeps, where given)."""
        within = self._scores.likely.within(budget)
        if not any(within):
            # No plan within the budget (a budget below every plan's first year): none to find, in whatever
            # order the ranking settles, so no tied run is put in order for it.
            return None
        for rank in range(len(self._order)):
            self._settle(rank + 1)
            i = self._order[rank]
            if within[i] and (keep is None or keep(self._candidate(i))):
                return self._candidate(i)
        return None


def candidates(table: FitTable, scenario: Scenario, pack: DataPack, book: CostBook) -> list[Candidate]:
    """Every admissible plan, best first."""
    ranked = ranking(table, scenario, pack, book)
    return ranked[:]


class _KeptRanking:
    """The last ranking made at one audience, with the fit table and the budget it was made for."""

    def __init__(self) -> None:
        self.table: FitTable | None = None
        self.budget: tuple[object, ...] = ()
        self.ranking: Ranking | None = None


# How many next best plans every view shows beside the plan.
ALTERNATIVES = 2


def pads(alt: Candidate, base: Candidate, table: FitTable, scenario: Scenario, pack: DataPack) -> bool:
    """Whether `alt` is `base` with presences added that would have no job in it and cost no less (next_best)."""
    return _idle_added(alt, base, table, scenario, pack) and alt.total_likely >= base.total_likely


def _idle_added(alt: Candidate, base: Candidate, table: FitTable, scenario: Scenario, pack: DataPack) -> bool:
    """Whether `alt` is `base` with presences added that would have no job in it (whatever they cost): from the
    plans' roles alone, so kept with the table's basis (next_best asks it of a dozen pairs at every move)."""
    key = ("idle added", alt.members, base.members)
    found = table.basis.kept.get(key)
    if found is None:
        found = table.basis.kept[key] = _find_idle_added(alt.members, base.members, table, scenario, pack)
    return found


def _find_idle_added(alt: tuple[str, ...], base: tuple[str, ...], table: FitTable, scenario: Scenario,
                     pack: DataPack) -> bool:
    if not set(base) < set(alt):
        return False
    roles = kept_duties(alt, table, scenario, pack)
    return not any(roles.get(m) for m in alt if m not in base)


def next_best_reads(ranked: Ranking, table: FitTable, scenario: Scenario, pack: DataPack,
                    count: int = ALTERNATIVES) -> list[Candidate]:
    """Plans whose likely totals next_best and the cards it gives read, for finding them in one sort with the
    others an evaluation reads: the plan, and the ranking after it up to the `count`-th plan that is neither the
    plan nor a plan counted before it with idle presences added. next_best weighs each such padded plan by its
    total against the plan it pads (the plan, or a plan it shows); each other plan there it either weighs as
    padding another by its total, or shows, and a card shown says its total against the plan's (why_not). Where
    a padded plan costs less than the plan it pads (a real choice, which it shows), it may stop sooner, and the
    last few totals here are found for nothing. One at a time, each total took a sort and a few array operations
    of its own: five or so at every audience move; counted against the plan alone, the plans next_best read on
    to past one that padded a plan it shows (one audience move in three of the examples' drags)."""
    if not len(ranked):
        return []
    best = ranked[0]
    reads, plain = [best], [best]
    for rank in range(1, len(ranked)):
        alt = ranked[rank]
        reads.append(alt)
        # As next_best weighs it against the plan and the plans it shows: a plan that is another plain one with
        # idle presences added may be padding it (next_best then reads on, where each total it found beyond these
        # took a sort of its own: a third of the audience moves of the examples' drags).
        if not any(_idle_added(alt, base, table, scenario, pack) for base in plain):
            plain.append(alt)
            if len(plain) > count:
                break
    return reads


def next_best(ranked: Ranking, table: FitTable, scenario: Scenario, pack: DataPack,
              count: int = ALTERNATIVES) -> list[Candidate]:
    """The next best plans a client is shown (and the one the plan's lead is measured against), best first: the
    ranking after the plan, without the plan itself with presences added that would have no job in it and cost
    no less. Such a plan scores the extra presences' effort below the plan and changes nothing else, so as "the
    next best" it showed a client no alternative: in five of the nine examples both cards under the plan were
    the plan plus a presence "which would have no job in it" (city_service, yoga_teacher, factory_staff).
    One that is cheaper (a WeChat presence as the cheaper way in for users won through ads) is a real choice.
    Where fewer than `count` plans are left, the padded ones fill the places, in ranked order: fitness_coaching's
    heart-rate app is in every plan that can carry its needs, and a card saying that an Official Account beside it
    would have nothing to do answers the client's question better than no card."""
    if not len(ranked):
        return []
    found: list[int] = []
    padded: list[int] = []
    for rank in range(1, len(ranked)):
        alt = ranked[rank]
        # Padded against the plan, or against a plan already chosen to be shown (yoga_teacher's third card was her next
        # best, the Official Account, with a Channels that would have nothing to do: the same card again).
        if any(pads(alt, ranked[shown], table, scenario, pack) for shown in (0, *found)):
            padded.append(rank)
            continue
        found.append(rank)
        if len(found) == count:
            break
    return [ranked[rank] for rank in sorted(found + padded[:count - len(found)])]


def ranking(table: FitTable, scenario: Scenario, pack: DataPack, book: CostBook) -> Ranking:
    """Every admissible plan, best first; the plans worth ranking are kept for other audiences.

    A ranking reads the scenario only through the fit table at its audience and session length
    (which holds the plans worth ranking), the budget, and the cost parts and pack figures that
    choose the book's store: the last one made at an audience is kept with the costs there, so a
    drag back over an audience, or a move of a slider that changes no fit and no budget, finds it.
    The table is the very object the ranking was made from (a fit basis keeps its tables).
    """
    kept = book.remember(("ranking",), _KeptRanking)
    budget = scenario.budget_cny
    # The budget's value, type and sign (0.0 and -0.0 are equal but divide differently).
    key = (budget, type(budget), math.copysign(1.0, budget))
    if kept.ranking is not None and kept.table is table and kept.budget == key:
        return kept.ranking
    sets = table.basis.keep(("plan sets",), lambda: plan_sets(scenario, pack))
    ranked = Ranking(sets, table, scenario, pack, book)
    kept.table, kept.budget, kept.ranking = table, key, ranked
    return ranked
