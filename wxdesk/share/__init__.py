"""Share as Image: the long image (长图) of one evaluation, for a WeChat chat, drawn with Qt offscreen."""

import os
from collections.abc import Iterable
from pathlib import Path

from wxdesk.report.fonts import chinese_face_missing
from wxdesk.share.image import WIDTHS, ImageLayout, layout_image, render_image
from wxdesk.share.output import OutputError, write_atomically
from wxdesk.safe_output import png_marked
from wxdesk.share.png import png_bytes

__all__ = ["WIDTHS", "ImageLayout", "OutputError", "layout_image", "render_image", "write_atomically",
           "write_image"]


def write_image(layout: ImageLayout, target: str | os.PathLike[str],
                inputs: Iterable[str | os.PathLike[str] | None] = ()) -> Path:
    """Render `layout` and write it as a PNG to `target`, atomically, never over an input; refused (OutputError)
    where its words are Chinese and no installed font has Chinese characters."""
    refusal = chinese_face_missing(layout.language)
    if refusal:
        raise OutputError("failed", Path(target), f"cannot write {target}: {refusal}")
    data = png_bytes(render_image(layout))
    if data is None:
        raise OutputError("failed", Path(target), f"{target} could not be written: the image could not be made "
                          "into a PNG; any previous file is unchanged.")
    data = png_marked(data)  # (so that `share -o` may replace it later: safe_output.PNG)

    def produce(path: Path) -> bool:
        with open(path, "xb") as out:  # a new file in safe_output's private folder
            out.write(data)
        return True
    return write_atomically(target, produce, inputs)
