"""Cards that show one account type (or one build option) for the current evaluation.

Each card is built once; a new evaluation only changes label texts and the fit bar,
so a slider move costs a few setText calls per card. Frames are painted from the
palette (no style sheets), which keeps light and dark palettes readable and the
repaint cheap.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from wxdesk.engine import Evaluation
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.evaluate import AccountFit, OptionResult
from wxdesk.engine.reasons import Reason
from wxdesk.ui import text

REASONS_SHOWN = 3


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's own font, scaled, so that every size follows the user's font setting."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def _wrapping_label(object_name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if object_name:
        label.setObjectName(object_name)
    return label


def _mark(reason: Reason) -> str:
    # What helps the fit and what hurts it, readable without colour.
    return "+" if reason.impact > 0 else ("−" if reason.impact < 0 else "•")


class Card(QFrame):
    """A rounded card painted from the palette; highlighted when it is part of the answer."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._highlighted = False

    @property
    def highlighted(self) -> bool:
        return self._highlighted

    def set_highlighted(self, on: bool) -> None:
        if on != self._highlighted:
            self._highlighted = on
            self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        width = 2.5 if self._highlighted else 1.0
        role = QPalette.ColorRole.Highlight if self._highlighted else QPalette.ColorRole.Mid
        painter.setPen(QPen(palette.color(role), width))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        inset = width / 2 + 0.5
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 8, 8)


