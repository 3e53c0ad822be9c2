"""The examples of docs/command-line.md are what the commands print today, from inputs the page gives in full: its
`evaluate leads.csv` table read `mini_program+wecom 73 38948` long after the data pack had moved it, and its
`changes tea-shop.json` needed a field the page left out."""

import csv
import re
import subprocess
from pathlib import Path

import pytest
from cli_in_process import run_here

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "command-line.md").read_text(encoding="utf-8")


def run(*args, cwd):
    return run_here(*args, cwd=cwd)  # (in the test's process: tests/cli_in_process.py)


def block_holding(first_line):
    """The ```text block whose first line is `first_line` (a command as the page shows it run): its text."""
    found = re.compile(rf"```text\n({re.escape(first_line)}\n.*?)```", re.S).search(DOC)
    assert found, first_line
    return found.group(1)


def block_after(marker, kind):
    """The first ```kind block after `marker` in the page."""
    start = DOC.index(marker)
    found = re.compile(rf"```{kind}\n(.*?)```", re.S).search(DOC, start)
    assert found, marker
    return found.group(1)


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "resources").symlink_to(ROOT / "resources")
    return tmp_path


def test_the_batch_from_csv_to_csv_reads_as_the_page_shows(folder):
    (folder / "leads.csv").write_text(block_after("## A batch from CSV to CSV", "csv"), encoding="utf-8")
    result = run("evaluate", "leads.csv", "-o", "results.csv", cwd=folder)
    assert result.returncode == 2
    assert result.stderr == block_after("wxdesk evaluate leads.csv -o results.csv", "text")
    table = DOC[DOC.index("| row | source | error |"):]
    lines = [line for line in table.splitlines()[:5] if line.startswith("|")]
    columns = [cell.strip() for cell in lines[0].strip("|").split("|")]
    shown = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines[2:]]
    with open(folder / "results.csv", encoding="utf-8", newline="") as handle:
        written = [[row[c] for c in columns] for row in csv.DictReader(handle)]
    assert shown == written


def test_the_diff_pack_example_is_made_and_printed_as_the_page_shows(folder):
    make = block_after("Here `small-templates.toml` is the bundled pack", "sh")
    subprocess.run(["bash", "-c", make], cwd=folder, check=True, timeout=60)
    example = block_holding("$ wxdesk diff-pack resources/datapack.toml small-templates.toml --all-presets")
    command, _, printed = example.partition("\n")
    result = run(*command.split()[2:], "-q", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout == printed


def test_the_changes_example_is_made_and_printed_as_the_page_shows(folder):
    (folder / "tea-shop.json").write_text(block_after("Here `tea-shop.json` is the tea shop", "json"),
                                          encoding="utf-8")
    example = block_holding("$ wxdesk changes tea-shop.json")
    command, _, printed = example.partition("\n")
    result = run(*command.split()[2:], cwd=folder)
    assert result.returncode == 0, result.stderr
    told = result.stdout.splitlines()
    # The page's lines, in its order; "…" leaves the rest of a line (or the lines between) out.
    at = 0
    for line in printed.splitlines():
        if line.strip() in ("", "…"):
            continue
        start = line.removesuffix("…").rstrip() if line.endswith("…") else line
        at = next(i for i in range(at, len(told)) if told[i].startswith(start) and
                  (line.endswith("…") or told[i] == line)) + 1
    assert printed.splitlines()[0] == told[0]


def test_the_flips_sentence_the_page_quotes_is_yoga_teachers(folder):
    quoted = re.search(r'\("(Between [^"]*?) …", yoga_teacher\'s\)', DOC).group(1)
    result = run("flips", "--preset", "yoga_teacher", cwd=folder)
    assert quoted in result.stdout


def test_every_command_that_speaks_chinese_is_in_the_languages_section():
    section = DOC[DOC.index("## Languages"):DOC.index("## Speed")]
    listed = re.search(r"`--lang zh_CN` \(on ([^)]*)\)", section).group(1)
    for command in ("evaluate", "compare", "sensitivity", "flips", "diff-pack", "changes"):
        assert f"`{command}`" in listed


def test_the_page_tells_scripts_to_give_the_language_and_currency_where_a_command_takes_them_from_the_machine():
    """report and share follow the system's locale and the desktop app's Preferences, and nothing on the page said
    so: a script wrote an English handout on one machine and a Chinese one on another."""
    from wxdesk.cli_parser import build_parser
    commands = next(a for a in build_parser()._subparsers._group_actions).choices
    from_machine = {name for name, parser in commands.items() for action in parser._actions
                    if action.dest in ("lang", "currency") and action.default is None}
    assert from_machine == {"report", "share"}
    section = DOC[DOC.index("## Languages"):DOC.index("## Speed")]
    note = section[section.index("**In scripts, give `--lang` and `--currency`.**"):]
    for name in from_machine:
        assert f"`{name}`" in note
    for words in ("system's language", "Preferences", "--lang en --currency CNY"):
        assert words in " ".join(note.split())


def test_the_csv_columns_table_lists_the_columns_in_the_order_a_row_has_them():
    """The table of results columns listed plan_coverage before plan_score_unrounded and alternative_1_cost_likely
    before alternative_1_close_call, the other way round from every CSV wxdesk writes: a script reading the columns
    by their place, as the page lists them, read one for the other."""
    from wxdesk.batch.flatten import COLUMNS
    table = DOC[DOC.index("| column | from the JSON row |"):]
    table = table[:table.index("\n\n")]
    named = [name for line in table.splitlines()[2:] for name in re.findall(r"`([a-z0-9_]+)`", line.split(" | ")[0])]
    assert set(named) <= set(COLUMNS), set(named) - set(COLUMNS)
    assert named == sorted(named, key=COLUMNS.index)
