"""A comparison's table (the Compare window's, `wxdesk compare`'s) with the inputs that differ written so that they
read apart.

Which inputs differ is decided on their values (wxdesk.engine.compare), so the JSON's `differing_fields` is the same
in every currency, and the window marks the rows the command line marks. The table writes numbers as the window
does (¥1.06M, 2M, 90%), and two budgets of 1,059,600 and 1,059,700 both read ¥1.06M: a row marked as differing
beside two cells alike. Values of one differing row that would read alike are written to the whole unit, as a
sentence writes two amounts that would read alike (Words.money_in_full: ¥1,059,600 and ¥1,059,700), and where even
that reads alike (500,000 and 500,000.4 yuan, 90% and 90.0000001%) with the fewest more decimals that tell them
apart.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from wxdesk.engine.compare import Comparison
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.money import dressed
from wxdesk.words import Words
from wxdesk.words.comparison import field_value
from wxdesk.words.numbers import grouped

MOST_DECIMALS = 12  # past this a float's digits are no longer the value's own
# The Words method that writes each number field in the table (words.comparison.field_value), and so the one that
# writes it apart here. (Other number fields are whole numbers, written in full.)
_WRITER = {"budget_cny": "money", "audience": "count", "china_share": "share_as_set", "paid_share": "share_as_set",
           "interaction_minutes": "figure_number", "pushes_per_month": "figure_number"}


def _first_apart(values: Iterable[float], writings: Iterable[Callable[[float], str]]) -> dict[float, str]:
    """Each of `values` in the first of `writings` that writes no two of them alike."""
    distinct = sorted(set(values))
    last: dict[float, str] = {}
    for write in writings:
        last = {value: write(value) for value in distinct}
        if len(set(last.values())) == len(distinct):
            break
    return last


@dataclass(frozen=True)
class InputsApart(Words):
    """The reader's Words, writing the differing numbers of a comparison's inputs apart (`apart`: method name →
    value → its writing); every other figure as Words writes it."""

    apart: Mapping[str, Mapping[float, str]] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def of(cls, comparison: Comparison, reader: Words, pack: DataPack) -> InputsApart:
        apart: dict[str, dict[float, str]] = {}
        for row in comparison.fields:
            method = _WRITER.get(row.field)
            if method is None or not row.differs:
                continue
            alike: dict[str, set[float]] = {}
            for value in row.values:
                alike.setdefault(field_value(row.field, value, reader, pack), set()).add(value)
            for values in alike.values():
                if len(values) > 1:
                    apart.setdefault(method, {}).update(_first_apart(values, _writings(method, reader)))
        return cls(reader.lang, reader.currency, reader.cny_per_unit, reader.translate, reader.pack, apart)

    def _written(self, method: str, value: float) -> str | None:
        return self.apart.get(method, {}).get(value)

    def money(self, amount_cny: float) -> str:
        return self._written("money", amount_cny) or super().money(amount_cny)

    def count(self, value: float) -> str:
        return self._written("count", value) or super().count(value)

    def share_as_set(self, value: float) -> str:
        return self._written("share_as_set", value) or super().share_as_set(value)

    def figure_number(self, value: float) -> str:
        return self._written("figure_number", value) or super().figure_number(value)


def _writings(method: str, w: Words) -> list[Callable[[float], str]]:
    """The ways to write a value of `method`'s kind, each finer than the one before."""
    if method == "money":
        def amount(decimals: int) -> Callable[[float], str]:
            def write(cny: float) -> str:
                units = cny / w.cny_per_unit
                return dressed(grouped(abs(units), decimals), w.currency, w.lang, units < 0)
            return write
        return [w.money_in_full, *(amount(d) for d in range(1, MOST_DECIMALS + 1))]
    if method in ("count", "figure_number"):  # (a session's minutes, the messages a month: 3 and 3.0001 read "3")
        return [functools.partial(grouped, decimals=d) for d in range(MOST_DECIMALS + 1)]
    return [functools.partial(_percent, decimals=d) for d in range(7, MOST_DECIMALS + 1)]


def _percent(share: float, decimals: int) -> str:
    """A share to more decimals of a percent than the box writes it with (numbers.MOST_DECIMALS)."""
    return f"{share * 100:.{decimals}f}%"

