"""`wxdesk evaluate` on many scenarios, as an analyst runs it: real files and exit codes, each command run in the test's
process (cli_in_process) where what it says and writes is tested, and as a process of its own where worker processes,
Ctrl+C, a closed standard input or a read that could wait for ever are."""

import csv
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st
from batch_processes import batch_writing, grid_csv, kill_group
from cli_in_process import run_here

from wxdesk.batch.flatten import COLUMNS
from wxdesk.engine import Scenario

# Earlier results in an output a test asks for (`evaluate -o` replaces only a results file it wrote, or an empty one).
LAST_QUARTER = "row,source,error,name\n1,last quarter.csv:2,,shop\n"
LAST_WEEK_ROWS = '{"row":1,"source":"last week.csv:2","error":null}\n'


run = run_here


def run_process(*args, stdin=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "wxdesk", *args], capture_output=True, text=True,
                          timeout=300, input=stdin, cwd=cwd)


def read_csv(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_to_csv_with_good_and_bad_rows(tmp_path):
    source = grid_csv(tmp_path / "grid.csv", 7, bad_every=3)
    before = source.read_bytes()
    out = tmp_path / "results.csv"
    result = run("evaluate", str(source), "-o", str(out))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert f"2 of 7 rows failed; the first: {source} line 4: Column 'budget_cny' must be a number" in result.stderr
    rows = read_csv(out.read_text(encoding="utf-8"))
    assert list(rows[0]) == list(COLUMNS)
    assert [r["row"] for r in rows] == [str(i) for i in range(1, 8)]
    failed = [r for r in rows if r["error"]]
    assert [r["source"] for r in failed] == [f"{source}:4", f"{source}:7"]
    assert all(r["error"].startswith(f"{source} line {r['source'].rsplit(':', 1)[1]}: ") for r in failed)
    good = [r for r in rows if not r["error"]]
    assert all(r["data_pack"] for r in good)
    # The inputs are echoed, lists in one cell.
    assert good[1]["name"] == "grid 1" and good[1]["goals"] == "news;sell" and good[1]["needs"] == "payments"
    assert source.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["grid.csv", "results.csv"]  # no temporary file left


def test_all_good_rows_exit_0_and_formats_agree(tmp_path):
    source = grid_csv(tmp_path / "grid.csv", 5)
    outputs = {fmt: run("evaluate", str(source), "--format", fmt) for fmt in ("csv", "jsonl", "json")}
    assert all(r.returncode == 0 and r.stderr == "" for r in outputs.values()), outputs
    lines = [json.loads(line) for line in outputs["jsonl"].stdout.splitlines()]
    array = json.loads(outputs["json"].stdout)
    assert lines == array
    assert [r["row"] for r in array] == [1, 2, 3, 4, 5]
    assert all(r["error"] is None and r["inputs"]["name"] == f"grid {i}" for i, r in enumerate(array))
    flat = read_csv(outputs["csv"].stdout)
    from wxdesk.batch.flatten import flatten
    assert flat == [{k: str(v) for k, v in flatten(r).items()} for r in array]


def test_output_format_follows_the_file_extension(tmp_path):
    source = grid_csv(tmp_path / "grid.csv", 2)
    for name in ("out.jsonl", "out.json", "out.csv"):
        assert run("evaluate", str(source), "-o", str(tmp_path / name)).returncode == 0
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 2
    assert len(json.loads((tmp_path / "out.json").read_text())) == 2
    assert (tmp_path / "out.csv").read_text().startswith("row,source,error,")


def test_stdin_to_stdout(tmp_path):
    text = grid_csv(tmp_path / "g.csv", 3).read_text()
    result = run("evaluate", "-", "--format", "csv", stdin=text)
    assert result.returncode == 0, result.stderr
    rows = read_csv(result.stdout)
    assert [r["source"] for r in rows] == ["stdin:2", "stdin:3", "stdin:4"]
    jsonl = "\n".join(json.dumps({"name": f"line {i}", "budget_cny": 1000 * i}) for i in range(1, 4))
    result = run("evaluate", "-", stdin=jsonl + "\n")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["inputs"]["budget_cny"] for line in result.stdout.splitlines()] == [1000, 2000, 3000]


def test_several_files_a_folder_and_presets_in_one_batch(tmp_path):
    folder = tmp_path / "clients"
    folder.mkdir()
    for name in ("b", "a"):
        (folder / f"{name}.json").write_text(Scenario(name=f"client {name}").to_json())
    (folder / "broken.json").write_text("{not json")
    table = tmp_path / "t.jsonl"
    table.write_text('{"name": "from table"}\n')
    result = run("evaluate", str(folder), str(table), "--preset", "car_brand", "--format", "jsonl")
    assert result.returncode == 2
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"].rsplit("/", 1)[-1] for r in rows] == ["a.json", "b.json", "broken.json", "t.jsonl:1",
                                                              "preset:car_brand"]
    assert rows[2]["error"].startswith(f"{folder / 'broken.json'}: The file is not valid JSON")
    assert rows[3]["inputs"]["name"] == "from table" and rows[4]["error"] is None


