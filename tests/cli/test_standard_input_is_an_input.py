"""An output may not replace the file standard input is read from, as it may not replace an input named as a file:
`wxdesk evaluate - -o prev.csv < prev.csv` replaced prev.csv, while `wxdesk evaluate prev.csv -o prev.csv` is refused
("is one of the inputs")."""

import os
import subprocess
import sys

import pytest

from wxdesk.safe_output import OutputError, check_output


def _evaluate(*args, stdin):
    return subprocess.run([sys.executable, "-m", "wxdesk", "evaluate", *args], stdin=stdin, capture_output=True,
                          text=True, timeout=120)


def test_the_file_on_standard_input_is_not_replaced(tmp_path):
    table = tmp_path / "prev.csv"
    table.write_text("name,budget_cny\nA,60000\n", encoding="utf-8")
    first = _evaluate(str(table), "-o", str(tmp_path / "res.csv"), "-q", stdin=subprocess.DEVNULL)
    assert first.returncode == 0, first.stderr
    before = (tmp_path / "res.csv").read_bytes()
    named = _evaluate(str(tmp_path / "res.csv"), "-o", str(tmp_path / "res.csv"), "-q", stdin=subprocess.DEVNULL)
    with open(tmp_path / "res.csv", "rb") as handle:
        redirected = _evaluate("-", "-o", str(tmp_path / "res.csv"), "-q", stdin=handle)
    assert redirected.returncode == named.returncode == 2
    assert redirected.stderr == named.stderr == f"wxdesk: the output {tmp_path / 'res.csv'} is one of the inputs; " \
        "choose another name, so that it stays as it is.\n"
    assert (tmp_path / "res.csv").read_bytes() == before
    # Another file as the output is written, standard input read as ever.
    with open(tmp_path / "res.csv", "rb") as handle:
        other = _evaluate("-", "-o", str(tmp_path / "again.csv"), "-q", stdin=handle)
    assert other.returncode == 0, other.stderr
    assert (tmp_path / "again.csv").read_text(encoding="utf-8").count("\n") == 2


def test_an_open_file_is_an_input_by_its_identity(tmp_path):
    path, other = tmp_path / "a.csv", tmp_path / "b.csv"
    path.write_bytes(b"")
    other.write_bytes(b"")
    descriptor = os.open(path, os.O_RDONLY)
    try:
        with pytest.raises(OutputError, match="is one of the inputs"):
            check_output(path, [("one of the inputs", descriptor)])
        assert check_output(other, [("one of the inputs", descriptor)]) == other
        assert check_output(tmp_path / "new.csv", [("one of the inputs", descriptor)]) == tmp_path / "new.csv"
    finally:
        os.close(descriptor)
    # Standard input itself, descriptor 0 (which is no "none").
    saved, descriptor = os.dup(0), os.open(path, os.O_RDONLY)
    try:
        os.dup2(descriptor, 0)
        with pytest.raises(OutputError, match="is one of the inputs"):
            check_output(path, [("one of the inputs", 0)])
    finally:
        os.dup2(saved, 0)
        os.close(saved)
        os.close(descriptor)
