"""JMnedict: names of people, places, companies and works."""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.lookup.dictionary import Database

#: (entry id, the text found, its reading, kinds, glosses).
NameRecord = tuple[int, str, str, tuple[str, ...], tuple[str, ...]]


def _marks(items: list[str] | list[int]) -> str:
    return ",".join("?" * len(items))


def find_names(db: Database, texts: Iterable[str]) -> list[NameRecord]:
    """Name entries written as one of ``texts`` (kanji or kana form)."""
    wanted = sorted(set(texts))
    if not wanted:
        return []
    hits = db.query(
        f"SELECT idseq, text FROM NEKanji WHERE text IN ({_marks(wanted)}) "
        f"UNION SELECT idseq, text FROM NEKana WHERE text IN ({_marks(wanted)})",
        wanted + wanted,
    )
    ids = sorted({int(str(i)) for i, _ in hits})
    if not ids:
        return []
    kana: dict[int, list[str]] = {}
    for i, t in db.query(
        f"SELECT idseq, text FROM NEKana WHERE idseq IN ({_marks(ids)}) ORDER BY ID",
        ids,
    ):
        kana.setdefault(int(str(i)), []).append(str(t))
    kinds: dict[int, list[str]] = {}
    glosses: dict[int, list[str]] = {}
    for i, kind, gloss in db.query(
        "SELECT t.idseq, (SELECT group_concat(y.text, ' ') FROM NETransType y "
        "WHERE y.tid = t.ID), (SELECT group_concat(g.text, '; ') FROM NETransGloss "
        f"g WHERE g.tid = t.ID) FROM NETranslation t WHERE t.idseq IN ({_marks(ids)})",
        ids,
    ):
        key = int(str(i))
        kinds.setdefault(key, []).extend(str(kind or "").split())
        glosses.setdefault(key, []).extend(s for s in str(gloss or "").split("; ") if s)
    return [
        (
            int(str(i)),
            str(t),
            (kana.get(int(str(i))) or [str(t)])[0],
            tuple(dict.fromkeys(kinds.get(int(str(i)), []))),
            tuple(dict.fromkeys(glosses.get(int(str(i)), []))),
        )
        for i, t in hits
    ]
