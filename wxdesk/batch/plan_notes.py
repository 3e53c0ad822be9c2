"""The sentences the handout, the long image and the text summary print beside the plan's cost and budget, for the
JSON: each as they print it (the words layer's own function), with the figures a client can rebuild it from.

`evaluate --json` gave the plan's cost split (`cost_breakdown_cny`) and the note on WeChat Pay's fee, but not what the
handout says under the split: that 30% of the 117,600 users the plan reaches are won through ads, 35,280 at the start
and 50,568 a year, at ¥7.833 each; nor the note on the articles written for the client beside the budget, nor how the
budget's points are counted. An analyst reading the JSON found a ¥1.46M of user acquisition with nothing to rebuild it
from, where the client's handout said how. The numbers here are the ones those sentences write, taken from the same
functions (words.acquisition.acquisition, words.articles.plan_articles), not computed again.
"""

from __future__ import annotations

from typing import Any

from wxdesk.engine.datapack import DataPack
from wxdesk.engine.fit import staff_only
from wxdesk.engine.money import whole_yuan
from wxdesk.engine.results import Evaluation
from wxdesk.words.acquisition import AGAIN, Acquisition, acquisition, acquisition_sentence, under_the_split
from wxdesk.words.articles import articles_note, plan_articles
from wxdesk.words.budget_points import budget_points_note
from wxdesk.words.words import Words

# A user's price to four decimals: the sentence writes it with as many digits as make it times the users it gives
# read as the amounts beside it ("¥7.833", "¥18.107"), more than the fen Reason.params_json keeps for a price.
PRICE_DECIMALS = 4


def plan_notes(evaluation: Evaluation, pack: DataPack, w: Words) -> dict[str, Any]:
    """The plan's `user_acquisition`, `under_the_split`, `articles` and `budget_points` as `evaluate --json` gives
    them (docs/command-line.md, "The plan's notes"), every text as `w` writes it. `pack`: the pack the evaluation
    was made with (its scenario's own figures are added here, as the handout adds them)."""
    used = pack.with_overrides(evaluation.scenario.overrides)
    points = budget_points_note(evaluation, used, w)
    return {
        "user_acquisition": user_acquisition(evaluation, used, w),
        "under_the_split": under_the_split(evaluation, used, w),
        "articles": articles(evaluation, w),
        "budget_points": {"text": points} if points else None,
    }


def user_acquisition(evaluation: Evaluation, used: DataPack, w: Words) -> dict[str, Any]:
    """The sentence on the plan's user acquisition and the figures it multiplies out; the figures null where the plan
    wins no user through ads (the sentence then says why: none won through ads, the users are staff, …)."""
    sc, plan = evaluation.scenario, evaluation.plan
    found = acquisition(plan, sc, used)
    text = acquisition_sentence(plan, sc, used, w, staff_only(sc))
    return {"text": text, **_figures(found, used)}


def _figures(a: Acquisition | None, used: DataPack) -> dict[str, Any]:
    names = ("users_reached", "users_won_at_start", "users_won_each_year", "won_again_per_user_kept",
             "price_per_user_cny", "wechat_share", "app_share", "first_year_cny", "later_year_cny", "total_cny",
             "years")
    if a is None:
        return dict.fromkeys(names)
    values = (
        round(a.reached), round(a.start), round(a.again),  # (the counts as the sentence writes them)
        round(used.average(AGAIN), 4),  # (the pack's figure the sentence quotes, at its average)
        round(a.price, PRICE_DECIMALS), round(a.wechat_share, 4), round(a.app_share, 4),
        whole_yuan(a.first), whole_yuan(a.later) if a.years > 1 else None, whole_yuan(a.total), a.years)
    return dict(zip(names, values, strict=True))


def articles(evaluation: Evaluation, w: Words) -> dict[str, Any] | None:
    """The note on the articles written for the client that follows the budget's sentence, with the card's figures
    it quotes; None where the handout prints none (they are less than half the plan's first year, or none)."""
    text = articles_note(evaluation, w)
    line = plan_articles(evaluation)
    if not text or line is None:
        return None
    years = int(line.params["years"])  # type: ignore[call-overload]
    card = line.params_json()  # (the count and the price as the card's line gives them in the JSON)
    return {
        "text": text,
        "articles_a_month": card["wanted"],
        "price_per_article_cny": card["average"],
        # (The card's amount over the horizon, a year of it: the amount the note gives.)
        "yearly_cny": whole_yuan(float(line.params["amount"]) / years),  # type: ignore[arg-type]
        "first_year_cost_cny": whole_yuan(evaluation.plan.first_year.likely),
    }
