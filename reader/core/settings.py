"""The reader's settings, declared once as data: name, type, default, description."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

from reader.core.choices import (
    Aids,
    FuriganaLevel,
    FuriganaStyle,
    HighlightColor,
    Language,
    LookupHover,
    Theme,
    values,
)
from reader.core.readings import RomajiStyle


def _option(
    default: Any, description: str, choices: type[StrEnum] | None = None
) -> Any:
    allowed = values(choices) if choices is not None else ()
    plain = default.value if isinstance(default, StrEnum) else default
    return field(
        default=plain, metadata={"description": description, "choices": allowed}
    )


@dataclass(frozen=True)
class Settings:
    """Everything the reader chooses; persisted by the UI layer (QSettings)."""

    aids: str = _option(Aids.FURIGANA, "Reading aids shown", Aids)
    furigana_style: str = _option(
        FuriganaStyle.ALWAYS, "Furigana always shown, or on hover/click", FuriganaStyle
    )
    furigana_level: str = _option(
        FuriganaLevel.ALL,
        "Furigana only on words with a kanji above this grade or JLPT level",
        FuriganaLevel,
    )
    romaji_style: str = _option(
        RomajiStyle.MACRON, "Long vowels as macrons or spelled out", RomajiStyle
    )
    theme: str = _option(Theme.SYSTEM, "Colour theme; system follows light/dark", Theme)
    font_size: int = _option(20, "Text size in pixels")
    line_spacing: float = _option(2.4, "Line height, in multiples of the text size")
    vertical: bool = _option(False, "Vertical writing (縦書き)")
    language: str = _option(Language.SYSTEM, "Interface language", Language)
    highlight_color: str = _option(
        HighlightColor.YELLOW,
        "Colour of new highlights (the last used)",
        HighlightColor,
    )
    quote_readings: bool = _option(False, "Annotation quotes shown with readings")
    lookup_click: bool = _option(True, "A click on a word looks it up")
    lookup_hover: str = _option(
        LookupHover.SHIFT,
        "Hovering over a word looks it up with Shift held, or never",
        LookupHover,
    )

    schema_version: int = 1
    FONT_MIN = 12
    FONT_MAX = 40
    SPACINGS = (1.9, 2.2, 2.4, 2.7, 3.0)

    def with_value(self, name: str, value: Any) -> Settings:
        """A copy with option ``name`` set, if ``value`` is valid; else unchanged."""
        coerced = coerce(name, value)
        return self if coerced is None else replace(self, **{name: coerced})


def option_names() -> list[str]:
    """The names of all options, in declaration order."""
    return [f.name for f in fields(Settings) if f.name != "schema_version"]


def coerce(name: str, value: Any) -> Any:
    """``value`` as the type of option ``name``, or None if it does not fit."""
    spec = {f.name: f for f in fields(Settings)}.get(name)
    if spec is None or name == "schema_version":
        return None
    default = spec.default
    try:
        if isinstance(default, bool):
            result: Any = (
                value
                if isinstance(value, bool)
                else str(value).lower() in ("true", "1", "yes")
            )
        elif isinstance(default, int):
            result = int(value)
        elif isinstance(default, float):
            result = float(value)
        else:
            result = str(value)
    except (TypeError, ValueError):
        return None
    choices = spec.metadata.get("choices", ())
    if choices and result not in choices:
        return None
    if name == "font_size":
        result = min(max(result, Settings.FONT_MIN), Settings.FONT_MAX)
    if name == "line_spacing":
        result = min(max(result, 1.5), 4.0)
    return result
