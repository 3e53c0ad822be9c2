""""Not in the plan" names the real cause of the points a presence would cost, and "what it does best"
is a goal it serves well, never a need every presence meets alike (issue 10: one answer a client can trust)."""

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import reasons as R
from wxdesk.engine.costs import CostBook
from wxdesk.engine.datapack import PRESENCES
from wxdesk.engine.fit import fit_table
from wxdesk.engine.plans import ranking
from wxdesk.engine.scenario import Scenario

PACK = load_datapack()
EFFORT = (R.NOT_IN_PLAN_EFFORT, R.NOT_IN_PLAN_EFFORT_MORE, R.NOT_IN_PLAN_EFFORT_LESS, R.NOT_IN_PLAN_EFFORT_LESS_COST,
          R.NOT_IN_PLAN_EFFORT_LESS_CHEAPER, *R.NOT_IN_PLAN_EFFORT_COST_FORMS,
          R.NOT_IN_PLAN_MORE_COVERED_DEARER)
STAFF = (R.NOT_IN_PLAN_STAFF_ADDED, R.NOT_IN_PLAN_STAFF_SAVED)
BUDGET = (R.NOT_IN_PLAN_BUDGET, R.NOT_IN_PLAN_BUDGET_FURTHER)
BUDGET_SPARES = (R.NOT_IN_PLAN_BUDGET_SPARES, R.NOT_IN_PLAN_BUDGET_FURTHER_SPARES)


def _causes(scenario):
    """(presence, its first reason, the plan with it added, the plan) for each presence left out."""
    ev = evaluate(scenario, PACK)
    ranked = ranking(fit_table(scenario, PACK), scenario, PACK, CostBook(scenario, PACK))
    best = ranked[0]
    for p in ev.presences:
        if p.eligible and not p.in_plan:
            members = tuple(m for m in PRESENCES if m in best.members or m == p.id)
            yield p.id, p.reasons[0], ranked.get(members), best


