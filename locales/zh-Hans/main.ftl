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
