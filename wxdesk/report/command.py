"""`wxdesk report`: the handout from the command line, with no window or display."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wxdesk.engine import DataPack, Evaluation


def _check_output(output: str, scenario_file: str | None) -> Path:
    from wxdesk.cli import UserFacingError
    target = Path(output)
    if target.is_dir():
        raise UserFacingError(f"{output} is a folder; give a file name such as {target / 'handout.pdf'}")
    if scenario_file and target.exists() and target.resolve() == Path(scenario_file).resolve():
        raise UserFacingError(f"the output {output} is the scenario file itself; choose another name")
    if not target.parent.resolve().is_dir():
        raise UserFacingError(f"cannot write {output}: the folder {target.parent} does not exist")
    return target


def gui_application():
    """The Qt application the painter needs; offscreen, since no window is shown."""
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["wxdesk", "-platform", "offscreen"])
    return app


def system_language() -> str:
    from PySide6.QtCore import QLocale
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def output_wording(args: argparse.Namespace, pack: DataPack):
    """The language and currency asked for (else the system's language and the chosen currency)."""
    from wxdesk.cli import UserFacingError
    from wxdesk.report.stored import stored_currency
    from wxdesk.report.wording import Wording, has_catalogue
    lang = args.lang or system_language()
    if not has_catalogue(lang):
        raise UserFacingError("the Chinese translation is not installed "
                              "(build it with build_scripts/build_translations.py)")
    currency, rate = stored_currency()
    currency = args.currency or currency
    return Wording.for_pack(pack, lang, currency, rate if currency != "CNY" and not args.currency else None)


def run_report(args: argparse.Namespace, evaluation: Evaluation, pack: DataPack) -> int:
    from wxdesk.cli import EXIT_OK, UserFacingError
    from wxdesk.logs import setup_logging
    setup_logging()  # warnings go to the log file; the user gets one line each below
    target = _check_output(args.output, args.scenario)
    _app = gui_application()  # noqa: F841 - must outlive the painting below
    from wxdesk.report.handout import ReportError, write_report
    from wxdesk.report.stored import stored_presenter
    wording = output_wording(args, pack)
    try:
        result = write_report(evaluation, pack, target, wording, stored_presenter())
    except ReportError as exc:
        raise UserFacingError(str(exc)) from None
    for warning in result.warnings:
        print(f"wxdesk: warning: {warning}", file=sys.stderr)
    print(f"Wrote {result.path} ({result.pages} pages)")
    return EXIT_OK
