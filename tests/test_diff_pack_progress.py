"""`wxdesk diff-pack` over many scenarios says how far it is, as `evaluate` does: a diff of thousands of scenarios
said nothing on stderr until its report came. Plain lines where stderr is a log, none with --quiet; the report on
stdout stays the report."""

import os
import subprocess
import sys
from pathlib import Path

from batch_processes import grid_csv

PACK = Path(__file__).resolve().parent.parent / "resources" / "datapack.toml"


def diff_pack(*args):
    return subprocess.run([sys.executable, "-m", "wxdesk", "diff-pack", str(PACK), str(PACK), *args, "--jobs", "1"],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "WXDESK_PROGRESS_SECONDS": "0"})  # (a line at each tenth of the rows)


def test_a_diff_of_many_scenarios_logs_how_far_it_is(tmp_path):
    source = grid_csv(tmp_path / "grid.csv", 600, bad_every=100)
    result = diff_pack(str(source))
    assert result.returncode == 2  # (6 rows could not be evaluated)
    lines = result.stderr.splitlines()
    assert len(lines) == 5, lines
    # Rows come in stretches of 64, 128, 256, then 512 (runner.FIRST_GROUP_ROWS): a line after each of the first three,
    # each past a tenth more of the rows, and one when all are compared.
    assert lines[0].startswith("wxdesk: 64 of 600 scenarios (10%) after ") and lines[0].endswith(" left")
    assert lines[1].startswith("wxdesk: 192 of 600 scenarios (32%, 1 failed) after ") and lines[1].endswith(" left")
    assert lines[2].startswith("wxdesk: 448 of 600 scenarios (74%, 4 failed) after ") and lines[2].endswith(" left")
    assert lines[3].startswith("wxdesk: all 600 scenarios (6 failed) compared in ") and " a second" in lines[3]
    assert lines[4].startswith(f"wxdesk: 6 of 600 scenarios could not be evaluated; the first: {source} line 101:")
    # The report: one pack against itself changes nothing; its counts grouped as the lines above write them, of the
    # scenarios compared (the 6 that failed are told apart, above: "0 of 600" read as 600 compared).
    assert result.stdout.splitlines()[0].endswith(": 0 differences; 0 of 594 scenarios change their answer.")


def test_quiet_leaves_only_what_went_wrong(tmp_path):
    source = grid_csv(tmp_path / "grid.csv", 600, bad_every=100)
    result = diff_pack(str(source), "--quiet")
    assert result.returncode == 2
    assert result.stderr.startswith("wxdesk: 6 of 600 scenarios could not be evaluated;")
    assert result.stderr.count("\n") == 1
    assert "0 of 594 scenarios change their answer" in result.stdout


def test_a_count_over_a_thousand_is_grouped_in_the_report():
    from wxdesk.batch.language import words
    from wxdesk.words.pack_diff import diff_text
    report = {"summary": {"changed": 1234, "scenarios": 12_000}, "differences": [],
              "old_pack": {"released": "2026-01-01"}, "new_pack": {"released": "2026-12-01"}, "changed": []}
    assert diff_text(report, words("en")) == ("Data pack 2026-01-01 → 2026-12-01: 0 differences; 1,234 of 12,000 "
                                              "scenarios change their answer.")


def test_one_scenario_that_fails_is_one_scenario(tmp_path):
    source = grid_csv(tmp_path / "grid.csv", 2, bad_every=2)  # (the second row's budget is "a lot")
    (tmp_path / "one.csv").write_text("".join(source.read_text().splitlines(keepends=True)[::2]))
    result = diff_pack(str(tmp_path / "one.csv"), "--quiet")
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"wxdesk: 1 of 1 scenario could not be evaluated; the first: {tmp_path / 'one.csv'} line 2:")
