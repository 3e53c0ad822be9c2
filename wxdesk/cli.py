"""The `wxdesk` command: the desktop window by default, and commands for analysts.

Every failure a user can cause ends with one plain sentence on stderr and exit
status 2; nothing here ever prints a traceback or writes to an input file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from wxdesk import __version__
from wxdesk.errors import EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, UserFacingError


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one short line, not the usage block."""

    def error(self, message: str) -> None:
        raise UsageError(f"{message} (see 'wxdesk --help')")


class UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="wxdesk", description="Decide how a business should reach Chinese customers "
                     "on WeChat. With no command, opens the desktop window.")
    parser.add_argument("--version", action="version", version=f"wxdesk {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="start the window, move each main slider, check the chart, and exit")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    ev = commands.add_parser("evaluate", help="evaluate a scenario file or a preset")
    source = ev.add_mutually_exclusive_group(required=True)
    source.add_argument("scenario", nargs="?", metavar="FILE", help="scenario JSON file")
    source.add_argument("--preset", metavar="NAME", help="a bundled preset (see 'wxdesk presets')")
    ev.add_argument("--json", action="store_true", help="print machine-readable JSON")
    ev.add_argument("--pack", metavar="DATAPACK", help="use another data pack file")

    commands.add_parser("presets", help="list the bundled presets")

    rep = commands.add_parser("report", help="write the client handout as a PDF")
    source = rep.add_mutually_exclusive_group(required=True)
    source.add_argument("scenario", nargs="?", metavar="FILE", help="scenario JSON file")
    source.add_argument("--preset", metavar="NAME", help="a bundled preset (see 'wxdesk presets')")
    rep.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF to write")
    rep.add_argument("--lang", choices=("en", "zh_CN"), help="language of the handout (default: the system's)")
    rep.add_argument("--currency", choices=("CNY", "USD", "EUR"),
                     help="currency for amounts (default: as set in Preferences, else CNY)")
    rep.add_argument("--pack", metavar="DATAPACK", help="use another data pack file")

    cmp = commands.add_parser("compare", help="compare two to four scenarios side by side")
    cmp.add_argument("scenarios", nargs="*", metavar="FILE", help="scenario JSON files")
    cmp.add_argument("--preset", action="append", default=[], metavar="NAME",
                     help="add a bundled preset (may be given more than once)")
    cmp.add_argument("--json", action="store_true", help="print machine-readable JSON")
    cmp.add_argument("--pack", metavar="DATAPACK", help="use another data pack file")
    return parser


def _pack(path: str | None):
    from wxdesk.engine import load_datapack
    if path is None:
        # A newer pack imported in the desktop app (File ▸ Import Data Pack) counts here too.
        from wxdesk.engine.packs import active_pack
        return active_pack()
    return load_datapack(path)


def _load(args: argparse.Namespace, pack):
    from wxdesk.engine import load_preset, read_scenario_file
    if args.preset:
        return load_preset(args.preset)
    return read_scenario_file(args.scenario, pack.figures)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from wxdesk.engine import evaluate
    from wxdesk.engine.summary import summary_text
    pack = _pack(args.pack)
    evaluation = evaluate(_load(args, pack), pack)
    if args.json:
        print(json.dumps(evaluation.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(summary_text(evaluation, pack))
    return EXIT_OK


def cmd_presets(_args: argparse.Namespace) -> int:
    from wxdesk.engine import load_preset, preset_ids
    ids = preset_ids()
    width = max(len(i) for i in ids)
    for preset_id in ids:
        print(f"{preset_id:<{width}}  {load_preset(preset_id).name}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from wxdesk.report.command import run_report
    pack = _pack(args.pack)
    return run_report(args, _load(args, pack), pack)


def cmd_compare(args: argparse.Namespace) -> int:
    from pathlib import Path

    from wxdesk.engine import ScenarioError, load_preset, read_scenario_file
    from wxdesk.engine.compare import MAX_SCENARIOS, MIN_SCENARIOS, compare, comparison_text, unique_labels
    count = len(args.scenarios) + len(args.preset)
    if not MIN_SCENARIOS <= count <= MAX_SCENARIOS:
        raise ScenarioError(f"compare needs {MIN_SCENARIOS} to {MAX_SCENARIOS} scenarios, not {count}.")
    pack = _pack(args.pack)
    scenarios = [read_scenario_file(path, pack.figures) for path in args.scenarios]
    scenarios += [load_preset(name) for name in args.preset]
    # Columns are headed by file name (or preset id): short, and what the analyst typed.
    labels = unique_labels([Path(p).stem for p in args.scenarios] + list(args.preset))
    comparison = compare(scenarios, pack, labels)
    if args.json:
        print(json.dumps(comparison.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(comparison_text(comparison))
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from wxdesk.ui.app import run_gui
    except ImportError as exc:
        raise UserFacingError(f"the desktop window is not available here: {exc}") from None
    return run_gui(self_test=args.self_test, open_file=getattr(args, "open_file", None))


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    "evaluate": cmd_evaluate,
    "presets": cmd_presets,
    "report": cmd_report,
    "compare": cmd_compare,
    None: cmd_gui,
}


def main(argv: Sequence[str] | None = None) -> int:
    from wxdesk.engine import DataPackError, ScenarioError
    argv = list(sys.argv[1:] if argv is None else argv)
    # `wxdesk FILE.json` (how a desktop opens a file with wxdesk) opens it in the window.
    open_file = None
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        open_file = argv.pop(0)
    try:
        args = build_parser().parse_args(argv)
        args.open_file = open_file
        if open_file is not None and args.command is not None:
            raise UsageError(f"unknown command '{open_file}' (see 'wxdesk --help')")
        return COMMANDS[args.command](args)
    except UsageError as exc:
        return _fail(str(exc))
    except (ScenarioError, DataPackError, UserFacingError) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted")
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        from wxdesk.logs import log_exception
        where = log_exception(exc)
        print(f"wxdesk: internal error: {exc.__class__.__name__}: {exc}. Details were written to {where}.",
              file=sys.stderr)
        return EXIT_INTERNAL


def _fail(message: str) -> int:
    print(f"wxdesk: {message}", file=sys.stderr)
    return EXIT_USAGE
