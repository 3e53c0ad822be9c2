"""The articles written for the client, named beside the budget where they are most of the plan's first year.

A kindergarten's handout read "Your budget of ¥120k is ¥9,000 short of the plan's likely first-year cost of ¥129k; no
plan that does what you asked for fits within it", and its key "Maintenance and content ¥600k", 94% of the plan's
cost: 12 articles a month written for it at ¥833.3 each, ¥120k a year, the whole of its budget, none of which it
would pay writing them itself (its Official Account's card said so, pages later). Where the articles make at least
half of the plan's likely first-year cost (FIRST_YEAR_SHARE), the budget's sentence is followed by one that says so,
with the card's own figures (evaluator._content_reason: the price as the card and the appendix write it).
"""

from __future__ import annotations

from wxdesk.engine import reasons as R
from wxdesk.engine.reasons import Price, Reason
from wxdesk.engine.results import Evaluation
from wxdesk.words.numbers import close_unit_spaces
from wxdesk.words.words import Words

# The share of the plan's likely first-year cost from which its articles are named beside the budget: most of it.
FIRST_YEAR_SHARE = 0.5

_ONE = (R.CONTENT_COUNTED_ONE, R.CONTENT_COUNTED_ONE_ANYWAY)
_MANY = (R.CONTENT_COUNTED, R.CONTENT_COUNTED_ANYWAY)


def plan_articles(evaluation: Evaluation) -> Reason | None:
    """The line on the plan's articles produced for the client, from the card of the member that sends them."""
    return next((r for p in evaluation.presences if p.in_plan for r in p.reasons if r.template in (*_ONE, *_MANY)),
                None)


def articles_note(evaluation: Evaluation, w: Words) -> str:
    """"Of the plan's likely first-year cost of ¥129k, ¥120k is 12 articles a month written for you …", where they are
    at least FIRST_YEAR_SHARE of it; else ""."""
    line = plan_articles(evaluation)
    first_year = evaluation.plan.first_year.likely
    if line is None or first_year <= 0:
        return ""
    years = int(line.params["years"])  # type: ignore[call-overload]
    yearly = float(line.params["amount"]) / years  # type: ignore[arg-type]
    if yearly < FIRST_YEAR_SHARE * first_year:
        return ""
    price = line.params["average"]
    assert isinstance(price, Price)
    # Each amount in full where it reads as another beside it and differs, as the budget's sentence before it writes
    # its own (Words._told_apart): the kindergarten's read "… ¥300 short of the plan's likely first-year cost of
    # ¥120,300", then "Of the plan's likely first-year cost of ¥120k, ¥120k is 12 articles a month".
    def alike(one: float, other: float) -> bool:
        return w.money(one) == w.money(other) and w.money_in_full(one) != w.money_in_full(other)
    apart = alike(first_year, yearly)
    cost = (w.money_in_full if apart or alike(first_year, evaluation.scenario.budget_cny) else w.money)(first_year)
    values = {"cost": cost, "amount": (w.money_in_full if apart else w.money)(yearly), "count": line.params["wanted"],
              "price": price.written_in(w.currency, w.cny_per_unit, w.lang)}
    if line.template in _ONE:
        text = w.translate("Report", "Of the plan's likely first-year cost of {cost}, {amount} is one article a month "
                                     "written for you, at {price} on average; written in-house, it would cost "
                                     "nothing.").format(**values)
    else:
        text = w.translate("Report", "Of the plan's likely first-year cost of {cost}, {amount} is {count} articles a "
                                     "month written for you, at {price} each on average; written in-house, they would "
                                     "cost nothing.").format(**values)
    # (As the card writes it: "¥63.8万中占 ¥60万", not "¥63.8万 中".)
    return close_unit_spaces(text) if w.chinese else text
