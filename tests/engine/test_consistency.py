"""Nothing the engine says contradicts anything else it says (issue 10), stated as properties
over every preset and over generated scenarios (hypothesis).

- A smaller budget never makes the plan dearer: lowering the budget never raises the plan's
  likely first-year cost, so a flip point below the budget names a plan no dearer.
- "Adding it would lower the plan's score by N points" is the difference of the two scores
  as shown (whole points), and the plan's own score lines add up to its score as shown.
- The Mini Program's and the app's session sentences follow the session length against where
  the two suit equally, never both for nor both against, each with points of its own sign.
- A fee a card names is the fee the costs charge for that business; an overseas company is
  never told it sells through a WeChat Shop.
- Staff are not customers: no customer contacts, no articles for an official account that
  carries none of their messages.
- Sentences start with a capital and never read "a Official"; money in the JSON is whole yuan.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import reasons as R
from wxdesk.engine.costs import COMPONENTS, CostBook, plan_costs
from wxdesk.engine.datapack import PRESENCES
from wxdesk.engine.draws import AVERAGE_COLUMN
from wxdesk.engine.evaluator import Evaluation, best_plan
from wxdesk.engine.fit import IN_PLAN_WORDING, fit_table, sessions_held
from wxdesk.engine.flips import flip_points
from wxdesk.engine.plans import ranking
from wxdesk.engine.scenario import Scenario

PACK = load_datapack()
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PRESETS = [load_preset(p) for p in preset_ids()]
any_scenario = st.one_of(st.sampled_from(PRESETS), scenarios)


def _plan_first_year(scenario, budget: float) -> float:
    moved = scenario.with_changes(budget_cny=budget)
    table = fit_table(moved, PACK)
    ranked = ranking(table, moved, PACK, CostBook(moved, PACK))
    return ranked[0].first_year_likely


# ---------------------------------------------------------------- a smaller budget, never a dearer plan

@SETTINGS
@given(any_scenario, st.floats(0, 1), st.floats(0, 1))
def test_a_smaller_budget_never_makes_the_plan_dearer(scenario, a, b):
    # Budgets from ¥0 to ten times the scenario's own (on a log scale), the range a slider crosses.
    top = max(scenario.budget_cny, 1e5) * 10
    low, high = sorted((top * 1e-6 ** a, top * 1e-6 ** b))
    for smaller in (low, 0.0):
        assert _plan_first_year(scenario, smaller) <= _plan_first_year(scenario, high) * (1 + 1e-9) + 1e-6


@pytest.mark.parametrize("scenario", PRESETS, ids=preset_ids())
def test_a_budget_flip_below_names_a_plan_no_dearer(scenario):
    point = flip_points(scenario, PACK, fields=["budget_cny"])["budget_cny"]
    if point is None:
        return
    here = _plan_first_year(scenario, scenario.budget_cny)
    there = _plan_first_year(scenario, point.value)
    assert best_plan(scenario.with_changes(budget_cny=point.value), PACK) == point.winner
    if point.direction == "below":
        assert there <= here
    else:
        assert there >= here


def test_news_publisher_with_less_money_keeps_the_cheaper_plan():
    """The review's case: at ¥250k and ¥100k the plan was Official Account + native app (¥1.5M in year one)."""
    news = load_preset("news_publisher")
    own = best_plan(news, PACK)
    for budget in (250_000, 100_000, 0):
        assert "native_app" not in best_plan(news.with_changes(budget_cny=budget), PACK) or "native_app" in own


# ---------------------------------------------------------------- points as the scores show them

def _shown_scores(ev: Evaluation) -> dict[tuple[str, ...], int]:
    """Every plan whose score is shown: the plan, the alternatives and the chart's variants."""
    shown = {p.presences: round(p.score) for p in (ev.plan, *ev.alternatives)}
    for variant in ev.app_or_mini_program.variants.values():
        shown.setdefault(variant.presences, round(variant.score))
    return shown


