"""The log file: opened at its first record, rotated, and never a reason for wxdesk to stop."""

import logging
import os
import subprocess
import sys

import pytest

from wxdesk import logs


@pytest.fixture
def fresh_root(monkeypatch, tmp_path):
    """wxdesk's logger without the handler an earlier test may have set up, its folder in tmp_path."""
    root = logging.getLogger("wxdesk")
    kept = [h for h in root.handlers if not getattr(h, "_wxdesk", False)]
    monkeypatch.setattr(root, "handlers", kept)
    monkeypatch.setenv("WXDESK_LOG_DIR", str(tmp_path / "logs"))
    yield root
    for handler in root.handlers:
        if getattr(handler, "_wxdesk", False):
            handler.close()


def test_the_file_opens_at_the_first_record_and_keeps_every_record(fresh_root, tmp_path):
    path = logs.setup_logging()
    assert path == tmp_path / "logs" / logs.LOG_NAME and not path.exists()
    logging.getLogger("wxdesk.test").info("first record")
    logging.getLogger("wxdesk.test").warning("second record")
    text = path.read_text(encoding="utf-8")
    assert "INFO wxdesk.test: first record" in text and "WARNING wxdesk.test: second record" in text
    assert logs.setup_logging() == path
    assert sum(getattr(h, "_wxdesk", False) for h in fresh_root.handlers) == 1


def test_a_folder_that_cannot_be_made_loses_the_records_not_the_app(fresh_root, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder would go")
    monkeypatch.setenv("WXDESK_LOG_DIR", str(blocker / "logs"))
    logs.setup_logging()
    logging.getLogger("wxdesk.test").error("nowhere to go")  # no exception
    assert blocker.is_file()


def test_log_exception_writes_the_traceback(fresh_root):
    try:
        raise RuntimeError("deliberate")
    except RuntimeError as exc:
        path = logs.log_exception(exc)
    text = path.read_text(encoding="utf-8")
    assert "unhandled exception" in text and "RuntimeError: deliberate" in text and "Traceback" in text


def test_the_file_rotates_by_size_keeping_the_newest_older_files(fresh_root, tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.setup_logging()
    log = logging.getLogger("wxdesk.test")
    for number in range(200):  # some 60 bytes a record: several files' worth
        log.info("record %03d %s", number, "x" * 20)
    kept = sorted(p.name for p in path.parent.iterdir())
    assert kept == [logs.LOG_NAME, *(f"{logs.LOG_NAME}.{n}" for n in range(1, logs.BACKUPS + 1))]
    files = [path, *(path.with_name(f"{logs.LOG_NAME}.{n}") for n in range(1, logs.BACKUPS + 1))]
    assert all(0 < f.stat().st_size <= 2_000 for f in files)
    # Newest last in the current file, then .1, .2, .3 going back in time, with no record lost between them.
    numbers = [int(line.split("record ")[1][:3]) for f in reversed(files)
               for line in f.read_text(encoding="utf-8").splitlines()]
    assert numbers == list(range(numbers[0], 200))


def test_a_start_that_logs_loads_no_socket_for_its_log_file(tmp_path):
    code = ("import logging, sys\n"
            "from wxdesk import logs\n"
            "logs.setup_logging()\n"
            "logging.getLogger('wxdesk.test').info('a record')\n"
            "print(sorted(m for m in ('logging.handlers', 'socket', 'pickle', 'queue') if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "WXDESK_LOG_DIR": str(tmp_path / "logs")})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert "a record" in (tmp_path / "logs" / logs.LOG_NAME).read_text(encoding="utf-8")


def _crash():
    try:
        raise RuntimeError("deliberate")
    except RuntimeError as exc:
        return exc


def _blocked(tmp_path, monkeypatch):
    """A log folder that cannot be made: a file stands where it would go."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder would go")
    monkeypatch.setenv("WXDESK_LOG_DIR", str(blocker / "logs"))
    return blocker / "logs"


def test_log_exception_says_when_the_record_reached_no_file(fresh_root, tmp_path, monkeypatch):
    """It returned the file's path whether or not the record got there, and every message then named that file
    as where the details were."""
    _blocked(tmp_path, monkeypatch)
    assert logs.log_exception(_crash()) is None


def test_a_full_disk_loses_the_record_quietly_and_says_so(fresh_root, tmp_path, capfd):
    """logging's own report of a record it could not write is a traceback on the terminal, above wxdesk's line."""
    path = logs.setup_logging()
    assert logs.log_exception(_crash()) == path

    def full(_handler):
        raise OSError(28, "No space left on device")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(logs._RotatingFile, "flush", full)
        assert logs.log_exception(_crash()) is None
    assert capfd.readouterr().err == ""
    assert logs.log_exception(_crash()) == path  # with room again, the next record names the file again


def test_an_internal_error_does_not_point_to_a_log_that_could_not_be_written(fresh_root, tmp_path, monkeypatch,
                                                                               capsys):
    from wxdesk import cli
    folder = _blocked(tmp_path, monkeypatch)

    def broken(_args):
        raise RuntimeError("a bug")
    monkeypatch.setitem(cli.COMMANDS, "presets", broken)
    assert cli.main(["presets"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error (RuntimeError)" in err, err
    assert "written to" not in err and "the details could not be saved" in err and str(folder) in err, err
