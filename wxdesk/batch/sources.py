"""Where a batch's scenarios come from: scenario files, folders, CSV and JSON Lines tables, stdin.

Every input becomes a stream of Jobs, one per scenario, read lazily so that a table of
any length never sits in memory. A problem with one row (or one file) becomes that
row's error, in one sentence naming the file and line; the batch goes on.

Table rows (CSV cells, JSON Lines objects) may leave fields out: a missing field takes
the value of `wxdesk template`, so a grid of budgets needs only a budget column. The
columns follow the Scenario dataclass itself, so a field added to the scenario format
is a column at once.
"""

from __future__ import annotations

import csv
import errno
import fnmatch
import io
import json
import math
import os
import re
import stat
import sys
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wxdesk.batch.columns import CSV_COLUMNS, FIELD_KINDS, LIST_SEPARATOR
from wxdesk.batch.flatten import text_of_cell
from wxdesk.batch.stopping import InputCutError, StopRequest, StoppableReader, TextReader
from wxdesk.engine.reading import json_said, os_problem_said
from wxdesk.engine.scenario import Scenario, TooLarge, TooSmall, first_in_json, json_float, read_number, \
    repeated_said, shortened, unique_keys

TABLE_SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
INPUT_FORMATS = ("csv", "jsonl", "json")
OVERRIDE_PREFIX = "overrides."
# A CSV cell or JSON line far larger than this is not a scenario (and would only fill memory).
MAX_ROW_CHARS = 1_000_000
# A JSON document (an array of scenarios or of wxdesk's own rows) is read whole, as JSON must be, and held parsed at
# some four times its size: beyond this it would fill a laptop's memory, where JSON Lines is read row by row. Bytes
# of a file, characters of standard input (a pipe, whose size is known only once it is read).
MAX_DOCUMENT_SIZE = 512 * 1024 * 1024
# A CSV quoted cell past the csv module's limit is followed to its closing quote; the lines it took are held this far
# (characters), to be read again as rows where no quote closes it (a stray quote), and only followed beyond.
LOOK_AHEAD_CHARS = 64 * 1024 * 1024
LINE_OVERHEAD = 64  # what Python holds for one line besides its characters (a short line costs more than its text)


@dataclass(frozen=True)
class Job:
    """One scenario to evaluate: its fields (complete, ready to validate) or why it cannot be read."""

    row: int  # 1-based position in the whole batch
    source: str  # "leads.csv:12", "shop.json", "preset:car_brand"
    data: dict[str, Any] | None  # the scenario as a JSON object
    given: Any = None  # what the input said, echoed as the row's inputs when it fails
    error: str | None = None
    path: str | None = None  # a scenario file, read by the worker with the engine's own reader
    table: bool = False  # a row of a table (CSV, TSV): its fields are columns, and its messages say so


def scenario_defaults() -> dict[str, Any]:
    """The template's values: what a table row's missing fields take."""
    return Scenario().to_dict()




class RowError(ValueError):
    """A cell or line that cannot become part of a scenario; one sentence without the location."""


def _cell_value(column: str, kind: str, text: str) -> Any:
    if kind == "text":
        return text  # as written: a name may hold any characters, spaces included
    text = text.strip()
    if kind == "list":
        return [item.strip() for item in text.split(LIST_SEPARATOR) if item.strip()]
    if kind == "flag":
        if text.lower() in ("true", "yes", "1"):
            return True
        if text.lower() in ("false", "no", "0"):
            return False
        raise RowError(f"Column '{column}' must be true or false, not {json.dumps(text, ensure_ascii=False)}.")
    try:
        number = read_number(text)
    except ValueError:
        raise RowError(f"Column '{column}' must be a number, not {_quoted(text)}.") from None
    _refuse_unbounded(column, text, number)
    if isinstance(number, TooSmall):
        return TooSmall(text)  # (0, as the engine says where 0 is refused: "holds 1e-400, which is too small …")
    # Whole numbers go to the validator as ints so that '3' and '3.0' both read as 3 years.
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate_said(inputs: Any) -> str | None:
    """The sentence for the first text field of a scenario's `inputs` (its dict) that holds a lone surrogate, or None:
    half of a character, which a JSON escape can write ("lo\\ud800ne") and JSON gives back exactly, but which no
    UTF-8 text, so no CSV cell, can hold. Written to a CSV row as the six letters \\ud800, the name read back from
    it as another name."""
    if not isinstance(inputs, dict):
        return None
    for field, kind in FIELD_KINDS.items():
        value = inputs.get(field)
        found = _LONE_SURROGATE.search(value) if kind == "text" and isinstance(value, str) else None
        if found is not None:
            escaped = json.dumps(found.group())[1:-1]
            return (f"Field '{field}' holds {escaped}, half of a character (a lone surrogate), which a CSV file "
                    "cannot hold; remove it or write the whole character, or give --format jsonl, which keeps it.")
    return None


def _quoted(text: str) -> str:
    """A cell's text as a message quotes it: as JSON (a line break cannot split the message), cut at 30 characters."""
    return json.dumps(shortened(text), ensure_ascii=False)


def _refuse_unbounded(column: str, text: str, number: float) -> None:
    """RowError where a cell's number is no finite number, in the words the cell has: the engine, given the float
    the cell made, said 'must be a finite number, not inf' of a cell that read 1e400."""
    if math.isfinite(number):
        return
    if text.strip().lstrip("+-").lower() in ("inf", "infinity", "nan"):
        raise RowError(f"Column '{column}' must be a finite number, not {_quoted(text.strip())}.")
    raise RowError(f"Column '{column}' holds {shortened(text.strip())}, which is too large to be a number.")


def _too_large(parsed: Any) -> tuple[str, str] | None:
    """(where, as written) of the first number of `parsed` too large to be one, or None."""
    return first_in_json(parsed, lambda value: value.text if isinstance(value, TooLarge) else None)


def _too_large_said(parsed: Any, field: str = "Field '{}'") -> str | None:
    """The sentence for the first number of the parsed JSON too large to be one, naming it where it stands, or None
    where there is none."""
    found = _too_large(parsed)
    if found is None:
        return None
    where, text = found
    named = field.format(json.dumps(where, ensure_ascii=False)[1:-1]) if where else "The number"
    return f"{named} holds {shortened(text)}, which is too large to be a number."


def _as_written(parsed: Any) -> Any:
    """The parsed JSON with each number too large to be one as the text it was written as, for a failed row's
    echo of its inputs ("Infinity" stood there for 1e999), and each too small to be told from 0 (0.0 for 1e-400)."""
    if isinstance(parsed, (TooLarge, TooSmall)):
        return parsed.text
    if isinstance(parsed, dict):
        return {key: _as_written(value) for key, value in parsed.items()}
    if isinstance(parsed, list):
        return [_as_written(value) for value in parsed]
    return parsed


