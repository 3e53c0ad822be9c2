"""Reading a scenario file, with one plain sentence for every way it can be wrong.

The sentence is the command line's, in English. The error carries the problem's kind as well
(wxdesk.errors.FileProblem), which the window says in the user's language.
"""

from __future__ import annotations

import codecs
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
        problem = _content_problem(path, data, exc.field, known_figures)
        # The engine knows UTF-8 and UTF-16 only: of a file Notepad saved as "ANSI" it said "not UTF-8 text, so it
        # cannot be a wxdesk scenario", true and of no help, where the fix is one Save As.
        sentence = _OTHER_ENCODING_SENTENCE if problem.kind == errors.OTHER_ENCODING else str(exc)
        raise ScenarioFileError(f"{plain(path.name if named is None else named)}: {sentence}", exc.field,
                                problem) from None


_OTHER_ENCODING_SENTENCE = ("The file is text saved in an encoding other than UTF-8 (such as GBK, Notepad's \"ANSI\"); "
                            "save it as UTF-8 to use it as a wxdesk scenario.")


def _content_problem(path: Path, data: bytes, field: str, known_figures: Mapping[str, Any] | None) -> FileProblem:
    """The kind of a file's refusal, worked out again from its bytes: the engine's sentence says it in
    English only, and only a refused file comes here, so reading it twice costs nothing that matters."""
    kind, detail = _content_kind(data, field, known_figures)
    return FileProblem(kind, str(path), detail)


def _content_kind(data: bytes, field: str, known_figures: Mapping[str, Any] | None) -> tuple[str, str]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if saved_as_utf16(data):
            return errors.UTF16, ""
        other = _text_in_another_encoding(data)
        if other is None:
            return errors.NOT_TEXT, ""
        # Text, but not a scenario's in any encoding (a memo saved as GBK): saved again as UTF-8, it would still be
        # refused, so that is said at once rather than sending the user to Notepad first.
        return (errors.OTHER_ENCODING if other.lstrip().startswith(("{", "[")) else errors.NOT_SCENARIO), ""
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


# The only control characters a text file holds: tab, line feed, carriage return (all a JSON file may hold outside
# its strings, and inside them the others are escaped). Any other, a NUL above all, is a binary file's: every PNG,
# zip, executable and UTF-16 text without its mark holds some, and random bytes hold many.
_CONTROL_BYTES = bytes(code for code in range(32) if code not in b"\t\n\r") + b"\x7f"
# The encodings Windows Notepad's "ANSI" writes for the people wxdesk is made for: GBK (code page 936) on Chinese
# Windows, read by GB18030, which holds it whole (and holds Big5's byte ranges too), and code page 1252 on Western
# Windows. Both are strict: GB18030 takes no 0x80 or 0xFF and no second byte below 0x30, code page 1252 no 0x81,
# 0x8D, 0x8F, 0x90 or 0x9D. Random bytes seldom pass them and the controls' test together: of 20,000 strings of 64
# random bytes 2 did, of 256 bytes none (a short one that does is then "not a scenario", which is true).
_OTHER_ENCODINGS = ("gb18030", "cp1252")


def _text_in_another_encoding(data: bytes) -> str | None:
    """The text of `data`, which is not UTF-8, where it is text all the same, saved in another encoding; else None.

    A Chinese scenario Notepad saved as "ANSI" (GBK, the default there) was called "not a text file" in the window,
    which any editor shows to be false, and left the user with no way on; saved again as UTF-8, it opens."""
    if len(data.translate(None, _CONTROL_BYTES)) != len(data):
        return None
    try:
        # UTF-8 but for a character cut in two at its end (a copy broken off): a damaged file, not another encoding,
        # though its Chinese often reads as GB18030 too ("客户" is E5 AE A2 E6 88 B7, three GB18030 characters).
        codecs.getincrementaldecoder("utf-8-sig")().decode(data, final=False)
        return None
    except UnicodeDecodeError:
        pass
    for encoding in _OTHER_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None