def test_same_rows_on_one_core_and_on_two(tmp_path):
    # More rows than one chunk, so the two-core run really uses worker processes.
    source = grid_csv(tmp_path / "grid.csv", 60, bad_every=17)
    one = run_process("evaluate", str(source), "--format", "jsonl", "--jobs", "1")
    two = run_process("evaluate", str(source), "--format", "jsonl", "--jobs", "2")
    assert one.returncode == two.returncode == 2
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 60


def test_output_never_overwrites_an_input(tmp_path):
    source = grid_csv(tmp_path / "grid.csv", 2)
    before = source.read_bytes()
    result = run("evaluate", str(source), "-o", str(source))
    assert result.returncode == 2 and "is one of the inputs" in result.stderr
    assert result.stderr.count("\n") == 1
    assert source.read_bytes() == before


def test_output_inside_an_input_folder_is_refused_once_it_is_a_scenario_file_there(tmp_path):
    folder = tmp_path / "clients"
    folder.mkdir()
    (folder / "a.json").write_text(Scenario(name="a").to_json())
    out = folder / "results.json"
    assert run("evaluate", str(folder), "-o", str(out)).returncode == 0
    before = out.read_bytes()
    again = run("evaluate", str(folder), "-o", str(out))
    assert again.returncode == 2 and "is one of the inputs" in again.stderr
    assert out.read_bytes() == before


def test_a_failed_run_leaves_an_existing_output_as_it_was(tmp_path):
    out = tmp_path / "results.csv"
    out.write_text(LAST_QUARTER)
    result = run("evaluate", str(tmp_path / "grid.csv"), "--pack", str(tmp_path / "nope.toml"), "-o", str(out))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert out.read_text() == LAST_QUARTER


@pytest.mark.parametrize("name, content", [
    ("empty.json", b""),
    ("broken.json", b'{"budget_cny": 1'),
    ("bom_only.csv", b"\xef\xbb\xbf"),
    ("unknown_column.csv", b"budget;audience\n1;2\n"),
    ("utf16.csv", "name,budget_cny\nshop,100000\n".encode("utf-16")),
    ("binary.csv", bytes(range(256)) * 8),
])
def test_bad_input_alone_never_replaces_an_existing_output(tmp_path, name, content):
    """Every row failed (an empty or broken file, a table whose header is no text or names no field): the input
    was bad, so the results already in the output file stay as they were (it held a header and an error row),
    and the one sentence says nothing was written. A table saved as UTF-16 or a binary file is said to be no
    UTF-8 text: it ended in an internal error while its header, echoed as a column's name, was written."""
    source = tmp_path / name
    source.write_bytes(content)
    out = tmp_path / "results.csv"
    out.write_text(LAST_QUARTER)
    result = run("evaluate", str(source), "-o", str(out))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert out.read_text() == LAST_QUARTER
    assert result.stderr.count("\n") == 1
    if name == "unknown_column.csv":
        # (Its header refuses the file before any output is opened, as a missing file does: nothing was begun.)
        assert "looks semicolon-separated" in result.stderr
    elif name == "bom_only.csv":  # (no line at all: no scenario, refused as a header-only table is)
        assert result.stderr == f"wxdesk: {source} holds no scenarios to evaluate.\n"
    else:
        assert "Nothing was written to results.csv." in result.stderr
    assert source.read_bytes() == content
    if name in ("utf16.csv", "binary.csv"):
        assert f"{name} is not UTF-8 text" in result.stderr and "\\x00" not in result.stderr


def test_a_batch_with_good_rows_writes_them_beside_the_failed_ones(tmp_path):
    (tmp_path / "empty.json").write_bytes(b"")
    out = tmp_path / "results.csv"
    out.write_text(LAST_QUARTER)
    result = run("evaluate", str(tmp_path / "empty.json"), "--preset", "car_brand", "-o", str(out))
    assert result.returncode == 2 and "Nothing was written" not in result.stderr
    rows = read_csv(out.read_text())
    assert [bool(row["error"]) for row in rows] == [True, False]


@pytest.mark.parametrize("args, words", [
    (("evaluate",), "evaluate needs a scenario"),
    (("evaluate", "x.csv", "--json", "--format", "csv"), "two formats"),
    (("evaluate", "x.csv", "--jobs", "0"), "at least 1"),
    (("evaluate", "-", "-"), "only once"),
])
def test_usage_errors_are_one_sentence(args, words):
    result = run(*args, stdin="")
    assert result.returncode == 2
    assert words in result.stderr and result.stderr.count("\n") == 1


def test_an_empty_folder_says_so(tmp_path):
    result = run("evaluate", str(tmp_path))
    assert result.returncode == 2
    assert "is a folder with no scenario files" in result.stderr and result.stdout == ""


def test_diff_pack_refuses_an_empty_folder_as_evaluate_does(tmp_path):
    """It answered "0 of 0 scenarios change their answer" and exited 0, which read as a check done."""
    from wxdesk.paths import resource_path
    pack = str(resource_path("datapack.toml"))
    empty = tmp_path / "scenarios"
    empty.mkdir()
    result = run("diff-pack", pack, pack, str(empty))
    assert result.returncode == 2
    assert result.stderr == f"wxdesk: {empty} is a folder with no scenario files (*.json) in it.\n"
    assert result.stdout == ""


