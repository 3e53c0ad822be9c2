"""What is wrong with a file the user chose, as the window says it: plain words in the reader's language.

The engine's own sentences ("The file is not valid JSON (line 2, column 1: expecting value)") are the
command line's, in English, for people who read JSON; the window is read by a business owner, in
English or Chinese. It gets the problem's kind (wxdesk.errors.FileProblem) and says it here: which
file, what is wrong with it in everyday words, and what to do.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from wxdesk import errors
from wxdesk.engine.reading import plain, sizes_said
from wxdesk.errors import FileProblem
from wxdesk.words.words import Words

# Problems of where the file is, or what it is (not there, a folder, not allowed): the whole path helps
# to find it. Problems of what is inside name the file alone, which the user has just chosen.
_WHERE = frozenset({errors.MISSING, errors.FOLDER, errors.NOT_A_FILE, errors.DENIED, errors.UNREADABLE,
                    errors.PACK_NOT_COPIED})
_PLACES = re.compile("%([123])")


def file_problem_text(problem: FileProblem, w: Words) -> str:
    """One or two sentences: the file, what is wrong with it, and what to do."""
    text = _templates(w).get(problem.kind)
    if text is None:
        text = w.translate("FileProblems", "wxdesk cannot use “%1”. Choose another file.")
    if problem.kind == errors.PACK_UNKNOWN_SECTION and not problem.other:
        text = w.translate("FileProblems", "“%1” has a section named “%2”, which a data pack does not hold. "
                                           "Correct or remove it, and import the file again.")
    if problem.kind == errors.PACK_BAD_ENTRY and problem.other:
        text = w.translate("FileProblems", "“%1” cannot be used: its entry “%2” holds a name wxdesk does not "
                                           "know. Did you mean “%3”? Correct it, and import the file again.")
    if problem.kind == errors.PACK_MISSING_FIGURE and problem.other:
        # A figure renamed by a slip ("app_biuld_cny"): the figure said missing, and the slip named beside it.
        text = w.translate("FileProblems", "“%1” cannot be used: it lacks the figure “%2”, which wxdesk needs. Its "
                                           "entry “%3” may be that figure with its name misspelt: correct the name, "
                                           "and import the file again.")
    # In one pass: a file's name, or an entry's, may itself hold "%2".
    values = {"1": _shown(problem), "2": _detail(problem, w), "3": _other(problem, w)}
    return _PLACES.sub(lambda found: values[found.group(1)], text)


def _templates(w: Words) -> dict[str, str]:
    # Spelled out, one translate() each, so that lupdate finds every sentence.
    return {
        errors.MISSING: w.translate(
            "FileProblems", "“%1” is not there any more: it may have been moved, renamed or deleted. Choose "
            "it again from where it is now."),
        errors.FOLDER: w.translate(
            "FileProblems", "“%1” is a folder, not a file. Choose a file inside it."),
        errors.NOT_A_FILE: w.translate(
            "FileProblems", "“%1” is not an ordinary file but a device or another system object, so wxdesk "
            "does not open it. Choose a file instead."),
        errors.TOO_LARGE: w.translate(
            "FileProblems", "“%1” is %2, larger than any file wxdesk opens (at most %3). Check that you "
            "chose the right file."),
        errors.DENIED: w.translate(
            "FileProblems", "wxdesk is not allowed to read “%1”. Copy the file into a folder of your own and "
            "open the copy, or ask whoever manages this computer for access."),
        errors.UNREADABLE: w.translate(
            "FileProblems", "“%1” could not be read: the disk or network drive may have failed, or the file's "
            "name or location is not valid. Try again, or copy the file somewhere else and open the copy."),
        errors.NOT_TEXT: w.translate(
            "FileProblems", "“%1” is not a wxdesk scenario: it is not a text file. Choose a scenario file "
            "(.json) saved by wxdesk."),
        errors.UTF16: w.translate(
            "FileProblems", "“%1” is saved as UTF-16 text, which wxdesk does not read. Save it again as UTF-8 (in "
            "Notepad: Save As, then Encoding: UTF-8), and open it again."),
        errors.OTHER_ENCODING: w.translate(
            "FileProblems", "“%1” is saved in an encoding other than UTF-8 (such as GBK, Notepad's “ANSI”), which "
            "wxdesk does not read. Save it again as UTF-8 (in Notepad: Save As, then Encoding: UTF-8), and open it "
            "again."),
        errors.EMPTY: w.translate(
            "FileProblems", "“%1” is empty: it may not have been saved completely. Open another copy of the "
            "scenario."),
        errors.DAMAGED_AT: w.translate(
            "FileProblems", "“%1” is damaged or is not a wxdesk scenario: its text breaks off or goes wrong "
            "near line %2. Open another copy of the scenario, or a file saved by wxdesk."),
        errors.DAMAGED: w.translate(
            "FileProblems", "“%1” is damaged or is not a wxdesk scenario. Open another copy of the scenario, "
            "or a file saved by wxdesk."),
        errors.NOT_SCENARIO: w.translate(
            "FileProblems", "“%1” is not a wxdesk scenario: it holds other data. Choose a scenario file saved "
            "by wxdesk."),
        errors.NEWER: w.translate(
            "FileProblems", "“%1” was saved by a newer version of wxdesk. Update wxdesk to open it."),
        errors.BAD_VALUE: w.translate(
            "FileProblems", "“%1” cannot be opened: its value for “%2” is not one wxdesk can use. The file "
            "may have been edited by hand; correct that value, or open another copy."),
        errors.REPEATED_VALUE: w.translate(
            "FileProblems", "“%1” cannot be opened: it gives “%2” twice, so wxdesk cannot tell which is meant. The "
            "file may have been edited by hand; remove the one not meant, or open another copy."),
        errors.MISSING_VALUE: w.translate(
            "FileProblems", "“%1” cannot be opened: it has no value for “%2”. The file may have been edited "
            "by hand or cut short; open another copy."),
        errors.UNKNOWN_ENTRY: w.translate(
            "FileProblems", "“%1” cannot be opened: it holds “%2”, which is not part of a wxdesk scenario. "
            "The file may have been edited by hand; remove that entry, or open another copy."),
        errors.UNKNOWN_FIGURE: w.translate(
            "FileProblems", "“%1” changes the figure “%2”, which the data pack in use does not have. Use the "
            "data pack the scenario was saved with, or remove that change from the file."),
        errors.PACK_DAMAGED: w.translate(
            "FileProblems", "“%1” is damaged or is not a wxdesk data pack. Choose the data pack file (.toml) "
            "you were sent, or ask for a new copy."),
        errors.PACK_EMPTY: w.translate(
            "FileProblems", "“%1” is empty: it may not have been saved or copied completely. Choose the data pack "
            "file (.toml) you were sent, or ask for a new copy."),
        errors.PACK_UNKNOWN_SECTION: w.translate(
            "FileProblems", "“%1” has a section named “%2”, which a data pack does not hold. Did you mean "
            "“%3”? Correct the name, and import the file again."),
        errors.PACK_BAD_ENTRY: w.translate(
            "FileProblems", "“%1” cannot be used: its entry “%2” is incomplete or holds a value wxdesk does "
            "not accept. Correct it and import the file again, or ask whoever sent the pack for a corrected one."),
        errors.PACK_UNKNOWN_NAME: w.translate(
            "FileProblems", "“%1” cannot be used: its entry “%2” holds “%3”, a name wxdesk does not know. Correct or "
            "remove it, and import the file again."),
        errors.PACK_CHANGE_LATER: w.translate(
            "FileProblems", "“%1” cannot be used: its change “%2” is dated %3, later than the pack itself. A change is "
            "dated by the release that made it: correct the date, or ask whoever sent the pack for a corrected one."),
        errors.PACK_MISSING_FIGURE: w.translate(
            "FileProblems", "“%1” cannot be used: it lacks the figure “%2”, which wxdesk needs. Ask whoever sent the "
            "pack for a complete one."),
        errors.PACK_OLDER: w.translate(
            "FileProblems", "“%1” is dated %2, older than the data pack that comes with wxdesk (%3), so "
            "wxdesk keeps the newer figures. Nothing needs to be done."),
        errors.PACK_NEWER: w.translate(
            "FileProblems", "“%1” is a data pack made for a newer version of wxdesk, which this one cannot "
            "read. Update wxdesk, and import the file again."),
        errors.PACK_FUTURE: w.translate(
            "FileProblems", "“%1” is dated %2, later than today. Check the date on this computer, or ask "
            "whoever sent the pack for a corrected one."),
        errors.PACK_UNUSABLE: w.translate(
            "FileProblems", "“%1” cannot be used: with its figures, wxdesk cannot work out an answer. Ask "
            "whoever sent the pack for a corrected one."),
        errors.PACK_NOT_COPIED: w.translate(
            "FileProblems", "wxdesk could not copy “%1” into its own folder: the disk may be full or "
            "read-only. Free some disk space, and import the file again."),
    }


def _shown(problem: FileProblem) -> str:
    return plain(problem.path if problem.kind in _WHERE else PurePath(problem.path).name or problem.path)


def _detail(problem: FileProblem, w: Words) -> str:
    if problem.kind == errors.TOO_LARGE:
        return _sizes(problem)[0]
    if problem.kind in (errors.BAD_VALUE, errors.MISSING_VALUE, errors.REPEATED_VALUE):
        return field_label(problem.detail, w)
    if problem.kind == errors.PACK_MISSING_FIGURE:
        # Named as the Sensitivity's rows name it, from the pack in use (the figure's id where it has none): with its
        # unit where two figures share a label ("Build a custom Mini Program" is its cost's and its weeks').
        from wxdesk.words.swings import figure_names  # (a refused pack is rare: not loaded before)
        fid = problem.detail.removeprefix("figures.")
        names = figure_names(w.pack.figures.values(), w) if w.pack is not None else {}
        return plain(names.get(fid, fid))
    if problem.kind in (errors.PACK_OLDER, errors.PACK_FUTURE):
        return w.pack_date(problem.detail)
    return plain(problem.detail)


def _other(problem: FileProblem, w: Words) -> str:
    if problem.kind == errors.TOO_LARGE:
        return _sizes(problem)[1]
    if problem.kind in (errors.PACK_OLDER, errors.PACK_CHANGE_LATER):
        return w.pack_date(problem.other)
    return plain(problem.other)


def field_label(field: str, w: Words) -> str:
    """A scenario field as the window's controls name it ("First-year budget", 首年预算)."""
    # The comparison's labels are the window's own (wxdesk.ui.document.field_label), translated in the
    # context "fields". Loaded here, for a file refused: the module brings the evaluator with it.
    from wxdesk.engine.compare import FIELD_LABELS
    label = FIELD_LABELS.get(field)
    return w.translate("fields", label) if label else plain(field)


def _sizes(problem: FileProblem) -> tuple[str, str]:
    """The file's size and the limit, as the command line's refusal writes them (reading.sizes_said)."""
    size, limit = (int(count) if count.isdigit() else 0 for count in (problem.detail, problem.other))
    return sizes_said(size, limit)
