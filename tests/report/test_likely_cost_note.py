"""The year table says why its likely costs are more than the appendix's likely values multiplied out (a client's
own sum for bank_care's users won through ads gave ¥1.35M against ¥4.40M in the table: a user costs ¥0.5 – ¥3 – ¥20,
and the simulated costs follow the whole range)."""

from __future__ import annotations

import pytest

from pdf_text import pdf_text, squeeze

from wxdesk import cli


@pytest.mark.parametrize("lang, said", [
    ("en", "A likely cost is not the appendix's likely values multiplied out"),
    ("zh_CN", "预计成本并非附录中各预计值直接相乘的结果"),
])
def test_the_year_tables_note_says_a_likely_cost_is_not_the_likely_values_multiplied_out(tmp_path, qapp, lang, said):
    out = tmp_path / "bank.pdf"
    assert cli.main(["report", "--preset", "bank_care", "-o", str(out), "--lang", lang]) == 0
    pages = [squeeze(page) for page in pdf_text(out).split("\f")]
    total = {"en": "5yearsinall", "zh_CN": "5年合计"}[lang]
    [page] = [page for page in pages if total in page]
    assert squeeze(said) in page  # beside the table it explains
