"""The ``yomu:`` scheme's table of page files (reader/ui/scheme.py)."""

from __future__ import annotations

import re

from reader.core import resources
from reader.ui.scheme import SchemeHandler, page_assets

_IMPORT = re.compile(r'^import [^;]*? from "\./([\w-]+\.js)";', re.MULTILINE | re.DOTALL)
_SRC = re.compile(r'(?:src|href)="yomu://app/([\w.-]+)"')


def test_every_module_the_page_loads_is_served() -> None:
    """The page's scripts and styles, and every module they import, by name."""
    assets = page_assets()
    wanted = set(_SRC.findall(resources.read_text("page/page.html"))) - {
        "qwebchannel.js"  # from Qt's resources
    }
    for name, data in assets.items():
        if name.endswith(".js"):
            wanted |= set(_IMPORT.findall(data.decode("utf-8")))
    assert {"page.js", "page.css", "offsets.js"} <= wanted
    assert wanted <= set(assets)


def test_scripts_are_served_as_javascript() -> None:
    """Chromium refuses to run a module served with another type."""
    assert SchemeHandler.MIME[".js"] == b"text/javascript"
