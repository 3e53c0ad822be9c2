"""A share's label beside its box says the share as the box holds it: the boxes take hundredths of a percent, and the
label's whole percentage read "12%" beside "12.5 %" and "<1%" beside "0.25 %"."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wxdesk.engine import load_preset

pytestmark = pytest.mark.gui


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(china=st.integers(0, 100_000), paid=st.integers(0, 100_000))
def test_the_label_reads_the_box(shown_window, qtbot, china, paid):
    window = shown_window
    # (Hundred-thousandths: a file, or a typed 33.333 %, may hold a share finer than the box's two decimals.)
    window.document.load(load_preset("food_ordering").with_changes(china_share=china / 100_000,
                                                                   paid_share=paid / 100_000))
    for control in (window.controls.china_share, window.controls.paid_share):
        box = control.spin.cleanText().replace(" ", "").rstrip("%")
        label = control.value_label.text().rstrip("%")
        assert float(label) == float(box), (label, box)
    window.document.undo_stack.clear()
