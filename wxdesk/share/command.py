"""`wxdesk share`: the long image from the command line, with no window or display."""

from __future__ import annotations

import argparse
from pathlib import Path

from wxdesk.engine import DataPack, Evaluation
from wxdesk.errors import EXIT_OK, UserFacingError


def run_share(args: argparse.Namespace, evaluation: Evaluation, pack: DataPack) -> int:
    from wxdesk.logs import setup_logging
    setup_logging()
    from wxdesk.share.output import PNG, OutputError, check_output, made_from
    try:
        check_output(args.output)  # a folder or a missing folder is named before the file type
        if Path(args.output).suffix.lower() != ".png":
            raise UserFacingError(f"the image is a PNG: give a file name ending in .png, not {args.output}")
        # An existing file is replaced only when it is a PNG (an earlier image) or empty, as `report` does with PDFs;
        # one the image is made from is named as that first (write_image checks the QR image, known later, too).
        check_output(args.output, made_from((args.scenario, getattr(args, "pack", None), pack.path)), kind=PNG)
    except OutputError as exc:
        raise UserFacingError(str(exc)) from None
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
