"""``yomu vocab import`` while a window holds the data folder.

The window imports the file itself (``vocab-import PATH``) and answers with the
counts; a window without a vocabulary refuses. A window that answers only by coming
forward ("ok activated", an older one) is refused by the command (vocab_cli.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLockFile
from pytestqt.qtbot import QtBot

from reader import single_instance
from reader.single_instance import InstanceServer, lock_file
from tests.ui.conftest import WindowFactory
from tests.ui.test_single_instance import Cli


@pytest.fixture
def held(data_dir: Path) -> Iterator[QLockFile]:
    lock = lock_file(data_dir)
    assert lock.tryLock(100)
    yield lock
    lock.unlock()


@pytest.fixture
def words(tmp_path: Path) -> Path:
    path = tmp_path / "words.tsv"
    path.write_text("各社\n", encoding="utf-8")
    return path


def test_the_window_imports_a_handed_over_file(
    make_window: WindowFactory, data_dir: Path, words: Path, held: QLockFile,
    qtbot: QtBot, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    window = make_window()
    server = InstanceServer(data_dir, window)
    server.message.connect(window._on_instance_message)
    args = ["vocab", "import", str(words), "--data-dir", str(data_dir)]
    status, out, err = Cli(args, capsys).finish(qtbot)
    assert (status, err) == (0, "")
    assert out == (
        "handed to the open window: 1 new, 0 already present, 0 could not be placed\n"
    )
    assert window.vocab is not None
    assert [e.word for e in window.vocab.store.all()] == ["各社"]
    saved = json.loads((data_dir / "annotations.json").read_text(encoding="utf-8"))
    assert len(saved["vocabulary"]) == 1  # on disk, through the window's store
    # The same file again: nothing is duplicated.
    status, out, err = Cli(args, capsys).finish(qtbot)
    assert (status, out) == (
        0, "handed to the open window: 0 new, 1 already present, 0 could not be placed\n"
    )


def test_a_window_without_annotations_refuses_the_import(
    make_window: WindowFactory, data_dir: Path, words: Path, held: QLockFile,
    qtbot: QtBot, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    window = make_window()
    assert window.vocab is not None
    window.vocab.close()
    window.vocab = None  # as when the annotations file cannot be used
    server = InstanceServer(data_dir, window)
    server.message.connect(window._on_instance_message)
    args = ["vocab", "import", str(words), "--data-dir", str(data_dir)]
    status, out, err = Cli(args, capsys).finish(qtbot)
    assert (status, out) == (2, "")
    assert err == (
        "yomu: error: vocabulary is off in the open window; nothing imported\n"
    )


@pytest.mark.parametrize(
    ("answer", "status", "printed"),
    [
        ("ok 1 new", 0, "handed to the open window: 1 new\n"),
        ("error words.tsv: no words", 2, "yomu: error: words.tsv: no words\n"),
    ],
)
def test_a_window_that_takes_the_import_is_reported(
    data_dir: Path, words: Path, held: QLockFile, qtbot: QtBot,
    capsys: pytest.CaptureFixture[str], answer: str, status: int, printed: str,
) -> None:  # fmt: skip
    server = InstanceServer(data_dir)
    commands: list[str] = []

    def answer_it(command: str, reply: single_instance.Reply) -> None:
        commands.append(command)
        reply(answer)

    server.message.connect(answer_it)
    args = ["vocab", "import", str(words), "--data-dir", str(data_dir)]
    try:
        result = Cli(args, capsys).finish(qtbot)
    finally:
        shiboken6.delete(server)
    assert commands == [f"vocab-import {words.resolve()}"]
    assert result == (
        status,
        printed if status == 0 else "",
        printed if status == 2 else "",
    )
