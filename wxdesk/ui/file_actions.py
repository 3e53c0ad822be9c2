"""File ▸ New / Open / Open Recent / Presets / Save / Save As, Edit ▸ Undo / Redo, and the close guard.

Nothing typed into wxdesk may be lost: replacing or closing a modified scenario asks
first (Save / Discard / Cancel), a file that cannot be opened leaves the current work
as it is, and saving is atomic (wxdesk.ui.saving). Every dialog is one small
module-level function (`ask_*`, `show_error`) so tests can replace it.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from wxdesk import settings
from wxdesk.engine import Scenario, ScenarioError, load_preset, read_scenario_file
from wxdesk.engine.reading import plain
from wxdesk.engine.presets import preset_names as read_preset_names, presets_dir
from wxdesk.ui import i18n
from wxdesk.words.words import scenario_name

# The actions exist from the start (the toolbar shows Open, Save, Undo and Redo); what runs behind
# them loads on first use: the atomic save (wxdesk.ui.saving), the file's fingerprint (wxdesk.safe_output,
# with hashlib and OpenSSL), and what a data pack changed since a file was saved (wxdesk.ui.pack_changes,
# with the pack's history).

if TYPE_CHECKING:
    from collections.abc import Callable

    from wxdesk.engine.datapack import DataPack
    from wxdesk.ui.autosave import Autosaver
    from wxdesk.ui.main_window import MainWindow

# The dialogs' classes: PySide6 makes a class, with its enums, the first time it is asked for (QFileDialog
# and QMessageBox some 4 ms), so they are asked for when a dialog first opens, not at the start. The
# functions below read them as this module's names, which tests may replace.
ON_FIRST_USE = {"QFileDialog": "QtWidgets", "QMessageBox": "QtWidgets", "QStandardPaths": "QtCore"}


def __getattr__(name: str) -> Any:  # the module hook (PEP 562)
    if name not in ON_FIRST_USE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib
    value = getattr(importlib.import_module(f"PySide6.{ON_FIRST_USE[name]}"), name)
    globals()[name] = value
    return value


def _qt(name: str) -> Any:
    """A class of ON_FIRST_USE as this module has it (made now if need be)."""
    return globals().get(name) or __getattr__(name)

log = logging.getLogger(__name__)

SAVE, DISCARD, CANCEL, UNATTENDED = "save", "discard", "cancel", "unattended"
OVERWRITE, SAVE_AS = "overwrite", "save_as"


def can_ask_user() -> bool:
    """False where no one could answer a modal dialog: offscreen tests, and `wxdesk --self-test`."""
    return QGuiApplication.platformName() not in ("offscreen", "minimal") and not self_test_running()


def self_test_running() -> bool:
    """`wxdesk --self-test` installs quiet crash hooks (print, no dialogs); its slider moves are not work."""
    from wxdesk.ui import crash
    return crash.is_quiet()


# ------------------------------------------------------------------ dialogs (tests replace these)

def ask_save_changes(parent: QWidget, name: str) -> str:
    """Save, discard or cancel? Unattended (no display), the work is kept for recovery instead."""
    QMessageBox = _qt("QMessageBox")  # noqa: N806 - the class, as the module names it
    if self_test_running():
        return DISCARD
    if not can_ask_user():
        return UNATTENDED
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("FileActions", "Unsaved changes"),
                      QCoreApplication.translate("FileActions", "Save the changes to “%1” first?")
                      .replace("%1", name),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the name is the user's (or a file's): never read as markup
    box.setInformativeText(QCoreApplication.translate("FileActions", "If you don't save, your changes will be lost."))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: SAVE,
            QMessageBox.StandardButton.Discard: DISCARD}.get(QMessageBox.StandardButton(answer), CANCEL)


def ask_open_path(parent: QWidget, folder: Path) -> str | None:
    QFileDialog = _qt("QFileDialog")  # noqa: N806 - the class, as the module names it
    if not can_ask_user():
        return None
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("FileActions", "Open Scenario"), str(folder),
        QCoreApplication.translate("FileActions", "wxdesk scenarios (*.json);;All files (*)"))
    return path or None


def ask_save_path(parent: QWidget, suggested: Path) -> str | None:
    QFileDialog = _qt("QFileDialog")  # noqa: N806 - the class, as the module names it
    if not can_ask_user():
        return None
    dialog = QFileDialog(parent, QCoreApplication.translate("FileActions", "Save Scenario As"), str(suggested.parent),
                         QCoreApplication.translate("FileActions", "wxdesk scenarios (*.json);;All files (*)"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("json")
    dialog.selectFile(suggested.name)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    chosen: str = dialog.selectedFiles()[0]
    return chosen


def ask_overwrite_changed(parent: QWidget, path: Path) -> str:
    """The file changed on disk since it was opened here: OVERWRITE, SAVE_AS or CANCEL?

    With no one to ask, nothing is overwritten (the work stays in the window and its autosave).
    """
    QMessageBox = _qt("QMessageBox")  # noqa: N806 - the class, as the module names it
    if not can_ask_user():
        return CANCEL
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("FileActions", "File changed on disk"),
                      QCoreApplication.translate(
                          "FileActions", "“%1” was changed by another program or window since you opened it. "
                          "Saving now replaces those changes with yours.").replace("%1", plain(str(path))),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    overwrite = box.addButton(QCoreApplication.translate("FileActions", "Replace Their Changes"),
                              QMessageBox.ButtonRole.DestructiveRole)
    save_as = box.addButton(QCoreApplication.translate("FileActions", "Save As…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    clicked = box.clickedButton()
    return OVERWRITE if clicked is overwrite else SAVE_AS if clicked is save_as else CANCEL


def ask_save_failed(parent: QWidget, message: str) -> str:
    """Saving failed (a folder wxdesk may not write in, a full disk): SAVE_AS somewhere else, or CANCEL?

    The way on is offered where the failure is said: with OK alone, a user whose file sits on a read-only disk
    was left to find Save As in the menu, and the close prompt's Save failed the same way again and again.
    With no one to ask, CANCEL: the work stays in the window and its autosave.
    """
    QMessageBox = _qt("QMessageBox")  # noqa: N806 - the class, as the module names it
    log.warning("save failed: %s", message)
    if not can_ask_user():
        return CANCEL
    title = QCoreApplication.translate("FileActions", "Could not save the scenario")
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    save_as = box.addButton(QCoreApplication.translate("FileActions", "Save As…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    return SAVE_AS if box.clickedButton() is save_as else CANCEL


def show_error(parent: QWidget, title: str, message: str) -> None:
    QMessageBox = _qt("QMessageBox")  # noqa: N806 - the class, as the module names it
    log.warning("%s: %s", title, message)
    if not can_ask_user():
        return
    # Messages quote files; a file's text is shown as it is, never as HTML.
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


# ------------------------------------------------------------------ the actions

def shown_name(scenario: Scenario) -> str:
    """The scenario's name as the window shows it: the name every new scenario starts with ("New scenario") in the
    window's language (新场景), any other name as written; "" for a scenario with no name."""
    name = scenario.name.strip()
    return scenario_name(name, QCoreApplication.translate) if name else ""


