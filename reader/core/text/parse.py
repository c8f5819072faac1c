"""Parse a plain-text interview into a :class:`Document`.

The rules are general, not tied to line numbers: the first line is the title, the front
matter runs to the first paragraph of prose, a turn is ``Name:`` (ASCII or full-width
colon) with a name that opens at least two turns, a heading is a short line without
sentence punctuation, a caption stands after a blank line, and a trailing run of
``label:https://…`` lines (with the line that introduces them) is the footer.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from reader.core.text.document import Block, BlockKind, Document, Section, make_block_id

_COLON = "[:：]"
_TURN = re.compile(
    rf"^(?P<name>[^\s:：、。「」()（）]{{1,24}}(?: [^\s:：、。]{{1,24}})?){_COLON}\s*"
)
_LINK = re.compile(rf"^(?P<label>[^:：]{{1,40}}){_COLON}\s*(?P<url>https?://\S+)\s*$")
_META = re.compile(rf"^(?P<label>[^\s:：、。]{{1,12}}){_COLON}\s*\S")
_SENTENCE_END = tuple("。．.！!？?」』）)…:：")
HEADING_MAX = 40


@dataclass(frozen=True)
class _Line:
    """One line of the source with its offsets; ``blank_before`` marks a gap above."""

    start: int
    end: int
    text: str
    blank_before: bool


def _lines(source: str) -> list[_Line]:
    """Non-empty lines with their [start, end) offsets, outer white space excluded."""
    out: list[_Line] = []
    pos, blank = 0, False
    for raw in source.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.rstrip()
        lead = len(body) - len(body.lstrip())
        if stripped.strip():
            out.append(_Line(pos + lead, pos + len(stripped), stripped.strip(), blank))
            blank = False
        else:
            blank = True
        pos += len(raw)
    return out


def _is_heading_text(text: str) -> bool:
    return len(text) <= HEADING_MAX and not text.endswith(_SENTENCE_END)


def _speakers(lines: list[_Line]) -> set[str]:
    """Names that open at least two lines: speakers recur, metadata labels do not."""
    names = Counter(
        m["name"]
        for line in lines
        if (m := _TURN.match(line.text)) and not _LINK.match(line.text)
    )
    return {name for name, count in names.items() if count >= 2}


def _footer_start(lines: list[_Line]) -> int:
    """Index of the first footer line: trailing link lines and the line before them."""
    i = len(lines)
    while i > 0 and _LINK.match(lines[i - 1].text):
        i -= 1
    if i == len(lines):
        return i
    if i > 0 and _is_heading_text(lines[i - 1].text):
        i -= 1
    return i


class _Builder:
    """Accumulates blocks and sections while walking the lines."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.blocks: list[Block] = []
        self.ids: dict[str, int] = {}
        self.sections: list[tuple[str, str | None, list[str]]] = [("", None, [])]
        self.speaker: str | None = None

    @property
    def section(self) -> int:
        return len(self.sections) - 1

    def add(
        self,
        kind: BlockKind,
        start: int,
        end: int,
        *,
        in_section: bool = True,
        **extra: str | bool | None,
    ) -> Block:
        text = self.source[start:end]
        block = Block(
            id=make_block_id(kind, text, self.ids),
            kind=kind,
            start=start,
            end=end,
            text=text,
            section=self.section if in_section else -1,
            **extra,  # type: ignore[arg-type]
        )
        self.blocks.append(block)
        if in_section:
            self.sections[-1][2].append(block.id)
        return block

    def open_section(self, line: _Line) -> None:
        self.sections.append((line.text, None, []))
        heading = self.add(BlockKind.HEADING, line.start, line.end)
        title, _, ids = self.sections[-1]
        self.sections[-1] = (title, heading.id, ids)
        self.speaker = None


