"""Writing a batch's rows as CSV, JSON Lines or a JSON array, to stdout or a file.

Rows are encoded where they are computed (in the worker processes) and written here
as whole lines, so a stop between two rows always leaves valid output. A file is
written beside its target under a temporary name and moved into place at the end
(os.replace), so a reader never sees half a file and a failed run leaves the old
file as it was. An output may never be one of the inputs.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Sequence
import os
import signal
import stat
import sys
import tempfile
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, BinaryIO

from wxdesk.batch.flatten import COLUMNS, flatten
from wxdesk.batch.jsontext import json_text
from wxdesk.batch.signals_held import signals_held
from wxdesk.engine.reading import plain
from wxdesk.errors import STDOUT_CLOSED, stdout_closed, write_whole

OUTPUT_FORMATS = ("csv", "jsonl", "json")
SUFFIX_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json"}


class OutputError(Exception):
    """The output cannot be written as asked (one sentence)."""


def csv_line(cells: list[Any]) -> str:
    buffer = io.StringIO()
    # RFC 4180 line ends: the writer then quotes any cell holding \r or \n, so a row stays one record.
    csv.writer(buffer, lineterminator="\r\n").writerow(cells)
    return buffer.getvalue()


def csv_header() -> str:
    return csv_line(list(COLUMNS))


def encode_row(row: dict[str, Any], fmt: str) -> str:
    """One row as the text of its line (without the separators of a JSON array)."""
    if fmt == "csv":
        return csv_line(list(flatten(row).values()))
    return json_text(row) + "\n"


def format_for(output: str | None, forced: str | None, asked_by: str | None = None) -> str:
    """--format (or --json: `asked_by` names the option), else the output file's extension, else JSON Lines
    (lossless, one row a line). OutputError where an extension wxdesk writes names another format than the one
    asked for (a JSON array in results.csv), or where the output's extension is none wxdesk writes and no format
    is asked for: JSON Lines in out.xlsx was read as a broken spreadsheet."""
    if not output or output == "-":
        return forced or "jsonl"
    from wxdesk.safe_output import names_a_folder
    folder_named = names_a_folder(output)  # (`-o out/`: not "the output out has no extension")
    if folder_named is not None:
        raise OutputError(folder_named)
    # The output as it was given: by Path's name, `-o .` read "the output  is a folder".
    name = plain(output)
    if _is_folder(output):  # ("the output fold has no extension" sent the analyst to rename a folder)
        inside = plain(str(Path(output) / "results.csv"))
        raise OutputError(f"the output {name} is a folder; name a file inside it, such as {inside}")
    suffix = Path(output).suffix.lower()
    named = SUFFIX_FORMATS.get(suffix)
    if forced:
        if named is not None and named != forced:
            asked = asked_by or f"--format {forced}"
            raise OutputError(f"{asked} and the output {name} ({named}) ask for two formats; give one")
        return forced
    if named is None:
        # A device, a pipe or a socket is refused as such, as with --format: "the output null has no extension" of
        # /dev/null sent the analyst to rename a device.
        if os.path.exists(output) and not os.path.isfile(output):
            check_output(output, ())
        extension = f"extension {suffix}" if suffix else "no extension"
        raise OutputError(f"the output {name} has {extension}, and wxdesk writes csv, jsonl and json; name the file "
                          "with one of those extensions, or give --format")
    return named


def _is_folder(output: str) -> bool:
    """Whether `output` names a folder; OutputError where it cannot be asked (a name too long for the system, a
    folder that may not be searched), in the sentence every wxdesk output says it with. Path.is_dir() raised
    "File name too long" of `-o` and a 300-letter name, which ended the batch in an internal error."""
    try:
        return stat.S_ISDIR(os.stat(output).st_mode)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as exc:
        raise _explained(exc, Path(output).absolute()) from None


def is_results(head: bytes) -> bool:
    """Whether a file's first bytes are those of rows `evaluate` writes, in any of its formats: the CSV header, a
    JSON Lines row, or a JSON array of rows (or an empty one)."""
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    row = b'{"row":'
    # (The CSV's first columns only: a later version's header, with a field added, is still an earlier results file.)
    if text.startswith((",".join(COLUMNS[:3]).encode("utf-8") + b",", row)):
        return True
    return text.startswith(b"[") and text[1:].lstrip().startswith((row, b"]"))


def results_kind() -> Any:
    """The kind of file `evaluate -o` may replace (wxdesk.safe_output.OutputKind): an earlier results file."""
    from wxdesk.safe_output import OutputKind
    return OutputKind("a results file that 'wxdesk evaluate' wrote", is_results)


def check_output(output: str, inputs: Sequence[Any]) -> Path:
    """The file to replace for `output`, refused in one sentence as every wxdesk output is
    (a folder, a device, an input, wxdesk's own files, a read-only file or one that is not an
    earlier results file: see wxdesk.safe_output)."""
    from wxdesk.safe_output import OutputError as Refused
    from wxdesk.safe_output import check_output as safe_check
    try:
        return safe_check(output, inputs, results_kind())
    except Refused as exc:
        raise OutputError(str(exc)) from None


def _moved_into_place(temp: Path, output: str, inputs: Sequence[Any]) -> Path:
    """wxdesk.safe_output.move_into_place, its refusals and the system's errors as one sentence."""
    from wxdesk.safe_output import OutputError as Refused
    from wxdesk.safe_output import move_into_place
    try:
        return move_into_place(temp, output, inputs, results_kind())
    except Refused as exc:
        raise OutputError(str(exc)) from None
    except OSError as exc:
        raise _explained(exc, Path(output)) from None


