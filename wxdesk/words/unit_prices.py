"""A unit price, one user won through ads, written one way wherever it stands on a page.

The rule: a price per user (or per install) is written as the handout's appendix writes a data-pack figure
(money.format_figure_money): to four significant digits in yuan ("¥18.11", "¥7.833", "¥14.67") and, converted, to three
("€2.32", "$2.51"), since the rate is no more precise than that. Never to the digits that would make its product with
a count read exactly as the amount beside it: bank_care's sentence gave "¥18.107 on average (¥14.67 an install, divided
by the 90% … and the 90% …)", which a reader rebuilds as ¥18.111, and in euros "€1.0043"; and never rounded to the whole
yuan as an amount is: its Mini Program's card read "¥18 per acquired user" beside the sentence's ¥18.107. Written so,
the price is the same on the acquisition sentence (words.acquisition), the cards (here) and the appendix's average; a
price divided from its printed parts reads as printed; and each product the sentence prints (the price times the users
of a year) holds the amount printed beside it within their rounding, each written to its own digits.
"""

from __future__ import annotations

from dataclasses import replace

from wxdesk.engine import reasons as R
from wxdesk.engine.money import format_figure_money
from wxdesk.engine.reasons import Money, Reason

# The sentences that quote a user's price, and the keys of their prices: the cards' "¥8 per acquired user with it,
# ¥18 without", and the next best's "¥18 per acquired user, against ¥8 in …".
PRICE_KEYS = {
    R.IN_PLAN_WECHAT_DOOR: ("with_it", "without"),
    R.NOT_IN_PLAN_SWAP_USERS: ("alt", "plan_alt"),
    R.NOT_IN_PLAN_SWAP_USERS_SAME_SCORE: ("alt", "plan_alt"),
    R.NOT_IN_PLAN_ADDED_CHEAPER_USERS: ("alt", "best"),
    R.WHY_CHEAPER_USERS: ("alt", "best"),
    R.WHY_DEARER_USERS: ("alt", "best"),
    R.WHY_DEARER_USERS_THAN: ("alt", "best"),
}


def unit_price(amount_cny: float, currency: str, cny_per_unit: float, lang: str) -> str:
    """A user's price held in yuan, in `currency` (1 unit = `cny_per_unit` yuan), by the rule above."""
    return format_figure_money(amount_cny, currency, 1 / cny_per_unit, "zh" if lang.startswith("zh") else "en")


class UnitPrice(Money):
    """A user's price in a sentence, written by the rule above."""

    def written_in(self, currency: str, cny_per_unit: float, lang: str, in_full: bool = False) -> str:
        return unit_price(float(self), currency, cny_per_unit, lang)


def with_unit_prices(reason: Reason) -> Reason:
    """`reason` with the users' prices it quotes written as unit prices; the same reason where it quotes none."""
    keys = PRICE_KEYS.get(reason.template, ())
    changed = {key: UnitPrice(value) for key in keys
               if type(value := reason.params.get(key)) is Money}  # (a plain amount, not one already written)
    return replace(reason, params={**reason.params, **changed}) if changed else reason
