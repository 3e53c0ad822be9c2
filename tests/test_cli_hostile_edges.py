"""The command line at the edges an analyst reaches by accident or on purpose: signals to the whole batch, outputs
that cannot be written, names that are empty. Each answer is one plain line, nothing the user made is lost, and a
file asked for holds a whole output or stays as it was."""

import json
import os
import signal
import subprocess
import sys

import pytest
from batch_processes import batch_writing, grid_csv, kill_group

LAST_WEEK_ROWS = '{"row":1,"source":"last week.csv:2","error":null}\n'


@pytest.mark.skipif(sys.platform == "win32", reason="process groups and these signals are POSIX")
@pytest.mark.parametrize("number", [signal.SIGTERM, getattr(signal, "SIGHUP", signal.SIGTERM)],
                         ids=["SIGTERM", "SIGHUP"])
def test_a_batch_whose_whole_process_group_is_told_to_end_stops_at_once(tmp_path, number):
    """A terminal closed (SIGHUP) or `timeout` (SIGTERM) signals the whole process group: the workers died with
    the chunks they held, and the pool's shutdown waited for those chunks for ever; the batch hung, its temporary
    file beside the output, until a second signal."""
    source = grid_csv(tmp_path / "grid.csv", 6000)
    asked = tmp_path / "r.jsonl"
    asked.write_text(LAST_WEEK_ROWS, encoding="utf-8")  # (earlier rows: only those are replaced)
    with batch_writing(source, asked, timeout=90) as process:
        os.killpg(process.pid, number)
        try:
            _stdout, stderr = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            kill_group(process)
            process.communicate()
            pytest.fail("the batch still ran a minute after its process group was told to end")
    assert process.returncode == 130 and "Traceback" not in stderr and stderr.count("\n") == 1, stderr
    assert asked.read_text(encoding="utf-8") == LAST_WEEK_ROWS
    assert not list(tmp_path.glob(".*.tmp"))
    rows = [json.loads(line) for line in (tmp_path / "r.partial.jsonl").read_text().splitlines()]
    assert rows and [r["row"] for r in rows] == list(range(1, len(rows) + 1))


