"""`wxdesk evaluate`'s text names the figures a scenario sets for itself, as the handout, the long image and the
window's copied summary do, and gives the data pack only the others: its last line said "Every figure comes from the
wxdesk data pack", and a plan moved by a figure of the client's own read as the pack's answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.report.command import reader_words
from wxdesk.words.own_figures import own_figures_sentence
from wxdesk.words.summary import summary_text

PACK = load_datapack()
FIGURES = sorted(PACK.figures)


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(FIGURES), max_size=3, unique=True), st.sampled_from(["en", "zh_CN"]))
def test_the_text_names_exactly_the_figures_the_scenario_sets(own, lang):
    overrides = {fid: {"low": PACK.figures[fid].low, "likely": PACK.figures[fid].likely,
                       "high": PACK.figures[fid].high} for fid in own}
    scenario = load_preset("bank_care").with_changes(overrides=overrides)
    w = reader_words(lang, "CNY", PACK)
    text = summary_text(evaluate(scenario, PACK), PACK, w)
    sentence = own_figures_sentence(PACK.with_overrides(overrides), w)
    assert bool(sentence) == bool(own)
    if own:
        assert "".join(sentence.split()) in "".join(text.split()), text  # (as the text wraps it)
        assert ("except those set for this scenario" in text) if lang == "en" else ("除本场景单独设定的数据外" in text)
    else:
        assert "set for this scenario" not in text and "单独设定" not in text


def test_two_figures_of_one_label_are_told_apart():
    """The app's build cost and its build time both read "Build a native iOS + Android app"."""
    both = {fid: {"low": PACK.figures[fid].low, "likely": PACK.figures[fid].likely, "high": PACK.figures[fid].high}
            for fid in ("app_build_cny", "weeks_app_build")}
    said = own_figures_sentence(PACK.with_overrides(both), reader_words("en", "CNY", PACK))
    assert said == ("Figures set for this scenario: Build a native iOS + Android app (cost) and Build a native "
                    "iOS + Android app (weeks)."), said
