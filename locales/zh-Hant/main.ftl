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
rule-challenge-required = 請輸入圖片中顯示的字元。
rule-challenge-too-long = 圖片中只有五個字元，請只輸入這五個字元。
rule-passkey-label-too-long = 名稱最多 { $max } 個字元（目前 { $count } 個）。
rule-passkey-label-control = 名稱中含有不能使用的字元。
rule-passkey-answer = 瀏覽器的回應無效。請再試一次。
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
api-error-challenge-wrong = 輸入的字元與圖片不符，或圖片已過期。這是一張新圖片：請輸入其中的字元並再次確認。您輸入的其他內容都已保留。
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
mail-japan-time = 日本時間
mail-phone-changed-body =
    { $name }
    您帳號的電話號碼已變更。
    若非您本人操作，請聯絡窗口。
mail-passkey-added-subject = [madoguchi] 您的帳戶已新增通行金鑰
mail-passkey-added-body =
    { $name }
    您的帳戶已新增通行金鑰，現在可以用它登入。
    如果這不是您本人的操作，請變更密碼，在「我的頁面」刪除該通行金鑰，並聯絡窗口。
mail-passkey-removed-subject = [madoguchi] 您的帳戶已刪除通行金鑰
mail-passkey-removed-body =
    { $name }
    您的帳戶已刪除一個通行金鑰，它不能再用於登入。
    如果這不是您本人的操作，請變更密碼並聯絡窗口。
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

## Validation rules (crates/rules)
rule-required = 此欄位為必填。
rule-card-number-length = 卡號共12個字元，您輸入了 { $length } 個。
rule-card-number-format = 卡號有誤。卡號由2個英文字母、8位數字和2個英文字母組成，印在卡片右上角（例：AB12345678CD）。

## Card reader flow (seed 003)
chip-intro = 使用USB讀卡機讀取在留卡或特別永住者證明書的IC晶片，確認卡片是否為真。
chip-privacy = 卡片在本瀏覽器內讀取。從晶片讀取的資料不會傳送到任何地方，按下「結束」後也不會保留。
chip-step-number = 第1步：輸入卡號
chip-number-label = 在留卡號碼（在留カード等番号）
chip-number-hint = 卡片右上角的12位半形大寫英文字母和數字（例：LD64185190AA）。
chip-next = 下一步
chip-step-reader = 第2步：將卡片放在讀卡機上
chip-reader-instructions = 請將讀卡機連接到這台電腦，把卡片放在讀卡機上，然後選擇讀卡機。
chip-connect-reader = 選擇讀卡機並讀取
chip-change-number = 變更卡號
chip-reading = 正在讀取卡片…
chip-do-not-move = 讀取完成前，請不要移動卡片。
chip-try-again = 重新讀取
chip-finish = 結束
chip-verdict-genuine-residence = 已讀取一張正常的在留卡。
chip-verdict-genuine-special = 已讀取一張正常的特別永住者證明書。
chip-verdict-genuine-test-ca = 卡片資料完好，但核發單位是測試用的憑證機構，而不是出入國在留管理廳：這是一張測試卡。
chip-verdict-issuer-not-checked = 資料完好，但無法確認核發單位：本伺服器沒有安裝出入國在留管理廳的憑證。
chip-verdict-under16 = 已讀取未滿16歲者的卡片：這類卡片沒有電子簽章，因此無法驗證。
chip-verdict-abnormal = 讀取到一張異常的卡片。
chip-tamper-heading = 竄改檢查
chip-issuer-heading = 核發單位檢查
chip-tamper-ok = 正常：晶片中的資料與簽章時一致。
chip-tamper-failed = 異常：晶片中的資料與其簽章不一致。
chip-check-not-signed = 未檢查：未滿16歲者的卡片沒有簽章。
chip-issuer-ok = 正常：由出入國在留管理廳核發。
chip-issuer-test-ca = 正常（測試用憑證機構，不是出入國在留管理廳）。
chip-issuer-not-checked = 未檢查：沒有安裝出入國在留管理廳的憑證。
chip-issuer-failed = 異常：這張卡片不是由已知機構核發的。
chip-note-signer-expired = 卡片的簽章憑證在簽章之後，於 { $date } 過期。這是正常現象，不影響卡片。
chip-note-ca-expired = 核發單位憑證機構的憑證在簽章之後，於 { $date } 過期。這是正常現象，不影響卡片。
chip-note-not-yet-valid = 簽章憑證從 { $date } 起才有效。請檢查這台電腦的時鐘。
chip-abnormal-advice = 卡片可能已損壞或是偽造的。請到以下窗口諮詢：
chip-consult-link = 地方出入國在留管理官署
chip-card-expiry = 卡片有效期限至
chip-address = 住址（住居地）
chip-permission = 資格外活動許可
chip-renewal = 在留期間更新等許可申請欄
chip-renewal-applied = 申請中
chip-renewal-none = 無
chip-reader-used = 讀卡機
chip-front-image = 卡片正面（來自晶片）
chip-printed-heading = 卡面記載事項（從IC晶片的卡面影像讀取）
chip-printed-verified = 已由卡片的簽章驗證：這些內容與出入國在留管理廳核發的一致。
chip-printed-verified-test-ca = 根據卡片的簽章，內容未遭竄改，但簽章來自測試用的憑證機構，而不是出入國在留管理廳（測試卡）。
chip-printed-issuer-not-checked = 根據卡片的簽章，內容未遭竄改，但無法確認簽章的核發單位。
chip-printed-not-signed = 此卡的晶片沒有簽章（未滿16歲者的卡）：內容讀取自晶片，但未經驗證。
chip-printed-not-verified = 未驗證：晶片簽章不一致，這些內容可能已遭竄改。
chip-printed-reading = 正在從卡面影像讀取記載事項…
chip-printed-unsure = （不確定，請與卡面核對）
chip-printed-cancelled = 已停止讀取記載事項。
chip-face-image = 照片（來自晶片）
chip-zoom = 放大
chip-check-validity = 確認在留卡號碼是否有效
chip-reader-unsupported = 此瀏覽器無法使用USB讀卡機。
chip-reader-unsupported-advice = 請在電腦上使用 Google Chrome 或 Microsoft Edge，並透過本網站的 https 網址開啟。
chip-reader-none-chosen = 沒有選擇讀卡機。
chip-reader-none-chosen-advice = 請連接讀卡機，再按一次按鈕，並在清單中選擇它。如果清單中沒有，請參閱支援的讀卡機清單。
chip-reader-protected = 讀卡機「{ $product }」無法從網頁使用。
chip-reader-protected-advice = Chrome 不允許網頁使用以標準智慧卡讀卡機身分運作的讀卡機。請使用具有廠商專用介面的讀卡機（例如 SCM SCL011、OMNIKEY 5321 或 Sony PaSoRi），或請貴單位的IT負責人將 madoguchi 安裝為 Isolated Web App，這樣標準讀卡機也能使用。
chip-reader-not-ccid = 「{ $product }」不是 madoguchi 可以使用的讀卡機。
chip-reader-not-ccid-advice = 請從支援的讀卡機清單中選擇一台非接觸式智慧卡讀卡機。
chip-reader-busy = 讀卡機「{ $product }」正被其他程式或分頁使用。
chip-reader-busy-advice = 請關閉正在使用讀卡機的其他程式或分頁（或拔下讀卡機後重新插上），然後再試一次。
chip-error-internal = 發生錯誤，將返回開始頁面。
chip-error-internal-advice = 請重新整理此頁面。如果再次出現相同的錯誤，請重新啟動瀏覽器。
chip-error-number-mismatch = 在留卡號碼有誤。
chip-error-number-mismatch-advice = 請輸入印在這張卡片右上角的正確號碼。
chip-error-not-residence-card = 讀取卡片時發生錯誤。放在讀卡機上的可能不是在留卡。
chip-error-not-residence-card-advice = 請確認卡片是在留卡或特別永住者證明書，然後放在讀卡機上。
chip-error-card-not-read = 無法讀取卡片。請確認是在留卡或特別永住者證明書，然後重新放在讀卡機上。
chip-error-card-not-read-advice = 請將卡片平放在讀卡機上，不要移動，並讓金屬物品遠離10–20公分。如果一直發生這種情況，請聯絡附近的出入國在留管理官署。
chip-error-while-reading = 讀取卡片時發生錯誤。
chip-error-while-reading-advice = 請重新將卡片放在讀卡機上。如果試了幾次仍出現相同的錯誤，請聯絡附近的出入國在留管理官署。
chip-error-chip-broken = 這張卡片的IC晶片可能已損壞。
chip-error-chip-broken-advice = 請到附近的地方出入國在留管理官署申請補發新卡。

