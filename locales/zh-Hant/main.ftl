# madoguchi UI strings: Traditional Chinese.

## App shell
app-name = madoguchi
app-tagline = 在瀏覽器中辦理在留手續。您的證件不會離開本裝置。
nav-skip = 跳至主要內容
nav-home = 首頁
nav-main-label = 主選單
settings-heading = 顯示設定
settings-language = 語言
settings-colour = 配色
settings-colour-standard = 標準
settings-colour-blue = 藍色
settings-colour-yellow = 黃色
settings-colour-black = 黑色
settings-font-size = 文字大小
settings-font-normal = 標準
settings-font-large = 大
language-self-name = 繁體中文
language-easy-japanese = 簡明日語（注音假名）

## Home
home-heading = 您要辦理什麼？
home-intro = 請選擇手續。讀取與檢查都在本瀏覽器內進行；只有您填寫完成並送出的表單才會被傳送。
flow-card-reader-title = 用讀卡機核驗在留卡
flow-card-reader-desc = 讀取IC晶片，確認卡片是否為真。
flow-document-scan-title = 從照片讀取在留卡或護照
flow-document-scan-desc = 依據您拍攝的照片自動填寫表單。
flow-photo-check-title = 檢查證件照
flow-photo-check-desc = 檢查照片是否符合申請規定，並修正可以修正的問題。
flow-exam-mypage-title = 考試 My Page 註冊
flow-exam-mypage-desc = 依據在留卡與護照的照片填寫註冊資料。
flow-mynumber-title = 個人編號卡線上申請
flow-mynumber-desc = 使用申請書上的QR碼與臉部照片申請。
flow-immigration-account-title = 出入國在留管理廳線上手續帳戶
flow-immigration-account-desc = 註冊、登入，並登記在留資格認定證明書的領取。
flow-status-planned = 準備中
footer-privacy = 照片、卡片資料與證件照只在本瀏覽器內處理。

## Errors
not-found-heading = 找不到頁面
not-found-body = 頁面 { $path } 不存在。
not-found-home = 返回首頁

## Validation rules: My Number card online application (crates/rules)
rule-application-id-length = 申請書ID為23位數字，您輸入了 { $length } 位。
rule-application-id-digits = 申請書ID只能是數字，「{ $char }」不是數字。
rule-application-id-mismatch = 兩次輸入的申請書ID不一致。請對照交付申請書核對。
rule-mail-name-char = 第 { $position } 個字元「{ $char }」無法使用。請輸入日文輸入法正常轉換得到的常用字形（JIS第一、第二水準漢字、假名或拉丁字母）。
rule-mail-name-char-suggest = 第 { $position } 個字元「{ $char }」無法使用。請改為輸入「{ $suggestion }」。
rule-mail-name-too-long = 姓名最多50個字元，您輸入了 { $length } 個。
rule-email-half-width = 請用半形字元輸入電子郵件地址，「{ $char }」無法使用。
rule-email-space = 電子郵件地址中不能有空格。
rule-email-too-long = 電子郵件地址最多100個字元，您輸入了 { $length } 個。
rule-email-format = 這不是電子郵件地址。格式應類似 name@example.jp。
rule-email-mismatch = 兩次輸入的電子郵件地址不一致。
rule-date-number = 請用數字輸入年、月、日。
rule-date-month = 月份應為1至12。
rule-date-no-such-day = 該月只有 { $days } 天。
rule-wareki-year-zero = 年號的第一年是1年（元年），沒有0年。
rule-wareki-other-era =
    { $date } 不在您選擇的年號期間內，應為{ $era ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
       *[reiwa] 令和
    }{ $year }年。
rule-date-too-early = 無法輸入 { $earliest }（明治時代開始）之前的日期。
rule-birth-date-future = 出生日期不能晚於今天。
rule-licence-record-length = 駕照資訊記錄編號為12位數字，您輸入了 { $length } 位。
rule-licence-record-digits = 駕照資訊記錄編號只能是數字，「{ $char }」不是數字。
rule-photo-file-too-small = 照片檔案太小（{ $kilobytes } KB），至少需要20 KB。
rule-photo-file-too-large = 照片檔案太大（{ $kilobytes } KB），最大為7 MB（7,000,000位元組）。
rule-photo-not-jpeg = 照片必須是JPEG檔案（.jpg或.jpeg）。
rule-photo-not-rgb = 照片必須是RGB彩色JPEG，不接受CMYK或黑白檔案。
rule-photo-dimensions = 照片為 { $width } × { $height } 像素。寬和高都必須在480至6000像素之間。

## Validation rules: immigration online account (crates/rules)
user-kind-organisation-staff = 所屬機構等的職員（雇主、支援機構、學校等）
user-kind-lawyer-or-scrivener = 律師・行政書士
user-kind-foreign-national = 外國人本人（申請人）
user-kind-legal-representative = 家屬或法定代理人
rule-user-kind-invalid = 請選擇使用者類別。
rule-latin-name-char = 第 { $position } 個字元「{ $char }」無法使用。只能使用英文字母A–Z和空格。
rule-latin-name-char-suggest = 第 { $position } 個字元「{ $char }」無法使用。請改為輸入「{ $suggestion }」（只能使用A–Z和空格）。
rule-latin-name-too-long = 姓名最多104個字元（含空格），您輸入了 { $length } 個。
rule-phone-hyphen = 請輸入不帶連字號的電話號碼：{ $suggestion }
rule-phone-digits = 電話號碼只能輸入數字，不要加連字號、空格或括號。「{ $char }」無法使用。
rule-phone-length = 日本的電話號碼以0開頭，共10位或11位，您輸入了 { $length } 位。
rule-phone-leading-zero = 請按日本國內撥號方式輸入，以0開頭（例如09012345678）。
rule-password-char = 密碼中不能使用「{ $char }」。只能使用A–Z、a–z、0–9及符號 $%&=@_#*+-?!
rule-password-length = 密碼須為10至20個字元，您輸入了 { $length } 個。
rule-password-classes = 密碼還需要包含以下 { $count } 類字元，每類至少1個：{ $missing }
rule-password-mismatch = 兩次輸入的密碼不一致。
password-class-upper = 大寫字母（A–Z）
password-class-lower = 小寫字母（a–z）
password-class-digit = 數字（0–9）
password-class-symbol = 符號（$%&=@_#*+-?!）
