"""On opening a scenario saved with an older data pack: which of the pack's changes touch it.

The changes come from the pack's changelog (wxdesk.engine.changelog); this module only
says them, once, in the window's language: a line in the status bar, and a message box
where someone can answer one (it does not block: the scenario is already open behind it).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from wxdesk.engine.changelog import Change, changes_since_saved
from wxdesk.engine.datapack import DataPackError
from wxdesk.ui import text

log = logging.getLogger(__name__)

STATUS_MS = 20_000  # long enough to read one sentence after the file has opened


def change_text(change: Change) -> str:
    """"WeCom can take payments. Why it matters: …" in the window's language."""
    chinese = text.is_chinese()
    what, why = (change.what_zh, change.why_zh) if chinese else (change.what, change.why)
    return QCoreApplication.translate("PackChanges", "%1 Why it matters: %2").replace("%1", what).replace("%2", why)


def summary_text(saved_with: str, count: int) -> str:
    template = (QCoreApplication.translate("PackChanges", "Saved with the data pack of %1; one change since "
                                                          "touches this scenario.") if count == 1 else
                QCoreApplication.translate("PackChanges", "Saved with the data pack of %1; %2 changes since "
                                                          "touch this scenario."))
    return template.replace("%1", saved_with).replace("%2", str(count))


def show_changes(parent: QWidget, summary: str, details: list[str]) -> None:
    """The changes in a message box that does not block (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("PackChanges", "What changed since this scenario was saved"),
                      summary, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("packChangesBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText("\n\n".join("• " + d for d in details))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def announce_changes(window, can_ask: bool) -> tuple[Change, ...]:
    """Say which pack changes touch the scenario just opened; returns them (none: nothing said).

    `can_ask`: whether someone could answer a message box (else the status bar alone says it).
    """
    document = window.document
    scenario = document.scenario
    try:
        changes = changes_since_saved(scenario, document.pack, document.evaluation.plan.presences)
    except DataPackError as exc:  # an imported pack whose file went away: the file is open all the same
        log.warning("changelog not read: %s", exc)
        return ()
    if not changes:
        return ()
    summary = summary_text(scenario.saved_with_pack, len(changes))
    details = [change_text(c) for c in changes]
    log.info("%s %s", summary, " | ".join(c.what for c in changes))
    window.statusBar().showMessage(summary + " " + " ".join(details), STATUS_MS)
    if can_ask:
        show_changes(window, summary, details)
    return changes
