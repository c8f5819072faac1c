"""Find in the text by how it is written or how it sounds (no Qt).

The window's find bar and ``yomu find`` build one ``FindIndex(document, readings)``
per document and readings, then call ``find(query)`` on each keystroke; the
annotation and vocabulary searches call ``text_matches`` (or ``SoundMatcher``).
"""

from reader.core.find.index import FindIndex, Hit, MatchKind, Query, text_matches
from reader.core.find.matching import SoundMatcher, annotation_matches, quote_words

__all__ = [
    "FindIndex",
    "Hit",
    "MatchKind",
    "Query",
    "SoundMatcher",
    "annotation_matches",
    "quote_words",
    "text_matches",
]
