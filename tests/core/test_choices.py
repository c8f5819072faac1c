"""The lists defined once, and what the page receives of them."""

from __future__ import annotations

import json
import re

from reader.core.choices import (
    COLORS,
    STYLES,
    Aids,
    HighlightColor,
    HighlightStyle,
    Theme,
    page_lists,
    page_lists_css,
    page_lists_json,
)

HEX = re.compile(r"#[0-9a-f]{6}([0-9a-f]{2})?")


def test_every_colour_has_its_shades() -> None:
    for color in HighlightColor:
        for shade in (color.swatch, color.fill, color.fill_dark, color.underline):
            assert HEX.fullmatch(shade), (color, shade)
        assert str(color) == color.value  # stored and sent as plain text
    assert COLORS == ("yellow", "green", "blue", "pink", "purple")
    assert STYLES == ("highlight", "underline")


def test_aids_say_what_they_show() -> None:
    assert [(a.furigana, a.romaji) for a in Aids] == [
        (False, False), (True, False), (False, True), (True, True)]


def test_page_lists() -> None:
    lists = page_lists()
    assert lists["aids"] == ["none", "furigana", "romaji", "both"]
    assert lists["themes"] == ["light", "sepia", "dark"]  # system is resolved first
    assert Theme.SYSTEM.value not in str(lists["themes"])
    assert lists["colors"] == list(COLORS)
    assert lists["styles"] == {"highlight": "hl", "underline": "ul"}
    assert json.loads(page_lists_json()) == lists


def test_page_json_cannot_close_its_script_element() -> None:
    assert "</" not in page_lists_json()


def test_page_css_draws_every_colour_in_every_style() -> None:
    css = page_lists_css()
    for color in HighlightColor:
        for style in HighlightStyle:
            assert f"::highlight({style.prefix}-{color})" in css
        assert f".sel-tools .swatch.{color} {{ background: {color.swatch}; }}" in css
        assert f"--hl-{color}: {color.fill_dark};" in css
