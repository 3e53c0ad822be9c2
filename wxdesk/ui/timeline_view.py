"""The plan's launch timeline in the window: the handout's chart, painted on screen.

The widget holds no rule of its own: it paints `PlanResult.timeline` with the same
painter as the handout (wxdesk.report.timeline_chart), in the window's language, and
its height follows its width so that no row or legend is cut off.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from wxdesk.engine import Evaluation
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.timeline import Timeline, live_by_date
from wxdesk.words.timeline import timeline_lines
from wxdesk.report.timeline_chart import paint_timeline, timeline_caption
from wxdesk.ui import text

MIN_WIDTH = 240  # px: below this the legend takes more rows than the bars


class TimelineView(QWidget):
    """One row per presence of the plan, its steps as bars in weeks."""

    def __init__(self, pack: DataPack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.pack = pack
        self._timeline: Timeline | None = None
        self._live_by: dt.date | None = None
        self._evaluation: Evaluation | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(MIN_WIDTH)

    @property
    def timeline(self) -> Timeline | None:
        return self._timeline

    @property
    def live_by(self) -> dt.date | None:
        return self._live_by

    def show_evaluation(self, evaluation: Evaluation) -> None:
        self._evaluation = evaluation
        self._timeline = evaluation.plan.timeline
        self._live_by = live_by_date(evaluation.scenario)
        words = text.words(self.pack)
        self.setAccessibleName(self.tr("Launch timeline"))
        lines = timeline_lines(evaluation.plan, evaluation.scenario.live_by, words)
        self.setAccessibleDescription(" ".join(lines))
        # The window is short of height: the chart's caption goes in its tooltip.
        self.setToolTip("\n".join([timeline_caption(words), *lines]))
        self._fit_height()
        self.update()

    def set_pack(self, pack: DataPack) -> None:
        self.pack = pack

    # -- painting
    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        font = QFont(self.font())
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.85 if font.pointSizeF() > 0 else 8.0)
        bold = QFont(small)
        bold.setBold(True)
        return font, bold, small

    def _paint(self, p: QPainter | None, width: float) -> float:
        assert self._timeline is not None
        words = text.words(self.pack)
        font, bold, small = self._fonts()
        bar = max(6.0, self.fontMetrics().height() * 0.5)
        return paint_timeline(p, QRectF(0, 0, width, 0), self._timeline, words, small, bold, small, "", bar,
                              self._live_by, dt.date.today(), device=self)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        if self._timeline is None:
            return 0
        return math.ceil(self._paint(None, max(width, MIN_WIDTH)))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = max(self.width(), MIN_WIDTH)
        return QSize(width, self.heightForWidth(width))

    def _fit_height(self) -> None:
        # A fixed height that follows the width: the layout gives the chart all the rows it needs.
        self.setFixedHeight(self.heightForWidth(max(self.width(), MIN_WIDTH)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self._timeline is None:
            return
        p = QPainter(self)
        try:
            self._paint(p, self.width())
        finally:
            p.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # New words (language) or a new font change the rows' heights.
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange) and self._evaluation is not None:
            self.show_evaluation(self._evaluation)
        super().changeEvent(event)