def _check(scenario):
    table = fit_table(scenario, PACK)
    for presence, first, with_it, best in _causes(scenario):
        effort = with_it.effort_penalty - best.effort_penalty  # one more presence, and its WeCom's chats
        budget = with_it.budget_penalty - best.budget_penalty
        staff = with_it.staff_penalty - best.staff_penalty
        # The budget is the cause named where its points outweigh one more presence's effort and the coverage the
        # presence would lower (with no goal ticked, a native app added halved the coverage: 28.7 against 19.1).
        budget_named = budget > effort and budget >= best.coverage - with_it.coverage
        spares = first.template in (R.NOT_IN_PLAN_BUDGET_SPARES, R.NOT_IN_PLAN_BUDGET_FURTHER_SPARES)
        # The staff time it would spare is said beside the budget exactly where it would spare some.
        if first.template in (*BUDGET, *BUDGET_SPARES):
            assert spares == (staff < -0.05), first.text
        if spares:  # read as the sentence without the clause
            first = dataclasses.replace(first, template={R.NOT_IN_PLAN_BUDGET_SPARES: R.NOT_IN_PLAN_BUDGET,
                                                         R.NOT_IN_PLAN_BUDGET_FURTHER_SPARES:
                                                         R.NOT_IN_PLAN_BUDGET_FURTHER}[first.template])
        if first.template in (R.NOT_IN_PLAN_BUDGET, R.NOT_IN_PLAN_BUDGET_FURTHER):
            # Named only where the budget's points are the larger loss, with the plan's first-year costs;
            # "further beyond" exactly where the plan's own first year is beyond the budget already.
            assert budget_named
            over_already = best.first_year_likely > scenario.budget_cny
            assert (first.template == R.NOT_IN_PLAN_BUDGET_FURTHER) == over_already
            assert float(first.params["cost"]) == pytest.approx(with_it.first_year_likely)
            assert float(first.params["plan_cost"]) == pytest.approx(best.first_year_likely)
        elif first.template in (R.NOT_IN_PLAN, R.NOT_IN_PLAN_PLAIN, *EFFORT, *STAFF):
            assert not budget_named, (presence, first.text)
        # The staff its WeCom's chats would take, or spare, is said exactly where it would take or spare some.
        assert (first.template == R.NOT_IN_PLAN_STAFF_ADDED) == (staff > 0.05 and not budget_named), first.text
        if first.template == R.NOT_IN_PLAN_STAFF_SAVED:
            assert float(first.params["saved"]) == pytest.approx(-staff, abs=0.05)
        if first.template in EFFORT:
            # The effort said is the plan's own penalty for one more presence, and it agrees with the points:
            # all of them, more than all (the presence wins some back), or part, the rest a lower coverage.
            shown, points = float(first.params["effort"]), float(first.params["points"])
            assert abs(staff) <= 0.05  # no staff taken or spared: the points are the presence's and the rest
            assert shown == pytest.approx(effort, abs=0.05) and effort > 0
            assert len(with_it.members) == len(best.members) + 1  # "one more presence"
            # Where they are not all, the rest is a lower coverage, or a first year dearer than the plan's (its
            # cost in doublings, and the budget's points), or both; each part as written.
            dearer = with_it.money_penalty > best.money_penalty
            gain = with_it.coverage - best.coverage
            if first.template == R.NOT_IN_PLAN_MORE_COVERED_DEARER:
                # It covers more, and loses for its effort and first year together; never "costs 5, more than it
                # adds" where it adds more than 5 (the cost's points left unsaid).
                assert dearer and gain > 0
            elif first.template == R.NOT_IN_PLAN_EFFORT_MORE:
                assert shown > points
                assert not (dearer and round(gain * 10 ** 2) > 0 and float(first.params["effort"]) < gain), first.text
            else:
                less = (R.NOT_IN_PLAN_EFFORT_LESS_COST if "cost_points" in first.params
                        else R.NOT_IN_PLAN_EFFORT_LESS_CHEAPER if "saved_points" in first.params
                        else R.NOT_IN_PLAN_EFFORT_LESS)
                expected = ((R.NOT_IN_PLAN_EFFORT,) if shown == points
                            else R.NOT_IN_PLAN_EFFORT_COST_FORMS if "alt" not in first.params else (less,))
                assert first.template in expected, first.text
            if "alt" in first.params:  # a lower (or higher) coverage, to the scores' decimals
                alt, covered = float(first.params["alt"]), float(first.params["best"])
                assert alt == pytest.approx(with_it.coverage, abs=0.5) and covered == pytest.approx(best.coverage,
                                                                                                      abs=0.5)
                assert (alt > covered) == (first.template == R.NOT_IN_PLAN_MORE_COVERED_DEARER)
            if "cost_points" in first.params:  # the parts add up to the points as written
                assert dearer
                parts = shown + float(first.params["cost_points"]) + (covered - alt if "alt" in first.params else 0)
                assert parts == pytest.approx(points, abs=1e-9)
        if first.template == R.NOT_IN_PLAN:
            dimension = str(first.params["dimension"])
            assert dimension.partition(":")[0] in ("goal", "push"), dimension
            # (The goal of 1:1 contact and customer groups as a member other than WeCom covers it, 2026-12-06.)
            j = table.index("goal:relationship" if dimension == "goal:relationship_one_to_one" else dimension)
            # A goal (or the messages), never a need; one its own card calls a strong fit; and the plan's
            # member named covers it at least as well.
            assert table.raw[PRESENCES.index(presence)][j] >= PACK.likely("strong_fit_from")
            assert table.row(str(first.params["carrier"]))[j] >= table.row(presence)[j]


@pytest.mark.parametrize("preset", preset_ids())
def test_the_cause_named_is_the_larger_loss_in_every_preset(preset):
    _check(load_preset(preset))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_the_cause_named_is_the_larger_loss(scenario):
    _check(scenario)


