"""The cost figures a plan shows: yearly and cumulative bands, and breakdowns that add up to them.

An evaluation shows five or six plans (the plan, its alternatives, the app-or-Mini-Program
variants). Their figures are found together, one sort for every band and one rounding for
every breakdown, since on an audience move the fixed cost of each numpy call, not the
arithmetic, is most of their time. Each plan's figures are the same whichever plans they are
found with: every band is a row's own percentiles, every breakdown a column's own rounding.
They are remembered with the cost parts at the audience (CostBook.remember_all), so a move
of the budget or session slider finds them ready.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from wxdesk.engine.cost_terms import PlanCosts
from wxdesk.engine.costs import CostBook
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.draws import at_average, drawn
from wxdesk.engine.quantiles import percentiles_in_place
from wxdesk.engine.results import COMPONENTS, Band


# (yearly bands, cumulative bands, breakdowns: the horizon's, then each year's)
CostFigures = tuple[tuple[Band, ...], tuple[Band, ...], list[dict[str, float]]]


def cost_figures(book: CostBook, member_sets: Sequence[tuple[str, ...]], pack: DataPack
                 ) -> dict[tuple[str, ...], CostFigures]:
    """Each plan's cost figures at the book's audience; `pack` gives the band's percentiles."""
    plans = list(dict.fromkeys(member_sets))
    keys = [("bands", members, pack.low_percentile, pack.high_percentile) for members in plans]
    found = book.remember_all(keys, lambda missing: _figures(book, [plans[i] for i in missing], pack))
    return dict(zip(plans, found, strict=True))


def _figures(book: CostBook, plans: list[tuple[str, ...]], pack: DataPack) -> list[CostFigures]:
    audience, years = book.scenario.audience, book.shape[1]
    costs = [book.plan(members) for members in plans]
    # One sort for every plan's yearly, cumulative and total bands. A row that holds the same numbers as
    # another is sorted once: the first year's running sum is the first year itself, and where every
    # year after the first costs the same (PlanCosts.later_years_alike: every plan the book makes) the
    # second year stands for all of them. Each plan's rows: its distinct years, then its sums from the second.
    distinct = 2 if years > 1 and all(c.later_years_alike for c in costs) else years
    # Every plan's yearly rows and its components' likely costs at the audience, `fixed + per user × audience` for all
    # of them at once from their rows stacked (kept for the plans shown together: an audience drag shows
    # the same plans for many steps), then WeCom's fees plan by plan: each element by the very operations
    # PlanCosts.yearly_rows_into and component_likely take, in a few array operations, not five each.
    # The rows year by year, each year's plans side by side, so that every operation writes one block of
    # memory (numpy copies a strided destination through a buffer).
    fixed, per_user, likely_fixed, likely_per_user = book.stacked(
        ("figure rows", tuple(plans), distinct), lambda: _stacked(costs, distinct))
    count, samples = len(plans), book.shape[0]
    rows = np.empty((distinct + years - 1, count, samples))
    np.multiply(per_user, audience, out=rows[:distinct])
    rows[:distinct] += fixed
    parts = likely_fixed + likely_per_user * audience  # (plans, components, years): the breakdowns
    for k, c in enumerate(costs):
        c.add_wecom_fees(audience, rows[:distinct, k])
        c.add_wecom_fees_likely(audience, parts[k])
    # The running sums year by year, as np.cumsum adds them.
    total = rows[0]
    for year in range(1, years):
        total = np.add(total, rows[min(year, distinct - 1)], out=rows[distinct + year - 1])
    bands = _bands(pack, rows.reshape(-1, samples))
    per_plan = []
    for k in range(count):
        own = bands[k::count]  # the plan's rows: its distinct years, then its sums from the second
        yearly = tuple(own[min(year, distinct - 1)] for year in range(years))
        per_plan.append((yearly, (yearly[0], *own[distinct:])))
    # One rounding for every breakdown: each plan's horizon column, then its years.
    def by_column(parts: np.ndarray) -> np.ndarray:  # (components, columns): each plan's horizon, then its years
        return np.concatenate([parts.sum(axis=2, keepdims=True), parts], axis=2).transpose(1, 0, 2).reshape(
            parts.shape[1], -1)
    totals = [likely for yearly, cumulative in per_plan
              for likely in [cumulative[-1].likely] + [band.likely for band in yearly]]
    splits = _splits(by_column(parts), totals)
    return [(yearly, cumulative, splits[k * (1 + years):(k + 1) * (1 + years)])
            for k, (yearly, cumulative) in enumerate(per_plan)]


