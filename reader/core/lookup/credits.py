"""Where the dictionary data comes from, and its licence: for the About box."""

from __future__ import annotations

from dataclasses import dataclass

LICENCE_URL = "https://www.edrdg.org/edrdg/licence.html"


@dataclass(frozen=True)
class DataSource:
    """One dictionary file in the data package.

    Attributes:
        name: the file's name (JMdict …).
        content: what it holds.
        date: the date of the data.
    """

    name: str
    content: str
    date: str


#: The package and the dates it records (jamdict-data 1.5, compiled 17 April 2021).
DATA_PACKAGE_VERSION = "jamdict-data 1.5"
SOURCES = (
    DataSource("JMdict", "Japanese-English words", "April 2021"),
    DataSource("JMnedict", "names of people, places and organisations", "2020-05-29"),
    DataSource("KANJIDIC2", "kanji", "April 2021"),
)


def credit_line() -> str:
    """One paragraph crediting the dictionaries, for the About box (plain text)."""
    files = ", ".join(source.name for source in SOURCES)
    return (
        f"Dictionary look-up uses {files}, the property of the Electronic "
        "Dictionary Research and Development Group (EDRDG), used in conformance "
        "with the Group's licence (Creative Commons Attribution-ShareAlike 3.0): "
        f"{LICENCE_URL}. Data from {DATA_PACKAGE_VERSION}, compiled 17 April 2021."
    )
