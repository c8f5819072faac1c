"""Settings declared once: coercion of saved values, and choices from the enums."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

import pytest

from reader.core.choices import Aids, FuriganaLevel, HighlightColor, Theme
from reader.core.settings import Settings, coerce, option_names


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("aids", "romaji", "romaji"),
        ("aids", "subtitles", None),  # not a choice
        ("theme", "sepia", "sepia"),
        ("highlight_color", "purple", "purple"),
        ("highlight_color", "orange", None),
        ("font_size", "18", 18),
        ("font_size", 3, Settings.FONT_MIN),  # clamped
        ("font_size", 400, Settings.FONT_MAX),
        ("font_size", "big", None),
        ("line_spacing", "2.7", 2.7),
        ("line_spacing", 9.0, 4.0),
        ("vertical", "true", True),  # QSettings gives INI values back as strings
        ("vertical", "false", False),
        ("vertical", True, True),
        ("quote_readings", "1", True),
        ("furigana_level", "grade3", "grade3"),
        ("furigana_level", "jlpt1", "jlpt1"),
        ("furigana_level", "n3", None),  # the old JLPT levels only (docs/design.md)
        ("schema_version", 2, None),  # not an option
        ("no_such_option", "x", None),
    ],
)
def test_coerce(name: str, value: Any, expected: Any) -> None:
    assert coerce(name, value) == expected


def test_with_value_ignores_what_does_not_fit() -> None:
    settings = Settings()
    assert settings.with_value("aids", "nonsense") is settings
    assert settings.with_value("aids", "both").aids == "both"


def test_option_names_in_declaration_order() -> None:
    names = option_names()
    assert names[0] == "aids"
    assert "schema_version" not in names
    assert len(names) == len(fields(Settings)) - 1


@pytest.mark.parametrize(
    ("name", "enum"),
    [
        ("aids", Aids),
        ("theme", Theme),
        ("highlight_color", HighlightColor),
        ("furigana_level", FuriganaLevel),
    ],
)
def test_choices_come_from_the_enums(name: str, enum: type[Any]) -> None:
    spec = {f.name: f for f in fields(Settings)}[name]
    assert spec.metadata["choices"] == tuple(m.value for m in enum)
    assert isinstance(spec.default, str)  # saved as plain text, not as an enum
