"""The frame of an Aozora Bunko file: its header lines, the symbol explanation
after them, and the colophon (底本…) that ends it."""

from __future__ import annotations

import re

SEPARATOR = re.compile(r"^-{20,}\s*$")
SYMBOLS = "【テキスト中に現れる記号について】"
COLOPHON = "底本："


def split_lines(text: str) -> list[tuple[int, str]]:
    """Lines without their ends, each with its offset in ``text``."""
    lines, pos = [], 0
    for raw in text.splitlines(keepends=True):
        lines.append((pos, raw.rstrip("\r\n")))
        pos += len(raw)
    return lines


def header_lines(lines: list[tuple[int, str]]) -> tuple[int, int]:
    """How many lines the title/author header holds, and where the body starts.

    The header is the lines before the first blank line; the symbol explanation,
    when it follows between hyphen lines, is skipped.
    """
    n = 0
    while n < len(lines) and lines[n][1].strip() and n < 6:
        n += 1
    body = n
    while body < len(lines) and not lines[body][1].strip():
        body += 1
    if body < len(lines) and SEPARATOR.match(lines[body][1]):
        close = next(
            (k for k in range(body + 1, len(lines)) if SEPARATOR.match(lines[k][1])),
            None,
        )
        if close is not None:
            body = close + 1
    while body < len(lines) and not lines[body][1].strip():
        body += 1
    return n, body


def colophon_at(lines: list[tuple[int, str]], body: int) -> int:
    """Index of the colophon's first line (``底本：``), or len(lines)."""
    for k in range(len(lines) - 1, body - 1, -1):
        if lines[k][1].startswith(COLOPHON):
            return k
    return len(lines)


def names(header: list[str]) -> tuple[str, str, str]:
    """Title, subtitle and author from the header lines.

    Aozora orders them title, subtitle, author, translator: the author is the last
    line, or the one before a last line ending in 訳 (the translator).
    """
    if not header:
        return "", "", ""
    if len(header) == 1:
        return header[0], "", ""
    author_at = len(header) - 1
    if header[-1].endswith("訳") and len(header) > 2:
        author_at -= 1
    return header[0], " ".join(header[1:author_at]), header[author_at]
