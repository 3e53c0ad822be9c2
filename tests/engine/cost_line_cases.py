"""Scenarios whose plan has a cost line of each of its four kinds (reasons.PLAN_COST_LINES), for the tests that read
that line: the cheapest plan's first year named, or the amount a cost counts from; each with and without the other
lines' rounding. (The presets give the first kind only: car_brand, bank_care.)"""

from wxdesk.engine import Scenario, load_preset
from wxdesk.engine import reasons as R

COST_LINE_CASES = {
    # 1.2 times ¥1.02M, the cheapest plan's (Service Account + Official Account): the client reviewer's case.
    R.PLAN_COST_POINTS: load_preset("car_brand"),
    # A native app for 30 users: 55.8 times ¥10k.
    R.PLAN_COST_POINTS_FROM: Scenario().with_changes(
        budget_cny=1e8, interaction_minutes=300, audience=30, china_share=0.1, pushes_per_month=20,
        goals=["news", "service", "sell", "experiment", "employees"], needs=[], horizon_years=1, entity="individual",
        paid_share=0.0),
    # A native app for 173 million users: 170.5 times ¥931k, the Official Account's.
    R.PLAN_COST_POINTS_ROUNDING: Scenario().with_changes(
        budget_cny=8e8, interaction_minutes=10.0, audience=1.73e8, china_share=0.0168, pushes_per_month=0.0,
        goals=["service"], needs=[], horizon_years=6, entity="company", paid_share=0.0168),
    # A native app for 61 users: 55.8 times ¥10k.
    R.PLAN_COST_POINTS_FROM_ROUNDING: Scenario().with_changes(
        budget_cny=6.5e8, interaction_minutes=415, audience=61, china_share=1e-9, pushes_per_month=137,
        goals=["relationship"], needs=[], horizon_years=1, entity="individual", paid_share=0.0),
}
