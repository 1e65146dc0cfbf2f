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
