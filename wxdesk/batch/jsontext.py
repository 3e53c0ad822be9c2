"""JSON as wxdesk writes it: strict (no NaN or Infinity), readable Chinese, nothing a terminal would act on."""

from __future__ import annotations

import json
import re
from typing import Any

# Characters that JSON allows raw but a terminal obeys (C1 controls, direction overrides),
# and lone surrogates, which have no UTF-8 form: written as JSON escapes instead.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")


def json_text(data: Any, indent: int | None = None) -> str:
    """`data` as JSON text: pretty with `indent`, else compact on one line (a JSON Lines row)."""
    separators = None if indent else (",", ":")
    text = json.dumps(data, indent=indent, ensure_ascii=False, allow_nan=False, separators=separators)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
