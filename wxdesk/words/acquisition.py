"""What the plan's user acquisition is made of, as a sum a client can multiply out: the users won through ads at the
start, those won again each year to take the place of users who leave, and what one costs, the amounts beside them
the cost split's own (PlanResult.yearly_breakdown, the "User acquisition" of the handout's and the long image's key).

A hotpot chain's handout gave "User acquisition ¥1.46M" of a ¥1.94M total over 3 years and, to explain it, "30% of
your users are won through ads": 120,000 × 30% × ¥7.83 is ¥282k, not the ¥672k of its first year. The engine buys the
share of the users the plan reaches (costs.bought_user_cost: through WeChat where the plan has a WeChat door, else as
app installs), once at the start and again each year for each user kept (the pack's yearly_replacement), every
figure at its average (draws.py). The sentence says each of those figures as the handout's appendix writes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from wxdesk.engine.cost_reasons import acquired_user_cost
from wxdesk.engine.costs import kept_fit_table, wechat_door
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.fit import staff_only
from wxdesk.engine.reasons import Price
from wxdesk.engine.results import Evaluation, PlanResult
from wxdesk.engine.scenario import Scenario
from wxdesk.words.figure_text import average_text
from wxdesk.words.numbers import close_unit_spaces
from wxdesk.words.timeline import cost_notes
from wxdesk.words.unit_prices import unit_price
from wxdesk.words.words import Words

# The pack's figures the sentence quotes: a user won through WeChat ads, an app install and the two shares an install
# is divided by (costs.bought_user_cost), and the users won again each year for each user kept.
WECHAT_USER = "mp_cost_per_user_cny"
INSTALL = "app_cost_per_install_cny"
INSTALL_SHARES = ("install_conversion", "first_open_rate")
AGAIN = "yearly_replacement"


@dataclass(frozen=True)
class Acquisition:
    """The plan's user acquisition as its cost takes it, every figure at its average (in CNY)."""

    reached: float  # the users the plan reaches: on WeChat where it has a WeChat door, and those its app reaches
    start: float  # won through ads at the start: the paid share of those reached
    again: float  # won again each year, for those who leave: `start` × the pack's yearly_replacement
    price: float  # one user won, on average over those the plan wins (costs.won_user_cost)
    wechat_share: float  # of the audience, reached through WeChat (won at a WeChat user's price)
    app_share: float  # of the audience, reached as app installs
    years: int
    first: float  # the cost split's acquisition in the first year
    later: float  # in each later year (every later year costs the same: PlanCosts.later_years_alike)
    total: float  # over the horizon


def acquisition(plan: PlanResult, scenario: Scenario, pack: DataPack) -> Acquisition | None:
    """The plan's user acquisition, or None where it buys no user (no share won through ads, or none it reaches).
    `pack`: with the scenario's own figures (DataPack.with_overrides)."""
    if scenario.paid_share <= 0 or not plan.presences or plan.breakdown.get("acquisition", 0.0) <= 0:
        return None
    members = plan.presences
    has_app = "native_app" in members
    # As costs._shares has them.
    wechat_share = scenario.china_share if wechat_door(members, kept_fit_table(scenario, pack), scenario, pack) else 0.0
    app_share = (1.0 - wechat_share) if has_app else 0.0
    reached = scenario.audience * (wechat_share + app_share)
    start = reached * scenario.paid_share
    yearly = plan.yearly_breakdown
    return Acquisition(
        reached=reached, start=start, again=start * pack.average(AGAIN),
        price=acquired_user_cost(members, scenario, pack), wechat_share=wechat_share, app_share=app_share,
        years=scenario.horizon_years, first=float(yearly[0].get("acquisition", 0.0)),
        later=float(yearly[1].get("acquisition", 0.0)) if len(yearly) > 1 else 0.0,
        total=float(plan.breakdown.get("acquisition", 0.0)))


def user_price(a: Acquisition) -> Price:
    """A user won, as the sentence writes it: a unit price (words.unit_prices: four significant digits in yuan, three
    converted), the same on the cards and in the appendix. Where every user is won through WeChat it is the pack's own
    figure, whose appendix row then writes its average so (figure_text.quoted_averages)."""
    return Price(a.price, 0.0, WECHAT_USER if a.app_share == 0 else "")


def quoted_prices(plan: PlanResult, scenario: Scenario, pack: DataPack) -> tuple[Price, ...]:
    """The pack's prices the sentence multiplies out, for the appendix to write as it does (quoted_averages)."""
    found = acquisition(plan, scenario, pack)
    if found is None:
        return ()
    price = user_price(found)
    return (price,) if price.figure else ()


def _written(price: Price, w: Words) -> str:
    return unit_price(float(price), w.currency, w.cny_per_unit, w.lang)


