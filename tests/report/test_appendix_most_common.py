"""The middle of a range is called its most common value, not its "likely" one, and the appendix says the likely costs
take the average: a client who multiplied 72 articles by the "likely" ¥500 of "¥0 – ¥500 – ¥2,000 (average ¥833.3)"
found ¥36k where every "Likely cost" in the handout, from the averages, showed ¥60k."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("lang, middle, average, build_weeks", [
    ("en", "low – most common – high", "The likely costs and weeks take each figure at its average",
     "(average 22.7 weeks)"),
    ("zh_CN", "低 – 最常见 – 高", "预计成本和预计周数按每项数据的平均值", "（平均 22.7 周）"),
])
def test_the_appendix_names_the_middle_value_and_says_costs_take_the_average(tmp_path, qapp, lang, middle, average,
                                                                             build_weeks):
    from pdf_text import pdf_text, squeeze

    from wxdesk import cli

    out = tmp_path / "h.pdf"
    assert cli.main(["report", "--preset", "car_brand", "-o", str(out), "--lang", lang]) == 0
    text = squeeze(pdf_text(out))
    assert squeeze(middle) in text and squeeze(average) in text
    # A launch step's average is given too, the weeks its likely date adds (the app's build: 8 – 20 – 40 weeks).
    assert squeeze(build_weeks) in text
    # "Likely" means one thing in the handout: the likely cost.
    assert squeeze("low – likely – high") not in text and squeeze("最可能") not in text
