"""Every text of the handout stays inside the rectangle it was given and the card it sits on.

QPainter draws a text that needs more room than its rectangle past the rectangle's edge,
so a card measured a line short shows its last line below the card. Each handout is
painted while `measuring`, which keeps where the painter laid every text out; the checks
compare that with the rectangle and card, for every preset and the default scenario, in
both languages.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRectF

from wxdesk.engine import Scenario, evaluate, load_preset, preset_ids
from wxdesk.report.command import reader_words
from wxdesk.report.handout import write_report
from wxdesk.report.layout import PAGE_HEIGHT, PAGE_WIDTH, PaintedPage, measuring

TODAY = dt.date(2026, 12, 1)
# A text may touch its edge: Qt rounds a line's extent to a fraction of a point.
SLACK = 0.5
FOOTER_TOP = PAGE_HEIGHT - 40  # the footer's rule (handout._footer)


# The module's tests on one worker, where each handout is painted once for all of them (_painted).
pytestmark = pytest.mark.xdist_group("text_fits")

_painted: dict[tuple[str, str, int], tuple[object, list[PaintedPage]]] = {}


def painted_handout(preset: str, lang: str, pack, tmp_path) -> list[PaintedPage]:
    """The handout's pages as painted, each (example, language, pack) painted once in the process: the checks
    only read them, and two tests read every one (half the module's time was the same handouts painted again)."""
    key = (preset, lang, id(pack))
    if key not in _painted:
        scenario = Scenario() if preset == "default" else load_preset(preset)
        words = reader_words(lang, "CNY", pack)
        with measuring() as pages:
            write_report(evaluate(scenario, pack), pack, tmp_path / "handout.pdf", words, today=TODAY)
        _painted[key] = (pack, list(pages))  # (the pack kept: its id stays its own)
    return list(_painted[key][1])


def inside(inner: QRectF, outer: QRectF) -> bool:
    return (inner.left() >= outer.left() - SLACK and inner.right() <= outer.right() + SLACK
            and inner.top() >= outer.top() - SLACK and inner.bottom() <= outer.bottom() + SLACK)


def card_of(given: QRectF, boxes: list[QRectF]) -> QRectF | None:
    """The smallest box the text's rectangle starts in: the card it is written on."""
    corner = given.topLeft()
    holding = [b for b in boxes if b.contains(corner)]
    return min(holding, key=lambda b: b.width() * b.height(), default=None)


def where(page: int, text: str, inked: QRectF, box: QRectF) -> str:
    return (f"page {page + 1}: {text!r} takes y {inked.top():.1f}–{inked.bottom():.1f}, x {inked.left():.1f}–"
            f"{inked.right():.1f}; its box y {box.top():.1f}–{box.bottom():.1f}, x {box.left():.1f}–{box.right():.1f}")


PRESETS = ["default", *preset_ids()]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("preset", PRESETS)
def test_every_text_stays_inside_its_rectangle_its_card_and_the_page(preset, lang, pack, tmp_path):
    pages = painted_handout(preset, lang, pack, tmp_path)
    assert len(pages) >= 4 and all(page.texts for page in pages)
    assert any(page.boxes for page in pages)  # the cards were seen, so the card check below ran
    problems = []
    for number, page in enumerate(pages):
        for placed in page.texts:
            if not placed.text.strip():
                continue
            if not inside(placed.inked, placed.given):
                problems.append("outside its rectangle: " + where(number, placed.text, placed.inked, placed.given))
            card = card_of(placed.given, page.boxes)
            if card is not None and not inside(placed.inked, card):
                problems.append("outside its card: " + where(number, placed.text, placed.inked, card))
            if placed.given.top() < FOOTER_TOP and placed.inked.bottom() > FOOTER_TOP + SLACK:
                problems.append("into the footer: " + where(number, placed.text, placed.inked,
                                                             QRectF(0, 0, PAGE_WIDTH, FOOTER_TOP)))
        # Texts painted one after the other side by side (a table's cells, a chart's ticks, the
        # footer's two ends) stand on one baseline, whether or not a line holds Chinese.
        for before, after in zip(page.texts, page.texts[1:]):
            beside = after.given.left() > before.given.left() + 1
            level = after.baseline > before.inked.top() and before.baseline > after.inked.top()
            if before.text.strip() and after.text.strip() and beside and level \
                    and abs(before.baseline - after.baseline) > 0.2:
                problems.append(f"off the baseline of the text beside it: page {number + 1}: {before.text!r} at "
                                f"{before.baseline:.1f}, {after.text!r} at {after.baseline:.1f}")
        # A section heading keeps what it heads on its page: more than a note under it, before the footer
        # ("Every presence and its fit" and its note stood alone at the foot of bank_care's page 2).
        body = [placed for placed in page.texts if placed.text.strip() and placed.given.top() < FOOTER_TOP]
        for i, placed in enumerate(body):
            if any(placed.text.startswith(heading) for heading in _headings(lang, pack)):
                below = [t for t in body[i + 1:] if t.given.top() > placed.given.top()]
                boxed = [b for b in page.boxes if b.top() > placed.given.bottom()]
                if len(below) < 2 and not boxed:
                    problems.append(f"a heading alone at the foot of page {number + 1}: {placed.text!r}")
    assert not problems, "\n".join(problems)


def _headings(lang: str, pack) -> list[str]:
    """The handout's section headings as written in `lang` (the plan's, up to the plan's name)."""
    words = reader_words(lang, "CNY", pack)
    return [words.translate("Report", heading).split("{")[0] for heading in (
        "Our recommendation", "The plan in detail: {plan}", "The plan and its alternatives side by side",
        "What the costs are made of", "Every presence and its fit", "What would change the answer",
        "Appendix: the figures used, with sources")]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_fit_and_its_out_of_100_share_one_baseline(lang, pack, tmp_path):
    pages = painted_handout("cross_border_skincare", lang, pack, tmp_path)
    pairs = [(texts[i - 1], texts[i]) for texts in (page.texts for page in pages)
             for i in range(1, len(texts)) if texts[i].text == "/100"]
    assert len(pairs) == 6  # one per presence card
    for number, out_of in pairs:
        assert number.text.isdigit()
        assert number.baseline == pytest.approx(out_of.baseline, abs=0.2), (number.text, number.baseline,
                                                                              out_of.baseline)
        assert number.inked.right() <= out_of.inked.left() + SLACK  # side by side, not overlapping


MARKS = {"✓", "✗", "!", "→", "•"}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_each_mark_stands_on_the_first_baseline_of_its_line(lang, pack, tmp_path):
    """A Chinese line is set taller than a Latin one, so a mark placed at the line's top floats above it."""
    pages = painted_handout("default", lang, pack, tmp_path)
    pairs = [(texts[i], texts[i + 1]) for texts in (page.texts for page in pages)
             for i in range(len(texts) - 1) if texts[i].text in MARKS]
    assert len(pairs) >= 8
    for mark, line in pairs:
        assert mark.baseline == pytest.approx(line.baseline, abs=0.2), (mark.text, line.text)


def overlaps(a: QRectF, b: QRectF) -> bool:
    """Whether two inked rectangles share more than the slack Qt's rounding leaves at an edge."""
    shared = a.intersected(b)
    return shared.width() > SLACK and shared.height() > SLACK


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("preset", PRESETS)
def test_no_text_is_drawn_over_another(preset, lang, pack, tmp_path):
    """A status too long for the room beside a presence's fit was drawn over the fit ("Not open to an
    individual" over "0/100"): no two texts of a page may share ink."""
    pages = painted_handout(preset, lang, pack, tmp_path)
    problems = []
    for number, page in enumerate(pages):
        texts = [placed for placed in page.texts if placed.text.strip()]
        for i, first in enumerate(texts):
            for second in texts[i + 1:]:
                if overlaps(first.inked, second.inked):
                    problems.append(f"page {number + 1}: {first.text!r} and {second.text!r} overlap at "
                                    f"x {first.inked.left():.1f}–{first.inked.right():.1f} / "
                                    f"{second.inked.left():.1f}–{second.inked.right():.1f}, y "
                                    f"{first.inked.top():.1f}–{first.inked.bottom():.1f} / "
                                    f"{second.inked.top():.1f}–{second.inked.bottom():.1f}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("preset", preset_ids())
def test_the_appendix_starts_a_page_only_after_a_page_at_least_half_full(preset, lang, pack, tmp_path):
    """cross_border_skincare in Chinese gave its page 4 six lines (what would change the answer, the note on what
    the handout is) and started the appendix on page 5. The appendix follows on the page where at least half of the
    page's body is still free, and starts a page of its own after one at least half full."""
    from wxdesk.report.handout import APPENDIX_SHARES_PAGE_FROM
    from wxdesk.report.layout import MARGIN_BOTTOM, MARGIN_TOP
    pages = painted_handout(preset, lang, pack, tmp_path)
    heading = _headings(lang, pack)[-1]
    body_end = PAGE_HEIGHT - MARGIN_BOTTOM
    half = MARGIN_TOP + APPENDIX_SHARES_PAGE_FROM * (body_end - MARGIN_TOP)
    at = next(i for i, page in enumerate(pages) if any(t.text.startswith(heading) for t in page.texts))
    top = next(t.given.top() for t in pages[at].texts if t.text.startswith(heading))
    above = [t for t in pages[at].texts if t.given.bottom() <= top and t.given.top() < body_end]
    if above:  # it follows on the page: at least half of the page was free when it came
        assert max(t.given.bottom() for t in above) <= half, (preset, lang, at + 1)
    else:  # it starts a page: the page before was at least half full
        before = [t for t in pages[at - 1].texts if t.given.top() < body_end]
        assert max(t.given.bottom() for t in before) > half - 30, (preset, lang, at)
