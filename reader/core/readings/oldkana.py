"""Historical kana usage (歴史的仮名遣い), spelled the modern way for the analyzer.

Pre-war texts, such as Aozora Bunko's 旧仮名 editions, write 通つて for 通って,
考へる for 考える, 縫はせる for 縫わせる, 植ゑる for 植える. UniDic-lite knows a
few of these spellings (思ふ, 言つた, ゐる) but cuts most of them wrong: 通つて
becomes 通(つう) + つ + て. Here each letter that historical usage writes for
another sound is tried in its modern spelling, and the analyzer itself judges:
a change stands where the analyzer then reads the letter inside an inflecting
word, joined to what comes before it (通っ, 考え, 縫わ), and did not before. So
the particles は and へ (私は, 東京へ) and a real つ (かつて) stay as written.

Every change is one letter for one letter: offsets in the line do not move.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

#: Letters historical usage writes for another sound, and the modern letter.
MODERN = {
    "つ": "っ",
    "は": "わ",
    "ひ": "い",
    "ふ": "う",
    "へ": "え",
    "ほ": "お",
    "ゐ": "い",
    "ゑ": "え",
}
#: A candidate letter follows a kanji or kana of the same word; a sokuon つ comes
#: before a voiceless consonant (通つて, 言つた, 掘つた, 勝つか).
_CANDIDATE = re.compile(
    r"(?<=[\u3041-\u3096\u3400-\u9fff々])"
    r"(?:つ(?=[かきくけこさしすせそたちつてとぱぴぷぺぽ])|[はひふへほゐゑ])"
)
_INFLECTING = ("動詞", "形容詞", "助動詞")
#: Spellings modern usage never has: ゐ and ゑ, a large つ before て or た (待つて,
#: 始まつた, いつて; かつて is a modern word too), ふ ending a word (思ふ。), old
#: long vowels (やう, さう, ませう). A line without one is read as written: most
#: lines of a modern text have a kanji before は or へ, and trying them costs two
#: more analyses.
_HISTORICAL = re.compile(
    r"[ゐゑヰヱ]|(?<!か)(?<=[ぁ-ゖ\u3400-\u9fff々])つ[てた]|ふ(?=[。、」』）！？\s]|$)"
    r"|[やさかせ]う(?![ぁ-ゖ])"
)


class Token(Protocol):
    """What the judge needs of an analyzer token."""

    @property
    def text(self) -> str: ...

    @property
    def pos(self) -> tuple[str, str, str]: ...

    @property
    def form(self) -> str: ...


def candidates(line: str) -> list[int]:
    """Where ``line`` may use a historical spelling (none in a modern line)."""
    if not _HISTORICAL.search(line):
        return []
    return [match.start() for match in _CANDIDATE.finditer(line)]


def modern_spelling(line: str, analyze: Callable[[str], Sequence[Token]]) -> str:
    """``line`` with the historical spellings the analyzer confirms made modern.

    The sokuon つ is tried first, then the other letters on top of it: a particle
    tried as a verb ending (どこへ read どこえ) must not spoil the verb after it.

    Args:
        line: one line of text.
        analyze: the analyzer: tokens covering a line exactly, in order.

    Returns:
        A line of the same length; ``line`` itself when nothing changes.
    """
    places = candidates(line)
    if not places:
        return line
    known = _known_words(analyze(line), places)
    text = line
    for letters in (_SOKUON, _OTHERS):
        tried = [p for p in places if line[p] in letters and p not in known]
        if tried:
            text = _confirmed(text, tried, analyze)
    return text


_SOKUON = "つ"
_OTHERS = "はひふへほゐゑ"


def _confirmed(
    line: str, places: list[int], analyze: Callable[[str], Sequence[Token]]
) -> str:
    """``line`` with the letters at ``places`` modern where the analyzer then
    reads them inside a word: an inflecting one (通っ, 考え), or for the sokuon
    any word but a particle (きっと, さっき)."""
    modern = _respelled(line, places)
    wanted = set(places)
    kept = []
    pos = 0
    for token in analyze(modern):
        end = pos + len(token.text)
        inflects = token.pos[0] in _INFLECTING
        for place in range(pos + 1, end):
            if place not in wanted:
                continue
            if line[place] != "つ":
                confirmed = inflects
            elif inflects:
                # A verb doubles only before て and た (通って), not in 寝つく.
                confirmed = token.form.endswith("促音便") and line[
                    place + 1 : place + 2
                ] in ("て", "た")
            else:
                confirmed = place < end - 1 and token.pos[0] != "助詞"  # きっと
            if confirmed:
                kept.append(place)
        pos = end
    return _respelled(line, kept) if kept else line


def _respelled(line: str, places: Sequence[int]) -> str:
    chars = list(line)
    for place in places:
        chars[place] = MODERN[line[place]]
    return "".join(chars)


def _known_words(tokens: Sequence[Token], places: list[int]) -> set[int]:
    """Places in the middle of a word the analyzer knows as written (かつて,
    "once"): that word is left alone."""
    wanted = set(places)
    found: set[int] = set()
    pos = 0
    for token in tokens:
        end = pos + len(token.text)
        if token.pos[0] not in _INFLECTING:
            found.update(p for p in range(pos + 1, end - 1) if p in wanted)
        pos = end
    return found
