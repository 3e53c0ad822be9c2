"""The long image (长图) a sales person pastes into a WeChat chat, drawn with QPainter offscreen.

Laid out first, painted second: `layout_image` measures every block at the chosen
width and says where each one sits, so a test can check from the layout (not from
pixels) that the answer is on the first screen; `render_image` paints that layout
into a QImage. Sizes are set for 1080 px wide and scaled for 750 px; body text is
34 px at 1080 (a phone shows it at about the size of a chat message). A presence's former
name ("Official Account (formerly Subscription Account)") is given once, at its first mention
from the top, and the name alone after (_Builder.named), as the handout and the command line do.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath

from wxdesk.engine import DataPack, Evaluation
from wxdesk.engine.flips import FlipPoint
from wxdesk.engine.money import add_up_as_written
from wxdesk.report.answer import Answer, build_answer
from wxdesk.report.charts import StackedBar, paint_stacked_bars
from wxdesk.report.fonts import report_fonts
from wxdesk.report.layout import draw_on_baseline, draw_text, first_line, text_height
from wxdesk.words.spacing import fill_in
from wxdesk.presenter import Presenter
from wxdesk.words import Words
from wxdesk.words.line_breaks import parts_kept_whole, shown
from wxdesk.words.vocabulary import NamedOnce

WIDTHS = (750, 1080)
REFERENCE_WIDTH = 1080
FIRST_SCREEN = (1080, 1920)  # what a phone shows before the reader scrolls, at 1080 px wide
# Colours with at least WCAG AA contrast (4.5:1) for text on the background they sit on.
BACKGROUND = QColor("#ffffff")
BAND = QColor("#f2f7f4")
INK = QColor("#1f2933")
MUTED = QColor("#52606d")
GREEN_TEXT = QColor("#05703d")
RED_TEXT = QColor("#b0281a")
ACCENT = QColor("#07a35a")  # bands and bars only, never text
TEXT_ON = {"page": BACKGROUND, "band": BAND}
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
_PRICE = re.compile(r"[¥$€]|\bCNY\b|\bUSD\b|\bEUR\b|元")


# One thing a block paints, at its place (its return value, if any, is not read).
Step = Callable[[QPainter], object]


@dataclass
class Block:
    name: str
    top: float
    height: float
    paint: Step
    texts: list[str] = field(default_factory=list)

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass
class ImageLayout:
    width: int
    height: int
    blocks: list[Block]
    language: str = "en"  # its words' (a Chinese image needs a face with Chinese characters: write_image)

    def block(self, name: str) -> Block:
        return next(b for b in self.blocks if b.name == name)

    @property
    def first_screen_height(self) -> float:
        return FIRST_SCREEN[1] * self.width / FIRST_SCREEN[0]

    @property
    def texts(self) -> list[str]:
        return [t for b in self.blocks for t in b.texts]


class _Fonts:
    def __init__(self, scale: float):
        families = report_fonts().families

        def font(px: float, bold: bool = False) -> QFont:
            f = QFont()
            if families:
                f.setFamilies(list(families))
            f.setPixelSize(max(1, round(px * scale)))
            f.setBold(bold)
            return f
        self.small, self.body, self.bold = font(30), font(34), font(34, True)
        self.heading, self.lead, self.title = font(40, True), font(50, True), font(44, True)


class _Builder:
    """Stacks blocks top to bottom at one width; each block paints itself at its place."""

    def __init__(self, width: int):
        self.width = width
        self.scale = width / REFERENCE_WIDTH
        self.margin = round(64 * self.scale)
        self.inner = width - 2 * self.margin
        self.fonts = _Fonts(self.scale)
        self.device = QImage(8, 8, QImage.Format.Format_ARGB32)
        self.y = 0.0
        self.blocks: list[Block] = []
        # The blocks stack top to bottom as they are built, the order the image is read in: each text is named
        # (NamedOnce) as it is laid out, before it is measured, so the former name comes at the first mention a
        # reader scrolls to (it stood in full in every line and bar label about the presence). A text left out (a
        # price in an image without prices) is never named, so the first one shown gets it.
        self.named = NamedOnce()

    def px(self, value: float) -> float:
        return value * self.scale

    def height(self, text: str, font: QFont, width: float) -> float:
        return text_height(text, font, width, self.device, WRAP)

    def start(self, name: str) -> Block:
        block = Block(name, self.y, 0.0, lambda p: None)
        self.blocks.append(block)
        return block

    def finish(self, block: Block, steps: list[Step], gap: float = 40) -> None:
        block.height = self.y - block.top

        def paint(p: QPainter) -> None:
            for step in steps:
                step(p)
        block.paint = paint
        self.y += self.px(gap)

    def text(self, block: Block, steps: list[Step], text: str, font: QFont, colour: QColor = INK, indent: float = 0,
             after: float = 12, mark: str = "", mark_colour: QColor = GREEN_TEXT, as_typed: bool = False) -> None:
        """`as_typed`: the user's own words (the client's, the presenter's), left as written, not named."""
        text = text if as_typed else self.named(text)
        x = self.margin + indent
        width = self.inner - indent
        mark_width = self.px(48) if mark else 0
        h = self.height(text, font, width - mark_width)
        top = self.y
        block.texts.append(shown(text))  # as the reader reads it (parts_kept_whole sets no-break spaces)

        def step(p: QPainter, top: float = top) -> None:
            if mark:
                _paint_mark(p, QRectF(x, top, mark_width, h + 4), mark, self.fonts.bold, mark_colour, text, font,
                            width - mark_width)
            # Set as the handout sets it: no line ends inside a figure and its unit or a product's name.
            draw_text(p, QRectF(x + mark_width, top, width - mark_width, h + 4), text, font, colour, WRAP)
        steps.append(step)
        self.y += h + self.px(after)


