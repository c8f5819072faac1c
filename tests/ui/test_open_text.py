"""Opening another text from the window (Ctrl+O, recent files, the interview)."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from reader.app import _hand_over
from reader.core.text.document import Document
from reader.paths import DataPaths
from reader.single_instance import InstanceServer
from reader.ui.i18n import Translations
from reader.ui.main_window import MainWindow
from reader.ui.settings_model import SettingsModel
from reader.ui.settings_store import SettingsStore
from reader.ui.window_host import WindowHost
from tests.ui.conftest import WAIT_MS, js

TEXT_B = "二つ目の文章\n\n" + "\n\n".join(
    f"今日は天気が良いです。明日は雨が降るでしょう。第{n}段落。" for n in range(60)
)


@pytest.fixture
def server(data_dir: Path) -> Iterator[InstanceServer]:
    """The socket later ``yomu`` processes over ``data_dir`` talk to."""
    instance = InstanceServer(data_dir)
    assert instance.listening
    yield instance
    if shiboken6.isValid(instance):
        shiboken6.delete(instance)


@pytest.fixture
def host(
    qtbot: QtBot,
    data_dir: Path,
    warm_cache: Path,
    seed_doc: Document,
    server: InstanceServer,
) -> Iterator[WindowHost]:
    """A host over ``data_dir`` showing the interview (warm readings)."""
    paths = DataPaths(data_dir)
    paths.cache.mkdir(parents=True, exist_ok=True)
    shutil.copy(warm_cache, paths.readings_cache)
    settings = SettingsModel(SettingsStore(paths.settings))
    made = WindowHost(paths, settings, Translations(), server)
    window = made.show_first(seed_doc)
    window.resize(1000, 700)
    window.show()
    qtbot.waitUntil(lambda: window.settled, timeout=WAIT_MS)
    yield made
    last = made.window
    if last is not None and shiboken6.isValid(last):
        errors = list(last.view.script_errors)
        last.close()
        last.view.release()
        shiboken6.delete(last)
        assert errors == []


@pytest.fixture
def text_b(tmp_path: Path) -> Path:
    path = tmp_path / "second.txt"
    path.write_text(TEXT_B, encoding="utf-8")
    return path


def settled_window(qtbot: QtBot, host: WindowHost) -> MainWindow:
    qtbot.waitUntil(
        lambda: host.window is not None and host.window.settled, timeout=WAIT_MS
    )
    window = host.current()
    qtbot.waitUntil(
        lambda: not js(qtbot, window, "window.yomu.settling()"), timeout=WAIT_MS
    )
    return window


def scroll_to(qtbot: QtBot, window: MainWindow, block_id: str) -> None:
    js(qtbot, window, f"document.getElementById('{block_id}').scrollIntoView()")
    qtbot.waitUntil(lambda: window.top_block == block_id, timeout=WAIT_MS)


def test_ctrl_o_opens_another_text_in_place_of_the_interview(
    host: WindowHost, qtbot: QtBot, text_b: Path
) -> None:
    first = host.current()
    first.basics.opener.choose = lambda: text_b  # what the file dialog would answer
    first.activateWindow()
    first.view.setFocus()
    page = first.view.focusProxy()  # the widget that takes the page's key events
    assert page is not None
    QTest.keyClick(page, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    window = settled_window(qtbot, host)
    assert window is not first
    assert window.doc.name == "second.txt"
    assert window.windowTitle().startswith("二つ目の文章")
    assert js(qtbot, window, "document.querySelectorAll('[data-b]').length") == 61
    assert host.settings.store.recent() == [str(text_b.resolve())]
    # Its readings have a cache of their own; the interview's file is untouched.
    assert host.paths.readings_cache_for(window.doc.key).exists()
    # Each text keeps its rendered page: going back does not render it again.
    assert len(list(host.paths.page_cache.glob("page-*.html"))) == 2


def test_each_text_keeps_its_own_position(
    host: WindowHost, qtbot: QtBot, text_b: Path, seed_doc: Document
) -> None:
    """Open A, scroll, open B, back to A: A is where it was left."""
    target = seed_doc.sections[3].block_ids[2]
    interview = settled_window(qtbot, host)
    scroll_to(qtbot, interview, target)
    assert host.open(text_b)
    second = settled_window(qtbot, host)
    middle = second.doc.blocks[30].id
    scroll_to(qtbot, second, middle)
    assert host.open(None)
    again = settled_window(qtbot, host)
    assert again.doc.key == seed_doc.key
    assert js(qtbot, again, "window.yomu.topBlock()") == target
    assert host.open(text_b)
    back = settled_window(qtbot, host)
    assert js(qtbot, back, "window.yomu.topBlock()") == middle
    # The recent files say how far each text was read.
    menu = back.menuBar().findChild(QMenu, "recentMenu")
    assert menu is not None
    back.basics.opener.fill_recent(menu)
    [entry] = [a for a in menu.actions() if a.toolTip() == str(text_b.resolve())]
    percent = host.settings.store.percent_read(back.doc.key)
    assert percent is not None
    assert percent > 0
    assert entry.text() == f"second.txt — {percent}%"


@pytest.mark.parametrize("problem", ["missing", "binary", "folder"])
def test_a_file_that_cannot_be_read_leaves_the_window_as_it_was(
    host: WindowHost, qtbot: QtBot, tmp_path: Path, problem: str
) -> None:
    window = host.current()
    path = tmp_path / "bad"
    if problem == "binary":
        path.write_bytes(b"\xff\xfe\x00bad")
    elif problem == "folder":
        path.mkdir()
    assert not host.open(path)
    assert host.current() is window
    message = window.statusBar().currentMessage()
    assert message.startswith("Cannot open: ")
    assert "\n" not in message


def test_recent_files_grey_the_missing_and_forget_them_when_chosen(
    host: WindowHost, qtbot: QtBot, text_b: Path, tmp_path: Path
) -> None:
    gone = tmp_path / "gone.txt"
    gone.write_text("消える文章", encoding="utf-8")
    host.settings.store.save_recent([str(gone), str(text_b)])
    window = host.current()
    menu = window.menuBar().findChild(QMenu, "recentMenu")
    assert menu is not None
    window.basics.opener.fill_recent(menu)
    entries = {a.toolTip(): a for a in menu.actions() if a.toolTip()}
    assert entries[str(gone)].isEnabled()
    gone.unlink()  # after the menu was filled: chosen all the same
    entries[str(gone)].trigger()
    assert host.current() is window
    assert "removed from the recent files" in window.statusBar().currentMessage()
    assert host.settings.store.recent() == [str(text_b)]
    host.settings.store.save_recent([str(gone), str(text_b)])
    window.basics.opener.fill_recent(menu)  # filled again: the missing one is grey
    entries = {a.toolTip(): a for a in menu.actions() if a.toolTip()}
    assert not entries[str(gone)].isEnabled()
    entries[str(text_b)].trigger()
    assert settled_window(qtbot, host).doc.name == "second.txt"


def test_the_interview_is_in_the_file_menu(
    host: WindowHost, qtbot: QtBot, text_b: Path, seed_doc: Document
) -> None:
    assert host.open(text_b)
    second = settled_window(qtbot, host)
    second.actions_.open_interview.trigger()
    assert settled_window(qtbot, host).doc.key == seed_doc.key


def test_the_recent_list_can_be_cleared(host: WindowHost, text_b: Path) -> None:
    host.settings.store.save_recent([str(text_b)])
    window = host.current()
    menu = window.menuBar().findChild(QMenu, "recentMenu")
    assert menu is not None
    window.basics.opener.fill_recent(menu)
    [clear] = [a for a in menu.actions() if a.text() == "Clear the List"]
    clear.trigger()
    assert host.settings.store.recent() == []
    window.basics.opener.fill_recent(menu)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["No recent texts", "Clear the List"]


def test_a_window_without_a_host_cannot_open_texts(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()
    assert not window.actions_.open_file.isEnabled()
    assert not window.actions_.open_interview.isEnabled()
    assert not window.basics.opener.open(None)


def _yomu_again(
    qtbot: QtBot, data_dir: Path, path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    """``yomu PATH`` run while the window is open: its hand-over, in a thread, while
    this test's event loop serves the window."""
    status: list[int] = []
    thread = threading.Thread(
        target=lambda: status.append(_hand_over(data_dir, path)), daemon=True
    )
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=WAIT_MS)
    out, err = capsys.readouterr()
    return status[0], out, err


def test_yomu_file_run_again_opens_the_file_in_the_open_window(
    host: WindowHost,
    text_b: Path,
    data_dir: Path,
    qtbot: QtBot,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Regression: a second ``yomu FILE`` only brought the window forward."""
    status, out, err = _yomu_again(qtbot, data_dir, text_b, capsys)
    assert (status, err) == (0, "")
    assert out == "yomu: opened second.txt in the window already open over this data folder\n"
    window = settled_window(qtbot, host)
    assert window.doc.title == "二つ目の文章"
    assert host.settings.store.recent()[0] == str(text_b.resolve())


def test_yomu_with_a_file_it_cannot_read_says_why_and_keeps_the_text(
    host: WindowHost,
    tmp_path: Path,
    data_dir: Path,
    qtbot: QtBot,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = host.current()
    status, out, err = _yomu_again(qtbot, data_dir, tmp_path / "missing.txt", capsys)
    assert (status, out) == (2, "")
    assert err.startswith("yomu: error: ")
    assert "missing.txt" in err
    assert err.count("\n") == 1
    assert host.current() is before
