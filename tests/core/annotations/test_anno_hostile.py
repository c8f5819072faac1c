"""Damaged stores and hostile imports (issue 7): one row per way a note was lost.

Each row is a file put where the store lives, or a file to import, and what must
happen: read-only and untouched, repaired with nothing lost (or refused untouched by
the command line's modes), one clear line with nothing moved, or an import that
skips, cleans or refuses.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader.core.annotations import (
    Anchor,
    Annotation,
    AnnotationStore,
    DamagedStoreError,
    ImportError_,
    OpenMode,
    ReadOnlyStoreError,
    UnusableStoreError,
    import_file,
)
from reader.core.annotations.recovery import SCHEMA_VERSION
from reader.core.readings import ReadingCache, ReadingEngine
from reader.core.readings.cache import FORMAT
from reader.core.text.document import Document

ID_A, ID_B = "a" * 32, "b" * 32


def _record(doc: Document, ann_id: str, note: str = "", start: int = 0) -> Any:
    anchor = Anchor.from_selection(doc, "b0", start, "b0", start + 2)
    annotation = Annotation(ann_id, doc.doc_id, anchor, note=note, doc_key=doc.key)
    return annotation.to_dict()


def _file(doc: Document, *records: Any, version: object = SCHEMA_VERSION) -> str:
    """A database text holding ``records`` (dicts), as the store writes it."""
    tables = {
        "_meta": {"schema": {"schema_version": version}},
        "annotations": {r["id"]: r for r in records},
    }
    return json.dumps(tables, ensure_ascii=False, separators=(",", ":"))


def _siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p != path)


# -- a version this Yomu must not write: read-only, never moved ---------------------


def _version_text(doc: Document, version: object) -> str:
    return _file(doc, _record(doc, ID_A), version=version)


READ_ONLY: dict[str, Callable[[Document], str]] = {
    "newer-with-unknown-table": lambda d: json.dumps(
        {
            "_meta": {"schema": {"schema_version": SCHEMA_VERSION + 1}},
            "annotations": {ID_A: _record(d, ID_A)},
            "bookmarks": {"1": {"at": 3}},
        }
    ),
    "float-2.0": lambda d: _version_text(d, 2.0),
    "string-2": lambda d: _version_text(d, "2"),
    "nan": lambda d: _version_text(d, float("nan")),
    "bool": lambda d: _version_text(d, True),
    "zero": lambda d: _version_text(d, 0),
    "meta-without-version": lambda d: json.dumps(
        {"_meta": {}, "annotations": {ID_A: _record(d, ID_A)}}
    ),
    "no-meta-version-2-records": lambda d: json.dumps(
        {"annotations": {ID_A: _record(d, ID_A)}}
    ),
    "no-meta-unknown-table": lambda d: json.dumps({"annotations": {}, "notes": {}}),
}


@pytest.mark.parametrize("make", READ_ONLY.values(), ids=READ_ONLY.keys())
@pytest.mark.parametrize("mode", list(OpenMode))
def test_unknown_or_newer_version_is_read_only_and_untouched(
    doc: Document, db_path: Path, make: Callable[[Document], str], mode: OpenMode
) -> None:
    text = make(doc)
    db_path.write_text(text, encoding="utf-8")
    store = AnnotationStore(doc, db_path, mode=mode)
    assert store.read_only is not None
    assert "\n" not in store.read_only
    assert store.load_report.read_only == store.read_only
    with pytest.raises(ReadOnlyStoreError, match="not saved"):
        store.add(Anchor.from_selection(doc, "b1", 0, "b1", 2))
    assert len(store.all()) <= 1
    assert db_path.read_text(encoding="utf-8") == text
    assert _siblings(db_path) == []


# -- damage: the window repairs, keeping everything; the command line refuses -----


def _duplicate_ids(doc: Document) -> str:
    first = json.dumps(_record(doc, ID_A, "first copy"), ensure_ascii=False)
    second = json.dumps(_record(doc, ID_A, "second copy", 3), ensure_ascii=False)
    meta = json.dumps({"schema": {"schema_version": SCHEMA_VERSION}})
    return f'{{"_meta":{meta},"annotations":{{"{ID_A}":{first},"{ID_A}":{second}}}}}'


def _nested(doc: Document) -> str:
    return '{"annotations":' + "[" * 200_000 + "]" * 200_000 + "}"


def _surrogate_note(doc: Document) -> str:
    text = _file(doc, _record(doc, ID_A, "NOTE"))
    return text.replace("NOTE", "before \\ud800 after")


DAMAGED: dict[str, tuple[Callable[[Document], str], Callable[[AnnotationStore], None]]]
DAMAGED = {
    "duplicate-ids": (
        _duplicate_ids,
        lambda s: _assert_notes(s, {"first copy", "second copy"}, renamed=1),
    ),
    "deeply-nested": (_nested, lambda s: _assert_notes(s, set())),
    "lone-surrogate-in-note": (
        _surrogate_note,
        lambda s: _assert_notes(s, {"before \ufffd after"}, cleaned=1),
    ),
}


def _assert_notes(
    store: AnnotationStore, notes: set[str], renamed: int = 0, cleaned: int = 0
) -> None:
    assert {a.note for a in store.all()} == notes
    assert store.load_report.renamed == renamed
    assert store.load_report.cleaned == cleaned


@pytest.mark.parametrize(("make", "check"), DAMAGED.values(), ids=list(DAMAGED.keys()))
def test_damaged_file_is_repaired_by_the_window_and_nothing_is_lost(
    doc: Document,
    db_path: Path,
    make: Callable[[Document], str],
    check: Callable[[AnnotationStore], None],
) -> None:
    text = make(doc)
    db_path.write_text(text, encoding="utf-8")
    store = AnnotationStore(doc, db_path)
    report = store.load_report
    assert report.reason is not None
    assert report.moved_aside is not None
    assert report.moved_aside.read_text(encoding="utf-8") == text
    check(store)
    store.add(Anchor.from_selection(doc, "b1", 0, "b1", 2))  # writable again
    store.close()
    again = AnnotationStore(doc, db_path)
    assert again.load_report.ok
    assert len(again) == len(store)


@pytest.mark.parametrize("make", [m for m, _ in DAMAGED.values()], ids=DAMAGED.keys())
@pytest.mark.parametrize("mode", [OpenMode.STRICT, OpenMode.READ])
def test_damaged_file_is_refused_untouched_without_repair_mode(
    doc: Document, db_path: Path, make: Callable[[Document], str], mode: OpenMode
) -> None:
    text = make(doc)
    db_path.write_text(text, encoding="utf-8")
    with pytest.raises(DamagedStoreError, match="yomu annotations repair") as info:
        AnnotationStore(doc, db_path, mode=mode)
    assert "\n" not in str(info.value)
    assert db_path.read_text(encoding="utf-8") == text
    assert _siblings(db_path) == []


# -- not a store at all: one clear line, nothing moved or created ------------------


def _folder(path: Path, _: pytest.MonkeyPatch) -> None:
    path.mkdir()


def _dangling_link(path: Path, _: pytest.MonkeyPatch) -> None:
    path.symlink_to(path.parent / "gone" / "annotations.json")


def _unreadable(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path.write_text("{}", encoding="utf-8")
    real_open = os.open

    def refuse(file: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(file) == path:  # as chmod 000 would, for a user who is not root
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)


UNUSABLE = {
    "folder": (_folder, "is a folder"),
    "dangling-symlink": (_dangling_link, "which does not exist"),
    "unreadable": (_unreadable, "Permission denied"),
}


@pytest.mark.parametrize(("make", "message"), UNUSABLE.values(), ids=UNUSABLE.keys())
def test_what_is_not_a_store_file_is_one_clear_line(
    doc: Document,
    db_path: Path,
    make: Callable[[Path, pytest.MonkeyPatch], None],
    message: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make(db_path, monkeypatch)
    before = _siblings(db_path)
    with pytest.raises(UnusableStoreError, match=message) as info:
        AnnotationStore(doc, db_path)
    monkeypatch.undo()
    assert "\n" not in str(info.value)
    assert _siblings(db_path) == before
    assert os.path.lexists(db_path)
    assert not (db_path.parent / "gone").exists()


def test_fifo_as_the_store_does_not_hang_and_is_not_moved(
    doc: Document, db_path: Path
) -> None:
    """Regression: reading a FIFO with no writer blocked the start for ever.

    The store is opened in a daemon thread so that a regression fails here rather
    than hanging the suite; the open itself never waits (it does not block at all).
    """
    os.mkfifo(db_path)
    outcome: list[BaseException | AnnotationStore] = []

    def open_store() -> None:
        try:
            outcome.append(AnnotationStore(doc, db_path))
        except Exception as exc:  # the expected refusal, checked below
            outcome.append(exc)

    thread = threading.Thread(target=open_store, daemon=True)
    thread.start()
    thread.join(timeout=120)  # a guard against a hang, not a speed assumption
    assert not thread.is_alive(), "opening a FIFO as the store hangs"
    [result] = outcome
    assert isinstance(result, UnusableStoreError)
    assert "not a regular file" in str(result)
    assert db_path.is_fifo()
    assert _siblings(db_path) == []


# -- hostile imports -----------------------------------------------------------------


def _quote(exact: str, note: str | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {
        "type": "Annotation",
        "target": {
            "source": "https://example.com/x",
            "selector": [{"type": "TextQuoteSelector", "exact": exact}],
        },
    }
    if note is not None:
        item["body"] = {"type": "TextualBody", "value": note}
    return item


PAGE_NOTE = {  # a real Hypothesis page note: a target without any selector
    "type": "Annotation",
    "body": [{"type": "TextualBody", "value": "about the whole page"}],
    "target": [{"source": "https://example.com/x"}],
}

IMPORTS: dict[str, tuple[str, int, int, set[str]]] = {
    # name: (file text, added, skipped, notes stored)
    "lone-surrogates-in-note-and-quote": (
        json.dumps([_quote("名前", "a\ud800b"), _quote("\udfff名前\ud800")]),
        2,
        0,
        {"a\ufffdb", ""},
    ),
    "hypothesis-page-note-is-skipped": (
        json.dumps([PAGE_NOTE, _quote("名前", "kept")]),
        1,
        1,
        {"kept"},
    ),
    "collection-with-items-on-it": (
        json.dumps(
            {
                "@context": "http://www.w3.org/ns/anno.jsonld",
                "type": "AnnotationCollection",
                "items": [_quote("名前", "one"), _quote("猫", "two")],
            }
        ),
        2,
        0,
        {"one", "two"},
    ),
}


@pytest.mark.parametrize(
    ("text", "added", "skipped", "notes"), IMPORTS.values(), ids=IMPORTS.keys()
)
def test_hostile_import_is_taken_as_far_as_it_can_be(
    doc: Document,
    db_path: Path,
    tmp_path: Path,
    text: str,
    added: int,
    skipped: int,
    notes: set[str],
) -> None:
    source = tmp_path / "import.json"
    source.write_text(text, encoding="utf-8")
    store = AnnotationStore(doc, db_path)
    report = import_file(store, source)
    assert (report.added, report.skipped) == (added, skipped)
    assert {a.note for a in store.all()} == notes
    store.add(Anchor.from_selection(doc, "b1", 0, "b1", 2))  # the store still saves
    store.close()
    assert len(AnnotationStore(doc, db_path)) == added + 1


NOTHING = {
    "empty-list": "[]",
    "only-page-notes": json.dumps([PAGE_NOTE, PAGE_NOTE]),
    "empty-collection": json.dumps({"type": "AnnotationCollection", "items": []}),
    "empty-search-result": json.dumps({"rows": [], "total": 0}),
}


@pytest.mark.parametrize("text", NOTHING.values(), ids=NOTHING.keys())
def test_a_file_from_which_nothing_was_taken_is_never_a_success(
    doc: Document, db_path: Path, tmp_path: Path, text: str
) -> None:
    source = tmp_path / "import.json"
    source.write_text(text, encoding="utf-8")
    store = AnnotationStore(doc, db_path)
    with pytest.raises(ImportError_, match="nothing to import"):
        import_file(store, source)
    assert len(store) == 0


def test_a_note_that_cannot_be_saved_is_refused_before_writing(
    doc: Document, db_path: Path
) -> None:
    store = AnnotationStore(doc, db_path)
    with pytest.raises(ValueError, match="cannot be saved"):
        store.add(Anchor.from_selection(doc, "b0", 0, "b0", 2), note="x\udc00")
    assert len(store) == 0
    store.add(Anchor.from_selection(doc, "b0", 0, "b0", 2), note="fine")


def test_deeply_nested_readings_cache_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "readings.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    words = ReadingCache(path, ReadingEngine()).read_blocks([("b0", "猫です")])
    assert "".join(w.text for w in words["b0"]) == "猫です"
    first_line = path.read_text(encoding="utf-8").split("\n", 1)[0]
    assert json.loads(first_line)["format"] == FORMAT


def test_an_unknown_table_in_a_current_file_is_kept_not_damage(
    doc: Document, db_path: Path
) -> None:
    """Regression: any table this Yomu did not know made the file "damaged"."""
    tables = json.loads(_file(doc, _record(doc, ID_A)))
    tables["bookmarks"] = {"1": {"block": "b2"}}
    db_path.write_text(json.dumps(tables), encoding="utf-8")
    store = AnnotationStore(doc, db_path)
    assert store.load_report.ok
    store.add(Anchor.from_selection(doc, "b1", 0, "b1", 2))
    saved = json.loads(db_path.read_text(encoding="utf-8"))
    assert saved["bookmarks"] == {"1": {"block": "b2"}}
    assert len(saved["annotations"]) == 2
    assert _siblings(db_path) == []
