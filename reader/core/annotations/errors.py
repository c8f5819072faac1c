"""What can go wrong with the annotations file, as exceptions with one-line messages.

``str()`` of each is fit to show the reader as it is (a dialog, or after
``yomu: error:`` on the command line).
"""

from __future__ import annotations

import errno
import os


class StoreError(Exception):
    """The annotations file cannot be used as asked; nothing was changed."""


class UnusableStoreError(StoreError):
    """Where the store should be there is a folder, a FIFO, a dangling symlink, or a
    file that cannot be read: nothing is moved, created or written."""


class DamagedStoreError(StoreError):
    """The file is damaged and the store was opened without repairing (the command
    line): it was left as it is.

    Attributes:
        reason: what is wrong, one line.
    """

    def __init__(self, path: os.PathLike[str] | str, reason: str) -> None:
        self.reason = reason
        super().__init__(
            f"{os.fspath(path)} is damaged ({reason}); it was left as it is. Repair it "
            "by opening Yomu (the window keeps every sound record and the damaged "
            "file aside) or with 'yomu annotations repair'"
        )


class SchemaError(StoreError):
    """The file's schema version is not one this Yomu can write: it is only read."""


class SchemaTooNewError(SchemaError):
    """The file was written by a newer Yomu; it is left untouched."""


class StoreWriteError(OSError):
    """Saving failed: the file, and the store's memory, are as before the change.

    An ``OSError`` (the errno of the cause is kept) whose ``str()`` is one line.
    """

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(code if code is not None else errno.EIO, message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ReadOnlyStoreError(StoreWriteError):
    """The store was opened read-only (a newer or unknown schema, a repair that could
    not be written, or an export): every change is refused."""

    def __init__(self, message: str) -> None:
        super().__init__(message, errno.EROFS)
