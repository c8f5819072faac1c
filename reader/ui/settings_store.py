"""Settings and reading position kept in QSettings (an INI file in the data folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from reader.core.settings import Settings, option_names


class SettingsStore:
    """Loads and saves :class:`Settings`, window state and reading positions."""

    def __init__(self, path: Path) -> None:
        """Args:
        path: the INI file (``DataPaths.settings``).
        """
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def load(self) -> Settings:
        """The saved settings; unknown or invalid values fall back to defaults."""
        settings = Settings()
        for name in option_names():
            value = self._qs.value(f"reader/{name}")
            if value is not None:
                settings = settings.with_value(name, value)
        return settings

    def save_option(self, name: str, value: object) -> None:
        """Save option ``name`` alone; the file's other keys are left as they are."""
        self._qs.setValue(f"reader/{name}", value)
        self._qs.sync()

    def position(self, doc_id: str) -> tuple[str, float] | None:
        """The saved reading position in document ``doc_id``: (block id, fraction)."""
        block = self._qs.value(f"position/{doc_id}/block")
        if not isinstance(block, str) or not block:
            return None
        try:
            fraction = float(self._qs.value(f"position/{doc_id}/fraction", 0.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            fraction = 0.0
        return block, min(max(fraction, 0.0), 1.0)

    def save_position(self, doc_id: str, block: str, fraction: float) -> None:
        self._qs.setValue(f"position/{doc_id}/block", block)
        self._qs.setValue(f"position/{doc_id}/fraction", fraction)
        self._qs.sync()

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        """Saved geometry and dock state of the main window."""
        geometry = self._qs.value("window/geometry")
        state = self._qs.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)
        self._qs.sync()
