"""Every ranked plan's sampled first-year and horizon costs at an audience, from rows summed once.

A ranking asks for these samples at each new audience (likely_costs.py). A plan's cost is
`fixed + per user × audience`, plus WeCom's fee for the contacts above its free allowance and
its member-scale fee, so the fixed and per-user rows of a set of plans are summed once
(CostBook.first_year_and_total keeps them with the cost parts) and an audience move is a few
array operations. WeCom's member-scale fee is the same in every row at one tier, whatever the
audience within it: its rows are made once per tier, not at every move.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

# The samples of each row that name it before it is compared whole (twins).
_TELLING_SAMPLES = 4


@dataclass(eq=False)
class PlanRows:
    """The rows of some plans: each plan's first year (row i), then each plan's horizon (row plans + i)."""

    fixed: np.ndarray  # (2 × plans, samples)
    per_user: np.ndarray  # (2 × plans, samples)
    contact: np.ndarray | None  # WeCom's fee per contact above its allowance, in the rows of plans with WeCom
    holds_wecom: np.ndarray  # (plans, 1): 1.0 for a plan that holds WeCom, else 0.0
    years: int
    # WeCom's member-scale fee in every row, by tier (1: medium, 2: large), made when first needed.
    _scale: dict[int, np.ndarray] = field(default_factory=dict)

    def at(self, audience: float, contacts_above: float, tier: int, tier_fee: Callable[[int], np.ndarray],
           rows: slice | list[int], at: slice = slice(None)) -> np.ndarray:
        """The `rows` at an audience, with `contacts_above` WeCom contacts beyond the free allowance and
        WeCom's member-scale `tier` (0: no fee; `tier_fee(tier)` is its yearly fee, (samples,)): every column of
        the samples, or those `at` selects (a ranking's likely costs read the average column alone, draws.py).

        A new array, free for the caller to sort in place; a row is the same whichever other rows and columns are
        asked for with it (each element is found by the same operations in the same order).
        """
        if isinstance(rows, slice):
            both = self.per_user[rows, at] * audience  # a view of the kept rows, scaled into a new array
        elif rows == self.distinct_first_years:
            # The rows a ranking asks for at every audience (LikelyCosts.within): taken out of the kept
            # rows once, and scaled from there, not gathered again at each move (each element the same operations).
            fixed, per_user, contact = self._first_year_blocks
            both = per_user[:, at] * audience
            both += fixed[:, at]
            if contacts_above > 0 and contact is not None:
                both += contact[:, at] * contacts_above
            if tier:
                both += self._scale_rows(tier, tier_fee)[rows, at]
            return both
        else:
            both = self.per_user[rows, at]  # rows by place: already a copy, scaled where it is
            both *= audience
        both += self.fixed[rows, at]
        if contacts_above > 0 and self.contact is not None:
            both += self.contact[rows, at] * contacts_above
        if tier:
            both += self._scale_rows(tier, tier_fee)[rows, at]
        return both

    @cached_property
    def twins(self) -> list[int]:
        """For each row, the first row made from the very same numbers (its own place where none before is):
        `at` gives two such rows the same samples, bit for bit, at every audience, so their likely costs are one.
        Plans that differ only by presences that cost nothing in a row (a Channels without videos in the first
        year beside a plan that films them, say) have such twins: a ranking's sixty-odd first years hold some
        forty different rows. Found once for the rows kept (bit by bit: the same values, signs of zero and all).

        A row's numbers: its fixed and per-user samples, its WeCom fee per contact, and whether it is a first
        year or a horizon and its plan holds WeCom (which give its member-scale fee at every tier)."""
        count = len(self.fixed)
        plans = count // 2
        holds = self.holds_wecom[:, 0].tolist()
        blocks = [self.fixed, self.per_user] + ([self.contact] if self.contact is not None else [])
        bits = [block.view(np.uint64) for block in blocks]
        # A few samples of each row name it first; rows named alike are then compared whole.
        names = np.ascontiguousarray(np.concatenate([b[:, :_TELLING_SAMPLES] for b in bits], axis=1))
        named = names.view(f"V{names.shape[1] * 8}").ravel().tolist()
        first: dict[tuple[bool, float, bytes], int] = {}
        twins = list(range(count))
        for row in range(count):
            key = (row >= plans, holds[row % plans], named[row])
            twins[row] = first.setdefault(key, row)
        alike = [row for row in range(count) if twins[row] != row]
        if alike:
            others = [twins[row] for row in alike]
            same = np.ones(len(alike), dtype=bool)
            for b in bits:
                same &= (b[alike] == b[others]).all(axis=1)
            for row, whole in zip(alike, same.tolist(), strict=True):
                if not whole:  # named alike by its first samples only: a row of its own
                    twins[row] = row
        return twins

    @cached_property
    def distinct_first_years(self) -> list[int]:
        """The first-year rows that are no other's twin, in order (those a ranking finds the likely costs of)."""
        return list(dict.fromkeys(self.twins[:len(self.fixed) // 2]))

    @cached_property
    def first_year_places(self) -> tuple[list[int], np.ndarray] | None:
        """For each plan, the place of its first year's twin among distinct_first_years, as a list and as an array
        (for taking each plan's sample from the distinct rows'); None where every first year is distinct. Found once
        for the rows kept, where a ranking laid it out anew at every audience."""
        distinct = self.distinct_first_years
        plans = len(self.fixed) // 2
        if len(distinct) == plans:
            return None
        place = {row: k for k, row in enumerate(distinct)}
        places = [place[row] for row in self.twins[:plans]]
        array = np.array(places, dtype=np.intp)
        array.setflags(write=False)
        return places, array

    @cached_property
    def _first_year_blocks(self) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """The fixed, per-user and per-contact numbers of distinct_first_years, taken out once (a few hundred
        kB beside the megabytes of rows they come from)."""
        rows = self.distinct_first_years
        blocks = (self.fixed[rows], self.per_user[rows], None if self.contact is None else self.contact[rows])
        for block in blocks:
            if block is not None:
                block.setflags(write=False)  # read at every audience
        return blocks

    def _scale_rows(self, tier: int, tier_fee: Callable[[int], np.ndarray]) -> np.ndarray:
        found = self._scale.get(tier)
        if found is None:
            fee = tier_fee(tier)
            found = self._scale[tier] = np.concatenate([self.holds_wecom * fee[None, :],
                                                        self.holds_wecom * (fee * self.years)[None, :]])
        return found
