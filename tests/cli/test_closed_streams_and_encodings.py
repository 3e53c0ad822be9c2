"""Standard streams the shell closed (`>&-`, `2>&-`) or an encoding without the ¥ sign: never an internal error.

A closed stream is a real closed descriptor here (the shell's own `>&-`), since that is what Python meets: no
sys.stdout or sys.stderr at all. The file a command writes is written; the lines about it are skipped; a command
whose answer is its standard output says so in one sentence and exits 2.
"""

import os
import shlex
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the shell's >&- is POSIX")


def shell(command, tmp_path, env=None):
    """`python -m wxdesk …` run by sh, its redirections written as the tester wrote them."""
    line = f"{shlex.quote(sys.executable)} -m wxdesk {command}"
    return subprocess.run(["sh", "-c", line], capture_output=True, text=True, timeout=300, cwd=tmp_path,
                          env={**os.environ, **(env or {})})


def scenario(tmp_path, name="t.json"):
    from wxdesk.engine import Scenario
    (tmp_path / name).write_text(Scenario(name="shop").to_json(), encoding="utf-8")
    return name


def test_a_batch_with_stderr_closed_writes_its_results(tmp_path):
    source = scenario(tmp_path)
    result = shell(f"evaluate {source} {source} -o z3.csv 2>&-", tmp_path)
    assert result.returncode == 0
    assert (tmp_path / "z3.csv").read_text(encoding="utf-8").startswith("row,source,error,")