def _check_points_follow_the_shown_scores(scenario) -> None:
    ev = evaluate(scenario, PACK)
    table = fit_table(scenario, PACK)
    ranked = ranking(table, scenario, PACK, CostBook(scenario, PACK))
    shown = _shown_scores(ev)
    # The points are the difference of the scores as written: 70.7 beside 67.9 is 2.8, never "3".
    unit = 10 ** ev.score_digits
    plan_score = round(ev.plan.score * unit)
    for presence in ev.presences:
        if presence.in_plan or not presence.eligible:
            continue
        first = presence.reasons[0]
        members = tuple(p for p in PRESENCES if p in ev.plan.presences or p == presence.id)
        with_it = ranked.get(members)
        assert with_it is not None
        difference = (plan_score - round(with_it.score * unit)) / unit
        if first.template in (R.NOT_IN_PLAN, R.NOT_IN_PLAN_PLAIN, R.NOT_IN_PLAN_BUDGET, R.NOT_IN_PLAN_BUDGET_FURTHER,
                              R.NOT_IN_PLAN_BUDGET_SPARES, R.NOT_IN_PLAN_BUDGET_FURTHER_SPARES,
                              R.NOT_IN_PLAN_EFFORT, R.NOT_IN_PLAN_EFFORT_MORE, R.NOT_IN_PLAN_EFFORT_LESS,
                              R.NOT_IN_PLAN_EFFORT_LESS_BUDGET, R.NOT_IN_PLAN_EFFORT_LESS_COST,
                              *R.NOT_IN_PLAN_EFFORT_COST_FORMS, R.NOT_IN_PLAN_EFFORT_LESS_CHEAPER,
                              R.NOT_IN_PLAN_MORE_COVERED_DEARER,
                              R.NOT_IN_PLAN_STAFF_ADDED, R.NOT_IN_PLAN_STAFF_SAVED):
            assert float(first.params["points"]) == pytest.approx(difference) and difference > 0
            assert "." not in str(first.params_json()["points"]) or difference != int(difference)
        else:
            assert first.template == R.NOT_IN_PLAN_TIE and difference == 0
        if members in shown:
            assert shown[members] == round(with_it.score)
    # The plan's own lines: coverage less each line's points is its score as shown, and the first line
    # says so where any line takes points.
    lines = {r.template: r for r in ev.plan.reasons}
    first_line = lines.get(R.PLAN_SCORE) or lines[R.PLAN_SCORE_LESS]
    taking = (R.PLAN_PRESENCE_COST, *R.PLAN_STAFF_LINES, *R.PLAN_COST_LINES, *R.PLAN_BUDGET_LINES)
    assert (R.PLAN_SCORE_LESS in lines) == any(t in lines for t in taking)
    assert float(first_line.params["score"]) == pytest.approx(ev.to_dict()["plan"]["score"], abs=1e-9)
    total = first_line.params["coverage"]
    for template in taking:
        if template in lines:
            total -= lines[template].params["points"]
    # As the headline and the JSON write the score (to a tenth where the three best plans need it).
    assert float(total) == pytest.approx(ev.to_dict()["plan"]["score"], abs=1e-9)


@pytest.mark.parametrize("scenario", PRESETS, ids=preset_ids())
def test_points_follow_the_shown_scores_in_every_preset(scenario):
    _check_points_follow_the_shown_scores(scenario)


@SETTINGS
@given(scenarios)
def test_points_follow_the_shown_scores(scenario):
    _check_points_follow_the_shown_scores(scenario)


# ---------------------------------------------------------------- the session length, one story on two cards

_MP_FOR = {R.SESSION_SHORT, R.SESSION_MP_LONGER}
_APP_FOR = {R.SESSION_LONG}
_SESSION = {R.SESSION_SHORT, R.SESSION_MP_LONGER, R.SESSION_MP_TOO_LONG, R.SESSION_LONG, R.SESSION_APP_SHORT,
            R.SESSION_EVEN, R.SESSION_LONG_FEW}


def _session(ev: Evaluation, presence: str):
    """The presence's session sentence, read as its side: a presence the plan holds says the same
    point as one to watch (fit.IN_PLAN_WORDING), with the same parameters and points."""
    base = {in_plan: template for template, in_plan in IN_PLAN_WORDING.items()}
    found = [replace(r, template=base.get(r.template, r.template)) for r in ev.presence(presence).reasons
             if base.get(r.template, r.template) in _SESSION]
    assert len(found) <= 1
    return found[0] if found else None