## Photo check
photo-profile-mynumber = 個人編號卡線上申請
photo-profile-immigration = 出入國在留管理廳的在留申請
photo-confirm-recent = 照片是最近6個月內拍攝的。
photo-confirm-recent-immigration = 照片是最近3個月內拍攝的。
photo-confirm-front-no-hat = 照片是本人正面、不戴帽子、背景為素色。
photo-confirm-other-rules = 照片符合申請網站的其他照片規定。
photo-confirm-no-retouching = 照片沒有經過修圖或編輯（只做了裁切或縮小）。
photo-format-ok = 檔案是 { $format } 圖片。
photo-format-wrong = 不論檔名是什麼，這個檔案實際上是 { $format } 圖片。此申請需要 { $expected }。自動修正可以將其儲存為 JPEG。
photo-format-unknown = 這個檔案不是可以讀取的照片。請選擇 JPEG 照片。
photo-profile-unknown = 無法使用這種照片檢查。請重新整理頁面後重新選擇。
photo-decode-unsupported = 這裡無法開啟這種圖片。請將照片儲存為 JPEG 後重新選擇。
photo-decode-failed = 照片檔案已損壞或不完整。請重新拍攝或重新匯出照片。
photo-colour-ok = 顏色以 { $colour } 格式儲存，可以使用。
photo-colour-cmyk = 照片以 { $colour } 色彩（印刷用格式）儲存。網站需要 RGB 色彩。自動修正會進行轉換。
photo-colour-grey = 照片是黑白的（{ $colour }）。黑白照片可以使用，但上傳要求 RGB，因此自動修正會將其儲存為 RGB。
photo-colour-other = 無法使用照片的色彩格式（{ $colour }）。請重新儲存為一般的彩色 JPEG。
photo-icc-none = 照片沒有內嵌色彩設定檔，顏色將以標準 sRGB 讀取。
photo-icc-ok = 內嵌的色彩設定檔（{ $space }）沒有問題。
photo-icc-mismatch = 內嵌的色彩設定檔適用於 { $space }，而不是 RGB。自動修正會將照片儲存為標準 RGB。
photo-coding-ok = JPEG 以標準（基線）方式儲存。
photo-coding-progressive = JPEG 以「漸進式」儲存，有些上傳網站不接受。自動修正會儲存為標準（基線）JPEG。
photo-orientation-ok = 照片方向正確。
photo-orientation-turned = 相機將這張照片旋轉了 { $degrees }° 儲存，並標記為需要轉回；有些網站會把它橫著顯示。自動修正會將其轉正。
photo-orientation-mirrored = 相機將這張照片以鏡像（旋轉 { $degrees }°）儲存；有些網站會顯示錯誤。自動修正會將其調整為正確方向。
photo-size-ok = 檔案大小（{ $kilobytes } KB）在規定範圍內。
photo-size-small = 檔案太小（{ $kilobytes } KB），至少需要 { $min } KB。請使用原始照片，不要使用縮圖。
photo-size-large = 檔案太大（{ $kilobytes } KB），最大為 { $max } KB。自動修正會將其縮小。
photo-dimensions-ok = 照片為 { $width } × { $height } 像素，在規定範圍內。
photo-dimensions-small = 照片只有 { $width } × { $height } 像素。寬和高都必須至少為 { $min } 像素：請使用相機拍攝的原始照片。
photo-dimensions-large = 照片為 { $width } × { $height } 像素。寬和高都不能超過 { $max } 像素。自動修正會將其縮小。
photo-aspect-ok = 照片比例（{ $width } × { $height }）符合 { $expected } 的照片。
photo-aspect-off = 照片為 { $width } × { $height } 像素，不是 { $expected }（寬:高）的比例。自動修正會以頭部為中心進行裁切。
photo-face-skipped = 未檢查臉部（臉部偵測功能未載入）。
photo-face-one = 找到了一張臉。
photo-face-none = 沒有找到臉。請正對相機，讓整張臉都拍進去，並且光線充足。
photo-face-many = 找到了 { $count } 張臉。照片裡只能有您本人。
photo-face-inside = 整張臉都在照片內。
photo-face-cut = 您的臉碰到了照片邊緣。請往後退，讓整個頭部和肩膀都拍進畫面。
photo-top-ok = 頭頂上方留有空間（高度的 { $percent } %）。
photo-top-tight = 頭頂上方沒有空間（高度的 { $percent } %，至少需要 { $min } %）。請往後退或放低相機，不要讓頭頂被切掉。
photo-head-ok = 頭部佔高度的 { $percent } %（規定為 { $min }–{ $max } %）。
photo-head-small = 頭部只佔高度的 { $percent } %，需要 { $min }–{ $max } %。請靠近一些，或用自動修正裁切照片。
photo-head-large = 請往後退：頭部佔高度的 { $percent } %，需要 { $min }–{ $max } %。這無法透過裁切修正。
photo-eyes-ok = 眼睛位於由上往下高度的 { $percent } % 處（規定為 { $min }–{ $max } %）。
photo-eyes-high = 眼睛太靠上（由上往下 { $percent } %，規定為 { $min }–{ $max } %）。請在頭頂上方多留一些空間。
photo-eyes-low = 眼睛太靠下（由上往下 { $percent } %，規定為 { $min }–{ $max } %）。請減少頭頂上方的空間，或用自動修正裁切照片。
photo-centre-ok = 臉在正中間。
photo-centre-left = 臉偏離中心向左 { $percent } %（最多允許 { $max } %）。請站在畫面正中間，或用自動修正裁切照片。
photo-centre-right = 臉偏離中心向右 { $percent } %（最多允許 { $max } %）。請站在畫面正中間，或用自動修正裁切照片。
photo-roll-ok = 頭部是正的。
photo-roll-tilted = 頭部傾斜了約 { $degrees }°（最多允許 { $max }°）。請把頭擺正後重新拍攝。
photo-roll-unknown = 無法測量頭部的傾斜度。
photo-brightness-ok = 臉部光線良好（亮度 { $percent } %）。
photo-brightness-dark = 臉部太暗（亮度 { $percent } %，需要 { $min }–{ $max } %）。請面向窗戶或明亮的燈光拍攝。
photo-brightness-bright = 臉部太亮（亮度 { $percent } %，需要 { $min }–{ $max } %）。請避免閃光燈或陽光直射。
photo-clipping-ok = 臉部沒有過曝發白或過暗發黑的部分。
photo-clipping-high = 臉部有 { $percent } % 是純白或純黑。請在柔和、均勻的光線下拍攝，不要使用閃光燈。
photo-sharpness-ok = 臉部清晰。
photo-sharpness-blurred = 臉部模糊。請拿穩相機，對準臉部對焦後重新拍攝。
photo-noise-ok = 照片乾淨（雜訊少）。
photo-noise-high = 照片雜訊多，通常是因為光線不足。請在更明亮的地方重新拍攝。
photo-background-ok = 背景均勻。
photo-background-uneven = 背景不是單一均勻的顏色（有陰影或物品）。請站在素色牆壁前，身後不要有陰影。
photo-background-plain = 背景中沒有物品或圖案。
photo-background-objects = 背景中有線條或圖案（佔 { $percent } %）：物品、家具或花紋。請站在素色牆壁前。
photo-fix-rotated = 已轉正。
photo-fix-converted = 已轉換為 RGB 彩色 JPEG。
photo-fix-cropped = 已依照規定放置頭部，並裁切為照片比例。
photo-fix-resized = 已縮小，以符合像素和檔案大小的限制。
photo-fix-encoded = 已在限制範圍內以最高畫質儲存為標準 JPEG。
photo-fix-from-document = 取自證件上印刷的臉部照片。
photo-fix-enlarged = 已放大到表格接受的最小尺寸。
photo-fix-no-face = 自動修正需要照片中正好有一張臉，但沒有找到臉。
photo-fix-many-faces = 自動修正需要照片中正好有一張臉，但找到了多張。
photo-fix-too-close = 臉離相機太近或太靠近邊緣，無法裁切。請往後退，在頭部周圍留出空間後重新拍攝。
photo-fix-too-small = 裁切後照片的像素會不足。請使用相機拍攝的原始照片，或靠近一些拍攝。
photo-fix-bytes = 無法在檔案大小限制內儲存照片。請使用相機拍攝的原始照片。
photo-contrast-ok = 您的頭髮和衣服與背景區分清楚。
photo-contrast-low = 背景與頭髮或衣服的深淺幾乎相同，頭部輪廓不清楚。請使用不同顏色的背景（例如深色頭髮配淺色牆壁）。
photo-glasses-ok = 眼睛清晰可見。
photo-glasses-dark = 眼睛似乎被遮住了（深色眼鏡或濃重陰影）。請摘下太陽眼鏡或有色眼鏡，並讓光線從正面照亮臉部。

