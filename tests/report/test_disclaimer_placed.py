"""The note on what the handout is ends the advice where it fits on that page, else it follows the appendix: it never
takes a page of its own (every English handout ended on a seventh page of three lines)."""

from __future__ import annotations

import pytest

from pdf_text import handout_text
from wxdesk.engine import preset_ids

# On one worker with test_former_name_once.py, which reads the same handouts (pdf_text.handout_text: each written once).
pytestmark = pytest.mark.xdist_group("handout_texts")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("preset", preset_ids())
def test_the_note_never_stands_alone_on_a_page(qapp, preset, lang):
    pages = handout_text(preset, lang).split("\f")  # (pdftotext ends each page with a form feed)
    heading = "About this handout" if lang == "en" else "关于本资料"
    (where,) = [i for i, page in enumerate(pages) if heading in page]
    before_it = pages[where].split(heading)[0]
    # The page holds more than the note: some 200 letters, or half as many Chinese characters (each as wide as two).
    assert sum(2 if "\u4e00" <= c <= "\u9fff" else 1 for c in before_it.strip()) > 200
