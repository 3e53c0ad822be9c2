"""`wxdesk sensitivity` as a reader sees it: the answer's plan and cost named, every word in the language
asked for, columns lined up by the width a terminal gives each character, figures with their units,
and no two rows that read alike."""

import re
import json
import subprocess
import sys

import pytest

from wxdesk.batch.insight import sensitivity_dict, sensitivity_text
from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine.money import whole_yuan
from wxdesk.words.columns import display_width
from wxdesk.words.swings import headings, lead_points, span_text


# One worker runs this module (--dist loadgroup): `example`, car_brand's sensitivity in two languages, takes some 15 s
# of a CI core, and was made once on each worker where the tests were spread over two.
pytestmark = pytest.mark.xdist_group("sensitivity_text")


@pytest.fixture(scope="module")
def pack():
    return load_datapack()


@pytest.fixture(scope="module")
def example(pack):
    """car_brand, its plan 1.4 points ahead: some figures' ranges alone change its plan. (It was a close call, 0.7
    ahead, while its next best's app had its users won through ads priced at WeChat's rate: costs.wechat_door.)"""
    scenario = load_preset("car_brand", "zh_CN")
    return scenario, {lang: (sensitivity_dict(scenario, pack, lang), sensitivity_text(scenario, pack, lang))
                      for lang in ("en", "zh_CN")}


def _first_lines(text, data, w):
    """Each row's first line (a long name wraps onto the next), in the order of the JSON rows."""
    table = text.splitlines()[text.splitlines().index("") + 2:]
    marks = [lead_points(row["fit_swing"], w) for row in data["rows"]]
    firsts = [line for line in table if any(mark in line for mark in marks)]
    assert len(firsts) == len(data["rows"])
    return firsts


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_text_names_the_answers_plan_and_its_likely_cost(pack, example, lang):
    scenario, outputs = example
    data, text = outputs[lang]
    answer = evaluate(scenario, pack)
    w = words(lang)
    head = "\n".join(text.splitlines()[:3])
    assert w.plan(answer.plan.presences) in head
    assert w.money(answer.plan.total.likely) in head
    assert data["base"]["plan"] == list(answer.plan.presences)
    assert data["base"]["cost"] == whole_yuan(answer.plan.total.likely)  # (as evaluate --json holds it)


def test_chinese_output_has_no_english_words(example):
    _scenario, outputs = example
    data, text = outputs["zh_CN"]
    for english in ("figure", "low → high", "cost swing", "lead swing", "changes the plan", "points", "The plan"):
        assert english not in text
    assert "⇄ 会改变方案" in text and "方案：" in text
    assert any(row["changes_answer"] for row in data["rows"])


def _from_column(line, column):
    """The line's text from a display column on (a Chinese character takes two)."""
    for i in range(len(line) + 1):
        if display_width(line[:i]) >= column:
            return line[i:]
    return ""


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_columns_line_up_by_display_width(example, lang):
    """Each row's range starts under its heading, and its two swings end where their headings end."""
    _scenario, outputs = example
    data, text = outputs[lang]
    w = words(lang)
    lines = text.splitlines()
    header = lines[lines.index("") + 1]
    heads = headings(w)
    span_start = display_width(header[:header.index(heads[1])])
    cost_end = display_width(header[:header.index(heads[2]) + len(heads[2])])
    lead_end = display_width(header[:header.index(heads[3]) + len(heads[3])])
    for line, row in zip(_first_lines(text, data, w), data["rows"], strict=True):
        assert _from_column(line, span_start).startswith(row["span"].split(" ")[0])
        cost = w.money(row["cost_swing"])
        assert _from_column(line, cost_end - display_width(cost)).startswith(cost + " ")
        lead = lead_points(row["fit_swing"], w)
        assert _from_column(line, lead_end - display_width(lead)).startswith(lead)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_rows_have_distinct_labels_and_ranges_with_units(pack, example, lang):
    _scenario, outputs = example
    data, _text = outputs[lang]
    labels = [row["label"] for row in data["rows"]]
    assert len(set(labels)) == len(labels)
    w = words(lang)
    for row in data["rows"]:
        figure = pack.figures[row["figure"]["id"]]
        assert row["span"] == span_text(figure, w)
    by_id = {row["figure"]["id"]: row for row in data["rows"]}
    if lang == "en":
        assert by_id["app_cost_per_install_cny"]["span"] == "¥3 → ¥34 per install"
        # As the handout's appendix writes the figure: 15% – 17.5% – 20% of the build cost a year.
        assert by_id["app_maintenance_share"]["span"] == "15% → 20% of the build cost a year"
        assert by_id["app_build_cny"]["label"] == "Build a native iOS + Android app (cost)"
        assert by_id["weeks_app_build"]["label"] == "Build a native iOS + Android app (weeks)"
        assert by_id["weeks_app_build"]["span"] == "8 → 40 weeks"
    # The unit as the appendix writes it ("of the build cost a year", "（占开发费用/年）").
    assert w.figure_values(pack.figures["app_maintenance_share"]).endswith(
        re.sub(r"^[\d.,]+%? ?", "", by_id["app_maintenance_share"]["span"].split(" → ")[1]))


