"""Aozora Bunko plain text: its notation turned into the text a reader reads.

An Aozora file opens with a title/author header and an explanation of its symbols
between two lines of hyphens, marks ruby as ``｜base《reading》`` (the ``｜`` may be
left out when the base is the run of one script before ``《``), puts notes in
``［＃…］`` (``※［＃…］`` for a character JIS lacks), and ends with a colophon that
starts at ``底本：``. :func:`convert` keeps what is read: the header's title and
author lines, the body without notation, the ruby as spans over it, the headings;
the colophon and the symbol explanation become metadata.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from reader.core.readings.kana import voiced
from reader.core.text.aozora_header import (
    SEPARATOR,
    SYMBOLS,
    colophon_at,
    header_lines,
    names,
    split_lines,
)
from reader.core.text.document import Ruby
from reader.core.text.notes import (
    ACCENTED,
    PLACEHOLDER,
    accented,
    gaiji_character,
    heading_level,
)

_TOKEN = re.compile(r"※［＃|［＃|｜|《|〔|〕")
_NOTE_IN_READING = re.compile(r"［＃[^］]*］")
#: The くの字点 (〳〵, "repeat the two before"), which files write ／＼ or, voiced,
#: ／″＼. Over a word it cannot stand in ruby: きり／″＼す is read きりぎりす.
_KUNOJITEN = re.compile(r"([ぁ-ゖァ-ヺ]{2})／(″?)＼")
#: A ruby span written this way, for telling Aozora text by its density.
_RUBY = re.compile(r"[々〆ヶ\u3400-\u9fff\uf900-\ufaff]《[ぁ-ゖァ-ヺー]{1,20}》")
READING_MAX = 40  # longer "readings" are a bracketed passage, not ruby
BASE_MAX = 100  # a ｜ further than this from its 《 is a character of the text
NOTE_MAX = 500  # a ［＃ left open this long is text (and no line scan is quadratic)
ACCENT_MAX = 200  # the longest 〔…〕 read as accent decomposition


@dataclass(frozen=True)
class AozoraText:
    """An Aozora file as read.

    Attributes:
        text: the header's title and author lines, a blank line, and the body
            without notation; lines end in ``\\n``.
        title: the work's title (the first header line).
        author: the author (see :func:`.aozora_header.names`), or "".
        subtitle: header lines between title and author, joined by a space.
        colophon: the 底本 colophon and what follows it, as written.
        ruby: the author's readings, as spans of ``text``.
        headings: ``(start, end, level)`` of heading lines in ``text``.
        title_span: ``(start, end)`` of the title in ``text``.
        author_span: ``(start, end)`` of the author in ``text``, or None.
    """

    text: str
    title: str
    author: str
    subtitle: str
    colophon: str
    ruby: tuple[Ruby, ...]
    headings: tuple[tuple[int, int, int], ...]
    title_span: tuple[int, int]
    author_span: tuple[int, int] | None
    _runs: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())

    def file_offset(self, offset: int) -> int:
        """Where the character at ``offset`` of ``text`` stands in the file's text."""
        starts, file_starts = self._runs
        i = bisect_right(starts, offset) - 1
        if i < 0:
            return 0
        return file_starts[i] + offset - starts[i]


def is_aozora(text: str) -> bool:
    """Whether ``text`` is written in Aozora notation.

    The symbol explanation between hyphen lines marks it; without one, ruby must be
    dense (three spans at least, one per 2,000 characters), so a plain text with a
    stray 《 is left as it is.
    """
    head = text[:4000]
    if SYMBOLS in head and any(SEPARATOR.match(ln) for ln in head.splitlines()):
        return True
    count = sum(1 for _ in _RUBY.finditer(text))
    return count >= 3 and count * 2000 >= len(text)


_KANJI = "々〆ヶ〻〇〓\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_LATIN = "A-Za-z0-9\u00c0-\u024f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
#: The run of one script that ends a text: an unmarked ruby base. Kanji includes
#: the placeholder of an unknown gaiji, which always stands for a kanji.
_BASE_RUN = re.compile(
    f"(?:[{_KANJI}]+|[\u30a1-\u30ff\u31f0-\u31ff]+|[\u3041-\u309f]+|[{_LATIN}]+)$"
)


def _close(line: str, i: int) -> int:
    """Index of the ］ closing the note opened at ``i``, nested notes counted; -1."""
    depth = 0
    for j in range(i, min(len(line), i + NOTE_MAX)):
        if line[j] == "［":
            depth += 1
        elif line[j] == "］":
            depth -= 1
            if depth == 0:
                return j
    return -1


