"""Generated scenarios for the engine's property tests: every field over its whole range."""

from hypothesis import strategies as st

from wxdesk.engine import Scenario
from wxdesk.engine.datapack import ENTITIES, GOALS, NEEDS

scenarios = st.builds(
    lambda **kw: Scenario().with_changes(**kw),
    budget_cny=st.floats(0, 1e9, allow_nan=False),
    interaction_minutes=st.floats(0.05, 600, allow_nan=False),
    audience=st.one_of(st.floats(0, 5e8, allow_nan=False), st.integers(0, 100)),
    china_share=st.one_of(st.just(0.0), st.floats(0, 1)),
    pushes_per_month=st.floats(0, 200, allow_nan=False),
    goals=st.lists(st.sampled_from(GOALS), unique=True),
    needs=st.lists(st.sampled_from(NEEDS), unique=True),
    horizon_years=st.integers(1, 9),
    entity=st.sampled_from(ENTITIES),
    paid_share=st.one_of(st.just(0.0), st.floats(0, 1)),
)
