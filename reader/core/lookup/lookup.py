"""Look-up at a point of a text: the longest dictionary word there, then shorter ones.

As in Yomitan and 10ten: every prefix of the text from the point is de-inflected,
all candidate forms are asked for in one query, and a candidate counts only where
the entry's part of speech fits the rules used (食べました → 食べる, an ichidan
verb). The analyzer's token at the point adds its dictionary form (for what the rules
do not know) and tells which reading the context wants (行った: 行く, not 行う).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from reader.core.lookup.analyzer import Analyzer, Token, default_analyzer, token_at
from reader.core.lookup.counters import counter_words
from reader.core.lookup.deinflect import Candidate, deinflect, reinflect
from reader.core.lookup.dictionary import Database, FormHit, default_path
from reader.core.lookup.entries import load_entries
from reader.core.lookup.kanji import load_kanji
from reader.core.lookup.model import (
    DictionaryError,
    Entry,
    KanjiInfo,
    LookupResult,
    NameMatch,
    WordMatch,
    is_common,
    priority_rank,
)
from reader.core.lookup.names import find_names
from reader.core.readings.kana import is_japanese, is_kanji, to_hiragana
from reader.core.readings.romaji import kana_to_romaji

#: How far from the point a word may reach (JMdict's longest usual words fit).
MAX_LENGTH = 20
#: ASCII letters and digits to their full-width forms, as JMdict writes them.
_FULL_WIDTH = {code: code + 0xFEE0 for code in range(0x21, 0x7F) if chr(code).isalnum()}
#: The class of a candidate given by the analyzer rather than by the rules.
ANALYZER = "analyzer"
#: How many words and names a look-up returns at most.
MAX_WORDS = 12
MAX_NAMES = 8


def open_default() -> Database:
    """Open the database jamdict-data installed (raises DictionaryError)."""
    return Database(default_path())


@dataclass(frozen=True)
class _Found:
    length: int
    cand: Candidate
    hit: FormHit


class Lookup:
    """Looks words up; opens the dictionary and the analyzer on first use.

    Args:
        opener: opens the dictionary database (raises DictionaryError).
        analyzer: makes the analyzer, or returns ``None`` to go without one.
    """

    def __init__(
        self,
        opener: Callable[[], Database] = open_default,
        analyzer: Callable[[], Analyzer | None] = default_analyzer,
    ) -> None:
        self._opener = opener
        self._make_analyzer = analyzer
        self._lock = threading.Lock()
        self._db: Database | None = None
        self._analyzer: Analyzer | None = None
        self._error: DictionaryError | None = None

    def open(self) -> Database:
        """The dictionary, opened now if not yet (safe to call from a worker thread).

        Raises:
            DictionaryError: the dictionary is missing or damaged; the same error
                is raised again on later calls, without trying again.
        """
        with self._lock:
            if self._db is None and self._error is None:
                try:
                    self._db = self._opener()
                except DictionaryError as exc:
                    self._error = exc
                self._analyzer = self._make_analyzer()
            if self._error is not None:  # a fresh error: no traceback piles up
                raise DictionaryError(str(self._error))
            assert self._db is not None
            return self._db

    def at(self, text: str, offset: int, reading: str | None = None) -> LookupResult:
        """Words and names starting at ``offset`` of ``text``.

        Args:
            text: the base text of a block (no readings in it).
            offset: code-point offset of the point.
            reading: the readings engine's kana for the word at the point, if
                known; entries read that way come first.

        Raises:
            DictionaryError: the dictionary is missing or damaged.
        """
        db = self.open()
        # 旧仮名 and 旧字 texts are looked up as the readings engine reads them
        # (通つて as 通って, 廣い as 広い): letter for letter, offsets hold, and
        # the words found show the text as written.
        written, text = text, _modern(text)
        window = _window(text, offset) if 0 <= offset < len(text) else ""
        if not window:
            return LookupResult(text, offset, ())
        token = self._token(text, offset)
        found = _find(db, window, token)
        counted = counter_words(db, window)
        ids = {word.entry.id for word in counted}
        words = counted + tuple(
            w
            for w in _matches(db, window, found, token, reading)
            if w.entry.id not in ids
        )
        if text != written:
            words = tuple(
                replace(w, surface=written[offset : offset + w.length]) for w in words
            )
        longest = words[0].length if words else 0
        names = _names(db, window, max(2, longest))
        base_reading = token.lemma_reading if token else None
        return LookupResult(written, offset, words, names, base_reading or None)

    def kanji(self, word: str) -> tuple[KanjiInfo, ...]:
        """KANJIDIC2's data on each distinct kanji of ``word``, in order."""
        db = self.open()
        seen = dict.fromkeys(ch for ch in word if is_kanji(ch))
        infos = (load_kanji(db, ch) for ch in seen)
        return tuple(info for info in infos if info is not None)

    def _token(self, text: str, offset: int) -> Token | None:
        if self._analyzer is None:
            return None
        try:
            with self._lock:  # MeCab's tagger is not made for two threads at once
                tokens = self._analyzer(text)
        except (UnicodeError, RuntimeError):  # text MeCab cannot take (lone surrogates)
            return None
        return token_at(tokens, offset)


