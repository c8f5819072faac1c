"""Reading corrections: fixes shipped for the bundled interview, plus the reader's own.

A correction names a surface word, its reading in furigana notation (split per kanji
where that matters: ``良(よ)し悪(あ)し``) and optional context: text that must come
right before and right after it. It replaces whatever pykakasi would say for the
occurrences it matches. The bundled ones live in ``resources/readings/
corrections.tsv``; the UI adds user corrections with :meth:`Corrections.with_user`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from reader.core.readings.furigana import notation, parse_notation, split
from reader.core.readings.kana import has_kanji, is_hiragana_text
from reader.core.readings.model import Segment
from reader.core.resources import read_text

BUNDLED = "readings/corrections.tsv"


@dataclass(frozen=True)
class Correction:
    """One fixed reading.

    Attributes:
        segments: the surface word with its readings (joined texts = surface).
        before: text that must immediately precede the word ("" = anything).
        after: text that must immediately follow it ("" = anything).
        user: whether the reader made it (user corrections win over bundled ones).
        note: why the correction exists.
        token: apply only where pykakasi produced exactly this word (written
            ``=人(ひと)`` in the data), so a single kanji such as 人 is fixed
            without touching compounds like 友人.
    """

    segments: tuple[Segment, ...]
    before: str = ""
    after: str = ""
    user: bool = False
    note: str = ""
    token: bool = False

    @property
    def surface(self) -> str:
        """The word as written."""
        return "".join(seg.text for seg in self.segments)

    @property
    def kana(self) -> str:
        """The word's full reading."""
        return "".join(seg.kana for seg in self.segments)

    def matches(self, line: str, start: int) -> bool:
        """Whether this correction applies at ``line[start:]``."""
        end = start + len(self.surface)
        return (
            line.startswith(self.surface, start)
            and line[:start].endswith(self.before)
            and line.startswith(self.after, end)
        )


def make_correction(
    surface: str, reading: str, before: str = "", after: str = "", user: bool = True
) -> Correction:
    """A correction from a surface word and a reading.

    Args:
        surface: the word as written (must hold a kanji).
        reading: either furigana notation for ``surface`` (``取(と)り扱(あつか)い``)
            or the whole reading in hiragana, which is split over the kanji.
        before: context required before the word.
        after: context required after the word.
        user: whether the reader made it.

    Raises:
        ValueError: the reading is not hiragana or does not fit the surface.
    """
    if "(" in reading:
        segments = parse_notation(reading)
    elif is_hiragana_text(reading):
        segments = split(surface, reading)
    else:
        raise ValueError(f"reading must be hiragana: {reading!r}")
    correction = Correction(segments, before, after, user)
    if correction.surface != surface or not has_kanji(surface):
        raise ValueError(f"reading {reading!r} does not fit {surface!r}")
    for seg in segments:
        if seg.reading is not None and not is_hiragana_text(seg.reading):
            raise ValueError(f"reading must be hiragana: {seg.reading!r}")
    return correction


class Corrections:
    """An ordered set of corrections, user ones first, immutable once built."""

    def __init__(self, entries: Iterable[Correction] = ()) -> None:
        # Precedence at one position: user over bundled, longer surface, more context.
        self._entries = tuple(
            sorted(
                entries,
                key=lambda c: (not c.user, -len(c.surface), -len(c.before + c.after)),
            )
        )
        self._by_first: dict[str, list[Correction]] = {}
        self._by_token: dict[str, list[Correction]] = {}
        for entry in self._entries:
            if entry.token:
                self._by_token.setdefault(entry.surface, []).append(entry)
            else:
                self._by_first.setdefault(entry.surface[0], []).append(entry)

    @classmethod
    def bundled(cls) -> Corrections:
        """The corrections shipped with the app."""
        return cls.from_tsv(read_text(BUNDLED))

    @classmethod
    def from_tsv(cls, text: str, user: bool = False) -> Corrections:
        """Parse TSV lines ``notation, before, after, note`` (# starts a comment)."""
        entries = []
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            notation_, before, after, note = (line.split("\t") + ["", "", ""])[:4]
            token = notation_.startswith("=")
            segments = parse_notation(notation_.removeprefix("="))
            entries.append(Correction(segments, before, after, user, note, token))
        return cls(entries)

    def to_tsv(self) -> str:
        """The corrections as TSV lines (the inverse of :meth:`from_tsv`)."""
        return "".join(_tsv_line(c) + "\n" for c in self._entries)

    @property
    def entries(self) -> tuple[Correction, ...]:
        """All corrections in precedence order."""
        return self._entries

    def merged(self, others: Iterable[Correction]) -> Corrections:
        """These corrections plus ``others``."""
        return Corrections((*self._entries, *others))

    def for_token(self, line: str, start: int, text: str) -> Correction | None:
        """The token correction for the word ``text`` at ``line[start:]``, if any."""
        return next(
            (c for c in self._by_token.get(text, ()) if c.matches(line, start)), None
        )

    def with_user(
        self, surface: str, reading: str, before: str = "", after: str = ""
    ) -> Corrections:
        """These corrections plus one made by the reader (see make_correction)."""
        return self.merged([make_correction(surface, reading, before, after)])

    @property
    def digest(self) -> str:
        """A hash of the content, part of the readings cache key."""
        data = "".join(f"{int(c.user)}{_tsv_line(c)}\n" for c in self._entries)
        return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]

    def find(self, line: str) -> list[tuple[int, Correction]]:
        """Non-overlapping ``(start, correction)`` matches in ``line``."""
        found: list[tuple[int, Correction]] = []
        start = 0
        while start < len(line):
            hit = next(
                (
                    c
                    for c in self._by_first.get(line[start], ())
                    if c.matches(line, start)
                ),
                None,
            )
            if hit is None:
                start += 1
                continue
            found.append((start, hit))
            start += len(hit.surface)
        return found


def _tsv_line(c: Correction) -> str:
    mark = "=" if c.token else ""
    return f"{mark}{notation(c.segments)}\t{c.before}\t{c.after}\t{c.note}"
