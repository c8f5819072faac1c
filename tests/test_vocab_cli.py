"""``yomu vocab list|export|import`` without a window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.document import Document
from reader.core.vocabulary.cards import FIELDS


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("data")


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["vocab", *args])
    out, err = capsys.readouterr()
    return status, out, err


WORDS = "\n".join(
    [
        "Word\tNote\tSentence",
        "# a comment",
        "各社",
        "考える\t\t誰もが「GPT-1を使ったら数学に強いが、考える時間がかかるとChatGPTや他のモデルより劣るかもしれない」と言います。",
        "かくしゃ",  # found by its reading: the same place as 各社
        "強化学習\t\tこの文は本文にない。",  # sentence not found: first occurrence
        "ぜったいにないことば",
        "",
    ]
)


def test_import_list_and_export(
    folder: Path,
    tmp_path: Path,
    seed_doc: Document,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = ["--data-dir", str(folder)]
    assert run(["list", *data], capsys) == (1, "yomu vocab: no words\n", "")
    source = tmp_path / "words.tsv"
    source.write_text(WORDS, encoding="utf-8")

    status, out, err = run(["import", str(source), *data], capsys)
    assert status == 0
    assert out == "imported 3 new, 1 already present, 1 could not be placed\n"
    assert err == "  line 7: 'ぜったいにないことば' is not in the text\n"
    stored = json.loads((folder / "annotations.json").read_text(encoding="utf-8"))
    entries = stored["vocabulary"].values()
    assert {e["form"] for e in entries} == {"各社", "考える", "強化学習"}
    think = next(e for e in entries if e["form"] == "考える")
    assert think["sentence"].startswith("誰もが「GPT-1を使ったら")
    assert think["sentence"][think["word_at"] :].startswith("考える")

    status, out, _ = run(["list", *data], capsys)
    assert status == 0
    assert out.startswith("# ")
    assert "各社\tかくしゃ\tkakusha\tall companies" in out
    assert run(["list", "--match", "kangaeru", *data], capsys)[1].count("\n") == 2

    status, out, _ = run(["export", "--format", "tsv", *data], capsys)
    assert status == 0
    assert out.splitlines()[0].split("\t") == list(FIELDS)
    assert len(out.splitlines()) == 4

    deck = tmp_path / "deck.apkg"
    status, out, _ = run(["export", "-o", str(deck), "--match", "各社", *data], capsys)
    assert (status, out) == (0, f"wrote 1 note(s) to {deck}\n")
    assert deck.stat().st_size > 1000

    status, _, err = run(["export", *data], capsys)
    assert status == 2
    assert err == "yomu: error: an Anki deck is a file: give it with -o FILE.apkg\n"
    assert run(["export", "--match", "zzz", *data], capsys)[0] == 1


def test_import_refused_while_another_process_holds_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.ui.single_instance import lock_file

    folder = tmp_path / "d"
    folder.mkdir()
    source = tmp_path / "w.tsv"
    source.write_text("各社\n", encoding="utf-8")
    lock = lock_file(folder)
    assert lock.tryLock(100)
    try:
        status, _, err = run(["import", str(source), "--data-dir", str(folder)], capsys)
    finally:
        lock.unlock()
    assert status == 2
    assert "another Yomu process is using" in err
    assert not (folder / "annotations.json").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "cannot read"), (b"\xff\xfe\x00bad", "not UTF-8")],
)
def test_an_unreadable_import_file_is_one_line(
    tmp_path: Path, content: bytes | None, message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    source = tmp_path / "w.tsv"
    if content is not None:
        source.write_bytes(content)
    status, _, err = run(["import", str(source), "--data-dir", str(tmp_path)], capsys)
    assert status == 2
    assert message in err
    assert err.count("\n") == 1


def test_a_newer_store_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "annotations.json"
    store.write_text(json.dumps({"_meta": {"schema": {"schema_version": 99}}}))
    before = store.read_bytes()
    status, _, err = run(["list", "--data-dir", str(tmp_path)], capsys)
    assert status == 2
    assert "schema version 99" in err
    assert store.read_bytes() == before
