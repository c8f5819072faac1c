"""``yomu find``: the same hit by text, kana and romaji; marks; exit statuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main
from reader.core.document import Document
from reader.core.find import Hit, MatchKind
from reader.find_cli import BOLD, hit_line


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One data folder for the module: readings are computed once."""
    return tmp_path_factory.mktemp("data")


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("query", ["各社", "かくしゃ", "カクシャ", "kakusha", "kakusya"])
def test_one_hit_by_text_kana_or_romaji(
    query: str, folder: Path, seed_doc: Document, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(["find", query, "--data-dir", str(folder)], capsys)
    block = next(b for b in seed_doc.blocks if "各社" in b.text)
    offset = block.start + block.text.index("各社")
    section = seed_doc.sections[block.section].title
    assert status == 0
    assert out.splitlines() == [
        f"{section}\t{block.speaker}\t{offset}\t"
        "どうやら【各社】とも独自の内部ベンチマークを持っており、公表していません。つ…"
    ]
    assert err == f"1 hit(s) for {query!r}\n"


def test_every_hit_in_document_order(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(["find", "kangae", "--data-dir", str(folder)], capsys)
    lines = out.splitlines()
    assert status == 0
    assert len(lines) > 10
    offsets = [int(line.split("\t")[2]) for line in lines]
    assert offsets == sorted(offsets)
    assert all("【考え】" in line for line in lines)
    kana = run(["find", "かんがえ", "--data-dir", str(folder)], capsys)[1]
    assert kana == out


def test_nothing_found_is_exit_1_with_one_line(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(["find", "zzqx", "--data-dir", str(folder)], capsys)
    assert (status, out, err) == (1, "", "yomu find: nothing found for 'zzqx'\n")


def test_another_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "t.txt"
    source.write_text("題名\n\n強化学習の話。\n", encoding="utf-8")
    status, out, _ = run(["find", "kyouka", str(source)], capsys)
    assert status == 0
    assert out.endswith("\t-\t4\t【強化】学習の話。\n")


def test_a_missing_source_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(["find", "x", str(tmp_path / "none.txt")], capsys)
    assert status == 2
    assert err.startswith("yomu: error: ")


@pytest.mark.parametrize(
    ("text", "start", "end", "line"),
    [
        ("短い文。", 0, 2, "\x1b[1m短い\x1b[0m文。"),
        ("一行目\n二行目の語\n三", 4, 7, "\x1b[1m二行目\x1b[0mの語"),
        ("あ" * 40 + "語" + "い" * 40, 40, 41, "…" + "あ" * 30 + "\x1b[1m語\x1b[0m" + "い" * 30 + "…"),
    ],
)
def test_the_line_around_a_hit(text: str, start: int, end: int, line: str) -> None:
    from tests.core.annotations.anno_support import lines_document

    block = lines_document(text.replace("\n", " ")).blocks[0]
    block = type(block)(block.id, block.kind, 0, len(text), text, 0)
    hit = Hit(block.id, start, end, text[start:end], MatchKind.TEXT)
    assert hit_line(block, hit, BOLD) == line