# Marks that are a dot, centred on the text's line rather than standing on its baseline as a letter does.
_DOTS = ("·", "•")
# Any Han character, kana or full-width form: a line with one is set partly in the Chinese face.
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")


def _paint_mark(p: QPainter, rect: QRectF, mark: str, mark_font: QFont, colour: QColor, text: str, font: QFont,
                text_width: float) -> None:
    """A mark before `text`, on its first line: a letter-like mark (✓, ✗, →, !) on the text's first baseline, a dot
    centred on the line's own letters, the middle of an "x" or, in a line with Chinese, of a "中". Set at the top of its
    own line box, the mark stood on its own font's baseline: in Chinese, whose face sets a taller line with a lower
    baseline, the yoga teacher's dots sat some 7 px above the middle of "同时运营 2 个渠道…" and "公众号：约 1 周"."""
    baseline = rect.top() + first_line(text, font, text_width, p.device())[0]
    if mark in _DOTS:
        letter = _ink("中" if _CJK.search(text) else "x", font)
        baseline += letter.center().y() - _ink(mark, mark_font).center().y()  # (y grows downwards from the baseline)
    draw_on_baseline(p, rect.left(), baseline, mark, mark_font, colour)


def _ink(text: str, font: QFont) -> QRectF:
    """Where `text` puts ink about its baseline, from its glyphs' outlines (QFontMetricsF.tightBoundingRect gave the
    middle dot a box from the baseline up, twice its ink's height)."""
    path = QPainterPath()
    path.addText(0, 0, font, text)
    return path.boundingRect()


