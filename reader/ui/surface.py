"""What the window's parts need of it, handed to them instead of the window.

Components (the annotation controller, dialogs) receive a :class:`WindowSurface`
through their constructors or arguments; none of them imports the main window, so
the window can import them all without an import cycle.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QMainWindow, QStatusBar

from reader.core.readings import Word
from reader.core.text.document import Document
from reader.ui.reading_view import ReadingView
from reader.ui.settings_model import SettingsModel


@dataclass(frozen=True)
class WindowSurface:
    """The window's services.

    Attributes:
        parent: the window, as the parent of dialogs and docks.
        view: the reading pane.
        status: the status bar, for short messages.
        doc: the text read.
        settings: the settings model.
        readings: the readings now shown, by block id.
        readings_ready: emitted when new readings are in the page.
        known: the words whose furigana is hidden (``KnownWordsController``).
    """

    parent: QMainWindow
    view: ReadingView
    status: QStatusBar
    doc: Document
    settings: SettingsModel
    readings: Callable[[], Mapping[str, Sequence[Word]]]
    readings_ready: SignalInstance
    known: Callable[[], frozenset[str]] = frozenset
