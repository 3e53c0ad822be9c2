"""The `wxdesk` command: the desktop window by default, and commands for analysts.

Every failure a user can cause ends with one plain sentence on stderr and exit
status 2; nothing here ever prints a traceback or writes to an input file. A batch
(`evaluate` on several scenarios) puts each bad row's sentence in its row, goes on,
and exits 2 when any row failed, 130 when stopped before its end, the rows done kept (Ctrl+C, told to end,
its worker processes ended: docs/command-line.md), 141 when standard output's reader went away (`| head`).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, cast

# First, before anything imports pathlib or zipfile: the standard library's modules they import and no start
# uses, made on first use (see the module).
from wxdesk import start_stdlib

start_stdlib.install()

from wxdesk import start_code, start_gc, start_linking, start_numpy  # noqa: E402 - after start_stdlib's finder
from wxdesk.errors import (  # noqa: E402
    EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, StdoutError, UserFacingError, prepare_standard_streams, write_stdout)

if TYPE_CHECKING:
    # The commands' arguments: the parser (wxdesk.cli_parser, with argparse) is imported only to read a
    # command, never for `wxdesk` or `wxdesk FILE.json`, which start the window.
    import argparse

    from wxdesk.batch.sources import KnownFigures
    from wxdesk.engine import DataPack, Evaluation, Scenario
    from wxdesk.engine.changelog import Change

EXIT_INTERRUPTED = 130  # as a shell reports a command stopped by Ctrl+C
# Standard output's reader went away before the output's end (`| head -1`): as a shell reports a command ended by
# SIGPIPE (128 + 13), so that a script (`set -o pipefail`) does not take a batch cut off for one whose every row was
# evaluated, which 0 says. Quietly, as a command ended by SIGPIPE is: the reader chose to stop reading.
EXIT_PIPE_CLOSED = 141


class UsageError(Exception):
    pass


def _pack(path: str | None) -> DataPack:
    if path is None:
        # A newer pack imported in the desktop app (File ▸ Import Data Pack) counts here too;
        # one that can no longer be used is set aside, and the user told (once).
        from wxdesk.engine.packs import resolve_active_pack
        pack, notice = resolve_active_pack()
        if notice:
            print(f"wxdesk: warning: {_plain(notice)}", file=sys.stderr)
        return pack
    from wxdesk.batch.api import pack_file  # (its changelog read too, as `changes` reads it)
    return pack_file(path)


def _load(args: argparse.Namespace, pack: DataPack) -> Scenario:
    from wxdesk.engine import load_preset
    if args.preset is not None:  # `--preset ''` names no preset, and says so
        # An example reads in the output's language: its name, client and notes too.
        language = getattr(args, "lang", None)
        if language is None and args.command in ("report", "share"):
            from wxdesk.catalogues import system_language  # the same default as the output's words
            language = system_language()
        return load_preset(args.preset, language or "en")
    return _scenario_file(args.scenario, pack, args.command)


def _scenario_file(name: str, pack: DataPack, command: str, preset_hint: bool = True) -> Scenario:
    """The scenario file `name` given to `command` (one that takes scenario files, not tables), or the one sentence
    that refuses it: a table (by its name) or a JSON list of scenarios is said to be one, with the way to evaluate
    its rows (read as a scenario file, `flips all.jsonl` said "The file is not valid JSON (line 2, column 1: extra
    data)"); a missing file that is a preset's name, with the way to that preset (_with_preset_hint, where the
    command takes --preset); any other problem as the file reader says it."""
    from wxdesk.engine import ScenarioError, read_scenario_file
    several = command == "compare"
    _refuse_table(name, command, several)
    try:
        return read_scenario_file(name, pack.figures, named=name)
    except ScenarioError as exc:
        # A JSON list of scenarios, which evaluate reads, said only "A scenario must be a JSON object, not a list."
        if _holds_objects(name):
            takes = "one scenario a file" if several else "one scenario"
            raise ScenarioError(f"{command} takes {takes}, and {name} holds a list of them; to evaluate them, give "
                                f"'wxdesk evaluate {name}'.", exc.field) from None
        raise ScenarioError(_with_preset_hint(name, str(exc)) if preset_hint else str(exc), exc.field) from None


def _refuse_table(path: str, command: str, several: bool) -> None:
    """UserFacingError where `path`, given to `command` as a scenario file, is a table by its name (.csv, .jsonl,
    .ndjson) and a file: "compare takes scenario files (.json), and all.jsonl is a JSON Lines table; …"."""
    from wxdesk.batch.sources import TABLE_SUFFIXES
    kind = TABLE_SUFFIXES.get(os.path.splitext(path)[1].lower())
    if kind is None or not os.path.isfile(path):
        return
    table = "a CSV table" if kind == "csv" else "a JSON Lines table"
    takes = "scenario files" if several else "a scenario file"
    raise UserFacingError(f"{command} takes {takes} (.json), and {path} is {table}; to evaluate its rows, "
                          f"give 'wxdesk evaluate {path}'.")


def _with_preset_hint(name: str, problem: str) -> str:
    """`problem`, said of the input `name`, with the way to the bundled example of that name where `name` is no file
    but a preset's id (or its file's name): `wxdesk flips car_brand` answered only "car_brand does not exist.", and
    the user was left to find --preset in the help."""
    from pathlib import PurePath

    from wxdesk.engine import preset_ids
    named = PurePath(name)
    preset = named.stem if named.suffix == ".json" else name
    if os.path.lexists(name) or len(named.parts) != 1 or preset not in preset_ids():
        return problem
    return f"{problem.removesuffix('.')}; for the bundled example of that name, give --preset {preset}."


def _evaluated(scenario: Scenario, pack: DataPack) -> Evaluation:
    """The evaluation, or ComputationError (one sentence) when the figures leave nothing finite."""
    from wxdesk.engine import evaluate
    from wxdesk.engine.figure_limits import computed, finite_numbers
    evaluation = computed(lambda: evaluate(scenario, pack))
    computed(lambda: evaluation.to_dict(), finite_numbers)
    return evaluation


def _json_text(data: object) -> str:
    """Strict JSON (no NaN or Infinity), readable Chinese, nothing a terminal would act on."""
    from wxdesk.batch.jsontext import json_text
    return json_text(data, indent=2)


def _plain(text: str, keep_newlines: bool = False) -> str:
    from wxdesk.engine.reading import plain
    return plain(text, keep_newlines)


def _out(text: str, end: str = "\n") -> None:
    """Print to stdout and flush, so that a full disk or closed pipe is noticed here (StdoutError)."""
    write_stdout(text, end)


def _check_language(lang: str) -> None:
    """Load the catalogue before any work, so a missing one is one sentence, not a failed batch."""
    from wxdesk.batch.language import CatalogueError, catalogue
    if lang != "en":
        try:
            catalogue(lang)
        except CatalogueError as exc:
            raise UserFacingError(str(exc)) from None


def _single_scenario(args: argparse.Namespace) -> str | None:
    """The one scenario file or preset of a plain `evaluate`, or None for a batch."""
    from pathlib import Path

    from wxdesk.batch.sources import holds_array, input_format
    if args.format or args.output or len(args.inputs) + len(args.preset) != 1:
        return None
    if args.preset:
        return f"preset:{args.preset[0]}"
    item: str = args.inputs[0]
    if item == "-" or Path(item).is_dir() or input_format(item, args.input_format) != "json" or holds_array(item):
        return None  # (an array of scenarios, such as `--format json` writes, is a batch)
    return item


def cmd_evaluate(args: argparse.Namespace) -> int:
    if not args.inputs and not args.preset:
        raise UsageError("evaluate needs a scenario: a file, a folder, a table, - for stdin, or --preset NAME "
                         "(see 'wxdesk evaluate --help')")
    if args.json and args.format not in (None, "json"):
        raise UsageError(f"--json and --format {args.format} ask for two formats; give one")
    _check_language(args.lang)
    pack = _pack(args.pack)
    from wxdesk.batch.sources import KnownFigures
    _check_inputs(args.inputs, args.input_format, KnownFigures(pack.figures.keys()))
    single = _single_scenario(args)
    if single is not None:
        return _evaluate_one(args, single, pack)
    if args.currency != "CNY":
        # A batch's rows are data: every amount in yuan, as its columns and keys name them (cost_build, *_cny).
        raise UsageError(f"--currency {args.currency} is for one scenario's summary or --json; a batch's rows keep "
                         "every amount in yuan (CNY), as their columns name them")
    return _evaluate_batch(args, pack)


def _evaluate_one(args: argparse.Namespace, source: str, pack: DataPack) -> int:
    from wxdesk.batch.contract import evaluation_record
    from wxdesk.batch.language import reader
    from wxdesk.batch.sources import with_table_hint
    from wxdesk.engine import ScenarioError, load_preset, read_scenario_file
    from wxdesk.words.summary import summary_text
    if source.startswith("preset:"):
        scenario = load_preset(source[len("preset:"):], args.lang)
    else:
        try:
            scenario = read_scenario_file(source, pack.figures, named=source)
        except ScenarioError as exc:
            raise ScenarioError(with_table_hint(source, str(exc)), exc.field) from None
    evaluation = _evaluated(scenario, pack)
    if args.json:  # (its numbers in yuan, its texts in the currency asked: text_currency says which)
        _out(_json_text(evaluation_record(evaluation, args.lang, pack, currency=args.currency)))
        return EXIT_OK
    # In the currency asked at the data pack's rate, as the handout's and compare's --currency convert, the rate said
    # under it as compare's table says it.
    w = reader(args.lang, args.currency, pack)
    text = summary_text(evaluation, pack, w)
    if w.currency != "CNY":
        text += "\n\n" + w.translate("CompareTable", "Amounts in {currency}.").format(currency=w.currency_with_rate())
    _out(_plain(text, keep_newlines=True))
    return EXIT_OK


def _check_inputs(inputs: list[str], forced: str | None = None, figures: KnownFigures | None = None) -> None:
    """Refuse, before any work and before any output is opened, an input that cannot be read as a whole: a file
    that is missing, may not be read or is not a regular file (a typo once wrote its error row over last week's
    results), a table whose header names a column that is no field (every row would fail alike, or take a default
    the user meant to set), and a folder that holds no scenario file or cannot be listed: the user named it to
    have its scenarios read, and an answer about none of them would read as done; and '-' where standard input is
    closed (`<&-`), which was a failed row written ahead of the other inputs' rows. `forced`: --input-format.
    `figures`: the data pack's figures, which a table's overrides.FIGURE column must name one of (a typo such as
    overrides.app_buld_cny failed each row that set it)."""
    from pathlib import Path

    from wxdesk.batch.sources import folder_entries, header_problem, input_problem, unreadable_folder
    for item in inputs:
        if item == "-":
            if sys.stdin is None:  # started with its standard input closed (`<&-`): as a missing file is refused
                raise UserFacingError("standard input is closed, so there is nothing to read from '-'")
            continue
        problem = input_problem(item)
        if problem is not None:
            raise UserFacingError(_with_preset_hint(item, problem))
        if not Path(item).is_dir():
            problem = header_problem(item, forced, figures)
            if problem is not None:
                raise UserFacingError(problem)
            continue
        try:
            # (Not Path.glob: it calls a folder it may not list empty, and the user looked for missing files.)
            # (Its *.json entries that are not files count: each becomes a failed row that says why.)
            found = folder_entries(Path(item))
        except PermissionError:
            raise UserFacingError(unreadable_folder(item)) from None
        if not found:
            raise UserFacingError(f"{item} is a folder with no scenario files (*.json) in it")


def _evaluate_batch(args: argparse.Namespace, pack: DataPack) -> int:

    from wxdesk.batch.command import run_batch
    from wxdesk.batch.runner import default_jobs
    from wxdesk.batch.writers import OutputError, format_for
    if args.inputs.count("-") > 1:
        raise UsageError("standard input (-) can be read only once")
    try:
        fmt = format_for(args.output, "json" if args.json else args.format, "--json" if args.json else None)
    except OutputError as exc:
        raise UsageError(str(exc)) from None
    try:
        result = run_batch(args.inputs, args.preset, pack, fmt, args.output, args.lang,
                           args.jobs or default_jobs(), args.input_format, quiet=args.quiet)
    except OutputError as exc:
        if not args.output or args.output == "-":
            _silence_stdout()
        raise UserFacingError(str(exc)) from None
    if result.empty:
        raise UserFacingError(_no_scenarios(args.inputs))
    for line in (result.warning(), result.message()):
        if line:
            _say(f"wxdesk: {_plain(line)}")
    if result.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_USAGE if result.failed else EXIT_OK


def _no_scenarios(inputs: list[str]) -> str:
    """The sentence for a batch whose inputs held no scenario at all."""
    names = ["standard input" if item == "-" else item for item in inputs]
    if len(names) == 1:
        return f"{names[0]} holds no scenarios to evaluate"
    return f"{', '.join(names[:-1])} and {names[-1]} hold no scenarios to evaluate"


def cmd_template(args: argparse.Namespace) -> int:
    from wxdesk.batch.template import csv_template, guide, json_template
    if args.format == "csv":
        _out(csv_template(), end="")
        return EXIT_OK
    _out(json_template(), end="")
    if sys.stderr.isatty():
        # JSON has no comments, so the guide goes beside the file rather than into it.
        _say("\n".join(["", "Fields:", *("  " + line for line in guide())]))
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from wxdesk.batch.schema import SCHEMAS
    _out(_json_text(SCHEMAS[args.kind]()))
    return EXIT_OK


def cmd_sensitivity(args: argparse.Namespace) -> int:
    from wxdesk.batch.insight import sensitivity_dict, sensitivity_text
    return _insight(args, sensitivity_dict, sensitivity_text)


def cmd_flips(args: argparse.Namespace) -> int:
    from wxdesk.batch.insight import flips_dict, flips_text
    return _insight(args, flips_dict, flips_text)


def _insight(args: argparse.Namespace, as_dict: Callable[..., object], as_text: Callable[..., str]) -> int:
    """One scenario's sensitivity or flip points, as JSON or as text."""
    _check_language(args.lang)
    pack = _pack(args.pack)
    scenario = _load(args, pack)
    _evaluated(scenario, pack)  # a scenario the model cannot compute is refused in one sentence
    if args.json:
        _out(_json_text(as_dict(scenario, pack, args.lang)))
    else:
        _out(_plain(as_text(scenario, pack, args.lang), keep_newlines=True))
    return EXIT_OK