## Card reader: choosing a reader and waiting for the card
chip-readers-remembered = 以前在這台電腦上用過的讀卡機
chip-read-with = 用 { $product } 讀取
chip-readers-system = 這台電腦的讀卡機
chip-readers-system-none = 電腦沒有偵測到讀卡機。請連接讀卡機後重新整理此頁面。
chip-readers-help-link = 哪些讀卡機可以使用？讀卡機說明
chip-waiting-card = 請將卡片放在讀卡機上
chip-waiting-card-hint = 讀卡機已準備好。卡片放上後會自動開始讀取；讀取結束前請不要移動卡片。
chip-cancel = 取消
chip-reader-unavailable = 讀卡機「{ $product }」無法使用。
chip-reader-unavailable-advice = 讀卡機可能已被拔下，或電腦的智慧卡服務沒有執行。請重新連接讀卡機，然後再選擇一次。

## Help: card readers
help-readers-title = 讀卡機：哪些可以使用，如何設定
help-readers-intro = madoguchi 在電腦上的 Chrome 或 Edge 中，透過 USB 連接的非接觸式（NFC）智慧卡讀卡機讀取在留卡的晶片。手機和平板電腦無法從網頁使用 USB 讀卡機。
help-readers-works-heading = 可以從本網頁使用的讀卡機
help-readers-works-body = USB 介面為廠商專用的讀卡機：SCM / Identiv SCL011、SCL3711 和 SDI011；HID OMNIKEY 5321 CLi 和 5021 CL；Reiner SCT cyberJack RFID；Sony PaSoRi RC-S300 和 RC-S380。連接讀卡機後，按「選擇讀卡機並讀取」，在瀏覽器的清單中選擇它；下次它會出現在「以前在這台電腦上用過的讀卡機」中。
help-readers-works-tested = madoguchi 遵循各廠商公開的通訊協定，並使用模擬這些類型讀卡機的裝置進行測試。如果您的讀卡機不在清單中或無法使用，請將其確切型號告知窗口或 madoguchi 專案。
help-readers-protected-heading = 無法從網頁使用的讀卡機
help-readers-protected-body = Chrome 不允許網頁使用以標準智慧卡讀卡機（USB 類別 0B）身分運作的讀卡機，例如 ACS ACR1252U 或大多數作為個人編號卡用途販售的讀卡機。選擇這類讀卡機時，madoguchi 會提示您。將 madoguchi 安裝為 Isolated Web App（見下文）時，或使用出入國在留管理廳的官方讀取應用程式時，這些讀卡機可以使用。
help-readers-windows-heading = Windows：WinUSB 驅動程式
help-readers-windows-body = 在 Windows 上，網頁只能使用驅動程式為 WinUSB 的 USB 裝置。安裝了廠商驅動程式的讀卡機（例如 RC-S380 的 Sony NFC Port Software），其 madoguchi 使用的介面需要改為 WinUSB：用免費工具 Zadig 選擇讀卡機，選擇 WinUSB，然後按「Replace Driver」。在重新安裝廠商驅動程式之前，使用廠商驅動程式的程式將無法使用該讀卡機。
help-readers-linux-body = macOS 和 ChromeOS 不需要設定。在 Linux 上，請用對應讀卡機 USB 廠商 ID 和產品 ID 的 udev 規則，允許您的使用者開啟讀卡機；如果 pcscd 佔用了讀卡機，請停止 pcscd。
help-readers-iwa-heading = 窗口單位：將 madoguchi 安裝為 Isolated Web App
help-readers-iwa-body = 想使用標準讀卡機的單位，可以透過企業政策 IsolatedWebAppInstallForceList，在受管理的 Chrome 或 ChromeOS 上將 madoguchi 安裝為 Isolated Web App（IWA）。在 IWA 中，Chrome 允許 madoguchi 憑藉「usb-unrestricted」權限，透過 WebUSB 使用任何標準（CCID）讀卡機。
help-readers-iwa-smartcard = 在 Chrome 提供 Web Smart Card API 的環境中（ChromeOS 上的 Isolated Web App），madoguchi 也會在「這台電腦的讀卡機」下依名稱列出電腦本身的讀卡機；此時由電腦的驅動程式與讀卡機通訊，因此不需要變更驅動程式。
help-readers-back = 返回讀卡機頁面