def stored_name(scenario: Scenario) -> str:
    """The name a scenario is saved under: the one the window shows. A Chinese window showed 新场景 and wrote
    "New scenario" into the file; the name a new scenario starts with is written in the window's language, and any
    other name as it is. (Older files holding "New scenario" still read in the reader's language.)"""
    return shown_name(scenario) or scenario.name


def file_stem(scenario: Scenario) -> str:
    """The one rule for a file name wxdesk suggests (the scenario's JSON, the handout, the long image): the client's
    name where one is given, else the scenario's name as the window shows it; only letters, digits (any script's)
    and hyphens: "EV maker, China owners programme" → "EV-maker-China-owners-programme". (Save suggested
    "New scenario.json" for every business, in English in a Chinese window, so a second one saved over the first.)"""
    for name in (scenario.client, shown_name(scenario),
                 QCoreApplication.translate("ScenarioDocument", "Untitled scenario")):
        stem = re.sub(r"[^\w\u4e00-\u9fff-]+", "-", name).strip("-_")[:80].strip("-_")
        if stem:
            return stem
    return "wxdesk"


def suggested_file_name(scenario: Scenario) -> str:
    """Save As's suggestion: "上海烘焙.json", as the handout is "上海烘焙.pdf" (file_stem)."""
    return client_file_name(scenario, ".json")


