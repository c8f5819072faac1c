"""The sentence around a word: what a flashcard shows, not the whole turn.

A sentence ends after 。！？!? (and the closing brackets or quotes right after
them) or at a line end. A terminator inside 「」『』（）() that close in the same
text does not end a sentence, so a quotation stays whole; an unclosed bracket is
ignored.
"""

from __future__ import annotations

_ENDS = frozenset("。！？!?")
_PAIRS = {"「": "」", "『": "』", "（": "）", "(": ")", "【": "】"}
_CLOSERS = frozenset(_PAIRS.values()) | frozenset("”’")
_LINE_ENDS = frozenset("\n\r\u2028\u2029")


def _quoted(text: str) -> list[bool]:
    """For each character, whether it lies inside a bracket pair that closes."""
    inside = [False] * len(text)
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch in _LINE_ENDS:
            stack.clear()  # brackets do not reach over a line end
        elif ch in _PAIRS:
            stack.append((_PAIRS[ch], i))
        elif stack and ch == stack[-1][0]:
            _, opened = stack.pop()
            if not stack:
                for k in range(opened + 1, i):
                    inside[k] = True
    return inside


def sentence_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The ``[start, end)`` of the sentence(s) holding ``text[start:end]``.

    Leading and trailing white space is left out. A range over several sentences
    gives all of them.
    """
    end = start if end is None else end
    inside = _quoted(text)
    cuts = [0]
    i = 0
    while i < len(text):
        ch = text[i]
        i += 1
        if ch in _LINE_ENDS or (ch in _ENDS and not inside[i - 1]):
            while i < len(text) and (text[i] in _ENDS or text[i] in _CLOSERS):
                i += 1
            cuts.append(i)
    cuts.append(len(text))
    lo = max(c for c in cuts if c <= start)
    hi = min((c for c in cuts if c >= max(end, start + 1)), default=len(text))
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def sentence_at(text: str, start: int, end: int | None = None) -> str:
    """The sentence(s) holding ``text[start:end]`` (see ``sentence_bounds``)."""
    lo, hi = sentence_bounds(text, start, end)
    return text[lo:hi]
