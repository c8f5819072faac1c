"""The reading window in a real (offscreen) Qt WebEngine view."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.core.text.document import BlockKind, Document
from reader.ui.main_window import MainWindow
from reader.ui.scheme import PAGE_URL
from tests.ui.conftest import WAIT_MS, WindowFactory, js


def block_starting(doc: Document, prefix: str) -> str:
    return next(b.id for b in doc.blocks if b.text.startswith(prefix))


def scroll_to(qtbot: QtBot, window: MainWindow, block_id: str) -> None:
    # As a reader would: once the page has put the last change's position in place.
    qtbot.waitUntil(lambda: not js(qtbot, window, "window.yomu.settling()"), timeout=WAIT_MS)
    js(qtbot, window, f"document.getElementById('{block_id}').scrollIntoView()")
    qtbot.waitUntil(lambda: window.top_block == block_id, timeout=WAIT_MS)


def test_window_shows_the_interview(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    window = make_window()
    window.set_option("aids", "none")
    assert window.windowTitle().startswith(seed_doc.title)
    assert window.view.url().toString() == PAGE_URL
    text = js(qtbot, window, "document.body.innerText")
    assert "大規模モデルの限界と強化学習の価値" in text.replace("\n", "")
    assert js(qtbot, window, "document.querySelectorAll('h2.heading').length") == 5


def test_sidebar_lists_sections_then_turns(
    make_window: WindowFactory, seed_doc: Document, qtmodeltester: Any
) -> None:
    window = make_window()
    model = window.sidebar.model
    qtmodeltester.check(model)
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles == ["Introduction"] + [s.title for s in seed_doc.sections[1:]]
    first = model.index(1, 0)
    turns = [model.index(r, 0, first).data() for r in range(model.rowCount(first))]
    assert turns[0].startswith("Jacob: David LuanはアマゾンAGI")
    assert turns[1].startswith("David: 招待いただき")
    assert all(t.startswith(("Jacob: ", "David: ")) for t in turns)
    assert model.rowCount(model.index(0, 0)) == 0  # no turns in the introduction


def test_sidebar_click_scrolls_the_pane(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    window = make_window()
    section = seed_doc.sections[3]
    index = window.sidebar.model.index(3, 0)
    window.sidebar.tree.activated.emit(index)
    qtbot.waitUntil(lambda: window.top_block == section.block_ids[0], timeout=WAIT_MS)
    assert window.section_label.text() == section.title


def test_current_section_follows_the_scroll(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    window = make_window()
    turn = block_starting(seed_doc, "簡単な例を挙げます")
    scroll_to(qtbot, window, turn)
    current = window.sidebar.tree.currentIndex()
    assert current.data().startswith("David: 簡単な例を挙げます")
    assert current.parent().data() == "ロボットが家庭に入るとき"


def test_next_and_previous_section_shortcuts(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    window = make_window()
    scroll_to(qtbot, window, seed_doc.sections[1].block_ids[3])
    window.actions_.next_section.trigger()
    qtbot.waitUntil(
        lambda: window.top_block == seed_doc.sections[2].block_ids[0], timeout=WAIT_MS
    )
    window.actions_.previous_section.trigger()
    qtbot.waitUntil(
        lambda: window.top_block == seed_doc.sections[1].block_ids[0], timeout=WAIT_MS
    )


@pytest.mark.parametrize(
    ("mode", "furigana", "romaji"),
    [
        ("none", False, False),
        ("furigana", True, False),
        ("romaji", False, True),
        ("both", True, True),
    ],
)
def test_aid_modes_change_the_visible_text(
    make_window: WindowFactory, qtbot: QtBot, mode: str, furigana: bool, romaji: bool
) -> None:
    window = make_window()
    window.set_option("aids", "none" if mode != "none" else "both")
    window.set_option("aids", mode)
    qtbot.waitUntil(
        lambda: (
            js(qtbot, window, "document.body.className").split().count(f"aids-{mode}")
            == 1
        ),
        timeout=WAIT_MS,
    )
    js(qtbot, window, "document.querySelectorAll('h2.heading')[1].scrollIntoView()")
    # The readings are generated content (data-r): what shows is the base text and
    # the readings of the rt elements displayed. Chunks off screen skip layout
    # (page.css) and innerText is layout's: it is there once the heading is drawn.
    heading = (
        "(() => { const h = document.querySelectorAll('h2.heading')[1];"
        " return h.innerText && h.innerText + [...h.querySelectorAll('rt')]"
        ".filter((rt) => getComputedStyle(rt).display !== 'none')"
        ".map((rt) => rt.dataset.r).join(''); })()"
    )
    qtbot.waitUntil(lambda: bool(js(qtbot, window, heading)), timeout=WAIT_MS)
    text = js(qtbot, window, heading)
    assert ("しんらい" in text) is furigana
    assert ("shinrai" in text) is romaji
    assert (text == "信頼できるエージェントの構築方法") is (mode == "none")


def test_position_kept_across_mode_switches(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    window = make_window()
    target = block_starting(seed_doc, "この過程で学んだことは")
    scroll_to(qtbot, window, target)
    for mode in ("both", "none", "romaji", "furigana"):
        window.set_option("aids", mode)
        assert js(qtbot, window, "window.yomu.topBlock()") == target
    window.set_option("furigana_style", "hover")
    assert js(qtbot, window, "window.yomu.topBlock()") == target


def test_copy_gives_base_text_only(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    from PySide6.QtGui import QGuiApplication

    window = make_window()
    window.set_option("aids", "both")
    block = seed_doc.block(block_starting(seed_doc, "話題をエージェントの世界に"))
    assert js(qtbot, window, f"window.yomu.selectBlockRange('{block.id}', 0, 13)")
    qtbot.waitUntil(lambda: bool(window.view.selection), timeout=WAIT_MS)
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    window.actions_.copy.trigger()
    qtbot.waitUntil(lambda: clipboard.text() == block.text[:13], timeout=WAIT_MS)
    window.actions_.copy_readings.trigger()
    assert clipboard.text() == "話題（わだい）をエージェントの世界（せかい）に"
    window.actions_.copy_anki.trigger()
    assert clipboard.text() == "話題[わだい]をエージェントの 世界[せかい]に"


def test_zoom_theme_and_vertical_are_applied(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    size = "getComputedStyle(document.body).fontSize"
    before = float(js(qtbot, window, size).removesuffix("px"))
    window.actions_.bigger.trigger()
    qtbot.waitUntil(
        lambda: float(js(qtbot, window, size).removesuffix("px")) == before + 2,
        timeout=WAIT_MS,
    )
    window.actions_.reset_size.trigger()
    qtbot.waitUntil(
        lambda: float(js(qtbot, window, size).removesuffix("px")) == 20, timeout=WAIT_MS
    )
    next(a for a in window.actions_.theme.actions() if a.data() == "dark").trigger()
    assert "theme-dark" in js(qtbot, window, "document.body.className")
    background = js(qtbot, window, "getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(28, 29, 32)"
    window.actions_.vertical.trigger()
    assert (
        js(qtbot, window, "getComputedStyle(document.body).writingMode")
        == "vertical-rl"
    )


def test_vertical_writing_keeps_sidebar_and_position(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    window = make_window()
    window.set_option("vertical", True)
    section = seed_doc.sections[4]
    window.sidebar.tree.activated.emit(window.sidebar.model.index(4, 0))
    qtbot.waitUntil(lambda: window.top_block == section.block_ids[0], timeout=WAIT_MS)
    window.set_option("aids", "both")
    assert js(qtbot, window, "window.yomu.topBlock()") == section.block_ids[0]


def test_settings_and_position_restored_by_a_second_window(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot, data_dir: Path
) -> None:
    first = make_window()
    first.set_option("aids", "romaji")
    first.set_option("theme", "sepia")
    first.zoom(+4)
    target = block_starting(seed_doc, "Adeptを設立した当時")
    scroll_to(qtbot, first, target)
    first.close()
    saved = first.store.position(seed_doc.key)
    # Saved right (else the restore is what failed below)?
    assert saved is not None
    assert saved[0] == target
    second = make_window()
    assert second.settings.aids == "romaji"
    assert second.settings.theme == "sepia"
    assert second.settings.font_size == 24
    classes = js(qtbot, second, "document.body.className").split()
    assert {"aids-romaji", "theme-sepia"} <= set(classes)
    # The restored position settles over a few frames while blocks are laid out.
    qtbot.waitUntil(lambda: not js(qtbot, second, "window.yomu.settling()"), timeout=WAIT_MS)
    assert js(qtbot, second, "window.yomu.topBlock()") == target
    assert second.actions_.aids.checkedAction().data() == "romaji"


def test_links_open_outside_and_the_page_never_navigates(
    make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        "reader.ui.reading_view.QDesktopServices.openUrl",
        lambda url: opened.append(url.toString()),
    )
    window = make_window()
    js(qtbot, window, "document.querySelector('footer a').click()")
    qtbot.waitUntil(lambda: opened == ["https://t.me/TechFlowDaily"], timeout=WAIT_MS)
    js(qtbot, window, "location.href = 'https://example.com/'")
    js(qtbot, window, "window.open('https://example.com/')")
    assert js(qtbot, window, "location.href") == PAGE_URL
    assert window.view.url().toString() == PAGE_URL


def test_cold_cache_opens_at_once_then_shows_readings(
    make_window: WindowFactory, qtbot: QtBot, data_dir: Path
) -> None:
    window = make_window(cold=True, wait=False)
    assert not window.has_readings  # the window is up before readings exist
    assert window.progress.isVisible()
    qtbot.waitUntil(lambda: window.settled, timeout=WAIT_MS)
    assert not window.progress.isVisible()
    assert js(qtbot, window, "document.querySelectorAll('rt.f').length") > 1000
    # The worker left the rendered page, chunk by chunk, for the next, warm start.
    chunks = len(window.loader.chunks)
    assert len(list((data_dir / "cache").glob("page-*.html"))) == chunks


def test_about_text_names_source_and_libraries() -> None:
    from reader.ui.dialogs import about_text

    text = about_text()
    for name in (
        "TechFlow 深潮", "明るいカンパニー", "PySide6", "pykakasi", "TinyDB", "fugashi",
        "UniDic-lite", "OpenCC",
    ):
        assert name in text


def test_section_kinds_in_page(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    window = make_window()
    caption = next(b for b in seed_doc.blocks if b.kind is BlockKind.CAPTION)
    assert (
        js(qtbot, window, f"document.getElementById('{caption.id}').className")
        == "caption"
    )
    assert js(qtbot, window, "document.querySelectorAll('.source-ends').length") == 1


def test_furigana_on_hover_or_click(make_window: WindowFactory, seed_doc: Document,
                                    qtbot: QtBot) -> None:
    window = make_window()
    window.set_option("aids", "furigana")
    window.set_option("furigana_style", "hover")
    heading = seed_doc.sections[1].block_ids[0]
    js(qtbot, window, f"document.getElementById('{heading}').scrollIntoView()")
    first_rt = f"document.getElementById('{heading}').querySelector('rt.f')"
    assert js(qtbot, window, f"getComputedStyle({first_rt}).visibility") == "hidden"
    js(qtbot, window, f"{first_rt}.closest('ruby.f').click()")
    assert js(qtbot, window, f"getComputedStyle({first_rt}).visibility") == "visible"
    # The reveal outlives the blocks being replaced (as when readings arrive).
    html = js(qtbot, window, f"document.getElementById('{heading}').outerHTML")
    html = html.replace('class="f shown"', 'class="f"')  # fresh markup, as rendered
    assert 'shown' not in html
    js(qtbot, window, f"window.yomu.replaceBlocks({{'{heading}': {json.dumps(html)}}})")
    assert js(qtbot, window, f"getComputedStyle({first_rt}).visibility") == "visible"
    window.set_option("furigana_style", "always")
    assert js(qtbot, window, f"getComputedStyle({first_rt}).visibility") == "visible"


def test_reader_scrolling_stops_a_position_still_settling(
    make_window: WindowFactory, seed_doc: Document, qtbot: QtBot
) -> None:
    """Regression: a position still settling after a zoom pulled the page back to
    where it was, over the reader's own scroll (the restored position was lost)."""
    window = make_window()
    target = block_starting(seed_doc, "Adeptを設立した当時")
    script = (
        "(() => {"
        f"  window.yomu.restorePosition({{block: '{target}', fraction: 0}});"
        "  const before = window.yomu.settling();"
        "  window.dispatchEvent(new WheelEvent('wheel', {deltaY: 120}));"
        "  return JSON.stringify([before, window.yomu.settling()]);"
        "})()"
    )
    assert json.loads(js(qtbot, window, script)) == [True, False]


def test_end_and_home_reach_the_ends_of_the_text(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    """Sections off screen are laid out only when drawn, so the page's length
    changes as End brings the last ones into view: End still ends at the end."""
    window = make_window()
    target = window.view.focusProxy()
    assert target is not None
    window.view.setFocus()
    last = "document.documentElement.scrollHeight - window.innerHeight"
    QTest.keyClick(target, Qt.Key.Key_End)
    qtbot.waitUntil(
        lambda: abs(js(qtbot, window, "window.scrollY") - js(qtbot, window, last)) <= 2
        and js(qtbot, window, "window.scrollY") > 0,
        timeout=WAIT_MS,
    )
    end_block = window.doc.footer[-1].id
    qtbot.waitUntil(
        lambda: js(qtbot, window, f"document.getElementById('{end_block}')"
                   ".getBoundingClientRect().bottom <= window.innerHeight") is True,
        timeout=WAIT_MS,
    )
    QTest.keyClick(target, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: js(qtbot, window, "window.scrollY") == 0, timeout=WAIT_MS)
