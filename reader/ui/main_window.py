"""The main window: reading pane, section sidebar, toolbar, menus and status bar.

Signals:
    page_shown: the page is loaded with the current aids and the position restored.
    readings_ready: readings are computed and shown.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QMainWindow,
    QProgressBar,
    QToolBar,
    QWidget,
)

from reader.core.choices import FuriganaLevel
from reader.core.page.textforms import InlineForm, selection_text
from reader.core.readings import ReadingEngine, Word
from reader.core.settings import Settings
from reader.ui import annotation_dialogs, dialogs, plain
from reader.ui.actions import Actions
from reader.ui.annotation_controller import AnnotationController
from reader.ui.annotation_wiring import install_annotations
from reader.ui.annotations_panel import AnnotationsPanel
from reader.ui.basics import Basics
from reader.ui.context import ReaderContext
from reader.ui.find_bar import install_find
from reader.ui.find_controller import FindController
from reader.ui.i18n import tr
from reader.ui.known_words import KnownWordsController
from reader.ui.lookup_controller import LookupController
from reader.ui.page_loader import PageLoader, resolve_theme
from reader.ui.reading_fix import ReadingFixer
from reader.ui.reading_view import ReadingView
from reader.ui.settings_store import SettingsStore
from reader.ui.shortcuts import show_shortcuts
from reader.ui.sidebar import SectionSidebar
from reader.ui.surface import WindowSurface
from reader.ui.vocabulary_wiring import connect_vocabulary_actions, install_vocabulary

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The reader's window."""

    page_shown = Signal()
    readings_ready = Signal()

    def __init__(self, ctx: ReaderContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.doc = ctx.doc
        self.settings_model = ctx.settings
        # First subscriber: a new language's translators are in before the others
        # (sidebar, panel) read their titles again.
        self.settings_model.changed.connect(self._on_setting)
        self.position: tuple[str, float] | None = self.store.position(
            self.doc.key, self.doc.doc_id  # a position kept by digest moves to the key
        )
        self.top_block = ""
        self._save_timer = QTimer(self, singleShot=True, interval=400)
        self._save_timer.timeout.connect(self._save_position)
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{self.doc.title} — Yomu")
        self.view = ReadingView(self)
        self.fixer = ReadingFixer(
            self,
            self.doc,
            lambda: self.loader.readings,
            ctx.paths.user_corrections,
            self.use_engine,
        )
        self.known = KnownWordsController(
            self.view,
            ctx.paths.annotations if ctx.annotations is not None else None,
            lambda text: self.statusBar().showMessage(text, 5000),
        )
        self.loader = PageLoader(self.view, ctx, lambda: self.position)
        self.loader.page_shown.connect(self.page_shown)
        self.loader.readings_ready.connect(self.readings_ready)
        loader = self.loader
        self.finder = FindController(
            self.doc, self.view, lambda: loader.readings, loader.readings_ready
        )
        pane, self.find_bar = install_find(self.view, self.finder)
        self.setCentralWidget(pane)
        # Chromium loads the page in its own process while the window is built.
        self.loader.show_page()
        self.sidebar = SectionSidebar(self.doc, self.settings_model, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.sidebar)
        self.surface = WindowSurface(
            self,
            self.view,
            self.statusBar(),
            self.doc,
            self.settings_model,
            lambda: self.loader.readings,
            self.loader.readings_ready,
            self.known.words,
        )
        self.notes: AnnotationController | None = None
        self.panel: AnnotationsPanel | None = None
        if ctx.annotations is not None:
            self.notes, self.panel = install_annotations(self.surface, ctx.annotations)
        if ctx.server is not None:
            ctx.server.message.connect(self._on_instance_message)
        self.lookup = LookupController(
            self.doc, self.view, self.settings_model, lambda: self.readings
        )
        self.lookup.known_requested.connect(self.known.mark)
        self.vocab, self.vocab_panel = install_vocabulary(
            self.surface,
            ctx.paths.annotations if ctx.annotations is not None else None,
            self.lookup,
            self.panel,
        )
        self._build_status_bar()
        self.basics = Basics(self)
        self._build_chrome()
        self._connect_view()
        self._restore_window()
        self._apply_chrome_theme()
        self._connect_loader()
        if not self.loader.has_readings:
            self.loader.start_readings(after_page=True)  # the text first
        # Last subscriber: the menus are rebuilt after the docks took their new
        # titles, which reset the docks' toggle actions' texts.
        self.settings_model.changed.connect(self._after_setting)

    # ---- construction
    def _build_status_bar(self) -> None:
        self.section_label = plain.label("", self)  # headings are the text's
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setFormat(tr("Readings %p%"))
        self.progress.hide()
        self.statusBar().addWidget(self.section_label, 1)
        self.statusBar().addPermanentWidget(self.progress)

    def _build_chrome(self) -> None:
        """Actions, menus and toolbar; rebuilt when the interface language changes."""
        self.menuBar().clear()
        for old in self.findChildren(QToolBar):
            self.removeToolBar(old)
            old.deleteLater()
        previous = getattr(self, "actions_", None)
        if previous is not None:
            previous.delete()
        self.actions_ = Actions(self, self.settings_model)
        from reader.ui.menus import build_menus, build_toolbar

        build_menus(self, self.actions_)
        self.addToolBar(build_toolbar(self, self.actions_))
        self.progress.setFormat(tr("Readings %p%"))
        self._connect_actions()
        self.basics.connect(self.actions_)
        self.lookup.connect_actions(self.actions_)
        self.actions_.known_words.triggered.connect(
            lambda: self.known.show_dialog(self)
        )
        a = self.actions_
        self.view.context_actions = [
            a.look_up,
            None,
            a.highlight,
            a.add_note,
            a.add_vocabulary,
            None,
            a.copy,
            a.copy_readings,
            a.copy_anki,
        ]
        for action in (
            a.highlight,
            a.add_note,
            a.undo,
            a.redo,
            a.export_notes,
            a.import_notes,
        ):
            action.setEnabled(self.notes is not None)
        self.view.extend_context_menu = self.fixer.add_action
        connect_vocabulary_actions(a, self.vocab, self.vocab_panel)

    def _connect_actions(self) -> None:
        a = self.actions_
        a.bigger.triggered.connect(lambda: self.zoom(+2))
        a.smaller.triggered.connect(lambda: self.zoom(-2))
        a.reset_size.triggered.connect(lambda: self.zoom(0))
        a.next_section.triggered.connect(lambda: self.step_section(+1))
        a.previous_section.triggered.connect(lambda: self.step_section(-1))
        a.copy.triggered.connect(self.copy_base)
        a.copy_readings.triggered.connect(
            lambda: self.copy_with_readings(InlineForm.PAREN)
        )
        a.copy_anki.triggered.connect(lambda: self.copy_with_readings(InlineForm.ANKI))
        a.export.triggered.connect(lambda: dialogs.export_dialog(self.surface))
        a.about.triggered.connect(lambda: dialogs.about_dialog(self))
        a.shortcuts.triggered.connect(lambda: show_shortcuts(self))
        a.quit.triggered.connect(self.close)
        if self.notes is not None:
            notes = self.notes
            a.highlight.triggered.connect(lambda: notes.highlight_selection())
            a.add_note.triggered.connect(notes.note_selection)
            a.undo.triggered.connect(notes.undo)
            a.redo.triggered.connect(notes.redo)
            a.export_notes.triggered.connect(
                lambda: annotation_dialogs.export_notes(notes)
            )
            a.import_notes.triggered.connect(
                lambda: annotation_dialogs.import_notes(notes)
            )

    def _connect_view(self) -> None:
        self.view.top_block_changed.connect(self._on_top_block)
        self.view.bridge.position_changed.connect(self._on_position)
        self.sidebar.block_activated.connect(self.scroll_to_block)

    def _restore_window(self) -> None:
        geometry, state = self.store.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 820)
        if state is not None:
            self.restoreState(state)
        elif (
            self.panel is not None
            and self.notes is not None
            and not len(self.notes.store)
        ):
            self.panel.hide()  # first run: room for the text until there are notes

    def _on_instance_message(self, command: str, reply: Any) -> None:
        """A later ``yomu`` over the same data folder: come forward, or import."""
        verb, _, arg = command.partition(" ")
        if verb == "open":
            return  # the WindowHost opens texts (it replaces this window)
        if verb == "import":
            self._import_from_cli(Path(arg), reply)
            return
        if verb == "vocab-import":
            if self.vocab is None:
                reply("error vocabulary is off in the open window; nothing imported")
            else:
                self.vocab.import_from_cli(Path(arg), reply)
            return
        self.come_forward()
        reply("ok activated")

    def come_forward(self) -> None:
        """Show the window in front with the keys in its text (a minimized one
        restored, a maximized one left so)."""
        if self.isMinimized():
            self.showNormal()
        else:
            self.show()
        self.raise_()
        self.activateWindow()
        self.view.setFocus()

    def _import_from_cli(self, path: Path, reply: Any) -> None:
        """Answer a handed-over import with ``ok COUNTS`` or ``error TEXT`` once it
        has run (off the UI thread); the other process waits for that answer."""
        if self.notes is None:
            reply("error annotations are off in the open window; nothing imported")
            return
        annotation_dialogs.import_from_cli(self.notes, path, reply)

    # ---- the page
    def _connect_loader(self) -> None:
        self.loader.started.connect(self._on_readings_started)
        self.loader.progress.connect(self._on_progress)
        self.loader.readings_ready.connect(self.progress.hide)
        self.loader.failed.connect(self._on_readings_failed)

    @property
    def readings(self) -> Mapping[str, Sequence[Word]]:
        return self.loader.readings

    @property
    def has_readings(self) -> bool:
        return self.loader.has_readings

    @property
    def settled(self) -> bool:
        """Readings are in, the page showing them is loaded and positioned, and the
        annotations are placed."""
        notes_placed = self.notes is None or not self.notes.busy
        return self.loader.settled and notes_placed

    def use_engine(self, engine: ReadingEngine) -> None:
        """Compute the readings again with ``engine`` (the reader fixed a reading)."""
        self.loader.use_engine(engine)

    def _on_readings_started(self) -> None:
        self.progress.setValue(0)
        self.progress.show()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _on_readings_failed(self, message: str) -> None:
        self.progress.hide()
        self.statusBar().showMessage(tr("Readings could not be computed: ") + message)

    # ---- position and navigation
    def _on_top_block(self, block_id: str) -> None:
        self.top_block = block_id
        moved = self.position is None or self.position[0] != block_id
        if self.view.is_ready and moved:
            # The page sends the top block and the exact position as two messages: a
            # window closed between them must not keep the old block.
            self.position = (block_id, 0.0)
        self.sidebar.mark_block(block_id)
        self._show_section(block_id)

    def _show_section(self, block_id: str) -> None:
        """The status bar names the section of ``block_id``."""
        block = self.doc.get(block_id)
        if block is not None and block.section >= 0:
            title = self.doc.sections[block.section].title or tr("Introduction")
            self.section_label.setText(title)

    def _on_position(self, block_id: str, fraction: float) -> None:
        if not self.view.is_ready:
            # A page being replaced reports its own top (the title) before it goes:
            # taking it would restore the next page there, and save it on close.
            return
        self.position = (block_id, fraction)
        self.basics.on_position(block_id, fraction)
        self._save_timer.start()

    def _save_position(self) -> None:
        if self.position is not None:
            percent = self.basics.on_position(*self.position)
            self.store.save_position(self.doc.key, *self.position, percent)

    def scroll_to_block(self, block_id: str) -> None:
        self.view.call("scrollToBlock", block_id)

    def step_section(self, step: int) -> None:
        """Go to the next (+1) or previous (-1) section from the current one."""
        block = self.doc.get(self.top_block)
        current = block.section if block is not None and block.section >= 0 else 0
        sections = [s for s in self.doc.sections if s.block_ids]
        target = min(max(current + step, 0), len(sections) - 1)
        self.scroll_to_block(sections[target].block_ids[0])

    # ---- settings
    @property
    def store(self) -> SettingsStore:
        """Where settings, positions and window state are kept."""
        return self.settings_model.store

    @property
    def settings(self) -> Settings:
        """The current settings (owned by the settings model)."""
        return self.settings_model.value

    def set_option(self, name: str, value: Any) -> None:
        """Change one setting; its subscribers (page, actions, chrome) follow."""
        self.settings_model.set(name, value)

    def _on_setting(self, name: str) -> None:
        """The window's own part of a change: the chrome's theme and language."""
        if name == "theme":
            self._apply_chrome_theme()
        elif name == "language":
            self.ctx.translations.apply(self.settings.language)

    def _after_setting(self, name: str) -> None:
        """The window's part of a change that must follow the other subscribers'."""
        if name == "language":
            self._build_chrome()
            self.find_bar.retranslate()
            self._show_section(self.top_block)

    def _apply_chrome_theme(self) -> None:
        """Menus, sidebar and toolbar follow the page: dark with the dark theme."""
        from reader.ui.palette import apply_palette

        apply_palette(resolve_theme(self.settings.theme) == "dark")

    def zoom(self, step: int) -> None:
        size = Settings().font_size if step == 0 else self.settings.font_size + step
        self.set_option("font_size", size)

    def set_language(self, language: str) -> None:
        self.set_option("language", language)

    # ---- copy
    def copy_base(self) -> None:
        """Copy the selection's base text (the page leaves readings out)."""
        from PySide6.QtWebEngineCore import QWebEnginePage

        self.view.setFocus()  # Chromium copies from the focused frame only
        self.view.triggerPageAction(QWebEnginePage.WebAction.Copy)

    def copy_with_readings(self, form: InlineForm) -> None:
        text = selection_text(
            self.doc,
            self.readings,
            self.view.selection,
            form,
            self.known.words(),
            FuriganaLevel(self.settings.furigana_level),
        )
        if text:
            QGuiApplication.clipboard().setText(text)

    # ---- closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.notes is not None and not self.notes.pending.confirm_close():
            event.ignore()
            return
        self._save_timer.stop()
        self._save_position()
        self.store.save_window_state(self.saveGeometry(), self.saveState())
        self.loader.wait()
        self.lookup.wait()
        self.finder.wait()
        if self.vocab is not None:
            self.vocab.close()
            self.vocab = None
        if self.notes is not None:
            self.notes.close()
            self.notes = None
        super().closeEvent(event)