def test_yoga_teachers_channels_cost_points_for_its_budget_not_an_overlap():
    """65 points, nearly all of them video production against a ¥20k budget. (As a company: an individual
    films her own videos, and no production is counted for her. A studio's plan is itself beyond ¥20k since its
    staff's time in chats is counted, so the sentence says "further beyond".)"""
    studio = load_preset("yoga_teacher").with_changes(entity="company")
    channels = evaluate(studio, PACK).presence("channels").reasons[0]
    assert channels.template in (R.NOT_IN_PLAN_BUDGET, R.NOT_IN_PLAN_BUDGET_FURTHER)
    assert "beyond your budget of ¥20k" in channels.text and "does best" not in channels.text


def test_no_presence_does_taking_payments_best():
    """Every presence that can take payments scores alike on it: WeCom's best is no need."""
    for preset in ("car_brand", "bank_care", "city_service", "food_ordering", "fitness_coaching"):
        for p in evaluate(load_preset(preset), PACK).presences:
            first = p.reasons[0] if p.reasons else None
            if first is not None and first.template == R.NOT_IN_PLAN:
                assert not str(first.params["dimension"]).startswith(("need:", "payments")), (preset, first.text)
                assert "taking payments" not in first.text, (preset, p.id, first.text)


def test_points_are_the_difference_of_the_scores_as_written():
    """car_brand: the plan read 70.4 and the plan with an app 66.9, so the app cost 3.5 points, not "4"; the plan's
    effort line reads "10 points", not "10.0". bank_care: the plan reads 73.5 and the plan with Channels 68.5, so
    Channels costs 5 points, where the difference itself, 5.05, would round to 5.1. (car_brand's app showed it, 70.4
    less 67.0 against 3.45, until its app's articles were costed, 2026-12-05: 70.5 less 67.0 is 3.5 either way.)"""
    ev = evaluate(load_preset("bank_care"), PACK)
    assert ev.score_digits == 1 and f"{ev.plan.score:.1f}" == "73.5"
    channels = ev.presence("channels").reasons[0]
    assert -channels.impact == pytest.approx(5.055, abs=0.005)
    assert "by 5 points" in channels.text
    car = evaluate(load_preset("car_brand"), PACK)
    effort = next(r for r in car.plan.reasons if r.template == R.PLAN_PRESENCE_COST)
    assert "Less 10 points" in effort.text and effort.params_json()["points"] == 10


def test_the_plans_lines_say_how_they_make_its_score():
    """bank_care: coverage 79.9 less 5 for effort less 1.4 for its cost is the 73.5 shown."""
    ev = evaluate(load_preset("bank_care"), PACK)
    first, effort, cost = ev.plan.reasons[:3]
    assert first.template == R.PLAN_SCORE_LESS and first.text.endswith("it scores 73.5.")
    assert "79.9" in first.text
    assert effort.text.startswith("Less 5 points") and cost.text.startswith("Less 1.4 points for its cost")
    assert not any(r.text.count("costs") > 1 for r in ev.plan.reasons)


def test_a_smaller_plan_dearer_than_a_larger_one_beside_it_says_why():
    """An overseas city service's 30,000 users wanting 8 messages a month: the Mini Program alone costs more than the
    Mini Program with WeCom beside it, as it buys the 8 messages as paid reach, dearer for 30,000 users than WeCom's
    8 articles a month. (Found on yoga_teacher, whose Channels alone cost more than the Official Account with Channels;
    her plan now rents a template Mini Program, mp_template.py. Then on a food stall's 300 users wanting 30, until
    WeCom's messages were costed as articles, 2026-12-05: for 300 users the paid reach costs less.)"""
    scenario = Scenario().with_changes(audience=30_000, budget_cny=10_000_000, interaction_minutes=3,
                                       pushes_per_month=8, goals=["service"], entity="overseas_company",
                                       china_share=0.3)
    ev = evaluate(scenario, PACK)
    third = next(a for a in ev.alternatives if a.presences == ("mini_program",))
    reach = next(r for r in third.why_not if r.template == R.WHY_DEARER_REACH_THAN)
    assert tuple(reach.params["other"]) == ("mini_program", "wecom")
    assert reach.params["alt"] == 8 and reach.params["best"] == 0
    other = next(a for a in ev.alternatives if a.presences == ("mini_program", "wecom"))
    assert third.total.likely > other.total.likely


