"""A name filled into a Chinese sentence is set apart by a space where Latin meets Chinese."""

from __future__ import annotations

import pytest

from wxdesk.words.spacing import fill_in


@pytest.mark.parametrize("template,client,expected", [
    ("为{client}准备", "Example shop", "为 Example shop 准备"),
    ("{client}微信方案", "Example shop", "Example shop 微信方案"),
    ("为{client}准备", "3M", "为 3M 准备"),  # a figure is spaced like a word
    ("为{client}准备", "Crème Café", "为 Crème Café 准备"),
    ("为{client}准备", "小米", "为小米准备"),  # Chinese beside Chinese takes no space
    ("为{client}准备", "Maison Verte（里昂）", "为 Maison Verte（里昂）准备"),  # nor beside full-width brackets
    ("为{client}准备", "", "为准备"),
    ("Prepared for {client}", "Example shop", "Prepared for Example shop"),
    ("Prepared for {client}", "小米", "Prepared for 小米"),
    ("WeChat plan for {client}", "小米", "WeChat plan for 小米"),
])
def test_a_space_sets_latin_apart_from_chinese_at_the_seams(template, client, expected):
    assert fill_in(template, client=client) == expected


def test_the_name_and_the_template_keep_their_own_spacing():
    assert fill_in("{client}微信方案", client="Shop微信") == "Shop微信微信方案"
    assert fill_in("第 {n} 页，共 {total} 页", n=2, total=6) == "第 2 页，共 6 页"
    assert fill_in("A微{x}", x="信") == "A微信"  # the template's own Latin-Chinese seam is the translator's


@pytest.mark.parametrize("lang,title,header", [
    ("zh_CN", "Example shop 微信方案", "致：Example shop"),
    ("en", "WeChat plan for Example shop", "Prepared for Example shop"),
])
def test_the_handouts_title_and_the_long_images_header_space_the_clients_name(lang, title, header, pack, tmp_path):
    from pypdf import PdfReader

    from wxdesk.engine import Scenario, evaluate
    from wxdesk.report.command import reader_words
    from wxdesk.report.handout import write_report
    from wxdesk.share import layout_image

    evaluation = evaluate(Scenario(client="Example shop"), pack)
    words = reader_words(lang, "CNY", pack)
    write_report(evaluation, pack, tmp_path / "handout.pdf", words)
    assert PdfReader(tmp_path / "handout.pdf").metadata.title == title
    assert layout_image(evaluation, pack, words).block("header").texts[0] == header