def _modern(text: str) -> str:
    from reader.core.readings.analyzer import modern_text

    try:
        return modern_text(text)
    except (RuntimeError, ValueError):  # text MeCab cannot take (UnicodeError too)
        return text


def _window(text: str, offset: int) -> str:
    """The stretch from ``offset`` a word may cover: up to a space or punctuation."""
    end = offset
    while end < len(text) and end - offset < MAX_LENGTH:
        ch = text[end]
        if not (is_japanese(ch) or ch.isalnum()):
            break
        end += 1
    return text[offset:end]


def _wide_word(window: str, length: int) -> str:
    """The prefix in full-width letters (AI → ＡＩ), when it holds ASCII letters
    and ends a Latin word (David gives no Ｄ); else ""."""
    prefix = window[:length]
    wide = prefix.translate(_FULL_WIDTH)
    cut = length < len(window) and window[length].isascii() and window[length].isalnum()
    return wide if wide != prefix and not cut else ""


def _candidates(window: str, token: Token | None) -> list[tuple[int, Candidate]]:
    out: list[tuple[int, Candidate]] = []
    for length in range(len(window), 0, -1):
        prefix = window[:length]
        out += [(length, cand) for cand in deinflect(prefix)]
        hira = to_hiragana(prefix)
        # Katakana written for a word JMdict spells in hiragana (ダメ → だめ).
        if hira != prefix and length > 1:
            out.append((length, Candidate(hira)))
        wide = _wide_word(window, length)
        if wide:
            out.append((length, Candidate(wide)))
    if token is not None and token.lemma != token.text:
        # What the rules do not know (irregular forms): the analyzer's dictionary
        # form, for the token's own length.
        size = len(token.text)
        if not any(n == size and c.text == token.lemma for n, c in out):
            out.append((size, Candidate(token.lemma, ANALYZER)))
    return out


def _find(db: Database, window: str, token: Token | None) -> list[_Found]:
    """Candidates that are dictionary forms of the right class."""
    cands = _candidates(window, token)
    hits: dict[str, list[FormHit]] = {}
    for hit in db.find_forms(cand.text for _, cand in cands):
        hits.setdefault(hit.text, []).append(hit)
    typed = {
        h.entry_id
        for _, c in cands
        if c.cls not in (None, ANALYZER)
        for h in hits.get(c.text, ())
    }
    classes = db.classes(typed)
    found: list[_Found] = []
    for length, cand in cands:
        for hit in hits.get(cand.text, ()):
            fits = cand.cls in (None, ANALYZER)
            if fits or cand.cls in classes.get(hit.entry_id, ()):
                found.append(_Found(length, cand, hit))
    return found


def _agrees(found: _Found, token: Token | None) -> bool:
    """Whether the analyzer's dictionary form at the point is the form found."""
    if token is None:
        return False
    return found.hit.text == token.lemma and found.length >= len(token.text)


_Key = tuple[int, bool, bool, int, int, int]


def _best_per_entry(found: Iterable[_Found], token: Token | None) -> list[_Found]:
    """One find per entry (the longest, fewest steps), best first."""
    best: dict[int, tuple[_Key, _Found]] = {}
    for f in found:
        key = _order(f, token)
        old = best.get(f.hit.entry_id)
        if old is None or key < old[0]:
            best[f.hit.entry_id] = (key, f)
    return [f for _, f in sorted(best.values(), key=lambda pair: pair[0])]


def _order(f: _Found, token: Token | None) -> _Key:
    """Longest first; then what the analyzer says; then common, frequent, simple."""
    return (
        -f.length,
        not _agrees(f, token),
        not is_common(f.hit.priority),
        priority_rank(f.hit.priority),
        len(f.cand.steps),
        f.hit.entry_id,
    )


