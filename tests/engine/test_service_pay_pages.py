"""A Service Account that takes a plan's payments alone is costed with the payment pages built for it.

city_service's budget flip read "below ¥189k the plan swaps the Mini Program for a Service Account. The new
plan's likely first-year cost of ¥300": two million users' appointments and fees taken for a verification fee.
A Service Account takes WeChat Pay only in web pages of the business's own (JSAPI); where no other member of
the plan can take the payments, those pages are built, kept up and served as a Mini Program of the same scope.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings

from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.costs import plan_costs, service_pay_pages
from wxdesk.engine.flips import flip_points
from wxdesk.engine.mp_template import rents_template
from wxdesk.engine.results import COMPONENTS
from wxdesk.engine.scenario import Scenario
from wxdesk.words.words import Words

PACK = load_datapack()
TODAY = dt.date(2026, 12, 3)


def test_city_services_budget_flip_no_longer_reads_a_service_account_for_a_verification_fee():
    point = flip_points(load_preset("city_service"), PACK, ["budget_cny"])["budget_cny"]
    text = "" if point is None else Words(pack=PACK).reason(point.reason)
    assert "Service Account" not in text and "¥300" not in text, text


def test_the_pages_are_counted_where_the_plans_roles_give_the_payments_to_the_service_account():
    shop = Scenario().with_changes(goals=["sell"], needs=["payments"], audience=50_000)
    assert service_pay_pages(("service",), shop, PACK)
    assert service_pay_pages(("service", "subscription"), shop, PACK)
    # Payments go with selling: a Mini Program or an app sells better, and takes them in its own screens.
    for other in ("mini_program", "native_app"):
        assert not service_pay_pages(("service", other), shop, PACK), other
    # WeCom and Channels sell less well than the Service Account, which then takes the payments: in its pages.
    # (WeCom in the plan once kept them out of the cost while the roles gave the payments to the Service Account.)
    for other in ("wecom", "channels"):
        assert service_pay_pages(("service", other), shop, PACK), other
    assert not service_pay_pages(("service",), shop.with_changes(needs=[]), PACK)
    assert not service_pay_pages(("subscription", "mini_program"), shop, PACK)


def test_alone_the_service_account_costs_what_a_mini_program_of_the_same_scope_does_and_its_fee():
    # (No messages: the Service Account's articles are upkeep of another kind.) 60,000 users: beyond the largest
    # audience a rented template serves (mp_template_max_users), the Mini Program and the pages are built.
    shop = Scenario().with_changes(goals=["sell"], needs=["payments"], audience=60_000, paid_share=0.0,
                                   pushes_per_month=0)
    page, mini = ({part: float(v.sum()) for part, v in zip(COMPONENTS, plan_costs(members, shop, PACK)
                                                     .component_likely(shop.audience), strict=True)}
                  for members in (("service",), ("mini_program",)))
    assert page["build"] > 0 and page["servers"] > 0 and page["maintenance"] > 0
    for part in ("build", "maintenance", "servers"):
        assert abs(page[part] - mini[part]) <= 0.02 * mini[part], part
    # Where a template serves (20,000 users), the pages are rented as the template Mini Program is: its rent and the
    # Service Account's verification against the Mini Program's, nothing built, kept up or served apart.
    small = shop.with_changes(audience=20_000)
    page, mini = ({part: float(v.sum()) for part, v in zip(COMPONENTS, plan_costs(members, small, PACK)
                                                     .component_likely(small.audience), strict=True)}
                  for members in (("service",), ("mini_program",)))
    assert page["build"] == page["maintenance"] == page["servers"] == 0
    assert abs(page["fees"] - mini["fees"]) <= 0.02 * mini["fees"]


def test_the_service_accounts_payments_reason_says_the_pages_are_built():
    # Alone, its card speaks of the pages it would take payments in; in a plan whose Mini Program takes them (this
    # shop's: the Service Account there for messages), of pages no one builds (the test below).
    shop = Scenario().with_changes(goals=["sell"], needs=["payments"])
    evaluation = evaluate(shop, PACK, TODAY)
    assert evaluation.plan.presences == ("service", "mini_program")
    templates = [r.template for r in evaluation.presence("service").reasons]
    assert R.PAYMENTS_PAGES_ELSEWHERE in templates and R.PAYMENTS_YES not in templates
    # car_brand's plan holds no Service Account: its card says what taking payments in it would take.
    outside = evaluate(load_preset("car_brand"), PACK, TODAY)
    assert "service" not in outside.plan.presences
    assert R.PAYMENTS_YES_PAGES in [r.template for r in outside.presence("service").reasons]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_a_plan_whose_service_account_takes_the_payments_pays_for_its_pages(scenario):
    """Whatever the plan, its roles and its costs agree: a Service Account "in the plan for … taking payments"
    has its payment pages built (a build and servers), and the pages are counted only there."""
    evaluation = evaluate(scenario, PACK, TODAY)
    for plan in (evaluation.plan, *evaluation.alternatives):
        takes = "need:payments" in plan.roles.get("service", ())
        assert service_pay_pages(plan.presences, scenario, PACK) == takes, plan.presences
        if takes and scenario.audience > 0:
            if rents_template(scenario, PACK):  # rented as the template Mini Program is: its rent, nothing built
                assert plan.breakdown["fees"] > 0, plan.presences
            else:
                assert plan.breakdown["build"] > 0 and plan.breakdown["servers"] > 0, plan.presences


def _same_cost_said(evaluation, scenario) -> None:
    for alt in evaluation.alternatives:
        said = any(r.template in (R.WHY_NOT_SAME_COST_PAY_PAGES, R.WHY_NOT_SAME_COST_RENTED_PAGES)
                   for r in alt.why_not)
        # Rented or built as the card and the timeline say.
        rented = any(r.template == R.WHY_NOT_SAME_COST_RENTED_PAGES for r in alt.why_not)
        assert not said or rented == rents_template(scenario, PACK)
        words = Words(pack=PACK)
        same = words.money(alt.total.likely) == words.money(evaluation.plan.total.likely)
        if said:  # only where the two read alike and its Service Account's pages stand for the plan's Mini Program
            assert same and service_pay_pages(alt.presences, scenario, PACK), alt.presences
            assert "mini_program" in evaluation.plan.presences and "mini_program" not in alt.presences


def test_city_services_service_account_says_why_it_costs_the_plans_964k():
    """Its next best, the Service Account alone, read ¥964k (¥629k – ¥1.41M) beside the plan's identical figures, and
    nothing said why: its payment pages are costed as the plan's Mini Program."""
    scenario = load_preset("city_service")
    evaluation = evaluate(scenario, PACK, TODAY)
    (service, *_) = evaluation.alternatives
    assert service.presences == ("service",)
    assert any(r.template == R.WHY_NOT_SAME_COST_PAY_PAGES for r in service.why_not)
    _same_cost_said(evaluation, scenario)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_the_pages_are_named_as_the_same_cost_only_where_they_are(scenario):
    _same_cost_said(evaluate(scenario, PACK, TODAY), scenario)


