"""Build the development set's reference from the raw texts (run by hand).

``python -m tests.core.readings.devset.make_reference`` reads ``raw/*.txt``
(Aozora Bunko notation kept), and writes for each text:

- ``NAME.txt``: the text scored, Aozora notation stripped;
- ``NAME.tsv``: the reference, one ``surface<TAB>reading`` row per token;
- ``NAME.romaji.txt``: the reference romaji, one line per line of text;
- ``review/NAME.tsv``: every kanji word on which the engines disagree.

How the reference is made: UniDic short units (fugashi + unidic-lite) give the
cut and a first reading; a reading the author wrote as ruby replaces it (the
tokens under one ruby are merged into one); the rows of ``overrides.tsv``, each
judged by hand after comparing SudachiPy, raw pykakasi and the project's engine,
replace what is left wrong. Needs fugashi, unidic-lite, sudachipy and
sudachidict-core installed (they are not the project's dependencies).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace

import fugashi  # type: ignore[import-not-found,unused-ignore]

from reader.core.readings.romaji import kana_to_romaji
from tests.core.readings.devset import engines
from tests.core.readings.devset.score import (
    DEVSET,
    TEXTS,
    DevText,
    Miss,
    Token,
    Unit,
    has_kanji,
    hiragana,
    judge,
)

RAW = DEVSET / "raw"
REVIEW = DEVSET / "review"
#: Characters outside JIS that Aozora writes as ※［＃description］.
GAIJI = {"てへん＋丑": "扭", "目＋匡": "眶"}
_GAIJI_RE = re.compile(r"※［＃「([^」]+)」[^］]*］")
_NOTE_RE = re.compile(r"［＃[^］]*］")
_PARTICLE_ROMAJI = {"は": "wa", "へ": "e", "を": "o"}


@dataclass(frozen=True)
class Ruby:
    """A reading the author wrote over ``text[start:end]``."""

    start: int
    end: int
    reading: str


@dataclass(frozen=True)
class RefToken:
    """A reference token being built, with UniDic's features for romaji."""

    start: int
    surface: str
    reading: str
    pos1: str = ""
    pos2: str = ""
    pos3: str = ""
    cform: str = ""
    lemma: str = ""
    glossed: bool = False  # the reading is the author's ruby

    @property
    def end(self) -> int:
        return self.start + len(self.surface)


def _char_class(ch: str) -> str:
    if has_kanji(ch) or ch in "ヶ仝":
        return "kanji"
    if "\u3041" <= ch <= "\u309f":
        return "hira"
    if "\u30a0" <= ch <= "\u30ff" and ch != "・":
        return "kata"
    if ch.isalnum():
        return "alnum"
    return "other"


def parse_aozora(raw: str) -> tuple[str, list[Ruby]]:
    """The plain text and the author's ruby, from Aozora Bunko notation."""
    raw = _GAIJI_RE.sub(lambda m: GAIJI[m.group(1)], raw)
    raw = _NOTE_RE.sub("", raw)
    out: list[str] = []
    rubies: list[Ruby] = []
    base_start: int | None = None
    last_end = 0  # a base never reaches back into the previous ruby's base
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == "｜":
            base_start = len(out)
        elif ch == "《":
            close = raw.index("》", i)
            end = len(out)
            if base_start is None:
                kind = _char_class(out[-1])
                base_start = end
                while (
                    base_start > last_end and _char_class(out[base_start - 1]) == kind
                ):
                    base_start -= 1
            rubies.append(Ruby(base_start, end, hiragana(raw[i + 1 : close])))
            base_start = None
            last_end = end
            i = close
        else:
            out.append(ch)
        i += 1
    return "".join(out), rubies


