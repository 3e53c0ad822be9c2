"""The log file: opened at its first record, rotated, and never a reason for wxdesk to stop."""

import logging

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
