"""JSON as wxdesk writes it: strict (no NaN or Infinity), readable Chinese, nothing a terminal would act on."""

from __future__ import annotations

import json
import math
import re
from typing import Any

# Characters that JSON allows raw but a terminal obeys (C1 controls, direction overrides),
# and lone surrogates, which have no UTF-8 form: written as JSON escapes instead.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")


def json_text(data: Any, indent: int | None = None) -> str:
    """`data` as JSON text: pretty with `indent`, else compact on one line (a JSON Lines row)."""
    separators = None if indent else (",", ":")
    try:
        text = json.dumps(data, indent=indent, ensure_ascii=False, allow_nan=False, separators=separators)
    except ValueError:
        # A number JSON cannot hold (1e999 read from a row, echoed with the row's error): written as its name in a
        # string ("Infinity"), so that the row and the rows after it are still written, in strict JSON.
        text = json.dumps(_finite(data), indent=indent, ensure_ascii=False, allow_nan=False, separators=separators)
    if "-0.0" in text:  # (seldom: the walk only then)
        text = json.dumps(_no_negative_zero(_finite(data)), indent=indent, ensure_ascii=False, allow_nan=False,
                          separators=separators)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _no_negative_zero(data: Any) -> Any:
    """`data` with -0.0 written 0.0, as the CSV and the text write it: a budget of -0.0 in a JSON input was echoed
    "budget_cny": -0.0 in the JSON output beside 0 in the others (and a share of it "share": -0.0)."""
    if isinstance(data, float) and data == 0.0:
        return 0.0
    if isinstance(data, dict):
        return {key: _no_negative_zero(value) for key, value in data.items()}
    if isinstance(data, (list, tuple)):
        return [_no_negative_zero(value) for value in data]
    return data


def _finite(data: Any) -> Any:
    """`data` with every float JSON cannot hold (NaN, ±Infinity) as a string of its name."""
    if isinstance(data, float) and not math.isfinite(data):
        return "NaN" if math.isnan(data) else ("Infinity" if data > 0 else "-Infinity")
    if isinstance(data, dict):
        return {key: _finite(value) for key, value in data.items()}
    if isinstance(data, (list, tuple)):
        return [_finite(value) for value in data]
    return data