def test_diff_pack_refuses_a_table_with_no_rows_as_evaluate_does(tmp_path):
    """A header-only table read "0 of 0 scenarios change their answer" with exit 0."""
    from wxdesk.paths import resource_path
    pack = str(resource_path("datapack.toml"))
    table = tmp_path / "header.csv"
    table.write_text("name,budget_cny\n", encoding="utf-8")
    result = run("diff-pack", pack, pack, str(table))
    assert result.returncode == 2
    assert result.stderr == f"wxdesk: {table} holds no scenarios to evaluate.\n"
    assert result.stdout == ""


def test_single_scenario_keeps_the_summary_and_json_echoes_the_inputs(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(Scenario(name="Shop", budget_cny=123_456).to_json())
    summary = run("evaluate", str(path))
    assert summary.returncode == 0 and summary.stdout.startswith("Shop\n")
    data = json.loads(run("evaluate", str(path), "--json").stdout)
    assert data["inputs"]["budget_cny"] == 123_456 and data["inputs"]["name"] == "Shop"


def test_template_csv_evaluates_as_it_is(tmp_path):
    template = run("template", "--format", "csv")
    assert template.returncode == 0
    path = tmp_path / "start.csv"
    path.write_text(template.stdout)
    result = run("evaluate", str(path), "--format", "csv")
    assert result.returncode == 0, result.stderr
    (row,) = read_csv(result.stdout)
    assert row["name"] == "Example shop" and row["error"] == ""


def test_template_json_is_a_scenario_file(tmp_path):
    template = run("template")
    path = tmp_path / "start.json"
    path.write_text(template.stdout)
    assert template.stderr == ""  # the field guide goes to stderr only on a terminal
    assert run("evaluate", str(path)).returncode == 0


def test_chinese_rows_render_every_translated_template_in_chinese():
    """--lang zh_CN renders each reason through the catalogue: every template it translates reads in Chinese."""
    import re

    from wxdesk.batch.language import catalogue
    from wxdesk.engine.reasons import CODES
    result = run("evaluate", "--preset", "car_brand", "--preset", "yoga_teacher", "--format", "jsonl",
                 "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    templates = {code: template for template, code in CODES.items()}
    translations = catalogue("zh_CN")["engine"]
    found = []

    def collect(value):
        if isinstance(value, dict):
            if isinstance(value.get("code"), str) and isinstance(value.get("text"), str):
                found.append((value["code"], value["text"]))
            for v in value.values():
                collect(v)
        elif isinstance(value, list):
            for v in value:
                collect(v)
    for line in result.stdout.splitlines():
        collect(json.loads(line))
    checked = 0
    for code, text in found:
        translation = translations.get(templates.get(code, ""))
        if translation is None:
            continue
        # Stripped: a Chinese sentence closes the space a template sets after 万 (numbers.close_unit_spaces).
        fragments = [f.strip() for f in re.split(r"\{[^}]*\}", translation) if f.strip()]
        assert all(f in text for f in fragments), (code, text, translation)
        checked += 1
    assert checked >= 5, found[:10]


def _interrupt_when(process, ready):
    # Should the batch hang after the interrupt, it is killed a while later, so that the test fails
    # with what it read rather than holding the whole run (its reads have no timeout of their own).
    watchdog = threading.Timer(120, kill_group, (process,))
    watchdog.daemon = True
    watchdog.start()
    deadline = time.monotonic() + 120
    while not ready():
        assert process.poll() is None, "the batch ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    # As a terminal does: Ctrl+C reaches the whole process group.
    os.killpg(process.pid, signal.SIGINT)


@pytest.mark.skipif(sys.platform == "win32", reason="process groups and SIGINT are POSIX")
def test_ctrl_c_stops_cleanly_and_the_rows_written_stay_valid(tmp_path):
    """The rows done go beside the output asked for (results.partial.jsonl), which keeps what it held: the file a
    batch is asked for only ever holds a whole batch (written over it, they replaced last week's results)."""
    source = grid_csv(tmp_path / "grid.csv", 4000)
    asked, out = tmp_path / "results.jsonl", tmp_path / "results.partial.jsonl"
    asked.write_text(LAST_WEEK_ROWS, encoding="utf-8")
    # (--quiet: on a machine slow enough to take 10 s over the first rows, a progress line would come first.)
    with subprocess.Popen([sys.executable, "-m", "wxdesk", "evaluate", str(source), "-o", str(asked), "--jobs", "2",
                           "--quiet"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True) as process:
        _interrupt_when(process, lambda: any(p.stat().st_size > 0 for p in tmp_path.glob(".results.jsonl.*.tmp")))
        _stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr and stderr.count("\n") == 1 and "Traceback" not in stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert 0 < len(rows) < 4000
    assert [r["row"] for r in rows] == list(range(1, len(rows) + 1))
    assert f"{len(rows):,} rows" in stderr and "results.jsonl was not touched" in stderr
    assert asked.read_text(encoding="utf-8") == LAST_WEEK_ROWS
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.skipif(sys.platform == "win32", reason="process groups and SIGINT are POSIX")
def test_ctrl_c_on_a_json_array_to_stdout_leaves_valid_json(tmp_path):
    source = grid_csv(tmp_path / "grid.csv", 4000)
    with subprocess.Popen([sys.executable, "-m", "wxdesk", "evaluate", str(source), "--format", "json",
                           "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          start_new_session=True) as process:
        first = process.stdout.readline()  # "[": the batch is running
        assert first == "[\n"
        _interrupt_when(process, lambda: True)
        rest = process.stdout.read()  # (communicate() would skip what readline() has buffered)
        stderr = process.stderr.read()
        assert process.wait(timeout=120) == 130, stderr
    rows = json.loads(first + rest)
    assert 0 < len(rows) < 4000 and all(r["error"] is None for r in rows)


def test_one_scenario_in_chinese_reads_as_its_json_says():
    """The plain-text summary speaks Chinese too (it used to be refused), in the JSON's own sentences."""
    summary = run("evaluate", "--preset", "car_brand", "--lang", "zh_CN")
    assert summary.returncode == 0 and summary.stderr == ""
    data = json.loads(run("evaluate", "--preset", "car_brand", "--lang", "zh_CN", "--json").stdout)
    texts = [data["budget"]["text"], *data["plan"]["roles_text"].values(),
             *(r["text"] for r in data["presences"][0]["reasons"][:3])]
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in texts)
    # The summary names the Official Account in full once, by its name alone after (NamedOnce).
    from wxdesk.words.vocabulary import without_former_names
    flat = "".join(summary.stdout.split())
    assert all("".join(without_former_names(text).split()) in flat for text in texts)
    # Headings are Chinese as well: none of the English summary's headings is left.
    for english in ("The plan:", "Plan score", "First alternative", "Every presence", "First-year budget", "Live in"):
        assert english not in summary.stdout


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_a_number_json_cannot_hold_fails_its_row_and_the_batch_goes_on(tmp_path, fmt):
    """1e999 read from a line is infinity: its row fails in one sentence, echoing the value by name, and the rows
    after it are written in strict JSON (the whole batch ended as an internal error, a JSON array left open)."""
    lines = [{"name": "before", "budget_cny": 100_000}, {"name": "huge", "budget_cny": "1e999"},
             {"name": "after", "budget_cny": 200_000}]
    text = "\n".join(json.dumps(line).replace('"1e999"', "1e999") for line in lines) + "\n"
    (tmp_path / "rows.jsonl").write_text(text, encoding="utf-8")
    result = run("evaluate", str(tmp_path / "rows.jsonl"), "--format", fmt)
    assert result.returncode == 2 and "internal error" not in result.stderr, result.stderr
    rows = json.loads(result.stdout) if fmt == "json" else [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["error"] is None for row in rows] == [True, False, True]
    # (Named as written: "Infinity", and "must be a finite number, not inf", quoted what the line never held.)
    assert rows[1]["error"].endswith("Field 'budget_cny' holds 1e999, which is too large to be a number.")
    assert rows[1]["inputs"]["budget_cny"] == "1e999"


def test_a_goal_or_need_given_twice_fails_its_own_row_and_a_file_in_one_line(tmp_path):
    """The schema says each goal and need appears once (uniqueItems); wxdesk merged a repeated one silently, so a
    row the schema refused was evaluated as if it were fine. Now refused as any other value outside the format:
    its row in a batch, one line for a file; the files stay as they were."""
    lines = [{"name": "before", "goals": ["sell"]}, {"name": "goals", "goals": ["sell", "news", "sell"]},
             {"name": "needs", "goals": ["sell"], "needs": ["payments", "payments"]}, {"name": "after"}]
    source = tmp_path / "rows.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    before = source.read_bytes()
    result = run("evaluate", str(source), "--format", "jsonl")
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["error"] is None for row in rows] == [True, False, False, True]
    assert "'goals' lists the text \"sell\" more than once" in rows[1]["error"]
    assert "'needs' lists the text \"payments\" more than once" in rows[2]["error"]
    assert source.read_bytes() == before
    single = tmp_path / "twice.json"
    single.write_text(Scenario().to_json().replace('"sell"', '"sell", "sell"'), encoding="utf-8")
    result = run("evaluate", str(single))
    assert result.returncode == 2 and result.stdout == "" and result.stderr.count("\n") == 1, result
    assert "twice.json" in result.stderr and "more than once" in result.stderr and "Traceback" not in result.stderr


def test_a_closed_standard_input_is_named(tmp_path):
    done = subprocess.run([sys.executable, "-m", "wxdesk", "evaluate", "-"], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL, preexec_fn=lambda: os.close(0))
    assert done.returncode == 2 and "Traceback" not in done.stderr and "internal error" not in done.stderr
    assert "standard input is closed" in done.stderr


def test_jobs_beyond_any_machine_are_refused_before_any_process_starts():
    result = run("evaluate", "--preset", "bank_care", "--jobs", "99999999999")
    assert result.returncode == 2 and "at most 256" in result.stderr and result.stdout == ""


@pytest.mark.parametrize("rows, notes", [(4, 10), (80, 1900)])
def test_a_stray_quote_fails_its_own_row_and_the_rows_after_it_are_read(tmp_path, rows, notes):
    """A quote opened and never closed took every later line into one cell: as few rows, a scenario named
    '"Alpha,100\\nBeta,200…' and exit 0; as many (80 rows of long notes: past the csv module's cell limit of
    131,072 characters), every row after it was lost and the count said the table was shorter than it is, and then
    the row's error quoted the module: "(field larger than field limit (131072))"."""
    lines = ["name,budget_cny,notes", *(f"shop {i},{100_000 + i},{'n' * notes}" for i in range(rows))]
    lines[2] = '"' + lines[2]  # the second row opens a quote no later quote closes
    path = tmp_path / "stray.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # (80 rows are more than one chunk: a process of its own, which starts worker processes.)
    command = run if rows <= 16 else run_process
    result = command("evaluate", str(path), "--format", "csv", "-o", str(tmp_path / "out.csv"))
    assert result.returncode == 2 and f"1 of {rows:,} rows failed" in result.stderr, result.stderr
    out = read_csv((tmp_path / "out.csv").read_text(encoding="utf-8"))
    assert len(out) == rows
    assert [r["source"] for r in out if r["error"]] == [f"{path}:3"]
    assert out[1]["error"].endswith("not valid CSV (a quote opens a cell that no later quote closes)."), out[1]
    assert [r["name"] for r in out[2:]] == [f"shop {i}" for i in range(2, rows)]


def test_a_cell_past_the_csv_modules_limit_is_said_in_plain_words(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(f"name,budget_cny\n{'x' * 140_000},100000\nshop,100000\n", encoding="utf-8")
    result = run("evaluate", str(path), "--format", "jsonl")
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 2 and [row["error"] is None for row in out] == [False, True], result.stderr
    assert out[0]["error"].endswith("not valid CSV (a cell is longer than 131,072 characters)."), out[0]["error"]


@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_a_line_not_in_utf8_fails_alone_and_the_rows_after_it_are_read(tmp_path, suffix):
    """A cell saved in Latin-1 (café) ended the whole file at it, with no line named."""
    if suffix == "csv":
        lines = [b"name,budget_cny", b"first,100000", b"caf\xe9,100000", b"third,100000"]
    else:
        lines = [b'{"name": "first"}', b'{"name": "caf\xe9"}', b'{"name": "third"}']
    path = tmp_path / f"rows.{suffix}"
    path.write_bytes(b"\n".join(lines) + b"\n")
    result = run("evaluate", str(path), "--format", "jsonl")
    assert result.returncode == 2, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["error"] is None for row in out] == [True, False, True]
    assert "not UTF-8" in out[1]["error"] and f"line {3 if suffix == 'csv' else 2}" in out[1]["error"]
    assert out[2]["inputs"]["name"] == "third"


def test_an_output_name_at_the_length_limit_is_written(tmp_path):
    """A valid 254-character name left no room for the temporary file's longer one: an internal error."""
    out = tmp_path / ("a" * 250 + ".csv")
    result = run("evaluate", "--preset", "bank_care", "-o", str(out))
    assert result.returncode == 0 and "internal error" not in result.stderr, result.stderr
    assert read_csv(out.read_text(encoding="utf-8"))[0]["name"]
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_text_a_spreadsheet_would_run_is_written_as_text_and_read_back_as_it_was(tmp_path):
    """A client's name of '=cmd|...' went into the output CSV as it was, where a spreadsheet runs it as a formula.
    Written with a leading apostrophe (as spreadsheets mark text), it reads back as given."""
    names = ["=cmd|'/c calc'!A1", "+SUM(1)", "@x", "-x", "plain"]
    source = tmp_path / "names.csv"
    with open(source, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "budget_cny"])
        writer.writerows([name, 100_000] for name in names)
    assert run("evaluate", str(source), "-o", str(tmp_path / "out.csv")).returncode == 0
    written = [row["name"] for row in read_csv((tmp_path / "out.csv").read_text(encoding="utf-8"))]
    assert written == ["'=cmd|'/c calc'!A1", "'+SUM(1)", "'@x", "'-x", "plain"]
    again = run("evaluate", str(tmp_path / "out.csv"), "--format", "jsonl")
    assert [json.loads(line)["inputs"]["name"] for line in again.stdout.splitlines()] == names


@pytest.mark.skipif(sys.platform == "win32", reason="process groups and SIGINT are POSIX")
def test_a_second_ctrl_c_while_the_workers_finish_stops_without_a_traceback(tmp_path):
    """A second Ctrl+C came while Python's collection closed the batch's progress: it printed
    'Exception ignored in: <generator object _progress …>' and a traceback."""
    source = grid_csv(tmp_path / "grid.csv", 4000)
    with batch_writing(source, tmp_path / "r.jsonl") as process:
        process.terminate()  # the main process alone, as a service manager does
        _stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130 and "Traceback" not in stderr, stderr
    assert not list(tmp_path.glob(".*.tmp"))
    rows = [json.loads(line) for line in (tmp_path / "r.partial.jsonl").read_text().splitlines()]
    assert [r["row"] for r in rows] == list(range(1, len(rows) + 1))


def test_a_tables_rows_name_their_fields_as_columns_and_a_json_lines_rows_as_fields(tmp_path):
    """A CSV read "Column 'budget_cny' must be a number" on one line and "Field 'goals' lists …" on the next:
    the engine's messages now name a table's fields as its columns, and JSON's as fields."""
    table = tmp_path / "leads.csv"
    table.write_text('name,budget_cny,goals\nA,abc,sell\nB,1000,"sell;sell"\n', encoding="utf-8")
    result = run("evaluate", str(table), "--format", "csv")
    assert result.returncode == 2
    assert "leads.csv line 2: Column 'budget_cny' must be a number" in result.stdout
    assert "leads.csv line 3: Column 'goals' lists the text" in result.stdout and "Field '" not in result.stdout
    lines = tmp_path / "leads.jsonl"
    lines.write_text('{"name": "B", "goals": ["sell", "sell"]}\n', encoding="utf-8")
    result = run("evaluate", str(lines), "--format", "csv")
    assert "leads.jsonl line 1: Field 'goals' lists the text" in result.stdout


@pytest.mark.parametrize("output", [None, "results.csv", "results.jsonl"])
def test_a_missing_input_is_refused_before_any_output_is_opened(tmp_path, output):
    """A mistyped table name (`evaluate lead.csv -o results.csv`) wrote one error row over last week's results
    and, without -o, printed that row on stdout: a whole input that cannot be read is one sentence, exit 2."""
    good = grid_csv(tmp_path / "leads.csv", 2)
    args = ["evaluate", str(good), str(tmp_path / "lead.csv")]
    if output is not None:
        (tmp_path / output).write_text("last week\n")
        args += ["-o", str(tmp_path / output)]
    result = run(*args)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"wxdesk: {tmp_path / 'lead.csv'} does not exist.\n"
    if output is not None:
        assert (tmp_path / output).read_text() == "last week\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"leads.csv", output or "leads.csv"})
    alone = run("evaluate", str(tmp_path / "nonexist.csv"))
    missing = tmp_path / "nonexist.csv"
    assert (alone.returncode, alone.stdout, alone.stderr) == (2, "", f"wxdesk: {missing} does not exist.\n")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
@pytest.mark.parametrize("command", ["evaluate", "diff-pack"])
def test_an_input_that_is_not_a_regular_file_is_refused_without_reading_it(tmp_path, command):
    from wxdesk.paths import resource_path
    fifo = tmp_path / "rows.csv"
    os.mkfifo(fifo)
    pack = str(resource_path("datapack.toml"))
    args = ["evaluate", str(fifo), "-o", str(tmp_path / "out.csv")] if command == "evaluate" else \
        ["diff-pack", pack, pack, str(fifo)]
    result = run_process(*args)  # the timeout catches a read that waits for a writer
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"wxdesk: {fifo} is not a regular file (it is a device, a pipe or a socket), so wxdesk " \
                            "does not read it.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rows.csv"]
    missing = run("diff-pack", pack, pack, str(tmp_path / "nope.csv"))
    assert (missing.returncode, missing.stdout) == (2, "") and "nope.csv does not exist" in missing.stderr


def test_an_input_that_may_not_be_read_is_refused_before_any_output_is_opened(tmp_path, monkeypatch, capsys):
    """As a user without read permission meets it (root, who runs these tests on some machines, may read any
    file, so chmod 000 would not show it)."""
    from wxdesk.cli import main
    table = grid_csv(tmp_path / "leads.csv", 2)
    out = tmp_path / "results.csv"
    out.write_text("last week\n")
    real_open = os.open

    def refusing_open(path, flags, *rest, **named):
        if os.fspath(path) == str(table):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, flags, *rest, **named)
    monkeypatch.setattr(os, "open", refusing_open)
    assert main(["evaluate", str(table), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"wxdesk: {table} cannot be read: permission denied.\n" and captured.out == ""
    assert out.read_text() == "last week\n"


@pytest.mark.parametrize("last", ['"unterminated,5,5,sell\n', '"unterminated,5,5,sell', 'Tea,5,"5,sell\n'])
def test_a_quote_left_open_on_the_last_line_fails_its_row_as_on_any_other(tmp_path, last):
    """On the last line the csv module gave the rest of the line as one cell, and the row was evaluated as a
    scenario of defaults (named 'unterminated,5,5,sell'), exit 0; a line higher the same quote failed its row."""
    path = tmp_path / "leads.csv"
    path.write_text('name,budget_cny,audience,goals\n"Noodle, bar",60000,3000,"sell;relationship"\n' + last)
    result = run("evaluate", str(path), "--format", "jsonl")
    assert result.returncode == 2 and "1 of 2 rows failed" in result.stderr, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["error"] is None and rows[0]["inputs"]["name"] == "Noodle, bar"
    assert rows[1]["error"] == f"{path} line 3: the line is not valid CSV (a quote opens a cell that no later " \
                               "quote closes)."


def test_a_quote_inside_a_cell_on_the_last_line_is_part_of_the_cell(tmp_path):
    """A quote that opens no quoted cell ('Tea "house"') is an ordinary character, on the last line too."""
    path = tmp_path / "leads.csv"
    path.write_text('name,budget_cny\nTea "house",60000\nLast "one,70000\n')
    result = run("evaluate", str(path), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["inputs"]["name"] for line in result.stdout.splitlines()] == ['Tea "house"',
                                                                                            'Last "one']


@pytest.mark.parametrize("name, text", [("ho.csv", "name,budget_cny\n"), ("blank.jsonl", "# none yet\n\n"),
                                        ("-", "[]\n"), ("-", "name,budget_cny\n"),
                                        # (Nothing at all, which was a failed row "the table is empty" on stdout.)
                                        ("empty.csv", ""), ("-", ""), ("-", "  \n\n"), ("notes.csv", "# none\n")])
@pytest.mark.parametrize("output", [None, "out.csv", "out.json"])
def test_inputs_that_hold_no_scenario_are_refused_as_an_empty_folder_is(tmp_path, name, text, output):
    """A header-only table, or `echo '[]' | wxdesk evaluate -`, exited 0 with nothing or an empty file: an answer
    about none of them read as done."""
    args = ["evaluate", name]
    if name != "-":
        (tmp_path / name).write_text(text)
        args[1] = str(tmp_path / name)
    if output is not None:
        args += ["-o", str(tmp_path / output)]
    result = run(*args, stdin=text if name == "-" else None)
    shown = "standard input" if name == "-" else str(tmp_path / name)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"wxdesk: {shown} holds no scenarios to evaluate.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ([] if name == "-" else [name])  # no output, no temporary


@given(st.lists(st.sampled_from(["", " ", "\t", "# a note", "#"]), max_size=5),
       st.sampled_from(["\n", "\r\n"]), st.sampled_from([None, "csv", "jsonl", "json"]))
def test_a_stdin_of_blank_lines_and_notes_alone_holds_no_scenario(lines, end, forced):
    """Whatever format it is read as, a stdin with no line of a table or document gives no row (the batch then
    refuses it as it refuses a header-only table), never a failed row of its own."""
    from wxdesk.batch.sources import stdin_rows
    text = end.join(lines) + (end if lines else "")
    if forced == "json" and any(line.startswith("#") for line in lines):
        return  # (a JSON document has no comments: '#' there is text that is not JSON)
    assert list(stdin_rows(forced, io.StringIO(text))) == []


def test_an_empty_input_beside_others_leaves_the_batch_to_them(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("name,budget_cny\n")
    result = run("evaluate", str(empty), "--preset", "bank_care", "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert [r["source"] for r in read_csv(result.stdout)] == ["preset:bank_care"]
    both = run("evaluate", str(empty), "-", "-o", str(tmp_path / "out.csv"), stdin="[]")
    assert (both.returncode, both.stdout) == (2, "")
    assert both.stderr == f"wxdesk: {empty} and standard input hold no scenarios to evaluate.\n"
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("args, sentence", [
    (["--json", "-o", "x.csv"], "--json and the output x.csv (csv) ask for two formats; give one"),
    (["--json", "-o", "x.jsonl"], "--json and the output x.jsonl (jsonl) ask for two formats; give one"),
    (["--format", "csv", "-o", "x.json"], "--format csv and the output x.json (json) ask for two formats; give one"),
    (["-o", "out.xlsx"], "the output out.xlsx has extension .xlsx, and wxdesk writes csv, jsonl and json; name the "
                         "file with one of those extensions, or give --format"),
    (["-o", "out.txt"], "the output out.txt has extension .txt, and wxdesk writes csv, jsonl and json; name the "
                        "file with one of those extensions, or give --format"),
    (["-o", "results"], "the output results has no extension, and wxdesk writes csv, jsonl and json; name the file "
                        "with one of those extensions, or give --format"),
])
def test_an_output_named_for_another_format_is_refused(tmp_path, args, sentence):
    """`--json -o x.csv` wrote a JSON array into x.csv, and `-o out.xlsx` JSON Lines, both with exit 0."""
    source = grid_csv(tmp_path / "grid.csv", 2)
    result = run("evaluate", str(source), *args, cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", f"wxdesk: {sentence}.\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["grid.csv"]


@pytest.mark.parametrize("args, first", [(["--format", "csv", "-o", "out.txt"], "row,source,error,"),
                                         (["--json", "-o", "out.txt"], "["),
                                         (["--format", "jsonl", "-o", "out.ndjson"], '{"row":1,')])
def test_a_format_asked_for_writes_any_output_name_that_does_not_name_another(tmp_path, args, first):
    source = grid_csv(tmp_path / "grid.csv", 2)
    result = run("evaluate", str(source), *args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / args[-1]).read_text(encoding="utf-8").startswith(first)


def test_our_own_json_array_reads_back_from_a_file_as_from_standard_input(tmp_path):
    """`evaluate r1.json -o r2.csv` said "A scenario must be a JSON object, not a list", though the same array read
    from stdin was a batch: a .json file that holds an array is read as one, never as one scenario."""
    source = grid_csv(tmp_path / "grid.csv", 3)
    first = tmp_path / "r1.json"
    assert run("evaluate", str(source), "--preset", "bank_care", "-o", str(first)).returncode == 0
    again = run("evaluate", str(first), "-o", str(tmp_path / "r2.csv"))
    assert again.returncode == 0 and again.stderr == "", again.stderr
    rows = read_csv((tmp_path / "r2.csv").read_text(encoding="utf-8"))
    assert [r["source"] for r in rows] == [f"{first}[{i}]" for i in range(1, 5)]
    piped = read_csv(run("evaluate", "-", "--format", "csv", stdin=first.read_text(encoding="utf-8")).stdout)
    assert [{**r, "source": ""} for r in rows] == [{**r, "source": ""} for r in piped]
    earlier = json.loads(first.read_text(encoding="utf-8"))
    assert [r["plan"] for r in rows] == ["+".join(r["plan"]["presences"]) for r in earlier]
    # Alone, with neither -o nor --format, it is a batch too: one JSON line a row, not a summary.
    alone = run("evaluate", str(first))
    assert alone.returncode == 0 and [json.loads(line)["source"] for line in alone.stdout.splitlines()] == \
        [f"{first}[{i}]" for i in range(1, 5)]


HINT = ("; a file not named .csv, .jsonl or .ndjson is read as a scenario file: to read it as a table, give "
        "--input-format csv (comma-separated cells) or jsonl.")


@pytest.mark.parametrize("name, text", [("leads.tsv", "name\tbudget_cny\nNoodle bar\t60000\n"),
                                        ("leads.txt", "name,budget_cny\nNoodle bar,60000\n")])
def test_a_table_not_named_as_one_says_how_to_read_it_as_one(tmp_path, name, text):
    """It said only "not valid JSON", with no word of why a table was read as JSON or how to read it otherwise."""
    path = tmp_path / name
    path.write_text(text)
    expected = f"{path}: The file is not valid JSON (line 1, column 1: expecting a value here){HINT}"
    alone = run("evaluate", str(path))
    assert (alone.returncode, alone.stdout, alone.stderr) == (2, "", f"wxdesk: {expected}\n")
    batch = run("evaluate", str(path), "--preset", "bank_care", "--format", "jsonl")
    assert batch.returncode == 2 and json.loads(batch.stdout.splitlines()[0])["error"] == expected
    if name.endswith(".txt"):  # and the hint works
        table = run("evaluate", str(path), "--input-format", "csv", "--format", "jsonl")
        assert table.returncode == 0 and json.loads(table.stdout)["inputs"]["name"] == "Noodle bar"


def test_a_scenario_file_that_is_broken_gets_no_table_hint(tmp_path):
    for name, text in (("shop.json", "name,budget_cny\n"), ("shop.txt", '{"oops'), ("empty.txt", "")):
        (tmp_path / name).write_text(text)
        result = run("evaluate", str(tmp_path / name))
        assert result.returncode == 2 and "--input-format" not in result.stderr, result.stderr


def test_messages_name_what_the_analyst_wrote(tmp_path):
    """An override given as one number was named 'overrides.mp_build_cny.low', a key no one wrote; an existing
    folder given as the output was said to have 'no extension'; a .csv read as JSON, as --input-format json asked,
    was told that 'a file not named .csv … is read as a scenario file'."""
    scenario = {**Scenario().to_dict(), "overrides": {"mp_build_cny": -3}}
    source = tmp_path / "override.json"
    source.write_text(json.dumps(scenario))
    result = run("evaluate", str(source))
    assert result.returncode == 2 and "Field 'overrides.mp_build_cny' must be" in result.stderr, result.stderr
    folder = tmp_path / "fold"
    folder.mkdir()
    result = run("evaluate", "--preset", "car_brand", "-o", str(folder))
    assert result.returncode == 2 and "is a folder; name a file inside it" in result.stderr, result.stderr
    table = tmp_path / "leads.csv"
    table.write_text("name,budget_cny\nshop,100000\n")
    result = run("evaluate", str(table), "--input-format", "json")
    assert result.returncode == 2 and "not valid JSON" in result.stderr
    assert "a file not named .csv" not in result.stderr, result.stderr


def test_a_failed_table_row_read_back_fails_for_its_own_reason(tmp_path):
    """`evaluate batch.csv --format json -o back.json`, then `evaluate back.json`: a row that failed for its audience
    ("lots") failed again for its budget, echoed as the text "48536". Read back, its cells are read as the table
    read them, and it fails for its own reason; the good row is evaluated as before."""
    table = tmp_path / "grid.csv"
    table.write_text("name,budget_cny,audience\nok,48536,1000\nbad,48536,lots\n")
    back = tmp_path / "back.json"
    first = run("evaluate", str(table), "--format", "json", "-o", str(back))
    assert first.returncode == 2
    again = run("evaluate", str(back), "--format", "json")
    assert again.returncode == 2, again.stderr
    rows = json.loads(again.stdout)
    assert rows[0]["error"] is None and rows[0]["plan"]["presences"]
    assert "Column 'audience' must be a number, not \"lots\"" in rows[1]["error"], rows[1]["error"]


def test_the_table_guide_says_each_range_once_and_whole_years_as_whole():
    """The guide read "china_share: … 0 to 1; from 0 to 1" (paid_share too), and "horizon_years: from 1 to 10" of a
    field that refuses 2.5."""
    from wxdesk.batch.schema import field_specs
    from wxdesk.batch.template import guide
    lines = {line.split(":", 1)[0]: line for line in guide(table=True)}
    for name, (_meaning, spec) in field_specs().items():
        if "maximum" in spec and name in lines:
            low = spec.get("minimum", spec.get("exclusiveMinimum"))
            assert lines[name].count(f"{low:g} to ") == 1, lines[name]
            assert ("a whole number" in lines[name]) is (spec.get("type") == "integer"), lines[name]
    assert lines["horizon_years"].startswith("horizon_years: years the costs run over; a whole number from 1 to 10.")