def _pages_said_only_where_costed(scenario) -> None:
    """The plan's Service Account says its payment pages are built ("in payment pages you build for it") only where the
    plan costs them; where another member takes the payments it says so, and that no such pages are costed."""
    evaluation = evaluate(scenario, PACK, TODAY)
    if "service" not in evaluation.plan.presences:
        return
    templates = [r.template for r in evaluation.presence("service").reasons]
    built = {R.PAYMENTS_YES_PAGES, R.PAYMENTS_YES_PAGES_REVIEW, R.PAYMENTS_YES_RENTED_PAGES}
    elsewhere = {R.PAYMENTS_PAGES_ELSEWHERE, R.PAYMENTS_PAGES_ELSEWHERE_REVIEW, R.PAYMENTS_PAGES_ELSEWHERE_RENTED}
    costed = service_pay_pages(evaluation.plan.presences, scenario, PACK)
    if built & set(templates):
        assert costed, templates
    if elsewhere & set(templates):
        assert not costed and any("need:payments" in duties for member, duties in evaluation.plan.roles.items()
                                  if member != "service"), templates


def test_food_orderings_service_account_says_the_mini_program_takes_the_payments():
    """food_ordering's Service Account, in the plan for messages, read "Takes WeChat Pay once verified (¥300 a year),
    in payment pages you build for it" beside a plan whose Mini Program takes the payments: a client asked whether a
    second payment build was needed (the plan's cost holds none)."""
    scenario = load_preset("food_ordering")
    service = evaluate(scenario, PACK, TODAY).presence("service")
    texts = [Words(pack=PACK).reason(r) for r in service.reasons]
    assert any("the plan's Mini Program takes your payments, and no such pages are costed" in t for t in texts), texts
    assert not any("in payment pages you build for it" in t for t in texts), texts
    _pages_said_only_where_costed(scenario)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_a_service_account_says_its_pages_are_built_only_where_the_plan_costs_them(scenario):
    _pages_said_only_where_costed(scenario)


