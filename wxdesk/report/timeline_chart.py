"""The launch timeline as a chart: one row per presence, its steps as bars in weeks.

Drawn with QPainter so that the handout (a PDF) and the window (a widget) paint the
very same chart. Each step is a bar from its likely start for its likely weeks; steps
that run side by side (the ICP filing while the product is built) get a lane of their
own in the row. A whisker after each row spans the presence's low–high end, so the
reader sees the range the likely bars sit in. When the scenario has a must-be-live-by
date, a dashed vertical line marks it, counted in weeks from `today`.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintDevice, QPen

from wxdesk.cost_colours import COST_PART_COLOURS
from wxdesk.engine.timeline import DAYS_PER_WEEK, Step, Timeline
from wxdesk.words.timeline import presence_weeks_text
from wxdesk.words.axis_ticks import nice_step
from wxdesk.report.layout import (INK, MUTED, RULE, draw_on_baseline, draw_text, first_line, measured_on,
                                  text_height)
from wxdesk.words import Words
from wxdesk.words.steps import weeks_unit

# One colour per kind of step, so that every row (and the legend) reads alike. Building the
# presence is the cost chart's Build (开发 in both), so it takes that part's colour; the
# registration steps a deep steel blue that stays apart from it for colour-blind readers too.
STEP_COLOURS = {
    "verification": QColor("#2f6f8f"), "registration": QColor("#2f6f8f"),
    "developer_accounts": QColor("#5bb5c8"), "icp_filing": QColor("#e0a526"),
    "build": QColor(COST_PART_COLOURS["build"]), "template_setup": QColor(COST_PART_COLOURS["build"]),
    "pages_build": QColor(COST_PART_COLOURS["build"]), "pages_template_setup": QColor(COST_PART_COLOURS["build"]),
    "review": QColor("#8e6bbf"), "software_copyright": QColor("#d9534f"), "store_review": QColor("#b36b00"),
}
OTHER_STEP = QColor("#9aa5b1")
LIVE_BY_COLOUR = QColor("#c0392b")
_NEAR = 1e-9  # weeks: a step that starts where another ends does not overlap it


def timeline_caption(w: Words) -> str:
    """What the chart shows, for the handout and the window alike."""
    # Said what its ends are: the costs' low and high are percentiles of draws, these the steps' own ends added up.
    return w.translate("Report", "Weeks from the start of work to live, step by step, each at its average "
                                 "(likely); the band and whisker at each row's end run from every step at its "
                                 "quickest to every step at its slowest.")


def lanes(steps: Sequence[Step]) -> list[list[Step]]:
    """The steps of one presence in lanes, so that steps run side by side never overlap."""
    out: list[list[Step]] = []
    for step in sorted(steps, key=lambda s: s.start.likely):
        for lane in out:
            if lane[-1].end.likely <= step.start.likely + _NEAR:
                lane.append(step)
                break
        else:
            out.append([step])
    return out


def live_by_weeks(live_by: dt.date, today: dt.date) -> float:
    """Weeks from the start of work (today) to the must-be-live-by date; a past date is 0."""
    return max(0.0, (live_by - today).days / DAYS_PER_WEEK)


def paint_timeline(p: QPainter | None, rect: QRectF, timeline: Timeline, w: Words, font: QFont, bold: QFont,
                   small_font: QFont, caption: str, bar_height: float, live_by: dt.date | None = None,
                   today: dt.date | None = None, device: QPaintDevice | None = None,
                   headings: Sequence[str] | None = None) -> float:
    """The timeline chart in `rect` (its height is ignored); returns the height used.

    With `p` None nothing is drawn and only the height is measured (on `device`), so a
    layout can place the chart before painting it. One row per presence of `timeline`, headed
    "Mini Program: about 9 weeks" (presence_weeks_text), or by `headings`, one per row: the handout's,
    which names a presence with its former name only where the reader first meets it (Handout.named).
    """
    device = measured_on(p, device)
    metrics, bold_metrics, small = (QFontMetricsF(f, device) for f in (font, bold, small_font))
    line, small_line = metrics.height(), small.height()
    today = today or dt.date.today()
    deadline = live_by_weeks(live_by, today) if live_by is not None else None
    top_value = max([p_.weeks.high for p_ in timeline.presences] + [deadline or 0.0]) or 1.0
    step = nice_step(top_value, 5)
    x_max = step * math.ceil(top_value * 1.0001 / step)
    unit = weeks_unit(w.translate)
    plot_left, plot_right = rect.left(), rect.right() - small_line * 0.5

    def x_at(weeks: float) -> float:
        return plot_left + (plot_right - plot_left) * weeks / x_max

    caption_height = text_height(caption, small_font, rect.width(), device) if caption else 0.0
    if p is not None:
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if caption:
            draw_text(p, QRectF(rect.left(), rect.top(), rect.width(), caption_height + 2), caption, small_font,
                      MUTED)
    y = rect.top() + (caption_height + small_line * 0.4 if caption else 0.0)
    deadline_text = ""
    if deadline is not None and live_by is not None:
        # The date's label sits above the rows, where no bar can hide it.
        deadline_text = w.translate("Report", "Must be live by {date}").format(date=w.date(live_by))
        y += small_line * 1.2
    grid_top = y
    rows = []  # (presence, its heading's height, top of the heading, its lanes)
    for i, part in enumerate(timeline.presences):
        heading = presence_weeks_text(part, w) if headings is None else headings[i]
        heading_height = text_height(heading, bold, rect.width(), device)
        part_lanes = lanes(part.steps) or [[]]
        rows.append((part, heading, heading_height, y, part_lanes))
        y += heading_height + line * 0.15 + bar_height * len(part_lanes) + line * 0.5
    grid_bottom = y
    if p is not None:
        _grid(p, small, small_font, rect, x_at, x_max, step, unit, grid_top, grid_bottom)
        for part, heading, heading_height, top, part_lanes in rows:
            draw_text(p, QRectF(plot_left, top, rect.width(), heading_height + 2), heading, bold, INK)
            lane_top = top + heading_height + line * 0.15
            # The range first, so that the likely bars sit on top of it and stay clear.
            _whisker(p, x_at(part.weeks.low), x_at(part.weeks.high), lane_top,
                     lane_top + bar_height * len(part_lanes), bar_height)
            for i, lane in enumerate(part_lanes):
                for s in lane:
                    left, right = x_at(s.start.likely), x_at(s.end.likely)
                    p.fillRect(QRectF(left, lane_top + i * bar_height + 0.5, max(right - left, 1.0),
                                      bar_height - 1.0), STEP_COLOURS.get(s.id, OTHER_STEP))
        if deadline is not None:
            # The line stops short of the row headings it would run through ("Service Acc|ount: about a week").
            x = x_at(deadline)
            headings_crossed = [(top, top + heading_height) for _part, heading, heading_height, top, _lanes in rows
                                if plot_left + min(bold_metrics.horizontalAdvance(heading), rect.width()) + 3 >= x]
            _deadline(p, x, grid_top, grid_bottom, deadline_text, small, small_font, rect, small_line,
                      headings_crossed)
    y += small_line * 1.6
    y = _legend(p, small, small_font, rect, y, timeline, w)
    if p is not None:
        p.restore()
    return y - rect.top()


def _grid(p: QPainter, small: QFontMetricsF, small_font: QFont, rect: QRectF, x_at: Callable[[float], float],
          x_max: float, step: float,
          unit: str, top: float, bottom: float) -> None:
    """Round week ticks under the bars; the last tick names the unit (weeks, 周), and all stand on one baseline."""
    ticks = []
    value = 0.0
    while value <= x_max + step / 2:
        last = value + step > x_max + step / 2
        ticks.append((value, f"{value:g}" + (f" {unit}" if last else "")))
        value += step
    baseline = bottom + 2 + max(first_line(text, small_font, 10_000, p.device())[0] for _v, text in ticks)
    for value, text in ticks:
        x = x_at(value)
        p.setPen(QPen(RULE, 0.6))
        p.drawLine(QPointF(x, top), QPointF(x, bottom))
        width = small.horizontalAdvance(text) + 4
        left = min(max(x - width / 2, rect.left()), rect.right() - width)
        draw_on_baseline(p, left + 2, baseline, text, small_font, MUTED)


def _whisker(p: QPainter, low: float, high: float, top: float, bottom: float, bar_height: float) -> None:
    """The low–high range of a presence's end: a light band with capped ends across its lanes."""
    band = QColor(INK)
    band.setAlphaF(0.10)
    p.fillRect(QRectF(low, top, max(high - low, 1.0), bottom - top), band)
    middle = (top + bottom) / 2
    cap = min(bar_height * 0.35, (bottom - top) / 2)
    p.setPen(QPen(INK, max(0.8, bar_height / 14)))
    p.drawLine(QPointF(low, middle), QPointF(high, middle))
    p.drawLine(QPointF(low, middle - cap), QPointF(low, middle + cap))
    p.drawLine(QPointF(high, middle - cap), QPointF(high, middle + cap))


