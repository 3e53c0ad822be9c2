"""The `wxdesk` command: the desktop window by default, and commands for analysts.

Every failure a user can cause ends with one plain sentence on stderr and exit
status 2; nothing here ever prints a traceback or writes to an input file.
"""

from __future__ import annotations

import argparse
import json
import os
import re
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

    share = commands.add_parser("share", help="write the long image to send in a WeChat chat (PNG)")
    source = share.add_mutually_exclusive_group(required=True)
    source.add_argument("scenario", nargs="?", metavar="FILE", help="scenario JSON file")
    source.add_argument("--preset", metavar="NAME", help="a bundled preset (see 'wxdesk presets')")
    share.add_argument("-o", "--output", required=True, metavar="OUT.png", help="the PNG to write")
    share.add_argument("--lang", choices=("en", "zh_CN"), help="language of the image (default: the system's)")
    share.add_argument("--currency", choices=("CNY", "USD", "EUR"),
                       help="currency for amounts (default: as set in Preferences, else CNY)")
    share.add_argument("--width", type=int, choices=(750, 1080), default=1080, help="width in pixels (default 1080)")
    share.add_argument("--no-prices", action="store_true", help="leave out every price, for forwarding")
    share.add_argument("--pack", metavar="DATAPACK", help="use another data pack file")

    cmp = commands.add_parser("compare", help="compare two to four scenarios side by side")
    cmp.add_argument("scenarios", nargs="*", metavar="FILE", help="scenario JSON files")
    cmp.add_argument("--preset", action="append", default=[], metavar="NAME",
                     help="add a bundled preset (may be given more than once)")
    cmp.add_argument("--json", action="store_true", help="print machine-readable JSON")
    cmp.add_argument("--pack", metavar="DATAPACK", help="use another data pack file")

    chg = commands.add_parser("changes", help="print what changed in the data pack, newest first")
    chg.add_argument("--since", metavar="DATE", help="only changes made after this day (YYYY-MM-DD)")
    chg.add_argument("--pack", metavar="DATAPACK", help="use another data pack file")
    return parser


def _pack(path: str | None):
    from wxdesk.engine import load_datapack
    if path is None:
        # A newer pack imported in the desktop app (File ▸ Import Data Pack) counts here too;
        # one that can no longer be used is set aside, and the user told (once).
        from wxdesk.engine.packs import resolve_active_pack
        pack, notice = resolve_active_pack()
        if notice:
            print(f"wxdesk: warning: {_plain(notice)}", file=sys.stderr)
        return pack
    return load_datapack(path)


def _load(args: argparse.Namespace, pack):
    from wxdesk.engine import load_preset, read_scenario_file
    if args.preset is not None:  # `--preset ''` names no preset, and says so
        return load_preset(args.preset)
    return read_scenario_file(args.scenario, pack.figures)


def _evaluated(scenario, pack):
    """The evaluation, or ComputationError (one sentence) when the figures leave nothing finite."""
    from wxdesk.engine import evaluate
    from wxdesk.engine.figure_limits import computed, finite_numbers
    evaluation = computed(lambda: evaluate(scenario, pack))
    computed(lambda: evaluation.to_dict(), finite_numbers)
    return evaluation


# Characters that JSON allows raw but a terminal obeys (C1 controls, direction overrides),
# and lone surrogates, which have no UTF-8 form: written as JSON escapes instead.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")


def _json_text(data) -> str:
    """Strict JSON (no NaN or Infinity), readable Chinese, nothing a terminal would act on."""
    text = json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _plain(text: str, keep_newlines: bool = False) -> str:
    from wxdesk.engine.files import plain
    return plain(text, keep_newlines)


def _out(text: str) -> None:
    """Print to stdout and flush, so that a full disk or closed pipe is noticed here."""
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:  # a full disk (/dev/full), a removed drive
        _silence_stdout()
        raise UserFacingError(f"cannot write the output: {exc.strerror or exc}") from None


def cmd_evaluate(args: argparse.Namespace) -> int:
    from wxdesk.engine.summary import summary_text
    pack = _pack(args.pack)
    evaluation = _evaluated(_load(args, pack), pack)
    if args.json:
        _out(_json_text(evaluation.to_dict()))
    else:
        _out(_plain(summary_text(evaluation, pack), keep_newlines=True))
    return EXIT_OK


def cmd_presets(_args: argparse.Namespace) -> int:
    from wxdesk.engine import load_preset, preset_ids
    ids = preset_ids()
    width = max(len(i) for i in ids)
    _out("\n".join(f"{preset_id:<{width}}  {_plain(load_preset(preset_id).name)}" for preset_id in ids))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from wxdesk.engine import evaluate
    from wxdesk.report.command import run_report
    pack = _pack(args.pack)
    scenario = _load(args, pack)
    # A scenario the model cannot compute is refused before any file is written.
    return run_report(args, _evaluated(scenario, pack), pack)


def cmd_share(args: argparse.Namespace) -> int:
    from wxdesk.share.command import run_share
    pack = _pack(args.pack)
    return run_share(args, _evaluated(_load(args, pack), pack), pack)


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
    for scenario in scenarios:
        _evaluated(scenario, pack)
    comparison = compare(scenarios, pack, labels)
    if args.json:
        _out(_json_text(comparison.to_dict()))
    else:
        _out(_plain(comparison_text(comparison), keep_newlines=True))
    return EXIT_OK


def cmd_changes(args: argparse.Namespace) -> int:
    from wxdesk.engine.changelog import changelog_text, changes_since, load_changelog
    pack = _pack(args.pack)
    try:
        changes = changes_since(args.since, load_changelog(pack))
    except ValueError:
        raise UsageError(f"--since must be a day such as 2026-11-24, not '{args.since}'") from None
    print(changelog_text(changes))
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
    "share": cmd_share,
    "compare": cmd_compare,
    "changes": cmd_changes,
    None: cmd_gui,
}


def main(argv: Sequence[str] | None = None) -> int:
    from wxdesk.engine import DataPackError, ScenarioError
    from wxdesk.engine.figure_limits import ComputationError
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
    except (ScenarioError, DataPackError, UserFacingError, ComputationError) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted")
    except BrokenPipeError:
        _silence_stdout()  # the reader went away (`| head`): nothing more to say
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        return _internal(exc)


def _internal(exc: BaseException) -> int:
    from wxdesk.logs import log_exception
    where = log_exception(exc)
    _say(f"wxdesk: internal error ({exc.__class__.__name__}): something went wrong inside wxdesk; "
         f"the details were written to {_plain(str(where))}.")
    return EXIT_INTERNAL


def _silence_stdout() -> None:
    """Point stdout at nothing, so that Python's own flush at exit cannot fail again."""
    try:
        # Python flushes the same file descriptor again at exit; it now leads nowhere.
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):  # stdout replaced by something without a descriptor
        pass


def _say(line: str) -> None:
    try:
        print(line, file=sys.stderr)
    except (OSError, ValueError):
        pass


def _fail(message: str) -> int:
    _say(f"wxdesk: {_plain(message)}")
    return EXIT_USAGE
