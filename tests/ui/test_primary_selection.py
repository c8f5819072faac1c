"""What the page exports of a selection holds the base text only (issue 10,
defect 2): Chromium writes the X11 primary selection and the text of a drag from
its own serialisation of the selection, which ``Selection.toString()`` gives."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from reader.core.text.document import Document
from tests.ui.conftest import WindowFactory, js, js_json
from tests.ui.mouse import drag_select


@pytest.mark.parametrize("aids", ["furigana", "both", "romaji"])
def test_primary_selection_holds_base_text_only(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot, aids: str
) -> None:
    """Regression: a drag left 各社かくしゃとも独自どくじの… (and romaji) in the
    primary selection that middle-click paste and scan-popup dictionaries read."""
    window = make_window()
    window.set_option("aids", aids)
    block = next(b for b in seed_doc.blocks if b.text.startswith("話題をエージェント"))
    assert js(qtbot, window, f"window.yomu.selectBlockRange('{block.id}', 0, 13)")
    assert js(qtbot, window, "getSelection().toString()") == block.text[:13]
    # The readings are still on screen, only out of the selection.
    readings = js_json(qtbot, window, (
        f"[...document.getElementById('{block.id}').querySelectorAll('rt')]"
        ".filter((rt) => getComputedStyle(rt).display !== 'none')"
        ".map((rt) => getComputedStyle(rt, '::before').content)"))
    wanted = {"furigana": '"わだい"', "both": '"wadai"', "romaji": '"wadai"'}[aids]
    assert wanted in readings


def test_a_mouse_drag_selects_base_text_only(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    """The same with a real drag of the mouse over a paragraph in Both mode."""
    window = make_window()
    window.set_option("aids", "both")
    block = next(b for b in seed_doc.blocks if b.text.startswith("話題をエージェント"))
    drag_select(qtbot, window, block.id, 13)
    text = js(qtbot, window, "getSelection().toString()")
    assert text == block.text[:13]
