"""The handout: the plan on page 1, then its details, the three best plans, the cost split,
every presence's fit, what would change the answer, and the figures with their sources.

It paints the Evaluation it is given (the one on screen, or the command line's) and
never decides anything itself; the only extra work is the flip points, searched once.
Every word goes through the words layer (language, currency), so the handout reads like
the window and the long image in the same language. One thing it says once where the window
repeats it: a presence's former name ("Official Account (formerly Subscription Account)") is
given at its first mention from page 1 on, the name alone after (Handout.named).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Mapping, Sequence
from itertools import chain
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QLineF, QMarginsF, QRectF, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPaintDevice, QPainter,
                           QPdfWriter)

from wxdesk.engine import DataPack, Evaluation
from wxdesk.engine.flips import FlipPoint
from wxdesk.engine.money import add_up_as_written
from wxdesk.engine.timeline import live_by_date
from wxdesk.report import assumptions, pdftext
from wxdesk.report.answer import Answer, PlanText, PresenceText, build_answer
from wxdesk.report.charts import StackedBar, paint_fit_bar, paint_stacked_bars
from wxdesk.report.fonts import chinese_face_missing, report_fonts
from wxdesk.report.layout import (ACCENT, CONTENT_WIDTH, INK, MARGIN_TOP, MARGIN_X, MUTED, PAGE_HEIGHT, PAGE_WIDTH,
                                  PANEL, RULE, Flow, Styles, draw_marked, draw_on_baseline, draw_text, fill_box,
                                  first_line, recording, turn_page)
from wxdesk.words.spacing import fill_in
from wxdesk.words.timeline import plan_line_count
from wxdesk.report.timeline_chart import paint_timeline, timeline_caption
from wxdesk.presenter import Presenter
from wxdesk.words import Words
from wxdesk.words.acquisition import quoted_prices
from wxdesk.words.figure_text import quoted_averages
from wxdesk.words.line_breaks import WORD_JOINER, parts_kept_whole
from wxdesk.words.numbers import close_unit_spaces
from wxdesk.words.timeline import presence_weeks_text
from wxdesk.words.template_kind import template_labels
from wxdesk.words.vocabulary import NamedOnce

log = logging.getLogger(__name__)

PRO, CON, WATCH, FLIP, NOTE = "✓", "✗", "!", "→", "•"
PRO_COLOUR, CON_COLOUR, WATCH_COLOUR = QColor("#07834a"), QColor("#c0392b"), QColor("#b36b00")
DISCLAIMER_SPACE = 4.0  # above the note on what the handout is
FOOTER_GAP = 12.0  # the least room between the footer's left end and the page number
FIT_NUMBER_WIDTH = 22.0  # room after a fit bar for its number ("100" at most), so the numbers line up
STATUS_GAP = 6.0  # the least room between a presence's "/100" and its status on the fit's line
# The appendix starts a page of its own, unless at least this share of the page's body is still empty: after a page
# left near-empty, the reference matter follows on it (cross_border_skincare in Chinese gave six lines a page).
APPENDIX_SHARES_PAGE_FROM = 0.5
STATUS_OWN_LINE = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignTop)


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    warnings: tuple[str, ...]


class ReportError(Exception):
    """The handout could not be written to `path`; `reason` is the system's word for why."""

    def __init__(self, path: Path, reason: str = ""):
        super().__init__(f"cannot write {path}" + (f": {reason}" if reason else ""))
        self.path = path
        self.reason = reason


def write_report(evaluation: Evaluation, pack: DataPack, path: str | os.PathLike[str], words: Words | None = None,
                 presenter: Presenter | None = None, today: dt.date | None = None,
                 flips: Mapping[str, FlipPoint | None] | None = None) -> ReportResult:
    """Write the handout for `evaluation` to `path` (needs a QGuiApplication; no window).

    The PDF is written beside the target and moved into place when complete, so a
    failure never leaves half a file and never touches anything else.
    """
    words = words or Words.make("en", "CNY", pack)
    target = Path(path)
    refusal = chinese_face_missing(words.lang)
    if refusal:  # before anything is written: an earlier file at `path` stays as it was
        raise ReportError(target, refusal)
    partial = target.with_name(target.name + ".partial")
    try:
        partial.write_bytes(b"")
    except OSError as exc:
        raise ReportError(target, exc.strerror or str(exc)) from None
    fonts = report_fonts()
    try:
        used = pack.with_overrides(evaluation.scenario.overrides)
        # The scenario's own figures fill the appendix; amounts keep the reader's rate.
        words = replace(words, pack=used)
        answer = build_answer(evaluation, used, words, flips)
        with recording() as drawn:
            pages = _paint(evaluation, answer, used, partial, words, presenter or Presenter(),
                           today or dt.date.today(), Styles(fonts), pack)
        _repair_text_mapping(partial, target, "".join(drawn), fonts.families)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return ReportResult(target, pages, tuple(w for w in (fonts.warning,) if w))


