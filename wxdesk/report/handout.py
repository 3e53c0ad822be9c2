"""The handout: cover, recommendation, account panels, cost chart and table, reasons,
assumptions with their sources, and a disclaimer, on A4 in the chosen language.

Every name, amount and sentence comes from the `Words` the caller passes in (the
window's own, or the report command's), so the handout reads like the window in the
same language and currency. Its own headings go through `words.translate("Report", ...)`.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from wxdesk.engine import DataPack, Evaluation, Scenario, evaluate
from wxdesk.engine.datapack import ACCOUNT_IDS
from wxdesk.engine.flips import FIELDS as FLIP_FIELDS
from wxdesk.engine.flips import flip_points, flip_reason
from wxdesk.report import assumptions, pdftext
from wxdesk.report.charts import CostSeries, paint_cost_chart, paint_fit_bar
from wxdesk.report.fonts import report_fonts
from wxdesk.report.layout import (ACCENT, APP_COLOUR, CONTENT_WIDTH, INK, MARGIN_X, MP_COLOUR, MUTED, PAGE_HEIGHT,
                                  PAGE_WIDTH, PANEL, RULE, Flow, Styles, draw_text, recording)
from wxdesk.words import PRESENCES, Words

log = logging.getLogger(__name__)


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


def write_report(scenario: Scenario, pack: DataPack, path: str | os.PathLike, words: Words,
                 today: dt.date | None = None) -> ReportResult:
    """Write the handout for `scenario` to `path` in `words`' language and currency (needs a
    QGuiApplication; no window).

    The PDF is written beside the target and moved into place when complete, so a
    failure never leaves half a file and never touches anything else.
    """
    # The scenario's own figures fill the facts and the appendix; amounts keep the reader's rate.
    words = replace(words, pack=pack.with_overrides(scenario.overrides))
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    try:
        partial.write_bytes(b"")
    except OSError as exc:
        raise ReportError(target, exc.strerror or str(exc)) from None
    fonts = report_fonts()
    try:
        evaluation = evaluate(scenario, pack)
        with recording() as drawn:
            pages = _paint(evaluation, words, partial, today or dt.date.today(), Styles(fonts))
        pdftext.repair_text_mapping(partial, "".join(drawn), fonts.families)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return ReportResult(target, pages, tuple(w for w in (fonts.warning,) if w))


def _paint(evaluation: Evaluation, words: Words, path: Path, today: dt.date, styles: Styles) -> int:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    writer.setResolution(72)  # one unit is one point; text and shapes stay vectors
    writer.setCreator("wxdesk")
    writer.setTitle(_title(evaluation.scenario, words))
    flow = Flow(writer, styles)
    Handout(flow, evaluation, words, today).build()

    painter = QPainter()
    if not painter.begin(writer):
        raise ReportError(path.with_name(path.name.removesuffix(".partial")))
    try:
        total = len(flow.pages)
        for number, steps in enumerate(flow.pages, start=1):
            if number > 1:
                writer.newPage()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for step in steps:
                step(painter)
            _footer(painter, styles, number, total, evaluation.scenario, words)
    finally:
        painter.end()
    return len(flow.pages)


def _title(scenario: Scenario, words: Words) -> str:
    who = scenario.client or scenario.name
    return words.translate("Report", "WeChat plan for {client}").format(client=who)


def _footer(p: QPainter, styles: Styles, number: int, total: int, scenario: Scenario, words: Words) -> None:
    y = PAGE_HEIGHT - 40
    p.setPen(RULE)
    p.drawLine(MARGIN_X, y, PAGE_WIDTH - MARGIN_X, y)
    left = words.translate("Report", "wxdesk · {client}").format(client=scenario.client or scenario.name)
    draw_text(p, QRectF(MARGIN_X, y + 5, CONTENT_WIDTH * 0.7, 12), left, styles.tiny, MUTED,
              int(Qt.AlignmentFlag.AlignLeft))
    page = words.translate("Report", "Page {number} of {total}").format(number=number, total=total)
    draw_text(p, QRectF(MARGIN_X, y + 5, CONTENT_WIDTH, 12), page, styles.tiny, MUTED,
              int(Qt.AlignmentFlag.AlignRight))


class Handout:
    """Lays out the handout's sections on a Flow."""

    def __init__(self, flow: Flow, evaluation: Evaluation, words: Words, today: dt.date):
        assert words.pack is not None, "write_report gives the handout's words their pack"
        self.flow, self.ev, self.words, self.pack = flow, evaluation, words, words.pack
        # lupdate finds `self.translate("Report", ...)` calls by their literal context and text.
        self.translate = words.translate
        self.today = today
        self.s = flow.styles
        self.sc = evaluation.scenario
        self.avm = evaluation.app_vs_mini_program

    # -- formatting shared by the sections
    def money(self, cny: float) -> str:
        return self.words.money(cny)

    def reason(self, reason) -> str:
        return self.words.reason(reason)

    def option_title(self, option_id: str) -> str:
        return self.words.presence(option_id)

    def date_text(self) -> str:
        return self.words.date(self.today)

    def build(self) -> None:
        self.cover()
        self.recommendation()
        self.key_figures()
        self.account_panels()
        self.cost_section()
        self.reasons()
        self.assumptions()
        self.disclaimer()

    # -- sections
    def cover(self) -> None:
        f, s = self.flow, self.s

        def band(p: QPainter, top: float):
            p.fillRect(QRectF(0, 0, PAGE_WIDTH, 8), ACCENT)
            draw_text(p, QRectF(MARGIN_X, top, CONTENT_WIDTH, 12), self.translate("Report", "Prepared for"),
                      s.small_bold, ACCENT)
        f.block(14, band, after=2)
        f.text(self.sc.client or self.sc.name, s.title, INK, after=4)
        f.text(self.translate("Report", "How to reach your customers on WeChat"), s.subtitle, MUTED, after=2)
        details = [self.date_text()]
        if self.sc.client:
            details.insert(0, self.sc.name)
        f.text("  ·  ".join(details), s.small, MUTED, after=10)
        f.rule()

    def recommendation(self) -> None:
        f, s = self.flow, self.s
        f.heading(self.translate("Report", "Our recommendation"))
        setup = self.words.join([self.words.presence(a) for a in self.ev.best_setup])
        parts = [self.translate("Report", "The setup we recommend: {setup}.").format(setup=setup)]
        parts += [self.reason(r) for r in self.ev.setup_roles]
        parts.append(self.reason(self.avm.recommendation))
        chance = self.translate("Report", "In {share} of our simulated cost outcomes the Mini Program is the "
                                     "cheaper choice over {years} years.")
        parts.append(chance.format(share=self.words.share(self.avm.probability_mp_cheaper),
                                   years=self.sc.horizon_years))
        joiner = "" if self.words.chinese else " "
        f.text(joiner.join(parts), s.body, INK, after=8)

    def key_figures(self) -> None:
        s = self.s
        figures = [
            (self.translate("Report", "Budget"), self.money(self.sc.budget_cny)),
            (self.translate("Report", "Monthly users"), self.words.count(self.sc.audience)),
            (self.translate("Report", "On WeChat in China"), self.words.share(self.sc.china_share)),
            (self.translate("Report", "Messages a month"), f"{self.sc.pushes_per_month:g}"),
            (self.translate("Report", "Years planned"), str(self.sc.horizon_years)),
        ]
        gap = 8.0
        width = (CONTENT_WIDTH - gap * (len(figures) - 1)) / len(figures)

        def paint(p: QPainter, top: float):
            for i, (label, value) in enumerate(figures):
                x = MARGIN_X + i * (width + gap)
                p.fillRect(QRectF(x, top, width, 44), PANEL)
                draw_text(p, QRectF(x + 8, top + 6, width - 12, 20), value, s.big_number, INK)
                draw_text(p, QRectF(x + 8, top + 28, width - 12, 14), label, s.tiny, MUTED)
        self.flow.block(44, paint, after=8)

    def account_panels(self) -> None:
        f, s = self.flow, self.s
        f.heading(self.translate("Report", "The four account types side by side"))
        gap = 8.0
        width = (CONTENT_WIDTH - 3 * gap) / 4
        inner = width - 14
        panels = []
        for account_id in ACCOUNT_IDS:
            fit = self.ev.account(account_id)
            info = self.pack.accounts[account_id]
            chinese = self.words.chinese
            status = []
            if account_id in self.ev.best_setup:
                status.append((self.translate("Report", "Recommended"), ACCENT))
            if not fit.eligible:
                entity = self.words.term(self.sc.entity)
                status.append((self.translate("Report", "Not open to {entity}").format(entity=entity), MUTED))
            facts = [self.words.fact(fact) for fact in info.facts[:2]]
            reasons = [self.reason(r) for r in fit.reasons[:2]]
            panels.append((account_id, info, fit, chinese, status, facts, reasons))

        def blocks(panel):
            account_id, info, fit, chinese, status, facts, reasons = panel
            name = self.words.presence(account_id)
            second = "" if chinese else PRESENCES[account_id].chinese
            role = self.words.role(account_id)
            return name, second, role, status, facts, reasons

        def height_of(panel) -> float:
            name, second, role, status, facts, reasons = blocks(panel)
            h = 10 + f.text_height(name, s.bold, inner) + (f.text_height(second, s.small, inner) if second else 0)
            h += 4 + f.text_height(role, s.tiny, inner) + 20
            h += sum(f.text_height(t, s.small_bold, inner) + 2 for t, _ in status)
            h += sum(f.text_height("– " + t, s.tiny, inner) + 3 for t in facts + reasons) + 16
            return h

        height = max(height_of(p) for p in panels)

        def paint(p: QPainter, top: float):
            for i, panel in enumerate(panels):
                x = MARGIN_X + i * (width + gap)
                fit = panel[2]
                name, second, role, status, facts, reasons = blocks(panel)
                recommended = fit.id in self.ev.best_setup
                p.fillRect(QRectF(x, top, width, height), PANEL)
                p.fillRect(QRectF(x, top, width, 3), ACCENT if recommended else RULE)
                y = top + 10
                for text, font in ((name, s.bold), (second, s.small)):
                    if text:
                        h = f.text_height(text, font, inner)
                        draw_text(p, QRectF(x + 7, y, inner, h + 2), text, font, INK)
                        y += h
                h = f.text_height(role, s.tiny, inner)
                draw_text(p, QRectF(x + 7, y + 2, inner, h + 2), role, s.tiny, MUTED)
                y += h + 8
                paint_fit_bar(p, QRectF(x + 7, y, inner, 6), fit.fit, ACCENT if fit.eligible else MUTED, s.small_bold)
                draw_text(p, QRectF(x + 7, y + 7, inner, 10), self.translate("Report", "fit out of 100"), s.tiny, MUTED)
                y += 20
                for text, colour in status:
                    h = f.text_height(text, s.small_bold, inner)
                    draw_text(p, QRectF(x + 7, y, inner, h + 2), text, s.small_bold, colour)
                    y += h + 2
                for text in facts + reasons:
                    h = f.text_height("– " + text, s.tiny, inner)
                    draw_text(p, QRectF(x + 7, y, inner, h + 2), "– " + text, s.tiny, INK)
                    y += h + 3
        f.block(height, paint, after=10)

    def cost_section(self) -> None:
        f, s = self.flow, self.s
        f.heading(self.translate("Report", "Native app or Mini Program: cost and fit"), keep=200)
        years = self.sc.horizon_years
        series = [
            CostSeries(self.option_title(o.id), APP_COLOUR if o.id == "native_app" else MP_COLOUR,
                       [b.low for b in o.cumulative], [b.likely for b in o.cumulative], [b.high for b in o.cumulative])
            for o in (self.avm.native_app, self.avm.mini_program)]
        caption = self.translate("Report", "Cumulative cost, likely line with low–high range")

        def chart(p: QPainter, top: float):
            paint_cost_chart(p, QRectF(MARGIN_X, top, CONTENT_WIDTH * 0.64, 190), series,
                             lambda i: self.translate("Report", "Year {n}").format(n=i), self.money, s.small, s.tiny,
                             caption)
            x = MARGIN_X + CONTENT_WIDTH * 0.68
            w = CONTENT_WIDTH * 0.32
            draw_text(p, QRectF(x, top, w, 14), self.translate("Report", "Fit for your scenario"), s.tiny, MUTED)
            y = top + 20
            for option in (self.avm.native_app, self.avm.mini_program):
                colour = APP_COLOUR if option.id == "native_app" else MP_COLOUR
                draw_text(p, QRectF(x, y, w, 14), self.option_title(option.id), s.small_bold, INK)
                paint_fit_bar(p, QRectF(x, y + 14, w, 7), option.fit, colour, s.small_bold)
                y += 34
            y += 6
            winner = self.option_title(self.avm.winner)
            verdict = self.translate("Report", "Recommended: {option}").format(option=winner)
            draw_text(p, QRectF(x, y, w, 14), verdict, s.small_bold, ACCENT)
            y += 18
            per_user = ((self.translate("Report", "Cost per user reached, Mini Program"), self.avm.mini_program),
                        (self.translate("Report", "Cost per user reached, native app"), self.avm.native_app))
            for label, option in per_user:
                value = self.money(option.cost_per_user)
                h = f.text_height(label, s.tiny, w)
                draw_text(p, QRectF(x, y, w, h + 2), label, s.tiny, MUTED)
                draw_text(p, QRectF(x, y + h, w, 14), value, s.bold, INK)
                y += h + 18
        f.block(192, chart, after=10)

        bands = [self.translate("Report", "low"), self.translate("Report", "likely"), self.translate("Report", "high")]
        header = [self.translate("Report", "Year")] + bands * 2
        rows = []
        for i in range(years):
            cells = [self.translate("Report", "Year {n}").format(n=i + 1)]
            for option in (self.avm.native_app, self.avm.mini_program):
                b = option.yearly[i]
                cells += [self.money(b.low), self.money(b.likely), self.money(b.high)]
            rows.append(cells)
        total = [self.translate("Report", "{years} years in all").format(years=years)]
        for option in (self.avm.native_app, self.avm.mini_program):
            total += [self.money(option.total.low), self.money(option.total.likely), self.money(option.total.high)]
        rows.append(total)
        right = int(Qt.AlignmentFlag.AlignRight)
        first = CONTENT_WIDTH * 0.19
        other = (CONTENT_WIDTH - first) / 6
        f.text(self.translate("Report", "Cost per year (low, likely and high)"), s.small_bold, INK, after=2, keep=80)

        def groups(p: QPainter, top: float):
            for i, option in enumerate(("native_app", "mini_program")):
                x = MARGIN_X + first + i * 3 * other
                colour = APP_COLOUR if option == "native_app" else MP_COLOUR
                draw_text(p, QRectF(x + 3, top, 3 * other - 6, 12), self.option_title(option), s.small_bold, colour,
                          int(Qt.AlignmentFlag.AlignRight))
                p.fillRect(QRectF(x + 6, top + 13, 3 * other - 9, 1.2), colour)
        f.block(15, groups, after=0)
        f.table([(first, int(Qt.AlignmentFlag.AlignLeft))] + [(other, right)] * 6, header, rows, s.small,
                s.small_bold, shaded_rows={len(rows) - 1})
        notes = [self.translate("Report", "Low and high are the {low:g}th and {high:g}th percentiles of {samples} "
                                     "simulated outcomes; "
                    "the likely figure is the median.").format(low=self.pack.low_percentile,
                                                              high=self.pack.high_percentile,
                                                              samples=self.pack.samples)]
        if self.avm.break_even_audience is not None:
            notes.append(self.translate("Report", "The cheaper option changes at about {users} monthly users.").format(
                users=self.words.count(self.avm.break_even_audience)))
        else:
            notes.append(self.translate("Report", "The same option is cheaper at every audience size."))
        for note in notes:
            f.text(note, s.small, MUTED, after=2)
        self.flip_notes()

    def flip_notes(self) -> None:
        """Where the recommendation changes when one slider moves (the others held)."""
        f, s = self.flow, self.s
        found = flip_points(self.sc, self.pack)
        f.space(4)
        f.text(self.translate("Report", "What would change this recommendation"), s.small_bold, INK, after=2, keep=40)
        for field in FLIP_FIELDS:
            f.bullet(self.reason(flip_reason(field, found.get(field))), s.small)

    def reasons(self) -> None:
        f, s = self.flow, self.s
        f.heading(self.translate("Report", "Why"))
        groups = []
        for account_id in self.ev.best_setup:
            groups.append((self.words.presence(account_id), self.ev.account(account_id).reasons))
        winner = self.avm.option(self.avm.winner)
        title = (self.translate("Report", "A native app rather than a Mini Program") if winner.id == "native_app"
                 else self.translate("Report", "A Mini Program rather than a native app"))
        groups.append((title, winner.reasons))
        for title, reasons in groups:
            if not reasons:
                continue
            f.text(title, s.bold, INK, after=2, keep=24)
            for r in reasons[:6]:
                f.bullet(self.reason(r), s.small)
            f.space(4)
        if self.ev.warnings:
            f.text(self.translate("Report", "Points to watch"), s.bold, INK, after=2, keep=24)
            for w in self.ev.warnings:
                f.bullet(self.reason(w), s.small, mark="!")

    def assumptions(self) -> None:
        f, s = self.flow, self.s
        f.heading(self.translate("Report", "Appendix: assumptions used, with sources"), keep=140)
        f.text(self.translate("Report", "Every figure comes from the wxdesk data pack of {released}. "
                                   "Ranges are low – likely – high; "
                  "figures marked * were set for this scenario.").format(released=self.pack.released),
               s.small, MUTED, after=4)
        rows = assumptions.rows(self.words)
        widths = [CONTENT_WIDTH * 0.30, CONTENT_WIDTH * 0.20, CONTENT_WIDTH * 0.38, CONTENT_WIDTH * 0.12]
        left = int(Qt.AlignmentFlag.AlignLeft)
        header = [self.translate("Report", "Assumption"), self.translate("Report", "Value"),
                  self.translate("Report", "Source"), self.translate("Report", "Source date")]
        f.table([(w, left) for w in widths], header,
                rows, s.tiny, s.small_bold)

    def disclaimer(self) -> None:
        f, s = self.flow, self.s
        f.space(6)
        f.text(self.translate("Report", "About this handout"), s.small_bold, INK, after=2, keep=30)
        f.text(self.translate("Report", "These are estimates for planning, not quotes or legal advice. "
                                   "Costs are simulated from the "
                  "ranges above and will differ with suppliers, scope and time; WeChat rules change, so check "
                  "the current rules before you register an account or sign a contract."), s.small, MUTED)
