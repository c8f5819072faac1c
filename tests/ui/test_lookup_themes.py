"""The look-up popup in every theme: drawn in the theme's colours, readable."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory, js, js_json
from tests.ui.test_lookup_popup import char_point, click, state


def _luminance(css_colour: str) -> float:
    """Relative luminance of ``rgb(…)``/``rgba(…)`` (alpha ignored)."""
    numbers = [float(n) for n in re.findall(r"[\d.]+", css_colour)[:3]]
    assert len(numbers) == 3, css_colour

    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in numbers)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _popup_colours(qtbot: QtBot, window: MainWindow) -> tuple[float, float]:
    fg, bg = js_json(
        qtbot,
        window,
        "(() => { const s = getComputedStyle(document.querySelector('.lookup'));"
        " return [s.color, s.backgroundColor]; })()",
    )
    return _luminance(fg), _luminance(bg)


@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
def test_the_popup_follows_the_theme(
    qtbot: QtBot, make_window: WindowFactory, theme: str
) -> None:
    window = make_window()
    window.set_option("theme", theme)
    qtbot.waitUntil(
        lambda: js(qtbot, window, f"document.body.classList.contains('theme-{theme}')")
    )
    click(qtbot, window, char_point(qtbot, window, "tu-bdddd1ee", 70))
    popup = state(qtbot, window)
    assert popup is not None
    assert "大きい" in popup["text"]
    fg, bg = _popup_colours(qtbot, window)
    contrast = (max(fg, bg) + 0.05) / (min(fg, bg) + 0.05)
    assert contrast >= 4.5  # WCAG AA for body text
    assert (bg < fg) is (theme == "dark")  # light text on a dark popup, and back
