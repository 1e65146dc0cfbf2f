# madoguchi UI strings: Japanese. Every kanji carries its reading in Aozora Bunko ruby notation
# (｜漢字《かんじ》); normal mode hides the readings, easy-Japanese mode shows them as furigana.

## App shell
app-name = まどぐち
app-tagline = ｜在留《ざいりゅう》の｜手続《てつづ》きを、ブラウザで。｜書類《しょるい》はこの｜端末《たんまつ》から｜外《そと》に｜出《で》ません。
nav-skip = ｜本文《ほんぶん》へ｜移動《いどう》
nav-home = ホーム
nav-main-label = メインメニュー
settings-heading = ｜表示《ひょうじ》の｜設定《せってい》
settings-language = ｜言語《げんご》
settings-colour = ｜配色《はいしょく》
settings-colour-standard = ｜標準《ひょうじゅん》
settings-colour-blue = ｜青《あお》
settings-colour-yellow = ｜黄《き》
settings-colour-black = ｜黒《くろ》
settings-font-size = ｜文字《もじ》の｜大《おお》きさ
settings-font-normal = ｜標準《ひょうじゅん》
settings-font-large = ｜大《おお》きい
language-self-name = ｜日本語《にほんご》
language-easy-japanese = やさしい｜日本語《にほんご》（ふりがな）

## Home
home-heading = ｜何《なに》をしますか？
home-intro = ｜手続《てつづ》きを｜選《えら》んでください。｜読《よ》み｜取《と》りと｜確認《かくにん》はこのブラウザの｜中《なか》で｜行《おこな》います。｜送信《そうしん》されるのは、あなたが｜完成《かんせい》させて｜送《おく》ったフォームだけです。
flow-card-reader-title = カードリーダーで｜在留《ざいりゅう》カードを｜確認《かくにん》する
flow-card-reader-desc = ＩＣチップを｜読《よ》み｜取《と》り、カードが｜本物《ほんもの》かどうかを｜確《たし》かめます。
flow-document-scan-title = ｜写真《しゃしん》から｜在留《ざいりゅう》カード・パスポートを｜読《よ》み｜取《と》る
flow-document-scan-desc = ｜撮影《さつえい》した｜写真《しゃしん》から｜入力項目《にゅうりょくこうもく》を｜自動《じどう》で｜埋《う》めます。
flow-photo-check-title = ｜証明写真《しょうめいしゃしん》をチェックする
flow-photo-check-desc = ｜申請用《しんせいよう》の｜写真《しゃしん》が｜規格《きかく》に｜合《あ》っているかを｜調《しら》べ、｜直《なお》せるところは｜直《なお》します。
flow-exam-mypage-title = ｜試験《しけん》マイページの｜登録《とうろく》
flow-exam-mypage-desc = ｜在留《ざいりゅう》カードとパスポートの｜写真《しゃしん》から｜登録情報《とうろくじょうほう》を｜入力《にゅうりょく》します。
flow-mynumber-title = マイナンバーカードのオンライン｜申請《しんせい》
flow-mynumber-desc = ｜交付申請書《こうふしんせいしょ》のＱＲコードと｜顔写真《かおじゃしん》で｜申請《しんせい》します。
flow-immigration-account-title = ｜出入国在留管理庁《しゅつにゅうこくざいりゅうかんりちょう》のオンライン｜手続《てつづ》きアカウント
flow-immigration-account-desc = アカウントの｜登録《とうろく》・ログインと、｜在留資格認定証明書《ざいりゅうしかくにんていしょうめいしょ》の｜受領登録《じゅりょうとうろく》をします。
flow-status-planned = ｜準備中《じゅんびちゅう》
footer-privacy = ｜写真《しゃしん》・カードの｜情報《じょうほう》・｜証明写真《しょうめいしゃしん》は、このブラウザの｜中《なか》だけで｜処理《しょり》されます。

## Errors
not-found-heading = ページが｜見《み》つかりません
not-found-body = { $path } というページはありません。
not-found-home = ホームに｜戻《もど》る