def test_the_command_takes_the_language(tmp_path):
    result = subprocess.run([sys.executable, "-m", "wxdesk", "sensitivity", "--preset", "yoga_teacher",
                             "--lang", "zh_CN", "--json"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["base"]["cost_is"] == "plan.cost_cny.likely"
    assert all("→" in row["span"] for row in data["rows"])


def test_the_lead_reads_as_the_difference_of_the_scores_as_written(pack):
    """car_brand's plan reads 70.7 and its next best 70.5 in `evaluate`; the sweep's sentence read "leads the next
    best plan by 0.1 points" (the unrounded 0.15)."""
    scenario = load_preset("car_brand")
    answer = evaluate(scenario, pack)
    digits = answer.score_digits
    written = [f"{s:.{digits}f}" for s in (answer.plan.score, answer.alternatives[0].score)]
    lead = float(written[0]) - float(written[1])
    text = sensitivity_text(scenario, pack, "en")
    assert f"It leads its first alternative by {lead:.{digits}f} points." in re.sub(r"\s+", " ", text)
    assert sensitivity_dict(scenario, pack, "en")["base"]["lead_shown"] == pytest.approx(lead)


def test_a_plan_with_no_other_to_lead_says_so(pack):
    """With no one on WeChat and nothing to carry, only the app is open: "leads the next best plan by 0.0 points"
    named a next best plan there was none of."""
    from wxdesk.engine import Scenario
    alone = Scenario().with_changes(china_share=0, goals=[], pushes_per_month=0)
    assert not evaluate(alone, pack).alternatives
    en = re.sub(r"\s+", " ", sensitivity_text(alone, pack, "en"))
    assert "It is the only plan considered." in en and "leads" not in en
    assert "这是唯一纳入考虑的方案。" in sensitivity_text(alone, pack, "zh_CN").replace("\n", "")
    assert sensitivity_dict(alone, pack, "en")["base"]["lead_shown"] is None


@pytest.mark.parametrize("preset", ["fitness_coaching", "yoga_teacher", "bank_care"])
def test_every_cost_in_the_json_reads_as_evaluate_json_writes_its_costs(pack, preset):
    """"cost": 7046639.024691 stood beside "cost_is": "plan.cost_cny.likely", which evaluate --json writes 7046639:
    one figure, two numbers. Every cost is in whole yuan, and a row's swing is its two ends apart as written."""
    from wxdesk.batch.contract import evaluation_record
    scenario = load_preset(preset)
    data = sensitivity_dict(scenario, pack)
    record = evaluation_record(evaluate(scenario, pack), "en")
    assert data["base"]["cost_is"] == "plan.cost_cny.likely"
    assert data["base"]["cost"] == record["plan"]["cost_cny"]["likely"]
    assert type(data["base"]["cost"]) is int
    for row in data["rows"]:
        low, high = row["at_low"]["cost"], row["at_high"]["cost"]
        assert type(low) is int and type(high) is int and row["cost_swing"] == abs(high - low)


@pytest.mark.parametrize("preset", ["car_brand", "bank_care"])
def test_the_lead_is_what_its_label_names_in_evaluate_json(pack, preset):
    """"lead": 2.657994 stood beside "lead_is": "plan.score - alternatives[0].score", which evaluate --json writes
    32 and 30: the lead is the unrounded scores' difference, and its label names those."""
    from wxdesk.batch.contract import evaluation_record
    scenario = load_preset(preset)
    base = sensitivity_dict(scenario, pack)["base"]
    record = evaluation_record(evaluate(scenario, pack), "en")
    assert base["lead_is"] == "plan.score_unrounded - alternatives[0].score_unrounded"
    named = record["plan"]["score_unrounded"] - record["alternatives"][0]["score_unrounded"]
    assert base["lead"] == pytest.approx(named, abs=2e-4)
