"""Assemble JMdict entries (forms, readings, senses) from the database's tables."""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.lookup.dictionary import Database
from reader.core.lookup.model import Entry, Form, Sense

# Tables of sense notes, in the order they are shown.
_NOTE_TABLES = ("misc", "field", "dialect", "SenseInfo")


def _marks(ids: Sequence[int]) -> str:
    return ",".join("?" * len(ids))


def _grouped(db: Database, sql: str, ids: Sequence[int]) -> dict[int, list[str]]:
    """Rows (key, text) of ``sql`` over ``ids``, texts grouped by key in order."""
    out: dict[int, list[str]] = {}
    if not ids:
        return out
    for key, text in db.query(sql.format(_marks(ids)), ids):
        out.setdefault(int(str(key)), []).append(str(text))
    return out


def _forms(db: Database, table: str, ids: Sequence[int]) -> dict[int, list[Form]]:
    """Kanji or kana forms of each entry, with their priority and restrictions."""
    kana = table == "Kana"
    rows = db.query(
        f"SELECT ID, idseq, text{', nokanji' if kana else ''} FROM {table} "
        f"WHERE idseq IN ({_marks(ids)}) ORDER BY ID",
        ids,
    )
    form_ids = [int(str(row[0])) for row in rows]
    pri_table, restr = ("KNP", "KNR") if kana else ("KJP", None)
    pri = _grouped(
        db, f"SELECT kid, text FROM {pri_table} WHERE kid IN ({{}})", form_ids
    )
    only = (
        _grouped(db, f"SELECT kid, text FROM {restr} WHERE kid IN ({{}})", form_ids)
        if restr
        else {}
    )
    out: dict[int, list[Form]] = {}
    for row in rows:
        fid, idseq, text = int(str(row[0])), int(str(row[1])), str(row[2])
        form = Form(
            text,
            tuple(pri.get(fid, ())),
            tuple(only.get(fid, ())),
            bool(row[3]) if kana else False,
        )
        out.setdefault(idseq, []).append(form)
    return out


def _senses(db: Database, ids: Sequence[int]) -> dict[int, list[Sense]]:
    rows = db.query(
        f"SELECT ID, idseq FROM Sense WHERE idseq IN ({_marks(ids)}) ORDER BY ID", ids
    )
    sids = [int(str(sid)) for sid, _ in rows]
    if not sids:
        return {}
    pos = _grouped(db, "SELECT sid, text FROM pos WHERE sid IN ({})", sids)
    gloss = _grouped(
        db,
        "SELECT sid, text FROM SenseGloss WHERE sid IN ({}) AND +lang = 'eng'",
        sids,
    )
    notes: dict[int, list[str]] = {}
    for table in _NOTE_TABLES:
        sql = f"SELECT sid, text FROM {table} WHERE sid IN ({{}})"
        for sid, texts in _grouped(db, sql, sids).items():
            notes.setdefault(sid, []).extend(texts)
    only = _restrictions(db, sids)
    out: dict[int, list[Sense]] = {}
    for sid_raw, idseq in rows:
        sid = int(str(sid_raw))
        sense = Sense(
            tuple(pos.get(sid, ())),
            tuple(gloss.get(sid, ())),
            tuple(notes.get(sid, ())),
            tuple(only.get(sid, ())),
        )
        out.setdefault(int(str(idseq)), []).append(sense)
    return out


def _restrictions(db: Database, sids: Sequence[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for table in ("stagk", "stagr"):
        sql = f"SELECT sid, text FROM {table} WHERE sid IN ({{}})"
        for sid, texts in _grouped(db, sql, sids).items():
            out.setdefault(sid, []).extend(texts)
    return out


def load_entries(db: Database, entry_ids: Sequence[int]) -> dict[int, Entry]:
    """The entries ``entry_ids``, by id (ids not in JMdict are left out)."""
    ids = sorted(set(entry_ids))
    if not ids:
        return {}
    kanji = _forms(db, "Kanji", ids)
    kana = _forms(db, "Kana", ids)
    senses = _senses(db, ids)
    return {
        i: Entry(i, tuple(kanji.get(i, ())), tuple(kana[i]), tuple(senses.get(i, ())))
        for i in ids
        if i in kana
    }