def _repair_text_mapping(partial: Path, target: Path, drawn: str, families: Sequence[str]) -> None:
    """pdftext.repair_text_mapping on the PDF just painted; a PDF Qt could not write whole (a full disk: Qt's
    writer does not say) is refused as the ReportError it is, not an internal error of the PDF reader."""
    from pypdf.errors import PyPdfError
    try:
        pdftext.repair_text_mapping(partial, drawn, families)
    except PyPdfError:
        raise ReportError(target, "the file could not be written whole (is the disk full?)") from None
    except OSError as exc:
        raise ReportError(target, exc.strerror or str(exc)) from None


def _paint(evaluation: Evaluation, answer: Answer, pack: DataPack, path: Path, w: Words, presenter: Presenter,
           today: dt.date, styles: Styles, base: DataPack | None = None) -> int:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    writer.setResolution(72)  # one unit is one point; text and shapes stay vectors
    writer.setCreator("wxdesk")
    writer.setTitle(fill_in(w.translate("Report", "WeChat plan for {client}"), client=answer.client))
    flow = Flow(writer, styles)
    Handout(flow, evaluation, answer, pack, w, presenter, today, base).build()

    painter = QPainter()
    if not painter.begin(writer):
        raise ReportError(path.with_name(path.name.removesuffix(".partial")))
    try:
        total = len(flow.pages)
        for number, steps in enumerate(flow.pages, start=1):
            if number > 1:
                writer.newPage()
                turn_page()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for step in steps:
                step(painter)
            _footer(painter, styles, w, number, total, answer, presenter)
    finally:
        painter.end()
    return len(flow.pages)


def _footer(p: QPainter, styles: Styles, w: Words, number: int, total: int, answer: Answer,
            presenter: Presenter) -> None:
    y = PAGE_HEIGHT - 40
    p.setPen(RULE)
    p.drawLine(QLineF(MARGIN_X, y, PAGE_WIDTH - MARGIN_X, y))
    page = w.translate("Report", "Page {number} of {total}").format(number=number, total=total)
    if rate := w.rate_note():  # (amounts in dollars or euros: the rate on every page, where the first amounts are read)
        page = f"{rate} · {page}"
    left = footer_left(answer.client, presenter, styles.tiny, CONTENT_WIDTH - text_width(page, styles.tiny, p.device())
                       - FOOTER_GAP, p.device())
    # Both on one baseline, whichever of them holds Chinese.
    baseline = y + 5 + max(first_line(text, styles.tiny, CONTENT_WIDTH, p.device())[0] for text in (left, page))
    draw_on_baseline(p, MARGIN_X, baseline, left, styles.tiny, MUTED)
    draw_on_baseline(p, MARGIN_X + CONTENT_WIDTH, baseline, page, styles.tiny, MUTED, right=True)


def footer_left(client: str, presenter: Presenter, font: QFont, room: float, device: QPaintDevice) -> str:
    """The footer's left end, within `room` beside the page number: the client and the presenter in full
    where they fit, else without the contact, then without the company, then the client alone, cut short.
    A long contact line ran under the page number and off the page (the cover keeps it in full)."""
    tries = [presenter.line(" · "), " · ".join(x for x in (presenter.name, presenter.company) if x),
             presenter.name or presenter.company, ""]
    for who in tries:
        left = " · ".join(part for part in (client, who) if part)
        if text_width(left, font, device) <= room:
            return left
    return QFontMetricsF(font, device).elidedText(client, Qt.TextElideMode.ElideRight, room)


def range_kept_whole(cost_range: str) -> str:
    """A range of amounts ("¥221万 – ¥697万") that a line may not end inside: its spaces no-break spaces
    (parts_kept_whole with no part to split it at), and a word joiner after its dash, after which a line may
    end even before a no-break space (set_in_lines takes both out of the text drawn)."""
    return parts_kept_whole(cost_range, separator="\n").replace("–", "–" + WORD_JOINER)


def cover_title(w: Words, client: str) -> tuple[str, str]:
    """The cover's label above the client's name, and the title line under it. In English "Prepared for" stands
    above the name; in Chinese the two make one line, "致：" and the name, as the long image writes it: a lone 致
    above the name read as an unfinished line."""
    if w.chinese:
        return "", fill_in(w.translate("Report", "Prepared for {client}"), client=client)
    return w.translate("Report", "Prepared for"), client


def text_width(text: str, font: QFont, device: QPaintDevice) -> float:
    return QFontMetricsF(font, device).horizontalAdvance(text)


