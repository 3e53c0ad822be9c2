"""Writing the image so that it never harms another file.

The PNG is written to a temporary file in the target's own folder and renamed over
the target only when complete, so a failure leaves any previous file as it was. An
output that is one of the inputs (the scenario file, the data pack, the QR image), a
folder, or in a folder that does not exist is refused before anything is written.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path


class OutputError(OSError):
    """An output that was not written; the message is one sentence."""

    def __str__(self) -> str:
        return self.args[0]


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(os.path.realpath(a)) == Path(os.path.realpath(b))


def check_output(target: str | os.PathLike, inputs: Iterable[str | os.PathLike | None] = ()) -> Path:
    path = Path(target)
    if path.is_dir():
        raise OutputError(f"{path} is a folder; give a file name such as {path / 'wxdesk.png'}.")
    if path.exists() and not path.is_file():
        raise OutputError(f"{path} is not an ordinary file; choose another name.")
    if not path.absolute().parent.is_dir():
        raise OutputError(f"cannot write {path}: the folder {path.absolute().parent} does not exist.")
    for source in inputs:
        if source and path.exists() and _same(path, Path(source)):
            raise OutputError(f"the output {path} is one of the files the image is made from; choose another name.")
    return path


def _mode_for(path: Path) -> int:
    """A replaced file keeps its permissions; a new one gets the usual ones (the temp file is private)."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomically(target: str | os.PathLike, produce: Callable[[Path], bool],
                     inputs: Iterable[str | os.PathLike | None] = ()) -> Path:
    """Let `produce(temp_path)` write the file (True when it did), then move it over `target`."""
    inputs = list(inputs)
    path = check_output(target, inputs)
    folder = path.absolute().parent
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".wxdesk-", suffix=path.suffix, dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}.") from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        if not produce(temp) or temp.stat().st_size == 0:
            raise OutputError(f"{path} could not be written completely; any previous file is unchanged.")
        check_output(target, inputs)  # still the kind of target it was a moment ago
        os.chmod(temp, _mode_for(path))
        os.replace(temp, path)
    except OSError as exc:
        if isinstance(exc, OutputError):
            raise
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}.") from None
    finally:
        temp.unlink(missing_ok=True)
    return path