def cmd_diff_pack(args: argparse.Namespace) -> int:
    from wxdesk.batch.command import estimate_rows, progress
    from wxdesk.batch.diffpack import diff_packs, diff_text
    from wxdesk.batch.runner import default_jobs, interrupted_when_told_to_end
    from wxdesk.batch.workers import WorkerLostError
    from wxdesk.engine import preset_ids
    _check_language(args.lang)
    presets = list(args.preset) + (preset_ids() if args.all_presets else [])
    if not args.inputs and not presets:
        raise UsageError("diff-pack needs scenarios: files, folders, tables, -, --preset NAME or --all-presets")
    old, new = _pack(args.old_pack), _pack(args.new_pack)
    # As evaluate does: "0 of 0 scenarios change" read as an answer. A figure's column names a figure of either pack:
    # one of only one pack (a figure the new one brings in) is the rows' to fail on the other.
    from wxdesk.batch.sources import KnownFigures
    _check_inputs(args.inputs, figures=KnownFigures(old.figures.keys() | new.figures.keys(), "either data pack"))
    try:
        # Stopped by Ctrl+C or told to end (SIGTERM, SIGHUP) as evaluate is: 130 and a line that says so, where
        # SIGTERM ended it with 143 in silence.
        with interrupted_when_told_to_end():
            # What it has compared, as evaluate says of its rows: a diff of many scenarios said nothing until its
            # report.
            shown = None if args.quiet else progress(_count_or_none(estimate_rows(args.inputs, None), len(presets)),
                                                     "scenario", "compared")
            report = diff_packs(old, new, args.inputs, presets, args.lang, args.jobs or default_jobs(), shown)
    except WorkerLostError as exc:  # as a batch stopped by it, though with no rows to keep: nothing was written
        _say(f"wxdesk: {_plain(f'stopped: {exc}; no report was written.')}")
        return EXIT_INTERRUPTED
    except KeyboardInterrupt:
        _say("wxdesk: interrupted before the end: no report was written.")
        return EXIT_INTERRUPTED
    if report["summary"]["scenarios"] == 0:  # a header-only table: "0 of 0 scenarios change" read as an answer
        raise UserFacingError(_no_scenarios(args.inputs))
    if args.json:
        _out(_json_text(report))
    else:
        _out(_plain(diff_text(_evaluated_only(report), args.lang), keep_newlines=True))
    failed, scenarios = report["summary"]["failed"], report["summary"]["scenarios"]
    if failed:
        # ("1 of 1 scenario", as evaluate's "1 of 1 row failed")
        _say(_plain(f"wxdesk: {failed:,} of {scenarios:,} {'scenario' if scenarios == 1 else 'scenarios'} could not "
                    f"be evaluated; the first: {report['summary']['first_error']}"))
    return EXIT_USAGE if failed else EXIT_OK