def _explained(exc: OSError, path: Path) -> OutputError:
    """An OSError met while writing `path`, in the sentence every wxdesk output says it with (a read-only disk:
    "wxdesk may not write … (permission denied or a read-only disk); choose another name or folder.", as `report`
    and `share` say it; not the system's "Read-only file system")."""
    from wxdesk.safe_output import explained
    return OutputError(str(explained(exc, path)))


PARTIAL_NAMES = 100  # NAME.partial.EXT, then NAME.partial-2.EXT … up to this many, before a stopped batch gives up


def _moved_to_free_name(temp: Path, target: Path) -> Path:
    """Move `temp` to the first of NAME.partial.EXT, NAME.partial-2.EXT, … that no file, folder or link holds, and
    return it. Never over anything: the rows of a stopped batch once replaced the user's own res.partial.csv, and a
    folder of that name refused the batch, naming a file the user never typed."""
    from wxdesk.safe_output import usual_mode
    with contextlib.suppress(OSError):
        os.chmod(temp, usual_mode())  # (a new file: the usual permissions, not the temporary file's private 600)
    for number in range(1, PARTIAL_NAMES + 1):
        tail = "" if number == 1 else f"-{number}"
        candidate = target.with_name(f"{target.stem}.partial{tail}{target.suffix}")
        if _placed_new(temp, candidate):
            return candidate
    raise OutputError(f"cannot write the rows done beside {target}: {target.stem}.partial{target.suffix} and "
                      f"{PARTIAL_NAMES - 1} names after it are all taken")


def _placed_new(temp: Path, candidate: Path) -> bool:
    """Give `temp` the name `candidate` if no entry holds it (True); a hard link does it at once, so that nothing
    made there meanwhile is replaced. Where links cannot be made (some shared or FAT drives), a rename, looked
    before."""
    try:
        os.link(temp, candidate)
    except FileExistsError:
        return False
    except OSError:
        if os.path.lexists(candidate):
            return False
        os.replace(temp, candidate)
        return True
    temp.unlink()
    return True


