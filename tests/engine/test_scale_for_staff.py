"""An app's audience-size sentence for a business whose users are its own staff: the size, not how many would install.

factory_staff's app card read "With 3,000 monthly users few would install an app", of workers their employer can ask to
install it.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from tests.engine.scenario_strategies import scenarios
from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.fit import staff_only

PACK = load_datapack()
SIZE = (R.SCALE_LARGE, R.SCALE_SMALL, R.SCALE_SMALL_IN_PLAN)
STAFF_SIZE = (R.SCALE_LARGE_STAFF, R.SCALE_SMALL_STAFF, R.SCALE_SMALL_STAFF_IN_PLAN)


@pytest.mark.parametrize("lang, said, unsaid", [
    ("en", "With 3,000 staff as its users, an app of your own is a large build for so few", "few would install"),
    ("zh_CN", "员工用户只有 3,000 人", "安装"),
])
def test_factory_staffs_app_is_weighed_by_its_staff(lang, said, unsaid):
    app = evaluate(load_preset("factory_staff"), PACK).presence("native_app")
    texts = [words(lang).reason(r) for r in app.reasons if r.template in (*SIZE, *STAFF_SIZE)]
    assert len(texts) == 1 and said in texts[0] and unsaid not in texts[0], texts


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_the_size_sentence_speaks_of_staff_exactly_where_the_users_are_staff(scenario):
    for presence in evaluate(scenario, PACK).presences:
        templates = {r.template for r in presence.reasons}
        if staff_only(scenario):
            assert not templates & set(SIZE), (presence.id, templates)
        else:
            assert not templates & set(STAFF_SIZE), (presence.id, templates)
