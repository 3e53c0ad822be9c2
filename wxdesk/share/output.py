"""Writing the image so that it never harms another file, through wxdesk's one safe writer.

wxdesk.safe_output writes into a private folder beside the target and renames over the
target only when the file is complete; an output that is one of the inputs (the
scenario file, the data pack, the QR image), a folder, a device or in a folder that
does not exist is refused before anything is written.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from wxdesk.safe_output import PNG, OutputError, check_output, write_with

__all__ = ["PNG", "OutputError", "check_output", "made_from", "write_atomically"]


def write_atomically(target: str | os.PathLike[str], produce: Callable[[Path], bool],
                     inputs: Iterable[str | os.PathLike[str] | None] = ()) -> Path:
    """Let `produce(temp_path)` write the file (True when it did), then move it over `target`."""
    def written(path: Path) -> None:
        if not produce(path):
            raise OutputError("failed", Path(target), f"{target} could not be written; any previous file "
                              "is unchanged.")
    return write_with(target, written, made_from(inputs))


def made_from(inputs: Iterable[str | os.PathLike[str] | None]) -> list[tuple[str, str | os.PathLike[str]]]:
    """The files an image is made from, named as an output's refusal names them (safe_output's inputs)."""
    return [("one of the files the image is made from", path) for path in inputs if path]
