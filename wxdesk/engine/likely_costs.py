"""Each plan's likely first-year cost and likely cost over the horizon (medians of its samples),
found only where a ranking needs them.

Sorting every plan's samples for its medians is most of an audience move's time. Every plan's
first year enters its score (its cost, in doublings over the cheapest plan's: plans._cost_penalties),
so the first years are found for every plan at once, from the rows the budget is compared with,
in place. Three shortcuts, none of which changes a figure:
- Whether the budget covers a plan's likely first year is known without its median where more
  than half the samples are within the budget (the median is then within it too: the middle
  sample, or the mean of the two middle ones, which rounding cannot lift above both).
  Whether more than half are within the budget is whether the sample just past the middle
  (the k-th smallest, k = half the samples + 1) is: finding the medians puts that one sample per
  plan in its place, and it is kept, so each further budget at the audience (a budget drag) is
  compared with it.
- Its horizon total only breaks ties of score and describes the plans shown.
- Rows made from the very same numbers (twins: plans that differ by presences costing nothing in
  the row, plan_rows.PlanRows.twins) hold the same samples: the median of the first serves them all.
A median is found when asked, and is the same whichever other rows are sorted with it.
The scores' parts that follow these costs and a few numbers (the staff's, the cost's and the
budget's points: plans._Scores) are kept here too (kept), for the budget and session moves at the
audience.
An object of this kind is remembered for each audience (CostBook.remember), so it keeps
the medians it found but not the samples: those are made again from the cost parts when
asked (three array operations), so that a long batch does not hold them all.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from itertools import filterfalse
from typing import Any, TypeVar

import numpy as np

from wxdesk.engine.costs import CostBook
from wxdesk.engine.quantiles import medians_in_place
from wxdesk.engine.recent import kept

T = TypeVar("T")
# A budget drag at one audience keeps one entry per budget met (three short lists each), and the staff and
# cost points one each: room for a drag up and back and then some.
_KEPT_LIMIT = 256


class LikelyCosts:
    """The likely costs of some plans at the book's audience; a plan is known by its place in `member_sets`."""

    def __init__(self, member_sets: Sequence[tuple[str, ...]], book: CostBook):
        self.member_sets, self.book = member_sets, book
        self.count = len(member_sets)
        # Each row's twin (PlanRows.twins), where the book tells them.
        self._twins = book.row_twins(member_sets) if isinstance(book, CostBook) and self.count else None
        self._first_years: dict[int, float] = {}
        self._totals: dict[int, float] = {}
        self._within: tuple[float, list[bool]] | None = None  # the last budget asked about, and the answer
        # Each plan's first-year sample just past the middle, kept from the first budget asked about.
        self._past_middle: np.ndarray | None = None
        # Whether an evaluation has read these costs (Ranking.prefetch): the first finds all it reads together.
        self.read = False
        # What the scores take from these costs and a few numbers, by those numbers (plans._Scores): the last ones.
        self._kept: OrderedDict[tuple[object, ...], Any] = OrderedDict()

    def kept(self, key: tuple[object, ...], make: Callable[[], T]) -> T:
        """`make()`, kept with these costs under `key`, which must name everything else `make` reads: the
        plans' scores at a budget, a session length or a table other than the last (a drag's) find their parts
        that follow only the costs at this audience ready."""
        return kept(self._kept, key, make, _KEPT_LIMIT)

    def surely_within(self, budget: float) -> list[bool]:
        """Whether the budget covers each plan's likely first-year cost, where that is known without
        the median (more than half the samples within the budget); False where it takes the median."""
        if self._within is not None and self._within[0] == budget:
            return self._within[1]
        within: list[bool] = []
        if self._past_middle is not None:  # another budget at this audience: most likely a drag
            within = (self._past_middle <= budget).tolist()
            short = [i for i, sure in enumerate(within) if not sure and i not in self._first_years]
            if short:
                self._first_years.update(zip(short, self._medians(short), strict=True))
        elif self.count:
            # Each row alike in its numbers to one before it (a twin) is that row at every audience: only the
            # first of each is made and ordered (which they are, and each plan's among them, kept with the rows).
            distinct, places = self._distinct_first_years()
            first = self.book.first_year_and_total(self.member_sets, distinct if places is not None
                                                   else slice(0, self.count))
            # The medians a ranking asks for next, every plan's (each plan's cost weighs in its score), from the
            # rows at hand, in place: a median is its row's own.
            medians = medians_in_place(first).tolist()
            # Finding them put each row's sample just past the middle (the (half + 1)-th smallest) in its place:
            # more than half the samples are within the budget exactly where that one is, so the budget is
            # compared with it rather than with every sample (a second pass over every plan's samples), and it
            # is kept for the next budget at this audience, where a budget drag partitioned the rows again for it.
            past_middle = first[:, first.shape[1] // 2]
            if places is not None:
                medians = [medians[k] for k in places[0]]
                past_middle = past_middle[places[1]]
            self._first_years.update(enumerate(medians))
            self._past_middle = past_middle.copy()
            within = (self._past_middle <= budget).tolist()
        self._within = (budget, within)
        return within

    def _distinct_first_years(self) -> tuple[list[int], tuple[list[int], np.ndarray] | None]:
        """The first-year rows to make and order, and each plan's place among them (None: every row is made)."""
        if self._twins is not None:  # (a book that tells twins: the rows it keeps tell these too)
            return self.book.first_year_rows(self.member_sets)
        return list(range(self.count)), None

    def first_year(self, plan: int) -> float:
        """The likely first-year cost of the plan at this place (the reasons ask for one at a time,
        most often one already found)."""
        found = self._first_years.get(plan)
        if found is None:
            self._find(first=(plan,))
            found = self._first_years[plan]
        return found

    def total(self, plan: int) -> float:
        """The likely horizon total of the plan at this place."""
        found = self._totals.get(plan)
        if found is None:
            self._find(total=(plan,))
            found = self._totals[plan]
        return found

    def first_years(self, plans: Sequence[int]) -> list[float]:
        """The likely first-year costs of the plans at these places, found together."""
        self._find(first=plans)
        return list(map(self._first_years.__getitem__, plans))

    def totals(self, plans: Sequence[int]) -> list[float]:
        """The likely horizon totals of the plans at these places, found together."""
        self._find(total=plans)
        return list(map(self._totals.__getitem__, plans))

    def prefetch(self, plans: Sequence[int], totals: Sequence[int] = ()) -> None:
        """Find both medians of these plans, and the horizon medians of those at `totals`, together (one
        sort), for callers that read them all."""
        self._find(first=plans, total=[*plans, *totals])

    def _find(self, first: Sequence[int] = (), total: Sequence[int] = ()) -> None:
        """The first-year medians of the plans at `first` and the horizon medians of those at `total`
        not yet known, in one sort."""
        # (Python's own loops, not the interpreter's: a ranking asks about sixty-odd plans at once.)
        first = list(filterfalse(self._first_years.__contains__, dict.fromkeys(first)))
        total = list(filterfalse(self._totals.__contains__, dict.fromkeys(total)))
        if first or total:
            found = self._medians(first + [self.count + i for i in total])
            self._first_years.update(zip(first, found[:len(first)], strict=True))
            self._totals.update(zip(total, found[len(first):], strict=True))

    def _medians(self, rows: list[int]) -> list[float]:
        """The medians of these rows of the book's (first years, then horizons), each twin's found once."""
        twins = self._twins
        if twins is not None:
            alike = [twins[row] for row in rows]
            distinct = list(dict.fromkeys(alike))
            if len(distinct) < len(rows):
                found = dict(zip(distinct, medians_in_place(
                    self.book.first_year_and_total(self.member_sets, distinct)).tolist(), strict=True))
                return [found[row] for row in alike]
        medians: list[float] = medians_in_place(self.book.first_year_and_total(self.member_sets, rows)).tolist()
        return medians
