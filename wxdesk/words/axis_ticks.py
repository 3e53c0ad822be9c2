"""Round ticks for an amount axis, in the currency the reader reads: the one rule the handout's charts, the share
image's bars and the window's charts choose their ticks by.

Every amount is held in CNY. An axis read in dollars or euros steps by round amounts of that currency ($50k,
5万欧元), worked out in that currency and turned back into CNY to be drawn: steps of round yuan read as the rate's
fractions once divided by it ($0, $286k, $571k under ¥0, ¥2M, ¥4M at 7 yuan the dollar).
"""

from __future__ import annotations

import math
from collections.abc import Callable


def usable_rate(cny_per_unit: float) -> float:
    """`cny_per_unit` where it can divide an amount, else 1 (an axis in yuan)."""
    return cny_per_unit if cny_per_unit > 0 and math.isfinite(cny_per_unit) else 1.0


def nice_step(span: float, ticks: int = 5) -> float:
    """A round axis step (1, 2 or 5 × 10^n) giving about `ticks` intervals."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power


def next_round_step(step: float) -> float:
    """The next of 1, 2, 5 × 10ⁿ above `step` (itself one of them)."""
    power = 10.0 ** math.floor(math.log10(step) + 1e-9)
    mantissa = step / power
    return (2 if mantissa < 1.5 else 5 if mantissa < 3.5 else 10) * power


def money_ticks(top_cny: float, ticks: int, cny_per_unit: float = 1.0, slack: float = 1.0) -> list[float]:
    """An amount axis from 0 past `top_cny`: its ticks, in CNY, at round amounts in the reader's currency
    (1 unit = `cny_per_unit` CNY): $0, $20k, $40k, not the dollars of ¥0, ¥20万, ¥40万. The last tick is the
    axis' end; `slack` (above 1) keeps a top exactly on a tick from ending the axis there."""
    rate = usable_rate(cny_per_unit)
    top = (top_cny / rate) or 1.0  # in the reader's currency
    step = nice_step(top, ticks)
    count = max(1, math.ceil(top * slack / step))
    return [i * step * rate for i in range(count + 1)]


def in_cny(levels: list[tuple[float, float]], cny_per_unit: float) -> list[tuple[float, float]]:
    """Tick levels (step, offset) chosen in the reader's currency, in the CNY the axis is drawn in: each step
    lands on round amounts of that currency."""
    rate = usable_rate(cny_per_unit)
    return [(step * rate, offset * rate) for step, offset in levels]


def levels_in_currency(choose: Callable[[float, float, float], list[tuple[float, float]]], low: float, high: float,
                       size: float, cny_per_unit: float) -> list[tuple[float, float]]:
    """An axis drawn in CNY from `low` to `high` over `size` px: the tick levels `choose` (pyqtgraph's tickSpacing, or
    an axis's own) picks for it read in the reader's currency, in CNY."""
    rate = usable_rate(cny_per_unit)
    return in_cny(choose(low / rate, high / rate, size), rate)


__all__ = ["in_cny", "levels_in_currency", "money_ticks", "next_round_step", "nice_step", "usable_rate"]