def _refuse_too_large(parsed: Any, field: str = "Field '{}'") -> None:
    said = _too_large_said(parsed, field)
    if said is not None:
        raise RowError(said)


def _override_value(column: str, text: str) -> Any:
    parts = [p.strip() for p in text.split(LIST_SEPARATOR)]
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        raise RowError(f"Column '{column}' must be a number or low;likely;high, "
                       f"not {json.dumps(text, ensure_ascii=False)}.") from None
    for part, number in zip(parts, numbers, strict=True):
        _refuse_unbounded(column, part, number)
    if len(numbers) == 1:
        return numbers[0]
    if len(numbers) == 3:
        return dict(zip(("low", "likely", "high"), numbers))
    raise RowError(f"Column '{column}' must be a number or low;likely;high, not {len(numbers)} values.")


def _overrides_cell(text: str) -> dict[str, Any]:
    """The 'overrides' column as wxdesk's CSV output writes it: a JSON object."""
    try:
        value = json.loads(text, parse_float=json_float, object_pairs_hook=unique_keys)
    except ValueError:
        value = None
    except RecursionError:  # (nested thousands deep: that row fails, not the whole batch)
        raise RowError("Column 'overrides' nests too deeply to be a set of figures.") from None
    if not isinstance(value, dict):
        raise RowError("Column 'overrides' must be a JSON object such as {\"mp_build_cny\": 90000}.")
    said = repeated_said(value, "Column 'overrides'")
    if said is not None:
        raise RowError(said)
    _refuse_too_large(value, "In column 'overrides', '{}'")
    return value


def csv_row_to_scenario(cells: dict[str, str]) -> dict[str, Any]:
    """One CSV record (column → cell text) as a complete scenario object.

    An empty cell leaves the field at its default, except for a list, where an empty
    cell is the empty list (how the CSV output writes "no needs").
    """
    data = scenario_defaults()
    in_cell: dict[str, Any] = {}  # the figures of the 'overrides' column
    overrides: dict[str, Any] = {}  # those of the overrides.FIGURE columns
    for column, text in cells.items():
        text = text or ""
        text = text_of_cell(text)  # wxdesk's own output: a text it kept from running as a formula (flatten.py)
        if column == "overrides":
            if text.strip():
                in_cell = _overrides_cell(text)
            continue
        if column.startswith(OVERRIDE_PREFIX):
            if text.strip():
                overrides[column[len(OVERRIDE_PREFIX):]] = _override_value(column, text)
            continue
        kind = FIELD_KINDS.get(column)
        if kind is None:
            continue  # format, version, and output columns (see check_header)
        if not text.strip() and kind != "list":
            continue
        data[column] = _cell_value(column, kind, text)
    _refuse_given_twice(in_cell, overrides)
    overrides = {**in_cell, **overrides}
    if overrides:
        data["overrides"] = overrides
    return data


def _refuse_given_twice(in_cell: dict[str, Any], in_columns: dict[str, Any]) -> None:
    """RowError where a figure is given both in the 'overrides' column and in its own overrides.FIGURE column: one
    of the two was dropped without a word (which one, by the columns' order), where the same figure twice inside the
    'overrides' cell is refused."""
    for figure in in_columns:
        if figure in in_cell:
            raise RowError(f"Column 'overrides' and column '{OVERRIDE_PREFIX}{figure}' both give '{figure}'; a "
                           "scenario gives each value once, so remove the one not meant.")


def check_header(header: list[str], figures: KnownFigures | None = None) -> None:
    """Refuse a CSV whose columns are not scenario fields (a typo would silently take a default).

    The columns of wxdesk's own CSV output are accepted and ignored, so that last
    quarter's results can be evaluated again against a new data pack. With `figures` (the
    data pack's, and the words for it), an overrides.FIGURE column must name one of them.
    """
    from wxdesk.batch.flatten import COLUMNS as OUTPUT_COLUMNS
    separated = _other_separator(header)
    if separated is not None:
        raise RowError(separated)
    known = {*CSV_COLUMNS, "format", "version", *OUTPUT_COLUMNS}
    seen = set()
    for column in header:
        if not column:
            raise RowError(f"Column {header.index(column) + 1} of the header has no name (an empty column between "
                           "two others); give it a field's name, or delete the column.")
        if column in seen:
            raise RowError(f"Column '{column}' appears twice in the header.")
        seen.add(column)
        if column not in known and not column.startswith(OVERRIDE_PREFIX):
            import difflib  # only for a header being refused
            meant = difflib.get_close_matches(column, CSV_COLUMNS, n=1)
            hint = f" (did you mean '{meant[0]}'?)" if meant else ""
            raise RowError(f"Column '{column}' is not a scenario field{hint}; the fields are "
                           f"{', '.join(CSV_COLUMNS)} and {OVERRIDE_PREFIX}FIGURE.")
    if figures is not None:
        _check_figure_columns(header, figures)
    if not any(c in CSV_COLUMNS or c.startswith(OVERRIDE_PREFIX) for c in header):
        raise RowError("The header names no scenario field (is the first line a header such as 'wxdesk template "
                       "--format csv' prints?).")


@dataclass(frozen=True)
class KnownFigures:
    """The figures an overrides.FIGURE column may name, and the pack they are of as a message names it ("the data
    pack"; diff-pack's "either data pack", where a figure of one of the two is a row's to fail on the other)."""

    ids: Collection[str]
    of: str = "the data pack"


def _check_figure_columns(header: list[str], figures: KnownFigures) -> None:
    """Refuse an overrides.FIGURE column that names no figure: `overrides.app_buld_cny` failed every row that gave
    it a value ("Column 'overrides.app_buld_cny' names no figure of the data pack.") and let every row that left it
    empty pass, where a column that is no field refuses the file."""
    for column in header:
        figure = column[len(OVERRIDE_PREFIX):] if column.startswith(OVERRIDE_PREFIX) else None
        if figure is None or figure in figures.ids:
            continue
        import difflib  # only for a header being refused
        meant = difflib.get_close_matches(figure, sorted(figures.ids), n=1)
        hint = f" (did you mean '{OVERRIDE_PREFIX}{meant[0]}'?)" if meant else ""
        raise RowError(f"Column '{_escaped_column(column)}' names no figure of {figures.of}{hint}.")


def _escaped_column(column: str) -> str:
    """A column's name from the file, control characters escaped as JSON escapes them (one line), as this module
    writes a field's name in a number too large (_too_large_said)."""
    return json.dumps(column, ensure_ascii=False)[1:-1]


