"""Puts the vocabulary into a window: the controller, the panel, and its actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from reader.ui.actions import Actions
from reader.ui.lookup_controller import LookupController
from reader.ui.surface import WindowSurface
from reader.ui.vocabulary_controller import VocabularyController, open_vocabulary
from reader.ui.vocabulary_panel import VocabularyPanel, export_vocabulary


def install_vocabulary(
    surface: WindowSurface,
    path: Path | None,
    lookup: LookupController,
    beside: QDockWidget | None = None,
) -> tuple[VocabularyController | None, VocabularyPanel | None]:
    """The controller and the panel (a dock on the right, tabbed with ``beside``);
    (None, None) without a usable annotations file."""
    store = open_vocabulary(surface, path)
    if store is None:
        return None, None
    controller = VocabularyController(surface, store, lookup)
    window = surface.parent
    panel = VocabularyPanel(controller, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    if beside is not None:
        window.tabifyDockWidget(beside, panel)
    if not len(store):
        panel.hide()  # room for the text until there are words
    panel.entry_activated.connect(controller.show)

    def on_added(_entry_id: str) -> None:
        panel.show()
        panel.raise_()

    controller.added.connect(on_added)
    surface.readings_ready.connect(panel.refresh)
    return controller, panel


def connect_vocabulary_actions(
    actions: Actions,
    controller: VocabularyController | None,
    panel: VocabularyPanel | None,
) -> None:
    """Wire "Add to Vocabulary" and "Export Vocabulary…" (rebuilt with the chrome)."""
    for action in (actions.add_vocabulary, actions.export_vocabulary):
        action.setEnabled(controller is not None)
    if controller is None or panel is None:
        return
    actions.add_vocabulary.triggered.connect(controller.add_selection)
    actions.export_vocabulary.triggered.connect(
        lambda: export_vocabulary(controller, controller.surface.parent)
    )
    panel.retranslate()
