"""Dialogs around the annotations: damaged data, export and import."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from reader.core.annotations import (
    AnnotationStore,
    ImportError_,
    ImportReport,
    export_csv,
    export_jsonld,
    export_markdown,
    import_file,
    write_export,
)
from reader.core.page.textforms import inline_readings
from reader.core.page.wordslice import slice_words
from reader.ui import plain
from reader.ui.i18n import tr

if TYPE_CHECKING:
    from reader.ui.annotation_controller import AnnotationController

log = logging.getLogger(__name__)

FORMATS = {
    "markdown": "Markdown (*.md)",
    "jsonld": "JSON-LD (*.jsonld *.json)",
    "csv": "CSV (*.csv)",
}


def load_message(store: AnnotationStore) -> str | None:
    """What to tell the reader about how the annotations file opened, if anything."""
    report = store.load_report
    if report.ok:
        return None
    if report.read_only and not report.reason:
        return report.read_only  # the store's own line (newer or unknown schema)
    lines = [tr("Your annotations file was damaged; Yomu kept every sound record.")]
    if report.read_only:
        lines.append(report.read_only)
    if report.reason:
        lines.append(report.reason)
    if report.moved_aside:
        lines.append(tr("The damaged file was kept as: ") + str(report.moved_aside))
    if report.skipped:
        lines.append(tr("Records that could not be read: ") + str(report.skipped))
    return "\n\n".join(lines)


def report_load(notes: AnnotationController) -> None:
    """Show a (non-blocking) warning if the file had to be repaired."""
    message = load_message(notes.store)
    if message is None:
        return
    box = plain.message_box(notes.surface.parent, tr("Annotations repaired"), message)
    notes.data_warning = box
    box.open()


def export_text(
    notes: AnnotationController, fmt: str, with_readings: bool = False
) -> str:
    """The annotations in ``fmt`` (markdown, jsonld, csv)."""
    store = notes.store
    if fmt == "jsonld":
        return export_jsonld(store)
    if fmt == "csv":
        return export_csv(store)

    def readings(block_id: str, start: int, end: int) -> str:
        words = notes.surface.readings().get(block_id)
        block = store.document.block(block_id)
        if not words:
            return block.text[start:end]
        return inline_readings(slice_words(words, start, end))

    return export_markdown(store, readings if with_readings else None)


def export_notes(notes: AnnotationController) -> Path | None:
    if notes.refuse_while_busy():
        return None
    window = notes.surface.parent
    path_str, chosen = QFileDialog.getSaveFileName(
        window,
        tr("Export Annotations"),
        "yomu-annotations.md",
        ";;".join(FORMATS.values()),
    )
    if not path_str:
        return None
    fmt = next((k for k, v in FORMATS.items() if v == chosen), "markdown")
    path = Path(path_str)
    try:
        write_export(path, export_text(notes, fmt))
    except OSError as exc:
        plain.warn(window, tr("Export failed"), f"{path}: {exc.strerror or exc}")
        return None
    notes.status.showMessage(tr("Exported to {path}").format(path=path), 5000)
    return path


def describe(report: ImportReport) -> str:
    return tr("{added} added, {duplicates} already here, {review} to review").format(
        added=report.added, duplicates=report.duplicates, review=report.needs_review
    )


def import_path(
    notes: AnnotationController,
    path: Path,
    done: Callable[[ImportReport], None],
    failed: Callable[[Exception], None],
) -> None:
    """Import ``path`` into the window's store (all or nothing), off the UI thread:
    placing imported quotes can take a fuzzy match over the text."""
    store = notes.store
    notes.run_job(lambda: import_file(store, path), done, failed)


def import_failure(path: Path, exc: Exception) -> str:
    """One line on why an import failed (nothing was changed)."""
    if isinstance(exc, ImportError_):
        return str(exc)
    if isinstance(exc, OSError):
        return f"{path.name}: {exc.strerror or exc}"
    log.error("import of %s failed", path, exc_info=exc)
    return f"cannot import {path.name}: {str(exc) or type(exc).__name__}"


def import_notes(notes: AnnotationController) -> bool:
    """Ask for a file and start importing it; False if the reader cancelled."""
    window = notes.surface.parent
    path_str, _ = QFileDialog.getOpenFileName(
        window, tr("Import Annotations"), "", "JSON-LD (*.jsonld *.json);;*"
    )
    if not path_str:
        return False

    def done(report: ImportReport) -> None:
        notes.status.showMessage(tr("Imported: ") + describe(report), 8000)

    def failed(exc: Exception) -> None:
        plain.warn(
            window,
            tr("Import failed"),
            import_failure(path, exc) + "\n\n" + tr("Nothing was changed."),
        )

    path = Path(path_str)
    notes.status.showMessage(tr("Importing…"))
    import_path(notes, path, done, failed)
    return True


def import_from_cli(
    notes: AnnotationController, path: Path, reply: Callable[[str], None]
) -> None:
    """An import handed over by ``yomu annotations import``; ``reply`` gets the
    answer line when it has run."""

    def done(report: ImportReport) -> None:
        notes.status.showMessage(tr("Imported: ") + describe(report), 8000)
        reply(
            f"ok {report.added} added, {report.duplicates} already present, "
            f"{report.needs_review} need review"
        )

    import_path(
        notes, path, done, lambda exc: reply(f"error {import_failure(path, exc)}")
    )