## Worker (photo checks and document reading off the page's thread)
worker-failed = 檢查意外中止。請再試一次；如果再次發生，請重新整理頁面。
worker-model-download-failed = 無法下載檢查所需的檔案。請檢查網路連線後再試一次。
worker-model-damaged = 已下載的檢查所需檔案已損壞。請重新整理頁面重新下載。

## Photo step (application flows) and the photo-check page
photo-page-title = 檢查證件照
photo-page-intro = 請選擇申請類型和照片。madoguchi 會依照該申請的規定進行檢查，說明需要修改的地方，並修正可以修正的問題（方向、顏色、裁切、大小）。
photo-profile-legend = 照片用途
photo-step-choose = 選擇照片
photo-step-choose-hint = 本裝置中的 JPEG 或 PNG 照片。照片在本瀏覽器內檢查，不會傳送到任何地方。
photo-step-file = 選擇照片檔案
photo-step-take = 用相機拍照
photo-step-checking = 正在檢查照片…
photo-step-fixing = 正在修正照片…
photo-step-downloading = 正在下載臉部偵測程式（僅第一次）：{ $percent } %
photo-step-cancel = 取消
photo-file-too-large = 此檔案超過 50 MB，無法檢查。請選擇相機儲存的原始照片，或較小的副本。
photo-summary-pass = 照片符合這裡可以檢查的所有規定。
photo-summary-warn = 照片可能不被接受：請查看標有「確認」的項目。
photo-summary-fail = 照片不符合規定。請查看下方需要修改的地方。
photo-verdict-pass = 通過
photo-verdict-warn = 確認
photo-verdict-fail = 有問題
photo-verdict-skip = 未檢查
photo-measured = 測量值：{ $measured }（規定：{ $limit }）
photo-overlay-alt = 您的照片，顯示了偵測到的臉，以及眼睛和中心應在位置的參考線
photo-fix-button = 自動修正照片
photo-fix-heading = 修正後的照片
photo-fix-before = 修正前
photo-fix-after = 修正後
photo-fix-done = 已進行的修正：
photo-fix-use = 使用修正後的照片
photo-fix-keep = 保留原照片
photo-fix-in-use = 您正在使用修正後的照片。
photo-confirm-heading = 請確認
photo-accept = 使用這張照片
photo-accept-blocked = 要繼續，照片不能再有「有問題」的項目，而且上面每個方框都必須勾選。
photo-saved-heading = 照片已準備好
photo-save-link = 儲存照片（JPEG）
photo-saved-hint = 請在申請網站上傳此檔案。此檔案是在本瀏覽器內產生的，madoguchi 沒有將其傳送到任何地方。
photo-privacy = 您的照片不會離開本裝置：照片在本瀏覽器內檢查和修正。

## Document scan

document-scan-title = 讀取在留卡或護照
document-scan-intro = 拍攝或選擇證件照片：在此瀏覽器中讀取各項內容，您可以檢查並修改。照片和讀取的內容不會傳送到任何地方。
document-scan-kind-legend = 哪種證件？
document-scan-kind-residence-card = 在留卡或特別永住者證明書（正面）
document-scan-kind-passport = 護照（有本人照片的一頁）
document-scan-choose = 證件照片
document-scan-choose-hint = JPEG 或 PNG 照片（瀏覽器能開啟時也可用 HEIC），或使用相機。
document-scan-file = 選擇照片檔案
document-scan-camera-start = 使用相機
document-scan-camera-stop = 關閉相機
document-scan-camera-capture = 拍照
document-scan-camera-guide = 將證件平放在框內，盡量拍大，避免反光。
document-scan-camera-unavailable = 無法啟動相機。請允許使用相機，或改為選擇照片檔案。
document-scan-camera-auto = 證件靜止且清晰時，會自動拍照。
document-scan-camera-hold-still = 請保持證件和相機不動。
document-scan-camera-blurred = 畫面模糊：請把證件靠近一些，或等待相機對焦。
document-scan-reading = 正在讀取證件…
document-scan-downloading = 正在下載文字辨識程式（僅首次）：{ $percent } %
document-scan-cancel = 取消
document-scan-unreadable = 無法從這張照片讀取證件。請重新拍攝。
document-scan-visa-page = 這是簽證頁。請拍攝護照中有本人照片的一頁，而不是簽證頁。
document-scan-passport-not-card = 這看起來是護照。請在上方選擇「護照」，或拍攝在留卡的正面。
document-scan-number-unreadable = 無法從這張照片讀取卡號。請重新拍攝，或輸入號碼。
document-scan-failed = 讀取意外中止。請重試；如果再次發生，請重新載入頁面。
document-scan-advice-heading = 拍攝注意事項
document-scan-advice-flat = 將證件平放，從正上方拍攝。
document-scan-advice-large = 讓證件在照片中盡量大。
document-scan-advice-glare = 注意不要因反光使文字變白。
document-scan-advice-sharp = 確認照片中的文字和數字清晰可讀。
document-scan-advice-passport-page = 護照請拍攝有本人照片的一頁，不是 JAPAN VISA 頁。
document-scan-review-heading = 請檢查讀取的內容
document-scan-review-hint = 請自行修改錯誤或空白的項目。每項旁邊顯示讀取該值的照片部分。
document-scan-review-count = 需要檢查的項目：{ $count }。已標示「請檢查」。
document-scan-review-none = 所有項目都已清楚讀取。仍請與證件核對。
document-scan-check-mark = 請檢查：
document-scan-needs-review = 此項難以讀取。
document-scan-not-found = 照片中未找到此項，請手動輸入。
document-scan-check-valid = 檢查碼：一致。
document-scan-check-repaired = 檢查碼：更正形近字元後一致。
document-scan-check-invalid = 檢查碼：不一致。此值可能有誤。
document-scan-crop-alt = 照片中讀取「{ $field }」的部分
document-scan-glare-warning = 這張照片中證件有反光。如果內容有誤，請避開反光重新拍攝。
document-scan-small-warning = 這張照片中證件拍得太小，小字可能會被讀錯。如果內容有誤，請靠近一些，讓證件佔滿畫面後重新拍攝。
document-scan-many-to-check = 有幾項內容難以辨識。按以下方法重新拍攝可能會辨識得更好：
document-scan-mrz-heading = 機讀區（頁面底部的字元行）
document-scan-mrz-pass = 所有檢查碼都一致。
document-scan-mrz-fail = 部分檢查碼不一致：請檢查上方標示的項目。
document-scan-confirm = 內容正確
document-scan-again = 讀取另一張照片
document-scan-confirmed = 內容已確認。沒有傳送任何內容：此頁面只讀取證件。
document-scan-privacy = 照片在此瀏覽器中讀取，不會上傳。
document-field-surname = 姓
document-field-given-names = 名
document-field-passport-number = 護照號碼
document-field-nationality = 國籍
document-field-birth-date = 出生日期
document-field-sex = 性別
document-field-expiry-date = 有效期限至
document-field-issuing-state = 發照國
document-field-card-number = 在留卡號碼
document-field-name = 姓名
document-field-address = 住址
document-field-prefecture = 都道府縣
document-field-status = 在留資格
document-field-work-restriction = 就業限制
document-field-period-of-stay = 在留期間
document-field-stay-expiry-date = 在留期間屆滿日
document-field-card-valid-until = 卡片有效期限至
chip-number-camera = 從卡片照片讀取號碼
chip-number-camera-reading = 正在從照片讀取卡號…
chip-number-camera-read = 已從照片讀取號碼。繼續之前，請與卡片核對。