def _front_matter(b: _Builder, lines: list[_Line], speakers: set[str]) -> int:
    """Title, publication, repeated title, subtitle, meta lines; returns lines used."""
    if not lines:
        return 0
    title = lines[0]
    b.add(BlockKind.TITLE, title.start, title.end)
    i = 1
    # Lines of the title's group (no blank line between) name the publication.
    while i < len(lines) and _joined(lines[i]) and _is_heading_text(lines[i].text):
        b.add(BlockKind.PUBLICATION, lines[i].start, lines[i].end)
        i += 1
    if i < len(lines) and lines[i].text == title.text:
        i += 1  # the seed repeats the title: show it once
        if i < len(lines) and _joined(lines[i]) and not _META.match(lines[i].text):
            b.add(BlockKind.SUBTITLE, lines[i].start, lines[i].end)
            i += 1
    first_meta = True
    while i < len(lines) and (m := _META.match(lines[i].text)):
        if m["label"] in speakers or len(lines[i].text) > 80:
            break
        if not (first_meta or _joined(lines[i])):
            break
        rest = lines[i].text[len(m["label"]) + 1 :]
        start = lines[i].end - len(rest.lstrip())
        b.add(BlockKind.META, start, lines[i].end, label=m["label"])
        i, first_meta = i + 1, False
    return i


def _joined(line: _Line) -> bool:
    """Whether the line follows the one before it with no blank line between."""
    return not line.blank_before


def parse_document(source: str, name: str, key: str = "") -> Document:
    """Split ``source`` into blocks and sections (see the module docstring).

    ``key`` is the document's identity (``Document.source_key``).
    """
    lines = _lines(source)
    b = _Builder(source)
    footer_at = _footer_start(lines)
    speakers = _speakers(lines[1:footer_at])
    i = _front_matter(b, lines, speakers)
    body = lines[i:footer_at]
    # A caption is a lone line after a gap, where the body otherwise runs without
    # gaps (the figure it belonged to was dropped from the text).
    gaps = sum(line.blank_before for line in body[1:])
    captions_possible = bool(speakers) and gaps * 10 < max(len(body), 1)
    first_turn = next(
        (k for k in range(i, footer_at) if _speaker_of(lines[k], speakers)), None
    )
    for k in range(i, footer_at):
        intro = first_turn is not None and k < first_turn
        _body_line(
            b,
            lines,
            k,
            speakers,
            intro=intro,
            caption=captions_possible and k > i and lines[k].blank_before,
        )
    for line in lines[footer_at:]:
        m = _LINK.match(line.text)
        kind = BlockKind.LINK if m else BlockKind.FOOTER
        b.add(
            kind,
            line.start,
            line.end,
            in_section=False,
            label=m["label"] if m else None,
            url=m["url"] if m else None,
        )
    sections = tuple(
        Section(index, title, heading, tuple(ids))
        for index, (title, heading, ids) in enumerate(b.sections)
    )
    in_body = [blk for blk in b.blocks if blk.section >= 0]
    truncated = bool(speakers) and not in_body[-1].text.endswith(_SENTENCE_END)
    return Document(
        name=name,
        source=source,
        blocks=tuple(b.blocks),
        sections=sections,
        truncated=truncated,
        source_key=key,
    )


def _speaker_of(line: _Line, speakers: set[str]) -> str | None:
    m = _TURN.match(line.text)
    return m["name"] if m and m["name"] in speakers else None


def _body_line(
    b: _Builder,
    lines: list[_Line],
    k: int,
    speakers: set[str],
    *,
    intro: bool,
    caption: bool,
) -> None:
    """Classify one body line and add its block."""
    line = lines[k]
    speaker = _speaker_of(line, speakers)
    if speaker is not None:
        m = _TURN.match(line.text)
        assert m is not None
        b.speaker = speaker
        b.add(BlockKind.TURN, line.start + m.end(), line.end, speaker=speaker)
    elif caption and not _is_heading_text(lines[k - 1].text):
        b.add(BlockKind.CAPTION, line.start, line.end)
    elif _is_heading_text(line.text) and _followed_by_prose(lines, k):
        b.open_section(line)
    elif intro:
        note = line.text.endswith((":", "："))
        b.add(BlockKind.NOTE if note else BlockKind.LEAD, line.start, line.end)
    elif b.speaker is not None:
        b.add(BlockKind.TURN, line.start, line.end, speaker=b.speaker, continues=True)
    else:
        b.add(BlockKind.PARAGRAPH, line.start, line.end)


def _followed_by_prose(lines: list[_Line], k: int) -> bool:
    return k + 1 < len(lines) and not _is_heading_text(lines[k + 1].text)
