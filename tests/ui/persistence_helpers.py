"""Shared set-up for the persistence tests: a fresh settings store and recovery folder, scripted dialogs."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def reset_settings() -> None:
    """Forget every preference, and tell the views that cache the currency or rates."""
    from wxdesk import settings
    QSettings("wxdesk", "wxdesk").clear()
    settings.notifier().display_changed.emit()


class Dialogs:
    """Scripted answers for every file dialog, and a record of what was asked and shown."""

    def __init__(self, monkeypatch):
        from wxdesk.ui import file_actions
        self.save_answers: list[str] = []
        self.save_paths: list[str | None] = []
        self.open_paths: list[str | None] = []
        self.asked: list[str] = []
        self.errors: list[tuple[str, str]] = []
        monkeypatch.setattr(file_actions, "ask_save_changes", self._ask_save_changes)
        monkeypatch.setattr(file_actions, "ask_save_path", self._ask_save_path)
        monkeypatch.setattr(file_actions, "ask_open_path", self._ask_open_path)
        monkeypatch.setattr(file_actions, "show_error", self._show_error)
        # A failed save's question: its message is recorded as an error; answered CANCEL unless scripted.
        self.failed_save_answers: list[str] = []
        monkeypatch.setattr(file_actions, "ask_save_failed", self._ask_save_failed)
        from wxdesk.ui import compare_dialog
        monkeypatch.setattr(compare_dialog, "show_error", self._show_error)

    def _ask_save_changes(self, parent, name):
        self.asked.append(name)
        assert self.save_answers, f"unexpected question about unsaved changes to {name}"
        return self.save_answers.pop(0)

    def _ask_save_path(self, parent, suggested):
        self.asked.append(f"save as {suggested.name}")
        assert self.save_paths, "unexpected Save As dialog"
        return self.save_paths.pop(0)

    def _ask_open_path(self, parent, folder):
        assert self.open_paths, "unexpected Open dialog"
        return self.open_paths.pop(0)

    def _show_error(self, parent, title, message):
        self.errors.append((title, message))

    def _ask_save_failed(self, parent, message):
        from wxdesk.ui import file_actions
        self.errors.append(("Could not save the scenario", message))
        return self.failed_save_answers.pop(0) if self.failed_save_answers else file_actions.CANCEL
