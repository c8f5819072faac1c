"""A look-up as plain data (for JSON) and as plain text (for a terminal)."""

from __future__ import annotations

from typing import Any

from reader.core.lookup.model import KanjiInfo, LookupResult, NameMatch, WordMatch


def word_dict(word: WordMatch) -> dict[str, Any]:
    """A word match as JSON-ready data."""
    return {
        "surface": word.surface,
        "form": word.form,
        "reading": word.reading,
        "romaji": word.romaji,
        "inflection": word.inflection,
        "common": word.common,
        "priority": list(word.priority),
        "entry_id": word.entry.id,
        "senses": [
            {
                "parts_of_speech": list(sense.parts_of_speech),
                "glosses": list(sense.glosses),
                "notes": list(sense.notes),
                "only_for": list(sense.only_for),
            }
            for sense in word.entry.senses
        ],
    }


def name_dict(name: NameMatch) -> dict[str, Any]:
    """A name match as JSON-ready data."""
    return {
        "surface": name.surface,
        "reading": name.reading,
        "romaji": name.romaji,
        "kinds": list(name.kinds),
        "kind_labels": list(name.kind_labels),
        "glosses": list(name.glosses),
    }


def kanji_dict(info: KanjiInfo) -> dict[str, Any]:
    """KANJIDIC2 data on a kanji as JSON-ready data."""
    return {
        "literal": info.literal,
        "meanings": list(info.meanings),
        "on": list(info.on),
        "kun": list(info.kun),
        "strokes": info.strokes,
        "grade": info.grade,
        "jlpt": info.jlpt,
        "frequency": info.frequency,
    }


def result_dict(result: LookupResult, kanji: tuple[KanjiInfo, ...]) -> dict[str, Any]:
    """A whole look-up (and the kanji of its best word) as JSON-ready data."""
    return {
        "text": result.text,
        "offset": result.offset,
        "words": [word_dict(word) for word in result.words],
        "names": [name_dict(name) for name in result.names],
        "kanji": [kanji_dict(info) for info in kanji],
    }


def _word_lines(word: WordMatch, full: bool) -> list[str]:
    head = (
        word.surface if word.surface == word.form else f"{word.surface} → {word.form}"
    )
    if word.inflection:
        head += f" ({word.inflection})"
    mark = "  [common]" if word.common else ""
    lines = [f"{head}  {word.reading}  {word.romaji}{mark}"]
    senses = word.entry.senses if full else word.entry.senses[:1]
    for number, sense in enumerate(senses, 1):
        pos = f"[{', '.join(sense.parts_of_speech)}] " if sense.parts_of_speech else ""
        notes = f" ({', '.join(sense.notes)})" if sense.notes else ""
        lines.append(f"  {number}. {pos}{'; '.join(sense.glosses)}{notes}")
    return lines


def grade_label(grade: int | None) -> str:
    """KANJIDIC2's grade in words: 1–6 school grades, 8 jōyō, 9–10 jinmeiyō."""
    if grade is None:
        return ""
    if grade <= 6:
        return f"grade {grade}"
    return "jōyō" if grade == 8 else "jinmeiyō"


def _kanji_line(info: KanjiInfo) -> str:
    # KANJIDIC2's JLPT levels are the old four (before 2010), not N5–N1.
    facts = [
        f"{info.strokes} strokes" if info.strokes else "",
        grade_label(info.grade),
        f"old JLPT {info.jlpt}" if info.jlpt else "",
        f"frequency {info.frequency}" if info.frequency else "",
    ]
    return (
        f"{info.literal}  {', '.join(info.meanings)}\n"
        f"    on: {'、'.join(info.on) or '-'}  kun: {'、'.join(info.kun) or '-'}"
        f"  ({', '.join(f for f in facts if f)})"
    )


def result_text(result: LookupResult, kanji: tuple[KanjiInfo, ...]) -> str:
    """What the popup shows, as plain text: best word in full, then the others."""
    words: list[str] = []
    for index, word in enumerate(result.words):
        words += _word_lines(word, full=index == 0)
        if index == 0 and len(result.words) > 1:
            words.append("Also:")
    names = ["Names:"] if result.names else []
    names += [
        f"  {n.surface}  {n.reading}  {n.romaji}  "
        f"{'; '.join(n.glosses)} ({', '.join(n.kind_labels)})"
        for n in result.names
    ]
    lines = names + words if result.name_first else words + names
    if kanji:
        lines.append("Kanji:")
        lines += [f"  {_kanji_line(info)}" for info in kanji]
    return "\n".join(lines) + "\n"