def _deadline(p: QPainter, x: float, top: float, bottom: float, text: str, small: QFontMetricsF,
              small_font: QFont, rect: QRectF, small_line: float,
              skipped: Sequence[tuple[float, float]] = ()) -> None:
    """The must-be-live-by line from `top` to `bottom`, broken over each of the `skipped` spans (the row headings
    it crosses), with its date's label above it."""
    pen = QPen(LIVE_BY_COLOUR, 1.4, Qt.PenStyle.DashLine)
    p.setPen(pen)
    start = top - small_line * 0.2
    for gap_top, gap_bottom in sorted(skipped):
        if gap_top > start:
            p.drawLine(QPointF(x, start), QPointF(x, gap_top))
        start = max(start, gap_bottom)
    if bottom > start:
        p.drawLine(QPointF(x, start), QPointF(x, bottom))
    width = small.horizontalAdvance(text) + 4
    # Beside the line on its right, or on its left where the right has no room.
    left = x + 3 if x + 3 + width <= rect.right() else max(rect.left(), x - 3 - width)
    draw_text(p, QRectF(left, top - small_line * 1.2, width, small_line * 1.2), text, small_font, LIVE_BY_COLOUR,
              int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop))


def _by_colour(kinds: Sequence[str], w: Words) -> list[tuple[QColor, str]]:
    """One legend entry per colour, in the order the kinds first come: two kinds of one colour named apart read as
    two meanings for one swatch (yoga_teacher's key: "Registration" and "Registration and verification"). A name
    the other starts with is left out; others are joined ("Build / Set up the rented template"). Registration beside
    verification reads "Registration, and verification where it applies": "Registration and verification" alone
    stood beside an individual's Official Account, which cannot be verified."""
    names: dict[str, tuple[QColor, list[str]]] = {}
    both = {"registration", "verification"} <= set(kinds)
    for kind in kinds:
        colour = STEP_COLOURS.get(kind, OTHER_STEP)
        entry = names.setdefault(colour.name(), (colour, []))[1]
        name = (w.translate("Report", "Registration, and verification where it applies")
                if both and kind in ("registration", "verification") else w.step(kind))
        if any(other.startswith(name) for other in entry):
            continue
        entry[:] = [other for other in entry if not name.startswith(other)] + [name]
    return [(colour, " / ".join(texts)) for colour, texts in names.values()]


