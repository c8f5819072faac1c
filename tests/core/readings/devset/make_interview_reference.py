"""Build the interview's reference from the proofread engine (run by hand, once).

The engine on main before the analyzer reads the bundled interview with its 47
proofread corrections; its output was compared with SudachiPy's word by word and
every disagreement judged by hand (90 words: numbers read out, 私 わたし, 何 なに,
笑 わら … were right; 長けて was wrong and is fixed below; 既存 and 明日 have two
right readings). That output, fixed,
is the reference: ``interview.tsv`` (one row per ruby unit or kana stretch) and
``interview.romaji.txt`` (today's romaji, one line per line, to show how far a
new engine's romaji moves from it).

``python -m tests.core.readings.devset.make_interview_reference``
"""

from __future__ import annotations

from reader.core.readings import ReadingEngine
from reader.core.resources import bundled_seed_path
from tests.core.readings.devset.engines import JAPANESE
from tests.core.readings.devset.score import (
    DEVSET,
    has_kanji,
    hiragana,
    word_romaji,
    word_units,
)

#: Hand judgements where the proofread output is still wrong: word -> (unit, reading).
FIXES = {"長けて": ("長", "た")}
#: Words with two right readings, the proofread one first.
BOTH = {"既存": "きぞん/きそん", "明日": "あした/あす"}


def main() -> None:
    """Write the interview's reference files."""
    text = bundled_seed_path().read_text(encoding="utf-8")
    words = ReadingEngine().read(text)
    rows = ["# interview: surface<TAB>reading, from the proofread engine, reviewed"]
    for unit in word_units(words):
        surface = text[unit.start : unit.end]
        japanese = has_kanji(surface) or JAPANESE.search(surface) is not None
        reading = hiragana(unit.kana) if japanese or unit.kana != surface else ""
        for word, (kanji, fixed) in FIXES.items():
            if surface == kanji and text.startswith(word, unit.start):
                reading = fixed
        reading = BOTH.get(surface, reading)
        escaped = surface.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        rows.append(f"{escaped}\t{reading}")
    (DEVSET / "interview.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    romaji = "\n".join(word_romaji(words))
    (DEVSET / "interview.romaji.txt").write_text(romaji, encoding="utf-8")


if __name__ == "__main__":
    main()