class _Out:
    """The text being built, its ruby, and where each run came from in the file."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.ruby: list[Ruby] = []
        self.starts: list[int] = []
        self.file_starts: list[int] = []

    def add(self, text: str, file_pos: int) -> None:
        if not text:
            return
        starts, files = self.starts, self.file_starts
        if not starts or files[-1] + self.size - starts[-1] != file_pos:
            starts.append(self.size)
            files.append(file_pos)
        self.parts.append(text)
        self.size += len(text)

    def tail(self, limit: int) -> str:
        """The last ``limit`` characters (or fewer) written."""
        out: list[str] = []
        got = 0
        for part in reversed(self.parts):
            out.append(part)
            got += len(part)
            if got >= limit:
                break
        return "".join(reversed(out))[-limit:]

    def implicit_start(self, line_start: int) -> int:
        """Start of the run of one script that ends the text: an unmarked ruby base.

        The run stops at the line's start and at the previous ruby's base
        (申《さる》の刻《こく》下《さが》り: the base of さが is 下 alone).
        """
        floor = max(line_start, self.ruby[-1].end if self.ruby else 0)
        tail = self.tail(min(self.size - floor, READING_MAX))
        m = _BASE_RUN.search(tail)
        return self.size - (len(m.group()) if m else 0)


def _line(out: _Out, line: str, file_pos: int) -> int | None:
    """Append one line without its notation; return its heading level, if any."""
    level: int | None = None
    line_start = out.size
    bar: int | None = None
    accent = False  # inside a 〔…〕 of accent decomposition
    i = 0
    for m in _TOKEN.finditer(line):
        if m.start() < i:
            continue  # inside a note or ruby already consumed
        _plain(out, line[i : m.start()], file_pos + i, accent)
        token, i = m.group(), m.start()
        if token in ("※［＃", "［＃"):
            i, level = _note(out, line, i, file_pos, token, level)
        elif token == "｜":
            if _is_bar(line, i):
                bar = out.size
            else:
                out.add(token, file_pos + i)
            i += 1
        elif token == "〔" and not accent and _is_accent(line, i):
            accent, i = True, i + 1  # the brackets only scope the notation
        elif token == "〕" and accent:
            accent, i = False, i + 1
        elif token in "〔〕":
            out.add(token, file_pos + i)
            i += 1
        else:
            i = _ruby(out, line, i, file_pos, bar, line_start)
            bar = None
    _plain(out, line[i:], file_pos + i, accent)
    return level


def _plain(out: _Out, text: str, file_pos: int, accent: bool) -> None:
    out.add(accented(text) if accent else text, file_pos)


def _is_accent(line: str, i: int) -> bool:
    """Whether the 〔 at ``i`` opens accent decomposition: it closes on its line
    and holds an accented pair."""
    end = line.find("〕", i + 1, i + 1 + ACCENT_MAX)
    return end > i and ACCENTED.search(line, i + 1, end) is not None


def _note(
    out: _Out, line: str, i: int, file_pos: int, token: str, level: int | None
) -> tuple[int, int | None]:
    """Read the note at ``i``: a gaiji's character is written, a heading noted."""
    note_at = i + (1 if token == "※［＃" else 0)
    end = _close(line, note_at)
    if end < 0:
        out.add(token, file_pos + i)  # unterminated: shown as written
        return i + len(token), level
    note = line[note_at + 2 : end]
    if token == "※［＃":
        out.add(gaiji_character(note) or PLACEHOLDER, file_pos + i)
    else:
        level = heading_level(note) or level
    return end + 1, level


def _is_bar(line: str, i: int) -> bool:
    """Whether the ｜ at ``i`` opens a ruby base: a 《…》 follows on its line."""
    open_at = line.find("《", i + 1, i + 1 + BASE_MAX)
    if open_at <= i + 1 or "｜" in line[i + 1 : open_at]:
        return False
    return line.find("》", open_at + 1, open_at + 2 + READING_MAX) > open_at + 1


def _repeated(match: re.Match[str]) -> str:
    pair = match.group(1)
    return pair + (voiced(pair[0]) + pair[1] if match.group(2) else pair)


def _ruby(
    out: _Out, line: str, i: int, file_pos: int, bar: int | None, line_start: int
) -> int:
    """Take the ``《…》`` at ``i`` as ruby over the base before it; return the next
    index to read."""
    end = line.find("》", i + 1, i + 2 + READING_MAX)
    reading = line[i + 1 : end] if end > i else ""
    if "［" in reading:
        reading = _NOTE_IN_READING.sub("", reading)
    if "／" in reading:
        reading = _KUNOJITEN.sub(_repeated, reading)
    start = bar if bar is not None else out.implicit_start(line_start)
    if (
        end < 0
        or not reading.strip()
        or "《" in reading
        or len(reading) > READING_MAX
        or start >= out.size
    ):
        out.add("《", file_pos + i)  # not ruby: a bracket of the text itself
        return i + 1
    out.ruby.append(Ruby(start, out.size, reading))
    return end + 1


def convert(text: str) -> AozoraText:
    """The Aozora file's text as read (see the module docstring)."""
    lines = split_lines(text)
    n_header, body = header_lines(lines)
    colophon = colophon_at(lines, body)
    out = _Out()
    spans: list[tuple[int, int]] = []
    for pos, line in lines[:n_header]:
        start = out.size
        _line(out, line.strip(), pos + len(line) - len(line.lstrip()))
        spans.append((start, out.size))
        out.add("\n", pos + len(line))
    out.add("\n", lines[n_header][0] if n_header < len(lines) else len(text))
    headings: list[tuple[int, int, int]] = []
    for pos, line in lines[body:colophon]:
        start = out.size
        level = _line(out, line, pos)
        if level is not None and out.size > start:
            headings.append((start, out.size, level))
        out.add("\n", pos + len(line))
    read = "".join(out.parts)
    header = [read[s:e] for s, e in spans]
    title, subtitle, author = names(header)
    author_at = header.index(author) if author else -1
    colophon_text = "\n".join(line for _, line in lines[colophon:]).strip()
    return AozoraText(
        text=read,
        title=title,
        author=author,
        subtitle=subtitle,
        colophon=colophon_text,
        ruby=tuple(out.ruby),
        headings=tuple(headings),
        title_span=spans[0] if spans else (0, 0),
        author_span=spans[author_at] if author_at >= 0 else None,
        _runs=(tuple(out.starts), tuple(out.file_starts)),
    )
