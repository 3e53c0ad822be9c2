"""`wxdesk report`: the handout from the command line, with no window or display."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wxdesk.engine import DataPack, Scenario


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


def _gui_application():
    """The Qt application the painter needs; offscreen, since no window is shown."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance()
    if app is None:
        # Qt's own remarks (such as a locale that is not UTF-8, with LC_ALL=C) go to the log, not the terminal.
        qInstallMessageHandler(_qt_message_to_log)
        app = QGuiApplication(["wxdesk", "-platform", "offscreen"])
    return app


def _qt_message_to_log(_kind, _context, message: str) -> None:
    import logging
    logging.getLogger("wxdesk.report").info("Qt: %s", message)


def run_report(args: argparse.Namespace, scenario: Scenario, pack: DataPack) -> int:
    from wxdesk.cli import EXIT_OK, UserFacingError
    from wxdesk.logs import setup_logging
    setup_logging()  # warnings go to the log file; the user gets one line each below
    from wxdesk.safe_output import OutputError, check_output, write_with
    try:
        check_output(args.output, _inputs(args, pack))  # before the slow part
    except OutputError as exc:
        raise UserFacingError(str(exc)) from None
    _app = _gui_application()  # noqa: F841 - must outlive the painting below
    from wxdesk.report.handout import ReportError, write_report
    from wxdesk.ui import i18n
    lang = args.lang or i18n.current_language()
    i18n.set_language(lang)
    if lang != "en" and not i18n.has_translator():
        raise UserFacingError(f"the {i18n.LANGUAGES[lang]} translation is not installed "
                              "(build it with build_scripts/build_translations.py)")
    results = []

    def produce(path: Path) -> None:
        try:
            results.append(write_report(scenario, pack, path, lang=lang, currency=args.currency))
        except ReportError as exc:
            raise OutputError("failed", Path(args.output), f"cannot write {args.output}"
                              + (f": {exc.reason}" if exc.reason else "")) from None

    try:
        written = write_with(args.output, produce, _inputs(args, pack), is_complete_pdf)
    except OutputError as exc:
        raise UserFacingError(str(exc)) from None
    for warning in results[0].warnings:
        print(f"wxdesk: warning: {warning}", file=sys.stderr)
    print(f"Wrote {written} ({results[0].pages} pages)")
    return EXIT_OK
