"""Help ▸ User Guide (F1): the offline guide, in the window's language, in a QTextBrowser.

The guide is plain HTML under resources/help (guide_en.html, guide_zh_CN.html): no
browser, no network. It opens beside the window (not modal), so a user can read it
while trying what it says, and follows a language change while open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
# The guide's parts (QTextBrowser, QDialogButtonBox, QUrl) are imported where it opens: PySide6 makes a
# class, with its enums, the first time it is asked for, and the guide never shows at the start.
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from wxdesk.paths import resource_path
from wxdesk.ui import i18n

if TYPE_CHECKING:
    from pathlib import Path

    from wxdesk.ui.main_window import MainWindow


def guide_path(language: str) -> Path:
    """The guide in `language`, else the English one."""
    path = resource_path("help", f"guide_{language}.html")
    return path if path.is_file() else resource_path("help", "guide_en.html")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser
        super().__init__(parent)
        self.setObjectName("userGuide")
        # PySide6 takes any Qt property as a keyword; its stub lists only the class's own, not QObject's objectName.
        self.browser = QTextBrowser(objectName="userGuideText")  # type: ignore[call-arg]
        self.browser.setOpenExternalLinks(False)  # offline: links inside the guide only
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.language: str | None = None
        self.resize(760, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("wxdesk User Guide"))
        self.browser.setAccessibleName(self.tr("User guide"))
        language = i18n.current_language()
        if language != self.language:
            self.language = language
            path = guide_path(language)
            from PySide6.QtCore import QUrl
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(path)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class HelpGuide(QObject):
    """The User Guide action (F1), and the guide window it opens (wxdesk.ui.features puts it in Help)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: GuideDialog | None = None
        # objectName as a keyword, as for QTextBrowser above (typed: a call the stub refuses would be Any).
        self.action: QAction = QAction(window, objectName="userGuideAction")  # type: ignore[call-overload]
        self.action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
                                 or [QKeySequence(Qt.Key.Key_F1)])
        # The window carries the action too, so F1 works in presentation mode with the menus hidden.
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.show_guide)
        window.addAction(self.action)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("User &Guide"))
        self.action.setToolTip(self.tr("What the numbers mean, how to present, and how wxdesk decides (F1)"))

    def show_guide(self) -> GuideDialog:
        if self.dialog is None:
            self.dialog = GuideDialog(self.window)
        self.dialog.retranslate()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog
