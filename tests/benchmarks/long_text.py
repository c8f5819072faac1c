"""A long Japanese text for benchmarks and tests, made from public-domain works.

The four Aozora Bunko works of the readings development set (宮沢賢治「注文の多い料理店」,
寺田寅彦「瀬戸内海の潮と潮流」, 芥川龍之介「羅生門」, 太宰治「グッド・バイ」; sources in
tests/core/readings/devset/SOURCES.md) are joined again and again, each round under a
heading (第N回), with the sentences of every paragraph rotated by the round number, so
that rounds are not the same text: a readings cache keyed by text cannot answer a
later round from an earlier one, and a cold start computes them all.

    python tests/benchmarks/long_text.py OUT.txt [CHARS]   (default 1,000,000)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

DEVSET = Path(__file__).resolve().parents[1] / "core" / "readings" / "devset"
WORKS = (
    "dialogue_miyazawa.txt",
    "science_terada.txt",
    "prewar_akutagawa.txt",
    "modern_dazai.txt",
)
_SENTENCE = re.compile(r"[^。！？]*[。！？」]*")


def _rotated(paragraph: str, by: int) -> str:
    sentences = [s for s in _SENTENCE.findall(paragraph) if s]
    if len(sentences) < 2:
        return paragraph
    k = by % len(sentences)
    return "".join(sentences[k:] + sentences[:k])


def long_text(chars: int = 1_000_000) -> str:
    """A text of at least ``chars`` characters (a title line, then rounds)."""
    paragraphs = [
        line.strip()
        for name in WORKS
        for line in (DEVSET / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    out = ["青空文庫四作品 繰り返し版", ""]
    size, round_ = 0, 0
    while size < chars:
        round_ += 1
        out += [f"第{round_}回", ""]
        for paragraph in paragraphs:
            text = "\u3000" + _rotated(paragraph, round_)
            out += [text, ""]
            size += len(text)
    return "\n".join(out) + "\n"


def main() -> None:
    out = Path(sys.argv[1])
    chars = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    out.write_text(long_text(chars), encoding="utf-8")
    print(f"wrote={out} chars={len(out.read_text(encoding='utf-8'))}")


if __name__ == "__main__":
    main()
