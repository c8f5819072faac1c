"""Page and export templates: user text is put in once and never read as a template."""

from __future__ import annotations

import re

import pytest

from reader.core.page.export import export_html
from reader.core.page.layout import fill_template, reading_page_html
from reader.core.page.render import Aids
from reader.core.text.parse import parse_document

PLACEHOLDERS = ["{{title}}", "{{body}}", "{{css}}", "{{lang}}", "{{root_style}}",
                "{{body_class}}"]


def hostile_doc(title: str, body: str) -> tuple[str, str]:
    """The source text and file name of a document with this title and body."""
    return f"{title}\n\n{body}\n", f"{title}-{body}.txt"


def page_title(html: str) -> str:
    match = re.search(r"<title>(.*?)</title>", html, re.S)
    assert match is not None
    return match.group(1)


@pytest.mark.parametrize("placeholder", PLACEHOLDERS)
@pytest.mark.parametrize("render", ["page", "export"])
def test_placeholder_in_title_stays_text(placeholder: str, render: str) -> None:
    """Regression: a title ``{{body}}`` pasted the whole body into <title>."""
    title = f"題{placeholder}名"
    body = f"本文{''.join(PLACEHOLDERS)}です。"
    doc = parse_document(*hostile_doc(title, body))
    html = (
        reading_page_html(doc, {}, ["aids-none"], "--font-size:20px")
        if render == "page"
        else export_html(doc, {}, Aids.NONE)
    )
    assert page_title(html) == title
    # The body's placeholders are shown as written, once, and nothing else leaks in.
    assert html.count("本文") == 1
    assert f"本文{''.join(PLACEHOLDERS)}です。" in html
    assert html.count("<title>") == 1
    assert html.count("<main") == 1


def test_fill_template_substitutes_once_by_position() -> None:
    values = {"a": "{{b}}", "b": "{{a}}"}
    assert fill_template("<{{a}}|{{b}}>", values) == "<{{b}}|{{a}}>"


def test_fill_template_refuses_unknown_names() -> None:
    with pytest.raises(KeyError):
        fill_template("{{nope}}", {})


def test_page_carries_the_lists_from_python() -> None:
    """The page script reads aids, themes, colours and styles from the page."""
    import json

    from reader.core.choices import page_lists

    doc = parse_document("# 題\n\n本文。\n", "t.txt")
    html = reading_page_html(doc, {}, ["aids-none"], "--font-size:20px")
    found = re.search(
        r'<script type="application/json" id="yomu-lists">(.*?)</script>', html)
    assert found is not None
    assert json.loads(found.group(1)) == page_lists()
    assert '<style id="yomu-lists-css">' in html
    assert "::highlight(ul-purple)" in html
    assert "{{" not in html  # every placeholder filled
