"""Text that cannot be saved: lone surrogates.

JSON may spell a lone UTF-16 surrogate (``"\\ud800"``); Python reads it into a
``str`` that UTF-8 cannot encode, so one such note would make the whole store
impossible to write. Every way in (the file, an import) replaces them with U+FFFD.
"""

from __future__ import annotations

import re
from typing import Any

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
REPLACEMENT = "\ufffd"


def has_surrogate_escape(text: str) -> bool:
    """Whether JSON ``text`` may hold a surrogate (cheap test before a full scrub)."""
    return _SURROGATE_ESCAPE.search(text) is not None


def clean_text(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD."""
    return _LONE_SURROGATE.sub(REPLACEMENT, text)


def is_clean(text: str) -> bool:
    """Whether ``text`` can be written as UTF-8."""
    return _LONE_SURROGATE.search(text) is None


def scrub(value: Any) -> tuple[Any, bool]:
    """``value`` (parsed JSON) with every string cleaned, and whether any changed."""
    if isinstance(value, str):
        clean = clean_text(value)
        return clean, clean != value
    if isinstance(value, dict):
        items = [(scrub(k), scrub(v)) for k, v in value.items()]
        changed = any(k[1] or v[1] for k, v in items)
        return ({k[0]: v[0] for k, v in items} if changed else value), changed
    if isinstance(value, list):
        parts = [scrub(v) for v in value]
        changed = any(c for _, c in parts)
        return ([v for v, _ in parts] if changed else value), changed
    return value, False