def client_file_name(scenario: Scenario, extension: str) -> str:
    """A file name for `scenario` ending in `extension` (".pdf", ".png", ".json"), by file_stem's rule."""
    return f"{file_stem(scenario)}{extension}"


@functools.cache
def preset_names(language: str) -> dict[str, str]:
    """The bundled examples' names by id, in `language`; read once per language, as they come
    with wxdesk and never change while it runs (only their names: an example is validated when opened)."""
    return read_preset_names(language)


def start_folder(kind: str) -> Path:
    """Where a save dialog for a file of `kind` (settings.REPORTS…) starts: where that kind was saved last,
    else Documents; never the process's working folder ("/" when started from a desktop menu)."""
    return settings.last_folder(kind) or documents_folder()


def without_access_letter(menu_text: str) -> str:
    """A menu item's words as a tip says them: "打开(&O)…" → "打开", "Save &As…" → "Save As"."""
    text = re.sub(r"\s*\(&[^&]\)", "", menu_text)  # the Chinese form, the letter in brackets after the words
    text = re.sub(r"&(.)", r"\1", text)  # "&&" is a shown "&"
    return text.removesuffix("…").removesuffix("...").strip()


def documents_folder() -> Path:
    QStandardPaths = _qt("QStandardPaths")  # noqa: N806 - the class, as the module names it
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