def _check_session_sentences(scenario) -> None:
    ev = evaluate(scenario, PACK)
    app = _session(ev, "native_app")
    assert app is not None  # an app may always be registered
    minutes, pivot = app.params["minutes"], app.params["pivot"]
    typical = app.params["typical"]
    # Each sentence follows the session length (as shown) against where the two suit equally,
    # and its points speak for the side its words take.
    side = (minutes > pivot) - (minutes < pivot)
    # Long sessions for an audience too small for many to install an app say so (fit.sessions_held), and weigh as
    # its share of them does.
    few = side >= 0 and sessions_held("native_app", scenario, PACK) < 1
    assert app.template == (R.SESSION_LONG_FEW if few else
                            {1: R.SESSION_LONG, 0: R.SESSION_EVEN, -1: R.SESSION_APP_SHORT}[side])
    if not few:
        assert (app.impact >= -1e-9) if side >= 0 else (app.impact <= 1e-9)
    mp = _session(ev, "mini_program")
    if not ev.presence("mini_program").eligible:
        assert mp is None
        return
    assert mp is not None and mp.params == {k: v for k, v in app.params.items() if k != "users"}
    if side > 0:
        assert mp.template == R.SESSION_MP_TOO_LONG and mp.impact <= 1e-9
    elif side == 0:
        assert mp.template == R.SESSION_EVEN
    else:
        assert mp.template == (R.SESSION_SHORT if minutes <= typical else R.SESSION_MP_LONGER)
        assert mp.impact >= -1e-9
    # Never both for, never both against.
    assert not (mp.template in _MP_FOR and app.template in _APP_FOR)
    assert (mp.template == R.SESSION_EVEN) == (side == 0)


@pytest.mark.parametrize("scenario", PRESETS, ids=preset_ids())
def test_session_sentences_agree_in_every_preset(scenario):
    _check_session_sentences(scenario)


@SETTINGS
@given(scenarios)
def test_session_sentences_agree(scenario):
    _check_session_sentences(scenario)


@pytest.mark.parametrize("minutes", [3, 6])
def test_the_reviews_sessions_read_one_way(minutes):
    """Default (3 min) and news_publisher (6 min): the Mini Program and the app no longer both claim them."""
    ev = evaluate(load_preset("news_publisher").with_changes(interaction_minutes=minutes), PACK)
    mp, app = _session(ev, "mini_program"), _session(ev, "native_app")
    assert (mp.template, app.template) == ((R.SESSION_MP_LONGER, R.SESSION_APP_SHORT) if minutes == 3
                                           else (R.SESSION_MP_TOO_LONG, R.SESSION_LONG))


# ---------------------------------------------------------------- fees and selling as the costs see them

def _yearly_fees(book: CostBook, presence: str) -> float:
    """The presence's own fees every year (the median sample): what verification costs it."""
    fees = COMPONENTS.index("fees")
    terms = [t for t in book.own(presence).terms if t.component == fees and t.pattern.all()]
    return float(np.median(sum((t.vector for t in terms), np.zeros(book.shape[0]))))


def _check_fees_as_charged(scenario) -> None:
    ev = evaluate(scenario, PACK)
    book = CostBook(scenario, PACK)
    for presence in ev.presences:
        for reason in presence.reasons:
            if reason.template == R.PAYMENTS_YES:
                # A rented template's card names its rent on a line of its own: the two are its fees.
                # (Said as its range; the fees charged follow the likely rent.)
                lines = [r for r in presence.reasons if r.template in (R.MP_TEMPLATE, R.MP_TEMPLATE_LIVE)]
                figure = PACK.figures["mp_template_rent_cny"]
                assert all((float(r.params["rent_low"]), float(r.params["rent_high"])) == (figure.low, figure.high)
                           for r in lines)
                rent = figure.likely if lines else 0.0
                assert float(reason.params["fee"]) + rent == pytest.approx(_yearly_fees(book, presence.id), rel=0.05)
            if reason.template == R.PAYMENTS_YES_NO_FEE:
                assert _yearly_fees(book, presence.id) == 0
            if scenario.entity == "overseas_company":
                assert reason.template != R.PAYMENTS_SHOP  # a WeChat Shop needs a mainland licence