def _stacked(costs: Sequence[PlanCosts], distinct: int) -> tuple[np.ndarray, ...]:
    """The plans' first `distinct` yearly rows, fixed and per user, (distinct, plans, samples) each, and
    their components' likely costs, fixed and per user, (plans, components, years) each."""
    stacked = (np.stack([c.year_rows[0][:distinct] for c in costs], axis=1),
               np.stack([c.year_rows[1][:distinct] for c in costs], axis=1),
               np.stack([c.likely_rows[0] for c in costs]), np.stack([c.likely_rows[1] for c in costs]))
    for array in stacked:
        array.setflags(write=False)  # kept, and read at every audience
    return stacked


def _bands(pack: DataPack, rows: np.ndarray) -> tuple[Band, ...]:
    """One band per row of a (rows, columns) array made for the purpose, whose draws this sorts in place: the
    likely cost at the averages, the low and high ends percentiles of the draws (draws.py)."""
    likelies = at_average(rows).tolist()
    lows, highs = percentiles_in_place([pack.low_percentile, pack.high_percentile], drawn(rows)).tolist()
    return tuple(Band(a, b, c) for a, b, c in zip(lows, likelies, highs))


def _to_whole_yuan(values: np.ndarray) -> np.ndarray:
    """Amounts to the whole yuan, a half away from zero, as money.whole_yuan rounds the totals the JSON holds: numpy's
    round takes a half to the even yuan, and a total of ¥4,552.5 split ¥3,052 + ¥1,500 beside its 4,553."""
    whole: np.ndarray = np.copysign(np.floor(np.abs(values) + 0.5), values)
    return whole


def _splits(values: np.ndarray, totals: Sequence[float]) -> list[dict[str, float]]:
    """For each column of (components, columns), each component's cost at the averages (draws.py), rounded so
    that the parts add up to that column's rounded likely total: the parts are the likely total's own terms, so
    each reads the same in every plan that holds it, and a client multiplies the appendix's averages to find it."""
    # The arrays' own methods where numpy's functions only hand over to them (np.round, np.argmax): the
    # same results, without the function's dispatch, which on arrays this small takes longer than the work.
    rounded = _to_whole_yuan(values)
    # What rounding leaves over (a yuan or so: the parts sum to the total but for their rounding and float rounding)
    # goes to the part rounding moved furthest the other way, so that a part of whole yuan (a fee the pack gives one
    # value) keeps its own figure: given to the largest part, WeCom's ¥300 of fees read ¥301 beside ¥2.38 of users
    # won, written ¥2.
    left = _to_whole_yuan(np.asarray(totals, dtype=float)) - rounded.sum(axis=0)
    moved = values - rounded
    # A yuan taken off goes only to a part that has it: a native app's ¥0.0004 of users won through ads read ¥-1
    # beside ¥40.7M of servers (117M users, a share won through ads of 6e-11; found by hypothesis).
    keeps = np.where(rounded + left >= 0, moved, np.inf)
    takes = np.where(left >= 0, moved.argmax(axis=0), keeps.argmin(axis=0))
    rounded[takes, np.arange(rounded.shape[1])] += left
    # One conversion of the whole array, not one per column (an audience move splits some twenty columns).
    return [dict(zip(COMPONENTS, column, strict=True)) for column in rounded.T.tolist()]