def _evaluated_only(report: dict[str, Any]) -> dict[str, Any]:
    """The report with its count of scenarios that of those evaluated with both packs, for the text's "N of M
    scenarios change": counted with the failed ones, "0 of 4 change" read as four compared, when one was not
    (stderr tells the failed apart). The JSON keeps both counts, "scenarios" and "failed", as its contract has."""
    summary = report["summary"]
    return {**report, "summary": {**summary, "scenarios": summary["scenarios"] - summary["failed"]}}


def _count_or_none(rows: int | None, presets: int) -> int | None:
    """The scenarios of the inputs and the presets, where the inputs' count is known."""
    return None if rows is None else rows + presets


def cmd_presets(_args: argparse.Namespace) -> int:
    from wxdesk.engine import load_preset, preset_ids
    ids = preset_ids()
    width = max(len(i) for i in ids)
    _out("\n".join(f"{preset_id:<{width}}  {_plain(load_preset(preset_id).name)}" for preset_id in ids))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
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

    from wxdesk.batch.language import renderer, words
    from wxdesk.engine import ScenarioError, load_preset
    from wxdesk.engine.compare import MAX_SCENARIOS, MIN_SCENARIOS, compare, unique_labels
    from wxdesk.words import Words
    from wxdesk.words.comparison import comparison_text
    from wxdesk.words.inputs_apart import InputsApart
    _check_language(args.lang)
    count = len(args.scenarios) + len(args.preset)
    if not MIN_SCENARIOS <= count <= MAX_SCENARIOS:
        raise ScenarioError(f"compare needs {MIN_SCENARIOS} to {MAX_SCENARIOS} scenarios, not {count}.")
    pack = _pack(args.pack)
    scenarios = [_scenario_file(path, pack, "compare") for path in args.scenarios]
    scenarios += [load_preset(name, args.lang) for name in args.preset]  # an example reads in the output's language
    # Columns are headed by file name (or preset id): short, and what the analyst typed. Two of one name are told apart
    # by the path as typed ("a (q3/a.json)", where they read "a (1)" and "a (2)"), in Chinese in full-width brackets.
    labels = unique_labels([Path(p).stem for p in args.scenarios] + list(args.preset),
                           fallbacks=[*args.scenarios, *args.preset],
                           brackets=("（", "）") if args.lang.startswith("zh") else (" (", ")"))
    for scenario in scenarios:
        _evaluated(scenario, pack)
    # A field differs where its values do, whatever the currency the table is in: as each read in the table (to three
    # figures, in dollars), budgets of 1,059,600 and 1,059,700 were "the same" beside two different plans, and
    # 500,000 and 500,400 were the same in yuan and not in dollars. Values that differ and would read alike are
    # written apart in the table (wxdesk.words.inputs_apart).
    comparison = compare(scenarios, pack, labels)
    if args.json:
        # Each scenario as `evaluate --json` gives it, its plan's notes too (batch.plan_notes).
        from wxdesk.batch.contract import text_currency
        from wxdesk.batch.plan_notes import plan_notes
        data = comparison.to_dict(renderer(args.lang))
        for entry, evaluation in zip(data["scenarios"], comparison.evaluations, strict=True):
            entry["plan"].update(plan_notes(evaluation, pack, words(args.lang)))
            entry["text_currency"] = text_currency(words(args.lang))  # (in yuan, whatever --currency says)
        _out(_json_text(data))
        return EXIT_OK
    # The table in the currency asked for, as the handout's --currency writes it (the JSON keeps yuan, its contract).
    reader = words(args.lang)
    if args.currency != "CNY":
        reader = Words.make(args.lang, args.currency, pack, reader.translate)
    reader = InputsApart.of(comparison, reader, pack)
    _out(_plain(comparison_text(_cut_for_the_table(comparison), reader, pack), keep_newlines=True))
    return EXIT_OK