@pytest.mark.parametrize("scenario", PRESETS, ids=preset_ids())
def test_fees_named_are_the_fees_charged_in_every_preset(scenario):
    _check_fees_as_charged(scenario)


@SETTINGS
@given(scenarios)
def test_fees_named_are_the_fees_charged(scenario):
    _check_fees_as_charged(scenario.with_changes(needs=sorted({*scenario.needs, "payments"})))


def test_an_overseas_company_sees_overseas_fees_and_no_shop():
    ev = evaluate(load_preset("cross_border_skincare"), PACK)
    assert load_preset("cross_border_skincare").entity == "overseas_company"
    texts = {p.id: [r.text for r in p.reasons] for p in ev.presences}
    assert not any("¥300" in t for ts in texts.values() for t in ts)
    assert not any(r.template == R.PAYMENTS_SHOP for r in ev.presence("channels").reasons)


# ---------------------------------------------------------------- staff are staff

def _check_staff_are_not_customers(scenario) -> None:
    scenario = scenario.with_changes(goals=["employees"])
    ev = evaluate(scenario, PACK)
    for presence in ev.presences:
        for reason in presence.reasons:
            assert "customer" not in reason.text and "followers" not in R.english_term("push:staff")
            assert reason.template != R.WECOM_CONTACT_FEE
    assert "messaging followers" not in " ".join(r.text for p in ev.presences for r in p.reasons[:1])
    # An official account beside WeCom carries none of the staff's messages, so it adds no articles.
    book = CostBook(scenario, PACK)
    for official in ("service", "subscription"):
        plan = book.plan(tuple(p for p in PRESENCES if p in (official, "wecom")))
        assert not plan.part("maintenance", scenario.audience).any()
        assert not plan.part("fees", scenario.audience).any() or "wecom" in plan.members


@pytest.mark.parametrize("scenario", PRESETS, ids=preset_ids())
def test_staff_are_not_customers_in_every_preset(scenario):
    _check_staff_are_not_customers(scenario)


@SETTINGS
@given(scenarios)
def test_staff_are_not_customers(scenario):
    _check_staff_are_not_customers(scenario)


# ---------------------------------------------------------------- sentences that read as written

@SETTINGS
@given(any_scenario)
def test_sentences_start_with_a_capital_and_never_say_a_before_a_vowel(scenario):
    ev = evaluate(scenario, PACK)
    reasons = [r for p in ev.presences for r in p.reasons]
    reasons += [r for plan in (ev.plan, *ev.alternatives) for r in (*plan.reasons, *plan.why_not)]
    reasons += [ev.budget, *ev.warnings, ev.app_or_mini_program.reason, ev.app_or_mini_program.cost_note]
    for reason in reasons:
        text = reason.text
        opening = text.lstrip("“")  # (a sentence may open on a quoted title: "“This plan with …” is ruled out")
        assert opening[:1].isupper() or opening[:1].isdigit(), text
        assert not re.search(r"\ba [AEIOU]", text), text


@SETTINGS
@given(any_scenario)
def test_money_in_the_json_is_in_whole_yuan_as_the_figures_beside_it(scenario):
    data = evaluate(scenario, PACK).to_dict()
    found = [data["budget"]["params"]]
    found += [r["params"] for p in data["presences"] for r in p["reasons"]]
    for params in found:
        for key in ("cost", "budget", "gap", "other_cost", "fee"):
            if key in params:
                assert isinstance(params[key], int)
    if "cost" in data["budget"]["params"]:
        assert data["budget"]["params"]["cost"] == data["plan"]["first_year_cost_cny"]["likely"]


