# madoguchi UI strings: Vietnamese.

## App shell
app-name = madoguchi
app-tagline = Làm giấy tờ cư trú ngay trên trình duyệt. Giấy tờ của bạn không rời khỏi thiết bị này.
nav-skip = Chuyển đến nội dung chính
nav-home = Trang chủ
nav-main-label = Menu chính
settings-heading = Cài đặt hiển thị
settings-language = Ngôn ngữ
settings-colour = Bảng màu
settings-colour-standard = Tiêu chuẩn
settings-colour-blue = Xanh dương
settings-colour-yellow = Vàng
settings-colour-black = Đen
settings-font-size = Cỡ chữ
settings-font-normal = Bình thường
settings-font-large = Lớn
language-self-name = Tiếng Việt
language-easy-japanese = Tiếng Nhật dễ hiểu (furigana)

## Home
home-heading = Bạn muốn làm gì?
home-intro = Hãy chọn một thủ tục. Việc đọc và kiểm tra diễn ra trong trình duyệt này; chỉ biểu mẫu bạn hoàn thành và gửi đi mới được gửi.
flow-card-reader-title = Kiểm tra Thẻ cư trú bằng đầu đọc thẻ
flow-card-reader-desc = Đọc chip IC và xác minh thẻ là thật.
flow-document-scan-title = Đọc Thẻ cư trú hoặc hộ chiếu từ ảnh chụp
flow-document-scan-desc = Tự động điền biểu mẫu từ ảnh bạn chụp.
flow-photo-check-title = Kiểm tra ảnh thẻ
flow-photo-check-desc = Xem ảnh có đáp ứng quy định nộp đơn không và sửa những gì có thể sửa.
flow-exam-mypage-title = Đăng ký Exam My Page
flow-exam-mypage-desc = Nhập thông tin đăng ký từ ảnh Thẻ cư trú và hộ chiếu.
flow-mynumber-title = Đăng ký thẻ My Number trực tuyến
flow-mynumber-desc = Đăng ký bằng mã QR trên đơn và ảnh chân dung.
flow-immigration-account-title = Tài khoản thủ tục trực tuyến của Cục Xuất nhập cảnh
flow-immigration-account-desc = Đăng ký, đăng nhập và xác nhận đã nhận Giấy chứng nhận tư cách lưu trú.
flow-status-planned = Đang chuẩn bị
footer-privacy = Ảnh, dữ liệu thẻ và ảnh thẻ chỉ được xử lý trong trình duyệt này.

## Errors
not-found-heading = Không tìm thấy trang
not-found-body = Không có trang nào tại { $path }.
not-found-home = Về trang chủ

## Validation rules: My Number card online application (crates/rules)
rule-application-id-length = Mã đơn đăng ký gồm 23 chữ số; bạn đã nhập { $length }.
rule-application-id-digits = Mã đơn đăng ký chỉ gồm chữ số; “{ $char }” không phải là chữ số.
rule-application-id-mismatch = Hai mã đơn đăng ký không giống nhau. Hãy đối chiếu cả hai với đơn đăng ký của bạn.
rule-mail-name-char = Không thể dùng ký tự thứ { $position } “{ $char }”. Hãy nhập dạng thông dụng mà bộ gõ chuyển đổi bình thường cho ra (kanji JIS cấp 1 và 2, kana hoặc chữ Latinh).
rule-mail-name-char-suggest = Không thể dùng ký tự thứ { $position } “{ $char }”. Hãy nhập “{ $suggestion }” thay thế.
rule-mail-name-too-long = Tên có tối đa 50 ký tự; bạn đã nhập { $length }.
rule-email-half-width = Hãy nhập địa chỉ email bằng ký tự nửa độ rộng; không thể dùng “{ $char }”.
rule-email-space = Địa chỉ email không được chứa dấu cách.
rule-email-too-long = Địa chỉ email có tối đa 100 ký tự; bạn đã nhập { $length }.
rule-email-format = Đây không phải là địa chỉ email. Địa chỉ phải có dạng name@example.jp.
rule-email-mismatch = Hai địa chỉ email không giống nhau.
rule-date-number = Hãy nhập năm, tháng và ngày bằng chữ số.
rule-date-month = Tháng phải từ 1 đến 12.
rule-date-no-such-day = Tháng đó chỉ có { $days } ngày.
rule-wareki-year-zero = Năm đầu tiên của một niên hiệu là năm 1 (gannen); không có năm 0.
rule-wareki-other-era =
    { $date } không thuộc niên hiệu bạn đã chọn: đó là { $era ->
        [meiji] Meiji
        [taisho] Taishō
        [showa] Shōwa
        [heisei] Heisei
       *[reiwa] Reiwa
    } { $year }.