def test_news_publishers_presence_takes_a_plan_over_its_budget_further_beyond_it():
    """The plan's ¥670k is beyond the ¥400k budget already: adding a presence takes it further beyond."""
    ev = evaluate(load_preset("news_publisher"), PACK)
    assert ev.plan.first_year.likely > load_preset("news_publisher").budget_cny
    firsts = [p.reasons[0] for p in ev.presences if p.reasons]
    further = [r for r in firsts if r.template == R.NOT_IN_PLAN_BUDGET_FURTHER]
    assert further and all("further beyond your budget of ¥400k" in r.text for r in further)
    assert not any(r.template == R.NOT_IN_PLAN_BUDGET for r in firsts)


def test_bank_cares_cheaper_mini_program_says_why_it_costs_points():
    """Adding the Mini Program saves money and still costs 3.1 points (3.0, written 3, since its app is built for the
    needs its roles give it): the card said only that, with no cause. (Its scores are written to a decimal: the plan's
    next best is within a point of it.)"""
    text = evaluate(load_preset("bank_care"), PACK).presence("mini_program").reasons[0].text
    assert text == ("Not in the plan: adding it would lower the plan's score by 3 points; one more presence to run "
                    "costs 5 points, more than it adds."), text


def _parts_add_up(scenario) -> None:
    for presence in evaluate(scenario, PACK).presences:
        first = presence.reasons[0] if presence.reasons else None
        if first is None or first.template not in (R.NOT_IN_PLAN_EFFORT_LESS, R.NOT_IN_PLAN_EFFORT_LESS_BUDGET,
                                                   R.NOT_IN_PLAN_EFFORT_LESS_COST, R.NOT_IN_PLAN_EFFORT_LESS_CHEAPER,
                                                   *R.NOT_IN_PLAN_EFFORT_COST_FORMS,
                                                   R.NOT_IN_PLAN_MORE_COVERED_DEARER):
            continue
        p = first.params
        covered = float(p["best"]) - float(p["alt"]) if "alt" in p else 0.0
        parts = (float(p["effort"]) + float(p.get("budget", 0)) + float(p.get("cost_points", 0))
                 - float(p.get("saved_points", 0)) + covered)
        # The coverages are written to the scores' decimals, as the points are ("5.5 points: 5 for … (54 against
        # 55)" read as parts of 6).
        digits = getattr(p.get("best"), "digits", 0)
        assert getattr(p.get("alt"), "digits", 0) == digits
        if first.template in (R.NOT_IN_PLAN_EFFORT_LESS_BUDGET, R.NOT_IN_PLAN_EFFORT_LESS_COST,
                              R.NOT_IN_PLAN_EFFORT_LESS_CHEAPER, *R.NOT_IN_PLAN_EFFORT_COST_FORMS,
                              R.NOT_IN_PLAN_MORE_COVERED_DEARER):
            assert parts == pytest.approx(float(p["points"])), (presence.id, first.text)
        else:  # (no budget part: the coverage's rounding alone may leave the sum a unit of its last digit off)
            assert abs(parts - float(p["points"])) <= 10 ** -digits + 1e-9, (presence.id, first.text)


def test_sessions_of_a_day_name_the_budgets_points_beside_the_effort_and_the_coverage():
    """sessmax's Service Account read "36 points: 5 for one more presence to run, and a lower coverage (58
    against 87)": 5 + 29 = 34, the first year further beyond the budget unsaid. (At 700,000 users: at the
    default 50,000 an app, whose sessions these are, suits too few users to hold them, and no app is in the plan; at
    the averages, draws.py, the plan's first year at 1,000,000 users, ¥5.06M, is so far beyond the ¥500k budget that
    the Service Account's own cost takes under half a point for it, and the sentence rightly names none.)"""
    scenario = Scenario().with_changes(interaction_minutes=1440, audience=700_000)
    service = evaluate(scenario, PACK).presence("service").reasons[0]
    assert service.template == R.NOT_IN_PLAN_EFFORT_LESS_BUDGET, service.text
    _parts_add_up(scenario)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_a_not_in_plan_sentences_parts_add_up_to_its_points(scenario):
    _parts_add_up(scenario)


