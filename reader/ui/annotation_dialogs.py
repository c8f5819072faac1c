"""Dialogs around the annotations: damaged data, export and import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

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
from reader.core.textforms import inline_readings
from reader.core.wordslice import slice_words
from reader.ui.i18n import tr

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

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


def report_load(window: MainWindow, store: AnnotationStore) -> None:
    """Show a (non-blocking) warning if the file had to be repaired."""
    message = load_message(store)
    if message is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("Annotations repaired"),
        message,
        QMessageBox.StandardButton.Ok,
        window,
    )
    window.data_warning = box
    box.open()


def export_text(
    window: MainWindow, store: AnnotationStore, fmt: str, with_readings: bool = False
) -> str:
    """The annotations in ``fmt`` (markdown, jsonld, csv)."""
    if fmt == "jsonld":
        return export_jsonld(store)
    if fmt == "csv":
        return export_csv(store)

    def readings(block_id: str, start: int, end: int) -> str:
        words = window.readings.get(block_id)
        block = store.document.block(block_id)
        if not words:
            return block.text[start:end]
        return inline_readings(slice_words(words, start, end))

    return export_markdown(store, readings if with_readings else None)


def export_notes(window: MainWindow) -> Path | None:
    if window.notes is None:
        return None
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
        write_export(path, export_text(window, window.notes.store, fmt))
    except OSError as exc:
        QMessageBox.warning(
            window, tr("Export failed"), f"{path}: {exc.strerror or exc}"
        )
        return None
    window.statusBar().showMessage(tr("Exported to {path}").format(path=path), 5000)
    return path


def describe(report: ImportReport) -> str:
    return tr("{added} added, {duplicates} already here, {review} to review").format(
        added=report.added, duplicates=report.duplicates, review=report.needs_review
    )


def import_path(window: MainWindow, path: Path) -> ImportReport:
    """Import ``path`` into the window's store (all or nothing)."""
    assert window.notes is not None
    return import_file(window.notes.store, path)


def import_notes(window: MainWindow) -> ImportReport | None:
    if window.notes is None:
        return None
    path_str, _ = QFileDialog.getOpenFileName(
        window, tr("Import Annotations"), "", "JSON-LD (*.jsonld *.json);;*"
    )
    if not path_str:
        return None
    try:
        report = import_path(window, Path(path_str))
    except ImportError_ as exc:
        QMessageBox.warning(
            window, tr("Import failed"), str(exc) + "\n\n" + tr("Nothing was changed.")
        )
        return None
    window.statusBar().showMessage(tr("Imported: ") + describe(report), 8000)
    return report


def import_from_cli(window: MainWindow, path: Path) -> str:
    """An import handed over by ``yomu annotations import``; returns the reply line."""
    try:
        report = import_path(window, path)
    except ImportError_ as exc:
        return f"error {exc}"
    window.statusBar().showMessage(tr("Imported: ") + describe(report), 8000)
    return (
        f"ok {report.added} added, {report.duplicates} already present, "
        f"{report.needs_review} need review"
    )
