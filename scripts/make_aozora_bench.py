"""Build the large benchmark text of issue 13 from Aozora Bunko files.

Usage: python scripts/make_aozora_bench.py CHECKOUT OUT.txt.xz

CHECKOUT is a checkout of the Aozora Bunko text mirror (aozorahack/aozorabunko_text,
whose files are the Shift_JIS texts Aozora Bunko distributes). The works listed in
WORKS are joined into one Aozora-format text: one header, each work's body under a
大見出し with its own title, and one colophon at the end (opening 底本：) that holds
each work's own. The result is written UTF-8, xz-compressed;
tests/benchmarks/data/SOURCES.md says where each work came from.
"""

from __future__ import annotations

import lzma
import re
import sys
from pathlib import Path

#: (path in the mirror, title): novels by Natsume Soseki (died 1916, public domain).
WORKS = (
    ("cards/000148/files/789_ruby_5639/789_ruby_5639.txt", "吾輩は猫である"),
    ("cards/000148/files/782_ruby_2315/782_ruby_2315.txt", "明暗"),
    ("cards/000148/files/773_ruby_5968/773_ruby_5968.txt", "こころ"),
    ("cards/000148/files/794_ruby_4237/794_ruby_4237.txt", "三四郎"),
    ("cards/000148/files/752_ruby_2438/752_ruby_2438.txt", "坊っちゃん"),
)
_SEPARATOR = re.compile(r"^-{20,}$")
HEADER = """漱石長篇五作
夏目漱石

-------------------------------------------------------
【テキスト中に現れる記号について】

《》：ルビ
（例）吾輩《わがはい》

｜：ルビの付く文字列の始まりを特定する記号

［＃］：入力者注　主に外字の説明や、傍点の位置の指定
-------------------------------------------------------
"""


def _body_and_colophon(text: str) -> tuple[list[str], list[str]]:
    """The lines between the symbol explanation and the colophon, and the colophon."""
    lines = text.replace("\r\n", "\n").split("\n")
    marks = [i for i, line in enumerate(lines) if _SEPARATOR.match(line)]
    start = marks[1] + 1 if len(marks) >= 2 else 0
    end = max(i for i, line in enumerate(lines) if line.startswith("底本："))
    return lines[start:end], lines[end:]


def build(checkout: Path) -> str:
    """The joined text."""
    parts = [HEADER]
    colophons = []
    for path, title in WORKS:
        text = (checkout / path).read_bytes().decode("cp932")
        body, colophon = _body_and_colophon(text)
        parts.append(f"\n［＃３字下げ］{title}［＃「{title}」は大見出し］\n")
        parts.append("\n".join(body).strip("\n") + "\n")
        # Indented, so the joined text has one colophon: from its one 底本： line.
        lines = "\n".join(colophon).strip().split("\n")
        colophons.append(f"【{title}】\n" + "\n".join(f"　{ln}" for ln in lines))
    parts.append("\n\n底本：作品ごとに以下のとおり\n" + "\n".join(colophons) + "\n")
    return "".join(parts)


def main() -> None:
    checkout, out = Path(sys.argv[1]), Path(sys.argv[2])
    text = build(checkout)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(lzma.compress(text.encode("utf-8"), preset=9 | lzma.PRESET_EXTREME))
    print(f"characters={len(text)} bytes={out.stat().st_size}")


if __name__ == "__main__":
    main()
