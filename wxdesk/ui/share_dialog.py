"""File ▸ Share as Image… and Edit ▸ Copy as Image: the long image of the evaluation on screen.

The dialog asks only what changes the image (its width, and whether prices show);
the image itself is drawn by wxdesk.share from the window's own evaluation, words
(language and currency) and the presenter kept in Preferences.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
# The dialog's own parts (QDialogButtonBox, QFileDialog, QMessageBox) are imported where it opens: PySide6
# makes a class, with its enums, the first time it is asked for, and none of them shows at the start.
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QWidget

from wxdesk import settings
from wxdesk.ui import text
from wxdesk.ui.file_actions import can_ask_user, client_file_name, show_error, start_folder

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from wxdesk.share import ImageLayout
    from wxdesk.ui.main_window import MainWindow

SHORTCUT = "Ctrl+Shift+I"


class ShareImageDialog(QDialog):
    """Width and the price-free tick box; Save asks for the file afterwards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox
        super().__init__(parent)
        self.setObjectName("shareImageDialog")
        self.setWindowTitle(self.tr("Share as Image"))
        from wxdesk.share import WIDTHS  # the image code loads when the dialog is first used
        # objectName as a keyword: PySide6 takes any Qt property so, the stubs list only each class's own
        # (typed where the stub refuses the whole call, which would be Any).
        self.width_combo = QComboBox(objectName="shareWidth")  # type: ignore[call-arg]
        for width in reversed(WIDTHS):
            self.width_combo.addItem(self.tr("%1 px").replace("%1", str(width)), width)
        self.no_prices: QCheckBox = QCheckBox(  # type: ignore[call-overload]
            self.tr("Leave out prices (to forward beyond the decision maker)"), objectName="shareNoPrices")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Width:"), self.width_combo)
        form.addRow(self.no_prices)
        form.addRow(buttons)

    def chosen_width(self) -> int:
        return int(self.width_combo.currentData())


class ShareActions(QObject):
    """The actions, and the one place that turns the window's evaluation into the image."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        # objectName as a keyword, as in the dialog above.
        self.share_action: QAction = QAction(window, objectName="shareImageAction")  # type: ignore[call-overload]
        self.share_action.setShortcut(QKeySequence(SHORTCUT))
        self.share_action.triggered.connect(self.share_interactively)
        self.copy_action: QAction = QAction(window, objectName="copyImageAction")  # type: ignore[call-overload]
        self.copy_action.triggered.connect(lambda: self.copy())
        self.retranslate()

    def retranslate(self) -> None:
        self.share_action.setText(self.tr("Share as &Image…"))
        self.share_action.setIconText(self.tr("Share as Image"))
        self.share_action.setToolTip(self.tr("Save a long image of the answer to send in a WeChat chat"))
        self.copy_action.setText(self.tr("Copy as Ima&ge"))
        self.copy_action.setToolTip(self.tr("Copy the long image, ready to paste into WeChat on the desktop"))


    def layout(self, width: int = 1080, no_prices: bool = False) -> ImageLayout:
        from wxdesk.share import layout_image
        document = self.window.document
        return layout_image(document.evaluation, document.pack, text.words(document.pack), width,
                            settings.presenter(), no_prices=no_prices)

    def image(self, width: int = 1080, no_prices: bool = False) -> QImage:
        from wxdesk.share import render_image
        return render_image(self.layout(width, no_prices))

    def suggested_name(self) -> str:
        return client_file_name(self.window.document.scenario, ".png")

    def save_to(self, path: str | Path, width: int = 1080, no_prices: bool = False) -> Path | None:
        if self.window.refuses_without_answer():
            return None
        document = self.window.document
        presenter = settings.presenter()
        inputs = [document.path, document.pack.path, presenter.qr_image or None]
        from wxdesk.share import OutputError, write_image
        from wxdesk.ui.saving import output_error_text
        try:
            written = write_image(self.layout(width, no_prices), path, inputs)
        except OutputError as exc:
            # In the window's words: the exception's own sentence is the command line's, in English.
            refusal = exc  # (`exc` is unbound after this block: the status line writes the message again)
            show_error(self.window, self.tr("Share as Image"), output_error_text(refusal))
            self.window.status_line.say(lambda: output_error_text(refusal), 8000)
            return None
        settings.set_last_folder(written.parent, settings.IMAGES)
        self.window.status_line.say(lambda: self.tr("Image saved to %1.").replace("%1", str(written)), 8000)
        return written

    def share_interactively(self) -> None:
        if not can_ask_user():
            return  # no one to answer a modal dialog (offscreen, the self-test): it would wait forever
        dialog = ShareImageDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        from PySide6.QtWidgets import QFileDialog
        start = start_folder(settings.IMAGES) / self.suggested_name()
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Share as Image"), str(start),
                                              self.tr("PNG image (*.png)"))
        if name:
            if not name.lower().endswith(".png"):
                name += ".png"
            self.save_to(name, dialog.chosen_width(), dialog.no_prices.isChecked())

    def copy(self, width: int = 1080) -> QImage | None:
        if self.window.refuses_without_answer():
            return None
        image = self.image(width)
        QGuiApplication.clipboard().setImage(image)
        self.window.status_line.say(lambda: self.tr("Image copied; paste it into a WeChat chat."), 4000)
        return image


