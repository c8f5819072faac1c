"""Known words lose their furigana in exports and copies, in every occurrence."""

from __future__ import annotations

import pytest

from reader.core.page.export import ExportFormat, export_document
from reader.core.page.render import Aids, RenderOptions, render_words
from reader.core.page.textforms import InlineForm, inline_readings, selection_text
from reader.core.readings import Segment, Word
from reader.core.text.document import Document
from tests.core.annotations.anno_support import lines_document

TEXT = "学習と学習"


def _words() -> tuple[Word, ...]:
    gaku = (Segment("学習", "がくしゅう"),)
    return (
        Word(0, gaku, "がくしゅう"),
        Word(2, (Segment("と", None),), "と"),
        Word(3, gaku, "がくしゅう"),
    )


@pytest.fixture
def doc() -> Document:
    return lines_document(TEXT)


KNOWN = frozenset({"学習"})


@pytest.mark.parametrize(
    ("fmt", "shown", "hidden"),
    [
        (ExportFormat.TEXT, "学習（がくしゅう）と学習（がくしゅう）", "学習と学習"),
        (ExportFormat.MARKDOWN, "学習（がくしゅう）と学習（がくしゅう）", "学習と学習"),
        (ExportFormat.HTML, "<rt>", None),
    ],
)
def test_exports_honour_known_words(
    doc: Document, fmt: ExportFormat, shown: str, hidden: str | None
) -> None:
    readings = {doc.blocks[0].id: _words()}
    before = export_document(doc, readings, fmt, Aids.FURIGANA)
    after = export_document(doc, readings, fmt, Aids.FURIGANA, known=KNOWN)
    if hidden is None:  # HTML: no furigana ruby left, base text intact
        assert before.count("がくしゅう") == 2
        assert "がくしゅう" not in after
        assert after.count("学習") >= 2
    else:
        assert shown in before
        assert shown not in after
        assert hidden in after


def test_copy_with_readings_honours_known_words(doc: Document) -> None:
    readings = {doc.blocks[0].id: _words()}
    part = [{"b": doc.blocks[0].id, "s": 0, "e": len(TEXT)}]
    assert selection_text(doc, readings, part, InlineForm.ANKI, KNOWN) == "学習と学習"
    assert inline_readings(_words(), InlineForm.PAREN, {"別"}).count("（") == 2


def test_the_page_marks_each_furigana_ruby_with_its_word() -> None:
    html = render_words(_words(), RenderOptions(offsets=False, word_keys=True))
    # data-l: the level marks of its hardest kanji (習: grade 3, old JLPT 3).
    assert html.count('<ruby class="f" data-k="学習" data-l="g3 j3">') == 2
    plain = render_words(_words(), RenderOptions())
    assert "data-k" not in plain
