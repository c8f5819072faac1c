"""Flashcard fields of vocabulary entries, and the note type's card templates.

One note type, "Yomu vocabulary", with the fields in ``FIELDS``. Field values are
HTML as Anki stores them: text is escaped, the sentence marks the word with
``<b>``, and the furigana fields use the ``漢字[かんじ]`` form of Anki's Japanese
support (a space before each kanji run that follows other text), read by the
``{{furigana:…}}`` filter. Two card templates: Recognise (word → reading and
meaning) and Read (sentence → reading and meaning; only for entries with a
sentence).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from reader.core.readings import Segment, Word
from reader.core.readings.furigana import split
from reader.core.readings.kana import is_hiragana_text, to_hiragana
from reader.core.textforms import InlineForm, inline_readings
from reader.core.vocabulary.model import VocabEntry
from reader.core.wordslice import slice_words

MODEL_NAME = "Yomu vocabulary"
FIELDS = (
    "Word",
    "Reading",
    "Furigana",
    "Romaji",
    "Meaning",
    "Sentence",
    "SentenceFurigana",
    "Note",
    "Source",
)
_BACK_COMMON = (
    '<div class="reading">{{furigana:Furigana}}</div>'
    '<div class="romaji">{{Romaji}}</div>'
    '<div class="meaning">{{Meaning}}</div>'
)
TEMPLATES = (
    {
        "name": "Recognise",
        "qfmt": '<div class="word">{{Word}}</div>',
        "afmt": '{{FrontSide}}<hr id="answer">'
        + _BACK_COMMON
        + '{{#Sentence}}<div class="sentence">{{furigana:SentenceFurigana}}</div>'
        "{{/Sentence}}"
        '{{#Note}}<div class="note">{{Note}}</div>{{/Note}}'
        '<div class="source">{{Source}}</div>',
    },
    {
        "name": "Read",
        "qfmt": '{{#Sentence}}<div class="sentence">{{Sentence}}</div>{{/Sentence}}',
        "afmt": '{{FrontSide}}<hr id="answer">'
        '<div class="sentence">{{furigana:SentenceFurigana}}</div>'
        + _BACK_COMMON
        + '{{#Note}}<div class="note">{{Note}}</div>{{/Note}}'
        '<div class="source">{{Source}}</div>',
    },
)
CSS = """\
.card { font-family: "Noto Sans CJK JP", "Hiragino Sans", sans-serif;
  font-size: 22px; text-align: center; color: #222; background: #fdfcf8; }
.word { font-size: 44px; }
.sentence { font-size: 26px; margin: .6em 0; line-height: 2.2; }
.sentence b { color: #b0301c; }
.reading { font-size: 30px; }
.romaji { color: #666; font-style: italic; }
.meaning { margin: .6em 0; }
.note { color: #444; font-size: 18px; white-space: pre-wrap; }
.source { color: #999; font-size: 14px; margin-top: 1em; }
"""

SentenceWords = Callable[[VocabEntry], Sequence[Word] | None]


@dataclass(frozen=True)
class CardFields:
    """The fields of one entry's note: HTML for Anki, plain text for TSV."""

    entry_id: str
    html: Mapping[str, str]
    plain: Mapping[str, str]


def furigana(form: str, reading: str) -> str:
    """``form`` read as ``reading`` in Anki's ``漢字[かんじ]`` notation."""
    hira = to_hiragana(reading)
    if not reading or not is_hiragana_text(hira) or form == reading:
        return form
    segments = split(form, hira)
    if len(segments) == 1:  # no split found: the reading as given, over it all
        segments = (Segment(form, hira),)
    word = Word(0, segments, hira)
    return inline_readings([word], InlineForm.ANKI)


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def marked_sentence(entry: VocabEntry) -> str:
    """The sentence as HTML with the word in ``<b>``."""
    before, word, after = entry.marked_sentence
    if not word:
        return _escape(before)
    return f"{_escape(before)}<b>{_escape(word)}</b>{_escape(after)}"


def card_fields(
    entry: VocabEntry, source: str, sentence_words: Sequence[Word] | None
) -> CardFields:
    """The note fields of ``entry``.

    Args:
        entry: the entry.
        source: the document's title and the section (``Source``).
        sentence_words: the sentence's words with readings, for
            ``SentenceFurigana``; None gives the sentence without readings.
    """
    sentence_ruby = (
        inline_readings(sentence_words, InlineForm.ANKI)
        if sentence_words
        else entry.sentence
    )
    plain = {
        "Word": entry.form or entry.word,
        "Reading": entry.reading,
        "Furigana": furigana(entry.form or entry.word, entry.reading),
        "Romaji": entry.romaji,
        "Meaning": entry.gloss,
        "Sentence": entry.sentence,
        "SentenceFurigana": sentence_ruby,
        "Note": entry.note,
        "Source": source,
    }
    rich = {name: _escape(value) for name, value in plain.items()}
    rich["Sentence"] = marked_sentence(entry)
    if sentence_words:
        rich["SentenceFurigana"] = _marked_ruby(entry, sentence_words)
    return CardFields(entry.id, rich, plain)


def _marked_ruby(entry: VocabEntry, words: Sequence[Word]) -> str:
    """The sentence in ``漢字[かんじ]`` form as HTML, the word in ``<b>``.

    A ``>`` ends a ruby base for Anki as a space does, so none is needed after
    ``<b>`` or ``</b>``.
    """
    before, word, _ = entry.marked_sentence
    start = words[0].start + len(before)
    end = start + len(word)
    parts = (
        slice_words(words, words[0].start, start),
        slice_words(words, start, end),
        slice_words(words, end, words[-1].end),
    )
    head, middle, tail = (_escape(inline_readings(p, InlineForm.ANKI)) for p in parts)
    return f"{head}<b>{middle}</b>{tail}" if word else head + middle + tail


# -- rendering a card as Anki shows it (for a preview) --------------------------

_SECTION = re.compile(r"\{\{#(\w+)\}\}(.*?)\{\{/\1\}\}", re.S)
_FIELD = re.compile(r"\{\{(?:(furigana):)?(\w+)\}\}")
#: Anki's own pattern for ``漢字[かんじ]`` (its ``furigana`` filter).
_RUBY = re.compile(r" ?([^ >]+?)\[(.+?)\]")


def ruby_html(value: str) -> str:
    """What Anki's ``furigana`` filter makes of a field: ``<ruby>`` markup."""
    return _RUBY.sub(r"<ruby><rb>\1</rb><rt>\2</rt></ruby>", value)


def render_side(template: str, fields: Mapping[str, str], front: str = "") -> str:
    """One side of a card: the template with its fields filled in, as Anki does
    for the syntax the templates above use (fields, ``furigana:``, sections)."""

    def section(match: re.Match[str]) -> str:
        return match.group(2) if fields.get(match.group(1), "").strip() else ""

    def field(match: re.Match[str]) -> str:
        name = match.group(2)
        if name == "FrontSide":
            return front
        value = fields.get(name, "")
        return ruby_html(value) if match.group(1) else value

    return _FIELD.sub(field, _SECTION.sub(section, template))


def render_card(card: CardFields, template: int = 0) -> tuple[str, str]:
    """(front, back) HTML of one card of ``card``'s note; template 0 or 1."""
    spec = TEMPLATES[template]
    front = render_side(spec["qfmt"], card.html)
    return front, render_side(spec["afmt"], card.html, front)


def card_page(card: CardFields) -> str:
    """A page showing both cards of a note, front and back, with the deck's CSS."""
    parts = []
    for index, spec in enumerate(TEMPLATES):
        front, back = render_card(card, index)
        if not re.sub(r"<[^>]*>", "", front).strip():
            continue  # Anki makes no card with an empty front
        parts.append(
            f"<section><h2>{html.escape(spec['name'])}</h2>"
            f'<div class="card side">{front}</div>'
            f'<div class="card side">{back}</div></section>'
        )
    style = CSS + ".side { border: 1px solid #ccc; margin: 1em; padding: 1em; }"
    return (
        '<!doctype html><html lang="ja"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">"
        f"<style>{style}</style></head><body>{''.join(parts)}</body></html>"
    )