def unidic_tokens(text: str, tagger: fugashi.Tagger) -> list[RefToken]:
    """UniDic short units covering ``text``; gaps (spaces, breaks) as tokens."""
    tokens: list[RefToken] = []
    pos = 0
    for line in text.split("\n"):
        for node in tagger(line):
            surface = node.surface
            start = text.index(surface, pos)
            if start > pos:
                tokens.append(RefToken(pos, text[pos:start], ""))
            feature = node.feature
            kana = getattr(feature, "kana", None)
            reading = _reading(surface, kana)
            tokens.append(
                RefToken(
                    start,
                    surface,
                    reading,
                    feature.pos1,
                    feature.pos2,
                    feature.pos3 or "",
                    feature.cForm or "",
                    feature.lemma or "",
                )
            )
            pos = start + len(surface)
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end + 1
        if end > pos:
            tokens.append(RefToken(pos, text[pos:end], ""))
        pos = end
    return tokens


def _reading(surface: str, kana: str | None) -> str:
    if not any(_char_class(ch) in ("kanji", "hira", "kata") for ch in surface):
        return ""
    if not has_kanji(surface) or not kana or kana == "*":
        return hiragana(surface)
    return hiragana(kana)


def apply_ruby(tokens: list[RefToken], rubies: Sequence[Ruby], text: str) -> list[RefToken]:
    """The author's readings replace UniDic's; tokens under one ruby are merged."""
    for ruby in rubies:
        inside = [t for t in tokens if t.end > ruby.start and t.start < ruby.end]
        first, last = inside[0], inside[-1]
        before = text[first.start : ruby.start]
        after = text[ruby.end : last.end]
        if has_kanji(before + after):
            print(f"ruby needs review: {text[first.start:last.end]} {ruby}", file=sys.stderr)
            continue
        reading = hiragana(before) + ruby.reading + hiragana(after)
        if len(inside) > 1 and "".join(t.reading for t in inside) == reading:
            for index, token in enumerate(tokens):
                if token in inside:  # UniDic's cut already reads as the author says
                    tokens[index] = replace(token, glossed=True)
            continue
        merged = replace(
            first, surface=text[first.start : last.end], reading=reading, glossed=True
        )
        index = tokens.index(first)
        tokens[index : index + len(inside)] = [merged]
    return tokens


def load_overrides() -> dict[tuple[str, int], tuple[str, str, str]]:
    """Hand-judged rows: (text, offset) -> (surface, reading, why)."""
    rows: dict[tuple[str, int], tuple[str, str, str]] = {}
    path = DEVSET / "overrides.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, offset, surface, reading, why = line.split("\t")
        rows[(name, int(offset))] = (surface, reading, why)
    return rows


def apply_overrides(
    name: str,
    tokens: list[RefToken],
    overrides: dict[tuple[str, int], tuple[str, str, str]],
) -> list[RefToken]:
    """Replace the tokens an override covers by one token with its reading.

    An override whose surface ends inside a token is an error: it would lose text.
    A reason that names the author marks the reading as the author's (glossed).
    """
    for (text_name, offset), (surface, reading, why) in sorted(overrides.items()):
        if text_name != name:
            continue
        starts = [t.start for t in tokens]
        if offset not in starts:
            raise ValueError(f"{name}@{offset}: no token starts there ({surface})")
        index = starts.index(offset)
        end = offset + len(surface.replace("|", ""))
        last = index
        while tokens[last].end < end:
            last += 1
        if tokens[last].end != end:
            raise ValueError(f"{name}@{offset}: {surface} ends inside a token")
        joined = "".join(t.surface for t in tokens[index : last + 1])
        pieces, readings = surface.split("|"), reading.split("|")
        if "".join(pieces) != joined or len(pieces) != len(readings):
            raise ValueError(f"{name}@{offset}: {surface} is not {joined}")
        glossed = "author" in why
        tokens[index : last + 1] = [
            replace(t, glossed=glossed) for t in _pieces(tokens[index], pieces, readings)
        ]
    return tokens


_PARTICLES = {"の", "は", "が", "を", "に", "で", "と", "へ", "も"}


def _pieces(first: RefToken, pieces: list[str], readings: list[str]) -> list[RefToken]:
    """Tokens for an override; ``上|の|空`` cuts one UniDic token into three."""
    if len(pieces) == 1:
        return [replace(first, surface=pieces[0], reading=readings[0])]
    out, pos = [], first.start
    for piece, reading in zip(pieces, readings, strict=True):
        pos1 = "助詞" if piece in _PARTICLES else "名詞"
        out.append(RefToken(pos, piece, reading, pos1, "", "", "", piece))
        pos += len(piece)
    return out


