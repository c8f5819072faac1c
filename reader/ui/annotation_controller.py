"""Highlights and notes in the window: from a selection to the store, and back to paint.

Signals (AnnotationController):
    changed: the store changed (after it is saved); the page has been told.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QActionGroup, QCursor, QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox

from reader.core.annotations import (
    Anchor,
    Annotation,
    AnnotationStore,
    EventKind,
    StoreEvent,
)
from reader.core.choices import COLORS
from reader.ui.i18n import color_names, tr
from reader.ui.note_editor import edit_note
from reader.ui.pending import PendingChanges, Unsaved
from reader.ui.store_jobs import StoreJobs
from reader.ui.surface import WindowSurface


def anchor_from_selection(
    store: AnnotationStore, ranges: list[dict[str, Any]]
) -> Anchor:
    """The anchor of a page selection (a list of per-block ranges).

    Raises:
        ValueError: the selection is empty or does not fit the document.
    """
    parts = [r for r in ranges if r["e"] > r["s"]]
    if not parts:
        raise ValueError("nothing is selected")
    first, last = parts[0], parts[-1]
    try:
        return Anchor.from_selection(
            store.document, first["b"], first["s"], last["b"], last["e"]
        )
    except KeyError as exc:
        raise ValueError(f"the selection is outside the text ({exc})") from None


def highlight_item(store: AnnotationStore, annotation_id: str) -> dict[str, Any] | None:
    """What the page paints of one annotation; None if it is not placed (it needs
    review: listed in the panel, not painted)."""
    placed = store.placement(annotation_id)
    if placed is None:
        return None
    annotation = store.get(annotation_id)
    return {
        "id": annotation.id,
        "color": annotation.color,
        "style": annotation.style,
        "note": annotation.note,
        "pieces": [{"b": p.block_id, "s": p.start, "e": p.end} for p in placed.pieces],
    }


def highlight_payload(store: AnnotationStore) -> list[dict[str, Any]]:
    """What the page paints: placed annotations with their pieces per block."""
    items = (highlight_item(store, a.id) for a in store.all())
    return [item for item in items if item is not None]


class AnnotationController(QObject):
    """Connects the store, the page, the menus and the note editor.

    The store is placed (``settle``) and imports run in :class:`StoreJobs`, off the
    UI thread; until a job ends the window leaves the store alone. A change the disk
    refuses is kept by :class:`PendingChanges`.
    """

    changed = Signal()
    _stored = Signal(object)  # a StoreEvent, possibly from a job's thread

    def __init__(self, surface: WindowSurface, store: AnnotationStore) -> None:
        super().__init__(surface.parent)
        self.surface = surface
        self.view = surface.view
        self.status = surface.status
        self.settings = surface.settings
        self.store = store
        self.settled = False
        self.data_warning: QMessageBox | None = None  # how the file opened, if bad
        self.jobs = StoreJobs(self)
        self.pending = PendingChanges(surface.parent, surface.status)
        self._stored.connect(self._after_store)  # queued when sent from a job
        self._unsubscribe = store.subscribe(self._stored.emit)
        bridge = self.view.bridge
        bridge.highlight_requested.connect(self._on_toolbar)
        bridge.highlight_clicked.connect(self.show_highlight_menu)
        self.view.ready.connect(self.paint)
        self.view.ready.connect(self.label_toolbar)
        self.settings.changed.connect(self._on_setting)  # gone with the window
        self.jobs.busy_changed.connect(self._on_busy)
        self.jobs.run(store.settle, self._on_settled, self._on_settle_failed)

    @property
    def busy(self) -> bool:
        """A job is using the store: the window must not touch it."""
        return self.jobs.busy or not self.settled

    def _on_settled(self, _result: object) -> None:
        self.settled = True

    def _on_settle_failed(self, exc: Exception) -> None:
        self.settled = True  # what was placed is shown; the rest needs review
        self.status.showMessage(
            tr("Annotations could not all be placed: ") + str(exc)
        )

    def _on_busy(self, busy: bool) -> None:
        if not busy:
            self.paint()
            self.changed.emit()

    def _after_store(self, event: StoreEvent) -> None:
        if not self.jobs.busy:  # otherwise the job's end repaints
            self.paint_change(event)
            self.changed.emit()

    def paint_change(self, event: StoreEvent) -> None:
        """Send the page the one highlight that changed (all of them on a reset)."""
        if event.kind is EventKind.RESET or event.annotation_id is None:
            self.paint()
            return
        if not self.view.is_ready or self.busy:
            return  # the page gets them all when it is ready, or the job ends
        item = None
        if event.kind is not EventKind.REMOVED:
            item = highlight_item(self.store, event.annotation_id)
        if item is None:
            self.view.call("removeHighlight", event.annotation_id)
        else:
            self.view.call("putHighlight", item)

    def _on_setting(self, name: str) -> None:
        if name == "language":
            self.label_toolbar()

    def label_toolbar(self) -> None:
        """The page's selection toolbar, named in the interface language."""
        labels = {
            **color_names(),
            "underline": tr("Underline"),
            "note": tr("Add Note…"),
        }
        self.view.call("setToolbarLabels", labels)

    def paint(self) -> None:
        """Send every placed highlight to the page."""
        if self.view.is_ready and not self.busy:
            self.view.call("setHighlights", highlight_payload(self.store))

    def run_job(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Run slow store work (an import) off the UI thread."""
        self.jobs.run(work, done, failed)

    def refuse_while_busy(self) -> bool:
        """Say so, and return True, if a job is using the store."""
        if self.busy:
            self.status.showMessage(
                tr("Annotations are being placed; try again in a moment."), 4000
            )
        return self.busy

    def save(self, change: Unsaved) -> Any:
        """Make a change in the store; kept (and said) if the disk refuses."""
        if self.refuse_while_busy():
            return None
        return self.pending.attempt(change)

    def _change(
        self, action: str, annotation_id: str, save: Callable[[], Any], note: str = ""
    ) -> Any:
        if self.refuse_while_busy():
            return None
        annotation = self.store.get(annotation_id)
        return self.save(
            Unsaved(
                action,
                annotation.anchor.exact,
                note or annotation.note,
                annotation.color,
                save,
            )
        )

    # ---- making highlights -------------------------------------------------------
    def _on_toolbar(self, color: str, style: str, note: bool) -> None:
        annotation = self.highlight_selection(color or None, style or None)
        if annotation is not None and note:
            self.edit_note(annotation.id)

    def highlight_selection(
        self, color: str | None = None, style: str | None = None
    ) -> Annotation | None:
        """Highlight the page's selection; the colour becomes the new default."""
        color = color or self.settings.value.highlight_color
        if self.refuse_while_busy():
            return None
        try:
            anchor = anchor_from_selection(self.store, self.view.selection)
        except ValueError as exc:
            self.status.showMessage(
                tr("Cannot highlight: ") + str(exc), 4000
            )
            return None
        annotation: Annotation | None = self.save(
            Unsaved(
                "highlight",
                anchor.exact,
                color=color,
                save=lambda: self.store.add(
                    anchor, color=color, style=style or "highlight"
                ),
            )
        )
        self.settings.set("highlight_color", color)
        if annotation is not None:
            self.view.call("clearSelection")
        return annotation

    def note_selection(self) -> None:
        annotation = self.highlight_selection()
        if annotation is not None:
            self.edit_note(annotation.id)

    # ---- changing them ---------------------------------------------------------------
    def edit_note(self, annotation_id: str) -> None:
        if self.refuse_while_busy():
            return
        annotation = self.store.get(annotation_id)
        text = edit_note(self.surface.parent, annotation.anchor.exact, annotation.note)
        if text is not None:
            self._change(
                "note",
                annotation_id,
                lambda: self.store.update(annotation_id, note=text),
                note=text,
            )

    def show_highlight_menu(self, annotation_id: str) -> None:
        """Colour, style, note, copy and delete for one highlight."""
        if self.refuse_while_busy() or annotation_id not in self.store:
            return
        menu = self.highlight_menu(annotation_id)
        menu.exec(QCursor.pos())

    def highlight_menu(self, annotation_id: str) -> QMenu:
        annotation = self.store.get(annotation_id)
        menu = QMenu(self.surface.parent)
        names = color_names()
        # One colour of several: an exclusive group, drawn as radio items.
        colors = QActionGroup(menu)
        colors.setExclusive(True)
        for color in COLORS:
            action = menu.addAction(names[color])
            colors.addAction(action)
            action.setCheckable(True)
            action.setChecked(color == annotation.color)
            action.triggered.connect(
                lambda _c=False, c=color: self.set_color(annotation_id, c)
            )
        underline = menu.addAction(tr("Underline"))
        underline.setCheckable(True)
        underline.setChecked(annotation.style == "underline")
        underline.toggled.connect(
            lambda on: self._change(
                "style",
                annotation_id,
                lambda: self.store.update(
                    annotation_id, style="underline" if on else "highlight"
                ),
            )
        )
        menu.addSeparator()
        label = tr("Edit Note…") if annotation.note else tr("Add Note…")
        menu.addAction(label).triggered.connect(lambda: self.edit_note(annotation_id))
        menu.addAction(tr("Copy Text")).triggered.connect(
            lambda: QGuiApplication.clipboard().setText(annotation.anchor.exact)
        )
        menu.addSeparator()
        menu.addAction(tr("Delete Highlight")).triggered.connect(
            lambda: self.delete(annotation_id)
        )
        return menu

    def set_color(self, annotation_id: str, color: str) -> None:
        self._change(
            "colour",
            annotation_id,
            lambda: self.store.update(annotation_id, color=color),
        )

    def delete(self, annotation_id: str) -> None:
        self._change("delete", annotation_id, lambda: self.store.delete(annotation_id))

    def undo(self) -> None:
        self.save(Unsaved("undo", "", save=self.store.undo))

    def redo(self) -> None:
        self.save(Unsaved("redo", "", save=self.store.redo))

    def close(self) -> None:
        self.jobs.wait()  # a running job finishes before the store closes
        self._unsubscribe()
        self.store.close()
