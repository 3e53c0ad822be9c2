"""Only WeCom holds customer groups: no other presence is said to carry them, or to be strong at them.

A plan of a Service Account and a Mini Program for a business that wants 1:1 contact and customer groups read
"Service Account: In the plan for 1:1 contact and customer groups", and a native app's card "A strong fit for 1:1
contact and customer groups". A Service Account, a Mini Program or an app keeps in touch by 1:1 messages; customer
groups are WeCom's (wechat-facts.md, "WeChat interoperability"). Since 2026-12-06 the goal is named for such a
presence as it meets it, "1:1 contact with customers"; a weak fit is still said of the goal as the business wants it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.batch.language import words
from wxdesk.engine import Scenario, evaluate, load_datapack
from wxdesk.engine.datapack import GOALS

PACK = load_datapack()
GROUPS = "customer groups"
SAID_OF_IT = ("In the plan for", "A strong fit for", "Good for", "what it does best")


def _service_and_mini_program() -> Scenario:
    return Scenario().with_changes(goals=["sell", "service", "relationship"], needs=["payments"],
                                   pushes_per_month=4.0, audience=5000.0)


def test_a_service_account_keeps_the_relationship_by_one_to_one_contact():
    evaluation = evaluate(_service_and_mini_program(), PACK)
    assert evaluation.plan.presences == ("service", "mini_program")
    english, chinese = words("en"), words("zh_CN")
    service = next(p for p in evaluation.presences if p.id == "service")
    lines = [english.reason(r) for r in service.reasons]
    assert "In the plan for 1:1 contact with customers and messaging your users." in lines, lines
    assert not any(GROUPS in line for line in lines), lines
    chinese_lines = [chinese.reason(r) for r in service.reasons]
    assert any("私域运营（一对一联系）" in line for line in chinese_lines), chinese_lines
    assert not any("客户群" in line for line in chinese_lines), chinese_lines


def test_wecom_is_still_strong_at_customer_groups_and_a_weak_fit_names_the_whole_goal():
    evaluation = evaluate(_service_and_mini_program(), PACK)
    english = words("en")
    by_id = {p.id: [english.reason(r) for r in p.reasons] for p in evaluation.presences}
    # (Each said with the other goals the presence is as strong, or as weak, at: "… as well as serving customers.")
    assert any(line.startswith("A strong fit for 1:1 contact and customer groups")
               or line.startswith("A strong fit for") and line.endswith(" as well as 1:1 contact and customer groups.")
               for line in by_id["wecom"]), by_id["wecom"]
    assert any(line.startswith("A weak fit for 1:1 contact and customer groups")
               or line.startswith("A weak fit for") and line.endswith(" as well as 1:1 contact and customer groups.")
               for line in by_id["subscription"]), by_id["subscription"]


@settings(max_examples=60, deadline=None)
@given(goals=st.lists(st.sampled_from(GOALS), min_size=1, max_size=4, unique=True).map(
           lambda goals: goals if "relationship" in goals else [*goals, "relationship"]),
       audience=st.sampled_from([300.0, 5_000.0, 80_000.0, 2_000_000.0]),
       pushes=st.sampled_from([0.0, 4.0, 8.0, 30.0]),
       needs=st.sampled_from([[], ["payments"]]))
def test_no_presence_but_wecom_is_said_to_carry_or_be_strong_at_customer_groups(goals, audience, pushes, needs):
    scenario = Scenario().with_changes(goals=goals, audience=audience, pushes_per_month=pushes, needs=needs)
    evaluation = evaluate(scenario, PACK)
    english = words("en")
    for presence in evaluation.presences:
        if presence.id == "wecom":
            continue
        for reason in presence.reasons:
            line = english.reason(reason)
            if line.startswith(SAID_OF_IT[:3]) or (SAID_OF_IT[3] in line and reason.params.get("carrier") != "wecom"):
                # (What a presence does best is said as the plan's member covers it, groups where that is WeCom.)
                assert GROUPS not in line, (presence.id, line)
