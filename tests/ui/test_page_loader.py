"""What the page is told of the settings."""

from __future__ import annotations

from reader.core.settings import Settings, option_names
from reader.ui.page_loader import _PAGE_CALLS, body_classes, root_style

# Options the page does not show: the new page, the interface, the next highlight.
NOT_IN_PAGE = {"romaji_style", "language", "highlight_color", "quote_readings"}
# Options the look-up controller hands to the popup's script (lookup_controller.py).
BY_LOOKUP = {"lookup_click", "lookup_hover"}


def test_every_option_is_applied_or_known_not_to_be() -> None:
    assert set(_PAGE_CALLS) | NOT_IN_PAGE | BY_LOOKUP == set(option_names())
    assert not set(_PAGE_CALLS) & NOT_IN_PAGE


def test_body_classes_and_root_style() -> None:
    s = Settings(aids="both", furigana_style="hover", theme="sepia", vertical=True,
                 furigana_level="grade3")
    assert body_classes(s) == [
        "aids-both", "furi-hover", "level-grade3", "theme-sepia", "vertical"]
    assert root_style(Settings(font_size=24, line_spacing=2.7)) == (
        "--font-size:24px;--line-height:2.7")
