"""Issue 10, defect 8: readings legible in every theme, size and line spacing.

Romaji was about 9 px and pale, and in Both mode at line spacing 1.9 the furigana of
one line touched the romaji of the line above. Everything here is measured in the
page: the colours and sizes Chromium computed, the boxes it laid out.
"""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from reader.core.choices import Aids, Theme
from reader.core.settings import Settings
from reader.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, WindowFactory, js, js_json

AA_NORMAL_TEXT = 4.5  # WCAG 2.x success criterion 1.4.3, level AA
#: Every spacing the settings allow: the menu's, and the bounds a settings file may
#: hold (reader.core.settings.coerce clamps to them).
SPACINGS = (1.5, *Settings.SPACINGS, 4.0)
#: Content boxes of readings on one line and of anything on the next stay this far
#: apart (CSS px at the default 20 px text).
LEAST_GAP = 2.0

# The narrowest gap, across lines, between a reading's box and any text box of
# another line in the first blocks of the page (and the last, the footer). A
# reading belongs to the line of its word's base text (the part under or over it
# when a word is broken across lines). Boxes are the text's content boxes
# (Range.getClientRects), which hold the glyphs with the font's own room.
NARROWEST_GAP = r"""
(() => {
  const vertical = document.body.classList.contains('vertical');
  const span = (r) => vertical ? [r.left, r.right] : [r.top, r.bottom];
  const mid = (r) => { const [a, b] = span(r); return (a + b) / 2; };
  // Readings are drawn from data-r (generated content, issue 10 defect 2): an rt
  // has no text node, so its own boxes are measured.
  const shown = (rt) => {
    const style = getComputedStyle(rt);
    return style.display !== 'none' && style.visibility !== 'hidden';
  };
  const rects = (n) => {
    if (n.nodeType === Node.ELEMENT_NODE) {
      return [...n.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    }
    const range = document.createRange();
    range.selectNodeContents(n);
    return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  };
  const lineOf = (rt, box) => {
    const word = rt.closest('ruby.w') || rt.closest('ruby');
    let best = box, overlap = -Infinity;
    const walk = document.createTreeWalker(word, NodeFilter.SHOW_TEXT);
    for (let t = walk.nextNode(); t; t = walk.nextNode()) {
      if (!t.textContent.trim() || t.parentElement.closest('rt')) continue;
      for (const r of rects(t)) {
        const o = vertical ? Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top)
                           : Math.min(r.right, box.right) - Math.max(r.left, box.left);
        if (o > overlap) { overlap = o; best = r; }
      }
    }
    return mid(best);
  };
  const all = [...document.querySelectorAll('main.doc [data-b]')];
  let narrowest = { gap: Infinity, block: '', reading: '', other: '' };
  for (const block of [...all.slice(0, 40), ...all.slice(-4)]) {
    const boxes = [];
    const walk = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      if (!n.textContent.trim() || n.parentElement.closest('rt')) continue;
      for (const r of rects(n)) {
        const [start, end] = span(r);
        boxes.push({ reading: false, start, end, line: mid(r),
                     text: n.textContent.slice(0, 8) });
      }
    }
    for (const rt of block.querySelectorAll('rt')) {
      if (!shown(rt)) continue;
      const text = rt.dataset.r || rt.textContent;
      if (!text.trim()) continue;
      for (const r of rects(rt)) {
        const [start, end] = span(r);
        boxes.push({ reading: true, start, end, line: lineOf(rt, r),
                     text: text.slice(0, 8) });
      }
    }
    const pitch = parseFloat(getComputedStyle(block).fontSize) * 0.75;
    for (const a of boxes.filter((b) => b.reading)) {
      for (const b of boxes) {
        const gap = b.line - a.line > pitch ? b.start - a.end
          : a.line - b.line > pitch ? a.start - b.end : Infinity;
        if (gap < narrowest.gap) {
          narrowest = { gap, block: block.id, reading: a.text, other: b.text };
        }
      }
    }
  }
  return narrowest;
})()
"""


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not js(qtbot, window, "window.yomu.settling()"),
                    timeout=WAIT_MS)


def rgb(css: str) -> tuple[float, float, float]:
    """An ``rgb(…)``/``rgba(…)`` computed colour, its alpha dropped (checked opaque)."""
    parts = [float(x) for x in re.findall(r"[\d.]+", css)]
    assert len(parts) == 3 or parts[3] == 1, f"translucent colour {css}"
    return parts[0], parts[1], parts[2]


