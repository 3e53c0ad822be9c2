"""A plan's cost as sampled terms, and its sums: by year, by part, at any audience, over the horizon.

A term is one sampled figure (a vector, one value per sample) spread over the years by a pattern:
every year, the first year only, or every year after the first. It is fixed or per user, so a
plan's cost at any audience is `fixed + per_user × audience`, plus WeCom's fee for the contacts
above its free allowance and its member-scale fee. wxdesk.engine.costs.CostBook decides which
terms a plan has; this module only adds them up, the same way for every plan.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

import numpy as np

from wxdesk.engine.draws import AVERAGE_COLUMN
from wxdesk.engine.fees import wecom_scale_tier
from wxdesk.engine.results import COMPONENTS

@dataclass(frozen=True)
class Term:
    """One sampled cost spread over the years: `vector[s] × pattern[y]` for sample s, year y."""

    component: int  # index into COMPONENTS
    per_user: bool  # multiplied by the audience
    vector: np.ndarray  # (samples,)
    pattern: np.ndarray  # (years,)

    @cached_property
    def at_average(self) -> float:
        """The term at every figure's average (draws.py): read once, though the plans shown share a presence's
        terms."""
        return float(self.vector[AVERAGE_COLUMN])


class PartSet:
    """The terms of one presence's own costs, or of the costs a kind of plan shares."""

    def __init__(self, samples: int) -> None:
        self.samples = samples
        self.terms: list[Term] = []

    @cached_property
    def vectors(self) -> tuple[np.ndarray, ...]:
        """(first-year fixed, first-year per user, horizon fixed, horizon per user), each (samples,).

        Asked once the set is complete (a ranking asks after the parts are built).
        """
        out = [np.zeros(self.samples) for _ in range(4)]
        for t in self.terms:
            base = 1 if t.per_user else 0
            first, total = _pattern_sums(t.pattern)
            if first:
                out[base] += t.vector * first
            out[base + 2] += t.vector * total
        return tuple(out)


