"""The presenting actions of the main window: export the PDF handout, export or copy the chart.

The actions exist from the start; the PDF code and the chart export module load when one
is first used (wxdesk.ui.features puts the actions in the menus).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QAction, QKeySequence

from wxdesk import settings
from wxdesk.ui import text
from wxdesk.ui.file_actions import can_ask_user, client_file_name, show_error, start_folder

if TYPE_CHECKING:
    from wxdesk.ui.main_window import MainWindow


class ReportExport(QObject):
    """File → Export Report…: the client handout as a PDF, in the window's language."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("exportReportAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.action.triggered.connect(self.export_interactively)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Expor&t Report…"))
        self.action.setToolTip(self.tr("Save a PDF handout for the client, in the current language"))

    def suggested_name(self) -> str:
        return client_file_name(self.window.document.scenario, ".pdf")

    def export_interactively(self) -> None:
        if not can_ask_user():
            return  # no one to answer a modal file dialog (offscreen, the self-test): it would wait forever
        # Made by PySide6 (with its enums) when first asked for: when a dialog first opens, not at the start.
        from PySide6.QtWidgets import QFileDialog
        start = start_folder(settings.REPORTS) / self.suggested_name()
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export Report"), str(start),
                                              self.tr("PDF document (*.pdf)"))
        if name:
            if not name.lower().endswith(".pdf"):
                name += ".pdf"
            self.export_to(name)

    def export_to(self, path: str | Path) -> Path | None:
        from wxdesk.report.command import is_complete_pdf
        from wxdesk.report.handout import ReportError, write_report
        from wxdesk.safe_output import OutputError, write_with
        from wxdesk.ui.saving import output_error_text
        if self.window.refuses_without_answer():
            return None
        document = self.window.document
        results = []
        try:
            # Through a private folder beside the target: the open scenario and the pack are never written.
            # The evaluation on screen: the handout shows what the client has just seen.
            write_with(path, lambda temp: results.append(write_report(
                document.evaluation, document.pack, temp, text.words(document.pack), settings.presenter())),
                (document.path, document.pack.path), is_complete_pdf)
            result = results[0]
        except (ReportError, OutputError) as exc:
            refusal = exc  # (`exc` is unbound after this block: the status line writes the message again)

            def refused() -> str:
                # A refusal of the target is said as Save and Share as Image say it, whole: after "could not be
                # saved to /sys/方案.pdf。" it had stood in brackets, naming the file again
                # ("。 (wxdesk 无法写入 /sys/方案.pdf…)").
                if isinstance(refusal, OutputError):
                    return text.words(document.pack).sentences([self.tr("The report could not be saved."),
                                                                output_error_text(refusal)])
                return (self.tr("The report could not be saved to %1 (%2).").replace("%2", refusal.reason)
                        if refusal.reason else self.tr("The report could not be saved to %1.")).replace("%1", str(path))
            show_error(self.window, self.tr("Export Report"), refused())
            self.window.status_line.say(refused, 8000)  # (after the box: for its time once the box is closed)
            return None
        settings.set_last_folder(Path(path).absolute().parent, settings.REPORTS)

        def saved() -> str:
            message = self.tr("Report saved to %1.").replace("%1", str(path))
            if result.warnings:
                message += " " + self.tr("No font with Chinese characters is installed, so Chinese text may "
                                         "show as empty boxes.")
            return message
        self.window.status_line.say(saved, 8000)
        return Path(path)


class ChartExportActions(QObject):
    """File → Export chart…, Edit → Copy chart, and the toolbar button."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.export_action = QAction(window)
        self.export_action.setObjectName("exportChartAction")
        self.export_action.triggered.connect(self.export_interactively)
        self.copy_action = QAction(window)
        self.copy_action.setObjectName("copyChartAction")
        self.copy_action.triggered.connect(self.copy)
        self.retranslate()

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("Export C&hart…"))
        # The toolbar shows the icon text: without it Qt would show "(&H)" mnemonics as "(H)".
        self.export_action.setIconText(self.tr("Export Chart"))
        self.export_action.setToolTip(self.tr("Save the chart as a PNG image or an SVG drawing for slides"))
        self.copy_action.setText(self.tr("Copy C&hart"))
        self.copy_action.setToolTip(self.tr("Copy the chart as a picture, ready to paste into slides"))

    def export_interactively(self) -> None:
        from PySide6.QtWidgets import QDialog, QFileDialog  # (as in ReportExport)

        from wxdesk.ui.export import ExportChartDialog
        dialog = ExportChartDialog(self.window)
        if not can_ask_user() or dialog.exec() != QDialog.DialogCode.Accepted:
            return
        start = start_folder(settings.CHARTS) / "wxdesk-chart.png"
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export Chart"), str(start),
                                              self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if name:
            self.export_to(name, dialog.chosen_size())

    def export_to(self, name: str | Path, size: QSize | None = None) -> Path | None:
        """Write the chart to `name` (PNG or SVG by its extension); a refusal is said in a box and the status bar."""
        from wxdesk.ui.export import PRESENTATION_SIZE, ExportError, export_chart
        if self.window.refuses_without_answer():
            return None
        document = self.window.document
        try:
            written = export_chart(self.window.chart, name, size or PRESENTATION_SIZE,
                                   inputs=(document.path, document.pack.path))
        except ExportError as exc:
            show_error(self.window, self.tr("Export Chart"), str(exc))
            self.window.statusBar().showMessage(str(exc), 8000)
            return None
        settings.set_last_folder(written.parent, settings.CHARTS)
        self.window.status_line.say(lambda: self.tr("Chart saved to %1.").replace("%1", str(name)), 5000)
        return written

    def copy(self) -> None:
        from wxdesk.ui.export import copy_chart
        if self.window.refuses_without_answer():
            return
        copy_chart(self.window.chart)
        self.window.status_line.say(lambda: self.tr("Chart copied to the clipboard."), 4000)
