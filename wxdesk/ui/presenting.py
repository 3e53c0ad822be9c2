"""The presenting features on the main window: export the PDF handout, export or copy
the chart, presentation mode, the user guide and accessibility (installed through
wxdesk.ui.features)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from wxdesk import settings
from wxdesk.ui import i18n, text
from wxdesk.ui.export import ChartExportActions
from wxdesk.ui.file_actions import can_ask_user
from wxdesk.ui.presentation import ENTER_KEY, PresentationMode


class ReportExport(QObject):
    """File → Export Report…: the client handout as a PDF, in the window's language."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.action = QAction(window, objectName="exportReportAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.action.triggered.connect(self.export_interactively)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Expor&t Report…"))
        self.action.setToolTip(self.tr("Save a PDF handout for the client, in the current language"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def suggested_name(self) -> str:
        scenario = self.window.document.scenario
        stem = re.sub(r"[^\w\u4e00-\u9fff-]+", "-", scenario.client or scenario.name).strip("-") or "wxdesk"
        return f"{stem}.pdf"

    def export_interactively(self) -> None:
        if not can_ask_user():
            return  # no one to answer a modal file dialog (offscreen, the self-test): it would wait forever
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export report"), self.suggested_name(),
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
            message = self.tr("The report could not be saved to %1.").replace("%1", str(path))
            reason = output_error_text(exc) if isinstance(exc, OutputError) else exc.reason
            if reason:
                message += " (" + reason + ")"
            if can_ask_user():
                QMessageBox.warning(self.window, self.tr("Export report"), message)
            self.window.statusBar().showMessage(message, 8000)
            return None
        message = self.tr("Report saved to %1.").replace("%1", str(path))
        if result.warnings:
            message += " " + self.tr("No font with Chinese characters is installed, so Chinese text may "
                                     "show as empty boxes.")
        self.window.statusBar().showMessage(message, 8000)
        return Path(path)


def install_presenting(window) -> None:
    """Add the handout, chart export and presentation mode to the window's menus and toolbar."""
    i18n.ensure_language_installed()
    window.report_export = ReportExport(window)
    window.chart_export = ChartExportActions(window)
    window.presentation = PresentationMode(window)

    # F11 belongs to presentation mode; plain full screen keeps its other keys.
    full_screen = getattr(window, "full_screen_action", None)
    if full_screen is not None:
        full_screen.setShortcuts([k for k in full_screen.shortcuts() if k != ENTER_KEY])

    window.file_menu.insertActions(_before_quit(window), [window.report_export.action,
                                                          window.chart_export.export_action])
    _add_after(window.edit_menu, getattr(window, "copy_summary_action", None), window.chart_export.copy_action)
    window.view_menu.addAction(window.presentation.action)

    window.toolbar.addAction(window.chart_export.export_action)
    window.toolbar.addAction(window.presentation.action)
    from wxdesk.ui.share_dialog import install_share
    install_share(window)

    # What a client or a new user needs next to presenting: the guide (F1) and keyboard
    # and screen-reader access to the chart and the facts' sources.
    from wxdesk.ui.accessibility import install_accessibility
    from wxdesk.ui.help import install_help
    install_help(window)
    install_accessibility(window)


def _before_quit(window) -> QAction | None:
    """The File menu entry to insert before: the separator above Quit, or Quit, or none."""
    actions = window.file_menu.actions()
    quit_action = getattr(window, "quit_action", None)
    if quit_action not in actions:
        return None
    index = actions.index(quit_action)
    if index > 0 and actions[index - 1].isSeparator():
        return actions[index - 1]
    return quit_action


def _add_after(menu, anchor: QAction | None, action: QAction) -> None:
    """Put `action` right after `anchor` in `menu` (at the end when the anchor is not there)."""
    actions = menu.actions()
    if anchor in actions and actions.index(anchor) + 1 < len(actions):
        menu.insertAction(actions[actions.index(anchor) + 1], action)
    else:
        menu.addAction(action)
