"""Issue 10, defect 11: the command line's rough edges."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from reader.cli import COMMANDS, check_command, main, pull_data_dir
from reader.cli_parser import CliError
from reader.core.annotations import Anchor, AnnotationStore, export_jsonld
from reader.core.text.document import Document


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def folder(tmp_path: Path, seed_doc: Document) -> Path:
    """A data folder (not the default one) holding one highlight of a turn."""
    path = tmp_path / "elsewhere"
    path.mkdir()
    store = AnnotationStore(seed_doc, path / "annotations.json")
    turn = next(b for b in seed_doc.blocks if b.text.startswith("この過程で学んだことは"))
    store.add(Anchor.from_selection(seed_doc, turn.id, 0, turn.id, 6), note="メモ")
    store.close()
    return path


@pytest.mark.parametrize(("argv", "folder", "rest"), [
    (["--data-dir", "D", "export"], "D", ["export"]),
    (["export", "--data-dir", "D", "x.txt"], "D", ["export", "x.txt"]),
    (["annotations", "import", "f.json", "--data-dir=D"], "D", ["annotations", "import",
                                                                 "f.json"]),
    (["--data-dir", "A", "vocab", "--data-dir", "B"], "B", ["vocab"]),
    (["find", "x", "--", "--data-dir", "D"], None, ["find", "x", "--", "--data-dir",
                                                    "D"]),
    (["lookup", "猫"], None, ["lookup", "猫"]),
])
def test_defect11_data_dir_taken_from_anywhere(
    argv: list[str], folder: str | None, rest: list[str]
) -> None:
    assert pull_data_dir(argv) == (folder, rest)


@pytest.mark.parametrize("bad", [["--data-dir"], ["--data-dir="], ["--data-dir", ""]])
def test_defect11_data_dir_without_a_folder_is_one_line(
    bad: list[str], capsys: pytest.CaptureFixture[str],
) -> None:
    status, _, err = run(["annotations", "export", *bad], capsys)
    assert status == 2
    assert err == ("yomu: error: argument --data-dir: expected a folder "
                   "(see 'yomu --help')\n")


@pytest.mark.parametrize("where", [
    ["--data-dir", "{d}", "annotations", "export"],
    ["annotations", "--data-dir", "{d}", "export"],
    ["annotations", "export", "--data-dir", "{d}"],
    ["annotations", "export", "--format", "jsonld", "--data-dir={d}"],
])
def test_defect11_annotations_export_reads_the_folder_given_anywhere(
    where: list[str], folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run([w.format(d=folder) for w in where], capsys)
    assert (status, err) == (0, "")
    assert "メモ" in out


@pytest.mark.parametrize("before", [True, False])
def test_defect11_annotations_import_takes_data_dir_after_the_file(
    before: bool, folder: Path, tmp_path: Path, seed_doc: Document,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Regression: 'annotations import FILE --data-dir DIR' was refused."""
    source = AnnotationStore(seed_doc, folder / "annotations.json")
    exported = tmp_path / "mine.jsonld"
    exported.write_text(export_jsonld(source), encoding="utf-8")
    source.close()
    target = tmp_path / "target"
    target.mkdir()
    place = ["--data-dir", str(target)]
    argv = ["annotations", "import", str(exported)]
    status, out, err = run([*place, *argv] if before else [*argv, *place], capsys)
    assert (status, err) == (0, "")
    assert out.startswith("imported 1 new")
    assert len(AnnotationStore(seed_doc, target / "annotations.json")) == 1


@pytest.mark.parametrize("argv", [
    ["vocab", "list", "--data-dir", "{d}"],
    ["vocab", "--data-dir", "{d}", "list"],
    ["--data-dir", "{d}", "vocab", "list"],
    ["lookup", "--data-dir", "{d}", "猫"],
    ["export", "--aids", "none", "--format", "text", "--data-dir", "{d}"],
    ["--data-dir", "{d}", "export", "--aids", "none", "--format", "text"],
])
def test_defect11_every_command_accepts_data_dir(
    argv: list[str], folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run([a.format(d=folder) for a in argv], capsys)
    assert "unrecognized arguments" not in err
    assert "no such file" not in err
    assert status in (0, 1), err  # 1: found nothing (no words, no dictionary entry)


@pytest.mark.parametrize(("typo", "command"), [
    ("exprot", "export"), ("anotations", "annotations"), ("lokup", "lookup"),
    ("vocabs", "vocab"), ("fnd", "find"),
])
def test_defect11_unknown_command_suggests_the_nearest(
    typo: str, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run([typo], capsys)
    assert (status, out) == (2, "")
    assert err == (f"yomu: error: {typo!r} is not a yomu command, nor a file; "
                   f"did you mean 'yomu {command}'? (see 'yomu --help')\n")


def test_defect11_a_file_named_like_a_command_is_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "exprot").write_text("猫", encoding="utf-8")
    check_command("exprot")  # no error: it is the file to read
    with pytest.raises(CliError, match="did you mean 'yomu export'"):
        check_command("exprt")
    check_command("notes.txt")  # nothing like a command: the window says no such file
    assert "export" in COMMANDS


@pytest.mark.parametrize("argv", [
    ["annotations", "import", "{p}"],
    ["vocab", "import", "{p}"],
    ["export", "{p}"],
])
def test_defect11_missing_file_named_by_its_path_as_typed(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    typed = "some/where/../missing.jsonld"
    status, _, err = run([a.format(p=typed) for a in argv], capsys)
    assert status == 2
    assert typed in err, err


def test_defect11_csv_readings_adds_a_reading_column(
    folder: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    base = ["annotations", "export", "--format", "csv", "--data-dir", str(folder)]
    _, plain, _ = run(base, capsys)
    status, out, err = run([*base, "--readings"], capsys)
    assert (status, err) == (0, "")
    plain_row = next(csv.DictReader(io.StringIO(plain.lstrip("\ufeff"))))
    row = next(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert "reading" not in plain_row
    assert list(row) == ["section", "speaker", "quote", "reading", "note", "color",
                         "style", "created"]
    assert row["quote"] == plain_row["quote"]
    assert "（" in row["reading"]
    assert row["reading"] != row["quote"]


@pytest.mark.parametrize("fmt", ["markdown", "jsonld", "csv"])
def test_defect11_exports_end_with_one_newline(
    fmt: str, folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / f"out.{fmt}"
    status, _, err = run(["annotations", "export", "--format", fmt, "-o", str(target),
                          "--data-dir", str(folder)], capsys)
    assert (status, err) == (0, "")
    data = target.read_bytes()
    assert data.endswith(b"\n")
    assert not data.endswith(b"\n\n")


def test_defect11_jsonld_collection_and_page_have_ids(
    folder: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    """The W3C Web Annotation model: a collection and each page MUST have an IRI."""
    _, out, _ = run(["annotations", "export", "--format", "jsonld",
                     "--data-dir", str(folder)], capsys)
    collection = json.loads(out)
    page = collection["first"]
    ids = [collection["id"], page["id"], *(a["id"] for a in page["items"])]
    assert all(i.startswith(("urn:", "http:", "https:")) for i in ids)
    assert len(set(ids)) == len(ids)
    assert page["partOf"] == collection["id"]