## My Number card online application flow (seeds 002, 004)
mynumber-steps-label = 申請步驟
mynumber-step-1 = 使用條款
mynumber-step-2 = 電子郵件地址
mynumber-step-3 = 郵件已寄出
mynumber-step-4 = 申請資料
mynumber-step-5 = 臉部照片
mynumber-step-6 = 確認
mynumber-step-7 = 完成
mynumber-title = 個人編號卡（マイナンバーカード）線上申請
mynumber-terms-heading = 開始之前
mynumber-terms-residents = 線上申請僅限居住在日本國內的人。
mynumber-terms-representative = 未滿15歲者或成年受監護人，由法定代理人申請。
mynumber-terms-operator = 卡片由地方公共團體資訊系統機構（J-LIS）依其使用條款及個人資料處理規定核發；同意之前，請在官方申請網站上閱讀這些內容。
mynumber-terms-madoguchi = madoguchi 在本瀏覽器內檢查您的輸入和照片，只有在您按下「登記」時才傳送完成的表單。
mynumber-consent-age = 我已滿15歲，或者我是未滿15歲者或成年受監護人的法定代理人。
mynumber-consent-terms = 我接受個人編號卡線上申請的使用條款及個人資料處理規定，並提出申請。
mynumber-confirm = 下一步
mynumber-back = 返回
mynumber-register = 登記
mynumber-loading = 正在載入…
mynumber-email-heading = 登記電子郵件地址
mynumber-email-intro = 用於繼續申請的連結將寄到此地址。
mynumber-qr-legend = 從QR碼取得申請書ID
mynumber-qr-hint = 拍攝通知書或申請書上的QR碼，申請書ID會自動填入。照片不會上傳。
mynumber-qr-button = 從照片讀取QR碼
mynumber-qr-reading = 正在讀取QR碼…
mynumber-qr-filled = 已依據QR碼填入申請書ID。請在下方核對。
mynumber-qr-not-found = 在這張照片中沒有找到申請書ID。請將QR碼拍得大一些、平整、清晰後重新拍攝，或直接輸入ID。
mynumber-application-id = 申請書ID
mynumber-application-id-hint = 23位數字，印在交付申請書上（例：1234 5678 9012 3456 7890 123）。可以包含空格。
mynumber-application-id-again = 再次輸入申請書ID（用於確認）
mynumber-application-id-show = 顯示數字
mynumber-mail-name = 郵件聯絡用姓名（メール連絡用氏名）
mynumber-mail-name-hint = 最多50個字元，只能使用JIS第一、第二水準漢字（不能使用罕見的異體字），例如 番号 太郎。用於分辨郵件是關於誰的申請。
mynumber-email = 電子郵件地址
mynumber-email-hint = 最多100個半形字元。請在垃圾郵件過濾設定中允許接收申請中心的郵件。
mynumber-email-again = 再次輸入電子郵件地址（用於確認）
mynumber-challenge-legend = 圖片驗證
mynumber-challenge-hint = 用來確認是人而不是程式在註冊。請輸入圖片中的五個字母和數字，大小寫皆可。
mynumber-challenge-loading = 正在取得圖片…
mynumber-challenge-failed = 無法載入圖片。請檢查網路連線，然後按「顯示其他圖片」。
mynumber-challenge-image-alt = 五個變形的字母和數字的圖片，請在下方輸入。如果看不到，請按「聽語音」。
mynumber-challenge-another = 顯示其他圖片
mynumber-challenge-listen = 聽語音
mynumber-challenge-listen-hint = 用英語逐一讀出同樣的五個字元（帶有雜音）。
mynumber-challenge-answer = 圖片中的字元
mynumber-challenge-answer-hint = 五個字母和數字，例如 K7M4X。
mynumber-email-confirm-heading = 確認電子郵件地址的登記
mynumber-email-confirm-intro = 請確認申請書ID與申請書上的完全一致：ID錯誤將無法核發卡片。
mynumber-sent-heading = 郵件已寄出
mynumber-sent-body = 含有繼續申請連結的郵件已寄到 { $email }。請開啟連結，繼續填寫申請資料。
mynumber-sent-hint = 郵件可能需要幾分鐘才會送達。如果沒有收到，請檢查垃圾郵件資料夾，然後從第1步（STEP 1）重新登記。
mynumber-sent-local-outbox = 開啟本機寄件匣（這台電腦沒有郵件伺服器）
mynumber-addressee = { $name }
mynumber-link-expires = 此頁面在 { $expires } 之前有效
mynumber-application-heading = 申請資料
mynumber-course-legend = 您的申請屬於哪一種？
mynumber-course-new = A. 新申請（新規）：第一次辦卡，或卡片已過期、遺失、損壞
mynumber-course-new-who = 從未辦過個人編號卡，或卡片已過期，或卡片已遺失且沒有有效的卡。
mynumber-course-renewal = B. 更新（更新1・通常切替）：僅個人編號卡
mynumber-course-renewal-who = 您的卡片仍然有效，且沒有與駕照合一。追記欄已寫滿的卡片也選這一項。
mynumber-course-licence = C. 更新並延續駕照功能（更新2・マイナ免許証引継ぎ）：個人編號駕照
mynumber-course-licence-who = 您有效的卡片同時也是駕照（或駕駛經歷證明書），並且希望新卡也繼續作為駕照使用。
mynumber-licence-number = 駕照資訊記錄編號（免許情報記録番号，12位）
mynumber-licence-number-hint = 請照抄「マイナ免許証読み取りアプリ」顯示的號碼；它可能與塑膠駕照上印的號碼不同。
mynumber-birth-date = 出生日期
mynumber-birth-date-hint = 可用西元或日本年號，例如 平成10-01-01 或 1998-01-01。出生日期用於與申請書ID核對，並用於判斷年齡（未滿1歲不需要照片）。
mynumber-calendar = 曆法
mynumber-calendar-seireki = 西元（西暦）
mynumber-calendar-reiwa = 令和
mynumber-calendar-heisei = 平成
mynumber-calendar-showa = 昭和
mynumber-calendar-taisho = 大正
mynumber-calendar-meiji = 明治
mynumber-year = 年
mynumber-month = 月
mynumber-day = 日
mynumber-options-legend = 卡片附帶的內容
mynumber-cert-signature = 核發簽章用電子憑證（署名用電子証明書）
mynumber-cert-signature-hint = 用於 e-Tax 等線上申請的簽章。只有不需要時才取消勾選。
mynumber-cert-user = 核發使用者證明用電子憑證（利用者証明用電子証明書）
mynumber-cert-user-hint = 用卡片登入時需要，例如作為健康保險證使用或使用 Mynaportal（マイナポータル）。只有不需要時才取消勾選。
mynumber-braille = 在卡片上以點字印上我的姓名
mynumber-declaration = 以上內容正確無誤。
mynumber-photo-heading = 臉部照片
mynumber-photo-intro = 最近6個月內拍攝、正面、不戴帽子、背景為素色的照片。madoguchi 會依照官方規定檢查，並修正其他可以修正的地方。
mynumber-photo-not-needed = 不需要（未滿1歲）。
mynumber-photo-missing = 照片已不在此頁面中（照片從不儲存）。請返回照片步驟重新選擇。
mynumber-photo-alt = 用於卡片的您的臉部照片
mynumber-confirm-heading = 確認申請內容
mynumber-confirm-intro = 請核對每一項內容。如需修改，請使用下方的按鈕；您輸入的內容不會遺失。
mynumber-application-date = 申請日期
mynumber-yes = 是
mynumber-no = 否
mynumber-back-to-details = 修改申請資料
mynumber-back-to-photo = 更換照片
mynumber-start-again = 重新登記電子郵件地址
mynumber-done-heading = 申請已登記
mynumber-done-receipt = 受理編號 { $receipt }（{ $time }）。洽詢時請告知此編號。
mynumber-done-no-receipt = 申請已登記。
mynumber-done-mail = 確認郵件已寄到您的信箱。此分頁中已不再保存您輸入的內容和照片。
outbox-heading = 本機寄件匣
outbox-intro = 這台電腦不會寄出真正的郵件：madoguchi 要寄出的郵件會顯示在這裡。
outbox-off = 此伺服器未啟用本機寄件匣：請查看您的信箱。
outbox-empty = 還沒有郵件。
api-error-offline = 無法連線到伺服器。請檢查網路連線後再試一次；您輸入的內容會保留。
api-waiting-for-network = 您目前處於離線狀態。表格保留在此分頁中，網路恢復後會自動送出。請不要關閉此頁面。
mynumber-photo-kept = 您選擇的照片
mynumber-photo-keep = 使用這張照片並繼續