class FileActions(QObject):
    """The file and undo actions of one window, and its close guard (an event filter).

    `wxdesk.ui.features.wire` puts the actions in the menus and the toolbar. On closing,
    `autosaver` keeps unsaved work that no one could be asked about, and is cleared otherwise.
    """

    def __init__(self, window: MainWindow, autosaver: Autosaver) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self._autosaver = autosaver
        self._failed_folder: Path | None = None  # where the last save failed: Save As does not start there
        self._build_actions()
        self.retranslate()
        window.installEventFilter(self)
        document = self.document
        document.title_changed.connect(self.update_title)
        document.modified_changed.connect(self.update_title)
        document.path_changed.connect(self.update_title)
        settings.follow(settings.notifier().recent_changed, self, self._rebuild_recent_menu)
        settings.follow(settings.notifier().display_changed, self, self.update_title)
        # (The title is set already: retranslate above set it.)

    # ---------------------------------------------------------------- building

    def _action(self, name: str, slot: Callable[[], object], keys: QKeySequence.StandardKey | str | None = None,
                icon: str | None = None) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcuts(QKeySequence.keyBindings(keys) if isinstance(keys, QKeySequence.StandardKey)
                                else [QKeySequence(keys)])
        if icon and QIcon.hasThemeIcon(icon):
            action.setIcon(QIcon.fromTheme(icon))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action("newAction", self.new_scenario, keys.New, "document-new")
        self.open_action = self._action("openAction", self.open_file, keys.Open, "document-open")
        self.save_action = self._action("saveAction", self.save, keys.Save, "document-save")
        self.save_as_action = self._action("saveAsAction", self.save_as,
                                           keys.SaveAs if QKeySequence.keyBindings(keys.SaveAs) else "Ctrl+Shift+S",
                                           "document-save-as")
        # The recent files are listed as the menu opens (and again when the list changes while it is open): not
        # at the start, where reading the list (twice: here and in retranslate) was work no one saw.
        self.recent_menu = QMenu(self.window)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._rebuild_recent_menu)
        self.clear_recent_action = self._action("clearRecentAction", settings.clear_recent_files)
        # The examples' actions (ten, with no shortcut) are made as their menu first opens, or when first asked
        # for (preset_actions): not before the first paint, where no one can reach them.
        self.presets_menu = QMenu(self.window)
        self.presets_menu.setObjectName("presetsMenu")
        self.presets_menu.aboutToShow.connect(self._build_preset_actions)
        self._preset_actions: dict[str, QAction] | None = None
        stack = self.document.undo_stack
        # The menu's Undo/Redo name the change in the window's language ("Undo Change First-year
        # budget"); the stack's own createUndoAction would keep the words of the language it was made in.
        self.undo_action = self._action("undoAction", stack.undo, keys.Undo, "edit-undo")
        self.redo_action = self._action("redoAction", stack.redo, keys.Redo, "edit-redo")
        # The toolbar gets short "Undo"/"Redo" buttons; the menu items name the change.
        self.undo_tool_action = self._action("undoToolAction", stack.undo, icon="edit-undo")
        self.redo_tool_action = self._action("redoToolAction", stack.redo, icon="edit-redo")
        for action in (self.undo_action, self.undo_tool_action):
            action.setEnabled(stack.canUndo())
            stack.canUndoChanged.connect(action.setEnabled)
        for action in (self.redo_action, self.redo_tool_action):
            action.setEnabled(stack.canRedo())
            stack.canRedoChanged.connect(action.setEnabled)
        # The texts come with the signals: a stack being destroyed still emits, and may not be asked.
        stack.undoTextChanged.connect(self._show_undo_text)
        stack.redoTextChanged.connect(self._show_redo_text)

    @property
    def preset_actions(self) -> dict[str, QAction]:
        """The actions of the examples' menu, by the example's id (made on first use: see _build_actions)."""
        return self._build_preset_actions()

    def _build_preset_actions(self) -> dict[str, QAction]:
        if self._preset_actions is None:
            self._preset_actions = {}
            for preset_id in preset_names("en"):
                action = self._action(f"preset_{preset_id}", functools.partial(self.open_preset, preset_id))
                action.setData(preset_id)
                self._preset_actions[preset_id] = action
                self.presets_menu.addAction(action)
            self._name_preset_actions()
        return self._preset_actions

    def _name_preset_actions(self) -> None:
        names = preset_names(i18n.current_language())
        for preset_id, action in (self._preset_actions or {}).items():
            action.setText(names.get(preset_id, preset_id).replace("&", "&&"))

    def retranslate(self) -> None:
        self.new_action.setText(QCoreApplication.translate("FileActions", "&New"))
        self.new_action.setToolTip(QCoreApplication.translate("FileActions", "Start a new scenario from your defaults"))
        self.open_action.setText(QCoreApplication.translate("FileActions", "&Open…"))
        self.save_action.setText(QCoreApplication.translate("FileActions", "&Save"))
        # Toolbar buttons take the icon text: without it Qt shows the menu's mnemonic, "打开(O)".
        self.open_action.setIconText(QCoreApplication.translate("FileActions", "Open"))
        self.save_action.setIconText(QCoreApplication.translate("FileActions", "Save"))
        self.save_as_action.setText(QCoreApplication.translate("FileActions", "Save &As…"))
        # And the tips too: Qt makes a tip from the menu's text, access letter and all ("打开(O)"). Made from the texts
        # just set: made before Save As's, its tip stayed "Save As" beside 另存为(&A)… after a switch to Chinese.
        for action in (self.open_action, self.save_action, self.save_as_action):
            action.setToolTip(without_access_letter(action.text()))
        self.recent_menu.setTitle(QCoreApplication.translate("FileActions", "Open &Recent"))
        self.clear_recent_action.setText(QCoreApplication.translate("FileActions", "&Clear List"))
        self.presets_menu.setTitle(QCoreApplication.translate("FileActions", "Open &Example"))
        self._name_preset_actions()  # (those made: the others are named as they are made)
        # The menu's Undo/Redo texts come from the stack ("Undo Change First-year budget").
        self.undo_tool_action.setText(QCoreApplication.translate("FileActions", "Undo"))
        self.redo_tool_action.setText(QCoreApplication.translate("FileActions", "Redo"))
        self._update_undo_tips()
        if self.recent_menu.actions():  # (listed already: else it is listed as it opens)
            self._rebuild_recent_menu()
        self.update_title()  # "Untitled scenario" in the new language

    def _update_undo_tips(self) -> None:
        # The history's steps first: their names are what the menu and the tips show.
        self.document.retranslate_history()
        self._show_undo_text(self.document.undo_stack.undoText())
        self._show_redo_text(self.document.undo_stack.redoText())

    def _show_undo_text(self, undo: str) -> None:
        self.undo_action.setText(QCoreApplication.translate("FileActions", "&Undo %1").replace("%1", undo)
                                 if undo else QCoreApplication.translate("FileActions", "&Undo"))
        self.undo_tool_action.setToolTip(QCoreApplication.translate("FileActions", "Undo: %1").replace("%1", undo)
                                         if undo else QCoreApplication.translate("FileActions", "Nothing to undo"))

    def _show_redo_text(self, redo: str) -> None:
        self.redo_action.setText(QCoreApplication.translate("FileActions", "&Redo %1").replace("%1", redo)
                                 if redo else QCoreApplication.translate("FileActions", "&Redo"))
        self.redo_tool_action.setToolTip(QCoreApplication.translate("FileActions", "Redo: %1").replace("%1", redo)
                                         if redo else QCoreApplication.translate("FileActions", "Nothing to redo"))

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = settings.recent_files()
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name.replace('&', '&&')}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
        if recent:
            self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent_action)
        self.clear_recent_action.setEnabled(bool(recent))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is not self.window or event.type() != QEvent.Type.Close:
            return False
        try:
            return self._on_close(event)
        except Exception as exc:  # noqa: BLE001 - said to the user; never out of Qt's virtual
            # An exception out of eventFilter is no answer Qt can take: the window closed with the work unsaved,
            # and the process died. The window stays open instead (its work autosaved), and the error is shown.
            from wxdesk.ui import crash
            self._autosaver.save_now()
            crash.handle_exception(exc)
            event.ignore()
            return True

    def _on_close(self, event: QEvent) -> bool:
        answer = self._ask_to_keep_changes()
        if answer == CANCEL:
            event.ignore()
            return True
        if answer == UNATTENDED:
            # No one to ask: keep the unsaved work where the next start will offer it.
            self._autosaver.save_now()
        else:
            self._autosaver.clear()
        return False

    # ---------------------------------------------------------------- title

    def update_title(self, *_args: object) -> None:
        self.window.setWindowTitle(self.document.title())
        self.window.setWindowModified(self.document.is_modified)

    # ---------------------------------------------------------------- commands

    def _ask_to_keep_changes(self) -> str:
        """SAVE (done), DISCARD, UNATTENDED or CANCEL; SAVE that fails counts as CANCEL."""
        if not self.document.is_modified:
            return DISCARD
        answer = ask_save_changes(self.window, self.document.file_or_display_name())
        if answer == SAVE and not self.save():
            return CANCEL
        return answer

    def may_replace(self) -> bool:
        """True when the current scenario may be replaced (saved, discarded, or unchanged)."""
        return self._ask_to_keep_changes() != CANCEL

    def new_scenario(self) -> bool:
        if not self.may_replace():
            return False
        self.document.load(settings.new_scenario_defaults())
        return True

    def open_file(self) -> bool:
        folder = self.document.path.parent if self.document.path else (settings.last_folder() or documents_folder())
        path = ask_open_path(self.window, folder)
        return self.open_path(path) if path else False

    def open_path(self, path: str | Path) -> bool:
        """Open a scenario file; a bad one is refused with a message and the current work stays."""
        path = Path(path)
        # The fingerprint of the bytes about to be read, taken before the question about unsaved changes: taken
        # after it, a file someone saved while the question was open gave the fingerprint of bytes never read, and
        # the next save replaced their change without asking. (Written between this and the read, the file is
        # newer than its fingerprint: the next save asks once too often, never once too few.)
        read_fingerprint = _fingerprint(path)
        try:
            scenario = read_scenario_file(path, self.document.pack.figures)
        except ScenarioError as exc:
            log.info("%s refused: %s", path, exc)  # the engine's sentence, with the details, for the log
            show_error(self.window, QCoreApplication.translate("FileActions", "Could not open the scenario"),
                       QCoreApplication.translate("FileActions", "%1\n\nYour current scenario is unchanged.")
                       .replace("%1", refused_file_text(exc, self.document.pack)))
            if not path.exists():
                settings.remove_recent_file(path)
            return False
        why = self.document.why_not_computable(scenario)
        if why is not None:
            # Loaded, it showed its own name and figures beside the previous scenario's answer, which Export
            # and Save then wrote out as the file's: refused whole instead, as a file that cannot be read is.
            log.info("%s refused: cannot be computed (%s)", path, why)
            show_error(self.window, QCoreApplication.translate("FileActions", "Could not open the scenario"),
                       QCoreApplication.translate(
                           "FileActions", "wxdesk cannot compute an answer for “%1” with the figures it sets (%2). "
                           "Correct those figures in the file, or open another one.\n\n"
                           "Your current scenario is unchanged.")
                       .replace("%1", plain(path.name)).replace("%2", why))
            return False
        if not self.may_replace():
            return False
        self.document.load(scenario, path, fingerprint=read_fingerprint)
        settings.add_recent_file(path)
        settings.set_last_folder(path.absolute().parent)
        self._status(lambda: QCoreApplication.translate("FileActions", "Opened %1").replace("%1", str(path)))
        from wxdesk.ui.pack_changes import announce_changes
        announce_changes(self.window, can_ask_user())  # saved with an older pack: what changed since
        return True

    def open_recent(self, path: Path) -> bool:
        return self.open_path(path)

    def open_preset(self, preset_id: str) -> bool:
        """Open a bundled example as a new, unsaved scenario: saving asks for a new file."""
        try:
            scenario = load_preset(preset_id, i18n.current_language())
        except ScenarioError as exc:
            log.warning("example %s refused: %s", preset_id, exc)
            # A file that comes with wxdesk: nothing the user did, and nothing they can correct but the install.
            show_error(self.window, QCoreApplication.translate("FileActions", "Could not open the example"),
                       broken_example_text(preset_id))
            return False
        if not self.may_replace():
            return False
        self.document.load(scenario)
        # The example named as the Example menu names it, in the language the message is written in.
        self._status(lambda: QCoreApplication.translate(
            "FileActions", "Opened the example “%1”; Save keeps your copy, the example stays as it was.")
                     .replace("%1", preset_names(i18n.current_language()).get(preset_id) or scenario.name))
        return True

    def save(self) -> bool:
        if self.document.path is None or _is_preset_file(self.document.path):
            return self.save_as()
        if self._changed_on_disk(self.document.path):
            answer = ask_overwrite_changed(self.window, self.document.path)
            if answer == SAVE_AS:
                return self.save_as()
            if answer != OVERWRITE:
                return False
        return self.save_to(self.document.path)

    def _changed_on_disk(self, path: Path) -> bool:
        """Whether someone else wrote the file since this window opened or saved it (or, for work restored
        from an autosave, since the session that autosaved it did; UNKNOWN_FINGERPRINT: may have, if it exists)."""
        known = self.document.disk_fingerprint
        if known is None:
            return False
        now = _fingerprint(path)
        return now is not None and now != known

    def save_as(self) -> bool:
        chosen = ask_save_path(self.window, self._save_folder() / suggested_file_name(self.document.scenario))
        if not chosen:
            return False
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".json")
        return self.save_to(path)

    def _save_folder(self) -> Path:
        """Where Save As starts: the file's folder, else the last one used, else Documents; never a folder
        where saving has just failed or wxdesk may not write (offered again, it fails again)."""
        current = self.document.path
        candidates = [current.parent if current and not _is_preset_file(current) else None,
                      settings.last_folder(), documents_folder()]
        for folder in candidates:
            if folder is not None and folder != self._failed_folder and _may_write_in(folder):
                return folder
        return documents_folder()

    def save_to(self, path: str | Path) -> bool:
        path = Path(path)
        if _is_preset_file(path):
            show_error(self.window, QCoreApplication.translate("FileActions", "Could not save the scenario"),
                       QCoreApplication.translate(
                           "FileActions",
                           "The bundled examples are kept as they are; save your scenario under another name."))
            return False
        from wxdesk.ui.saving import SaveError, save_scenario
        try:
            # The file records the pack it was saved with, so that opening it later can say what changed.
            saved = save_scenario(replace(self.document.scenario, saved_with_pack=self.document.pack.released,
                                          name=stored_name(self.document.scenario)), path,
                                  self._files_read())
        except SaveError as exc:
            # Nothing is lost (the scenario stays open, and autosaved); Save As is offered where it failed.
            self._failed_folder = path.absolute().parent
            return ask_save_failed(self.window, str(exc)) == SAVE_AS and self.save_as()
        self._failed_folder = None
        self.document.mark_saved(saved)
        self.document.disk_fingerprint = _fingerprint(saved)
        settings.add_recent_file(saved)
        settings.set_last_folder(saved.parent)
        self._status(lambda: QCoreApplication.translate("FileActions", "Saved %1").replace("%1", str(saved)))
        return True

    def _files_read(self) -> list[tuple[str, str | Path]]:
        """The files this window reads, which no save may replace: the data pack in use, and the imported
        pack's place (the next start reads it)."""
        from wxdesk.engine.packs import user_pack_path
        return [("the data pack in use", self.document.pack.path), ("the imported data pack", user_pack_path())]

    def _status(self, write: Callable[[], str]) -> None:
        """Say in the status bar what `write` writes, in the window's language (again after a switch)."""
        self.window.status_line.say(write, 5000)


