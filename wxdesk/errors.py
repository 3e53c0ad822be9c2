"""What a user can be told when something they asked for cannot be done, and how wxdesk exits.

The command line, the report command and the window's start-up all raise
UserFacingError; only `wxdesk.cli.main` turns it into one line on stderr and an
exit status. Kept apart from cli.py so that raising one needs no import of the
command line (which would be a circle: cli → report → cli).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from dataclasses import dataclass
from typing import BinaryIO

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE = 0, 1, 2


class UserFacingError(Exception):
    """A problem to report in one sentence (bad input, missing file...)."""


class StdoutError(UserFacingError):
    """Standard output could not be written (a full disk, /dev/full, a removed drive). `wxdesk.cli.main` also points
    it at nothing, so that Python's own flush at exit cannot fail again. `reason`: the system's words for it."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


STDOUT_CLOSED = "standard output is closed (>&-), so the output has nowhere to go; give -o FILE where the " \
    "command has it, or leave standard output open"


def stdout_closed() -> bool:
    """Whether wxdesk was started with its standard output closed (`>&-`): Python then has no sys.stdout at all."""
    return sys.stdout is None


def prepare_standard_streams() -> None:
    """Make the standard streams safe to use, once, before any command runs.

    A stream the shell closed (`>&-`, `2>&-`, `<&-`) leaves its descriptor free, and the next file wxdesk opens
    would take it: a warning meant for stderr (from wxdesk, Qt or a library) would then land inside the results
    file. Each closed descriptor is held by the null device instead. A closed stderr becomes a stream that drops
    what it is given (progress and "Wrote ..." lines are skipped, not an internal error); a closed stdout stays
    None, so that a command whose output is its answer can say so (STDOUT_CLOSED) rather than lose it silently.

    Characters the terminal's encoding cannot hold (PYTHONIOENCODING=ascii, a latin-1 terminal and the ¥ sign, a
    lone surrogate in a name) are written as backslash escapes rather than ending the command."""
    for descriptor in (0, 1, 2):
        _hold_if_closed(descriptor)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - open for the process's life
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # (a stream replaced by something that cannot)
                reconfigure(errors="backslashreplace")


def _hold_if_closed(descriptor: int) -> None:
    try:
        os.fstat(descriptor)
    except OSError:
        with contextlib.suppress(OSError):
            null = os.open(os.devnull, os.O_RDWR)
            if null != descriptor:
                os.dup2(null, descriptor)
                os.close(null)


def write_stdout(text: str, end: str = "\n") -> None:
    """Print to stdout and flush, so that a full disk or a removed drive is noticed here, as StdoutError, and not as
    an internal error (or, by Python's own flush at exit, not at all). A reader gone away (`| head`) is left to
    raise BrokenPipeError, which ends the command quietly. A closed stdout (`>&-`) is StdoutError too."""
    if sys.stdout is None:
        raise StdoutError(STDOUT_CLOSED, "closed")
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is None:  # (a stream of text alone, such as a test's)
            stream.write(text + end)
            stream.flush()
        else:
            # Through the bytes beneath, each write's count checked (write_whole): the text layer drops it, and a
            # document larger than a pipe holds was cut at 65,536 bytes by a reader gone away with exit status 0.
            stream.flush()
            whole = text + end
            if os.linesep != "\n":  # (as the text layer writes a line's end: "\r\n" on Windows)
                whole = whole.replace("\n", os.linesep)
            write_whole(buffer, whole.encode(stream.encoding or "utf-8", stream.errors or "strict"))
            buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise StdoutError(f"cannot write the output: {reason}", reason) from None


def write_whole(stream: BinaryIO, data: bytes) -> None:
    """Write all of `data` to `stream`, or raise. A buffered stream given more than its buffer holds writes it
    straight through and returns how much was written, which may be part: to a pipe whose reader went away in the
    middle (`| head`), 65,536 bytes of 139,115, and the rest dropped without an error. Written again, the rest
    meets the closed pipe (BrokenPipeError), as a shorter output always did."""
    view = memoryview(data)
    while view:
        written = stream.write(view)
        if not written:  # (None: a stream that would block; 0: one that takes nothing. Neither of wxdesk's.)
            raise OSError(errno.EIO, "the output took none of what was written to it")
        view = view[written:]


