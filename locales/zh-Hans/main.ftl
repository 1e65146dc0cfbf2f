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
rule-challenge-required = 请输入图片中显示的字符。
rule-challenge-too-long = 图片中只有五个字符，请只输入这五个字符。
rule-passkey-label-too-long = 名称最多 { $max } 个字符（当前 { $count } 个）。
rule-passkey-label-control = 名称中含有不能使用的字符。
rule-passkey-answer = 浏览器的响应无效。请重试。
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
api-error-challenge-wrong = 输入的字符与图片不符，或图片已过期。这是一张新图片：请输入其中的字符并再次确认。您输入的其他内容都已保留。
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
mail-japan-time = 日本时间
mail-phone-changed-body =
    { $name }
    您账户的电话号码已更改。
    如果不是您本人操作，请联系窗口。
mail-passkey-added-subject = [madoguchi] 您的账户已添加通行密钥
mail-passkey-added-body =
    { $name }
    您的账户已添加通行密钥，现在可以用它登录。
    如果这不是您本人的操作，请更改密码，在“我的页面”删除该通行密钥，并联系窗口。
mail-passkey-removed-subject = [madoguchi] 您的账户已删除通行密钥
mail-passkey-removed-body =
    { $name }
    您的账户已删除一个通行密钥，它不能再用于登录。
    如果这不是您本人的操作，请更改密码并联系窗口。
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

## Validation rules (crates/rules)
rule-required = 此项为必填项。
rule-card-number-length = 卡号共12个字符，您输入了 { $length } 个。
rule-card-number-format = 卡号有误。卡号由2个字母、8位数字和2个字母组成，印在卡片右上角（例：AB12345678CD）。

## Card reader flow (seed 003)
chip-intro = 使用USB读卡器读取在留卡或特别永住者证明书的IC芯片，确认卡片是否为真。
chip-privacy = 卡片在本浏览器内读取。从芯片读取的信息不会发送到任何地方，按下“结束”后也不会保留。
chip-step-number = 第1步：输入卡号
chip-number-label = 在留卡号码（在留カード等番号）
chip-number-hint = 卡片右上角的12位半角大写字母和数字（例：LD64185190AA）。
chip-next = 下一步
chip-step-reader = 第2步：将卡片放在读卡器上
chip-reader-instructions = 请将读卡器连接到这台电脑，把卡片放在读卡器上，然后选择读卡器。
chip-connect-reader = 选择读卡器并读取
chip-change-number = 更改卡号
chip-reading = 正在读取卡片…
chip-do-not-move = 读取完成前，请不要移动卡片。
chip-try-again = 重新读取
chip-finish = 结束
chip-verdict-genuine-residence = 已读取一张正常的在留卡。
chip-verdict-genuine-special = 已读取一张正常的特别永住者证明书。
chip-verdict-genuine-test-ca = 卡片数据完好，但发行方是测试用认证机构，而不是出入国在留管理厅：这是一张测试卡。
chip-verdict-issuer-not-checked = 数据完好，但无法确认发行方：本服务器没有安装出入国在留管理厅的证书。
chip-verdict-under16 = 已读取未满16岁者的卡片：这类卡片没有电子签名，因此无法验证。
chip-verdict-abnormal = 读取到一张异常的卡片。
chip-tamper-heading = 篡改检查
chip-issuer-heading = 发行方检查
chip-tamper-ok = 正常：芯片中的数据与签名时一致。
chip-tamper-failed = 异常：芯片中的数据与其签名不一致。
chip-check-not-signed = 未检查：未满16岁者的卡片没有签名。
chip-issuer-ok = 正常：由出入国在留管理厅发行。
chip-issuer-test-ca = 正常（测试用认证机构，不是出入国在留管理厅）。
chip-issuer-not-checked = 未检查：没有安装出入国在留管理厅的证书。
chip-issuer-failed = 异常：这张卡片不是由已知机构发行的。
chip-note-signer-expired = 卡片的签名证书在签名之后，于 { $date } 过期。这是正常现象，不影响卡片。
chip-note-ca-expired = 发行方认证机构的证书在签名之后，于 { $date } 过期。这是正常现象，不影响卡片。
chip-note-not-yet-valid = 签名证书从 { $date } 起才有效。请检查这台电脑的时钟。
chip-abnormal-advice = 卡片可能已损坏或是伪造的。请到以下窗口咨询：
chip-consult-link = 地方出入国在留管理官署
chip-card-expiry = 卡片有效期至
chip-address = 住址（住居地）
chip-permission = 资格外活动许可
chip-renewal = 在留期间更新等许可申请栏
chip-renewal-applied = 申请中
chip-renewal-none = 无
chip-reader-used = 读卡器
chip-front-image = 卡片正面（来自芯片）
chip-printed-heading = 卡面记载事项（从IC芯片的卡面图像读取）
chip-printed-verified = 已由卡的签名验证：这些内容与出入国在留管理厅签发的一致。
chip-printed-verified-test-ca = 根据卡的签名，内容未被篡改，但签名来自测试用认证机构，而不是出入国在留管理厅（测试卡）。
chip-printed-issuer-not-checked = 根据卡的签名，内容未被篡改，但无法确认签名的发行方。
chip-printed-not-signed = 此卡的芯片没有签名（未满16岁者的卡）：内容读取自芯片，但未经验证。
chip-printed-not-verified = 未验证：芯片签名不一致，这些内容可能已被篡改。
chip-printed-reading = 正在从卡面图像读取记载事项…
chip-printed-unsure = （不确定，请与卡面核对）
chip-printed-cancelled = 已停止读取记载事项。
chip-face-image = 照片（来自芯片）
chip-zoom = 放大
chip-check-validity = 确认在留卡号码是否有效
chip-reader-unsupported = 此浏览器无法使用USB读卡器。
chip-reader-unsupported-advice = 请在电脑上使用 Google Chrome 或 Microsoft Edge，并通过本网站的 https 地址打开。
chip-reader-none-chosen = 没有选择读卡器。
chip-reader-none-chosen-advice = 请连接读卡器，再次按下按钮，并在列表中选择它。如果列表中没有，请查看支持的读卡器列表。
chip-reader-protected = 读卡器“{ $product }”无法从网页使用。
chip-reader-protected-advice = Chrome 不允许网页使用以标准智能卡读卡器身份工作的读卡器。请使用带有厂商专用接口的读卡器（例如 SCM SCL011、OMNIKEY 5321 或 Sony PaSoRi），或请贵单位的IT负责人将 madoguchi 安装为 Isolated Web App，这样标准读卡器也能使用。
chip-reader-not-ccid = “{ $product }”不是 madoguchi 可以使用的读卡器。
chip-reader-not-ccid-advice = 请从支持的读卡器列表中选择一台非接触式智能卡读卡器。
chip-reader-busy = 读卡器“{ $product }”正在被其他程序或标签页使用。
chip-reader-busy-advice = 请关闭正在使用读卡器的其他程序或标签页（或拔下读卡器后重新插上），然后再试一次。
chip-error-internal = 发生错误，将返回开始页面。
chip-error-internal-advice = 请刷新此页面。如果再次出现同样的错误，请重新启动浏览器。
chip-error-number-mismatch = 在留卡号码有误。
chip-error-number-mismatch-advice = 请输入印在这张卡片右上角的正确号码。
chip-error-not-residence-card = 读取卡片时发生错误。放在读卡器上的可能不是在留卡。
chip-error-not-residence-card-advice = 请确认卡片是在留卡或特别永住者证明书，然后放在读卡器上。
chip-error-card-not-read = 无法读取卡片。请确认是在留卡或特别永住者证明书，然后重新放在读卡器上。
chip-error-card-not-read-advice = 请将卡片平放在读卡器上，不要移动，并让金属物品离开10–20厘米。如果一直出现这种情况，请联系附近的出入国在留管理官署。
chip-error-while-reading = 读取卡片时发生错误。
chip-error-while-reading-advice = 请重新将卡片放在读卡器上。如果试了几次仍出现同样的错误，请联系附近的出入国在留管理官署。
chip-error-chip-broken = 这张卡片的IC芯片可能已损坏。
chip-error-chip-broken-advice = 请到附近的地方出入国在留管理官署申请补发新卡。