def _legend(p: QPainter | None, metrics: QFontMetricsF, small_font: QFont, rect: QRectF, y: float,
            timeline: Timeline, w: Words) -> float:
    """Swatches for the kinds of step the chart shows, then what the whisker means."""
    line = metrics.height()
    kinds = list(dict.fromkeys(s.id for part in timeline.presences for s in part.steps))
    entries: list[tuple[QColor | None, str]] = [(colour, text) for colour, text in _by_colour(kinds, w)]
    entries.append((None, w.translate("Report", "range from low to high")))
    x = rect.left()
    for colour, text in entries:
        width = line * 0.9 + metrics.horizontalAdvance(text) + line
        if x + width > rect.right() and x > rect.left():
            x = rect.left()
            y += line * 1.4
        if p is not None:
            swatch = QRectF(x, y + line * 0.2, line * 0.7, line * 0.7)
            if colour is not None:
                p.fillRect(swatch, colour)
            else:
                # (Its cap stands short of the swatch's right edge: at the swatch's edge it touched the text.)
                _whisker(p, swatch.left(), swatch.right() - line * 0.15, swatch.top(), swatch.bottom(),
                         swatch.height())
            draw_text(p, QRectF(x + line * 0.9, y, width, line * 1.3), text, small_font, INK,
                      int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop))
        x += width
    return y + line * 1.4
