"""Draw wxdesk's application icon with QPainter and write it as PNG, ICO and ICNS.

Run once after changing the drawing; the outputs in resources/icons/ are committed,
so a build needs neither this script nor Pillow:

    python build_scripts/make_icons.py

The ICO (Windows) and ICNS (macOS) containers are written here directly: both
may hold PNG images, so each is a small header followed by the PNGs below.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QGuiApplication, QImage, QLinearGradient,
                           QPainter, QPainterPath, QPen)

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that may carry a PNG, by pixel size (ic11-ic14 are the @2x slots).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"icp6", 64), (b"ic12", 64),
              (b"ic07", 128), (b"ic08", 256), (b"ic13", 256), (b"ic09", 512), (b"ic14", 512),
              (b"ic10", 1024))

WECHAT_GREEN = QColor("#07C160")
DEEP_GREEN = QColor("#04914A")


def draw(size: int) -> QImage:
    """A green desk tile with a chat bubble holding a rising bar chart."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 100.0, size / 100.0)  # draw on a 100x100 grid

    tile = QLinearGradient(0, 0, 0, 100)
    tile.setColorAt(0, WECHAT_GREEN)
    tile.setColorAt(1, DEEP_GREEN)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(tile))
    p.drawRoundedRect(QRectF(4, 4, 92, 92), 20, 20)

    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(16, 18, 68, 52), 14, 14)
    tail = QPainterPath()
    tail.moveTo(28, 64)
    tail.lineTo(22, 82)
    tail.lineTo(44, 66)
    tail.closeSubpath()
    p.setBrush(QColor("white"))
    p.drawPath(bubble.united(tail))

    # Three bars, the last one tallest: "which option wins".
    p.setBrush(DEEP_GREEN)
    for i, height in enumerate((14, 22, 32)):
        p.drawRoundedRect(QRectF(30 + i * 15, 60 - height, 10, height), 2, 2)
    if size >= 32:  # the trend line is lost below 32 px
        p.setPen(QPen(QColor("#F5A623"), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(31, 40), QPointF(62, 24))
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per size + the PNG payloads (Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, payload = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in ICO
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts/painting need it
    OUT.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
    pngs = {size: png_bytes(draw(size)) for size in sizes}
    for size in PNG_SIZES:
        (OUT / f"wxdesk-{size}.png").write_bytes(pngs[size])
    (OUT / "wxdesk.png").write_bytes(pngs[256])
    (OUT / "wxdesk.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (OUT / "wxdesk.icns").write_bytes(icns_bytes(pngs))
    print(f"wrote {len(PNG_SIZES) + 3} icon files to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
