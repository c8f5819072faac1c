"""Issue 10, defect 9: a restored position starts with whole lines, ruby included.

Restoring a position put the stored fraction of the top block at the pane's start,
which fell inside a line: its furigana were cut off at the top edge (after a zoom,
after leaving vertical writing, and when a window opened).
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from reader.core.choices import Aids
from reader.core.text.document import Document
from reader.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, WindowFactory, js, js_json

# Text boxes (readings and base text) cut by the pane's start edge: the top in
# horizontal writing, the right in vertical writing (縦書き). Only shown text counts.
CUT_AT_START = r"""
(() => {
  const vertical = document.body.classList.contains('vertical');
  const cut = [];
  const walk = document.createTreeWalker(document.querySelector('main.doc'),
                                         NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    if (!n.textContent.trim()) continue;
    const style = getComputedStyle(n.parentElement);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) {
      const [start, end] = vertical ? [window.innerWidth - r.right, window.innerWidth - r.left]
                                    : [r.top, r.bottom];
      if (r.width > 0 && start < -0.5 && end > 0.5) {
        cut.push({ text: n.textContent.slice(0, 8), start, end,
                   rt: !!n.parentElement.closest('rt') });
      }
    }
  }
  return cut;
})()
"""


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not js(qtbot, window, "window.yomu.settling()"),
                    timeout=WAIT_MS)


def middle_of(doc: Document, prefix: str) -> str:
    return next(b.id for b in doc.blocks if b.text.startswith(prefix))


def put_mid_paragraph(qtbot: QtBot, window: MainWindow, block_id: str) -> None:
    """Scroll the way a reader does, to a point inside a long paragraph."""
    settle(qtbot, window)
    js(qtbot, window, f"""(() => {{
        const r = document.getElementById('{block_id}').getBoundingClientRect();
        window.scrollBy(0, r.top + r.height * 0.43);
    }})()""")
    qtbot.waitUntil(lambda: window.top_block == block_id, timeout=WAIT_MS)


@pytest.mark.parametrize("aids", [Aids.FURIGANA, Aids.BOTH])
def test_defect9_zoom_restores_whole_lines(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot, aids: Aids
) -> None:
    window = make_window()
    window.set_option("aids", aids)
    block = middle_of(seed_doc, "私が現在最も懸念しているのは")
    put_mid_paragraph(qtbot, window, block)
    for step in (+2, +2, -2, +2):
        window.zoom(step)
        settle(qtbot, window)
        assert js_json(qtbot, window, CUT_AT_START) == []
        assert window.top_block == block


def test_defect9_leaving_vertical_restores_whole_lines(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    window = make_window()
    window.set_option("aids", Aids.BOTH)
    block = middle_of(seed_doc, "私が現在最も懸念しているのは")
    put_mid_paragraph(qtbot, window, block)
    window.set_option("vertical", True)
    settle(qtbot, window)
    assert js_json(qtbot, window, CUT_AT_START) == []
    window.set_option("vertical", False)
    settle(qtbot, window)
    assert js_json(qtbot, window, CUT_AT_START) == []
    assert window.top_block == block


def test_defect9_a_new_window_opens_on_whole_lines(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    first = make_window()
    first.set_option("aids", Aids.FURIGANA)
    block = middle_of(seed_doc, "私が現在最も懸念しているのは")
    put_mid_paragraph(qtbot, first, block)
    first.set_option("font_size", 26)  # the saved fraction falls elsewhere in a line
    settle(qtbot, first)
    first.close()
    second = make_window()
    settle(qtbot, second)
    assert second.top_block == block
    assert js_json(qtbot, second, CUT_AT_START) == []
