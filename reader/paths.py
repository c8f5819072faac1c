"""Where Yomu keeps data: ``--data-dir``, else ``YOMU_DATA_DIR``, else Qt's choice."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "yomu"
ORG_NAME = "Yomu"
ENV_DATA_DIR = "YOMU_DATA_DIR"


def data_dir(override: str | Path | None = None) -> Path:
    """The data folder, created if missing.

    Args:
        override: the ``--data-dir`` value, which wins over the environment.
    """
    chosen = override or os.environ.get(ENV_DATA_DIR)
    if chosen:
        path = Path(chosen).expanduser()
    else:
        from PySide6.QtCore import QCoreApplication, QStandardPaths

        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setOrganizationName(ORG_NAME)
        location = QStandardPaths.StandardLocation.AppDataLocation
        path = Path(QStandardPaths.writableLocation(location))
    path.mkdir(parents=True, exist_ok=True)
    return path


def readings_cache_path(root: Path) -> Path:
    """The readings cache file inside data folder ``root``."""
    return root / "cache" / "readings.json"