def broken_example_text(preset_id: str) -> str:
    """Why a bundled example cannot be opened, in the window's language (the Example box and Compare say it alike)."""
    return (QCoreApplication.translate(
        "FileActions", "The example “%1” could not be opened: its file, which comes with wxdesk, "
        "is missing or damaged. Installing wxdesk again puts it back.")
        .replace("%1", preset_names(i18n.current_language()).get(preset_id, preset_id)))


def refused_file_text(exc: Exception, pack: DataPack | None = None) -> str:
    """Why a scenario file was refused, in plain words in the window's language.

    The engine's own sentence is the command line's (English, for people who read JSON); a file read
    through wxdesk.engine.files also carries the problem's kind, which the words layer says.
    """
    problem = getattr(exc, "problem", None)
    if problem is None:
        return str(exc)
    from wxdesk.ui import text
    from wxdesk.words.file_problems import file_problem_text
    return file_problem_text(problem, text.words(pack))


# The fingerprint of a file whose bytes, as the work began from them, are not known (restored from an autosave
# written before autosaves kept the fingerprint): it matches no file, so a save over one that exists asks first.
UNKNOWN_FINGERPRINT = "unknown"


def _fingerprint(path: Path) -> str | None:
    from wxdesk.safe_output import fingerprint
    return fingerprint(path)


def _may_write_in(folder: Path) -> bool:
    try:
        return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)
    except OSError:
        return False


def _is_preset_file(path: Path) -> bool:
    try:
        return Path(path).resolve().parent == presets_dir().resolve()
    except (OSError, RuntimeError):  # RuntimeError: a loop of symbolic links
        return False


PROBLEM_STYLE = "color: #b3261e; font-weight: bold;"


class ProblemNotice(QLabel):
    """A line in the status bar while the scenario as edited cannot be evaluated, saying why."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("evaluationProblem")  # (not as a keyword: see wxdesk.ui.controls._named)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.hide()
        window.statusBar().addWidget(self, 1)
        window.document.problem_changed.connect(self.show_problem)
        self.show_problem(window.document.problem)

    def show_problem(self, problem: str | None) -> None:
        if problem and not self.styleSheet():
            # Its look is set as it first has something to say: a style sheet gives a widget a style of its own
            # (Qt's style-sheet style, with the sheet parsed), work a start without a problem does not need.
            self.setStyleSheet(PROBLEM_STYLE)
        self.setText("⚠ " + problem if problem else "")
        self.setToolTip(problem or "")
        self.setVisible(bool(problem))