## Validation rules (crates/rules)
rule-required = ｜入力《にゅうりょく》してください。
rule-card-number-length = カード｜番号《ばんごう》は１２｜文字《もじ》です。｜入力《にゅうりょく》されたのは { $length } ｜文字《もじ》です。
rule-card-number-format = ｜番号《ばんごう》が｜間違《まちが》っています。カードの｜右上《みぎうえ》にある、｜英字《えいじ》２｜文字《もじ》・｜数字《すうじ》８｜文字《もじ》・｜英字《えいじ》２｜文字《もじ》の｜番号《ばんごう》を｜入力《にゅうりょく》してください（｜例《れい》：AB12345678CD）。

## Validation rules: My Number card online application (crates/rules)
rule-application-id-length = ｜申請書《しんせいしょ》IDは｜数字《すうじ》２３｜桁《けた》です。｜入力《にゅうりょく》されたのは { $length } ｜桁《けた》です。
rule-application-id-digits = ｜申請書《しんせいしょ》IDは｜数字《すうじ》だけです。「{ $char }」は｜数字《すうじ》ではありません。
rule-application-id-mismatch = ２つの｜申請書《しんせいしょ》IDが｜違《ちが》います。｜交付《こうふ》｜申請書《しんせいしょ》を｜見《み》て、｜両方《りょうほう》を｜確《たし》かめてください。
rule-mail-name-char = { $position }｜文字目《もじめ》の「{ $char }」は｜使《つか》えません。ふつうの｜変換《へんかん》で｜出《で》る｜文字《もじ》（JIS｜第一《だいいち》・｜第二《だいに》｜水準《すいじゅん》の｜漢字《かんじ》、かな、｜英字《えいじ》）で｜入力《にゅうりょく》してください。
rule-mail-name-char-suggest = { $position }｜文字目《もじめ》の「{ $char }」は｜使《つか》えません。かわりに「{ $suggestion }」を｜入力《にゅうりょく》してください。
rule-mail-name-too-long = ｜名前《なまえ》は５０｜文字《もじ》までです。｜入力《にゅうりょく》されたのは { $length } ｜文字《もじ》です。
rule-email-half-width = メールアドレスは｜半角《はんかく》で｜入力《にゅうりょく》してください。「{ $char }」は｜使《つか》えません。
rule-email-space = メールアドレスにスペースは｜入《い》れられません。
rule-email-too-long = メールアドレスは１００｜文字《もじ》までです。｜入力《にゅうりょく》されたのは { $length } ｜文字《もじ》です。
rule-email-format = メールアドレスの｜形《かたち》になっていません。name@example.jp のように｜入力《にゅうりょく》してください。
rule-email-mismatch = ２つのメールアドレスが｜違《ちが》います。
rule-date-number = ｜年《ねん》・｜月《つき》・｜日《ひ》を｜数字《すうじ》で｜入力《にゅうりょく》してください。
rule-date-month = ｜月《つき》は１から１２までです。
rule-date-no-such-day = その｜月《つき》は { $days } ｜日《にち》までです。
rule-wareki-year-zero = ｜元号《げんごう》の｜最初《さいしょ》の｜年《とし》は１（｜元年《がんねん》）です。０｜年《ねん》はありません。
rule-wareki-other-era =
    { $date } は｜選《えら》んだ｜元号《げんごう》の｜期間《きかん》ではありません。{ $era ->
        [meiji] ｜明治《めいじ》
        [taisho] ｜大正《たいしょう》
        [showa] ｜昭和《しょうわ》
        [heisei] ｜平成《へいせい》
       *[reiwa] ｜令和《れいわ》
    }{ $year ->
        [1] ｜元年《がんねん》
       *[other] { $year }｜年《ねん》
    }です。
