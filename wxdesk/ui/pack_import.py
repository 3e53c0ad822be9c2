"""File ▸ Import Data Pack…: take a newer data pack, or go back to the bundled one.

The engine validates the file in full before anything is copied (wxdesk.engine.packs);
a refused file leaves the pack in use and the scenario exactly as they were. A pack
that is accepted is used at once: the open scenario is evaluated again with it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from wxdesk import errors
from wxdesk.engine import DataPackError
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.packs import import_pack, is_imported, remove_imported_pack
from wxdesk.engine.scenario import Scenario, without_override
from wxdesk.errors import FileProblem
from wxdesk.ui import text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from wxdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _tr(source: str) -> str:
    return QCoreApplication.translate("DataPack", source)


def pack_description(pack: DataPack) -> str:
    """One line for the About box and the report: which data pack the figures come from.

    "Data pack of 24 November 2026 (bundled with wxdesk): WeChat presence and app-vs-Mini-Program figures"
    """
    line = _tr("Data pack of %1 (imported): %2") if is_imported(pack) else \
        _tr("Data pack of %1 (bundled with wxdesk): %2")
    return line.replace("%1", _date(pack)).replace("%2", pack_title(pack))


def pack_title(pack: DataPack) -> str:
    """The pack's title in the window's language.

    A pack's `title` is English, and a pack has no title in Chinese yet (its figures' labels and its accounts'
    facts have their `_zh` twins; the title has none): the Chinese window says what every pack is, in its own
    words, rather than an English title inside a Chinese sentence.
    """
    from wxdesk.ui import i18n
    if not i18n.is_chinese():
        return pack.title
    return _tr("WeChat presence and app-vs-Mini-Program figures")


def _date(pack: DataPack) -> str:
    """The pack's release as every page writes a date ("24 November 2026", "2026年11月24日")."""
    return text.words(pack).pack_date(pack.released)


def ask_pack_path(parent: QWidget) -> str:
    """The file dialog, behind one function so that tests can replace it."""
    # Made by PySide6 (with its enums) when first asked for: when a dialog first opens, not at the start.
    from PySide6.QtWidgets import QFileDialog
    path, _filter = QFileDialog.getOpenFileName(parent, _tr("Import Data Pack"), "",
                                                _tr("wxdesk data packs (*.toml);;All files (*)"))
    return path


