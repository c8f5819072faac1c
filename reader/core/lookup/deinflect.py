"""De-inflection: every form a written word may come from, with the steps taken.

The table is in :mod:`reader.core.lookup.rules`; this module only walks it, as
Yomitan's deinflector does, and can inflect a reading back the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.lookup.rules import RULES, Rule

#: How many rules may chain (食べさせられませんでした needs four).
MAX_STEPS = 5


@dataclass(frozen=True)
class Candidate:
    """A form the written word may come from.

    Attributes:
        text: the candidate dictionary form.
        cls: the class it must have (``v1``, ``adj-i`` …); ``None`` for the
            word as written, which may be anything.
        steps: the rules that lead from this form to the written word, in the
            order they inflect it (polite, then past).
    """

    text: str
    cls: str | None = None
    steps: tuple[Rule, ...] = ()

    @property
    def inflection(self) -> str | None:
        """The inflection's name (``polite past``), or ``None`` when there is none."""
        if not self.steps:
            return None
        return " ".join(rule.name for rule in self.steps)


def _by_suffix(rules: tuple[Rule, ...]) -> dict[str, tuple[Rule, ...]]:
    table: dict[str, list[Rule]] = {}
    for rule in rules:
        table.setdefault(rule.suffix, []).append(rule)
    return {suffix: tuple(group) for suffix, group in table.items()}


# Rules by the ending they take off: a word is matched against its own endings only.
_BY_SUFFIX = _by_suffix(RULES)
_LONGEST = max(len(suffix) for suffix in _BY_SUFFIX)


def _rules_for(cand: Candidate) -> list[Rule]:
    out: list[Rule] = []
    for size in range(1, min(_LONGEST, len(cand.text)) + 1):
        for rule in _BY_SUFFIX.get(cand.text[-size:], ()):
            if cand.cls is None or cand.cls in rule.inflected:
                out.append(rule)
    return out


def deinflect(text: str) -> list[Candidate]:
    """``text`` itself, then every form it may be an inflection of.

    Args:
        text: a written word, such as 食べました.

    Returns:
        Candidates, the word as written first; each is unique by (text, class).
    """
    found: dict[tuple[str, str | None], Candidate] = {}
    frontier = [Candidate(text)]
    found[(text, None)] = frontier[0]
    for _ in range(MAX_STEPS):
        nxt: list[Candidate] = []
        for cand in frontier:
            for rule in _rules_for(cand):
                stem = cand.text[: len(cand.text) - len(rule.suffix)]
                new = Candidate(stem + rule.base_suffix, rule.base, (rule, *cand.steps))
                key = (new.text, new.cls)
                if new.text and key not in found:
                    found[key] = new
                    nxt.append(new)
        frontier = nxt
    return list(found.values())


def reinflect(reading: str, steps: tuple[Rule, ...]) -> str | None:
    """The reading of the written word, from the dictionary form's reading.

    Applies the steps back (たべる + polite past → たべました). Returns ``None``
    when a step's ending is not in kana (来ます: its reading changes under 来).
    """
    for rule in steps:
        if not reading.endswith(rule.base_suffix) or not _is_kana(rule.suffix):
            return None
        reading = reading[: len(reading) - len(rule.base_suffix)] + rule.suffix
    return reading


def _is_kana(text: str) -> bool:
    return all("\u3041" <= ch <= "\u30ff" for ch in text)
