"""Cutting katakana compounds into their loanword parts (fāsuto ripaburikku).

pykakasi returns a run of katakana as one token, so compounds of loanwords
(ファーストリパブリック, スケーリングインフラ) would come out as one romaji word.
Splitting them needs a word list: the parts below are the loanwords seen in the
interview that stand as separate words in the source language. A compound is cut
only when known parts cover it entirely; one-word loans (ブレークスルー,
スタートアップ, ツールキット) are left whole by keeping their halves out of the list.
"""

from __future__ import annotations

from functools import lru_cache

_PARTS = """
ファースト リパブリック スケーリング インフラ データ アノテーション タスク
アンビエント コンピューティング コンピュータ クラスタ オープン ソース モデル
カスタマー サポート クラウド エージェント プロバイダー グラフィカル ユーザー
インターフェース サービス サイト シミュレーション ロボット ステップ プロセス
スーパー チーム メンバー テキスト モデリング ディープ ラーニング デジタル
センター ニューラル ネットワーク ブラック ボックス プログラミング ベンチマーク
プロダクト デザイナー ビデオ モーダル ユース ケース エンド ツー
"""
PARTS: frozenset[str] = frozenset(_PARTS.split())
_MAX = max(map(len, PARTS))


@lru_cache(maxsize=4096)
def split_katakana(word: str) -> tuple[str, ...]:
    """``word`` cut into known loanword parts, fewest parts first; whole if none fit."""
    n = len(word)
    # best[end]: (number of parts, start of the last part) covering word[:end].
    best: list[tuple[int, int] | None] = [(0, 0)] + [None] * n
    for end in range(1, n + 1):
        for start in range(max(0, end - _MAX), end):
            before = best[start]
            if before is None or word[start:end] not in PARTS:
                continue
            current = best[end]
            if current is None or before[0] + 1 < current[0]:
                best[end] = (before[0] + 1, start)
    if best[n] is None:
        return (word,)
    return _parts(word, best)


def _parts(word: str, best: list[tuple[int, int] | None]) -> tuple[str, ...]:
    parts: list[str] = []
    end = len(word)
    while end > 0:
        step = best[end]
        assert step is not None
        parts.append(word[step[1] : end])
        end = step[1]
    return tuple(reversed(parts))
