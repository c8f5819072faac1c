<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <location filename="../../reader/ui/actions.py" line="54"/>
        <source>Kanji Above Grade {n}</source>
        <translation>小学{n}年より上の漢字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="55"/>
        <source>&amp;All Kanji</source>
        <translation>すべての漢字(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="57"/>
        <source>Kanji Above Jōyō (常用)</source>
        <translation>常用漢字より上の漢字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="59"/>
        <source>Kanji Above Old JLPT {n} (≈{new})</source>
        <translation>旧JLPT {n}級より上の漢字（≈{new}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="110"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="111"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="112"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="113"/>
        <source>Copy with &amp;Readings</source>
        <translation>読み付きでコピー(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="114"/>
        <source>Copy for &amp;Anki</source>
        <translation>Anki 形式でコピー(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="118"/>
        <source>&amp;No Reading Aids</source>
        <translation>読み補助なし(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="119"/>
        <source>&amp;Furigana</source>
        <translation>ふりがな(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="120"/>
        <source>&amp;Romaji</source>
        <translation>ローマ字(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="121"/>
        <source>Furigana &amp;and Romaji</source>
        <translation>ふりがなとローマ字(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="125"/>
        <source>Furigana on &amp;Hover or Click</source>
        <translation>ふりがなをポイント/クリックで表示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="128"/>
        <source>Romaji Without &amp;Macrons</source>
        <translation>長音記号なしのローマ字(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="132"/>
        <source>&amp;System Theme</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="133"/>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="134"/>
        <source>S&amp;epia</source>
        <translation>セピア(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="135"/>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="138"/>
        <source>&amp;Larger Text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="140"/>
        <source>&amp;Smaller Text</source>
        <translation>文字を小さく(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="142"/>
        <source>&amp;Actual Size</source>
        <translation>標準の大きさ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="145"/>
        <source>&amp;Vertical Writing (縦書き)</source>
        <translation>縦書き(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="147"/>
        <source>&amp;Next Section</source>
        <translation>次のセクション(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="148"/>
        <source>&amp;Previous Section</source>
        <translation>前のセクション(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="152"/>
        <source>System Language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="157"/>
        <source>&amp;About Yomu</source>
        <translation>Yomu について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="161"/>
        <source>&amp;Highlight Selection</source>
        <translation>選択範囲をハイライト(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="162"/>
        <source>Add &amp;Note to Selection…</source>
        <translation>選択範囲にメモを追加(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="163"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="164"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="165"/>
        <source>Export &amp;Annotations…</source>
        <translation>注釈をエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="166"/>
        <source>&amp;Import Annotations…</source>
        <translation>注釈をインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="168"/>
        <source>&amp;Look Up</source>
        <translation>辞書で調べる(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="170"/>
        <source>Look Up on &amp;Click</source>
        <translation>クリックで辞書を引く(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="171"/>
        <source>Look Up on Shift+&amp;Hover</source>
        <translation>Shift+ポイントで辞書を引く(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="172"/>
        <source>&amp;Known Words…</source>
        <translation>既知の語(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="173"/>
        <source>Add to &amp;Vocabulary</source>
        <translation>単語帳に追加(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="174"/>
        <source>Export &amp;Vocabulary…</source>
        <translation>単語帳をエクスポート(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="182"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="183"/>
        <source>Open the &amp;Interview</source>
        <translation>インタビューを開く(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="185"/>
        <source>Next &amp;Turn</source>
        <translation>次の発言(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="187"/>
        <source>Previous T&amp;urn</source>
        <translation>前の発言(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="189"/>
        <source>&amp;Add Bookmark</source>
        <translation>しおりを挟む(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="35"/>
        <source>&lt;h3&gt;Yomu {version}&lt;/h3&gt;&lt;p&gt;A reader for Japanese text with furigana, romaji, highlights and notes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; an interview with David Luan by Jacob Effron (Redpoint Ventures, &lt;i&gt;Unsupervised Learning&lt;/i&gt;), translated into Japanese by 明るいカンパニー and published by TechFlow 深潮.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with:&lt;/b&gt; Qt {qt} and PySide6 {pyside} (Qt WebEngine); for readings, fugashi {fugashi} with the UniDic-lite {unidic} dictionary, pykakasi {kakasi} and OpenCC {opencc}; TinyDB {tinydb} for notes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Yomu {version}&lt;/h3&gt;&lt;p&gt;ふりがな・ローマ字・ハイライト・メモ付きで日本語を読むためのリーダーです。&lt;/p&gt;&lt;p&gt;&lt;b&gt;出典:&lt;/b&gt; Jacob Effron(Redpoint Ventures『Unsupervised Learning』)による David Luan へのインタビュー。明るいカンパニーによる日本語訳、TechFlow 深潮 掲載。&lt;/p&gt;&lt;p&gt;&lt;b&gt;使用ライブラリ:&lt;/b&gt; Qt {qt}、PySide6 {pyside}(Qt WebEngine)、読みに fugashi {fugashi}(UniDic-lite {unidic} 辞書)・pykakasi {kakasi}・OpenCC {opencc}、メモに TinyDB {tinydb}。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="61"/>
        <source>About Yomu</source>
        <translation>Yomu について</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="74"/>
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
        <location filename="../../reader/ui/dialogs.py" line="101"/>
        <location filename="../../reader/ui/pending.py" line="132"/>
        <location filename="../../reader/ui/vocabulary_panel.py" line="245"/>
        <source>Export failed</source>
        <translation>エクスポートできませんでした</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_dialogs.py" line="107"/>
        <location filename="../../reader/ui/dialogs.py" line="103"/>
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
        <location filename="../../reader/ui/sidebar.py" line="238"/>
        <location filename="../../reader/ui/sidebar.py" line="289"/>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="275"/>
        <source>Everyone speaks</source>
        <translation>全員の発言</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="277"/>
        <source>Follow %s</source>
        <translation>%s の発言を追う</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_wiring.py" line="26"/>
        <location filename="../../reader/ui/annotations_panel.py" line="322"/>
        <location filename="../../reader/ui/main_window.py" line="319"/>
        <location filename="../../reader/ui/sidebar.py" line="240"/>
        <location filename="../../reader/ui/sidebar.py" line="290"/>
        <location filename="../../reader/ui/vocabulary_panel.py" line="114"/>
        <source>Introduction</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="144"/>
        <location filename="../../reader/ui/main_window.py" line="163"/>
        <location filename="../../reader/ui/page_loader.py" line="226"/>
        <location filename="../../reader/ui/page_loader.py" line="254"/>
        <source>Readings %p%</source>
        <translation>読み %p%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="302"/>
        <source>Readings could not be computed: </source>
        <translation>読みを計算できませんでした: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="14"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="16"/>
        <source>Open &amp;Recent</source>
        <translation>最近使った文章(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="24"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="33"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="36"/>
        <source>Furigana F&amp;or</source>
        <translation>ふりがなの対象(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="43"/>
        <source>Line &amp;Spacing</source>
        <translation>行間(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="45"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="50"/>
        <source>Section &amp;Sidebar</source>
        <translation>セクション一覧(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="51"/>
        <source>&amp;Annotations Panel</source>
        <translation>注釈パネル(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="52"/>
        <source>&amp;Vocabulary Panel</source>
        <translation>単語帳パネル(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="60"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="63"/>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="67"/>
        <source>&amp;Follow Speaker</source>
        <translation>話し手を追う(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="69"/>
        <source>&amp;Bookmarks</source>
        <translation>しおり(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="73"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="80"/>
        <location filename="../../reader/ui/vocabulary_panel.py" line="91"/>
        <source>Reading</source>
        <translation>読書</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="85"/>
        <source>Plain</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="85"/>
        <source>Furigana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="85"/>
        <source>Romaji</source>
        <translation>ローマ字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="85"/>
        <source>Both</source>
        <translation>両方</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="99"/>
        <source>縦書き</source>
        <translation>縦書き</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="117"/>
        <source>Annotations could not all be placed: </source>
        <translation>注釈の一部を配置できませんでした: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="176"/>
        <source>Annotations are being placed; try again in a moment.</source>
        <translation>注釈を配置しています。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="219"/>
        <source>Cannot highlight: </source>
        <translation>ハイライトできません: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="153"/>
        <location filename="../../reader/ui/annotation_controller.py" line="278"/>
        <source>Underline</source>
        <translation>下線</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="291"/>
        <source>Edit Note…</source>
        <translation>メモを編集…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="154"/>
        <location filename="../../reader/ui/annotation_controller.py" line="291"/>
        <source>Add Note…</source>
        <translation>メモを追加…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="293"/>
        <source>Copy Text</source>
        <translation>テキストをコピー</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="297"/>
        <source>Delete Highlight</source>
        <translation>ハイライトを削除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="170"/>
        <source>After the interview</source>
        <translation>インタビューの後</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="182"/>
        <location filename="../../reader/ui/vocabulary_panel.py" line="112"/>
        <source>Needs review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="315"/>
        <source>Annotations</source>
        <translation>注釈</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="316"/>
        <source>Search quotes and notes</source>
        <translation>引用とメモを検索</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="317"/>
        <source>All colours</source>
        <translation>すべての色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="320"/>
        <source>With notes</source>
        <translation>メモあり</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_panel.py" line="321"/>
        <source>Readings</source>
        <translation>読み</translation>
    </message>
    <message>
        <location filename="../../reader/ui/note_editor.py" line="24"/>
        <location filename="../../reader/ui/vocabulary_panel.py" line="215"/>
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
        <location filename="../../reader/ui/vocabulary_panel.py" line="95"/>
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
        <location filename="../../reader/ui/lookup_controller.py" line="189"/>
        <source>Opening the dictionary…</source>
        <translation>辞書を開いています…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="226"/>
        <source>Nothing found for 「{word}」</source>
        <translation>「{word}」は辞書に見つかりません</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="339"/>
        <source>Names</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="340"/>
        <source>Shorter words</source>
        <translation>短い語</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="341"/>
        <source>Also read</source>
        <translation>別の読み</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="342"/>
        <source>the engine was unsure</source>
        <translation>読みの判定に自信なし</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="343"/>
        <source>Kanji</source>
        <translation>漢字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="344"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="345"/>
        <source>I know this word</source>
        <translation>この語は知っている</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="346"/>
        <source>Add to vocabulary</source>
        <translation>単語帳に追加</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="347"/>
        <source>← → words · Esc closes</source>
        <translation>← → 前後の語 · Esc で閉じる</translation>
    </message>
    <message>
        <location filename="../../reader/ui/lookup_controller.py" line="348"/>
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
        <location filename="../../reader/ui/bookmarks_menu.py" line="54"/>
        <source>Bookmarks are off: </source>
        <translation>しおりは使えません: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks_menu.py" line="75"/>
        <source>The bookmark was not saved: </source>
        <translation>しおりを保存できませんでした: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks_menu.py" line="77"/>
        <source>Bookmarked: </source>
        <translation>しおりを挟みました: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks_menu.py" line="89"/>
        <source>The bookmark was not deleted: </source>
        <translation>しおりを削除できませんでした: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks_menu.py" line="102"/>
        <source>No bookmarks yet</source>
        <translation>しおりはまだありません</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks_menu.py" line="112"/>
        <source>&amp;Delete Bookmark</source>
        <translation>しおりを削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/open_menu.py" line="63"/>
        <source>Open a Text</source>
        <translation>文章を開く</translation>
    </message>
    <message>
        <location filename="../../reader/ui/open_menu.py" line="65"/>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>テキストファイル (*.txt *.md);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/open_menu.py" line="90"/>
        <source>%s (not found)</source>
        <translation>%s (見つかりません)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/open_menu.py" line="93"/>
        <source>No recent texts</source>
        <translation>最近使った文章はありません</translation>
    </message>
    <message>
        <location filename="../../reader/ui/open_menu.py" line="95"/>
        <source>Clear the List</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <location filename="../../reader/ui/progress_view.py" line="46"/>
        <source>%1% · %2 of %3 characters</source>
        <translation>%1% · %3 字中 %2 字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speaker_nav.py" line="69"/>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speaker_nav.py" line="82"/>
        <source>No later turn</source>
        <translation>これより後の発言はありません</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speaker_nav.py" line="82"/>
        <source>No earlier turn</source>
        <translation>これより前の発言はありません</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_host.py" line="100"/>
        <source>Cannot open: </source>
        <translation>開けません: </translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_host.py" line="102"/>
        <source> (removed from the recent files)</source>
        <translation> (最近使った文章から外しました)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="78"/>
        <source>Find: text, kana or romaji</source>
        <translation>検索：本文・かな・ローマ字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="79"/>
        <source>Previous match (Shift+F3)</source>
        <translation>前の一致 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="80"/>
        <source>Next match (F3)</source>
        <translation>次の一致 (F3)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="81"/>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="89"/>
        <source>Indexing…</source>
        <translation>索引を作成中…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="91"/>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="93"/>
        <source>{n} of {total}</source>
        <translation>{n} / {total} 件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/vocabulary_controller.py" line="107"/>
        <source>Vocabulary is read-only: </source>
        <translation>単語帳は読み取り専用です：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/vocabulary_controller.py" line="114"/>
        <source>Added to vocabulary: {word}</source>
        <translation>単語帳に追加しました：{word}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/vocabulary_controller.py" line="119"/>
        <source>Not added to vocabulary: </source>
        <translation>単語帳に追加できませんでした：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/vocabulary_controller.py" line="149"/>
        <source>This word is no longer found in the text</source>
        <translation>この単語は本文に見つかりません</translation>
    </message>
    <message>
        <location filename="../../reader/ui/vocabulary_controller.py" line="205"/>
        <source>Vocabulary imported: </source>
        <translation>単語帳をインポートしました：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/vocabulary_panel.py" line="89"/>
        <source>Vocabulary</source>
        <translation>単語帳</translation>
    </message>
    <message>
        <location filename="../../reader/ui/vocabulary_panel.py" line="90"/>
        <source>Search words: text, kana or romaji</source>
        <translation>単語を検索：本文・かな・ローマ字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/vocabulary_panel.py" line="91"/>
        <location filename="../../reader/ui/vocabulary_panel.py" line="213"/>
        <source>Word</source>
        <translation>単語</translation>
    </message>
    <message>
        <location filename="../../reader/ui/vocabulary_panel.py" line="91"/>
        <location filename="../../reader/ui/vocabulary_panel.py" line="214"/>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <location filename="../../reader/ui/vocabulary_panel.py" line="92"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/vocabulary_panel.py" line="93"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/vocabulary_panel.py" line="94"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../reader/ui/vocabulary_panel.py" line="209"/>
        <source>Edit Word</source>
        <translation>単語を編集</translation>
    </message>
    <message>
        <location filename="../../reader/ui/vocabulary_panel.py" line="235"/>
        <source>Export Vocabulary</source>
        <translation>単語帳をエクスポート</translation>
    </message>
    <message>
        <location filename="../../reader/ui/vocabulary_panel.py" line="237"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Anki デッキ (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/vocabulary_panel.py" line="237"/>
        <source>Tab-separated text (*.tsv)</source>
        <translation>タブ区切りテキスト (*.tsv)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/vocabulary_panel.py" line="248"/>
        <source>Exported {count} words to {file}</source>
        <translation>{count} 語を {file} にエクスポートしました</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="159"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/menus.py" line="96"/>
        <source>Hover</source>
        <translation>ホバー</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="72"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="81"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="84"/>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="84"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../reader/ui/shortcuts.py" line="84"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
</TS>