def test_a_native_app_that_halves_the_coverage_is_not_said_to_cost_points_mostly_for_the_budget():
    """With no goal ticked, a native app added read "mostly because it would take the plan's likely first-year cost
    from ¥196k to ¥968k", though 28.7 of its 55.1 points were the coverage it halved and 21.4 its first year."""
    scenario = Scenario().with_changes(goals=[], needs=[], budget_cny=500_000.0, audience=50_000.0,
                                       interaction_minutes=3.0, china_share=0.9, pushes_per_month=4.0, paid_share=0.2)
    app = evaluate(scenario, PACK).presence("native_app")
    first = app.reasons[0]
    assert first.template not in (*BUDGET, *BUDGET_SPARES), first.text
    assert first.template == R.NOT_IN_PLAN_EFFORT_LESS_COST, first.text
    assert "(28.8 against 57.5)" in first.text, first.text


# The sentences whose points are one more presence's effort alone, with no parts named: "what it does best … the plan's
# X already covers" and "for one more presence to run".
_EFFORT_ALONE = (R.NOT_IN_PLAN, R.NOT_IN_PLAN_EFFORT)


def _points_named(scenario) -> None:
    """Every "Not in the plan" sentence whose points are not one more presence's effort alone names what they are made
    of (review 2, 2026-12-06: fitness_coaching's Service Account read "9.7 points; what it does best, serving
    customers, the plan's native app already covers", the card beside it "9.7 points: 5 for one more presence to run,
    and 4.7 for a dearer first year"); a dearer first year with the two first years it is of, as the cards write
    them."""
    for presence, first, with_it, best in _causes(scenario):
        effort = with_it.presence_penalty - best.presence_penalty
        if first.template == R.NOT_IN_PLAN_EFFORT:
            assert float(first.params["points"]) == pytest.approx(round(effort, 1), abs=1e-9), (presence, first.text)
        if first.template == R.NOT_IN_PLAN:
            # Its points are the effort's alone, or a coverage it would change makes up the rest (said on the card's
            # fit, and kept short: a panel shows its first reason whole when presenting at 1366×768); never the effort
            # and a dearer first year at the same coverage, which the parts say (NOT_IN_PLAN_EFFORT_COST).
            digits = 1
            same_coverage = round(with_it.coverage * 10 ** digits) == round(best.coverage * 10 ** digits)
            assert not (same_coverage and float(first.params["points"]) > round(effort, 1) + 1e-9
                        and with_it.first_year_likely > best.first_year_likely), (presence, first.text)
        if first.template in R.NOT_IN_PLAN_EFFORT_COST_FORMS:
            years = first.params if first.template == R.NOT_IN_PLAN_EFFORT_ROUNDING else first.params["dearer"].params
            if first.template != R.NOT_IN_PLAN_EFFORT_ROUNDING:
                dearer = first.params["dearer"]
                assert dearer.template in R.FIRST_YEAR_DEARER_FORMS
                # Beyond the budget where, and only where, it takes the plan's first year past it.
                from wxdesk.engine.money import yuan_as_written
                passes = (best.first_year_likely <= scenario.budget_cny
                          and yuan_as_written(scenario.budget_cny) < yuan_as_written(with_it.first_year_likely))
                assert ("budget" in dearer.params) == passes
                assert (dearer.template in (R.FIRST_YEAR_DEARER_OVER_BUDGET,
                                            R.FIRST_YEAR_DEARER_WRITTEN_OVER_BUDGET)) == passes
            assert float(years["plan_cost"]) == pytest.approx(best.first_year_likely)
            assert float(years["cost"]) == pytest.approx(with_it.first_year_likely)
            assert with_it.first_year_likely > best.first_year_likely
            parts = float(first.params["effort"]) + float(first.params["cost_points"])
            assert parts == pytest.approx(float(first.params["points"])), first.text
            # The points named for the first year are its own, to the scores' last digit; else the sentence says they
            # are rounded so that the parts add up, or, where its own round to nothing, that they are the two scores'
            # rounding (an overseas company's Service Account: "1 for a dearer first year" for 0.0015 points).
            unit = 10 ** getattr(first.params["points"], "digits", 0)
            own = round((with_it.money_penalty - best.money_penalty) * unit)
            named = round(float(first.params["cost_points"]) * unit)
            assert first.template == (R.NOT_IN_PLAN_EFFORT_ROUNDING if own == 0 else R.NOT_IN_PLAN_EFFORT_COST
                                      if own == named else R.NOT_IN_PLAN_EFFORT_COST_ROUNDING), first.text