@SETTINGS
@given(any_scenario)
def test_the_note_under_the_chart_weighs_no_cost_of_a_plan_ruled_out(scenario):
    """yoga_teacher with no one on WeChat read "the plan with a Mini Program costs less … at every audience size"
    under the app it must hold, beside a Mini Program card marked "Ruled out"."""
    avm = evaluate(scenario, PACK).app_or_mini_program
    mp_open, app_open = avm.admissible["mini_program"], avm.admissible["native_app"]
    assert avm.both_open == (mp_open and app_open)
    note = avm.cost_note
    if avm.both_open:
        assert note.template not in R.RULED_OUT_FORMS
        return
    # Each card ruled out is named by its title against what the plan holds, the plan's own never.
    closed = [v for v in ("mini_program", "native_app", "both") if not avm.admissible[v]]
    assert avm.choice not in closed
    assert note.template == R.RULED_OUT_FORMS[len(closed) - 1]
    named = [note.params[k] for k in ("card", "other", "third")[:len(closed)]]
    assert named == [R.card_title(v, avm.choice) for v in closed]
    form = "added" if avm.choice == "neither" else "only" if avm.choice == "both" else "instead"
    assert all(n == (f"card:both_title{'_added' if form == 'added' else ''}" if v == "both" else f"card:{v}_{form}")
               for n, v in zip(named, closed))


def test_the_note_under_the_chart_says_which_is_cheaper():
    for scenario in PRESETS:
        avm = evaluate(scenario, PACK).app_or_mini_program
        if not avm.both_open:
            continue  # (the test above)
        note = avm.cost_note
        # A plan that holds neither has its own sentences: the lines are the plan with one added.
        added = avm.choice == "neither"
        if avm.break_even_audience is None:
            mp_cheaper, app_cheaper = ((R.CHEAPER_MP_ALWAYS_IF_ADDED, R.CHEAPER_APP_ALWAYS_IF_ADDED) if added
                                       else (R.CHEAPER_MP_ALWAYS, R.CHEAPER_APP_ALWAYS))
            assert note.template in (mp_cheaper, app_cheaper)
            # The variant it names is the cheaper one over the horizon.
            cheaper = "mini_program" if note.template == mp_cheaper else "native_app"
            other = "native_app" if cheaper == "mini_program" else "mini_program"
            assert avm.variants[cheaper].total.likely <= avm.variants[other].total.likely
        else:
            assert note.template == (R.CHEAPER_CHANGES_IF_ADDED if added else R.CHEAPER_CHANGES)
    assert any(evaluate(scenario, PACK).app_or_mini_program.choice == "neither" for scenario in PRESETS)


@SETTINGS
@given(any_scenario)
def test_an_alternative_that_costs_the_same_as_the_plan_says_why(scenario):
    ev = evaluate(scenario, PACK)
    for alt in ev.alternatives:
        if set(ev.plan.presences) < set(alt.presences) and abs(alt.total.likely - ev.plan.total.likely) < 0.5:
            said = {r.template for r in alt.why_not}
            assert said & {R.WHY_NOT_SAME_COST_PLAIN, R.WHY_NOT_SAME_COST_OWN_VIDEOS, R.WHY_NOT_SAME_COST_VIDEOS}


def test_an_official_account_beside_the_plan_costs_its_verification_more():
    """An organisation's Official Account is verified, as its timeline says (since 2026-12-07). Added beside a plan
    whose WeCom sends 8 messages a month, it was said to cost the same, "needs no verification fee, and it would
    publish the articles the plan already pays for", while its weeks to launch counted the verification."""
    scenario = Scenario().with_changes(audience=300_000, budget_cny=20_000, interaction_minutes=1,
                                       pushes_per_month=8, goals=["service", "relationship"])
    ev = evaluate(scenario, PACK)
    assert ev.plan.presences == ("mini_program", "wecom")
    alt = next(a for a in ev.alternatives if a.presences == ("subscription", "mini_program", "wecom"))
    fee = PACK.likely("verification_fee_cny")
    assert alt.total.likely - ev.plan.total.likely == pytest.approx(fee * scenario.horizon_years)
    assert not {r.template for r in alt.why_not} & {R.WHY_NOT_SAME_COST_PLAIN, R.WHY_NOT_SAME_COST_VIDEOS}


