"""WeCom pays its fee per customer contact only where it holds the customers (costs.keeps_customer_contacts): kept to
manage the staff alone, beside an app that served and messaged 300,000 customers, it was charged ¥32.8k a year for
contacts it never held, its card saying so beside "In the plan for managing employees"."""

from __future__ import annotations

from hypothesis import given, settings

from scenario_strategies import scenarios

from wxdesk.engine import Scenario, evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.costs import CostBook, keeps_customer_contacts
from wxdesk.engine.draws import AVERAGE_ONLY
from wxdesk.engine.duties import member_duties
from wxdesk.engine.fit import customer_contacts, fit_table, staff_only

PACK = load_datapack()
STAFF_BESIDE_APP = Scenario().with_changes(budget_cny=5_000_000, audience=300_000, china_share=1.0,
                                           pushes_per_month=30, goals=["service", "employees"], needs=["background"],
                                           horizon_years=3, paid_share=0.1, interaction_minutes=3)
NO_FEE = {"wecom_contact_fee_cny": {"low": 0, "likely": 0, "high": 0}}


def _fee_paid(members, scenario) -> float:
    """What WeCom's fee per contact adds to the plan's likely cost over the horizon."""
    def total(s):
        book = CostBook(s, PACK.with_overrides(s.overrides))
        return float(book.first_year_and_total([members], at=AVERAGE_ONLY)[1, 0])
    return total(scenario) - total(scenario.with_changes(overrides={**scenario.overrides, **NO_FEE}))


def test_wecom_kept_for_the_staff_pays_no_fee_for_customers_and_its_card_says_so():
    evaluation = evaluate(STAFF_BESIDE_APP, PACK)
    plan = evaluation.plan.presences
    assert "wecom" in plan and evaluation.plan.roles["wecom"] == ("goal:employees",)
    assert _fee_paid(plan, STAFF_BESIDE_APP) == 0
    lines = [r.template for r in evaluation.presence("wecom").reasons]
    assert R.WECOM_CONTACT_FEE_NONE_KEPT in lines and R.WECOM_CONTACT_FEE not in lines
    # The same WeCom holding the customers' 1:1 contact pays for them, and says what.
    keeping = STAFF_BESIDE_APP.with_changes(goals=["service", "employees", "relationship"])
    assert _fee_paid(("wecom", "native_app"), keeping) > 0


def test_bank_cares_wecom_holds_its_customers_and_pays_for_them():
    bank = load_preset("bank_care")
    evaluation = evaluate(bank, PACK)
    assert _fee_paid(evaluation.plan.presences, bank) > 0
    assert R.WECOM_CONTACT_FEE in [r.template for r in evaluation.presence("wecom").reasons]


@settings(max_examples=60, deadline=None)
@given(scenarios)
def test_the_fee_is_paid_exactly_where_wecom_does_work_for_the_customers(scenario):
    """In every plan with WeCom: the fee where WeCom carries a goal, the messages or a need for the customers (or no
    member has any work) and they are more than its free allowance; none where it works for the staff alone or has
    nothing to do."""
    pack = PACK.with_overrides(scenario.overrides)
    table = fit_table(scenario, pack)
    facing = {d.name for d in table.dims if d.customer_facing}
    above = (scenario.audience * customer_contacts(scenario) > pack.likely("wecom_free_contacts")
             and pack.average("wecom_contact_fee_cny") > 0)
    for members in (("wecom",), ("wecom", "native_app"), ("subscription", "wecom"), ("mini_program", "wecom")):
        duties = member_duties(members, table, scenario, pack)
        works = any(d in facing for d in duties["wecom"]) or not any(duties.values())
        keeps = keeps_customer_contacts(members, table, scenario, pack)
        assert keeps == (works and not staff_only(scenario)), (members, duties)
        assert (_fee_paid(members, scenario) > 1e-6) == (keeps and above), members