TABLE_PIECE = 30  # the longest word of a name, client or notes (or of a column's heading) the table writes whole
TABLE_TEXT = 90  # the longest such text it writes whole: three lines of its column


def _cut_for_the_table(comparison: Any) -> Any:
    """The comparison with its texts (name, client, notes) and column headings cut short for compare's text table,
    with "…" where cut: a column is as wide as its longest word, and a 2,000-character name widened every line of
    the table to 2,084 characters. Where cutting would make two texts that differ read alike, they stay whole.
    (The JSON keeps every text whole.)"""
    import dataclasses

    def rows() -> Any:
        for row in comparison.fields:
            if not all(isinstance(value, str) for value in row.values):
                yield row
                continue
            cut = tuple(_cut(value) for value in row.values)
            alike = len(set(cut)) == len(set(row.values))
            yield dataclasses.replace(row, values=cut) if alike else row

    labels = tuple(_cut(label) for label in comparison.labels)
    if len(set(labels)) != len(labels):
        labels = comparison.labels
    return dataclasses.replace(comparison, fields=tuple(rows()), labels=labels)


def _cut(text: str) -> str:
    """`text` cut before its first word longer than TABLE_PIECE characters, or at TABLE_TEXT, with "…"."""
    import re
    long_word = re.search(rf"\S{{{TABLE_PIECE + 1},}}", text)
    end = min(TABLE_TEXT, long_word.start() + TABLE_PIECE - 1 if long_word else len(text))
    return text if end >= len(text) else text[:end].rstrip() + "…"


