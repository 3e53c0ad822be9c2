"""The data pack's sources in the reader's language, for the handout's appendix.

The pack names its sources in English. A Chinese reader is given a Chinese document's
name or a plain description in Chinese ("微信小程序开发文档：分包加载", "认证指南"), and a
proper name (a publication, an author, a site) as it is written. The names live in
resources/i18n/sources_zh.toml, beside the UI's catalogue and apart from the pack's figures.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass
from functools import cache

from wxdesk.paths import resource_path

log = logging.getLogger(__name__)

CHINESE_FILE = ("i18n", "sources_zh.toml")


@dataclass(frozen=True)
class SourceNames:
    translated: dict[str, str]
    kept: frozenset[str]

    def name(self, source: str) -> str:
        """`source` as the reader is told it; a source not yet named here reads as the pack writes it."""
        return self.translated.get(source, source)

    def decided(self, source: str) -> bool:
        return source in self.translated or source in self.kept


@cache
def chinese_source_names() -> SourceNames:
    """The Chinese names of the pack's sources; none (every source as written) if the file is unreadable."""
    path = resource_path(*CHINESE_FILE)
    try:
        with open(path, "rb") as f:
            table = tomllib.load(f)
        return SourceNames(dict(table.get("translated", {})), frozenset(table.get("kept", ())))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        # The appendix still names every source (in English): a missing translation loses no fact.
        log.warning("cannot read the Chinese source names in %s: %s", path, exc)
        return SourceNames({}, frozenset())
