"""An image encoded as PNG in memory, for Python to write (the long image, the window's chart export)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage


def png_bytes(image: QImage) -> bytes | None:
    """The image encoded as PNG in memory, for Python to write.

    Given a file name, Qt leaves a full disk to libpng, which prints "libpng error: Write Error" on stderr
    itself (a C fprintf, past Qt's message handler and the log) above wxdesk's own line, and Qt then says only
    that saving failed. Written from Python, the disk's own error (ENOSPC) reaches wxdesk.safe_output, which
    names it in one sentence; encoding into memory cannot meet a full disk."""
    encoded = QByteArray()
    buffer = QBuffer(encoded)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # (PySide6 6.11's stub types the format as bytes; its binding takes only a str, and refuses b"PNG".)
    saved = image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(encoded.data()) if saved else None
