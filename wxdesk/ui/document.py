"""The open scenario: one source of truth that views edit and observe.

Views call `update(field=value)`; the document validates through the engine's
Scenario, re-evaluates, and emits `changed(evaluation)` so every view redraws
from the same Evaluation. No view holds business state of its own.

Every edit goes through a QUndoStack, one command per edit. A slider calls
`begin_drag(field)` when pressed and `end_drag()` when released; the updates in
between merge into one command, so one drag is one undo step. The stack's clean
state is the "saved" state: `is_modified` is simply "not clean".

An edit the model cannot compute (figures that divide by zero together, say) is kept,
and stays undoable, and so is a recovered autosave of such a scenario: the user's figures
are never lost. `scenario_changed` still tells the controls, which show them, but there is
no answer (`answer` is None): `problem` holds the reason in one sentence and
`problem_changed` tells the window, which shows no answer rather than the last good one,
an answer of other figures. (`evaluation` stays the last good one for the views that
are only hidden meanwhile.) An exception must not
escape from here: an undo command runs inside Qt, where it would end the program.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import logging
import re
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from wxdesk.engine import DataPack, Evaluation, Scenario, answer_cache, load_datapack
from wxdesk.engine.figure_limits import ComputationError, computed
from wxdesk.engine.recent import kept as kept_recently
from wxdesk.words.words import scenario_name

log = logging.getLogger(__name__)

# QUndoCommand.id() must be non-negative to allow merging; one id for all edits.
_EDIT_COMMAND_ID = 4711
_drag_numbers = itertools.count(1)
# The answers to the scenarios the window showed last, kept: a drag that comes back over values it
# passed (back and forth to compare), an undo or a redo shows an answer found before without asking
# the engine again. An answer is some 60 kB; a drag of a slider from end to end passes some 60 values.
RECENT_ANSWERS = 128


@functools.cache
def _evaluator() -> Callable[[Scenario, DataPack], Evaluation]:
    # The evaluator, with NumPy, loads with the first answer the engine works out: a window that starts
    # from a kept answer paints its first frame without either. Kept, so that a slider move does not
    # import it again (an import statement, even of a loaded module, goes through PySide6's hook).
    from wxdesk.engine.evaluator import evaluate
    return evaluate


def control_caption(field_name: str) -> str | None:
    """The caption of the window's control that sets `field_name`, with its access letter ("Users won through a&ds",
    "通过广告获取的用户比例(&D)"), in the current language; None for a field no control names so.

    The one place these names are written: the controls show them, and the Compare window's rows and Edit ▸ Undo
    name the field by them (field_label). The rows read "Share of users won through ads" beside a slider named
    "Users won through ads". (The session length and the horizon are named with their units there, "Horizon
    (years)", where their values are bare numbers; the client's box has a colon.)"""
    # Spelled out so that lupdate sees each one, in the controls' context.
    captions = {
        "budget_cny": QCoreApplication.translate("ScenarioControls", "First-year &budget"),
        "audience": QCoreApplication.translate("ScenarioControls", "Monthly &users"),
        "china_share": QCoreApplication.translate("ScenarioControls", "On WeChat in mainland &China"),
        "paid_share": QCoreApplication.translate("ScenarioControls", "Users won through a&ds"),
        "pushes_per_month": QCoreApplication.translate("ScenarioControls", "&Messages a month"),
        "entity": QCoreApplication.translate("ScenarioControls", "&Registered as"),
        "live_by": QCoreApplication.translate("ScenarioControls", "Must be l&ive by"),
    }
    return captions.get(field_name)


_ACCESS_LETTER_AFTER = re.compile(r"\s*[(（]&[^&\s][)）]")  # "(&D)" after a Chinese caption


def without_access_letter(caption: str) -> str:
    """A caption as the user reads it: "Users won through a&ds" → "Users won through ads", "注册主体(&R)" →
    "注册主体"."""
    return _ACCESS_LETTER_AFTER.sub("", caption).replace("&&", "\0").replace("&", "").replace("\0", "&")


def field_label(field_name: str) -> str:
    """A scenario field's name for people ("First-year budget"), in the current language: the name of the control
    that sets it, as the user reads it there (control_caption), where it has one."""
    caption = control_caption(field_name)
    if caption is not None:
        return without_access_letter(caption)
    # Spelled out so that lupdate sees each one; the English matches engine.compare.FIELD_LABELS (the command
    # line's and the file problems' names, translated in the context "fields").
    labels = {
        "name": QCoreApplication.translate("fields", "Name"),
        "budget_cny": QCoreApplication.translate("fields", "First-year budget"),
        "interaction_minutes": QCoreApplication.translate("fields", "Session length (minutes)"),
        "audience": QCoreApplication.translate("fields", "Monthly users"),
        "china_share": QCoreApplication.translate("fields", "On WeChat in mainland China"),
        "pushes_per_month": QCoreApplication.translate("fields", "Messages a month"),
        "goals": QCoreApplication.translate("fields", "Goals"),
        "needs": QCoreApplication.translate("fields", "Special needs"),
        "horizon_years": QCoreApplication.translate("fields", "Horizon (years)"),
        "entity": QCoreApplication.translate("fields", "Registered as"),
        "paid_share": QCoreApplication.translate("fields", "Users won through ads"),
        "live_by": QCoreApplication.translate("fields", "Must be live by"),
        "client": QCoreApplication.translate("fields", "Client"),
        "notes": QCoreApplication.translate("fields", "Notes"),
        "overrides": QCoreApplication.translate("fields", "Changed data-pack figures"),
    }
    if field_name in labels:
        return labels[field_name]
    # The comparison module, with its dataclasses, loads here (an undo entry's name, the compare dialog):
    # the first frame has no use for it. (The rest, "Saved with the data pack of", translated as `wxdesk compare`
    # translates it: words.comparison.field_name.)
    from wxdesk.engine.compare import FIELD_LABELS
    label = FIELD_LABELS.get(field_name)
    return field_name if label is None else QCoreApplication.translate("fields", label)


def _why_text(why: str) -> str:
    texts = {
        "divide": QCoreApplication.translate("ScenarioDocument", "a calculation would divide by zero"),
        "overflow": QCoreApplication.translate("ScenarioDocument", "a result grows beyond any finite number"),
        "nesting": QCoreApplication.translate("ScenarioDocument", "the calculation nests too deeply"),
    }
    return texts.get(why, QCoreApplication.translate("ScenarioDocument", "a calculation has no defined result"))


def _problem_text(why: str) -> str:
    return QCoreApplication.translate(
        "ScenarioDocument", "wxdesk cannot compute an answer with these figures (%1). Correct the figures this "
        "scenario sets (View ▸ Assumptions) or the controls, or undo the last change.") \
        .replace("%1", why)


class _EditCommand(QUndoCommand):
    """Replace the scenario with another; successive updates of one slider drag merge.

    `describe` says what the edit changed in the current language: the Edit menu names the
    change, and names it again in another language after a switch (`retranslate`).
    """

    def __init__(self, document: ScenarioDocument, before: Scenario, after: Scenario,
                 describe: Callable[[], str], drag: int | None):
        super().__init__(describe())
        self._document = document
        self.before = before
        self.after = after
        self.drag = drag
        self.describe = describe

    def retranslate(self) -> None:
        self.setText(self.describe())

    def id(self) -> int:
        return _EDIT_COMMAND_ID if self.drag is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, _EditCommand) or other.drag != self.drag:
            return False
        self.after = other.after
        # Dragging back to where it started leaves nothing to undo.
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        self._document._apply(self.after)

    def undo(self) -> None:
        self._document._apply(self.before)


