"""A presence's card does not call it good at a goal, unqualified, where the plan's `weak_goals` says it is weak at
it: an overseas watch brand with 35% of its customers on WeChat read "Good for selling and 1:1 contact with customers"
on its Service Account's card beside "The plan is weak at 1:1 contact and customer groups: its best at it, the Service
Account, scores 33 out of 100 for it", in the JSON and the handout alike."""

import json

from wxdesk.batch.contract import evaluation_record
from wxdesk.engine import Scenario, evaluate, load_datapack
from wxdesk.engine.reasons import goal_about

PACK = load_datapack()
WATCHES = Scenario(name="Swiss watch brand", budget_cny=300_000, audience=8_000, china_share=0.35,
                   goals=("sell", "relationship"), entity="overseas_company", paid_share=0.2)


def test_a_card_good_at_a_goal_the_plan_is_weak_at_says_for_whom():
    record = json.loads(json.dumps(evaluation_record(evaluate(WATCHES, PACK), "en")))
    weak = record["plan"]["weak_goals"]
    weak_goals = {goal_about(g) for g in weak["params"].get("goals", [weak["params"].get("goal")])}
    members = weak["params"].get("member") or []
    said = [(p["id"], r) for p in record["presences"] if p["id"] in members for r in p["reasons"]
            if r["code"].startswith("strong_goals_weak_fit")
            and weak_goals & {goal_about(g) for g in r["params"]["goals"]}]
    assert said, record["plan"]["weak_goals"]
    for presence, reason in said:
        assert reason["code"] == "strong_goals_weak_fit_reached", (presence, reason["text"])
        assert "with the users it reaches" in reason["text"]
