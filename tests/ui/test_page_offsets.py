"""The page script's offset arithmetic (resources/page/offsets.js), in the real page.

Offsets are code points into a block's base text; JavaScript counts UTF-16 units, and
the page holds readings (rt, rp) and labels that are not base text. Each case is
checked against the text in Python. The module is imported into the page as it is
served (``window.offsets``): the same instance the page script uses.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from reader.core.page.layout import page_html, render_blocks, render_body
from reader.core.page.render import RenderOptions
from reader.core.readings import RomajiStyle, Segment, Word, to_romaji
from reader.core.text.document import Block, Document
from reader.core.text.parse import parse_document
from reader.ui.reading_view import ReadingView
from tests.ui.page_view import open_page, value

KANJI = "\u4e00-\u9fff\U00020000-\U0002ffff"
_WORD = re.compile(f"([{KANJI}]*)([^{KANJI}]*)")
LONG = "𠮷野家で日本語を勉強した。今日は良い天気です😀。" * 150  # in parts of ~800
TEXT = f"""読み方の試験

𠮷野家で日本語を勉強した。

花子：𠮷野家は近い。
太郎：日本語は難しい。
花子：{LONG}
太郎：今日は良い天気です。
"""


def fake_words(text: str) -> tuple[Word, ...]:
    """Words of ``text``: a kanji run (with a reading of as many か) and what follows.

    Words of kanji and hiragana get a kana reading, and so romaji ruby around the
    furigana ruby: the page holds nested ruby, rt and rp as it does for real text.
    """
    words: list[Word] = []
    for match in _WORD.finditer(text):
        kanji, rest = match.group(1), match.group(2)
        if not match.group(0):
            continue
        reading = "か" * len(kanji)
        segments = [Segment(kanji, reading)] if kanji else []
        segments += [Segment(rest, None)] if rest else []
        plain = re.fullmatch("[ぁ-ゖ]*", rest) is not None
        words.append(Word(match.start(), tuple(segments), reading + rest if plain else None))
    return tuple(words)


def ruby_spans(block: Block) -> list[list[int]]:
    """[start, end) of each stretch of base text under furigana, in page order."""
    return [[w.start, w.start + len(s.text)] for w in fake_words(block.text)
            for s in w.segments[:1] if s.reading]


@pytest.fixture(scope="module")
def doc() -> Document:
    return parse_document(TEXT, "offsets.txt")


def blocks_of(doc: Document) -> dict[str, Block]:
    """The test text's blocks by role."""
    turns = [b for b in doc.blocks if b.speaker]
    lead = next(b for b in doc.blocks if b.text.startswith("𠮷野家で"))
    return {"lead": lead, "hanako": turns[0], "taro": turns[1], "long": turns[2],
            "last": turns[3]}


@pytest.fixture
def view(qtbot: QtBot, doc: Document) -> Iterator[ReadingView]:
    """A reading view showing the test text with every aid and ``<rp>`` in the markup,
    and offsets.js imported as ``window.offsets``."""
    readings = {b.id: fake_words(b.text) for b in doc.blocks}
    opts = RenderOptions(offsets=False, parens=True)
    body = render_body(doc, readings, opts, render_blocks(doc, readings, opts))
    html = page_html(doc, body, ["aids-both", "furi-always", "theme-light"], "")
    with open_page(qtbot, html, "offsets") as reading_view:
        yield reading_view


STRINGS = ["", "abc", "𠮷", "𠮷野家", "a😀b😀", "日本語", "\U0010ffff", "é"]


@pytest.mark.parametrize("text", STRINGS)
def test_code_points_count_a_surrogate_pair_once(
    qtbot: QtBot, view: ReadingView, text: str
) -> None:
    assert value(qtbot, view, f"offsets.codePoints({json.dumps(text)})") == len(text)


@pytest.mark.parametrize(("text", "cps"), [
    ("𠮷野家", 0), ("𠮷野家", 1), ("𠮷野家", 3), ("a😀b😀", 2), ("a😀b😀", 4),
    ("日本語", 2), ("𠮷", 5),  # past the end: the end
])
def test_unit_offset_is_the_utf16_index_of_a_code_point(
    qtbot: QtBot, view: ReadingView, text: str, cps: int
) -> None:
    units = len(text[:cps].encode("utf-16-le")) // 2
    assert value(qtbot, view, f"offsets.unitOffset({json.dumps(text)}, {cps})") == units


def part_starts(qtbot: QtBot, view: ReadingView, block: Block) -> list[int]:
    return [int(p) for p in value(qtbot, view, (
        f"Array.from(document.getElementById('{block.id}').querySelectorAll('.part'),"
        " (p) => p.dataset.p)"))]


def spans(qtbot: QtBot, view: ReadingView, blocks: dict[str, Block], where: str
          ) -> tuple[Block, int, int]:
    """A block and [start, end) in it, by name."""
    lead, long = blocks["lead"], blocks["long"]
    starts = part_starts(qtbot, view, long)
    assert len(starts) > 3, "the long turn is not in parts"
    return {
        "the first character, outside the BMP": (lead, 0, 1),
        "inside a ruby's base": (lead, 1, 2),
        "from a ruby into its okurigana": (lead, 2, 5),
        "the whole block": (lead, 0, len(lead.text)),
        "the end of a block": (lead, len(lead.text) - 3, len(lead.text)),
        "a turn after its speaker's name": (blocks["hanako"], 0, 4),
        "a character past 😀": (long, 26, 28),
        "across one part boundary": (long, starts[1] - 3, starts[1] + 4),
        "across several parts": (long, starts[1] - 2, starts[3] + 2),
        "the end of a block in parts": (long, len(long.text) - 5, len(long.text)),
    }[where]


