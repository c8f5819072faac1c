"""``yomu annotations export|import`` without a window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.annotations import Anchor, AnnotationStore, export_jsonld
from reader.core.text.document import Document


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir(exist_ok=True)
    return path


def add_two(doc: Document, folder: Path) -> AnnotationStore:
    store = AnnotationStore(doc, folder / "annotations.json")
    turn = next(b for b in doc.blocks if b.text.startswith("この過程で学んだことは"))
    store.add(Anchor.from_selection(doc, turn.id, 0, turn.id, 5), note="=SUM(A1)\n二行目")
    store.add(Anchor.from_selection(doc, turn.id, 10, turn.id, 20), color="pink")
    store.close()
    return store


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["annotations", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_export_formats(seed_doc: Document, folder: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:
    add_two(seed_doc, folder)
    status, out, _ = run(["--data-dir", str(folder), "export", "--format", "jsonld"], capsys)
    assert status == 0
    data = json.loads(out)
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    items = data["first"]["items"]
    assert [i["type"] for i in items] == ["Annotation", "Annotation"]
    status, out, _ = run(["--data-dir", str(folder), "export", "--format", "csv"], capsys)
    assert "'=SUM(A1)" in out  # no formula injection
    status, out, _ = run(["--data-dir", str(folder), "export", "--readings"], capsys)
    assert "> この過程（かてい）で" in out
    assert "## 信頼できるエージェントの構築方法" in out


def test_import_merges_and_broken_file_changes_nothing(
        seed_doc: Document, folder: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    store = add_two(seed_doc, folder)
    reopened = AnnotationStore(seed_doc, folder / "annotations.json")
    exported = tmp_path / "mine.jsonld"
    exported.write_text(export_jsonld(reopened), encoding="utf-8")
    reopened.close()
    status, out, _ = run(["--data-dir", str(folder), "import", str(exported)], capsys)
    assert status == 0
    assert out.startswith("imported 0 new, 2 already present")
    before = (folder / "annotations.json").read_bytes()
    broken = tmp_path / "broken.jsonld"
    broken.write_text('{"type": "Annotation", "target": ', encoding="utf-8")
    status, out, err = run(["--data-dir", str(folder), "import", str(broken)], capsys)
    assert status == 2
    assert err.startswith("yomu: error: ")
    assert err.count("\n") == 1
    assert (folder / "annotations.json").read_bytes() == before
    del store


def test_foreign_annotations_anchor_by_quote(seed_doc: Document, folder: Path,
                                             tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    hypothesis_like = [{
        "@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
        "body": {"type": "TextualBody", "value": "great point"},
        "target": {"source": "https://example.com/luan-interview",
                   "selector": [{"type": "TextQuoteSelector", "exact": "錬金術から工業化への移行"},
                                {"type": "TextPositionSelector", "start": 1, "end": 5}]},
    }, {
        "type": "Annotation",
        "target": {"source": "https://example.com/other",
                   "selector": {"type": "TextQuoteSelector", "exact": "この文は本文にない"}},
    }]
    source = tmp_path / "h.json"
    source.write_text(json.dumps(hypothesis_like, ensure_ascii=False), encoding="utf-8")
    status, out, _ = run(["--data-dir", str(folder), "import", str(source)], capsys)
    assert status == 0
    assert out.startswith("imported 2 new, 0 already present, 1 need review")
    store = AnnotationStore(seed_doc, folder / "annotations.json")
    placed = [a for a in store.all() if store.placement(a.id) is not None]
    assert [a.anchor.exact for a in placed] == ["錬金術から工業化への移行"]
    assert [a.anchor.exact for a in store.needs_review] == ["この文は本文にない"]


def test_import_refused_while_another_process_holds_the_folder(
        seed_doc: Document, folder: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    from reader.single_instance import lock_file

    lock = lock_file(folder)
    assert lock.tryLock(100)  # a writer without a window to hand over to
    source = tmp_path / "x.json"
    source.write_text("[]", encoding="utf-8")
    try:
        status, _, err = run(["--data-dir", str(folder), "import", str(source)], capsys)
    finally:
        lock.unlock()
    assert status == 2
    assert "another Yomu process is using" in err
    assert not (folder / "annotations.json").exists()