class RowWriter:
    """Writes the rows of one format; `close()` completes the output, `discard()` drops a file's."""

    def __init__(self, fmt: str, output: str | None = None, inputs: Sequence[Any] = ()):
        """`inputs`: every file the batch reads (paths, or (what it is, path)): none may be the output."""
        self.fmt = fmt
        self.rows = 0
        self._output = output
        self._inputs = list(inputs)
        self._target: Path | None = None
        self._temp: Path | None = None
        self.untouched: Path | None = None  # the file asked for, where a stopped batch wrote beside it (close)
        if output and output != "-":
            self._target = check_output(output, self._inputs)
            try:
                # (A name at the length limit leaves no room for the temporary one's: a short one then.)
                prefix = f".{self._target.name}." if len(self._target.name) < 200 else ".wxdesk-batch."
                fd, temp = tempfile.mkstemp(dir=self._target.parent, prefix=prefix, suffix=".tmp")
            except OSError as exc:  # a folder not writable, a full disk: an internal error before
                raise _explained(exc, self._target) from None
            self._temp = Path(temp)
            self._stream: BinaryIO = os.fdopen(fd, "wb")
        elif stdout_closed():  # (`>&-`: told before any work, not as an internal error after it)
            raise OutputError(STDOUT_CLOSED)
        else:
            self._stream = sys.stdout.buffer
        self._started = False

    def _start(self) -> None:
        """The CSV header or the JSON array's bracket, with the first row (or at close()): a batch found empty
        writes nothing, not even to stdout."""
        if not self._started:
            self._started = True
            if self.fmt == "csv":
                self._write(csv_header())
            elif self.fmt == "json":
                self._write("[")

    def _write(self, text: str) -> None:
        try:
            with _ctrl_c_held():
                # (A lone surrogate, "\ud800" in a name, has no UTF-8 form: written as its escape, the row kept.)
                write_whole(self._stream, text.encode("utf-8", "backslashreplace"))  # (every byte, or raise)
        except BrokenPipeError:
            raise  # the reader went away (`| head`): the command ends quietly
        except OSError as exc:  # a full disk, a removed drive
            if self._target is not None:
                raise _explained(exc, self._target) from None
            raise OutputError(f"cannot write the output: {exc.strerror or exc}") from None

    def write(self, encoded: str) -> None:
        self._start()
        if self.fmt == "json":
            self._write(("\n" if self.rows == 0 else ",\n") + encoded.rstrip("\n"))
        else:
            self._write(encoded)
        self.rows += 1

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"cannot write the output: {exc.strerror or exc}") from None

    def close(self, partial: bool = False) -> None:
        """Complete the output (the JSON array's closing bracket) and move a file into place; `partial` (the
        batch was stopped): beside the target, as NAME.partial.EXT, and the target stays as it was.

        Why apart: the file a batch is asked for then only ever holds a whole batch. Written over it, the rows
        done before a Ctrl+C replaced last week's complete results and looked complete themselves."""
        self._start()
        if self.fmt == "json":
            self._write("\n]\n" if self.rows else "]\n")
        if self._temp is None:
            self._stream.flush()
        else:
            assert self._target is not None and self._output is not None
            try:
                self._stream.flush()
                os.fsync(self._stream.fileno())
                self._stream.close()
                if partial:
                    self.untouched = self._target
                    self._target = _moved_to_free_name(self._temp, self._target)
            except OSError as exc:  # (a full disk: its last buffered rows fail here)
                raise _explained(exc, self._target) from None
            if not partial:
                # Checked again (still the kind of target it was at the start), its permissions kept, synced.
                self._target = _moved_into_place(self._temp, self._output, self._inputs)
            self._temp = None

    def discard(self) -> None:
        """Drop a half-written file; the target stays as it was."""
        if self._temp is not None:
            with contextlib.suppress(OSError):  # (on a full disk, its last write fails here too)
                self._stream.close()
            self._temp.unlink(missing_ok=True)
            self._temp = None

    @property
    def target(self) -> Path | None:
        return self._target


def _ctrl_c_held() -> AbstractContextManager[None]:
    """Hold Ctrl+C back while one row is written, so that an interrupted batch never ends in half a row: a large row
    reaches the file or pipe in several writes, and a KeyboardInterrupt between two of them would leave a broken
    last line."""
    return signals_held({signal.SIGINT})
