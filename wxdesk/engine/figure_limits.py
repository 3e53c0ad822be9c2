"""Which values each data-pack figure may take: the ranges the model can compute with.

One place answers "may this figure be this number?" for the pack loader, pack import,
a scenario's overrides and the Assumptions editor, so that a value refused in one is
refused in all. Rules go by a figure's unit and group first (a share lies in [0, 1],
money stays below a ceiling, a weight is never negative), so that a figure added to
the pack later is covered without a line here; a few figures the model divides by or
takes the logarithm of have rules of their own.

A figure within its range can still meet a scenario the model cannot compute (every
weight a scenario uses set to 0, say): `computed` turns such a failure into one plain
sentence instead of an internal error, a NaN or an Infinity.
"""

from __future__ import annotations

import json
import math
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache, cache
from typing import Any, TypeVar

# Far beyond any real fee, build or budget, and small enough that sums over ten years,
# two billion users and a thousand samples stay finite.
MONEY_CEILING = 1e10
# A count (messages, megabytes, contacts, seconds) larger than this is a typing error.
COUNT_CEILING = 1e9
MINUTES_IN_A_DAY = 1440
# A step towards launch (a filing, a build, a review) that takes longer than ten years is a typing error: a pack whose
# ICP filing took up to 1e9 weeks read "Live in about 8 weeks (3 to 1000000003)".
YEARS_OF_WORK = 10


@dataclass(frozen=True)
class Limit:
    """An interval of allowed values, closed unless said otherwise."""

    low: float
    high: float
    low_open: bool = False

    def allows(self, value: float) -> bool:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            return False
        try:
            value = float(value)
        except OverflowError:  # a 400-digit integer
            return False
        if not math.isfinite(value):
            return False
        above = value > self.low if self.low_open else value >= self.low
        return above and value <= self.high

    def describe(self) -> str:
        """"from 0 to 1", "more than 0 and at most 10"."""
        if self.low_open:
            return f"more than {_num(self.low)} and at most {_num(self.high)}"
        return f"from {_num(self.low)} to {_num(self.high)}"


def _num(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) and abs(value) >= 1e4 else f"{value:g}"


SHARE = Limit(0.0, 1.0)
POSITIVE_SHARE = Limit(0.0, 1.0, low_open=True)  # a rate the model divides by
RATIO = Limit(0.0, 100.0)  # "share of build", "×": can exceed 1, never wildly
MONEY = Limit(0.0, MONEY_CEILING)
# Amounts are divided by it for display. From a ten-thousandth, as the rates a user may set (settings.RATE_LIMITS): a
# pack's rate of 1e-320, which "more than 0" let through, made compare, report and share stop on an internal error
# (a denormal rate, beyond what the amounts' arithmetic takes), and 1e-300 wrote "$4,210,000,…,000T" off the page.
EXCHANGE_RATE = Limit(0.0001, 10_000.0)
COUNT = Limit(0.0, COUNT_CEILING)
WEIGHT = Limit(0.0, 1000.0)
POINTS = Limit(0.0, 100.0)
MINUTES = Limit(0.0, MINUTES_IN_A_DAY, low_open=True)  # the model takes their logarithm
SPREAD = Limit(0.0, 10.0, low_open=True)  # the model divides by it
WEEKS = Limit(0.0, YEARS_OF_WORK * 52)
DAYS = Limit(0.0, YEARS_OF_WORK * 366)

# The unit a figure is computed in, told by its id: the engine adds an amount named "…_cny" up as yuan and a
# "weeks_…" step up as weeks, whatever the pack's `unit` says, so a pack author's figure in another unit would be
# computed wrongly without a word (app_build_cny in "USD", or in "kg", read as yuan). (id suffix or prefix, unit)
_CURRENCY_BY_SUFFIX = (("_cny", "CNY"), ("_usd", "USD"), ("_eur", "EUR"))
_UNIT_BY_PREFIX = (("weeks_", "weeks"),)

