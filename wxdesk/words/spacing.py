"""Fill a name into a sentence with the space Chinese typography puts between Chinese and Latin.

A Chinese template such as "为{client}准备" holds no spaces, since Chinese words take none;
but where a Latin word or a figure meets a Chinese character a space sets them apart
("为 Example shop 准备", not "为Example shop准备"). Only the seams between the template and
what is filled in are spaced: a name keeps the spacing its owner gave it.
"""

from __future__ import annotations

import string
import unicodedata


def is_han(char: str) -> bool:
    """A Chinese character (CJK ideograph), not CJK punctuation such as "，" or "（"."""
    return unicodedata.name(char, "").startswith("CJK UNIFIED IDEOGRAPH") or \
        unicodedata.name(char, "").startswith("CJK COMPATIBILITY IDEOGRAPH")


def is_latin(char: str) -> bool:
    """A Latin letter (with or without accents) or a digit."""
    if char.isascii():
        return char.isalnum()
    return char.isalpha() and unicodedata.name(char, "").startswith("LATIN")


def needs_space(left: str, right: str) -> bool:
    """Whether two characters side by side are a Chinese character and a Latin letter or digit."""
    return (is_han(left) and is_latin(right)) or (is_latin(left) and is_han(right))


def fill_in(template: str, **values: object) -> str:
    """`template.format(**values)`, with a space at each seam where Chinese meets Latin."""
    out, last_was_value = "", False
    for literal, field, spec, _conversion in string.Formatter().parse(template):
        if literal:
            out = _join(out, literal, seam=last_was_value)
            last_was_value = False
        if field is not None:
            out = _join(out, format(values[field], spec or ""), seam=True)
            last_was_value = True
    return out


def _join(left: str, right: str, seam: bool) -> str:
    if seam and left and right and needs_space(left[-1], right[0]):
        return f"{left} {right}"
    return left + right