def _reading(entry: Entry, f: _Found, token: Token | None, hint: str | None) -> str:
    """The reading of the form found that the context wants, else the first."""
    readings = [form.text for form in entry.readings_of(f.hit.text)] or [
        form.text for form in entry.kana
    ]
    wanted: list[Callable[[str], bool]] = []
    if hint:  # the reading the page shows comes first
        wanted.append(lambda r: _same_reading(_written(r, f, token), hint, exact=True))
        wanted.append(lambda r: _same_reading(_written(r, f, token), hint, exact=False))
    if token is not None and token.lemma == f.hit.text and token.lemma_reading:
        wanted.append(lambda r: to_hiragana(r) == token.lemma_reading)
    for test in wanted:
        for reading in readings:
            if test(reading):
                return reading
    return readings[0]


def _written(reading: str, f: _Found, token: Token | None) -> str | None:
    """The reading of the text found, as written (たべました)."""
    if f.cand.cls == ANALYZER:
        return token.kana or None if token is not None else None
    return reinflect(reading, f.cand.steps)


def _same_reading(written: str | None, hint: str | None, exact: bool) -> bool:
    """Whether a reading fits the caller's; not exact: one begins the other."""
    if written is None or not hint:
        return False
    a, b = sorted((to_hiragana(written), to_hiragana(hint)), key=len)
    return a == b if exact else b.startswith(a)


def _word_match(
    f: _Found, entry: Entry, window: str, token: Token | None, hint: str | None
) -> WordMatch:
    reading = _reading(entry, f, token, hint)
    written = _written(reading, f, token)
    return WordMatch(
        surface=window[: f.length],
        form=f.hit.text,
        reading=reading,
        romaji=kana_to_romaji(reading),
        inflection=f.cand.inflection,
        entry=entry,
        common=is_common(f.hit.priority),
        priority=f.hit.priority,
        agrees=_agrees(f, token) or _same_reading(written, hint, exact=False),
        surface_reading=written,
    )


def _matches(
    db: Database,
    window: str,
    found: list[_Found],
    token: Token | None,
    hint: str | None,
) -> tuple[WordMatch, ...]:
    ranked = _best_per_entry(found, token)[:MAX_WORDS]
    entries = load_entries(db, [f.hit.entry_id for f in ranked])
    words = [
        _word_match(f, entries[f.hit.entry_id], window, token, hint)
        for f in ranked
        if f.hit.entry_id in entries
    ]
    # The reading the page shows outranks the analyzer's; then, among words the
    # analyzer agrees with, its part of speech picks (の the particle before 野 read
    # の). The sort is stable: otherwise the order above stands.
    words.sort(
        key=lambda w: (
            -w.length,
            bool(hint) and not _same_reading(w.surface_reading, hint, False),
            not w.agrees,
            not _same_part_of_speech(w, token),
        )
    )
    return tuple(words)


# UniDic's first part-of-speech field → the words JMdict spells its POS with.
_POS_WORDS = {
    "助詞": "particle",
    "接続詞": "conjunction",
    "代名詞": "pronoun",
    "副詞": "adverb",
    "感動詞": "interjection",
    "連体詞": "pre-noun adjectival",
    "助動詞": "auxiliary",
    "名詞": "noun",
    "動詞": "verb",
    "形容詞": "adjective (keiyoushi)",
    "接頭辞": "prefix",
    "接尾辞": "suffix",
}


def _same_part_of_speech(word: WordMatch, token: Token | None) -> bool:
    """Whether one of the word's senses has the analyzer's part of speech."""
    if token is None or word.length != len(token.text):
        return False
    wanted = _POS_WORDS.get(token.pos)
    return wanted is not None and any(
        wanted in pos for sense in word.entry.senses for pos in sense.parts_of_speech
    )


def _names(db: Database, window: str, shortest: int) -> tuple[NameMatch, ...]:
    prefixes = [window[:n] for n in range(len(window), shortest - 1, -1)]
    wide = (_wide_word(window, len(p)) for p in prefixes)
    prefixes += [w for w in wide if w]
    records = find_names(db, prefixes)
    records.sort(key=lambda r: (-len(r[1]), r[0]))
    return tuple(
        NameMatch(text, reading, kana_to_romaji(reading), kinds, glosses)
        for _, text, reading, kinds, glosses in records[:MAX_NAMES]
    )