# Figures whose rule is stricter than their unit's, and why.
BY_ID: Mapping[str, Limit] = {
    "install_conversion": POSITIVE_SHARE,  # the cost per install is divided by it
    "first_open_rate": POSITIVE_SHARE,  # likewise
    "session_spread": SPREAD,
    "session_pivot_min": MINUTES,
    "staff_hours_per_month": Limit(0.0, 31 * 24, low_open=True),  # a staff's chat hours are divided by it
}


@lru_cache(maxsize=256)  # a pack's figures, each asked for at every load and every override checked
def limit_for(figure_id: str, unit: str, group: str) -> Limit:
    """The allowed range of one figure, from its id, unit and group."""
    if figure_id in BY_ID:
        return BY_ID[figure_id]
    by_unit = _limit_for_unit(unit, group)
    # A pivot and a spread shape a logistic curve: the model takes the pivot's logarithm and
    # divides by the spread, so neither may be 0, whatever its unit.
    if "spread" in figure_id:
        return SPREAD
    if "pivot" in figure_id:
        return Limit(0.0, by_unit.high, low_open=True)
    return by_unit


def _limit_for_unit(unit: str, group: str) -> Limit:
    unit = unit.strip().lower()
    if group == "fx":
        return EXCHANGE_RATE
    if unit == "share":
        return SHARE
    if unit.startswith(("share of", "users/user")) or unit in ("×", "x", "ratio"):
        return RATIO
    if unit.split("/")[0] in ("cny", "usd", "eur") or unit.startswith(("cny", "usd", "eur")):
        return MONEY
    if unit == "weight":
        return WEIGHT
    if unit == "points":
        return POINTS
    if unit == "min" or unit.startswith("ln("):
        return MINUTES if unit == "min" else SPREAD
    if unit in ("weeks", "days"):
        return WEEKS if unit == "weeks" else DAYS
    return COUNT


def unit_problem(figure_id: str, unit: str) -> str | None:
    """Why a figure cannot be computed in this unit (a clause naming the one it is computed in), or None."""
    from wxdesk.engine.reading import plain  # (the unit comes from a file: escaped, one clean line)
    for suffix, currency in _CURRENCY_BY_SUFFIX:
        if figure_id.endswith(suffix) and unit.split("/")[0].strip().upper() != currency:
            return f"must be given in {currency}, the currency wxdesk computes it in, not in '{plain(unit)}'"
    for prefix, expected in _UNIT_BY_PREFIX:
        if figure_id.startswith(prefix) and unit.strip().lower() != expected:
            return f"must be given in {expected}, the unit wxdesk computes it in, not in '{plain(unit)}'"
    return None


def figure_problem(figure_id: str, unit: str, group: str, low: Any, likely: Any, high: Any,
                   unit_shown: str | None = None) -> str | None:
    """Why these low/likely/high cannot be used for this figure (a clause), or None when they can.

    The clause names the allowed range: "must be from 0 to 1, not 1.5", with the unit (`unit_shown` where it
    differs from the one the limit is found by; none where empty).
    """
    wrong_unit = unit_problem(figure_id, unit)
    if wrong_unit:
        return wrong_unit
    limit = limit_for(figure_id, unit, group)
    shown = unit if unit_shown is None else unit_shown
    values = (low, likely, high)
    for value in values:
        if not limit.allows(value):
            # (The value apart from the limit's ends: 10000001000 read "to 10,000,000,000 (CNY), not 1e+10".)
            refused = (written_apart(value, limit.low, limit.high)
                       if isinstance(value, (int, float)) and not isinstance(value, bool) and is_finite_number(value)
                       else _shown(value))
            return f"must be {limit.describe()}{f' ({shown})' if shown else ''}, not {refused}"
    if not low <= likely <= high:
        return f"needs low ≤ likely ≤ high, not {_shown(low)}, {_shown(likely)}, {_shown(high)}"
    return None


