"""The handout's appendix gives a ranged figure's average beside its range, in a column wide enough to read it."""

from __future__ import annotations

import pytest

from wxdesk.engine import load_datapack
from wxdesk.engine.costs import COST_FIGURES
from wxdesk.engine.timeline import TIMELINE_FIGURES
from wxdesk.report.assumptions import groups


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_value_with_its_average_fits_its_column(lang, qapp, tmp_path):
    """A ranged figure's value gives its average beside its range ("¥0.08 – ¥0.1 – ¥0.15 per contact a year; average
    ¥0.11 per contact a year"): in a column a fifth of the page wide it ran to 7 lines, "average" alone on one, and
    the Chinese cut 平均 ("…/年；平" / "均 ¥4,833/年"). Each value now takes at most 3 lines, each date one."""
    from PySide6.QtGui import QPageSize, QPdfWriter

    from wxdesk.report.fonts import report_fonts
    from wxdesk.report.handout import APPENDIX_COLUMNS
    from wxdesk.report.layout import CONTENT_WIDTH, Styles, qt_lines, set_in_lines
    from wxdesk.report.command import reader_words
    from wxdesk.words.line_breaks import shown
    pack = load_datapack()
    w = reader_words(lang, "CNY", pack)
    writer = QPdfWriter(str(tmp_path / "measure.pdf"))  # the handout's device: points at 72 dpi
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    font = Styles(report_fonts()).tiny
    padding = 1.4  # as Handout.appendix sets the rows
    _, value_width, _, date_width = (CONTENT_WIDTH * share - 2 * padding for share in APPENDIX_COLUMNS)

    def lines(text: str, width: float) -> list[str]:
        return [shown(line) for line in qt_lines(set_in_lines(text, font, width, writer), font, width, writer)]

    rows = [row for group in groups(pack, w) for row in group.rows]
    averaged = [row for row in rows if w.translate("Report", "{range} (average {average})").split("{average}")[0]
                .replace("{range}", "") in row[1]]
    # Every ranged figure a cost or a launch step is made of, and no other (the fit takes the most common value).
    assert len(averaged) == sum(1 for f in pack.figures.values()
                                if f.is_range and (f.id in COST_FIGURES or f.id in TIMELINE_FIGURES)) >= 29
    for row in rows:
        set_lines = lines(row[1], value_width)
        assert len(set_lines) <= 3, set_lines
        assert not any(a.endswith("平") and b.startswith("均") for a, b in zip(set_lines, set_lines[1:])), set_lines
        # The average in brackets stays on one line, a line of its own in Chinese: "（平均" / "¥103,333）" was cut.
        for line in set_lines:
            if "（平均" in line:
                assert line.startswith("（平均") and line.endswith("）"), set_lines
        assert len(lines(row[3], date_width)) == 1, row[3]


@pytest.mark.parametrize("lang, expected", [
    ("en", {"wecom_contact_fee_cny": "¥0.08 – ¥0.1 – ¥0.15 per contact a year (average ¥0.11)",
            "mp_maintenance_share": "9% – 15% – 25% of the build cost a year (average 16.33%)",
            "scope_per_need": "10% – 15% – 25% of the build, in cost and in time (average 16.67%)",
            "yearly_replacement": "0.3 – 1 – 3 new users per user a year (average 1.433)"}),
    ("zh_CN", {"wecom_contact_fee_cny": "¥0.08 – ¥0.1 – ¥0.15/联系人/年\n（平均 ¥0.11）",
               "mp_maintenance_share": "9% – 15% – 25%（占开发费用/年）\n（平均 16.33%）",
               "scope_per_need": "10% – 15% – 25%（占开发费用和工期）\n（平均 16.67%）",
               "yearly_replacement": "0.3 – 1 – 3 名新用户/用户/年\n（平均 1.433）"}),
])
def test_an_average_is_written_without_its_unit_again(lang, expected, qapp):
    """The average follows the range that gives its unit (in Chinese on a line of its own, so that the brackets are
    never cut): "…（占开发费用）（平均 16.67%（占开发费用））" said it
    twice in Chinese, where the unit stands in brackets, not after a space or a slash. (The averages are the
    ranges' means: (0.08 + 0.1 + 0.15) / 3, (9 + 15 + 25) / 3 %, (10 + 15 + 25) / 3 %, (0.3 + 1 + 3) / 3.)"""
    from wxdesk.report.command import reader_words
    pack = load_datapack()
    w = reader_words(lang, "CNY", pack)
    labels = {w.label(pack.figures[fid]): fid for fid in expected}
    rows = {labels[row[0]]: row[1] for group in groups(pack, w) for row in group.rows if row[0] in labels}
    assert rows == expected
