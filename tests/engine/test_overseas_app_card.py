"""An overseas company's native-app card says how it can be published, first: through a Chinese entity, in every
Chinese store, the App Store China included (each needs an app ICP filing only a Chinese entity can make); the
plan's warning said so only once the app was in the plan (cross_border_skincare's app is not)."""

import pytest

from wxdesk.engine import evaluate, load_preset
from wxdesk.engine import reasons as R
from wxdesk.words.words import Words


@pytest.mark.parametrize("entity", ["overseas_company", "company", "individual"])
def test_the_native_app_card_names_the_android_stores_rule_for_an_overseas_company_only(pack, entity):
    scenario = load_preset("cross_border_skincare").with_changes(entity=entity)
    evaluation = evaluate(scenario, pack)
    app = next(p for p in evaluation.presences if p.id == "native_app")
    said = [r.template for r in app.reasons]
    overseas = entity == "overseas_company"
    assert (R.WARN_OVERSEAS_APP in said) == overseas
    if overseas:
        # Among the first two lines a card shows, and a drawback (the handout lists a card's points by sign).
        assert R.WARN_OVERSEAS_APP in said[:2]
        assert next(r for r in app.reasons if r.template == R.WARN_OVERSEAS_APP).impact < 0
        assert "App Store China included" in Words(pack=pack).reason(app.reasons[said.index(R.WARN_OVERSEAS_APP)])
    # No other presence's card says it.
    for other in evaluation.presences:
        if other.id != "native_app":
            assert R.WARN_OVERSEAS_APP not in [r.template for r in other.reasons]