rule-date-too-early = { $earliest }（｜明治《めいじ》の｜始《はじ》まり）より｜前《まえ》の｜日付《ひづけ》は｜入力《にゅうりょく》できません。
rule-birth-date-future = ｜生年月日《せいねんがっぴ》が｜今日《きょう》より｜後《あと》になっています。
rule-licence-record-length = ｜免許《めんきょ》｜情報《じょうほう》｜記録《きろく》｜番号《ばんごう》は｜数字《すうじ》１２｜桁《けた》です。｜入力《にゅうりょく》されたのは { $length } ｜桁《けた》です。
rule-licence-record-digits = ｜免許《めんきょ》｜情報《じょうほう》｜記録《きろく》｜番号《ばんごう》は｜数字《すうじ》だけです。「{ $char }」は｜数字《すうじ》ではありません。
rule-photo-file-too-small = ｜写真《しゃしん》のファイルが｜小《ちい》さすぎます（{ $kilobytes } KB）。20KB｜以上《いじょう》にしてください。
rule-photo-file-too-large = ｜写真《しゃしん》のファイルが｜大《おお》きすぎます（{ $kilobytes } KB）。7MB（7,000,000バイト）｜以下《いか》にしてください。
rule-photo-not-jpeg = ｜写真《しゃしん》はJPEGファイル（.jpg・.jpeg）にしてください。
rule-photo-not-rgb = ｜写真《しゃしん》はRGBカラーのJPEGにしてください。CMYKや｜白黒《しろくろ》のファイルは｜使《つか》えません。
rule-photo-dimensions = ｜写真《しゃしん》は { $width } × { $height } ピクセルです。｜幅《はば》と｜高《たか》さは、それぞれ480～6000ピクセルにしてください。

## Validation rules: immigration online account (crates/rules)
user-kind-organisation-staff = ｜所属《しょぞく》｜機関《きかん》｜等《とう》の｜職員《しょくいん》
user-kind-lawyer-or-scrivener = ｜弁護士《べんごし》・｜行政書士《ぎょうせいしょし》
user-kind-foreign-national = ｜外国人《がいこくじん》｜本人《ほんにん》
user-kind-legal-representative = ｜法定《ほうてい》｜代理人《だいりにん》｜等《とう》
rule-user-kind-invalid = ｜利用者《りようしゃ》｜区分《くぶん》を｜選《えら》んでください。
rule-latin-name-char = { $position }｜文字目《もじめ》の「{ $char }」は｜使《つか》えません。｜英字《えいじ》（A–Z）とスペースだけで｜入力《にゅうりょく》してください。
rule-latin-name-char-suggest = { $position }｜文字目《もじめ》の「{ $char }」は｜使《つか》えません。かわりに「{ $suggestion }」を｜入力《にゅうりょく》してください（｜英字《えいじ》A–Zとスペースだけ）。
rule-latin-name-too-long = ｜名前《なまえ》はスペースを｜含《ふく》めて１０４｜文字《もじ》までです。｜入力《にゅうりょく》されたのは { $length } ｜文字《もじ》です。
rule-phone-hyphen = ｜電話《でんわ》｜番号《ばんごう》はハイフンなしで｜入力《にゅうりょく》してください：{ $suggestion }
rule-phone-digits = ｜電話《でんわ》｜番号《ばんごう》は｜数字《すうじ》だけで｜入力《にゅうりょく》してください（ハイフン・スペース・かっこなし）。「{ $char }」は｜使《つか》えません。
rule-phone-length = ｜日本《にほん》の｜電話《でんわ》｜番号《ばんごう》は０から｜始《はじ》まる１０｜桁《けた》か１１｜桁《けた》です。｜入力《にゅうりょく》されたのは { $length } ｜桁《けた》です。
rule-phone-leading-zero = ｜電話《でんわ》｜番号《ばんごう》は０から｜入力《にゅうりょく》してください（｜例《れい》：09012345678）。
rule-password-char = 「{ $char }」はパスワードに｜使《つか》えません。｜使《つか》えるのは A–Z、a–z、0–9 と｜記号《きごう》 $%&=@_#*+-?! です。
rule-password-length = パスワードは１０～２０｜文字《もじ》です。｜入力《にゅうりょく》されたのは { $length } ｜文字《もじ》です。
rule-password-classes = パスワードに、｜次《つぎ》の { $count } ｜種類《しゅるい》の｜文字《もじ》をそれぞれ１｜文字《もじ》｜以上《いじょう》｜入《い》れてください：{ $missing }
rule-password-mismatch = ２つのパスワードが｜違《ちが》います。
password-class-upper = ｜英《えい》｜大文字《おおもじ》（A–Z）
password-class-lower = ｜英《えい》｜小文字《こもじ》（a–z）
password-class-digit = ｜数字《すうじ》（0–9）
password-class-symbol = ｜記号《きごう》（$%&=@_#*+-?!）

