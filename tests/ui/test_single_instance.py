"""One writer per data folder: the lock, its stale and broken cases, and the hand-over.

The command line runs in a thread of this process (``reader.cli.main``) while the
test's event loop serves a real InstanceServer, so the window side can be slow, fail,
or go away at a chosen moment.
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLockFile
from pytestqt.qtbot import QtBot

from reader import single_instance
from reader.cli import main
from reader.core.annotations import Anchor, AnnotationStore, export_jsonld
from reader.core.readings import ReadingCache, ReadingEngine
from reader.core.text.document import Document
from reader.paths import LOCK_NAME, readings_cache_path
from reader.single_instance import InstanceServer, LockError, acquire, lock_file
from reader.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, WindowFactory, make_context

COUNTS = "1 added, 0 already present, 0 need review"


class Cli:
    """``yomu ARGS`` in a thread, with everything it printed so far."""

    def __init__(self, args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
        self.status: int | None = None
        self.out = self.err = ""
        self._capsys = capsys
        self._thread = threading.Thread(target=self._run, args=(args,), daemon=True)
        self._thread.start()

    def _run(self, args: list[str]) -> None:
        self.status = main(args)

    def printed(self) -> str:
        out, err = self._capsys.readouterr()
        self.out, self.err = self.out + out, self.err + err
        return self.out + self.err

    def finish(self, qtbot: QtBot) -> tuple[int | None, str, str]:
        qtbot.waitUntil(lambda: not self._thread.is_alive(), timeout=WAIT_MS)
        self.printed()
        return self.status, self.out, self.err


@pytest.fixture
def held(data_dir: Path) -> Iterator[QLockFile]:
    """The folder's lock, held as the window's process holds it."""
    lock = lock_file(data_dir)
    assert lock.tryLock(100)
    yield lock
    lock.unlock()


@pytest.fixture
def server(data_dir: Path, held: QLockFile) -> Iterator[InstanceServer]:
    instance = InstanceServer(data_dir)
    assert instance.listening
    yield instance
    if shiboken6.isValid(instance):
        shiboken6.delete(instance)


@pytest.fixture
def jsonld(seed_doc: Document, tmp_path: Path) -> Path:
    """A file of one annotation to import."""
    other = AnnotationStore(seed_doc)
    block = next(b for b in seed_doc.blocks if b.text.startswith("この過程で"))
    other.add(Anchor.from_selection(seed_doc, block.id, 0, block.id, 4), note="外から")
    path = tmp_path / "in.jsonld"
    path.write_text(export_jsonld(other), encoding="utf-8")
    return path


def import_args(data_dir: Path, path: Path) -> list[str]:
    return ["annotations", "--data-dir", str(data_dir), "import", str(path)]


# ---- 18: the command line reports what the window answered


@pytest.mark.parametrize(("answer", "status", "printed"), [
    (f"ok {COUNTS}", 0, f"handed to the open window: {COUNTS}\n"),
    ("error in.jsonld: not valid JSON", 2, "yomu: error: in.jsonld: not valid JSON\n"),
    ("error", 2, "yomu: error: the open window gave an answer this command does not "
                 "understand ('error'); look in the window to see what was imported\n"),
    ("", 2, "yomu: error: the open window gave an answer this command does not "
            "understand (''); look in the window to see what was imported\n"),
])
def test_handed_over_import_reports_the_windows_answer(
        answer: str, status: int, printed: str, server: InstanceServer,
        data_dir: Path, jsonld: Path, qtbot: QtBot,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: a refused import printed 'yomu: error: ' and nothing else."""
    commands: list[str] = []

    def answer_it(command: str, reply: single_instance.Reply) -> None:
        commands.append(command)
        reply(answer)

    server.message.connect(answer_it)
    result = Cli(import_args(data_dir, jsonld), capsys).finish(qtbot)
    assert commands == [f"import {jsonld.resolve()}"]
    assert result == (status, printed if status == 0 else "",
                      printed if status == 2 else "")


def test_slow_handed_over_import_waits_for_the_real_answer(
        server: InstanceServer, data_dir: Path, jsonld: Path, qtbot: QtBot,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: past 60 s the command gave up with an empty error, although the
    window went on and saved the import."""
    monkeypatch.setattr(single_instance, "TIMEOUT_MS", 300)
    pending: list[single_instance.Reply] = []
    server.message.connect(lambda _command, reply: pending.append(reply))
    cli = Cli(import_args(data_dir, jsonld), capsys)
    qtbot.waitUntil(lambda: len(pending) == 1, timeout=WAIT_MS)
    # Several waits go by with no answer; the command is still there to hear it.
    qtbot.waitUntil(lambda: "still importing" in cli.printed(), timeout=WAIT_MS)
    pending[0](f"ok {COUNTS}")
    status, out, err = cli.finish(qtbot)
    assert (status, out) == (0, f"handed to the open window: {COUNTS}\n")
    assert err == "yomu: the open window is still importing; waiting\n"


def test_connection_lost_during_handed_over_import_says_outcome_unknown(
        server: InstanceServer, data_dir: Path, jsonld: Path, qtbot: QtBot,
        capsys: pytest.CaptureFixture[str]) -> None:
    pending: list[single_instance.Reply] = []
    server.message.connect(lambda _command, reply: pending.append(reply))
    cli = Cli(import_args(data_dir, jsonld), capsys)
    qtbot.waitUntil(lambda: len(pending) == 1, timeout=WAIT_MS)
    shiboken6.delete(server)  # the window goes away with the import under way
    status, out, err = cli.finish(qtbot)
    assert (status, out) == (2, "")
    assert err == (
        "yomu: error: the open window closed the connection before it answered; "
        "whether the import was saved is unknown: look in the window, or run "
        "'yomu annotations export'\n")
    pending[0]("ok too late")  # a reply to a closed connection goes nowhere, safely


def test_window_answers_a_failed_import_with_its_error(
        make_window: WindowFactory, data_dir: Path, jsonld: Path, qtbot: QtBot,
        held: QLockFile, capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: an import that raised in the window (here its save fails: a
    folder took the file's place) left the command waiting for 60 s, then printing
    an empty error."""
    window = make_window()
    server = InstanceServer(data_dir, window)
    server.message.connect(window._on_instance_message)
    (data_dir / "annotations.json").unlink(missing_ok=True)
    (data_dir / "annotations.json").mkdir()
    status, out, err = Cli(import_args(data_dir, jsonld), capsys).finish(qtbot)
    assert (status, out) == (2, "")
    assert err.startswith("yomu: error: ")
    assert len(err) > len("yomu: error: in.jsonld: ") + 10
    assert err.count("\n") == 1
    assert window.notes is not None
    assert len(window.notes.store) == 0


def test_window_without_annotations_refuses_a_handed_over_import(
        seed_doc: Document, data_dir: Path, jsonld: Path, qtbot: QtBot,
        held: QLockFile, warm_cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: a window whose annotations are off (a store it cannot open)
    answered 'ok activated', and the command said the import was handed over."""
    cache = readings_cache_path(data_dir)
    cache.parent.mkdir(parents=True)
    shutil.copy(warm_cache, cache)
    cached = ReadingCache(cache, ReadingEngine()).load_cached(
        [(b.id, b.text) for b in seed_doc.blocks])
    ctx = make_context(seed_doc, data_dir, cached, None)
    window = MainWindow(ctx)
    try:
        server = InstanceServer(data_dir, window)
        server.message.connect(window._on_instance_message)
        status, out, err = Cli(import_args(data_dir, jsonld), capsys).finish(qtbot)
    finally:
        window.view.release()
        shiboken6.delete(window)
    assert (status, out) == (2, "")
    assert err == ("yomu: error: annotations are off in the open window; "
                   "nothing imported\n")


# ---- 19: a lock is live only while a Yomu answers for it


@pytest.fixture
def python_process() -> Iterator[subprocess.Popen[bytes]]:
    """A live Python process that is not Yomu (as a reused PID would be)."""
    with subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                          stdin=subprocess.PIPE) as child:
        yield child
        child.kill()


def claim_lock(folder: Path, pid: int, tmp_path: Path) -> None:
    """Leave a lock file as a crashed Yomu would, naming ``pid`` as its owner."""
    model = tmp_path / "model"
    model.mkdir()
    lock = lock_file(model)
    assert lock.tryLock(100)
    lines = (model / LOCK_NAME).read_text(encoding="utf-8").split("\n")
    lock.unlock()
    lines[0] = str(pid)  # then: program name ("python3.11"), host name, ...
    (folder / LOCK_NAME).write_text("\n".join(lines), encoding="utf-8")
    assert not lock_file(folder).tryLock(0), "Qt alone takes the lock for live"


def test_lock_named_after_a_reused_pid_is_stale_when_no_yomu_answers(
        data_dir: Path, tmp_path: Path, python_process: subprocess.Popen[bytes],
        jsonld: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: the lock records 'python3.11', so any Python process that got the
    PID of a crashed Yomu blocked every later start."""
    claim_lock(data_dir, python_process.pid, tmp_path)
    assert main(import_args(data_dir, jsonld)) == 0
    assert capsys.readouterr().out == "imported 1 new, 0 already present, 0 need review\n"
    lock = acquire(data_dir)
    assert lock is not None
    assert lock.isLocked()
    lock.unlock()


def test_lock_of_a_live_window_is_kept(
        server: InstanceServer, data_dir: Path, qtbot: QtBot) -> None:
    answers: list[QLockFile | None] = []
    thread = threading.Thread(target=lambda: answers.append(acquire(data_dir)))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=WAIT_MS)
    assert answers == [None]  # hand over to the window
    assert (data_dir / LOCK_NAME).is_file()


def test_lock_of_a_busy_window_is_kept(
        server: InstanceServer, data_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's event loop is not running here, as in a window busy for minutes:
    it accepts the connection but does not answer the ping."""
    monkeypatch.setattr(single_instance, "TIMEOUT_MS", 200)
    assert acquire(data_dir) is None
    assert (data_dir / LOCK_NAME).is_file()


def test_lock_of_a_live_process_without_a_window_is_kept(
        held: QLockFile, data_dir: Path) -> None:
    """An import on the command line holds the lock and has no socket; Qt's native
    lock on the file keeps removeStaleLockFile from taking it."""
    with pytest.raises(LockError, match="another Yomu process is using"):
        acquire(data_dir)
    assert held.isLocked()
    assert (data_dir / LOCK_NAME).is_file()


# ---- 17: what is really wrong when the lock cannot be taken


@pytest.mark.parametrize("command", ["window", "import"])
def test_unwritable_data_folder_says_so(
        command: str, jsonld: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: 'another Yomu process is using DIR' for a folder nobody may write
    in (sysfs refuses new files to every user, root included)."""
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "")  # set again by the window
    folder = Path("/sys")
    args = (import_args(folder, jsonld) if command == "import"
            else ["--screenshot", str(tmp_path / "x.png"), "--data-dir", str(folder)])
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "yomu: error: cannot write in the data folder /sys (Permission denied); "
        "make it writable or choose another folder with --data-dir\n")


def no_room() -> None:
    """In the child: no file may grow past 0 bytes (as on a full disk)."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))


@pytest.mark.parametrize("command", ["window", "import"])
def test_no_room_for_the_lock_file_says_so(
        command: str, data_dir: Path, jsonld: Path, tmp_path: Path) -> None:
    """Regression: a lock file that could not be written was 'another Yomu process'."""
    args = (["annotations", "--data-dir", str(data_dir), "import", str(jsonld)]
            if command == "import"
            else ["--screenshot", str(tmp_path / "x.png"), "--data-dir", str(data_dir)])
    result = subprocess.run([sys.executable, "-m", "reader", *args],
                            capture_output=True, text=True, check=False, timeout=120,
                            preexec_fn=no_room)
    assert result.returncode == 2
    assert result.stderr == (
        f"yomu: error: cannot create {data_dir / LOCK_NAME} (File too large); free "
        "some space or choose another folder with --data-dir\n")
    assert not (data_dir / LOCK_NAME).exists()


def screenshot(data_dir: Path, png: Path, warm_cache: Path) -> subprocess.CompletedProcess[str]:
    """``yomu --screenshot`` in a process of its own, over ``data_dir``."""
    cache = readings_cache_path(data_dir)
    cache.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(warm_cache, cache)
    return subprocess.run(
        [sys.executable, "-m", "reader", "--screenshot", str(png), "--size", "640x480",
         "--data-dir", str(data_dir)],
        capture_output=True, text=True, check=False, timeout=300)


def test_window_starts_over_a_stale_lock_named_after_a_reused_pid(
        data_dir: Path, tmp_path: Path, python_process: subprocess.Popen[bytes],
        warm_cache: Path) -> None:
    """Regression: the same, at the window's start."""
    claim_lock(data_dir, python_process.pid, tmp_path)
    png = tmp_path / "shot.png"
    result = screenshot(data_dir, png, warm_cache)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{png}\n"
    assert png.stat().st_size > 0
    assert not (data_dir / LOCK_NAME).exists()  # released at the end


def test_screenshot_reports_a_repaired_store(
        data_dir: Path, tmp_path: Path, warm_cache: Path, seed_doc: Document) -> None:
    """Regression: the window shows a dialog on a repaired store; --screenshot said
    nothing."""
    store = AnnotationStore(seed_doc, data_dir / "annotations.json")
    block = next(b for b in seed_doc.blocks if b.text.startswith("この過程で"))
    for start in (0, 5, 10):
        store.add(Anchor.from_selection(seed_doc, block.id, start, block.id, start + 3))
    store.close()
    path = data_dir / "annotations.json"
    text = path.read_text(encoding="utf-8")
    # Cut inside the last record, wherever the tables after it end (schema 4 added one).
    damaged = text[: text.index(',"unplaced"') - 10]
    path.write_text(damaged, encoding="utf-8")
    png = tmp_path / "shot.png"
    result = screenshot(data_dir, png, warm_cache)
    assert result.returncode == 0, result.stderr
    aside = [p for p in data_dir.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1
    assert aside[0].read_text(encoding="utf-8") == damaged
    notices = [line for line in result.stderr.splitlines() if line.startswith("yomu:")]
    assert len(notices) == 1
    assert notices[0].startswith("yomu: annotations file was damaged (")
    assert notices[0].endswith(
        "); kept 2 annotation(s); "
        f"the damaged file was kept as {aside[0]}")


def test_folder_in_place_of_the_lock_file_says_so(
        data_dir: Path, jsonld: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (data_dir / LOCK_NAME).mkdir()
    assert main(import_args(data_dir, jsonld)) == 2
    assert capsys.readouterr().err == (
        f"yomu: error: {data_dir / LOCK_NAME} is in the way of the lock file; "
        "remove it and try again\n")
