"""A vocabulary entry: a word the reader collected, where it was found, what it means.

Stored in the ``vocabulary`` table of the annotations file (schema 3) as the plain
dict ``to_dict`` writes; its anchor is an annotation ``Anchor``, so it is placed
and re-anchored exactly as a highlight is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from reader.core.annotations.model import Anchor, RecordError


@dataclass(frozen=True)
class VocabEntry:
    """One collected word.

    Attributes:
        id: uuid4 hex; also the seed of the Anki note's GUID.
        doc_key: ``Document.key`` of the document it belongs to.
        doc_id: ``Document.doc_id`` of the text its anchor was last placed on.
        word: the word as written in the text (考えて).
        form: its dictionary form (考える); the word itself if none was found.
        reading: the dictionary form's reading in kana (かんがえる).
        romaji: Hepburn romaji of the reading.
        gloss: the chosen sense's glosses, joined with "; ".
        sense: index of the chosen sense in the dictionary entry (0 first).
        sentence: the sentence the word was found in.
        word_at: code-point offset of the word in ``sentence``.
        anchor: where the word is in the text.
        note: the reader's note, plain text.
        created: ISO 8601 UTC.
        modified: ISO 8601 UTC.
    """

    id: str
    doc_key: str
    doc_id: str
    word: str
    form: str
    reading: str
    romaji: str
    gloss: str
    sense: int
    sentence: str
    word_at: int
    anchor: Anchor
    note: str = ""
    created: str = ""
    modified: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The plain-dict form stored in the database."""
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["anchor"] = self.anchor.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: object) -> VocabEntry:
        """Read an entry from its plain-dict form.

        Raises:
            RecordError: the record has the wrong shape.
        """
        if not isinstance(data, Mapping):
            raise RecordError("vocabulary entry: expected an object")
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name == "anchor":
                values["anchor"] = Anchor.from_dict(data.get("anchor"))
                continue
            value = data.get(f.name)
            kind = int if f.name in _INTS else str
            if type(value) is not kind:
                raise RecordError(
                    f"vocabulary entry {data.get('id')!r}: field {f.name!r}: "
                    f"expected {kind.__name__}"
                )
            values[f.name] = value
        if values["sense"] < 0 or values["word_at"] < 0 or not values["word"]:
            raise RecordError(f"vocabulary entry {values['id']!r}: bad sense or word")
        return cls(**values)

    @property
    def marked_sentence(self) -> tuple[str, str, str]:
        """The sentence cut around the word: (before, word, after).

        Where the word is not at ``word_at`` (an edited record), the first
        occurrence is taken; if there is none, the whole sentence comes first.
        """
        at = self.word_at
        if self.sentence[at : at + len(self.word)] != self.word:
            at = self.sentence.find(self.word)
        if at < 0:
            return self.sentence, "", ""
        end = at + len(self.word)
        return self.sentence[:at], self.word, self.sentence[end:]


_INTS = frozenset({"sense", "word_at"})


@dataclass(frozen=True)
class VocabDraft:
    """What a new entry holds before the store gives it an id and times.

    ``selection.draft_at`` fills one from a selection and the dictionary; the
    window may change any field (another sense, a corrected reading) before adding.
    """

    word: str
    form: str
    reading: str
    romaji: str
    gloss: str
    sense: int
    sentence: str
    word_at: int
    anchor: Anchor
