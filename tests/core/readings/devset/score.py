"""Score a reader's furigana and romaji against the development set.

Run ``python -m tests.core.readings.devset.score [--errors]`` from the repository
root to score the engine on the branch; import :func:`score_engine` (or
:func:`score_units` for any other reader) from a benchmark or a tuning script.

**Kanji words wrong.** Each reference token that holds a kanji is judged on its
own. The system's output is turned into *units*: stretches of the text with the
kana the system gives them (a ruby unit, a plain kana stretch, a whole word when
its reading cannot be cut, such as ``35人``). A reference token is right when the
system's kana over exactly its span equal the reference reading. When the system
cuts the text differently, so that a unit crosses the token's edge (``今日は``
read as one unit ``こんにちは``), the span is widened to the smallest stretch
whose two ends are edges on both sides, and the kana over that stretch are
compared: the token is right only if the whole stretch reads right. A kanji the
system leaves without a reading counts as wrong. Kana are compared as heard:
katakana as hiragana, punctuation and spaces left out (五、六 read ごろく). Where
two readings are equally right the reference gives both (``ふくつう/はらいた``,
the first preferred) and either counts as right.

**Romaji character error rate.** Per line, the words' romaji joined by single
spaces (words without kana skipped, as in ``reading_cases.tsv``); the edit
distance to the reference line, summed over lines, divided by the reference
length.

Means are the plain mean of the per-text figures, so a long text does not
outweigh the others.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from reader.core.readings import ReadingEngine, Word, to_romaji
from reader.core.readings.fixed import with_fixed
from reader.core.readings.glosses import Glosses
from reader.core.resources import bundled_seed_path

DEVSET = Path(__file__).resolve().parent
#: The texts, in the order the figures are printed.
TEXTS = (
    "dialogue_miyazawa",
    "science_terada",
    "technical_bash",
    "prewar_akutagawa",
    "modern_dazai",
)

_KATA_TO_HIRA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def hiragana(text: str) -> str:
    """Katakana letters turned to hiragana; everything else kept."""
    return text.translate(_KATA_TO_HIRA)


def has_kanji(text: str) -> bool:
    """Whether ``text`` holds a CJK ideograph or an iteration mark."""
    return any(
        ch in "々〆〇" or "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
        or ord(ch) >= 0x20000
        for ch in text
    )


@dataclass(frozen=True)
class Token:
    """One reference word: its place in the text and its reading in hiragana.

    ``reading`` is empty for tokens that are not Japanese (punctuation, Latin,
    digits, spaces, line breaks): they are read as themselves. ``glossed`` marks
    a reading the author gave as ruby (often a rare or personal reading that no
    engine can know once the ruby is stripped).
    """

    start: int
    surface: str
    reading: str
    glossed: bool = False

    @property
    def end(self) -> int:
        """Offset just past the token."""
        return self.start + len(self.surface)

    @property
    def kana(self) -> str:
        """What the token sounds like (the preferred reading), or its own text."""
        return self.readings[0]

    @property
    def readings(self) -> tuple[str, ...]:
        """Every reading judged right, preferred first (``ふくつう/はらいた``)."""
        return tuple(self.reading.split("/")) if self.reading else (self.surface,)


@dataclass(frozen=True)
class Unit:
    """A stretch of the text with the kana a system gives it."""

    start: int
    end: int
    kana: str


@dataclass(frozen=True)
class DevText:
    """One development text with its reference."""

    name: str
    text: str
    tokens: tuple[Token, ...]
    romaji: tuple[str, ...]

    @property
    def lines(self) -> list[str]:
        """The text's lines (the romaji reference has one line per line)."""
        return self.text.split("\n")


@dataclass(frozen=True)
class Miss:
    """A reference kanji word the system read wrong."""

    text: str
    start: int
    end: int
    got: str
    want: str
    glossed: bool = False


@dataclass(frozen=True)
class TextScore:
    """The figures for one text."""

    name: str
    kanji_words: int
    misses: tuple[Miss, ...]
    romaji_errors: int | None
    romaji_length: int
    glossed_words: int = 0

    @property
    def wrong_pct(self) -> float:
        """Share of reference kanji words read wrong, in per cent."""
        return 100.0 * len(self.misses) / self.kanji_words

    @property
    def unglossed_wrong_pct(self) -> float:
        """The same, leaving out the words the author glossed with ruby."""
        wrong = sum(1 for miss in self.misses if not miss.glossed)
        return 100.0 * wrong / (self.kanji_words - self.glossed_words)

    @property
    def cer_pct(self) -> float | None:
        """Romaji character error rate in per cent (``None``: no romaji scored)."""
        if self.romaji_errors is None:
            return None
        return 100.0 * self.romaji_errors / self.romaji_length


