"""Reading files wxdesk is given, with plain-language errors for every way a file can be wrong.

Only a regular file is read, and never more than a size limit: a FIFO would wait for a
writer for ever, a device such as /dev/zero never ends, and a huge file would fill the
memory. The checks run on the opened file itself, so a file swapped for a FIFO between
the check and the read cannot hang wxdesk either.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import unicodedata
from pathlib import Path

from wxdesk import errors
from wxdesk.errors import FileProblem

# A scenario is a few hundred bytes; anything far larger is not one.
MAX_FILE_BYTES = 5 * 1024 * 1024

# Characters that would move the cursor, ring, recolour or reorder a terminal or a label:
# C0 and C1 controls, DEL, and the bidirectional overrides and isolates.
_DIRECTION = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")


class UnreadableFile(ValueError):  # noqa: N818 - a kind of file, named as the sentences use it
    """A file that is not read, and why, in one sentence naming it."""


def plain(text: str, keep_newlines: bool = False) -> str:
    """`text` with control and direction-changing characters written as escapes (\\x1b, \\u202e).

    Lone surrogates (which JSON may carry) are escaped too, so the text always encodes.
    """
    out = []
    for char in text:
        category = unicodedata.category(char)
        if (category == "Cc" and not (keep_newlines and char in "\n\t")) or category == "Cs" \
                or char in _DIRECTION:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 256 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def read_bounded(path: str | Path, max_bytes: int, kind: str = "") -> bytes:
    """The bytes of a regular file of at most `max_bytes`, or UnreadableFile.

    `kind` ("Data pack") starts the messages; without it they start with the path.
    """
    path = Path(path)
    name = f"{kind} {plain(str(path))}".strip()
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        _check_kind(os.stat(path), name, max_bytes)
        handle = os.open(path, flags)
    except UnreadableFile:
        raise
    except OSError as exc:
        raise UnreadableFile(os_problem_said(exc, name)) from None
    try:
        _check_kind(os.fstat(handle), name, max_bytes)  # the file opened is the file checked
        chunks, size = [], 0
        while size <= max_bytes:
            chunk = os.read(handle, min(1024 * 1024, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise UnreadableFile(os_problem_said(exc, name)) from None
    finally:
        os.close(handle)
    if size > max_bytes:  # it grew after the check
        raise UnreadableFile(_too_large(name, size, max_bytes))
    return b"".join(chunks)


def _check_kind(info: os.stat_result, name: str, max_bytes: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableFile(f"{name} is a folder, not a file.")
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFile(f"{name} is not a regular file (it is a device, a pipe or a socket), "
                             "so wxdesk does not read it.")
    if info.st_size > max_bytes:
        raise UnreadableFile(_too_large(name, info.st_size, max_bytes))


def _too_large(name: str, size: int, max_bytes: int) -> str:
    said, limit = sizes_said(size, max_bytes)
    return f"{name} is {said}, too large to be read by wxdesk (the limit is {limit})."


def sizes_said(size: int, limit: int) -> tuple[str, str]:
    """A file's size and the limit it passed, each as a refusal writes it ("5.2 MB", "812 bytes"), with as many decimals
    as the two need to read apart: a file a few bytes past 5 MB read "is 5.0 MB, far larger than any file wxdesk opens
    (at most 5.0 MB)"."""
    for decimals in range(1, 7):
        said = _size(size, decimals), _size(limit, decimals)
        if said[0] != said[1]:
            return said
    return f"{size:,} bytes", f"{limit:,} bytes"


def _size(size: int, decimals: int) -> str:
    return f"{size / (1024 * 1024):.{decimals}f} MB" if size >= 1024 * 1024 else f"{size:,} bytes"


def os_problem_said(exc: OSError, name: str) -> str:
    """Why the file `name` cannot be read, in one plain sentence with its full stop (a link loop, a name too long, a
    file where a folder should be: not the system's "Too many levels of symbolic links")."""
    if isinstance(exc, FileNotFoundError):
        return f"{name} does not exist."
    if isinstance(exc, IsADirectoryError):
        return f"{name} is a folder, not a file."
    if isinstance(exc, PermissionError):
        return f"{name} cannot be read: permission denied."
    if exc.errno == errno.ELOOP:
        return f"{name} cannot be read: its symbolic links lead round in a loop."
    if exc.errno == errno.ENAMETOOLONG:
        return f"{name} cannot be read: the name is too long."
    if exc.errno == errno.ENOTDIR:
        # ("cannot be read: Not a directory." named neither the file in the way nor what is wrong with the name.)
        path = Path(name)
        in_the_way = next((p for p in reversed(path.parents) if p.exists() and not p.is_dir()), path.parent)
        return f"{name} cannot be read: {in_the_way} is a file, not a folder."
    return f"{name} cannot be read: {plain(exc.strerror or str(exc))}."


