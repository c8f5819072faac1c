"""What a look-up hands out: entries, senses, matches, names and kanji.

Every string is plain dictionary data: the UI escapes it before showing it.
"""

from __future__ import annotations

from dataclasses import dataclass

#: JMdict's priority marks that make a word "common" (as Jisho and Yomitan show it).
COMMON_MARKS = frozenset({"ichi1", "news1", "spec1", "spec2", "gai1"})


def is_common(priority: tuple[str, ...]) -> bool:
    """Whether JMdict's priority marks make a form common."""
    return any(mark in COMMON_MARKS for mark in priority)


def priority_rank(priority: tuple[str, ...]) -> int:
    """A sort key from JMdict's priority marks: lower is more frequent."""
    nf = [int(m[2:]) for m in priority if m.startswith("nf") and m[2:].isdigit()]
    score = 100 - 10 * sum(mark in COMMON_MARKS for mark in priority)
    return score + (min(nf) if nf else 50)


class DictionaryError(Exception):
    """The dictionary cannot be used: its package is missing or its data damaged.

    ``str(error)`` is one line to show the reader; nothing else is needed.
    """


@dataclass(frozen=True)
class Form:
    """One way an entry is written (kanji form) or read (kana form).

    Attributes:
        text: the form.
        priority: JMdict's priority marks (``ichi1``, ``news2``, ``nf12`` …).
        applies_to: for a reading, the kanji forms it belongs to (empty: all).
        no_kanji: for a reading, true when it is not a reading of the kanji forms.
    """

    text: str
    priority: tuple[str, ...] = ()
    applies_to: tuple[str, ...] = ()
    no_kanji: bool = False

    @property
    def common(self) -> bool:
        """Whether JMdict marks the form as common."""
        return is_common(self.priority)


@dataclass(frozen=True)
class Sense:
    """One meaning of an entry.

    Attributes:
        parts_of_speech: JMdict's parts of speech, spelled out.
        glosses: English glosses.
        notes: usage marks, fields and other information (``abbreviation`` …).
        only_for: the forms the sense is restricted to (empty: all).
    """

    parts_of_speech: tuple[str, ...]
    glosses: tuple[str, ...]
    notes: tuple[str, ...] = ()
    only_for: tuple[str, ...] = ()


@dataclass(frozen=True)
class Entry:
    """A JMdict entry.

    Attributes:
        id: JMdict's sequence number.
        kanji: the kanji forms, most usual first.
        kana: the readings.
        senses: the meanings, in JMdict's order.
    """

    id: int
    kanji: tuple[Form, ...]
    kana: tuple[Form, ...]
    senses: tuple[Sense, ...]

    def readings_of(self, written: str) -> tuple[Form, ...]:
        """The readings that belong to the written form ``written``."""
        if any(form.text == written for form in self.kana):
            return tuple(form for form in self.kana if form.text == written)
        return tuple(
            form
            for form in self.kana
            if not form.no_kanji and (not form.applies_to or written in form.applies_to)
        )


@dataclass(frozen=True)
class WordMatch:
    """A dictionary word found at the looked-up point.

    Attributes:
        surface: the text as written, from the point (食べました).
        form: the dictionary form as written (食べる).
        reading: the dictionary form's reading, in kana (たべる).
        romaji: Hepburn romaji of ``reading``.
        inflection: the inflection's name (``polite past``), or ``None``.
        entry: the dictionary entry.
        common: whether the form found is marked common.
        priority: the form's priority marks.
        agrees: whether the analyzer (or the caller's reading) agrees with it.
        surface_reading: the reading of ``surface`` as written (たべました), or
            ``None`` where the rules cannot tell (来ます).
    """

    surface: str
    form: str
    reading: str
    romaji: str
    inflection: str | None
    entry: Entry
    common: bool
    priority: tuple[str, ...]
    agrees: bool = False
    surface_reading: str | None = None

    @property
    def length(self) -> int:
        """How many characters of the text the match covers."""
        return len(self.surface)


#: JMnedict's name types, spelled out for the popup.
NAME_KINDS = {
    "company": "company",
    "fem": "female given name",
    "given": "given name",
    "masc": "male given name",
    "organization": "organization",
    "person": "full name of a person",
    "place": "place",
    "product": "product",
    "station": "station",
    "surname": "surname",
    "unclass": "name",
    "work": "work of art or literature",
}


@dataclass(frozen=True)
class NameMatch:
    """A name (JMnedict) found at the point: a person, a place, a company …

    Attributes:
        surface: the text as written.
        reading: its reading in kana.
        romaji: Hepburn romaji of the reading.
        kinds: what it names (``surname``, ``company`` …).
        glosses: the romanised or English names given.
    """

    surface: str
    reading: str
    romaji: str
    kinds: tuple[str, ...]
    glosses: tuple[str, ...]

    @property
    def kind_labels(self) -> tuple[str, ...]:
        """The kinds spelled out (``fem`` → ``female given name``)."""
        return tuple(NAME_KINDS.get(kind, kind) for kind in self.kinds)


@dataclass(frozen=True)
class KanjiInfo:
    """KANJIDIC2's data on one kanji.

    Attributes:
        literal: the kanji.
        meanings: English meanings.
        on: on readings (katakana).
        kun: kun readings (hiragana, okurigana after a dot).
        strokes: stroke count.
        grade: school grade (1–6, 8 for secondary school, 9–10 for names).
        jlpt: level of the old four-level JLPT (4 easiest), or ``None``.
        frequency: rank among the 2,500 most used kanji in newspapers, or ``None``.
    """

    literal: str
    meanings: tuple[str, ...]
    on: tuple[str, ...]
    kun: tuple[str, ...]
    strokes: int | None
    grade: int | None
    jlpt: int | None
    frequency: int | None


@dataclass(frozen=True)
class LookupResult:
    """Everything found at one point of a text.

    Attributes:
        text: the text looked in.
        offset: the point (code points into ``text``).
        words: dictionary words, the best first: longest, then agreed with the
            analyzer, then common.
        names: names starting at the point, longest first.
        analyzer_reading: the analyzer's reading of the word at the point, if any.
    """

    text: str
    offset: int
    words: tuple[WordMatch, ...]
    names: tuple[NameMatch, ...] = ()
    analyzer_reading: str | None = None

    @property
    def found(self) -> bool:
        """Whether anything was found."""
        return bool(self.words or self.names)

    @property
    def name_first(self) -> bool:
        """Whether a name reaches further than any word (ソニー, トヨタ)."""
        longest = self.words[0].length if self.words else 0
        return bool(self.names) and len(self.names[0].surface) > longest

    @property
    def best(self) -> WordMatch | None:
        """The best word, or ``None``."""
        return self.words[0] if self.words else None
