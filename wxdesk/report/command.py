"""`wxdesk report`: the handout from the command line, with no window or display."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wxdesk.engine import DataPack, Scenario
from wxdesk.errors import EXIT_OK, UserFacingError
from wxdesk.words import LANGUAGES, Words


def _check_output(output: str, scenario_file: str | None) -> Path:
    target = Path(output)
    if target.is_dir():
        raise UserFacingError(f"{output} is a folder; give a file name such as {target / 'handout.pdf'}")
    if scenario_file and target.exists() and target.resolve() == Path(scenario_file).resolve():
        raise UserFacingError(f"the output {output} is the scenario file itself; choose another name")
    if not target.parent.resolve().is_dir():
        raise UserFacingError(f"cannot write {output}: the folder {target.parent} does not exist")
    return target


def _gui_application():
    """The Qt application the painter needs; offscreen, since no window is shown."""
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["wxdesk", "-platform", "offscreen"])
    return app


def reader_words(lang: str | None, currency: str | None, pack: DataPack) -> Words:
    """The handout's words: the language and currency asked for, else the system's language and
    the currency and rate chosen in Preferences (as the window would show them)."""
    from wxdesk import catalogues, settings
    lang = lang or catalogues.system_language()
    translate = catalogues.translate_function(lang)
    if translate is None:
        raise UserFacingError(f"the {LANGUAGES[lang]} translation is not installed "
                              "(build it with build_scripts/build_translations.py)")
    currency = currency or settings.currency()
    return Words.make(lang, currency, pack, translate, own_rate=settings.cny_per_unit(currency))


def run_report(args: argparse.Namespace, scenario: Scenario, pack: DataPack) -> int:
    from wxdesk.logs import setup_logging
    setup_logging()  # warnings go to the log file; the user gets one line each below
    target = _check_output(args.output, args.scenario)
    _app = _gui_application()  # must outlive the painting below
    from wxdesk.report.handout import ReportError, write_report
    words = reader_words(args.lang, args.currency, pack)
    try:
        result = write_report(scenario, pack, target, words)
    except ReportError as exc:
        raise UserFacingError(str(exc)) from None
    for warning in result.warnings:
        print(f"wxdesk: warning: {warning}", file=sys.stderr)
    print(f"Wrote {result.path} ({result.pages} pages)")
    return EXIT_OK