WHERE = ["the first character, outside the BMP", "inside a ruby's base",
         "from a ruby into its okurigana", "the whole block", "the end of a block",
         "a turn after its speaker's name", "a character past 😀",
         "across one part boundary", "across several parts",
         "the end of a block in parts"]


@pytest.mark.parametrize("where", WHERE)
def test_offsets_make_a_range_and_the_range_gives_them_back(
    qtbot: QtBot, view: ReadingView, doc: Document, where: str
) -> None:
    block, start, end = spans(qtbot, view, blocks_of(doc), where)
    piece = value(qtbot, view, (
        f"offsets.rangeInBlock(offsets.rangeFor('{block.id}', {start}, {end}),"
        f" document.getElementById('{block.id}'))"))
    assert piece == {"b": block.id, "s": start, "e": end, "text": block.text[start:end]}


@pytest.mark.parametrize("where", WHERE)
def test_a_selection_made_from_offsets_reads_back_as_them(
    qtbot: QtBot, view: ReadingView, doc: Document, where: str
) -> None:
    block, start, end = spans(qtbot, view, blocks_of(doc), where)
    assert value(qtbot, view, f"offsets.selectRange('{block.id}', {start}, {end})")
    assert value(qtbot, view, "offsets.selectionRanges()") == [
        {"b": block.id, "s": start, "e": end, "text": block.text[start:end]}
    ]


@pytest.mark.parametrize(("first", "last"), [("lead", "hanako"), ("hanako", "taro"),
                                             ("taro", "last")])
def test_a_selection_across_blocks_leaves_out_names_and_readings(
    qtbot: QtBot, view: ReadingView, doc: Document, first: str, last: str
) -> None:
    """The blocks between and the speaker's name before a turn are not base text;
    each block's piece is its own text, with its own offsets."""
    blocks = blocks_of(doc)
    a, b = blocks[first], blocks[last]
    ids = [x.id for x in doc.blocks]
    between = doc.blocks[ids.index(a.id) + 1 : ids.index(b.id)]
    assert value(qtbot, view, f"offsets.selectRange('{a.id}', 3, 2, '{b.id}')")
    got = value(qtbot, view, "offsets.selectionRanges()")
    whole = [{"b": x.id, "s": 0, "e": len(x.text), "text": x.text} for x in between]
    assert got == [
        {"b": a.id, "s": 3, "e": len(a.text), "text": a.text[3:]},
        *whole,
        {"b": b.id, "s": 0, "e": 2, "text": b.text[:2]},
    ]


@pytest.mark.parametrize("name", ["lead", "hanako", "long"])
def test_a_point_in_a_reading_counts_as_after_its_base(
    qtbot: QtBot, view: ReadingView, doc: Document, name: str
) -> None:
    """Before a ruby: its base's start; inside its rt or rp: its base's end."""
    block = blocks_of(doc)[name]
    got = value(qtbot, view, f"""(() => {{
      const block = document.getElementById('{block.id}');
      return Array.from(block.querySelectorAll('ruby.f'), (r) => [
        offsets.offsetOf(block, r, 0),
        offsets.offsetOf(block, r.querySelector('rt').firstChild, 1),
        offsets.offsetOf(block, r.querySelector('rp').firstChild, 1)]);
    }})()""")
    assert got == [[s, e, e] for s, e in ruby_spans(block)]


def test_a_speakers_name_is_not_base_text(
    qtbot: QtBot, view: ReadingView, doc: Document
) -> None:
    block = blocks_of(doc)["taro"]
    got = value(qtbot, view, f"""(() => {{
      const block = document.getElementById('{block.id}');
      const name = block.querySelector('.lbl').firstChild;
      return [name.data, offsets.offsetOf(block, name, name.data.length)];
    }})()""")
    assert got == ["太郎", 0]


@pytest.mark.parametrize(("name", "rt", "which"), [
    ("lead", "rt.f", 0), ("lead", "rt.f", 2), ("lead", "rt.r", 1), ("hanako", "rt.f", 0),
])
def test_the_offset_under_a_reading_is_its_rubys_start(
    qtbot: QtBot, view: ReadingView, doc: Document, name: str, rt: str, which: int
) -> None:
    """offsetAt (the context menu): a point over furigana gives the start of its
    kanji, over romaji the start of its word."""
    block = blocks_of(doc)[name]
    got = value(qtbot, view, f"""(() => {{
      const block = document.getElementById('{block.id}');
      const rt = block.querySelectorAll('{rt}')[{which}];
      rt.scrollIntoView({{block: "center"}});
      const box = rt.getBoundingClientRect();
      return [offsets.offsetAtPoint(box.left + box.width / 2, box.top + box.height / 2),
              offsets.offsetOf(block, rt.closest('ruby'), 0)];
    }})()""")
    point, ruby_start = got
    starts = ([s for s, _ in ruby_spans(block)] if rt == "rt.f"
              else [w.start for w in fake_words(block.text)
                    if to_romaji(w, RomajiStyle.MACRON) is not None])
    assert ruby_start == starts[which]
    assert point == {"b": block.id, "o": ruby_start}
