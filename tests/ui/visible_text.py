"""Every piece of text a person can see in a window: labels, buttons, menus, tables, the chart.

Tooltips are left out (they show only on hover); hidden widgets, closed menus' titles
aside, are left out too. Used to check that the Chinese window has no English left in.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QDockWidget,
                               QGroupBox, QLabel, QLineEdit, QListView, QMainWindow, QMenu, QTableView, QTabBar,
                               QTextBrowser, QWidget)

LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator():
            texts.append(action.text())
            if action.menu() is not None:
                texts += _menu_texts(action.menu())
    return texts


def _view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    if isinstance(view, QListView):
        return [str(model.index(row, 0).data() or "") for row in range(model.rowCount())]
    columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    for row in range(model.rowCount()):
        texts += [str(model.index(row, c).data() or "") for c in columns]
    return texts


def _chart_texts(chart) -> list[str]:
    from PySide6.QtGui import QImage, QPainter
    texts = []
    for plot in (chart.cost_plot, chart.fit_plot):
        texts.append(_plain(plot.titleLabel.text or ""))
        image = QImage(4, 4, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            texts.append(_plain(axis.labelText or ""))
            texts += [text for _rect, _flags, text in axis.generateDrawSpecs(painter)[2]]
        painter.end()
    texts += [chart.entry_text(label) for _sample, label in chart.legend.items]
    texts += [item.toPlainText() for item in (*chart.fit_texts, chart.break_even_text)]
    return texts


def visible_texts(window: QWidget) -> list[str]:
    """The texts on screen in `window`, each as shown (HTML reduced to its words)."""
    texts = [window.windowTitle()]
    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        for action in window.menuBar().actions():
            if action.menu() is not None:
                texts += _menu_texts(action.menu())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            texts.append(_plain(widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractSpinBox):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QDockWidget):
            texts.append(widget.windowTitle())
        elif isinstance(widget, QTextBrowser):
            texts.append(widget.toPlainText())
        if isinstance(widget, (QTableView, QListView)) and not isinstance(widget.parentWidget(), QComboBox):
            texts += _view_texts(widget)
    chart = getattr(window, "chart", None)
    if chart is not None and chart.isVisible():
        texts += _chart_texts(chart)
    return [_without_mnemonic(t) for t in texts if t]


def _without_mnemonic(text: str) -> str:
    """What the user reads: "文件(&F)" shows as "文件", "&Open" as "Open" with O underlined."""
    text = re.sub(r"\(&[^&]\)", "", text.replace("&&", "\0"))
    return text.replace("&", "").replace("\0", "&")


def english_words(texts: list[str], allowed: set[str], names: list[str] = ()) -> dict[str, str]:
    """Latin-letter words outside `allowed`, each with the first text it appears in.

    `names` (sources' titles, people's names) are removed whole before looking."""
    found: dict[str, str] = {}
    for text in texts:
        stripped = text
        for name in sorted(names, key=len, reverse=True):
            if name:  # also as read without mnemonics: "Dun & Bradstreet" was made "Dun  Bradstreet"
                stripped = stripped.replace(name, " ").replace(_without_mnemonic(name), " ")
        for word in LATIN_WORD.findall(stripped):
            if word not in allowed and word not in found:
                found[word] = text
    return found
