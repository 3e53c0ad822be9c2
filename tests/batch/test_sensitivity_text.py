"""`wxdesk sensitivity` as a reader sees it: the answer's plan and cost named, every word in the language
asked for, columns lined up by the width a terminal gives each character, figures with their units,
and no two rows that read alike."""

import json
import subprocess
import sys

import pytest

from wxdesk.batch.insight import sensitivity_dict, sensitivity_text
from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.words.swings import display_width, span_text


@pytest.fixture(scope="module")
def pack():
    return load_datapack()


@pytest.fixture(scope="module")
def fitness(pack):
    """fitness_coaching, whose sweep once measured Native app alone beside the answer's WeCom + Native app."""
    scenario = load_preset("fitness_coaching", "zh_CN")
    return scenario, {lang: (sensitivity_dict(scenario, pack, lang), sensitivity_text(scenario, pack, lang))
                      for lang in ("en", "zh_CN")}


def _rows(text, data):
    """The table's row lines, in the order of the JSON rows."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(data["rows"][0]["label"]))
    return lines[start:start + len(data["rows"])]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_text_names_the_answers_plan_and_its_likely_cost(pack, fitness, lang):
    scenario, outputs = fitness
    data, text = outputs[lang]
    answer = evaluate(scenario, pack)
    w = words(lang)
    head = "\n".join(text.splitlines()[:3])
    assert w.plan(answer.plan.presences) in head
    assert w.money(answer.plan.total.likely) in head
    assert data["base"]["plan"] == list(answer.plan.presences)
    assert data["base"]["cost"] == pytest.approx(answer.plan.total.likely, rel=1e-9)


def test_chinese_output_has_no_english_words(fitness):
    _scenario, outputs = fitness
    data, text = outputs["zh_CN"]
    for english in ("figure", "low → high", "cost swing", "lead swing", "changes the plan", "points", "The plan"):
        assert english not in text
    assert "⇄ 会改变方案" in text and "方案：" in text
    assert any(row["changes_answer"] for row in data["rows"])


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_columns_line_up_by_display_width(fitness, lang):
    _scenario, outputs = fitness
    data, text = outputs[lang]
    w = words(lang)
    ends = {"span": set(), "cost": set()}
    for line, row in zip(_rows(text, data), data["rows"], strict=True):
        assert line.startswith(row["label"])
        span_end = line.index(row["span"], len(row["label"])) + len(row["span"])
        cost = w.money(row["cost_swing"])
        cost_end = line.index(cost, span_end) + len(cost)  # right-aligned: its end is the column's
        ends["span"].add(display_width(line[:line.index(row["span"], len(row["label"]))]))
        ends["cost"].add(display_width(line[:cost_end]))
    assert len(ends["span"]) == 1 and len(ends["cost"]) == 1, ends


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_rows_have_distinct_labels_and_ranges_with_units(pack, fitness, lang):
    _scenario, outputs = fitness
    data, _text = outputs[lang]
    labels = [row["label"] for row in data["rows"]]
    assert len(set(labels)) == len(labels)
    w = words(lang)
    for row in data["rows"]:
        figure = pack.figures[row["figure"]["id"]]
        assert row["span"] == span_text(figure, w)
    by_id = {row["figure"]["id"]: row for row in data["rows"]}
    if lang == "en":
        assert by_id["app_cost_per_install_cny"]["span"] == "3 → 34 CNY per install"
        # As the handout's appendix writes the figure: 15% – 17.5% – 20% of the build cost a year.
        assert by_id["app_maintenance_share"]["span"] == "15% → 20% of the build cost a year"
        assert by_id["app_build_cny"]["label"] == "Build a native iOS + Android app (CNY)"
        assert by_id["weeks_app_build"]["label"] == "Build a native iOS + Android app (weeks)"
        assert by_id["weeks_app_build"]["span"] == "8 → 40 weeks"
    assert w.figure_values(pack.figures["app_maintenance_share"]).endswith(
        by_id["app_maintenance_share"]["span"].split(" → ")[1].split(" ", 1)[1])


def test_the_command_takes_the_language(tmp_path):
    result = subprocess.run([sys.executable, "-m", "wxdesk", "sensitivity", "--preset", "yoga_teacher",
                             "--lang", "zh_CN", "--json"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["base"]["cost_is"] == "plan.cost_cny.likely"
    assert all("→" in row["span"] for row in data["rows"])
