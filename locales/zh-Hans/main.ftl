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