_RENTED = {R.PAYMENTS_YES_RENTED_PAGES, R.PAYMENTS_PAGES_ELSEWHERE_RENTED}
_BUILT = {R.PAYMENTS_YES_PAGES, R.PAYMENTS_YES_PAGES_REVIEW,
          R.PAYMENTS_PAGES_ELSEWHERE, R.PAYMENTS_PAGES_ELSEWHERE_REVIEW}


def _pages_said_as_the_cost_and_timeline_take_them(scenario) -> None:
    """The Service Account's payment pages are "rented from a template vendor" exactly where the scenario's Mini
    Program is a rented template (the cost prices them as a share of its rent, the timeline sets them up as rented),
    and "built" everywhere else, on its card in or out of the plan."""
    evaluation = evaluate(scenario, PACK, TODAY)
    templates = {r.template for r in evaluation.presence("service").reasons}
    rented = rents_template(scenario, PACK)
    assert not (templates & (_BUILT if rented else _RENTED)), (rented, templates)


def test_a_shop_whose_pages_are_rented_does_not_read_that_it_builds_them():
    """A 5,000-user shop's Service Account, alone in the plan, was "Set up the rented payment pages" in its timeline
    and "in payment pages you build for it" on its card."""
    shop = Scenario().with_changes(goals=["sell"], needs=["payments"], audience=5_000)
    assert rents_template(shop, PACK)
    service = evaluate(shop, PACK, TODAY).presence("service")
    texts = [Words(pack=PACK).reason(r) for r in service.reasons]
    assert any("payment pages rented from a template vendor" in t or "pages you would rent" in t for t in texts), texts
    assert not any("you build for it" in t or "you would build" in t for t in texts), texts
    # Past the largest audience a template serves, the same card says they are built.
    big = shop.with_changes(audience=60_000)
    texts = [Words(pack=PACK).reason(r) for r in evaluate(big, PACK, TODAY).presence("service").reasons]
    assert any("you build for it" in t or "you would build" in t for t in texts), texts


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_the_pages_are_said_rented_exactly_where_the_template_is_rented(scenario):
    _pages_said_as_the_cost_and_timeline_take_them(scenario)


def test_a_shops_service_account_at_its_plans_cost_says_its_pages_are_rented():
    """A 5,000-user shop: its Service Account alone costs the plan's ¥52.8k, "in web pages of your own", beside its
    card's "payment pages rented from a template vendor" and its timeline's "Set up the rented payment pages"."""
    shop = Scenario().with_changes(goals=["sell"], needs=["payments"], audience=5000, pushes_per_month=0)
    evaluation = evaluate(shop, PACK, TODAY)
    service = next(a for a in evaluation.alternatives if a.presences == ("service",))
    texts = [Words(pack=PACK).reason(r) for r in service.why_not]
    assert any("payment pages rented from a template vendor, as the plan's Mini Program is rented" in t
               for t in texts), texts
    assert not any("web pages of your own" in t for t in texts), texts
    _same_cost_said(evaluation, shop)
