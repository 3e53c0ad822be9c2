"""The Assumptions dock calls a range's middle value "Most common", not "Likely": every likely cost takes each figure
at its average, and a "Likely" ¥500 beside a likely cost made of ¥833 per article read as two meanings of one word."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from wxdesk.ui.assumptions import AVERAGE, LIKELY, AssumptionsModel

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language, header", [("en", "Most common"), ("zh_CN", "最常见")])
def test_the_middle_column_is_the_most_common_value_and_says_the_costs_take_the_average(car_brand_document, language,
                                                                                       header):
    from wxdesk.ui import i18n
    i18n.set_language(language)
    try:
        model = AssumptionsModel(car_brand_document, dt.date(2026, 11, 24))
        horizontal = Qt.Orientation.Horizontal
        assert model.headerData(LIKELY, horizontal) == header
        tip = model.headerData(LIKELY, horizontal, Qt.ItemDataRole.ToolTipRole)
        assert ("average" in tip) if language == "en" else ("平均值" in tip), tip
        texts = [model.headerData(column, horizontal, role) or "" for column in range(model.columnCount())
                 for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
        row = next(r for r in range(model.rowCount()) if model.figure_id(r) == "content_per_message_cny")
        texts.append(model.data(model.index(row, AVERAGE), Qt.ItemDataRole.ToolTipRole))
        # No name for the middle value that a likely cost also answers to.
        said = " ".join(texts)
        assert "Likely" not in said and "low, likely" not in said and "最可能" not in said, said
        assert ("most common" in said) if language == "en" else ("最常见" in said)
    finally:
        i18n.set_language("en")
