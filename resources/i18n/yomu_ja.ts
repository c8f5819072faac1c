<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <location filename="../../reader/ui/actions.py" line="65"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="66"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="67"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="68"/>
        <source>Copy with &amp;Readings</source>
        <translation>読み付きでコピー(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="69"/>
        <source>Copy for &amp;Anki</source>
        <translation>Anki 形式でコピー(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="73"/>
        <source>&amp;No Reading Aids</source>
        <translation>読み補助なし(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="74"/>
        <source>&amp;Furigana</source>
        <translation>ふりがな(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="75"/>
        <source>&amp;Romaji</source>
        <translation>ローマ字(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="76"/>
        <source>Furigana &amp;and Romaji</source>
        <translation>ふりがなとローマ字(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="80"/>
        <source>Furigana on &amp;Hover or Click</source>
        <translation>ふりがなをポイント/クリックで表示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="82"/>
        <source>Romaji Without &amp;Macrons</source>
        <translation>長音記号なしのローマ字(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="86"/>
        <source>&amp;System Theme</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="87"/>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="88"/>
        <source>S&amp;epia</source>
        <translation>セピア(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="89"/>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="92"/>
        <source>&amp;Larger Text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="94"/>
        <source>&amp;Smaller Text</source>
        <translation>文字を小さく(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="96"/>
        <source>&amp;Actual Size</source>
        <translation>標準の大きさ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="99"/>
        <source>&amp;Vertical Writing (縦書き)</source>
        <translation>縦書き(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="101"/>
        <source>&amp;Next Section</source>
        <translation>次のセクション(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="102"/>
        <source>&amp;Previous Section</source>
        <translation>前のセクション(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="106"/>
        <source>System Language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="111"/>
        <source>&amp;About Yomu</source>
        <translation>Yomu について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="28"/>
        <source>&lt;h3&gt;Yomu {version}&lt;/h3&gt;&lt;p&gt;A reader for Japanese text with furigana, romaji, highlights and notes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; an interview with David Luan by Jacob Effron (Redpoint Ventures, &lt;i&gt;Unsupervised Learning&lt;/i&gt;), translated into Japanese by 明るいカンパニー and published by TechFlow 深潮.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with:&lt;/b&gt; Qt {qt} and PySide6 {pyside} (Qt WebEngine), pykakasi {kakasi} for readings, TinyDB {tinydb} for notes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Yomu {version}&lt;/h3&gt;&lt;p&gt;ふりがな・ローマ字・ハイライト・メモ付きで日本語を読むためのリーダーです。&lt;/p&gt;&lt;p&gt;&lt;b&gt;出典:&lt;/b&gt; Jacob Effron(Redpoint Ventures『Unsupervised Learning』)による David Luan へのインタビュー。明るいカンパニーによる日本語訳、TechFlow 深潮 掲載。&lt;/p&gt;&lt;p&gt;&lt;b&gt;使用ライブラリ:&lt;/b&gt; Qt {qt}、PySide6 {pyside}(Qt WebEngine)、読みに pykakasi {kakasi}、メモに TinyDB {tinydb}。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="45"/>
        <source>About Yomu</source>
        <translation>Yomu について</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="58"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="78"/>
        <source>Export failed</source>
        <translation>エクスポートできませんでした</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="80"/>
        <source>Exported to {path}</source>
        <translation>{path} にエクスポートしました</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="91"/>
        <location filename="../../reader/ui/main_window.py" line="123"/>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="91"/>
        <location filename="../../reader/ui/main_window.py" line="124"/>
        <location filename="../../reader/ui/main_window.py" line="252"/>
        <source>Introduction</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="107"/>
        <location filename="../../reader/ui/main_window.py" line="125"/>
        <source>Readings %p%</source>
        <translation>読み %p%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="240"/>
        <source>Readings could not be computed: </source>
        <translation>読みを計算できませんでした: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="14"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="19"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="22"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="28"/>
        <source>Line &amp;Spacing</source>
        <translation>行間(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="30"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="37"/>
        <source>Section &amp;Sidebar</source>
        <translation>セクション一覧(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="40"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="43"/>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="46"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="52"/>
        <source>Reading</source>
        <translation>読書</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="57"/>
        <source>Plain</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="57"/>
        <source>Furigana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="57"/>
        <source>Romaji</source>
        <translation>ローマ字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="57"/>
        <source>Both</source>
        <translation>両方</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="67"/>
        <source>縦書き</source>
        <translation>縦書き</translation>
    </message>
</context>
</TS>