def written_apart(value: float, *limits: float) -> str:
    """`value` as short as it reads (as :g writes it), with as many more digits as it takes to read differently from
    each of `limits`: 1.0000001 written as "1" made "at most 1, not 1." a riddle. A whole number beyond the limits
    in full, grouped as the limits are ("at most 2,000,000,000, not 3,000,000,000", not "not 3e+09")."""
    if float(value).is_integer() and abs(value) < 1e18:
        return f"{int(value):,}"
    for digits in range(6, 18):
        text = f"{value:.{digits}g}"
        if all(text != f"{limit:.{digits}g}" for limit in limits if limit != value):
            # (Grouped as the limits are where it has thousands: "at most 1,440, not 1,440.0001".)
            return _positional(value, digits) if ("e" in text or abs(value) >= 1000) and 1e-6 <= abs(value) < 1e18 \
                else text
    return repr(value)


def _positional(value: float, digits: int) -> str:
    """`value` to `digits` significant digits without an exponent, grouped: 2,000,000,005.5, not 2.0000000055e+09."""
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(value))))
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def is_finite_number(value: int | float) -> bool:
    """Whether `value` is a finite number: an integer of hundreds of digits, which math.isfinite cannot take as a
    float, is not (the pack's loader, a scenario's fields and the refusals here ask alike)."""
    try:
        return math.isfinite(value)
    except OverflowError:  # an integer of hundreds of digits
        return False


