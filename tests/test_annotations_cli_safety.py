"""``yomu annotations`` never repairs on its own, and acts on one document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.annotations import Anchor, AnnotationStore
from reader.core.text.document import Document
from reader.core.text.source import load_document


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["annotations", *args])
    out, err = capsys.readouterr()
    return status, out, err


def _store_with(doc: Document, folder: Path, *notes: str) -> Path:
    path = folder / "annotations.json"
    store = AnnotationStore(doc, path)
    block = next(b for b in doc.blocks if len(b.text) > 30)
    for i, note in enumerate(notes):
        store.add(Anchor.from_selection(doc, block.id, i, block.id, i + 4), note=note)
    store.close()
    return path


def _siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p != path)


@pytest.mark.parametrize(
    "command", [["export"], ["export", "--format", "jsonld"], ["import", "IMPORT"]]
)
def test_a_damaged_store_is_refused_not_repaired(
    seed_doc: Document,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    """Regression: import moved a truncated file aside, kept 1 of 3, said "imported"."""
    path = _store_with(seed_doc, tmp_path, "one", "two", "three")
    damaged = path.read_text(encoding="utf-8")[:-50]
    path.write_text(damaged, encoding="utf-8")
    source = tmp_path / "in.json"
    source.write_text("[]", encoding="utf-8")
    args = [str(source) if a == "IMPORT" else a for a in command]
    status, out, err = _run(["--data-dir", str(tmp_path), *args], capsys)
    assert status == 2
    assert out == ""
    assert err.startswith("yomu: error: ")
    assert err.count("\n") == 1
    assert "damaged" in err
    assert "yomu annotations repair" in err
    assert path.read_text(encoding="utf-8") == damaged
    assert _siblings(path) == ["in.json"]


def test_repair_is_explicit_and_says_what_it_kept(
    seed_doc: Document, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _store_with(seed_doc, tmp_path, "one", "two", "three")
    status, out, _ = _run(["repair", "--data-dir", str(tmp_path)], capsys)
    assert (status, out) == (0, f"{path}: nothing to repair\n")
    text = path.read_text(encoding="utf-8")
    # Cut into the last annotation, whatever tables follow the annotations table
    # (cutting a fixed length from the end stopped reaching it with schema 5).
    damaged = text[: text.index(',"unplaced"') - 20]
    path.write_text(damaged, encoding="utf-8")

    status, out, _ = _run(["--data-dir", str(tmp_path), "repair"], capsys)
    assert status == 0
    [aside] = path.parent.glob("annotations.json.corrupt-*")
    assert out.startswith(f"repaired {path} (annotations.json: not valid JSON")
    assert out.endswith(f"; kept 2 record(s); the damaged file was kept as {aside}\n")
    assert aside.read_text(encoding="utf-8") == damaged
    status, out, _ = _run(["--data-dir", str(tmp_path), "export"], capsys)
    assert status == 0
    assert "one" in out
    assert "two" in out


def test_a_newer_store_is_an_error_for_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "annotations.json"
    text = json.dumps({"_meta": {"schema": {"schema_version": 99}}, "future": {}})
    path.write_text(text, encoding="utf-8")
    source = tmp_path / "in.json"
    source.write_text("[]", encoding="utf-8")
    for command in (["export"], ["import", str(source)], ["repair"]):
        status, _, err = _run(["--data-dir", str(tmp_path), *command], capsys)
        assert status == 2
        assert err.count("\n") == 1
        assert "schema version 99" in err
    assert path.read_text(encoding="utf-8") == text
    assert _siblings(path) == ["in.json"]


def test_a_folder_where_the_store_should_be_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "annotations.json").mkdir()
    status, _, err = _run(["--data-dir", str(tmp_path), "export"], capsys)
    assert status == 2
    assert err == f"yomu: error: {tmp_path / 'annotations.json'} is a folder, " + (
        "not an annotations file\n"
    )


def test_source_picks_the_document_before_or_after_the_subcommand(
    seed_doc: Document, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other_file = tmp_path / "other.txt"
    other_file.write_text(
        "別の文章です。ここに猫がいる。その猫は名前がまだ無いと言っている。\n二行目もある。\n",
        encoding="utf-8",
    )
    other = load_document(other_file)
    _store_with(seed_doc, tmp_path, "interview note")
    _store_with(other, tmp_path, "other note")

    status, out, _ = _run(
        ["export", "--source", str(other_file), "--data-dir", str(tmp_path)], capsys
    )
    assert status == 0
    assert "other note" in out
    assert "interview note" not in out
    status, out, _ = _run(["--data-dir", str(tmp_path), "export"], capsys)
    assert "interview note" in out
    assert "other note" not in out

    imported = tmp_path / "in.json"
    imported.write_text(
        json.dumps(
            [
                {
                    "type": "Annotation",
                    "body": {"type": "TextualBody", "value": "imported"},
                    "target": {
                        "selector": {"type": "TextQuoteSelector", "exact": "二行目"}
                    },
                },
                {"type": "Annotation", "target": {"source": "https://x"}},
            ]
        ),
        encoding="utf-8",
    )
    status, out, _ = _run(
        [
            "--source",
            str(other_file),
            "import",
            str(imported),
            "--data-dir",
            str(tmp_path),
        ],
        capsys,
    )
    assert (status, out) == (
        0,
        "imported 1 new, 0 already present, 0 need review, 1 skipped (no quote)\n",
    )
    notes = {
        a.note for a in AnnotationStore(other, tmp_path / "annotations.json").all()
    }
    assert notes == {"other note", "imported"}
    interview = AnnotationStore(seed_doc, tmp_path / "annotations.json")
    assert [a.note for a in interview.all()] == ["interview note"]
