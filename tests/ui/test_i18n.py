"""Chinese and English: a complete catalogue, run-time switching, and locale-aware numbers.

The catalogue tests read the Qt Linguist source (resources/i18n/wxdesk_zh_CN.ts) and
the code itself, so a new tr() string without a Chinese translation fails here.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from wxdesk.engine.flips import TEMPLATES as FLIP_TEMPLATES
from wxdesk.engine.reasons import ALL_TEMPLATES, GOAL_TERMS_EN, TERMS_EN
from wxdesk.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "wxdesk_zh_CN.ts"
QM = TS.with_suffix(".qm")
SOURCE_DIRS = (ROOT / "wxdesk" / "ui", ROOT / "wxdesk" / "report", ROOT / "wxdesk" / "words")
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%[0-9n]")
HAN = re.compile(r"[\u4e00-\u9fff]")


def catalogue() -> dict[tuple[str, str], ET.Element]:
    """(context, source) → <message>, for every message still in use."""
    found = {}
    for context in ET.parse(TS).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            if message.find("translation").get("type") in ("vanished", "obsolete"):
                continue
            found[(name, message.findtext("source"))] = message
    return found


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


class _Finder(ast.NodeVisitor):
    """The strings lupdate extracts: self.tr("…") by class, translate("Context", "…")."""

    def __init__(self, path: Path):
        self.path = path
        self.classes: list[str] = []
        self.found: list[tuple[str, str, str]] = []
        self.stray: list[str] = []  # tr() outside a class: lupdate cannot tell its context

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        texts = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
        where = f"{self.path.relative_to(ROOT)}:{node.lineno}"
        if name == "tr" and texts and texts[0] is not None:
            if self.classes:
                self.found.append((self.classes[-1], texts[0], where))
            else:
                self.stray.append(where)
        elif name == "translate" and len(texts) >= 2 and texts[0] is not None and texts[1] is not None:
            self.found.append((texts[0], texts[1], where))
        self.generic_visit(node)


def _finders() -> list[_Finder]:
    finders = []
    for folder in SOURCE_DIRS:
        for path in sorted(folder.rglob("*.py")):
            finder = _Finder(path)
            finder.visit(ast.parse(path.read_text(encoding="utf-8")))
            finders.append(finder)
    return finders


def source_strings() -> list[tuple[str, str, str]]:
    return [found for finder in _finders() for found in finder.found]


def test_tr_is_called_only_inside_classes():
    """Outside a class lupdate files tr("Context", "text") under no context, so it is never translated."""
    stray = [where for finder in _finders() for where in finder.stray]
    assert not stray, "use QCoreApplication.translate(\"Context\", \"...\") at: " + ", ".join(stray)


def test_the_code_has_strings_to_translate():
    strings = source_strings()
    assert len(strings) > 100
    assert ("Report", "Our recommendation") in {(c, t) for c, t, _ in strings}


def test_every_string_in_the_code_is_in_the_catalogue():
    known = catalogue()
    missing = [f"{where}: [{context}] {text!r}" for context, text, where in source_strings()
               if (context, text) not in known]
    assert not missing, ("not in the catalogue; run build_scripts/update_translations.py and translate:\n"
                         + "\n".join(missing))


def _update_script():
    import importlib.util
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "build_scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_strings_passed_through_translate_wrappers_are_in_the_catalogue(tmp_path):
    script = _update_script()
    sample = tmp_path / "sample.py"
    sample.write_text('from PySide6.QtCore import QCoreApplication\n'
                      'NAMES = {"a": "Alpha", "b": "Beta"}\n'
                      'def _tr(text):\n    return QCoreApplication.translate("Sample", text)\n'
                      'def label(key):\n    return _tr("Gamma") + _tr(NAMES[key])\n', encoding="utf-8")
    assert script.wrapped_strings([sample]) == {"Sample": ["Gamma", "Alpha", "Beta"]}
    known = catalogue()
    wrapped = script.wrapped_strings(script.source_files())
    missing = [f"[{context}] {text!r}" for context, texts in wrapped.items() for text in texts
               if (context, text) not in known]
    assert not missing, "run build_scripts/update_translations.py and translate:\n" + "\n".join(missing)


def test_engine_templates_and_terms_are_in_the_catalogue():
    known = catalogue()
    assert not [t for t in (*ALL_TEMPLATES, *FLIP_TEMPLATES) if ("engine", t) not in known]
    terms = {*TERMS_EN.values(), *GOAL_TERMS_EN.values()}
    assert not [t for t in terms if ("terms", t) not in known]


def test_no_message_is_unfinished_or_empty():
    unfinished = [f"[{context}] {source!r}" for (context, source), message in catalogue().items()
                  if message.find("translation").get("type") == "unfinished"
                  or not all(text.strip() for text in translations(message))]
    assert not unfinished, "untranslated in zh_CN:\n" + "\n".join(unfinished)


def test_translations_keep_every_placeholder():
    wrong = []
    for (context, source), message in catalogue().items():
        wanted = set(PLACEHOLDER.findall(source))
        for text in translations(message):
            if set(PLACEHOLDER.findall(text)) != wanted:
                wrong.append(f"[{context}] {source!r} → {text!r}")
    assert not wrong, "\n".join(wrong)


def test_translations_are_chinese():
    """Everything with words in it reads in Chinese (names and symbols may stay as they are)."""
    english = [f"[{context}] {source!r}" for (context, source), message in catalogue().items()
               if re.search(r"[A-Za-z]{4,}", PLACEHOLDER.sub("", source).replace("wxdesk", ""))
               and not all(HAN.search(text) for text in translations(message))]
    assert not english, "\n".join(english)


@pytest.fixture
def compiled_catalogue():
    assert QM.is_file(), f"{QM.name} is missing: 'pip install -e .' or build_scripts/build_translations.py builds it"
    assert QM.stat().st_mtime >= TS.stat().st_mtime, f"{QM.name} is older than {TS.name}: rebuild it"
    return QM


@pytest.fixture
def english_again(qapp):
    yield
    i18n.set_language("en")


def test_compiled_catalogue_translates_engine_words(compiled_catalogue, english_again, pack):
    i18n.set_language("zh_CN")
    assert i18n.has_translator()
    words = i18n.words(pack)
    names = [words.presence(a) for a in ("service", "subscription", "mini_program", "wecom")]
    assert names == ["服务号", "公众号（原订阅号）", "小程序", "企业微信"]
    assert words.term("goal:sell") == QCoreApplication.translate("terms", "selling") != "selling"
    i18n.set_language("en")
    assert i18n.words(pack).presence("service") == "Service Account"
    assert i18n.words(pack).term("goal:sell") == "selling"


def test_switching_language_retranslates_the_open_window(qtbot, compiled_catalogue, english_again):
    from PySide6.QtWidgets import QLabel

    from wxdesk.ui import MainWindow
    from wxdesk.ui.app import get_qapp
    get_qapp()
    i18n.set_language("en")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    def shown() -> str:
        return " ".join(label.text() for label in window.findChildren(QLabel))

    assert "Service Account" in shown()
    i18n.set_language("zh_CN")
    qtbot.waitUntil(lambda: all(name in shown() for name in ("服务号", "订阅号", "小程序", "企业微信")))
    assert "Service Account" not in shown()
    assert HAN.search(window.file_menu.title())
    assert HAN.search(window.features.presentation.action.text())
    assert HAN.search(window.features.report_export.action.text())
    i18n.set_language("en")
    qtbot.waitUntil(lambda: "Service Account" in shown())
    assert window.file_menu.title() == "&File"


def test_undo_and_redo_texts_follow_a_language_switch(qtbot, compiled_catalogue, english_again):
    """The Edit menu names the change to undo in the window's language, also for edits made before the switch."""
    from wxdesk.ui import MainWindow
    from wxdesk.ui.app import get_qapp
    get_qapp()
    i18n.set_language("en")
    window = MainWindow()
    qtbot.addWidget(window)
    actions = window.features.file_actions
    assert actions.undo_action.text() == "&Undo" and not actions.undo_action.isEnabled()
    window.document.update(budget_cny=2_000_000)
    window.document.update(audience=window.document.scenario.audience + 1_000)
    window.document.undo_stack.undo()  # one step to undo, one to redo
    assert actions.undo_action.text() == "&Undo Change “First-year budget”"
    assert actions.redo_action.text() == "&Redo Change “Monthly users”"

    i18n.set_language("zh_CN")
    qtbot.waitUntil(lambda: HAN.search(window.file_menu.title()) is not None)
    texts = [actions.undo_action.text(), actions.redo_action.text(), actions.undo_tool_action.text(),
             actions.undo_tool_action.toolTip(), actions.redo_tool_action.toolTip(),
             window.document.undo_stack.undoText(), window.document.undo_stack.redoText()]
    for shown in texts:
        assert HAN.search(shown) and not re.search(r"[A-Za-z]{3,}", shown.replace("&U", "").replace("&R", "")), shown
    budget = QCoreApplication.translate("fields", "First-year budget")
    assert budget in actions.undo_action.text() and budget in actions.undo_tool_action.toolTip()
    # A step undone in Chinese is named in Chinese on the other side.
    window.document.undo_stack.undo()
    assert budget in actions.redo_action.text() and not actions.undo_action.isEnabled()
    assert actions.undo_action.text() == QCoreApplication.translate("FileActions", "&Undo")

    i18n.set_language("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert actions.redo_action.text() == "&Redo Change “First-year budget”"
    window.document.undo_stack.clear()


def test_language_defaults_to_the_system_one(monkeypatch):
    from PySide6.QtCore import QLocale
    monkeypatch.setitem(i18n._state, "language", None)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.Chinese,
                                                                          QLocale.Country.China)))
    assert i18n.system_language() == "zh_CN"
    assert i18n.current_language() == "zh_CN"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.German,
                                                                          QLocale.Country.Germany)))
    assert i18n.current_language() == "en"


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        i18n.set_language("fr")


