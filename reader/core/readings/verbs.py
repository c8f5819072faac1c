"""Joining verb forms pykakasi leaves in pieces, after endings are attached.

* godan -su stems cut before their ending: 過ご + した → 過ごした (sugoshita);
* volitional forms: 満た + そう → mitasō, 感じ取らせ + よう → kanjitoraseyō;
* compound verbs with 始める / 続ける: し + 始めて → shihajimete;
* kana forms cut in two: し + よう, で + しょう, した + ら.
"""

from __future__ import annotations

from reader.core.readings.division import join_where
from reader.core.readings.kana import has_kanji, is_hiragana, is_kanji
from reader.core.readings.pieces import Piece

#: Kana ending a -su verb's stem before し (過ご|した, 果た|した, 動か|して).
_SU_STEM = frozenset("かさたなまらわがごそころ")
#: Kana ending a stem that takes よう as its volitional (感じ取らせ|よう).
_E_ROW = frozenset("えけげせぜてでねべめれ")
#: Verbs that make compound verbs after a stem (し始める, 取り組み始める).
_COMPOUND_HEADS = ("始", "続")
#: Stem kana that take those compound verbs.
_STEM_KANA = frozenset("いきぎしちびみりえけげせねべめれ")
#: Kana words cut in two that are one form (しよう, でしょう, したら).
_PAIRS = frozenset({("し", "よう"), ("で", "しょう"), ("した", "ら")})


def join_verb_forms(pieces: list[Piece]) -> list[Piece]:
    """Join the verb forms above into one word each."""
    return join_where(pieces, _is_verb_form)


def _is_verb_form(prev: Piece, piece: Piece) -> bool:
    if prev.kana is None or piece.kana is None or prev.particle or not prev.text:
        return False
    return (
        (prev.text, piece.text) in _PAIRS
        or _is_su_form(prev, piece)
        or _is_volitional(prev, piece)
        or _is_compound(prev, piece)
    )


def _okurigana_stem(prev: Piece) -> bool:
    # A kanji word ending in kana: 過ご, 満た, 感じ取らせ (not 削除, not する).
    return is_kanji(prev.text[0]) and is_hiragana(prev.text[-1])


def _is_su_form(prev: Piece, piece: Piece) -> bool:
    return (
        _okurigana_stem(prev)
        and prev.text[-1] in _SU_STEM
        and piece.text.startswith("し")
        and not has_kanji(piece.text)
    )


def _is_volitional(prev: Piece, piece: Piece) -> bool:
    if piece.text == "そう":
        return _okurigana_stem(prev) and prev.text[-1] in _SU_STEM
    if piece.text == "よう":
        return _okurigana_stem(prev) and prev.text[-1] in _E_ROW
    return False


def _is_compound(prev: Piece, piece: Piece) -> bool:
    if not piece.text.startswith(_COMPOUND_HEADS) or prev.text[-1] not in _STEM_KANA:
        return False
    # A verb stem: kanji with okurigana (取り組み), or the stray し of a suru verb.
    return _okurigana_stem(prev) or (prev.text == "し" and not prev.known)
