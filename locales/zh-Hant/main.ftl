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

## Finished forms (crates/rules forms)
rule-photo-encoding = 無法讀取照片。請重新選擇 JPEG 檔案。
rule-photo-required = 請上傳臉部照片（僅未滿 1 歲者不需要）。
rule-must-accept = 請勾選此項後繼續。
rule-date-format = 請依「年-月-日」輸入日期（例：1998-04-01）。
rule-choice-invalid = 請從選項中選擇。
rule-text-too-long = 最多 { $max } 個字元，您輸入了 { $length } 個。
rule-text-control = 此欄位含有換行等控制字元。請在一行內重新輸入。
rule-passport-number-char = 護照號碼只能包含英文字母 A–Z 和數字，不能使用「{ $char }」。
rule-passport-number-length = 護照號碼最多 9 個字元，您輸入了 { $length } 個。
rule-nationality-code = 請輸入護照上印有的三位英文字母國籍代碼（例：VNM）。
rule-period-of-stay-ended = 在留期間已於 { $date } 結束。請核對在留卡上的日期。

## API answers (crates/server)
api-error-validation = 部分輸入需要修正。請檢查標記的欄位。
api-error-invalid-body = 無法讀取請求。請重新整理頁面後再試一次。
api-error-not-found = 找不到。
api-error-unauthorized = 您尚未登入，或因 3 小時沒有操作已被自動登出。請重新登入。
api-error-forbidden = 此請求被拒絕。請重新整理頁面後再試一次。
api-error-link-invalid = 此連結已過期或已被使用。請從頭開始。
api-error-rate-limited = 嘗試次數過多。請稍後再試。
api-error-internal = 伺服器發生錯誤。請稍後再試。
api-error-too-large = 傳送的資料過大。請使用較小的照片檔案。
api-error-idempotency-key-reused = 此次提交與先前的提交不一致。請重新整理頁面後再提交。
account-mail-sent = 若輸入的資料正確，郵件已寄出。請查看收件匣（及垃圾郵件資料夾）。
account-login-failed = 使用者 ID 或密碼錯誤。連續輸錯 5 次後，帳號將被鎖定 24 小時。
account-locked = 由於連續 5 次輸錯密碼，帳號已被鎖定。24 小時後會自動解鎖。如需立即解鎖，請透過「忘記密碼」重新設定密碼。
account-current-password-wrong = 目前的密碼錯誤。
account-email-in-use = 此電子郵件地址無法使用。請輸入其他地址。
account-registered = 使用者 ID 已核發，並已透過電子郵件寄送。
account-logged-out = 您已登出。
coe-already-registered = 此證明書已登記收受。

## Mail (crates/server)
mail-register-link-subject = 【madoguchi】繼續使用者註冊
mail-register-link-body =
    感謝您申請使用者註冊。
    請透過以下連結繼續註冊（有效期限至 { $expires }）：
    { $link }
    超過有效期限後，請從輸入電子郵件地址重新開始。
    若您沒有申請，請刪除此郵件。
mail-register-exists-subject = 【madoguchi】關於使用者註冊
mail-register-exists-body =
    有人以此電子郵件地址申請了使用者註冊，但此地址已經註冊。
    若您忘記了使用者 ID，請在登入頁面使用「忘記使用者 ID」。
    若您沒有申請，請刪除此郵件。
mail-user-id-issued-subject = 【madoguchi】您的使用者 ID
mail-user-id-issued-body =
    { $name }
    使用者註冊已完成。
    使用者 ID：{ $user_id }
    請使用此使用者 ID 和您設定的密碼登入。
mail-forgot-user-id-subject = 【madoguchi】您的使用者 ID
mail-forgot-user-id-body =
    { $name }
    您的使用者 ID 是：{ $user_id }
mail-password-reset-subject = 【madoguchi】重新設定密碼
mail-password-reset-body =
    請透過以下連結設定新密碼（有效期限至 { $expires }）：
    { $link }
    重新設定密碼後，被鎖定的帳號也會解鎖。
    若您沒有申請，請刪除此郵件，密碼不會變更。
mail-password-changed-subject = 【madoguchi】密碼已變更
mail-password-changed-body =
    { $name }
    您帳號的密碼已變更。
    若非您本人操作，請立即重新設定密碼。
mail-email-change-link-subject = 【madoguchi】確認新的電子郵件地址
mail-email-change-link-body =
    開啟以下連結即可完成電子郵件地址的變更（有效期限至 { $expires }）：
    { $link }
    若您沒有申請，請刪除此郵件。
mail-email-changed-subject = 【madoguchi】電子郵件地址已變更
mail-email-changed-body =
    { $name }
    您帳號的電子郵件地址已變更，今後郵件將寄到新地址。
    若非您本人操作，請聯絡窗口。
mail-phone-changed-subject = 【madoguchi】電話號碼已變更
mail-phone-changed-body =
    { $name }
    您帳號的電話號碼已變更。
    若非您本人操作，請聯絡窗口。
mail-mynumber-link-subject = 【madoguchi】個人編號卡申請頁面
mail-mynumber-link-body =
    { $name }
    請透過以下連結繼續申請（申請資料、臉部照片）：
    { $link }
    連結有效期限至 { $expires }，只能使用一次。過期後請重新登錄電子郵件地址。
    若您沒有申請，請刪除此郵件。
mail-mynumber-received-subject = 【madoguchi】已受理您的個人編號卡申請
mail-mynumber-received-body =
    { $name }
    您的申請已受理。
    受理編號：{ $receipt }
mail-coe-issued-subject = 【madoguchi】在留資格認定證明書已核發
mail-coe-issued-body =
    { $name }
    您的在留資格認定證明書（編號 { $number }）已核發。
    請登入下載證明書，並登記收受：
    { $link }
mail-coe-reminder-subject = 【madoguchi】請登記收受在留資格認定證明書
mail-coe-reminder-body =
    { $name }
    您的在留資格認定證明書（編號 { $number }）尚未登記收受。
    請登入並登記收受：
    { $link }
    在 { $until } 之前，此提醒每 7 天寄送一次。
account-password-reset = 新密碼已設定，帳號已解鎖。請使用新密碼登入。
account-password-changed = 密碼已變更。
account-email-change-sent = 已向新地址寄送連結。開啟連結即可完成變更。
account-email-changed = 電子郵件地址已變更。
coe-pdf-invalid = 請以不超過 10 MB 的 PDF 檔案附上證明書。
coe-user-unknown = 沒有此使用者 ID 的帳號。
coe-number-exists = 此編號的證明書已經核發。