def _shown(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "a value that is not a number"
    if isinstance(value, int) and abs(value) > 1e15:  # (a float: exact against any int, and no pack value)
        return f"a {len(str(abs(value)))}-digit number"
    return f"{value:g}"


# ------------------------------------------------------------------ rules across figures

# The rules across figures, by kind, so that a view can say each in its own language (the window in Chinese wrote the
# English clause inside its own sentence).
WEIGHTS_ALL_ZERO = "weights_all_zero"
WEAK_ABOVE_STRONG = "weak_above_strong"


def broken_rule(figures: Mapping[str, Any]) -> tuple[str, str, tuple[str, ...]] | None:
    """A rule that several figures break together, as (figure to name, kind, the other figures it concerns), or None.

    `figures` maps ids to objects with `unit`, `low`, `likely` and `high` (data-pack Figures).
    """
    weights = [fid for fid, fig in figures.items() if fig.unit.strip().lower() == "weight"]
    if weights and sum(figures[fid].likely for fid in weights) <= 0:
        return weights[0], WEIGHTS_ALL_ZERO, tuple(weights[1:])
    strong, weak = figures.get("strong_fit_from"), figures.get("weak_fit_below")
    if strong is not None and weak is not None and weak.likely > strong.likely:
        return "weak_fit_below", WEAK_ABOVE_STRONG, ("strong_fit_from",)
    return None


def pack_problem(figures: Mapping[str, Any]) -> tuple[str, str] | None:
    """A rule that several figures break together, as (figure to name, clause), or None (broken_rule, in words)."""
    rule = broken_rule(figures)
    if rule is None:
        return None
    fid, kind, others = rule
    if kind == WEIGHTS_ALL_ZERO:
        # Said of the first weight, as every clause here is said of the figure it names ("Field 'overrides.weight_goal'
        # must …"): "Field '…' the weights (…) must not all be 0" read as a sentence with a word missing.
        return fid, (f"must not be 0 while the other weights ({', '.join(others)}) are 0 too, since the fit is their "
                     "weighted mean" if others else "must not be 0, since the fit is its weighted mean")
    return fid, (f"must not be above strong_fit_from ({_shown(figures['strong_fit_from'].likely)}), "
                 f"not {_shown(figures[fid].likely)}")


def overrides_problem(known_figures: Mapping[str, Any] | None,
                      overrides: Mapping[str, Mapping[str, float]]) -> tuple[str, str] | None:
    """A scenario's figure values that the model cannot use, as (figure id, clause), or None.

    Without the pack's figures only the generic rule applies: finite, 0 or more, below the
    money ceiling (the values are checked again once a pack is known).
    """
    merged = dict(known_figures or {})
    for fid, values in overrides.items():
        low, likely, high = values["low"], values["likely"], values["high"]
        figure = merged.get(fid)
        unit, group = (figure.unit, figure.group) if figure is not None else ("", "")
        # Without the pack, the generic rule is the money ceiling, the widest; said without a unit, which the figure
        # may not have ("from 0 to 10,000,000,000 (CNY)" was said of a count of users).
        problem = figure_problem(fid, unit, group, low, likely, high) if figure is not None else \
            figure_problem("", "CNY", "", low, likely, high, unit_shown="")
        if problem:
            return fid, problem
        if figure is not None:
            merged[fid] = figure.with_values(low, likely, high)
    return pack_problem(merged) if known_figures is not None else None


# ------------------------------------------------------------------ computing safely

class ComputationError(ArithmeticError):
    """Figures within their ranges that still leave the model nothing finite to compute.

    `why` names the kind of failure ("divide", "overflow", "nesting", "undefined"), for a
    window that says it in its own language.
    """

    def __init__(self, message: str, why: str = "undefined"):
        super().__init__(message)
        self.why = why


T = TypeVar("T")

# What arithmetic on the user's figures can raise inside the engine.
_NUMERIC_FAILURES = (ArithmeticError, ValueError, FloatingPointError, OverflowError, ZeroDivisionError,
                     RecursionError)


@cache
def _numpy() -> Any:
    # Loaded with the first computation, not with this module: the pack's checks, which load with it,
    # need no NumPy (nor does the window's first frame). Kept, so that each slider move does not
    # import it again (an import statement, even of a loaded module, goes through PySide6's hook).
    import numpy
    return numpy


def computed(work: Callable[[], T], check: Callable[[T], Iterable[float]] | None = None) -> T:
    """Run `work` (an evaluation) with every numerical problem raised, as a ComputationError.

    NumPy's warnings (division by zero, overflow) become errors rather than lines on the
    terminal, and `check` may list numbers of the result that must all be finite.
    """
    try:
        with warnings.catch_warnings(), _numpy().errstate(divide="raise", over="raise", invalid="raise"):
            warnings.simplefilter("error", RuntimeWarning)
            result = work()
            if check is not None and not all(math.isfinite(v) for v in check(result)):
                raise OverflowError("a result is not a finite number")
    except _NUMERIC_FAILURES as exc:
        why = _kind(exc)
        raise ComputationError(_sentence(why), why) from exc
    return result


WHY = {
    "divide": "a calculation would divide by zero",
    "overflow": "a result grows beyond any finite number",
    "nesting": "the calculation nests too deeply",
    "undefined": "a calculation has no defined result",
}


def _kind(exc: BaseException) -> str:
    text = str(exc).lower()
    if isinstance(exc, ZeroDivisionError) or "divide" in text:
        return "divide"
    if isinstance(exc, OverflowError) or "overflow" in text or "finite" in text or "infinity" in text:
        return "overflow"
    if isinstance(exc, RecursionError):
        return "nesting"
    return "undefined"


def _sentence(why: str) -> str:
    return (f"wxdesk cannot compute this scenario with these figures: {WHY[why]}; change the figures this "
            f"scenario sets (or the data pack).")


def finite_numbers(data: Any) -> Iterable[float]:
    """The floats of a nested structure of dicts, lists and numbers (such as `to_dict()` output)
    that a finiteness check needs to see: none when all are finite.

    The JSON encoder (in C) finds a NaN or an infinity far faster than a walk in Python, and
    an evaluation's record holds a few hundred numbers; only when it refuses does the walk run.
    """
    try:
        json.dumps(data, allow_nan=False)
        return ()
    except (ValueError, TypeError):  # a number that is not finite, or a value JSON does not know
        return _every_float(data)


def _every_float(data: Any) -> Iterable[float]:
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, float):
            yield item
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
