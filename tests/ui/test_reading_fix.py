"""Fixing a reading from the page's context menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.text.document import Document
from reader.ui import reading_fix
from tests.ui.conftest import WAIT_MS, WindowFactory, js


def test_fix_reading_recomputes_and_persists(make_window: WindowFactory,
                                             seed_doc: Document, data_dir: Path,
                                             qtbot: QtBot,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    block = next(b for b in seed_doc.blocks if b.text.startswith("話題をエージェント"))
    menu = window.view.context_menu({"b": block.id, "o": 1})
    labels = [a.text() for a in menu.actions()]
    assert "Fix Reading of 「話題」…" in labels
    word = window.fixer.word_at(block.id, 1)
    assert word is not None
    monkeypatch.setattr(reading_fix, "ask_reading", lambda *_: ("はなしだい", False))
    assert window.fixer.fix(block.id, word)
    qtbot.waitUntil(lambda: window.settled and "はなしだい" in js(
        qtbot, window, f"document.getElementById('{block.id}').innerHTML"),
        timeout=WAIT_MS)
    assert "話題(はなしだい)" in (data_dir / "corrections.tsv").read_text(encoding="utf-8")
    window.close()
    from reader.core.readings.user_corrections import engine_for

    again = make_window()
    again.ctx.engine = engine_for(data_dir / "corrections.tsv")  # as reader.app wires it
    assert "はなしだい" in "".join(
        s.reading or "" for w in again.ctx.engine.read(block.text) for s in w.segments)


def test_bad_reading_is_refused(make_window: WindowFactory, seed_doc: Document,
                                data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    block = next(b for b in seed_doc.blocks if b.text.startswith("話題をエージェント"))
    word = window.fixer.word_at(block.id, 0)
    assert word is not None
    warnings: list[str] = []
    monkeypatch.setattr(reading_fix, "ask_reading", lambda *_: ("wadai", False))
    monkeypatch.setattr("reader.ui.plain.warn",
                        lambda _p, _t, text: warnings.append(text))
    assert not window.fixer.fix(block.id, word)
    assert warnings
    assert "hiragana" in warnings[0]
    assert not (data_dir / "corrections.tsv").exists()


def test_offset_under_the_pointer(make_window: WindowFactory, seed_doc: Document,
                                  qtbot: QtBot) -> None:
    window = make_window()
    heading = seed_doc.sections[1].block_ids[0]
    js(qtbot, window, f"document.getElementById('{heading}').scrollIntoView()")
    x, y = (int(float(v)) for v in js(qtbot, window, f"""(() => {{
        const r = document.getElementById('{heading}').getClientRects()[0];
        return (r.left + 5) + ',' + (r.bottom - 8); }})()""").split(","))
    target = js(qtbot, window, f"JSON.stringify(window.yomu.offsetAt({x}, {y}))")
    assert target == f'{{"b":"{heading}","o":0}}'