## Photo check
photo-yaw-ok = 您正對著相機（轉動 { $degrees }°）。
photo-yaw-left = 請把臉轉向相機：您的臉向自己的左側轉了約 { $degrees }°，最多允許 { $max }°。請直視鏡頭，讓兩隻耳朵看起來一樣。
photo-yaw-right = 請把臉轉向相機：您的臉向自己的右側轉了約 { $degrees }°，最多允許 { $max }°。請直視鏡頭，讓兩隻耳朵看起來一樣。
photo-pitch-ok = 頭部是平的（下巴沒有抬起也沒有低下）。
photo-pitch-up = 請把下巴稍微收一點：您的頭向後仰了約 { $degrees }°，最多允許 { $max }°。請把相機放在與眼睛同高的位置，並直視相機。
photo-pitch-down = 請把下巴稍微抬一點：您的頭向前低了約 { $degrees }°，最多允許 { $max }°。請把相機放在與眼睛同高的位置，並直視相機。
photo-pose-unknown = 無法測量臉的朝向。請確保整張臉都拍進去，並且光線充足。
photo-eyes-open-ok = 眼睛是睜開的。
photo-eyes-open-closed = 眼睛似乎閉著或半閉著。請自然地睜開眼睛看著相機，重新拍攝。
photo-eyes-open-unknown = 無法判斷眼睛是否睜開。上傳前請自行確認。
photo-hat-none = 沒有發現帽子或頭飾。
photo-hat-maybe = 您可能戴著帽子或頭飾（頭頂看起來不像頭髮）。除非是基於宗教或醫療原因，否則請摘下；如果那是您的頭髮，可以忽略此提示。
photo-screen-none = 沒有跡象顯示這是翻拍螢幕或列印照片得到的照片。
photo-screen-maybe = 這可能是翻拍螢幕或列印照片得到的照片（臉上發現了細小的重複花紋）。請改用相機直接拍攝您本人。