# Cells a table may have been saved with in place of commas: a tab (a spreadsheet's "Text (Tab delimited)", a copy of
# cells), a semicolon (Excel's CSV where the decimal mark is a comma).
_SEPARATORS = (("\t", "tab-separated", "tabs"), (";", "semicolon-separated", "semicolons"))


def _other_separator(header: list[str]) -> str | None:
    """Why a header read as one column holding tabs or semicolons is not read (a sentence), or None. Read as CSV it
    is one column "name\tbudget_cny", and was refused as "Column 'name\tbudget_cny' is not a scenario field"."""
    if len(header) != 1:
        return None
    for separator, kind, plural in _SEPARATORS:
        if separator in header[0]:
            return (f"The header holds {plural} and no commas: the file looks {kind}, and wxdesk reads "
                    "comma-separated CSV; save it with commas between the cells (in Excel, 'CSV UTF-8 (Comma "
                    "delimited)').")
    return None


def json_row_to_scenario(data: Any) -> dict[str, Any]:
    """One JSON Lines object as a complete scenario object (missing fields take the defaults)."""
    if not isinstance(data, dict):
        raise RowError("The line must be a JSON object such as {\"budget_cny\": 100000}.")
    return {**scenario_defaults(), **data}


def _reject_constant(name: str) -> Any:
    raise RowError(f"The line contains {name}, which is not a number a scenario can use.")


def _parse_json_line(line: str) -> Any:
    # Without its line break: a line cut off ('{"name":"D"') was told at "column 1", Python's place for the error being
    # the start of the next line, where it looked for the rest; the line's own end is where it is missing.
    # (And without a byte-order mark at its start, as at the start of a file: two exports joined with `cat` put the
    # second one's mark at the start of a later line, which was "unexpected utf-8 bom (decode using utf-8-sig)".)
    line = line.rstrip("\r\n").removeprefix("\ufeff")
    try:
        parsed = json.loads(line, parse_constant=_reject_constant, parse_float=json_float,
                            object_pairs_hook=unique_keys)
    except json.JSONDecodeError as exc:
        raise RowError(f"The line is not valid JSON (column {exc.colno}: {json_said(exc)}).") from None
    except RecursionError:
        raise RowError("The line nests too deeply to be a scenario.") from None
    said = repeated_said(parsed, "The line")
    if said is not None:
        raise RowError(said)
    return parsed


# ------------------------------------------------------------------ streams of rows

@dataclass(frozen=True)
class Row:
    """A row read from a table, before numbering: its location and its scenario or error."""

    source: str
    data: dict[str, Any] | None
    given: Any = None
    error: str | None = None
    path: str | None = None  # a scenario file, read where it is evaluated
    table: bool = False  # a row of a table (see Job.table)


def _cells_row(where: str, cells: dict[str, str], said: str, before: Any = None) -> Row:
    """A table's row from its cells (column → text), or its error said at `said` ("leads.csv line 12"); a row with
    no name is named by where it stands. `before`: the error the row failed with when it was evaluated before (the
    `error` of wxdesk's own output), where it is one."""
    if not any(_scenario_column(column) and (text or "").strip() for column, text in cells.items()):
        # Every scenario cell empty (a row that failed to be read, which results.csv writes with none of its
        # cells): no scenario, not the template's. Read as one, it "succeeded" with a plan nobody asked for.
        return Row(where, None, given=cells, error=no_scenario(said, before))
    try:
        data = csv_row_to_scenario(cells)
    except RowError as exc:
        return Row(where, None, given=cells, error=f"{said}: {exc}")
    if "name" not in cells or not cells["name"].strip():
        data["name"] = where
    return Row(where, data, given=cells, table=True)


def _scenario_column(column: str) -> bool:
    """Whether a table's column gives part of a scenario (not format, version, or an output column)."""
    return column in FIELD_KINDS or column.startswith(OVERRIDE_PREFIX)


def no_scenario(said: str, before: Any = None) -> str:
    """The error of a row that gives no scenario: none of its scenario cells holds anything (or, in wxdesk's own
    JSON, its inputs are no object), said at `said`; with the error it failed with before, where it gives one."""
    earlier = before.strip() if isinstance(before, str) else ""
    earlier = text_of_cell(earlier)  # (as the CSV output keeps a text from running as a formula: flatten.py)
    if not earlier:
        return f"{said}: the row gives no scenario: every one of its scenario cells is empty."
    return (f"{said}: the row gives no scenario, as it failed when it was evaluated before "
            f"({shortened_error(earlier)}).")


def shortened_error(text: str) -> str:
    """An earlier error quoted inside another's sentence: without its full stop, cut at 300 characters."""
    text = text.rstrip(".")
    return text if len(text) <= 300 else text[:297] + "..."


