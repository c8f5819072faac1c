"""Where Yomu keeps data: ``--data-dir``, else ``YOMU_DATA_DIR``, else Qt's choice."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

APP_NAME = "yomu"
ORG_NAME = "Yomu"
ENV_DATA_DIR = "YOMU_DATA_DIR"
LOCK_NAME = "annotations.lock"


class DataFolderError(Exception):
    """The data folder cannot be made; the message is fit to show the user."""


def data_dir(override: str | Path | None = None) -> Path:
    """The data folder, created if missing.

    Args:
        override: the ``--data-dir`` value, which wins over the environment.

    Raises:
        DataFolderError: the folder is a file, or cannot be created.
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
    if path.exists() and not path.is_dir():
        raise DataFolderError(f"the data folder {path} is a file, not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataFolderError(
            f"cannot create the data folder {path} ({exc.strerror or exc})"
        ) from None
    return path


def write_problem(folder: Path) -> str | None:
    """Why a file cannot be written in ``folder``, in the system's words, or None.

    Writes and syncs one byte in a temporary file, so that a full disk shows as well
    as a read-only folder or file system.
    """
    try:
        with tempfile.TemporaryFile(dir=folder) as probe:
            probe.write(b"\n")
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def readings_cache_path(root: Path) -> Path:
    """The readings cache file inside data folder ``root``."""
    return root / "cache" / "readings.json"