## Account pages
account-register-heading = 使用者註冊
account-register-intro = 註冊一次即可使用在留申請線上系統，例如透過電子郵件接收在留資格認定證明書並進行領取登錄。
account-terms-heading = 使用條款
account-terms-purpose = 您登錄的個人資料僅用於本系統的手續。
account-terms-hours = 本系統原則上全年24小時可用，但可能因維護而在未事先通知的情況下停止。
account-terms-mail = 系統會寄送郵件到您登錄的信箱。請設定為可接收本服務的郵件，以免被歸入垃圾郵件。
account-terms-japanese = 條款以日文為準；譯文與日文版本不一致時，以日文版本為準。
account-terms-accept = 我已閱讀並同意使用條款。
account-email = 電子郵件地址
account-email-again = 電子郵件地址（確認用）
account-email-hint = 請使用半形字元，例如 name@example.jp。
account-register-send = 註冊
account-register-sent-heading = 請查看郵件
account-register-sent-to = 如果 { $email } 可以註冊，我們已寄出繼續註冊的連結。
account-register-sent-hint = 請在郵件寄出後24小時內開啟連結。超過24小時，請重新輸入電子郵件地址。
account-register-again = 重新開始使用者註冊
account-registration-heading = 使用者註冊
account-registration-intro = 請選擇使用者類別，並輸入姓名、電話號碼和密碼。所有項目皆為必填。
account-link-expires = 本頁面可使用至 { $time }（日本時間）。
account-user-kind = 使用者類別
account-latin-name = 姓名（英文字母）
account-latin-name-hint = 請依護照上的寫法，以大寫字母A–Z輸入，最多104個字元，單字之間以空格分隔（例如 NGUYEN VAN AN）。
account-phone = 電話號碼
account-phone-hint = 只輸入數字，不加連字號：012-345-6789 請輸入為 0123456789。
account-password = 密碼
account-password-hint = 10至20個字元，大寫字母（A–Z）、小寫字母（a–z）、數字（0–9）和符號（$%&=@_#*+-?!）四類各至少使用一個。
account-password-again = 密碼（確認用）
account-password-again-hint = 請再次輸入相同的密碼。
account-to-confirm = 前往確認
account-registration-confirm-heading = 確認註冊內容
account-registration-confirm-intro = 確定以下列內容註冊嗎？
account-back-to-input = 返回輸入
account-register-button = 註冊
account-registration-done-heading = 使用者註冊完成
account-user-id = 使用者ID
account-user-id-keep = 登入時需要使用使用者ID，請妥善保存。我們也已透過郵件寄給您。
account-login-heading = 使用者登入
account-login-intro = 請輸入註冊時核發的使用者ID和您的密碼。
account-login-button = 登入
account-login-needed = 請登入後查看此頁面。
account-session-expired = 由於3小時內沒有操作，您已被自動登出。請重新登入；已輸入的內容仍然保留。
account-unlock-by-reset = 重新設定密碼，立即解除鎖定
account-forgot-user-id-link = 忘記使用者ID？
account-forgot-password-link = 忘記密碼？
account-register-link = 新使用者註冊
account-logout-heading = 登出
account-logout-question = 確定要登出嗎？
account-logout-button = 登出
account-logout-done-heading = 已登出
account-back-to-mypage = 返回我的頁面
account-back-to-login = 返回登入
account-mail-sent-heading = 請查看郵件
account-send = 送出
account-forgot-user-id-heading = 忘記使用者ID
account-forgot-user-id-intro = 請輸入登錄的電子郵件地址和英文姓名。我們會將使用者ID寄到該地址。
account-forgot-password-heading = 忘記密碼
account-forgot-password-intro = 請輸入使用者ID和登錄的電子郵件地址。我們會寄出重新設定密碼的連結；重新設定後，被鎖定的帳戶也會解鎖。
account-reset-heading = 重新設定密碼
account-reset-intro = 請輸入新密碼。如果帳戶已被鎖定，設定後也會解除鎖定。
account-new-password = 新密碼
account-reset-button = 設定密碼
account-reset-done-heading = 密碼已重新設定
account-mypage-heading = 我的頁面
account-previous-login = 上次登入：{ $time }
account-coe-link = 在留資格認定證明書的領取登錄
account-details-heading = 使用者詳細資料
account-change-email = 變更電子郵件地址
account-change-password = 變更密碼
account-change-phone = 變更電話號碼
account-email-change-heading = 變更電子郵件地址
account-email-change-intro = 請輸入兩次新的電子郵件地址。我們會寄送連結到該地址，開啟連結後變更即完成。
account-new-email = 新的電子郵件地址
account-change-button = 變更
account-change-done-heading = 變更完成
account-password-change-heading = 變更密碼
account-current-password = 目前的密碼
account-phone-change-heading = 變更電話號碼
account-phone-confirm-heading = 確認變更
account-phone-changed = 電話號碼已變更。
passkey-needs-name = 以 IP 位址（如 127.0.0.1）開啟的頁面無法使用通行金鑰。請以網站名稱（例如 localhost）開啟。
passkey-failed = 無法驗證通行金鑰。請再試一次。
passkey-login-failed = 無法以此通行金鑰登入，它可能已被刪除。請以使用者 ID 和密碼登入。
passkey-too-many = 最多可註冊 10 個通行金鑰。請刪除不再使用的。
passkey-exists = 此裝置的通行金鑰已經註冊。
passkey-removed = 已刪除通行金鑰。
passkey-added = 已註冊通行金鑰。今後可在登入頁面使用「以通行金鑰登入」。
passkey-cancelled = 通行金鑰操作已取消或逾時。
passkey-unsupported = 此瀏覽器不支援通行金鑰。
passkey-login-heading = 以通行金鑰登入
passkey-login-intro = 如果您已在「我的頁面」註冊通行金鑰，可以用它代替使用者 ID 和密碼。
passkey-login-button = 以通行金鑰登入
passkey-heading = 通行金鑰
passkey-intro = 註冊通行金鑰後，可用本裝置的指紋、臉部或 PIN 登入。以密碼登入仍照常可用。
passkey-none = 尚未註冊通行金鑰。
passkey-label = 通行金鑰名稱
passkey-label-hint = 能看出是哪台裝置的名稱（最多 40 個字元），例如「手機」。
passkey-added-at = 註冊時間
passkey-last-used = 最近使用
passkey-actions = 操作
passkey-never-used = 尚未使用
passkey-remove-button = 刪除「{ $label }」
passkey-remove-question = 要刪除通行金鑰「{ $label }」嗎？刪除後將無法再以它登入。
passkey-keep = 不刪除
passkey-remove-confirm = 刪除
passkey-add-button = 註冊通行金鑰
account-session-warning-heading = 即將自動登出
account-session-warning = 由於沒有操作，系統將在 { $time }（還剩 { $minutes } 分鐘）自動登出。選擇「確定」可再保持登入3小時。
account-session-extend = 確定（延長3小時）
account-session-cancel = 取消
account-session-extended = 您將保持登入至 { $time }。
account-coe-heading = 領取登錄一覽
account-coe-intro = 透過電子郵件寄給您的在留資格認定證明書。請下載並進行領取登錄。在登錄之前，核發後3個月內每7天會寄送一次提醒郵件。
account-coe-as-of = 截至 { $time }
account-coe-page-size = 每頁顯示數
account-coe-page-size-option = 每頁 { $count } 筆
account-coe-total = 共 { $total } 份
account-coe-empty = 尚未寄送在留資格認定證明書給您。
account-coe-number = 在留資格認定證明書編號
account-coe-requested-at = 領取登錄請求時間
account-coe-received-at = 領取登錄時間
account-coe-status = 領取登錄狀態
account-coe-file = 證明書
account-coe-action = 領取登錄
account-coe-pdf = 下載 { $number }（PDF）
account-coe-register = 進行領取登錄
account-coe-confirm = 確定要對以下在留資格認定證明書進行領取登錄嗎？
account-coe-close = 關閉
account-coe-registered = 證明書 { $number } 的領取登錄已完成。
account-coe-pages = 頁碼
account-coe-first = 第一頁
account-coe-last = 最後一頁
coe-status-unregistered = 未登錄
coe-status-registered = 已領取登錄
office-nav = 職員頁面
office-heading = 職員頁面：證明書與申請
office-issue-heading = 核發在留資格認定證明書
office-issue-intro = 證明書會被保存，使用者會收到一封附有領取登錄連結的郵件。
office-coe-number-hint = 英文字母A–Z、數字和連字號，最多32個字元。
office-coe-pdf = 證明書（PDF檔案，最大10 MB）
office-issue-button = 核發
office-issued = 證明書 { $number } 已核發，並已透過郵件通知使用者。
office-issued-heading = 已核發的證明書
office-submissions-heading = 已受理的申請
office-submissions-empty = 尚未收到任何申請。
office-submissions-total = 共 { $total } 件
office-receipt-number = 受理編號
office-kind = 表格
office-received-at = 受理時間
office-photo = 照片
office-submission-heading = 申請內容
office-payload = 填寫內容
office-back = 返回職員頁面
office-audit-link = 稽核紀錄：誰存取了什麼
office-audit-heading = 稽核紀錄
office-audit-intro = 職員對申請、證明書及本紀錄的所有存取，依時間由新到舊排列。伺服器在交出資料之前記錄每一筆。
office-audit-total = 共 { $total } 筆
office-audit-at = 時間
office-audit-actor = 職員使用者ID
office-audit-action = 操作
office-audit-target = 對象
office-audit-client = 來源位址
office-audit-pages = 稽核紀錄頁碼
office-submissions-pages = 申請列表頁碼
office-export-json = 下載全部申請（JSON）
office-export-csv = 下載全部申請（CSV）
office-action-submissions-list = 檢視申請列表
office-action-submissions-view = 開啟申請
office-action-submissions-export = 匯出申請
office-action-coe-issue = 核發證明書
office-action-coe-list = 檢視證明書列表
office-action-audit-view = 檢視稽核紀錄

