"""``yomu vocab import`` while a window holds the data folder.

Today's window does not take a vocabulary import: it answers an unknown command by
coming forward ("ok activated"), and the command must refuse rather than claim the
words were handed over. A window that answers ``vocab-import`` is reported.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLockFile
from pytestqt.qtbot import QtBot

from reader.ui import single_instance
from reader.ui.single_instance import InstanceServer, lock_file
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


def test_todays_window_is_not_told_it_imported(
    make_window: WindowFactory, data_dir: Path, words: Path, held: QLockFile,
    qtbot: QtBot, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    window = make_window()
    server = InstanceServer(data_dir, window)
    server.message.connect(window._on_instance_message)
    args = ["vocab", "import", str(words), "--data-dir", str(data_dir)]
    status, out, err = Cli(args, capsys).finish(qtbot)
    assert (status, out) == (2, "")
    assert err == (
        f"yomu: error: a Yomu window is using {data_dir} and cannot import "
        "vocabulary yet; close it and run this command again\n"
    )
    store = data_dir / "annotations.json"
    saved = json.loads(store.read_text(encoding="utf-8")) if store.exists() else {}
    assert not saved.get("vocabulary")  # nothing written beside the window


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
