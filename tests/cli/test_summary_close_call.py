"""The text summary says a close call where the handout says it, in the handout's sentence.

With the template scenario at a ¥150k budget, the handout's recommendation went on "A close call: Service Account +
Mini Program scores a hair below this plan … weigh both." and the JSON said close_call true, while `wxdesk evaluate
scenario.json` headed with the plan alone."""

from __future__ import annotations

import dataclasses

import pytest

from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine.scenario import Scenario
from wxdesk.report.answer import build_answer
from wxdesk.words.summary import summary_text


@pytest.fixture(scope="module")
def pack():
    return load_datapack()


def _scenarios():
    yield "template at ¥150k", lambda: dataclasses.replace(Scenario(), budget_cny=150_000)
    for preset in preset_ids():
        yield preset, lambda preset=preset: load_preset(preset)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("name, scenario", list(_scenarios()), ids=[n for n, _ in _scenarios()])
def test_the_summary_says_the_handouts_close_call_under_the_plan(pack, name, scenario, lang):
    evaluation = evaluate(scenario(), pack)
    w = words(lang)
    handout = build_answer(evaluation, pack, w).close_call
    text = summary_text(evaluation, pack, w)
    close = bool(evaluation.alternatives) and evaluation.alternatives[0].close_call
    assert bool(handout) == close
    flat = " ".join(text.split()) if lang == "en" else "".join(text.split())
    said = " ".join(handout.split()) if lang == "en" else "".join(handout.split())
    if close:
        # Said once, right under the plan's heading and score, before the score's lines and the cost.
        lines = text.splitlines()
        score_line = next(i for i, line in enumerate(lines) if line.startswith("  ") and i > 5)
        after = " ".join(line.strip() for line in lines[score_line + 1:score_line + 4])
        assert flat.count(said) == 1
        assert (after if lang == "en" else after.replace(" ", "")).startswith(said[:20])
    else:
        assert said == "" and ("A close call" not in text)


def test_the_template_at_150k_is_a_close_call(pack):
    evaluation = evaluate(dataclasses.replace(Scenario(), budget_cny=150_000), pack)
    assert evaluation.alternatives[0].close_call
    assert "A close call: Service Account + Mini Program scores a hair below this plan" in " ".join(
        summary_text(evaluation, pack, words("en")).split())