## Exam My Page registration (seed 000)
exam-steps-label = 登記步驟
exam-step-card = 在留卡
exam-step-passport = 護照
exam-step-photo = 臉部照片
exam-step-details = 填寫內容
exam-step-confirm = 確認
exam-step-done = 完成
exam-autofilled-card = 已從在留卡自動填寫
exam-autofilled-passport = 已從護照自動填寫
exam-field-name = 姓名（與護照一致）
exam-field-name-hint = 依護照上的寫法，用拉丁字母，姓在前。
exam-field-birth-date = 出生日期
exam-field-date-hint = 依年-月-日填寫，例如 1998-04-01。
exam-field-sex = 性別
exam-sex-male = 男
exam-sex-female = 女
exam-field-nationality = 國籍
exam-field-nationality-hint = 護照上的三個字母代碼，例如 VNM。
exam-field-passport-number = 護照號碼
exam-field-card-number = 在留卡號碼
exam-field-card-number-hint = 卡片右上角的 12 個字元，例如 AB12345678CD。
exam-field-status = 在留資格
exam-field-period-until = 在留期間（截止日期）
exam-field-prefecture = 現居住的都道府縣
exam-prefecture-choose = 請選擇都道府縣
exam-field-email = 電子郵件地址
exam-continue = 就用這個繼續
exam-back = 返回
exam-back-to-details = 修改填寫內容
exam-back-to-photo = 更換照片
exam-card-heading = 您的在留卡
exam-card-intro = 請拍攝在留卡正面，或選擇儲存在手機或電腦中的 JPG 格式彩色照片。即使在留卡就在手邊，也請先拍一張照片使用。
exam-card-filled = 在留資格、在留期間（截止日期）和居住的都道府縣會依照片自動填寫。如有錯誤或空白，請自行修改。
exam-card-kept = 已讀取您的在留卡。
exam-no-card-heading = 沒有在留卡？
exam-no-card-who = 僅限持短期滯在簽證等來日本的人。考場會核對您的短期滯在簽證等。
exam-no-card-button = 我沒有在留卡
exam-no-card-note = 沒有在留卡：考場會核對您的短期滯在簽證等。
exam-passport-heading = 您的護照
exam-passport-intro = 必須讀取護照。請拍攝有本人照片的那一頁（不是 JAPAN VISA 頁），或選擇已儲存的照片。
exam-passport-filled = 姓名、出生日期、性別、國籍和護照號碼會依照片自動填寫。如有錯誤或空白，請自行修改。
exam-passport-kept = 已讀取您的護照。
exam-photo-heading = 您的臉部照片
exam-photo-intro = 請選擇或拍攝一張臉部照片。照片在您的瀏覽器中檢查。
exam-photo-kept = 您已選擇這張照片。
exam-photo-alt = 您選擇的臉部照片
exam-photo-missing = 還沒有照片。請返回臉部照片步驟。
exam-photo-from-document-heading = 使用證件上的臉部照片
exam-photo-from-document-hint = 在您的瀏覽器中擷取並放大護照或在留卡上印刷的臉部照片。您也可以在下方選擇新照片。
exam-photo-from-card = 從在留卡擷取
exam-photo-from-passport = 從護照擷取
exam-photo-from-document-use = 使用這張照片
exam-photo-from-document-refused = 擷取的照片不符合照片規定，無法使用。請在下方另選照片。
exam-details-heading = 確認並修改填寫內容
exam-details-intro = 標有「自動填寫」的內容來自您的證件。請逐項確認，如有錯誤請修改。
exam-missing-card = 請先讀取在留卡，或選擇「我沒有在留卡」。
exam-missing-passport = 請先讀取護照。
exam-conflict-differs = 在留卡與護照不一致
exam-conflict-name-order = 姓名相同，但順序不同。
exam-conflict-choose = 請選擇保留哪一個。
exam-from-card = 在留卡：
exam-from-passport = 護照：
exam-personal-legend = 本人資料
exam-card-legend = 在留卡
exam-contact-legend = 聯絡方式
exam-to-confirm = 確認登記內容
exam-confirm-heading = 確認您的登記內容
exam-confirm-intro = 尚未傳送任何內容。請確認每一項後再登記。
exam-register = 登記
exam-done-heading = 已受理登記
exam-done-receipt = 受理編號 { $receipt }（{ $time }）。洽詢時請告知此編號。
exam-done-no-receipt = 此登記已傳送。受理編號僅在傳送後顯示一次。
exam-done-wiped = 您填寫的內容和照片已從此瀏覽器分頁中刪除。
prefecture-01 = 北海道
prefecture-02 = 青森縣
prefecture-03 = 岩手縣
prefecture-04 = 宮城縣
prefecture-05 = 秋田縣
prefecture-06 = 山形縣
prefecture-07 = 福島縣
prefecture-08 = 茨城縣
prefecture-09 = 栃木縣
prefecture-10 = 群馬縣
prefecture-11 = 埼玉縣
prefecture-12 = 千葉縣
prefecture-13 = 東京都
prefecture-14 = 神奈川縣
prefecture-15 = 新潟縣
prefecture-16 = 富山縣
prefecture-17 = 石川縣
prefecture-18 = 福井縣
prefecture-19 = 山梨縣
prefecture-20 = 長野縣
prefecture-21 = 岐阜縣
prefecture-22 = 靜岡縣
prefecture-23 = 愛知縣
prefecture-24 = 三重縣
prefecture-25 = 滋賀縣
prefecture-26 = 京都府
prefecture-27 = 大阪府
prefecture-28 = 兵庫縣
prefecture-29 = 奈良縣
prefecture-30 = 和歌山縣
prefecture-31 = 鳥取縣
prefecture-32 = 島根縣
prefecture-33 = 岡山縣
prefecture-34 = 廣島縣
prefecture-35 = 山口縣
prefecture-36 = 德島縣
prefecture-37 = 香川縣
prefecture-38 = 愛媛縣
prefecture-39 = 高知縣
prefecture-40 = 福岡縣
prefecture-41 = 佐賀縣
prefecture-42 = 長崎縣
prefecture-43 = 熊本縣
prefecture-44 = 大分縣
prefecture-45 = 宮崎縣
prefecture-46 = 鹿兒島縣
prefecture-47 = 沖繩縣

## Dates and times: parts from crates/rules/src/dates.rs (year, month, day, era, eraYear; hour, minute)
date-long = { $year }年{ $month }月{ $day }日
date-time = { date-long } { $hour }:{ $minute }
time-short = { $hour }:{ $minute }