def os_problem(path: Path, exc: OSError) -> FileProblem:
    """The kind of the system's refusal to read `path`: gone, a folder, not allowed, or failing."""
    shown = str(path)
    if isinstance(exc, FileNotFoundError):
        return FileProblem(errors.MISSING, shown)
    if isinstance(exc, IsADirectoryError):
        return FileProblem(errors.FOLDER, shown)
    if isinstance(exc, PermissionError):
        return FileProblem(errors.DENIED, shown)
    return FileProblem(errors.UNREADABLE, shown)


def unreadable_problem(path: Path, exc: Exception, limit: int) -> FileProblem:
    """The kind of an UnreadableFile raised reading `path` (its message is English prose), for a file whose
    size `limit` it was read with: a scenario's or a data pack's, each saying its own."""
    shown = str(path)
    # An OS refusal is the exception that was being handled when UnreadableFile was raised ("from None"
    # hides it from tracebacks, not from __context__); a refusal of the file's kind has none.
    cause = exc.__context__
    if isinstance(cause, OSError):
        return os_problem(path, cause)
    try:
        info = os.stat(path)
    except OSError:
        return FileProblem(errors.UNREADABLE, shown)
    if stat.S_ISDIR(info.st_mode):
        return FileProblem(errors.FOLDER, shown)
    if not stat.S_ISREG(info.st_mode):
        return FileProblem(errors.NOT_A_FILE, shown)
    return FileProblem(errors.TOO_LARGE, shown, str(info.st_size), str(limit))


_SEVERAL = ("one scenario on each line (JSON Lines, as `jq -c` writes them) or all of them inside [ ], separated by "
            "commas")


def json_said(exc: json.JSONDecodeError) -> str:
    """What is wrong with a JSON text at the place `exc` names, in plain words for the bracket after the line and
    column ("line 5, column 1: …"). Python's own words pointed away from the slip or named Python: jq's output of
    two scenarios read "extra data", a byte-order mark "unexpected utf-8 bom (decode using utf-8-sig)", and a comma
    before } or in 1,000 "expecting property name enclosed in double quotes"."""
    text, at = exc.doc, exc.pos
    rest = text[at:].lstrip(" \t\r\n")
    before = text[:at].rstrip(" \t\r\n")
    message = exc.msg
    if rest.startswith("\ufeff") or message.startswith("Unexpected UTF-8 BOM"):
        return ("an invisible byte-order mark, which some programs put at the start of a file; save it without one, "
                "or delete the character")
    if rest.startswith(("//", "/*", "#")):
        return "a comment, which JSON does not allow; delete it"
    if message == "Extra data":
        if rest.startswith(("{", "[")):
            return f"a second JSON value starts here; give {_SEVERAL}"
        return "text after the end of the JSON value; delete it"
    if not rest:
        return "the JSON ends too soon, as if cut short"
    if before.endswith(","):
        head = before[:-1].rstrip()
        if head[-1:].isdigit() and rest[:1].isdigit():
            return "a number written with a comma; write 1000, not 1,000"
        if rest.startswith(("}", "]")):
            return "a comma after the last entry, which JSON does not allow; delete it"
    if rest.startswith("'"):
        return "text in single quotes; JSON writes names and texts in double quotes"
    if message.startswith("Expecting property name"):
        return "a name without double quotes; JSON writes every name in double quotes"
    if message == "Expecting ',' delimiter":
        return "a comma missing between two entries"
    if message.startswith("Unterminated string"):
        return "a text in double quotes starts here and its closing quote is missing"
    if message.startswith("Invalid control character"):
        return "a tab or line break inside a text in double quotes; write it as \\t or \\n"
    if message.startswith("Invalid \\escape"):
        return "a backslash that starts no escape JSON knows; write \\\\ for a backslash"
    if message == "Expecting value":
        return "expecting a value here"
    return json_problem(exc)


def json_problem(exc: json.JSONDecodeError) -> str:
    """What is wrong with a JSON text, as a message's bracket gives it after the line and column: Python's own words,
    lower-cased, with a closing "at" (the place it names is the line and column said before it) read "here": a
    cut-off file read "(line 1, column 149: unterminated string starting at)", a line break inside a string
    "(column 29: invalid control character at)". (json_said's words for a slip it names none for of its own.)"""
    problem = exc.msg.lower()
    return problem[:-len(" at")] + " here" if problem.endswith(" at") else problem
