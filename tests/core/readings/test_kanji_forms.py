"""Old kanji forms (旧字体) read as their new forms (新字体), shown as written.

The sentences are in the manner of Aozora Bunko's 旧字旧仮名 editions
(芥川龍之介「地獄變」); each old form once got a wrong reading or none.
"""

from __future__ import annotations

import pytest

from reader.core.readings import ReadingEngine
from reader.core.readings.analyzer import analyze
from tests.core.readings.aids import furigana_of


@pytest.mark.parametrize(
    ("text", "furigana"),
    [
        # 廣い was cut 廣(ひろし) + い; 聲 and 默 had no reading; 體 was read てい.
        ("廣い庭に聲がした", "廣(ひろ)い庭(にわ)に聲(こえ)がした"),
        ("彼は默つて體を起した", "彼(かれ)は默(だま)つて體(からだ)を起(おこ)した"),
        ("藝術の國", "藝術(げいじゅつ)の國(くに)"),
        # A longer word the analyzer knows in its old form keeps it: the table
        # would give 才か and 御ぐ.
        ("纔かに見えた", "纔(わず)かに見(み)えた"),
        ("矢を禦ぐ", "矢(や)を禦(ふせ)ぐ"),
    ],
)
def test_old_forms_are_read_as_their_new_forms(
    engine: ReadingEngine, text: str, furigana: str
) -> None:
    assert furigana_of(engine.read(text)) == furigana


def test_tokens_keep_the_old_form_and_carry_the_new() -> None:
    morphs = analyze("廣い庭")
    assert "".join(m.text for m in morphs) == "廣い庭"
    assert (morphs[0].text, morphs[0].modern) == ("廣い", "広い")


def test_modern_text_is_untouched() -> None:
    assert all(not m.modern for m in analyze("広い庭に声がした。"))