def _comment_or_blank(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


class EmptyTableError(Exception):
    """A table with no line to read (a 0-byte file, `< /dev/null`, blank lines or comments alone): no scenario, as a
    table with its header alone holds none, and the batch refuses it as it refuses that one (BatchResult.empty). A row
    that said "the table is empty" made "1 of 1 row failed" of no input, its error row on stdout."""


class HeaderError(Exception):
    """A table's header that cannot be read (`row`: the failed row that says why); `columns`: it was read, and its
    columns are not a scenario's (a typo, tabs for commas), which refuses the whole file (header_problem)."""

    def __init__(self, row: Row, columns: bool = False):
        super().__init__(row.error)
        self.row, self.columns = row, columns


def _header(numbered: _NumberedLines, name: str,
            figures: KnownFigures | None = None) -> tuple[Iterator[list[str]], list[str]]:
    """The reader of a table's records and its header, its cells stripped; EmptyTableError where there is no line
    to read, HeaderError where the header cannot be read or names columns a table may not have."""
    try:
        # Comments (the template's column guide) may only precede the header.
        reader = csv.reader(_skip_leading_comments(numbered))
        header = next(reader)
    except StopIteration:
        raise EmptyTableError from None
    except csv.Error as exc:
        raise HeaderError(Row(f"{name}:{numbered.number}", None,
                              error=f"{name} line {numbered.number}: {exc}.")) from None
    given = [h.lstrip("\ufeff") for h in header]  # (before the cells are stripped: "sep=\t" names a tab)
    header = [h.strip().lstrip("\ufeff") for h in header]
    if header == ["sep=", ""]:  # Excel's line that names the separator, a comma: it is no header, and read past
        try:
            header = [h.strip() for h in next(reader)]
        except StopIteration:
            raise EmptyTableError from None
        except csv.Error as exc:
            raise HeaderError(Row(f"{name}:{numbered.number}", None,
                                  error=f"{name} line {numbered.number}: {exc}.")) from None
    elif len(given) == 1 and given[0].lower().startswith("sep=") and len(given[0]) == 5:
        separator = given[0][4]
        kind = next((k for c, k, _ in _SEPARATORS if c == separator), f"separated by '{separator}'")
        raise HeaderError(Row(f"{name}:{numbered.number}", None, error=f"{name} line {numbered.number} is Excel's "
                              f"'sep={separator}' line: the file is {kind}, and wxdesk reads comma-separated CSV; "
                              "save it with commas between the cells (in Excel, 'CSV UTF-8 (Comma delimited)')."),
                          columns=True)
    if any(not_utf8(h) or "\x00" in h for h in header):
        # A table saved as UTF-16 (a byte-order mark, a zero byte after each letter) or a binary file: its header
        # is no text, and was echoed back as the name of a column (which then failed to be written at all).
        raise HeaderError(Row(f"{name}:{numbered.number}", None, error=f"{name} is not UTF-8 text (a table saved "
                              "as UTF-16, or not a table at all): save it as UTF-8 (in Excel, 'CSV UTF-8')."))
    try:
        check_header(named_columns(header), figures)
    except RowError as exc:
        raise HeaderError(Row(f"{name}:{numbered.number}", None, given={"header": header},
                              error=f"{name} line {numbered.number}: {exc}"), columns=True) from None
    return reader, header


def named_columns(header: list[str]) -> list[str]:
    """The header without the unnamed columns at its end, which a spreadsheet leaves after the last one ("name,
    audience," saved from Excel): their cells must be empty (csv_rows), and they are no field."""
    named = len(header)
    while named > 1 and not header[named - 1]:
        named -= 1
    return header[:named]


def header_problem(path: str, forced: str | None, figures: KnownFigures | None = None) -> str | None:
    """Why a table file's header refuses the whole file (its sentence), or None: read before the batch, so that a
    column that is not a field (a typo such as budjet_cny, a tab-separated file read as one column) stops the
    command in one sentence, as a missing file does, rather than fail every row alike. Anything else (a file that
    cannot be read, an empty table, another encoding) is left to the batch, which says it in a row as ever. With
    `figures`, an overrides.FIGURE column that names none of them (overrides.app_buld_cny) stops it too."""
    if input_format(path, forced) != "csv":
        return None
    try:
        with _open_text(path) as handle:
            _header(_NumberedLines(bounded_lines(handle)), path, figures)
    except EmptyTableError:
        return None  # (refused once the batch has read it: BatchResult.empty)
    except HeaderError as exc:
        return exc.row.error if exc.columns else None
    except (OSError, UnicodeDecodeError, csv.Error):
        return None
    return None


def csv_rows(lines: Iterable[str], name: str) -> Iterator[Row]:
    """Rows of a CSV table. Blank lines, and lines starting with '#' before the header, are skipped."""
    numbered = _NumberedLines(lines)
    try:
        reader, header = _header(numbered, name)
    except EmptyTableError:
        return
    except HeaderError as exc:
        yield exc.row
        return
    named = named_columns(header)
    while True:
        start = numbered.number + 1
        numbered.mark()
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Row(f"{name}:{start}", None,
                      error=f"{name} line {start}: the line is not valid CSV ({_csv_problem(exc, numbered)}).")
            if not numbered.past_quoted_cell:
                numbered.read_again_after_first()  # the lines the bad record took, but its first, are rows of their own
            continue
        if numbered.unclosed_quote():
            # A quote opened and never closed took every line after it into one cell (a stray '"'): the record
            # fails, and the lines after its first are read again as rows of their own.
            yield Row(f"{name}:{start}", None, error=f"{name} line {start}: the line is not valid CSV (a quote "
                      "opens a cell that no later quote closes).")
            numbered.read_again_after_first()
            continue
        if any(not_utf8(cell) for cell in record):
            yield Row(f"{name}:{start}", None, error=f"{name} line {start}: {NOT_UTF8}.")
            continue
        if not any(cell.strip() for cell in record):
            continue
        where = f"{name}:{start}"
        if len(named) < len(header) and len(record) > len(named):
            # The unnamed columns at the header's end: read past where empty, a row's own slip where not.
            extra = next((i for i in range(len(named), len(record)) if record[i].strip()), None)
            if extra is not None and len(record) == len(header):
                yield Row(where, None, given=record, error=f"{name} line {start}: cell {extra + 1} holds "
                          f"{_quoted(record[extra].strip())}, in a column the header leaves unnamed; name the "
                          "column in the header, or delete the cell.")
                continue
            if extra is None:
                record = record[:len(named)]
        if [cell.strip().lstrip("\ufeff") for cell in record] == named:
            # (Two tables pasted one below the other: read as a row, it failed as "Column 'budget_cny' must be a
            # number, not "budget_cny".")
            yield Row(where, None, given=record, error=f"{name} line {start}: the line repeats the header, so it "
                      "holds no scenario; remove it (a second table pasted below the first?).")
            continue
        if len(record) != len(named):
            # Too few cells fail as too many do: the missing ones took defaults silently (goals "sell", where an
            # empty goals cell means none), so a row cut short was evaluated as a scenario nobody wrote.
            yield Row(where, None, given=record, error=f"{name} line {start}: the row has {len(record)} "
                      f"{'cell' if len(record) == 1 else 'cells'} but the header names {len(named)} columns.")
            continue
        cells = dict(zip(named, record))
        yield _cells_row(where, cells, f"{name} line {start}", cells.get("error"))


def _csv_problem(exc: csv.Error, numbered: _NumberedLines) -> str:
    """The csv module's complaint, in plain words where it names its own limit: a stray quote that took more lines
    into one cell than the module takes read "(field larger than field limit (131072))", where a quote a few lines
    shorter read "(a quote opens a cell that no later quote closes)". A quoted cell past the limit is read on to its
    end (_NumberedLines.read_past_quoted_cell): said "no later quote closes" of one a later quote closed, the lines
    inside it were then read as rows of their own, and each one evaluated as a scenario."""
    if "field larger than field limit" not in str(exc):
        return str(exc)
    if ends_inside_quotes(numbered.taken_text()):
        end = numbered.read_past_quoted_cell()
        if end is not None:
            return (f"the quoted cell that opens on it runs on to line {end}, past the "
                    f"{csv.field_size_limit():,} characters a cell may hold; the lines inside it were not read as rows")
        if numbered.past_quoted_cell:
            return (f"a quote opens a cell that no later quote closes, and the {numbered.number - numbered.first:,} "
                    "lines after it, too many to be read again as rows, were not read; close or remove the quote")
        return "a quote opens a cell that no later quote closes"
    return f"a cell is longer than {csv.field_size_limit():,} characters"


def jsonl_rows(lines: Iterable[str], name: str) -> Iterator[Row]:
    """Rows of a JSON Lines table: one scenario object per line; blank and '#' lines are skipped."""
    for number, line in enumerate(lines, start=1):
        where = f"{name}:{number}"
        # Before the blank check: a line too long comes as its first piece alone (bounded_lines), which may be blank.
        if len(line) > MAX_ROW_CHARS:
            yield Row(where, None, error=f"{name} line {number}: the line is far too long to be a scenario.")
            continue
        if _comment_or_blank(line):
            continue
        if not_utf8(line):
            yield Row(where, None, error=f"{name} line {number}: {NOT_UTF8}.")
            continue
        try:
            parsed = _parse_json_line(line)
            again = _results_row(parsed, where, f"{name} line {number}")
            if isinstance(again, Row):
                yield again
                continue
            parsed = again
            data = json_row_to_scenario(parsed)
        except RowError as exc:
            yield Row(where, None, given=line.strip()[:200], error=f"{name} line {number}: {exc}")
            continue
        said = _too_large_said(parsed)
        if said:  # (its inputs echoed by name, as for any other value of the line that fails)
            yield Row(where, None, given=_as_written(parsed), error=f"{name} line {number}: {said}")
            continue
        if "name" not in parsed:
            data["name"] = where
        yield Row(where, data, given=_as_written(parsed))


def json_document_rows(text: str, name: str) -> Iterator[Row]:
    """A JSON document on stdin, or an array in a file: one scenario object, or an array of them (read whole, as
    JSON must be)."""
    if not_utf8(text):
        yield Row(name, None, error=f"{name} is not UTF-8 text, so it cannot hold wxdesk scenarios.")
        return
    try:
        parsed = json.loads(text, parse_constant=_reject_constant, parse_float=json_float,
                            object_pairs_hook=unique_keys)
    except json.JSONDecodeError as exc:
        yield Row(name, None, error=f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                  f"{json_said(exc)}).")
        return
    except RowError as exc:
        yield Row(name, None, error=f"{name}: {exc}")
        return
    except RecursionError:  # as a scenario file that nests too deeply is told by name (engine.files)
        yield Row(name, None, error=f"{name} {NESTS_TOO_DEEPLY}")
        return
    if isinstance(parsed, dict):
        # One scenario: strict, exactly as the window and 'evaluate FILE' read a file.
        said = repeated_said(parsed, "Standard input" if name == "stdin" else "The file") or _too_large_said(parsed)
        yield Row(name, None, given=_as_written(parsed), error=f"{name}: {said}") if said else \
            Row(name, parsed, given=_as_written(parsed))
        return
    if not isinstance(parsed, list):
        yield Row(name, None, error=f"{name} must hold a scenario object or an array of them.")
        return
    for index, item in enumerate(parsed, start=1):
        where = f"{name}[{index}]"
        said = repeated_said(item, "The item")
        if said is not None:  # (one item's: the rest of the array is read)
            yield Row(where, None, given=_as_written(item), error=f"{name} item {index}: {said}")
            continue
        # An array may be wxdesk's own JSON output: take each row's echoed inputs.
        again = _results_row(item, where, where)
        if isinstance(again, Row):
            yield again
            continue
        item = again
        try:
            data = json_row_to_scenario(item)
        except RowError:
            yield Row(where, None, given=item, error=f"{name} item {index} must be a scenario object.")
            continue
        said = _too_large_said(item)
        if said:
            yield Row(where, None, given=_as_written(item), error=f"{name} item {index}: {said}")
            continue
        if "name" not in item:
            data["name"] = where
        yield Row(where, data, given=_as_written(item))


def _results_row(item: Any, where: str, said: str) -> Any:
    """A row of wxdesk's own JSON output (JSON Lines, a JSON array) read again, as the Row it makes where it is no
    scenario object to read: a failed table row echoes its cells as written, all text, and is read as the table
    was, so that it fails again for its own reason ("Column 'interaction_minutes' must be a finite number, not
    "inf""), not for its budget's being text; a failed row whose inputs are no object (a row with too few cells
    echoes them as a list, one not UTF-8 as null) fails as it did before, not as "Field 'row' is not part of a
    wxdesk scenario". Its echoed inputs where they are a scenario to read; anything else as it is."""
    if not (isinstance(item, dict) and "row" in item and "inputs" in item):
        return item
    inputs, before = item["inputs"], item.get("error")
    if isinstance(inputs, dict) and (not before or any(_scenario_column(key) for key in inputs)):
        if before and all(isinstance(value, str) for value in inputs.values()):
            return _cells_row(where, inputs, said, before)
        return inputs
    if before:
        return Row(where, None, given=inputs, error=no_scenario(said, before))
    return item


class _NumberedLines:
    """An iterator of lines that knows the number of the last line it gave, and can give again the lines a bad
    record took (all but its first), so that one bad record does not swallow the rows after it."""

    def __init__(self, lines: Iterable[str]):
        self._lines = iter(lines)
        self.number = 0
        self._again: list[str] = []  # lines to give again, before the rest
        self._taken: list[str] = []  # the lines given since the last mark()
        self._ended = False  # whether the lines ran out (a record may have run to the end inside a quote)
        self.first = 0  # the number of the record's first line (at mark())
        self.past_quoted_cell = False  # whether read_past_quoted_cell read past the lines it could give again

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        if self._again:
            line = self._again.pop()
        else:
            try:
                line = next(self._lines)
            except StopIteration:
                self._ended = True
                raise
        self.number += 1
        self._taken.append(line)
        if len(line) > MAX_ROW_CHARS:
            raise csv.Error("the line is far too long to be a scenario")
        return line

    def forget(self) -> None:
        """The lines given so far are not needed again (comments before a table's header)."""
        self._taken = []

    def mark(self) -> None:
        """A record starts with the next line."""
        self._taken = []
        self.first = self.number + 1
        self.past_quoted_cell = False

    def read_past_quoted_cell(self) -> int | None:
        """After a record that ran inside a quoted cell past the csv module's cell limit: read on to the line where a
        later quote closes the cell and the record ends, and return its number; the lines up to it are taken by the
        record, and the next call gives the line after it. None where the input ends inside the cell (a stray quote):
        the lines read are given back, to be read again as rows (read_again_after_first), where they are no more
        than LOOK_AHEAD_CHARS; beyond, they are dropped, as past_quoted_cell then says. Only the record's quote is
        followed, its lines not held past that: a cell closed three million lines later once made a scenario of each
        of them."""
        scan = _QuoteScan()
        scan.feed(self.taken_text())
        held: list[str] | None = []
        size = 0
        count = 0
        while scan.inside:
            line = self._again.pop() if self._again else next(self._lines, None)
            if line is None:
                self._ended = True
                break
            count += 1
            scan.feed(line)
            size += len(line) + LINE_OVERHEAD
            if held is not None:
                held.append(line)
                if size > LOOK_AHEAD_CHARS:
                    held = None  # (past what may be held: followed, not kept)
        self.number += count
        if not scan.inside:
            self._taken = self._taken[:1]
            self.past_quoted_cell = True
            return self.number
        if held is None:
            self._taken = self._taken[:1]
            self.past_quoted_cell = True
        else:
            self._taken += held
        return None

    def unclosed_quote(self) -> bool:
        """Whether the record read since mark() ran to the end of the input inside a quoted cell. On the last
        line alone too: there the csv module gives the rest of the line as the cell, and the row was evaluated
        as a scenario of defaults, while the same quote a line higher failed its row."""
        return self._ended and not self._again and ends_inside_quotes(self.taken_text())

    def taken_text(self) -> str:
        """The lines the record since mark() took, as one text."""
        return "".join(self._taken)

    def give_back(self, line: str) -> None:
        """The line just given, to be given again by the next call."""
        self.number -= 1
        self._taken.pop()
        self._again.append(line)

    def read_again_after_first(self) -> None:
        """Give again, from the next call on, the lines the record since mark() took, but its first."""
        again = self._taken[1:]
        self.number -= len(again)
        self._again.extend(reversed(again))
        self._taken = self._taken[:1]


def ends_inside_quotes(text: str) -> bool:
    """Whether CSV text ends inside a quoted cell, read as the csv module reads it (comma, double quote): a quote
    opens a quoted cell only at the start of a cell; inside one, a doubled quote is a quote and a single one
    closes it; elsewhere a quote is an ordinary character ('a"b')."""
    scan = _QuoteScan()
    scan.feed(text)
    return scan.inside


class _QuoteScan:
    """Where CSV text fed to it piece by piece stands (see ends_inside_quotes): inside a quoted cell or not."""

    def __init__(self) -> None:
        self.inside = self._closed = False  # in a quoted cell; just after a quote that may close one
        self._start = True  # at the start of a cell

    def feed(self, text: str) -> None:
        inside, closed, start = self.inside, self._closed, self._start
        at, end = 0, len(text)
        while at < end:
            if inside:  # (to the next quote at once: a cell may run on for millions of characters)
                found = text.find('"', at)
                if found < 0:
                    break
                inside, closed, at = False, True, found + 1
                continue
            char = text[at]
            at += 1
            if closed and char == '"':  # a doubled quote inside the cell: still inside
                inside, closed = True, False
                continue
            closed = False
            if char == '"' and start:
                inside, start = True, False
                continue
            start = char in ",\r\n"
        self.inside, self._closed, self._start = inside, closed, start


def _skip_leading_comments(numbered: _NumberedLines) -> _NumberedLines:
    """`numbered` from its first line that is not a comment or blank (the header's). Not a generator over it:
    one would end for good where the lines first ran out, and lines given again after that would be lost."""
    for line in numbered:
        if not _comment_or_blank(line):
            numbered.give_back(line)
            break
        numbered.forget()  # (held, six million comment lines took 446 MB: none is needed again)
    return numbered


# ------------------------------------------------------------------ inputs

def folder_scenarios(folder: Path) -> list[Path]:
    """The scenario files (*.json) in `folder` that can be read as files, in name order; PermissionError when it
    may not be listed."""
    return [path for path, problem in folder_entries(folder) if problem is None]


def folder_entries(folder: Path) -> list[tuple[Path, str | None]]:
    """Every entry named *.json in `folder`, in name order, each with why it is not a scenario file to read (a link
    to nothing, a folder, a pipe: one sentence with its full stop) or None; PermissionError when the folder may not
    be listed. The entries that are not files are kept, so that the batch can say each one's reason in a failed
    row: left out silently, a folder of six scenarios evaluated one and ended in success.

    Listed here rather than with Path.glob, which takes a folder it may not list for an empty one (it swallows
    the PermissionError): a folder the user may not read was then described as holding no scenario files."""
    with os.scandir(folder) as entries:
        names = [entry.name for entry in entries]
    # Whatever the case of the extension, as a file named on its own is read (input_format): a folder exported from
    # Windows or macOS tools (X.JSON) counted as empty, and in a mixed folder its B.JSON was skipped without a word.
    paths = sorted(folder / name for name in names if fnmatch.fnmatchcase(name.lower(), "*.json"))
    return [(path, folder_entry_problem(path)) for path in paths]


def folder_entry_problem(path: Path) -> str | None:
    """Why the entry `path` of a folder is not a scenario file wxdesk reads (one sentence), or None."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return f"{path} is a link to {os.readlink(path)}, which does not exist." if path.is_symlink() else \
            f"{path} does not exist."
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return f"{path} is a symbolic link that leads round in a loop, so it is not read."
        return os_problem_said(exc, str(path))
    if stat.S_ISDIR(mode):
        return f"{path} is a folder, not a scenario file; wxdesk reads only the files of a folder, not its folders."
    if not stat.S_ISREG(mode):
        return f"{path} is not a regular file (it is a device, a pipe or a socket), so wxdesk does not read it."
    return None


def unreadable_folder(item: str) -> str:
    return f"{item} is a folder that cannot be read: permission denied"


def input_problem(item: str) -> str | None:
    """Why a file named as a whole input cannot be read (one sentence, no full stop), or None.

    For the command to refuse up front, before any output is opened: a mistyped name once became a failed row
    that replaced an existing results file. A folder is checked apart (its files are rows of their own), and so
    is '-'. Only a regular file is read: a pipe, a device or a socket could block, or never end (/dev/zero)."""
    try:
        mode = os.stat(item).st_mode
        if stat.S_ISDIR(mode):
            return None
        if not stat.S_ISREG(mode):
            return f"{item} is not a regular file (it is a device, a pipe or a socket), so wxdesk does not read it"
        os.close(os.open(item, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)))
    except FileNotFoundError:
        return f"{item} does not exist"
    except PermissionError:
        return f"{item} cannot be read: permission denied"
    except OSError as exc:
        return os_problem_said(exc, item).removesuffix(".")
    return None


def expand_inputs(inputs: list[str]) -> list[tuple[str, str]]:
    """(kind, path) for each input: a folder gives its *.json files in name order; '-' is stdin; a folder that
    may not be listed is kind "unreadable" (read_jobs makes it a failed row, as an unreadable file is); an entry
    *.json of a folder that is not a file to read is kind "skipped" (a failed row too, with its reason)."""
    found = []
    for item in inputs:
        if item == "-":
            found.append(("stdin", "-"))
            continue
        path = Path(item)
        if path.is_dir():
            try:
                found += [("file" if problem is None else "skipped", str(p)) for p, problem in folder_entries(path)]
            except PermissionError:
                found.append(("unreadable", item))
            continue
        found.append(("file", item))
    return found


def input_format(path: str, forced: str | None) -> str:
    """csv, jsonl or json for a file, from --input-format or the file's extension."""
    if forced:
        return forced
    return TABLE_SUFFIXES.get(Path(path).suffix.lower(), "json")


def _open_text(path: str) -> io.TextIOBase:
    # newline="" lets the csv module see line breaks inside quoted cells. A byte that is not UTF-8 (a cell saved
    # by a spreadsheet in Latin-1) is kept as an escape (not_utf8), so that its line fails alone: decoding
    # strictly ended the whole file at it, with no line named.
    return open(path, encoding="utf-8-sig", newline="", errors="surrogateescape")


def not_utf8(text: str) -> bool:
    """Whether `text` holds a byte that was not UTF-8 (decoded with errors="surrogateescape")."""
    return _ESCAPED_BYTE.search(text) is not None


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
NESTS_TOO_DEEPLY = "nests too deeply to be a wxdesk scenario."  # (as the scenario file reader says it)
NOT_UTF8 = "the line is not UTF-8 text (a byte of another encoding: save the table as UTF-8)"


def holds_array(path: str) -> bool:
    """Whether a regular file holds a JSON array of objects: scenarios, or wxdesk's own JSON rows (never one
    scenario, which is an object). Only its first bytes are read: after any byte-order mark and white space, '['
    and then '{' (or ']', an empty array). Anything else (an array of numbers, a missing file, a pipe) is False,
    left to the scenario file reader, which refuses it in its own words."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
    except OSError:
        return False
    text = _file_start(path, 64 * 1024)
    return text is not None and text.startswith(b"[") and text[1:].lstrip()[:1] in (b"{", b"]")


def _file_start(path: str, size: int) -> bytes | None:
    """A file's first `size` bytes after any byte-order mark and white space, or None where it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return handle.read(size).removeprefix(b"\xef\xbb\xbf").lstrip()
    except OSError:
        return None


def with_table_hint(path: str, message: str) -> str:
    """The message of a file that failed as a scenario file, with how to read it as a table where it was read as
    JSON only because its extension is not a table's (leads.tsv, leads.txt) and it does not start as JSON does:
    "not valid JSON" alone left the analyst guessing why a table was read as JSON at all."""
    # A .json file is read as JSON by its name; a table's name was read as JSON only as --input-format json asked
    # (the hint, "a file not named .csv … is read as a scenario file", then contradicted its name).
    if Path(path).suffix.lower() in (".json", ".csv", ".jsonl", ".ndjson"):
        return message
    start = _file_start(path, 4096)
    if not start or start.startswith((b"{", b"[")):
        return message
    return (f"{message.rstrip('.')}; a file not named .csv, .jsonl or .ndjson is read as a scenario file: to read it "
            "as a table, give --input-format csv (comma-separated cells) or jsonl.")


def file_given(path: str) -> Any:
    """What a scenario file that failed said, for its failed row to echo as its inputs (as a table's row echoes its
    cells): the JSON it holds, or None where there is none to read (not JSON, not UTF-8, larger than a row may be,
    or no longer a regular file)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        with open(path, "rb") as handle:
            data = handle.read(MAX_ROW_CHARS + 1)
    except OSError:
        return None
    if len(data) > MAX_ROW_CHARS:
        return None
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return None


def document_too_large(name: str) -> str:
    """The error of a JSON document larger than MAX_DOCUMENT_SIZE (which a batch would have read whole)."""
    return (f"{name} is a JSON document of more than {MAX_DOCUMENT_SIZE // (1024 * 1024)} MB, too large to be read "
            "whole; write a batch this large as JSON Lines (--format jsonl), which is read row by row.")


def file_rows(path: str, forced: str | None) -> Iterator[Row]:
    # Its rows and their messages name the file by its path as the command line gave it ("q1/g.json[2]",
    # "r2/leads.csv:4"): by its name alone, same-named files of two folders gave rows of one source.
    name = path
    kind = input_format(path, forced)
    try:
        if kind == "json" and holds_array(path):
            # An array of scenarios, such as `evaluate --format json` writes: read as standard input reads one.
            with _open_text(path) as handle:
                if os.fstat(handle.fileno()).st_size > MAX_DOCUMENT_SIZE:  # (refused unread)
                    yield Row(path, None, error=document_too_large(name))
                    return
                text = handle.read()
            yield from json_document_rows(text, name)
            return
        if kind == "json":
            # A scenario file is read by the worker exactly as 'wxdesk evaluate FILE' reads it.
            yield Row(path, None, path=path)
            return
        with _open_text(path) as handle:
            yield from (csv_rows if kind == "csv" else jsonl_rows)(bounded_lines(handle), name)
    except FileNotFoundError:
        yield Row(path, None, error=f"{path} does not exist.")
    except IsADirectoryError:
        yield Row(path, None, error=f"{path} is a folder, not a scenario file.")
    except PermissionError:
        yield Row(path, None, error=f"{path} cannot be read: permission denied.")
    except UnicodeDecodeError:
        yield Row(path, None, error=f"{path} is not UTF-8 text, so it cannot hold wxdesk scenarios.")
    except OSError as exc:
        yield Row(path, None, error=os_problem_said(exc, path))


def stdin_rows(forced: str | None, stream: TextReader | None = None, stop: StopRequest | None = None
               ) -> Iterator[Row]:
    """Rows from standard input: CSV, JSON Lines or one JSON document, guessed from the first line. `stop`: the
    batch's, which cuts the input off where it comes while the input is awaited (wxdesk.batch.stopping): the rows
    read whole before it are given, and what came of the next one is dropped."""
    if stream is None and sys.stdin is None:  # started with its standard input closed (`<&-`)
        yield Row("stdin", None, error="standard input is closed, so there is nothing to read from '-'.")
        return
    reader: TextReader = stream if stream is not None else io.TextIOWrapper(
        sys.stdin.buffer, encoding="utf-8-sig", newline="", errors="surrogateescape")
    if stop is not None:
        reader = StoppableReader(reader, stop)
    try:
        yield from _stdin_rows(forced, reader)
    except InputCutError:
        return


def _stdin_rows(forced: str | None, stream: TextReader) -> Iterator[Row]:
    try:
        # The lines the format is guessed from are read as every table's are, none held whole beyond a row's limit
        # (bounded_lines): read whole, `evaluate - < /dev/zero` filled the memory at some 250 MB a second, and a
        # line of 300 MB took 600, where the same file by its path failed its line 1 as far too long.
        lines = bounded_lines(stream)
        first_lines = []
        for line in lines:
            first_lines.append(line)
            if len(line) > MAX_ROW_CHARS or not _comment_or_blank(line):
                break
        kind = forced or _guess(first_lines[-1] if first_lines else "")
        if kind == "json":  # (read whole, as JSON must be: one line may hold the whole array)
            # (From where the lines stopped: the rest of a first line longer than a row, which `lines` has not yet
            # dropped, is the rest of the document.)
            text = "".join(first_lines)
            text += stream.read(max(0, MAX_DOCUMENT_SIZE + 1 - len(text)))
            if len(text) > MAX_DOCUMENT_SIZE:
                yield Row("stdin", None, error=document_too_large("standard input"))
                return
            if text.strip():  # (nothing at all, with --input-format json: no scenario, as EmptyTableError says)
                yield from json_document_rows(text, "stdin")
        else:
            yield from (csv_rows if kind == "csv" else jsonl_rows)(_chain(first_lines, lines), "stdin")
    except UnicodeDecodeError:
        yield Row("stdin", None, error="Standard input is not UTF-8 text, so it cannot hold wxdesk scenarios.")


def _guess(first: str) -> str:
    stripped = first.strip()
    if stripped.startswith("["):
        return "json"
    if stripped.startswith("{") and len(first) > MAX_ROW_CHARS:
        # A first line longer than a row may be, given as its first piece alone (bounded_lines): one object a line,
        # as its length says (an object spread over lines starts with a short line), so that the line fails alone
        # as far too long, as in a .jsonl file, and the lines after it are read.
        return "jsonl"
    if stripped.startswith("{"):
        # One object per line is JSON Lines; an object spread over lines is one scenario file.
        try:
            json.loads(stripped)
            return "jsonl"
        except ValueError:
            return "json"
    return "csv"


def bounded_lines(stream: TextReader, limit: int | None = None) -> Iterator[str]:
    """The lines of a table's text, as iterating it gives them, but none held whole when longer than `limit`: such a
    line is given as its first limit + 1 characters, which the readers refuse as far too long (its row fails), and
    the rest of it is read in pieces and dropped. Read whole, the one line of a 3 GB file with no line break in it
    (a dump named .csv) filled the memory, and the batch ended half a minute later in an internal error. `limit`:
    MAX_ROW_CHARS where not given."""
    limit = MAX_ROW_CHARS if limit is None else limit
    while line := stream.readline(limit + 1):
        yield line
        while len(line) > limit and not line.endswith(("\n", "\r")):
            line = stream.readline(limit + 1)  # the rest of the line too long, dropped


def _chain(first: list[str], rest: Iterable[str]) -> Iterator[str]:
    yield from first
    yield from rest


def preset_row(preset_id: str, lang: str = "en") -> Row:
    """A bundled example, in the reader's language (its name and notes), as `evaluate --preset` gives it alone."""
    from wxdesk.engine import ScenarioError, load_preset
    try:
        scenario = load_preset(preset_id, lang)
    except ScenarioError as exc:
        return Row(f"preset:{preset_id}", None, given=preset_id, error=str(exc))
    return Row(f"preset:{preset_id}", scenario.to_dict(), given=preset_id)


def read_jobs(inputs: Sequence[str], presets: Sequence[str] = (), forced: str | None = None,
              stdin: TextReader | None = None, lang: str = "en", stop: StopRequest | None = None
              ) -> Iterator[Job]:
    """Every scenario of every input, numbered from 1 in reading order; `stop`: see stdin_rows."""
    def rows() -> Iterator[Row]:
        for kind, path in expand_inputs(list(inputs)):
            if kind == "unreadable":
                yield Row(path, None, error=unreadable_folder(path) + ".")
            elif kind == "skipped":  # (its reason found again: it may have changed since the folder was listed)
                yield Row(path, None, error=folder_entry_problem(Path(path)) or f"{path} was not read.")
            else:
                yield from stdin_rows(forced, stdin, stop) if kind == "stdin" else file_rows(path, forced)
            if stop is not None and stop.cut:  # (stopped while the input was awaited: nothing more is read)
                return
        for preset_id in presets:
            yield preset_row(preset_id, lang)

    for number, row in enumerate(rows(), start=1):
        yield Job(number, row.source, row.data, row.given, row.error, row.path, row.table)


FIELD, COLUMN = "Field '", "Column '"  # how the engine's messages and a table's name a scenario's field


def in_its_words(job: Job, message: str) -> str:
    """The engine's message about a job's scenario, naming a field as the job's input does: a table's fields are
    its columns, as its own cells' messages say ("Column 'budget_cny' must be a number"), not "Field 'goals'" on
    the next line of the same table. A figure given inside the `overrides` column is named there: "Column
    'overrides.nosuch'" sent the user to a column the table does not have."""
    if not (job.table and message.startswith(FIELD)):
        return message
    return _in_overrides_column(job.given, message) or COLUMN + message[len(FIELD):]


def _in_overrides_column(cells: Any, message: str) -> str | None:
    """The engine's message about a figure of the row's `overrides` column (a JSON object), as "In column
    'overrides', 'nosuch' names no figure of the data pack.", or None where the message is about none of them
    (or its own column overrides.FIGURE gives the figure too)."""
    if not isinstance(cells, dict) or not isinstance(cells.get("overrides"), str):
        return None
    try:
        figures = json.loads(cells["overrides"])
    except (ValueError, RecursionError):
        return None
    if not isinstance(figures, dict):
        return None
    for figure in figures:
        if str(cells.get(OVERRIDE_PREFIX + figure) or "").strip():
            continue
        # (The figure as the engine's message writes it: control characters escaped, engine.scenario._escaped.)
        written = json.dumps(figure, ensure_ascii=False)[1:-1]
        for part in ("", ".low", ".likely", ".high"):
            head = f"{FIELD}{OVERRIDE_PREFIX}{written}{part}' "
            if message.startswith(head):
                return f"In column 'overrides', '{written}{part}' {message[len(head):]}"
    return None


def location(source: str) -> str:
    """A Job's source as words for a message: 'leads.csv:12' → 'leads.csv line 12'."""
    name, _, line = source.rpartition(":")
    return f"{name} line {line}" if name and line.isdigit() else source
