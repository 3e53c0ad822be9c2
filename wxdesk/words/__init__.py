"""The words layer: names, numbers and sentences for people, free of Qt.

Read `words.Words` first: one object per reader (language, currency, data pack,
translation function) that every view asks for its text.
"""

from wxdesk.words.vocabulary import CURRENCIES, LANGUAGES, PRESENCES, RATE_FIGURES, PresenceName
from wxdesk.words.words import Translate, Words, cny_per_unit, untranslated

__all__ = ["CURRENCIES", "LANGUAGES", "PRESENCES", "RATE_FIGURES", "PresenceName", "Translate", "Words",
           "cny_per_unit", "untranslated"]
