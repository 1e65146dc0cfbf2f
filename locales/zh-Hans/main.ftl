# madoguchi UI strings: Simplified Chinese.

## App shell
app-name = madoguchi
app-tagline = 在浏览器中办理在留手续。您的证件不会离开本设备。
nav-skip = 跳到主要内容
nav-home = 首页
nav-main-label = 主菜单
settings-heading = 显示设置
settings-language = 语言
settings-colour = 配色
settings-colour-standard = 标准
settings-colour-blue = 蓝色
settings-colour-yellow = 黄色
settings-colour-black = 黑色
settings-font-size = 文字大小
settings-font-normal = 标准
settings-font-large = 大
language-self-name = 简体中文
language-easy-japanese = 简明日语（注音假名）

## Home
home-heading = 您要办理什么？
home-intro = 请选择手续。读取和检查都在本浏览器内进行；只有您填写完成并提交的表格才会被发送。
flow-card-reader-title = 用读卡器核验在留卡
flow-card-reader-desc = 读取IC芯片，确认卡片是否真实。
flow-document-scan-title = 从照片读取在留卡或护照
flow-document-scan-desc = 根据您拍摄的照片自动填写表格。
flow-photo-check-title = 检查证件照
flow-photo-check-desc = 检查照片是否符合申请要求，并修正可以修正的问题。
flow-exam-mypage-title = 考试 My Page 注册
flow-exam-mypage-desc = 根据在留卡和护照的照片填写注册信息。
flow-mynumber-title = 个人编号卡在线申请
flow-mynumber-desc = 使用申请书上的二维码和脸部照片进行申请。
flow-immigration-account-title = 出入国在留管理厅在线手续账户
flow-immigration-account-desc = 注册、登录，并登记在留资格认定证明书的领取。
flow-status-planned = 准备中
footer-privacy = 照片、卡片信息和证件照只在本浏览器内处理。

## Errors
not-found-heading = 找不到页面
not-found-body = 页面 { $path } 不存在。
not-found-home = 返回首页

## Validation rules: My Number card online application (crates/rules)
rule-application-id-length = 申请书ID为23位数字，您输入了 { $length } 位。
rule-application-id-digits = 申请书ID只能是数字，“{ $char }”不是数字。
rule-application-id-mismatch = 两次输入的申请书ID不一致。请对照交付申请书核对。
rule-mail-name-char = 第 { $position } 个字符“{ $char }”无法使用。请输入日文输入法正常转换得到的常用字形（JIS第一、第二水准汉字、假名或拉丁字母）。
rule-mail-name-char-suggest = 第 { $position } 个字符“{ $char }”无法使用。请改为输入“{ $suggestion }”。
rule-mail-name-too-long = 姓名最多50个字符，您输入了 { $length } 个。
rule-email-half-width = 请用半角字符输入电子邮箱地址，“{ $char }”无法使用。
rule-email-space = 电子邮箱地址中不能有空格。
rule-email-too-long = 电子邮箱地址最多100个字符，您输入了 { $length } 个。
rule-email-format = 这不是电子邮箱地址。格式应类似 name@example.jp。
rule-email-mismatch = 两次输入的电子邮箱地址不一致。
rule-date-number = 请用数字输入年、月、日。
rule-date-month = 月份应为1至12。
rule-date-no-such-day = 该月只有 { $days } 天。
rule-wareki-year-zero = 年号的第一年是1年（元年），没有0年。
rule-wareki-other-era =
    { $date } 不在您选择的年号期间内，应为{ $era ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
       *[reiwa] 令和
    }{ $year }年。
rule-date-too-early = 无法输入 { $earliest }（明治时代开始）之前的日期。
rule-birth-date-future = 出生日期不能晚于今天。
rule-licence-record-length = 驾照信息记录编号为12位数字，您输入了 { $length } 位。
rule-licence-record-digits = 驾照信息记录编号只能是数字，“{ $char }”不是数字。
rule-photo-file-too-small = 照片文件太小（{ $kilobytes } KB），至少需要20 KB。
rule-photo-file-too-large = 照片文件太大（{ $kilobytes } KB），最大为7 MB（7,000,000字节）。
rule-photo-not-jpeg = 照片必须是JPEG文件（.jpg或.jpeg）。
rule-photo-not-rgb = 照片必须是RGB彩色JPEG，不接受CMYK或黑白文件。
rule-photo-dimensions = 照片为 { $width } × { $height } 像素。宽和高都必须在480至6000像素之间。

