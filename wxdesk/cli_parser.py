"""The `wxdesk` command's parser: its commands and their options (docs/command-line.md).

Imported only when the command line has words to read: `wxdesk` and `wxdesk FILE.json`, which start
the window, build no parser and load neither this module nor, for it, argparse (with gettext). (PySide6,
as the window loads it, imports argparse all the same, for a command-line tool of shiboken's that the
window never runs.)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import NoReturn

from wxdesk import __version__
from wxdesk.errors import UserFacingError, write_stdout

# The batch formats, here so that building the parser imports nothing heavy.
OUTPUT_FORMATS = ("csv", "jsonl", "json")
# The currencies amounts may be written in (words.vocabulary.CURRENCIES, the data pack's rates), here for the same
# reason: every command that takes --currency takes these.
CURRENCIES = ("CNY", "USD", "EUR")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one short line, not the usage block."""

    _words: list[str] = []
    _mixing = False  # inside parse_known_intermixed_args, which parses twice through parse_known_args

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[no-untyped-def]  # argparse's overloads
        if self._mixing:
            return super().parse_known_args(args, namespace)
        self._words = list(sys.argv[1:] if args is None else args)
        if not self._mixes_freely() or "--" in self._words:
            # (After "--" every word is an input: argparse's intermixed parsing drops the "--" between its two
            # passes and took `-- -x.csv` for an unknown option. There, the inputs follow the options.)
            return super().parse_known_args(args, namespace)
        # A command's inputs may stand on either side of its options, as a shell user expects: argparse alone
        # takes the positionals in one run, and `diff-pack OLD NEW --all-presets leads.csv` was refused with
        # "unrecognized arguments: leads.csv" (the run of SCENARIOS had ended, empty, before --all-presets).
        self._mixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._mixing = False

    def _mixes_freely(self) -> bool:
        """Whether this is a command's parser whose positionals argparse can read among its options: not the
        top-level one (its COMMAND takes the rest), and not one whose FILE is one choice of a group with --preset
        (argparse cannot intermix those; a single FILE has no run of inputs to be cut short anyway)."""
        if self._subparsers is not None:
            return False
        positionals = self._get_positional_actions()
        return not any(action in positionals for group in self._mutually_exclusive_groups
                       for action in group._group_actions)

    def error(self, message: str) -> NoReturn:
        # An option this command does not have is the mistake to name first: argparse may otherwise
        # complain about what it made of the words after it ("--top 5": "argument FILE: not allowed
        # with argument --preset", the 5 taken for a file), and report the unknown option only later.
        unknown = [] if self._subparsers is not None else self._unknown_options()  # a command's own parser
        if unknown and unknown[0] not in message:
            message = f"unrecognized arguments: {unknown[0]}"
        # Told as every other mistake on the command line is, in one sentence (wxdesk.cli.main), with the help of the
        # command it is about: "see 'wxdesk --help'" of `wxdesk report s.json` sent the user to the list of commands.
        raise UserFacingError(f"{message} (see '{self._command_prog()} --help')")

    def _command_prog(self) -> str:
        """'wxdesk report' for a command's parser, and for the top-level one where the words name a command (argparse
        reports a command's unrecognized words there); else 'wxdesk'."""
        if self._subparsers is None:
            return self.prog
        for action in self._subparsers._group_actions:
            choices = action.choices if isinstance(action.choices, dict) else {}
            for word in self._words:
                if word == "--":
                    break
                if word in choices:
                    return str(choices[word].prog)
        return self.prog

    def _print_message(self, message: str, file=None) -> None:  # type: ignore[no-untyped-def]  # argparse's
        # --help and --version: argparse drops a failed write (a full disk, /dev/full) and exits 0, the help or
        # version never shown; said as every other output that cannot be written is (StdoutError).
        if message and file is sys.stdout:
            write_stdout(message, end="")
            return
        super()._print_message(message, file)

    def _unknown_options(self) -> list[str]:
        found = []
        for word in self._words:
            if word == "--":
                break
            name = word.split("=", 1)[0]
            if not name.startswith("-") or name == "-" or _is_number(name):
                continue
            if not any(option.startswith(name) for option in self._option_string_actions):
                found.append(name)
        return found