def learner_words(tokens: Sequence[RefToken]) -> list[list[RefToken]]:
    """Group one line's tokens into words as a learner reads them.

    Verb and adjective + auxiliaries and て/ば/ながら/たり together, compound verbs
    together, prefixes and suffixes with their word, digits of a number and its counter together;
    particles, だ/です, nouns and verbs after て apart.
    """
    words: list[list[RefToken]] = []
    for index, token in enumerate(tokens):
        if not token.reading:
            words.append([])
            continue
        prev = words[-1][-1] if words and words[-1] else None
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if prev is not None and (
            _joins(prev, token) or _one_word(prev, token, following)
        ):
            words[-1].append(token)
        else:
            words.append([token])
    return [word for word in words if word]


def _one_word(prev: RefToken, token: RefToken, following: RefToken | None) -> bool:
    """Conjunctions UniDic cuts in two: けれど|も, の|で (not の|で|ある)."""
    if (prev.surface, token.surface) == ("けれど", "も"):
        return True
    return (
        (prev.surface, token.surface) == ("の", "で")
        and len(prev.surface + token.surface) == 2
        and (following is None or following.lemma not in ("有る", "ある"))
    )


_INFLECTING = ("動詞", "形容詞", "助動詞")


def _joins(prev: RefToken, token: RefToken) -> bool:
    if prev.reading.endswith("っ"):
        return True  # a sokuon belongs with what follows it (あっと, きっかけ)
    if prev.pos1 == "接頭辞" or token.pos1 == "接尾辞":
        return True
    if prev.pos2 == "数詞" and (token.pos2 == "数詞" or token.pos3 == "助数詞可能"):
        return True  # a number with its counter is one word, as in the table (sanjūgonin)
    if token.pos1 == "助動詞":
        # だ/です and らしい/みたい stand apart (hazu desu, datta rashii).
        apart = ("だ", "です", "らしい", "みたい")
        return token.lemma not in apart and prev.pos1 in _INFLECTING
    if token.pos1 == "助詞" and token.pos2 == "接続助詞":
        return token.surface in ("て", "で", "ば", "ながら", "たり", "だり") and (
            prev.pos1 in _INFLECTING
        )
    if token.pos1 == "動詞" and prev.pos1 == "動詞":
        # する and できる stand apart even after a verb's stem (yomikomi dekinai).
        light = token.lemma in ("為る", "出来る")
        return prev.cform.startswith("連用形") and not light
    if token.pos2 == "助動詞語幹" and token.surface == "そう":
        return prev.pos1 in ("動詞", "形容詞") and (
            prev.cform.startswith(("連用形", "語幹"))
        )
    return False


def word_romaji(word: Sequence[RefToken]) -> str:
    """Modified Hepburn for one learner word, from the reference readings."""
    if len(word) == 1 and word[0].pos1 == "助詞" and word[0].surface in _PARTICLE_ROMAJI:
        return _PARTICLE_ROMAJI[word[0].surface]
    word = [replace(t, reading=t.reading.split("/")[0]) for t in word]
    kana = "".join(t.reading for t in word)
    breaks: set[int] = set()
    jukugo: set[int] = set()
    pos = 0
    for token in word:
        breaks |= {pos + cut for cut in _okurigana_cuts(token)}
        if len(token.surface) > 1 and all(has_kanji(c) for c in token.surface):
            jukugo |= set(range(pos + 1, pos + len(token.reading)))
        pos += len(token.reading)
    return kana_to_romaji(kana, breaks=frozenset(breaks), jukugo=frozenset(jukugo))


