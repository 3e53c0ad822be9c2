"""`wxdesk report`: the handout from the command line, with no window or display."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wxdesk.engine import DataPack, Evaluation
from wxdesk.engine.reading import plain
from wxdesk.errors import EXIT_OK, StdoutError, UserFacingError, stdout_closed, write_stdout
from wxdesk.words import LANGUAGES, Words

if TYPE_CHECKING:  # (Qt loads only when a command paints)
    from PySide6.QtCore import QCoreApplication


def _inputs(args: argparse.Namespace, pack: DataPack) -> list[tuple[str, str | None]]:
    """Every file the handout is made from: none of them may be its output."""
    return [("the scenario file", args.scenario), ("the data pack", args.pack), ("the data pack", pack.path)]


def is_complete_pdf(path: Path) -> bool:
    """A PDF that was written to the end: its header, and the end-of-file mark near the end."""
    with open(path, "rb") as f:
        head = f.read(8)
        f.seek(max(0, path.stat().st_size - 2048))
        tail = f.read()
    return head.startswith(b"%PDF-") and b"%%EOF" in tail


def gui_application() -> QCoreApplication:
    """The Qt application the painter needs; offscreen, since no window is shown."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance()
    if app is None:
        # Qt's own remarks (such as a locale that is not UTF-8, with LC_ALL=C) go to the log, not the terminal.
        qInstallMessageHandler(_qt_message_to_log)
        app = QGuiApplication(["wxdesk", "-platform", "offscreen"])
    return app


def _qt_message_to_log(_kind: object, _context: object, message: str) -> None:
    import logging
    logging.getLogger("wxdesk.report").info("Qt: %s", message)


def reader_words(lang: str | None, currency: str | None, pack: DataPack) -> Words:
    """The output's words: the language and currency asked for, else the system's language and
    the currency and rate chosen in Preferences (as the window would show them)."""
    from wxdesk import catalogues, settings
    lang = lang or catalogues.system_language()
    translate = catalogues.translate_function(lang)
    if translate is None:
        raise UserFacingError(f"the {LANGUAGES[lang]} translation is not installed "
                              "(build it with build_scripts/build_translations.py)")
    currency = currency or settings.currency()
    return Words.make(lang, currency, pack, translate, own_rate=settings.cny_per_unit(currency))


def run_report(args: argparse.Namespace, evaluation: Evaluation, pack: DataPack) -> int:
    from wxdesk.logs import setup_logging
    setup_logging()  # warnings go to the log file; the user gets one line each below
    from wxdesk.safe_output import PDF, OutputError, check_output, write_with
    try:
        check_output(args.output, _inputs(args, pack))  # before the slow part
        if Path(args.output).suffix.lower() != ".pdf":
            # As `share` asks for .png: a slip of the name (-o notes.md, -o data.csv) wrote a PDF over that file.
            raise UserFacingError(f"the handout is a PDF: give a file name ending in .pdf, not {args.output}")
        # Only a PDF (an earlier handout) or an empty file is replaced: `-o shop.pdf` over a scenario the user had
        # saved under that name lost it.
        check_output(args.output, _inputs(args, pack), PDF)
    except OutputError as exc:
        raise UserFacingError(str(exc)) from None
    _app = gui_application()  # must outlive the painting below
    from wxdesk import settings
    from wxdesk.report.handout import ReportError, write_report
    words = reader_words(args.lang, args.currency, pack)
    presenter = settings.presenter()
    results = []

    def produce(path: Path) -> None:
        try:
            results.append(write_report(evaluation, pack, path, words, presenter))
        except ReportError as exc:
            raise OutputError("failed", Path(args.output), f"cannot write {args.output}"
                              + (f": {exc.reason}" if exc.reason else "")) from None

    try:
        written = write_with(args.output, produce, _inputs(args, pack), is_complete_pdf, PDF)
    except OutputError as exc:
        raise UserFacingError(str(exc)) from None
    # The handout's own warnings (a missing Chinese font: ReportResult.warnings); the plan's are in the handout.
    for warning in results[0].warnings:
        with contextlib.suppress(OSError):  # (stderr on a full disk: the handout is written all the same)
            print(f"wxdesk: warning: {plain(warning)}", file=sys.stderr)
    say_written(written, f"{results[0].pages} pages")
    return EXIT_OK


def say_written(written: Path, size: str) -> None:
    """"Wrote FILE (SIZE)" on stdout (nothing where stdout is closed): the name as plain text (a terminal acts on
    none of its characters), and stdout
    that cannot be written (a full disk, /dev/full) said in one sentence that names the file written all the same:
    it was an internal error, the output complete on disk."""
    shown = plain(str(written))
    if stdout_closed():  # (`>&-`: the file is the answer, and it is written; the line about it has nowhere to go)
        return
    try:
        write_stdout(f"Wrote {shown} ({size})")
    except StdoutError as exc:
        raise StdoutError(f"{shown} was written, but standard output could not be: {exc.reason}", exc.reason) from None