## Photo check
photo-profile-mynumber = 个人编号卡在线申请
photo-profile-immigration = 出入国在留管理厅的在留申请
photo-confirm-recent = 照片是最近6个月内拍摄的。
photo-confirm-recent-immigration = 照片是最近3个月内拍摄的。
photo-confirm-front-no-hat = 照片是本人正面、不戴帽子、背景为纯色。
photo-confirm-other-rules = 照片符合申请网站的其他照片要求。
photo-confirm-no-retouching = 照片没有经过修图或编辑（只做了裁剪或缩小）。
photo-format-ok = 文件是 { $format } 图片。
photo-format-wrong = 不论文件名是什么，这个文件实际上是 { $format } 图片。此申请需要 { $expected }。自动修正可以将其保存为 JPEG。
photo-format-unknown = 这个文件不是可以读取的照片。请选择 JPEG 照片。
photo-profile-unknown = 无法使用这种照片检查。请刷新页面后重新选择。
photo-decode-unsupported = 这里无法打开这种图片。请将照片保存为 JPEG 后重新选择。
photo-decode-failed = 照片文件已损坏或不完整。请重新拍摄或重新导出照片。
photo-colour-ok = 颜色以 { $colour } 格式保存，可以使用。
photo-colour-cmyk = 照片以 { $colour } 颜色（印刷用格式）保存。网站需要 RGB 颜色。自动修正会进行转换。
photo-colour-grey = 照片是黑白的（{ $colour }）。黑白照片可以使用，但上传要求 RGB，因此自动修正会将其保存为 RGB。
photo-colour-other = 无法使用照片的颜色格式（{ $colour }）。请重新保存为普通的彩色 JPEG。
photo-icc-none = 照片没有嵌入颜色配置文件，颜色将按标准 sRGB 读取。
photo-icc-ok = 嵌入的颜色配置文件（{ $space }）没有问题。
photo-icc-mismatch = 嵌入的颜色配置文件适用于 { $space }，而不是 RGB。自动修正会将照片保存为标准 RGB。
photo-coding-ok = JPEG 以标准（基线）方式保存。
photo-coding-progressive = JPEG 以“渐进式”保存，有些上传网站不接受。自动修正会保存为标准（基线）JPEG。
photo-orientation-ok = 照片方向正确。
photo-orientation-turned = 相机将这张照片旋转了 { $degrees }° 保存，并标记为需要转回；有些网站会把它横着显示。自动修正会将其摆正。
photo-orientation-mirrored = 相机将这张照片以镜像（旋转 { $degrees }°）保存；有些网站会显示错误。自动修正会将其调整为正确方向。
photo-size-ok = 文件大小（{ $kilobytes } KB）在规定范围内。
photo-size-small = 文件太小（{ $kilobytes } KB），至少需要 { $min } KB。请使用原始照片，不要使用缩略图。
photo-size-large = 文件太大（{ $kilobytes } KB），最大为 { $max } KB。自动修正会将其缩小。
photo-dimensions-ok = 照片为 { $width } × { $height } 像素，在规定范围内。
photo-dimensions-small = 照片只有 { $width } × { $height } 像素。宽和高都必须至少为 { $min } 像素：请使用相机拍摄的原始照片。
photo-dimensions-large = 照片为 { $width } × { $height } 像素。宽和高都不能超过 { $max } 像素。自动修正会将其缩小。
photo-aspect-ok = 照片比例（{ $width } × { $height }）符合 { $expected } 的照片。
photo-aspect-off = 照片为 { $width } × { $height } 像素，不是 { $expected }（宽:高）的比例。自动修正会以头部为中心进行裁剪。
photo-face-skipped = 未检查面部（面部检测功能未加载）。
photo-face-one = 找到了一张脸。
photo-face-none = 没有找到脸。请正对相机，让整张脸都拍进去，并且光线充足。
photo-face-many = 找到了 { $count } 张脸。照片里只能有您本人。
photo-face-inside = 整张脸都在照片内。
photo-face-cut = 您的脸碰到了照片边缘。请往后退，让整个头部和肩膀都拍进画面。
photo-top-ok = 头顶上方留有空间（高度的 { $percent } %）。
photo-top-tight = 头顶上方没有空间（高度的 { $percent } %，至少需要 { $min } %）。请往后退或放低相机，不要让头顶被切掉。
photo-head-ok = 头部占高度的 { $percent } %（要求为 { $min }–{ $max } %）。
photo-head-small = 头部只占高度的 { $percent } %，需要 { $min }–{ $max } %。请靠近一些，或用自动修正裁剪照片。
photo-head-large = 请往后退：头部占高度的 { $percent } %，需要 { $min }–{ $max } %。这无法通过裁剪修正。
photo-eyes-ok = 眼睛位于从上往下高度的 { $percent } % 处（要求为 { $min }–{ $max } %）。
photo-eyes-high = 眼睛太靠上（从上往下 { $percent } %，要求为 { $min }–{ $max } %）。请在头顶上方多留一些空间。
photo-eyes-low = 眼睛太靠下（从上往下 { $percent } %，要求为 { $min }–{ $max } %）。请减少头顶上方的空间，或用自动修正裁剪照片。
photo-centre-ok = 脸在正中间。
photo-centre-left = 脸偏离中心向左 { $percent } %（最多允许 { $max } %）。请站在画面正中间，或用自动修正裁剪照片。
photo-centre-right = 脸偏离中心向右 { $percent } %（最多允许 { $max } %）。请站在画面正中间，或用自动修正裁剪照片。
photo-roll-ok = 头部是正的。
photo-roll-tilted = 头部倾斜了约 { $degrees }°（最多允许 { $max }°）。请把头摆正后重新拍摄。
photo-roll-unknown = 无法测量头部的倾斜度。
photo-brightness-ok = 脸部光线良好（亮度 { $percent } %）。
photo-brightness-dark = 脸部太暗（亮度 { $percent } %，需要 { $min }–{ $max } %）。请面向窗户或明亮的灯光拍摄。
photo-brightness-bright = 脸部太亮（亮度 { $percent } %，需要 { $min }–{ $max } %）。请避免闪光灯直射或阳光直射。
photo-clipping-ok = 脸部没有过曝发白或过暗发黑的部分。
photo-clipping-high = 脸部有 { $percent } % 是纯白或纯黑。请在柔和、均匀的光线下拍摄，不要使用闪光灯。
photo-sharpness-ok = 脸部清晰。
photo-sharpness-blurred = 脸部模糊。请拿稳相机，对准脸部对焦后重新拍摄。
photo-noise-ok = 照片干净（噪点少）。
photo-noise-high = 照片噪点多，通常是因为光线不足。请在更明亮的地方重新拍摄。
photo-background-ok = 背景均匀。
photo-background-uneven = 背景不是单一均匀的颜色（有阴影或物品）。请站在纯色墙壁前，身后不要有阴影。
photo-background-plain = 背景中没有物品或图案。
photo-background-objects = 背景中有线条或图案（占 { $percent } %）：物品、家具或花纹。请站在纯色墙壁前。
photo-fix-rotated = 已摆正。
photo-fix-converted = 已转换为 RGB 彩色 JPEG。
photo-fix-cropped = 已按照规定放置头部，并裁剪为照片比例。
photo-fix-resized = 已缩小，以符合像素和文件大小的限制。
photo-fix-encoded = 已在限制范围内以最高画质保存为标准 JPEG。
photo-fix-from-document = 取自证件上印刷的面部照片。
photo-fix-enlarged = 已放大到表格接受的最小尺寸。
photo-fix-no-face = 自动修正需要照片中正好有一张脸，但没有找到脸。
photo-fix-many-faces = 自动修正需要照片中正好有一张脸，但找到了多张。
photo-fix-too-close = 脸离相机太近或太靠近边缘，无法裁剪。请往后退，在头部周围留出空间后重新拍摄。
photo-fix-too-small = 裁剪后照片的像素会不够。请使用相机拍摄的原始照片，或靠近一些拍摄。
photo-fix-bytes = 无法在文件大小限制内保存照片。请使用相机拍摄的原始照片。
photo-contrast-ok = 您的头发和衣服与背景区分清楚。
photo-contrast-low = 背景与头发或衣服的深浅几乎相同，头部轮廓不清楚。请使用不同颜色的背景（例如深色头发配浅色墙壁）。
photo-glasses-ok = 眼睛清晰可见。
photo-glasses-dark = 眼睛似乎被遮住了（深色眼镜或浓重阴影）。请摘下太阳镜或有色眼镜，并让光线从正面照亮脸部。

