"""A batch's progress where no bar is drawn (stderr a log, CI): plain lines, calmly, never on stdout."""

import io
import json
import os
import subprocess
import sys

from batch_processes import grid_csv

from wxdesk.batch.command import progress_lines


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "wxdesk", *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


def test_a_batch_logs_its_progress_in_plain_lines_when_stderr_is_no_terminal(tmp_path):
    """A batch of 100k rows in a log or CI said nothing for minutes. Here a line at each tenth of the rows (at most
    one in 10 s, here set to none), between two stretches of rows, then one at the end; the rows on stdout stay
    rows."""
    source = grid_csv(tmp_path / "grid.csv", 1100, bad_every=100)
    result = run("evaluate", str(source), "--format", "jsonl", "--jobs", "1", env={"WXDESK_PROGRESS_SECONDS": "0"})
    assert result.returncode == 2
    assert [json.loads(line)["row"] for line in result.stdout.splitlines()] == list(range(1, 1101))
    lines = result.stderr.splitlines()
    # (Stretches of 64, 128, 256, then 512 rows: runner.FIRST_GROUP_ROWS; the first, of 64, is under a tenth.)
    assert len(lines) == 5, lines
    assert lines[0].startswith("wxdesk: 192 of 1,100 rows (17%, 1 failed) after ") and lines[0].endswith(" left")
    assert lines[1].startswith("wxdesk: 448 of 1,100 rows (40%, 4 failed) after ")
    assert lines[2].startswith("wxdesk: 960 of 1,100 rows (87%, 9 failed) after ")
    assert lines[3].startswith("wxdesk: all 1,100 rows (11 failed) written in ") and " a second" in lines[3]
    assert lines[4].startswith(f"wxdesk: 11 of 1,100 rows failed; the first: {source} line 101:")


def test_quiet_silences_the_progress_lines(tmp_path):
    source = grid_csv(tmp_path / "grid.csv", 600, bad_every=2)  # (two stretches, which would get a line between)
    quiet = run("evaluate", str(source), "--format", "csv", "--jobs", "1", "--quiet",
                env={"WXDESK_PROGRESS_SECONDS": "0"})
    assert len(quiet.stdout.splitlines()) == 601
    assert quiet.stderr.startswith("wxdesk: 300 of 600 rows failed;") and quiet.stderr.count("\n") == 1


def lines_of(stretches, total, seconds_a_stretch, failing=()):
    """The progress lines of a batch whose rows come as the runner gives them, 512 at once, each stretch taking
    `seconds_a_stretch` (by a clock of the test's own)."""
    now = [0.0]

    def rows():
        for stretch in range(stretches):
            now[0] += seconds_a_stretch
            for row in range(512 * stretch, 512 * (stretch + 1)):
                yield row not in failing, row

    out = io.StringIO()
    assert len(list(progress_lines(rows(), total, out, 10.0, lambda: now[0]))) == 512 * stretches
    return out.getvalue().splitlines()


def test_a_line_comes_at_each_tenth_of_the_rows_where_that_is_rarer_than_10_s():
    lines = lines_of(20, 10_240, 10.0, failing={3, 600})  # 200 s: a tenth of the rows every 20 s
    assert [line.split(" (")[0] for line in lines] == \
        [f"wxdesk: {1024 * i:,} of 10,240 rows" for i in range(1, 10)] + ["wxdesk: all 10,240 rows"]
    assert lines[0] == "wxdesk: 1,024 of 10,240 rows (10%, 2 failed) after 30 s, 34 a second; about 4 min 30 s left"
    assert lines[-1] == "wxdesk: all 10,240 rows (2 failed) written in 3 min 20 s, 51 a second"


def test_a_line_comes_every_10_s_where_that_is_rarer_than_a_tenth_of_the_rows():
    lines = lines_of(200, 102_400, 0.25)  # 50 s: a tenth of the rows every 5 s
    assert [line.split(" of ")[0] for line in lines[:-1]] == [f"wxdesk: {512 * 40 * i - 512:,}" for i in range(1, 6)]
    assert lines[0] == "wxdesk: 19,968 of 102,400 rows (19%) after 10 s, 1,997 a second; about 41 s left"
    assert lines[-1] == "wxdesk: all 102,400 rows written in 50 s, 2,048 a second"


def test_rows_of_unknown_number_get_a_line_once_they_have_grown_by_a_tenth():
    """Standard input: no total to take a tenth of, so a tenth of the rows done, and the lines space out."""
    lines = lines_of(1000, None, 1.0)  # 16 min 40 s
    counts = [int(line.split()[1].replace(",", "")) for line in lines[:-1]]
    assert counts[:3] == [4608, 9728, 14_848]
    steps = list(zip(counts, counts[1:]))
    assert all(10 * (later - earlier) >= earlier and later - earlier >= 5120 for earlier, later in steps)
    assert len(lines) < 40 and " of " not in "".join(lines) and " left" not in "".join(lines)
    assert lines[0] == "wxdesk: 4,608 rows after 10 s, 461 a second"
    assert lines[-1] == "wxdesk: all 512,000 rows written in 16 min 40 s, 512 a second"


def test_a_line_waits_for_the_stretch_of_rows_to_end():
    """Written as the first row of a stretch came, it said '1 row after 12 s, 0 a second', the other 511 a moment
    away; and one of the rows of a stretch, the rate of that instant."""
    assert lines_of(3, None, 12.0)[0] == "wxdesk: 512 rows after 24 s, 21 a second"


def test_a_batch_done_within_10_s_says_nothing_and_a_stopped_one_leaves_its_last_line_to_the_batch():
    assert lines_of(4, 2048, 2.0) == []  # 8 s
    out = io.StringIO()
    now = [0.0]

    def rows():
        for row in range(5120):
            now[0] += 1.0 if row % 512 == 0 else 0.0
            yield True, row

    rows_seen = progress_lines(rows(), 5120, out, 1.0, lambda: now[0])
    for _ in range(1030):
        next(rows_seen)
    rows_seen.close()  # as the batch does after a Ctrl+C
    assert out.getvalue().splitlines() == ["wxdesk: 512 of 5,120 rows (10%) after 2.0 s, 256 a second; about 18 s left",
                                           "wxdesk: 1,024 of 5,120 rows (20%) after 3.0 s, 341 a second; about 12 s "
                                           "left"]