def _okurigana_cuts(token: RefToken) -> set[int]:
    """Kana offsets where a kanji's reading ends and written kana begins."""
    parts = re.findall(r"[^\u3041-\u309f\u30a0-\u30ff]+|[\u3041-\u309f\u30a0-\u30ff]+", token.surface)
    if len(parts) < 2:
        return set()
    pattern = "".join(
        "(.+?)" if has_kanji(part) else f"({re.escape(hiragana(part))})" for part in parts
    )
    match = re.fullmatch(pattern, token.reading)
    if match is None:
        return set()
    cuts = {match.end(i) for i in range(1, len(parts)) if has_kanji(parts[i - 1])}
    return cuts


def romaji_lines(tokens: Sequence[RefToken], text: str) -> list[str]:
    """One reference romaji line per line of text."""
    lines: list[list[RefToken]] = [[]]
    for token in tokens:
        if "\n" in token.surface:
            lines.extend([] for _ in range(token.surface.count("\n")))
        else:
            lines[-1].append(token)
    return [" ".join(word_romaji(w) for w in learner_words(line)) for line in lines]


def _escape(surface: str) -> str:
    return surface.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def build(name: str, tagger: fugashi.Tagger) -> DevText:
    """Make one text's reference files and its review list."""
    raw = (RAW / f"{name}.txt").read_text(encoding="utf-8")
    text, rubies = parse_aozora(raw)
    tokens = apply_ruby(unidic_tokens(text, tagger), rubies, text)
    tokens = apply_overrides(name, tokens, load_overrides())
    if "".join(t.surface for t in tokens) != text:
        raise ValueError(f"{name}: tokens do not join to the text")
    (DEVSET / f"{name}.txt").write_text(text, encoding="utf-8")
    rows = [
        f"# {name}: surface<TAB>reading (hiragana; empty: not Japanese)"
        "[<TAB>ruby: the reading is the author's]"
    ]
    rows += [
        f"{_escape(t.surface)}\t{t.reading}" + ("\truby" if t.glossed else "")
        for t in tokens
    ]
    (DEVSET / f"{name}.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    romaji = romaji_lines(tokens, text)
    (DEVSET / f"{name}.romaji.txt").write_text("\n".join(romaji), encoding="utf-8")
    dev = DevText(
        name,
        text,
        tuple(Token(t.start, t.surface, t.reading, t.glossed) for t in tokens),
        tuple(romaji),
    )
    write_review(dev, {r.start for r in rubies})
    return dev


def write_review(dev: DevText, ruby_starts: set[int]) -> None:
    """List the kanji words on which SudachiPy, pykakasi or Yomu disagree."""
    verdicts: dict[str, list[Miss]] = {}
    for label, units in (
        ("sudachi", engines.sudachi_units(dev.text)),
        ("kakasi", engines.kakasi_units(dev.text)),
        ("yomu", engines.yomu_units(dev.text)),
    ):
        _, misses = judge(dev, units)
        verdicts[label] = misses
    _, own = judge(dev, [Unit(t.start, t.end, t.kana) for t in dev.tokens])
    assert not own
    REVIEW.mkdir(exist_ok=True)
    rows = ["# offset\tsurface\treference\truby?\tsudachi\tkakasi\tyomu\tcontext"]
    for token in dev.tokens:
        if not has_kanji(token.surface):
            continue
        found = [_missed(v, token) for v in verdicts.values()]
        if not any(found):
            continue
        ruby = "ruby" if token.start in ruby_starts else ""
        context = dev.text[max(0, token.start - 8) : token.end + 8].replace("\n", "/")
        rows.append(
            "\t".join([str(token.start), token.surface, token.reading, ruby, *found, context])
        )
    (REVIEW / f"{dev.name}.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def _missed(misses: Sequence[Miss], token: Token) -> str:
    """What an engine read over ``token``, if it read it wrong ("" if right)."""
    for miss in misses:
        if miss.start <= token.start and token.end <= miss.end:
            return f"{miss.text}={miss.got}"
    return ""


def main() -> None:
    """Build every text's reference."""
    tagger = fugashi.Tagger()
    for name in TEXTS:
        dev = build(name, tagger)
        kanji = sum(1 for t in dev.tokens if has_kanji(t.surface))
        print(f"{name}: chars={len(dev.text)} kanji_words={kanji}")


if __name__ == "__main__":
    main()