## Card reader: choosing a reader and waiting for the card
chip-readers-remembered = 以前在这台电脑上用过的读卡器
chip-read-with = 用 { $product } 读取
chip-readers-system = 这台电脑的读卡器
chip-readers-system-none = 电脑没有检测到读卡器。请连接读卡器后刷新此页面。
chip-readers-help-link = 哪些读卡器可以使用？读卡器帮助
chip-waiting-card = 请将卡片放在读卡器上
chip-waiting-card-hint = 读卡器已准备好。卡片放上后会自动开始读取；读取结束前请不要移动卡片。
chip-cancel = 取消
chip-reader-unavailable = 读卡器“{ $product }”无法使用。
chip-reader-unavailable-advice = 读卡器可能已被拔下，或电脑的智能卡服务没有运行。请重新连接读卡器，然后再选择一次。

## Help: card readers
help-readers-title = 读卡器：哪些可以使用，如何设置
help-readers-intro = madoguchi 在电脑上的 Chrome 或 Edge 中，通过 USB 连接的非接触式（NFC）智能卡读卡器读取在留卡的芯片。手机和平板电脑无法从网页使用 USB 读卡器。
help-readers-works-heading = 可以从本网页使用的读卡器
help-readers-works-body = USB 接口为厂商专用的读卡器：SCM / Identiv SCL011、SCL3711 和 SDI011；HID OMNIKEY 5321 CLi 和 5021 CL；Reiner SCT cyberJack RFID；Sony PaSoRi RC-S300 和 RC-S380。连接读卡器后，按“选择读卡器并读取”，在浏览器的列表中选择它；下次它会出现在“以前在这台电脑上用过的读卡器”中。
help-readers-works-tested = madoguchi 遵循各厂商公开的通信协议，并使用模拟这些类型读卡器的设备进行测试。如果您的读卡器不在列表中或无法使用，请将其准确型号告诉窗口或 madoguchi 项目。
help-readers-protected-heading = 无法从网页使用的读卡器
help-readers-protected-body = Chrome 不允许网页使用以标准智能卡读卡器（USB 类 0B）身份工作的读卡器，例如 ACS ACR1252U 或大多数作为个人编号卡用途销售的读卡器。选择这类读卡器时，madoguchi 会提示您。将 madoguchi 安装为 Isolated Web App（见下文）时，或使用出入国在留管理厅的官方读取应用程序时，这些读卡器可以使用。
help-readers-windows-heading = Windows：WinUSB 驱动程序
help-readers-windows-body = 在 Windows 上，网页只能使用驱动程序为 WinUSB 的 USB 设备。安装了厂商驱动程序的读卡器（例如 RC-S380 的 Sony NFC Port Software），其 madoguchi 使用的接口需要改为 WinUSB：用免费工具 Zadig 选择读卡器，选择 WinUSB，然后按“Replace Driver”。在重新安装厂商驱动程序之前，使用厂商驱动程序的程序将无法使用该读卡器。
help-readers-linux-body = macOS 和 ChromeOS 无需设置。在 Linux 上，请用对应读卡器 USB 厂商 ID 和产品 ID 的 udev 规则，允许您的用户打开读卡器；如果 pcscd 占用了读卡器，请停止 pcscd。
help-readers-iwa-heading = 窗口单位：将 madoguchi 安装为 Isolated Web App
help-readers-iwa-body = 想使用标准读卡器的单位，可以通过企业策略 IsolatedWebAppInstallForceList，在受管理的 Chrome 或 ChromeOS 上将 madoguchi 安装为 Isolated Web App（IWA）。在 IWA 中，Chrome 允许 madoguchi 凭借“usb-unrestricted”权限，通过 WebUSB 使用任何标准（CCID）读卡器。
help-readers-iwa-smartcard = 在 Chrome 提供 Web Smart Card API 的环境中（ChromeOS 上的 Isolated Web App），madoguchi 还会在“这台电脑的读卡器”下按名称列出电脑自带的读卡器；此时由电脑的驱动程序与读卡器通信，因此无需更改驱动程序。
help-readers-back = 返回读卡器页面

