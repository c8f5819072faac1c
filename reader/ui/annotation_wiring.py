"""Puts the annotations into a window: the controller, the panel, the first report."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from reader.core.annotations import AnnotationStore
from reader.ui import annotation_dialogs
from reader.ui.annotation_controller import AnnotationController
from reader.ui.annotations_panel import AnnotationListModel, AnnotationsPanel
from reader.ui.i18n import tr
from reader.ui.note_readings import NoteReadings
from reader.ui.surface import WindowSurface


def install_annotations(
    surface: WindowSurface, store: AnnotationStore
) -> tuple[AnnotationController, AnnotationsPanel]:
    """The controller, and the panel as a dock on the right of the window."""
    notes = AnnotationController(surface, store)
    window, settings = surface.parent, surface.settings
    # Notes are read for the search in a worker, never while the reader types.
    notes_read = NoteReadings(window)
    model = AnnotationListModel(
        store,
        tr("Introduction"),
        surface.readings,
        window,
        ready=False,
        matcher=notes_read.matcher(),
    )
    notes_read.ready.connect(lambda: model.set_matcher(notes_read.matcher()))
    # The model reads the store only while no job is using it.
    notes.jobs.busy_changed.connect(lambda busy: model.set_ready(not busy))
    panel = AnnotationsPanel(model, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    panel.readings.setChecked(settings.value.quote_readings)
    panel.readings.toggled.connect(lambda on: settings.set("quote_readings", on))
    notes.changed.connect(model.refresh)
    # The panel appears with the first highlight ever made.
    notes.changed.connect(lambda: panel.show() if len(store) == 1 else None)
    surface.readings_ready.connect(lambda: model.refresh(text_changed=True))
    panel.annotation_activated.connect(
        lambda annotation_id: surface.view.call("flashHighlight", annotation_id)
    )
    QTimer.singleShot(0, lambda: annotation_dialogs.report_load(notes))
    return notes, panel
