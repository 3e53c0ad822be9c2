"""Each plan's likely first-year cost and likely cost over the horizon (its cost at the averages: draws.py),
found only where a ranking needs them.

Every plan's first year enters its score (its cost, in doublings over the cheapest plan's:
plans._cost_penalties), so the first years are found for every plan at once, at the first budget asked
about at an audience; each further budget there (a budget drag) is compared with them. A likely cost is
one column of a plan's rows, and only that column is made (draws.AVERAGE_ONLY: the rows of all thousand draws
were made at each audience and all but one column dropped). Rows made from the very same numbers (twins: plans
that differ by presences costing nothing in the row, plan_rows.PlanRows.twins) are made once for all of them.
A likely cost is the same whichever other rows are found with it.
The scores' parts that follow these costs and a few numbers (the staff's, the cost's and the
budget's points: plans._Scores) are kept here too (kept), for the budget and session moves at the
audience.
An object of this kind is remembered for each audience (CostBook.remember), so it keeps
the likely costs it found but not the samples.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from itertools import filterfalse
from typing import Any, TypeVar

import numpy as np

from wxdesk.engine.costs import CostBook
from wxdesk.engine.draws import AVERAGE_ONLY, at_average
from wxdesk.engine.money import covers
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
        # Whether an evaluation has read these costs (Ranking.prefetch): the first finds all it reads together.
        self.read = False
        # What the scores take from these costs and a few numbers, by those numbers (plans._Scores): the last ones.
        self._kept: OrderedDict[tuple[object, ...], Any] = OrderedDict()

    def kept(self, key: tuple[object, ...], make: Callable[[], T]) -> T:
        """`make()`, kept with these costs under `key`, which must name everything else `make` reads: the
        plans' scores at a budget, a session length or a table other than the last (a drag's) find their parts
        that follow only the costs at this audience ready."""
        return kept(self._kept, key, make, _KEPT_LIMIT)

    def within(self, budget: float) -> list[bool]:
        """Whether the budget covers each plan's likely first-year cost (every plan's first year is found at
        the first budget asked about at this audience)."""
        if self._within is not None and self._within[0] == budget:
            return self._within[1]
        if len(self._first_years) < self.count:
            # Each row alike in its numbers to one before it (a twin) is that row at every audience: only the
            # first of each is made (which they are, and each plan's among them, kept with the rows).
            distinct, places = self._distinct_first_years()
            first = at_average(self.book.first_year_and_total(self.member_sets, distinct if places is not None
                                                              else slice(0, self.count), AVERAGE_ONLY)).tolist()
            if places is not None:
                first = [first[k] for k in places[0]]
            self._first_years.update(enumerate(first))
        first_years = self._first_years
        within = [covers(budget, first_years[i]) for i in range(self.count)]  # (to the whole yuan, as written)
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
        """Find both likely costs of these plans, and the likely totals of those at `totals`, together, for
        callers that read them all."""
        self._find(first=plans, total=[*plans, *totals])

    def _find(self, first: Sequence[int] = (), total: Sequence[int] = ()) -> None:
        """The likely first years of the plans at `first` and the likely totals of those at `total` not yet
        known, together."""
        # (Python's own loops, not the interpreter's: a ranking asks about sixty-odd plans at once.)
        first = list(filterfalse(self._first_years.__contains__, dict.fromkeys(first)))
        total = list(filterfalse(self._totals.__contains__, dict.fromkeys(total)))
        if first or total:
            found = self._likely(first + [self.count + i for i in total])
            self._first_years.update(zip(first, found[:len(first)], strict=True))
            self._totals.update(zip(total, found[len(first):], strict=True))

    def _likely(self, rows: list[int]) -> list[float]:
        """The likely costs of these rows of the book's (first years, then horizons), each twin's made once."""
        twins = self._twins
        if twins is not None:
            alike = [twins[row] for row in rows]
            distinct = list(dict.fromkeys(alike))
            if len(distinct) < len(rows):
                made = self.book.first_year_and_total(self.member_sets, distinct, AVERAGE_ONLY)
                found = dict(zip(distinct, at_average(made).tolist(), strict=True))
                return [found[row] for row in alike]
        made = self.book.first_year_and_total(self.member_sets, rows, AVERAGE_ONLY)
        likely: list[float] = at_average(made).tolist()
        return likely
