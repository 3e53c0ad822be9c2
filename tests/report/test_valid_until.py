"""The day a client's figures hold until is the data pack's to say, and the handout and the long image say the same
day: the image said "valid until" 30 days on from a constant of its own, and the handout said nothing of it."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from pdf_text import pdf_text
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.paths import resource_path
from wxdesk.report.command import reader_words
from wxdesk.report.handout import write_report
from wxdesk.share import layout_image

PACK = load_datapack()
MADE = dt.date(2026, 12, 5)


def _pack_lasting(tmp_path, days: int | None):
    text = resource_path("datapack.toml").read_text(encoding="utf-8")
    line = re.search(r"^quote_valid_days = \d+\n", text, re.M)
    assert line is not None
    path = tmp_path / "pack.toml"
    path.write_text(text.replace(line.group(0), "" if days is None else f"quote_valid_days = {days}\n"),
                    encoding="utf-8")
    return load_datapack(path)


def _texts(tmp_path, pack, lang):
    words = reader_words(lang, "CNY", pack)
    evaluation = evaluate(load_preset("car_brand", lang), pack, MADE)
    handout = tmp_path / f"handout-{lang}.pdf"
    write_report(evaluation, pack, handout, words, today=MADE)
    cover = " ".join(pdf_text(handout).split("\f")[0].split())
    footer = " ".join(" ".join(layout_image(evaluation, pack, words, today=MADE).block("footer").texts).split())
    return cover, footer


@pytest.mark.parametrize(("days", "lang", "said"), [(30, "en", "valid until 4 January 2027"),
                                                     (45, "en", "valid until 19 January 2027"),
                                                     (30, "zh_CN", "有效期至 2027年1月4日")])
def test_the_handout_and_the_long_image_name_the_packs_day(tmp_path, qapp, days, lang, said):
    pack = PACK if days == PACK.quote_valid_days else _pack_lasting(tmp_path, days)
    assert pack.valid_until(MADE) == MADE + dt.timedelta(days=days)
    cover, footer = _texts(tmp_path, pack, lang)
    assert said in cover, cover[:400]
    assert said in footer, footer


def test_a_pack_that_names_no_days_promises_no_date(tmp_path, qapp):
    pack = _pack_lasting(tmp_path, None)
    assert pack.quote_valid_days is None and pack.valid_until(MADE) is None
    cover, footer = _texts(tmp_path, pack, "en")
    assert "valid until" not in cover.lower() and "valid until" not in footer.lower(), (cover[:400], footer)
    assert "Figures from the wxdesk data pack of" in footer