## Worker (photo checks and document reading off the page's thread)
worker-failed = 检查意外中止。请再试一次；如果再次发生，请刷新页面。
worker-model-download-failed = 无法下载检查所需的文件。请检查网络连接后重试。
worker-model-damaged = 已下载的检查所需文件已损坏。请刷新页面重新下载。

## Photo step (application flows) and the photo-check page
photo-page-title = 检查证件照
photo-page-intro = 请选择申请类型和照片。madoguchi 会按照该申请的要求进行检查，说明需要修改的地方，并修正可以修正的问题（方向、颜色、裁剪、大小）。
photo-profile-legend = 照片用途
photo-step-choose = 选择照片
photo-step-choose-hint = 本设备中的 JPEG 或 PNG 照片。照片在本浏览器内检查，不会发送到任何地方。
photo-step-file = 选择照片文件
photo-step-take = 用相机拍照
photo-step-checking = 正在检查照片…
photo-step-fixing = 正在修正照片…
photo-step-downloading = 正在下载面部检测程序（仅首次）：{ $percent } %
photo-step-cancel = 取消
photo-file-too-large = 此文件超过 50 MB，无法检查。请选择相机保存的原始照片，或较小的副本。
photo-summary-pass = 照片符合这里可以检查的所有要求。
photo-summary-warn = 照片可能不被接受：请查看标有“确认”的项目。
photo-summary-fail = 照片不符合要求。请查看下方需要修改的地方。
photo-verdict-pass = 通过
photo-verdict-warn = 确认
photo-verdict-fail = 有问题
photo-verdict-skip = 未检查
photo-measured = 测量值：{ $measured }（要求：{ $limit }）
photo-overlay-alt = 您的照片，显示了检测到的脸，以及眼睛和中心应在位置的参考线
photo-fix-button = 自动修正照片
photo-fix-heading = 修正后的照片
photo-fix-before = 修正前
photo-fix-after = 修正后
photo-fix-done = 已进行的修正：
photo-fix-use = 使用修正后的照片
photo-fix-keep = 保留原照片
photo-fix-in-use = 您正在使用修正后的照片。
photo-confirm-heading = 请确认
photo-accept = 使用这张照片
photo-accept-blocked = 要继续，照片不能再有“有问题”的项目，并且上面每个方框都必须勾选。
photo-saved-heading = 照片已准备好
photo-save-link = 保存照片（JPEG）
photo-saved-hint = 请在申请网站上上传此文件。此文件是在本浏览器内生成的，madoguchi 没有将其发送到任何地方。
photo-privacy = 您的照片不会离开本设备：照片在本浏览器内检查和修正。

## Document scan

document-scan-title = 读取在留卡或护照
document-scan-intro = 拍摄或选择证件照片：在此浏览器中读取各项内容，您可以检查并修改。照片和读取的内容不会发送到任何地方。
document-scan-kind-legend = 哪种证件？
document-scan-kind-residence-card = 在留卡或特别永住者证明书（正面）
document-scan-kind-passport = 护照（有本人照片的一页）
document-scan-choose = 证件照片
document-scan-choose-hint = JPEG 或 PNG 照片（浏览器能打开时也可用 HEIC），或使用相机。
document-scan-file = 选择照片文件
document-scan-camera-start = 使用相机
document-scan-camera-stop = 关闭相机
document-scan-camera-capture = 拍照
document-scan-camera-guide = 将证件平放在框内，尽量拍大，避免反光。
document-scan-camera-unavailable = 无法启动相机。请允许使用相机，或改为选择照片文件。
document-scan-camera-auto = 证件静止且清晰时，会自动拍照。
document-scan-camera-hold-still = 请保持证件和相机不动。
document-scan-camera-blurred = 画面模糊：请把证件靠近一些，或等待相机对焦。
document-scan-reading = 正在读取证件…
document-scan-downloading = 正在下载文字识别程序（仅首次）：{ $percent } %
document-scan-cancel = 取消
document-scan-unreadable = 无法从这张照片读取证件。请重新拍摄。
document-scan-visa-page = 这是签证页。请拍摄护照中有本人照片的一页，而不是签证页。
document-scan-passport-not-card = 这看起来是护照。请在上方选择“护照”，或拍摄在留卡的正面。
document-scan-number-unreadable = 无法从这张照片读取卡号。请重新拍摄，或输入号码。
document-scan-failed = 读取意外中止。请重试；如果再次发生，请重新加载页面。
document-scan-advice-heading = 拍摄注意事项
document-scan-advice-flat = 将证件平放，从正上方拍摄。
document-scan-advice-large = 让证件在照片中尽量大。
document-scan-advice-glare = 注意不要因反光使文字变白。
document-scan-advice-sharp = 确认照片中的文字和数字清晰可读。
document-scan-advice-passport-page = 护照请拍摄有本人照片的一页，不是 JAPAN VISA 页。
document-scan-review-heading = 请检查读取的内容
document-scan-review-hint = 请自行修改错误或空白的项目。每项旁边显示读取该值的照片部分。
document-scan-review-count = 需要检查的项目：{ $count }。已标记“请检查”。
document-scan-review-none = 所有项目都已清晰读取。仍请与证件核对。
document-scan-check-mark = 请检查：
document-scan-needs-review = 此项难以读取。
document-scan-not-found = 照片中未找到此项，请手动输入。
document-scan-check-valid = 校验位：一致。
document-scan-check-repaired = 校验位：纠正形近字符后一致。
document-scan-check-invalid = 校验位：不一致。此值可能有误。
document-scan-crop-alt = 照片中读取“{ $field }”的部分
document-scan-glare-warning = 这张照片中证件有反光。如果内容有误，请避开反光重新拍摄。
document-scan-small-warning = 这张照片中证件拍得太小，小字可能会被读错。如果内容有误，请靠近一些，让证件占满画面后重新拍摄。
document-scan-many-to-check = 有几项内容难以识别。按以下方法重新拍摄可能会识别得更好：
document-scan-mrz-heading = 机读区（页面底部的字符行）
document-scan-mrz-pass = 所有校验位都一致。
document-scan-mrz-fail = 部分校验位不一致：请检查上方标记的项目。
document-scan-confirm = 内容正确
document-scan-again = 读取另一张照片
document-scan-confirmed = 内容已确认。没有发送任何内容：此页面只读取证件。
document-scan-privacy = 照片在此浏览器中读取，不会上传。
document-field-surname = 姓
document-field-given-names = 名
document-field-passport-number = 护照号码
document-field-nationality = 国籍
document-field-birth-date = 出生日期
document-field-sex = 性别
document-field-expiry-date = 有效期至
document-field-issuing-state = 签发国
document-field-card-number = 在留卡号码
document-field-name = 姓名
document-field-address = 住址
document-field-prefecture = 都道府县
document-field-status = 在留资格
document-field-work-restriction = 就业限制
document-field-period-of-stay = 在留期间
document-field-stay-expiry-date = 在留期间届满日
document-field-card-valid-until = 卡片有效期至
chip-number-camera = 从卡片照片读取号码
chip-number-camera-reading = 正在从照片读取卡号…
chip-number-camera-read = 已从照片读取号码。继续之前，请与卡片核对。

