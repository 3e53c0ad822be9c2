"""The error dialog: a non-modal report of unexpected errors (shown by wxdesk.ui.crash)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)


class ErrorDialog(QDialog):
    """A non-modal report of unexpected errors, with details the user can copy."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.setWindowTitle(self.tr("wxdesk: something went wrong"))
        self.message = QLabel(wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # an error's words quote files and user text
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(readOnly=True)
        self.details.setObjectName("errorDetails")
        self.details.setMinimumSize(520, 200)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self._count = 0
        self._log_path: str | None = ""

    def add_error(self, summary: str, details: str, log_path: str | None) -> None:
        """`log_path` is None where the log could not be written: the dialog then does not send the user to it,
        and asks them to copy the details, which are kept nowhere else."""
        self._count += 1
        self._log_path = log_path
        self.details.appendPlainText(details.rstrip() + "\n")
        if log_path is None:
            self.message.setText(
                self.tr("An unexpected error occurred: %1\n\nYour scenario is safe and the window keeps working. "
                        "The details below could not be saved to a file; use Copy details to keep them.")
                .replace("%1", summary)
                if self._count == 1 else
                self.tr("%1 unexpected errors occurred; the latest: %2\n\nThe details could not be saved to a "
                        "file; use Copy details to keep them.").replace("%1", str(self._count)).replace("%2", summary))
            return
        self.message.setText(
            self.tr("An unexpected error occurred: %1\n\nYour scenario is safe and the window keeps working. "
                    "The details below were also written to %2.").replace("%1", summary).replace("%2", log_path)
            if self._count == 1 else
            self.tr("%1 unexpected errors occurred; the latest: %2\n\nThe details were also written to %3.")
            .replace("%1", str(self._count)).replace("%2", summary).replace("%3", log_path))

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())
