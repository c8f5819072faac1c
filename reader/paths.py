"""Every place Yomu keeps something, and every file name, in one module.

The data folder is ``--data-dir``, else ``YOMU_DATA_DIR``, else Qt's choice for the
platform; :class:`DataPaths` maps that one folder onto each file in it (annotations,
lock, socket, settings, caches, the reader's corrections). Qt is imported only when
the platform's folder is asked for, so the command line can import this module
without it.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reader.core.text.document import BUNDLED_KEY_PREFIX

APP_NAME = "yomu"
ORG_NAME = "Yomu"
ENV_DATA_DIR = "YOMU_DATA_DIR"
LOCK_NAME = "annotations.lock"
ANNOTATIONS_NAME = "annotations.json"
SETTINGS_NAME = "settings.ini"
CORRECTIONS_NAME = "corrections.tsv"
CACHE_DIR = "cache"
READINGS_CACHE_NAME = "readings.json"


@dataclass(frozen=True)
class DataPaths:
    """The files of one data folder.

    Attributes:
        root: the data folder itself.
    """

    root: Path

    @property
    def annotations(self) -> Path:
        """The highlights and notes (TinyDB JSON)."""
        return self.root / ANNOTATIONS_NAME

    @property
    def lock(self) -> Path:
        """The lock held by the one process that writes the annotations."""
        return self.root / LOCK_NAME

    @property
    def settings(self) -> Path:
        """The reader's settings, window state and positions (INI)."""
        return self.root / SETTINGS_NAME

    @property
    def user_corrections(self) -> Path:
        """The readings the reader fixed (TSV)."""
        return self.root / CORRECTIONS_NAME

    @property
    def cache(self) -> Path:
        """The folder of things that can be computed again."""
        return self.root / CACHE_DIR

    @property
    def readings_cache(self) -> Path:
        """The computed readings, by text."""
        return self.cache / READINGS_CACHE_NAME

    def readings_cache_for(self, doc_key: str) -> Path:
        """The computed readings of one document (``Document.key``).

        The bundled interview keeps ``readings.json``, where every earlier Yomu kept
        its readings; another text has a file of its own, so opening it neither
        grows nor slows the interview's.
        """
        if doc_key.startswith(BUNDLED_KEY_PREFIX):
            return self.readings_cache
        digest = hashlib.sha1(doc_key.encode("utf-8")).hexdigest()[:16]
        return self.cache / f"readings-{digest}.json"

    @property
    def page_cache(self) -> Path:
        """The folder of the rendered reading page."""
        return self.cache

    @property
    def socket_name(self) -> str:
        """The local socket's name, unique to the folder."""
        digest = hashlib.sha1(str(self.root.resolve()).encode()).hexdigest()[:16]
        return f"yomu-{digest}"


def locate(override: str | Path | None = None) -> DataPaths:
    """The files of the data folder (created if missing); see :func:`data_dir`."""
    return DataPaths(data_dir(override))


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
    return DataPaths(root).readings_cache