## My Number card online application flow (seeds 002, 004)
mynumber-steps-label = 申请步骤
mynumber-step-1 = 使用条款
mynumber-step-2 = 电子邮箱地址
mynumber-step-3 = 邮件已发送
mynumber-step-4 = 申请信息
mynumber-step-5 = 脸部照片
mynumber-step-6 = 确认
mynumber-step-7 = 完成
mynumber-title = 个人编号卡（マイナンバーカード）在线申请
mynumber-terms-heading = 开始之前
mynumber-terms-residents = 在线申请仅限居住在日本国内的人。
mynumber-terms-representative = 未满15岁者或成年被监护人，由法定代理人申请。
mynumber-terms-operator = 卡片由地方公共团体信息系统机构（J-LIS）根据其使用条款和个人信息处理规定发行；同意之前，请在官方申请网站上阅读这些内容。
mynumber-terms-madoguchi = madoguchi 在本浏览器内检查您的输入和照片，只有在您按下“登记”时才发送完成的表格。
mynumber-consent-age = 我已满15岁，或者我是未满15岁者或成年被监护人的法定代理人。
mynumber-consent-terms = 我接受个人编号卡在线申请的使用条款及个人信息处理规定，并提出申请。
mynumber-confirm = 下一步
mynumber-back = 返回
mynumber-register = 登记
mynumber-loading = 正在加载…
mynumber-email-heading = 登记电子邮箱地址
mynumber-email-intro = 用于继续申请的链接将发送到此地址。
mynumber-qr-legend = 从二维码获取申请书ID
mynumber-qr-hint = 拍摄通知书或申请书上的二维码，申请书ID 会自动填写。照片不会上传。
mynumber-qr-button = 从照片读取二维码
mynumber-qr-reading = 正在读取二维码…
mynumber-qr-filled = 已根据二维码填写申请书ID。请在下方核对。
mynumber-qr-not-found = 在这张照片中没有找到申请书ID。请将二维码拍得大一些、平整、清晰后重新拍摄，或直接输入ID。
mynumber-application-id = 申请书ID
mynumber-application-id-hint = 23位数字，印在交付申请书上（例：1234 5678 9012 3456 7890 123）。可以包含空格。
mynumber-application-id-again = 再次输入申请书ID（用于确认）
mynumber-application-id-show = 显示数字
mynumber-mail-name = 邮件联系用姓名（メール連絡用氏名）
mynumber-mail-name-hint = 最多50个字符，只能使用JIS第一、第二水准汉字（不能使用罕见的异体字），例如 番号 太郎。用于区分邮件是关于谁的申请。
mynumber-email = 电子邮箱地址
mynumber-email-hint = 最多100个半角字符。请在垃圾邮件过滤设置中允许接收申请中心的邮件。
mynumber-email-again = 再次输入电子邮箱地址（用于确认）
mynumber-challenge-legend = 图片验证
mynumber-challenge-hint = 用来确认是人而不是程序在注册。请输入图片中的五个字母和数字，大小写均可。
mynumber-challenge-loading = 正在获取图片…
mynumber-challenge-failed = 无法加载图片。请检查网络连接，然后按“显示其他图片”。
mynumber-challenge-image-alt = 五个变形的字母和数字的图片，请在下方输入。如果看不到，请按“听语音”。
mynumber-challenge-another = 显示其他图片
mynumber-challenge-listen = 听语音
mynumber-challenge-listen-hint = 用英语逐个读出同样的五个字符（带有杂音）。
mynumber-challenge-answer = 图片中的字符
mynumber-challenge-answer-hint = 五个字母和数字，例如 K7M4X。
mynumber-email-confirm-heading = 确认电子邮箱地址的登记
mynumber-email-confirm-intro = 请确认申请书ID与申请书上的完全一致：ID 错误将无法发卡。
mynumber-sent-heading = 邮件已发送
mynumber-sent-body = 含有继续申请链接的邮件已发送到 { $email }。请打开链接，继续填写申请信息。
mynumber-sent-hint = 邮件可能需要几分钟才能送达。如果没有收到，请检查垃圾邮件文件夹，然后从第1步（STEP 1）重新登记。
mynumber-sent-local-outbox = 打开本地发件箱（这台电脑没有邮件服务器）
mynumber-addressee = { $name }
mynumber-link-expires = 此页面在 { $expires } 之前有效
mynumber-application-heading = 申请信息
mynumber-course-legend = 您的申请属于哪一种？
mynumber-course-new = A. 新申请（新規）：首次办卡，或卡已过期、遗失、损坏
mynumber-course-new-who = 从未办过个人编号卡，或卡已过期，或卡已遗失且没有有效的卡。
mynumber-course-renewal = B. 更新（更新1・通常切替）：仅个人编号卡
mynumber-course-renewal-who = 您的卡仍然有效，且没有与驾照合一。追记栏已写满的卡也选这一项。
mynumber-course-licence = C. 更新并延续驾照功能（更新2・マイナ免許証引継ぎ）：个人编号驾照
mynumber-course-licence-who = 您有效的卡同时也是驾照（或驾驶经历证明书），并且希望新卡也继续作为驾照使用。
mynumber-licence-number = 驾照信息记录编号（免許情報記録番号，12位）
mynumber-licence-number-hint = 请照抄“マイナ免許証読み取りアプリ”显示的号码；它可能与塑料驾照上印的号码不同。
mynumber-birth-date = 出生日期
mynumber-birth-date-hint = 可用公历或日本年号，例如 平成10-01-01 或 1998-01-01。出生日期用于与申请书ID核对，并用于判断年龄（未满1岁不需要照片）。
mynumber-calendar = 历法
mynumber-calendar-seireki = 公历（西暦）
mynumber-calendar-reiwa = 令和
mynumber-calendar-heisei = 平成
mynumber-calendar-showa = 昭和
mynumber-calendar-taisho = 大正
mynumber-calendar-meiji = 明治
mynumber-year = 年
mynumber-month = 月
mynumber-day = 日
mynumber-options-legend = 卡片附带的内容
mynumber-cert-signature = 发行签名用电子证明书（署名用電子証明書）
mynumber-cert-signature-hint = 用于 e-Tax 等在线申请的签名。只有不需要时才取消勾选。
mynumber-cert-user = 发行用户证明用电子证明书（利用者証明用電子証明書）
mynumber-cert-user-hint = 用卡登录时需要，例如作为健康保险证使用或使用 Mynaportal（マイナポータル）。只有不需要时才取消勾选。
mynumber-braille = 在卡片上用盲文印上我的姓名
mynumber-declaration = 以上内容正确无误。
mynumber-photo-heading = 脸部照片
mynumber-photo-intro = 最近6个月内拍摄、正面、不戴帽子、背景为纯色的照片。madoguchi 会按照官方要求检查，并修正其他可以修正的地方。
mynumber-photo-not-needed = 不需要（未满1岁）。
mynumber-photo-missing = 照片已不在此页面中（照片从不保存）。请返回照片步骤重新选择。
mynumber-photo-alt = 用于卡片的您的脸部照片
mynumber-confirm-heading = 确认申请内容
mynumber-confirm-intro = 请核对每一项内容。如需修改，请使用下方的按钮；您输入的内容不会丢失。
mynumber-application-date = 申请日期
mynumber-yes = 是
mynumber-no = 否
mynumber-back-to-details = 修改申请信息
mynumber-back-to-photo = 更换照片
mynumber-start-again = 重新登记电子邮箱地址
mynumber-done-heading = 申请已登记
mynumber-done-receipt = 受理编号 { $receipt }（{ $time }）。咨询时请告知此编号。
mynumber-done-no-receipt = 申请已登记。
mynumber-done-mail = 确认邮件已发送到您的邮箱。此标签页中已不再保存您输入的内容和照片。
outbox-heading = 本地发件箱
outbox-intro = 这台电脑不会发送真正的邮件：madoguchi 要发送的邮件会显示在这里。
outbox-off = 此服务器未启用本地发件箱：请查看您的邮箱。
outbox-empty = 还没有邮件。
api-error-offline = 无法连接到服务器。请检查网络连接后重试；您输入的内容会保留。
api-waiting-for-network = 您目前处于离线状态。表格保留在此标签页中，网络恢复后会自动发送。请不要关闭此页面。
mynumber-photo-kept = 您选择的照片
mynumber-photo-keep = 使用这张照片并继续

