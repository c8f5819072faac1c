"""Readings as attributes (the reading page): the markup's text is the base text."""

from __future__ import annotations

import re
from html import unescape

import pytest

from reader.core.page.render import RenderOptions, render_word
from reader.core.readings import Segment, Word

WORD = Word(start=0, segments=(Segment("話題", "わだい"), Segment("を", None)),
            kana="わだいを")


@pytest.mark.parametrize(("attrs", "expected"), [
    (True, '<ruby class="w"><ruby class="f"><span data-o="0">話題</span>'
           '<rt class="f" data-r="わだい"></rt></ruby><span data-o="2">を</span>'
           '<rt class="r" data-r="wadaio"></rt></ruby>'),
    (False, '<ruby class="w"><ruby class="f"><span data-o="0">話題</span>'
            '<rt class="f">わだい</rt></ruby><span data-o="2">を</span>'
            '<rt class="r">wadaio</rt></ruby>'),
])
def test_reading_attrs(attrs: bool, expected: str) -> None:
    html = render_word(WORD, RenderOptions(parens=False, reading_attrs=attrs))
    assert html == expected


def test_reading_attrs_leave_only_base_text_as_text() -> None:
    """Regression (issue 10, defect 2): the page's text carried the readings."""
    html = render_word(WORD, RenderOptions(parens=False, offsets=False,
                                           reading_attrs=True))
    assert unescape(re.sub(r"<[^>]+>", "", html)) == "話題を"
