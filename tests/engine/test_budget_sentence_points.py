"""The budget's sentence said beside the plan's score lines leaves their points to them (reasons.budget_beside_score).

news_publisher's plan read "Less 12 points because the budget covers only 57% of its likely first-year cost." and,
next, "Your budget of ¥400k is ¥305k short of …, which takes 12 points off its score; …": the window's plan and the
long image say the budget's sentence without the points; the handout's first page and the command line, which
show the score without its lines, keep them.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings

from tests.engine.scenario_strategies import scenarios
from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_datapack
from wxdesk.engine import reasons as R

PACK = load_datapack()


def test_every_sentence_with_points_has_one_without_that_says_the_rest_alike():
    assert len(R.BUDGET_WITHOUT_POINTS) == 12
    for with_points, without in R.BUDGET_WITHOUT_POINTS.items():
        assert "{points}" in with_points and "{points}" not in without
        # ("about" where the line also takes the rounding of the score's lines: its points a unit off the budget's rule)
        said = re.search(r", which takes (about )?\{points\} points off its score", with_points)
        assert said is not None, with_points
        head, tail = with_points[:said.start()], with_points[said.end():]
        assert without.startswith(head) and without.endswith(tail)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_beside_the_score_the_budget_says_everything_but_the_points(scenario):
    evaluation = evaluate(scenario, PACK)
    budget, beside = evaluation.budget, R.budget_beside_score(evaluation.budget)
    lines = [r for r in evaluation.plan.reasons if r.template in R.PLAN_BUDGET_LINES]
    # Points in the budget's sentence exactly where a score line takes them off; beside that line, none.
    assert ("points" in budget.params) == bool(lines)
    assert "points" not in beside.params and "{points}" not in beside.template
    assert {k: v for k, v in budget.params.items() if k != "points"} == dict(beside.params)
    for lang in ("en", "zh_CN"):
        said = words(lang).reason(beside)
        assert "{" not in said and said  # every parameter the shorter sentence names is there