## Photo check
photo-yaw-ok = 您正对着相机（转动 { $degrees }°）。
photo-yaw-left = 请把脸转向相机：您的脸向自己的左侧转了约 { $degrees }°，最多允许 { $max }°。请直视镜头，让两只耳朵看起来一样。
photo-yaw-right = 请把脸转向相机：您的脸向自己的右侧转了约 { $degrees }°，最多允许 { $max }°。请直视镜头，让两只耳朵看起来一样。
photo-pitch-ok = 头部是平的（下巴没有抬起也没有低下）。
photo-pitch-up = 请把下巴稍微收一点：您的头向后仰了约 { $degrees }°，最多允许 { $max }°。请把相机放在与眼睛同高的位置，并直视相机。
photo-pitch-down = 请把下巴稍微抬一点：您的头向前低了约 { $degrees }°，最多允许 { $max }°。请把相机放在与眼睛同高的位置，并直视相机。
photo-pose-unknown = 无法测量脸的朝向。请确保整张脸都拍进去，并且光线充足。
photo-eyes-open-ok = 眼睛是睁开的。
photo-eyes-open-closed = 眼睛似乎闭着或半闭着。请自然地睁开眼睛看着相机，重新拍摄。
photo-eyes-open-unknown = 无法判断眼睛是否睁开。上传前请自己确认。
photo-hat-none = 没有发现帽子或头饰。
photo-hat-maybe = 您可能戴着帽子或头饰（头顶看起来不像头发）。除非是出于宗教或医疗原因，否则请摘下；如果那是您的头发，可以忽略此提示。
photo-screen-none = 没有迹象表明这是翻拍屏幕或打印照片得到的照片。
photo-screen-maybe = 这可能是翻拍屏幕或打印照片得到的照片（脸上发现了细小的重复花纹）。请改用相机直接拍摄您本人。