def _holds_objects(path: str, most: int = 2**22) -> bool:
    """Whether the file `path` (of at most `most` bytes) holds a JSON list of objects, as evaluate reads scenarios (a
    broken file that starts as one, or a list of numbers: no, said as the reader says it)."""
    import json

    from wxdesk.engine.reading import read_bounded
    try:
        found = json.loads(read_bounded(path, most).decode("utf-8-sig"))
    except (ValueError, RecursionError):  # (unreadable or too large: UnreadableFile; not UTF-8 or not JSON)
        return False
    return isinstance(found, list) and bool(found) and all(isinstance(item, dict) for item in found)


def cmd_changes(args: argparse.Namespace) -> int:
    from wxdesk.batch.language import words
    from wxdesk.engine.changelog import changes_since, load_changelog, newest_first
    from wxdesk.words.pack_moves import changelog_text
    _check_language(args.lang)
    pack = _pack(args.pack)
    changes = load_changelog(pack)
    scenario = None
    since = args.since
    if args.scenario is not None:
        scenario = _scenario_file(args.scenario, pack, "changes", preset_hint=False)  # (it takes no --preset)
        if since is None:
            since = _saved_with(args.scenario, scenario.saved_with_pack)
    try:
        newer = changes_since(since, changes)
    except ValueError:
        raise UsageError(f"--since must be a day such as 2026-11-24, not '{args.since}'") from None
    if scenario is None:
        _out(_json_text([c.to_dict() for c in newest_first(newer)]) if args.json
             else changelog_text(newer, words(args.lang)))
        return EXIT_OK
    _out(_moved_output(scenario, pack, since, changes, args))
    return EXIT_OK


