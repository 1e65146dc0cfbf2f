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
