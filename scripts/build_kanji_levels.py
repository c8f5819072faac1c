"""Write resources/readings/kanji_levels.tsv from the installed jamdict-data.

Run from the top of the checkout after upgrading jamdict-data:

    PYTHONPATH=$PWD .venv/bin/python scripts/build_kanji_levels.py

tests/core/page/test_kanji_levels.py fails while the file and the package differ.
"""

from __future__ import annotations

from reader.core.lookup.dictionary import Database, default_path
from reader.core.lookup.level_table import TABLE_RESOURCE, format_table, level_rows
from reader.core.resources import resources_dir


def main() -> None:
    db = Database(default_path())
    try:
        rows = level_rows(db)
    finally:
        db.close()
    out = resources_dir() / TABLE_RESOURCE
    out.write_text(format_table(rows), encoding="utf-8", newline="\n")
    print(f"{out}: {len(rows)} kanji")


if __name__ == "__main__":
    main()
