<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>AgreementDetail</name>
    <message>
        <source>Agreement details</source>
        <extracomment>Accessible name of the panel that shows the selected agreement.</extracomment>
        <translation>協定の詳細</translation>
    </message>
    <message>
        <source>Clear search</source>
        <extracomment>A button under the hint shown when a search matches no agreement.</extracomment>
        <translation>検索を解除</translation>
    </message>
    <message>
        <source>Partner:</source>
        <extracomment>Caption in the agreement&apos;s detail panel: the partner it was signed with.</extracomment>
        <translation>提携先:</translation>
    </message>
    <message>
        <source>Type:</source>
        <extracomment>Caption in the agreement&apos;s detail panel: the kind of agreement (memorandum, joint statement...).</extracomment>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Date signed:</source>
        <extracomment>Caption in the agreement&apos;s detail panel: the date the agreement was signed.</extracomment>
        <translation>締結日:</translation>
    </message>
    <message>
        <source>Areas:</source>
        <extracomment>Caption in the agreement&apos;s detail panel: the areas of cooperation (culture, tourism...).</extracomment>
        <translation>協力分野:</translation>
    </message>
    <message>
        <source>Expires on:</source>
        <extracomment>Caption in the agreement&apos;s detail panel: the date the agreement expires.</extracomment>
        <translation>有効期限:</translation>
    </message>
    <message>
        <source>Supersedes:</source>
        <extracomment>Caption in the agreement&apos;s detail panel: the older agreement this one replaces.</extracomment>
        <translation>置き換え前の協定:</translation>
    </message>
    <message>
        <source>Effective from:</source>
        <extracomment>Caption in the agreement&apos;s detail panel: the day it entered into force.</extracomment>
        <translation>発効日:</translation>
    </message>
    <message>
        <source>Renewal:</source>
        <extracomment>Caption in the agreement&apos;s detail panel: how it is renewed when it expires.</extracomment>
        <translation>更新:</translation>
    </message>
    <message>
        <source>Renewal term:</source>
        <extracomment>Caption in the agreement&apos;s detail panel: how long each renewal runs.</extracomment>
        <translation>更新期間:</translation>
    </message>
    <message>
        <source>Notice period:</source>
        <extracomment>Caption in the agreement&apos;s detail panel: how long before the expiry notice is due.</extracomment>
        <translation>予告期間:</translation>
    </message>
    <message>
        <source>Signed for the office by:</source>
        <extracomment>Caption in the agreement&apos;s detail panel: who signed it for the office.</extracomment>
        <translation>署名者（当方）:</translation>
    </message>
    <message>
        <source>Signed for the partner by:</source>
        <extracomment>Caption in the agreement&apos;s detail panel: who signed it for the partner.</extracomment>
        <translation>署名者（相手方）:</translation>
    </message>
    <message>
        <source>Place signed:</source>
        <extracomment>Caption in the agreement&apos;s detail panel: where it was signed.</extracomment>
        <translation>署名地:</translation>
    </message>
    <message>
        <source>Responsible staff:</source>
        <extracomment>Caption in the agreement&apos;s detail panel: the staff member in charge of it.</extracomment>
        <translation>担当者:</translation>
    </message>
    <message>
        <source>Events:</source>
        <extracomment>Caption in the agreement&apos;s detail panel: its renewals, amendments and termination.</extracomment>
        <translation>経過:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <extracomment>Caption in the agreement&apos;s detail panel: free notes on the agreement.</extracomment>
        <translation>備考:</translation>
    </message>
    <message>
        <source>Status:</source>
        <extracomment>Caption in the agreement&apos;s detail panel: in force, expiring, expired, superseded...</extracomment>
        <translation>状況:</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <extracomment>Tab of the detail panel: the PDF documents of the agreement.</extracomment>
        <translation>文書(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <extracomment>Tab of the detail panel: every change to the agreement.</extracomment>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>Select an agreement to see its details.</source>
        <translation>協定を選ぶと、ここに詳細が表示されます。</translation>
    </message>
    <message>
        <source>Agreement {id}</source>
        <extracomment>Names an agreement whose title is not at hand; {id} is its number.</extracomment>
        <translation>協定 {id}</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>environment</source>
        <extracomment>An area of cooperation, offered while typing in the Areas field (saved as shown).</extracomment>
        <translation>環境</translation>
    </message>
    <message>
        <source>climate change</source>
        <extracomment>An area of cooperation, offered while typing in the Areas field (saved as shown).</extracomment>
        <translation>気候変動</translation>
    </message>
    <message>
        <source>sports</source>
        <extracomment>An area of cooperation, offered while typing in the Areas field (saved as shown).</extracomment>
        <translation>スポーツ</translation>
    </message>
    <message>
        <source>culture</source>
        <extracomment>An area of cooperation, offered while typing in the Areas field (saved as shown).</extracomment>
        <translation>文化</translation>
    </message>
    <message>
        <source>tourism</source>
        <extracomment>An area of cooperation, offered while typing in the Areas field (saved as shown).</extracomment>
        <translation>観光</translation>
    </message>
    <message>
        <source>disaster prevention</source>
        <extracomment>An area of cooperation, offered while typing in the Areas field (saved as shown).</extracomment>
        <translation>防災</translation>
    </message>
    <message>
        <source>urban development</source>
        <extracomment>An area of cooperation, offered while typing in the Areas field (saved as shown).</extracomment>
        <translation>都市づくり</translation>
    </message>
    <message>
        <source>transport</source>
        <extracomment>An area of cooperation, offered while typing in the Areas field (saved as shown).</extracomment>
        <translation>交通</translation>
    </message>
    <message>
        <source>health</source>
        <extracomment>An area of cooperation, offered while typing in the Areas field (saved as shown).</extracomment>
        <translation>保健医療</translation>
    </message>
    <message>
        <source>education</source>
        <extracomment>An area of cooperation, offered while typing in the Areas field (saved as shown).</extracomment>
        <translation>教育</translation>
    </message>
    <message>
        <source>economy</source>
        <extracomment>An area of cooperation, offered while typing in the Areas field (saved as shown).</extracomment>
        <translation>経済</translation>
    </message>
    <message>
        <source>innovation</source>
        <extracomment>An area of cooperation, offered while typing in the Areas field (saved as shown).</extracomment>
        <translation>イノベーション</translation>
    </message>
    <message>
        <source>start-ups</source>
        <extracomment>An area of cooperation, offered while typing in the Areas field (saved as shown).</extracomment>
        <translation>スタートアップ</translation>
    </message>
    <message>
        <source>smart city</source>
        <extracomment>An area of cooperation, offered while typing in the Areas field (saved as shown).</extracomment>
        <translation>スマートシティ</translation>
    </message>
    <message>
        <source>water</source>
        <extracomment>An area of cooperation, offered while typing in the Areas field (saved as shown).</extracomment>
        <translation>上下水道</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>協定の編集</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>協定の追加</translation>
    </message>
    <message>
        <source>Choose a partner</source>
        <translation>提携先を選択してください</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <extracomment>A page of the agreement form: title, type, dates, areas, notes.</extracomment>
        <translation>基本(&amp;G)</translation>
    </message>
    <message>
        <source>Term and &amp;signing</source>
        <extracomment>A page of the agreement form: in force from, renewal, notice, signatories.</extracomment>
        <translation>期間・署名(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <extracomment>A page of the agreement form: renewals, amendments, termination.</extracomment>
        <translation>経過(&amp;E)</translation>
    </message>
    <message>
        <source>“{field}” is not a date; write it as YYYY-MM-DD.</source>
        <extracomment>A form&apos;s refusal: {field} is the name of a date field (&quot;Valid until&quot;).</extracomment>
        <translation>{field}を日付として読み取れません（例: 2014/7/23、令和6年5月14日）。</translation>
    </message>
    <message>
        <source>Leave empty if the agreement has no end date</source>
        <translation>期限がない場合は空欄のままにしてください</translation>
    </message>
    <message>
        <source>e.g. environment; culture; sports</source>
        <translation>例: 環境; 文化; スポーツ</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>提携先(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <extracomment>Form label: the agreement&apos;s title (its name, not a person&apos;s title).</extracomment>
        <translation>協定名(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <extracomment>Form label: the type of agreement (memorandum of understanding, joint statement...).</extracomment>
        <translation>種類(&amp;Y):</translation>
    </message>
    <message>
        <source>Date &amp;signed:</source>
        <translation>締結日(&amp;S):</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>有効期限(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Areas of cooperation:</source>
        <translation>協力分野(&amp;A):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>備考(&amp;O):</translation>
    </message>
    <message>
        <source>Choose the partner.</source>
        <translation>提携先を選択してください。</translation>
    </message>
    <message>
        <source>Enter the title of the agreement.</source>
        <translation>協定名を入力してください。</translation>
    </message>
    <message>
        <source>The date signed is not a date; write it as YYYY-MM-DD.</source>
        <translation>締結日を日付として読み取れません（例: 2014/7/23、令和6年5月14日）。</translation>
    </message>
    <message>
        <source>Enter the date the agreement was signed.</source>
        <translation>協定の締結日を入力してください。</translation>
    </message>
    <message>
        <source>{partner} already has “{title}” signed on {date} (ID {id}).

Save this agreement anyway?</source>
        <translation>{partner}には、{date}締結の「{title}」（ID {id}）が既に登録されています。

この協定をこのまま保存しますか。</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>重複の可能性</translation>
    </message>
</context>
<context>
    <name>AgreementLifeForm</name>
    <message>
        <source>None</source>
        <extracomment>Shown in a period&apos;s number box while it is 0: no period recorded.</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <source>months</source>
        <extracomment>The unit of a term or notice period.</extracomment>
        <translation>か月</translation>
    </message>
    <message>
        <source>days</source>
        <extracomment>The unit of a term or notice period.</extracomment>
        <translation>日</translation>
    </message>
    <message>
        <source>A period can be at most 100 years.</source>
        <translation>期間は100年までです。</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Adds a row (a signatory, an event) to a list in the agreement form.</extracomment>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Removes the selected row (a signatory, an event) from a list in the agreement form.</extracomment>
        <translation>削除</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of a signatories list in the agreement form: the person&apos;s name.</extracomment>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Column of a signatories list: the person&apos;s office (Governor, Mayor...).</extracomment>
        <translation>役職</translation>
    </message>
    <message>
        <source>Each signatory needs a name.</source>
        <translation>署名者ごとに氏名を入力してください。</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column of the events list in the agreement form: the day it happened.</extracomment>
        <translation>日付</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>Column of the events list: renewed, amended or terminated.</extracomment>
        <translation>出来事</translation>
    </message>
    <message>
        <source>New expiry</source>
        <extracomment>Column of the events list: the end date a renewal set.</extracomment>
        <translation>新しい有効期限</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Column of the events list: a note (why it was terminated...).</extracomment>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Renewals, amendments and the termination, one a row (dates as YYYY-MM-DD). Signing, entry into force and the agreement that supersedes it come from its own fields.</source>
        <extracomment>Above the events list of the agreement form: what belongs there and what not.</extracomment>
        <translation>更新・改正・終了を1行に1件ずつ入力します（日付はYYYY-MM-DD）。締結・発効・後継の協定は、それぞれの項目から取られます。</translation>
    </message>
    <message>
        <source>Event {row}: {reason}</source>
        <extracomment>A refusal of the agreement form: {row} is the event&apos;s row, 1 the first.</extracomment>
        <translation>{row}件目の出来事: {reason}</translation>
    </message>
    <message>
        <source>Leave empty if it entered into force when signed</source>
        <extracomment>Tooltip of the agreement form&apos;s &quot;Effective from&quot;: what an empty field means.</extracomment>
        <translation>締結日に発効した場合は空欄のままにします</translation>
    </message>
    <message>
        <source>E&amp;ffective from:</source>
        <extracomment>Agreement form: the day the agreement entered into force.</extracomment>
        <translation>発効日(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Renewal:</source>
        <extracomment>Agreement form: how the agreement goes on after its end (none, automatic...).</extracomment>
        <translation>更新(&amp;R):</translation>
    </message>
    <message>
        <source>Renewal &amp;term:</source>
        <extracomment>Agreement form: the length of each renewed term.</extracomment>
        <translation>更新期間(&amp;T):</translation>
    </message>
    <message>
        <source>N&amp;otice period:</source>
        <extracomment>Agreement form: how long before the end notice must be given.</extracomment>
        <translation>通知期間(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Place signed:</source>
        <extracomment>Agreement form: the city where the agreement was signed.</extracomment>
        <translation>署名地(&amp;P):</translation>
    </message>
    <message>
        <source>Signed for the &amp;office:</source>
        <extracomment>Agreement form: who signed for the office (Tokyo).</extracomment>
        <translation>当方の署名者(&amp;O):</translation>
    </message>
    <message>
        <source>Signed for the p&amp;artner:</source>
        <extracomment>Agreement form: who signed for the partner.</extracomment>
        <translation>相手方の署名者(&amp;A):</translation>
    </message>
    <message>
        <source>Responsible &amp;staff:</source>
        <extracomment>Agreement form: the staff member who looks after the agreement.</extracomment>
        <translation>担当職員(&amp;S):</translation>
    </message>
    <message>
        <source>“Effective from” is not a date; write it as YYYY-MM-DD.</source>
        <translation>「発効日」を日付として読み取れません（例: 2014/7/23、令和6年5月14日）。</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>Title</source>
        <extracomment>Column heading of the agreements table: the agreement&apos;s title.</extracomment>
        <translation>協定名</translation>
    </message>
    <message>
        <source>Partner</source>
        <extracomment>Column heading of the agreements table: the partner it was signed with.</extracomment>
        <translation>提携先</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column heading of the agreements table: the kind of agreement.</extracomment>
        <translation>種類</translation>
    </message>
    <message>
        <source>Date signed</source>
        <extracomment>Column heading of the agreements table: the date of signature.</extracomment>
        <translation>締結日</translation>
    </message>
    <message>
        <source>Docs</source>
        <extracomment>Column heading of the agreements table: how many PDF documents it has, short (the column holds a number of one or two digits); the tooltip says it in full.</extracomment>
        <translation>文書</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column heading of the agreements table: in force, expiring, expired, superseded...</extracomment>
        <translation>状況</translation>
    </message>
    <message>
        <source>Number of PDF documents</source>
        <extracomment>Tooltip of the agreements table&apos;s short &quot;Docs&quot; heading.</extracomment>
        <translation>PDF 文書の数</translation>
    </message>
    <message>
        <source>Where the agreement stands today, derived from its dates</source>
        <extracomment>Tooltip of the agreements table&apos;s &quot;Status&quot; heading (a click does not sort by it).</extracomment>
        <translation>協定の現在の状況（日付から求めたもの）</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Language of {name}</source>
        <extracomment>Accessible name of the language box of one file; {name} is the file&apos;s name.</extracomment>
        <translation>{name}の言語</translation>
    </message>
    <message>
        <source>Role of {name}</source>
        <extracomment>Accessible name of the role box (signed original, translation...) of one file.</extracomment>
        <translation>{name}の役割</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>文書の添付</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>文書の添付</translation>
    </message>
    <message>
        <source>What is being attached to “{title}”?</source>
        <translation>「{title}」に添付するのはどのような文書ですか。</translation>
    </message>
    <message>
        <source>What is being attached?</source>
        <translation>添付するのはどのような文書ですか。</translation>
    </message>
    <message>
        <source>File</source>
        <extracomment>Column heading: the file being attached.</extracomment>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Column heading: the language the document is written in.</extracomment>
        <translation>言語</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Column heading: what the document is (signed original, translation, scan...).</extracomment>
        <translation>役割</translation>
    </message>
    <message>
        <source>Attach</source>
        <extracomment>The button that attaches the files (a verb).</extracomment>
        <translation>添付</translation>
    </message>
    <message>
        <source>“{text}” is not a language Accord knows. Type its English name (Korean) or its two-letter code (ko), or choose one from the list.</source>
        <translation>「{text}」は Accord が知らない言語です。英語名（Korean）か2文字のコード（ko）を入力するか、一覧から選んでください。</translation>
    </message>
</context>
<context>
    <name>AutomaticRenewer</name>
    <message numerus="yes">
        <source>Renewed %n agreement(s) automatically, by their terms.</source>
        <extracomment>A status bar sentence after start-up: agreements renewed by their own terms.</extracomment>
        <translation>
            <numerusform>%n件の協定を規定により自動更新しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupOperations</name>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>ライブラリをバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Save the whole library, records and documents, as one archive</source>
        <translation>記録と文書を含むライブラリ全体を1つのアーカイブに保存します</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the library by a backup archive, or its database by a snapshot; the current one is kept</source>
        <translation>ライブラリをバックアップアーカイブで、またはデータベースをスナップショットで置き換えます。現在のものは保管されます</translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>ライブラリのバックアップ</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIPアーカイブ (*.zip)</translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation>ライブラリをバックアップしています…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Backups (*.zip *.sqlite3);;Library archives (*.zip);;Database snapshots (*.sqlite3);;All files (*)</source>
        <translation>バックアップ (*.zip *.sqlite3);;ライブラリのアーカイブ (*.zip);;データベースのスナップショット (*.sqlite3);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Replace the records of this library by those in the database snapshot {name}? The snapshot is checked first, the current database is kept in the backups folder, and the documents are not changed.</source>
        <translation>このライブラリの記録を、データベースのスナップショット {name} の内容で置き換えますか。スナップショットは事前に検査され、現在のデータベースはバックアップフォルダーに保管されます。文書は変更されません。</translation>
    </message>
    <message>
        <source>Replace the records and documents of this library by those in {name}? The archive is checked first, and the current library is kept as a backup.</source>
        <translation>このライブラリの記録と文書を {name} の内容で置き換えますか。アーカイブは事前に検査され、現在のライブラリはバックアップとして保管されます。</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>バックアップを検査して復元しています…</translation>
    </message>
    <message>
        <source>Backup</source>
        <extracomment>Title of the progress window of a backup or restore (a noun).
----------
Title of the box that says a backup or restore failed (a noun).</extracomment>
        <translation>バックアップ</translation>
    </message>
    <message numerus="yes">
        <source>Backed up the library and %n document(s) to {path}.</source>
        <extracomment>Status bar after a backup; {path} is the archive written.</extracomment>
        <translation>
            <numerusform>ライブラリと文書%n件を {path} にバックアップしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored the database from {name}, documents unchanged; the previous database is kept in {path}.</source>
        <translation>{name} からデータベースを復元しました（文書は変更していません）。以前のデータベースは {path} に保管されています。</translation>
    </message>
    <message>
        <source>Restored the library; the previous one is kept in {path}.</source>
        <translation>ライブラリを復元しました。以前のライブラリは {path} に保管されています。</translation>
    </message>
</context>
<context>
    <name>BriefingOperation</name>
    <message>
        <source>Writing {name}…</source>
        <extracomment>Progress text; {name} is the PDF file&apos;s name.</extracomment>
        <translation>{name} を書き出しています…</translation>
    </message>
    <message>
        <source>Briefing sheet</source>
        <extracomment>Title of the progress window while a briefing sheet is written (a noun).</extracomment>
        <translation>ブリーフィングシート</translation>
    </message>
    <message>
        <source>Save Briefing Sheet</source>
        <extracomment>Title of the save dialog of File › Briefing Sheet….</extracomment>
        <translation>ブリーフィングシートを保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the briefing sheet to {path} (%n page(s)).</source>
        <extracomment>Status bar and message after File › Briefing Sheet…; {path} the PDF written.</extracomment>
        <translation>
            <numerusform>ブリーフィングシートを {path} に書き出しました（%nページ）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button of the box after a briefing sheet is written: open the PDF (a verb).</extracomment>
        <translation>開く</translation>
    </message>
    <message>
        <source>No application could open {path}.</source>
        <translation>{path} を開けるアプリケーションがありません。</translation>
    </message>
    <message>
        <source>The briefing sheet was cancelled; no file was written.</source>
        <translation>ブリーフィングシートの作成を取り消しました。ファイルは書き出していません。</translation>
    </message>
    <message>
        <source>Cannot write the briefing sheet</source>
        <extracomment>Title of the box that says a briefing sheet could not be written.</extracomment>
        <translation>ブリーフィングシートを書き出せません</translation>
    </message>
</context>
<context>
    <name>ChangeMonitor</name>
    <message>
        <source>Changes made in other windows are seen again.</source>
        <translation>他のウィンドウでの変更が再び反映されるようになりました。</translation>
    </message>
    <message>
        <source>Server connection lost — reconnecting…</source>
        <extracomment>Status bar while the window cannot hear the server; reason on hover.</extracomment>
        <translation>サーバーとの接続が切れました — 再接続しています…</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <extracomment>Status bar when the server is back; what others changed is shown next.</extracomment>
        <translation>サーバーに再び接続しました。</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Columns to export</source>
        <translation>出力する列</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下へ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>初期設定に戻す(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>他の人が変更しました</translation>
    </message>
    <message>
        <source>Field</source>
        <extracomment>Column heading: the name of a field of the record (Title, Country...).</extracomment>
        <translation>項目</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <extracomment>Column heading: the other person&apos;s value, already saved.</extracomment>
        <translation>相手の内容（保存済み）</translation>
    </message>
    <message>
        <source>Yours</source>
        <extracomment>Column heading: the value the user typed in the form.</extracomment>
        <translation>自分の内容</translation>
    </message>
    <message>
        <source>Changed by</source>
        <extracomment>Column heading: who last changed the field, and when.</extracomment>
        <translation>変更者</translation>
    </message>
    <message>
        <source>{value} (not changed by you)</source>
        <translation>{value}（自分は変更していません）</translation>
    </message>
    <message>
        <source>Keep My Changes saves the fields you changed over their version; fields you did not change keep theirs.</source>
        <translation>「自分の変更を残す」を選ぶと、自分が変更した項目は自分の内容で保存され、変更していない項目は相手の内容のままになります。</translation>
    </message>
    <message>
        <source>&amp;Keep My Changes</source>
        <translation>自分の変更を残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Use Theirs</source>
        <extracomment>Button: take the other person&apos;s saved version and close the form.</extracomment>
        <translation>相手の内容を使う(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation>編集に戻る(&amp;B)</translation>
    </message>
    <message>
        <source>{user}, {when}</source>
        <extracomment>Who changed a field and when: {user} is a user name, {when} a time (&quot;10:42 UTC&quot;).</extracomment>
        <translation>{user}（{when}）</translation>
    </message>
</context>
<context>
    <name>DamagedLibrary</name>
    <message>
        <source>Accord</source>
        <extracomment>Title of the boxes about a damaged library: the application&apos;s name.</extracomment>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Restored the library from {name}; the damaged database is kept in {path}.</source>
        <translation>{name} からライブラリを復元しました。破損したデータベースは {path} に保管されています。</translation>
    </message>
    <message>
        <source>The library is not shown until a backup is restored; the damaged database is kept in its backups folder.</source>
        <translation>バックアップを復元するまでライブラリは表示されません。破損したデータベースはバックアップフォルダーに保管されます。</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <extracomment>A button: restore the newest backup; {name} is its file name.</extracomment>
        <translation>{name} を復元</translation>
    </message>
    <message>
        <source>Choose a Backup…</source>
        <translation>バックアップを選択…</translation>
    </message>
    <message>
        <source>Quit</source>
        <extracomment>A button of the damaged-library box: quit Accord without restoring.</extracomment>
        <translation>終了</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Backups (*.zip *.sqlite3);;Library archives (*.zip);;Database snapshots (*.sqlite3);;All files (*)</source>
        <translation>バックアップ (*.zip *.sqlite3);;ライブラリのアーカイブ (*.zip);;データベースのスナップショット (*.sqlite3);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{date} is in the future; save anyway?</source>
        <extracomment>{date} is the date typed, more than a year ahead.</extracomment>
        <translation>{date} は1年以上先の日付です。このまま保存しますか。</translation>
    </message>
    <message>
        <source>Date in the future</source>
        <translation>未来の日付</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>What the empty date field shows: the form of a date to type (Y year, M month, D day).</extracomment>
        <translation>2014/7/23、令和6年5月14日</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>カレンダーから選ぶ (Alt+↓)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <extracomment>Accessible name of the button that opens the calendar popup.</extracomment>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>{message} {reason}</source>
        <extracomment>A form&apos;s refusal of a date field: {message} names the field, {reason} says why.</extracomment>
        <translation>{message}{reason}</translation>
    </message>
    <message>
        <source>Not a date</source>
        <extracomment>Under a date field whose text is not a date Accord reads.</extracomment>
        <translation>日付として読めません</translation>
    </message>
</context>
<context>
    <name>DocumentFileOperations</name>
    <message>
        <source>Cannot show the document</source>
        <translation>文書を表示できません</translation>
    </message>
    <message>
        <source>Fetching {name} from the server…</source>
        <translation>サーバーから {name} を取得しています…</translation>
    </message>
    <message>
        <source>The file manager did not start.</source>
        <translation>ファイルマネージャーが起動しませんでした。</translation>
    </message>
    <message>
        <source>Showing the library&apos;s copy of {name} ({stored}).</source>
        <translation>{name} のライブラリ内のコピー（{stored}）を表示しています。</translation>
    </message>
    <message>
        <source>Save a copy of “{name}”</source>
        <translation>「{name}」のコピーを保存</translation>
    </message>
    <message>
        <source>A copy cannot be saved inside the library&apos;s attachments folder; choose another folder.</source>
        <translation>ライブラリの添付ファイルフォルダーの中にはコピーを保存できません。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>コピーを保存できません</translation>
    </message>
    <message>
        <source>Saving a copy of {name}…</source>
        <translation>{name} のコピーを保存しています…</translation>
    </message>
    <message>
        <source>Saved a copy as {path}.</source>
        <translation>コピーを {path} として保存しました。</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>このまま保存</translation>
    </message>
    <message>
        <source>Locate “{name}”</source>
        <translation>「{name}」のファイルを指定</translation>
    </message>
    <message>
        <source>Nothing was located.</source>
        <translation>ファイルは指定されませんでした。</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>{name} を確認しています…</translation>
    </message>
    <message>
        <source>The recorded file of {name} was replaced; the replacement is recorded.</source>
        <translation>{name} の記録済みファイルを置き換えました。置き換えたことは記録されています。</translation>
    </message>
    <message>
        <source>The file of {name} is back in the library.</source>
        <translation>{name} のファイルがライブラリに戻りました。</translation>
    </message>
    <message>
        <source>Replace the recorded file with this one? {reason}

Only do this if {file} is the signed text; the replacement is recorded with your user name and the time.</source>
        <translation>記録済みのファイルをこのファイルで置き換えますか。{reason}

{file} が署名済みの本文である場合にのみ行ってください。置き換えはユーザー名と日時とともに記録されます。</translation>
    </message>
    <message>
        <source>Replace the recorded file</source>
        <translation>記録済みファイルの置き換え</translation>
    </message>
    <message>
        <source>{name} was left as it was.</source>
        <translation>{name} は変更しませんでした。</translation>
    </message>
    <message>
        <source>Cannot use this file</source>
        <translation>このファイルは使えません</translation>
    </message>
</context>
<context>
    <name>DocumentListView</name>
    <message>
        <source>Documents</source>
        <extracomment>Accessible name of the list of the agreement&apos;s PDF documents.</extracomment>
        <translation>文書</translation>
    </message>
    <message>
        <source>No documents yet.
Drop a signed PDF on the window or click “Attach PDF…”.</source>
        <translation>文書はまだありません。
署名済みのPDFをウィンドウにドロップするか、「PDFを添付…」をクリックしてください。</translation>
    </message>
</context>
<context>
    <name>DocumentOperations</name>
    <message>
        <source>Attach PDFs to “{title}”</source>
        <translation>「{title}」にPDFを添付</translation>
    </message>
    <message>
        <source>Nothing was attached.</source>
        <translation>何も添付されませんでした。</translation>
    </message>
    <message>
        <source>Copying {name} into the library…</source>
        <translation>{name} をライブラリにコピーしています…</translation>
    </message>
    <message>
        <source>Attached {name} ({size} bytes).</source>
        <extracomment>A status bar sentence: {name} the file attached, {size} its size in bytes.</extracomment>
        <translation>{name}（{size}バイト）を添付しました。</translation>
    </message>
    <message>
        <source>Attaching {name} was cancelled; nothing was stored.</source>
        <translation>{name} の添付を取り消しました。何も保存されていません。</translation>
    </message>
    <message>
        <source>Cannot attach the document</source>
        <translation>文書を添付できません</translation>
    </message>
    <message>
        <source>Fetching {name} from the server…</source>
        <translation>サーバーから {name} を取得しています…</translation>
    </message>
    <message>
        <source>“{name}” could not be opened: no application for PDF files answered. Install a PDF viewer, or set one as the default for .pdf files.</source>
        <translation>「{name}」を開けませんでした。PDFファイルを開くアプリケーションが応答しません。PDFビューアーをインストールするか、.pdf ファイルの既定のアプリに設定してください。</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>文書を開けません</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>{name} を開きました。</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>このまま開く</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF文書 (*.pdf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>The button that stops a running copy or export (as Qt&apos;s own Cancel).</extracomment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Attaching document</source>
        <extracomment>Title of the progress window while a PDF is copied into the library.</extracomment>
        <translation>文書の添付</translation>
    </message>
    <message>
        <source>Please wait</source>
        <extracomment>Title of a progress window without a Cancel button.</extracomment>
        <translation>お待ちください</translation>
    </message>
    <message>
        <source>Locate…</source>
        <extracomment>A button: choose the file of a document whose stored copy is missing or changed.</extracomment>
        <translation>ファイルを指定…</translation>
    </message>
    <message>
        <source>“{name}”: {problem}</source>
        <extracomment>{name} is a document&apos;s file name, {problem} the sentence saying what is wrong.</extracomment>
        <translation>「{name}」: {problem}</translation>
    </message>
    <message>
        <source>Locate… lets you choose the file: it is put back if it is the one that was attached (same SHA-256).</source>
        <translation>「ファイルを指定…」でファイルを選べます。添付したときと同じファイル（SHA-256が一致するもの）であれば、元に戻されます。</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Missing</source>
        <extracomment>Status of a document whose stored file is gone (shown before its name: “Missing: x.pdf”).</extracomment>
        <translation>ファイルなし</translation>
    </message>
    <message>
        <source>Changed</source>
        <extracomment>Status of a document whose stored file no longer matches its checksum.</extracomment>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <extracomment>Status of a document whose stored file cannot be read.</extracomment>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column heading of the documents: the file name.</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Column heading of the documents: signed original, translation, scan...</extracomment>
        <translation>役割</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Column heading of the documents: the language of the text.</extracomment>
        <translation>言語</translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>Column heading of the documents: number of pages.</extracomment>
        <translation>ページ数</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Column heading of the documents: file size (3.3 kB).</extracomment>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>Column heading of the documents: the date the document was attached.</extracomment>
        <translation>追加日</translation>
    </message>
    <message>
        <source>{status}: {name}</source>
        <extracomment>A problem document: {status} (Missing, Changed...), then {name}, its file.</extracomment>
        <translation>{status}: {name}</translation>
    </message>
    <message>
        <source>{pages} · no text</source>
        <extracomment>Pages column of a document without a text layer: {pages}, then a short tag.</extracomment>
        <translation>{pages} · テキストなし</translation>
    </message>
    <message>
        <source>{name}
SHA-256: {sha256}</source>
        <extracomment>Tooltip of a document: its file name, then its checksum on the next line.</extracomment>
        <translation>{name}
SHA-256: {sha256}</translation>
    </message>
    <message>
        <source>{title}
{rest}</source>
        <extracomment>Tooltip of a document: the PDF&apos;s own title, then {rest} (name and checksum).</extracomment>
        <translation>{title}
{rest}</translation>
    </message>
    <message>
        <source>{rest}

{where}</source>
        <extracomment>Tooltip of a document: {rest} (name and checksum), then where it is stored.</extracomment>
        <translation>{rest}

{where}</translation>
    </message>
    <message>
        <source>{problem}

{rest}</source>
        <extracomment>Tooltip of a document with a problem: the problem&apos;s sentence, then {rest}.</extracomment>
        <translation>{problem}

{rest}</translation>
    </message>
    <message>
        <source>Password-protected PDF: the preview asks for the password.</source>
        <translation>パスワードで保護されたPDFです。プレビューではパスワードの入力を求められます。</translation>
    </message>
    <message>
        <source>No text layer (a scan?): its words cannot be searched</source>
        <extracomment>Tooltip of the &quot;no text&quot; tag of a document whose pages hold no text.</extracomment>
        <translation>テキスト層がありません（スキャン画像？）。この文書の語句は検索できません</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <extracomment>Tooltip of a language: {name} its name, {code} its ISO 639-1 code (ko).</extracomment>
        <translation>{name}（{code}）</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <extracomment>Tooltip of a file size: the exact number of bytes (1,234,567).</extracomment>
        <translation>{size}バイト</translation>
    </message>
    <message>
        <source>Stored in the database on the server; a verified copy is here too.</source>
        <extracomment>Tooltip line of a document of a server library whose copy was verified here.</extracomment>
        <translation>サーバーのデータベースに保存されており、確認済みのコピーがこのコンピューターにもあります。</translation>
    </message>
    <message>
        <source>Stored in the database on the server.</source>
        <extracomment>Tooltip line of a document of a server library.</extracomment>
        <translation>サーバーのデータベースに保存されています。</translation>
    </message>
</context>
<context>
    <name>EditTarget</name>
    <message>
        <source>&amp;Edit Partner…</source>
        <translation>提携先を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Partner…</source>
        <translation>提携先を削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Edit Agreement…</source>
        <translation>協定を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Document…</source>
        <translation>文書を取り外す(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete Agreement…</source>
        <translation>協定を削除(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV出力</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <extracomment>Export choice: one row per agreement (the other choice is partners).</extracomment>
        <translation>協定(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Partners (one row each)</source>
        <translation>提携先（1件1行）(&amp;P)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8（BOM付き、Excel向け）</translation>
    </message>
    <message>
        <source>UTF-8 without BOM</source>
        <translation>UTF-8（BOMなし）</translation>
    </message>
    <message>
        <source>Shift_JIS (cp932, old Excel)</source>
        <translation>Shift_JIS（cp932、旧版のExcel向け）</translation>
    </message>
    <message>
        <source>Excel on Japanese Windows opens “UTF-8 with BOM” correctly. Shift_JIS cannot carry Korean, Thai, Arabic or accented names.</source>
        <translation>日本語版WindowsのExcelは「UTF-8（BOM付き）」を正しく開けます。Shift_JISでは韓国語、タイ語、アラビア語やアクセント記号付きの名前を表せません。</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>A CSV report&apos;s column headings and labels (Type, Relationship) in English.</extracomment>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <extracomment>A CSV report&apos;s column headings and labels in Japanese (締結日, 覚書), for colleagues.</extracomment>
        <translation>日本語</translation>
    </message>
    <message>
        <source>The language of the column headings and of the types and relationships in the cells; Accord imports either.</source>
        <translation>列見出しと、セル内の種類・関係の言語です。Accord はどちらも取り込めます。</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>カンマ ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>セミコロン ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <extracomment>The tab character, as the delimiter between the values of a CSV file.</extracomment>
        <translation>タブ</translation>
    </message>
    <message>
        <source>ISO (2014-07-23)</source>
        <translation>ISO形式 (2014-07-23)</translation>
    </message>
    <message>
        <source>Year/month/day (2014/07/23)</source>
        <translation>年/月/日 (2014/07/23)</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>区切り文字(&amp;D):</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>日付(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Headings:</source>
        <extracomment>Label of the choice of the language of a CSV report&apos;s headings and labels.</extracomment>
        <translation>見出し(&amp;H):</translation>
    </message>
    <message>
        <source>Use &amp;UTF-8 with BOM</source>
        <translation>UTF-8（BOM付き）を使う(&amp;U)</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>先頭行のプレビュー</translation>
    </message>
    <message>
        <source>Records:</source>
        <extracomment>Which records to export: agreements or partners.</extracomment>
        <translation>記録:</translation>
    </message>
    <message>
        <source>Agreements:</source>
        <extracomment>Label of the choice of which agreements to export (all, a partner&apos;s, shown...).</extracomment>
        <translation>協定:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <extracomment>The CSV columns to export (a list to tick and order).</extracomment>
        <translation>列:</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>文字コード(&amp;N):</translation>
    </message>
    <message>
        <source>Export…</source>
        <extracomment>The button that chooses the file and writes the CSV (a verb).</extracomment>
        <translation>出力…</translation>
    </message>
    <message>
        <source>Preview of the first rows as written:</source>
        <translation>出力される先頭行のプレビュー:</translation>
    </message>
    <message>
        <source>Tick at least one column to export.</source>
        <translation>出力する列を1つ以上選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n record(s) for characters Shift_JIS cannot carry…</source>
        <translation>
            <numerusform>%n件の記録にShift_JISで表せない文字がないか確認しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shift_JIS cannot carry characters of %n agreement(s), listed below: choose UTF-8 with BOM, or untick the columns that hold them.</source>
        <translation>
            <numerusform>協定%n件にShift_JISで表せない文字があります（下の一覧）。UTF-8（BOM付き）を選ぶか、その文字を含む列の選択を外してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shift_JIS cannot carry characters of %n partner(s), listed below: choose UTF-8 with BOM, or untick the columns that hold them.</source>
        <translation>
            <numerusform>提携先%n件にShift_JISで表せない文字があります（下の一覧）。UTF-8（BOM付き）を選ぶか、その文字を含む列の選択を外してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>ID {id} ({name}): {characters}</source>
        <extracomment>A record Shift_JIS cannot write: its {id}, {name}, and the {characters} it lacks.</extracomment>
        <translation>ID {id}（{name}）: {characters}</translation>
    </message>
    <message>
        <source>The selected &amp;partner&apos;s agreements</source>
        <translation>選択中の提携先の協定(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;{partner}&apos;s agreements ({n})</source>
        <extracomment>{partner} is the partner&apos;s name, {n} how many agreements it has.</extracomment>
        <translation>{partner}の協定（{n}件）(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;ll agreements ({n})</source>
        <translation>すべての協定（{n}件）(&amp;L)</translation>
    </message>
    <message>
        <source>What the list &amp;shows now ({n}), in its order</source>
        <translation>一覧に今表示中のもの（{n}件、表示順）(&amp;S)</translation>
    </message>
    <message>
        <source>The selected &amp;rows ({n})</source>
        <translation>選択中の行（{n}件）(&amp;R)</translation>
    </message>
    <message>
        <source>Select a partner first</source>
        <translation>先に提携先を選択してください</translation>
    </message>
</context>
<context>
    <name>ExportOperation</name>
    <message>
        <source>Writing {name}…</source>
        <extracomment>Progress text; {name} is the CSV file&apos;s name.</extracomment>
        <translation>{name} を書き出しています…</translation>
    </message>
    <message>
        <source>Exporting CSV</source>
        <translation>CSV出力中</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV出力</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSVファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n partner(s) to {path}.</source>
        <extracomment>A status bar sentence; {path} is the CSV file written.</extracomment>
        <translation>
            <numerusform>提携先%n件を {path} に出力しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n agreement(s) to {path}.</source>
        <extracomment>A status bar sentence; {path} is the CSV file written.</extracomment>
        <translation>
            <numerusform>協定%n件を {path} に出力しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>出力を取り消しました。ファイルは作成されていません。</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>出力できません</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>This agreement</source>
        <extracomment>“Changes to: [This agreement]”, the history of the selected agreement.</extracomment>
        <translation>この協定</translation>
    </message>
    <message>
        <source>Its partner</source>
        <extracomment>“Changes to: [Its partner]”, the history of the selected agreement&apos;s partner.</extracomment>
        <translation>その提携先</translation>
    </message>
    <message>
        <source>Changes to:</source>
        <translation>変更履歴の対象:</translation>
    </message>
    <message>
        <source>Its partner, {name}</source>
        <extracomment>“Changes to: [Its partner, Seoul]”; {name} is the partner&apos;s name.</extracomment>
        <translation>その提携先（{name}）</translation>
    </message>
    <message>
        <source>No changes are recorded for this agreement yet.</source>
        <translation>この協定の変更はまだ記録されていません。</translation>
    </message>
    <message>
        <source>No changes are recorded for this partner yet.</source>
        <translation>この提携先の変更はまだ記録されていません。</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>created</source>
        <extracomment>History, What column: the record was created (followed by what was set).</extracomment>
        <translation>作成</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>History, What column: a field was changed (followed by Field: “old” → “new”).</extracomment>
        <translation>変更</translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation>ごみ箱へ移動</translation>
    </message>
    <message>
        <source>restored from the trash</source>
        <translation>ごみ箱から復元</translation>
    </message>
    <message>
        <source>deleted for good</source>
        <translation>完全に削除</translation>
    </message>
    <message>
        <source>document added</source>
        <extracomment>History, What column: a document was attached (followed by its file name).</extracomment>
        <translation>文書を追加</translation>
    </message>
    <message>
        <source>document removed</source>
        <extracomment>History, What column: a document was removed (followed by its file name).</extracomment>
        <translation>文書を取り外し</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Column heading of the history: the date and time of a change.</extracomment>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <extracomment>Column heading of the history: the user who made the change.</extracomment>
        <translation>担当者</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>Column heading of the history: what was done.</extracomment>
        <translation>内容</translation>
    </message>
    <message>
        <source>{action} {detail}</source>
        <extracomment>The What column of the history: {action} (e.g. “changed”), then {detail}.</extracomment>
        <translation>{action} {detail}</translation>
    </message>
    <message>
        <source>{field}: “{old}” → “{new}”</source>
        <extracomment>A change in the history: {field} (Title...), its {old} and {new} values.</extracomment>
        <translation>{field}: 「{old}」→「{new}」</translation>
    </message>
    <message>
        <source>{field}: “{new}”</source>
        <extracomment>A value set when the record was created: {field} (Title...) and its {new} value.</extracomment>
        <translation>{field}: 「{new}」</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <extracomment>Accessible name of the table of changes made to a record.</extracomment>
        <translation>履歴</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {file}</source>
        <extracomment>Title of the import preview; {file} is the CSV file&apos;s name.</extracomment>
        <translation>{file} の取込</translation>
    </message>
    <message>
        <source>Refuse them (ask me)</source>
        <translation>取り込まない（確認する）</translation>
    </message>
    <message>
        <source>Day first (08/07/2021 is 8 July)</source>
        <translation>日が先（08/07/2021 は7月8日）</translation>
    </message>
    <message>
        <source>Month first (08/07/2021 is August 7)</source>
        <translation>月が先（08/07/2021 は8月7日）</translation>
    </message>
    <message>
        <source>How to read all-number dates such as 08/07/2021. ISO (2021-07-08) and Excel&apos;s 2021/7/8 are never ambiguous.</source>
        <translation>08/07/2021 のように数字だけの日付の読み方です。ISO形式（2021-07-08）とExcelの 2021/7/8 は迷うことがありません。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>The button that imports the file (a verb).</extracomment>
        <translation>取込(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <extracomment>Label of the list that chooses which rows of the preview are shown.</extracomment>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>All-number &amp;dates:</source>
        <extracomment>Label of the choice of how to read dates such as 08/07/2021.</extracomment>
        <translation>数字だけの日付(&amp;D):</translation>
    </message>
    <message>
        <source>agreements</source>
        <extracomment>What an import file holds, in &quot;{file} — {kind}, ...&quot;: agreements.</extracomment>
        <translation>協定</translation>
    </message>
    <message>
        <source>partners</source>
        <extracomment>What an import file holds, in &quot;{file} — {kind}, ...&quot;: partners.</extracomment>
        <translation>提携先</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create the %n partner(s) the library does not have yet: {names}</source>
        <extracomment>A check box of the import preview; {names} lists the first five names.</extracomment>
        <translation>
            <numerusform>ライブラリにまだない提携先%n件を作成する(&amp;C): {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing will be: a file imports whole or not at all. Correct the row(s) in the file and import it again.</source>
        <translation>
            <numerusform>%n行を取り込めないため、何も取り込まれません（ファイルはすべて取り込むか、まったく取り込まないかのどちらかです）。ファイルの該当行を直して、もう一度取り込んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <extracomment>An encoding of a CSV file: UTF-8 that starts with a byte order mark (BOM).</extracomment>
        <translation>UTF-8（BOM付き）</translation>
    </message>
    <message>
        <source>comma</source>
        <extracomment>What separates the cells of a CSV file, in &quot;{encoding}, {delimiter}-separated&quot;.</extracomment>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>semicolon</source>
        <extracomment>A delimiter of CSV cells: ;</extracomment>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>tab</source>
        <extracomment>A delimiter of CSV cells: the tab character.</extracomment>
        <translation>タブ</translation>
    </message>
    <message numerus="yes">
        <source>{file} — {kind}, {encoding}, {delimiter}-separated, %n row(s)</source>
        <extracomment>Where an import comes from: {file} the CSV file, {kind} agreements or partners, {encoding} UTF-8..., {delimiter} comma, semicolon or tab.</extracomment>
        <translation>
            <numerusform>{file} — {kind}、{encoding}、{delimiter}区切り、%n行</numerusform>
        </translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {same} unchanged, {bad} rejected.</source>
        <translation>追加 {add}件、更新 {update}件、変更なし {same}件、取込不可 {bad}件。</translation>
    </message>
    <message>
        <source>Nothing will be imported.</source>
        <translation>何も取り込まれません。</translation>
    </message>
    <message>
        <source>The library already holds everything in this file.</source>
        <translation>このファイルの内容はすべてライブラリに登録済みです。</translation>
    </message>
    <message>
        <source>Columns not imported (not Accord&apos;s): {columns}.</source>
        <translation>取り込まない列（Accordの列ではありません）: {columns}。</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the columns of a list (Japanese 、).</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <extracomment>A column name quoted (Japanese 「{name}」).</extracomment>
        <translation>「{name}」</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) look damaged by a spreadsheet (“?” for characters its encoding lacks); the library&apos;s values are kept.</source>
        <translation>
            <numerusform>%n個のセルが表計算ソフトによって壊れているようです（文字コードにない文字が「?」になっています）。ライブラリの値を残します。</numerusform>
        </translation>
    </message>
    <message>
        <source>…and {n} more such cells.</source>
        <translation>…ほかに同様のセルが{n}個あります。</translation>
    </message>
    <message>
        <source>All rows ({n})</source>
        <translation>すべての行（{n}）</translation>
    </message>
    <message>
        <source>To add ({n})</source>
        <translation>追加（{n}）</translation>
    </message>
    <message>
        <source>To update ({n})</source>
        <translation>更新（{n}）</translation>
    </message>
    <message>
        <source>Unchanged ({n})</source>
        <extracomment>Filter of the preview rows: those that change nothing; {n} how many.</extracomment>
        <translation>変更なし（{n}）</translation>
    </message>
    <message>
        <source>Rejected ({n})</source>
        <extracomment>Filter of the preview rows: those that cannot be imported; {n} how many.</extracomment>
        <translation>取込不可（{n}）</translation>
    </message>
</context>
<context>
    <name>ImportOperation</name>
    <message>
        <source>Import agreements or partners</source>
        <translation>協定または提携先の取込</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} を読み込んでいます…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV取込</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>取込を取り消しました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>取り込めません</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何も取り込まれませんでした。</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} を取り込んでいます…</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {updated} updated, {partners} new partners, {same} unchanged.</source>
        <extracomment>A status bar sentence; each blank but {file} (the CSV file&apos;s name) is a number.</extracomment>
        <translation>{file} を取り込みました: 追加 {added}件、更新 {updated}件、新しい提携先 {partners}件、変更なし {same}件。</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>Will be added</source>
        <extracomment>Import preview, Action column: the row will become a new record.</extracomment>
        <translation>追加</translation>
    </message>
    <message>
        <source>Will be updated</source>
        <extracomment>Import preview, Action column: the row will change a record the library has.</extracomment>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <extracomment>Import preview, Action column: the library already holds the row as it is.</extracomment>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>Import preview, Action column: the row cannot be imported.</extracomment>
        <translation>取込不可</translation>
    </message>
    <message>
        <source>{column}: {reason}</source>
        <extracomment>Why a row is rejected: {column} is the CSV column, {reason} the sentence.</extracomment>
        <translation>{column}: {reason}</translation>
    </message>
    <message>
        <source>{column}: “{old}” → “{new}”</source>
        <extracomment>A change an import makes: {column} is the CSV column, {old} and {new} its values.</extracomment>
        <translation>{column}: 「{old}」→「{new}」</translation>
    </message>
    <message>
        <source>{column}: the file&apos;s “{file}” looks damaged; the library&apos;s “{kept}” is kept.</source>
        <translation>{column}: ファイルの「{file}」は壊れているようです。ライブラリの「{kept}」を残します。</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Column heading of the import preview: the row&apos;s number in the CSV file.</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column heading of the import preview: what importing the row does (added, updated...).</extracomment>
        <translation>処理</translation>
    </message>
    <message>
        <source>Record</source>
        <extracomment>Column heading of the import preview: the partner or agreement of the row.</extracomment>
        <translation>記録</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Column heading of the import preview: problems or changes of the row.</extracomment>
        <translation>詳細</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <extracomment>After the first of several details: how many more lines the tooltip shows.</extracomment>
        <translation>
            <numerusform>（ほか%n件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Not stated</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Type a language or its code</source>
        <translation>言語名またはコードを入力</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>The menu that chooses the language of the window (a noun).</extracomment>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Same as the &amp;System</source>
        <extracomment>Language menu item: follow the operating system&apos;s language.</extracomment>
        <translation>システムと同じ(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Title of the message box shown after a language was chosen (a noun).</extracomment>
        <translation>言語</translation>
    </message>
    <message>
        <source>Accord shows the new language when it starts again. Restart Accord now?</source>
        <translation>新しい言語は Accord の次回起動時に反映されます。今すぐ Accord を再起動しますか。</translation>
    </message>
    <message>
        <source>Accord could not start again; start it yourself.</source>
        <translation>Accord を再起動できませんでした。手動で起動してください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Accord</source>
        <extracomment>The window&apos;s title: the application&apos;s name, usually kept as it is.</extracomment>
        <translation>Accord</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>文書はまだありません。</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <extracomment>Name of the toolbar (shown in its context menu).</extracomment>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <extracomment>Status bar after Undo; {what} names the change undone (Add partner).</extracomment>
        <translation>元に戻しました: {what}。</translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <extracomment>Status bar after Redo; {what} names the change redone (Add partner).</extracomment>
        <translation>やり直しました: {what}。</translation>
    </message>
    <message>
        <source>About Accord</source>
        <extracomment>Title of the About box.</extracomment>
        <translation>Accord について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Accord {version}&lt;/h3&gt;&lt;p&gt;Partners, agreements and their signed documents, for an international-affairs office.&lt;/p&gt;&lt;p&gt;Library: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Accord {version}&lt;/h3&gt;&lt;p&gt;国際交流担当部署のための、提携先・協定・署名済み文書の管理ソフトです。&lt;/p&gt;&lt;p&gt;ライブラリ: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select an agreement first, then drop the PDF on the window to attach it.</source>
        <translation>先に協定を選択し、PDFをウィンドウにドロップすると添付されます。</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>提携先の編集</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>提携先の追加</translation>
    </message>
    <message>
        <source>In English, e.g. Seoul</source>
        <translation>英語で入力（例: Seoul）</translation>
    </message>
    <message>
        <source>In its own script, e.g. 서울특별시</source>
        <translation>現地の文字で入力（例: 서울특별시）</translation>
    </message>
    <message>
        <source>As the office writes it</source>
        <extracomment>Placeholder of the partner&apos;s name in the office&apos;s language; a translation may give an example in its language (Seoul: ソウル特別市).</extracomment>
        <translation>日本語での呼び方（例：ソウル特別市）</translation>
    </message>
    <message>
        <source>Leave empty if there is no affiliation date</source>
        <translation>提携日がない場合は空欄のままにしてください</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Form label: the partner&apos;s name in English (Seoul).</extracomment>
        <translation>英語名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Local name:</source>
        <translation>現地名(&amp;L):</translation>
    </message>
    <message>
        <source>Office-lan&amp;guage name:</source>
        <extracomment>Form label: the partner&apos;s name in the office&apos;s own language (ソウル特別市 in Japanese).</extracomment>
        <translation>日本語名(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <extracomment>Form label: what kind of government the partner is (city, state, province...).</extracomment>
        <translation>区分(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <extracomment>Form label: sister/friendship city or cooperation partner.</extracomment>
        <translation>関係(&amp;R):</translation>
    </message>
    <message>
        <source>Date of &amp;affiliation:</source>
        <translation>提携日(&amp;A):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>備考(&amp;O):</translation>
    </message>
    <message>
        <source>Enter the partner’s name.</source>
        <translation>提携先の英語名を入力してください。</translation>
    </message>
    <message>
        <source>There is already a partner named “{name}”.</source>
        <translation>「{name}」という提携先は既にあります。</translation>
    </message>
    <message>
        <source>Enter the country.</source>
        <translation>国を入力してください。</translation>
    </message>
    <message>
        <source>The date of affiliation is not a date; write it as YYYY-MM-DD.</source>
        <translation>提携日を日付として読み取れません（例: 2014/7/23、令和6年5月14日）。</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>Column heading of the partners table: the partner&apos;s English name.</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Local name</source>
        <extracomment>Column heading of the partners table: the partner&apos;s name in its own language and script.</extracomment>
        <translation>現地名</translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>Column heading of the partners table: the partner&apos;s country.</extracomment>
        <translation>国</translation>
    </message>
    <message>
        <source>Relationship</source>
        <extracomment>Column heading of the partners table: sister/friendship city, cooperation partner...</extracomment>
        <translation>関係</translation>
    </message>
    <message>
        <source>Agreements</source>
        <extracomment>Column heading of the partners table: how many agreements the partner has.</extracomment>
        <translation>協定</translation>
    </message>
    <message numerus="yes">
        <source>All agreements (%n)</source>
        <translation>
            <numerusform>すべての協定（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the agreements of every partner</source>
        <translation>すべての提携先の協定を表示します</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Document preview</source>
        <extracomment>Accessible name of the PDF preview.</extracomment>
        <translation>文書のプレビュー</translation>
    </message>
    <message>
        <source>Previous page</source>
        <extracomment>Button of the PDF preview: go to the previous page.</extracomment>
        <translation>前のページ</translation>
    </message>
    <message>
        <source>Next page</source>
        <extracomment>Button of the PDF preview: go to the next page.</extracomment>
        <translation>次のページ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <extracomment>Button of the PDF preview: make the page smaller.</extracomment>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <extracomment>Button of the PDF preview: make the page larger.</extracomment>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <extracomment>Button of the PDF preview: zoom so the page fills the width.</extracomment>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <source>Fit page</source>
        <extracomment>Button of the PDF preview: zoom so the whole page shows.</extracomment>
        <translation>ページに合わせる</translation>
    </message>
    <message>
        <source>Page</source>
        <extracomment>Accessible name of the page number box of the PDF preview.</extracomment>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Placeholder of the field where the PDF&apos;s password is typed.</extracomment>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Password of the PDF</source>
        <translation>PDFのパスワード</translation>
    </message>
    <message>
        <source>Unlock</source>
        <extracomment>Button of the PDF preview: open a password-protected PDF with the password typed.</extracomment>
        <translation>解除</translation>
    </message>
    <message>
        <source>Open in system viewer</source>
        <translation>既定のビューアーで開く</translation>
    </message>
    <message>
        <source>Select a document to preview it.</source>
        <translation>文書を選ぶと、ここにプレビューが表示されます。</translation>
    </message>
    <message>
        <source>The stored file of {name} is missing.</source>
        <translation>{name} の保存ファイルが見つかりません。</translation>
    </message>
    <message>
        <source>This file is too large to preview ({size} MB); open it in the system viewer.</source>
        <translation>このファイルは大きすぎてプレビューできません（{size} MB）。既定のビューアーで開いてください。</translation>
    </message>
    <message>
        <source>This PDF is protected by a password.</source>
        <translation>このPDFはパスワードで保護されています。</translation>
    </message>
    <message>
        <source>it has no pages</source>
        <translation>ページがありません</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>ファイルを読み取れません</translation>
    </message>
    <message>
        <source>it is damaged or is not a PDF that Accord can read; printing it to PDF again may repair it</source>
        <translation>破損しているか、Accord が読める PDF ではありません。もう一度 PDF に印刷すると修復できる場合があります</translation>
    </message>
    <message>
        <source>Accord&apos;s PDF reader could not read it</source>
        <translation>Accord の PDF 読み取り機能で読み取れませんでした</translation>
    </message>
    <message>
        <source>its encryption is not supported</source>
        <translation>この暗号化方式には対応していません</translation>
    </message>
    <message>
        <source>The preview cannot show {name}: {reason}.</source>
        <translation>{name} をプレビューできません: {reason}。</translation>
    </message>
    <message>
        <source>That password is not right.</source>
        <translation>パスワードが違います。</translation>
    </message>
    <message>
        <source> / {count}</source>
        <extracomment>After the page number box: the number of pages, {count}. &quot;/ 12&quot;.</extracomment>
        <translation> / {count}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <extracomment>Zoom of the PDF preview; {percent} is a number (125).</extracomment>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>ReadOnlyGuard</name>
    <message>
        <source>Read-only library</source>
        <extracomment>A note in the status bar: the library shown cannot be changed.</extracomment>
        <translation>読み取り専用のライブラリ</translation>
    </message>
    <message>
        <source>This library is read-only because Accord cannot write in its folder, so it can be viewed and exported but not changed.</source>
        <translation>Accord がこのライブラリのフォルダーに書き込めないため、ライブラリは読み取り専用です。閲覧と出力はできますが、変更はできません。</translation>
    </message>
</context>
<context>
    <name>RecordBrowser</name>
    <message>
        <source>Partners</source>
        <extracomment>Accessible name of the partners table.</extracomment>
        <translation>提携先</translation>
    </message>
    <message>
        <source>Agreements</source>
        <extracomment>Accessible name of the agreements table.</extracomment>
        <translation>協定</translation>
    </message>
    <message>
        <source>Loading “{name}” from the server…</source>
        <translation>サーバーから「{name}」を読み込んでいます…</translation>
    </message>
    <message>
        <source>No agreements match “{text}”.</source>
        <translation>「{text}」に一致する協定はありません。</translation>
    </message>
    <message>
        <source>Press Esc in the search field or click Clear search to see them all.</source>
        <translation>すべて表示するには、検索欄でEscキーを押すか「検索を解除」をクリックしてください。</translation>
    </message>
    <message>
        <source>{name} has no agreements yet.</source>
        <translation>{name}の協定はまだありません。</translation>
    </message>
    <message>
        <source>There are no agreements yet.</source>
        <translation>協定はまだありません。</translation>
    </message>
</context>
<context>
    <name>RecordOperations</name>
    <message>
        <source>Delete the partner “{name}”?</source>
        <translation>提携先「{name}」を削除しますか。</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <extracomment>Title of the question box (a noun phrase or a verb phrase, as the language prefers).</extracomment>
        <translation>提携先の削除</translation>
    </message>
    <message>
        <source>Delete the agreement “{title}” ({partner}, signed {date})?</source>
        <translation>協定「{title}」（{partner}、{date}締結）を削除しますか。</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{name}” and its %n agreement(s)? They go to the trash with their documents, and can be restored from there.</source>
        <translation>
            <numerusform>「{name}」とその協定%n件を削除しますか。文書とともにごみ箱に移り、そこから復元できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It goes to the trash with its %n document(s), and can be restored from there.</source>
        <translation>
            <numerusform>文書%n件とともにごみ箱に移り、そこから復元できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>協定の削除</translation>
    </message>
    <message>
        <source>Remove “{name}” from the agreement? It goes to the trash, from where it can be restored; the file you attached from is not touched.</source>
        <translation>「{name}」を協定から取り外しますか。ごみ箱に移り、そこから復元できます。添付元のファイルは変更されません。</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>文書の取り外し</translation>
    </message>
</context>
<context>
    <name>ReindexOperation</name>
    <message>
        <source>Rebuild &amp;Search Index…</source>
        <extracomment>File menu: build the search index again from the records and document texts.</extracomment>
        <translation>検索索引を再構築(&amp;S)…</translation>
    </message>
    <message>
        <source>Build the search index again from the records and the documents&apos; text</source>
        <translation>記録と文書のテキストから検索索引を作り直します</translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation>検索索引を再構築しています…</translation>
    </message>
    <message>
        <source>Search index</source>
        <extracomment>Title of the progress window of rebuilding the search index (a noun).
----------
Title of the box that says rebuilding the search index failed (a noun).</extracomment>
        <translation>検索索引</translation>
    </message>
    <message>
        <source>The search index was rebuilt: {count} records and pages.</source>
        <extracomment>Status bar after File › Rebuild Search Index; {count} records and pages indexed.</extracomment>
        <translation>検索索引を再構築しました（記録とページ {count} 件）。</translation>
    </message>
</context>
<context>
    <name>RoleGuard</name>
    <message>
        <source>Role: %1</source>
        <extracomment>A note in the status bar: the person&apos;s role in the server library.</extracomment>
        <translation>役割: %1</translation>
    </message>
    <message>
        <source>Your role on this server library; an administrator can change it.</source>
        <translation>このサーバーライブラリでのあなたの役割です。管理者が変更できます。</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>The window could not show the library: {reason}</source>
        <extracomment>Error of &quot;accord --screenshot&quot;; {reason} is the sentence the window would have shown.</extracomment>
        <translation>ウィンドウにライブラリを表示できませんでした：{reason}</translation>
    </message>
    <message>
        <source>The screenshot cannot be written to {path}.</source>
        <translation>スクリーンショットを {path} に書き込めません。</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>All words must appear, in any field or document page.
&quot;a phrase&quot;  these words in this order
-word  leave out what holds it
type:mou  partner:Seoul  lang:ko  year:2014  2014..2016
in:documents  in:records  where to look
is:notext  agreements with a document that has no text (a scan)</source>
        <extracomment>Tooltip of the search field: its query language. Keep the keywords (type:, partner:, lang:, year:, in:documents, in:records, is:notext) and examples as they are.</extracomment>
        <translation>すべての語が、いずれかの項目か文書のページに含まれるものを探します。
&quot;語句&quot;  この語をこの順で含む
-語  これを含むものを除く
type:mou  partner:Seoul  lang:ko  year:2014  2014..2016
in:documents  in:records  探す場所（文書のみ・記録のみ）
is:notext  テキストのない文書（スキャン）を持つ協定</translation>
    </message>
    <message>
        <source>Search partners, agreements and documents (Ctrl+F)</source>
        <translation>提携先・協定・文書を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Accessible name of the search field (a noun).</extracomment>
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <source>p. {page}</source>
        <extracomment>A page number in the search results panel, short (&quot;p. 3&quot;).</extracomment>
        <translation>{page} ページ</translation>
    </message>
</context>
<context>
    <name>SearchHitsPanel</name>
    <message>
        <source>Found in documents</source>
        <extracomment>Accessible name of the list of document pages a search found.</extracomment>
        <translation>文書内の検索結果</translation>
    </message>
    <message>
        <source>Found in documents ({count})</source>
        <extracomment>Heading of the search results panel; {count} pages found (at most 50).</extracomment>
        <translation>文書内の検索結果（{count}）</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Signed</source>
        <extracomment>Timeline legend and tooltip: the day the agreement was signed.</extracomment>
        <translation>締結</translation>
    </message>
    <message>
        <source>Entered into force</source>
        <extracomment>Timeline legend and tooltip: the day the agreement entered into force.</extracomment>
        <translation>発効</translation>
    </message>
    <message>
        <source>Renewed</source>
        <extracomment>Timeline legend and tooltip: the agreement was renewed on this day.</extracomment>
        <translation>更新</translation>
    </message>
    <message>
        <source>Expires</source>
        <extracomment>Timeline legend and tooltip: the agreement&apos;s last day in force.</extracomment>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Terminated</source>
        <extracomment>Timeline legend and tooltip: the agreement was terminated on this day.</extracomment>
        <translation>終了</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <extracomment>Timeline legend and tooltip: the partner&apos;s sister/friendship affiliation.</extracomment>
        <translation>提携</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <extracomment>Timeline legend: the arrow from an agreement to the newer one that replaces it.</extracomment>
        <translation>後継の協定</translation>
    </message>
    <message>
        <source>No end date</source>
        <extracomment>Timeline legend: a bar whose agreement has no end date (it runs on past today).</extracomment>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Timeline legend: the vertical line of today&apos;s date.</extracomment>
        <translation>今日</translation>
    </message>
    <message>
        <source>{what}: {date}
{title}</source>
        <extracomment>Tooltip of a marker: {what} is what happened (Signed, Renewed...), {date} the day, {title} the agreement&apos;s title or the partner&apos;s name.</extracomment>
        <translation>{what}：{date}
{title}</translation>
    </message>
    <message>
        <source>{title}
In force: {start} – {end}</source>
        <extracomment>Tooltip of an agreement&apos;s bar: {title}, then the days it started and ended.</extracomment>
        <translation>{title}
有効期間：{start}～{end}</translation>
    </message>
    <message>
        <source>{title}
In force since {start}</source>
        <extracomment>Tooltip of an agreement&apos;s bar without an end date: {title}, then the day it started.</extracomment>
        <translation>{title}
{start}から有効</translation>
    </message>
    <message>
        <source>Agreements signed per year</source>
        <extracomment>Heading of the chart of agreements signed each year, by type.</extracomment>
        <translation>年別の締結件数</translation>
    </message>
    <message>
        <source>Agreements signed per year: {partner}</source>
        <extracomment>Heading of the chart of one partner&apos;s agreements signed each year; {partner} its name.</extracomment>
        <translation>年別の締結件数：{partner}</translation>
    </message>
    <message>
        <source>No agreements to show.</source>
        <extracomment>The chart when no agreement is shown.</extracomment>
        <translation>表示する協定はありません。</translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <source>Timeline</source>
        <extracomment>Title of the dock of the timeline of agreements (and of its View menu item).</extracomment>
        <translation>年表</translation>
    </message>
    <message>
        <source>Show the agreements on a timeline, and a chart per year</source>
        <extracomment>Status tip of View &gt; Timeline.</extracomment>
        <translation>協定を年表と年別のグラフで表示します</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Selected partner</source>
        <extracomment>The timeline&apos;s choice: the partner selected in the window.</extracomment>
        <translation>選択中の提携先</translation>
    </message>
    <message>
        <source>All partners</source>
        <extracomment>The timeline&apos;s choice: every partner.</extracomment>
        <translation>すべての提携先</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <extracomment>Label before the choice of whose agreements the timeline shows.</extracomment>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>縮小 (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>拡大 (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit</source>
        <extracomment>Button: zoom the timeline so that every year fits its width.</extracomment>
        <translation>全体</translation>
    </message>
    <message>
        <source>Show every year</source>
        <translation>すべての年を表示</translation>
    </message>
    <message>
        <source>Zoom</source>
        <extracomment>Accessible name of the slider that zooms the timeline.</extracomment>
        <translation>拡大率</translation>
    </message>
    <message>
        <source>Export Chart as PNG…</source>
        <extracomment>Button of the chart&apos;s tab: save the chart as a PNG image (a verb).</extracomment>
        <translation>グラフをPNGで書き出す…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image, twice its size on screen</source>
        <translation>グラフを画面の2倍の大きさのPNG画像として保存します</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Tab of the Timeline panel: agreements on a time axis.</extracomment>
        <translation>年表</translation>
    </message>
    <message>
        <source>Per Year</source>
        <extracomment>Tab of the Timeline panel: how many agreements were signed each year, by type.</extracomment>
        <translation>年別</translation>
    </message>
    <message>
        <source>agreements-per-year</source>
        <extracomment>File name offered for the chart&apos;s PNG (no spaces, no extension).</extracomment>
        <translation>年別締結件数</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <extracomment>Title of the file dialog that saves the chart.</extracomment>
        <translation>グラフをPNGで書き出す</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>The chart cannot be written to {path}.</source>
        <extracomment>The chart could not be saved; {path} is the file chosen.</extracomment>
        <translation>グラフを{path}に書き込めません。</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of agreements</source>
        <extracomment>Accessible name of the timeline of agreements (years across, partners down).</extracomment>
        <translation>協定の年表</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <extracomment>Title of the window of deleted records (View › Trash).</extracomment>
        <translation>ごみ箱</translation>
    </message>
    <message>
        <source>Deleted partners, agreements and documents wait here. Restore brings a record back with everything deleted together with it.</source>
        <translation>削除した提携先、協定、文書はここに保管されます。「復元」を選ぶと、一緒に削除されたものも含めて元に戻ります。</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>削除した記録</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>ごみ箱は空です。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <extracomment>Button: bring the selected deleted records back.</extracomment>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Put the selected items back where they were</source>
        <translation>選択した項目を元の場所に戻します</translation>
    </message>
    <message>
        <source>&amp;Delete for Good…</source>
        <translation>完全に削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>ごみ箱を空にする(&amp;E)…</translation>
    </message>
    <message>
        <source>Days deleted items are kept</source>
        <translation>削除した項目を保管する日数</translation>
    </message>
    <message>
        <source>&amp;Keep deleted items for</source>
        <extracomment>Followed by a number box and &quot;days&quot;: Keep deleted items for [30] days.</extracomment>
        <translation>削除した項目の保管期間(&amp;K)</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>Title of an error box after the Restore button was clicked.</extracomment>
        <translation>復元</translation>
    </message>
    <message>
        <source>Delete {what} for good?</source>
        <extracomment>{what} is e.g. the agreement “MoU on culture”, with 2 documents,</extracomment>
        <translation>{what}を完全に削除しますか。</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n item(s) for good?</source>
        <translation>
            <numerusform>この%n件の項目を完全に削除しますか。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n item(s) in the trash for good, with all they hold?</source>
        <translation>
            <numerusform>ごみ箱にある%n件の項目すべてを、含まれているものすべてとともに完全に削除しますか。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <extracomment>After the number box: Keep deleted items for [30] days (no number in the text).</extracomment>
        <translation>
            <numerusform>日間</numerusform>
        </translation>
    </message>
    <message>
        <source>the partner “{name}”</source>
        <extracomment>Put into “Delete {what} for good?”; {name} is the partner&apos;s name.</extracomment>
        <translation>提携先「{name}」</translation>
    </message>
    <message>
        <source>the agreement “{name}”</source>
        <extracomment>Put into “Delete {what} for good?”; {name} is the agreement&apos;s title.</extracomment>
        <translation>協定「{name}」</translation>
    </message>
    <message>
        <source>the document “{name}”</source>
        <extracomment>Put into “Delete {what} for good?”; {name} is the document&apos;s file name.</extracomment>
        <translation>文書「{name}」</translation>
    </message>
    <message>
        <source>{what}, with {holds},</source>
        <extracomment>{what} is e.g. the partner “Seoul”; {holds} what it holds (2 agreements, 3 documents).</extracomment>
        <translation>{what}（{holds}を含む）</translation>
    </message>
    <message>
        <source>What they hold goes with them ({holds}).</source>
        <translation>含まれているもの（{holds}）も一緒に削除されます。</translation>
    </message>
    <message>
        <source>Stored files are removed when no other record uses them. This cannot be undone.</source>
        <translation>保存ファイルは、ほかの記録で使われていなければ削除されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <extracomment>Title of the question box: delete permanently, without a way back.</extracomment>
        <translation>完全に削除</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>ごみ箱を空にする</translation>
    </message>
</context>
<context>
    <name>TrashPurger</name>
    <message numerus="yes">
        <source>Removed %n item(s) deleted more than {days} ago from the trash.</source>
        <extracomment>A status bar sentence; {days} is e.g. “30 days”.</extracomment>
        <translation>
            <numerusform>削除から{days}以上たった%n件の項目をごみ箱から消去しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>A number of days, put into “… deleted more than {days} ago …”.</extracomment>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <source>Partner</source>
        <extracomment>The Kind column of the trash: this row is a deleted partner.</extracomment>
        <translation>提携先</translation>
    </message>
    <message>
        <source>Agreement</source>
        <extracomment>The Kind column of the trash: this row is a deleted agreement.</extracomment>
        <translation>協定</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>The Kind column of the trash: this row is a deleted document.</extracomment>
        <translation>文書</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column heading of the trash: partner, agreement or document.</extracomment>
        <translation>区分</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column heading of the trash: the record&apos;s name or title.</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <extracomment>Column heading of the trash: the partner or agreement the record belonged to.</extracomment>
        <translation>所属</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>Column heading of the trash: when the record was deleted (a date and time).</extracomment>
        <translation>削除日時</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>Column heading of the trash: who deleted the record (a user name).</extracomment>
        <translation>削除者</translation>
    </message>
    <message>
        <source>Holds</source>
        <extracomment>Column heading of the trash: what was deleted with it (2 agreements, 3 documents).</extracomment>
        <translation>含むもの</translation>
    </message>
</context>
<context>
    <name>TypeChart</name>
    <message>
        <source>Agreements signed per year, by type</source>
        <extracomment>Accessible name of the chart of agreements signed each year, by type.</extracomment>
        <translation>種別ごとの年別締結件数</translation>
    </message>
</context>
<context>
    <name>UpcomingDock</name>
    <message>
        <source>Upcoming</source>
        <extracomment>Title of the dock panel listing deadlines, expiries and anniversaries ahead.</extracomment>
        <translation>今後の予定</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <extracomment>View menu, checkable: show the panel of deadlines, expiries and anniversaries.</extracomment>
        <translation>今後の予定(&amp;U)</translation>
    </message>
    <message>
        <source>Export to &amp;Calendar…</source>
        <extracomment>File menu and the Upcoming panel: write the upcoming dates as an .ics file.</extracomment>
        <translation>カレンダーに出力(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the upcoming dates as a calendar file for Outlook or Google Calendar</source>
        <translation>今後の予定をOutlookやGoogleカレンダー用のカレンダーファイルに保存します</translation>
    </message>
    <message numerus="yes">
        <source>%n due within {days} days</source>
        <extracomment>Status bar: agreements with a notice deadline or an expiry within {days} days.</extracomment>
        <translation>
            <numerusform>{days}日以内に期限 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>View › Upcoming lists them.</source>
        <translation>表示 › 今後の予定 に一覧があります。</translation>
    </message>
    <message>
        <source>Export to Calendar</source>
        <extracomment>Title of the file dialog of File › Export to Calendar….</extracomment>
        <translation>カレンダーに出力</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendarファイル (*.ics);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n date(s) to {target}.</source>
        <extracomment>Status bar after Export to Calendar…: {target} is the file written.</extracomment>
        <translation>
            <numerusform>{target} に予定%n件を保存しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <source>Date</source>
        <extracomment>Column of the Upcoming panel: the day a deadline, expiry or anniversary falls on.</extracomment>
        <translation>日付</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>Column of the Upcoming panel: what the date is (Notice deadline, Expires...).</extracomment>
        <translation>内容</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>提携先</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Agreement {id}: {title}</source>
        <extracomment>Tooltip of an agreement in the Upcoming panel: its ID and title.</extracomment>
        <translation>協定 {id}：{title}</translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source>{days} days</source>
        <extracomment>A lead time of the Upcoming panel: deadlines and expiries within so many days.</extracomment>
        <translation>{days}日</translation>
    </message>
    <message>
        <source>&amp;Due within:</source>
        <extracomment>Label before the lead-time choice of the Upcoming panel.</extracomment>
        <translation>期限の範囲(&amp;D)：</translation>
    </message>
    <message>
        <source>Upcoming dates</source>
        <extracomment>Accessible name of the Upcoming panel&apos;s list.</extracomment>
        <translation>今後の予定</translation>
    </message>
</context>
<context>
    <name>UpcomingReminder</name>
    <message>
        <source>Coming Up</source>
        <extracomment>Title of the start-up reminder of deadlines and expiries.</extracomment>
        <translation>まもなく期限</translation>
    </message>
    <message>
        <source>These notice deadlines and expiries fall within {days} days:</source>
        <extracomment>The start-up reminder&apos;s first line; {days} is the lead time chosen in Upcoming.</extracomment>
        <translation>次の通知期限・満了日が{days}日以内に来ます：</translation>
    </message>
    <message>
        <source>Don&apos;t remind me again</source>
        <extracomment>A box beside each date of the start-up reminder.</extracomment>
        <translation>今後通知しない</translation>
    </message>
    <message numerus="yes">
        <source>%n more in View › Upcoming.</source>
        <extracomment>Under the start-up reminder&apos;s list: dates not listed (see View › Upcoming).</extracomment>
        <translation>
            <numerusform>ほか%n件は 表示 › 今後の予定 にあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Upcoming</source>
        <extracomment>Button of the start-up reminder: open the Upcoming panel.</extracomment>
        <translation>今後の予定を表示</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Add &amp;Partner…</source>
        <extracomment>File menu and toolbar: add a partner city or state.</extracomment>
        <translation>提携先を追加(&amp;P)…</translation>
    </message>
    <message>
        <source>Add a partner city or state</source>
        <translation>提携都市・州などを追加します</translation>
    </message>
    <message>
        <source>Add &amp;Agreement…</source>
        <extracomment>File menu and toolbar: add an agreement to the selected partner.</extracomment>
        <translation>協定を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an agreement to the selected partner</source>
        <translation>選択中の提携先に協定を追加します</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>Edit menu and toolbar: edit the selected partner or agreement (a verb).</extracomment>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <extracomment>Edit menu and toolbar: move the selected record to the trash (a verb).</extracomment>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>A&amp;ttach PDF…</source>
        <extracomment>File menu and toolbar: attach a signed PDF to the selected agreement.</extracomment>
        <translation>PDFを添付(&amp;T)…</translation>
    </message>
    <message>
        <source>Attach a signed PDF to the selected agreement</source>
        <translation>選択中の協定に署名済みのPDFを添付します</translation>
    </message>
    <message>
        <source>&amp;Open in System Viewer</source>
        <translation>既定のビューアーで開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected document in the system&apos;s PDF viewer</source>
        <translation>選択中の文書をシステムのPDFビューアーで開きます</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <extracomment>Toolbar button: open the selected document (a verb).</extracomment>
        <translation>PDFを開く</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>フォルダーに表示(&amp;F)</translation>
    </message>
    <message>
        <source>Show the library&apos;s copy of the selected document in its folder</source>
        <translation>選択中の文書のライブラリ内のコピーをフォルダーで表示します</translation>
    </message>
    <message>
        <source>&amp;Save a Copy As…</source>
        <translation>コピーを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save a copy of the selected document under its original name</source>
        <translation>選択中の文書のコピーを元のファイル名で保存します</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>コピーを保存…</translation>
    </message>
    <message>
        <source>&amp;Locate File…</source>
        <extracomment>File menu: choose the file of a document whose stored copy is missing.</extracomment>
        <translation>ファイルを指定(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose the file of a document whose stored copy is missing or changed</source>
        <translation>保存コピーが見つからないか変更された文書について、そのファイルを指定します</translation>
    </message>
    <message>
        <source>Locate…</source>
        <extracomment>Button under the documents list: short for Locate File….</extracomment>
        <translation>ファイルを指定…</translation>
    </message>
    <message>
        <source>&amp;Remove from Agreement…</source>
        <translation>協定から取り外す(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the selected document from the agreement</source>
        <translation>選択中の文書を協定から取り外します</translation>
    </message>
    <message>
        <source>Remove…</source>
        <extracomment>Button under the documents list: remove the document from the agreement (a verb).</extracomment>
        <translation>取り外す…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <extracomment>File menu and toolbar: write agreements to a CSV file (a verb).</extracomment>
        <translation>CSV出力(&amp;E)…</translation>
    </message>
    <message>
        <source>Export agreements as a CSV file for Excel</source>
        <translation>協定をExcel用のCSVファイルに出力します</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <extracomment>File menu: read agreements or partners from a CSV file (a verb).</extracomment>
        <translation>CSV取込(&amp;I)…</translation>
    </message>
    <message>
        <source>Add or update agreements (or partners) from a CSV file, after a preview</source>
        <translation>CSVファイルから協定（または提携先）を、プレビューの後に追加・更新します</translation>
    </message>
    <message>
        <source>&amp;Briefing Sheet…</source>
        <extracomment>File menu: a PDF summing up the selected partner or agreements.</extracomment>
        <translation>ブリーフィングシート(&amp;B)…</translation>
    </message>
    <message>
        <source>Save a PDF briefing sheet of the selected partner or agreements</source>
        <translation>選択した提携先または協定のブリーフィングシートをPDFで保存します</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Edit menu: undo the last change (a verb).</extracomment>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>Edit menu: redo the change just undone (a verb).</extracomment>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <extracomment>Edit menu: put the cursor in the search field (a verb).</extracomment>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Search partners, agreements and documents</source>
        <translation>提携先・協定・文書を検索します</translation>
    </message>
    <message>
        <source>&amp;All Agreements</source>
        <extracomment>View menu: show every agreement, whatever partner is selected.</extracomment>
        <translation>すべての協定(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <extracomment>View menu: read the records again from the library (a verb).</extracomment>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <extracomment>View menu: open the trash of deleted records (a noun).</extracomment>
        <translation>ごみ箱(&amp;T)…</translation>
    </message>
    <message>
        <source>Deleted partners, agreements and documents: restore or delete for good</source>
        <translation>削除した提携先、協定、文書: 復元または完全に削除</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>File menu: close Accord (a verb).</extracomment>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Accord</source>
        <extracomment>Help menu: the About box.</extracomment>
        <translation>Accord について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <extracomment>Help menu: the About box of the Qt toolkit.</extracomment>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Show Japanese &amp;Era Dates</source>
        <extracomment>View menu, a checkable option: long dates also give the Japanese era year, 2014年7月23日（平成26年）.</extracomment>
        <translation>和暦を併記(&amp;E)</translation>
    </message>
    <message>
        <source>Add the Japanese era year to the dates of the detail panel</source>
        <translation>詳細欄の日付に和暦の年を併記します</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu title.</extracomment>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Menu title (the Edit menu, not the verb).</extracomment>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>Menu title (the View menu, not the verb).</extracomment>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>Menu title.</extracomment>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Name of the toolbar that holds the search field (shown in the toolbars&apos; context menu).</extracomment>
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>WindowStatusBar</name>
    <message>
        <source>Library: {path}</source>
        <translation>ライブラリ: {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <extracomment>Status bar: how many partners the library has.</extracomment>
        <translation>
            <numerusform>提携先 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <extracomment>Status bar: how many agreements the library has.</extracomment>
        <translation>
            <numerusform>協定 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} shown</source>
        <extracomment>Status bar: how many agreements the table shows (a search may hide some).</extracomment>
        <translation>{n}件を表示</translation>
    </message>
</context>
<context>
    <name>agreements</name>
    <message>
        <source>“{sort}” is not a sort of the agreement view.</source>
        <translation>「{sort}」は協定一覧の並べ替え方法ではありません。</translation>
    </message>
    <message>
        <source>{order} does not order every agreement type once.</source>
        <translation>{order} は協定の種類をそれぞれ一度ずつ並べていません。</translation>
    </message>
    <message>
        <source>There is no agreement with ID {agreement_id}.</source>
        <translation>ID {agreement_id} の協定はありません。</translation>
    </message>
    <message>
        <source>The chosen partner no longer exists.</source>
        <translation>選んだ提携先はもう存在しません。</translation>
    </message>
    <message>
        <source>An agreement needs a title.</source>
        <translation>協定には協定名が必要です。</translation>
    </message>
    <message>
        <source>An agreement needs the date it was signed.</source>
        <translation>協定には締結日が必要です。</translation>
    </message>
    <message>
        <source>An agreement cannot supersede itself.</source>
        <translation>協定を自分自身の旧協定にすることはできません。</translation>
    </message>
    <message>
        <source>There is no agreement with ID {supersedes} to supersede.</source>
        <translation>旧協定とする ID {supersedes} の協定はありません。</translation>
    </message>
    <message>
        <source>{partner_name} already has “{title}” signed on {isoformat} (ID {id}).</source>
        <translation>{partner_name} には {isoformat} 締結の「{title}」がすでにあります（ID {id}）。</translation>
    </message>
    <message>
        <source>The agreement “{title}”</source>
        <translation>協定「{title}」</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>バージョン番号を表示して終了します</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了します</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>%(parser_name)r というコマンドはありません（選択肢: %(choices)s）</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; を開けません: %(error)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数があります: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>引数 %s と同時には指定できません</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>指定された引数 %r は使われません</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>引数 %s のいずれかが必要です</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>引数が1つ必要です</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>引数は1つまでです</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>引数が1つ以上必要です</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>引数が %s 個必要です</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>引数が %s 個必要です</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>オプション %(option)s があいまいです。候補: %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>予期しないオプションです: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(type)s の値として正しくありません: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>%(value)r は選択できません（%(choices)s から選んでください）</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: エラー: %(message)s
</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>The records are kept on a database server, which is backed up with its own tools (pg_dump), not by Accord.</source>
        <translation>記録はデータベースサーバーに保存されています。サーバーのバックアップは Accord ではなく、サーバー側のツール（pg_dump）で行ってください。</translation>
    </message>
    <message>
        <source>The archive cannot be written in {parent}: {reason}.</source>
        <translation>{parent} にアーカイブを書き込めません: {reason}。</translation>
    </message>
    <message>
        <source>No archive was written: the stored document {names} is not the document its name says (changed since it was attached); run accord check to see its records.</source>
        <translation>アーカイブは書き込まれていません。保存された文書 {names} は名前が示す文書ではありません（添付後に変更されています）。accord check を実行して、その記録を確認してください。</translation>
    </message>
    <message>
        <source>{folder} is not a folder; name a folder or a .zip file for the archive.</source>
        <translation>{folder} はフォルダーではありません。アーカイブの保存先にはフォルダーか .zip ファイルを指定してください。</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>バックアップを取り消しました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>The archive {target} cannot be written: {reason}.</source>
        <translation>アーカイブ {target} を書き込めません: {reason}。</translation>
    </message>
    <message>
        <source>The library could not be restored ({reason}){where}.</source>
        <translation>ライブラリを復元できませんでした（{reason}）{where}。</translation>
    </message>
    <message>
        <source>The library was restored, but the files the archive does not hold could not all be moved out of its attachments folder to {aside} ({reason}).</source>
        <translation>ライブラリを復元しましたが、アーカイブに含まれないファイルの一部を添付ファイルフォルダーから {aside} へ移動できませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>the previous library is kept in</source>
        <translation>以前のライブラリの保管先は</translation>
    </message>
    <message>
        <source>the damaged database is kept in</source>
        <translation>破損したデータベースの保管先は</translation>
    </message>
    <message>
        <source>The library could not be fully restored ({reason}); {previous} {kept}.</source>
        <translation>ライブラリを完全には復元できませんでした（{reason}）。{previous} {kept} です。</translation>
    </message>
    <message>
        <source>The library could not be fully restored ({lower}{why}); {previous} {kept}.</source>
        <translation>ライブラリを完全には復元できませんでした（{lower}{why}）。{previous} {kept} です。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created: {reason}.</source>
        <translation>フォルダー {folder} を作成できません: {reason}。</translation>
    </message>
    <message>
        <source>An archive cannot be kept inside the library&apos;s attachments folder.</source>
        <translation>ライブラリの添付ファイルフォルダーの中にはアーカイブを保存できません。</translation>
    </message>
    <message>
        <source>The archived document “{path}” changed while restoring.</source>
        <translation>アーカイブ内の文書「{path}」が復元中に変更されました。</translation>
    </message>
    <message>
        <source>The archive {name} holds “{filename}” twice.</source>
        <translation>アーカイブ {name} に「{filename}」が2回含まれています。</translation>
    </message>
    <message>
        <source>The archive {name} holds “{filename}”, which its manifest does not list, so it is not restored from.</source>
        <translation>アーカイブ {name} にはマニフェストにない「{filename}」が含まれているため、このアーカイブからは復元しません。</translation>
    </message>
    <message>
        <source>The archive {name} is missing “{missing}”.</source>
        <translation>アーカイブ {name} に「{missing}」がありません。</translation>
    </message>
    <message>
        <source>The archive {name} holds no database.</source>
        <translation>アーカイブ {name} にデータベースが含まれていません。</translation>
    </message>
    <message>
        <source>The database in the archive {name} is damaged: {problems}</source>
        <translation>アーカイブ {name} のデータベースが破損しています: {problems}</translation>
    </message>
    <message>
        <source>The archive {name} does not match its manifest (schema).</source>
        <translation>アーカイブ {name} がマニフェスト（スキーマ）と一致しません。</translation>
    </message>
    <message>
        <source>The archive {name} was made by a newer version of Accord (schema {revision}); install that version to restore it.</source>
        <translation>アーカイブ {name} は新しいバージョンの Accord で作成されています（スキーマ {revision}）。復元するには、そのバージョンをインストールしてください。</translation>
    </message>
    <message>
        <source>There is no archive {path}.</source>
        <translation>アーカイブ {path} はありません。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup archive.</source>
        <translation>{path} はフォルダーで、バックアップアーカイブではありません。</translation>
    </message>
    <message>
        <source>The archive {path} cannot be read: {reason}.</source>
        <translation>アーカイブ {path} を読み取れません: {reason}。</translation>
    </message>
    <message>
        <source>{name} is not an Accord backup archive, or it is damaged or incomplete.</source>
        <translation>{name} は Accord のバックアップアーカイブではないか、破損しているか不完全です。</translation>
    </message>
    <message>
        <source>{name} is not an Accord backup archive (it has no manifest).</source>
        <translation>{name} は Accord のバックアップアーカイブではありません（マニフェストがありません）。</translation>
    </message>
    <message>
        <source>The manifest of the archive {name} is damaged.</source>
        <translation>アーカイブ {name} のマニフェストが破損しています。</translation>
    </message>
    <message>
        <source>The archive {name} was made by a newer version of Accord (archive format {version}); install that version to restore it.</source>
        <translation>アーカイブ {name} は新しいバージョンの Accord で作成されています（アーカイブ形式 {version}）。復元するには、そのバージョンをインストールしてください。</translation>
    </message>
    <message>
        <source>The archive {name} names “{path}”, which is not a file of a library, so it is not restored from.</source>
        <translation>アーカイブ {name} にはライブラリのファイルではない「{path}」が記載されているため、このアーカイブからは復元しません。</translation>
    </message>
    <message>
        <source>The archive {name} holds “{name2}”, which could be written outside the library, so it is not restored from.</source>
        <translation>アーカイブ {name} にはライブラリの外に書き込まれるおそれのある「{name2}」が含まれているため、このアーカイブからは復元しません。</translation>
    </message>
    <message>
        <source>The archive {name} is damaged: “{path}” cannot be read back.</source>
        <translation>アーカイブ {name} が破損しています: 「{path}」を読み戻せません。</translation>
    </message>
    <message>
        <source>The archive {name} is damaged: “{path}” differs from its manifest.</source>
        <translation>アーカイブ {name} が破損しています: 「{path}」がマニフェストと一致しません。</translation>
    </message>
    <message>
        <source>The archive {name} is damaged: “{path}” is not the document its name says.</source>
        <translation>アーカイブ {name} が破損しています: 「{path}」は名前が示す文書ではありません。</translation>
    </message>
    <message>
        <source>The backups folder {backups} cannot be created: {reason}.</source>
        <translation>バックアップフォルダー {backups} を作成できません: {reason}。</translation>
    </message>
    <message>
        <source>No backup can be written in {parent}: {reason}.</source>
        <translation>{parent} にバックアップを書き込めません: {reason}。</translation>
    </message>
    <message>
        <source>The database {database} is damaged ({problem_reason}), so no backup of it was made.</source>
        <translation>データベース {database} が破損しているため（{problem_reason}）、バックアップは作成されませんでした。</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation>バックアップを取り消しました。何も保管されていません。</translation>
    </message>
    <message>
        <source>The database cannot be copied: {sqlite_reason}.</source>
        <translation>データベースをコピーできません: {sqlite_reason}。</translation>
    </message>
    <message>
        <source>The database cannot be read: {sqlite_reason}.</source>
        <translation>データベースを読み取れません: {sqlite_reason}。</translation>
    </message>
    <message>
        <source>The database {database} is damaged ({why}); </source>
        <translation>データベース {database} が破損しています（{why}）。</translation>
    </message>
    <message>
        <source>The database {database} cannot be opened ({why}), so it is damaged; </source>
        <translation>データベース {database} を開けないため（{why}）、破損しています。</translation>
    </message>
    <message>
        <source>restore it from a backup archive with “accord --library {where} restore ARCHIVE.zip”, or move it away to start a new library.</source>
        <translation>「accord --library {where} restore ARCHIVE.zip」でバックアップアーカイブから復元するか、ファイルを移動して新しいライブラリを始めてください。</translation>
    </message>
    <message>
        <source> (made {when} UTC)</source>
        <translation>（{when} UTC 作成）</translation>
    </message>
    <message>
        <source>the newest automatic backup of it is {snapshot}{when}, and “accord --library {where} restore {shell_word}” puts it back, keeping the damaged file in backups/.</source>
        <translation>最新の自動バックアップは {snapshot}{when} です。「accord --library {where} restore {shell_word}」で元に戻せます（破損したファイルは backups/ に保管されます）。</translation>
    </message>
    <message>
        <source>The damaged database cannot be kept in {parent}: {reason}; nothing was restored.</source>
        <translation>破損したデータベースを {parent} に保管できません: {reason}。何も復元されていません。</translation>
    </message>
    <message>
        <source>; the unusable database is kept in {kept}</source>
        <translation>。使えなくなったデータベースは {kept} に保管されています</translation>
    </message>
    <message>
        <source>; the library&apos;s database was left as it was</source>
        <translation>。ライブラリのデータベースは元のままです</translation>
    </message>
    <message>
        <source>The library path {target} is a file, not a folder.</source>
        <translation>ライブラリのパス {target} はファイルで、フォルダーではありません。</translation>
    </message>
    <message>
        <source>There is no backup {path}.</source>
        <translation>バックアップ {path} はありません。</translation>
    </message>
    <message>
        <source>The backup {name} cannot be read: {lower}</source>
        <translation>バックアップ {name} を読み取れません: {lower}</translation>
    </message>
    <message>
        <source>The backup {name} is damaged: {problems}</source>
        <translation>バックアップ {name} が破損しています: {problems}</translation>
    </message>
    <message>
        <source>{name} is a database, but not an Accord library&apos;s.</source>
        <translation>{name} はデータベースですが、Accord のライブラリのものではありません。</translation>
    </message>
    <message>
        <source>The backup {name} was made by a newer version of Accord (schema {revision}); install that version to restore it.</source>
        <translation>バックアップ {name} は新しいバージョンの Accord で作成されています（スキーマ {revision}）。復元するには、そのバージョンをインストールしてください。</translation>
    </message>
    <message>
        <source>{name} is the library&apos;s own database, not a backup of it.</source>
        <translation>{name} はライブラリ自身のデータベースで、そのバックアップではありません。</translation>
    </message>
    <message>
        <source>the previous one is kept in</source>
        <translation>以前のデータベースの保管先は</translation>
    </message>
    <message>
        <source>the damaged one is kept in</source>
        <translation>破損したデータベースの保管先は</translation>
    </message>
    <message>
        <source>The database could not be restored ({rstrip}); {previous} {kept}.</source>
        <translation>データベースを復元できませんでした（{rstrip}）。{previous} {kept} です。</translation>
    </message>
    <message>
        <source>The database could not be restored ({reason}){where}.</source>
        <translation>データベースを復元できませんでした（{reason}）{where}。</translation>
    </message>
    <message>
        <source>The records are kept on a database server, which is restored with its own tools (pg_restore), not by Accord.</source>
        <translation>記録はデータベースサーバーに保存されています。サーバーの復元は Accord ではなく、サーバー側のツール（pg_restore）で行ってください。</translation>
    </message>
    <message>
        <source>The library at {root} is read-only, so nothing can be restored into it; Accord needs to write in the library folder.</source>
        <translation>{root} のライブラリは読み取り専用のため、復元できません。Accord はライブラリのフォルダーに書き込める必要があります。</translation>
    </message>
    <message>
        <source>it cannot be opened ({reason}).</source>
        <translation>開くことができません（{reason}）。</translation>
    </message>
    <message>
        <source>it cannot be read ({reason}).</source>
        <translation>読み取ることができません（{reason}）。</translation>
    </message>
</context>
<context>
    <name>briefing</name>
    <message>
        <source>None of the chosen agreements is in use.</source>
        <translation>選んだ協定はどれも使われていません。</translation>
    </message>
    <message>
        <source>Name a partner.</source>
        <translation>提携先の名前を指定してください。</translation>
    </message>
    <message>
        <source>“{text}” could be {choices}: type more of the name.</source>
        <translation>「{text}」に当たる提携先が複数あります（{choices}）。名前をもっと入力してください。</translation>
    </message>
    <message>
        <source>There is no partner named “{text}”.</source>
        <translation>「{text}」という提携先はありません。</translation>
    </message>
    <message>
        <source>There is no partner named “{text}”; did you mean {choices}?</source>
        <translation>「{text}」という提携先はありません。{choices}のことですか。</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>ほか{n}件</translation>
    </message>
    <message>
        <source>{list} or {last}</source>
        <extracomment>The last two of a list of choices: &quot;Paris, Seoul or Berlin&quot;.</extracomment>
        <translation>{list}、{last}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <extracomment>A document&apos;s length on the sheet.</extracomment>
        <translation>
            <numerusform>%nページ</numerusform>
        </translation>
    </message>
    <message>
        <source>Briefing sheet · as of {date}</source>
        <extracomment>The kind of document, above the partner&apos;s name; {date} the day it was made.</extracomment>
        <translation>ブリーフィングシート · {date}現在</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>Affiliated since</source>
        <translation>提携日</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>通知期限</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>期限満了</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>{years} years since signing</source>
        <extracomment>An anniversary ahead; {years} is a number (10, 30).</extracomment>
        <translation>締結{years}周年</translation>
    </message>
    <message>
        <source>{years} years since affiliation</source>
        <extracomment>A partner&apos;s anniversary ahead; {years} is a number (10, 30).</extracomment>
        <translation>提携{years}周年</translation>
    </message>
    <message>
        <source>Coming up in the next 12 months</source>
        <extracomment>Heading of the dates ahead (notice deadlines, expiries, anniversaries).</extracomment>
        <translation>今後12か月の予定</translation>
    </message>
    <message>
        <source>Nothing in the next 12 months.</source>
        <translation>今後12か月の予定はありません。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Agreement or partner</source>
        <translation>協定・提携先</translation>
    </message>
    <message>
        <source>Agreements</source>
        <extracomment>Heading of the table of agreements on a briefing sheet.</extracomment>
        <translation>協定</translation>
    </message>
    <message>
        <source>No agreements in use.</source>
        <translation>使われている協定はありません。</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Table heading: the agreement&apos;s number on the sheet.</extracomment>
        <translation>番号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>協定名</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>締結日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>締結地</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>発効日</translation>
    </message>
    <message>
        <source>Expires on</source>
        <extracomment>An agreement without an end date.</extracomment>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>更新期間</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>通知期間</translation>
    </message>
    <message>
        <source>{date}: {event}</source>
        <extracomment>An event of an agreement: {date} when, {event} what (Renewed, Amended, Terminated).</extracomment>
        <translation>{date} {event}</translation>
    </message>
    <message>
        <source>(until {date})</source>
        <extracomment>After &quot;Renewed&quot;: the end date the renewal set.</extracomment>
        <translation>（{date}まで）</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <extracomment>A renewal Accord made by the agreement&apos;s own terms.</extracomment>
        <translation>（自動）</translation>
    </message>
    <message>
        <source>Partner</source>
        <extracomment>The row naming an agreement&apos;s partner, on a sheet of agreements of several partners.</extracomment>
        <translation>提携先</translation>
    </message>
    <message>
        <source>Signed for the office</source>
        <translation>当方の署名者</translation>
    </message>
    <message>
        <source>Signed for the partner</source>
        <translation>相手方の署名者</translation>
    </message>
    <message>
        <source>Responsible staff</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation>協力分野</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>経緯</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>置き換え前の協定</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>置き換え後の協定</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>The briefing sheet cannot be written to {path} ({reason}).</source>
        <extracomment>{path} the PDF asked for; {reason} the system&apos;s words, in English.</extracomment>
        <translation>ブリーフィングシートを {path} に書き出せません（{reason}）。</translation>
    </message>
    <message>
        <source>The briefing sheet was not written.</source>
        <translation>ブリーフィングシートは書き出していません。</translation>
    </message>
    <message>
        <source>{title} · Briefing sheet</source>
        <extracomment>Footer of each page of a briefing sheet; {title} the partner&apos;s name.</extracomment>
        <translation>{title} · ブリーフィングシート</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <extracomment>Footer of each page of a briefing sheet.</extracomment>
        <translation>{page} / {pages} ページ</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>database: integrity_check and foreign_key_check</source>
        <translation>データベースの整合性</translation>
    </message>
    <message>
        <source>The documents cannot be listed, because the database is damaged.</source>
        <translation>データベースが破損しているため、文書を一覧にできません。</translation>
    </message>
    <message>
        <source>The documents cannot be listed: {exc}</source>
        <translation>文書を一覧にできません: {exc}</translation>
    </message>
    <message>
        <source>Document {id} “{name}” of agreement {agreement}</source>
        <translation>協定 {agreement} の文書 {id}「{name}」</translation>
    </message>
    <message>
        <source>Document {id} “{name}” of agreement {agreement} (in the trash)</source>
        <translation>協定 {agreement} の文書 {id}「{name}」（ごみ箱内）</translation>
    </message>
    <message>
        <source>{label}: its stored file is missing from the database.</source>
        <translation>{label}: 保存されたファイルがデータベースにありません。</translation>
    </message>
    <message>
        <source>{label}: its stored file in the database has changed (its size or SHA-256 differs from the recorded one).</source>
        <translation>{label}: データベース内の保存されたファイルが変わっています（サイズまたは SHA-256 が記録と異なります）。</translation>
    </message>
    <message>
        <source>The stored files cannot be read: {exc}</source>
        <translation>保存されたファイルを読み取れません: {exc}</translation>
    </message>
    <message>
        <source>stored files in the database</source>
        <translation>データベース内の保存されたファイル</translation>
    </message>
    <message>
        <source>The stored file {sha256} in the database is used by no record.</source>
        <translation>データベース内の保存されたファイル {sha256} はどの記録にも使われていません。</translation>
    </message>
    <message>
        <source>{label}: its stored file {stored_path} is missing.</source>
        <translation>{label}: 保存されたファイル {stored_path} がありません。</translation>
    </message>
    <message>
        <source>{label}: its stored file has {size} bytes where {size2} were recorded.</source>
        <translation>{label}: 保存されたファイルが {size} バイトで、記録の {size2} バイトと異なります。</translation>
    </message>
    <message>
        <source>{label}: its stored file cannot be read: {reason}.</source>
        <translation>{label}: 保存されたファイルを読み取れません: {reason}。</translation>
    </message>
    <message>
        <source>{label}: its stored file has changed (SHA-256 differs).</source>
        <translation>{label}: 保存されたファイルが変更されています（SHA-256 が異なります）。</translation>
    </message>
    <message>
        <source>The file {relative} in the library is used by no record.</source>
        <translation>ライブラリ内のファイル {relative} はどの記録にも使われていません。</translation>
    </message>
    <message>
        <source>The stored file is missing from the library folder.</source>
        <translation>保存されたファイルがライブラリのフォルダーにありません。</translation>
    </message>
    <message>
        <source>The stored file has changed since it was attached (its SHA-256 differs), so it may not be the signed text.</source>
        <translation>保存されたファイルが添付後に変更されている（SHA-256 が異なる）ため、署名された文書ではない可能性があります。</translation>
    </message>
    <message>
        <source>The stored file cannot be read.</source>
        <translation>保存されたファイルを読み取れません。</translation>
    </message>
    <message>
        <source>The stored file is missing from the database.</source>
        <translation>保存されたファイルがデータベースにありません。</translation>
    </message>
    <message>
        <source>The stored file in the database has changed since it was attached (its SHA-256 differs), so it cannot be opened as the signed text.</source>
        <translation>データベース内の保存されたファイルは添付後に変わっている（SHA-256 が異なる）ため、署名された文書として開けません。</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {reason}.</source>
        <translation>ファイル {name} を読み取れません: {reason}。</translation>
    </message>
    <message>
        <source>{name} is not the file that was attached as “{original_name}” (its SHA-256 differs).</source>
        <translation>{name} は「{original_name}」として添付されたファイルではありません（SHA-256 が異なります）。</translation>
    </message>
    <message>
        <source>There is no document with ID {document_id}.</source>
        <translation>ID {document_id} の文書はありません。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{prog}: {message} (see “{prog} --help”).</source>
        <translation>{prog}: {message}。「{prog} --help」を参照してください。</translation>
    </message>
    <message>
        <source>Records of partners, agreements and their signed documents.</source>
        <translation>提携先、協定と署名済み文書の記録を管理します。</translation>
    </message>
    <message>
        <source>library folder (default: $ACCORD_LIBRARY unless empty, else the per-user data folder)</source>
        <translation>ライブラリのフォルダー（既定: 空でなければ $ACCORD_LIBRARY、それ以外はユーザーごとのデータフォルダー）</translation>
    </message>
    <message>
        <source>keep the records on a database server: postgresql+psycopg://user@host/database (or a SQLite file: sqlite:///path) (default: $ACCORD_DATABASE_URL unless empty, else SQLite in the library folder)</source>
        <translation>記録をデータベースサーバーに保存します: postgresql+psycopg://user@host/database（SQLite ファイルの場合は sqlite:///path）（既定: 空でなければ $ACCORD_DATABASE_URL、それ以外はライブラリのフォルダー内の SQLite）</translation>
    </message>
    <message>
        <source>render the main window to a PNG and exit</source>
        <translation>メインウィンドウを PNG に描画して終了します</translation>
    </message>
    <message>
        <source>language of the window and the messages (default: $ACCORD_LANGUAGE, else the window&apos;s choice, else the system&apos;s)</source>
        <translation>ウィンドウとメッセージの言語（既定: $ACCORD_LANGUAGE、なければウィンドウで選んだ言語、なければシステムの言語）</translation>
    </message>
    <message>
        <source>Saved a screenshot of the main window to {target}.</source>
        <translation>メインウィンドウのスクリーンショットを {target} に保存しました。</translation>
    </message>
    <message>
        <source>--library needs a folder</source>
        <translation>--library にはフォルダーを指定してください</translation>
    </message>
    <message>
        <source>--database-url needs a URL</source>
        <translation>--database-url には URL を指定してください</translation>
    </message>
    <message>
        <source>${name} holds only spaces; set it to a folder or leave it empty</source>
        <translation>${name} に空白しか入っていません。フォルダーを設定するか、空にしてください</translation>
    </message>
    <message>
        <source>${name} holds only spaces; set it to a URL or leave it empty</source>
        <translation>${name} に空白しか入っていません。URL を設定するか、空にしてください</translation>
    </message>
    <message>
        <source>--screenshot cannot be combined with a command</source>
        <translation>--screenshot はコマンドと同時には指定できません</translation>
    </message>
    <message>
        <source>the screenshot file must end in .png, not “{name}”</source>
        <translation>スクリーンショットのファイル名は「{name}」ではなく .png で終わる必要があります</translation>
    </message>
    <message>
        <source>Indexing the library for search: {percent}%</source>
        <translation>検索用にライブラリの索引を作成しています: {percent}%</translation>
    </message>
    <message>
        <source>accord: {damaged}</source>
        <translation>accord: {damaged}</translation>
    </message>
    <message>
        <source>Accord&apos;s window needs a graphical desktop, and none is available here (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation>Accord のウィンドウにはグラフィカルなデスクトップが必要ですが、ここでは使えません（DISPLAY も WAYLAND_DISPLAY も設定されていません）。</translation>
    </message>
    <message>
        <source>accord: {exc} (see “accord {command} --help”).</source>
        <translation>accord: {exc}。「accord {command} --help」を参照してください。</translation>
    </message>
    <message>
        <source>accord: {exc} (see “accord --help”).</source>
        <translation>accord: {exc}。「accord --help」を参照してください。</translation>
    </message>
    <message>
        <source>accord: {exc}</source>
        <translation>accord: {exc}</translation>
    </message>
    <message>
        <source>accord: interrupted.</source>
        <translation>accord: 中断しました。</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}: {exc}).</source>
        <translation>予期しないエラーが発生しました（{kind}: {exc}）。</translation>
    </message>
    <message>
        <source>accord: unexpected error ({kind}: {exc}).</source>
        <translation>accord: 予期しないエラーが発生しました（{kind}: {exc}）。</translation>
    </message>
    <message>
        <source>agreements (or partners) as CSV</source>
        <translation>協定（または提携先）を CSV に出力します</translation>
    </message>
    <message>
        <source>file to write; - is stdout (default)</source>
        <translation>書き込むファイル（- は標準出力、既定）</translation>
    </message>
    <message>
        <source>only this partner&apos;s agreements</source>
        <translation>この提携先の協定のみ</translation>
    </message>
    <message>
        <source>partners instead, with their agreement counts</source>
        <translation>協定の代わりに提携先を、協定数とともに出力します</translation>
    </message>
    <message>
        <source>utf-8-sig (default; Excel opens it correctly), utf-8, or cp932 (Shift_JIS)</source>
        <translation>utf-8-sig（既定。Excel で正しく開けます）、utf-8、または cp932（Shift_JIS）</translation>
    </message>
    <message>
        <source>the columns to write, in this order (names as in the header, any case); default: all</source>
        <translation>書き出す列をこの順に指定します（見出しの名前、大文字小文字は問いません）。既定: すべて</translation>
    </message>
    <message>
        <source>what separates the cells (default: comma)</source>
        <translation>セルの区切り文字（既定: コンマ）</translation>
    </message>
    <message>
        <source>iso: 2014-07-23 (default); slash: 2014/07/23</source>
        <translation>iso: 2014-07-23（既定）、slash: 2014/07/23</translation>
    </message>
    <message>
        <source>language of the column headings and of the types and relationships in the cells: en (default) or ja; import reads either</source>
        <translation>列見出しと、セル内の種類・関係の言語：en（既定）または ja。取り込みはどちらも読めます</translation>
    </message>
    <message>
        <source>--partner and --partners cannot be used together</source>
        <translation>--partner と --partners は同時に指定できません</translation>
    </message>
    <message>
        <source>--partner needs a partner&apos;s name</source>
        <translation>--partner には提携先の名前を指定してください</translation>
    </message>
    <message>
        <source>-o needs a file name, or - for standard output</source>
        <translation>-o にはファイル名を指定してください（標準出力の場合は -）</translation>
    </message>
    <message>
        <source>there is no standard output to write to; use -o FILE</source>
        <translation>書き込み先の標準出力がありません。-o FILE を指定してください</translation>
    </message>
    <message>
        <source>--columns: {lower}{sentence}</source>
        <translation>--columns: {lower}{sentence}</translation>
    </message>
    <message>
        <source>Exported {count} partners to {output}.</source>
        <translation>提携先 {count} 件を {output} に出力しました。</translation>
    </message>
    <message>
        <source>Exported {count} agreements to {output}.</source>
        <translation>協定 {count} 件を {output} に出力しました。</translation>
    </message>
    <message>
        <source>“{text}” is not a record ID (a whole number)</source>
        <translation>「{text}」は記録の ID（整数）ではありません</translation>
    </message>
    <message>
        <source>“{text}” is not a language code; give a two-letter ISO 639-1 code such as ja, ko or en</source>
        <translation>「{text}」は言語コードではありません。ja、ko、en のような 2 文字の ISO 639-1 コードを指定してください</translation>
    </message>
    <message>
        <source>{text} is not a record ID (IDs run from 1 upwards)</source>
        <translation>{text} は記録の ID ではありません（ID は 1 から始まります）</translation>
    </message>
    <message>
        <source>add a PDF document to an agreement</source>
        <translation>協定に PDF 文書を添付します</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>ISO 639-1, e.g. ko</source>
        <translation>ISO 639-1 の言語コード（例: ko）</translation>
    </message>
    <message>
        <source>what the document is to the agreement (default: signed_original)</source>
        <translation>協定に対する文書の役割（既定: signed_original）</translation>
    </message>
    <message>
        <source>password-protected</source>
        <extracomment>in place of the page count of a PDF whose pages cannot be counted</extracomment>
        <translation>パスワード保護あり</translation>
    </message>
    <message>
        <source>Attached {original_name} to agreement {agreement_id} as document {id} ({size} bytes, SHA-256 {sha256}, {lower}, {pages}).</source>
        <translation>{original_name} を協定 {agreement_id} に文書 {id} として添付しました（{size} バイト、SHA-256 {sha256}、{lower}、{pages}）。</translation>
    </message>
    <message>
        <source>the whole library (database and documents) as one zip archive with SHA-256 sums</source>
        <translation>ライブラリ全体（データベースと文書）を SHA-256 付きの1つの zip アーカイブにします</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>ファイル %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>文書 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>a .zip file, or a folder to write accord-library-&lt;time&gt;.zip in (default: the library&apos;s backups folder)</source>
        <translation>.zip ファイル、または accord-library-&lt;time&gt;.zip を書き込むフォルダー（既定: ライブラリのバックアップフォルダー）</translation>
    </message>
    <message>
        <source>The library is read-only (its folder cannot be written here), so no backup can be written in its backups folder; Accord needs to write in the library folder: name a folder you can write (accord backup DEST).</source>
        <translation>ライブラリは読み取り専用（ここではフォルダーに書き込めません）のため、バックアップフォルダーにバックアップを書き込めません。Accord はライブラリのフォルダーに書き込める必要があります。書き込めるフォルダーを指定してください（accord backup DEST）。</translation>
    </message>
    <message>
        <source>Backed up the library at {root} to {path} ({st_size} bytes, {files}: the database and {documents}).</source>
        <translation>{root} のライブラリを {path} にバックアップしました（{st_size} バイト、{files}: データベースと{documents}）。</translation>
    </message>
    <message>
        <source>integrity of the database and the documents</source>
        <translation>データベースと文書の整合性を検査します</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the library at {root}.</source>
        <translation>
            <numerusform>{root} のライブラリに %n 件の問題が見つかりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the library with the database {database}.</source>
        <translation>
            <numerusform>データベース {database} のライブラリに %n 件の問題が見つかりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the library with the database {database} and its documents in {root}.</source>
        <translation>
            <numerusform>データベース {database} と {root} の文書からなるライブラリに %n 件の問題が見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>also list what was checked</source>
        <translation>検査した項目も表示します</translation>
    </message>
    <message>
        <source>checked: {item}</source>
        <translation>検査済み: {item}</translation>
    </message>
    <message>
        <source>The library with the database {database} is in order.</source>
        <translation>データベース {database} のライブラリに問題はありません。</translation>
    </message>
    <message>
        <source>The library at {root} is in order.</source>
        <translation>{root} のライブラリに問題はありません。</translation>
    </message>
    <message>
        <source>The library with the database {database} and its documents in {root} is in order.</source>
        <translation>データベース {database} と {root} の文書からなるライブラリに問題はありません。</translation>
    </message>
    <message>
        <source>every change to an agreement (or a partner or document), oldest first</source>
        <translation>協定（または提携先、文書）のすべての変更を古い順に表示します</translation>
    </message>
    <message>
        <source>a partner&apos;s history</source>
        <translation>提携先の履歴</translation>
    </message>
    <message>
        <source>a document&apos;s history</source>
        <translation>文書の履歴</translation>
    </message>
    <message>
        <source>give one AGREEMENT_ID, or --partner ID, or --document ID</source>
        <translation>AGREEMENT_ID、--partner ID、--document ID のいずれか1つを指定してください</translation>
    </message>
    <message>
        <source>No changes are recorded for partner {ident}.</source>
        <translation>提携先 {ident} の変更は記録されていません。</translation>
    </message>
    <message>
        <source>No changes are recorded for document {ident}.</source>
        <translation>文書 {ident} の変更は記録されていません。</translation>
    </message>
    <message>
        <source>No changes are recorded for agreement {ident}.</source>
        <translation>協定 {ident} の変更は記録されていません。</translation>
    </message>
    <message>
        <source>agreements (and partners they name) from CSV, whole or not at all</source>
        <translation>CSV から協定（とその提携先）を取り込みます。すべて取り込むか、何も取り込まないかのどちらかです</translation>
    </message>
    <message>
        <source>CSV file, as export or Excel writes it</source>
        <translation>CSV ファイル（export または Excel で書き出したもの）</translation>
    </message>
    <message>
        <source>show what would be imported, row by row (implies --verbose); write nothing</source>
        <translation>取り込まれる内容を行ごとに表示し（--verbose を含みます）、何も書き込みません</translation>
    </message>
    <message>
        <source>list every row that adds a record (row, partner, title, date) or updates one (row, ID, each field: old → new)</source>
        <translation>記録を追加する行（行、提携先、協定名、日付）と更新する行（行、ID、各項目: 変更前 → 変更後）をすべて表示します</translation>
    </message>
    <message>
        <source>create the partners the file names and the library lacks</source>
        <translation>ファイルにあってライブラリにない提携先を作成します</translation>
    </message>
    <message>
        <source>how to read all-number dates such as 08/07/2021: day first or month first</source>
        <translation>08/07/2021 のような数字だけの日付の読み方: 日が先（dmy）か月が先（mdy）か</translation>
    </message>
    <message numerus="yes">
        <source>{count} partner(s)</source>
        <translation>
            <numerusform>提携先 {count} 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} more row(s)</source>
        <translation>
            <numerusform>ほか {count} 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) of the file rejected; nothing was imported.</source>
        <translation>
            <numerusform>ファイルの {count} 行が取込不可のため、何も取り込んでいません。</numerusform>
        </translation>
    </message>
    <message>
        <source>comma</source>
        <extracomment>a delimiter, in &quot;{delimiter}-separated&quot;</extracomment>
        <translation>コンマ</translation>
    </message>
    <message>
        <source>semicolon</source>
        <extracomment>a delimiter, in &quot;{delimiter}-separated&quot;</extracomment>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>tab</source>
        <extracomment>a delimiter, in &quot;{delimiter}-separated&quot;</extracomment>
        <translation>タブ</translation>
    </message>
    <message>
        <source>accord: {variable} is “{value}”, which is not a language Accord speaks ({languages}); it is ignored.</source>
        <translation>accord: {variable} の値「{value}」は Accord が話せる言語（{languages}）ではないため、無視します。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>{source}: partners, {encoding}, {delimiter}-separated.</source>
        <translation>{source}: 提携先、{encoding}、{delimiter}区切り。</translation>
    </message>
    <message>
        <source>{source}: agreements, {encoding}, {delimiter}-separated.</source>
        <translation>{source}: 協定、{encoding}、{delimiter}区切り。</translation>
    </message>
    <message>
        <source>The file</source>
        <extracomment>{source} of &quot;{source}: agreements, ...&quot;, when the file has no name</extracomment>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>追加 {add} 件、更新 {update} 件、変更なし {unchanged} 件、取込不可 {rejected} 件。</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <comment>a value quoted</comment>
        <extracomment>A field&apos;s value quoted in a list of changes (Japanese: 「{text}」).</extracomment>
        <translation>「{text}」</translation>
    </message>
    <message>
        <source>Columns not imported (unknown): {names}.</source>
        <translation>取り込まない列（不明）: {names}。</translation>
    </message>
    <message>
        <source>row {row}, column {column}: “{file_value}” looks damaged (characters lost to ?); the library&apos;s “{kept_value}” is kept.</source>
        <translation>{row} 行目、列 {column}: 「{file_value}」は破損しているようです（文字が ? に置き換わっています）。ライブラリの「{kept_value}」をそのまま使います。</translation>
    </message>
    <message>
        <source>New partners: {names}.</source>
        <translation>新しい提携先: {names}。</translation>
    </message>
    <message>
        <source>row {row}: add {what}</source>
        <translation>{row} 行目: 追加 {what}</translation>
    </message>
    <message>
        <source>row {row}: update ID {id}</source>
        <translation>{row} 行目: ID {id} を更新</translation>
    </message>
    <message>
        <source>    {column}: {old} → {new}</source>
        <extracomment>One change of an updated row: its {column}, the {old} and the {new} value.</extracomment>
        <translation>    {column}: {old}→{new}</translation>
    </message>
    <message>
        <source>(no details)</source>
        <translation>（詳細なし）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>a field&apos;s value that is empty, in a list of changes</extracomment>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>rows {first} and {more}, column {column}: {reason}</source>
        <translation>{first} 行目とほか {more}、列 {column}: {reason}</translation>
    </message>
    <message>
        <source>rows {first} and {more}: {reason}</source>
        <translation>{first} 行目とほか {more}: {reason}</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {reason}</source>
        <translation>{row} 行目、列 {column}: {reason}</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>{row} 行目: {reason}</translation>
    </message>
    <message>
        <source>accord: {sentence}</source>
        <translation>accord: {sentence}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>確認のみのため、何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The library changed while the file was read; it was matched again.</source>
        <translation>ファイルの読み込み中にライブラリが変更されたため、照合し直しました。</translation>
    </message>
    <message>
        <source>, {partners} created</source>
        <translation>、{partners}を作成</translation>
    </message>
    <message>
        <source>Imported: {len} added, {len2} updated, {unchanged} unchanged{created}.</source>
        <translation>取り込みました: 追加 {len} 件、更新 {len2} 件、変更なし {unchanged} 件{created}。</translation>
    </message>
    <message>
        <source>To read all-number dates one way, give --date-order dmy (day first) or --date-order mdy (month first).</source>
        <translation>数字だけの日付をどちらか一方の順序で読むには、--date-order dmy（日が先）または --date-order mdy（月が先）を指定してください。</translation>
    </message>
    <message>
        <source>The file names {count} the library does not have; nothing was imported (use --create-partners to create them).</source>
        <translation>ファイルにはライブラリにない{count}が含まれているため、何も取り込んでいません（作成するには --create-partners を指定してください）。</translation>
    </message>
    <message>
        <source>replace the library by a backup archive (.zip), or its database by a snapshot from backups/ (.sqlite3); verified first, the current one is kept</source>
        <translation>ライブラリをバックアップアーカイブ（.zip）で、またはデータベースを backups/ のスナップショット（.sqlite3）で置き換えます。事前に検査し、現在のものは保管します</translation>
    </message>
    <message numerus="yes">
        <source>Restored the library at {root} from {source}{made}: the database and %n document(s).</source>
        <translation>
            <numerusform>{root} のライブラリを {source}{made} から復元しました: データベースと文書 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>a .zip made by “accord backup”, or an accord-&lt;time&gt;-&lt;reason&gt;.sqlite3 snapshot from the library&apos;s backups folder</source>
        <translation>「accord backup」で作成した .zip、またはライブラリのバックアップフォルダーにある accord-&lt;time&gt;-&lt;reason&gt;.sqlite3 スナップショット</translation>
    </message>
    <message>
        <source> (made {when} UTC)</source>
        <translation>（{when} UTC 作成）</translation>
    </message>
    <message>
        <source>The previous library is kept in {kept}.</source>
        <translation>以前のライブラリは {kept} に保管されています。</translation>
    </message>
    <message>
        <source>Restored the database of the library at {root} from {source}{made}; the documents in its attachments folder were not changed (“accord check” compares them with the restored records).</source>
        <translation>{root} のライブラリのデータベースを {source}{made} から復元しました。添付ファイルフォルダーの文書は変更していません（「accord check」で復元した記録と照合できます）。</translation>
    </message>
    <message>
        <source>The previous database is kept in {kept}.</source>
        <translation>以前のデータベースは {kept} に保管されています。</translation>
    </message>
    <message>
        <source>There was no library at {root} before, so there was nothing to keep.</source>
        <translation>{root} には以前ライブラリがなかったため、保管するものはありませんでした。</translation>
    </message>
    <message>
        <source>Files in its attachments folder that the archive does not hold were moved to {set_aside}.</source>
        <translation>添付ファイルフォルダーにあってアーカイブに含まれないファイルは {set_aside} に移動しました。</translation>
    </message>
    <message>
        <source>list what was deleted; --restore or --purge KIND ID, or --empty</source>
        <translation>ごみ箱の中身を表示します。--restore／--purge KIND ID で復元・完全削除、--empty で空にします。</translation>
    </message>
    <message>
        <source>partner</source>
        <extracomment>a kind of record, at the start of a line of the trash list (noun)</extracomment>
        <translation>提携先</translation>
    </message>
    <message>
        <source>agreement</source>
        <extracomment>a kind of record, at the start of a line of the trash list (noun)</extracomment>
        <translation>協定</translation>
    </message>
    <message>
        <source>document</source>
        <extracomment>a kind of record, at the start of a line of the trash list (noun)</extracomment>
        <translation>文書</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the trash.</source>
        <translation>
            <numerusform>ごみ箱に %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emptied the trash: %n item(s) deleted for good.</source>
        <translation>
            <numerusform>ごみ箱を空にしました: %n 件を完全に削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>bring a partner, agreement or document back, with what was deleted with it</source>
        <translation>提携先、協定、文書を、一緒に削除されたものとともに元に戻します</translation>
    </message>
    <message>
        <source>delete it for good, with what it holds (asks nothing; cannot be undone)</source>
        <translation>含まれるものとともに完全に削除します（確認なし。元に戻せません）</translation>
    </message>
    <message>
        <source>delete everything in the trash for good (asks nothing; cannot be undone)</source>
        <translation>ごみ箱の中身をすべて完全に削除します（確認なし。元に戻せません）</translation>
    </message>
    <message>
        <source>--{option}: “{kind}” is not a kind of record (partner, agreement or document)</source>
        <translation>--{option}: 「{kind}」は記録の種類ではありません（partner、agreement、document のいずれか）</translation>
    </message>
    <message>
        <source>Restored from the trash: {what}.</source>
        <translation>ごみ箱から復元しました: {what}。</translation>
    </message>
    <message>
        <source>Deleted for good: {what}.</source>
        <translation>完全に削除しました: {what}。</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>ごみ箱は空です。</translation>
    </message>
    <message>
        <source>{item}  deleted {when}Z by {user}</source>
        <translation>{item}  {when}Z に {user} が削除</translation>
    </message>
    <message>
        <source>{item}  deleted {when}Z</source>
        <translation>{item}  {when}Z に削除</translation>
    </message>
    <message>
        <source>  holds {holds}</source>
        <translation>  含まれるもの: {holds}</translation>
    </message>
    <message>
        <source>{kind} {id}{gap}“{name}” of “{parent}”</source>
        <translation>{kind} {id}{gap}「{parent}」の「{name}」</translation>
    </message>
    <message>
        <source>{kind} {id}{gap}“{name}”</source>
        <translation>{kind} {id}{gap}「{name}」</translation>
    </message>
    <message>
        <source>The trash is already empty.</source>
        <translation>ごみ箱はすでに空です。</translation>
    </message>
    <message>
        <source>{item} with {holds}</source>
        <translation>{item}（{holds}を含む）</translation>
    </message>
    <message>
        <source>accord: what this command reports could not be written to standard output ({why}); the exit code still says how the command went.</source>
        <translation>accord: このコマンドの結果を標準出力に書き込めませんでした（{why}）。コマンドの成否は終了コードで確認できます。</translation>
    </message>
    <message>
        <source>rebuild the search index</source>
        <translation>検索索引を再構築する</translation>
    </message>
    <message>
        <source>read every document&apos;s text from its PDF again first</source>
        <translation>先にすべての文書のテキストを PDF から読み直す</translation>
    </message>
    <message>
        <source>The search index holds {count} records and pages.</source>
        <translation>検索索引には記録とページが {count} 件あります。</translation>
    </message>
    <message>
        <source>partners, agreements and document pages that match a query (words, &quot;a phrase&quot;, -word, type:, partner:, lang:, year:, in:documents, in:records, is:notext)</source>
        <translation>検索条件に合う提携先・協定・文書のページ（語、&quot;語句&quot;、-語、type:、partner:、lang:、year:、in:documents、in:records、is:notext）</translation>
    </message>
    <message>
        <source>“{text}” is not a number of hits (1 or more)</source>
        <translation>「{text}」は件数（1 以上）ではありません</translation>
    </message>
    <message>
        <source>what to find</source>
        <translation>探す内容</translation>
    </message>
    <message>
        <source>agreements and pages shown at most (default {n})</source>
        <translation>表示する協定とページの上限（既定 {n}）</translation>
    </message>
    <message>
        <source>one JSON document</source>
        <translation>1 つの JSON 文書で出力する</translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>{page} ページ</translation>
    </message>
    <message>
        <source>{shown} of {count} agreements found (see --limit).</source>
        <translation>{count} 件の協定のうち {shown} 件を表示しました（--limit を参照）。</translation>
    </message>
    <message>
        <source>1 agreement found.</source>
        <translation>1 件の協定が見つかりました。</translation>
    </message>
    <message>
        <source>{count} agreements found.</source>
        <translation>{count} 件の協定が見つかりました。</translation>
    </message>
    <message>
        <source>{n} words past the first {max} were not searched.</source>
        <translation>最初の {max} 語より後の {n} 語は検索しませんでした。</translation>
    </message>
    <message>
        <source>the briefing sheet of a partner as PDF</source>
        <translation>提携先のブリーフィングシートをPDFで作成する</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the briefing sheet of {partner} to {path} (%n page(s)).</source>
        <extracomment>After accord briefing; {partner} the partner&apos;s name, {path} the PDF written.</extracomment>
        <translation>
            <numerusform>{partner}のブリーフィングシートを {path} に書き出しました（%nページ）。</numerusform>
        </translation>
    </message>
    <message>
        <source>the partner&apos;s name (English, Japanese or local), or a part of it</source>
        <translation>提携先の名前（英語・日本語・現地語）またはその一部</translation>
    </message>
    <message>
        <source>where to write the PDF (default: PARTNER-briefing.pdf here)</source>
        <translation>PDFの書き出し先（既定: このフォルダの PARTNER-briefing.pdf）</translation>
    </message>
    <message>
        <source>the briefing sheet&apos;s file must end in .pdf, not “{name}”</source>
        <translation>ブリーフィングシートのファイル名は .pdf で終わる必要があります（「{name}」ではなく）</translation>
    </message>
    <message>
        <source>notice deadlines and expiries ahead, recent expiries and anniversaries; --ics writes them for a calendar</source>
        <translation>今後の通知期限と満了日、最近の満了、記念日を表示（--ics でカレンダー用に出力）</translation>
    </message>
    <message>
        <source>“{text}” is not a number of days from 0 to {most}</source>
        <translation>「{text}」は0から{most}までの日数ではありません</translation>
    </message>
    <message>
        <source>notice deadlines and expiries within N days (default {n})</source>
        <translation>N日以内の通知期限と満了日（既定 {n}）</translation>
    </message>
    <message>
        <source>also write them as an iCalendar file (.ics) for a calendar</source>
        <translation>カレンダー用のiCalendarファイル（.ics）にも書き出す</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Wrote {n} dates to {target}.</source>
        <translation>{target} に予定{n}件を書き出しました。</translation>
    </message>
    <message>
        <source>each agreement&apos;s status today (in force, expiring, expired, renewed, superseded, terminated) with its dates</source>
        <translation>各協定の現在の状況（有効・期限間近・期限切れ・更新済み・置き換え済み・終了）と日付</translation>
    </message>
    <message>
        <source>only this partner&apos;s agreements (its name in any script)</source>
        <translation>この提携先の協定だけ（どの文字の名称でも可）</translation>
    </message>
    <message>
        <source>only agreements with this status (e.g. expiring)</source>
        <translation>この状況の協定だけ（例: 期限間近）</translation>
    </message>
    <message>
        <source>{total} agreements: {counts}.</source>
        <extracomment>The end of ``accord status``: {counts} is e.g. &quot;In force 18, Expiring 2&quot;.</extracomment>
        <translation>協定{total}件: {counts}。</translation>
    </message>
    <message>
        <source>copy the whole library (records, history, trash and documents) onto an empty server database (--to URL) or from one into a new folder (--from URL DIR), verified</source>
        <translation>ライブラリ全体（記録・履歴・ごみ箱・文書）を空のサーバーデータベースへ（--to URL）、またはサーバーから新しいフォルダーへ（--from URL DIR）コピーし、照合する</translation>
    </message>
    <message numerus="yes">
        <source>Copied {source} to {target} and compared every record and file: {records} rows and %n stored file(s) ({bytes} bytes).</source>
        <translation>
            <numerusform>{source} を {target} にコピーし、すべての記録とファイルを照合しました: {records} 行、保存ファイル %n 件（{bytes} バイト）。</numerusform>
        </translation>
    </message>
    <message>
        <source>the empty server database to copy the library onto</source>
        <translation>ライブラリのコピー先となる空のサーバーデータベース</translation>
    </message>
    <message>
        <source>the server database to copy a library from (into DIR)</source>
        <translation>ライブラリのコピー元となるサーバーデータベース（DIR にコピー）</translation>
    </message>
    <message>
        <source>with --from: the new or empty folder the library is copied into</source>
        <translation>--from と共に: ライブラリのコピー先となる新しいフォルダーまたは空のフォルダー</translation>
    </message>
    <message>
        <source>copy --from needs the folder to copy the library into (DIR)</source>
        <translation>copy --from にはライブラリのコピー先フォルダー（DIR）が必要です</translation>
    </message>
    <message>
        <source>copy --to copies the library in use; choose it with --library, not DIR</source>
        <translation>copy --to は使用中のライブラリをコピーします。DIR ではなく --library で選んでください</translation>
    </message>
    <message>
        <source>copy --to copies a library onto a PostgreSQL server; to copy it into another folder, use accord backup and accord restore, or copy the folder itself.</source>
        <translation>copy --to はライブラリを PostgreSQL サーバーへコピーするコマンドです（別のフォルダーへコピーするには accord backup と accord restore を使うか、フォルダーそのものをコピーしてください）。</translation>
    </message>
    <message>
        <source>{folder} is a file; copy --from needs a new or empty folder.</source>
        <translation>{folder} はファイルのため、使えません（copy --from には新しいフォルダーまたは空のフォルダーが必要です）。</translation>
    </message>
    <message>
        <source>The folder {folder} holds other files ({first}…), so nothing was copied into it; copy --from needs a new or empty folder.</source>
        <translation>フォルダー {folder} には他のファイル（{first}…）があるため、何もコピーしませんでした（copy --from には新しいフォルダーまたは空のフォルダーが必要です）。</translation>
    </message>
    <message>
        <source>set up a library on a PostgreSQL server (init), list its people (users), grant roles</source>
        <translation>PostgreSQLサーバーにライブラリを用意する(init)、利用者の一覧(users)、役割の付与(grant)</translation>
    </message>
    <message>
        <source>create or upgrade the library on a server, with its roles</source>
        <translation>サーバー上のライブラリを役割とともに作成または更新する</translation>
    </message>
    <message>
        <source>the database, as the server&apos;s administrator: postgresql+psycopg://dba@host/db</source>
        <translation>サーバー管理者として接続するデータベース: postgresql+psycopg://dba@host/db</translation>
    </message>
    <message>
        <source>the login role of the library&apos;s first administrator</source>
        <translation>ライブラリの最初の管理者のログインロール</translation>
    </message>
    <message>
        <source>set the administrator&apos;s password (from $ACCORD_NEW_PASSWORD, else asked)</source>
        <translation>管理者のパスワードを設定する($ACCORD_NEW_PASSWORD から、なければ入力を求める)</translation>
    </message>
    <message>
        <source>a new library without the built-in records (to copy one into it: accord copy)</source>
        <translation>組み込みの記録のない新しいライブラリ(accord copy でライブラリをコピーするため)</translation>
    </message>
    <message>
        <source>everyone with a role, and their roles</source>
        <translation>役割を持つ全員とその役割</translation>
    </message>
    <message>
        <source>give a person a role (administrators only)</source>
        <translation>利用者に役割を与える(管理者のみ)</translation>
    </message>
    <message>
        <source>the person&apos;s login role</source>
        <translation>利用者のログインロール</translation>
    </message>
    <message>
        <source>reader, editor, administrator, or none to take the role away</source>
        <translation>reader(閲覧者)、editor(編集者)、administrator(管理者)、または役割を外す none</translation>
    </message>
    <message>
        <source>set the person&apos;s password (from $ACCORD_NEW_PASSWORD, else asked)</source>
        <translation>その人のパスワードを設定する($ACCORD_NEW_PASSWORD から、なければ入力を求める)</translation>
    </message>
    <message>
        <source>Created an empty library on the server.</source>
        <translation>サーバー上に空のライブラリを作成しました。</translation>
    </message>
    <message>
        <source>Created the library on the server, with the built-in records.</source>
        <translation>サーバー上にライブラリを作成し、組み込みの記録を入れました。</translation>
    </message>
    <message>
        <source>Upgraded the library on the server from schema {old}.</source>
        <translation>サーバー上のライブラリをスキーマ {old} から更新しました。</translation>
    </message>
    <message>
        <source>The library on the server was set up already; its rights were applied again.</source>
        <translation>サーバー上のライブラリは用意済みだったため、権限を設定し直しました。</translation>
    </message>
    <message>
        <source>{name} is an administrator of the library.</source>
        <translation>{name} はライブラリの管理者です。</translation>
    </message>
    <message>
        <source>{name} is a new login role without a password: set one in psql with \password {quoted}, or run this again with --password.</source>
        <translation>{name} はパスワードのない新しいログインロールなので、psql で \password {quoted} を実行するか、--password を付けてもう一度実行してパスワードを設定してください。</translation>
    </message>
    <message>
        <source>Created the login role {name}.</source>
        <translation>ログインロール {name} を作成しました。</translation>
    </message>
    <message>
        <source>Set the password of {name}.</source>
        <translation>{name} のパスワードを設定しました。</translation>
    </message>
    <message>
        <source>--password needs a terminal to ask for the password, or the password in ACCORD_NEW_PASSWORD</source>
        <translation>--password には、パスワードを尋ねる端末か、ACCORD_NEW_PASSWORD に設定したパスワードが必要です</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新しいパスワード: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>もう一度同じパスワード: </translation>
    </message>
    <message>
        <source>the two passwords are empty or differ</source>
        <translation>パスワードが空か、2回の入力が一致しません</translation>
    </message>
    <message>
        <source>(cannot log in)</source>
        <translation>(ログイン不可)</translation>
    </message>
    <message>
        <source>Created the login role {name}, without a password: run this again with --password, or the server&apos;s administrator sets one in psql with \password {quoted}.</source>
        <translation>パスワードなしでログインロール {name} を作成したので、--password を付けてもう一度実行するか、サーバーの管理者が psql で \password {quoted} を実行してパスワードを設定してください。</translation>
    </message>
    <message>
        <source>{name} has no role in the library now.</source>
        <translation>{name} はライブラリでの役割を持たなくなりました。</translation>
    </message>
    <message>
        <source>{name}&apos;s role in the library is now {role}.</source>
        <translation>{name} のライブラリでの役割は{role}になりました。</translation>
    </message>
</context>
<context>
    <name>copy</name>
    <message>
        <source>The copy in {target} does not match the library it was copied from ({difference}); the original is unchanged.</source>
        <translation>{target} のコピーがコピー元のライブラリと一致しません（{difference}）が、元のライブラリは変更されていません。</translation>
    </message>
    <message>
        <source>{target} already holds records, so nothing was copied into it; a library is copied only into an empty one (a new folder, or a server database set up with accord server init --empty).</source>
        <translation>{target} にはすでに記録があるため、何もコピーしませんでした（ライブラリは空のライブラリ、つまり新しいフォルダーか accord server init --empty で準備したサーバーデータベースにのみコピーできます）。</translation>
    </message>
    <message>
        <source>The two libraries were made by different versions of Accord, so nothing was copied; open both with this version first.</source>
        <translation>2 つのライブラリは異なるバージョンの Accord で作成されているため、何もコピーしませんでした（先に両方をこのバージョンで開いてください）。</translation>
    </message>
    <message>
        <source>The stored file {path} cannot be read ({reason}), so nothing was copied; accord check tells what the library misses.</source>
        <translation>保存ファイル {path} を読み取れない（{reason}）ため、何もコピーしませんでした（ライブラリに欠けているものは accord check で確認できます）。</translation>
    </message>
    <message>
        <source>The stored file {stored_path} of {library} does not hold what was attached (its SHA-256 is not {sha256}), so nothing was copied; accord check tells what is damaged.</source>
        <translation>{library} の保存ファイル {stored_path} の内容が添付時と異なる（SHA-256 が {sha256} ではない）ため、何もコピーしませんでした（損傷箇所は accord check で確認できます）。</translation>
    </message>
    <message>
        <source>table {table}, row {key}</source>
        <translation>テーブル {table}、行 {key}</translation>
    </message>
    <message>
        <source>the stored file {stored_path}</source>
        <translation>保存ファイル {stored_path}</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>ID</source>
        <extracomment>Heading of a CSV report&apos;s column: the record&apos;s ID number in the library.</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Partner</source>
        <extracomment>Heading of a CSV report&apos;s column: the partner&apos;s English name.</extracomment>
        <translation>提携先</translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>Heading of a CSV report&apos;s column: the partner&apos;s country.</extracomment>
        <translation>国</translation>
    </message>
    <message>
        <source>Relationship</source>
        <extracomment>Heading of a CSV report&apos;s column: sister/friendship or cooperation partner.</extracomment>
        <translation>関係</translation>
    </message>
    <message>
        <source>Agreement</source>
        <extracomment>Heading of a CSV report&apos;s column: the agreement&apos;s title.</extracomment>
        <translation>協定名</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Heading of a CSV report&apos;s column: the agreement&apos;s type (memorandum, joint statement...).</extracomment>
        <translation>種類</translation>
    </message>
    <message>
        <source>Date signed</source>
        <extracomment>Heading of a CSV report&apos;s column: the date the agreement was signed.</extracomment>
        <translation>締結日</translation>
    </message>
    <message>
        <source>Areas</source>
        <extracomment>Heading of a CSV report&apos;s column: the agreement&apos;s areas of cooperation.</extracomment>
        <translation>協力分野</translation>
    </message>
    <message>
        <source>Documents</source>
        <extracomment>Heading of a CSV report&apos;s column: the file names of the agreement&apos;s documents.</extracomment>
        <translation>文書</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>Heading of a CSV report&apos;s column: free notes.</extracomment>
        <translation>備考</translation>
    </message>
    <message>
        <source>Local name</source>
        <extracomment>Heading of a CSV report&apos;s column: the partner&apos;s name in its own script.</extracomment>
        <translation>現地名</translation>
    </message>
    <message>
        <source>Expires on</source>
        <extracomment>Heading of a CSV report&apos;s column: the last day the agreement is in force (before Accord 0.7 &quot;Valid until&quot;, which an import still reads).</extracomment>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <extracomment>Heading of a CSV report&apos;s column: the ID of the earlier agreement this one replaces.</extracomment>
        <translation>旧協定</translation>
    </message>
    <message>
        <source>Office-language name</source>
        <extracomment>Heading of a CSV report&apos;s column: the partner&apos;s name in the office&apos;s own language.</extracomment>
        <translation>日本語名</translation>
    </message>
    <message>
        <source>Effective from</source>
        <extracomment>Heading of a CSV report&apos;s column: the day the agreement entered into force.</extracomment>
        <translation>発効日</translation>
    </message>
    <message>
        <source>Renewal</source>
        <extracomment>Heading of a CSV report&apos;s column: how it is renewed (no, automatic, by agreement).</extracomment>
        <translation>更新方法</translation>
    </message>
    <message>
        <source>Renewal term</source>
        <extracomment>Heading of a CSV report&apos;s column: how long each renewal runs (&quot;12 months&quot;).</extracomment>
        <translation>更新期間</translation>
    </message>
    <message>
        <source>Notice period</source>
        <extracomment>Heading of a CSV report&apos;s column: how long before the expiry notice is due.</extracomment>
        <translation>予告期間</translation>
    </message>
    <message>
        <source>Signatories (office)</source>
        <extracomment>Heading of a CSV report&apos;s column: who signed for the office (&quot;Name (Title); ...&quot;).</extracomment>
        <translation>署名者（当方）</translation>
    </message>
    <message>
        <source>Signatories (partner)</source>
        <extracomment>Heading of a CSV report&apos;s column: who signed for the partner (&quot;Name (Title); ...&quot;).</extracomment>
        <translation>署名者（相手方）</translation>
    </message>
    <message>
        <source>Place signed</source>
        <extracomment>Heading of a CSV report&apos;s column: where the agreement was signed.</extracomment>
        <translation>署名地</translation>
    </message>
    <message>
        <source>Responsible staff</source>
        <extracomment>Heading of a CSV report&apos;s column: the office&apos;s staff member in charge of it.</extracomment>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Events</source>
        <extracomment>Heading of a CSV report&apos;s column: the agreement&apos;s renewals, amendments, termination.</extracomment>
        <translation>経過</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Heading of a CSV report&apos;s column: the kind of partner (city, state, province...).</extracomment>
        <translation>区分</translation>
    </message>
    <message>
        <source>Date of affiliation</source>
        <extracomment>Heading of a CSV report&apos;s column: the date the partnership began.</extracomment>
        <translation>提携日</translation>
    </message>
    <message>
        <source>Agreements</source>
        <extracomment>Heading of a CSV report&apos;s column: the number of the partner&apos;s agreements.</extracomment>
        <translation>協定数</translation>
    </message>
    <message>
        <source>“{language}” is not a language of column headings; use {choices}.</source>
        <extracomment>{language} is what was asked for; {choices} the codes of the languages (en or ja).</extracomment>
        <translation>「{language}」は列見出しの言語ではありません。{choices} のどれかを指定してください。</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>January</source>
        <extracomment>A month&apos;s name, for dates written with {month_name} (23 July 2014).</extracomment>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>{yyyy}-{mm}-{dd}</source>
        <comment>table date</comment>
        <extracomment>How a date is shown in a table cell. Blanks: {yyyy} 2014, {mm} 07, {dd} 23, {m} 7, {d} 23, {month_name} July. Keep it short; it should sort as text.</extracomment>
        <translation>{yyyy}/{mm}/{dd}</translation>
    </message>
    <message>
        <source>{d} {month_name} {yyyy}</source>
        <comment>long date</comment>
        <extracomment>How a date is written in a sentence, a panel or a report. Blanks: {yyyy} 2014, {mm} 07, {dd} 23, {m} 7, {d} 23, {month_name} July (translated separately).</extracomment>
        <translation>{yyyy}年{m}月{d}日</translation>
    </message>
    <message>
        <source>{era} {year}</source>
        <comment>era year</comment>
        <extracomment>The Japanese era year of a date. Blanks: {era} the era in Latin letters (Heisei), {name} in kanji (平成), {year} the year of the era (1, 26), {nen} the same but 元 for year 1, as Japanese writes it (令和元年).</extracomment>
        <translation>{name}{nen}年</translation>
    </message>
    <message>
        <source>{date} ({era})</source>
        <comment>date with era</comment>
        <extracomment>A long date followed by its Japanese era year: {date} 23 July 2014, {era} Heisei 26.</extracomment>
        <translation>{date}（{era}）</translation>
    </message>
    <message>
        <source>such as 2014-07-23, 2014/7/23, July 23, 2014 or 2014年7月23日</source>
        <translation>例: 2014-07-23、2014/7/23、July 23, 2014、2014年7月23日</translation>
    </message>
    <message>
        <source>choose the day/month order.</source>
        <extracomment>The end of the sentence refusing an all-number date that reads both ways; the command line recognises it to name its ``--date-order`` option.</extracomment>
        <translation>日と月の順序を選んでください。</translation>
    </message>
    <message>
        <source>No date was given.</source>
        <translation>日付が入力されていません。</translation>
    </message>
    <message>
        <source>“{shown}” says {day_name}, but {isoformat} is a {day_name2}.</source>
        <translation>「{shown}」には {day_name} とありますが、{isoformat} は {day_name2} です。</translation>
    </message>
    <message>
        <source>“{shown}” is not a date in a form Accord reads ({examples}).</source>
        <translation>「{shown}」は Accord が読める形式の日付ではありません（{examples}）。</translation>
    </message>
    <message>
        <source>“{shown}” could be {day_month} or {month_day}; {choose}</source>
        <translation>「{shown}」は{day_month}とも{month_day}とも読めます。{choose}</translation>
    </message>
    <message>
        <source>{day} {month_name}</source>
        <comment>a day and month, day first</comment>
        <extracomment>A day and month, no year. Blanks: {day} 8, {month} 7, {month_name} July.</extracomment>
        <translation>{month}月{day}日</translation>
    </message>
    <message>
        <source>{month_name} {day}</source>
        <comment>a month and day, month first</comment>
        <extracomment>A month and day, no year. Blanks: {day} 7, {month} 8, {month_name} August.</extracomment>
        <translation>{month}月{day}日</translation>
    </message>
    <message>
        <source>{shown} is not a date: neither {first} nor {second} is a month.</source>
        <translation>{shown} は日付ではありません: {first} も {second} も月ではありません。</translation>
    </message>
    <message>
        <source>{shown} is not a date: there is no year 0 of {era_names}.</source>
        <translation>{shown} は日付ではありません: {era_names}0年はありません。</translation>
    </message>
    <message>
        <source>{shown} is not a date: the {era_names} era began on {isoformat}.</source>
        <translation>{shown} は日付ではありません: {era_names}は {isoformat} に始まりました。</translation>
    </message>
    <message>
        <source>{shown} is not a date: the {era_names} era ended on {isoformat}.</source>
        <translation>{shown} は日付ではありません: {era_names}は {isoformat} に終わりました。</translation>
    </message>
    <message>
        <source>{shown} is in Japan&apos;s old lunisolar calendar (before 1873); write the date in the Western calendar.</source>
        <translation>{shown} は明治6年（1873年）より前の旧暦の日付です。西暦で入力してください。</translation>
    </message>
    <message>
        <source>“{shown}” has a two-digit year; write the year in full.</source>
        <translation>「{shown}」は年が2桁です。年を4桁で入力してください。</translation>
    </message>
    <message>
        <source>“{shown}” has no year.</source>
        <translation>「{shown}」には年がありません。</translation>
    </message>
    <message>
        <source>“{shown}” has no day.</source>
        <translation>「{shown}」には日がありません。</translation>
    </message>
    <message>
        <source>{shown} is not a date: there is no year 0.</source>
        <translation>{shown} は日付ではありません: 0年はありません。</translation>
    </message>
    <message>
        <source>{shown} is not a date: there is no month {month}.</source>
        <translation>{shown} は日付ではありません: {month}月はありません。</translation>
    </message>
    <message>
        <source>{shown} is not a date: there is no day 0.</source>
        <translation>{shown} は日付ではありません: 0日はありません。</translation>
    </message>
    <message>
        <source>{shown} is not a date: {month_name} {year} has {last} days.</source>
        <translation>{shown} は日付ではありません: {year} {month_name}は {last} 日までです。</translation>
    </message>
    <message>
        <source>{path}: the eras must be listed oldest first, one per first day.</source>
        <translation>{path}: 元号は古い順に、開始日ごとに1つずつ記載する必要があります。</translation>
    </message>
    <message>
        <source>No Japanese era is called “{name}”.</source>
        <translation>「{name}」という元号はありません。</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>The file {name} cannot be read: {reason}.</source>
        <translation>ファイル {name} を読み取れません: {reason}。</translation>
    </message>
    <message>
        <source>The stored file on the server is damaged, and only an administrator can replace a file that documents name; ask one to locate the sound copy.</source>
        <translation>サーバー上の保存ファイルが損傷していますが、文書が参照するファイルを置き換えられるのは管理者だけのため、管理者に正しいファイルの指定を依頼してください。</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being attached; attach it again.</source>
        <translation>添付中にファイル {name} が変更されたため、もう一度添付してください。</translation>
    </message>
    <message>
        <source>The stored file of “{original_name}” is missing from the database.</source>
        <translation>「{original_name}」の保存されたファイルがデータベースにありません。</translation>
    </message>
    <message>
        <source>The stored file of “{original_name}” is damaged in the database (its size or SHA-256 differs from the recorded one); run accord check.</source>
        <translation>「{original_name}」の保存されたファイルはデータベース内で破損している（サイズまたは SHA-256 が記録と異なる）ため、accord check を実行してください。</translation>
    </message>
    <message>
        <source>A copy of “{original_name}” cannot be written to the cache folder: {reason}.</source>
        <translation>「{original_name}」のコピーをキャッシュフォルダーに書き込めません: {reason}。</translation>
    </message>
    <message>
        <source>Attaching was cancelled; nothing was stored.</source>
        <translation>添付を取り消しました。何も保存されていません。</translation>
    </message>
    <message>
        <source>{name} cannot be copied into the library: {reason}.</source>
        <translation>{name} をライブラリにコピーできません: {reason}。</translation>
    </message>
    <message>
        <source>There is no agreement with ID {agreement_id}.</source>
        <translation>ID {agreement_id} の協定はありません。</translation>
    </message>
    <message>
        <source>This file was removed from the agreement as “{original_name}” and is in the trash; restore it from there.</source>
        <translation>このファイルは「{original_name}」として協定から取り外され、ごみ箱にあります。ごみ箱から復元してください。</translation>
    </message>
    <message>
        <source>This file is already attached to the agreement as “{original_name}”.</source>
        <translation>このファイルは「{original_name}」としてすでに協定に添付されています。</translation>
    </message>
    <message>
        <source>There is no document with ID {document_id}.</source>
        <translation>ID {document_id} の文書はありません。</translation>
    </message>
    <message>
        <source>The stored file of “{original_name}” is missing from the library folder ({stored_path}).</source>
        <translation>「{original_name}」の保存されたファイルがライブラリのフォルダーにありません（{stored_path}）。</translation>
    </message>
    <message>
        <source>The copy cannot be written to {target}: {value}.</source>
        <translation>{target} にコピーを書き込めません: {value}。</translation>
    </message>
    <message>
        <source>The file {name} is damaged or is not a PDF that Accord can read; you can try repairing it, for example by opening it and printing it to PDF again.</source>
        <extracomment>Why PDFium could not read a file, one sentence per kind of failure ({name}: the file&apos;s); catalogue texts (context &quot;documents&quot;), translated by :func:`pdf_refusal`.</extracomment>
        <translation>ファイル {name} は破損しているか、Accord が読める PDF ではありません。ファイルを開いてもう一度 PDF に印刷するなどして、修復してみてください。</translation>
    </message>
    <message>
        <source>The file {name} cannot be opened: it was moved or deleted, or Accord is not allowed to read it.</source>
        <translation>ファイル {name} を開けません: 移動または削除されたか、Accord に読み取りの権限がありません。</translation>
    </message>
    <message>
        <source>The file {name} is protected by a kind of encryption that Accord cannot read; save a copy without the protection, or print it to PDF again.</source>
        <translation>ファイル {name} は Accord が読めない方式で暗号化されています。保護を外したコピーを保存するか、もう一度 PDF に印刷してください。</translation>
    </message>
    <message>
        <source>A page of the file {name} is damaged, so Accord cannot read it; you can try repairing it, for example by opening it and printing it to PDF again.</source>
        <translation>ファイル {name} のページが破損しているため、Accord で読み取れません。ファイルを開いてもう一度 PDF に印刷するなどして、修復してみてください。</translation>
    </message>
    <message>
        <source>The file {name} needs more memory than Accord allows for one PDF; you can try making it smaller, for example by printing it to PDF again.</source>
        <translation>ファイル {name} は、Accord が PDF 1件に使えるメモリより多くを必要とします。もう一度 PDF に印刷するなどして、小さくしてみてください。</translation>
    </message>
    <message>
        <source>The PDF reader stopped while reading {name}: the file is damaged, or too large or complex for the memory Accord allows for one PDF; you can try repairing it, for example by opening it and printing it to PDF again.</source>
        <translation>{name} の読み取り中に PDF 読み取り機能が停止しました: ファイルが破損しているか、Accord が PDF 1件に使えるメモリに対して大きすぎるか複雑すぎます。ファイルを開いてもう一度 PDF に印刷するなどして、修復してみてください。</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation>{name} の読み取りを取り消しました。</translation>
    </message>
    <message>
        <source>The file {name} could not be read within {timeout} seconds, so it is probably damaged.</source>
        <translation>ファイル {name} を {timeout} 秒以内に読み取れなかったため、破損している可能性があります。</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>ファイル {name} はありません。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a PDF file.</source>
        <translation>{name} はフォルダーで、PDF ファイルではありません。</translation>
    </message>
    <message>
        <source>{name} is not a regular file (a pipe or a device), so not a PDF.</source>
        <translation>{name} は通常のファイルではない（パイプまたはデバイス）ため、PDF ではありません。</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>ファイル {name} は空です。</translation>
    </message>
    <message>
        <source>The file {name} is not a PDF (it has no %PDF- header).</source>
        <translation>ファイル {name} は PDF ではありません（%PDF- ヘッダーがありません）。</translation>
    </message>
    <message>
        <source>The file {name} is damaged: it has no end-of-file marker, so it was probably cut short while copying or downloading.</source>
        <translation>ファイル {name} は破損しています: ファイルの終わりを示す印がないため、コピーまたはダウンロードの途中で途切れた可能性があります。</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>Memorandum of understanding</source>
        <extracomment>Type of agreement (Japanese local governments: 覚書).</extracomment>
        <translation>覚書</translation>
    </message>
    <message>
        <source>Joint statement</source>
        <extracomment>Type of agreement (共同声明).</extracomment>
        <translation>共同声明</translation>
    </message>
    <message>
        <source>Joint communiqué</source>
        <extracomment>Type of agreement (共同コミュニケ).</extracomment>
        <translation>共同コミュニケ</translation>
    </message>
    <message>
        <source>Joint declaration</source>
        <extracomment>Type of agreement (共同宣言).</extracomment>
        <translation>共同宣言</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <extracomment>Type of agreement (意向書).</extracomment>
        <translation>意向書</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Any other type of agreement, kind of partner or role of a document.</extracomment>
        <translation>その他</translation>
    </message>
    <message>
        <source>Sister/friendship</source>
        <extracomment>How the office relates to a partner: one of its sister or friendship cities/states.</extracomment>
        <translation>姉妹友好都市</translation>
    </message>
    <message>
        <source>Cooperation partner</source>
        <extracomment>How the office relates to a partner: a city or state it cooperates with, not a sister.</extracomment>
        <translation>協力関係都市</translation>
    </message>
    <message>
        <source>City</source>
        <extracomment>Kind of partner government: a city.</extracomment>
        <translation>都市</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Kind of partner government: a state of a federation (New South Wales, New York).</extracomment>
        <translation>州</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Kind of partner government: a region (Île-de-France).</extracomment>
        <translation>地域</translation>
    </message>
    <message>
        <source>Province</source>
        <extracomment>Kind of partner government: a province (Gyeonggi-do, Jiangsu).</extracomment>
        <translation>省・道</translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>Kind of partner government: a whole country.</extracomment>
        <translation>国</translation>
    </message>
    <message>
        <source>Signed original</source>
        <extracomment>What a document is to its agreement: the signed original text.</extracomment>
        <translation>署名原本</translation>
    </message>
    <message>
        <source>Translation</source>
        <extracomment>What a document is to its agreement: a translation of it.</extracomment>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Scan</source>
        <extracomment>What a document is to its agreement: a scanned copy.</extracomment>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>Annex</source>
        <extracomment>What a document is to its agreement: an annex (附属書).</extracomment>
        <translation>附属書</translation>
    </message>
    <message>
        <source>No renewal</source>
        <extracomment>How an agreement goes on after its end date: it does not (it ends).</extracomment>
        <translation>更新なし</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>How an agreement goes on after its end date: it renews itself for another term.</extracomment>
        <translation>自動更新</translation>
    </message>
    <message>
        <source>By agreement</source>
        <extracomment>How an agreement goes on after its end date: only if both sides agree to renew it.</extracomment>
        <translation>合意により更新</translation>
    </message>
    <message>
        <source>Renewed</source>
        <extracomment>An event in an agreement&apos;s life: it was renewed for a new term.</extracomment>
        <translation>更新済み</translation>
    </message>
    <message>
        <source>Amended</source>
        <extracomment>An event in an agreement&apos;s life: its text was amended.</extracomment>
        <translation>改正</translation>
    </message>
    <message>
        <source>Terminated</source>
        <extracomment>An event in an agreement&apos;s life: it was ended before (or instead of) its expiry.</extracomment>
        <translation>終了</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <extracomment>An agreement&apos;s status: signed, but its date of entry into force is still ahead.</extracomment>
        <translation>未発効</translation>
    </message>
    <message>
        <source>In force</source>
        <extracomment>An agreement&apos;s status: in force.</extracomment>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expiring</source>
        <extracomment>An agreement&apos;s status: in force, but its notice deadline or expiry is near.</extracomment>
        <translation>期限間近</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>An agreement&apos;s status: its end date has passed.</extracomment>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Superseded</source>
        <extracomment>An agreement&apos;s status: replaced by a newer agreement that is in force.</extracomment>
        <translation>置き換え済み</translation>
    </message>
</context>
<context>
    <name>eras</name>
    <message>
        <source>There is no year {year} of {era}.</source>
        <extracomment>{era} is the era in Latin letters (Heisei), {name} in kanji (平成).</extracomment>
        <translation>{name}{year}年はありません。</translation>
    </message>
    <message>
        <source>The {era} era began on {date}.</source>
        <extracomment>{era} is the era in Latin letters (Heisei), {name} in kanji (平成); {date} is ISO.</extracomment>
        <translation>{name}は{date}に始まりました。</translation>
    </message>
    <message>
        <source>The {era} era ended on {date}.</source>
        <extracomment>{era} is the era in Latin letters (Heisei), {name} in kanji (平成); {date} is ISO.</extracomment>
        <translation>{name}は{date}に終わりました。</translation>
    </message>
    <message>
        <source>Japan used its old lunisolar calendar before 1873.</source>
        <translation>1873年より前の日本は旧暦（太陰太陽暦）を使っていました。</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>出力を取り消しました。ファイルは作成されていません。</translation>
    </message>
    <message>
        <source>The report cannot be written: {reason}.</source>
        <translation>レポートを書き込めません: {reason}。</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>レポートのファイル名が指定されていません。</translation>
    </message>
    <message>
        <source>{target} cannot be written: {reason}.</source>
        <translation>{target} に書き込めません: {reason}。</translation>
    </message>
    <message>
        <source>A partner&apos;s name is needed to export its agreements.</source>
        <translation>協定を出力するには提携先の名前が必要です。</translation>
    </message>
    <message>
        <source>There is no partner named “{partner}”.</source>
        <translation>「{partner}」という提携先はありません。</translation>
    </message>
    <message>
        <source>agreement index out of range</source>
        <translation>協定の番号が範囲外です</translation>
    </message>
    <message>
        <source>“{character}”</source>
        <extracomment>one character an encoding lacks, quoted: “é”</extracomment>
        <translation>「{character}」</translation>
    </message>
    <message>
        <source>ID {id} ({name}): {characters}</source>
        <translation>ID {id}（{name}）: {characters}</translation>
    </message>
    <message>
        <source>The partner with ID {id} ({name}) holds {characters}, which {encoding} cannot carry; export it as UTF-8 with BOM instead.</source>
        <translation>ID {id} の提携先（{name}）には {encoding} で表せない {characters} が含まれています。BOM 付き UTF-8 で出力してください。</translation>
    </message>
    <message>
        <source>The agreement with ID {id} ({name}) holds {characters}, which {encoding} cannot carry; export it as UTF-8 with BOM instead.</source>
        <translation>ID {id} の協定（{name}）には {encoding} で表せない {characters} が含まれています。BOM 付き UTF-8 で出力してください。</translation>
    </message>
    <message>
        <source>{count} partners hold characters that {encoding} cannot carry, among them {first} and {last}; export them as UTF-8 with BOM instead.</source>
        <translation>提携先 {count} 件に {encoding} で表せない文字が含まれています（{first}、{last} など）。BOM 付き UTF-8 で出力してください。</translation>
    </message>
    <message>
        <source>{count} agreements hold characters that {encoding} cannot carry, among them {first} and {last}; export them as UTF-8 with BOM instead.</source>
        <translation>協定 {count} 件に {encoding} で表せない文字が含まれています（{first}、{last} など）。BOM 付き UTF-8 で出力してください。</translation>
    </message>
    <message>
        <source>{count} partners hold characters that {encoding} cannot carry, {first} and {last}; export them as UTF-8 with BOM instead.</source>
        <translation>提携先 {count} 件（{first}、{last}）に {encoding} で表せない文字が含まれています。BOM 付き UTF-8 で出力してください。</translation>
    </message>
    <message>
        <source>{count} agreements hold characters that {encoding} cannot carry, {first} and {last}; export them as UTF-8 with BOM instead.</source>
        <translation>協定 {count} 件（{first}、{last}）に {encoding} で表せない文字が含まれています。BOM 付き UTF-8 で出力してください。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Name</source>
        <extracomment>A field of a partner or a document: its name.</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Local name</source>
        <extracomment>A field of a partner: its name in its own language and script.</extracomment>
        <translation>現地名</translation>
    </message>
    <message>
        <source>Office-language name</source>
        <extracomment>A field of a partner: its name in the office&apos;s own language (for a Japanese office ソウル特別市, パリ市), beside its English and local names.</extracomment>
        <translation>日本語名</translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>A field of a partner: its country.</extracomment>
        <translation>国</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>A field of a partner: city, state, province...</extracomment>
        <translation>区分</translation>
    </message>
    <message>
        <source>Relationship</source>
        <extracomment>A field of a partner: sister/friendship or cooperation partner.</extracomment>
        <translation>関係</translation>
    </message>
    <message>
        <source>Date of affiliation</source>
        <extracomment>A field of a partner: the date the partnership began.</extracomment>
        <translation>提携日</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>A field of a partner or an agreement: free notes.</extracomment>
        <translation>備考</translation>
    </message>
    <message>
        <source>Partner</source>
        <extracomment>A field of an agreement: the partner it was signed with.</extracomment>
        <translation>提携先</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>A field of an agreement: its title.</extracomment>
        <translation>協定名</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>A field of an agreement: memorandum, joint statement...</extracomment>
        <translation>種類</translation>
    </message>
    <message>
        <source>Date signed</source>
        <extracomment>A field of an agreement: the date it was signed.</extracomment>
        <translation>締結日</translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <extracomment>A field of an agreement: its areas of cooperation.</extracomment>
        <translation>協力分野</translation>
    </message>
    <message>
        <source>Expires on</source>
        <extracomment>A field of an agreement: the last day it is in force.</extracomment>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <extracomment>A field of an agreement: the earlier agreement it replaces.</extracomment>
        <translation>置き換え前の協定</translation>
    </message>
    <message>
        <source>Effective from</source>
        <extracomment>A field of an agreement: the day it entered into force.</extracomment>
        <translation>発効日</translation>
    </message>
    <message>
        <source>Renewal</source>
        <extracomment>A field of an agreement: how it is renewed when it expires.</extracomment>
        <translation>更新方法</translation>
    </message>
    <message>
        <source>Renewal term</source>
        <extracomment>A field of an agreement: how long each renewal runs.</extracomment>
        <translation>更新期間</translation>
    </message>
    <message>
        <source>Notice period</source>
        <extracomment>A field of an agreement: how long before its expiry notice must be given.</extracomment>
        <translation>予告期間</translation>
    </message>
    <message>
        <source>Signatories (office)</source>
        <extracomment>A field of an agreement: who signed it for the office.</extracomment>
        <translation>署名者（当方）</translation>
    </message>
    <message>
        <source>Signatories (partner)</source>
        <extracomment>A field of an agreement: who signed it for the partner.</extracomment>
        <translation>署名者（相手方）</translation>
    </message>
    <message>
        <source>Place signed</source>
        <extracomment>A field of an agreement: where it was signed.</extracomment>
        <translation>署名地</translation>
    </message>
    <message>
        <source>Responsible staff</source>
        <extracomment>A field of an agreement: the office&apos;s staff member in charge of it.</extracomment>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Events</source>
        <extracomment>A field of an agreement: its renewals, amendments and termination.</extracomment>
        <translation>経過</translation>
    </message>
    <message>
        <source>Agreement</source>
        <extracomment>A field of a document: the agreement it belongs to.</extracomment>
        <translation>協定</translation>
    </message>
    <message>
        <source>File name</source>
        <extracomment>A field of a document: the name of the file it was attached from.</extracomment>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Stored file</source>
        <extracomment>A field of a document: the library&apos;s copy of the file.</extracomment>
        <translation>保存ファイル</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <extracomment>A field of a document: its size in bytes.</extracomment>
        <translation>サイズ（バイト）</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>A field of a document: the language of its text.</extracomment>
        <translation>言語</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>A field of a document: signed original, translation, scan...</extracomment>
        <translation>役割</translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>A field of a document: its number of pages.</extracomment>
        <translation>ページ数</translation>
    </message>
    <message>
        <source>Password-protected</source>
        <extracomment>A field of a document: whether the PDF needs a password.</extracomment>
        <translation>パスワード保護</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field}: 「{old}」→「{new}」</translation>
    </message>
    <message>
        <source>{field}: “{new}”</source>
        <translation>{field}: 「{new}」</translation>
    </message>
    <message>
        <source>{time} UTC</source>
        <translation>{time} UTC</translation>
    </message>
    <message>
        <source>Someone else changed “{name}” after you opened it (by {user} at {when}).</source>
        <translation>「{name}」は開いた後にほかの人が変更しました（{when} に {user} が変更）。</translation>
    </message>
    <message>
        <source>Someone else changed “{name}” after you opened it (at {when}).</source>
        <translation>「{name}」は開いた後にほかの人が変更しました（{when}）。</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>what happened to a record, in a history line</extracomment>
        <translation>作成</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>what happened to a record, in a history line</extracomment>
        <translation>変更</translation>
    </message>
    <message>
        <source>trashed</source>
        <extracomment>what happened to a record: moved to the trash</extracomment>
        <translation>ごみ箱へ移動</translation>
    </message>
    <message>
        <source>restored</source>
        <extracomment>what happened to a record: brought back from the trash</extracomment>
        <translation>ごみ箱から復元</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>what happened to a record: deleted for good</extracomment>
        <translation>完全に削除</translation>
    </message>
    <message>
        <source>document added</source>
        <translation>文書を添付</translation>
    </message>
    <message>
        <source>document removed</source>
        <translation>文書を取り外し</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Local name</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>現地名</translation>
    </message>
    <message>
        <source>Office-language name</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>日本語名</translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>国</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>種別</translation>
    </message>
    <message>
        <source>Relationship</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>関係</translation>
    </message>
    <message>
        <source>Date of affiliation</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>提携日</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>備考</translation>
    </message>
    <message>
        <source>Partner</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>提携先</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>協定名</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>種類</translation>
    </message>
    <message>
        <source>Date signed</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>締結日</translation>
    </message>
    <message>
        <source>Areas</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>協力分野</translation>
    </message>
    <message>
        <source>Expires on</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>置き換え前の協定</translation>
    </message>
    <message>
        <source>Effective from</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>発効日</translation>
    </message>
    <message>
        <source>Renewal</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>更新方法</translation>
    </message>
    <message>
        <source>Renewal term</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>更新期間</translation>
    </message>
    <message>
        <source>Notice period</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>予告期間</translation>
    </message>
    <message>
        <source>Signatories (office)</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>署名者（当方）</translation>
    </message>
    <message>
        <source>Signatories (partner)</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>署名者（相手方）</translation>
    </message>
    <message>
        <source>Place signed</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>署名地</translation>
    </message>
    <message>
        <source>Responsible staff</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Events</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>経過</translation>
    </message>
    <message>
        <source>Agreement</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>協定</translation>
    </message>
    <message>
        <source>File name</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Stored file</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>保存ファイル</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>サイズ（バイト）</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>言語</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>役割</translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>ページ数</translation>
    </message>
    <message>
        <source>Password-protected</source>
        <extracomment>a field of a record, as a history line names it</extracomment>
        <translation>パスワード保護</translation>
    </message>
    <message>
        <source>There is no partner with ID {id}.</source>
        <translation>ID {id} の提携先はありません。</translation>
    </message>
    <message>
        <source>There is no agreement with ID {id}.</source>
        <translation>ID {id} の協定はありません。</translation>
    </message>
    <message>
        <source>There is no document with ID {id}.</source>
        <translation>ID {id} の文書はありません。</translation>
    </message>
    <message>
        <source>“{kind}” is not a kind of record (partner, agreement, document).</source>
        <translation>「{kind}」は記録の種類（partner、agreement、document）ではありません。</translation>
    </message>
    <message>
        <source>Someone else saved a change to the same record at the same moment, so yours was not saved; open it again to see theirs.</source>
        <translation>同じ記録への変更がほぼ同時に他の人によって保存されたため、あなたの変更は保存されませんでした。もう一度開いて、相手の変更を確認してください。</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>An agreement needs a title.</source>
        <translation>協定には協定名が必要です。</translation>
    </message>
    <message>
        <source>An agreement needs the date it was signed.</source>
        <translation>協定には締結日が必要です。</translation>
    </message>
    <message>
        <source>An agreement needs a partner.</source>
        <translation>協定には提携先が必要です。</translation>
    </message>
    <message>
        <source>“{shown}” is not a partner ID (a whole number).</source>
        <translation>「{shown}」は提携先の ID（整数）ではありません。</translation>
    </message>
    <message>
        <source>“{shown}” is not an agreement ID (a whole number).</source>
        <translation>「{shown}」は協定の ID（整数）ではありません。</translation>
    </message>
    <message>
        <source>The cell holds {label}, a control character no one can type; remove it.</source>
        <translation>セルに入力できない制御文字 {label} が含まれています。削除してください。</translation>
    </message>
    <message>
        <source>Row {row} already imports this partner.</source>
        <translation>この提携先は {row} 行目ですでに取り込まれます。</translation>
    </message>
    <message>
        <source>Row {row} already imports this agreement.</source>
        <translation>この協定は {row} 行目ですでに取り込まれます。</translation>
    </message>
    <message>
        <source>Row {file_ids} already has ID {file_id}.</source>
        <translation>ID {file_id} は {file_ids} 行目ですでに使われています。</translation>
    </message>
    <message>
        <source>The row has {len} cells but the header names {width} columns; a cell may hold an unquoted delimiter.</source>
        <translation>この行にはセルが {len} 個ありますが、見出しの列は {width} 個です。引用符で囲まれていない区切り文字がセルに含まれている可能性があります。</translation>
    </message>
    <message>
        <source>A partner named “{name}” is in the trash; restore it from there, or delete it for good first.</source>
        <translation>「{name}」という提携先がごみ箱にあります。ごみ箱から復元するか、先に完全に削除してください。</translation>
    </message>
    <message>
        <source>“{marks}” put back as “{chars}”</source>
        <translation>「{marks}」を「{chars}」に戻しました</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>{changes} from the library.</source>
        <translation>{changes}（ライブラリの内容から）。</translation>
    </message>
    <message>
        <source>“{shown}” has “?” where the library holds characters this file cannot carry; type them again or export as UTF-8.</source>
        <translation>「{shown}」には、このファイルで表せない文字の代わりに「?」が入っています。入力し直すか、UTF-8 で出力してください。</translation>
    </message>
    <message>
        <source>“{shown}” looks like a label a spreadsheet damaged (“?” in place of characters) and could be {join} or {labels}; type it again.</source>
        <translation>「{shown}」は表計算ソフトで破損した区分名（文字が「?」に置き換わったもの）のようで、{join} または {labels} の可能性があります。入力し直してください。</translation>
    </message>
    <message>
        <source>“{shown}” was read as “{label}”: the “?” stand for characters the file could not carry.</source>
        <translation>「{shown}」を「{label}」として読み取りました: 「?」はファイルで表せなかった文字です。</translation>
    </message>
    <message>
        <source>“{encoding}” is not one of the encodings {join}.</source>
        <translation>「{encoding}」は文字コード {join} のいずれでもありません。</translation>
    </message>
    <message>
        <source>“{delimiter}” is not a delimiter; use a comma, a semicolon or a tab.</source>
        <translation>「{delimiter}」は区切り文字ではありません。コンマ、セミコロン、タブのいずれかを使ってください。</translation>
    </message>
    <message>
        <source>“{date_style}” is not a date format; use {join}.</source>
        <translation>「{date_style}」は日付の形式ではありません。{join} を使ってください。</translation>
    </message>
    <message>
        <source>A column can be chosen only once.</source>
        <translation>同じ列は1回しか選べません。</translation>
    </message>
    <message>
        <source>“{name}” is not a column; the columns are {join}.</source>
        <translation>「{name}」は列ではありません。列は {join} です。</translation>
    </message>
    <message>
        <source>“{strip}” is not a column; the columns are {join}.</source>
        <translation>「{strip}」は列ではありません。列は {join} です。</translation>
    </message>
    <message>
        <source>The column “{by_key}” is named twice.</source>
        <translation>列「{by_key}」が2回指定されています。</translation>
    </message>
    <message>
        <source>No column was named; the columns are {join}.</source>
        <translation>列が指定されていません。列は {join} です。</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>ファイル {path} はありません。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CSV file.</source>
        <translation>{path} はフォルダーで、CSV ファイルではありません。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} を読み取れません: {reason}。</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>ファイルが空です: 見出し行がありません。</translation>
    </message>
    <message>
        <source>The header names none of the columns Accord reads (such as ID, Partner, Agreement, Date signed).</source>
        <translation>見出し行に、Accord が読み取る列（ID、提携先、協定名、締結日 など）が1つもありません。</translation>
    </message>
    <message>
        <source>column {number} (no header)</source>
        <translation>{number} 列目（見出しなし）</translation>
    </message>
    <message>
        <source>Column {value} has no header, so its cells (such as “{shown}”) are not imported; name the column.</source>
        <translation>{value} 列には見出しがないため、そのセル（「{shown}」など）は取り込まれません。列に名前を付けてください。</translation>
    </message>
    <message>
        <source>The library changed since the preview; review the import again.</source>
        <translation>プレビューの後にライブラリが変更されました。取込内容をもう一度確認してください。</translation>
    </message>
    <message>
        <source>Nothing was imported: the database refused the change ({name}).</source>
        <translation>何も取り込んでいません: データベースが変更を受け付けませんでした（{name}）。</translation>
    </message>
    <message>
        <source>“{shown}” looks damaged and could be {join} or {names}.</source>
        <translation>「{shown}」は破損しているようで、{join} または {names} の可能性があります。</translation>
    </message>
    <message>
        <source>“{shown}” is not a partner of the library and looks like a name a spreadsheet damaged (“?” in place of characters); type the name again.</source>
        <translation>「{shown}」はライブラリの提携先ではなく、表計算ソフトで破損した名前（文字が「?」に置き換わったもの）のようです。名前を入力し直してください。</translation>
    </message>
    <message>
        <source>ID {file_id} in the library is “{title}” of {partner_name} signed on {isoformat}, and this row differs in partner, title and date; the ID probably comes from another library.</source>
        <translation>ライブラリの ID {file_id} は {isoformat} 締結の {partner_name} の「{title}」で、この行とは提携先、協定名、日付がすべて異なります。この ID は別のライブラリのものと思われます。</translation>
    </message>
    <message>
        <source>A new agreement needs a “{column}” cell.</source>
        <translation>新しい協定には「{column}」のセルが必要です。</translation>
    </message>
    <message>
        <source>Documents are not imported; attach PDFs in the window or with accord attach.</source>
        <translation>文書は取り込まれません。PDF はウィンドウで、または accord attach で添付してください。</translation>
    </message>
    <message>
        <source>{partner}&apos;s {column} is “{value}” in an earlier row; the first value is used.</source>
        <translation>{partner} の{column}は前の行で「{value}」となっています。最初の値を使います。</translation>
    </message>
    <message>
        <source>{partner}&apos;s {column} in the library is {value}; partner details are changed by importing a partners file.</source>
        <translation>ライブラリでは {partner} の{column}は{value}です。提携先の情報は提携先ファイルの取込で変更してください。</translation>
    </message>
    <message>
        <source>empty</source>
        <comment>a value that is empty</comment>
        <extracomment>A partner detail the library leaves empty, in &quot;Paris&apos;s country in the library is empty&quot;.</extracomment>
        <translation>空欄</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <comment>a value quoted</comment>
        <translation>「{text}」</translation>
    </message>
    <message>
        <source>“{name}” is a new partner and needs a country.</source>
        <translation>「{name}」は新しい提携先のため、国が必要です。</translation>
    </message>
    <message>
        <source>Row {by_key} already imports this agreement.</source>
        <translation>この協定は {by_key} 行目ですでに取り込まれます。</translation>
    </message>
    <message>
        <source>{partner} already has “{title}” signed on {date} (ID {id}).</source>
        <translation>{partner} には {date} 締結の「{title}」がすでにあります（ID {id}）。</translation>
    </message>
    <message>
        <source>An agreement cannot supersede itself.</source>
        <translation>協定を自分自身の旧協定にすることはできません。</translation>
    </message>
    <message>
        <source>There is no agreement with ID {target} to supersede.</source>
        <translation>旧協定とする ID {target} の協定はありません。</translation>
    </message>
    <message>
        <source>A partner needs a name.</source>
        <translation>提携先には名前が必要です。</translation>
    </message>
    <message>
        <source>A partner needs a country.</source>
        <translation>提携先には国が必要です。</translation>
    </message>
    <message>
        <source>ID {file_id} in the library is {name} ({country}), and this row differs in name, local name and country; the ID probably comes from another library.</source>
        <translation>ライブラリの ID {file_id} は {name}（{country}）で、この行とは名前、現地名、国がすべて異なります。この ID は別のライブラリのものと思われます。</translation>
    </message>
    <message>
        <source>A new partner needs a “{column}” cell.</source>
        <translation>新しい提携先には「{column}」のセルが必要です。</translation>
    </message>
    <message>
        <source>Row {row} already imports a partner named “{name}”.</source>
        <translation>「{name}」という提携先は {row} 行目ですでに取り込まれます。</translation>
    </message>
    <message>
        <source>There is already a partner named “{name}”.</source>
        <translation>「{name}」という提携先はすでにあります。</translation>
    </message>
    <message>
        <source>The file starts like UTF-8 text but is not valid UTF-8.</source>
        <translation>ファイルは UTF-8 のテキストのように始まっていますが、正しい UTF-8 ではありません。</translation>
    </message>
    <message>
        <source>The file is not CSV text in UTF-8 or Shift_JIS (cp932); save it from Excel as “CSV UTF-8 (comma delimited)”.</source>
        <translation>ファイルは UTF-8 または Shift_JIS（cp932）の CSV テキストではありません。Excel で「CSV UTF-8 (コンマ区切り)」として保存してください。</translation>
    </message>
    <message>
        <source>The file holds a NUL byte (binary data) at offset {offset}; it is not CSV text.</source>
        <translation>先頭から {offset} バイトの位置に NUL 文字があります。CSV ファイルではありません。</translation>
    </message>
    <message>
        <source>Row {value} of the file cannot be read as CSV: {exc}.</source>
        <translation>ファイルの {value} 行目を CSV として読み取れません: {exc}。</translation>
    </message>
    <message>
        <source>Row {number}, {column}: the quote opened here is never closed, so every row after it would be read into this cell; close the quote or remove it.</source>
        <translation>{number} 行目、{column}: ここで始まる引用符が閉じられていないため、以降のすべての行がこのセルに読み込まれてしまいます。引用符を閉じるか削除してください。</translation>
    </message>
    <message>
        <source>The header has the column “{column}” twice (“{seen}” and “{cell}”); keep one.</source>
        <translation>見出し行に列「{column}」が2回あります（「{seen}」と「{cell}」）。1つにしてください。</translation>
    </message>
    <message>
        <source>tab</source>
        <extracomment>kinds of white space removed from a cell (&quot;tab at the start removed&quot;)</extracomment>
        <translation>タブ</translation>
    </message>
    <message>
        <source>line break</source>
        <translation>改行</translation>
    </message>
    <message>
        <source>no-break space</source>
        <translation>ノーブレークスペース</translation>
    </message>
    <message>
        <source>ideographic space</source>
        <translation>全角スペース</translation>
    </message>
    <message>
        <source>space</source>
        <translation>半角スペース</translation>
    </message>
    <message>
        <source>tabs</source>
        <extracomment>kinds of white space removed from a cell, more than one of a kind (&quot;spaces at the start&quot;)</extracomment>
        <translation>複数のタブ</translation>
    </message>
    <message>
        <source>line breaks</source>
        <translation>複数の改行</translation>
    </message>
    <message>
        <source>no-break spaces</source>
        <translation>複数のノーブレークスペース</translation>
    </message>
    <message>
        <source>ideographic spaces</source>
        <translation>複数の全角スペース</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>複数の半角スペース</translation>
    </message>
    <message>
        <source>U+{code} space</source>
        <translation>U+{code} の空白</translation>
    </message>
    <message>
        <source>U+{code} spaces</source>
        <translation>複数の U+{code} の空白</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between the last two items of a list</comment>
        <extracomment>joins the kinds of white space removed: &quot;tab and space&quot;</extracomment>
        <translation>と</translation>
    </message>
    <message>
        <source>the {names}</source>
        <extracomment>{names}: the kinds of white space removed, e.g. &quot;tab and space&quot;</extracomment>
        <translation>{names}</translation>
    </message>
    <message>
        <source>the apostrophe that keeps a spreadsheet from running it as a formula removed</source>
        <translation>表計算ソフトが数式として実行しないよう付けたアポストロフィーを削除</translation>
    </message>
    <message>
        <source>{named} at the start removed</source>
        <translation>先頭の{named}を削除</translation>
    </message>
    <message>
        <source>{named} at the end removed</source>
        <translation>末尾の{named}を削除</translation>
    </message>
    <message>
        <source>the byte-order mark (U+FEFF) removed</source>
        <translation>バイトオーダーマーク（U+FEFF）を削除</translation>
    </message>
    <message>
        <source>its accents composed (Unicode NFC), which looks the same</source>
        <translation>アクセント記号を合成（Unicode NFC。見た目は同じ）</translation>
    </message>
    <message>
        <source>Read as “{value}”: {changes}.</source>
        <extracomment>{changes}: what was changed, e.g. &quot;the tab at the start removed&quot;; or &quot;changed&quot;</extracomment>
        <translation>「{value}」として読み取りました: {changes}。</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>what was done to a cell&apos;s text, when nothing more precise can be said</extracomment>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>an area named twice kept once</source>
        <translation>2回記載された分野を1つに</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <extracomment>what the import does with a row: nothing, it is as in the library</extracomment>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>what the import does with a row: refuses it</extracomment>
        <translation>取込不可</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: {reason}</source>
        <translation>{row} 行目、列「{column}」: {reason}</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>{row} 行目: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file rejected (the first is row {row}); nothing was imported.</source>
        <translation>
            <numerusform>ファイルの %n 行が取込不可のため（最初は {row} 行目）、何も取り込んでいません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file names %n partner(s) the library does not have ({names}); allow creating them.</source>
        <translation>
            <numerusform>ファイルにはライブラリにない提携先が %n 件含まれています（{names}）。作成を許可してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: the library is read-only (its folder or database cannot be written here), and Accord needs to write in the library folder (the database, its WAL journal and backups); ask for write access, or copy the library to a folder you can write.</source>
        <translation>何も取り込んでいません: ライブラリは読み取り専用（ここではフォルダーまたはデータベースに書き込めません）で、Accord はライブラリのフォルダー（データベース、WAL ジャーナル、バックアップ）に書き込める必要があります。書き込み権限を依頼するか、書き込めるフォルダーにライブラリをコピーしてください。</translation>
    </message>
    <message>
        <source>Nothing was imported. {exc}</source>
        <extracomment>{exc}: the sentence saying why the library refused the import</extracomment>
        <translation>何も取り込んでいません。{exc}</translation>
    </message>
    <message>
        <source>“{text}” is not one of: {choices}.</source>
        <translation>「{text}」は次のいずれでもありません: {choices}。</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>“{code}” is not a two-letter ISO 639-1 language code.</source>
        <translation>「{code}」は2文字の ISO 639-1 言語コードではありません。</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>The database {database} is a folder, not a database file; </source>
        <translation>データベース {database} はデータベースファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>{path} is a file where the library keeps its {name} folder; move it away.</source>
        <translation>{path} はファイルですが、ライブラリはそこに {name} フォルダーを置きます。このファイルを移動してください。</translation>
    </message>
    <message>
        <source>The folder {path} cannot be made inside the library folder: {reason}.</source>
        <translation>ライブラリフォルダーの中にフォルダー {path} を作成できません: {reason}。</translation>
    </message>
    <message>
        <source>the database address given</source>
        <translation>指定されたデータベースのアドレス</translation>
    </message>
    <message>
        <source>postgresql+psycopg://user@host/database for a PostgreSQL server, or sqlite:///path/to/accord.sqlite3 for a database file</source>
        <extracomment>The database addresses Accord accepts, as a sentence names them.</extracomment>
        <translation>PostgreSQL サーバーの場合は postgresql+psycopg://user@host/database、データベースファイルの場合は sqlite:///path/to/accord.sqlite3</translation>
    </message>
    <message>
        <source>No database address was given; Accord accepts {accepted_urls}.</source>
        <translation>データベースのアドレスが指定されていません。Accord で使えるのは {accepted_urls} です。</translation>
    </message>
    <message>
        <source>The database address given is not a URL Accord can read; it accepts {accepted_urls}.</source>
        <translation>指定されたデータベースのアドレスは Accord が読める URL ではありません。使えるのは {accepted_urls} です。</translation>
    </message>
    <message>
        <source>The database address “{safe_url}” names no database file, so the records would be lost when Accord exits; Accord accepts {accepted_urls}.</source>
        <translation>データベースのアドレス「{safe_url}」にはデータベースファイルが指定されていないため、Accord の終了時に記録が失われます。Accord で使えるのは {accepted_urls} です。</translation>
    </message>
    <message>
        <source>The database address “{safe_url}” carries options after “?”, which Accord does not use; it accepts {accepted_urls}, without options.</source>
        <translation>データベースのアドレス「{safe_url}」には「?」の後にオプションがありますが、Accord はオプションを使いません。Accord で使えるのはオプションのない {accepted_urls} です。</translation>
    </message>
    <message>
        <source>The database address “{safe_url}” names a file in the folder {folder}, which does not exist.</source>
        <translation>データベースのアドレス「{safe_url}」が指すファイルのフォルダー {folder} は存在しません。</translation>
    </message>
    <message>
        <source>Accord cannot use the database address “{safe_url}”; it accepts {accepted_urls}.</source>
        <translation>Accord はデータベースのアドレス「{safe_url}」を使えません。使えるのは {accepted_urls} です。</translation>
    </message>
    <message>
        <source>Accord cannot reach a PostgreSQL server here: its driver psycopg is not installed ({driver_reason}); install Accord with its postgresql extra (pip install &quot;accord[postgresql]&quot;).</source>
        <translation>ここでは PostgreSQL サーバーに接続できません: ドライバー psycopg がインストールされていません（{driver_reason}）。Accord を postgresql オプション付きでインストールしてください（pip install &quot;accord[postgresql]&quot;）。</translation>
    </message>
    <message>
        <source>The database address “{safe_url}” cannot be used: {driver_reason}.</source>
        <translation>データベースのアドレス「{safe_url}」を使えません: {driver_reason}。</translation>
    </message>
    <message>
        <source>The library is read-only (its folder or database cannot be written here), so nothing can be changed in it; Accord needs to write in the library folder (the database, its WAL journal and backups): ask for write access, or copy the library to a folder you can write.</source>
        <extracomment>Why a change to a read-only library fails (a write on its read-only connection).</extracomment>
        <translation>ライブラリは読み取り専用（ここではフォルダーまたはデータベースに書き込めません）のため、変更できません。Accord はライブラリのフォルダー（データベース、WAL ジャーナル、バックアップ）に書き込める必要があります。書き込み権限を依頼するか、書き込めるフォルダーにライブラリをコピーしてください。</translation>
    </message>
    <message>
        <source>The stored path “{stored_path}” points outside the library.</source>
        <translation>保存されたパス「{stored_path}」はライブラリの外を指しています。</translation>
    </message>
    <message>
        <source>The library&apos;s server cannot be reached ({reason}); nothing was changed, and Accord connects again by itself once the server is back.</source>
        <translation>ライブラリのサーバーに接続できないため（{reason}）、何も変更されていません。サーバーが戻ると Accord は自動で再接続します。</translation>
    </message>
    <message>
        <source>The library is busy with another Accord window or user; try again.</source>
        <translation>ライブラリはほかの Accord のウィンドウまたは利用者が使用中です。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The library&apos;s database cannot be used: {reason}.</source>
        <translation>ライブラリのデータベースを使えません: {reason}。</translation>
    </message>
    <message>
        <source>The library path {folder} is a file, not a folder.</source>
        <translation>ライブラリのパス {folder} はファイルで、フォルダーではありません。</translation>
    </message>
    <message>
        <source>The database {database} is empty (0 bytes), so it was damaged; </source>
        <translation>データベース {database} が空（0 バイト）のため、破損しています。</translation>
    </message>
    <message>
        <source>The library folder {folder} cannot be created: {reason}.</source>
        <translation>ライブラリのフォルダー {folder} を作成できません: {reason}。</translation>
    </message>
    <message>
        <source>This server library was made by an older version of Accord; ask an administrator to upgrade it with “accord server init”.</source>
        <translation>このサーバーライブラリは古いバージョンのAccordで作られているため、管理者に「accord server init」での更新を依頼してください。</translation>
    </message>
    <message>
        <source>The library folder {folder} is read-only, so no library can be created in it; Accord needs to write in its library folder (the database, its WAL journal and backups).</source>
        <translation>ライブラリのフォルダー {folder} は読み取り専用のため、ライブラリを作成できません。Accord はライブラリのフォルダー（データベース、WAL ジャーナル、バックアップ）に書き込める必要があります。</translation>
    </message>
    <message>
        <source>The library at {folder} was made by an older version of Accord and must be upgraded, but its folder or database is read-only; Accord needs to write there (the database, its WAL journal and backups).</source>
        <translation>{folder} のライブラリは古いバージョンの Accord で作成されているため更新が必要ですが、フォルダーまたはデータベースが読み取り専用です。Accord はそこ（データベース、WAL ジャーナル、バックアップ）に書き込める必要があります。</translation>
    </message>
    <message>
        <source>The database {safe_url} cannot be opened: {why}.</source>
        <translation>データベース {safe_url} を開けません: {why}。</translation>
    </message>
    <message>
        <source>The database {database} cannot be opened: {why}.</source>
        <translation>データベース {database} を開けません: {why}。</translation>
    </message>
    <message>
        <source>The database already holds tables that are not an Accord library, so Accord will not change it.</source>
        <translation>データベースには Accord のライブラリではないテーブルがすでにあるため、Accord はこのデータベースを変更しません。</translation>
    </message>
    <message>
        <source>This library was made by a newer version of Accord (schema {current}); install that version to open it.</source>
        <translation>このライブラリは新しいバージョンの Accord で作成されています（スキーマ {current}）。開くには、そのバージョンをインストールしてください。</translation>
    </message>
    <message>
        <source>The library was not upgraded, because it could not be backed up first: {lower}{why}</source>
        <translation>先にバックアップを作成できなかったため、ライブラリは更新していません: {lower}{why}</translation>
    </message>
    <message>
        <source>The database file is damaged: {line}.</source>
        <translation>データベースファイルが破損しています: {line}。</translation>
    </message>
    <message>
        <source>Row {row} of table {table} refers to a missing {parent} record.</source>
        <translation>テーブル {table} の行 {row} が、存在しない {parent} の記録を参照しています。</translation>
    </message>
    <message>
        <source>The database file cannot be checked: {reason}.</source>
        <translation>データベースファイルを検査できません: {reason}。</translation>
    </message>
    <message>
        <source>The library&apos;s changes cannot be watched: {reason}.</source>
        <translation>ライブラリの変更を監視できません: {reason}。</translation>
    </message>
</context>
<context>
    <name>lifecycle</name>
    <message>
        <source>Renewed</source>
        <extracomment>An event in a CSV cell or history line: the agreement was renewed (by both sides).</extracomment>
        <translation>更新</translation>
    </message>
    <message>
        <source>Renewed automatically</source>
        <extracomment>An event in a CSV cell or history line: renewed by its own terms, automatically.</extracomment>
        <translation>自動更新</translation>
    </message>
    <message>
        <source>Amended</source>
        <extracomment>An event in a CSV cell or history line: the agreement&apos;s text was amended.</extracomment>
        <translation>改正</translation>
    </message>
    <message>
        <source>Terminated</source>
        <extracomment>An event in a CSV cell or history line: the agreement was ended.</extracomment>
        <translation>終了</translation>
    </message>
    <message>
        <source>Line {number} (“{line}”) is not an event: write it as “2025-04-01 Renewed → 2030-03-31” or “2026-02-01 Terminated: reason”.</source>
        <translation>{number}行目（「{line}」）は出来事として読み取れません。「2025-04-01 更新 → 2030-03-31」や「2026-02-01 終了: 理由」のように書いてください。</translation>
    </message>
    <message>
        <source>Line {number}: {reason}</source>
        <translation>{number}行目: {reason}</translation>
    </message>
    <message>
        <source>An agreement can be terminated only once.</source>
        <translation>協定の終了は1回だけです。</translation>
    </message>
    <message>
        <source>The event of {date} is earlier than the date signed ({signed}).</source>
        <translation>{date}の出来事が締結日（{signed}）より前です。</translation>
    </message>
    <message>
        <source>The renewal of {date} needs its new expiry date.</source>
        <translation>{date}の更新には新しい有効期限が必要です。</translation>
    </message>
    <message>
        <source>The renewal of {date} cannot end before {date}.</source>
        <translation>{date}の更新の新しい有効期限を{date}より前にはできません。</translation>
    </message>
    <message>
        <source>Only a renewal has a new expiry date ({date}).</source>
        <translation>新しい有効期限を持てるのは更新だけです（{date}）。</translation>
    </message>
    <message>
        <source>The event of {date} comes after the termination of {ended}.</source>
        <translation>{date}の出来事が{ended}の終了より後です。</translation>
    </message>
    <message>
        <source>“{text}” is not a period: write it as “3 months” or “90 days”.</source>
        <translation>「{text}」を期間として読み取れません。「3か月」や「90日」のように書いてください。</translation>
    </message>
    <message>
        <source>“{text}” is not a period between one day and 100 years.</source>
        <translation>「{text}」は1日から100年までの期間ではありません。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Accord</source>
        <extracomment>Title of a message box that has no title of its own: the application&apos;s name.</extracomment>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({detail}).</source>
        <extracomment>{detail} is the kind of error and its first line, in English (for a bug report).</extracomment>
        <translation>予期しないエラーが発生しました（{detail}）。</translation>
    </message>
</context>
<context>
    <name>partners</name>
    <message>
        <source>There is no partner with ID {partner_id}.</source>
        <translation>ID {partner_id} の提携先はありません。</translation>
    </message>
    <message>
        <source>A partner needs a name.</source>
        <translation>提携先には名前が必要です。</translation>
    </message>
    <message>
        <source>There is already a partner named “{other_name}”.</source>
        <translation>「{other_name}」という提携先はすでにあります。</translation>
    </message>
    <message>
        <source>A partner named “{other_name}” is in the trash; restore it from there, or delete it for good first.</source>
        <translation>「{other_name}」という提携先がごみ箱にあります。ごみ箱から復元するか、先に完全に削除してください。</translation>
    </message>
    <message>
        <source>A partner needs a country.</source>
        <translation>提携先には国が必要です。</translation>
    </message>
    <message>
        <source>“{name}” still has {len} agreement(s); delete them first or delete the partner together with them.</source>
        <translation>「{name}」にはまだ協定が {len} 件あります。先に協定を削除するか、協定とともに提携先を削除してください。</translation>
    </message>
    <message>
        <source>The partner {name}</source>
        <translation>提携先 {name}</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>reader</source>
        <translation>閲覧者</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>編集者</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>reading records</source>
        <translation>記録の閲覧</translation>
    </message>
    <message>
        <source>exporting records</source>
        <translation>記録の書き出し</translation>
    </message>
    <message>
        <source>checking the library</source>
        <translation>ライブラリの検査</translation>
    </message>
    <message>
        <source>adding records</source>
        <translation>記録の追加</translation>
    </message>
    <message>
        <source>changing records</source>
        <translation>記録の変更</translation>
    </message>
    <message>
        <source>attaching documents</source>
        <translation>文書の添付</translation>
    </message>
    <message>
        <source>moving records to the trash</source>
        <translation>記録をごみ箱へ移すこと</translation>
    </message>
    <message>
        <source>importing records</source>
        <translation>記録の取り込み</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>検索索引の再構築</translation>
    </message>
    <message>
        <source>restoring records from the trash</source>
        <translation>ごみ箱からの記録の復元</translation>
    </message>
    <message>
        <source>deleting records for good</source>
        <translation>記録の完全な削除</translation>
    </message>
    <message>
        <source>managing people and their roles</source>
        <translation>利用者と役割の管理</translation>
    </message>
    <message>
        <source>copying a library or a backup into this one</source>
        <translation>このライブラリへのライブラリまたはバックアップのコピー</translation>
    </message>
    <message>
        <source>Your role on this server library, {role}, does not allow {action}; ask an administrator.</source>
        <translation>このサーバーライブラリでのあなたの役割「{role}」では{action}ができないため、管理者に依頼してください。</translation>
    </message>
    <message>
        <source>{user} has no role in this Accord library; ask an administrator.</source>
        <translation>{user} はこのAccordライブラリでの役割を持たないため、管理者に依頼してください。</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>An agreement&apos;s title can have at most {max_title} characters.</source>
        <translation>協定名は {max_title} 文字以内にしてください。</translation>
    </message>
    <message>
        <source>A partner&apos;s local name can have at most {max_name} characters.</source>
        <translation>提携先の現地名は{max_name}文字以内にしてください。</translation>
    </message>
    <message>
        <source>A partner&apos;s office-language name can have at most {max_name} characters.</source>
        <translation>提携先の日本語名は{max_name}文字以内にしてください。</translation>
    </message>
    <message>
        <source>A partner&apos;s name can have at most {max_name} characters.</source>
        <translation>提携先の名前は{max_name}文字以内にしてください。</translation>
    </message>
    <message>
        <source>{date} looks wrong: dates before {year} are not accepted.</source>
        <extracomment>{date} is the date typed, as the window writes dates; {year} is 1900.</extracomment>
        <translation>{date} は誤りのようです。{year}年より前の日付は入力できません。</translation>
    </message>
    <message>
        <source>“Expires on” ({isoformat}) cannot be earlier than the date signed ({isoformat2}).</source>
        <translation>有効期限（{isoformat}）を締結日（{isoformat2}）より前にはできません。</translation>
    </message>
    <message>
        <source>“Effective from” ({effective}) cannot be earlier than the date signed ({signed}).</source>
        <translation>発効日（{effective}）を締結日（{signed}）より前にはできません。</translation>
    </message>
    <message>
        <source>“{text}” cannot be a signatory&apos;s name or title: it may not hold “;”, “(” or “)”.</source>
        <translation>「{text}」は署名者の氏名・役職にできません。「;」「(」「)」は使えません。</translation>
    </message>
    <message>
        <source>An agreement that renews automatically needs an expiry date and a term.</source>
        <translation>自動更新の協定には、有効期限と更新期間が必要です。</translation>
    </message>
    <message>
        <source>The place signed can have at most {most} characters.</source>
        <translation>署名地は{most}文字までです。</translation>
    </message>
    <message>
        <source>The responsible staff can have at most {most} characters.</source>
        <translation>担当者は{most}文字までです。</translation>
    </message>
    <message>
        <source>An event&apos;s note can have at most {most} characters.</source>
        <translation>経過の注記は{most}文字までです。</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>The search index was not rebuilt.</source>
        <translation>検索索引は再構築されませんでした。</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <source>accord server init sets up a library on a PostgreSQL server.</source>
        <translation>accord server init はPostgreSQLサーバー上にライブラリを用意するコマンドです。</translation>
    </message>
    <message>
        <source>“{name}” cannot be a person&apos;s name on the server.</source>
        <translation>「{name}」はサーバー上の利用者の名前には使えません。</translation>
    </message>
    <message>
        <source>The server library could not be set up: {reason}.</source>
        <translation>サーバーライブラリを用意できませんでした: {reason}。</translation>
    </message>
    <message>
        <source>{user} may not create roles on this server, so it cannot set up a library; run accord server init as the server&apos;s administrator.</source>
        <translation>{user} はこのサーバーでロールを作成できずライブラリを用意できないため、サーバー管理者として accord server init を実行してください。</translation>
    </message>
    <message>
        <source>The database holds tables that are not Accord&apos;s ({tables}), so Accord will not set up a library in it; give it an empty database.</source>
        <translation>データベースにAccordのものではないテーブル({tables})があるためライブラリを用意しないので、空のデータベースを指定してください。</translation>
    </message>
    <message>
        <source>This library was made by a newer version of Accord (schema {current}); set it up with that version.</source>
        <translation>このライブラリは新しいバージョンのAccord(スキーマ {current})で作られているため、そのバージョンで用意してください。</translation>
    </message>
    <message>
        <source>A library in a folder has no people or roles; only a server library has.</source>
        <translation>フォルダーのライブラリには利用者や役割がなく、あるのはサーバーライブラリだけです。</translation>
    </message>
    <message>
        <source>{name} is a superuser of the server, who may do everything; Accord&apos;s roles do not apply to them.</source>
        <translation>{name} はすべてを行えるサーバーのスーパーユーザーなので、Accordの役割は当てはまりません。</translation>
    </message>
    <message>
        <source>There is no person called {name} on the server, so there is no role to take.</source>
        <translation>サーバーに {name} という利用者はいないので、取り消す役割はありません。</translation>
    </message>
    <message>
        <source>{name} is the library&apos;s last administrator; make someone else an administrator first.</source>
        <translation>{name} はライブラリの最後の管理者なので、先に別の人を管理者にしてください。</translation>
    </message>
    <message>
        <source>“{name}” is longer than the server allows for a name (63 bytes).</source>
        <translation>「{name}」はサーバーで名前に使える長さ(63バイト)を超えています。</translation>
    </message>
    <message>
        <source>“{name}” is not a role of the library; say reader, editor, administrator or none.</source>
        <translation>「{name}」はライブラリの役割ではないので、reader、editor、administrator、none のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>{name} is a role of the server with rights beyond Accord&apos;s, so Accord will not change it; ask the server&apos;s administrator.</source>
        <translation>{name} はAccordの役割を超える権限を持つサーバーのロールなので、変更はサーバーの管理者に依頼してください。</translation>
    </message>
    <message>
        <source>{name} is not only one of the library&apos;s people on the server, so Accord will not set their password; ask the server&apos;s administrator.</source>
        <translation>{name} はサーバー上でライブラリの利用者であるだけではないので、パスワードの設定はサーバーの管理者に依頼してください。</translation>
    </message>
</context>
<context>
    <name>trash</name>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>協定 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>文書 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no partner with ID {id} in the trash.</source>
        <translation>ごみ箱に ID {id} の提携先はありません。</translation>
    </message>
    <message>
        <source>There is no agreement with ID {id} in the trash.</source>
        <translation>ごみ箱に ID {id} の協定はありません。</translation>
    </message>
    <message>
        <source>There is no document with ID {id} in the trash.</source>
        <translation>ごみ箱に ID {id} の文書はありません。</translation>
    </message>
    <message>
        <source>{what} is in the trash (moved there by {user} at {when}).</source>
        <translation>{what}はごみ箱にあります（{when} に {user} が移動）。</translation>
    </message>
    <message>
        <source>{what} is in the trash (moved there at {when}).</source>
        <translation>{what}はごみ箱にあります（{when} に移動）。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>“{kind}” is not a kind of record (partner, agreement, document).</source>
        <translation>「{kind}」は記録の種類（partner、agreement、document）ではありません。</translation>
    </message>
    <message>
        <source>Restore the partner {name} first.</source>
        <translation>先に提携先 {name} を復元してください。</translation>
    </message>
    <message>
        <source>Restore the agreement “{title}” first.</source>
        <translation>先に協定「{title}」を復元してください。</translation>
    </message>
    <message>
        <source>Another partner is now named “{name}”; rename it, then restore “{name2}”.</source>
        <translation>現在、別の提携先の名前が「{name}」になっています。その名前を変更してから「{name2}」を復元してください。</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Cannot redo “{what}”</source>
        <extracomment>Title of an error box; {what} is the step, e.g. Add Partner “Seoul”.</extracomment>
        <translation>「{what}」をやり直せません</translation>
    </message>
    <message>
        <source>Cannot undo “{what}”</source>
        <extracomment>Title of an error box; {what} is the step, e.g. Add Partner “Seoul”.</extracomment>
        <translation>「{what}」を元に戻せません</translation>
    </message>
    <message>
        <source>Attach “{name}”</source>
        <extracomment>A step in Edit › Undo (“Undo Attach …”); {name} is the file&apos;s name.</extracomment>
        <translation>「{name}」の添付</translation>
    </message>
    <message>
        <source>Remove Document “{name}”</source>
        <extracomment>A step in Edit › Undo (“Undo Remove Document …”); {name} is the file&apos;s name.</extracomment>
        <translation>文書「{name}」の取り外し</translation>
    </message>
    <message>
        <source>Someone else changed “{name}” after the import.</source>
        <extracomment>{name} is a partner&apos;s name or an agreement&apos;s title.</extracomment>
        <translation>取込の後に、他の人が「{name}」を変更しました。</translation>
    </message>
    <message>
        <source>The agreement with ID {id} is no longer in the library as the import left it.</source>
        <translation>ID {id} の協定が、取込の直後の状態でライブラリにありません。</translation>
    </message>
    <message>
        <source>The partner with ID {id} is no longer in the library as the import left it.</source>
        <translation>ID {id} の提携先が、取込の直後の状態でライブラリにありません。</translation>
    </message>
    <message>
        <source>Someone else changed “{name}” after the import was undone.</source>
        <extracomment>{name} is a partner&apos;s name or an agreement&apos;s title.</extracomment>
        <translation>取込を元に戻した後に、他の人が「{name}」を変更しました。</translation>
    </message>
    <message>
        <source>An agreement the import updated is no longer in the library.</source>
        <translation>取込で更新した協定がライブラリにありません。</translation>
    </message>
    <message>
        <source>A partner the import updated is no longer in the library.</source>
        <translation>取込で更新した提携先がライブラリにありません。</translation>
    </message>
    <message>
        <source>Import “{name}”</source>
        <extracomment>A step in Edit › Undo (“Undo Import …”); {name} is the CSV file&apos;s name.</extracomment>
        <translation>「{name}」の取込</translation>
    </message>
    <message>
        <source>Undoing {what}…</source>
        <extracomment>Progress text; {what} is the step, e.g. Import “agreements.csv”.</extracomment>
        <translation>{what}を元に戻しています…</translation>
    </message>
    <message>
        <source>Redoing {what}…</source>
        <extracomment>Progress text; {what} is the step, e.g. Import “agreements.csv”.</extracomment>
        <translation>{what}をやり直しています…</translation>
    </message>
    <message>
        <source>Add Partner “{name}”</source>
        <extracomment>A step in Edit › Undo (“Undo Add Partner …”); {name} is the partner&apos;s name.</extracomment>
        <translation>提携先「{name}」の追加</translation>
    </message>
    <message>
        <source>Edit Partner “{name}”</source>
        <extracomment>A step in Edit › Undo (“Undo Edit Partner …”); {name} is the partner&apos;s name.</extracomment>
        <translation>提携先「{name}」の編集</translation>
    </message>
    <message>
        <source>Delete Partner “{name}”</source>
        <extracomment>A step in Edit › Undo (“Undo Delete Partner …”); {name} is the partner&apos;s name.</extracomment>
        <translation>提携先「{name}」の削除</translation>
    </message>
    <message>
        <source>Add Agreement “{title}”</source>
        <extracomment>A step in Edit › Undo (“Undo Add Agreement …”); {title} is the agreement&apos;s title.</extracomment>
        <translation>協定「{title}」の追加</translation>
    </message>
    <message>
        <source>Edit Agreement “{title}”</source>
        <extracomment>A step in Edit › Undo (“Undo Edit Agreement …”); {title} is the agreement&apos;s title.</extracomment>
        <translation>協定「{title}」の編集</translation>
    </message>
    <message>
        <source>Delete Agreement “{title}”</source>
        <extracomment>A step in Edit › Undo (“Undo Delete Agreement …”); {title} is the agreement&apos;s title.</extracomment>
        <translation>協定「{title}」の削除</translation>
    </message>
</context>
<context>
    <name>upcoming</name>
    <message>
        <source>Partner: {partner}</source>
        <extracomment>A line of a calendar event&apos;s description: the partner&apos;s name.</extracomment>
        <translation>提携先：{partner}</translation>
    </message>
    <message>
        <source>Agreement {id}: {title}</source>
        <extracomment>A line of a calendar event&apos;s description: the agreement&apos;s ID and title.</extracomment>
        <translation>協定 {id}：{title}</translation>
    </message>
    <message>
        <source>From Accord&apos;s records.</source>
        <extracomment>The last line of a calendar event&apos;s description: where it came from.</extracomment>
        <translation>Accordの記録より。</translation>
    </message>
    <message>
        <source>Accord: upcoming dates</source>
        <extracomment>The name a calendar application gives the imported calendar.</extracomment>
        <translation>Accord：今後の予定</translation>
    </message>
    <message>
        <source>No file name was given for the calendar.</source>
        <translation>カレンダーのファイル名が指定されていません。</translation>
    </message>
    <message>
        <source>{target} cannot be written: {reason}.</source>
        <translation>{target} に書き込めません：{reason}。</translation>
    </message>
    <message>
        <source>Notice deadlines and expiries in the next {days} days</source>
        <extracomment>Heading of the upcoming list: what falls due within the chosen number of days.</extracomment>
        <translation>今後{days}日以内の通知期限と満了日</translation>
    </message>
    <message>
        <source>Expired in the last {days} days</source>
        <extracomment>Heading of the upcoming list: agreements whose end date fell in the last days.</extracomment>
        <translation>過去{days}日以内に満了</translation>
    </message>
    <message>
        <source>Anniversaries in the next 12 months</source>
        <extracomment>Heading of the upcoming list: milestone anniversaries (5th, 10th, ... 30th, 40th...).</extracomment>
        <translation>今後12か月の記念日</translation>
    </message>
    <message>
        <source>{n}th</source>
        <comment>ordinal</comment>
        <extracomment>An ordinal number ending in &quot;th&quot; (4th, 11th, 30th); in Japanese just {n}.</extracomment>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n}st</source>
        <comment>ordinal</comment>
        <extracomment>An ordinal number ending in &quot;st&quot; (1st, 21st); in Japanese just {n}.</extracomment>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n}nd</source>
        <comment>ordinal</comment>
        <extracomment>An ordinal number ending in &quot;nd&quot; (2nd, 22nd); in Japanese just {n}.</extracomment>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n}rd</source>
        <comment>ordinal</comment>
        <extracomment>An ordinal number ending in &quot;rd&quot; (3rd, 23rd); in Japanese just {n}.</extracomment>
        <translation>{n}</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <extracomment>What a date is: the last day to give notice (to end or not renew an agreement).</extracomment>
        <translation>通知期限</translation>
    </message>
    <message>
        <source>Expires</source>
        <extracomment>What a date is: the agreement ends that day (it is ahead).</extracomment>
        <translation>満了</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>What a date is: the agreement ended that day (it has passed).</extracomment>
        <translation>満了済み</translation>
    </message>
    <message>
        <source>{ordinal} anniversary of signing</source>
        <extracomment>What a date is: {ordinal} is &quot;30th&quot; (Japanese: 30): the agreement was signed so many years before.</extracomment>
        <translation>締結{ordinal}周年</translation>
    </message>
    <message>
        <source>{ordinal} anniversary of affiliation</source>
        <extracomment>What a date is: {ordinal} is &quot;30th&quot; (Japanese: 30): the partner&apos;s affiliation began so many years before.</extracomment>
        <translation>提携{ordinal}周年</translation>
    </message>
    <message>
        <source>Notice deadline: {title} ({partner})</source>
        <extracomment>A calendar event&apos;s title: {title} of the agreement, {partner} its partner.</extracomment>
        <translation>通知期限：{title}（{partner}）</translation>
    </message>
    <message>
        <source>Expires: {title} ({partner})</source>
        <extracomment>A calendar event&apos;s title: the agreement {title} with {partner} ends that day.</extracomment>
        <translation>満了：{title}（{partner}）</translation>
    </message>
    <message>
        <source>Expired: {title} ({partner})</source>
        <extracomment>A calendar event&apos;s title: the agreement {title} with {partner} ended that day.</extracomment>
        <translation>満了済み：{title}（{partner}）</translation>
    </message>
    <message>
        <source>{ordinal} anniversary of signing: {title} ({partner})</source>
        <extracomment>A calendar event&apos;s title: {ordinal} is &quot;30th&quot; (Japanese: 30).</extracomment>
        <translation>締結{ordinal}周年：{title}（{partner}）</translation>
    </message>
    <message>
        <source>{ordinal} anniversary of the affiliation with {partner}</source>
        <extracomment>A calendar event&apos;s title: {ordinal} is &quot;30th&quot; (Japanese: 30), {partner} a city.</extracomment>
        <translation>{partner}との提携{ordinal}周年</translation>
    </message>
    <message>
        <source>{due} due in the next {days} days, {expired} expired in the last {recent} days, {anniversaries} anniversaries in the next 12 months.</source>
        <extracomment>The last line of &quot;accord upcoming&quot;: how many dates in each section.</extracomment>
        <translation>今後{days}日以内の期限 {due}件、過去{recent}日以内の満了 {expired}件、今後12か月の記念日 {anniversaries}件。</translation>
    </message>
</context>
</TS>