## Account pages
account-register-heading = 用户注册
account-register-intro = 注册一次即可使用在留申请在线系统，例如通过电子邮件接收在留资格认定证明书并进行领取登记。
account-terms-heading = 使用条款
account-terms-purpose = 您登记的个人信息仅用于本系统的手续。
account-terms-hours = 本系统原则上全年24小时可用，但可能因维护而在不事先通知的情况下停止。
account-terms-mail = 系统会向您登记的邮箱发送邮件。请设置为可接收本服务的邮件，以免被归入垃圾邮件。
account-terms-japanese = 条款以日语为准；译文与日语版本不一致时，以日语版本为准。
account-terms-accept = 我已阅读并同意使用条款。
account-email = 电子邮箱地址
account-email-again = 电子邮箱地址（确认用）
account-email-hint = 请使用半角字符，例如 name@example.jp。
account-register-send = 注册
account-register-sent-heading = 请查看邮件
account-register-sent-to = 如果 { $email } 可以注册，我们已向其发送继续注册的链接。
account-register-sent-hint = 请在邮件发送后24小时内打开链接。超过24小时，请重新输入电子邮箱地址。
account-register-again = 重新开始用户注册
account-registration-heading = 用户注册
account-registration-intro = 请选择用户类别，并输入姓名、电话号码和密码。所有项目均为必填。
account-link-expires = 本页面可使用至 { $time }（日本时间）。
account-user-kind = 用户类别
account-latin-name = 姓名（英文字母）
account-latin-name-hint = 请按护照上的写法，用大写字母A–Z输入，最多104个字符，单词之间用空格分隔（例如 NGUYEN VAN AN）。
account-phone = 电话号码
account-phone-hint = 只输入数字，不加连字符：012-345-6789 请输入为 0123456789。
account-password = 密码
account-password-hint = 10至20个字符，大写字母（A–Z）、小写字母（a–z）、数字（0–9）和符号（$%&=@_#*+-?!）四类各至少使用一个。
account-password-again = 密码（确认用）
account-password-again-hint = 请再次输入相同的密码。
account-to-confirm = 前往确认
account-registration-confirm-heading = 确认注册内容
account-registration-confirm-intro = 确定以下列内容注册吗？
account-back-to-input = 返回输入
account-register-button = 注册
account-registration-done-heading = 用户注册完成
account-user-id = 用户ID
account-user-id-keep = 登录时需要使用用户ID，请妥善保存。我们也已通过邮件发送给您。
account-login-heading = 用户登录
account-login-intro = 请输入注册时发放的用户ID和您的密码。
account-login-button = 登录
account-login-needed = 请登录后查看此页面。
account-session-expired = 由于3小时内没有操作，您已被自动退出。请重新登录；已输入的内容仍然保留。
account-unlock-by-reset = 重新设置密码，立即解除锁定
account-forgot-user-id-link = 忘记用户ID？
account-forgot-password-link = 忘记密码？
account-register-link = 新用户注册
account-logout-heading = 退出登录
account-logout-question = 确定要退出登录吗？
account-logout-button = 退出登录
account-logout-done-heading = 已退出登录
account-back-to-mypage = 返回我的页面
account-back-to-login = 返回登录
account-mail-sent-heading = 请查看邮件
account-send = 提交
account-forgot-user-id-heading = 忘记用户ID
account-forgot-user-id-intro = 请输入注册的电子邮箱地址和英文姓名。我们会把用户ID发送到该地址。
account-forgot-password-heading = 忘记密码
account-forgot-password-intro = 请输入用户ID和注册的电子邮箱地址。我们会发送重新设置密码的链接；重新设置后，被锁定的账户也会解锁。
account-reset-heading = 重新设置密码
account-reset-intro = 请输入新密码。如果账户已被锁定，设置后也会解除锁定。
account-new-password = 新密码
account-reset-button = 设置密码
account-reset-done-heading = 密码已重新设置
account-mypage-heading = 我的页面
account-previous-login = 上次登录：{ $time }
account-coe-link = 在留资格认定证明书的领取登记
account-details-heading = 用户详细信息
account-change-email = 更改电子邮箱地址
account-change-password = 更改密码
account-change-phone = 更改电话号码
account-email-change-heading = 更改电子邮箱地址
account-email-change-intro = 请输入两次新的邮箱地址。我们会向该地址发送链接，打开链接后更改即完成。
account-new-email = 新的电子邮箱地址
account-change-button = 更改
account-change-done-heading = 更改完成
account-password-change-heading = 更改密码
account-current-password = 当前密码
account-phone-change-heading = 更改电话号码
account-phone-confirm-heading = 确认更改
account-phone-changed = 电话号码已更改。
passkey-needs-name = 通过 IP 地址（如 127.0.0.1）打开的页面无法使用通行密钥。请用网站名称（例如 localhost）打开。
passkey-failed = 无法验证通行密钥。请重试。
passkey-login-failed = 无法用此通行密钥登录，它可能已被删除。请用用户 ID 和密码登录。
passkey-too-many = 最多可注册 10 个通行密钥。请删除不再使用的。
passkey-exists = 此设备的通行密钥已经注册。
passkey-removed = 已删除通行密钥。
passkey-added = 已注册通行密钥。今后可在登录页面使用“用通行密钥登录”。
passkey-cancelled = 通行密钥操作已取消或超时。
passkey-unsupported = 此浏览器不支持通行密钥。
passkey-login-heading = 用通行密钥登录
passkey-login-intro = 如果您已在“我的页面”注册通行密钥，可以用它代替用户 ID 和密码。
passkey-login-button = 用通行密钥登录
passkey-heading = 通行密钥
passkey-intro = 注册通行密钥后，可用本设备的指纹、面容或 PIN 登录。用密码登录仍然照常可用。
passkey-none = 尚未注册通行密钥。
passkey-label = 通行密钥名称
passkey-label-hint = 能看出是哪台设备的名称（最多 40 个字符），例如“手机”。
passkey-added-at = 注册时间
passkey-last-used = 最近使用
passkey-actions = 操作
passkey-never-used = 尚未使用
passkey-remove-button = 删除“{ $label }”
passkey-remove-question = 要删除通行密钥“{ $label }”吗？删除后将不能再用它登录。
passkey-keep = 不删除
passkey-remove-confirm = 删除
passkey-add-button = 注册通行密钥
account-session-warning-heading = 即将自动退出登录
account-session-warning = 由于没有操作，系统将在 { $time }（还剩 { $minutes } 分钟）自动退出登录。选择“确定”可再保持登录3小时。
account-session-extend = 确定（延长3小时）
account-session-cancel = 取消
account-session-extended = 您将保持登录至 { $time }。
account-coe-heading = 领取登记一览
account-coe-intro = 通过电子邮件发送给您的在留资格认定证明书。请下载并进行领取登记。在登记之前，签发后3个月内每7天会发送一次提醒邮件。
account-coe-as-of = 截至 { $time }
account-coe-page-size = 每页显示数
account-coe-page-size-option = 每页 { $count } 条
account-coe-total = 共 { $total } 份
account-coe-empty = 尚未向您发送在留资格认定证明书。
account-coe-number = 在留资格认定证明书编号
account-coe-requested-at = 领取登记请求时间
account-coe-received-at = 领取登记时间
account-coe-status = 领取登记状态
account-coe-file = 证明书
account-coe-action = 领取登记
account-coe-pdf = 下载 { $number }（PDF）
account-coe-register = 进行领取登记
account-coe-confirm = 确定要对以下在留资格认定证明书进行领取登记吗？
account-coe-close = 关闭
account-coe-registered = 证明书 { $number } 的领取登记已完成。
account-coe-pages = 页码
account-coe-first = 首页
account-coe-last = 末页
coe-status-unregistered = 未登记
coe-status-registered = 已领取登记
office-nav = 职员页面
office-heading = 职员页面：证明书与申请
office-issue-heading = 签发在留资格认定证明书
office-issue-intro = 证明书会被保存，用户会收到一封附有领取登记链接的邮件。
office-coe-number-hint = 英文字母A–Z、数字和连字符，最多32个字符。
office-coe-pdf = 证明书（PDF文件，最大10 MB）
office-issue-button = 签发
office-issued = 证明书 { $number } 已签发，并已通过邮件通知用户。
office-issued-heading = 已签发的证明书
office-submissions-heading = 已受理的申请
office-submissions-empty = 尚未收到任何申请。
office-submissions-total = 共 { $total } 件
office-receipt-number = 受理编号
office-kind = 表格
office-received-at = 受理时间
office-photo = 照片
office-submission-heading = 申请内容
office-payload = 填写内容
office-back = 返回职员页面
office-audit-link = 审计日志：谁访问了什么
office-audit-heading = 审计日志
office-audit-intro = 工作人员对申请、证明书和本日志的所有访问，按时间倒序排列。服务器在交出数据之前记录每一条。
office-audit-total = 共 { $total } 条
office-audit-at = 时间
office-audit-actor = 工作人员用户ID
office-audit-action = 操作
office-audit-target = 对象
office-audit-client = 来源地址
office-audit-pages = 审计日志页码
office-submissions-pages = 申请列表页码
office-export-json = 下载全部申请（JSON）
office-export-csv = 下载全部申请（CSV）
office-action-submissions-list = 查看申请列表
office-action-submissions-view = 打开申请
office-action-submissions-export = 导出申请
office-action-coe-issue = 签发证明书
office-action-coe-list = 查看证明书列表
office-action-audit-view = 查看审计日志

