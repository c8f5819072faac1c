"""Known words (no Qt): words whose furigana the reader no longer wants (schema 4).

They live in the annotations file, table ``known_words``, opened through the same
code as the other stores (``annotations.database``: version check, repairs,
migrations, atomic writes). A word is its base text as the readings engine
segments it (``Word.text``), so the page, exports and copies match it without a
dictionary. Known words belong to the reader, not to one document.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from reader.core.annotations.database import open_database
from reader.core.annotations.errors import ReadOnlyStoreError, StoreWriteError
from reader.core.annotations.model import now_iso
from reader.core.annotations.recovery import KNOWN_WORDS_TABLE, OpenMode
from reader.core.annotations.storage import StorageType


class KnownWords:
    """The set of known words, saved on every change.

    Args:
        path: the annotations file; None keeps everything in memory.
        storage: a TinyDB storage class for in-memory use (tests).
        mode: what opening may do to a damaged file (``OpenMode``).
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        storage: StorageType | None = None,
        mode: OpenMode = OpenMode.REPAIR,
    ) -> None:
        opened = open_database(None if path is None else Path(path), storage, mode)
        self._db = opened.db
        self.load_report = opened.report
        self._read_only = opened.report.read_only
        table = opened.tables.get(KNOWN_WORDS_TABLE)
        self._words: dict[str, str] = {}
        for key, raw in (table if isinstance(table, dict) else {}).items():
            if isinstance(raw, dict) and raw.get("word") == key:
                self._words[key] = str(raw.get("added", ""))

    def __contains__(self, word: object) -> bool:
        return word in self._words

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._words))

    def __len__(self) -> int:
        return len(self._words)

    def words(self) -> frozenset[str]:
        """The known words, for rendering and exports."""
        return frozenset(self._words)

    def add(self, word: str) -> bool:
        """Mark ``word`` known; False when it is empty or already known."""
        word = word.strip()
        if not word or word in self._words:
            return False
        added = now_iso()
        self._write({word: {"word": word, "added": added}}, ())
        self._words[word] = added
        return True

    def forget(self, word: str) -> bool:
        """Show ``word``'s furigana again; False when it was not known."""
        if word not in self._words:
            return False
        self._write({}, (word,))
        del self._words[word]
        return True

    def _write(
        self, upserts: dict[str, dict[str, str]], removes: tuple[str, ...]
    ) -> None:
        if self._read_only is not None:
            raise ReadOnlyStoreError(self._read_only)
        try:
            self._db.apply({KNOWN_WORDS_TABLE: (upserts, removes)})
        except OSError as exc:
            raise StoreWriteError(f"could not save the known words: {exc}") from exc
