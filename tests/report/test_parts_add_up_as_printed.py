"""Parts that a page says add up to a total do, as printed; where rounding each on its own keeps them from it, the page
says so instead.

car_brand's cost key read ¥121k + ¥1.23M + ¥1,500 + ¥122k + ¥2.73M (¥4.20M) under a caption that said "the parts add
up to each plan's total", beside its total of ¥4.21M; city_service's cost per year read Year 1 ¥277k and four years of
¥176k (¥981k) above "5 years in all" ¥980k.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pdf_text import pdf_text

from wxdesk import cli
from wxdesk.engine.money import add_up_as_written, format_money

UNITS = {"": 1, "k": 10**3, "M": 10**6, "B": 10**9}
AMOUNT = re.compile(r"¥([\d,]+(?:\.\d+)?)([kMB]?)")
ADD_UP = "the parts add up to each plan's total, and the amounts in the key are the recommended plan's."
YEARS_NOTE = "The likely years add up to their total before rounding"


def _read(text: str) -> float:
    """An English amount as printed, as the number a client reads in it."""
    digits, unit = AMOUNT.fullmatch(text).groups()  # type: ignore[union-attr]
    return float(digits.replace(",", "")) * UNITS[unit]


def _sum_reads_as(parts: list[str], total: str) -> bool:
    """Whether a client's sum of the printed parts, written as any amount is, reads as the printed total."""
    return _read(format_money(sum(_read(part) for part in parts))) == _read(total)


@given(st.lists(st.floats(0, 1e9), min_size=1, max_size=7))
def test_parts_add_up_as_written_where_a_clients_sum_of_them_reads_as_the_total(parts):
    written = [format_money(part) for part in parts]
    assert add_up_as_written(parts, sum(parts)) == _sum_reads_as(written, format_money(sum(parts)))


def _lines(preset: str, tmp_path) -> list[str]:
    out = tmp_path / f"{preset}.pdf"
    assert cli.main(["report", "--preset", preset, "-o", str(out), "--lang", "en"]) == 0
    return pdf_text(out).splitlines()


@pytest.mark.parametrize("preset", ["car_brand", "city_service", "cross_border_skincare", "yoga_teacher"])
def test_the_cost_key_and_the_cost_per_year_say_they_add_up_only_where_they_do_as_printed(tmp_path, qapp, preset):
    lines = _lines(preset, tmp_path)
    text = " ".join(lines)
    # The cost key: the plan's bar total first (its first amount after the ticks), then the key's lines.
    start = lines.index("What the costs are made of")
    caption_end = next(i for i in range(start, len(lines)) if lines[i].startswith("¥0 "))
    totals = [i for i in range(caption_end + 1, len(lines)) if AMOUNT.fullmatch(lines[i])]
    end = next(i for i in range(totals[-1] + 1, len(lines)) if "¥" not in lines[i])
    key = [m.group(0) for line in lines[totals[-1] + 1:end] for m in AMOUNT.finditer(line)]
    caption = " ".join(lines[start + 1:caption_end])
    assert (ADD_UP in caption) == _sum_reads_as(key, lines[totals[0]]), (key, lines[totals[0]], caption)
    # The cost per year: its likely column, and the total beneath it.
    years = [AMOUNT.findall(line) for line in lines if re.match(r"Year \d+ ¥", line)]
    likely = ["¥" + "".join(row[1]) for row in years]
    [in_all] = [line for line in lines if re.match(r"\d+ years in all ¥", line)]
    total = "¥" + "".join(AMOUNT.findall(in_all)[1])
    assert (YEARS_NOTE not in text) == _sum_reads_as(likely, total), (likely, total)
    # (The cases the review found; car_brand's parts add up as printed since its Official Account pays its
    # verification, 2026-12-07: checked above all the same.)
    if preset in ("city_service", "cross_border_skincare"):
        assert not _sum_reads_as(key, lines[totals[0]]) or not _sum_reads_as(likely, total)
