"""One way to read bundled files: the page template, corrections, the interview.

In a checkout the files sit in ``resources/`` and ``seeds/`` at the top of the repo; an
installed wheel carries them as ``reader/_resources`` and ``reader/_seeds``.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

_PACKAGE = Path(__file__).resolve().parent.parent
BUNDLED_SEED = "000_720cd43b4634c0fb.txt"


class ResourceError(LookupError):
    """A resource name that is unsafe or names no file."""


def _root(installed: str, checkout: str) -> Path:
    inside = _PACKAGE / installed
    return inside if inside.is_dir() else _PACKAGE.parent / checkout


def resources_dir() -> Path:
    """The folder holding page templates, styles, scripts and data."""
    return _root("_resources", "resources")


def seeds_dir() -> Path:
    """The folder holding the bundled interview."""
    return _root("_seeds", "seeds")


def bundled_seed_path() -> Path:
    """Path of the bundled interview text."""
    return seeds_dir() / BUNDLED_SEED


def resource_path(name: str) -> Path:
    """Path of resource ``name`` (a relative POSIX path such as ``page/page.css``).

    Raises:
        ResourceError: the name is absolute, climbs out with ``..``, or names no file.
    """
    pure = PurePosixPath(name)
    if not name or pure.is_absolute() or ".." in pure.parts or "\\" in name:
        raise ResourceError(f"unsafe resource name: {name!r}")
    path = resources_dir().joinpath(*pure.parts)
    if not path.is_file():
        raise ResourceError(f"no such resource: {name}")
    return path


def read_text(name: str) -> str:
    """Text of resource ``name``, decoded as UTF-8."""
    return resource_path(name).read_text(encoding="utf-8")


def read_bytes(name: str) -> bytes:
    """Bytes of resource ``name``."""
    return resource_path(name).read_bytes()