## Validation rules: immigration online account (crates/rules)
user-kind-organisation-staff = 所属机构等的职员（雇主、支援机构、学校等）
user-kind-lawyer-or-scrivener = 律师・行政书士
user-kind-foreign-national = 外国人本人（申请人）
user-kind-legal-representative = 家属或法定代理人
rule-user-kind-invalid = 请选择用户类别。
rule-latin-name-char = 第 { $position } 个字符“{ $char }”无法使用。只能使用英文字母A–Z和空格。
rule-latin-name-char-suggest = 第 { $position } 个字符“{ $char }”无法使用。请改为输入“{ $suggestion }”（只能使用A–Z和空格）。
rule-latin-name-too-long = 姓名最多104个字符（含空格），您输入了 { $length } 个。
rule-phone-hyphen = 请输入不带连字符的电话号码：{ $suggestion }
rule-phone-digits = 电话号码只能输入数字，不要加连字符、空格或括号。“{ $char }”无法使用。
rule-phone-length = 日本的电话号码以0开头，共10位或11位，您输入了 { $length } 位。
rule-phone-leading-zero = 请按日本国内拨号方式输入，以0开头（例如09012345678）。
rule-password-char = 密码中不能使用“{ $char }”。只能使用A–Z、a–z、0–9及符号 $%&=@_#*+-?!
rule-password-length = 密码须为10至20个字符，您输入了 { $length } 个。
rule-password-classes = 密码还需要包含以下 { $count } 类字符，每类至少1个：{ $missing }
rule-password-mismatch = 两次输入的密码不一致。
password-class-upper = 大写字母（A–Z）
password-class-lower = 小写字母（a–z）
password-class-digit = 数字（0–9）
password-class-symbol = 符号（$%&=@_#*+-?!）

## Finished forms (crates/rules forms)
rule-photo-encoding = 无法读取照片。请重新选择 JPEG 文件。
rule-photo-required = 请上传面部照片（仅未满 1 岁者不需要）。
rule-must-accept = 请勾选此项后继续。
rule-date-format = 请按“年-月-日”输入日期（例：1998-04-01）。
rule-choice-invalid = 请从选项中选择。
rule-text-too-long = 最多 { $max } 个字符，您输入了 { $length } 个。
rule-text-control = 此项包含换行等控制字符。请在一行内重新输入。
rule-passport-number-char = 护照号码只能包含字母 A–Z 和数字，不能使用“{ $char }”。
rule-passport-number-length = 护照号码最多 9 个字符，您输入了 { $length } 个。
rule-nationality-code = 请输入护照上印有的三位字母国籍代码（例：VNM）。
rule-period-of-stay-ended = 在留期间已于 { $date } 结束。请核对在留卡上的日期。

## API answers (crates/server)
api-error-validation = 部分输入需要修改。请检查标记的项目。
api-error-invalid-body = 无法读取请求。请刷新页面后重试。
api-error-not-found = 未找到。
api-error-unauthorized = 您尚未登录，或因 3 小时无操作已被自动登出。请重新登录。
api-error-forbidden = 此请求被拒绝。请刷新页面后重试。
api-error-link-invalid = 此链接已过期或已被使用。请从头开始。
api-error-rate-limited = 尝试次数过多。请稍后再试。
api-error-internal = 服务器出现错误。请稍后再试。
api-error-too-large = 发送的数据过大。请使用更小的照片文件。
api-error-idempotency-key-reused = 此次提交与之前的提交不一致。请刷新页面后重新提交。
account-mail-sent = 如果输入的信息正确，邮件已发出。请查看收件箱（及垃圾邮件文件夹）。
account-login-failed = 用户 ID 或密码错误。连续输错 5 次后，账户将被锁定 24 小时。
account-locked = 由于连续 5 次输错密码，账户已被锁定。24 小时后自动解锁。如需立即解锁，请通过“忘记密码”重新设置密码。
account-current-password-wrong = 当前密码错误。
account-email-in-use = 此电子邮箱地址无法使用。请输入其他地址。
account-registered = 用户 ID 已发放，并已通过邮件发送。
account-logged-out = 您已登出。
coe-already-registered = 此证明书已登记接收。

