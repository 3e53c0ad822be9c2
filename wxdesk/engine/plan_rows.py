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

import numpy as np


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
           rows: slice | list[int]) -> np.ndarray:
        """The `rows` at an audience, with `contacts_above` WeCom contacts beyond the free allowance and
        WeCom's member-scale `tier` (0: no fee; `tier_fee(tier)` is its yearly fee, (samples,)).

        A new array, free for the caller to sort in place; a row is the same whichever other rows are
        asked for with it (each element is found by the same operations in the same order).
        """
        if isinstance(rows, slice):
            both = self.per_user[rows] * audience  # a view of the kept rows, scaled into a new array
        else:
            both = self.per_user[rows]  # rows by place: already a copy, scaled where it is
            both *= audience
        both += self.fixed[rows]
        if contacts_above > 0 and self.contact is not None:
            both += self.contact[rows] * contacts_above
        if tier:
            both += self._scale_rows(tier, tier_fee)[rows]
        return both

    def _scale_rows(self, tier: int, tier_fee: Callable[[int], np.ndarray]) -> np.ndarray:
        found = self._scale.get(tier)
        if found is None:
            fee = tier_fee(tier)
            found = self._scale[tier] = np.concatenate([self.holds_wecom * fee[None, :],
                                                        self.holds_wecom * (fee * self.years)[None, :]])
        return found