def _saved_with(path: str, saved_with_pack: str) -> str:
    """The day of the pack a scenario file says it was saved with, read as the window reads it."""
    from wxdesk.engine.datapack import parse_loose_date
    if not saved_with_pack:
        raise UsageError(f"{path} does not say which data pack it was saved with; give --since DATE")
    day = parse_loose_date(saved_with_pack)
    if day is None:
        raise UsageError(f"{path} says it was saved with the data pack of '{_plain(saved_with_pack)}', which is "
                         "not a date; give --since DATE")
    return day.isoformat()


def _moved_output(scenario: Scenario, pack: DataPack, since: str, changes: Sequence[Change] | None,
                  args: argparse.Namespace) -> str:
    """`wxdesk changes FILE`: how the scenario's answer moved since `since`, and the changes that touch it."""
    from wxdesk.batch.language import words
    from wxdesk.engine.changelog import newest_first
    from wxdesk.engine.figure_limits import computed
    from wxdesk.engine.pack_history import answer_moved, changes_to_tell
    from wxdesk.words.pack_moves import changes_text, effect_text, overall_text, saved_with_newer_pack
    now = _evaluated(scenario, pack)  # a scenario the model cannot compute is refused in one sentence
    moved = computed(lambda: answer_moved(scenario, pack, since, changes, current=now))
    told = changes_to_tell(scenario, pack, now.plan.presences, moved)
    w = words(args.lang)
    if args.json:
        def effect_record(change: Change) -> dict[str, object] | None:
            effect = moved.effect(change)
            return None if effect is None else {**effect.to_dict(), "text": effect_text(effect, w)}

        answer: dict[str, object] = {**moved.overall.to_dict(), "text": overall_text(moved, w, told)}
        return _json_text({
            "scenario": scenario.name, "since": moved.since, "data_pack": moved.released, "answer": answer,
            "changes": [{**c.to_dict(), "effect": effect_record(c)} for c in newest_first(told)],
        })
    if not told and not moved.overall.moved:
        if args.since is None and since > moved.released:  # (the day the file gives, not one asked for)
            # Saved with a newer pack than this one: "No changes." read as if the file's figures were this pack's.
            return saved_with_newer_pack(since, moved.released, w)
        return w.translate("PackChanges", "No changes.")
    return _plain(changes_text(moved, told, w), keep_newlines=True)


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from wxdesk.ui.app import run_gui
    except ImportError as exc:
        raise UserFacingError(f"the desktop window is not available here: {exc}") from None
    return run_gui(self_test=args.self_test, open_file=getattr(args, "open_file", None))