@pytest.mark.parametrize("preset", preset_ids())
def test_points_beyond_the_effort_are_named_in_every_preset(preset):
    _points_named(load_preset(preset))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_points_beyond_the_effort_are_named(scenario):
    _points_named(scenario)


def test_fitness_coachings_accounts_pay_for_no_articles_beside_its_app():
    """The Service Account's 9.7 points were unexplained beside the Official Account's "5 … and 4.7 for a dearer first
    year", itself with no amount or cause; then the Official Account read "its 30 messages a month written rather than
    sent as the app's free notifications", though beside the app it would carry none of the 60 (the app's
    notifications, seen more than its broadcasts, carry them in the plan's roles). Each now costs only its points of
    effort, and neither names messages written."""
    ev = evaluate(load_preset("fitness_coaching"), PACK)
    service, official = (ev.presence(p).reasons[0] for p in ("service", "subscription"))
    assert official.text == ("Not in the plan: adding it would lower the plan's score by 5 points, for one more "
                             "presence to run."), official.text
    assert service.text.startswith("Not in the plan: adding it would lower the plan's score by 5 points;"), service.text
    assert "messages" not in service.text + official.text


def test_a_service_account_that_would_carry_the_messages_names_the_articles_it_would_have_written():
    """4.5 messages a month beside WeCom and an app: the app carries them (its notifications seen more than WeCom's
    mass messages), and none is written. Added, a Service Account would carry 4 of them (seen first in the chat list):
    each an article the plan pays for, which is most of its dearer first year."""
    club = Scenario().with_changes(budget_cny=300_000, interaction_minutes=2, audience=500, china_share=1.0,
                                   pushes_per_month=4.5, goals=["relationship"], needs=["hardware", "background"],
                                   horizon_years=1, paid_share=0.1)
    ev = evaluate(club, PACK)
    assert ev.plan.presences == ("wecom", "native_app")
    assert ev.presence("service").reasons[0].text == (
        "Not in the plan: adding it would lower the plan's score by 6 points: 5 for one more presence to run, and, "
        "rounded so that the parts add up, 1 for a dearer first year (¥744k to ¥784k), its 4 messages a month written "
        "rather than sent as the app's free notifications."), ev.presence("service").reasons[0].text


def test_a_dearer_first_year_that_passes_the_budget_says_so():
    """A dental clinic on ¥450k: its Channels card read "a dearer first year (¥281k to ¥452k)" where the plan with it
    passes the budget, which the app's card beside it said of its own."""
    scenario = Scenario().with_changes(budget_cny=450_000, interaction_minutes=4, audience=25_000, china_share=0.95,
                                       pushes_per_month=2, goals=["service", "relationship"], needs=["payments"],
                                       horizon_years=3, entity="company", paid_share=0.3)
    first = evaluate(scenario, PACK).presence("channels").reasons[0]
    assert first.template in R.NOT_IN_PLAN_EFFORT_COST_FORMS, first.text
    assert first.params["dearer"].template == R.FIRST_YEAR_DEARER_OVER_BUDGET
    assert first.text.endswith("for a dearer first year (¥281k to ¥452k, beyond your budget of ¥450k)."), first.text
