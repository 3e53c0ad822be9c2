"""Reading a scenario file, with one plain sentence for every way it can be wrong.

The sentence is the command line's, in English. The error carries the problem's kind as well
(wxdesk.errors.FileProblem), which the window says in the user's language.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from wxdesk import errors
from wxdesk.engine.reading import MAX_FILE_BYTES, UnreadableFile, plain, read_bounded, unreadable_problem
from wxdesk.engine.scenario import FIELD_NAMES, SCENARIO_FORMAT, SCENARIO_VERSION, Scenario, ScenarioError, \
    repeated_key, saved_as_utf16, scenario_from_json, unique_keys
from wxdesk.errors import FileProblem


class ScenarioFileError(ScenarioError):
    """A scenario file refused: the message as before, and `problem`, its kind, for the window."""

    def __init__(self, message: str, field_name: str, problem: FileProblem):
        super().__init__(message, field_name)
        self.problem = problem

    def __reduce__(self) -> tuple[type[ScenarioFileError], tuple[str, str, FileProblem]]:
        # Whole across processes (a batch's workers): an exception is rebuilt from its args alone.
        return type(self), (str(self), self.field, self.problem)


def read_scenario_file(path: str | Path, known_figures: Mapping[str, Any] | None = None,
                       named: str | None = None) -> Scenario:
    """The scenario of the file `path`, or ScenarioFileError. A problem with what it holds is said of the file's
    name, or of `named` where given: the command line names it by its path as typed ("q1/b.json"), so that two
    files of one name in two folders are told apart."""
    path = Path(path)
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except UnreadableFile as exc:
        raise ScenarioFileError(str(exc), "", unreadable_problem(path, exc, MAX_FILE_BYTES)) from None
    try:
        return scenario_from_json(data, known_figures)
    except ScenarioError as exc:
        raise ScenarioFileError(f"{plain(path.name if named is None else named)}: {exc}", exc.field,
                                _content_problem(path, data, exc.field, known_figures)) from None


def _content_problem(path: Path, data: bytes, field: str, known_figures: Mapping[str, Any] | None) -> FileProblem:
    """The kind of a file's refusal, worked out again from its bytes: the engine's sentence says it in
    English only, and only a refused file comes here, so reading it twice costs nothing that matters."""
    kind, detail = _content_kind(data, field, known_figures)
    return FileProblem(kind, str(path), detail)


def _content_kind(data: bytes, field: str, known_figures: Mapping[str, Any] | None) -> tuple[str, str]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return (errors.UTF16 if saved_as_utf16(data) else errors.NOT_TEXT), ""
    if not text.strip():
        return errors.EMPTY, ""
    try:
        value = json.loads(text, object_pairs_hook=unique_keys)
    except json.JSONDecodeError as exc:
        return errors.DAMAGED_AT, str(exc.lineno)
    except (ValueError, RecursionError):  # a number of thousands of digits, nesting without end
        return errors.DAMAGED, ""
    if not isinstance(value, dict) or value.get("format") != SCENARIO_FORMAT:
        return errors.NOT_SCENARIO, ""
    version = value.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > SCENARIO_VERSION:
        return errors.NEWER, ""
    repeated = repeated_key(value)
    if repeated is not None:
        # The key given twice, as the command line names it: a figure's id inside overrides, where the entry holding
        # it read "gives “Changed data-pack figures” twice" of a file that gives overrides once.
        return errors.REPEATED_VALUE, repeated[1]
    if field == "overrides" and known_figures is not None and isinstance(value.get("overrides"), dict):
        unknown = [name for name in value["overrides"] if name not in known_figures]
        if unknown:  # saved with a pack that had this figure: the one in use now has not
            return errors.UNKNOWN_FIGURE, plain(str(unknown[0]))
    if field in FIELD_NAMES:
        return (errors.BAD_VALUE if field in value else errors.MISSING_VALUE), field
    if field and field not in ("format", "version"):
        return errors.UNKNOWN_ENTRY, plain(field)
    return errors.DAMAGED, ""  # NaN for a number, a version below 1