def _starts_window(argv: Sequence[str]) -> bool:
    """`wxdesk` or `wxdesk FILE.json`: what opens the window, read without the parser."""
    return not argv or (len(argv) == 1 and not argv[0].startswith("-") and argv[0] not in COMMANDS)


def _mistyped_command(word: str) -> bool:
    """Whether the first word is meant as a command that does not exist, rather than a file to open in the window:
    no such file, and a bare word (no extension, no folder). `wxdesk frobnicate` was told "there is no display"."""
    if word in COMMANDS or word.startswith("-") or os.path.lexists(word):
        return False
    return "." not in word and "/" not in word and os.sep not in word


def _unknown_command(word: str) -> str:
    """'unknown command …', with the command it is closest to where one is, and the commands."""
    import difflib
    names = [name for name in COMMANDS if name is not None]
    close = difflib.get_close_matches(word, names, n=1)
    hint = f"did you mean '{close[0]}'?" if close else f"the commands are {', '.join(names)}"
    return f"unknown command '{word}'; {hint} (see 'wxdesk --help')"


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    "evaluate": cmd_evaluate,
    "presets": cmd_presets,
    "report": cmd_report,
    "share": cmd_share,
    "compare": cmd_compare,
    "changes": cmd_changes,
    "template": cmd_template,
    "schema": cmd_schema,
    "sensitivity": cmd_sensitivity,
    "flips": cmd_flips,
    "diff-pack": cmd_diff_pack,
    None: cmd_gui,
}


