"""An app's notifications are said without Chinese Android phone makers' caps where none of the audience is on WeChat
in mainland China: yoga_teacher with all her students abroad read of "Chinese Android phone makers" capping them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine.reasons import Term

PACK = load_datapack()


def app_reason_texts(preset: str, china_share: float) -> list[str]:
    evaluation = evaluate(load_preset(preset).with_changes(china_share=china_share), PACK)
    return [r.render(term=lambda t: t.id if isinstance(t, Term) else str(t))
            for r in evaluation.presence("native_app").reasons]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["yoga_teacher", "fitness_coaching", "car_brand"]), st.floats(min_value=0.01, max_value=1))
def test_the_caps_are_said_where_some_of_the_audience_is_in_mainland_china(preset, share):
    assert any("Chinese Android" in t for t in app_reason_texts(preset, share))


def test_not_where_none_is():
    texts = app_reason_texts("yoga_teacher", 0.0)
    assert not any("Chinese Android" in t for t in texts)
    assert any(t.startswith("An app notifies its users for free") for t in texts)