def layout_image(evaluation: Evaluation, pack: DataPack, words: Words, width: int = 1080,
                 presenter: Presenter | None = None, no_prices: bool = False, today: dt.date | None = None,
                 flips: Mapping[str, FlipPoint | None] | None = None,
                 answer: Answer | None = None) -> ImageLayout:
    if width not in WIDTHS:
        raise ValueError(f"the image is 750 or 1080 pixels wide, not {width}")
    used = pack.with_overrides(evaluation.scenario.overrides)
    w = words
    a = answer or build_answer(evaluation, used, w, flips)
    presenter = presenter or Presenter()
    today = today or dt.date.today()
    b = _Builder(width)
    f = b.fonts

    def priced(text: str) -> bool:
        return bool(_PRICE.search(text))

    def keep(texts: Iterable[str]) -> list[str]:
        return [t for t in texts if not (no_prices and priced(t))]

    steps: list[Step]

    # The client's name and the date, on a tinted band.
    block, steps = b.start("header"), []
    b.y += b.px(56)
    band_top = block.top
    b.text(block, steps, fill_in(w.translate("Share", "Prepared for {client}"), client=a.client), f.title, INK,
           after=10, as_typed=True)
    b.text(block, steps, w.date(today), f.small, MUTED, after=0)
    b.y += b.px(48)
    band_bottom = b.y
    steps.insert(0, lambda p: p.fillRect(QRectF(0, band_top, width, band_bottom - band_top), BAND))
    steps.insert(1, lambda p: p.fillRect(QRectF(0, band_top, width, b.px(12)), ACCENT))
    b.finish(block, steps, gap=48)

    # The answer in one sentence, with its cost range: this block must sit on the first screen.
    block, steps = b.start("answer"), []
    b.text(block, steps, w.translate("Share", "Our recommendation"), f.small, GREEN_TEXT, after=12)
    b.text(block, steps, a.recommendation, f.lead, INK, after=24)
    if a.close_call:  # on the first screen too: the cards below alone left the recommendation reading as a clear win
        b.text(block, steps, a.close_call, f.body, INK, after=24)
    if not no_prices:
        b.text(block, steps, a.cost_sentence, f.bold, INK, after=0)
    b.finish(block, steps, gap=24 if a.own_figures else 56)

    # The figures the scenario sets for itself, under the answer they moved, in the window's copied summary's words:
    # the image never said so, and its footer gave every figure to the data pack. A block of its own, so that the
    # answer's stays on the first screen however many there are.
    if a.own_figures:
        block, steps = b.start("own_figures"), []
        b.text(block, steps, a.own_figures, f.small, MUTED, after=0)
        b.finish(block, steps, gap=56)

    # The plan: each presence with its role.
    block, steps = b.start("plan"), []
    b.text(block, steps, w.translate("Share", "What each presence does"), f.heading, INK, after=20)
    for role in a.roles:
        b.text(block, steps, role.name, f.bold, INK, after=4)
        b.text(block, steps, role.unpriced if no_prices else role.text, f.body, INK, after=20)
        for note in keep(role.notes_unpriced if no_prices else role.notes):
            b.text(block, steps, note, f.body, MUTED, after=20)
    if a.weak_goals:
        b.text(block, steps, a.weak_goals, f.body, INK, after=20)
    if not a.roles:
        b.text(block, steps, a.choice, f.body, INK, after=20)
    # How the plan's score is made. The cards below quote the plan's score ("Scores 39 against the plan's
    # 41") and the flips its coverage ("67 against 56 out of 100"): without these lines the image gave the
    # plan two different figures out of 100 and never said which is which (news_publisher).
    # Under a heading of their own: below the last role, in the roles' colour, they read as that presence's.
    b.y += b.px(12)
    b.text(block, steps, w.translate("Share", "Plan score: {score} out of 100").format(score=a.plan.score_shown),
           f.bold, INK, after=8)
    # (Without prices, the cost's line gives its multiple without the amount it multiplies.)
    first, *deductions = a.score_lines_unpriced if no_prices else a.score_lines
    b.text(block, steps, first, f.body, MUTED, after=8)
    for text in deductions:
        b.text(block, steps, text, f.body, MUTED, mark="·", mark_colour=MUTED, after=8)
    b.y += b.px(12)
    if not no_prices:
        b.text(block, steps, a.budget_beside_score, f.body, MUTED, after=0)
    b.finish(block, steps, gap=56)

    # The two alternatives and why they lost.
    if a.alternatives:
        block, steps = b.start("alternatives"), []
        # "Why not" argued against a next best that is a close call, which the client is asked to weigh too.
        heading = (w.translate("Share", "The alternatives") if a.alternatives[0].close_call
                   else w.translate("Share", "Why not the alternatives"))
        b.text(block, steps, heading, f.heading, INK, after=20)
        for alt in a.alternatives:
            b.text(block, steps, alt.name, f.bold, INK, after=4)
            if not no_prices:
                # Its likely cost with its range, as the handout's and the window's columns give it ("少 ¥9.8万" stood
                # beside ranges alone).
                cost = (w.translate("Report", "{likely} over {years} years") if alt.cost_range == alt.likely
                        else w.translate("Report", "{likely} over {years} years ({range})"))
                b.text(block, steps, w.for_years(cost, a.years).format(
                    likely=alt.likely, range=alt.cost_range, years=a.years), f.small, MUTED, after=8)
            for text in alt.lead:  # a close call: said first, as a note
                b.text(block, steps, text, f.body, INK, mark="•", mark_colour=MUTED, after=8)
            for text in keep(alt.why_not_unpriced if no_prices else alt.why_not):
                b.text(block, steps, text, f.body, INK, mark="✗", mark_colour=RED_TEXT, after=8)
            for text in keep(alt.notes):  # "costs the same": no reason against it
                b.text(block, steps, text, f.body, INK, mark="•", mark_colour=MUTED, after=8)
            b.y += b.px(16)
        b.finish(block, steps, gap=40)

    # The cost split: the plan and its alternatives as stacked bars.
    if not no_prices:
        block, steps = b.start("costs"), []
        b.text(block, steps, w.translate("Share", "What the costs are made of"), f.heading, INK, after=20)
        # Where the key's amounts, each rounded on its own, do not add up to the plan's total as written, the caption
        # says so, as the handout's does: a USD image's key read $14.8k + $22k + $257 + $2,550 + $53.4k = $93.0k beside
        # a total of $92.9k, with no word on why.
        adds_up = add_up_as_written((amount for _part, _label, amount in a.plan.parts), a.plan.total_likely,
                                    w.cny_per_unit)
        caption = w.for_years(w.translate("Share", "Likely cost over {years} years by part, in {currency}; the key "
                                                   "gives the recommended plan's amounts") if adds_up else
                              w.translate("Share", "Likely cost over {years} years by part, in {currency}; the key "
                                                   "gives the recommended plan's amounts, each rounded on its own, "
                                                   "so they may differ from its total by a rounding"),
                              a.years).format(years=a.years, currency=w.currency_with_rate())
        # The bars' labels, under the caption, named in their order (see _Builder.named).
        bars = [StackedBar(b.named(plan.name), plan.parts, plan.total_likely, i == 0)
                for i, plan in enumerate([a.plan, *a.alternatives])]
        rect = QRectF(b.margin, b.y, b.inner, 0)
        chart_height = paint_stacked_bars(None, rect, bars, w.money, f.small, f.bold, f.small, caption,
                                          b.px(44), device=b.device, cny_per_unit=w.cny_per_unit, translate=w.translate)
        block.texts += [caption, *(bar.label for bar in bars)]
        top = b.y
        def paint_bars(p: QPainter, top: float = top, h: float = chart_height) -> None:
            paint_stacked_bars(p, QRectF(b.margin, top, b.inner, h), bars, w.money, f.small, f.bold, f.small, caption,
                               b.px(44), cny_per_unit=w.cny_per_unit, translate=w.translate)
        steps.append(paint_bars)
        b.y += chart_height + b.px(12)
        # What the user acquisition among those parts assumes, as the handout says under its split.
        b.text(block, steps, a.acquisition, f.small, MUTED, after=0)
        b.finish(block, steps, gap=48)

    # Three reasons and what would change the answer.
    block, steps = b.start("reasons"), []
    b.text(block, steps, w.translate("Share", "Why this plan"), f.heading, INK, after=20)
    for presence, text in a.reasons:
        if no_prices and priced(text):
            continue
        line = w.translate("Share", "{presence}: {reason}").format(presence=presence, reason=text) \
            if presence else text
        b.text(block, steps, line, f.body, INK, mark="✓", after=12)
    # The points to watch under their own heading, as the handout gives them: a reader took a warning listed under
    # "Why this plan" for a reason to choose it.
    warnings = [text for text in a.warnings if not (no_prices and priced(text))]
    if warnings:
        b.y += b.px(24)
        b.text(block, steps, w.translate("Share", "Points to watch"), f.heading, INK, after=20)
    for text in warnings:
        b.text(block, steps, text, f.body, INK, mark="!", mark_colour=RED_TEXT, after=12)
    b.y += b.px(24)
    b.text(block, steps, w.translate("Share", "What would change the answer"), f.heading, INK, after=20)
    # Without prices, each flip's sentences that give no amount are kept: the budget's flip goes, the audience's and
    # the session length's stay, less the costs said with them.
    for text in keep(a.flips_unpriced if no_prices else a.flips):
        b.text(block, steps, text, f.body, INK, mark="→", after=12)
    b.finish(block, steps, gap=48)

    # The launch timeline: when the plan can be live, and each presence.
    block, steps = b.start("timeline"), []
    b.text(block, steps, w.translate("Share", "When it can be live"), f.heading, INK, after=20)
    overall, *rest = a.timeline
    b.text(block, steps, overall, f.body, INK, after=12)
    for text in rest:
        b.text(block, steps, text, f.body, INK, mark="·", after=8)
    b.finish(block, steps, gap=48)

    # The footer: who presents, the QR code, the data's date, how long the answer holds.
    block, steps = b.start("footer"), []
    footer_top = block.top
    b.y += b.px(48)
    qr = QImage(str(presenter.qr_path())) if presenter.qr_path() else QImage()
    qr_side = b.px(240) if not qr.isNull() else 0
    if presenter.line():
        # Lines end only between the parts: a phone number or a WeChat ID cut in two is no use to the client.
        b.text(block, steps, parts_kept_whole(presenter.name or presenter.company), f.bold, INK, after=4,
               as_typed=True)
        contact = " · ".join(x for x in ((presenter.company if presenter.name else ""), presenter.contact) if x)
        if contact:
            b.text(block, steps, parts_kept_whole(contact), f.body, INK, after=16, as_typed=True)
    valid = pack.valid_until(today)  # (the handout's cover names the same day)
    if used.overridden:  # (the pack gave every figure but those, named under the answer)
        source = (w.translate("Share", "Figures from the wxdesk data pack of {released}, except those set for this "
                                       "scenario.") if valid is None else
                  w.translate("Share", "Figures from the wxdesk data pack of {released}, except those set for this "
                                       "scenario; valid until {date}."))
    else:
        source = (w.translate("Share", "Figures from the wxdesk data pack of {released}.") if valid is None else
                  w.translate("Share", "Figures from the wxdesk data pack of {released}; valid until {date}."))
    until = "" if valid is None else w.date(valid)
    b.text(block, steps, source.format(released=w.pack_date(pack.released), date=until), f.small, MUTED, after=12)
    b.text(block, steps, disclaimer_line(w), f.small, MUTED, after=0)
    if qr_side:
        qr_top = b.y + b.px(24)
        def paint_qr(p: QPainter, t: float = qr_top) -> None:
            p.drawImage(QRectF(b.margin, t, qr_side, qr_side), qr)
        steps.append(paint_qr)
        b.y = qr_top + qr_side
    b.y += b.px(56)
    def paint_band(p: QPainter, t: float = footer_top) -> None:
        p.fillRect(QRectF(0, t, width, b.y - t), BAND)
    steps.insert(0, paint_band)
    b.finish(block, steps, gap=0)
    return ImageLayout(width, int(round(b.y)), b.blocks, w.lang)


def disclaimer_line(w: Words) -> str:
    return w.translate("Share", "Estimates for planning, not a quote or legal advice; WeChat rules change.")


def render_image(layout: ImageLayout) -> QImage:
    image = QImage(layout.width, layout.height, QImage.Format.Format_RGB32)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    try:
        for block in layout.blocks:
            block.paint(painter)
    finally:
        painter.end()
    return image


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