def tell(parent: QWidget, title: str, message: str, warning: bool = False) -> QMessageBox:
    """A non-blocking message box (it never waits inside a test or a slot)."""
    from PySide6.QtWidgets import QMessageBox  # (as for the file dialog)
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                      title, message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes the pack's own text
    box.setObjectName("dataPackMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def without_unknown_overrides(scenario: Scenario, figures: Mapping[str, object]) -> tuple[Scenario, list[str]]:
    """`scenario` without its changes to figures that `figures` (a data pack's) lacks, and those figures' ids.

    The one way a scenario meets a pack it was not made with: a pack imported under it, an autosave restored
    (wxdesk.ui.recovery)."""
    unknown = [fid for fid in scenario.overrides if fid not in figures]
    for fid in unknown:
        scenario = without_override(scenario, fid)
    return scenario, unknown


def use_pack(window: MainWindow, pack: DataPack) -> list[str]:
    """Evaluate the open scenario with `pack` from now on; the views follow the document's pack_changed. The ids of
    the figures the scenario had changed that `pack` lacks, whose changes are dropped (dropped_text says so)."""
    document = window.document
    scenario, unknown = without_unknown_overrides(document.scenario, pack.figures)
    if unknown:
        # The undo history names figures the new pack lacks, so it cannot be replayed:
        # start it afresh, with the scenario marked as changed.
        # (The file is the one it was: a save over it still notices that someone else wrote it meanwhile.)
        document.load(scenario, document.path, modified=True, fingerprint=document.disk_fingerprint)
        log.info("dropped overrides of figures the new data pack lacks: %s", ", ".join(unknown))
    document.set_pack(pack)
    return unknown


def plan_change_text(was: tuple[str, ...], now: tuple[str, ...]) -> str:
    """The sentence that says the plan changed with the pack ("" where it did not): an import that turned the plan
    from WeCom + native app to Mini Program + WeCom said only which pack was now used."""
    if was == now:
        return ""
    return _tr("The plan is now %1; it was %2.").replace("%1", text.plan_name(now)).replace(
        "%2", text.plan_name(was))


def _switch_to(window: MainWindow, pack: DataPack, message: str) -> tuple[str, str]:
    """Use `pack` (use_pack), and say `message` in the status bar with how the plan changed: (that change, the changes
    to figures dropped), each in a sentence, "" for none (plan_change_text, dropped_text)."""
    was = _plan(window)
    dropped = dropped_text(use_pack(window, pack))
    changed = plan_change_text(was, _plan(window))
    window.statusBar().showMessage(text.sentences(part for part in (message, changed) if part), 8000)
    return changed, dropped


def _plan(window: MainWindow) -> tuple[str, ...]:
    """The plan the window shows (the last answer's, while the scenario has none)."""
    return window.document.evaluation.plan.presences


def dropped_text(dropped: list[str]) -> str:
    """The sentence that says which of the scenario's changes to figures a pack change dropped ("" for none): an
    import said only "Now using the data pack of …", and the changes were gone unsaid (the log had them)."""
    if not dropped:
        return ""
    return _tr("Your scenario's changes to %1 were dropped: this data pack has no such figures.").replace(
        "%1", figure_ids(dropped))


def figure_ids(dropped: Sequence[str]) -> str:
    """Figures a data pack lacks, named by their ids (it has no label for them): “a”, “b” and “c”."""
    from wxdesk.engine.reading import plain
    return text.join(f"“{plain(fid)}”" for fid in dropped)


class PackImportActions(QObject):
    """File ▸ Import Data Pack… and File ▸ Use the Data Pack That Came with wxdesk."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._document = window.document
        # (objectName=: PySide6 takes any Qt property as a keyword; QAction's stub names only some of its own.)
        self.import_action = QAction(window, objectName="importDataPackAction")  # type: ignore[call-overload]
        self.import_action.triggered.connect(lambda: import_data_pack(window))
        self.bundled_action = QAction(window, objectName="useBundledDataPackAction")  # type: ignore[call-overload]
        self.bundled_action.triggered.connect(lambda: use_bundled_pack(window))
        self.retranslate()

    def update_enabled(self) -> None:
        """Going back to the bundled pack makes sense only while an imported one is in use."""
        self.bundled_action.setEnabled(is_imported(self._document.pack))

    def retranslate(self) -> None:
        # The translation context of these texts predates this class.
        # ("&I" is Share as Image's in the same menu.)
        self.import_action.setText(QCoreApplication.translate("_AssumptionsFeature", "Import &Data Pack…"))
        self.import_action.setStatusTip(QCoreApplication.translate(
            "_AssumptionsFeature", "Use a newer data pack file; a file that fails the checks is refused and "
                                   "nothing changes"))
        self.bundled_action.setText(QCoreApplication.translate("_AssumptionsFeature",
                                                               "Use the Data Pack That Came &with wxdesk"))


def import_data_pack(window: MainWindow, path: str | None = None) -> DataPack | None:
    """Ask for a file (unless given), import it and use it; None when refused or cancelled."""
    path = path if path is not None else ask_pack_path(window)
    if not path:
        return None
    try:
        pack = import_pack(path)
    except DataPackError as exc:
        log.warning("data pack refused: %s", exc)  # the engine's sentence, for whoever reads the log
        from wxdesk.words.file_problems import file_problem_text
        said = file_problem_text(pack_problem(Path(path), exc), text.words(window.document.pack))
        tell(window, _tr("Data pack not imported"), _tr("wxdesk keeps the data pack it has.") + "\n\n" + said,
             warning=True)
        return None
    message = _tr("Now using the data pack of %1.").replace("%1", _date(pack))
    changed, dropped = _switch_to(window, pack, message)
    tell(window, _tr("Data pack imported"),
         "\n\n".join(part for part in (pack_description(pack), message, changed, dropped) if part),
         warning=bool(dropped))
    return pack


def pack_problem(path: Path, refusal: DataPackError) -> FileProblem:
    """Why `path` was refused, as a kind the window says in its own language.

    The engine gives the kind where it refuses the pack (wxdesk.engine.datapack, wxdesk.engine.packs), with
    the entry and the name it may have meant; a refusal it gives none is said in general terms.
    """
    return refusal.problem or FileProblem(errors.PACK_INVALID, str(path))


def announce_pack_fallback(window: MainWindow, notice: str | None) -> None:
    """At start: if the imported pack could no longer be used, say once that the bundled one is used.

    `notice` comes from resolving the pack the window starts with (engine.packs.resolve_active_pack),
    which moves the unusable file aside, so the next start is silent.
    """
    if notice:
        window.status_line.say(lambda: _tr("Using the data pack that comes with wxdesk."), 15000)
        tell(window, _tr("Imported data pack set aside"), _set_aside_text(window.document.pack), warning=True)


def _set_aside_text(bundled: DataPack) -> str:
    """The notice in the window's language: the engine's (logged at start) is English, and quotes the
    loader's reason, which only someone editing the pack's file can use."""
    from wxdesk.engine.packs import SET_ASIDE_NAME, user_pack_path
    from wxdesk.engine.reading import plain
    imported = user_pack_path()
    said = _tr("The data pack imported earlier cannot be used any more (it is damaged, or this version of wxdesk "
               "no longer accepts it), so wxdesk uses the one that came with it, of %1.").replace("%1", _date(bundled))
    if imported.exists():  # it could not be moved aside, so it will be found again at the next start
        then = _tr("Delete %1 to stop this message.").replace("%1", plain(str(imported)))
    else:
        then = _tr("The file was moved to %1, should you want to look at it.") \
            .replace("%1", plain(str(imported.with_name(SET_ASIDE_NAME))))
    return text.words(bundled).sentences([said, then])


def use_bundled_pack(window: MainWindow) -> DataPack:
    pack = remove_imported_pack()
    message = _tr("Now using the data pack of %1 that comes with wxdesk.").replace("%1", _date(pack))
    changed, dropped = _switch_to(window, pack, message)
    if dropped or changed:  # (otherwise the status bar says it: going back is no news, unless the plan changed)
        tell(window, _tr("Data pack changed"), "\n\n".join(part for part in (message, changed, dropped) if part),
             warning=bool(dropped))
    return pack
