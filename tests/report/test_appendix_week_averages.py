"""A launch step's average in the appendix is written with its unit, as the JSON gives the step's likely weeks.

The hotpot chain's Chinese appendix read "0.2 – 0.6 – 2 周（平均 0.9333）": four digits no line reads, no unit, where
the JSON's verification step is 0.9 weeks likely. Now "（平均 0.9 周）", "(average 0.9 weeks)".
"""

from __future__ import annotations

import datetime as dt

import pytest

from wxdesk.batch.language import renderer, translate_function
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine.scenario import Scenario
from wxdesk.report import assumptions
from wxdesk.words import Words
from wxdesk.words.figure_text import value_text

PACK = load_datapack()
HOTPOT = {"name": "Chengdu hotpot chain", "budget_cny": 800000, "interaction_minutes": 4, "audience": 120000,
          "china_share": 0.98, "pushes_per_month": 8, "goals": ("sell", "relationship", "service", "video"),
          "needs": ("payments",), "horizon_years": 3, "entity": "company", "paid_share": 0.3}
UNIT = {"en": ("(average {} weeks)", "(average 1 week)"), "zh_CN": ("（平均 {} 周）", "（平均 1 周）")}


def _rows(lang: str) -> dict[str, str]:
    """{figure id: its appendix value}, for the figures in weeks (a label alone may name two figures)."""
    w = Words.make(lang, "CNY", PACK, translate_function(lang))
    rows = [row for group in assumptions.groups(PACK, w) for row in group.rows]
    return {f.id: next(row[1] for row in rows if row[0] == w.label(f) and row[1].startswith(value_text(f, w)))
            for f in PACK.figures.values() if f.unit == "weeks"}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_each_steps_average_is_written_to_a_tenth_with_its_unit(lang):
    rows = _rows(lang)
    weeks = [f for f in PACK.figures.values() if f.unit == "weeks"]
    assert len(weeks) >= 10
    for figure in weeks:
        tenth = round(figure.average, 1)
        said = UNIT[lang][1] if tenth == 1 else UNIT[lang][0].format(f"{tenth:g}")
        assert rows[figure.id].endswith(said), (figure.id, rows[figure.id])


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("scenario", ["hotpot", "food_ordering", "car_brand"])
def test_a_steps_average_reads_as_the_jsons_likely_weeks_for_that_step(lang, scenario):
    """Steps the plan takes at the figure's average (not scaled by its scope, as a build is) give in the JSON the weeks
    the appendix writes."""
    sc = Scenario(**HOTPOT) if scenario == "hotpot" else load_preset(scenario)
    evaluation = evaluate(sc, PACK, dt.date(2026, 12, 1))
    rows = _rows(lang)
    timeline = evaluation.plan_dict(renderer(lang))["timeline"]
    checked = 0
    for presence in timeline["presences"]:
        for step in presence["steps"]:
            figure = PACK.figures.get(step["figure"])
            if figure is None or figure.unit != "weeks" or step["step"] in ("build", "app_build"):
                continue
            if abs(step["weeks"]["likely"] - figure.average) > 0.05:
                continue  # (a step scaled, or set apart from its figure)
            likely = step["weeks"]["likely"]
            said = UNIT[lang][1] if likely == 1 else UNIT[lang][0].format(f"{likely:g}")
            assert rows[figure.id].endswith(said), (figure.id, rows[figure.id], step)
            checked += 1
    assert checked