def _price_clause(a: Acquisition, pack: DataPack, w: Words) -> str:
    price = _written(user_price(a), w)
    if a.app_share == 0:
        return w.translate("Report", "each won through WeChat ads at {price} on average").format(price=price)
    conversion, opened = (w.share(pack.average(f)) for f in INSTALL_SHARES)
    install = average_text(pack.figures[INSTALL], w)
    if a.wechat_share == 0:
        return w.translate("Report", "each won as an app install at {price} on average ({install} an install, "
                                     "divided by the {conversion} who install from the store page and the {opened} "
                                     "who open it)").format(price=price, install=install, conversion=conversion,
                                                            opened=opened)
    wechat = average_text(pack.figures[WECHAT_USER], w)
    return w.translate("Report", "each won at {price} on average ({share} through WeChat ads at {wechat}, the rest as "
                                 "app installs at {install} an install, divided by the {conversion} who install from "
                                 "the store page and the {opened} who open it)").format(
        price=price, share=w.share(a.wechat_share / (a.wechat_share + a.app_share)), wechat=wechat, install=install,
        conversion=conversion, opened=opened)


def on_their_own(plan: PlanResult, w: Words) -> str:
    """Where the users not won through ads come from, for the plan: the app stores only where it holds an app (a
    noodle house's Mini Program and Service Account read "come on their own (stores, search, …)", a store it has no
    app in)."""
    if "native_app" in plan.presences:
        return w.translate("Report", "app stores, search, QR codes, word of mouth")
    return w.translate("Report", "search, QR codes, word of mouth")


def acquisition_sentence(plan: PlanResult, scenario: Scenario, pack: DataPack, w: Words, staff: bool = False) -> str:
    """What the plan's user acquisition assumes and what it comes to, under the cost split of the handout and the long
    image (and the text summary's): with no paid share, that every user comes on their own, not "0% of your users";
    where the users are the business's own staff (`staff`: fit.staff_only), that they are, not that they come from
    "stores, search, QR codes, word of mouth" (factory_staff's handout said so of a plant's workers). `pack`: with the
    scenario's own figures."""
    if scenario.paid_share <= 0 and staff:
        return w.translate("Report", "Your users are your own staff: none is won through ads, so the plans hold no "
                                     "user acquisition.")
    if staff:
        # (The costs buy no staff through ads, whatever the slider says: costs.CostBook._shared_parts.)
        return w.translate("Report", "Your users are your own staff, whom no ad wins: the plans hold no user "
                                     "acquisition, whatever share of users you set as won through ads.")
    if scenario.paid_share <= 0:
        return w.translate("Report", "No user is won through ads: all come on their own ({sources}), so the plans "
                                     "hold no user acquisition.").format(sources=on_their_own(plan, w))
    share = w.share_as_set(scenario.paid_share)  # (the input as set: "0.25%", where "<1%" read as a bound)
    a = acquisition(plan, scenario, pack)
    if a is None:
        return w.translate("Report", "User acquisition assumes {share} of your users are won through ads; the rest "
                                     "come on their own ({sources}).").format(share=share,
                                                                             sources=on_their_own(plan, w))
    counts = {"start": w.number(round(a.start)), "again": w.number(round(a.again)),
              "rate": average_text(pack.figures[AGAIN], w)}
    if round(a.reached) >= round(scenario.audience):
        lead = w.translate("Report", "User acquisition assumes {share} of your users are won through ads: {start} at "
                                     "the start and {again} a year to win back those who leave ({rate} a year for "
                                     "each user kept)").format(share=share, **counts)
    else:
        lead = w.translate("Report", "User acquisition assumes {share} of the {reached} users the plan reaches are won "
                                     "through ads: {start} at the start and {again} a year to win back those who "
                                     "leave ({rate} a year for each user kept)").format(
            share=share, reached=w.number(round(a.reached)), **counts)
    if a.years > 1:
        amounts = w.translate("Report", "{first} in the first year and {later} in each later year, {total} over "
                                        "{years} years").format(first=w.money(a.first), later=w.money(a.later),
                                                                total=w.money(a.total), years=a.years)
    else:
        amounts = w.translate("Report", "{first} in the year").format(first=w.money(a.first))
    # (None where every user is won through ads: "the rest" beside 100% read as a slip.)
    rest = ("" if scenario.paid_share >= 1
            else w.translate("Report", "The rest come on their own ({sources}).").format(sources=on_their_own(plan, w)))
    said = w.translate("Report", "{lead}, {price} — {amounts}.").format(
        lead=lead, price=_price_clause(a, pack, w), amounts=amounts)
    text = w.sentences([said, rest])
    return close_unit_spaces(text) if w.chinese else text  # ("3 年共 ¥146万。", "¥15.1万美元时")


def under_the_split(evaluation: Evaluation, pack: DataPack, w: Words) -> str:
    """What the handout, the long image and the text say under the plan's cost split: what its user acquisition
    assumes and comes to (acquisition_sentence), then what its costs leave out (timeline.cost_notes: WeChat Pay's fee
    on each payment). `pack`: with the scenario's own figures."""
    sc = evaluation.scenario
    return w.sentences([acquisition_sentence(evaluation.plan, sc, pack, w, staff_only(sc)),
                        *(w.reason(r) for r in cost_notes(evaluation.warnings))])
