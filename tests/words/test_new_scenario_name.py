"""The name every new scenario starts with reads in the reader's language wherever the scenario is named: the
handout's "Prepared for", the long image's, the command line's heading. A Chinese handout of a new scenario read
"为 New scenario 准备" (the window's title read 新场景). A name the user typed stays as written."""

import pytest

from wxdesk.batch.insight import flips_text
from wxdesk.batch.language import words
from wxdesk.engine import Scenario, evaluate, load_datapack
from wxdesk.report.answer import build_answer
from wxdesk.words.summary import summary_text

PACK = load_datapack()
NEW = {"en": "New scenario", "zh_CN": "新场景"}


@pytest.fixture(scope="module")
def new_evaluation():
    return evaluate(Scenario(), PACK)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_new_scenario_is_named_in_the_readers_language(new_evaluation, lang):
    w = words(lang)
    answer = build_answer(new_evaluation, PACK, w)
    assert answer.client == answer.scenario_name == NEW[lang]
    assert summary_text(new_evaluation, PACK, w).splitlines()[0] == NEW[lang]
    assert flips_text(new_evaluation.scenario, PACK, lang).splitlines()[0] == NEW[lang]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("name", ["New scenario for Li's shop", "我的方案", "new scenario"])
def test_a_name_the_user_typed_stays_as_written(name, lang):
    assert words(lang).scenario_name(name) == name


def test_a_clients_name_comes_before_the_scenarios(new_evaluation):
    scenario = Scenario(client="李记茶馆")
    answer = build_answer(evaluate(scenario, PACK), PACK, words("zh_CN"))
    assert answer.client == "李记茶馆" and answer.scenario_name == "新场景"


@pytest.mark.parametrize(("lang", "named"), [("en", "Example shop"), ("zh_CN", "示例店铺")])
def test_the_templates_example_is_named_in_the_readers_language(lang, named):
    """`wxdesk template`'s scenario is the tool's too: its Chinese handout read "为 Example shop 准备"."""
    from wxdesk.batch.template import example
    from wxdesk.engine.scenario import scenario_from_dict
    evaluation = evaluate(scenario_from_dict(example()), PACK)
    w = words(lang)
    answer = build_answer(evaluation, PACK, w)
    assert answer.client == answer.scenario_name == named
    assert summary_text(evaluation, PACK, w).splitlines()[0] == named
