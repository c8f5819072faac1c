"""Settings and reading position kept in QSettings (an INI file in the data folder)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from reader.core.settings import Settings, option_names

MAX_RECENT = 10


def place_key(doc_key: str) -> str:
    """The settings group of a document's position, from its ``Document.key``.

    Hashed: a key is a path, whose slashes QSettings would read as groups.
    """
    return "doc-" + hashlib.sha1(doc_key.encode("utf-8")).hexdigest()[:16]


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

    def position(
        self, doc_key: str, legacy_id: str | None = None
    ) -> tuple[str, float] | None:
        """The saved reading position in the document ``doc_key``: (block, fraction).

        Positions used to be kept under the text's digest (``Document.doc_id``),
        which changes with every edit; one found there under ``legacy_id`` moves
        to the document's key, so it is not lost.
        """
        group = f"position/{place_key(doc_key)}"
        if self._qs.value(f"{group}/block") is None and legacy_id:
            self._migrate(f"position/{legacy_id}", group)
        block = self._qs.value(f"{group}/block")
        if not isinstance(block, str) or not block:
            return None
        try:
            fraction = float(self._qs.value(f"{group}/fraction", 0.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            fraction = 0.0
        return block, min(max(fraction, 0.0), 1.0)

    def _migrate(self, old: str, new: str) -> None:
        block = self._qs.value(f"{old}/block")
        if not isinstance(block, str) or not block:
            return
        self._qs.setValue(f"{new}/block", block)
        self._qs.setValue(f"{new}/fraction", self._qs.value(f"{old}/fraction", 0.0))
        self._qs.remove(old)
        self._qs.sync()

    def save_position(
        self, doc_key: str, block: str, fraction: float, percent: int | None = None
    ) -> None:
        """Keep the position in ``doc_key`` (and how much of it is read)."""
        group = f"position/{place_key(doc_key)}"
        self._qs.setValue(f"{group}/block", block)
        self._qs.setValue(f"{group}/fraction", fraction)
        if percent is not None:
            self._qs.setValue(f"{group}/percent", percent)
        self._qs.sync()

    def percent_read(self, doc_key: str) -> int | None:
        """How much of ``doc_key`` was read when its position was last saved."""
        value = self._qs.value(f"position/{place_key(doc_key)}/percent")
        try:
            return None if value is None else int(value)
        except (TypeError, ValueError):
            return None

    def recent(self) -> list[str]:
        """Recently opened files, newest first (paths as text)."""
        value = self._qs.value("recent/files")
        if isinstance(value, str):
            value = [value]  # QSettings gives one item of a list back as itself
        if not isinstance(value, list):
            return []
        return [v for v in value if isinstance(v, str) and v][:MAX_RECENT]

    def save_recent(self, paths: list[str]) -> None:
        self._qs.setValue("recent/files", paths[:MAX_RECENT])
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
