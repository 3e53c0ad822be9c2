"""`wxdesk share`: the long image from the command line, with no window or display."""

from __future__ import annotations

import argparse
from pathlib import Path

from wxdesk.engine import DataPack, Evaluation
from wxdesk.errors import EXIT_OK, UserFacingError


def run_share(args: argparse.Namespace, evaluation: Evaluation, pack: DataPack) -> int:
    from wxdesk.logs import setup_logging
    setup_logging()
    from wxdesk.share.output import OutputError, check_output
    try:
        check_output(args.output)  # a folder or a missing folder is named before the file type
    except OutputError as exc:
        raise UserFacingError(str(exc)) from None
    if Path(args.output).suffix.lower() != ".png":
        raise UserFacingError(f"the image is a PNG: give a file name ending in .png, not {args.output}")
    from wxdesk.report.command import gui_application, reader_words, say_written
    _app = gui_application()  # must outlive the painting below
    from wxdesk import settings
    from wxdesk.share import layout_image, write_image
    words = reader_words(args.lang, args.currency, pack)
    presenter = settings.presenter()
    layout = layout_image(evaluation, pack, words, args.width, presenter, no_prices=args.no_prices)
    inputs = [args.scenario, getattr(args, "pack", None), pack.path, presenter.qr_image or None]
    try:
        written = write_image(layout, args.output, inputs)
    except OutputError as exc:
        raise UserFacingError(str(exc)) from None
    say_written(written, f"{layout.width} × {layout.height} px")
    return EXIT_OK
