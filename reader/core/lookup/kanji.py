"""KANJIDIC2 data on single kanji: meanings, readings, strokes, grade, JLPT, rank."""

from __future__ import annotations

from reader.core.lookup.dictionary import Database
from reader.core.lookup.model import KanjiInfo


def _number(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


# The database has no index on reading.gid or meaning.gid: a kanji's readings cost a
# scan (~30 ms). Copying the Japanese readings and English meanings into indexed
# temporary tables costs ~175 ms once, at the first kanji asked for.
_PREPARE = (
    "CREATE TEMP TABLE IF NOT EXISTS kanji_reading AS SELECT gid, r_type, value "
    "FROM reading WHERE +r_type IN ('ja_on', 'ja_kun') ORDER BY rowid",
    "CREATE INDEX IF NOT EXISTS temp.kanji_reading_gid ON kanji_reading(gid)",
    "CREATE TEMP TABLE IF NOT EXISTS kanji_meaning AS SELECT gid, value "
    "FROM meaning WHERE +m_lang = '' ORDER BY rowid",
    "CREATE INDEX IF NOT EXISTS temp.kanji_meaning_gid ON kanji_meaning(gid)",
)


def load_kanji(db: Database, literal: str) -> KanjiInfo | None:
    """KANJIDIC2's data on ``literal``, or ``None`` when it has none."""
    for statement in _PREPARE:
        db.query(statement)
    rows = db.query(
        "SELECT ID, stroke_count, grade, freq, jlpt FROM character WHERE literal = ?",
        (literal,),
    )
    if not rows:
        return None
    cid, strokes, grade, freq, jlpt = rows[0]
    readings = db.query(
        "SELECT r.r_type, r.value FROM rm_group g JOIN kanji_reading r "
        "ON r.gid = g.ID WHERE g.cid = ? ORDER BY r.rowid",
        (cid,),
    )
    meanings = db.query(
        "SELECT m.value FROM rm_group g JOIN kanji_meaning m ON m.gid = g.ID "
        "WHERE g.cid = ? ORDER BY m.rowid",
        (cid,),
    )
    return KanjiInfo(
        literal=literal,
        meanings=tuple(str(m) for (m,) in meanings),
        on=tuple(str(v) for t, v in readings if t == "ja_on"),
        kun=tuple(str(v) for t, v in readings if t == "ja_kun"),
        strokes=_number(strokes),
        grade=_number(grade),
        jlpt=_number(jlpt),
        frequency=_number(freq),
    )
