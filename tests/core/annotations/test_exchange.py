"""Export to Markdown, JSON-LD and CSV; import of our own and foreign annotations."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from reader.core.annotations import (
    Anchor,
    AnnotationStore,
    ImportError_,
    export_csv,
    export_jsonld,
    export_markdown,
    import_file,
    write_export,
)
from reader.core.annotations.exchange import MAX_IMPORT_BYTES, escape_markdown
from reader.core.text.document import Document

EVIL_NOTE = (
    "# heading?\n> not a quote\n<script>alert(1)</script>\n1. list\n    code\n---"
)


def _store(doc: Document) -> AnnotationStore:
    store = AnnotationStore(doc)
    store.add(Anchor.from_selection(doc, "b0", 0, "b0", 3), "yellow", note="")
    store.add(Anchor.from_selection(doc, "b1", 0, "b1", 5), "pink", note=EVIL_NOTE)
    store.add(Anchor.from_selection(doc, "b1", 13, "b2", 3), "blue", "underline")
    return store


def _import(store: AnnotationStore, tmp_path: Path, data: object) -> Any:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return import_file(store, path)


def test_markdown_groups_by_section_and_keeps_notes_inside_the_quote(
    doc: Document,
) -> None:
    md = export_markdown(_store(doc))
    lines = md.split("\n")
    assert lines[0] == "# neko.txt"
    assert lines.count("## intro") == 1
    assert "> 吾輩は" in lines
    assert "> — 夏目" in lines
    start = lines.index("> **Note:** \\# heading?")
    note_lines = lines[start : start + 6]
    assert all(line.startswith(">") for line in note_lines)
    assert "> \\> not a quote" in note_lines
    assert "> \\<script\\>alert(1)\\</script\\>" in note_lines
    assert "> 1\\. list" in note_lines
    assert "> \u00a0\u00a0\u00a0\u00a0code" in note_lines
    assert "> \\---" in note_lines
    assert "<script>" not in md


def test_markdown_quote_across_blocks_is_one_paragraph_per_block(doc: Document) -> None:
    md = export_markdown(_store(doc))
    # b1 is 夏目's, b2 nobody's: each block is a paragraph, and only b1 is credited
    # (issue 10, defect 10: the credit went to the whole quote).
    assert "> つかぬ。\n>\n> — 夏目\n>\n> 何でも\n" in md


def test_markdown_uses_readings(doc: Document) -> None:
    calls: list[tuple[str, int, int]] = []

    def readings(block_id: str, start: int, end: int) -> str:
        calls.append((block_id, start, end))
        return (
            "吾輩（わがはい）は"
            if block_id == "b0"
            else doc.block(block_id).text[start:end]
        )

    md = export_markdown(_store(doc), readings=readings)
    assert "> 吾輩（わがはい）は" in md
    assert ("b0", 0, 3) in calls
    assert ("b2", 0, 3) in calls


@pytest.mark.parametrize(
    ("text", "expected"),
    [("*a*", "\\*a\\*"), ("+1", "\\+1"), ("10) x", "10\\) x"), ("a & b", "a \\& b")],
)
def test_escape_markdown(text: str, expected: str) -> None:
    assert escape_markdown(text) == expected


def test_jsonld_is_a_w3c_collection(doc: Document) -> None:
    store = _store(doc)
    data = json.loads(export_jsonld(store))
    assert data["type"] == "AnnotationCollection"
    items = data["first"]["items"]
    assert data["total"] == len(items) == 3
    first, second = items[0], items[1]
    assert first["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert first["type"] == "Annotation"
    assert first["id"].startswith("urn:uuid:")
    assert "body" not in first
    assert first["motivation"] == "highlighting"
    assert second["body"] == {
        "type": "TextualBody",
        "value": EVIL_NOTE,
        "format": "text/plain",
    }
    assert second["yomu:color"] == "pink"
    target = second["target"]
    assert target["source"] == f"urn:yomu:doc:{doc.doc_id}"
    quote, position = target["selector"]
    assert quote["type"] == "TextQuoteSelector"
    assert quote["exact"] == doc.source[position["start"] : position["end"]]


def test_csv_rows_and_formula_injection(doc: Document) -> None:
    store = _store(doc)
    store.add(Anchor.from_selection(doc, "b3", 0, "b3", 5), note="=HYPERLINK(1)")
    store.add(Anchor.from_selection(doc, "b3", 6, "b3", 7), note="@SUM(A1)")
    text = export_csv(store)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows[0] == [
        "section",
        "speaker",
        "quote",
        "note",
        "color",
        "style",
        "created",
    ]
    assert len(rows) == 6
    notes = [r[3] for r in rows[1:]]
    assert EVIL_NOTE.replace("# ", "# ") in notes  # multi-line cell kept whole
    assert "'=HYPERLINK(1)" in notes
    assert "'@SUM(A1)" in notes
    speakers = [r[1] for r in rows[1:]]
    assert speakers.count("夏目") == 2
    assert not export_csv(store, bom=False).startswith("\ufeff")


def test_write_export(tmp_path: Path, doc: Document) -> None:
    path = tmp_path / "out.md"
    write_export(path, export_markdown(_store(doc)))
    assert path.read_text(encoding="utf-8").startswith("# neko.txt")


def test_round_trip_into_an_empty_store_and_merge(
    doc: Document, tmp_path: Path
) -> None:
    source = _store(doc)
    path = tmp_path / "export.jsonld"
    write_export(path, export_jsonld(source))

    target = AnnotationStore(doc)
    report = import_file(target, path)
    assert (report.found, report.added, report.duplicates, report.needs_review) == (
        3,
        3,
        0,
        0,
    )
    assert target.all() == source.all()

    again = import_file(target, path)
    assert (again.added, again.duplicates) == (0, 3)
    assert len(target) == 3


def test_same_highlight_with_another_id_is_merged(
    doc: Document, tmp_path: Path
) -> None:
    store = _store(doc)
    data = json.loads(export_jsonld(store))
    for item in data["first"]["items"]:
        item["id"] = "https://example.org/anno/" + item["id"][-6:]
    report = _import(store, tmp_path, data)
    assert (report.added, report.duplicates) == (0, 3)


def test_import_is_one_undo_step_and_one_event(doc: Document, tmp_path: Path) -> None:
    source = _store(doc)
    target = AnnotationStore(doc)
    events: list[object] = []
    target.subscribe(events.append)
    _import(target, tmp_path, json.loads(export_jsonld(source)))
    assert len(events) == 1
    assert len(target) == 3
    target.undo()
    assert len(target) == 0
    target.redo()
    assert len(target) == 3


def _hypothesis_item(exact: str, prefix: str, suffix: str, text: str) -> dict[str, Any]:
    return {
        "id": "hyp-" + exact,
        "created": "2024-01-01T00:00:00Z",
        "updated": "2024-01-02T00:00:00Z",
        "text": text,
        "uri": "https://example.com/interview",
        "target": [
            {
                "source": "https://example.com/interview",
                "selector": [
                    {
                        "type": "RangeSelector",
                        "startContainer": "/p[2]",
                        "endContainer": "/p[2]",
                    },
                    {"type": "TextPositionSelector", "start": 9999, "end": 10010},
                    {
                        "type": "TextQuoteSelector",
                        "exact": exact,
                        "prefix": prefix,
                        "suffix": suffix,
                    },
                ],
            }
        ],
    }


def test_foreign_annotations_are_anchored_by_quote(
    doc: Document, tmp_path: Path
) -> None:
    store = AnnotationStore(doc)
    data = {
        "rows": [
            _hypothesis_item("見当がつかぬ", "とんと", "。", "found"),
            _hypothesis_item("ここにはない文章", "", "", "missing"),
        ]
    }
    report = _import(store, tmp_path, data)
    assert (report.added, report.needs_review) == (2, 1)
    found = store.search("found")[0]
    placed = store.placement(found.id)
    assert placed is not None
    assert placed.pieces[0].block_id == "b1"
    assert found.modified == "2024-01-02T00:00:00Z"
    [missing] = store.needs_review
    assert missing.note == "missing"
    assert missing.anchor.exact == "ここにはない文章"
    assert _import(store, tmp_path, data).added == 0  # stable ids: merged


def test_single_w3c_annotation_with_list_body(doc: Document, tmp_path: Path) -> None:
    store = AnnotationStore(doc)
    item = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "body": [
            {"type": "TextualBody", "value": "tag", "purpose": "tagging"},
            {"type": "TextualBody", "value": "comment"},
        ],
        "target": {
            "selector": {"type": "TextQuoteSelector", "exact": "名前はまだ無い"}
        },
    }
    assert _import(store, tmp_path, item).added == 1
    assert store.all()[0].note == "comment"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe", "not UTF-8"),
        (b'"a string"', "expected a JSON object"),
        (b'{"hello": 1}', "no annotations"),
        (b'[{"type": "Annotation", "target": {}}]', "item 1: no TextQuoteSelector"),
        (b"[5, []]", "2 skipped; first: item 1: not a JSON object"),
        (b'{"type": "AnnotationCollection", "first": "https://x/page1"}', "pages"),
    ],
)
def test_broken_files_change_nothing(
    doc: Document, tmp_path: Path, content: bytes, message: str
) -> None:
    store = _store(doc)
    before = store.all()
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ImportError_, match=message) as info:
        import_file(store, path)
    assert "\n" not in str(info.value)
    assert store.all() == before


def test_too_large_and_missing_files(doc: Document, tmp_path: Path) -> None:
    store = _store(doc)
    big = tmp_path / "big.json"
    with big.open("wb") as fh:
        fh.truncate(MAX_IMPORT_BYTES + 1)
    with pytest.raises(ImportError_, match="too large"):
        import_file(store, big)
    with pytest.raises(ImportError_, match="cannot read"):
        import_file(store, tmp_path / "missing.json")
    assert len(store) == 3
