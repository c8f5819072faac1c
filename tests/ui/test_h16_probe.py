from pytestqt.qtbot import QtBot
from tests.ui.conftest import WindowFactory, js, js_json
from tests.ui.test_restore_ruby import settle

def test_probe(make_window: WindowFactory, qtbot: QtBot) -> None:
    w = make_window()
    for mode in ("romaji", "both"):
        w.set_option("aids", mode)
        settle(qtbot, w)
        js(qtbot, w, "[...document.querySelectorAll('rt.r')].find(e => e.textContent.startsWith('kangaehaji')).scrollIntoView({block: 'center'})")
        qtbot.wait(500)
        w.grab().save(f"/tmp/h16-probe-{mode}.png")
    print(js_json(qtbot, w, "[...[...document.querySelectorAll('rt.r')].find(e => e.textContent.startsWith('kangaehaji')).getClientRects()].map(r => [r.left, r.top, r.width])"))
    assert False
