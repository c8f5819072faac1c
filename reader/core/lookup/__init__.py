"""Dictionary look-up (no Qt): JMdict words, JMnedict names and KANJIDIC2 kanji.

The dictionary comes from the jamdict-data package and is opened on the first
look-up. The public API, for the window's popup and ``yomu lookup``:

- :class:`Lookup`: ``Lookup().at(text, offset, reading=None) -> LookupResult`` and
  ``Lookup().kanji(word) -> tuple[KanjiInfo, ...]``; ``open()`` opens the dictionary
  ahead of time (from a worker thread, say).
- :class:`DictionaryError`: raised by all three when the dictionary is missing or
  damaged; ``str(error)`` is the message to show.
- :func:`credit_line`: the EDRDG credit for the About box.
"""

from reader.core.lookup.credits import SOURCES, credit_line
from reader.core.lookup.deinflect import Candidate, deinflect, reinflect
from reader.core.lookup.lookup import Lookup
from reader.core.lookup.model import (
    DictionaryError,
    Entry,
    Form,
    KanjiInfo,
    LookupResult,
    NameMatch,
    Sense,
    WordMatch,
)

__all__ = [
    "SOURCES",
    "Candidate",
    "DictionaryError",
    "Entry",
    "Form",
    "KanjiInfo",
    "Lookup",
    "LookupResult",
    "NameMatch",
    "Sense",
    "WordMatch",
    "credit_line",
    "deinflect",
    "reinflect",
]