@pytest.mark.parametrize("entity, fee", [("company", 300.0), ("individual", 0.0)])
def test_an_official_account_pays_verification_where_its_timeline_verifies_it(entity, fee):
    """The fee its costs charge and the step its timeline takes are one: verified (an organisation's, ¥300 a year)
    or only registered (an individual's, which cannot be verified)."""
    scenario = Scenario().with_changes(entity=entity, goals=["news"], pushes_per_month=20)
    ev = evaluate(scenario, PACK)
    assert ev.plan.presences == ("subscription",)
    assert PACK.likely("verification_fee_cny") == 300
    assert ev.plan.breakdown.get("fees", 0.0) == pytest.approx(fee * scenario.horizon_years)
    steps = {step.id for step in ev.plan.timeline.presence("subscription").steps}
    assert steps == ({"verification"} if fee else {"registration"})


@SETTINGS
@given(any_scenario)
def test_the_budget_sentence_names_the_points_the_plan_loses_to_the_budget(scenario):
    """The window shows the budget sentence beside the score, and the variant card of the plan's own choice beside the
    chart: all three say the points of the plan's budget line. Where that line also takes the rounding of the score's
    lines (a unit off the budget's rule: fitness_coaching's 16 of a rule that takes 15.3), the sentence says so as
    the line does ("takes 16 points off its score" alone read as the rule's, which the appendix could not rebuild)."""
    ev = evaluate(scenario, PACK)
    line = next((r for r in ev.plan.reasons if r.template in R.PLAN_BUDGET_LINES), None)
    if line is None:
        assert "points" not in ev.budget.params
        return
    assert ev.budget.params["points"] == line.params["points"]
    rounding = line.template in (R.PLAN_BUDGET_COST_ROUNDING, R.PLAN_BUDGET_NONE_ROUNDING)
    said = "takes about {points} points" in ev.budget.template  # (a unit off the rule's: "about")
    assert said == rounding, (line.template, ev.budget.text)
    # Written to the plan's score digits ("28.70" beside a score of 59.59, "29" beside 60), as the line writes them.
    written = re.search(r"takes (?:about )?(\S+) points off", ev.budget.text).group(1)
    assert written == re.search(r"Less (\S+) points because", line.text).group(1)


# A Mini Program a hair below a native app (58.5730549 against 58.5730559) for ¥45.9M less over 5 years: its
# saving "does not make up the gap" argued with the note that the two differ only beyond the last decimal.
HAIR_BELOW_AND_CHEAPER = Scenario(
    name="hair below and cheaper", budget_cny=12434374.0, interaction_minutes=0.546875, audience=70227614.0,
    china_share=0.5320871455807755, pushes_per_month=0.0, goals=(), needs=("payments",), horizon_years=5,
    entity="company", paid_share=0.0)


# WeCom alone at ¥617 beside the plan's ¥5,319: its card compared it only with the other card ("Costs more than Service
# Account + WeCom"), and nothing said it costs less than the plan.
CHEAPER_THAN_THE_PLAN_DEARER_THAN_ANOTHER = Scenario(
    budget_cny=0.0, interaction_minutes=1.0, audience=18.0, china_share=1.0, pushes_per_month=7.0, goals=("service",),
    needs=(), horizon_years=1, entity="company", paid_share=0.0)
# The same since WeCom's messages are costed as articles (2026-12-05), where WeCom alone paid for the 7 a month and
# left the ranking: no messages, 1:1 contact and staff beside the service, on ¥100k. WeCom alone at ¥630 beside the
# plan's ¥106k (Mini Program + WeCom), and dearer than Service Account + WeCom, ¥600: its staff's 0.75 hours a month
# of chats cost ¥330 a year, more than the Service Account's ¥300.
# Its Mini Program priced as built, as it was before a goal the Mini Program is weak at (staff) left its rented template
# as it is (2026-12-06): rented, the plan grew cheaper than WeCom alone, and the sentence went.
ONE_STAFF_HOUR_BESIDE_A_SERVICE_ACCOUNT = CHEAPER_THAN_THE_PLAN_DEARER_THAN_ANOTHER.with_changes(
    pushes_per_month=0, goals=["service", "employees", "relationship"], budget_cny=100_000,
    overrides={"mp_template_max_users": 0})
LONG_SESSIONS_TINY_AUDIENCE = Scenario(budget_cny=261_660.0, interaction_minutes=596.0, audience=38.0,
                                       goals=("news", "sell", "experiment"), horizon_years=1)
