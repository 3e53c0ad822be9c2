"""Edit ▸ Preferences: display currency and exchange rates, language, defaults for new scenarios.

Amounts are always stored and computed in CNY; the currency only changes how they
are shown. Changes apply when the dialog is accepted; views follow
`settings.notifier().display_changed` and Qt's LanguageChange event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QResizeEvent, QShowEvent, QValidator
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox,
                               QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from wxdesk import settings
from wxdesk.engine import DataPack, Scenario
from wxdesk.presenter import Presenter
from wxdesk.ui import i18n
# (Loaded already: wxdesk.settings reads these from it, and does not export them again.)
from wxdesk.words import CURRENCIES, RATE_FIGURES

if TYPE_CHECKING:
    from wxdesk.ui.main_window import MainWindow

SYSTEM_LANGUAGE = ""
RATE_DECIMALS = 4  # the finest a rate is stored and typed (PreferencesDialog.apply rounds to it)


def rate_text(value: float) -> str:
    """A rate as the dialog writes it, in its box and beside it: to four decimals at most, without trailing zeros
    ("7", "7.8", "7.1234"). The box read "7.0000 CNY" beside "data pack: 7", two ways of writing one rate."""
    return f"{value:.{RATE_DECIMALS}f}".rstrip("0").rstrip(".") or "0"


class RateBox(QDoubleSpinBox):
    """A rate in CNY, written as rate_text writes it (Qt's box writes every decimal it takes: "7.0000")."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        return rate_text(value)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt override
        typed = text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip().replace(",", "")
        try:
            return float(typed)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Digits and one point, as rate_text writes them (Qt's own check reads them in the system's locale, where
        "7.8" may be seven thousand eight hundred or nothing at all)."""
        typed = text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
        whole, _point, decimals = typed.partition(".")
        if not (whole + decimals).isdigit() and typed not in ("", "."):
            return QValidator.State.Invalid, text, pos
        if len(decimals) > RATE_DECIMALS:
            return QValidator.State.Invalid, text, pos
        if typed in ("", ".") or not self.minimum() <= float(typed) <= self.maximum():
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class PreferencesDialog(QDialog):
    """The controls read the stored settings when built and write them back in `apply()`."""

    def __init__(self, pack: DataPack, current_scenario: Scenario | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._pack = pack
        self._current = current_scenario
        self._defaults_action: str | None = None  # "current", "reset" or None

        # objectName as a keyword: PySide6 takes any Qt property so, the stubs list only each class's own
        # (typed where the stub refuses the whole call, which would be Any).
        self.currency_combo = QComboBox(objectName="currencyCombo")  # type: ignore[call-arg]
        for code in CURRENCIES:
            self.currency_combo.addItem(code, code)
        self.currency_combo.setCurrentIndex(CURRENCIES.index(settings.currency()))
        self.rate_boxes: dict[str, QDoubleSpinBox] = {}
        self.rate_resets: dict[str, QPushButton] = {}  # each rate's Reset, enabled where it would change the rate
        money = QGroupBox(self.tr("Money"))
        money_form = QFormLayout(money)
        money_form.addRow(self.tr("Show amounts in:"), self.currency_combo)
        for code, figure in RATE_FIGURES.items():
            box = RateBox(objectName=f"rate{code}")  # type: ignore[call-arg]
            box.setDecimals(RATE_DECIMALS)
            box.setRange(0.0001, 1000.0)
            box.setSingleStep(0.01)
            box.setSuffix(" CNY")
            box.setValue(settings.rate(code, pack))
            self.rate_boxes[code] = box
            source = pack.figures[figure]
            # (The rate the box goes back to, written as the box writes it.)
            hint = QLabel(self.tr("data pack: %1 (%2)").replace("%1", rate_text(settings.default_rate(code, pack)))
                          .replace("%2", source.source_date))
            hint.setToolTip(source.source)
            reset = QPushButton(self.tr("Reset"))
            reset.clicked.connect(lambda _checked=False, b=box, c=code: b.setValue(settings.default_rate(c, pack)))
            self.rate_resets[code] = reset
            box.valueChanged.connect(lambda _value=0.0, c=code: self._enable_reset(c))
            self._enable_reset(code)
            row = QHBoxLayout()
            row.addWidget(box)
            row.addWidget(hint, 1)
            row.addWidget(reset)
            money_form.addRow(self.tr("1 %1 =").replace("%1", code), row)
        note = QLabel(self.tr("Amounts are stored in CNY; the currency and rates only change how they are shown."),
                      wordWrap=True)
        money_form.addRow(note)

        self.language_combo = QComboBox(objectName="languageCombo")  # type: ignore[call-arg]
        self.language_combo.addItem(self.tr("System language"), SYSTEM_LANGUAGE)
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        chosen = settings.language() or SYSTEM_LANGUAGE
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(chosen)))
        language = QGroupBox(self.tr("Language"))
        QFormLayout(language).addRow(self.tr("Interface and handouts:"), self.language_combo)

        defaults = QGroupBox(self.tr("New scenarios"))
        defaults_layout = QVBoxLayout(defaults)
        self.defaults_label: QLabel = QLabel(wordWrap=True, objectName="defaultsLabel")  # type: ignore[call-overload]
        self.use_current_button = QPushButton(self.tr("Start new scenarios like the current one"))
        self.use_current_button.setEnabled(current_scenario is not None)
        self.use_current_button.clicked.connect(lambda: self._choose_defaults("current"))
        self.reset_defaults_button = QPushButton(self.tr("Start new scenarios from wxdesk's defaults"))
        self.reset_defaults_button.clicked.connect(lambda: self._choose_defaults("reset"))
        defaults_layout.addWidget(self.defaults_label)
        defaults_layout.addWidget(self.use_current_button)
        defaults_layout.addWidget(self.reset_defaults_button)
        self._show_defaults(settings.new_scenario_defaults())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        presenter = self._presenter_group()
        for group in (money, language, defaults, presenter):
            layout.addWidget(group)
        layout.addWidget(buttons)

    def _enable_reset(self, code: str) -> None:
        """A rate's Reset enabled only where the box holds another rate than the data pack's (as apply() tells them
        apart): pressed at the pack's rate, it did nothing."""
        self.rate_resets[code].setEnabled(not self._at_pack_rate(code))

    def _at_pack_rate(self, code: str) -> bool:
        value = round(self.rate_boxes[code].value(), RATE_DECIMALS)
        return abs(value - settings.default_rate(code, self._pack)) < 5e-5

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._keep_content_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._keep_content_height()

    def _keep_content_height(self) -> None:
        """Never shorter than its content at its width: Qt's least height for a dialog counts each wrapped label at
        its least height, not at the height its width needs (the money note, at 1366×768 in English, got 20 of its
        28 px and lost its second line)."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needs = layout.totalHeightForWidth(self.width())
        if needs != self.minimumHeight():
            self.setMinimumHeight(needs)  # (Qt makes the dialog this tall if it is shorter)

    def _choose_defaults(self, action: str) -> None:
        self._defaults_action = action
        self._show_defaults(self._current if action == "current" and self._current else Scenario())

    def _show_defaults(self, scenario: Scenario) -> None:
        words = i18n.words(self._pack)
        goals = words.join([words.term("goal:" + g) for g in scenario.goals]) or self.tr("none")
        self.defaults_label.setText(
            self.tr("New scenarios start with a budget of %1, %2 monthly users, a horizon of %3 years "
                    "and these goals: %4.")
            .replace("%1", words.money(scenario.budget_cny))
            .replace("%2", words.count(scenario.audience))
            .replace("%3", str(scenario.horizon_years)).replace("%4", goals))

    def _presenter_group(self) -> QGroupBox:
        """Who presents: printed on the handout's cover and footer and at the foot of the long image."""
        stored = settings.presenter()
        group = QGroupBox(self.tr("Presenter"))
        form = QFormLayout(group)
        self.presenter_boxes: dict[str, QLineEdit] = {}
        for field, label in (("name", self.tr("Name:")), ("company", self.tr("Company:")),
                             ("contact", self.tr("Contact:"))):
            box: QLineEdit = QLineEdit(getattr(stored, field),  # type: ignore[call-overload]  # (objectName=)
                                       objectName=f"presenter_{field}")
            box.setMaxLength(settings.MAX_PRESENTER_TEXT)
            self.presenter_boxes[field] = box
            form.addRow(label, box)
        self.qr_box: QLineEdit = QLineEdit(stored.qr_image,  # type: ignore[call-overload]  # (objectName=)
                                           objectName="presenter_qr_image")
        self.qr_box.setPlaceholderText(self.tr("optional: your WeChat contact card as an image"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_qr)
        row = QHBoxLayout()
        row.addWidget(self.qr_box, 1)
        row.addWidget(browse)
        form.addRow(self.tr("QR code image:"), row)
        return group

    def _choose_qr(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("QR code image"), self.qr_box.text(),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if name:
            self.qr_box.setText(name)

    def apply(self) -> None:
        """Store what the dialog shows; signals make the views redraw."""
        settings.set_presenter(Presenter(**{f: b.text() for f, b in self.presenter_boxes.items()},
                                         qr_image=self.qr_box.text()))
        for code, box in self.rate_boxes.items():
            settings.set_rate(code, None if self._at_pack_rate(code) else round(box.value(), RATE_DECIMALS))
        settings.set_currency(self.currency_combo.currentData())
        if self._defaults_action == "current" and self._current is not None:
            settings.set_new_scenario_defaults(self._current)
        elif self._defaults_action == "reset":
            settings.set_new_scenario_defaults(None)
        language: str | None = self.language_combo.currentData() or None  # (its own name: `code` is a currency's)
        if language != settings.language():
            settings.set_language(language)
            i18n.set_language(language or i18n.system_language())

    def accept(self) -> None:
        self.apply()
        super().accept()


def open_preferences(window: MainWindow) -> PreferencesDialog:
    """Show the dialog without blocking; it applies itself when accepted."""
    dialog = PreferencesDialog(window.document.pack, window.document.scenario, window)
    dialog.setModal(True)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