def _is_number(word: str) -> bool:
    try:
        float(word)
    except ValueError:
        return False
    return True


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="wxdesk", description="Decide how a business should reach Chinese customers "
                     "on WeChat. With no command, opens the desktop window.")
    parser.add_argument("--version", action="version", version=f"wxdesk {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="start the window, move each main slider, check the chart, and exit")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    ev = commands.add_parser(
        "evaluate", help="evaluate scenarios: files, folders, CSV or JSON Lines tables, or - for stdin",
        description="One scenario file or preset prints a summary (or --json). Several inputs, a folder, a "
                    "table or --format/-o evaluate a batch: one row per scenario, a bad row gets its error "
                    "and the batch goes on. Exit status 0: every row evaluated; 2: some row failed; 130: "
                    "stopped before the end (Ctrl+C, told to end, worker processes ended), the rows done "
                    "written. The columns: docs/command-line.md.")
    ev.add_argument("inputs", nargs="*", default=[], metavar="INPUT", type=_named,
                    help="scenario files (.json), folders of them, tables (.csv, .jsonl), or - for stdin")
    ev.add_argument("--preset", action="append", default=[], metavar="NAME",
                    help="a bundled preset (see 'wxdesk presets'; may be given more than once)")
    ev.add_argument("--json", action="store_true", help="print machine-readable JSON (a batch: a JSON array)")
    ev.add_argument("--format", choices=OUTPUT_FORMATS, help="write rows as csv, jsonl (JSON Lines) or json "
                    "(an array); default: from the -o file's extension, else jsonl")
    ev.add_argument("-o", "--output", metavar="FILE", type=_output_name,
                    help="write the rows to FILE instead of stdout; an existing FILE is replaced only when it "
                         "holds earlier results of evaluate or is empty, and never when read-only")
    ev.add_argument("--input-format", choices=OUTPUT_FORMATS,
                    help="read every input as csv, jsonl or json (default: from each file's extension; "
                         "stdin is guessed from its first line)")
    ev.add_argument("--jobs", type=_jobs, metavar="N",
                    help="worker processes for a batch (default: one per core)")
    ev.add_argument("-q", "--quiet", action="store_true",
                    help="show no progress on stderr: neither the bar on a terminal nor the lines in a log "
                         "(warnings and the closing line are still shown)")
    _language_option(ev)
    ev.add_argument("--currency", choices=CURRENCIES, default="CNY",
                    help="currency for one scenario's amounts at the data pack's rate (default: CNY; with --json, its "
                         "texts: every number stays in CNY)")
    ev.add_argument("--pack", metavar="DATAPACK", type=_named, help="use another data pack file")

    commands.add_parser("presets", help="list the bundled presets")

    rep = commands.add_parser("report", help="write the client handout as a PDF")
    _client_output_options(rep, "OUT.pdf", "the PDF to write (an existing file is replaced only when it is a "
                           "handout wxdesk wrote, or empty)", "handout")

    share = commands.add_parser("share", help="write the long image to send in a WeChat chat (PNG)")
    _client_output_options(share, "OUT.png", "the PNG to write (an existing file is replaced only when it is an "
                           "image wxdesk wrote, or empty)", "image")
    share.add_argument("--width", type=int, choices=(750, 1080), default=1080, help="width in pixels (default 1080)")
    share.add_argument("--no-prices", action="store_true", help="leave out every price, for forwarding")

    cmp = commands.add_parser("compare", help="compare two to four scenarios side by side")
    cmp.add_argument("scenarios", nargs="*", default=[], metavar="FILE", type=_scenario_file("compare"),
                     help="scenario JSON files")
    cmp.add_argument("--preset", action="append", default=[], metavar="NAME",
                     help="add a bundled preset (may be given more than once)")
    cmp.add_argument("--json", action="store_true", help="print machine-readable JSON")
    _language_option(cmp)
    cmp.add_argument("--currency", choices=CURRENCIES, default="CNY",
                     help="currency for the table's amounts at the data pack's rate (default: CNY; JSON stays in CNY)")
    cmp.add_argument("--pack", metavar="DATAPACK", type=_named, help="use another data pack file")

    tpl = commands.add_parser("template", help="print a scenario to start from (JSON) or a CSV table with its guide")
    tpl.add_argument("--format", choices=("json", "csv"), default="json", help="json (default) or csv")

    sch = commands.add_parser("schema", help="print the JSON Schema of a scenario file, of 'evaluate --json' or of "
                                             "'compare --json'")
    sch.add_argument("kind", choices=("scenario", "evaluation", "comparison"))

    for name, text in (("sensitivity", "which data-pack figures move the answer most (the tornado's rows)"),
                       ("flips", "the budget, session length and audience at which the answer changes")):
        cmd = commands.add_parser(name, help=text)
        source = cmd.add_mutually_exclusive_group(required=True)
        source.add_argument("scenario", nargs="?", metavar="FILE", type=_scenario_file(name),
                            help="scenario JSON file")
        source.add_argument("--preset", metavar="NAME", help="a bundled preset (see 'wxdesk presets')")
        cmd.add_argument("--json", action="store_true", help="print machine-readable JSON")
        _language_option(cmd)
        cmd.add_argument("--pack", metavar="DATAPACK", type=_named, help="use another data pack file")

    dp = commands.add_parser("diff-pack", help="which scenarios change their answer between two data packs, "
                             "and the figure that moves each")
    dp.add_argument("old_pack", metavar="OLD.toml", type=_named)
    dp.add_argument("new_pack", metavar="NEW.toml", type=_named)
    dp.add_argument("inputs", nargs="*", default=[], metavar="SCENARIOS", type=_named,
                    help="scenario files, folders, tables or - (as for evaluate)")
    dp.add_argument("--preset", action="append", default=[], metavar="NAME", help="add a bundled preset")
    dp.add_argument("--all-presets", action="store_true", help="add every bundled preset")
    dp.add_argument("--json", action="store_true", help="print machine-readable JSON")
    dp.add_argument("--jobs", type=_jobs, metavar="N", help="worker processes (default: one per core)")
    dp.add_argument("-q", "--quiet", action="store_true",
                    help="show no progress on stderr: neither the bar on a terminal nor the lines in a log")
    _language_option(dp)

    chg = commands.add_parser(
        "changes", help="print what changed in the data pack, newest first",
        description="With FILE, only the changes that touch that scenario since the pack it was saved with "
                    "(or since --since), and how its answer moved: the plan, its cost and each fit.")
    chg.add_argument("scenario", nargs="?", metavar="FILE", type=_scenario_file("changes"),
                     help="a scenario JSON file")
    chg.add_argument("--since", metavar="DATE", help="only changes made after this day (YYYY-MM-DD)")
    chg.add_argument("--json", action="store_true", help="print machine-readable JSON")
    _language_option(chg)
    chg.add_argument("--pack", metavar="DATAPACK", type=_named, help="use another data pack file")
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not '{text}'")
    return value


