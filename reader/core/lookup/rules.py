"""The de-inflection rules: a small table, expanded over the conjugation classes.

A rule says: a word of class ``inflected`` ending in ``suffix`` comes from a word of
class ``base`` ending in ``base_suffix``. Rules chain, as in Yomitan's deinflector:
食べたくなかった → 食べたくない (past) → 食べたい (negative) → 食べる (-tai). A rule
whose ``inflected`` set is empty makes a final form (食べた): it applies to the text as
written only.

Classes: ``v1`` ichidan, ``v5`` godan, ``v5k-s`` 行く, ``vk`` 来る, ``vs`` する,
``v5u-s`` 問う, ``v5aru`` いらっしゃる,
``adj-i`` adjectives, ``vs-n`` nouns that take する, and the in-between form
``masu`` (食べます).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """One step back from an inflected form to the form it came from.

    Attributes:
        suffix: ending of the inflected form (食べ*ました*).
        base_suffix: ending of the form it comes from (食べ*る*).
        name: what the step is called (``polite past``).
        inflected: classes the inflected form may have; empty for a final form.
        base: the class of the form it comes from.
    """

    suffix: str
    base_suffix: str
    name: str
    inflected: frozenset[str]
    base: str


#: Godan verbs by dictionary ending: a-, i-, e-, o-stem, te-form and past.
_GODAN = {
    "う": ("わ", "い", "え", "お", "って", "った"),
    "く": ("か", "き", "け", "こ", "いて", "いた"),
    "ぐ": ("が", "ぎ", "げ", "ご", "いで", "いだ"),
    "す": ("さ", "し", "せ", "そ", "して", "した"),
    "つ": ("た", "ち", "て", "と", "って", "った"),
    "ぬ": ("な", "に", "ね", "の", "んで", "んだ"),
    "ぶ": ("ば", "び", "べ", "ぼ", "んで", "んだ"),
    "む": ("ま", "み", "め", "も", "んで", "んだ"),
    "る": ("ら", "り", "れ", "ろ", "って", "った"),
}
_A, _I, _E, _O, _TE, _TA = range(6)

_V1 = frozenset({"v1"})
_V5 = frozenset({"v5"})
_ADJ = frozenset({"adj-i"})
_MASU = frozenset({"masu"})
_FINAL: frozenset[str] = frozenset()

#: Endings put on a verb's stem: (stem, ending, name, class of the result). The
#: stems of ichidan verbs are all the same; ``te``/``ta`` are whole endings.
_VERB_FORMS: tuple[tuple[int, str, str, frozenset[str]], ...] = (
    (_I, "ます", "polite", _MASU),
    (_I, "", "masu stem", _FINAL),
    (_A, "ない", "negative", _ADJ),
    (_A, "ず", "negative (-zu)", _FINAL),
    (_I, "たい", "-tai", _ADJ),
    (_I, "そう", "-sou (looks like)", _FINAL),
    (_I, "ながら", "while", _FINAL),
    (_I, "すぎる", "too much", _V1),
    (_I, "なさい", "imperative (polite)", _FINAL),
    (_E, "ば", "conditional", _FINAL),
    (_TE, "", "te-form", _FINAL),
    (_TA, "", "past", _FINAL),
    (_TA, "ら", "conditional (-tara)", _FINAL),
    (_TA, "り", "-tari", _FINAL),
)

_GODAN_ONLY: tuple[tuple[int, str, str, frozenset[str]], ...] = (
    (_E, "る", "potential", _V1),
    (_A, "れる", "passive", _V1),
    (_A, "せる", "causative", _V1),
    (_A, "せられる", "causative passive", _V1),
    (_A, "される", "causative passive", _V1),
    (_O, "う", "volitional", _FINAL),
    (_E, "", "imperative", _FINAL),
)

_ICHIDAN_ONLY: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("られる", "potential or passive", _V1),
    ("れる", "potential (colloquial)", _V1),
    ("させる", "causative", _V1),
    ("させられる", "causative passive", _V1),
    ("よう", "volitional", _FINAL),
    ("ろ", "imperative", _FINAL),
    ("よ", "imperative", _FINAL),
)

#: The inflections of ます, of an adjective, and of what follows a te-form.
_MASU_FORMS = (
    ("ました", "ます", "past", _FINAL),
    ("ません", "ます", "negative", _FINAL),
    ("ませんでした", "ます", "negative past", _FINAL),
    ("ましょう", "ます", "volitional", _FINAL),
    ("まして", "ます", "te-form", _FINAL),
)
_ADJ_FORMS = (
    ("かった", "い", "past", _FINAL),
    ("くない", "い", "negative", _ADJ),
    ("くて", "い", "te-form", _FINAL),
    ("く", "い", "adverbial", _FINAL),
    ("ければ", "い", "conditional", _FINAL),
    ("かったら", "い", "conditional (-tara)", _FINAL),
    ("さ", "い", "noun (-sa)", _FINAL),
    ("そう", "い", "-sou (looks like)", _FINAL),
    ("すぎる", "い", "too much", _V1),
    ("くなる", "い", "becoming", _V5),
)
#: Verbs after a te-form, joined to it: 食べている is the progressive of 食べる.
_TE_AUXILIARIES = (
    ("いる", "progressive", _V1),
    ("る", "progressive (colloquial)", _V1),
    ("しまう", "completed", _V5),
    ("おく", "in advance", _V5),
    ("みる", "trying", _V1),
    ("ある", "resulting state", _V5),
    ("くる", "coming", frozenset({"vk"})),
    ("いく", "going", frozenset({"v5k-s"})),
    ("くれる", "favour (kureru)", _V1),
    ("もらう", "favour (morau)", _V5),
    ("あげる", "favour (ageru)", _V1),
)

#: Irregular verbs: (dictionary form, class, stems a, i, e, o, te, ta).
_IRREGULAR = (
    ("する", "vs", ("し", "し", "すれ", "しよ", "して", "した")),
    ("くる", "vk", ("こ", "き", "くれ", "こよ", "きて", "きた")),
    ("来る", "vk", ("来", "来", "来れ", "来よ", "来て", "来た")),
    ("いく", "v5k-s", ("いか", "いき", "いけ", "いこ", "いって", "いった")),
    # 問う, 請う: te-form and past keep う (問うて).
    ("う", "v5u-s", ("わ", "い", "え", "お", "うて", "うた")),
    # いらっしゃる, くださる, なさる: polite and imperative on い (いらっしゃいます).
    ("る", "v5aru", ("ら", "い", "れ", "ろ", "って", "った")),
    ("行く", "v5k-s", ("行か", "行き", "行け", "行こ", "行って", "行った")),
)
_IRREGULAR_EXTRA = (
    ("い", "る", "imperative", "v5aru", _FINAL),
    ("される", "する", "passive", "vs", _V1),
    ("させる", "する", "causative", "vs", _V1),
    ("しよう", "する", "volitional", "vs", _FINAL),
    ("こられる", "くる", "potential or passive", "vk", _V1),
    ("来られる", "来る", "potential or passive", "vk", _V1),
    ("こさせる", "くる", "causative", "vk", _V1),
    ("来させる", "来る", "causative", "vk", _V1),
    ("こよう", "くる", "volitional", "vk", _FINAL),
    ("来よう", "来る", "volitional", "vk", _FINAL),
)


def _verb_rules(base_suffix: str, base: str, stems: tuple[str, ...]) -> list[Rule]:
    rules = [
        Rule(stems[stem] + ending, base_suffix, name, inflected, base)
        for stem, ending, name, inflected in _VERB_FORMS
    ]
    rules += [
        Rule(stems[_TE] + aux, base_suffix, name, inflected, base)
        for aux, name, inflected in _TE_AUXILIARIES
    ]
    return rules


def _godan_rules() -> list[Rule]:
    rules: list[Rule] = []
    for ending, stems in _GODAN.items():
        rules += _verb_rules(ending, "v5", stems)
        for stem, suffix, name, inflected in _GODAN_ONLY:
            rules.append(Rule(stems[stem] + suffix, ending, name, inflected, "v5"))
    return rules


def _ichidan_rules() -> list[Rule]:
    rules = _verb_rules("る", "v1", ("", "", "れ", "", "て", "た"))
    rules += [Rule(s, "る", name, inf, "v1") for s, name, inf in _ICHIDAN_ONLY]
    return rules


def _irregular_rules() -> list[Rule]:
    rules: list[Rule] = []
    for word, cls, stems in _IRREGULAR:
        rules += _verb_rules(word, cls, stems)
    rules += [Rule(s, b, n, inf, cls) for s, b, n, cls, inf in _IRREGULAR_EXTRA]
    return rules


def _auxiliary_rules() -> list[Rule]:
    rules = [Rule(s, b, n, inf, "masu") for s, b, n, inf in _MASU_FORMS]
    rules += [Rule(s, b, n, inf, "adj-i") for s, b, n, inf in _ADJ_FORMS]
    # A noun that takes する (研究する) is found as the noun, marked "suru verb".
    rules.append(Rule("する", "", "suru verb", frozenset({"vs"}), "vs-n"))
    return rules


def build_rules() -> tuple[Rule, ...]:
    """Every de-inflection rule, longest suffix first."""
    rules = _godan_rules() + _ichidan_rules() + _irregular_rules()
    rules += _auxiliary_rules()
    unique = dict.fromkeys(rules)
    return tuple(sorted(unique, key=lambda r: -len(r.suffix)))


RULES = build_rules()