class Badge(QLabel):
    """A small label on the highlight colour: "Best setup"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bestBadge")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Highlight)
        self.setForegroundRole(QPalette.ColorRole.HighlightedText)
        self.setContentsMargins(6, 1, 6, 1)
        self.setFont(scaled_font(self, 0.9, bold=True))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class FitMeter(QWidget):
    """The fit as a large number out of 100 and a bar beneath it."""

    def __init__(self, size: float = 2.4, trailing: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.number = QLabel("–")
        self.number.setObjectName("fitNumber")
        self.number.setFont(scaled_font(self, size, bold=True))
        self.out_of = QLabel("/100")
        self.out_of.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.number, 0, Qt.AlignmentFlag.AlignBaseline)
        row.addWidget(self.out_of, 0, Qt.AlignmentFlag.AlignBaseline)
        row.addStretch(1)
        if trailing is not None:
            row.addWidget(trailing, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.bar)

    def show_fit(self, fit: float, dimmed: bool = False) -> None:
        value = round(fit)
        self.number.setText(str(value))
        self.bar.setValue(value)
        self.number.setForegroundRole(QPalette.ColorRole.PlaceholderText if dimmed
                                      else QPalette.ColorRole.WindowText)


class AccountPanel(Card):
    """One account type: fit, eligibility, the reasons that matter, key facts with sources."""

    def __init__(self, account_id: str, pack: DataPack, parent: QWidget | None = None):
        super().__init__(parent)
        self.account_id = account_id
        self.pack = pack
        self.setObjectName(f"accountPanel_{account_id}")
        self.setMinimumWidth(200)
        self.title = QLabel()
        self.title.setFont(scaled_font(self, 1.25, bold=True))
        self.title.setWordWrap(True)
        self.badge = Badge()
        self.badge.hide()
        self.meter = FitMeter(trailing=self.badge)
        self.eligibility = QLabel()
        self.eligibility.setObjectName("eligibility")
        self.reason_labels = [_wrapping_label(f"reason{i}") for i in range(REASONS_SHOWN)]
        for label in self.reason_labels:
            label.setFont(scaled_font(self, 0.95))
        self.facts_title = QLabel()
        self.facts_title.setFont(scaled_font(self, 0.9, bold=True))
        self.facts_title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.fact_labels = [_wrapping_label(f"fact{i}") for i in range(len(pack.accounts[account_id].facts))]
        for label in self.fact_labels:
            label.setFont(scaled_font(self, 0.88))
            label.setCursor(Qt.CursorShape.WhatsThisCursor)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(5)
        layout.addWidget(self.title)
        layout.addWidget(self.meter)
        layout.addWidget(self.eligibility)
        for label in self.reason_labels:
            layout.addWidget(label)
        layout.addSpacing(4)
        layout.addWidget(self.facts_title)
        for label in self.fact_labels:
            layout.addWidget(label)
        layout.addStretch(1)
        self._evaluation: Evaluation | None = None
        self.retranslate()

    def show_evaluation(self, evaluation: Evaluation) -> None:
        self._evaluation = evaluation
        fit: AccountFit = evaluation.account(self.account_id)
        best = self.account_id in evaluation.best_setup
        self.meter.show_fit(fit.fit, dimmed=not fit.eligible)
        self.eligibility.setText(self.tr("✓ You can open it") if fit.eligible
                                 else self.tr("✕ Not open to %1").replace("%1", text.term(evaluation.scenario.entity)))
        for label, reason in zip(self.reason_labels, fit.reasons[:REASONS_SHOWN] + (None,) * REASONS_SHOWN):
            label.setText("" if reason is None else f"{_mark(reason)} {text.render_reason(reason, self.pack)}")
            label.setVisible(reason is not None)
        self.badge.setVisible(best)
        self.set_highlighted(best)

    def retranslate(self) -> None:
        self.title.setText(text.account_name(self.pack, self.account_id))
        # What the account type is for: one hover away, so that the panels stay short enough for 1280×720.
        self.title.setToolTip(text.account_role(self.pack, self.account_id))
        self.setAccessibleDescription(text.account_role(self.pack, self.account_id))
        self.badge.setText(self.tr("Best setup"))
        self.facts_title.setText(self.tr("KEY FACTS"))
        for label, fact in zip(self.fact_labels, self.pack.accounts[self.account_id].facts):
            label.setText("· " + text.fact_text(self.pack, fact))
            label.setToolTip(text.fact_source(self.pack, fact))
        self.setAccessibleName(text.account_name(self.pack, self.account_id))
        self.meter.bar.setAccessibleName(self.tr("Fit of %1 out of 100").replace(
            "%1", text.account_name(self.pack, self.account_id)))
        if self._evaluation is not None:
            self.show_evaluation(self._evaluation)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class OptionPanel(Card):
    """Native app or Mini Program: fit, cost over the horizon, cost per user reached."""

    def __init__(self, option_id: str, pack: DataPack, parent: QWidget | None = None):
        super().__init__(parent)
        self.option_id = option_id
        self.pack = pack
        self.setObjectName(f"optionPanel_{option_id}")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self, 1.15, bold=True))
        self.badge = Badge()
        self.badge.hide()
        self.fit = QLabel("–")
        self.fit.setObjectName("fitNumber")
        self.fit.setFont(scaled_font(self, 2.0, bold=True))
        self.out_of = QLabel("/100")
        self.out_of.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.cost = _wrapping_label("totalCost")
        self.cost.setFont(scaled_font(self, 1.0, bold=True))
        self.range = _wrapping_label("costRange")
        self.per_user = _wrapping_label("perUser")
        self.launch = _wrapping_label("launchCost")
        # Compact: the fit sits beside the cost, so both cards fit beside the chart at 1280×720.
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.badge, 0, 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        fit_row = QHBoxLayout()
        fit_row.setSpacing(2)
        fit_row.addWidget(self.fit, 0, Qt.AlignmentFlag.AlignBaseline)
        fit_row.addWidget(self.out_of, 0, Qt.AlignmentFlag.AlignBaseline)
        grid.addLayout(fit_row, 1, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.cost, 1, 1, 1, 2)
        grid.addWidget(self.range, 2, 1, 1, 2)
        grid.addWidget(self.launch, 3, 0, 1, 3)
        grid.addWidget(self.per_user, 4, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(5, 1)
        self._evaluation: Evaluation | None = None
        self.retranslate()

    def show_evaluation(self, evaluation: Evaluation) -> None:
        self._evaluation = evaluation
        avm = evaluation.app_vs_mini_program
        result: OptionResult = avm.option(self.option_id)
        years = evaluation.scenario.horizon_years
        self.fit.setText(str(round(result.fit)))
        self.cost.setText(self.tr("%1 over %2 years").replace("%1", text.money(result.total.likely, self.pack))
                          .replace("%2", str(years)))
        self.range.setText(self.tr("range %1 – %2")
                           .replace("%1", text.money(result.total.low, self.pack))
                           .replace("%2", text.money(result.total.high, self.pack)))
        self.launch.setText(self.tr("First year before users: %1").replace("%1", text.money(result.launch_cost,
                                                                                               self.pack)))
        self.per_user.setText(self.tr("%1 per user reached (%2 users)")
                              .replace("%1", text.money(result.cost_per_user, self.pack))
                              .replace("%2", text.count(result.users_reached)))
        # The full list of reasons is one hover away; the recommendation above states the verdict.
        self.setToolTip("\n".join(f"{_mark(r)} {text.render_reason(r, self.pack)}" for r in result.reasons))
        winner = avm.winner == self.option_id
        self.badge.setVisible(winner)
        self.set_highlighted(winner)

    def retranslate(self) -> None:
        self.title.setText(text.account_name(self.pack, self.option_id))
        self.title.setToolTip(self.tr("An iOS and an Android app") if self.option_id == "native_app"
                              else self.tr("A WeChat Mini Program"))
        self.badge.setText(self.tr("Recommended"))
        self.setAccessibleName(self.title.text())
        if self._evaluation is not None:
            self.show_evaluation(self._evaluation)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
