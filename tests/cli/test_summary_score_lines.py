"""`wxdesk evaluate` (text) says how the plan's score is made, in the handout's words: it said "Plan score: 78 out of
100" alone, where the PDF and the long image give the coverage and each deduction (plan.reasons)."""

import pytest

from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.words.summary import summary_text
from wxdesk.words.vocabulary import _FULL_AND_SHORT


def _shortened(text):
    for full, short in _FULL_AND_SHORT:
        text = text.replace(full, short)
    return text


@pytest.fixture(scope="module")
def pack():
    return load_datapack()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("preset", preset_ids())
def test_the_summary_gives_the_plan_score_lines_under_the_score(pack, preset, lang):
    w = words(lang)
    evaluation = evaluate(load_preset(preset, lang), pack)
    text = summary_text(evaluation, pack, w)
    flat = "".join(_shortened(text).split())
    # (A presence's former name is given where the summary first names it, and not again: vocabulary.NamedOnce.)
    lines = [_shortened(w.reason(r)) for r in evaluation.plan.reasons]
    for line in lines:  # each as the handout words it (answer.score_lines: w.reason of plan.reasons)
        assert "".join(line.split()) in flat, (preset, line)
    def at(words_of):
        return flat.index("".join(words_of.split()))
    score_at = at(w.translate("PlanSummary", "Plan score: %1 out of 100").split("%1")[0])
    for line in lines:  # under the plan's score, before its first alternative
        assert score_at < at(line) < at(w.translate("Report", "First alternative"))