def run_cli(*args, cwd=None):
    """`wxdesk ARGS` in this process: exit status, stdout, stderr."""
    import contextlib
    import io

    from wxdesk.cli import main
    out, err = io.StringIO(), io.StringIO()
    with contextlib.ExitStack() as stack:
        if cwd is not None:
            stack.enter_context(contextlib.chdir(cwd))
        stack.enter_context(contextlib.redirect_stdout(out))
        stack.enter_context(contextlib.redirect_stderr(err))
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def one_line(code, err, *words):
    assert code == 2, (code, err)
    assert err.startswith("wxdesk: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "internal error" not in err, err
    for word in words:
        assert word in err, (word, err)


def scenario_file(folder, name="shop.json"):
    from wxdesk.engine import Scenario
    path = folder / name
    path.write_text(json.dumps(Scenario().to_dict()), encoding="utf-8")
    return path


def run_to_full_disk(*args):
    """`wxdesk ARGS` in a process of its own whose standard output is /dev/full (a disk with no space left)."""
    with open("/dev/full", "w") as full:
        return subprocess.run([sys.executable, "-m", "wxdesk", *args], stdout=full, stderr=subprocess.PIPE,
                              text=True, timeout=300)


needs_dev_full = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")


@needs_dev_full
@pytest.mark.parametrize("args", [["--version"], ["--help"], ["evaluate", "--help"]])
def test_help_or_version_that_cannot_be_written_is_said_not_dropped(args):
    """argparse drops a failed write of the help or the version and exits 0: nothing shown, and nothing said."""
    done = run_to_full_disk(*args)
    one_line(done.returncode, done.stderr, "cannot write the output")


@needs_dev_full
@pytest.mark.parametrize("command, name", [("report", "out.pdf"), ("share", "out.png")])
def test_a_handout_written_whose_confirmation_cannot_be_printed_is_one_sentence(tmp_path, command, name):
    """The file was written, then printing "Wrote …" to a full disk was an internal error (exit 1, "something went
    wrong inside wxdesk"): the analyst could not tell that the handout was complete."""
    out = tmp_path / name
    done = run_to_full_disk(command, "--preset", "car_brand", "--lang", "en", "-o", str(out))
    one_line(done.returncode, done.stderr, f"{out} was written", "No space left on device")
    assert out.stat().st_size > 0


@pytest.mark.parametrize("command, suffix", [("report", ".pdf"), ("share", ".png")])
def test_a_handout_name_at_the_length_limit_is_written(tmp_path, command, suffix):
    """A name of 254 bytes is a legal file name; the handout's own temporary name beside it (NAME.partial) was not:
    "File name too long"."""
    out = tmp_path / ("n" * (254 - len(suffix)) + suffix)
    code, stdout, err = run_cli(command, "--preset", "car_brand", "--lang", "en", "-o", str(out))
    assert code == 0, err
    assert out.read_bytes()[:4] in (b"%PDF", b"\x89PNG") and f"Wrote {out}" in stdout


@pytest.mark.skipif(sys.platform != "linux", reason="a file name that is not UTF-8 is a Linux one")
def test_a_handout_whose_name_is_not_utf8_is_written_under_that_name(tmp_path):
    """A byte that is not UTF-8 in the name reached Qt's PDF writer as another name, and the handout was refused as
    though the disk were full ("the file could not be written whole (is the disk full?)")."""
    out = os.path.join(os.fsencode(tmp_path), b"caf\xe9.pdf")
    code, stdout, err = run_cli("report", "--preset", "car_brand", "--lang", "en", "-o", os.fsdecode(out))
    assert code == 0, err
    with open(out, "rb") as written:
        assert written.read(5) == b"%PDF-"
    assert "\\udce9" in stdout  # the name said plainly, its odd byte as an escape
    assert os.listdir(tmp_path) == ["caf\udce9.pdf"]


def test_the_name_of_a_handout_written_reaches_the_terminal_as_plain_text(tmp_path):
    """A name holding an escape sequence was printed as it is ("Wrote …"): the terminal acted on it."""
    out = tmp_path / "\x1b[2Jplan.pdf"
    code, stdout, err = run_cli("report", "--preset", "car_brand", "--lang", "en", "-o", str(out))
    assert code == 0, err
    assert out.exists() and "\x1b" not in stdout and "\\x1b[2Jplan.pdf" in stdout


@pytest.mark.parametrize("command", ["evaluate", "report", "share"])
@pytest.mark.parametrize("name", ["", "  "])
def test_an_empty_output_name_is_refused(tmp_path, command, name):
    """`-o "$OUT"` with OUT unset: evaluate printed its answer to the terminal as though no -o were given (exit 0),
    and report and share named the current folder ("/home/me is a folder; choose a file name inside it")."""
    source = scenario_file(tmp_path)
    code, stdout, err = run_cli(command, str(source), "-o", name, cwd=tmp_path)
    one_line(code, err, "empty name", "-o")
    assert stdout == ""
    assert sorted(os.listdir(tmp_path)) == ["shop.json"]


@pytest.mark.parametrize("args", [
    ["compare", "", "shop.json"], ["sensitivity", ""], ["flips", ""], ["changes", ""],
    ["report", "", "-o", "out.pdf"], ["share", "", "-o", "out.png"], ["evaluate", "shop.json", "--pack", ""],
    ["diff-pack", "", "pack.toml", "shop.json"], ["diff-pack", "pack.toml", "pack.toml", ""],
], ids=lambda args: " ".join(a or repr(a) for a in args))
def test_an_empty_file_name_is_refused_as_one(tmp_path, args):
    """An empty name was read as the current folder (". is a folder, not a file", for a scenario or a data pack) or
    as a file of no name ("wxdesk:  does not exist"); evaluate has said "an empty name" since an unset variable
    made it read every scenario file of the current folder."""
    from wxdesk.paths import resource_path
    scenario_file(tmp_path)
    (tmp_path / "pack.toml").write_bytes((resource_path() / "datapack.toml").read_bytes())
    code, stdout, err = run_cli(*args, cwd=tmp_path)
    one_line(code, err, "empty name")
    assert stdout == ""


def test_a_table_line_far_too_long_is_never_held_whole(tmp_path):
    """A line of a table was read whole before it was found far too long: one line of a 3 GB file with no line break
    (a dump named .csv) filled the memory and ended in an internal error (MemoryError)."""
    import tracemalloc

    from wxdesk.batch.sources import MAX_ROW_CHARS, read_jobs
    table = tmp_path / "leads.jsonl"
    with open(table, "w", encoding="utf-8") as handle:
        handle.write('{"budget_cny": 100000}\n' + " " * (30 * MAX_ROW_CHARS) + "x\n" + '{"budget_cny": 200000}\n')
    tracemalloc.start()
    try:
        jobs = list(read_jobs([str(table)]))
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * MAX_ROW_CHARS, peak  # (some 30 MB held whole, and its copies)
    assert [job.error is None for job in jobs] == [True, False, True]
    assert "line 2: the line is far too long" in jobs[1].error and jobs[2].data["budget_cny"] == 200000


@pytest.mark.parametrize("lines", [["x" * 2_000_000], ["# the guide", "#" + "x" * 2_000_000, "name", "a"]],
                         ids=["header", "comment"])
def test_a_csv_whose_line_before_its_rows_is_far_too_long_fails_as_one_row(tmp_path, lines):
    """A CSV's first line (or a comment before its header) far too long was an internal error ("_csv.Error"), where
    the same line among the rows fails its row."""
    table = tmp_path / "leads.csv"
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, stdout, err = run_cli("evaluate", str(table), "-o", str(tmp_path / "out.csv"))
    one_line(code, err, "far too long")
    assert stdout == "" and not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("through", ["file", "stdin"])
def test_a_json_document_too_large_to_read_whole_is_refused_unread(tmp_path, monkeypatch, through):
    """A JSON array is read whole, as JSON must be, and held parsed at some four times its size: one of 3 GB (wxdesk's
    own --format json rows of a large batch) filled the memory and ended in an internal error (MemoryError)."""
    import io

    from wxdesk.batch import sources
    monkeypatch.setattr(sources, "MAX_DOCUMENT_SIZE", 2000)
    rows = [{"budget_cny": 100_000 + i} for i in range(3)]
    small, large = json.dumps(rows), json.dumps(rows * 40)
    assert len(small) < 2000 < len(large)
    for text, ok in ((small, True), (large, False)):
        if through == "file":
            (tmp_path / "rows.json").write_text(text, encoding="utf-8")
            found = list(sources.read_jobs([str(tmp_path / "rows.json")]))
        else:
            found = list(sources.read_jobs(["-"], stdin=io.StringIO(text)))
        if ok:
            assert [job.data["budget_cny"] for job in found] == [100_000, 100_001, 100_002]
        else:
            assert len(found) == 1 and "too large to be read whole" in found[0].error and "JSON Lines" in found[0].error


@pytest.mark.parametrize("args", [["evaluate", "shop.json", "-o", "shop.json/out.csv"],
                                  ["evaluate", "shop.json", "shop.json", "-o", "shop.json/deeper/out.csv"],
                                  ["report", "shop.json", "-o", "shop.json/out.pdf"],
                                  ["share", "shop.json", "-o", "shop.json/out.png"]], ids=lambda a: a[0] + str(len(a)))
def test_an_output_under_a_file_names_the_file_in_the_way(tmp_path, args):
    """"…/shop.json/out.csv could not be written: Not a directory. The previous file is unchanged.": a previous
    file that never was, and neither the file in the way nor what to do."""
    source = scenario_file(tmp_path)
    before = source.read_bytes()
    code, stdout, err = run_cli(*args, cwd=tmp_path)
    one_line(code, err, f"{source} is a file, not a folder")
    assert "previous file" not in err and stdout == "" and source.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32", reason="process groups and these signals are POSIX")
# (SIGHUP takes the very handler SIGTERM takes, ENDING_SIGNALS: checked in the process below, not by a third
# diff-pack, some 3 s of the suite.)
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT-ignored-at-start"])
def test_diff_pack_told_to_end_exits_130_and_says_so(tmp_path, number):
    """diff-pack told to end (SIGTERM to its process group, as `timeout` sends) died with 143 and said nothing, where
    the docs give 130 and a line for every command, as evaluate does; started with Ctrl+C ignored (`… &` in a script)
    a Ctrl+C never stopped it, and it went on to a full report with 0."""
    from wxdesk.paths import resource_path
    # 1,000 scenarios: the first line comes at 192 of them (its first tenth, runner.FIRST_GROUP_ROWS), and the other
    # 808 keep diff-pack at work for seconds after it. (6,000 had it write its first line only after 960, some 3 s
    # more of each run.)
    source = grid_csv(tmp_path / "grid.csv", 1000)
    pack = str(resource_path("datapack.toml"))

    def ignore_ctrl_c():
        signal.signal(signal.SIGINT, signal.SIG_IGN)

    with subprocess.Popen([sys.executable, "-m", "wxdesk", "diff-pack", pack, pack, str(source), "--jobs", "2"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
                          start_new_session=True, preexec_fn=ignore_ctrl_c if number == signal.SIGINT else None,
                          env={**os.environ, "WXDESK_PROGRESS_SECONDS": "0"}) as process:
        try:
            assert " of 1,000 scenarios (" in process.stderr.readline()  # (under way)
            if number == signal.SIGINT:
                os.kill(process.pid, number)
            else:
                os.killpg(process.pid, number)
            stdout, stderr = process.communicate(timeout=60)
        finally:
            kill_group(process)
    assert process.returncode == 130, stderr
    assert stdout == ""
    assert stderr.splitlines()[-1] == "wxdesk: interrupted before the end: no report was written.", stderr
    assert "Traceback" not in stderr


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="SIGHUP is POSIX")
def test_a_closed_terminal_ends_diff_pack_as_sigterm_does():
    """A terminal closed (SIGHUP) is told to end as `timeout` (SIGTERM) does: inside the block both raise
    KeyboardInterrupt through the one handler, and both handlers are put back after it."""
    from wxdesk.batch.runner import interrupted_when_told_to_end
    before = signal.getsignal(signal.SIGHUP), signal.getsignal(signal.SIGTERM)
    with interrupted_when_told_to_end():
        hup, term = signal.getsignal(signal.SIGHUP), signal.getsignal(signal.SIGTERM)
        assert callable(hup) and hup is term
        with pytest.raises(KeyboardInterrupt):
            signal.raise_signal(signal.SIGHUP)
    assert (signal.getsignal(signal.SIGHUP), signal.getsignal(signal.SIGTERM)) == before
