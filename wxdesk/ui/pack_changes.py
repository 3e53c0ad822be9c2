"""On opening a scenario saved with an older data pack: which of the pack's changes touch it,
and how its answer moved.

The changes come from the pack's changelog (wxdesk.engine.changelog), the older answer
from the pack put back as it was (wxdesk.engine.pack_history), the sentences from the
words layer (wxdesk.words.pack_moves); this module only says them, once, in the window's
language: a line in the status bar, and a message box where someone can answer one (it
does not block: the scenario is already open behind it).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from wxdesk.engine.changelog import Change
from wxdesk.engine.datapack import DataPackError
from wxdesk.engine.figure_limits import ComputationError, computed
from wxdesk.engine.pack_history import AnswerMoved, changes_to_tell, moved_since_saved
from wxdesk.ui import text
from wxdesk.words.pack_moves import change_text, effect_text, overall_text

if TYPE_CHECKING:
    from wxdesk.ui.document import ScenarioDocument
    from wxdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

STATUS_MS = 20_000  # long enough to read one sentence after the file has opened


def summary_text(saved_with: str, count: int) -> str:
    template = (QCoreApplication.translate("PackChanges", "Saved with the data pack of %1; one change since "
                                                          "touches this scenario.") if count == 1 else
                QCoreApplication.translate("PackChanges", "Saved with the data pack of %1; %2 changes since "
                                                          "touch this scenario."))
    return template.replace("%1", saved_with).replace("%2", str(count))


def folded_text(count: int) -> str:
    """The line that says how many more changes the box's details hold."""
    template = (QCoreApplication.translate("PackChanges", "One more change touches this scenario without moving "
                                                          "its answer: Show Details lists it.") if count == 1 else
                QCoreApplication.translate("PackChanges", "%1 more changes touch this scenario without moving "
                                                          "its answer: Show Details lists them."))
    return template.replace("%1", str(count))


def show_changes(parent: QWidget, summary: str, details: list[str], folded: list[str]) -> None:
    """The changes in a message box that does not block (tests replace this).

    `details` are shown; `folded` (the changes that did not move the answer, when some did)
    wait behind Show Details, so that the box stays within a laptop's screen.
    """
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("PackChanges", "What changed since this scenario was saved"),
                      summary, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("packChangesBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    shown = ["• " + d for d in details] + ([folded_text(len(folded))] if folded else [])
    box.setInformativeText("\n\n".join(shown))
    if folded:
        box.setDetailedText("\n\n".join("• " + d for d in folded))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def _moved(document: ScenarioDocument) -> AnswerMoved | None:
    """How the open scenario's answer moved since its pack, or None when that cannot be said."""
    try:
        return computed(lambda: moved_since_saved(document.scenario, document.pack, current=document.evaluation))
    except (DataPackError, ComputationError, ValueError) as exc:
        # The changes are still listed; only how the answer moved goes unsaid.
        log.warning("the older pack's answer was not worked out: %s", exc)
    except Exception:  # the file is open: no comparison is worth losing the window over
        log.exception("the older pack's answer was not worked out")
    return None


def announce_changes(window: MainWindow, can_ask: bool) -> tuple[Change, ...]:
    """Say which pack changes touch the scenario just opened, and how its answer moved; returns
    the changes (none: nothing said).

    `can_ask`: whether someone could answer a message box (else the status bar alone says it).
    """
    document = window.document
    scenario = document.scenario
    moved = _moved(document)
    try:
        changes = changes_to_tell(scenario, document.pack, document.evaluation.plan.presences, moved)
    except DataPackError as exc:  # an imported pack whose file went away: the file is open all the same
        log.warning("changelog not read: %s", exc)
        return ()
    if not changes:
        return ()
    words = text.words(document.pack)
    summary = summary_text(words.pack_date(scenario.saved_with_pack), len(changes))
    if moved is not None:
        summary += "\n\n" + overall_text(moved, words, changes)
    details: list[str] = []
    folded: list[str] = []
    movers = [c for c in changes if moved is not None and (effect := moved.effect(c)) is not None and effect.moved]
    for change in changes:
        effect = moved.effect(change) if moved is not None else None
        said = change_text(change, words) + ("" if effect is None else "\n→ " + effect_text(effect, words))
        # When some changes moved the answer, they are shown and the others fold away.
        (details if not movers or change in movers else folded).append(said)
    log.info("%s %s", summary, " | ".join(c.what for c in changes))
    # The status bar holds one line: every sentence after the other.
    lines = [summary, *details, *folded]
    window.statusBar().showMessage(" ".join(part for line in lines for part in line.split("\n") if part), STATUS_MS)
    if can_ask:
        show_changes(window, summary, details, folded)
    return changes