@dataclass(frozen=True)
class FileProblem:
    """Why a file the user chose cannot be used, as a kind and its details rather than a sentence.

    The command line says the engine's English sentence as it is; the window says the kind in the
    user's language (wxdesk.words.file_problems), in plain words, naming the file and what to do.
    `detail` and `other` are what the kind needs besides the file: a field's id, a line number, a
    size and the limit, two dates.
    """

    kind: str
    path: str
    detail: str = ""
    other: str = ""


# Any file that cannot be read at all.
MISSING, FOLDER, NOT_A_FILE, TOO_LARGE, DENIED, UNREADABLE = (
    "missing", "folder", "not_a_file", "too_large", "denied", "unreadable")
# A scenario file that is read but cannot be used.
NOT_TEXT, EMPTY, DAMAGED, DAMAGED_AT, NOT_SCENARIO, NEWER = (
    "not_text", "empty", "damaged", "damaged_at", "not_scenario", "newer")
BAD_VALUE, MISSING_VALUE, UNKNOWN_ENTRY, UNKNOWN_FIGURE = (
    "bad_value", "missing_value", "unknown_entry", "unknown_figure")
# A scenario file saved as UTF-16 (Windows Notepad's "Unicode"): text, though not the UTF-8 wxdesk reads; "it is not a
# text file" read as false of a file any editor opens as text.
UTF16 = "utf16"
# A scenario file saved as text in an encoding other than UTF-8 (Notepad's "ANSI": GBK on Chinese Windows): called
# "not a text file" too, of a file that any editor opens as text, and that one Save As as UTF-8 makes one wxdesk reads.
OTHER_ENCODING = "other_encoding"
# A scenario file giving one entry twice (JSON keeps the last silently; wxdesk refuses it): its value is not bad, so
# "its value for 'Budget' is not one wxdesk can use" sent the user looking for a wrong number.
REPEATED_VALUE = "repeated_value"
# A data pack that is read but cannot be imported, each set where the engine refuses it (wxdesk.engine.datapack,
# wxdesk.engine.changelog, wxdesk.engine.packs). PACK_NEWER: a pack whose format version is newer than this wxdesk
# reads. PACK_INVALID: a refusal given no kind (the engine gives every one of its own a kind), said in general terms.
PACK_DAMAGED, PACK_UNKNOWN_SECTION, PACK_BAD_ENTRY, PACK_OLDER, PACK_FUTURE, PACK_UNUSABLE, PACK_NOT_COPIED = (
    "pack_damaged", "pack_unknown_section", "pack_bad_entry", "pack_older", "pack_future", "pack_unusable",
    "pack_not_copied")
PACK_NEWER, PACK_INVALID = "pack_newer", "pack_invalid"
PACK_EMPTY = "pack_empty"  # a pack file with nothing in it (cut short as it was saved or copied)
# A pack without a figure wxdesk needs: "its entry “figures.yearly_replacement” is incomplete" named a TOML key, and
# called incomplete a figure that was not there at all. The detail is the figure's id.
PACK_MISSING_FIGURE = "pack_missing_figure"  # other: a figure of the pack whose name reads as a slip of it, or ""
# An entry holding a name wxdesk does not know and none it reads as a slip of ("[pack.zzzzqqq]", a change's key
# "figxyz"): said as an entry "incomplete or holding a value not accepted", which sent the reader to its values. The
# detail is the entry, `other` the name.
PACK_UNKNOWN_NAME = "pack_unknown_name"
# A changelog entry dated after the pack's own release (a change is dated by the release that made it): said in general
# terms, with nothing of the date. The detail is the entry, `other` its date as written.
PACK_CHANGE_LATER = "pack_change_later"
