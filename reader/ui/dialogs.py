"""Small dialogs: About, Export, and error messages."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reader import __version__
from reader.core.choices import FuriganaLevel
from reader.core.page.export import ExportFormat, export_document
from reader.core.page.render import Aids
from reader.core.readings import RomajiStyle
from reader.ui import plain
from reader.ui.i18n import tr

if TYPE_CHECKING:
    from reader.ui.surface import WindowSurface


def _version(distribution: str) -> str:
    """An installed library's version, read without importing it."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"


def about_text() -> str:
    return tr(
        "<h3>Yomu {version}</h3>"
        "<p>A reader for Japanese text with furigana, romaji, highlights and notes.</p>"
        "<p><b>Source:</b> an interview with David Luan by Jacob Effron "
        "(Redpoint Ventures, <i>Unsupervised Learning</i>), translated into Japanese "
        "by 明るいカンパニー and published by TechFlow 深潮.</p>"
        "<p><b>Built with:</b> Qt {qt} and PySide6 {pyside} (Qt WebEngine); "
        "for readings, fugashi {fugashi} with the UniDic-lite {unidic} dictionary, "
        "pykakasi {kakasi} and OpenCC {opencc}; TinyDB {tinydb} for notes.</p>"
    ).format(
        version=__version__,
        qt=qVersion(),
        pyside=pyside_version,
        fugashi=_version("fugashi"),
        unidic=_version("unidic-lite"),
        kakasi=_version("pykakasi"),
        opencc=_version("opencc"),
        tinydb=_version("tinydb"),
    )


def about_html() -> str:
    """The About box: the app, its libraries, and the dictionaries' EDRDG credit."""
    from html import escape

    from reader.core.lookup.credits import credit_line

    return about_text() + f"<p><small>{escape(credit_line())}</small></p>"


def about_dialog(parent: QWidget) -> None:
    QMessageBox.about(parent, tr("About Yomu"), about_html())


_FILTERS = {
    ExportFormat.HTML: "HTML (*.html)",
    ExportFormat.MARKDOWN: "Markdown (*.md)",
    ExportFormat.TEXT: "Text (*.txt)",
}


def export_dialog(surface: WindowSurface) -> Path | None:
    """Ask where to export the text with the current aids, and write it."""
    path_str, chosen = QFileDialog.getSaveFileName(
        surface.parent, tr("Export"), "yomu-export.html", ";;".join(_FILTERS.values())
    )
    if not path_str:
        return None
    fmt = next(
        (f for f, label in _FILTERS.items() if label == chosen), ExportFormat.HTML
    )
    path = Path(path_str)
    return export_to(surface, path, fmt)


def export_to(surface: WindowSurface, path: Path, fmt: ExportFormat) -> Path | None:
    """Write the export; say so in a dialog if it fails."""
    s = surface.settings.value
    text = export_document(
        surface.doc,
        surface.readings(),
        fmt,
        Aids(s.aids),
        RomajiStyle(s.romaji_style),
        known=surface.known(),
        level=FuriganaLevel(s.furigana_level),
    )
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        why = f"{path}: {exc.strerror or exc}"
        show_error(surface.parent, tr("Export failed"), why)
        return None
    surface.status.showMessage(tr("Exported to {path}").format(path=path), 5000)
    return path


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    plain.warn(parent, title, message)