def test_window_words_follow_language_and_preferences(pack, english_again):
    from wxdesk import settings
    i18n.set_language("zh_CN")
    settings.set_currency("EUR")
    try:
        words = i18n.words(pack)
        assert (words.lang, words.currency, words.cny_per_unit) == ("zh_CN", "EUR", pack.likely("eur_cny"))
        settings.set_rate("EUR", 8.0)
        assert i18n.words(pack).money(80_000) == "1万欧元"  # (Chinese names a foreign currency after the amount)
    finally:
        settings.set_rate("EUR", None)
        settings.set_currency("CNY")


def test_qt_standard_buttons_follow_the_language(qapp):
    """Qt's own strings (Save / Discard / Cancel in the close guard) are Chinese too."""
    from PySide6.QtWidgets import QDialogButtonBox

    from wxdesk.ui import i18n

    before = i18n.current_language()
    try:
        i18n.set_language("zh_CN")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
        i18n.set_language("en")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    finally:
        i18n.set_language(before)


def test_the_chinese_boxes_count_people_and_messages_as_the_handout_does(qtbot, compiled_catalogue, english_again):
    """The 月活用户 box read "2,000 用户/月" (a rate) and 每月消息数 "8 次/月" beside the handout's "8 条消息":
    people are counted 人, messages 条, and neither box repeats the month its label already names."""
    from wxdesk.engine import load_preset
    from wxdesk.ui.controls import ScenarioControls
    from wxdesk.ui.document import ScenarioDocument
    i18n.set_language("zh_CN")
    widget = ScenarioControls(ScenarioDocument(load_preset("yoga_teacher")))
    qtbot.addWidget(widget)
    audience, pushes = widget.audience.spin, widget.pushes
    assert audience.suffix().strip() == "人" and pushes.suffix().strip() == "条", (audience.suffix(), pushes.suffix())
    handout = QCoreApplication.translate("units", "messages")
    assert pushes.suffix().strip() in handout
