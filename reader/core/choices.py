"""The lists the reader offers, each defined once: aids, furigana styles, themes,
highlight colours and styles.

Settings, the menus, the panel, the command line, the annotation records and the
reading page all take their values from here; the page receives them as a JSON block
and generated CSS (:func:`page_lists_json`, :func:`page_lists_css`). Adding a colour
is one line in :class:`HighlightColor`.
"""

from __future__ import annotations

import json
from enum import StrEnum


class Aids(StrEnum):
    """Which reading aids are shown."""

    NONE = "none"
    FURIGANA = "furigana"
    ROMAJI = "romaji"
    BOTH = "both"

    @property
    def furigana(self) -> bool:
        return self in (Aids.FURIGANA, Aids.BOTH)

    @property
    def romaji(self) -> bool:
        return self in (Aids.ROMAJI, Aids.BOTH)


class FuriganaStyle(StrEnum):
    """Furigana always shown, or on hover/click."""

    ALWAYS = "always"
    HOVER = "hover"


class FuriganaLevel(StrEnum):
    """Which words keep their furigana: those with a kanji above this level.

    ``gradeN`` hides furigana on words whose kanji are all taught by school grade N,
    ``joyo`` on words of jōyō kanji only, ``jlptN`` on words whose kanji are all in
    the old JLPT level N or an easier one (4 is the easiest; see docs/design.md,
    "Furigana by level"). A word's marks (:mod:`reader.core.page.levels`) are
    ``g<grade>`` and ``j<jlpt>`` of its hardest kanji.
    """

    ALL = "all"
    GRADE1 = "grade1"
    GRADE2 = "grade2"
    GRADE3 = "grade3"
    GRADE4 = "grade4"
    GRADE5 = "grade5"
    GRADE6 = "grade6"
    JOYO = "joyo"
    JLPT4 = "jlpt4"
    JLPT3 = "jlpt3"
    JLPT2 = "jlpt2"
    JLPT1 = "jlpt1"

    @property
    def hidden_marks(self) -> tuple[str, ...]:
        """The word marks whose furigana this level hides."""
        if self is FuriganaLevel.JOYO:
            return ("g1", "g2", "g3", "g4", "g5", "g6", "g8")
        if self.value.startswith("grade"):
            return tuple(f"g{n}" for n in range(1, int(self.value[-1]) + 1))
        if self.value.startswith("jlpt"):
            return tuple(f"j{n}" for n in range(4, int(self.value[-1]) - 1, -1))
        return ()


class LookupHover(StrEnum):
    """Whether hovering over a word looks it up: with Shift held, or never."""

    SHIFT = "shift"
    OFF = "off"


class Theme(StrEnum):
    """The colour theme; SYSTEM follows the desktop's light or dark."""

    SYSTEM = "system"
    LIGHT = "light"
    SEPIA = "sepia"
    DARK = "dark"

    @classmethod
    def page_themes(cls) -> tuple[Theme, ...]:
        """The themes the page draws ("system" is resolved before it gets there)."""
        return tuple(t for t in cls if t is not cls.SYSTEM)


class Language(StrEnum):
    """The interface language; SYSTEM follows the desktop's."""

    SYSTEM = "system"
    EN = "en"
    JA = "ja"


class HighlightColor(StrEnum):
    """A highlight's colour, with its shades: swatch, fill (light, dark), underline.

    The swatch is the toolbar's and the panel's dot; the fills are translucent
    backgrounds in the page (the dark theme's are darker); the underline is the
    underline style's line.
    """

    swatch: str
    fill: str
    fill_dark: str
    underline: str

    YELLOW = "yellow", "#ffe45c", "#ffe45c77", "#c9a80066", "#d4a900"
    GREEN = "green", "#8be07a", "#8be07a66", "#3f8f3a77", "#3e9a36"
    BLUE = "blue", "#7cc4ff", "#7cc4ff66", "#2f6fa877", "#2f7fd0"
    PINK = "pink", "#ff9ec8", "#ff9ec866", "#a8436f77", "#d2487f"
    PURPLE = "purple", "#c9a3ff", "#c9a3ff77", "#6e4fa877", "#8a5ad6"

    def __new__(
        cls, value: str, swatch: str, fill: str, fill_dark: str, underline: str
    ) -> HighlightColor:
        member = str.__new__(cls, value)
        member._value_ = value
        member.swatch, member.fill = swatch, fill
        member.fill_dark, member.underline = fill_dark, underline
        return member

    @property
    def label(self) -> str:
        """The English name, which the interface translates."""
        return self.value.capitalize()


class HighlightStyle(StrEnum):
    """How a highlight is drawn: a background, or a line under the text."""

    HIGHLIGHT = "highlight"
    UNDERLINE = "underline"

    @property
    def prefix(self) -> str:
        """The prefix of its CSS highlight name in the page (``hl-yellow``)."""
        return "ul" if self is HighlightStyle.UNDERLINE else "hl"


DEFAULT_COLOR = HighlightColor.YELLOW
COLORS: tuple[str, ...] = tuple(c.value for c in HighlightColor)
STYLES: tuple[str, ...] = tuple(s.value for s in HighlightStyle)


def values(choices: type[StrEnum]) -> tuple[str, ...]:
    """The values of an enum of choices, in declaration order."""
    return tuple(c.value for c in choices)


def page_lists() -> dict[str, object]:
    """What the page script needs to know of the lists (see PAGE_LISTS in docs)."""
    return {
        "aids": list(values(Aids)),
        "furiganaStyles": list(values(FuriganaStyle)),
        "furiganaLevels": list(values(FuriganaLevel)),
        "themes": [t.value for t in Theme.page_themes()],
        "colors": list(COLORS),
        "styles": {s.value: s.prefix for s in HighlightStyle},
        "defaultColor": DEFAULT_COLOR.value,
    }


def page_lists_json() -> str:
    """:func:`page_lists` as JSON safe inside an HTML ``<script>`` element."""
    return json.dumps(page_lists(), separators=(",", ":")).replace("</", "<\\/")


def page_lists_css() -> str:
    """The page's per-colour CSS: fill variables, highlight rules, swatches."""
    light = " ".join(f"--hl-{c}: {c.fill};" for c in HighlightColor)
    dark = " ".join(f"--hl-{c}: {c.fill_dark};" for c in HighlightColor)
    lines = [f"body {{ {light} }}", f"body.theme-dark {{ {dark} }}"]
    for c in HighlightColor:
        lines += [
            f"::highlight(hl-{c}) {{ background-color: var(--hl-{c}); }}",
            f"::highlight(ul-{c}) {{ text-decoration: underline 2px {c.underline}; }}",
            f".sel-tools .swatch.{c} {{ background: {c.swatch}; }}",
        ]
    return "\n".join([*lines, *_level_rules()])


def _level_rules() -> list[str]:
    """One rule per furigana level: hide the furigana of the words it covers.

    Each furigana ruby of the page carries its word's marks (``data-l="g3 j2"``), so
    a level change is a class on ``<body>``, not a new page.
    """
    rules = []
    for level in FuriganaLevel:
        marks = ",".join(f'[data-l~="{m}"]' for m in level.hidden_marks)
        if marks:
            rules.append(
                f"body.level-{level} ruby.f:is({marks}) > :is(rt, rp) "
                "{ display: none; }"
            )
    return rules
