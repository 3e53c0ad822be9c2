"""The bundled data pack's text, and the edits tests make to it as a user might (a figure's values, the release
date): one copy for the engine's, the window's and the hostile-input tests."""

from __future__ import annotations

import re

from wxdesk.paths import resource_path

BUNDLED_PACK = resource_path("datapack.toml").read_text(encoding="utf-8")
RELEASED = re.search(r'(?m)^released = "([^"]+)"', BUNDLED_PACK).group(1)


def with_figure(text: str, figure_id: str, **values) -> str:
    """The pack text with one figure's value(s) replaced (value=…, or low=/likely=/high=)."""
    start = text.index(f"[figures.{figure_id}]\n")
    end = text.index("\n[", start + 1)
    lines = [line for line in text[start:end].split("\n")
             if not re.match(r"(value|low|likely|high) = ", line)]
    lines[1:1] = [f"{key} = {value}" for key, value in values.items()]
    return text[:start] + "\n".join(lines) + text[end:]


def dated(released: str, text: str = BUNDLED_PACK) -> str:
    """The pack text released on another day."""
    return re.sub(r'(?m)^released = "[^"]+"', f'released = "{released}"', text, count=1)
