"""JMdict, JMnedict and KANJIDIC2 from the database that jamdict-data ships.

jamdict's own ``lookup`` takes 12–45 ms per string (it loads kanji and names for
each), and a look-up at a point asks for a few hundred candidate forms at once; so
the same SQLite file is read here directly, read-only, with batched queries on its
indexes (see docs/design.md, "Dictionary").
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.core.lookup.model import DictionaryError

#: The package that ships the data, and how to get it.
DATA_PACKAGE = "jamdict-data"
_MISSING = (
    f"The dictionary is not installed (Python package {DATA_PACKAGE}); "
    f"install it with: pip install {DATA_PACKAGE}"
)
_TABLES = ("Kanji", "Kana", "Sense", "SenseGloss", "NEKanji", "character", "meta")


def default_path() -> Path:
    """Where jamdict-data put its database.

    Raises:
        DictionaryError: the package is not installed.
    """
    try:
        import jamdict_data
    except ImportError:
        raise DictionaryError(_MISSING) from None
    return Path(jamdict_data.JAMDICT_DB_PATH)


@dataclass(frozen=True)
class FormHit:
    """A form of an entry equal to one of the texts asked for."""

    entry_id: int
    text: str
    kanji: bool
    priority: tuple[str, ...]


def word_classes(parts_of_speech: Iterable[str]) -> frozenset[str]:
    """The de-inflection classes (``v1``, ``v5``, ``adj-i`` …) of JMdict's POS."""
    out: set[str] = set()
    for pos in parts_of_speech:
        if pos.startswith("Ichidan verb"):
            out.add("v1")
        elif pos.startswith("Godan verb"):
            out.add("v5")
            if "Iku/Yuku" in pos:
                out.add("v5k-s")
            elif "-aru special" in pos:
                out.add("v5aru")
            elif "'u' ending (special" in pos:
                out.add("v5u-s")
        elif pos.startswith("Kuru verb"):
            out.add("vk")
        elif pos.startswith("suru verb"):
            out.add("vs")
        elif pos.startswith("noun or participle which takes the aux. verb suru"):
            out.add("vs-n")
        elif pos.startswith("adjective (keiyoushi)"):
            out.add("adj-i")
    return frozenset(out)


class Database:
    """The dictionary database, opened read-only; safe to share between threads.

    Args:
        path: the SQLite file.

    Raises:
        DictionaryError: the file is missing, not a database, or lacks a table.
    """

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise DictionaryError(
                f"The dictionary file is missing ({path}); reinstall {DATA_PACKAGE}."
            )
        self.path = path
        self._lock = threading.Lock()
        try:
            self._db = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
            self._check()
        except sqlite3.Error as exc:
            raise DictionaryError(self._damaged(exc)) from None

    def _damaged(self, exc: Exception) -> str:
        return (
            f"The dictionary is damaged ({self.path.name}: {exc}); "
            f"reinstall {DATA_PACKAGE}."
        )

    def _check(self) -> None:
        names = {row[0] for row in self._db.execute("SELECT name FROM sqlite_master")}
        missing = [table for table in _TABLES if table not in names]
        if missing:
            raise sqlite3.DatabaseError(f"no table {', '.join(missing)}")

    def query(
        self, sql: str, params: Sequence[object] = ()
    ) -> list[tuple[object, ...]]:
        """Rows of ``sql``; a failure of the file becomes a DictionaryError."""
        try:
            with self._lock:
                return self._db.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as exc:
            raise DictionaryError(self._damaged(exc)) from None

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._db.close()

    def meta(self) -> dict[str, str]:
        """The database's own record of its sources and versions."""
        return {str(k): str(v) for k, v in self.query("SELECT key, value FROM meta")}

    def find_forms(self, texts: Iterable[str]) -> list[FormHit]:
        """Every kanji or kana form equal to one of ``texts``."""
        wanted = sorted(set(texts))
        if not wanted:
            return []
        marks = ",".join("?" * len(wanted))
        hits: list[FormHit] = []
        for table, pri, kanji in (("Kanji", "KJP", True), ("Kana", "KNP", False)):
            rows = self.query(
                f"SELECT f.idseq, f.text, (SELECT group_concat(p.text, ' ') "
                f"FROM {pri} p WHERE p.kid = f.ID) FROM {table} f "
                f"WHERE f.text IN ({marks})",
                wanted,
            )
            hits += [
                FormHit(int(str(i)), str(t), kanji, tuple(str(p or "").split()))
                for i, t, p in rows
            ]
        return hits

    def classes(self, entry_ids: Iterable[int]) -> dict[int, frozenset[str]]:
        """The de-inflection classes of each entry, from its senses' POS."""
        ids = sorted(set(entry_ids))
        if not ids:
            return {}
        rows = self.query(
            "SELECT s.idseq, p.text FROM Sense s JOIN pos p ON p.sid = s.ID "
            f"WHERE s.idseq IN ({','.join('?' * len(ids))})",
            ids,
        )
        pos: dict[int, list[str]] = {i: [] for i in ids}
        for idseq, text in rows:
            pos[int(str(idseq))].append(str(text))
        return {i: word_classes(p) for i, p in pos.items()}


__all__ = ["Database", "FormHit", "default_path", "word_classes"]