## Exam My Page registration (seed 000)
exam-steps-label = 登记步骤
exam-step-card = 在留卡
exam-step-passport = 护照
exam-step-photo = 面部照片
exam-step-details = 填写内容
exam-step-confirm = 确认
exam-step-done = 完成
exam-autofilled-card = 已从在留卡自动填写
exam-autofilled-passport = 已从护照自动填写
exam-field-name = 姓名（与护照一致）
exam-field-name-hint = 按护照上的写法，用拉丁字母，姓在前。
exam-field-birth-date = 出生日期
exam-field-date-hint = 按年-月-日填写，例如 1998-04-01。
exam-field-sex = 性别
exam-sex-male = 男
exam-sex-female = 女
exam-field-nationality = 国籍
exam-field-nationality-hint = 护照上的三个字母代码，例如 VNM。
exam-field-passport-number = 护照号码
exam-field-card-number = 在留卡号码
exam-field-card-number-hint = 卡片右上角的 12 个字符，例如 AB12345678CD。
exam-field-status = 在留资格
exam-field-period-until = 在留期间（截止日期）
exam-field-prefecture = 现居住的都道府县
exam-prefecture-choose = 请选择都道府县
exam-field-email = 电子邮件地址
exam-continue = 就用这个继续
exam-back = 返回
exam-back-to-details = 修改填写内容
exam-back-to-photo = 更换照片
exam-card-heading = 您的在留卡
exam-card-intro = 请拍摄在留卡正面，或选择保存在手机或电脑中的 JPG 格式彩色照片。即使在留卡就在手边，也请先拍一张照片使用。
exam-card-filled = 在留资格、在留期间（截止日期）和居住的都道府县会根据照片自动填写。如有错误或空白，请自行修改。
exam-card-kept = 已读取您的在留卡。
exam-no-card-heading = 没有在留卡？
exam-no-card-who = 仅限持短期滞在签证等来日本的人。考场会核对您的短期滞在签证等。
exam-no-card-button = 我没有在留卡
exam-no-card-note = 没有在留卡：考场会核对您的短期滞在签证等。
exam-passport-heading = 您的护照
exam-passport-intro = 必须读取护照。请拍摄有本人照片的那一页（不是 JAPAN VISA 页），或选择已保存的照片。
exam-passport-filled = 姓名、出生日期、性别、国籍和护照号码会根据照片自动填写。如有错误或空白，请自行修改。
exam-passport-kept = 已读取您的护照。
exam-photo-heading = 您的面部照片
exam-photo-intro = 请选择或拍摄一张面部照片。照片在您的浏览器中检查。
exam-photo-kept = 您已选择这张照片。
exam-photo-alt = 您选择的面部照片
exam-photo-missing = 还没有照片。请返回面部照片步骤。
exam-photo-from-document-heading = 使用证件上的面部照片
exam-photo-from-document-hint = 在您的浏览器中截取并放大护照或在留卡上印刷的面部照片。您也可以在下方选择新照片。
exam-photo-from-card = 从在留卡截取
exam-photo-from-passport = 从护照截取
exam-photo-from-document-use = 使用这张照片
exam-photo-from-document-refused = 截取的照片不符合照片规定，无法使用。请在下方另选照片。
exam-details-heading = 确认并修改填写内容
exam-details-intro = 标有“自动填写”的内容来自您的证件。请逐项确认，如有错误请修改。
exam-missing-card = 请先读取在留卡，或选择“我没有在留卡”。
exam-missing-passport = 请先读取护照。
exam-conflict-differs = 在留卡与护照不一致
exam-conflict-name-order = 姓名相同，但顺序不同。
exam-conflict-choose = 请选择保留哪一个。
exam-from-card = 在留卡：
exam-from-passport = 护照：
exam-personal-legend = 本人信息
exam-card-legend = 在留卡
exam-contact-legend = 联系方式
exam-to-confirm = 确认登记内容
exam-confirm-heading = 确认您的登记内容
exam-confirm-intro = 尚未发送任何内容。请确认每一项后再登记。
exam-register = 登记
exam-done-heading = 已受理登记
exam-done-receipt = 受理编号 { $receipt }（{ $time }）。咨询时请告知此编号。
exam-done-no-receipt = 此登记已发送。受理编号仅在发送后显示一次。
exam-done-wiped = 您填写的内容和照片已从此浏览器标签页中删除。
prefecture-01 = 北海道
prefecture-02 = 青森县
prefecture-03 = 岩手县
prefecture-04 = 宫城县
prefecture-05 = 秋田县
prefecture-06 = 山形县
prefecture-07 = 福岛县
prefecture-08 = 茨城县
prefecture-09 = 栃木县
prefecture-10 = 群马县
prefecture-11 = 埼玉县
prefecture-12 = 千叶县
prefecture-13 = 东京都
prefecture-14 = 神奈川县
prefecture-15 = 新潟县
prefecture-16 = 富山县
prefecture-17 = 石川县
prefecture-18 = 福井县
prefecture-19 = 山梨县
prefecture-20 = 长野县
prefecture-21 = 岐阜县
prefecture-22 = 静冈县
prefecture-23 = 爱知县
prefecture-24 = 三重县
prefecture-25 = 滋贺县
prefecture-26 = 京都府
prefecture-27 = 大阪府
prefecture-28 = 兵库县
prefecture-29 = 奈良县
prefecture-30 = 和歌山县
prefecture-31 = 鸟取县
prefecture-32 = 岛根县
prefecture-33 = 冈山县
prefecture-34 = 广岛县
prefecture-35 = 山口县
prefecture-36 = 德岛县
prefecture-37 = 香川县
prefecture-38 = 爱媛县
prefecture-39 = 高知县
prefecture-40 = 福冈县
prefecture-41 = 佐贺县
prefecture-42 = 长崎县
prefecture-43 = 熊本县
prefecture-44 = 大分县
prefecture-45 = 宫崎县
prefecture-46 = 鹿儿岛县
prefecture-47 = 冲绳县

## Dates and times: parts from crates/rules/src/dates.rs (year, month, day, era, eraYear; hour, minute)
date-long = { $year }年{ $month }月{ $day }日
date-time = { date-long } { $hour }:{ $minute }
time-short = { $hour }:{ $minute }
