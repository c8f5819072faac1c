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
にて
"""
_AUXILIARIES = """
です でした でしょう ます ました ません ましょう だ だった だろう
ない なかった なく なければ なくて ず た て れる られる せる させる
たい たく らしい
"""
_WORDS = """
ついて おける よる よって よれば ともに とって わたって おいて あっても わずか
する します しました しません しましょう した して しない したい すぎない
かかわらず しれません しれない います いました いません ありました ありません
なりました できました くれました ならない やめる やめ やめた ください すべき
やすい にくい いただけ しなければ しよう され される されて させ させる
させた させます いる います いた いて いない いません いれば おり おります
ある あります あった あり あれば あるいは なる なります なった なり なれる できる
できます できた でき できない できません できれば いう いった いく いき いって くる きた
きて きました くれる くれた くれて くれます もらう もらって いただく いただける いただき
いただけ おく おける みる みて みましょう みた しまう しまった やる やり やって やった
とる かける かけて かかる かかって もたらす もたらします もたらした
この その あの どの これ それ あれ どれ ここ そこ あそこ どこ こう そう ああ どう
こうした そうした こんな そんな どんな あんな これら それら
あなた わたし わたしたち たち
また まだ まだまだ もう すでに すぐ さらに まず つまり しかし だから
ただし ただ そして または あるいは および なぜ なぜなら もし たとえば とても
かなり ほぼ ほとんど むしろ まるで まさに おそらく きっと ずっと もっと やはり やや
はっきり ちょうど ちょっと ぴったり みんな すべて いくつ いくつか あらゆる
さまざま あいまい よう こと もの ため とき ところ わけ はず べき
つもり ほか あと ありがとう ございます はい いいえ なるほど どうやら いつ
いつも かつて ゆっくり うまく あまり ますます よく とりあえず
いかに いかにして それぞれ まったく
おっしゃる おっしゃいました おっしゃって
いらっしゃる いらっしゃいました おられる ようこそ あたり どれだけ どうやって
これまで それほど これほど なお
はるか よい まとめ なって やらない ぼかす なし おろか
"""

LEXICON: frozenset[str] = frozenset((_PARTICLES + _AUXILIARIES + _WORDS).split())
#: Words whose kana is read differently when they stand as a particle.
READ_AS_PARTICLE = frozenset("はへを")
#: Endings that belong to the verb or adjective before them (思い|ます, 大きか|った).
_ENDINGS = (
    "ます ました ません ましょう ば やすい にくい "
    "た て で だ たい たく ない なかった なく なければ れる られる せる させる "
    "たり だり"
)
INFLECTIONS = frozenset(_ENDINGS.split())
#: Kana verb stems in the lexicon that take ます and other endings (なり|ました).
_STEMS = "あり なり でき おり やり いき いただき いただけ しまい くれ され させ まとめ"
STEM_ENDINGS = frozenset(_STEMS.split())
#: Suffixes that belong to the noun before them (人たち, 私たち).
SUFFIXES = frozenset({"たち"})
_MAX = max(map(len, LEXICON))
_UNKNOWN = 8  # cost of one character outside the lexicon; a word costs 1
#: Words that lose ties: の|もの|に, not の|も|のに; 挙げ|て|も, not 挙げ|ても;
#: もの|で, not も|ので.
_DEAR = {"のに": 2, "ても": 3, "ので": 2}


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
                cost = best[start][0] + _DEAR.get(piece, 1)
                _relax(best, start, end, cost, True)
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
