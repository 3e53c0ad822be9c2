"""Writing a file wxdesk produces (scenario, PDF, chart) so that it never harms another file.

Every output is written into a private folder that wxdesk creates beside the target
(so no name can be planted there in advance: a symbolic link called `<output>.partial`
leads nowhere), checked, flushed to disk, and only then renamed over the target. A
failure at any point leaves the previous file exactly as it was. An output that is one
of the command's inputs, a folder, a device, a pipe, or a link that goes round in a
loop is refused before anything is written.

An existing file is replaced only when the user could have meant it: never a read-only
file (its owner marked it to be kept), and, where the caller names the kind of file it
writes (OutputKind: a PDF, a PNG, wxdesk's own results), only an empty file or one of
that kind (wxdesk's own results, told by their first bytes; a handout or image wxdesk wrote, told by the
Creator or Software it carries). Why: a slip of the name (`report -o shop.json`,
`evaluate -o leads.csv`) replaced a file the user made, which no later step could bring
back. A replaced file keeps its permissions (a private 600 file stays private).

Qt-free, so that the command line and the window share it; the window translates the
`OutputError.reason` codes into its own words.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import shutil
import stat
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from wxdesk.engine.reading import MAX_FILE_BYTES, plain

# Reasons an output is refused, for the window to put in its own words.
IS_FOLDER, NOT_REGULAR, IS_INPUT, LINK_LOOP, NO_FOLDER, NO_SPACE, DENIED, INCOMPLETE, FAILED = (
    "folder", "not_regular", "is_input", "loop", "no_folder", "no_space", "denied", "incomplete", "failed")
OTHER_KIND = "other_kind"  # an existing file that is not of the kind being written (OutputKind)
NAME_TOO_LONG = "name_too_long"
HEAD_BYTES = 4096  # how much of an existing file OutputKind looks at


@dataclass(frozen=True)
class OutputKind:
    """The kind of file a command writes, told by its first bytes: an existing file may be replaced only when it is
    of this kind (an earlier output of the same command) or empty. `name` completes "is not …"."""

    name: str
    starts: Callable[[bytes], bool]
    head_bytes: int = HEAD_BYTES  # how much of the file `starts` is given

    def holds(self, path: Path) -> bool:
        """Whether the regular file at `path` is empty or of this kind; False where it cannot be read."""
        try:
            with open(path, "rb") as f:
                head = f.read(self.head_bytes)
        except OSError:
            return False
        return not head or self.starts(head)


MADE_BY = "wxdesk"  # the Creator of wxdesk's PDFs (report.handout), the Software of its PNGs (png_marked)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_MARK_DATA = b"Software\0" + MADE_BY.encode("ascii")
_PNG_MARK = len(_PNG_MARK_DATA).to_bytes(4, "big") + b"tEXt" + _PNG_MARK_DATA + \
    zlib.crc32(b"tEXt" + _PNG_MARK_DATA).to_bytes(4, "big")
_PNG_HEADER_END = len(PNG_SIGNATURE) + 4 + 4 + 13 + 4  # the signature and the IHDR chunk, which comes first
MOST_PDF_BYTES = 64 * 1024 * 1024  # a handout is a few megabytes at most: a larger PDF is not one wxdesk wrote


def png_marked(data: bytes) -> bytes:
    """PNG `data` with a tEXt chunk "Software: wxdesk" after its header, by which `share -o` knows an image it may
    replace (PNG_BY_WXDESK); `data` as it is where it is not a PNG."""
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return data
    return data[:_PNG_HEADER_END] + _PNG_MARK + data[_PNG_HEADER_END:]


def _png_by_wxdesk(head: bytes) -> bool:
    return head.startswith(PNG_SIGNATURE) and head[_PNG_HEADER_END:].startswith(_PNG_MARK)


_PDF_STRING = re.compile(rb"/Creator\s*(?:\(((?:\\.|[^\\)])*)\)|<([0-9A-Fa-f\s]*)>)", re.DOTALL)


def _pdf_text(literal: bytes | None, hexed: bytes | None) -> str:
    """A PDF string, written as (literal) with its escapes or as <hex>, as text (UTF-16 after its mark, or Latin-1)."""
    if hexed is not None:
        raw = bytes.fromhex(re.sub(rb"\s", b"", hexed).decode("ascii").ljust(2, "0"))
    else:
        raw = re.sub(rb"\\([0-7]{1,3}|.)", lambda m: bytes([int(m[1], 8) & 0xFF]) if m[1][:1].isdigit()
                     else {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(m[1], m[1]),
                     literal or b"", flags=re.DOTALL)
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", "replace")
    return raw.decode("latin-1")


def _pdf_by_wxdesk(data: bytes) -> bool:
    """Whether `data` is a whole PDF as wxdesk writes a handout: its Creator wxdesk, saved once (a handout another
    program saved again, annotated, carries a second end-of-file mark: the user's work now)."""
    if not data.startswith(b"%PDF-") or len(data) >= MOST_PDF_BYTES or data.count(b"%%EOF") != 1:
        return False
    found = list(_PDF_STRING.finditer(data))
    return bool(found) and _pdf_text(found[-1].group(1), found[-1].group(2)) == MADE_BY


# Only a handout or an image wxdesk wrote, or an empty file, is replaced: a PDF or PNG of the user's own (a board deck,
# a photo) was replaced by `report -o deck.pdf` and `share -o photo.png`, told by their first bytes alone.
PDF = OutputKind("a handout wxdesk wrote", _pdf_by_wxdesk, MOST_PDF_BYTES)
PNG = OutputKind("an image wxdesk wrote", _png_by_wxdesk,
                 _PNG_HEADER_END + len(_PNG_MARK))


def _is_scenario(data: bytes) -> bool:
    """Whether `data` is a wxdesk scenario file: a JSON object whose "format" says so. Told by the whole file,
    not its first bytes: a file written by hand may name its format anywhere, and JSON that is cut off is not
    a scenario anyone could open (the whole of a file wxdesk would open fits in SCENARIO.head_bytes)."""
    import json

    from wxdesk.engine.scenario import SCENARIO_FORMAT
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return False
    return isinstance(value, dict) and value.get("format") == SCENARIO_FORMAT


# (A byte more than wxdesk opens: a longer file is cut off, so it does not parse, so it is not of this kind.)
SCENARIO = OutputKind("a wxdesk scenario", _is_scenario, MAX_FILE_BYTES + 1)


class OutputError(OSError):
    """An output that was not written; the message is one sentence, the previous file is unchanged."""

    def __init__(self, reason: str, path: Path, message: str, detail: str = ""):
        super().__init__(message)
        self.reason = reason
        self.path = path
        self.detail = detail

    def __str__(self) -> str:
        return str(self.args[0])


def _shown(path: Path | str) -> str:
    return plain(str(path))


def names_a_folder(target: str | os.PathLike[str]) -> str | None:
    """Why `target`, a name given for a file to write, names a folder instead (one sentence), or None: a name that
    ends in a slash (`-o results.csv/`, `-o sub.pdf/`) where no folder of that name is (a folder is refused as
    such). Read as a path, the slash was dropped and the file written as if it were not there."""
    text = os.fspath(target)
    if not text.endswith(tuple({"/", os.sep})) or os.path.isdir(text):
        return None
    return (f"the output {_shown(text)} ends in a slash, so it names a folder, not a file; give a file name, without "
            "the slash at its end.")


def check_output(target: str | os.PathLike[str], inputs: Inputs = (), kind: OutputKind | None = None) -> Path:
    """The file to replace for `target` (a link to a file is followed), or OutputError. `kind`: what is written,
    where an existing file of another kind must not be replaced (see the module)."""
    folder_named = names_a_folder(target)
    if folder_named is not None:
        raise OutputError(IS_FOLDER, Path(target).absolute(), folder_named)
    given = Path(target).absolute()
    try:
        real = Path(os.path.realpath(given))
        info = os.stat(real)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OutputError(LINK_LOOP, given, f"{_shown(given)} cannot be written: its symbolic links lead "
                              "round in a loop; choose another name.") from None
        if exc.errno == errno.ENOTDIR:
            # (Said as "could not be written: Not a directory. The previous file is unchanged.", of a file that
            # never was, naming neither the file in the way nor what to do.)
            in_the_way = next((p for p in reversed(given.parents) if p.exists() and not p.is_dir()), given.parent)
            raise OutputError(NO_FOLDER, given, f"cannot write {_shown(given)}: {_shown(in_the_way)} is a file, "
                              "not a folder; choose a file name in a folder.") from None
        raise explained(exc, given) from None
    if info is None and given.is_symlink():
        raise OutputError(NOT_REGULAR, given, f"{_shown(given)} is a link to {_shown(real)}, which does not exist; "
                          "wxdesk does not create files through links, so choose another name.")
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(IS_FOLDER, given, f"{_shown(given)} is a folder; choose a file name inside it.")
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise OutputError(NOT_REGULAR, given, f"{_shown(given)} is not an ordinary file (it is a device, a pipe "
                          "or a socket); wxdesk writes only ordinary files, so choose another name.")
    if not real.parent.is_dir():
        raise OutputError(NO_FOLDER, given, f"cannot write {_shown(given)}: the folder {_shown(real.parent)} "
                          "does not exist.")
    if _inside(real, _own_files()):
        raise OutputError(IS_INPUT, given, f"the output {_shown(given)} is among wxdesk's own files; choose "
                          "another place, so that wxdesk keeps working.")
    for label, source in _labelled(inputs):
        if _same_file(real, info, source if isinstance(source, int) else Path(source)):
            raise OutputError(IS_INPUT, given, f"the output {_shown(given)} is {label}; choose another name, "
                              "so that it stays as it is.")
    if info is not None:
        _check_replaceable(given, real, info, kind)
    return real


def _check_replaceable(given: Path, real: Path, info: os.stat_result, kind: OutputKind | None) -> None:
    """Refuse to replace an existing file that is read-only or, with `kind`, of another kind (see the module)."""
    # (The mode bits too: os.access says yes to root, whom a 444 file asks to keep it all the same.)
    if not stat.S_IMODE(info.st_mode) & 0o222 or not os.access(real, os.W_OK):
        raise OutputError(DENIED, given, f"{_shown(given)} is read-only, so wxdesk does not replace it; choose "
                          "another name, or make the file writable first.")
    if kind is not None and not kind.holds(real):
        raise OutputError(OTHER_KIND, given, f"{_shown(given)} already exists and is not {kind.name}, so wxdesk "
                          "does not replace it; choose another name, or move that file away first.")


def _own_files() -> Path:
    """The folder of wxdesk's bundled data pack, examples and translations."""
    from wxdesk.paths import resource_path
    return Path(os.path.realpath(resource_path()))


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


# An input is a path, or an open file descriptor (an int: 0 for standard input, `evaluate - < prev.csv`).
Inputs = Iterable["str | os.PathLike[str] | int | tuple[str, str | os.PathLike[str] | int | None] | None"]


def _labelled(inputs: Inputs) -> Iterator[tuple[str, str | os.PathLike[str] | int]]:
    """(what it is, path or file descriptor) for each input; a bare path is "a file wxdesk reads"."""
    for item in inputs:
        label, source = item if isinstance(item, tuple) else ("a file wxdesk reads for it", item)
        if source is not None and source != "":
            yield label, source


def _same_file(real: Path, info: os.stat_result | None, source: Path | int) -> bool:
    if isinstance(source, int):
        # An input read from an open file (standard input redirected from prev.csv): the output is it where it is
        # the same file. Its name is not known, so only an existing output can be it.
        try:
            other = os.fstat(source)
        except OSError:  # (closed: no file to protect)
            return False
        return info is not None and stat.S_ISREG(other.st_mode) and \
            (info.st_dev, info.st_ino) == (other.st_dev, other.st_ino)
    try:
        other = os.stat(source)
    except OSError:
        return real == Path(os.path.realpath(source.absolute()))
    if info is not None:
        return (info.st_dev, info.st_ino) == (other.st_dev, other.st_ino)
    return real == Path(os.path.realpath(source.absolute()))


def stdout_is_input(inputs: Inputs, fd: int = 1) -> str | None:
    """Why standard output (`fd`) may not be written, where it is a file that is one of `inputs` (one sentence), or
    None. `evaluate res.csv --format csv >> res.csv` fed the batch its own rows (the file grew until the disk was
    full), and `evaluate shop.json >> shop.json` ended a scenario file with the summary, while `-o res.csv` was
    refused: checked before anything is read, by the file's identity (a shell opens the file before wxdesk starts,
    so only an existing file can be it)."""
    try:
        out = os.fstat(fd)
    except OSError:  # (closed: errors.prepare_standard_streams leads it nowhere)
        return None
    if not stat.S_ISREG(out.st_mode):
        return None
    for label, source in _labelled(inputs):
        try:
            other = os.fstat(source) if isinstance(source, int) else os.stat(source)
        except OSError:  # (missing or unreadable: the command says so in its own words)
            continue
        if stat.S_ISREG(other.st_mode) and (other.st_dev, other.st_ino) == (out.st_dev, out.st_ino):
            if isinstance(source, int):
                return ("standard output goes to the file standard input is read from; send the output to another "
                        "file, so that the input stays as it is.")
            return (f"standard output goes to {_shown(os.fspath(source))}, which is {label}; send the output to "
                    "another file, so that it stays as it is.")
    return None


def write_with(target: str | os.PathLike[str], produce: Callable[[Path], None],
               inputs: Inputs = (),
               verify: Callable[[Path], bool] | None = None, kind: OutputKind | None = None) -> Path:
    """Let `produce(path)` write the output into a private temporary path, then move it into place.

    `verify(path)` (optional) says whether the written file is complete; a file that is
    empty or fails it never replaces the target. `kind`: see check_output. Returns the path
    written (links followed).
    """
    real = check_output(target, inputs, kind)
    given = Path(target).absolute()
    try:
        private = Path(tempfile.mkdtemp(prefix=".wxdesk-", dir=real.parent))
    except OSError as exc:
        raise explained(exc, given) from None
    try:
        temp = private / _private_name(real)
        produce(temp)
        try:
            info = os.lstat(temp)
        except FileNotFoundError:
            info = None
        if info is None or not stat.S_ISREG(info.st_mode) or info.st_size == 0 or (verify and not verify(temp)):
            raise OutputError(INCOMPLETE, given, f"{_shown(given)} could not be written completely (the disk may "
                              f"be full or failing).{_kept(given)}")
        real = move_into_place(temp, target, inputs, kind)
    except OutputError:
        raise
    except OSError as exc:
        raise explained(exc, given) from None
    finally:
        shutil.rmtree(private, ignore_errors=True)
    return real


def _private_name(real: Path) -> str:
    """The name the output is written under in the private folder: short and plain ("output.pdf"), whatever the
    target's. The target's own name at the length limit left a writer no room for its own temporary name beside it
    (the handout's NAME.partial: "File name too long"), and a name that is not UTF-8 (bytes a file name may hold on
    Linux) reached Qt's PDF writer as another name, so that the handout was refused as though the disk were full.
    The extension stays: a writer may choose its format by it."""
    suffix = real.suffix
    try:
        suffix.encode("utf-8")
    except UnicodeEncodeError:
        suffix = ""
    return "output" + (suffix if len(suffix) <= 16 else "")


def write_bytes(target: str | os.PathLike[str], data: bytes, inputs: Inputs = ()) -> Path:
    """Write `data` to `target` through a private temporary file; checked byte for byte before the swap."""
    def produce(path: Path) -> None:
        with open(path, "xb") as out:
            out.write(data)

    def complete(path: Path) -> bool:
        return path.stat().st_size == len(data) and path.read_bytes() == data

    if not data:
        raise ValueError("nothing to write")
    return write_with(target, produce, inputs, complete)


def fingerprint(path: str | os.PathLike[str] | None) -> str | None:
    """A digest of a file's bytes (None when it cannot be read), to notice a change by someone else."""
    if path is None:
        return None
    try:
        with open(path, "rb") as f:
            info = os.fstat(f.fileno())
            if not stat.S_ISREG(info.st_mode):
                return None
            return hashlib.sha256(f.read(64 * 1024 * 1024)).hexdigest()
    except OSError:
        return None


def move_into_place(temp: Path, target: str | os.PathLike[str], inputs: Inputs = (),
                    kind: OutputKind | None = None) -> Path:
    """Move the complete file `temp` (in the target's folder) over `target`: checked again (still the kind of target
    it was when the work began), with the permissions the target had, or a new file's usual ones, and flushed to
    disk. The one way every output of wxdesk replaces a file (write_with, a batch's rows). Returns the path written.
    OSError as the system raised it."""
    real = check_output(target, inputs, kind)
    _give_mode(real, temp)
    _sync(temp)
    os.replace(temp, real)
    _sync_folder(real.parent)
    return real


def _give_mode(real: Path, temp: Path) -> None:
    """A replaced file keeps its permissions, as an edited file would; a new one gets the usual ones (the umask's),
    not a temporary file's private 600."""
    try:
        mode = stat.S_IMODE(os.stat(real).st_mode)
    except OSError:
        mode = usual_mode()
    with contextlib.suppress(OSError):
        os.chmod(temp, mode)


def usual_mode() -> int:
    """The permissions of a new file, as the user's umask makes them."""
    mask = os.umask(0o022)  # (read by setting it: the only way there is)
    os.umask(mask)
    return 0o666 & ~mask


def _sync(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _sync_folder(folder: Path) -> None:
    """The rename itself reaches the disk (POSIX; Windows cannot open a folder for this)."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def explained(exc: OSError, path: Path) -> OutputError:
    """An OSError met while writing `path`, as the OutputError that says it (the window says each reason in its own
    language: wxdesk.ui.saving.output_error_text)."""
    code = exc.errno
    kept = _kept(path)
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return OutputError(NO_SPACE, path, f"There is not enough space to write {_shown(path)}; free some disk "
                           f"space or choose another place.{kept}", exc.strerror or "")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(DENIED, path, f"wxdesk may not write {_shown(path)} (permission denied or a read-only "
                           "disk); choose another name or folder.", exc.strerror or "")
    if code == errno.ELOOP:
        return OutputError(LINK_LOOP, path, f"{_shown(path)} cannot be written: its symbolic links lead round "
                           "in a loop; choose another name.")
    if code == errno.ENAMETOOLONG:
        return OutputError(NAME_TOO_LONG, path, f"{_shown(path)} cannot be written: the name is too long.")
    detail = plain(exc.strerror or str(exc))
    return OutputError(FAILED, path, f"{_shown(path)} could not be written: {detail}.{kept}", detail)


def _kept(path: Path) -> str:
    """" The previous file is unchanged." where there is one (a refused output leaves the target as it was, so it is
    there now where it was before), else nothing: said of a new file on a full disk, it told of a file never made."""
    return " The previous file is unchanged." if os.path.exists(path) else ""