@dataclass(frozen=True)
class PlanCosts:
    """Sampled yearly cost of one plan: each component is fixed + per_user × audience (+ contacts)."""

    members: tuple[str, ...]
    parts: tuple[PartSet, ...]  # each member's own, then what the plan's kind shares
    shape: tuple[int, int]  # (samples, years)
    contact_fee: np.ndarray | None  # per WeCom contact above the free allowance, (samples,) each year
    contacts_per_user: float
    free_contacts: float
    wechat_share: float  # share of the audience reached through WeChat
    app_share: float  # share of the audience reached through the app
    # WeCom's yearly member-scale fee by tier (none, medium, large), (3, samples), for the plans that
    # hold WeCom; its members per user of the audience; and the tiers' member limits.
    scale_fees: np.ndarray | None = None
    members_per_user: float = 0.0
    scale_limits: tuple[float, float] = (0.0, 0.0)

    @property
    def terms(self) -> Iterator[Term]:
        return (t for part_set in self.parts for t in part_set.terms)

    def users_reached(self, audience: float) -> float:
        return audience * (self.wechat_share + self.app_share)

    def _contacts_above(self, audience: float) -> float:
        return float(contacts_above(audience, self.contacts_per_user, self.free_contacts))

    def scale_fee(self, audience: float) -> np.ndarray | float:
        """WeCom's yearly member-scale fee at an audience, (samples,), or 0 where none is due."""
        if self.scale_fees is None:
            return 0.0
        fee: np.ndarray = self.scale_fees[self._scale_tier(audience)]
        return fee

    def _scale_tier(self, audience: float) -> int:
        """WeCom's member-scale tier at an audience (0: none, 1: medium, 2: large)."""
        return int(wecom_scale_tier(audience * self.members_per_user, self.scale_limits))

    def part(self, component: str, audience: float) -> np.ndarray:
        """One component's cost at an audience, (samples, years)."""
        index = COMPONENTS.index(component)
        out = np.zeros(self.shape)
        for t in self.terms:
            if t.component == index:
                out += np.outer(t.vector * (audience if t.per_user else 1.0), t.pattern)
        if component == "fees" and self.contact_fee is not None:
            out += self.contact_fee[:, None] * self._contacts_above(audience)
        if component == "fees":
            out += np.asarray(self.scale_fee(audience))[..., None]
        return out

    def yearly(self, audience: float) -> np.ndarray:
        """The whole cost at an audience, (samples, years)."""
        return self.yearly_rows(audience).T

    @cached_property
    def _by_year(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        # Summed over the terms once per plan, (years, samples) so each year's samples lie side by
        # side for sorting; and each component's likely cost (at the averages, draws.py), (components, years).
        samples, years = self.shape
        rows = np.zeros((2, years, samples))
        likely = np.zeros((2, len(COMPONENTS), years))
        for t in self.terms:
            kind = int(t.per_user)
            rows[kind] += t.pattern[:, None] * t.vector[None, :]  # np.outer's own product, without its checks
            likely[kind, t.component] += t.at_average * t.pattern
        return rows[0], rows[1], likely[0], likely[1]

    def yearly_rows(self, audience: float) -> np.ndarray:
        """The yearly cost at an audience, (years, samples)."""
        rows = np.empty((self.shape[1], self.shape[0]))
        self.yearly_rows_into(audience, rows)
        return rows

    def yearly_rows_into(self, audience: float, out: np.ndarray) -> None:
        """The first len(out) years of yearly_rows(audience), written into `out`, (years, samples): the
        cost figures write them straight into the array they sort."""
        years = len(out)
        fixed, per_user, _, _ = self._by_year
        np.multiply(per_user[:years], audience, out=out)
        out += fixed[:years]  # fixed + per user × audience (a sum of two is the same either way round)
        self.add_wecom_fees(audience, out)

    @property
    def year_rows(self) -> tuple[np.ndarray, np.ndarray]:
        """(fixed, per user), each (years, samples): yearly_rows(audience) is fixed + per user × audience,
        then add_wecom_fees (for the cost figures, which stack several plans' rows)."""
        fixed, per_user, _, _ = self._by_year
        return fixed, per_user

    def add_wecom_fees(self, audience: float, out: np.ndarray) -> None:
        """WeCom's fees at an audience, added to yearly rows at it (years, samples): nothing for a plan
        without WeCom."""
        if self.contact_fee is not None:
            out += self.contact_fee[None, :] * self._contacts_above(audience)
        if self.scale_fees is not None:
            out += self.scale_fee(audience)

    @cached_property
    def later_years_alike(self) -> bool:
        """Whether every year after the first costs the same, sample by sample: each term is spread
        alike over those years (every year, or every year after the first), and WeCom's fees are the
        same each year. Their rows then hold the very same numbers, and so do their bands."""
        return all(bool((t.pattern[1:] == t.pattern[1]).all()) for t in self.terms if len(t.pattern) > 1)

    @cached_property
    def _fees_likely(self) -> tuple[float, list[float]]:
        # WeCom's fee per contact, and its member-scale fee in each tier, at the averages (draws.py): the
        # same at every audience, so found once per plan.
        contact = 0.0 if self.contact_fee is None else float(self.contact_fee[AVERAGE_COLUMN])
        scale = [] if self.scale_fees is None else [float(fee[AVERAGE_COLUMN]) for fee in self.scale_fees]
        return contact, scale

    def component_likely(self, audience: float) -> np.ndarray:
        """Each component's likely cost (at the averages: draws.py), year by year, (components, years)."""
        _, _, fixed, per_user = self._by_year
        parts: np.ndarray = fixed + per_user * audience
        self.add_wecom_fees_likely(audience, parts)
        return parts

    @property
    def likely_rows(self) -> tuple[np.ndarray, np.ndarray]:
        """(fixed, per user), each (components, years): component_likely(audience) is fixed + per user ×
        audience, then add_wecom_fees_likely."""
        _, _, fixed, per_user = self._by_year
        return fixed, per_user

    def add_wecom_fees_likely(self, audience: float, parts: np.ndarray) -> None:
        """WeCom's fees at an audience at the averages, added to the fees row of the components' costs at the
        averages (components, years): nothing for a plan without WeCom."""
        if self.contact_fee is None and self.scale_fees is None:
            return
        contact, scale = self._fees_likely
        fees = COMPONENTS.index("fees")
        if self.contact_fee is not None:
            parts[fees] = parts[fees] + contact * self._contacts_above(audience)
        if self.scale_fees is not None:
            parts[fees] = parts[fees] + scale[self._scale_tier(audience)]

    def total(self, audience: float) -> np.ndarray:
        total: np.ndarray = self.yearly_rows(audience).sum(axis=0)
        return total

    @cached_property
    def _horizon(self) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        # (fixed, per user, per contact), each (samples,) over the horizon: summed once per plan,
        # since the break-even search asks for totals at dozens of audiences.
        fixed = sum((part_set.vectors[2] for part_set in self.parts), np.zeros(self.shape[0]))
        per_user = sum((part_set.vectors[3] for part_set in self.parts), np.zeros(self.shape[0]))
        contact = None if self.contact_fee is None else self.contact_fee * self.shape[1]
        return fixed, per_user, contact

    def totals_at(self, audiences: np.ndarray, at: slice = slice(None)) -> np.ndarray:
        """Horizon totals, (audiences, columns), for many audiences at once: every column of the samples, or those
        `at` selects (the break-even search compares the likely totals alone, the average column, draws.py)."""
        fixed, slope, contact = self._horizon
        totals = fixed[None, at] + audiences[:, None] * slope[None, at]
        if contact is not None:
            above = contacts_above(audiences, self.contacts_per_user, self.free_contacts)
            totals = totals + above[:, None] * contact[None, at]
        if self.scale_fees is not None:
            tiers = wecom_scale_tier(audiences * self.members_per_user, self.scale_limits)
            totals = totals + self.scale_fees[tiers][:, at] * self.shape[1]
        result: np.ndarray = totals
        return result


def contacts_above(audience: Any, contacts_per_user: float, free_contacts: float) -> Any:
    """WeCom contacts beyond its free allowance, for one audience or an array of them."""
    above = audience * contacts_per_user - free_contacts
    if isinstance(above, float):
        # One number, as most callers ask (a figure's fees, several times a move): np.maximum(0.0, above) as its
        # comparison makes it (0.0 unless `above` is greater, a NaN kept), without a NumPy scalar made for it.
        return 0.0 if above <= 0.0 else above
    return np.maximum(0.0, above)


@lru_cache(maxsize=16)  # the horizons a scenario may have (scenario.HORIZON_YEARS) and then some
def year_patterns(years: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(every year, the first year only, every year after the first) over `years`: made once per
    horizon, not for every book, and never written to (a term only reads its pattern)."""
    every = np.ones(years)
    first = np.eye(1, years).ravel()
    later = every - first
    for pattern in (every, first, later):
        pattern.setflags(write=False)
        _PATTERN_SUMS[id(pattern)] = (pattern, float(pattern[0]), float(pattern.sum()))
    return every, first, later


# The first year's weight and the horizon's of each pattern year_patterns made (kept beside it, so that its
# id names no other array): some seventy terms at a start would each sum their pattern again.
_PATTERN_SUMS: dict[int, tuple[np.ndarray, float, float]] = {}


def _pattern_sums(pattern: np.ndarray) -> tuple[float, float]:
    """(pattern[0], pattern.sum()) as floats."""
    known = _PATTERN_SUMS.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1], known[2]
    return float(pattern[0]), float(pattern.sum())