class Handout:
    """Lays out the handout's sections on a Flow."""

    def __init__(self, flow: Flow, evaluation: Evaluation, answer: Answer, pack: DataPack, w: Words,
                 presenter: Presenter, today: dt.date, base: DataPack | None = None):
        """`pack`: with the scenario's figures (its overrides); `base`: the data pack without them, whose own values
        and sources the appendix gives beside the figures the scenario sets."""
        self.flow, self.ev, self.a, self.pack, self.w = flow, evaluation, answer, pack, w
        self.base = base
        self.presenter, self.today = presenter, today
        self.s = flow.styles
        self.sc = evaluation.scenario
        # Every text that may name a presence goes through `named` as it is placed, and the flow places them in
        # reading order (page 1 first, a row of cards left to right, each card top to bottom), so the former name
        # is given once, at the first mention, as the command line's summary gives it (a client read the full name
        # on every card, line, chart label and table row, 20 times in car_brand, as padding). Named before it is
        # measured, so that the lines are set on what is printed; named once, as a second call names it short. The
        # client's and the presenter's own words are left as written.
        self.named = NamedOnce()

    def build(self) -> None:
        self.cover()
        self.the_answer()
        self.plan_details()
        self.side_by_side()
        self.cost_split()
        self.presences()
        self.what_would_change()
        # The note on what the handout is ends the advice where it fits there; else it follows the appendix. Set
        # after the appendix whatever the room, it took a page of its own in English (3 lines on page 7 of 7).
        about_first = self.disclaimer_height() <= self.flow.room() - self.flow.held()
        if about_first:
            self.disclaimer()
        body = self.flow.bottom - MARGIN_TOP
        if self.flow.room() - self.flow.held() < APPENDIX_SHARES_PAGE_FROM * body:
            self.flow.new_page()
        self.appendix()
        if not about_first:
            self.disclaimer()
        self.flow.place_held()

    # -- helpers
    def marked(self, mark: str, text: str, colour: QColor, font: QFont | None = None) -> None:
        f = self.flow
        font = font or self.s.small
        text = self.named(text)
        indent = 12.0
        height = f.text_height(text, font, CONTENT_WIDTH - indent)

        def paint(p: QPainter, t: float) -> None:
            draw_marked(p, QRectF(MARGIN_X, t, CONTENT_WIDTH, height + 2), indent, mark, self.s.small_bold, colour,
                        text, font, INK)
        f.put("bullet", text, height, 3, paint)

    def label_and_text(self, label: str, text: str, label_width: float = CONTENT_WIDTH * 0.3) -> None:
        f, s = self.flow, self.s
        label, text = self.named(label), self.named(text)
        width = CONTENT_WIDTH - label_width - 8
        height = max(f.text_height(label, s.bold, label_width), f.text_height(text, s.body, width))

        def paint(p: QPainter, t: float) -> None:
            draw_text(p, QRectF(MARGIN_X, t, label_width, height + 2), label, s.bold, INK)
            draw_text(p, QRectF(MARGIN_X + label_width + 8, t, width, height + 2), text, s.body, INK)
        f.put("text", label, height, 5, paint)

    # -- page 1: the answer
    def cover(self) -> None:
        f, s, w = self.flow, self.s, self.w
        label, title = cover_title(w, self.a.client)

        def band(p: QPainter, top: float) -> None:
            p.fillRect(QRectF(0, 0, PAGE_WIDTH, 8), ACCENT)
            if label:
                draw_text(p, QRectF(MARGIN_X, top, CONTENT_WIDTH, 12), label, s.small_bold, ACCENT)
        f.block(14, band, after=2)
        f.text(title, s.title, INK, after=4)
        f.text(self.a.subtitle, s.subtitle, MUTED, after=2)
        details = [w.date(self.today)]
        valid = self.pack.valid_until(self.today)  # (the long image names the same day)
        if valid is not None:
            details.append(w.translate("Report", "Figures valid until {date}").format(date=w.date(valid)))
        if self.presenter.line():
            details.append(w.translate("Report", "Presented by {presenter}").format(
                presenter=parts_kept_whole(self.presenter.line())))
        f.text("  ·  ".join(details), s.small, MUTED, after=8)
        f.rule()

    def the_answer(self) -> None:
        f, s, w, a = self.flow, self.s, self.w, self.a
        f.heading(w.translate("Report", "Our recommendation"))
        f.text(self.named(a.recommendation), s.lead, INK, after=4)
        if a.close_call:
            f.text(self.named(a.close_call), s.body, INK, after=4)
        f.text(a.cost_sentence, s.body, INK, after=2 if a.own_figures else 8)
        if a.own_figures:
            # Beside the answer they moved (bank_care's plan changed with a cost per install set for it, and nothing
            # on page 1 said so), in the window's copied summary's words.
            f.text(a.own_figures, s.small, MUTED, after=8)
        years = a.years
        figures = [
            (w.for_years(w.translate("Report", "Likely cost over {years} years"), years).format(years=years),
             a.plan.likely),
            (w.for_years(w.translate("Report", "Range over {years} years"), years).format(years=years),
             a.plan.cost_range),
            (w.translate("Report", "Likely cost in the first year"), a.plan.first_year),
            (w.translate("Report", "Plan score out of 100"), a.plan.score_shown),
        ]
        # The range needs the most room; the score the least.
        shares = [1.0, 1.4, 1.0, 0.95]
        if years == 1:
            # Over one year the first year is the whole: its tile would repeat the likely cost beside it.
            del figures[2], shares[2]
        if a.plan.cost_range == a.plan.likely:
            # A range that reads as one amount is no second figure (factory_staff: ¥9,000 beside ¥9,000).
            del figures[1], shares[1]
        gap = 8.0
        unit = (CONTENT_WIDTH - gap * (len(figures) - 1)) / sum(shares)

        widths = [unit * share for share in shares]
        # A figure too wide for its box is set smaller; all four stand on one baseline, measured
        # from their own lines (a figure with 万 sets a taller line than digits alone).
        fonts = [s.big_number if f.metrics(s.big_number).horizontalAdvance(value) <= width - 14 else s.bold
                 for (_label, value), width in zip(figures, widths)]
        lines = [first_line(value, font, 10_000, f.device) for (_label, value), font in zip(figures, fonts)]
        ascent = max(a for a, _h in lines)
        value_height = ascent + max(h - a for a, h in lines)
        label_top = 6 + value_height + 1
        height = label_top + max(f.text_height(label, s.tiny, width - 12)
                                 for (label, _value), width in zip(figures, widths)) + 5

        def boxes(p: QPainter, top: float) -> None:
            x = MARGIN_X
            for (label, value), width, font in zip(figures, widths, fonts):
                fill_box(p, QRectF(x, top, width, height), PANEL)
                draw_on_baseline(p, x + 8, top + 6 + ascent, value, font, INK)
                draw_text(p, QRectF(x + 8, top + label_top, width - 12, height - label_top), label, s.tiny, MUTED)
                x += width + gap
        f.block(height, boxes, after=10)
        f.text(w.translate("Report", "What each presence does"), s.bold, INK, after=4, keep=30, with_next=True)
        for role in a.roles:
            self.label_and_text(role.name, role.text)
        if a.weak_goals:
            f.text(self.named(a.weak_goals), s.body, INK, after=2)
        if not a.roles:
            f.text(self.named(a.choice), s.body, INK)
        f.space(4)
        f.text(self.named(a.budget), s.body, INK, after=2)
        # The date check beside the budget check: when the plan is live, and whether in time.
        for text in a.timeline[:plan_line_count(self.ev.plan)]:
            f.text(self.named(text), s.body, INK, after=2)
        f.space(6)
        f.text(w.translate("Report", "Why this plan"), s.bold, INK, after=4, keep=30, with_next=True)
        for presence, text in a.reasons:
            line = w.translate("Report", "{presence}: {reason}").format(presence=presence, reason=text) \
                if presence else text
            self.marked(PRO, line, PRO_COLOUR, s.body)
        if a.warnings:
            f.space(6)
            f.text(w.translate("Report", "Points to watch"), s.bold, INK, after=4, keep=24, with_next=True)
            for text in a.warnings:
                self.marked(WATCH, text, WATCH_COLOUR, s.body)

    # -- the details
    def plan_details(self) -> None:
        f, s, w, a = self.flow, self.s, self.w, self.a
        plan = self.ev.plan
        f.heading(self.named(w.translate("Report", "The plan in detail: {plan}").format(plan=a.plan.name)), keep=120)
        f.text(self.named(a.choice), s.body, INK, after=4)
        for line in a.score_lines:  # (the long image's: the budget's with how its points are counted)
            f.bullet(self.named(line), s.small)
        f.space(4)
        # The title, its lines and the chart they stand for on one page.
        # Each presence's weeks are the chart's row headings (presence_weeks_text): listed above it too, the page
        # read every one twice, word for word.
        f.text(w.translate("Report", "When it can be live"), s.small_bold, INK, after=4, keep=60, with_next=True)
        self.timeline_chart()
        f.space(4)
        title = w.translate("Report", "Cost per year (low, likely and high)")
        header = [w.translate("Report", "Year"), w.translate("Report", "low"), w.translate("Report", "likely"),
                  w.translate("Report", "high")]
        # Each row one figure in one style, as the cards write its likely amount and range (Words.money_alike).
        rows = [[w.translate("Report", "Year {n}").format(n=i + 1), *w.money_alike(b.low, b.likely, b.high)]
                for i, b in enumerate(plan.yearly)]
        if len(plan.yearly) > 1:  # one year's total is its only row again
            rows.append([w.for_years(w.translate("Report", "{years} years in all"), a.years).format(years=a.years),
                         *w.money_alike(plan.total.low, plan.total.likely, plan.total.high)])
        right = int(Qt.AlignmentFlag.AlignRight)
        first = CONTENT_WIDTH * 0.34
        other = (CONTENT_WIDTH - first) / 3
        note = w.translate("Report", "The likely cost takes every figure at its average, given in the appendix "
                                     "beside its range, so each part of the cost is the appendix's averages "
                                     "multiplied out. Low and high are the {low:g}th and {high:g}th percentiles of "
                                     "{samples} simulated outcomes.").format(
            low=self.pack.low_percentile, high=self.pack.high_percentile, samples=w.number(self.pack.samples))
        # Said only where a low or high column's years, as printed, do not add up to the total printed beneath them
        # (the likely years are the likely total's own terms).
        if any(w.money(sum(getattr(b, column) for b in plan.yearly)) != w.money(getattr(plan.total, column))
               for column in ("low", "high")):
            note = w.translate("Report", "{percentiles} Low and high years do not add up to their totals, since each "
                                         "is a percentile of its own.").format(percentiles=note)
        # The likely years are the likely total's own terms, but each is rounded on its own: city_service's Year 1
        # ¥277k and four years of ¥176k, as printed, make ¥981k beside "5 years in all" ¥980k.
        if len(plan.yearly) > 1 and not add_up_as_written((b.likely for b in plan.yearly), plan.total.likely,
                                                          w.cny_per_unit):
            note = w.translate("Report", "{note} The likely years add up to their total before rounding; as printed, "
                                         "each rounded on its own, they may differ from it by a rounding.").format(
                note=note)
        # The title, the table and its note on one page: a reader adds the years up to the total, and
        # finds beneath them why they may not.
        columns = [(first, int(Qt.AlignmentFlag.AlignLeft))] + [(other, right)] * 3
        note_height = f.text_height(note, s.tiny, CONTENT_WIDTH) + 6
        f.text(title, s.small_bold, INK, after=2,
               keep=f.table_height(columns, header, rows, s.small, s.small_bold) + note_height, with_next=True)
        f.table(columns, header, rows, s.small, s.small_bold, shaded_rows={len(rows) - 1} if len(rows) > 1 else set(),
                keep_after=note_height)
        f.text(note, s.tiny, MUTED, after=4)

    def timeline_chart(self) -> None:
        f, s, w = self.flow, self.s, self.w
        caption, live_by = timeline_caption(w), live_by_date(self.sc)
        timeline = self.ev.plan.timeline
        # The rows' headings named once, here, for the measuring and the painting alike.
        headings = [self.named(presence_weeks_text(part, w)) for part in timeline.presences]
        rect = QRectF(MARGIN_X, 0, CONTENT_WIDTH, 0)
        height = paint_timeline(None, rect, timeline, w, s.small, s.small_bold, s.tiny, caption, 10,
                                live_by, self.today, device=f.device, headings=headings)

        def paint(p: QPainter, top: float) -> None:
            paint_timeline(p, QRectF(MARGIN_X, top, CONTENT_WIDTH, height), timeline, w, s.small,
                           s.small_bold, s.tiny, caption, 10, live_by, self.today, headings=headings)
        f.block(height, paint, after=2)

    def side_by_side(self) -> None:
        f, s, w, a = self.flow, self.s, self.w, self.a
        f.heading(w.translate("Report", "The plan and its alternatives side by side"), keep=160)
        plans = [a.plan, *a.alternatives]
        gap = 8.0
        width = (CONTENT_WIDTH - gap * (len(plans) - 1)) / len(plans)
        inner = width - 14
        titles = [w.translate("Report", "Recommended")] + [
            w.translate("Report", "First alternative") if i == 0 else w.translate("Report", "Second alternative")
            for i in
            range(len(plans) - 1)]

        def lines(i: int, plan: PlanText) -> list[tuple[str, QFont, QColor, str]]:
            out: list[tuple[str, QFont, QColor, str]] = [(plan.name, s.bold, INK, ""),
                   (w.translate("Report", "Score {score} out of 100").format(score=plan.score_shown), s.small, INK, "")]
            # Its likely cost with its range, as the window's columns give it: a card that said "It costs ¥10.1k less"
            # beside ranges alone left a client nothing to subtract.
            cost = (w.translate("Report", "{likely} over {years} years") if plan.cost_range == plan.likely
                    else w.translate("Report", "{likely} over {years} years ({range})"))
            # The range whole on one line: a narrow card broke "5 年预计 ¥421万（¥221万 –" / "¥697万）" at its dash.
            out.append((w.for_years(cost, a.years).format(likely=plan.likely, range=range_kept_whole(plan.cost_range),
                                                          years=a.years), s.small, INK, ""))
            if a.years > 1:  # (the one year is the first: not the amount twice)
                out.append((w.translate("Report", "{first} in the first year").format(first=plan.first_year), s.small,
                            INK, ""))
            if i == 0:
                # Beside a next best that is a close call, "the highest score" alone read as a clear win.
                close = len(plans) > 1 and plans[1].close_call
                out.append((w.translate("Report", "The highest score of every plan considered, in a close call with "
                                                  "the first alternative") if close
                            else w.translate("Report", "The highest score of every plan considered"), s.small,
                            PRO_COLOUR, PRO))
            out += [(text, s.small, INK, NOTE) for text in plan.lead]  # a close call: no point against it
            out += [(text, s.small, CON_COLOUR, CON) for text in plan.why_not]
            out += [(text, s.small, INK, NOTE) for text in plan.notes]
            return [(self.named(text), font, colour, mark) for text, font, colour, mark in out]

        # Each card's lines once, named in the order they are read: the cards left to right, each top to bottom.
        cards = [lines(i, plan) for i, plan in enumerate(plans)]
        title_height = max(f.text_height(title, s.small_bold, inner) for title in titles)

        def height_of(card: list[tuple[str, QFont, QColor, str]]) -> float:
            h = 8 + title_height + 4
            for text, font, _c, mark in card:
                h += f.text_height(text, font, inner - (10 if mark else 0)) + 3
            return h + 8

        height = max(height_of(card) for card in cards)

        def paint(p: QPainter, top: float) -> None:
            for i, card in enumerate(cards):
                x = MARGIN_X + i * (width + gap)
                fill_box(p, QRectF(x, top, width, height), PANEL)
                p.fillRect(QRectF(x, top, width, 3), ACCENT if i == 0 else RULE)
                draw_text(p, QRectF(x + 7, top + 8, inner, title_height), titles[i], s.small_bold,
                          ACCENT if i == 0 else MUTED)
                y = top + 8 + title_height + 4
                for text, font, colour, mark in card:
                    indent = 10 if mark else 0
                    h = f.text_height(text, font, inner - indent)
                    if mark:
                        draw_marked(p, QRectF(x + 7, y, inner, h + 2), indent, mark, s.small_bold, colour, text,
                                    font, INK)
                    else:
                        draw_text(p, QRectF(x + 7, y, inner, h + 2), text, font, INK)
                    y += h + 3
        f.block(height, paint, after=8)

    def cost_split(self) -> None:
        f, s, w, a = self.flow, self.s, self.w, self.a
        f.heading(w.translate("Report", "What the costs are made of"), keep=200)
        bars = [StackedBar(self.named(plan.name), plan.parts, plan.total_likely, i == 0)
                for i, plan in enumerate([a.plan, *a.alternatives])]
        # The key names every part any bar shows, with the plan's amounts (¥0 for a part only another holds). That
        # they add up is said as it holds for the key as printed: car_brand's ¥121k + ¥1.23M + ¥1,500 + ¥122k +
        # ¥2.73M make ¥4.20M beside its total of ¥4.21M, each amount rounded on its own.
        adds_up = add_up_as_written((amount for _part, _label, amount in a.plan.parts), a.plan.total_likely,
                                    w.cny_per_unit)
        caption = w.for_years(w.translate("Report", "Likely cost over {years} years by part, in {currency}; the parts "
                                                    "add up to each plan's total, and the amounts in the key are the "
                                                    "recommended plan's.") if adds_up else
                              w.translate("Report", "Likely cost over {years} years by part, in {currency}; the parts "
                                                    "add up to each plan's total, and the amounts in the key are the "
                                                    "recommended plan's, each rounded on its own, so that as printed "
                                                    "they may differ from its total by a rounding."),
                              a.years).format(years=a.years, currency=self.w.currency_with_rate())
        rect = QRectF(MARGIN_X, 0, CONTENT_WIDTH, 0)
        height = paint_stacked_bars(None, rect, bars, w.money, s.small, s.small_bold, s.tiny, caption, 14,
                                    device=f.device, cny_per_unit=w.cny_per_unit, translate=w.translate)

        def paint(p: QPainter, top: float) -> None:
            paint_stacked_bars(p, QRectF(MARGIN_X, top, CONTENT_WIDTH, height), bars, w.money, s.small,
                               s.small_bold, s.tiny, caption, 14, cny_per_unit=w.cny_per_unit, translate=w.translate)
        f.block(height, paint, after=4)
        f.text(self.a.acquisition, s.tiny, MUTED, after=6)

    def currency_name(self) -> str:
        return self.w.currency_name()

    def presences(self) -> None:
        f, s, w, a = self.flow, self.s, self.w, self.a
        gap = 8.0
        width = (CONTENT_WIDTH - gap) / 2
        inner = width - 14

        def lines(pt: PresenceText) -> list[tuple[str, str, QColor]]:
            out = [(pt.reason, "", INK)]
            out += [(t, PRO, PRO_COLOUR) for t in pt.pros]
            out += [(t, CON, CON_COLOUR) for t in pt.cons]
            out += [(t, WATCH, WATCH_COLOUR) for t in pt.watch]
            return out

        def head_height(pt: PresenceText) -> float:
            return f.text_height(pt.name, s.bold, inner) + 22

        def body_height(pt: PresenceText) -> float:
            return sum(f.text_height(t, s.tiny, inner - (9 if m else 0)) + 2 for t, m, _ in lines(pt))

        # The status stands at the right end of the fit's line where it fits beside the "/100"; a longer one
        # ("Not open to an overseas company") takes a line of its own under it, rather than running over the fit.
        beside_fit = inner * 0.45 - f.metrics(s.tiny).horizontalAdvance("/100") - STATUS_GAP

        def status_below(pt: PresenceText) -> float:
            """The height a status on a line of its own adds to the card's head (0: it stands beside the fit)."""
            if f.metrics(s.small_bold).horizontalAdvance(pt.status) <= beside_fit:
                return 0.0
            return f.text_height(pt.status, s.small_bold, inner) + 3

        def row_heights(pair: list[PresenceText]) -> tuple[float, float, float]:
            """The row's height, its cards' head and the status line under it: both cards of a row start their
            text below the taller head, so each is measured from there."""
            head = max(head_height(pt) for pt in pair)
            below = max(status_below(pt) for pt in pair)
            return head + below + 6 + max(body_height(pt) for pt in pair) + 6, head, below

        def shown(pt: PresenceText) -> PresenceText:
            """The card as printed: two points of each kind, named (self.named) in the order they are read, name
            first. Named here, once, in the cards' order: a row's left card, then its right one."""
            def first_two(texts: tuple[str, ...]) -> tuple[str, ...]:
                return tuple(self.named(t) for t in texts[:2])
            return replace(pt, name=self.named(pt.name), reason=self.named(pt.reason), pros=first_two(pt.pros),
                           cons=first_two(pt.cons), watch=first_two(pt.watch))

        presences = [shown(pt) for pt in a.presences]
        note = w.translate("Report", "Each presence's fit for your goals and needs on its own, out of 100; the plan's "
                                     "score above is for the presences together.")
        # The heading and its note stay with the first row of cards (they stood alone at a page's foot).
        first_row = row_heights(presences[:2])[0] if presences else 0.0
        f.heading(w.translate("Report", "Every presence and its fit"),
                  keep=f.text_height(note, s.small, CONTENT_WIDTH) + 6 + first_row)
        f.text(note, s.small, MUTED, after=6, with_next=True)
        for row in range(0, len(presences), 2):
            pair = presences[row:row + 2]
            height, head, below = row_heights(pair)

            def paint(p: QPainter, top: float, pair: list[PresenceText] = pair, height: float = height,
                      head: float = head, below: float = below) -> None:
                for i, pt in enumerate(pair):
                    x = MARGIN_X + i * (width + gap)
                    fill_box(p, QRectF(x, top, width, height), PANEL)
                    p.fillRect(QRectF(x, top, 3, height), ACCENT if pt.in_plan else RULE)
                    status = pt.status
                    name_height = f.text_height(pt.name, s.bold, inner)
                    draw_text(p, QRectF(x + 9, top + 6, inner, name_height + 2), pt.name, s.bold, INK)
                    bar_top = top + head - 12
                    paint_fit_bar(p, QRectF(x + 9, bar_top, inner * 0.55 - FIT_NUMBER_WIDTH, 6), pt.fit,
                                  ACCENT if pt.eligible else MUTED)
                    # The fit, its "/100" and the status stand on one baseline level with the bar's foot.
                    baseline = bar_top + 6
                    number_end = x + 9 + inner * 0.55
                    draw_on_baseline(p, number_end, baseline, str(pt.fit), s.small_bold, INK, right=True)
                    draw_on_baseline(p, number_end + 1, baseline, "/100", s.tiny, MUTED)
                    status_colour = ACCENT if pt.in_plan else MUTED
                    own_line = status_below(pt)
                    if own_line:
                        draw_text(p, QRectF(x + 9, baseline + 3, inner, own_line - 3), status, s.small_bold,
                                  status_colour, STATUS_OWN_LINE)
                    else:
                        draw_on_baseline(p, x + 9 + inner, baseline, status, s.small_bold, status_colour, right=True)
                    y = top + head + below + 6
                    for text, mark, colour in lines(pt):
                        indent = 9 if mark else 0
                        h = f.text_height(text, s.tiny, inner - indent)
                        if mark:
                            draw_marked(p, QRectF(x + 9, y, inner, h + 2), indent, mark, s.tiny, colour, text,
                                        s.tiny, INK)
                        else:
                            draw_text(p, QRectF(x + 9, y, inner, h + 2), text, s.tiny, INK)
                        y += h + 2
            f.block(height, paint, after=gap)

    def what_would_change(self) -> None:
        f, s, w, a = self.flow, self.s, self.w, self.a
        f.heading(w.translate("Report", "What would change the answer"), keep=60)
        f.text(w.translate("Report", "Each line moves one input with the others held where they are."), s.small,
               MUTED, after=4, with_next=True)
        for text in a.flips:
            self.marked(FLIP, text, ACCENT, s.small)

    # -- last: the figures
    def appendix(self) -> None:
        f, s, w = self.flow, self.s, self.w
        f.heading(w.translate("Report", "Appendix: the figures used, with sources"), keep=100)
        # The mark is explained only where a figure bears it: every example's appendix explained a mark none had.
        # The middle of a range is its most common value, not its "likely" one: every likely cost takes the average
        # (a client who multiplied 72 articles by the "likely" ¥500 found ¥36k where the plan showed ¥60k).
        # A figure the scenario sets comes from no pack: "Every figure comes from the data pack …; figures marked *
        # were set for this scenario" contradicted itself.
        intro = (w.translate("Report", "Every figure comes from the wxdesk data pack of {released}, except those "
                                       "marked *, which were set for this scenario. Ranges are low – most common – "
                                       "high. The likely costs and weeks take each figure at its average, given "
                                       "after its range, not at its most common value.") if self.pack.overridden else
                 w.translate("Report", "Every figure comes from the wxdesk data pack of {released}. Ranges are "
                                       "low – most common – high. The likely costs and weeks take each figure at its "
                                       "average, given after its range, not at its most common value.")) \
            .format(released=w.pack_date(self.pack.released))
        if w.chinese:  # a Chinese date ends in 日, which takes no space before the Chinese that follows
            intro = close_unit_spaces(intro)
        if assumptions.stale_ids(self.pack, self.today) - self.pack.overridden:
            # Said, as the * is, only where a figure bears the mark; the window's assumptions table flags the same.
            stale = w.translate("Report", "Dates marked {mark}: the source is more than {years} years old, so the "
                                          "figure may be out of date.")
            intro = w.sentences([intro, stale.format(mark=assumptions.STALE_MARK,
                                                     years=f"{self.pack.stale_after_years:g}")])
        if w.currency != "CNY":
            # The one sentence that names the yuan: the rate every amount on these pages was converted at.
            rate = w.translate("Report", "Amounts are in {currency}, converted at 1 {code} = {rate} CNY.")
            intro = w.sentences([intro, rate.format(
                currency=self.currency_name(), code=w.currency, rate=w.figure_number(w.cny_per_unit))])
        f.text(intro, s.small, MUTED, after=4)
        widths = [CONTENT_WIDTH * share for share in APPENDIX_COLUMNS]
        left = int(Qt.AlignmentFlag.AlignLeft)
        header = [w.translate("Report", "Figure"), w.translate("Report", "Value"),
                  w.translate("Report", "Source"), w.translate("Report", "Date")]
        columns = [(width, left) for width in widths]
        f.table(columns, header, [], s.tiny, s.small_bold, padding=2.0)
        # A figure a card multiplies out at its average is written as the card writes it (figure_text.quoted_averages).
        ev = self.ev
        # (And the user's price the cost split's note multiplies out: words.acquisition.)
        quoted = quoted_averages(chain(*(p.reasons for p in ev.presences),
                                       *(chain(plan.reasons, plan.why_not) for plan in (ev.plan, *ev.alternatives))), w,
                                 quoted_prices(ev.plan, ev.scenario, self.pack))
        # (The template's kind as its card names it, for an individual: words.template_kind.)
        labels = template_labels(self.pack, ev.scenario.entity, w)
        for group in assumptions.groups(self.pack, w, self.today, self.base, quoted, labels):
            f.text(self.named(group.title), s.small_bold, ACCENT, after=1, keep=30, with_next=True)
            # (1.4 pt about each cell: at 1.6 every English handout ran to a last page of two rows.)
            f.table(columns, None, [[self.named(cell) for cell in r] for r in group.rows], s.tiny, s.tiny,
                    padding=1.4)

    def _disclaimer_parts(self) -> list[tuple[str, QFont, QColor, float]]:
        """The note on what the handout is: its heading and its paragraph, each (text, font, colour, room after)."""
        s, w = self.s, self.w
        return [(w.translate("Report", "About this handout"), s.small_bold, INK, 2.0),
                (disclaimer_text(w, bool(self.pack.overridden)), s.small, MUTED, 4.0)]

    def disclaimer(self) -> None:
        (heading, heading_font, heading_colour, heading_after), (body, font, colour, after) = self._disclaimer_parts()
        self.flow.space(DISCLAIMER_SPACE)
        self.flow.text(heading, heading_font, heading_colour, after=heading_after, keep=30, with_next=True)
        self.flow.text(body, font, colour, after=after)

    def disclaimer_height(self) -> float:
        """The room disclaimer() takes: its space, its heading and the paragraph, each with the room after it."""
        return DISCLAIMER_SPACE + sum(self.flow.text_height(part, font, CONTENT_WIDTH) + after
                                      for part, font, _colour, after in self._disclaimer_parts())