rule-date-too-early = Không thể nhập ngày trước { $earliest } (đầu thời Meiji).
rule-birth-date-future = Ngày sinh không được sau ngày hôm nay.
rule-licence-record-length = Số ghi thông tin giấy phép lái xe gồm 12 chữ số; bạn đã nhập { $length }.
rule-licence-record-digits = Số ghi thông tin giấy phép lái xe chỉ gồm chữ số; “{ $char }” không phải là chữ số.
rule-photo-file-too-small = Tệp ảnh quá nhỏ ({ $kilobytes } KB). Tệp phải có ít nhất 20 KB.
rule-photo-file-too-large = Tệp ảnh quá lớn ({ $kilobytes } KB). Tệp phải có tối đa 7 MB (7.000.000 byte).
rule-photo-not-jpeg = Ảnh phải là tệp JPEG (.jpg hoặc .jpeg).
rule-photo-not-rgb = Ảnh phải là JPEG màu RGB; không chấp nhận tệp CMYK hoặc ảnh đen trắng.
rule-photo-dimensions = Ảnh có kích thước { $width } × { $height } điểm ảnh. Chiều rộng và chiều cao phải nằm trong khoảng 480 đến 6000 điểm ảnh.

## Validation rules: immigration online account (crates/rules)
user-kind-organisation-staff = Nhân viên của tổ chức (chủ sử dụng lao động, tổ chức hỗ trợ, trường học…)
user-kind-lawyer-or-scrivener = Luật sư hoặc thư ký hành chính (gyoseishoshi)
user-kind-foreign-national = Người nước ngoài (người nộp đơn)
user-kind-legal-representative = Người thân hoặc người đại diện theo pháp luật
rule-user-kind-invalid = Hãy chọn một loại người dùng.
rule-latin-name-char = Không thể dùng ký tự thứ { $position } “{ $char }”. Chỉ dùng chữ cái A–Z và dấu cách.
rule-latin-name-char-suggest = Không thể dùng ký tự thứ { $position } “{ $char }”. Hãy nhập “{ $suggestion }” thay thế (chỉ A–Z và dấu cách).
rule-latin-name-too-long = Tên có tối đa 104 ký tự, kể cả dấu cách; bạn đã nhập { $length }.
rule-phone-hyphen = Hãy nhập số điện thoại không có dấu gạch nối: { $suggestion }
rule-phone-digits = Hãy nhập số điện thoại chỉ bằng chữ số, không có dấu gạch nối, dấu cách hoặc dấu ngoặc; không thể dùng “{ $char }”.
rule-phone-length = Số điện thoại ở Nhật Bản có 10 hoặc 11 chữ số, bắt đầu bằng 0; bạn đã nhập { $length }.
rule-phone-leading-zero = Hãy nhập số như khi gọi trong nước Nhật, bắt đầu bằng 0 (ví dụ 09012345678).
rule-password-char = Không thể dùng “{ $char }” trong mật khẩu. Chỉ dùng A–Z, a–z, 0–9 và các ký hiệu $%&=@_#*+-?!
rule-password-length = Mật khẩu phải có từ 10 đến 20 ký tự; bạn đã nhập { $length }.
rule-password-classes = Mật khẩu vẫn cần ít nhất một ký tự từ mỗi nhóm trong { $count } nhóm sau: { $missing }
rule-password-mismatch = Hai mật khẩu không giống nhau.
password-class-upper = Chữ in hoa (A–Z)
password-class-lower = Chữ thường (a–z)
password-class-digit = Chữ số (0–9)
password-class-symbol = Ký hiệu ($%&=@_#*+-?!)

## Finished forms (crates/rules forms)
rule-photo-encoding = Không đọc được ảnh. Hãy chọn lại tệp JPEG.
rule-photo-required = Hãy thêm ảnh chân dung (chỉ trẻ dưới một tuổi mới không cần).
rule-must-accept = Hãy đánh dấu ô này để tiếp tục.
rule-date-format = Nhập ngày theo dạng năm-tháng-ngày (ví dụ 1998-04-01).
rule-choice-invalid = Hãy chọn một trong các lựa chọn.
rule-text-too-long = Tối đa { $max } ký tự; bạn đã nhập { $length }.
rule-text-control = Ô này có ký tự điều khiển (ví dụ xuống dòng). Hãy nhập lại trên một dòng.
rule-passport-number-char = Số hộ chiếu chỉ gồm chữ A–Z và chữ số; không dùng được “{ $char }”.
rule-passport-number-length = Số hộ chiếu có tối đa 9 ký tự; bạn đã nhập { $length }.
rule-nationality-code = Nhập mã quốc tịch gồm ba chữ cái in trong hộ chiếu (ví dụ VNM).
rule-period-of-stay-ended = Thời hạn lưu trú đã hết vào ngày { $date }. Hãy kiểm tra ngày trên thẻ cư trú.

## API answers (crates/server)
api-error-validation = Có mục cần sửa. Hãy kiểm tra các mục được đánh dấu.
api-error-invalid-body = Không đọc được yêu cầu. Hãy tải lại trang và thử lại.
api-error-not-found = Không tìm thấy.
api-error-unauthorized = Bạn chưa đăng nhập, hoặc đã bị tự động đăng xuất sau 3 giờ không thao tác. Hãy đăng nhập lại.
api-error-forbidden = Yêu cầu này bị từ chối. Hãy tải lại trang và thử lại.
api-error-link-invalid = Liên kết này đã hết hạn hoặc đã được sử dụng. Hãy làm lại từ đầu.
api-error-rate-limited = Bạn đã thử quá nhiều lần. Hãy đợi một lúc rồi thử lại.
api-error-internal = Máy chủ gặp lỗi. Hãy thử lại sau.
api-error-too-large = Dữ liệu quá lớn. Hãy dùng tệp ảnh nhỏ hơn.
api-error-idempotency-key-reused = Lần gửi này không khớp với lần gửi trước. Hãy tải lại trang và gửi lại.
account-mail-sent = Nếu thông tin đúng, email đã được gửi. Hãy kiểm tra hộp thư đến (và thư rác).
account-login-failed = ID người dùng hoặc mật khẩu không đúng. Nhập sai 5 lần liên tiếp, tài khoản sẽ bị khóa 24 giờ.
account-locked = Tài khoản bị khóa 24 giờ vì nhập sai mật khẩu 5 lần liên tiếp. Để mở khóa ngay, hãy đặt lại mật khẩu (“Quên mật khẩu”).
account-current-password-wrong = Mật khẩu hiện tại không đúng.
account-email-in-use = Không thể dùng địa chỉ email này. Hãy chọn địa chỉ khác.
account-registered = ID người dùng đã được cấp và gửi qua email.
account-logged-out = Bạn đã đăng xuất.
coe-already-registered = Việc nhận giấy chứng nhận này đã được đăng ký.

## Mail (crates/server)
mail-register-link-subject = [madoguchi] Tiếp tục đăng ký người dùng
mail-register-link-body =
    Cảm ơn bạn đã bắt đầu đăng ký người dùng.
    Mở liên kết này để tiếp tục (có hiệu lực đến { $expires }):
    { $link }
    Sau thời hạn đó, hãy bắt đầu lại từ bước nhập địa chỉ email.
    Nếu bạn không yêu cầu, hãy xóa email này.
mail-register-exists-subject = [madoguchi] Đăng ký người dùng
mail-register-exists-body =
    Có người yêu cầu đăng ký địa chỉ email này, nhưng địa chỉ đã được một tài khoản sử dụng.
    Nếu quên ID người dùng, hãy dùng “Quên ID người dùng” ở trang đăng nhập.
    Nếu bạn không yêu cầu, hãy xóa email này.
mail-user-id-issued-subject = [madoguchi] ID người dùng của bạn
mail-user-id-issued-body =
    { $name }
    Đăng ký người dùng đã hoàn tất.
    ID người dùng: { $user_id }
    Hãy đăng nhập bằng ID người dùng này và mật khẩu bạn đã chọn.
mail-forgot-user-id-subject = [madoguchi] ID người dùng của bạn
mail-forgot-user-id-body =
    { $name }
    ID người dùng của bạn là: { $user_id }
mail-password-reset-subject = [madoguchi] Đặt lại mật khẩu
mail-password-reset-body =
    Mở liên kết này để đặt mật khẩu mới (có hiệu lực đến { $expires }):
    { $link }
    Đặt lại mật khẩu cũng mở khóa tài khoản bị khóa.
    Nếu bạn không yêu cầu, hãy xóa email này; mật khẩu vẫn giữ nguyên.
mail-password-changed-subject = [madoguchi] Mật khẩu đã được thay đổi
mail-password-changed-body =
    { $name }
    Mật khẩu tài khoản của bạn đã được thay đổi.
    Nếu không phải bạn, hãy đặt lại mật khẩu ngay.
mail-email-change-link-subject = [madoguchi] Xác nhận địa chỉ email mới
mail-email-change-link-body =
    Mở liên kết này để hoàn tất việc đổi sang địa chỉ email này (có hiệu lực đến { $expires }):
    { $link }
    Nếu bạn không yêu cầu, hãy xóa email này.
mail-email-changed-subject = [madoguchi] Địa chỉ email đã được thay đổi
mail-email-changed-body =
    { $name }
    Địa chỉ email của tài khoản đã được thay đổi. Từ nay email sẽ được gửi đến địa chỉ mới.
    Nếu không phải bạn, hãy liên hệ văn phòng.
mail-phone-changed-subject = [madoguchi] Số điện thoại đã được thay đổi
mail-phone-changed-body =
    { $name }
    Số điện thoại của tài khoản đã được thay đổi.
    Nếu không phải bạn, hãy liên hệ văn phòng.
mail-mynumber-link-subject = [madoguchi] Trang nộp đơn thẻ My Number
mail-mynumber-link-body =
    { $name }
    Hãy tiếp tục nộp đơn (thông tin đơn, ảnh chân dung) từ liên kết này:
    { $link }
    Liên kết có hiệu lực đến { $expires } và chỉ dùng được một lần. Sau đó, hãy đăng ký lại địa chỉ email.
    Nếu bạn không yêu cầu, hãy xóa email này.
mail-mynumber-received-subject = [madoguchi] Đã nhận đơn xin thẻ My Number
mail-mynumber-received-body =
    { $name }
    Đơn của bạn đã được tiếp nhận.
    Số tiếp nhận: { $receipt }
mail-coe-issued-subject = [madoguchi] Giấy chứng nhận tư cách lưu trú đã được cấp
mail-coe-issued-body =
    { $name }
    Giấy chứng nhận tư cách lưu trú (số { $number }) của bạn đã được cấp.
    Hãy đăng nhập, tải về và đăng ký việc nhận:
    { $link }
mail-coe-reminder-subject = [madoguchi] Hãy đăng ký việc nhận Giấy chứng nhận tư cách lưu trú
mail-coe-reminder-body =
    { $name }
    Việc nhận Giấy chứng nhận tư cách lưu trú (số { $number }) chưa được đăng ký.
    Hãy đăng nhập và đăng ký:
    { $link }
    Lời nhắc này được gửi 7 ngày một lần cho đến { $until }.
account-password-reset = Đã đặt mật khẩu mới và mở khóa tài khoản. Hãy đăng nhập bằng mật khẩu mới.
account-password-changed = Mật khẩu đã được thay đổi.
account-email-change-sent = Chúng tôi đã gửi liên kết đến địa chỉ mới. Mở liên kết để hoàn tất việc thay đổi.
account-email-changed = Địa chỉ email đã được thay đổi.
coe-pdf-invalid = Hãy đính kèm giấy chứng nhận dưới dạng tệp PDF tối đa 10 MB.
coe-user-unknown = Không có tài khoản nào có ID người dùng này.
coe-number-exists = Giấy chứng nhận có số này đã được cấp.