class ScenarioDocument(QObject):
    """The open scenario, its evaluation, its file and its undo history.

    Signals: `changed(evaluation)` after every change of the scenario that has an answer;
    `scenario_changed(scenario)` after every change of the scenario, with an answer or not;
    `path_changed(path or None)`; `modified_changed(bool)`; `title_changed(str)`.
    """

    changed = Signal(object)  # Evaluation
    scenario_changed = Signal(object)  # Scenario
    path_changed = Signal(object)  # Path | None
    modified_changed = Signal(bool)
    title_changed = Signal(str)
    pack_changed = Signal(object)  # DataPack
    problem_changed = Signal(object)  # str | None: why the scenario as edited has no evaluation

    def __init__(self, scenario: Scenario | None = None, pack: DataPack | None = None,
                 parent: QObject | None = None, *, kept_answer: bool = False):
        """`kept_answer`: start from the answer kept from an earlier start for this very scenario and
        pack, where there is one (wxdesk.engine.answer_cache), until `confirm_kept_answer`; the window's
        first frame is then painted before NumPy loads. Else the engine works the answer out now."""
        super().__init__(parent)
        self._pack = pack or load_datapack()
        self._scenario = scenario or Scenario()
        self._problem: str | None = None
        self._answers: OrderedDict[tuple[str, dt.date | None], Evaluation] = OrderedDict()
        kept = answer_cache.recall(self._scenario, self._pack) if kept_answer else None
        # The answer shown is the kept one, not yet asked of the engine again.
        self._unconfirmed = kept is not None
        # The start's answer as the engine gave it, to keep for the next start (keep_start_answer).
        self._to_keep: Evaluation | None = None
        if kept is not None:
            self._evaluation = kept
        else:
            evaluation = self._evaluate(self._scenario)
            # With nothing shown yet, the defaults are the last good answer.
            self._evaluation = evaluation if evaluation is not None else _evaluator()(Scenario(), self._pack)
            if kept_answer and evaluation is not None:
                self._to_keep = evaluation
        self._path: Path | None = None
        # What the file held when it was opened or saved (wxdesk.safe_output.fingerprint):
        # a save notices when another program or window changed it since.
        self.disk_fingerprint: str | None = None
        self._drag: tuple[int, str] | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)
        self.title_changed.emit(self.title())

    # ------------------------------------------------------------------ state

    @property
    def pack(self) -> DataPack:
        return self._pack

    @property
    def scenario(self) -> Scenario:
        return self._scenario

    @property
    def evaluation(self) -> Evaluation:
        return self._evaluation

    @property
    def answer(self) -> Evaluation | None:
        """The evaluation of the scenario as it is, or None while it cannot be computed (see `problem`): what an
        export or a summary may say. `evaluation` is then the last good one, of other figures."""
        return None if self._problem else self._evaluation

    @property
    def problem(self) -> str | None:
        """Why the scenario as edited cannot be evaluated: the window then shows no answer."""
        return self._problem

    @property
    def path(self) -> Path | None:
        """The file this scenario was opened from or saved to; None for a new or preset scenario."""
        return self._path

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        name = self._scenario.name.strip()
        if name:  # (the name every new scenario starts with in the window's language, as every output writes it)
            return scenario_name(name, QCoreApplication.translate)
        if self._path is not None:
            return self._path.stem
        return QCoreApplication.translate("ScenarioDocument", "Untitled scenario")

    def named(self) -> str:
        """The scenario as the window names it: "West Lake Tea House · Spring launch", the client's name first when
        there is one; the client's name alone where the scenario keeps the name every new one starts with (the title
        and the question about unsaved changes read "New scenario" for West Lake Tea House, whose Save As suggested
        "West-Lake-Tea-House.json": file_actions.file_stem); else the scenario's own name (display_name)."""
        client = self._scenario.client.strip()
        if not client:
            return self.display_name()
        if self._scenario.name.strip() in ("", Scenario.name):
            return client
        return f"{client} · {self.display_name()}"

    def title(self) -> str:
        """The window title: the scenario as the window names it (named), after the file's name when the scenario
        has a file (a title bar cut at its end still names it; after Save As "mine.json" the title named only the
        example the scenario started from); `[*]` is where Qt shows the unsaved-changes mark."""
        if self._path is not None:
            return f"{self._path.name}[*] — {self.named()} — wxdesk"
        return f"{self.named()}[*] — wxdesk"

    def file_or_display_name(self) -> str:
        """What a question about the open scenario names it by: its file's name where it has one ("mine.json"),
        else the scenario as the window names it (named: the client's, for a new scenario for a client)."""
        return self._path.name if self._path is not None else self.named()

    # ------------------------------------------------------------------ editing

    def set_scenario(self, scenario: Scenario, describe: Callable[[], str] | None = None) -> None:
        """Replace the whole scenario as one undoable edit (e.g. "reset to defaults"); `describe`: the edit's name in
        the current language, where the caller knows it better than "Change scenario" (a figure of the Assumptions
        table: Edit ▸ Undo read "Undo Change scenario" for one)."""
        self._push(scenario, describe or (lambda: QCoreApplication.translate("ScenarioDocument", "Change scenario")),
                   drag=None)

    def update(self, **fields: Any) -> None:
        """Change some scenario fields (validated like a file; raises ScenarioError)."""
        after = self._scenario.with_changes(**fields)
        drag = None
        if self._drag is not None and set(fields) == {self._drag[1]}:
            drag = self._drag[0]
        names = tuple(fields)
        # The controls' names quoted, as the user reads them on the controls: "Undo Change “Users won
        # through ads”", 修改“通过广告获取的用户比例” (a capitalised name read as part of the sentence:
        # "Undo Change Share of users won through ads").
        self._push(after, lambda: QCoreApplication.translate("ScenarioDocument", "Change %1").replace(
            "%1", ", ".join(f"“{field_label(f)}”" for f in names)), drag)

    def begin_drag(self, field_name: str) -> None:
        """Updates of `field_name` until `end_drag()` become one undo step."""
        self._drag = (next(_drag_numbers), field_name)

    def end_drag(self) -> None:
        self._drag = None

    def _push(self, after: Scenario, describe: Callable[[], str], drag: int | None) -> None:
        if after == self._scenario:
            return
        self.undo_stack.push(_EditCommand(self, self._scenario, after, describe, drag))

    def retranslate_history(self) -> None:
        """Every step of the undo history named again in the current language."""
        for index in range(self.undo_stack.count()):
            command = self.undo_stack.command(index)
            if isinstance(command, _EditCommand):
                command.retranslate()

    def confirm_kept_answer(self) -> None:
        """Ask the engine for the answer shown from the kept one (once; nothing to do for an answer the
        engine gave). Where the two differ, which they never should, the engine's is shown and kept."""
        if not self._unconfirmed:
            return
        self._unconfirmed = False
        evaluation = self._evaluate(self._scenario)
        if evaluation is None:  # problem_changed has said why; the kept answer stays the last good one
            return
        same = evaluation == self._evaluation
        # The engine's own from now on, either way: what it keeps for the next move goes with it.
        self._evaluation = evaluation
        if not same:
            log.warning("the answer kept from an earlier start differs from the engine's; showing the engine's")
            self._to_keep = evaluation
            self.changed.emit(evaluation)

    def keep_start_answer(self) -> None:
        """Keep the answer the engine gave at the start for the next start (once; written to the cache
        folder, so called when the window has nothing more urgent to do)."""
        evaluation, self._to_keep = self._to_keep, None
        if evaluation is not None:
            answer_cache.remember(evaluation, self._pack)

    def _apply(self, scenario: Scenario) -> None:
        self._unconfirmed = False  # the answer shown from now on is the engine's
        renamed = (scenario.name, scenario.client) != (self._scenario.name, self._scenario.client)
        self._scenario = scenario
        evaluation = self._evaluate(scenario)
        # The controls first, with an answer or without: a recovered autosave the model cannot compute showed
        # the previous scenario's figures in the controls while Save wrote its own.
        self.scenario_changed.emit(scenario)
        if evaluation is not None:
            self._evaluation = evaluation
            self.changed.emit(self._evaluation)
        if renamed:
            self.title_changed.emit(self.title())

    def why_not_computable(self, scenario: Scenario) -> str | None:
        """Why wxdesk cannot compute `scenario` with this pack, in a few words ("a calculation would divide by
        zero"), or None when it can. The document is unchanged; an answer found is kept for when it is loaded."""
        _evaluation, why = self._answer(scenario)
        return why

    def _evaluate(self, scenario: Scenario) -> Evaluation | None:
        """The evaluation, or None with `problem` set to the reason; never raises."""
        evaluation, why = self._answer(scenario)
        problem = _problem_text(why) if why is not None else None
        if problem != self._problem:
            self._problem = problem
            self.problem_changed.emit(problem)
        return None if problem else evaluation

    def _answer(self, scenario: Scenario) -> tuple[Evaluation | None, str | None]:
        """(the evaluation, None), or (None, why it cannot be computed in a few words); never raises."""
        # The answer follows the scenario, the pack (the memo is emptied with a new one) and, for a
        # scenario to be live by a date, the day (engine.evaluator's `today`). A repr is the whole
        # scenario, overrides and all; equal reprs are equal scenarios.
        key = (repr(scenario), dt.date.today() if scenario.live_by else None)
        try:
            return kept_recently(self._answers, key, lambda: computed(lambda: _evaluator()(scenario, self._pack)),
                                 RECENT_ANSWERS), None
        except ComputationError as exc:
            log.warning("evaluation failed: %s", exc)
            return None, _why_text(exc.why)
        except Exception as exc:  # the window must outlive any evaluation (logged with its traceback)
            log.exception("evaluation failed")
            return None, exc.__class__.__name__

    def set_pack(self, pack: DataPack) -> None:
        """Evaluate with another data pack from now on (an imported one); not an undoable edit.

        The scenario's overrides must name figures of `pack`; drop the others first.
        """
        if pack is self._pack:
            return
        self._pack = pack
        self._answers.clear()  # found with the other pack
        self._unconfirmed = False
        evaluation = self._evaluate(self._scenario)
        if evaluation is not None:
            self._evaluation = evaluation
        self.pack_changed.emit(pack)
        self.changed.emit(self._evaluation)

    # ------------------------------------------------------------------ files

    def load(self, scenario: Scenario, path: str | Path | None = None, *, modified: bool = False,
             fingerprint: str | None = None) -> None:
        """Start afresh on `scenario` (opened, new, preset or recovered): the history is cleared.

        `modified` marks work that is not saved anywhere yet, such as a recovered autosave. `fingerprint`: the
        bytes of the file at `path` as the work began from them (safe_output.fingerprint), for a save over it to
        notice that someone else wrote it since; None where the work began from no file.
        """
        self._drag = None
        self.disk_fingerprint = fingerprint
        was_modified = self.is_modified
        self.undo_stack.clear()  # leaves the stack clean
        self._set_path(path)
        self._apply(scenario)
        if modified:
            # The clean state becomes unreachable until the next save.
            self.undo_stack.resetClean()
        if was_modified == self.is_modified:
            self.title_changed.emit(self.title())

    def mark_saved(self, path: str | Path) -> None:
        """The scenario as it is now was written to `path`."""
        self._set_path(path)
        self.undo_stack.setClean()
        self.title_changed.emit(self.title())

    def _set_path(self, path: str | Path | None) -> None:
        new = Path(path).absolute() if path is not None else None
        if new != self._path:
            self._path = new
            self.path_changed.emit(new)