# Both at 0 (no budget, a quarter of the audience on WeChat): the Mini Program alone costs ¥205k over 6 years beside the
# Service Account's ¥242k, and its card says why it ranks below all the same: "Scores 0, as the plan does: its
# penalties exceed what it covers by 22 more points than the plan's."
BOTH_AT_ZERO_CHEAPER = Scenario(budget_cny=0.0, interaction_minutes=1.0, audience=0.0, china_share=0.25,
                                pushes_per_month=9.0, goals=("news", "service", "sell", "experiment"), horizon_years=6)


@SETTINGS
@given(any_scenario)
@example(HAIR_BELOW_AND_CHEAPER)
@example(CHEAPER_THAN_THE_PLAN_DEARER_THAN_ANOTHER)
@example(ONE_STAFF_HOUR_BESIDE_A_SERVICE_ACCOUNT)
@example(LONG_SESSIONS_TINY_AUDIENCE)
@example(BOTH_AT_ZERO_CHEAPER)
def test_an_alternative_clearly_cheaper_than_the_plan_says_so(scenario):
    """A client's first question of a cheaper plan is why not it (food_ordering: a third plan at ¥367k beside the
    plan's ¥465k said only that it covers messaging less)."""
    from wxdesk.engine.plan_reasons import CLEARLY_CHEAPER
    ev = evaluate(scenario, PACK)
    for alt in ev.alternatives:
        saved = ev.plan.total.likely - alt.total.likely
        templates = {r.template for r in alt.why_not}
        said = bool(templates & {*R.WHY_NOT_CHEAPER_FORMS, R.WHY_NOT_CHEAPER_CLOSE, R.WHY_NOT_CHEAPER_CLOSE_PART})
        # Beside a close call, its lower cost is a reason to choose it; else it does not make up the gap.
        assert (R.WHY_NOT_CHEAPER_CLOSE in templates) <= alt.close_call
        assert not (alt.close_call and templates & set(R.WHY_NOT_CHEAPER_FORMS))
        explained_otherwise = bool(templates & {R.WHY_NOT_TIE, R.WHY_NOT_TIE_EVEN, R.WHY_NOT_TIE_LARGER,
                                                R.WHY_NOT_TIE_AHEAD, R.WHY_NOT_TIE_AHEAD_FIRST_YEAR,
                                                R.WHY_NOT_TIE_ALIKE, R.WHY_NOT_TIE_AHEAD_ALIKE,
                                                R.WHY_NOT_TIE_AHEAD_FIRST_YEAR_ALIKE, R.WHY_NOT_BOTH_AT_ZERO})
        if said:
            assert saved >= CLEARLY_CHEAPER * ev.plan.total.likely - 1
        elif saved >= max(1.0, CLEARLY_CHEAPER * ev.plan.total.likely) * 1.01 and not explained_otherwise:
            # Else its cost sentence (why it costs less though larger) says it.
            assert any(r.template.startswith("Costs less") or "less" in r.template for r in alt.why_not), \
                [r.template for r in alt.why_not]


def test_food_orderings_mini_program_alone_saves_nothing_by_buying_its_messages_as_ads():
    # 2,000 users and 8 messages a month: its third plan, the Mini Program alone, which sends none (0 against 65 for
    # messaging), cost ¥85.8k over 3 years beside the plan's ¥260k (Official Account + Mini Program), and said why not
    # it, until the 8 messages it bought as ads were counted as written as the Official Account's are (2026-12-07): it
    # then costs more than the plan, whose Official Account sends them for free (the ads are the difference).
    scenario = load_preset("food_ordering").with_changes(audience=2_000, pushes_per_month=8)
    ev = evaluate(scenario, PACK)
    assert ev.plan.presences == ("subscription", "mini_program")
    alone = plan_costs(("mini_program",), scenario, PACK).total(scenario.audience)[AVERAGE_COLUMN]
    assert alone > ev.plan.total.likely
    assert all(alt.total.likely >= 0.9 * ev.plan.total.likely for alt in ev.alternatives)