## Mail (crates/server)
mail-register-link-subject = 【madoguchi】继续用户注册
mail-register-link-body =
    感谢您申请用户注册。
    请通过以下链接继续注册（有效期至 { $expires }）：
    { $link }
    超过有效期后，请从输入电子邮箱地址重新开始。
    如果您没有申请，请删除此邮件。
mail-register-exists-subject = 【madoguchi】关于用户注册
mail-register-exists-body =
    有人使用此电子邮箱地址申请了用户注册，但此地址已被注册。
    如果您忘记了用户 ID，请在登录页面使用“忘记用户 ID”。
    如果您没有申请，请删除此邮件。
mail-user-id-issued-subject = 【madoguchi】您的用户 ID
mail-user-id-issued-body =
    { $name }
    用户注册已完成。
    用户 ID：{ $user_id }
    请使用此用户 ID 和您设置的密码登录。
mail-forgot-user-id-subject = 【madoguchi】您的用户 ID
mail-forgot-user-id-body =
    { $name }
    您的用户 ID 是：{ $user_id }
mail-password-reset-subject = 【madoguchi】重新设置密码
mail-password-reset-body =
    请通过以下链接设置新密码（有效期至 { $expires }）：
    { $link }
    重新设置密码后，被锁定的账户也会解锁。
    如果您没有申请，请删除此邮件，密码不会改变。
mail-password-changed-subject = 【madoguchi】密码已更改
mail-password-changed-body =
    { $name }
    您账户的密码已更改。
    如果不是您本人操作，请立即重新设置密码。
mail-email-change-link-subject = 【madoguchi】确认新的电子邮箱地址
mail-email-change-link-body =
    打开以下链接即可完成电子邮箱地址的更改（有效期至 { $expires }）：
    { $link }
    如果您没有申请，请删除此邮件。
mail-email-changed-subject = 【madoguchi】电子邮箱地址已更改
mail-email-changed-body =
    { $name }
    您账户的电子邮箱地址已更改，今后邮件将发送到新地址。
    如果不是您本人操作，请联系窗口。
mail-phone-changed-subject = 【madoguchi】电话号码已更改
mail-phone-changed-body =
    { $name }
    您账户的电话号码已更改。
    如果不是您本人操作，请联系窗口。
mail-mynumber-link-subject = 【madoguchi】个人编号卡申请页面
mail-mynumber-link-body =
    { $name }
    请通过以下链接继续申请（申请信息、面部照片）：
    { $link }
    链接有效期至 { $expires }，只能使用一次。过期后请重新登记电子邮箱地址。
    如果您没有申请，请删除此邮件。
mail-mynumber-received-subject = 【madoguchi】已受理您的个人编号卡申请
mail-mynumber-received-body =
    { $name }
    您的申请已受理。
    受理编号：{ $receipt }
mail-coe-issued-subject = 【madoguchi】在留资格认定证明书已发放
mail-coe-issued-body =
    { $name }
    您的在留资格认定证明书（编号 { $number }）已发放。
    请登录下载证明书，并登记接收：
    { $link }
mail-coe-reminder-subject = 【madoguchi】请登记接收在留资格认定证明书
mail-coe-reminder-body =
    { $name }
    您的在留资格认定证明书（编号 { $number }）尚未登记接收。
    请登录并登记接收：
    { $link }
    在 { $until } 之前，此提醒每 7 天发送一次。
account-password-reset = 新密码已设置，账户已解锁。请使用新密码登录。
account-password-changed = 密码已更改。
account-email-change-sent = 已向新地址发送链接。打开链接即可完成更改。
account-email-changed = 电子邮箱地址已更改。
coe-pdf-invalid = 请以不超过 10 MB 的 PDF 文件附上证明书。
coe-user-unknown = 没有此用户 ID 的账户。
coe-number-exists = 此编号的证明书已经发放。
