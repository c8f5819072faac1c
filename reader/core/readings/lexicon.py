"""Cutting runs of hiragana into words, so romaji can space them and find particles.

pykakasi hands back runs such as ``そしてそれらがどこまで`` as one token. A small
lexicon of particles, auxiliaries and common kana words cuts them (そして それら が
どこ まで) by dynamic programming: fewest unknown characters first, then fewest
words. Unknown stretches stay whole.
"""

from __future__ import annotations

from functools import lru_cache

_PARTICLES = """
は が を に で と も へ の や か ね よ な から まで より ので のに けど けれど けれども
ても でも しか だけ ばかり ほど など なら くらい ぐらい って とか ば こそ さえ すら ずつ
ごと ながら つつ たり だり ね よね ぞ かな かも
として にて
にすぎない にもかかわらず といった
という というより というのが といって
"""
_AUXILIARIES = """
です でした でしょう でしょうか ですか ですが ですね ですよね ます ました ません
ましょう ませんでした ますか ますね ましたが ますが だ だった だろう だと
ない なかった なく なければ なくて ず た て れる られる せる させる
たい たく たいと らしい
"""
_WORDS = """
ついて おける よる よって よれば よると ともに とって わたって おいて あっても わずか
する します した して しない しなければ しよう しようと され される されて させ させる
させた させます しており いる います いた いて いない いません いれば おり おります
ある あります あった あり あれば あるいは なる なります なった なり なれる なると できる
できます できた でき できない できません できれば いう いった いく いき いって くる きた
きて きました くれる くれた くれて くれます もらう もらって いただく いただける いただき
いただけ おく おける みる みて みましょう みた しまう しまった やる やり やって やった
とる かける かけて かかる かかって もたらす もたらします もたらした
この その あの どの これ それ あれ どれ ここ そこ あそこ どこ こう そう ああ どう
こうした そうした こんな そんな どんな あんな これら それら
あなた わたし わたしたち たち
また まだ まだまだ もう すでに すぐに すぐ さらに まず つまり しかし だから
ただし ただ そして そこで または あるいは および なぜ なぜなら もし たとえば とても
かなり ほぼ ほとんど むしろ まるで まさに おそらく きっと ずっと もっと やはり やや
はるかに はっきり ちょうど ちょっと ぴったり みんな すべて いくつ いくつか あらゆる
さまざま あいまい よう ように ような こと もの ため ために とき ところ わけ はず べき
べきです つもり ほか あと ありがとう ございます はい いいえ なるほど どうやら いつ
いつも かつて ゆっくり うまく あまり あまりに ますます よく とりあえず
かもしれません かもしれない いかに いかにして それぞれ そのまま そのもの まったく
おっしゃる おっしゃいました おっしゃって おっしゃっていました おっしゃるように
いらっしゃる いらっしゃいました おられる ようこそ あたり どれだけ どうやって どのように
どのような このような そのような そのため そのように これまで それほど これほど なお
"""

LEXICON: frozenset[str] = frozenset((_PARTICLES + _AUXILIARIES + _WORDS).split())
#: Words whose kana is read differently when they stand as a particle.
READ_AS_PARTICLE = frozenset("はへを")
#: Endings that belong to the verb or adjective before them (思い|ます, 大きか|った).
_ENDINGS = (
    "ます ました ません ましょう ませんでした ますか ますね ましたが ますが "
    "た て で だ たい たく ない なかった なく なければ れる られる せる させる"
)
INFLECTIONS = frozenset(_ENDINGS.split())
#: Suffixes that belong to the noun before them (人たち, 私たち).
SUFFIXES = frozenset({"たち"})
_MAX = max(map(len, LEXICON))
_UNKNOWN = 8  # cost of one character outside the lexicon; a word costs 1


@lru_cache(maxsize=8192)
def cut(run: str) -> tuple[tuple[str, bool], ...]:
    """Cut a hiragana run into words.

    Returns:
        ``(text, known)`` pairs joining to ``run``; ``known`` is False for stretches
        outside the lexicon.
    """
    n = len(run)
    best: list[tuple[int, int, bool]] = [(0, 0, True)] + [(1 << 30, 0, True)] * n
    for end in range(1, n + 1):
        for start in range(max(0, end - _MAX), end):
            piece = run[start:end]
            if piece in LEXICON:
                _relax(best, start, end, best[start][0] + 1, True)
        _relax(best, end - 1, end, best[end - 1][0] + _UNKNOWN, False)
    return _backtrack(run, best)


def _relax(
    best: list[tuple[int, int, bool]], start: int, end: int, cost: int, known: bool
) -> None:
    if cost < best[end][0]:
        best[end] = (cost, start, known)


def _backtrack(
    run: str, best: list[tuple[int, int, bool]]
) -> tuple[tuple[str, bool], ...]:
    pieces: list[tuple[str, bool]] = []
    end = len(run)
    while end > 0:
        _, start, known = best[end]
        if not known and pieces and not pieces[-1][1]:
            pieces[-1] = (run[start:end] + pieces[-1][0], False)
        else:
            pieces.append((run[start:end], known))
        end = start
    return tuple(reversed(pieces))