def _named(text: str) -> str:
    """An input's name, never empty: "" (an unset shell variable) read every scenario file in the current folder."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty name is not a file or folder (is a shell variable unset?)")
    return text


def _scenario_file(command: str) -> Callable[[str], str]:
    """The type of a command's scenario FILE where the command does not read standard input: `report -` was told
    "- does not exist.", as though the user had named a file called '-'."""
    command = command.split()[-1]  # (a parser's prog is "wxdesk report")

    def scenario_file(text: str) -> str:
        if text == "-":
            raise argparse.ArgumentTypeError(f"'{command}' does not read standard input (-); give a scenario file, "
                                             "or save the scenario to one first")
        return _named(text)
    return scenario_file


def _output_name(text: str) -> str:
    """An output's name, never empty: `-o "$OUT"` with OUT unset wrote a batch's rows to the terminal as though no
    -o were given, and named the current folder to a handout ("/home/me is a folder")."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty name is not a file to write (is a shell variable unset?)")
    return text


MAX_JOBS = 256  # worker processes: more than any machine wxdesk runs on has cores for


def _jobs(text: str) -> int:
    """--jobs: a whole number of worker processes, 1 to MAX_JOBS (a mistyped 99999999999 started processes
    until the machine ran out of them)."""
    value = _positive_int(text)
    if value > MAX_JOBS:
        raise argparse.ArgumentTypeError(f"must be at most {MAX_JOBS} worker processes, not {text}")
    return value


def _client_output_options(parser: argparse.ArgumentParser, metavar: str, output_help: str, what: str) -> None:
    """What the handout and the long image both take: one scenario, the output, language, currency, pack."""
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("scenario", nargs="?", metavar="FILE", type=_scenario_file(parser.prog),
                        help="scenario JSON file")
    source.add_argument("--preset", metavar="NAME", help="a bundled preset (see 'wxdesk presets')")
    parser.add_argument("-o", "--output", required=True, metavar=metavar, type=_output_name, help=output_help)
    parser.add_argument("--lang", choices=("en", "zh_CN"), help=f"language of the {what} (default: the system's)")
    parser.add_argument("--currency", choices=CURRENCIES,
                        help="currency for amounts (default: as set in Preferences, else CNY)")
    parser.add_argument("--pack", metavar="DATAPACK", type=_named, help="use another data pack file")


def _language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=("en", "zh_CN"), default="en",
                        help="language of every text in the answer (default: en)")