def test_a_handout_with_stdout_closed_is_written_and_the_command_succeeds(tmp_path):
    source = scenario(tmp_path)
    result = shell(f"report {source} -o z.pdf --lang en >&-", tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert (tmp_path / "z.pdf").read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("command", ["evaluate t.json", "template", "evaluate t.json t.json", "presets"])
def test_an_answer_meant_for_a_closed_stdout_is_one_sentence(tmp_path, command):
    scenario(tmp_path)
    result = shell(f"{command} >&-", tmp_path)
    assert result.returncode == 2
    assert result.stderr == "wxdesk: standard output is closed (>&-), so the output has nowhere to go; give -o " \
                            "FILE where the command has it, or leave standard output open.\n"


@pytest.mark.parametrize("command", ["evaluate t.json", "sensitivity t.json", "compare t.json t.json",
                                     "changes t.json --since 2000-01-01", "evaluate t.json --json"])
@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_a_terminal_that_cannot_write_the_yuan_sign_gets_it_escaped(tmp_path, command, encoding):
    scenario(tmp_path)
    result = subprocess.run([sys.executable, "-m", "wxdesk", *command.split()], capture_output=True, timeout=300,
                            cwd=tmp_path, env={**os.environ, "PYTHONIOENCODING": encoding})
    assert result.returncode == 0, result.stderr
    assert b"internal error" not in result.stderr and result.stdout
    result.stdout.decode(encoding)  # (all of it in the terminal's encoding)


@settings(max_examples=25, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_any_text_reaches_an_ascii_stdout_without_error(text):
    """prepare_standard_streams: whatever the text (lone surrogates too), an ascii stdout takes it, escaped."""
    import io

    from wxdesk.errors import prepare_standard_streams, write_stdout
    raw = io.BytesIO()
    saved = sys.stdout, sys.stderr
    out = sys.stdout = io.TextIOWrapper(raw, encoding="ascii")
    sys.stderr = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    try:
        prepare_standard_streams()
        write_stdout(text)
        written = raw.getvalue()
    finally:
        sys.stdout, sys.stderr = saved
    out.detach()
    assert written.decode("ascii").endswith("\n")


@pytest.mark.parametrize("command", ["evaluate - t.json -o out.csv", "evaluate t.json - --format jsonl",
                                     "diff-pack {pack} {pack} t.json -"])
def test_a_closed_standard_input_is_refused_before_anything_is_written(tmp_path, command):
    """`evaluate - t.json -o out.csv <&-` wrote a failed row for '-' and went on (exit 2, the file replaced), where a
    missing file or `< /dev/null` is refused before anything is written."""
    from wxdesk.paths import resource_path
    scenario(tmp_path)
    earlier = "row,source,error\n1,last.csv:2,\n"
    (tmp_path / "out.csv").write_text(earlier, encoding="utf-8")
    result = shell(command.format(pack=shlex.quote(str(resource_path("datapack.toml")))) + " <&-", tmp_path)
    assert (result.returncode, result.stdout) == (2, ""), result
    assert result.stderr == "wxdesk: standard input is closed, so there is nothing to read from '-'.\n"
    assert (tmp_path / "out.csv").read_text(encoding="utf-8") == earlier
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv", "t.json"]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
def test_a_batch_cut_off_by_its_reader_exits_141_in_silence(tmp_path, fmt):
    """`evaluate big.jsonl --format csv | head -1` exited 0, which says every row was evaluated; now 141, as a shell
    reports a command ended by SIGPIPE, with no traceback and nothing said (the reader chose to stop)."""
    from batch_processes import grid_csv
    grid_csv(tmp_path / "grid.csv", 3000)
    with subprocess.Popen([sys.executable, "-m", "wxdesk", "evaluate", "grid.csv", "--format", fmt, "--jobs", "1"],
                          cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                          start_new_session=True) as process:
        assert process.stdout.readline()
        process.stdout.close()  # as `head -1` does once it has its line
        stderr = process.stderr.read().decode()
        assert process.wait(timeout=300) == 141, stderr
    assert stderr == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["grid.csv"]


def test_a_summary_cut_off_by_its_reader_exits_141_too(tmp_path):
    """One scenario's answer, as the batch's rows: the reader gone before its end is not an answer given whole."""
    from wxdesk.cli import EXIT_PIPE_CLOSED, main
    from wxdesk.engine import Scenario

    (tmp_path / "t.json").write_text(Scenario(name="shop").to_json(), encoding="utf-8")

    class GoneReader:
        def write(self, _text):
            raise BrokenPipeError

        def flush(self):
            raise BrokenPipeError

        def fileno(self):
            return 1

    import contextlib
    with contextlib.ExitStack() as stack:
        saved = os.dup(1)
        stack.callback(os.close, saved)
        stack.callback(os.dup2, saved, 1)  # (main points the descriptor at nothing once the reader is gone)
        stack.enter_context(contextlib.redirect_stdout(GoneReader()))
        assert main(["evaluate", str(tmp_path / "t.json")]) == EXIT_PIPE_CLOSED == 141


@pytest.mark.parametrize("command", [
    ["schema", "evaluation"],
    ["compare", "--json", *(a for p in ("yoga_teacher", "bank_care", "car_brand", "news_publisher")
                            for a in ("--preset", p))],
])
def test_one_document_larger_than_the_pipe_cut_off_by_its_reader_exits_141(tmp_path, command):
    """`schema evaluation | head -c 10` (139 KB) and `compare --json` of four presets (156 KB) exited 0: the text
    layer wrote 65,536 bytes, the reader left, and the count of bytes written was dropped with the rest unsaid. Only
    an output the pipe held whole gave 141. Now every byte is written or the command ends as a cut-off batch does."""
    with subprocess.Popen([sys.executable, "-m", "wxdesk", *command], cwd=tmp_path, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, start_new_session=True) as process:
        assert process.stdout.read(10).startswith(b"{")
        process.stdout.close()  # as `head -c 10` does
        stderr = process.stderr.read().decode()
        assert process.wait(timeout=300) == 141, stderr
    assert stderr == ""
    whole = subprocess.run([sys.executable, "-m", "wxdesk", *command], cwd=tmp_path, capture_output=True, timeout=300)
    assert whole.returncode == 0 and len(whole.stdout) > 2**17  # (more than a pipe holds, and written whole)