def _unescape(field: str) -> str:
    return field.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def load(name: str) -> DevText:
    """Read one text, its reference tokens and its reference romaji.

    ``interview`` is the bundled interview, its text read from the seed.
    """
    if name == "interview":
        text = bundled_seed_path().read_text(encoding="utf-8")
    else:
        text = (DEVSET / f"{name}.txt").read_text(encoding="utf-8")
    tokens: list[Token] = []
    pos = 0
    rows = (DEVSET / f"{name}.tsv").read_text(encoding="utf-8").split("\n")
    for row in rows[1:]:  # the first row is a comment
        if not row:
            continue
        surface, reading, *flag = row.split("\t")
        surface = _unescape(surface)
        tokens.append(Token(pos, surface, reading, flag == ["ruby"]))
        pos += len(surface)
    romaji = (DEVSET / f"{name}.romaji.txt").read_text(encoding="utf-8")
    return DevText(name, text, tuple(tokens), tuple(romaji.split("\n")))


def load_all() -> list[DevText]:
    """Every development text, in :data:`TEXTS` order."""
    return [load(name) for name in TEXTS]


def judge(dev: DevText, units: Sequence[Unit]) -> tuple[int, list[Miss]]:
    """Count the reference kanji words and list those ``units`` read wrong."""
    units = _cover(dev.text, units)
    starts = [unit.start for unit in units]
    ref_edges = {token.start for token in dev.tokens} | {len(dev.text)}
    sys_edges = set(starts) | {len(dev.text)}
    common = sorted(ref_edges & sys_edges)
    ref_starts = [token.start for token in dev.tokens]
    count = 0
    misses: list[Miss] = []
    for token in dev.tokens:
        if not has_kanji(token.surface):
            continue
        count += 1
        left = common[bisect.bisect_right(common, token.start) - 1]
        right = common[bisect.bisect_left(common, token.end)]
        wants = _kana_over(dev.tokens, ref_starts, left, right)
        got = "".join(
            unit.kana
            for unit in units[bisect.bisect_left(starts, left) :]
            if unit.start < right
        )
        if _sound(got) not in {_sound(want) for want in wants}:
            text = dev.text[left:right]
            misses.append(Miss(text, left, right, got, wants[0], token.glossed))
    return count, misses


def _sound(kana: str) -> str:
    """Kana compared as heard: hiragana, punctuation and spaces left out (五、六)."""
    return "".join(
        ch for ch in hiragana(kana) if unicodedata.category(ch)[0] not in "PZ"
    )


def _kana_over(
    tokens: Sequence[Token], starts: list[int], left: int, right: int
) -> list[str]:
    """Every right reading of the tokens in ``[left, right)``, preferred first."""
    index = bisect.bisect_left(starts, left)
    choices: list[tuple[str, ...]] = []
    while index < len(tokens) and tokens[index].start < right:
        choices.append(tokens[index].readings)
        index += 1
    return ["".join(parts) for parts in itertools.product(*choices)]


def _cover(text: str, units: Sequence[Unit]) -> list[Unit]:
    """Units sorted, with any stretch the system left out read as itself."""
    out: list[Unit] = []
    pos = 0
    for unit in sorted(units, key=lambda u: u.start):
        if unit.start < pos:
            raise ValueError(f"units overlap at offset {unit.start}")
        if unit.start > pos:
            out.append(Unit(pos, unit.start, text[pos : unit.start]))
        if unit.end > unit.start:
            out.append(unit)
        pos = unit.end
    if pos < len(text):
        out.append(Unit(pos, len(text), text[pos:]))
    return out


def romaji_errors(dev: DevText, lines: Sequence[str]) -> tuple[int, int]:
    """Edit distance to the reference romaji, and the reference length."""
    if len(lines) != len(dev.romaji):
        raise ValueError(
            f"{dev.name}: {len(lines)} romaji lines for {len(dev.romaji)} reference lines"
        )
    errors = sum(
        Levenshtein.distance(got, want)
        for got, want in zip(lines, dev.romaji, strict=True)
    )
    return errors, sum(len(want) for want in dev.romaji)


def score_units(
    dev: DevText, units: Sequence[Unit], romaji: Sequence[str] | None = None
) -> TextScore:
    """Score any reader's output: its units, and its romaji lines if it has any."""
    count, misses = judge(dev, units)
    errors, length = romaji_errors(dev, romaji) if romaji is not None else (None, 0)
    glossed = sum(1 for t in dev.tokens if t.glossed and has_kanji(t.surface))
    return TextScore(dev.name, count, tuple(misses), errors, length, glossed)