## Card reader flow (seed 003)
chip-intro = ＵＳＢカードリーダーで｜在留《ざいりゅう》カード・｜特別永住者証明書《とくべつえいじゅうしゃしょうめいしょ》のＩＣチップを｜読《よ》み｜取《と》り、｜本物《ほんもの》かどうかを｜確認《かくにん》します。
chip-privacy = カードはこのブラウザの｜中《なか》で｜読《よ》み｜取《と》ります。チップから｜読《よ》んだ｜情報《じょうほう》はどこにも｜送信《そうしん》されず、「｜終了《しゅうりょう》」を｜押《お》すと｜残《のこ》りません。
chip-step-number = ステップ１：カード｜番号《ばんごう》の｜入力《にゅうりょく》
chip-number-label = ｜在留《ざいりゅう》カード｜等番号《とうばんごう》
chip-number-hint = カードの｜右上《みぎうえ》にある｜半角英大文字《はんかくえいおおもじ》・｜数字《すうじ》１２｜桁《けた》です（｜例《れい》：LD64185190AA）。
chip-next = ｜次《つぎ》へ
chip-step-reader = ステップ２：カードをリーダーに｜置《お》く
chip-reader-instructions = カードリーダーをこのパソコンにつなぎ、カードを｜置《お》いてから、リーダーを｜選《えら》んでください。
chip-connect-reader = カードリーダーを｜選《えら》んで｜読《よ》み｜取《と》る
chip-change-number = カード｜番号《ばんごう》を｜変更《へんこう》する
chip-reading = カードを｜読《よ》み｜取《と》っています…
chip-do-not-move = ｜読《よ》み｜取《と》りが｜終《お》わるまでカードを｜動《うご》かさないでください。
chip-try-again = もう｜一度《いちど》｜読《よ》み｜取《と》る
chip-finish = ｜終了《しゅうりょう》
chip-verdict-genuine-residence = ｜正常《せいじょう》な｜在留《ざいりゅう》カードを｜読《よ》み｜取《と》りました
chip-verdict-genuine-special = ｜正常《せいじょう》な｜特別永住者証明書《とくべつえいじゅうしゃしょうめいしょ》を｜読《よ》み｜取《と》りました
chip-verdict-genuine-test-ca = データは｜正常《せいじょう》ですが、｜発行元《はっこうもと》は｜出入国在留管理庁《しゅつにゅうこくざいりゅうかんりちょう》ではなくテスト｜用《よう》の｜認証局《にんしょうきょく》です（テスト｜用《よう》カード）。
chip-verdict-issuer-not-checked = データは｜正常《せいじょう》ですが、｜発行元《はっこうもと》を｜確認《かくにん》できませんでした（このサーバーに｜出入国在留管理庁《しゅつにゅうこくざいりゅうかんりちょう》の｜証明書《しょうめいしょ》がありません）。
chip-verdict-under16 = １６｜歳未満《さいみまん》の｜方《かた》のカードを｜読《よ》み｜取《と》りました。このカードには｜電子署名《でんししょめい》がないため｜検証《けんしょう》できません。
chip-verdict-abnormal = ｜異常《いじょう》なカードを｜読《よ》み｜取《と》りました
chip-tamper-heading = ｜改《かい》ざん｜検証結果《けんしょうけっか》
chip-issuer-heading = ｜発行元検証結果《はっこうもとけんしょうけっか》
chip-tamper-ok = ｜正常《せいじょう》：チップのデータは｜署名《しょめい》されたときのままです。
chip-tamper-failed = ｜異常《いじょう》：チップのデータが｜署名《しょめい》と｜一致《いっち》しません。
chip-check-not-signed = ｜未検証《みけんしょう》：１６｜歳未満《さいみまん》の｜方《かた》のカードには｜署名《しょめい》がありません。
chip-issuer-ok = ｜正常《せいじょう》：｜出入国在留管理庁《しゅつにゅうこくざいりゅうかんりちょう》が｜発行《はっこう》したカードです。
chip-issuer-test-ca = ｜正常《せいじょう》（テスト｜用《よう》の｜認証局《にんしょうきょく》。｜出入国在留管理庁《しゅつにゅうこくざいりゅうかんりちょう》ではありません）。
chip-issuer-not-checked = ｜未検証《みけんしょう》：｜出入国在留管理庁《しゅつにゅうこくざいりゅうかんりちょう》の｜証明書《しょうめいしょ》がインストールされていません。
chip-issuer-failed = ｜異常《いじょう》：｜既知《きち》の｜発行元《はっこうもと》が｜発行《はっこう》したカードではありません。
chip-note-signer-expired = カードの｜署名用証明書《しょめいようしょうめいしょ》は、｜署名後《しょめいご》の { $date } に｜有効期限《ゆうこうきげん》が｜切《き》れています。これは｜正常《せいじょう》で、カードには｜影響《えいきょう》しません。
chip-note-ca-expired = ｜発行元《はっこうもと》の｜認証局証明書《にんしょうきょくしょうめいしょ》は、｜署名後《しょめいご》の { $date } に｜有効期限《ゆうこうきげん》が｜切《き》れています。これは｜正常《せいじょう》で、カードには｜影響《えいきょう》しません。
chip-note-not-yet-valid = ｜署名用証明書《しょめいようしょうめいしょ》は { $date } から｜有効《ゆうこう》です。このパソコンの｜時計《とけい》を｜確認《かくにん》してください。
chip-abnormal-advice = カードの｜故障《こしょう》や｜偽造《ぎぞう》の｜可能性《かのうせい》があります。｜次《つぎ》の｜相談窓口《そうだんまどぐち》からご｜相談《そうだん》ください：
chip-consult-link = ｜地方出入国在留管理官署《ちほうしゅつにゅうこくざいりゅうかんりかんしょ》
chip-card-expiry = カードの｜有効期間《ゆうこうきかん》
chip-address = ｜住居地《じゅうきょち》
chip-permission = ｜資格外活動許可《しかくがいかつどうきょか》
chip-renewal = ｜在留期間更新等許可申請欄《ざいりゅうきかんこうしんとうきょかしんせいらん》
chip-renewal-applied = ｜申請中《しんせいちゅう》
chip-renewal-none = なし
chip-reader-used = カードリーダー
chip-front-image = カードの｜券面《けんめん》（チップから）
chip-face-image = ｜顔写真《かおじゃしん》（チップから）
chip-zoom = ｜拡大《かくだい》
chip-check-validity = ｜在留《ざいりゅう》カード｜等番号《とうばんごう》の｜有効性《ゆうこうせい》を｜確認《かくにん》します
chip-reader-unsupported = このブラウザではＵＳＢカードリーダーを｜使《つか》えません。
chip-reader-unsupported-advice = パソコンの Google Chrome または Microsoft Edge で、このサイトの https のアドレスを｜開《ひら》いてください。
chip-reader-none-chosen = カードリーダーが｜選《えら》ばれませんでした。
chip-reader-none-chosen-advice = リーダーをつないでからもう｜一度《いちど》ボタンを｜押《お》し、｜一覧《いちらん》から｜選《えら》んでください。｜一覧《いちらん》にない｜場合《ばあい》は、｜対応《たいおう》リーダーの｜一覧《いちらん》をご｜覧《らん》ください。
chip-reader-protected = カードリーダー「{ $product }」はウェブページからは｜使《つか》えません。
chip-reader-protected-advice = Chrome は、｜標準《ひょうじゅん》のスマートカードリーダーとして｜動《うご》くリーダーをウェブページから｜使《つか》わせません。ベンダー｜固有《こゆう》のインターフェースを｜持《も》つリーダー（｜例《れい》：SCM SCL011、OMNIKEY 5321、ソニー PaSoRi）を｜使《つか》うか、｜情報《じょうほう》システム｜担当者《たんとうしゃ》に madoguchi を Isolated Web App としてインストールしてもらってください。その｜場合《ばあい》は｜標準《ひょうじゅん》のリーダーも｜使《つか》えます。
chip-reader-not-ccid = 「{ $product }」は madoguchi で｜使《つか》えるカードリーダーではありません。
chip-reader-not-ccid-advice = ｜対応《たいおう》リーダーの｜一覧《いちらん》にある｜非接触《ひせっしょく》ＩＣカードリーダーを｜選《えら》んでください。
chip-reader-busy = カードリーダー「{ $product }」は｜別《べつ》のプログラムかタブで｜使用中《しようちゅう》です。
chip-reader-busy-advice = リーダーを｜使《つか》っている｜他《ほか》のプログラムやタブを｜閉《と》じて（またはリーダーを｜抜《ぬ》き｜差《さ》しして）から、もう｜一度《いちど》お｜試《ため》しください。
chip-error-internal = ｜異常《いじょう》が｜発生《はっせい》したためトップ｜画面《がめん》に｜戻《もど》ります
chip-error-internal-advice = このページを｜再読《さいよ》み｜込《こ》みしてください。｜同《おな》じエラーが｜表示《ひょうじ》される｜場合《ばあい》は、ブラウザを｜再起動《さいきどう》してください。
chip-error-number-mismatch = ｜在留《ざいりゅう》カード｜等番号《とうばんごう》が｜間違《まちが》っています
chip-error-number-mismatch-advice = このカードの｜右上《みぎうえ》にある｜正《ただ》しい｜番号《ばんごう》を｜入力《にゅうりょく》してください。
chip-error-not-residence-card = カードの｜読取中《よみとりちゅう》にエラーが｜発生《はっせい》しました。｜在留《ざいりゅう》カード｜以外《いがい》のカードを｜置《お》いている｜可能性《かのうせい》があります。
chip-error-not-residence-card-advice = ｜在留《ざいりゅう》カードまたは｜特別永住者証明書《とくべつえいじゅうしゃしょうめいしょ》であることを｜確認《かくにん》して、リーダーに｜置《お》いてください。
chip-error-card-not-read = カードが｜読《よ》み｜取《と》れません。｜在留《ざいりゅう》カードまたは｜特別永住者証明書《とくべつえいじゅうしゃしょうめいしょ》であることを｜確認《かくにん》のうえ、もう｜一度《いちど》リーダーに｜置《お》いてください。
chip-error-card-not-read-advice = カードを｜動《うご》かさずにリーダーに｜平《たい》らに｜置《お》き、｜金属《きんぞく》のものから１０～２０ｃｍ｜離《はな》してください。｜繰《く》り｜返《かえ》し｜表示《ひょうじ》される｜場合《ばあい》は、お｜近《ちか》くの｜出入国在留管理官署《しゅつにゅうこくざいりゅうかんりかんしょ》にお｜問《と》い｜合《あ》わせください。
chip-error-while-reading = カードの｜読取中《よみとりちゅう》にエラーが｜発生《はっせい》しました
chip-error-while-reading-advice = もう｜一度《いちど》カードをリーダーに｜置《お》いてください。｜数回試《すうかいため》しても｜同《おな》じエラーが｜表示《ひょうじ》される｜場合《ばあい》は、お｜近《ちか》くの｜出入国在留管理官署《しゅつにゅうこくざいりゅうかんりかんしょ》にお｜問《と》い｜合《あ》わせください。
chip-error-chip-broken = ｜在留《ざいりゅう》カードのＩＣチップが｜故障《こしょう》している｜可能性《かのうせい》があります
chip-error-chip-broken-advice = お｜近《ちか》くの｜出入国在留管理官署《しゅつにゅうこくざいりゅうかんりかんしょ》でカードの｜再交付手続《さいこうふてつづ》きを｜行《おこな》ってください。
