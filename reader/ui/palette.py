"""Window colours that match the page: a dark palette for the dark theme."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

_DARK = {
    QPalette.ColorRole.Window: "#25262a",
    QPalette.ColorRole.WindowText: "#dcdad5",
    QPalette.ColorRole.Base: "#1c1d20",
    QPalette.ColorRole.AlternateBase: "#2b2c30",
    QPalette.ColorRole.Text: "#dcdad5",
    QPalette.ColorRole.Button: "#2e2f34",
    QPalette.ColorRole.ButtonText: "#dcdad5",
    QPalette.ColorRole.Highlight: "#3d5a80",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#2e2f34",
    QPalette.ColorRole.ToolTipText: "#dcdad5",
    QPalette.ColorRole.PlaceholderText: "#8a877f",
    QPalette.ColorRole.Link: "#8fb8ea",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#6b6a66")
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_palette(dark: bool) -> None:
    """Give the whole application the dark palette, or the style's own."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    style = app.style()
    app.setPalette(dark_palette() if dark else style.standardPalette())