# The appendix's columns (figure, value, source, date) as shares of the content's width. A cost figure's value gives
# its average beside its range ("¥0.08 – ¥0.1 – ¥0.15 per contact a year (average ¥0.11)"): at a fifth of the width
# such a value ran to 7 lines ("average" alone on one) and Chinese cut "平 / 均"; a value column of 29% (its source's
# narrower, the dates as wide as one) holds each in at most 3, and the table takes less room.
APPENDIX_COLUMNS = (0.33, 0.29, 0.27, 0.11)


def disclaimer_text(w: Words, own: bool = False) -> str:
    """`own`: the scenario sets figures of its own (DataPack.overridden), whose ranges are not the pack's."""
    # ("Costs are simulated from the ranges" said the likely costs were too: they take each range's average.)
    if own:
        return w.translate("Report", "These are estimates for planning, not quotes or legal advice. Costs are worked "
                                     "out from the ranges in the data pack and those set for this scenario, and will "
                                     "differ with suppliers, scope and time; WeChat rules change, so check the "
                                     "current rules before you register an account or sign a contract.")
    return w.translate("Report", "These are estimates for planning, not quotes or legal advice. Costs are worked "
                                 "out from the ranges in the data pack and will differ with suppliers, scope and "
                                 "time; WeChat rules change, so check the current rules before you register an "
                                 "account or sign a contract.")
