<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <location filename="../../reader/ui/actions.py" line="86"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="87"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="88"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="89"/>
        <source>Copy with &amp;Readings</source>
        <translation>読み付きでコピー(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="90"/>
        <source>Copy for &amp;Anki</source>
        <translation>Anki 形式でコピー(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="94"/>
        <source>&amp;No Reading Aids</source>
        <translation>読み補助なし(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="95"/>
        <source>&amp;Furigana</source>
        <translation>ふりがな(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="96"/>
        <source>&amp;Romaji</source>
        <translation>ローマ字(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="97"/>
        <source>Furigana &amp;and Romaji</source>
        <translation>ふりがなとローマ字(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="101"/>
        <source>Furigana on &amp;Hover or Click</source>
        <translation>ふりがなをポイント/クリックで表示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="103"/>
        <source>Romaji Without &amp;Macrons</source>
        <translation>長音記号なしのローマ字(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="107"/>
        <source>&amp;System Theme</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="108"/>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="109"/>
        <source>S&amp;epia</source>
        <translation>セピア(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="110"/>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="113"/>
        <source>&amp;Larger Text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="115"/>
        <source>&amp;Smaller Text</source>
        <translation>文字を小さく(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="117"/>
        <source>&amp;Actual Size</source>
        <translation>標準の大きさ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="120"/>
        <source>&amp;Vertical Writing (縦書き)</source>
        <translation>縦書き(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="122"/>
        <source>&amp;Next Section</source>
        <translation>次のセクション(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="123"/>
        <source>&amp;Previous Section</source>
        <translation>前のセクション(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="127"/>
        <source>System Language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="132"/>
        <source>&amp;About Yomu</source>
        <translation>Yomu について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="134"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="136"/>
        <source>&amp;Highlight Selection</source>
        <translation>選択範囲をハイライト(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="137"/>
        <source>Add &amp;Note to Selection…</source>
        <translation>選択範囲にメモを追加(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="138"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="139"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="140"/>
        <source>Export &amp;Annotations…</source>
        <translation>注釈をエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="141"/>
        <source>&amp;Import Annotations…</source>
        <translation>注釈をインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="143"/>
        <source>&amp;Look Up</source>
        <translation>辞書で調べる(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="145"/>
        <source>Look Up on &amp;Click</source>
        <translation>クリックで辞書を引く(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="146"/>
        <source>Look Up on Shift+&amp;Hover</source>
        <translation>Shift+ポイントで辞書を引く(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="147"/>
        <source>&amp;Known Words…</source>
        <translation>既知の語(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="34"/>
        <source>&lt;h3&gt;Yomu {version}&lt;/h3&gt;&lt;p&gt;A reader for Japanese text with furigana, romaji, highlights and notes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; an interview with David Luan by Jacob Effron (Redpoint Ventures, &lt;i&gt;Unsupervised Learning&lt;/i&gt;), translated into Japanese by 明るいカンパニー and published by TechFlow 深潮.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with:&lt;/b&gt; Qt {qt} and PySide6 {pyside} (Qt WebEngine), pykakasi {kakasi} for readings, TinyDB {tinydb} for notes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Yomu {version}&lt;/h3&gt;&lt;p&gt;ふりがな・ローマ字・ハイライト・メモ付きで日本語を読むためのリーダーです。&lt;/p&gt;&lt;p&gt;&lt;b&gt;出典:&lt;/b&gt; Jacob Effron(Redpoint Ventures『Unsupervised Learning』)による David Luan へのインタビュー。明るいカンパニーによる日本語訳、TechFlow 深潮 掲載。&lt;/p&gt;&lt;p&gt;&lt;b&gt;使用ライブラリ:&lt;/b&gt; Qt {qt}、PySide6 {pyside}(Qt WebEngine)、読みに pykakasi {kakasi}、メモに TinyDB {tinydb}。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="60"/>
        <source>About Yomu</source>
        <translation>Yomu について</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="73"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialogs.py" line="46"/>
        <source>Your annotations file was damaged; Yomu kept every sound record.</source>
        <translation>注釈ファイルが壊れていました。読み取れた記録はすべて残しています。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialogs.py" line="52"/>
        <source>The damaged file was kept as: </source>
        <translation>壊れたファイルの保存先: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialogs.py" line="54"/>
        <source>Records that could not be read: </source>
        <translation>読み取れなかった記録: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialogs.py" line="63"/>
        <source>Annotations repaired</source>
        <translation>注釈を修復しました</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialogs.py" line="94"/>
        <source>Export Annotations</source>
        <translation>注釈のエクスポート</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialogs.py" line="105"/>
        <location filename="../../reader/ui/dialogs.py" line="99"/>
        <location filename="../../reader/ui/pending.py" line="132"/>
        <source>Export failed</source>
        <translation>エクスポートできませんでした</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialogs.py" line="107"/>
        <location filename="../../reader/ui/dialogs.py" line="101"/>
        <source>Exported to {path}</source>
        <translation>{path} にエクスポートしました</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialogs.py" line="112"/>
        <source>{added} added, {duplicates} already here, {review} to review</source>
        <translation>追加 {added} 件、既存 {duplicates} 件、要確認 {review} 件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialogs.py" line="143"/>
        <source>Import Annotations</source>
        <translation>注釈のインポート</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialogs.py" line="154"/>
        <source>Import failed</source>
        <translation>インポートできませんでした</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialogs.py" line="155"/>
        <source>Nothing was changed.</source>
        <translation>何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialogs.py" line="159"/>
        <source>Importing…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialogs.py" line="149"/>
        <location filename="../../reader/ui/annotation_dialogs.py" line="171"/>
        <source>Imported: </source>
        <translation>インポート: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="175"/>
        <location filename="../../reader/ui/sidebar.py" line="192"/>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_wiring.py" line="22"/>
        <location filename="../../reader/ui/main_window.py" line="284"/>
        <location filename="../../reader/ui/sidebar.py" line="177"/>
        <location filename="../../reader/ui/sidebar.py" line="193"/>
        <source>Introduction</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="122"/>
        <location filename="../../reader/ui/main_window.py" line="141"/>
        <source>Readings %p%</source>
        <translation>読み %p%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="271"/>
        <source>Readings could not be computed: </source>
        <translation>読みを計算できませんでした: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="14"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="20"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="29"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="35"/>
        <source>Line &amp;Spacing</source>
        <translation>行間(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="37"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="42"/>
        <source>Section &amp;Sidebar</source>
        <translation>セクション一覧(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="43"/>
        <source>&amp;Annotations Panel</source>
        <translation>注釈パネル(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="51"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="54"/>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="57"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="64"/>
        <source>Reading</source>
        <translation>読書</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="69"/>
        <source>Plain</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="69"/>
        <source>Furigana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="69"/>
        <source>Romaji</source>
        <translation>ローマ字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="69"/>
        <source>Both</source>
        <translation>両方</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="80"/>
        <source>Hover</source>
        <translation>ホバー</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="83"/>
        <source>縦書き</source>
        <translation>縦書き</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="115"/>
        <source>Annotations could not all be placed: </source>
        <translation>注釈の一部を配置できませんでした: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="161"/>
        <source>Annotations are being placed; try again in a moment.</source>
        <translation>注釈を配置しています。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="204"/>
        <source>Cannot highlight: </source>
        <translation>ハイライトできません: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="263"/>
        <source>Underline</source>
        <translation>下線</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="276"/>
        <source>Edit Note…</source>
        <translation>メモを編集…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="276"/>
        <source>Add Note…</source>
        <translation>メモを追加…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="278"/>
        <source>Copy Text</source>
        <translation>テキストをコピー</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="282"/>
        <source>Delete Highlight</source>
        <translation>ハイライトを削除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="158"/>
        <source>After the interview</source>
        <translation>インタビューの後</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="170"/>
        <source>Needs review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="268"/>
        <source>Annotations</source>
        <translation>注釈</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="272"/>
        <source>Search quotes and notes</source>
        <translation>引用とメモを検索</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="275"/>
        <source>All colours</source>
        <translation>すべての色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="278"/>
        <source>With notes</source>
        <translation>メモあり</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="279"/>
        <source>Readings</source>
        <translation>読み</translation>
    </message>
    <message>
        <location filename="../../reader/ui/note_editor.py" line="24"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/note_editor.py" line="30"/>
        <source>Write a note on this passage</source>
        <translation>この箇所へのメモを書く</translation>
    </message>
    <message>
        <location filename="../../reader/ui/i18n.py" line="34"/>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <location filename="../../reader/ui/i18n.py" line="35"/>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <location filename="../../reader/ui/i18n.py" line="36"/>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <location filename="../../reader/ui/i18n.py" line="37"/>
        <source>Pink</source>
        <translation>ピンク</translation>
    </message>
    <message>
        <location filename="../../reader/ui/i18n.py" line="38"/>
        <source>Purple</source>
        <translation>紫</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_fix.py" line="37"/>
        <location filename="../../reader/ui/reading_fix.py" line="110"/>
        <source>Fix Reading</source>
        <translation>読みを修正</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_fix.py" line="39"/>
        <source>Reading of 「{word}」, in hiragana:</source>
        <translation>「{word}」の読み(ひらがな):</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_fix.py" line="41"/>
        <source>Now: </source>
        <translation>現在: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_fix.py" line="43"/>
        <source>Only where it stands as here</source>
        <translation>この箇所(前後が同じところ)だけ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_fix.py" line="94"/>
        <source>Fix Reading of 「{word}」…</source>
        <translation>「{word}」の読みを修正…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pending.py" line="115"/>
        <source>Export Unsaved Changes</source>
        <translation>保存されていない変更を書き出す</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pending.py" line="142"/>
        <location filename="../../reader/ui/pending.py" line="175"/>
        <source>Changes not saved</source>
        <translation>変更が保存されていません</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pending.py" line="146"/>
        <location filename="../../reader/ui/pending.py" line="180"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pending.py" line="161"/>
        <source>Not saved: {count}…</source>
        <translation>未保存: {count}…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/pending.py" line="167"/>
        <source>Yomu could not save {count} change(s): {reason}.

They are kept in this window. Make room and choose Retry, or export them to a file.</source>
        <translation>Yomu は {count} 件の変更を保存できませんでした: {reason}。

変更はこのウィンドウに残っています。空き容量を作って「再試行」を選ぶか、ファイルに書き出してください。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="183"/>
        <source>Opening the dictionary…</source>
        <translation>辞書を開いています…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="220"/>
        <source>Nothing found for 「{word}」</source>
        <translation>「{word}」は辞書に見つかりません</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="306"/>
        <source>Names</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="307"/>
        <source>Shorter words</source>
        <translation>短い語</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="308"/>
        <source>Also read</source>
        <translation>別の読み</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="309"/>
        <source>the engine was unsure</source>
        <translation>読みの判定に自信なし</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="310"/>
        <source>Kanji</source>
        <translation>漢字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="311"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="312"/>
        <source>I know this word</source>
        <translation>この語は知っている</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="313"/>
        <source>← → words · Esc closes</source>
        <translation>← → 前後の語 · Esc で閉じる</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="314"/>
        <source>common</source>
        <translation>常用</translation>
    </message>
    <message>
        <location filename="../../reader/ui/known_words.py" line="65"/>
        <source>「{word}」 is known</source>
        <translation>「{word}」を既知にしました</translation>
    </message>
    <message>
        <location filename="../../reader/ui/known_words.py" line="69"/>
        <source>「{word}」 forgotten</source>
        <translation>「{word}」を既知から外しました</translation>
    </message>
    <message>
        <location filename="../../reader/ui/known_words.py" line="100"/>
        <source>Known Words</source>
        <translation>既知の語</translation>
    </message>
    <message>
        <location filename="../../reader/ui/known_words.py" line="102"/>
        <source>&amp;Forget</source>
        <translation>外す(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="71"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="80"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="83"/>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="83"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="83"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
</TS>