def word_units(words: Iterable[Word]) -> list[Unit]:
    """Units of the project's words: ruby units and kana stretches.

    A word whose segments do not spell its kana (numbers read out, such as
    ``35人``) is one unit with the word's kana.
    """
    units: list[Unit] = []
    for word in words:
        if word.kana is None:
            units.append(Unit(word.start, word.end, word.text))
            continue
        if "".join(seg.kana for seg in word.segments) != word.kana:
            units.append(Unit(word.start, word.end, word.kana))
            continue
        pos = word.start
        for seg in word.segments:
            units.append(Unit(pos, pos + len(seg.text), seg.kana))
            pos += len(seg.text)
    return units


def word_romaji(words: Iterable[Word]) -> list[str]:
    """One romaji line per text line: the words' romaji joined by single spaces."""
    lines: list[list[str]] = [[]]
    for word in words:
        if word.kana is None and "\n" in word.text:
            lines.extend([] for _ in range(word.text.count("\n")))
            continue
        romaji = to_romaji(word)
        if romaji:
            lines[-1].append(romaji)
    return [" ".join(line) for line in lines]


def score_engine(read: Callable[[str], Sequence[Word]]) -> list[TextScore]:
    """Score a reader that returns the project's words, on every text."""
    scores = []
    for dev in load_all():
        words = read(dev.text)
        scores.append(score_units(dev, word_units(words), word_romaji(words)))
    return scores


def mean(values: Sequence[float]) -> float:
    """The plain mean (0 for no values)."""
    return sum(values) / len(values) if values else 0.0


def report(label: str, scores: Sequence[TextScore], errors: bool = False) -> None:
    """Print per-text figures and means as ``key=value`` lines."""
    for score in scores:
        cer = "" if score.cer_pct is None else f" romaji_cer_pct={score.cer_pct:.2f}"
        print(
            f"{label}.{score.name}: kanji_words={score.kanji_words} "
            f"wrong={len(score.misses)} wrong_pct={score.wrong_pct:.2f} "
            f"unglossed_wrong_pct={score.unglossed_wrong_pct:.2f}{cer}"
        )
    print(f"{label}.mean_kanji_wrong_pct={mean([s.wrong_pct for s in scores]):.2f}")
    unglossed = mean([s.unglossed_wrong_pct for s in scores])
    print(f"{label}.mean_unglossed_kanji_wrong_pct={unglossed:.2f}")
    cers = [s.cer_pct for s in scores if s.cer_pct is not None]
    if cers:
        print(f"{label}.mean_romaji_cer_pct={mean(cers):.2f}")
    if errors:
        for score in scores:
            seen: dict[int, int] = {}
            for miss in score.misses:  # one line per stretch, however many words
                seen[miss.start] = seen.get(miss.start, 0) + 1
            for miss in score.misses:
                count = seen.pop(miss.start, 0)
                if not count:
                    continue
                ruby = "\t(ruby)" if miss.glossed else ""
                words = f"\t({count} words)" if count > 1 else ""
                print(
                    f"  {score.name}@{miss.start}\t{miss.text}\t"
                    f"got={miss.got}\twant={miss.want}{ruby}{words}"
                )


def read_as_distributed(dev: DevText, engine: ReadingEngine) -> Sequence[Word]:
    """Yomu's words for ``dev`` as Yomu shows the Aozora file it comes from.

    The file's ruby is the reading over its span (``reader.core.readings.fixed``)
    and carries to the later uses of the words it glosses (``glosses.py``), as in
    the window; a text without ruby (the bash manual) reads as plain.
    """
    from tests.core.readings.devset.make_reference import RAW, parse_aozora

    text, rubies = parse_aozora((RAW / f"{dev.name}.txt").read_text(encoding="utf-8"))
    if text != dev.text:
        raise ValueError(f"{dev.name}: the raw file is not the scored text")
    own = [(r.start, r.end, r.reading) for r in rubies]
    words = engine.read(text)
    carried = Glosses(text, own).spans(text, 0, words, own)
    return with_fixed(text, words, sorted([*own, *carried]), engine.read)


def main(argv: Sequence[str] | None = None) -> None:
    """Score the engine on this branch and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else "")
    parser.add_argument("--errors", action="store_true", help="list every miss")
    parser.add_argument(
        "--with-ruby",
        action="store_true",
        help="read the texts as distributed, with the author's ruby (Aozora)",
    )
    args = parser.parse_args(argv)
    engine = ReadingEngine()
    if args.with_ruby:
        scores = score_engine(lambda text: _distributed(text, engine))
        report("yomu_with_ruby", scores, errors=args.errors)
        return
    report("yomu", score_engine(engine.read), errors=args.errors)


def _distributed(text: str, engine: ReadingEngine) -> Sequence[Word]:
    dev = next(d for d in load_all() if d.text == text)
    return read_as_distributed(dev, engine)


if __name__ == "__main__":
    main()
