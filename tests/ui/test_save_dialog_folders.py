"""The save dialogs of the handout, the long image and the chart start where that kind was saved last, else
in Documents: they opened in the process's working folder ("/" from a desktop menu: "/EV-maker….pdf")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from wxdesk.ui import file_actions, presenting, share_dialog

pytestmark = pytest.mark.gui


@pytest.fixture
def asked(monkeypatch, tmp_path):
    """The start paths the save dialogs were given (each dialog is cancelled); the working folder is elsewhere."""
    starts: list[Path] = []

    def get_save_file_name(_parent, _title, start, _filter):
        starts.append(Path(start))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    for module in (presenting, share_dialog):
        monkeypatch.setattr(module, "can_ask_user", lambda: True)
    monkeypatch.setattr(QDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(file_actions, "documents_folder", lambda: documents)
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    return starts


def ask_all(window) -> None:
    window.features.report_export.export_interactively()
    window.features.share.share_interactively()
    window.features.chart_export.export_interactively()


def test_the_export_dialogs_start_in_documents(window, dialogs, asked, tmp_path):
    ask_all(window)
    assert len(asked) == 3
    assert all(start.parent == tmp_path / "Documents" for start in asked), asked
    assert [start.suffix for start in asked] == [".pdf", ".png", ".png"]


def test_each_export_dialog_starts_where_its_kind_was_saved_last(window, dialogs, asked, tmp_path):
    folders = {kind: tmp_path / kind for kind in ("reports", "images", "charts")}
    for folder in folders.values():
        folder.mkdir()
    assert window.features.report_export.export_to(folders["reports"] / "handout.pdf")
    assert window.features.share.save_to(folders["images"] / "long.png")
    assert window.features.chart_export.export_to(folders["charts"] / "chart.png")
    ask_all(window)
    assert [start.parent for start in asked] == [folders["reports"], folders["images"], folders["charts"]]
