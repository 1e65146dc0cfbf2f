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
