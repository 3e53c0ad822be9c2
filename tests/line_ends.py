"""Where a reader must never see a line end, written here independently of wxdesk's rule,
and where Qt puts the line ends of a text laid out at a given width."""

from __future__ import annotations

import re

INVISIBLE = ("\u2060", "\u00a0", "\ufeff", "\u200b")

# A figure and the unit written after it; a product's name; each must stay on one line.
UNBROKEN = [
    re.compile(r"[¥$€]?\d[\d,]*(?:\.\d+)?(?:万|亿|%|元|美元|欧元)+"),         # ¥31.2万, 9.49亿, 40%
    re.compile(r"\d+ ?(?:分钟|小时|个月|周|天|年|条|分|次)"),                  # 30 分钟, 扣 10 分
    re.compile(r"[¥$€]?\d[\d,]*(?:\.\d+)?/(?:年|月|条消息|篇|用户|联系人/年)"),  # ¥30/年
    re.compile(r"[¥$€]\d[\d,]*(?:\.\d+)?[kMB]?(?: a (?:year|month|week))?"),  # ¥3.1M, ¥900k a year
    re.compile(r"\d+ (?:years|weeks|points|min|messages a month)"),           # 3 years, 12 weeks
    re.compile("小程序|服务号|公众号|订阅号|视频号"),
    # A Chinese name of two words: a line may end between them ("原生 / 应用"), never inside either.
    re.compile("原生(?=应用)|(?<=原生)应用|企业(?=微信)|(?<=企业)微信"),
    re.compile("Mini Program|Service Account|Subscription Account|Official Account|WeCom"),
]


def kept_runs(text: str) -> list[tuple[int, int]]:
    return [m.span() for pattern in UNBROKEN for m in pattern.finditer(text)]


def line_end_offsets(text: str, lines: list[str]) -> list[int]:
    """Where in `text` each line but the last ends, for lines that hold its characters in order
    (the spaces or line breaks a line end took may be missing)."""
    ends, at = [], 0
    for line in lines[:-1]:
        found = text.find(line, at) if line else at
        assert found >= 0 and not text[at:found].strip(), (text, lines, line)
        at = found + len(line)
        ends.append(at)
    return ends


def cuts(text: str, lines: list[str]) -> list[str]:
    """Every kept run of `text` that a line end of `lines` falls inside, shown as "¥31.2 / 万"."""
    found = []
    for end in line_end_offsets(text, lines):
        for start, stop in kept_runs(text):
            if start < end < stop and text[start:end].strip() and text[end:stop].strip():
                found.append(text[start:end].rstrip() + " / " + text[end:stop].lstrip())
    return found


def qt_lines(text: str, font, width: float, device) -> list[str]:
    """The lines Qt's own line breaker makes of `text`, `width` wide (as QPainter.drawText and
    QLabel with word wrap do)."""
    from PySide6.QtGui import QTextLayout, QTextOption
    layout = QTextLayout(text.replace("\n", "\u2028"), font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines
