"""Opening another text: the window of the text read now gives way to its own.

Everything of a window is built around its document (readings, page, sidebar,
annotations, look-ups), so a text is switched by closing its window, which saves
its position, state and notes as on quit, and opening the other text's window in
the same place. The services of the data folder (settings, translations, the
instance socket) outlive the windows.

Signals (WindowHost):
    window_changed(object): the new :class:`MainWindow` is shown.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from reader.core.annotations import AnnotationStore, StoreError
from reader.core.readings.user_corrections import engine_for
from reader.core.text.document import Document
from reader.core.text.source import SourceError, load_document
from reader.paths import DataPaths
from reader.services import cached_readings
from reader.single_instance import InstanceServer, Reply
from reader.ui.context import ReaderContext
from reader.ui.i18n import Translations, tr
from reader.ui.main_window import MainWindow
from reader.ui.settings_model import SettingsModel

FILE_PREFIX = "file:"  # reader.core.text.document.source_key_for


class WindowHost(QObject):
    """Keeps the one reading window of a data folder, and switches its text."""

    window_changed = Signal(object)

    def __init__(
        self,
        paths: DataPaths,
        settings: SettingsModel,
        translations: Translations,
        server: InstanceServer | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.settings = settings
        self.translations = translations
        self.server = server
        self.window: MainWindow | None = None
        if server is not None:
            server.message.connect(self._on_message)

    def context(self, doc: Document) -> ReaderContext:
        """The services of a window over ``doc``."""
        engine = engine_for(self.paths.user_corrections)
        cache = self.paths.readings_cache_for(doc.key)
        return ReaderContext(
            doc,
            self.paths,
            self.settings,
            self.translations,
            cached_readings(doc, cache, engine),
            self._annotations(doc),
            self.server,
            engine,
            open_text=self.open,
        )

    def _annotations(self, doc: Document) -> AnnotationStore | None:
        try:
            return AnnotationStore(doc, self.paths.annotations)
        except StoreError as exc:
            print(f"yomu: annotations disabled: {exc}", file=sys.stderr)
            return None

    def show_first(self, doc: Document) -> MainWindow:
        """Build the window over ``doc`` (shown by the caller, or photographed)."""
        if doc.key.startswith(FILE_PREFIX):
            self.remember(doc.key.removeprefix(FILE_PREFIX))
        self.window = MainWindow(self.context(doc))
        return self.window

    def current(self) -> MainWindow:
        """The window open now."""
        assert self.window is not None, "no window was built"
        return self.window

    def open(self, path: Path | None) -> bool:
        """Read ``path`` (None: the bundled interview) in place of the current text.

        A file that cannot be read leaves the window as it is, with a one-line
        message; so does a window that may not close (unsaved notes kept open).
        """
        return self._open(path) == ""

    def _open(self, path: Path | None) -> str:
        """``open``: "" when the text is shown, else why it is not."""
        old = self.window
        try:
            doc = load_document(path, self.paths.cache)
        except SourceError as exc:
            message = tr("Cannot open: ") + str(exc)
            if path is not None and not path.exists() and self.forget(path):
                message += tr(" (removed from the recent files)")
            self._tell(message)
            return str(exc)
        if old is not None and old.doc.key == doc.key:
            old.come_forward()
            return ""  # already open: nothing to save or rebuild
        if old is not None and not self._close(old):
            return "the open window kept its text (its notes are not saved)"
        window = self.show_first(doc)
        window.come_forward()
        self.window_changed.emit(window)
        return ""

    def _on_message(self, command: str, reply: Reply) -> None:
        """``yomu FILE`` run again over this data folder: FILE opens here."""
        verb, _, arg = command.partition(" ")
        if verb != "open":
            return  # the window itself answers the other commands
        problem = self._open(Path(arg))
        reply(f"error {problem}" if problem else "ok opened")

    def _close(self, old: MainWindow) -> bool:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the next window is on its way
        try:
            if not old.close():
                return False
        finally:
            app.setQuitOnLastWindowClosed(quits)
        old.view.release()
        old.deleteLater()
        self.window = None
        return True

    def remember(self, path: str) -> None:
        """Put ``path`` first in the recent files."""
        store = self.settings.store
        store.save_recent([path, *(p for p in store.recent() if p != path)])

    def forget(self, path: Path) -> bool:
        """Take ``path`` out of the recent files; False if it was not there."""
        store = self.settings.store
        recent = store.recent()
        kept = [p for p in recent if Path(p) != path]
        store.save_recent(kept)
        return len(kept) != len(recent)

    def _tell(self, message: str) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(message, 10_000)
