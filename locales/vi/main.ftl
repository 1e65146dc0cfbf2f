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