def main(argv: Sequence[str] | None = None) -> int:
    # Before PySide6 or NumPy loads, whichever way wxdesk was started (the `wxdesk` command, `python -m wxdesk`, the
    # frozen app): their compiled modules' functions bound when first called (see the module).
    start_linking.bind_lazily()
    # Before NumPy loads (with the engine, next line): one OpenBLAS thread. By default OpenBLAS starts
    # a thread per core at import, and they spin for a while: about a tenth of a second of CPU at every
    # start, window or command, for matrices far too small to gain from threads (a batch runs on all
    # cores through processes instead). A value the user set is kept.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    prepare_standard_streams()  # a closed stdout or stderr, an encoding without ¥: see the function
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and _mistyped_command(argv[0]):
        return _fail(_unknown_command(argv[0]))
    if _starts_window(argv):
        # Until the chart is drawn (wxdesk.ui.app resumes it): see wxdesk.start_gc.
        start_gc.pause()
        # Before the engine's dataclasses are made: their methods' code compiled once (see the module).
        start_code.install()
        # Before the engine imports NumPy: without the docstrings no window shows (see the module).
        start_numpy.skip_docstrings()
    from wxdesk.engine import DataPackError, ScenarioError
    from wxdesk.engine.figure_limits import ComputationError
    # `wxdesk FILE.json` (how a desktop opens a file with wxdesk) opens it in the window.
    open_file = None
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        open_file = argv.pop(0)
    try:
        # `wxdesk` and `wxdesk FILE.json`, how the window is started: no option to read, so the parser
        # (with every command's, some 10 ms to build, and argparse itself) is left unloaded; the namespace
        # holds what it would give.
        if argv:
            from wxdesk.cli_parser import build_parser
            args = build_parser().parse_args(argv)
        else:
            args = cast("argparse.Namespace", SimpleNamespace(self_test=False, command=None))
        args.open_file = open_file
        if open_file is not None and args.command is not None:
            raise UsageError(_unknown_command(open_file))
        if args.command is not None:  # (the window writes nothing to standard output, and starts without the check)
            _refuse_stdout_into_inputs(args)
        return COMMANDS[args.command](args)
    except UsageError as exc:
        return _fail(str(exc))
    except (ScenarioError, DataPackError, UserFacingError, ComputationError) as exc:
        if isinstance(exc, StdoutError):
            _silence_stdout()
        return _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted")
        return EXIT_INTERRUPTED  # as `evaluate` stopped mid-batch, and as a shell reports it
    except BrokenPipeError:
        _silence_stdout()  # the reader went away (`| head`): nothing more to say, and not done (EXIT_PIPE_CLOSED)
        return EXIT_PIPE_CLOSED
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        return _internal(exc)
    finally:
        start_gc.resume(freeze=False)  # where the window did not start (an error) or has closed


def _refuse_stdout_into_inputs(args: argparse.Namespace) -> None:
    """UserFacingError, before anything is read, where standard output is a file the command reads: a scenario, a
    table, a file of a folder given, the file on standard input (`-`) or a data pack (safe_output.stdout_is_input).
    `evaluate res.csv --format csv >> res.csv` read back the rows it appended without end."""
    from pathlib import Path

    from wxdesk.safe_output import stdout_is_input
    inputs: list[tuple[str, str | int | None]] = []
    for item in [*getattr(args, "inputs", []), *getattr(args, "scenarios", []), getattr(args, "scenario", None)]:
        if item == "-":
            inputs.append(("one of the inputs", 0))
        elif item is not None and os.path.isdir(item):  # (Path.is_dir raised for a name too long)
            from wxdesk.batch.sources import folder_entries
            with contextlib.suppress(OSError):  # (a folder that cannot be listed: the command says so)
                inputs += [("one of the inputs", str(path)) for path, _ in folder_entries(Path(item))]
        elif item is not None:
            inputs.append(("one of the inputs", item))
    inputs += [("the data pack", getattr(args, "pack", None)), ("the old data pack", getattr(args, "old_pack", None)),
               ("the new data pack", getattr(args, "new_pack", None))]
    problem = stdout_is_input(inputs)
    if problem is not None:
        raise UserFacingError(problem)


def _internal(exc: BaseException) -> int:
    from wxdesk.logs import log_exception, not_saved
    where = log_exception(exc)
    # Where the log could not be written (None), the message must not send the user to it.
    details = f"the details were written to {where}" if where is not None else not_saved()
    _say(f"wxdesk: internal error ({exc.__class__.__name__}): something went wrong inside wxdesk; "
         f"{_plain(details)}.")
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
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr)


def _fail(message: str) -> int:
    _say(f"wxdesk: {_sentence(_plain(message))}")
    return EXIT_USAGE


def _sentence(message: str) -> str:
    """`message` ending as every refusal on the command line ends, with its full stop: some had it and some did not
    ("…holds no scenarios to evaluate", "--since must be a day such as 2026-11-24, not '2026-13-01'",
    "wxdesk: interrupted"), each as it was written."""
    text = message.rstrip()
    return text if not text or text.endswith((".", "?", "!", "。", "？", "！")) else f"{text}."