def test_fitness_coachings_budget_points_read_alike_beside_the_score_and_on_its_card():
    """17 points in the budget sentence, the plan's line and the card of the plan's own choice. (The example's own
    ¥1.5M; its scores in whole points, its next two plans reading 61 and 60. Its app alone is also its cheapest plan,
    ¥3.51M in the first year, so the rule takes 20 × (1 − 1.5 / 3.51) / ln 2 = 16.5, which the line writes as 17 with
    no rounding to say: until the pack's messages beside an app were costed as only those an account sends, its next two
    plans read 61 alike, and all three said "about 16.6".)"""
    ev = evaluate(load_preset("fitness_coaching"), PACK)
    assert "which takes 17 points off its score;" in ev.budget.text
    line = next(r for r in ev.plan.reasons if r.template in R.PLAN_BUDGET_LINES)
    assert line.params["points"] == 17 and -line.impact == pytest.approx(16.5, abs=0.05)
    card = ev.app_or_mini_program.score_reasons[ev.app_or_mini_program.choice]
    assert card is not None and card.params["points"] == 17


def test_one_staff_hour_reads_in_the_singular():
    """"… by chat, 1 staff hours a month, against 0 in …"."""
    # Not CHEAPER_THAN_THE_PLAN_DEARER_THAN_ANOTHER since WeCom's messages are costed as articles (2026-12-05): its
    # WeCom alone pays for 7 a month and is no longer shown.
    ev = evaluate(ONE_STAFF_HOUR_BESIDE_A_SERVICE_ACCOUNT, PACK)
    staff = next(r for alt in ev.alternatives for r in alt.why_not if r.template == R.WHY_DEARER_STAFF_THAN)
    assert staff.params["alt"] == 1
    from wxdesk.words import Words
    text = Words(pack=PACK).reason(staff)
    assert "1 staff hour a month, against 0 in " in text, text


_BESIDE_THE_PLAN = tuple(getattr(R, f"WHY_{way}_{what}") for way in ("CHEAPER", "DEARER")
                         for what in ("USERS", "SERVERS", "STAFF", "REACH", "WRITTEN"))
_DEARER_THAN = (R.WHY_DEARER_USERS_THAN, R.WHY_DEARER_SERVERS_THAN, R.WHY_DEARER_STAFF_THAN, R.WHY_DEARER_REACH_THAN,
                R.WHY_DEARER_WRITTEN_THAN)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario=st.one_of(st.sampled_from([load_preset(p) for p in preset_ids()]), scenarios))
@example(scenario=load_preset("car_brand"))
def test_a_plan_dearer_than_another_gives_the_others_figure_with_its_name(scenario):
    """"Costs more than this plan with both … ¥18 per acquired user in this plan against ¥8 in that one": on a variant
    card, whose other plan reads "this plan with both", "this plan" meant two plans in one sentence and ¥18 read as the
    plan's. The other's figure is said with the other's name, and "this plan" is never said of the card's own."""
    from wxdesk.words import Words
    w = Words(pack=PACK)
    ev = evaluate(scenario, PACK)
    said = [r for alt in ev.alternatives for r in alt.why_not if r.template in _DEARER_THAN]
    said += [r for r in ev.app_or_mini_program.cost_reasons.values() if r is not None and r.template in _DEARER_THAN]
    for reason in said:
        text = w.reason(reason)
        other = text.removeprefix("Costs more than ").split(" over ", 1)[0]
        # ("in this plan with both" is the other plan's name on a variant card.)
        assert not re.search(r"in this plan(?! with)", text) and "that one" not in text, text
        assert text.endswith(f" in {other}."), (text, other)
    # And beside the plan itself: "¥8 per acquired user in this plan against ¥18 in the plan" on the card titled "This
    # plan with both".
    beside = [r for alt in ev.alternatives for r in alt.why_not if r.template in _BESIDE_THE_PLAN]
    beside += [r for r in ev.app_or_mini_program.cost_reasons.values()
               if r is not None and r.template in _BESIDE_THE_PLAN]
    for reason in beside:
        text = w.reason(reason)
        assert not re.search(r"in this plan(?! with)", text) and text.endswith(" in the plan."), text
