"""The salesperson's own line reads whole wherever a client meets it.

- The handout's footer gives the client and the presenter beside the page number. A long contact line
  ran under "Page 1 of 6" and off the page; now the footer drops the contact, then the company, and
  the cover keeps the line in full.
- A phone number or a WeChat ID is never cut across two lines: the long image at 1080 px set
  "微信 wxm-2026 · 138 0000" on one line and "0000" on the next.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QFont, QImage

from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.presenter import Presenter
from wxdesk.report.command import reader_words
from wxdesk.report.handout import footer_left, write_report
from wxdesk.report.layout import CONTENT_WIDTH, PAGE_HEIGHT, measuring
from wxdesk.share.image import layout_image, render_image

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)
LONG = Presenter(name="Wang Xiaoming", company="Weiqu Digital Consulting (Shanghai) Co., Ltd.",
                 contact="WeChat wxm-2026 · +86 138 0000 0000 · wang.xiaoming@weiqu-consulting.example.com")
CHINESE = Presenter(name="王小明", company="微渠咨询（上海）有限公司", contact="微信 wxm-2026 · 138 0000 0000")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_footer_stays_clear_of_the_page_number(qapp, tmp_path, lang):
    evaluation = evaluate(load_preset("car_brand", lang), PACK, TODAY)
    with measuring() as pages:
        write_report(evaluation, PACK, tmp_path / "handout.pdf", reader_words(lang, "CNY", PACK), LONG, today=TODAY)
    assert pages
    for page in pages:
        footer = [t for t in page.texts if t.given.top() > PAGE_HEIGHT - 40]
        left, number = min(footer, key=lambda t: t.given.left()), max(footer, key=lambda t: t.given.left())
        assert left is not number
        assert left.inked.right() < number.inked.left(), (left.text, number.text)
        assert left.text.startswith(evaluation.scenario.client)
        assert "wxm-2026" not in left.text  # the contact gave way; the cover has it
        assert "Wang Xiaoming" in left.text


def test_the_footer_keeps_the_presenter_in_full_where_it_fits(qapp):
    device = QImage(8, 8, QImage.Format.Format_ARGB32)
    font = QFont()
    font.setPointSizeF(7)
    short = Presenter(name="Lin", company="Weiqu", contact="138 0000 0000")
    assert footer_left("Client", short, font, CONTENT_WIDTH, device) == "Client · Lin · Weiqu · 138 0000 0000"
    assert footer_left("Client", LONG, font, 200, device) == "Client · Wang Xiaoming"
    assert footer_left("A client with a very long name indeed", LONG, font, 60, device).endswith("…")


@pytest.mark.parametrize(("presenter", "lang", "width"), [(CHINESE, "zh_CN", 1080), (CHINESE, "zh_CN", 750),
                                                          (LONG, "en", 750), (LONG, "en", 1080)])
def test_a_phone_number_on_the_image_is_never_cut(qapp, presenter, lang, width):
    evaluation = evaluate(load_preset("car_brand", lang), PACK, TODAY)
    layout = layout_image(evaluation, PACK, words(lang), width, presenter, today=TODAY, flips={})
    with measuring() as pages:
        render_image(layout)
    lines = [line for page in pages for placed in page.texts for line in placed.lines]
    for whole in ("138 0000 0000", "wxm-2026"):
        assert any(whole in line for line in lines), [line for line in lines if "138" in line or "wxm" in line]


def test_the_chinese_cover_names_the_presenter_as_the_clients_contact(qapp, tmp_path):
    # 介绍人 reads as the one who made the introduction (a referrer); the client needs whom to contact.
    evaluation = evaluate(load_preset("car_brand", "zh_CN"), PACK, TODAY)
    with measuring() as pages:
        write_report(evaluation, PACK, tmp_path / "handout.pdf", reader_words("zh_CN", "CNY", PACK), CHINESE,
                     today=TODAY)
    cover = next(t.text for t in pages[0].texts if "王小明" in t.text and "2026年12月1日" in t.text)
    assert "方案顾问：王小明" in cover and "介绍人" not in cover