def luminance(colour: tuple[float, float, float]) -> float:
    """WCAG 2.x relative luminance of an sRGB colour (0-255 channels)."""
    def linear(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_wcag_examples() -> None:
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast((0x77, 0x77, 0x77), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)


def test_defect8_readings_meet_wcag_aa_in_every_theme(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.set_option("aids", Aids.BOTH)
    measured = {}
    for theme in Theme.page_themes():
        window.set_option("theme", theme)
        colours = js_json(qtbot, window, """({
            bg: getComputedStyle(document.body).backgroundColor,
            f: getComputedStyle(document.querySelector('rt.f')).color,
            r: getComputedStyle(document.querySelector('rt.r')).color })""")
        bg = rgb(colours["bg"])
        for kind in ("f", "r"):
            measured[theme.value, kind] = round(contrast(rgb(colours[kind]), bg), 2)
    assert len(measured) == 2 * len(Theme.page_themes())
    failing = {k: v for k, v in measured.items() if v < AA_NORMAL_TEXT}
    assert failing == {}, f"below WCAG AA 4.5:1: {failing} (all: {measured})"


def test_defect8_romaji_readable_at_the_default_size(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.set_option("aids", Aids.BOTH)
    sizes = js_json(qtbot, window, """({
        base: parseFloat(getComputedStyle(document.querySelector('.turn')).fontSize),
        f: parseFloat(getComputedStyle(document.querySelector('.turn rt.f')).fontSize),
        r: parseFloat(getComputedStyle(document.querySelector('.turn rt.r')).fontSize) })""")
    assert sizes["base"] == Settings().font_size
    assert sizes["r"] >= 12  # was 8.4 px (.42em)
    assert sizes["f"] >= 10


@pytest.mark.parametrize("vertical", [False, True], ids=["horizontal", "vertical"])
def test_defect8_readings_never_touch_the_next_line(
    make_window: WindowFactory, qtbot: QtBot, vertical: bool
) -> None:
    window = make_window()
    window.set_option("vertical", vertical)
    touching = []
    for aids in (Aids.FURIGANA, Aids.ROMAJI, Aids.BOTH):
        window.set_option("aids", aids)
        for spacing in SPACINGS:
            window.set_option("line_spacing", spacing)
            settle(qtbot, window)
            narrowest = js_json(qtbot, window, NARROWEST_GAP)
            assert narrowest["gap"] is not None, "no readings measured"  # Infinity
            if narrowest["gap"] < LEAST_GAP:
                touching.append((aids.value, spacing, narrowest))
    assert touching == [], touching


def test_defect8_romaji_stay_inside_the_page(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    """Regression: at 12 px, the romaji of a word broken at the line's end ran past
    the page's edge (a horizontal scroll bar in Romaji mode)."""
    window = make_window()
    overflowing = {}
    for aids in Aids:
        window.set_option("aids", aids)
        settle(qtbot, window)
        overflowing[aids.value] = js_json(qtbot, window, """(() => {
            const edge = document.documentElement.clientWidth;
            return [...document.querySelectorAll('main.doc rt')]
                .filter((rt) => rt.getBoundingClientRect().right > edge + 0.5)
                .map((rt) => rt.textContent); })()""")
    assert overflowing == {a.value: [] for a in Aids}


def test_defect8_readings_keep_their_side_of_the_text(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    """Furigana over their word and romaji under it, in every mode that shows them
    (a word made an inline-block lost its ruby layout: romaji went over the text)."""
    window = make_window()
    misplaced = {}
    for aids in (Aids.FURIGANA, Aids.ROMAJI, Aids.BOTH):
        window.set_option("aids", aids)
        settle(qtbot, window)
        misplaced[aids.value] = js_json(qtbot, window, """(() => {
            const wrong = [];
            for (const rt of [...document.querySelectorAll('main.doc rt')].slice(0, 400)) {
              if (getComputedStyle(rt).display === 'none') continue;
              const word = rt.parentElement;
              const range = document.createRange();
              const base = [...word.childNodes].find((n) => n.nodeName !== 'RT');
              if (!base) continue;
              range.selectNodeContents(base);
              // First parts: a word broken at the line's end has two of each.
              const b = range.getClientRects()[0], r = rt.getClientRects()[0];
              if (!b || !r) continue;
              const middle = (b.top + b.bottom) / 2;
              const over = rt.classList.contains('f');
              if (over ? r.bottom > middle : r.top < middle) wrong.push(rt.textContent);
            }
            return wrong; })()""")
    assert misplaced == {"furigana": [], "romaji": [], "both": []}
