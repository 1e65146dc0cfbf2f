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
rule-challenge-required = Hãy nhập các ký tự hiển thị trong hình.
rule-challenge-too-long = Hình chỉ có năm ký tự. Hãy chỉ nhập năm ký tự đó.
rule-passkey-label-too-long = Tên có tối đa { $max } ký tự (tên này có { $count }).
rule-passkey-label-control = Tên có ký tự không được phép dùng.
rule-passkey-answer = Phản hồi của trình duyệt không hợp lệ. Vui lòng thử lại.
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
api-error-challenge-wrong = Các ký tự không khớp với hình hoặc hình đã hết hạn. Đây là hình mới: hãy nhập các ký tự của hình này và xác nhận lại. Những nội dung khác bạn đã nhập vẫn được giữ nguyên.
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
mail-japan-time = giờ Nhật Bản
mail-phone-changed-body =
    { $name }
    Số điện thoại của tài khoản đã được thay đổi.
    Nếu không phải bạn, hãy liên hệ văn phòng.
mail-passkey-added-subject = [madoguchi] Tài khoản của bạn vừa được thêm một khóa truy cập
mail-passkey-added-body =
    { $name }
    Tài khoản của bạn vừa được thêm một khóa truy cập (passkey). Có thể dùng nó để đăng nhập.
    Nếu không phải bạn làm, hãy đổi mật khẩu, xóa khóa truy cập ở Trang của tôi và liên hệ quầy.
mail-passkey-removed-subject = [madoguchi] Một khóa truy cập đã bị xóa khỏi tài khoản của bạn
mail-passkey-removed-body =
    { $name }
    Một khóa truy cập đã bị xóa khỏi tài khoản của bạn. Không thể dùng nó để đăng nhập nữa.
    Nếu không phải bạn làm, hãy đổi mật khẩu và liên hệ quầy.
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

## Validation rules (crates/rules)
rule-required = Đây là mục bắt buộc.
rule-card-number-length = Số thẻ gồm 12 ký tự; bạn đã nhập { $length }.
rule-card-number-format = Số thẻ không đúng. Số thẻ gồm hai chữ cái, tám chữ số và hai chữ cái, in ở góc trên bên phải của thẻ (ví dụ AB12345678CD).

## Card reader flow (seed 003)
chip-intro = Đọc chip IC của Thẻ cư trú hoặc Giấy chứng nhận thường trú nhân đặc biệt bằng đầu đọc thẻ USB và kiểm tra thẻ có phải là thật không.
chip-privacy = Thẻ được đọc trong trình duyệt này. Thông tin đọc từ chip không được gửi đi đâu và không được giữ lại sau khi bạn nhấn “Kết thúc”.
chip-step-number = Bước 1: nhập số thẻ
chip-number-label = Số Thẻ cư trú (在留カード等番号)
chip-number-hint = 12 ký tự gồm chữ in hoa và chữ số nửa độ rộng, ở góc trên bên phải của thẻ (ví dụ LD64185190AA).
chip-next = Tiếp theo
chip-step-reader = Bước 2: đặt thẻ lên đầu đọc
chip-reader-instructions = Hãy kết nối đầu đọc thẻ với máy tính này, đặt thẻ lên đầu đọc rồi chọn đầu đọc.
chip-connect-reader = Chọn đầu đọc thẻ và đọc
chip-change-number = Đổi số thẻ
chip-reading = Đang đọc thẻ…
chip-do-not-move = Đừng di chuyển thẻ cho đến khi đọc xong.
chip-try-again = Đọc lại
chip-finish = Kết thúc
chip-verdict-genuine-residence = Đã đọc một Thẻ cư trú hoạt động bình thường.
chip-verdict-genuine-special = Đã đọc một Giấy chứng nhận thường trú nhân đặc biệt hoạt động bình thường.
chip-verdict-genuine-test-ca = Thẻ còn nguyên vẹn nhưng được cấp bởi một cơ quan chứng thực dùng để thử nghiệm, không phải Cục Quản lý Xuất nhập cảnh và Lưu trú (ISA): đây là thẻ thử nghiệm.
chip-verdict-issuer-not-checked = Dữ liệu còn nguyên vẹn nhưng không kiểm tra được nơi cấp: máy chủ này chưa cài chứng thư của ISA.
chip-verdict-under16 = Đã đọc thẻ của người dưới 16 tuổi: loại thẻ này không có chữ ký điện tử nên không thể kiểm tra.
chip-verdict-abnormal = Đã đọc một thẻ bất thường.
chip-tamper-heading = Kiểm tra giả mạo
chip-issuer-heading = Kiểm tra nơi cấp
chip-tamper-ok = Bình thường: dữ liệu trong chip giống như lúc được ký.
chip-tamper-failed = Bất thường: dữ liệu trong chip không khớp với chữ ký.
chip-check-not-signed = Chưa kiểm tra: thẻ của người dưới 16 tuổi không có chữ ký.
chip-issuer-ok = Bình thường: do Cục Quản lý Xuất nhập cảnh và Lưu trú cấp.
chip-issuer-test-ca = Bình thường với cơ quan chứng thực thử nghiệm, không phải ISA.
chip-issuer-not-checked = Chưa kiểm tra: chưa cài chứng thư của ISA.
chip-issuer-failed = Bất thường: thẻ không do cơ quan nào đã biết cấp.
chip-note-signer-expired = Chứng thư ký của thẻ đã hết hạn vào ngày { $date }, sau khi thẻ được ký. Điều này là bình thường và không ảnh hưởng đến thẻ.
chip-note-ca-expired = Chứng thư của cơ quan chứng thực cấp thẻ đã hết hạn vào ngày { $date }, sau khi thẻ được ký. Điều này là bình thường và không ảnh hưởng đến thẻ.
chip-note-not-yet-valid = Chứng thư ký chỉ có hiệu lực từ ngày { $date }. Hãy kiểm tra đồng hồ của máy tính này.
chip-abnormal-advice = Thẻ có thể bị hỏng hoặc bị làm giả. Hãy hỏi ý kiến tại:
chip-consult-link = Các cơ quan Quản lý Xuất nhập cảnh và Lưu trú khu vực (地方出入国在留管理官署)
chip-card-expiry = Thẻ có hiệu lực đến
chip-address = Địa chỉ cư trú (住居地)
chip-permission = Giấy phép hoạt động ngoài tư cách lưu trú (資格外活動許可)
chip-renewal = Đơn xin gia hạn thời hạn lưu trú (在留期間更新等許可申請欄)
chip-renewal-applied = Đã nộp đơn
chip-renewal-none = Không có
chip-reader-used = Đầu đọc thẻ
chip-front-image = Mặt trước của thẻ (từ chip)
chip-printed-heading = Nội dung in trên thẻ (đọc từ ảnh mặt trước lưu trong chip)
chip-printed-verified = Đã xác minh bằng chữ ký của thẻ: đây đúng là nội dung Cục Quản lý Xuất nhập cảnh đã cấp.
chip-printed-verified-test-ca = Theo chữ ký của thẻ, nội dung không bị sửa đổi, nhưng chữ ký là của cơ quan chứng thực thử nghiệm, không phải Cục Quản lý Xuất nhập cảnh (thẻ thử nghiệm).
chip-printed-issuer-not-checked = Theo chữ ký của thẻ, nội dung không bị sửa đổi, nhưng không kiểm tra được ai đã ký.
chip-printed-not-signed = Chip của thẻ này không có chữ ký (thẻ của người dưới 16 tuổi): nội dung đọc từ chip nhưng chưa được xác minh.
chip-printed-not-verified = Chưa xác minh: chữ ký của chip không khớp, nội dung có thể đã bị sửa đổi.
chip-printed-reading = Đang đọc nội dung in từ ảnh mặt trước…
chip-printed-unsure = (không chắc, hãy so với thẻ)
chip-printed-cancelled = Đã dừng đọc nội dung in.
chip-face-image = Ảnh (từ chip)
chip-zoom = Phóng to
chip-check-validity = Kiểm tra hiệu lực của số thẻ
chip-reader-unsupported = Trình duyệt này không dùng được đầu đọc thẻ USB.
chip-reader-unsupported-advice = Hãy dùng Google Chrome hoặc Microsoft Edge trên máy tính và mở trang này bằng địa chỉ https.
chip-reader-none-chosen = Chưa chọn đầu đọc thẻ nào.
chip-reader-none-chosen-advice = Hãy kết nối đầu đọc, nhấn lại nút và chọn đầu đọc trong danh sách. Nếu không thấy trong danh sách, hãy xem danh sách đầu đọc được hỗ trợ.
chip-reader-protected = Không thể dùng đầu đọc “{ $product }” từ trang web.
chip-reader-protected-advice = Chrome không cho trang web dùng các đầu đọc nhận dạng là đầu đọc thẻ thông minh tiêu chuẩn. Hãy dùng đầu đọc có giao diện riêng của nhà sản xuất (ví dụ SCM SCL011, OMNIKEY 5321 hoặc Sony PaSoRi), hoặc nhờ bộ phận IT cài madoguchi dưới dạng Isolated Web App, khi đó đầu đọc tiêu chuẩn cũng dùng được.
chip-reader-not-ccid = “{ $product }” không phải là đầu đọc thẻ mà madoguchi có thể dùng.
chip-reader-not-ccid-advice = Hãy chọn một đầu đọc thẻ thông minh không tiếp xúc trong danh sách đầu đọc được hỗ trợ.
chip-reader-busy = Đầu đọc “{ $product }” đang được một chương trình hoặc tab khác sử dụng.
chip-reader-busy-advice = Hãy đóng các chương trình hoặc tab khác đang dùng đầu đọc (hoặc rút đầu đọc ra rồi cắm lại), sau đó thử lại.
chip-error-internal = Đã xảy ra lỗi. Đang quay về trang đầu.
chip-error-internal-advice = Hãy tải lại trang này. Nếu lỗi đó lại xuất hiện, hãy khởi động lại trình duyệt.
chip-error-number-mismatch = Số Thẻ cư trú không đúng.
chip-error-number-mismatch-advice = Hãy nhập đúng số in ở góc trên bên phải của thẻ này.
chip-error-not-residence-card = Đã xảy ra lỗi khi đọc thẻ. Có thể bạn đã đặt lên đầu đọc một thẻ không phải Thẻ cư trú.
chip-error-not-residence-card-advice = Hãy kiểm tra thẻ có phải là Thẻ cư trú hoặc Giấy chứng nhận thường trú nhân đặc biệt không, rồi đặt lên đầu đọc.
chip-error-card-not-read = Không đọc được thẻ. Hãy kiểm tra đó là Thẻ cư trú hoặc Giấy chứng nhận thường trú nhân đặc biệt, rồi đặt lại lên đầu đọc.
chip-error-card-not-read-advice = Hãy đặt thẻ nằm phẳng trên đầu đọc, không di chuyển, và để đồ vật bằng kim loại cách xa 10–20 cm. Nếu vẫn tiếp tục xảy ra, hãy liên hệ cơ quan xuất nhập cảnh gần nhất.
chip-error-while-reading = Đã xảy ra lỗi khi đọc thẻ.
chip-error-while-reading-advice = Hãy đặt lại thẻ lên đầu đọc. Nếu thử vài lần mà vẫn gặp lỗi đó, hãy liên hệ cơ quan xuất nhập cảnh gần nhất.
chip-error-chip-broken = Chip IC của thẻ này có thể đã bị hỏng.
chip-error-chip-broken-advice = Hãy xin cấp thẻ mới tại cơ quan Quản lý Xuất nhập cảnh và Lưu trú khu vực gần nhất.

## Photo check
photo-profile-mynumber = Đăng ký thẻ My Number trực tuyến
photo-profile-immigration = Đơn xin cư trú nộp cho Cục Xuất nhập cảnh
photo-confirm-recent = Ảnh được chụp trong vòng 6 tháng gần đây.
photo-confirm-recent-immigration = Ảnh được chụp trong vòng 3 tháng gần đây.
photo-confirm-front-no-hat = Ảnh chụp tôi nhìn thẳng, không đội mũ, trên nền trơn.
photo-confirm-other-rules = Ảnh đáp ứng các quy định khác về ảnh của trang nộp đơn.
photo-confirm-no-retouching = Ảnh không bị chỉnh sửa (chỉ cắt hoặc thu nhỏ).
photo-format-ok = Tệp là ảnh { $format }.
photo-format-wrong = Dù tên tệp là gì, tệp này thực chất là ảnh { $format }. Đơn này cần { $expected }. Chức năng tự sửa có thể lưu lại thành JPEG.
photo-format-unknown = Tệp này không phải là ảnh mà chúng tôi đọc được. Hãy chọn ảnh JPEG.
photo-profile-unknown = Không có loại kiểm tra ảnh này. Hãy tải lại trang và chọn lại.
photo-decode-unsupported = Không thể mở loại ảnh này ở đây. Hãy lưu ảnh thành JPEG rồi chọn lại.
photo-decode-failed = Tệp ảnh bị hỏng hoặc không đầy đủ. Hãy chụp hoặc xuất lại ảnh.
photo-colour-ok = Màu được lưu ở dạng { $colour }, được chấp nhận.
photo-colour-cmyk = Ảnh được lưu ở màu { $colour } (định dạng dùng cho in ấn). Trang web cần màu RGB. Chức năng tự sửa sẽ chuyển đổi.
photo-colour-grey = Ảnh là ảnh đen trắng ({ $colour }). Ảnh đen trắng được chấp nhận, nhưng khi tải lên cần RGB, nên chức năng tự sửa sẽ lưu thành RGB.
photo-colour-other = Không dùng được định dạng màu của ảnh ({ $colour }). Hãy lưu lại thành ảnh JPEG màu thông thường.
photo-icc-none = Ảnh không có hồ sơ màu nhúng kèm; màu được đọc theo sRGB tiêu chuẩn.
photo-icc-ok = Hồ sơ màu nhúng kèm ({ $space }) không có vấn đề.
photo-icc-mismatch = Hồ sơ màu nhúng kèm dành cho { $space }, không phải RGB. Chức năng tự sửa sẽ lưu ảnh ở RGB tiêu chuẩn.
photo-coding-ok = JPEG được lưu theo cách tiêu chuẩn (baseline).
photo-coding-progressive = JPEG được lưu ở dạng “progressive”; một số trang tải lên không chấp nhận. Chức năng tự sửa sẽ lưu thành JPEG tiêu chuẩn (baseline).
photo-orientation-ok = Ảnh được lưu đúng chiều.
photo-orientation-turned = Máy ảnh đã lưu ảnh này bị xoay { $degrees }° và đánh dấu để xoay lại; một số trang web sẽ hiển thị ảnh nằm ngang. Chức năng tự sửa sẽ xoay ảnh cho thẳng.
photo-orientation-mirrored = Máy ảnh đã lưu ảnh này bị lật gương (xoay { $degrees }°); một số trang web hiển thị sai. Chức năng tự sửa sẽ đưa ảnh về đúng chiều.
photo-size-ok = Dung lượng tệp ({ $kilobytes } KB) nằm trong giới hạn.
photo-size-small = Tệp quá nhỏ ({ $kilobytes } KB). Tệp phải có ít nhất { $min } KB: hãy dùng ảnh gốc, không dùng ảnh thu nhỏ.
photo-size-large = Tệp quá lớn ({ $kilobytes } KB). Tệp phải có tối đa { $max } KB. Chức năng tự sửa sẽ làm nhỏ lại.
photo-dimensions-ok = Ảnh có kích thước { $width } × { $height } điểm ảnh, nằm trong giới hạn.
photo-dimensions-small = Ảnh chỉ có { $width } × { $height } điểm ảnh. Chiều rộng và chiều cao mỗi chiều phải ít nhất { $min } điểm ảnh: hãy dùng ảnh gốc từ máy ảnh.
photo-dimensions-large = Ảnh có kích thước { $width } × { $height } điểm ảnh. Chiều rộng và chiều cao mỗi chiều tối đa { $max } điểm ảnh. Chức năng tự sửa sẽ làm nhỏ lại.
photo-aspect-ok = Tỉ lệ ảnh ({ $width } × { $height }) phù hợp với ảnh { $expected }.
photo-aspect-off = Ảnh có kích thước { $width } × { $height } điểm ảnh, không đúng tỉ lệ của ảnh { $expected } (rộng:cao). Chức năng tự sửa sẽ cắt ảnh quanh đầu bạn.
photo-face-skipped = Chưa kiểm tra khuôn mặt (chưa tải chức năng tìm khuôn mặt).
photo-face-one = Đã tìm thấy một khuôn mặt.
photo-face-none = Không tìm thấy khuôn mặt. Hãy nhìn thẳng vào máy ảnh, để thấy toàn bộ khuôn mặt và đủ ánh sáng.
photo-face-many = Đã tìm thấy { $count } khuôn mặt. Trong ảnh chỉ được có một mình bạn.
photo-face-inside = Toàn bộ khuôn mặt nằm trong ảnh.
photo-face-cut = Khuôn mặt chạm vào mép ảnh. Hãy lùi lại để toàn bộ đầu và vai nằm trong khung hình.
photo-top-ok = Có khoảng trống phía trên đầu ({ $percent } % chiều cao).
photo-top-tight = Không có khoảng trống phía trên đầu ({ $percent } % chiều cao; cần ít nhất { $min } %). Hãy lùi lại hoặc hạ máy ảnh xuống để đỉnh đầu không bị cắt.
photo-head-ok = Đầu của bạn chiếm { $percent } % chiều cao (quy định là { $min }–{ $max } %).
photo-head-small = Đầu của bạn chỉ chiếm { $percent } % chiều cao; cần { $min }–{ $max } %. Hãy đến gần hơn, hoặc để chức năng tự sửa cắt ảnh.
photo-head-large = Hãy lùi lại: đầu của bạn chiếm { $percent } % chiều cao; cần { $min }–{ $max } %. Không thể sửa điều này bằng cách cắt ảnh.
photo-eyes-ok = Mắt của bạn ở vị trí { $percent } % chiều cao tính từ trên xuống (quy định là { $min }–{ $max } %).
photo-eyes-high = Mắt quá gần phía trên ({ $percent } % tính từ trên xuống; quy định là { $min }–{ $max } %). Hãy để nhiều khoảng trống hơn phía trên đầu.
photo-eyes-low = Mắt quá thấp ({ $percent } % tính từ trên xuống; quy định là { $min }–{ $max } %). Hãy để ít khoảng trống hơn phía trên đầu, hoặc để chức năng tự sửa cắt ảnh.
photo-centre-ok = Khuôn mặt nằm ở chính giữa.
photo-centre-left = Khuôn mặt lệch sang trái { $percent } % so với chính giữa (cho phép tối đa { $max } %). Hãy đứng giữa khung hình, hoặc để chức năng tự sửa cắt ảnh.
photo-centre-right = Khuôn mặt lệch sang phải { $percent } % so với chính giữa (cho phép tối đa { $max } %). Hãy đứng giữa khung hình, hoặc để chức năng tự sửa cắt ảnh.
photo-roll-ok = Đầu của bạn thẳng.
photo-roll-tilted = Đầu của bạn bị nghiêng khoảng { $degrees }° (cho phép tối đa { $max }°). Hãy giữ đầu thẳng và chụp lại.
photo-roll-unknown = Không đo được độ nghiêng của đầu.
photo-brightness-ok = Khuôn mặt đủ sáng (độ sáng { $percent } %).
photo-brightness-dark = Khuôn mặt quá tối (độ sáng { $percent } %; cần { $min }–{ $max } %). Hãy chụp khi quay mặt về phía cửa sổ hoặc nguồn sáng.
photo-brightness-bright = Khuôn mặt quá sáng (độ sáng { $percent } %; cần { $min }–{ $max } %). Hãy tránh đèn flash chiếu thẳng hoặc ánh nắng trực tiếp.
photo-clipping-ok = Không có phần nào của khuôn mặt bị cháy sáng hoặc tối đen.
photo-clipping-high = { $percent } % khuôn mặt là trắng hoàn toàn hoặc đen hoàn toàn. Hãy dùng ánh sáng dịu, đều và không dùng flash.
photo-sharpness-ok = Khuôn mặt rõ nét.
photo-sharpness-blurred = Khuôn mặt bị mờ. Hãy giữ máy ảnh thật chắc, để máy lấy nét vào mặt rồi chụp lại.
photo-noise-ok = Ảnh sạch (ít hạt nhiễu).
photo-noise-high = Ảnh bị nhiễu hạt, thường do thiếu sáng. Hãy chụp lại ở nơi sáng hơn.
photo-background-ok = Nền đều màu.
photo-background-uneven = Nền không phải một màu đều (có bóng hoặc đồ vật). Hãy đứng trước một bức tường trơn, phía sau không có bóng.
photo-background-plain = Trên nền không có đồ vật hay hoa văn.
photo-background-objects = Nền có đường nét hoặc hoa văn ({ $percent } % nền): đồ vật, đồ nội thất hoặc hoa văn. Hãy đứng trước một bức tường trơn.
photo-fix-rotated = Đã xoay cho thẳng.
photo-fix-converted = Đã chuyển sang JPEG màu RGB.
photo-fix-cropped = Đã cắt theo tỉ lệ ảnh, đặt đầu đúng theo quy định.
photo-fix-resized = Đã làm nhỏ lại cho vừa giới hạn điểm ảnh và dung lượng tệp.
photo-fix-encoded = Đã lưu thành JPEG tiêu chuẩn với chất lượng cao nhất nằm trong giới hạn.
photo-fix-from-document = Lấy từ ảnh chân dung in trên giấy tờ của bạn.
photo-fix-enlarged = Đã phóng to đến kích thước nhỏ nhất mà biểu mẫu chấp nhận.
photo-fix-no-face = Chức năng tự sửa cần đúng một khuôn mặt, nhưng không tìm thấy khuôn mặt nào.
photo-fix-many-faces = Chức năng tự sửa cần đúng một khuôn mặt, nhưng đã tìm thấy nhiều hơn.
photo-fix-too-close = Khuôn mặt quá gần máy ảnh hoặc quá sát mép nên không thể cắt. Hãy lùi lại và chụp lại, chừa khoảng trống quanh đầu.
photo-fix-too-small = Sau khi cắt, ảnh sẽ có quá ít điểm ảnh. Hãy dùng ảnh gốc từ máy ảnh hoặc đứng gần hơn.
photo-fix-bytes = Không thể lưu ảnh trong giới hạn dung lượng tệp. Hãy dùng ảnh gốc từ máy ảnh.
photo-contrast-ok = Tóc và quần áo của bạn nổi bật so với nền.
photo-contrast-low = Nền gần như cùng độ đậm nhạt với tóc hoặc quần áo của bạn, nên đường viền của đầu không rõ. Hãy dùng nền màu khác (ví dụ tường sáng màu nếu tóc tối màu).
photo-glasses-ok = Nhìn thấy rõ mắt của bạn.
photo-glasses-dark = Mắt của bạn có vẻ bị che (kính tối màu hoặc bóng đậm). Hãy tháo kính râm hoặc kính màu, và chiếu sáng khuôn mặt từ phía trước.

## Card reader: choosing a reader and waiting for the card
chip-readers-remembered = Các đầu đọc bạn đã dùng trước đây trên máy tính này
chip-read-with = Đọc bằng { $product }
chip-readers-system = Các đầu đọc thẻ của máy tính này
chip-readers-system-none = Máy tính không tìm thấy đầu đọc thẻ nào. Hãy kết nối một đầu đọc và tải lại trang này.
chip-readers-help-link = Đầu đọc thẻ nào dùng được? Hướng dẫn về đầu đọc
chip-waiting-card = Hãy đặt thẻ lên đầu đọc
chip-waiting-card-hint = Đầu đọc đã sẵn sàng. Việc đọc tự bắt đầu ngay khi thẻ được đặt lên; hãy giữ yên thẻ cho đến khi xong.
chip-cancel = Hủy
chip-reader-unavailable = Đầu đọc “{ $product }” hiện không dùng được.
chip-reader-unavailable-advice = Có thể đầu đọc đã bị rút ra, hoặc dịch vụ thẻ thông minh của máy tính không chạy. Hãy kết nối lại đầu đọc và chọn lại một lần nữa.

## Help: card readers
help-readers-title = Đầu đọc thẻ: loại nào dùng được và cách cài đặt
help-readers-intro = madoguchi đọc chip của Thẻ cư trú bằng đầu đọc thẻ thông minh không tiếp xúc (NFC) kết nối qua USB, trong Chrome hoặc Edge trên máy tính. Điện thoại và máy tính bảng không thể dùng đầu đọc thẻ USB từ trang web.
help-readers-works-heading = Các đầu đọc dùng được từ trang web này
help-readers-works-body = Các đầu đọc có giao diện USB riêng của nhà sản xuất: SCM / Identiv SCL011, SCL3711 và SDI011; HID OMNIKEY 5321 CLi và 5021 CL; Reiner SCT cyberJack RFID; Sony PaSoRi RC-S300 và RC-S380. Hãy kết nối đầu đọc, nhấn “Chọn đầu đọc thẻ và đọc” và chọn đầu đọc trong danh sách của trình duyệt; lần sau đầu đọc sẽ xuất hiện trong mục “Các đầu đọc bạn đã dùng trước đây”.
help-readers-works-tested = madoguchi tuân theo giao thức mà từng nhà sản xuất công bố và được thử nghiệm với các đầu đọc mô phỏng thuộc những loại này. Nếu đầu đọc của bạn không có trong danh sách hoặc không hoạt động, hãy báo tên mẫu chính xác cho quầy tiếp nhận hoặc dự án madoguchi.
help-readers-protected-heading = Các đầu đọc không dùng được từ trang web
help-readers-protected-body = Chrome không cho trang web dùng các đầu đọc tự nhận là đầu đọc thẻ thông minh tiêu chuẩn (USB class 0B), như ACS ACR1252U hoặc phần lớn đầu đọc được bán cho thẻ My Number. madoguchi sẽ báo cho bạn khi bạn chọn loại này. Các đầu đọc này vẫn dùng được khi madoguchi được cài dưới dạng Isolated Web App (xem bên dưới), và với ứng dụng đọc thẻ chính thức của Cục Quản lý Xuất nhập cảnh và Lưu trú.
help-readers-windows-heading = Windows: trình điều khiển WinUSB
help-readers-windows-body = Trên Windows, trang web chỉ dùng được thiết bị USB có trình điều khiển là WinUSB. Đầu đọc được cài bằng trình điều khiển của nhà sản xuất (ví dụ Sony NFC Port Software cho RC-S380) cần WinUSB cho giao diện mà madoguchi sử dụng: với công cụ miễn phí Zadig, hãy chọn đầu đọc, chọn WinUSB rồi nhấn “Replace Driver”. Các chương trình dùng trình điều khiển của nhà sản xuất sẽ không dùng được đầu đọc đó cho đến khi cài lại trình điều khiển của nhà sản xuất.
help-readers-linux-body = macOS và ChromeOS không cần cài đặt gì. Trên Linux, hãy cho phép người dùng của bạn mở đầu đọc bằng một quy tắc udev cho mã nhà sản xuất (vendor ID) và mã sản phẩm (product ID) USB của đầu đọc, và dừng pcscd nếu nó đang chiếm đầu đọc.
help-readers-iwa-heading = Dành cho cơ quan: cài madoguchi dưới dạng Isolated Web App
help-readers-iwa-body = Cơ quan muốn dùng đầu đọc tiêu chuẩn có thể cài madoguchi dưới dạng Isolated Web App (IWA) trên Chrome hoặc ChromeOS được quản lý, thông qua chính sách doanh nghiệp IsolatedWebAppInstallForceList. Trong IWA, Chrome cho phép madoguchi dùng bất kỳ đầu đọc tiêu chuẩn (CCID) nào qua WebUSB với quyền “usb-unrestricted”.
help-readers-iwa-smartcard = Ở nơi Chrome cung cấp Web Smart Card API (Isolated Web App trên ChromeOS), madoguchi còn liệt kê theo tên các đầu đọc của chính máy tính trong mục “Các đầu đọc thẻ của máy tính này”; khi đó trình điều khiển của máy tính sẽ giao tiếp với đầu đọc, nên không cần thay đổi trình điều khiển.
help-readers-back = Quay lại đầu đọc thẻ

## Worker (photo checks and document reading off the page's thread)
worker-failed = Việc kiểm tra bị dừng đột ngột. Hãy thử lại; nếu vẫn xảy ra, hãy tải lại trang.
worker-model-download-failed = Không tải được tệp cần cho việc kiểm tra. Hãy kiểm tra kết nối và thử lại.
worker-model-damaged = Tệp đã tải về cần cho việc kiểm tra bị hỏng. Hãy tải lại trang để tải tệp về lần nữa.

## Photo step (application flows) and the photo-check page
photo-page-title = Kiểm tra ảnh thẻ
photo-page-intro = Hãy chọn loại đơn và một bức ảnh. madoguchi sẽ kiểm tra ảnh theo quy định của loại đơn đó, giải thích những gì cần thay đổi và sửa những gì có thể sửa (xoay, màu, cắt, kích thước).
photo-profile-legend = Ảnh dùng cho
photo-step-choose = Chọn ảnh
photo-step-choose-hint = Ảnh JPEG hoặc PNG trên thiết bị này. Ảnh được kiểm tra trong trình duyệt này và không được gửi đi đâu.
photo-step-file = Chọn tệp ảnh
photo-step-take = Chụp ảnh bằng máy ảnh
photo-step-checking = Đang kiểm tra ảnh…
photo-step-fixing = Đang sửa ảnh…
photo-step-downloading = Đang tải chức năng tìm khuôn mặt (chỉ lần đầu): { $percent } %
photo-step-cancel = Hủy
photo-file-too-large = Tệp này lớn hơn 50 MB nên không thể kiểm tra. Hãy chọn ảnh như máy ảnh đã lưu, hoặc một bản sao nhỏ hơn.
photo-summary-pass = Ảnh đáp ứng mọi quy định có thể kiểm tra ở đây.
photo-summary-warn = Ảnh có thể bị từ chối: hãy xem các mục được đánh dấu “Cần xem”.
photo-summary-fail = Ảnh không đáp ứng quy định. Hãy xem bên dưới những gì cần thay đổi.
photo-verdict-pass = Đạt
photo-verdict-warn = Cần xem
photo-verdict-fail = Có vấn đề
photo-verdict-skip = Chưa kiểm tra
photo-measured = Đo được: { $measured } (quy định: { $limit })
photo-overlay-alt = Ảnh của bạn, với khuôn mặt đã tìm thấy và đường hướng dẫn vị trí của mắt và điểm chính giữa
photo-fix-button = Tự động sửa ảnh
photo-fix-heading = Ảnh đã sửa
photo-fix-before = Trước
photo-fix-after = Sau
photo-fix-done = Những gì đã làm:
photo-fix-use = Dùng ảnh đã sửa
photo-fix-keep = Giữ ảnh gốc
photo-fix-in-use = Bạn đang dùng ảnh đã sửa.
photo-confirm-heading = Hãy xác nhận
photo-accept = Dùng ảnh này
photo-accept-blocked = Để tiếp tục, ảnh không được còn mục “Có vấn đề” nào và phải đánh dấu tất cả các ô ở trên.
photo-saved-heading = Ảnh của bạn đã sẵn sàng
photo-save-link = Lưu ảnh (JPEG)
photo-saved-hint = Hãy tải tệp này lên trang nộp đơn. Tệp được tạo trong trình duyệt này; madoguchi không gửi tệp đi đâu cả.
photo-privacy = Ảnh của bạn ở lại trên thiết bị này: ảnh được kiểm tra và sửa ngay trong trình duyệt này.

## Document scan

document-scan-title = Đọc thẻ lưu trú hoặc hộ chiếu
document-scan-intro = Chụp hoặc chọn ảnh giấy tờ: các mục được đọc ngay trong trình duyệt này, bạn có thể kiểm tra và sửa. Ảnh và nội dung không được gửi đi đâu cả.
document-scan-kind-legend = Giấy tờ nào?
document-scan-kind-residence-card = Thẻ lưu trú hoặc Giấy chứng nhận vĩnh trú đặc biệt (mặt trước)
document-scan-kind-passport = Hộ chiếu (trang có ảnh của bạn)
document-scan-choose = Ảnh giấy tờ
document-scan-choose-hint = Ảnh JPEG hoặc PNG (cả HEIC nếu trình duyệt này mở được), hoặc máy ảnh.
document-scan-file = Chọn tệp ảnh
document-scan-camera-start = Dùng máy ảnh
document-scan-camera-stop = Đóng máy ảnh
document-scan-camera-capture = Chụp ảnh
document-scan-camera-guide = Đặt giấy tờ phẳng trong khung, càng lớn càng tốt, không bị phản chiếu ánh sáng.
document-scan-camera-unavailable = Không thể bật máy ảnh. Hãy cho phép dùng máy ảnh, hoặc chọn tệp ảnh.
document-scan-camera-auto = Khi giấy tờ đứng yên và rõ nét, ảnh sẽ được chụp tự động.
document-scan-camera-hold-still = Giữ yên giấy tờ và máy ảnh.
document-scan-camera-blurred = Hình bị mờ: đưa giấy tờ lại gần hoặc chờ máy ảnh lấy nét.
document-scan-reading = Đang đọc giấy tờ…
document-scan-downloading = Đang tải bộ đọc chữ (chỉ lần đầu): { $percent } %
document-scan-cancel = Hủy
document-scan-unreadable = Không đọc được giấy tờ từ ảnh này. Vui lòng chụp lại.
document-scan-visa-page = Đây là trang thị thực. Hãy chụp trang hộ chiếu có ảnh của bạn, không phải trang thị thực.
document-scan-passport-not-card = Đây có vẻ là hộ chiếu. Hãy chọn "Hộ chiếu" ở trên, hoặc chụp mặt trước thẻ lưu trú.
document-scan-number-unreadable = Không đọc được số thẻ từ ảnh này. Hãy chụp lại hoặc nhập số.
document-scan-failed = Việc đọc bị dừng bất ngờ. Hãy thử lại; nếu vẫn xảy ra, hãy tải lại trang.
document-scan-advice-heading = Cách chụp ảnh
document-scan-advice-flat = Đặt giấy tờ phẳng và chụp thẳng từ trên xuống.
document-scan-advice-large = Để giấy tờ hiện càng lớn càng tốt trong ảnh.
document-scan-advice-glare = Tránh ánh sáng phản chiếu làm chữ bị trắng.
document-scan-advice-sharp = Kiểm tra chữ và số trong ảnh có rõ và đọc được không.
document-scan-advice-passport-page = Với hộ chiếu, hãy chụp trang có ảnh của bạn, không phải trang JAPAN VISA.
document-scan-review-heading = Kiểm tra nội dung đã đọc
document-scan-review-hint = Hãy sửa mục nào sai hoặc trống. Bên cạnh mỗi mục là phần ảnh mà giá trị được đọc ra.
document-scan-review-count = Số mục cần kiểm tra: { $count }. Các mục này được đánh dấu "Vui lòng kiểm tra".
document-scan-review-none = Mọi mục đều được đọc rõ. Tuy vậy, hãy so sánh với giấy tờ.
document-scan-check-mark = Vui lòng kiểm tra:
document-scan-needs-review = mục này khó đọc.
document-scan-not-found = không tìm thấy mục này trong ảnh. Hãy nhập vào.
document-scan-check-valid = Số kiểm tra: khớp.
document-scan-check-repaired = Số kiểm tra: khớp sau khi sửa các ký tự trông giống nhau.
document-scan-check-invalid = Số kiểm tra: không khớp. Giá trị này có lẽ sai.
document-scan-crop-alt = Phần ảnh nơi đọc "{ $field }"
document-scan-glare-warning = Trong ảnh này giấy tờ bị phản chiếu ánh sáng. Nếu nội dung sai, hãy chụp lại mà không bị phản chiếu.
document-scan-small-warning = Giấy tờ trong ảnh này quá nhỏ nên chữ nhỏ có thể bị đọc sai. Nếu nội dung sai, hãy chụp lại ở gần hơn để giấy tờ chiếm đầy khung hình.
document-scan-many-to-check = Một số nội dung khó đọc. Chụp lại như sau có thể giúp đọc tốt hơn:
document-scan-mrz-heading = Vùng đọc bằng máy (các dòng ở cuối trang)
document-scan-mrz-pass = Tất cả số kiểm tra đều khớp.
document-scan-mrz-fail = Có số kiểm tra không khớp: hãy kiểm tra các mục được đánh dấu ở trên.
document-scan-confirm = Nội dung này đúng
document-scan-again = Đọc ảnh khác
document-scan-confirmed = Đã xác nhận nội dung. Không có gì được gửi đi: trang này chỉ đọc giấy tờ.
document-scan-privacy = Ảnh được đọc trong trình duyệt này. Không tải lên.
document-field-surname = Họ
document-field-given-names = Tên
document-field-passport-number = Số hộ chiếu
document-field-nationality = Quốc tịch
document-field-birth-date = Ngày sinh
document-field-sex = Giới tính
document-field-expiry-date = Ngày hết hạn
document-field-issuing-state = Quốc gia cấp
document-field-card-number = Số thẻ lưu trú
document-field-name = Họ tên
document-field-address = Địa chỉ
document-field-prefecture = Tỉnh (todōfuken)
document-field-status = Tư cách lưu trú
document-field-work-restriction = Hạn chế lao động
document-field-period-of-stay = Thời hạn lưu trú
document-field-stay-expiry-date = Ngày hết thời hạn lưu trú
document-field-card-valid-until = Thẻ có hiệu lực đến
chip-number-camera = Đọc số từ ảnh chụp thẻ
chip-number-camera-reading = Đang đọc số thẻ từ ảnh…
chip-number-camera-read = Đã đọc số từ ảnh. Hãy so sánh với thẻ trước khi tiếp tục.

## My Number card online application flow (seeds 002, 004)
mynumber-steps-label = Các bước nộp đơn
mynumber-step-1 = Điều khoản
mynumber-step-2 = Địa chỉ email
mynumber-step-3 = Đã gửi email
mynumber-step-4 = Thông tin đơn
mynumber-step-5 = Ảnh chân dung
mynumber-step-6 = Kiểm tra
mynumber-step-7 = Hoàn tất
mynumber-title = Đăng ký thẻ My Number (マイナンバーカード) trực tuyến
mynumber-terms-heading = Trước khi bắt đầu
mynumber-terms-residents = Đăng ký trực tuyến chỉ dành cho người đang sống tại Nhật Bản.
mynumber-terms-representative = Với người dưới 15 tuổi hoặc người thành niên được giám hộ, người đại diện theo pháp luật sẽ nộp đơn.
mynumber-terms-operator = Thẻ do J-LIS (Cơ quan Hệ thống Thông tin Chính quyền Địa phương Nhật Bản) cấp theo điều khoản sử dụng và quy định xử lý thông tin cá nhân của cơ quan này; hãy đọc các nội dung đó trên trang đăng ký chính thức trước khi đồng ý.
mynumber-terms-madoguchi = madoguchi kiểm tra thông tin bạn nhập và ảnh trong trình duyệt này, và chỉ gửi biểu mẫu đã hoàn thành khi bạn nhấn “Đăng ký”.
mynumber-consent-age = Tôi từ 15 tuổi trở lên, hoặc tôi là người đại diện theo pháp luật của người dưới 15 tuổi hoặc người thành niên được giám hộ.
mynumber-consent-terms = Tôi chấp nhận điều khoản sử dụng của việc đăng ký thẻ My Number trực tuyến và quy định xử lý thông tin cá nhân, và tôi nộp đơn.
mynumber-confirm = Tiếp theo
mynumber-back = Quay lại
mynumber-register = Đăng ký
mynumber-loading = Đang tải…
mynumber-email-heading = Đăng ký địa chỉ email
mynumber-email-intro = Liên kết để tiếp tục nộp đơn sẽ được gửi đến địa chỉ này.
mynumber-qr-legend = Mã đơn đăng ký từ mã QR
mynumber-qr-hint = Hãy chụp ảnh mã QR trên thư thông báo hoặc đơn đăng ký: mã đơn đăng ký sẽ được tự động điền. Không có gì được tải lên.
mynumber-qr-button = Đọc mã QR từ ảnh
mynumber-qr-reading = Đang đọc mã QR…
mynumber-qr-filled = Mã đơn đăng ký đã được điền từ mã QR. Hãy kiểm tra lại bên dưới.
mynumber-qr-not-found = Không tìm thấy mã đơn đăng ký trong ảnh này. Hãy chụp lại sao cho mã QR to, phẳng và rõ nét, hoặc tự nhập mã.
mynumber-application-id = Mã đơn đăng ký (申請書ID)
mynumber-application-id-hint = 23 chữ số, in trên đơn đăng ký (ví dụ 1234 5678 9012 3456 7890 123). Có thể có dấu cách.
mynumber-application-id-again = Nhập lại mã đơn đăng ký (để kiểm tra)
mynumber-application-id-show = Hiện các chữ số
mynumber-mail-name = Tên dùng trong email (メール連絡用氏名)
mynumber-mail-name-hint = Tối đa 50 ký tự, chỉ dùng kanji JIS cấp 1 và 2 (không dùng các dạng chữ dị thể hiếm), ví dụ 番号 太郎. Tên này giúp bạn biết email nói về đơn của ai.
mynumber-email = Địa chỉ email
mynumber-email-hint = Tối đa 100 ký tự nửa độ rộng. Hãy cho phép nhận email từ trung tâm tiếp nhận đơn trong bộ lọc thư rác.
mynumber-email-again = Nhập lại địa chỉ email (để kiểm tra)
mynumber-challenge-legend = Xác minh bằng hình
mynumber-challenge-hint = Để xác nhận người đăng ký là con người, không phải chương trình. Hãy nhập năm chữ cái và chữ số trong hình; chữ hoa hay chữ thường đều được.
mynumber-challenge-loading = Đang lấy hình…
mynumber-challenge-failed = Không tải được hình. Hãy kiểm tra kết nối rồi nhấn “Hiện hình khác”.
mynumber-challenge-image-alt = Hình có năm chữ cái và chữ số bị méo để nhập ở dưới. Nếu không nhìn thấy, hãy nhấn “Nghe”.
mynumber-challenge-another = Hiện hình khác
mynumber-challenge-listen = Nghe
mynumber-challenge-listen-hint = Cùng năm ký tự đó, được đọc từng ký tự bằng tiếng Anh, có tạp âm.
mynumber-challenge-answer = Các ký tự trong hình
mynumber-challenge-answer-hint = Năm chữ cái và chữ số, ví dụ K7M4X.
mynumber-email-confirm-heading = Kiểm tra thông tin đăng ký email
mynumber-email-confirm-intro = Hãy kiểm tra mã đơn đăng ký có đúng hoàn toàn với mã trên đơn của bạn không: mã sai thì không thể cấp thẻ.
mynumber-sent-heading = Đã gửi email
mynumber-sent-body = Email có liên kết để tiếp tục nộp đơn đã được gửi đến { $email }. Hãy mở liên kết để chuyển sang bước nhập thông tin đơn.
mynumber-sent-hint = Có thể mất vài phút. Nếu không nhận được, hãy kiểm tra thư mục thư rác, rồi đăng ký lại từ BƯỚC 1 (STEP 1).
mynumber-sent-local-outbox = Mở hộp thư đi cục bộ (máy này không có máy chủ thư)
mynumber-addressee = { $name }
mynumber-link-expires = trang này dùng được đến { $expires }
mynumber-application-heading = Thông tin đơn
mynumber-course-legend = Đơn của bạn thuộc loại nào?
mynumber-course-new = A. Cấp mới (新規): thẻ đầu tiên, hoặc thẻ đã hết hạn, bị mất hay bị hỏng
mynumber-course-new-who = Bạn chưa từng có thẻ My Number, hoặc thẻ đã hết hạn, hoặc bạn đã làm mất thẻ và không có thẻ nào còn hiệu lực.
mynumber-course-renewal = B. Gia hạn (更新1・通常切替): chỉ thẻ My Number
mynumber-course-renewal-who = Thẻ của bạn vẫn còn hiệu lực và không tích hợp với giấy phép lái xe. Cũng dành cho thẻ đã hết chỗ ghi thay đổi.
mynumber-course-licence = C. Gia hạn và giữ giấy phép lái xe (更新2・マイナ免許証引継ぎ): giấy phép lái xe Myna
mynumber-course-licence-who = Thẻ còn hiệu lực của bạn đồng thời là giấy phép lái xe (hoặc giấy chứng nhận lịch sử lái xe) và bạn muốn thẻ mới cũng như vậy.
mynumber-licence-number = Số ghi thông tin giấy phép lái xe (免許情報記録番号, 12 chữ số)
mynumber-licence-number-hint = Hãy chép số hiển thị trong ứng dụng đọc giấy phép lái xe Myna (マイナ免許証読み取りアプリ); số này có thể khác với số in trên giấy phép lái xe bằng nhựa.
mynumber-birth-date = Ngày sinh
mynumber-birth-date-hint = Theo dương lịch hoặc niên hiệu Nhật Bản, ví dụ Heisei 10-01-01 hoặc 1998-01-01. Ngày sinh được đối chiếu với mã đơn đăng ký và dùng để xác định tuổi (dưới một tuổi thì không cần ảnh).
mynumber-calendar = Lịch
mynumber-calendar-seireki = Dương lịch (西暦)
mynumber-calendar-reiwa = Reiwa (令和)
mynumber-calendar-heisei = Heisei (平成)
mynumber-calendar-showa = Showa (昭和)
mynumber-calendar-taisho = Taisho (大正)
mynumber-calendar-meiji = Meiji (明治)
mynumber-year = Năm
mynumber-month = Tháng
mynumber-day = Ngày
mynumber-options-legend = Những gì có trên thẻ
mynumber-cert-signature = Cấp chứng thư điện tử dùng để ký (署名用電子証明書)
mynumber-cert-signature-hint = Cần để ký các đơn nộp trực tuyến như e-Tax. Chỉ bỏ đánh dấu nếu bạn không muốn có.
mynumber-cert-user = Cấp chứng thư điện tử xác thực người dùng (利用者証明用電子証明書)
mynumber-cert-user-hint = Cần để đăng nhập bằng thẻ, ví dụ dùng thẻ làm thẻ bảo hiểm y tế hoặc dùng Mynaportal. Chỉ bỏ đánh dấu nếu bạn không muốn có.
mynumber-braille = In tên tôi bằng chữ nổi (braille) trên thẻ
mynumber-declaration = Các thông tin trên là đúng.
mynumber-photo-heading = Ảnh chân dung
mynumber-photo-intro = Chụp trong vòng 6 tháng gần đây, nhìn thẳng, không đội mũ, trên nền trơn. madoguchi kiểm tra theo quy định chính thức và có thể sửa những phần còn lại.
mynumber-photo-not-needed = Không cần (dưới một tuổi).
mynumber-photo-missing = Ảnh không còn trên trang này (ảnh không bao giờ được lưu). Hãy quay lại bước ảnh và chọn lại.
mynumber-photo-alt = Ảnh chân dung của bạn dùng cho thẻ
mynumber-confirm-heading = Kiểm tra đơn của bạn
mynumber-confirm-intro = Hãy kiểm tra từng mục. Dùng các nút bên dưới để sửa; những gì bạn đã nhập sẽ không bị mất.
mynumber-application-date = Ngày nộp đơn
mynumber-yes = Có
mynumber-no = Không
mynumber-back-to-details = Sửa thông tin đơn
mynumber-back-to-photo = Đổi ảnh
mynumber-start-again = Đăng ký lại địa chỉ email
mynumber-done-heading = Đơn đã được đăng ký
mynumber-done-receipt = Số tiếp nhận { $receipt } ({ $time }). Hãy cho biết số này khi liên hệ hỏi đáp.
mynumber-done-no-receipt = Đơn đã được đăng ký.
mynumber-done-mail = Email xác nhận đã được gửi đến địa chỉ của bạn. Tab này không còn giữ thông tin bạn đã nhập hay ảnh của bạn.
outbox-heading = Hộp thư đi cục bộ
outbox-intro = Máy này không gửi email thật: các email mà madoguchi sẽ gửi được hiển thị ở đây.
outbox-off = Hộp thư đi cục bộ đang tắt trên máy chủ này: hãy kiểm tra hộp thư của bạn.
outbox-empty = Chưa có email nào.
api-error-offline = Không kết nối được với máy chủ. Hãy kiểm tra kết nối và thử lại; những gì bạn đã nhập vẫn được giữ.
api-waiting-for-network = Bạn đang ngoại tuyến. Biểu mẫu được giữ trong thẻ này và sẽ tự động gửi khi có kết nối trở lại. Hãy để trang này mở.
mynumber-photo-kept = Ảnh bạn đã chọn
mynumber-photo-keep = Giữ ảnh này và tiếp tục

## Photo check
photo-yaw-ok = Bạn đang nhìn về phía máy ảnh (xoay { $degrees }°).
photo-yaw-left = Hãy quay mặt về phía máy ảnh: mặt bạn đang xoay khoảng { $degrees }° sang bên trái của bạn, cho phép tối đa { $max }°. Hãy nhìn thẳng vào ống kính sao cho thấy hai tai như nhau.
photo-yaw-right = Hãy quay mặt về phía máy ảnh: mặt bạn đang xoay khoảng { $degrees }° sang bên phải của bạn, cho phép tối đa { $max }°. Hãy nhìn thẳng vào ống kính sao cho thấy hai tai như nhau.
photo-pitch-ok = Đầu bạn thẳng (không ngẩng cằm lên cũng không cúi xuống).
photo-pitch-up = Hãy hạ cằm xuống một chút: đầu bạn đang ngửa ra sau khoảng { $degrees }°, cho phép tối đa { $max }°. Hãy giữ máy ảnh ngang tầm mắt và nhìn thẳng vào máy.
photo-pitch-down = Hãy nâng cằm lên một chút: đầu bạn đang cúi về phía trước khoảng { $degrees }°, cho phép tối đa { $max }°. Hãy giữ máy ảnh ngang tầm mắt và nhìn thẳng vào máy.
photo-pose-unknown = Không đo được hướng khuôn mặt của bạn. Hãy để thấy toàn bộ khuôn mặt và đủ ánh sáng.
photo-eyes-open-ok = Mắt bạn đang mở.
photo-eyes-open-closed = Mắt bạn có vẻ đang nhắm hoặc nhắm hờ. Hãy mở mắt tự nhiên, nhìn vào máy ảnh và chụp lại.
photo-eyes-open-unknown = Không đo được mắt bạn có đang mở hay không. Hãy tự kiểm tra trước khi tải lên.
photo-hat-none = Không thấy mũ hay khăn trùm đầu.
photo-hat-maybe = Có thể bạn đang đội mũ hoặc trùm khăn (phần trên đầu trông không giống tóc). Hãy bỏ ra, trừ khi bạn đội vì lý do tôn giáo hoặc y tế; nếu đó là tóc của bạn, bạn có thể bỏ qua gợi ý này.
photo-screen-none = Không có dấu hiệu đây là ảnh chụp lại màn hình hoặc ảnh in.
photo-screen-maybe = Đây có thể là ảnh chụp lại màn hình hoặc ảnh in (phát hiện hoa văn lặp lại nhỏ trên khuôn mặt). Thay vào đó, hãy dùng máy ảnh chụp mới chính bạn.

## Account pages
account-register-heading = Đăng ký người dùng
account-register-intro = Đăng ký một lần để sử dụng hệ thống trực tuyến xin cư trú, ví dụ để nhận Giấy chứng nhận tư cách lưu trú qua email và đăng ký đã nhận.
account-terms-heading = Điều khoản sử dụng
account-terms-purpose = Thông tin cá nhân bạn đăng ký chỉ được dùng cho các thủ tục của hệ thống này.
account-terms-hours = Hệ thống có thể sử dụng 24 giờ mỗi ngày, 365 ngày mỗi năm, trừ khi bảo trì; việc bảo trì có thể diễn ra mà không báo trước.
account-terms-mail = Hệ thống gửi thư đến địa chỉ bạn đăng ký. Hãy cho phép nhận thư từ dịch vụ này để thư không bị xếp vào thư rác.
account-terms-japanese = Điều khoản được quy định bằng tiếng Nhật; nếu bản dịch khác, bản tiếng Nhật được ưu tiên.
account-terms-accept = Tôi đã đọc và đồng ý với điều khoản sử dụng.
account-email = Địa chỉ email
account-email-again = Địa chỉ email (nhập lại để kiểm tra)
account-email-hint = Nhập bằng ký tự nửa độ rộng, ví dụ name@example.jp.
account-register-send = Đăng ký
account-register-sent-heading = Hãy kiểm tra email
account-register-sent-to = Nếu { $email } có thể đăng ký, chúng tôi đã gửi đường dẫn để tiếp tục đến địa chỉ đó.
account-register-sent-hint = Hãy mở đường dẫn trong thư trong vòng 24 giờ. Sau thời gian đó, hãy nhập lại địa chỉ email.
account-register-again = Bắt đầu đăng ký lại
account-registration-heading = Đăng ký người dùng
account-registration-intro = Chọn loại người dùng và nhập họ tên, số điện thoại và mật khẩu. Tất cả các mục đều bắt buộc.
account-link-expires = Trang này dùng được đến { $time } (giờ Nhật Bản).
account-user-kind = Loại người dùng
account-latin-name = Họ tên (chữ Latinh)
account-latin-name-hint = Chữ in hoa A–Z, tối đa 104 ký tự, các từ cách nhau bằng dấu cách, giống như trong hộ chiếu (ví dụ NGUYEN VAN AN).
account-phone = Số điện thoại
account-phone-hint = Chỉ nhập chữ số, không có dấu gạch ngang: 012-345-6789 nhập là 0123456789.
account-password = Mật khẩu
account-password-hint = Từ 10 đến 20 ký tự, có ít nhất một ký tự của mỗi loại: chữ hoa (A–Z), chữ thường (a–z), chữ số (0–9) và ký hiệu ($%&=@_#*+-?!).
account-password-again = Mật khẩu (nhập lại để kiểm tra)
account-password-again-hint = Nhập lại đúng mật khẩu đó.
account-to-confirm = Tiếp tục để xác nhận
account-registration-confirm-heading = Xác nhận đăng ký
account-registration-confirm-intro = Các thông tin dưới đây có đúng không?
account-back-to-input = Quay lại biểu mẫu
account-register-button = Đăng ký
account-registration-done-heading = Đăng ký hoàn tất
account-user-id = ID người dùng
account-user-id-keep = Hãy giữ ID người dùng: bạn cần nó để đăng nhập. ID cũng đã được gửi cho bạn qua email.
account-login-heading = Đăng nhập
account-login-intro = Nhập ID người dùng được cấp khi đăng ký và mật khẩu của bạn.
account-login-button = Đăng nhập
account-login-needed = Hãy đăng nhập để xem trang này.
account-session-expired = Bạn đã bị đăng xuất vì không có thao tác trong 3 giờ. Hãy đăng nhập lại; những gì bạn đã nhập vẫn được giữ.
account-unlock-by-reset = Mở khóa ngay bằng cách đặt mật khẩu mới
account-forgot-user-id-link = Quên ID người dùng?
account-forgot-password-link = Quên mật khẩu?
account-register-link = Đăng ký người dùng mới
account-logout-heading = Đăng xuất
account-logout-question = Bạn có muốn đăng xuất không?
account-logout-button = Đăng xuất
account-logout-done-heading = Đã đăng xuất
account-back-to-mypage = Quay lại Trang của tôi
account-back-to-login = Quay lại đăng nhập
account-mail-sent-heading = Hãy kiểm tra email
account-send = Gửi
account-forgot-user-id-heading = Quên ID người dùng
account-forgot-user-id-intro = Nhập địa chỉ email và họ tên chữ Latinh bạn đã đăng ký. Chúng tôi sẽ gửi ID người dùng đến địa chỉ đó.
account-forgot-password-heading = Quên mật khẩu
account-forgot-password-intro = Nhập ID người dùng và địa chỉ email đã đăng ký. Chúng tôi sẽ gửi đường dẫn để đặt mật khẩu mới; việc này cũng mở khóa tài khoản bị khóa.
account-reset-heading = Đặt mật khẩu mới
account-reset-intro = Chọn mật khẩu mới. Khi đặt xong, tài khoản bị khóa cũng được mở khóa.
account-new-password = Mật khẩu mới
account-reset-button = Đặt mật khẩu
account-reset-done-heading = Đã đặt mật khẩu
account-mypage-heading = Trang của tôi
account-previous-login = Lần đăng nhập trước: { $time }
account-coe-link = Giấy chứng nhận tư cách lưu trú (đăng ký đã nhận)
account-details-heading = Thông tin người dùng
account-change-email = Thay đổi địa chỉ email
account-change-password = Thay đổi mật khẩu
account-change-phone = Thay đổi số điện thoại
account-email-change-heading = Thay đổi địa chỉ email
account-email-change-intro = Nhập địa chỉ mới hai lần. Chúng tôi sẽ gửi đường dẫn đến địa chỉ đó; việc thay đổi hoàn tất khi bạn mở đường dẫn.
account-new-email = Địa chỉ email mới
account-change-button = Thay đổi
account-change-done-heading = Thay đổi hoàn tất
account-password-change-heading = Thay đổi mật khẩu
account-current-password = Mật khẩu hiện tại
account-phone-change-heading = Thay đổi số điện thoại
account-phone-confirm-heading = Xác nhận thay đổi
account-phone-changed = Số điện thoại của bạn đã được thay đổi.
passkey-needs-name = Khóa truy cập không dùng được trên trang mở bằng địa chỉ IP (như 127.0.0.1). Hãy mở trang bằng tên (ví dụ localhost).
passkey-failed = Không kiểm tra được khóa truy cập. Vui lòng thử lại.
passkey-login-failed = Không thể đăng nhập bằng khóa truy cập này: có thể nó đã bị xóa. Hãy đăng nhập bằng ID người dùng và mật khẩu.
passkey-too-many = Có thể đăng ký tối đa 10 khóa truy cập. Hãy xóa khóa không còn dùng.
passkey-exists = Khóa truy cập của thiết bị này đã được đăng ký.
passkey-removed = Đã xóa khóa truy cập.
passkey-added = Đã đăng ký khóa truy cập. Từ nay bạn có thể dùng "Đăng nhập bằng khóa truy cập" ở trang đăng nhập.
passkey-cancelled = Yêu cầu khóa truy cập đã bị hủy hoặc hết thời gian.
passkey-unsupported = Trình duyệt này không hỗ trợ khóa truy cập.
passkey-login-heading = Đăng nhập bằng khóa truy cập
passkey-login-intro = Nếu đã đăng ký khóa truy cập ở Trang của tôi, bạn có thể dùng nó thay cho ID người dùng và mật khẩu.
passkey-login-button = Đăng nhập bằng khóa truy cập
passkey-heading = Khóa truy cập (passkey)
passkey-intro = Với khóa truy cập, bạn đăng nhập bằng vân tay, khuôn mặt hoặc mã PIN của thiết bị này. Đăng nhập bằng mật khẩu vẫn dùng được như trước.
passkey-none = Chưa đăng ký khóa truy cập nào.
passkey-label = Tên khóa truy cập
passkey-label-hint = Tên giúp bạn biết đó là thiết bị nào (tối đa 40 ký tự), ví dụ "Điện thoại".
passkey-added-at = Ngày đăng ký
passkey-last-used = Lần dùng gần nhất
passkey-actions = Thao tác
passkey-never-used = Chưa dùng
passkey-remove-button = Xóa "{ $label }"
passkey-remove-question = Xóa khóa truy cập "{ $label }"? Sau khi xóa sẽ không thể đăng nhập bằng nó nữa.
passkey-keep = Giữ lại
passkey-remove-confirm = Xóa
passkey-add-button = Đăng ký khóa truy cập
account-session-warning-heading = Bạn sắp bị đăng xuất
account-session-warning = Vì không có thao tác, bạn sẽ tự động bị đăng xuất lúc { $time } (sau { $minutes } phút). Chọn OK để tiếp tục đăng nhập thêm 3 giờ.
account-session-extend = OK (thêm 3 giờ)
account-session-cancel = Hủy
account-session-extended = Bạn vẫn đăng nhập đến { $time }.
account-coe-heading = Danh sách đăng ký đã nhận
account-coe-intro = Các Giấy chứng nhận tư cách lưu trú được gửi cho bạn qua email. Hãy tải từng giấy xuống và đăng ký đã nhận. Cho đến khi bạn đăng ký, thư nhắc sẽ được gửi mỗi 7 ngày, tối đa 3 tháng kể từ ngày cấp.
account-coe-as-of = Tính đến { $time }
account-coe-page-size = Số mục mỗi trang
account-coe-page-size-option = { $count } mục mỗi trang
account-coe-total = Tổng cộng { $total } giấy chứng nhận
account-coe-empty = Chưa có giấy chứng nhận nào được gửi cho bạn.
account-coe-number = Số Giấy chứng nhận tư cách lưu trú
account-coe-requested-at = Thời điểm yêu cầu đăng ký nhận
account-coe-received-at = Thời điểm đăng ký đã nhận
account-coe-status = Tình trạng đăng ký nhận
account-coe-file = Giấy chứng nhận
account-coe-action = Đăng ký nhận
account-coe-pdf = Tải { $number } (PDF)
account-coe-register = Đăng ký đã nhận
account-coe-confirm = Đăng ký đã nhận Giấy chứng nhận tư cách lưu trú này?
account-coe-close = Đóng
account-coe-registered = Đã đăng ký nhận giấy chứng nhận { $number }.
account-coe-pages = Trang
account-coe-first = Đầu tiên
account-coe-last = Cuối cùng
coe-status-unregistered = Chưa đăng ký
coe-status-registered = Đã đăng ký nhận
office-nav = Văn phòng
office-heading = Văn phòng: giấy chứng nhận và hồ sơ
office-issue-heading = Cấp Giấy chứng nhận tư cách lưu trú
office-issue-intro = Giấy chứng nhận được lưu lại và người dùng nhận thư có đường dẫn để đăng ký đã nhận.
office-coe-number-hint = Chữ cái A–Z, chữ số và dấu gạch ngang, tối đa 32 ký tự.
office-coe-pdf = Giấy chứng nhận (tệp PDF, tối đa 10 MB)
office-issue-button = Cấp
office-issued = Đã cấp giấy chứng nhận { $number } và thông báo cho người dùng qua thư.
office-issued-heading = Giấy chứng nhận đã cấp
office-submissions-heading = Hồ sơ đã nhận
office-submissions-empty = Chưa nhận được hồ sơ nào.
office-submissions-total = Tổng cộng { $total } hồ sơ
office-receipt-number = Số tiếp nhận
office-kind = Biểu mẫu
office-received-at = Thời điểm tiếp nhận
office-photo = Ảnh
office-submission-heading = Hồ sơ
office-payload = Nội dung biểu mẫu
office-back = Quay lại trang văn phòng
office-audit-link = Nhật ký kiểm tra: ai đã truy cập gì
office-audit-heading = Nhật ký kiểm tra
office-audit-intro = Mọi lần nhân viên truy cập hồ sơ, giấy chứng nhận và nhật ký này, mới nhất trước. Máy chủ ghi lại từng lần trước khi trả dữ liệu.
office-audit-total = Tổng cộng { $total } mục
office-audit-at = Thời điểm
office-audit-actor = ID người dùng của nhân viên
office-audit-action = Thao tác
office-audit-target = Đối tượng
office-audit-client = Địa chỉ truy cập
office-audit-pages = Các trang nhật ký kiểm tra
office-submissions-pages = Các trang danh sách hồ sơ
office-export-json = Tải về tất cả hồ sơ (JSON)
office-export-csv = Tải về tất cả hồ sơ (CSV)
office-action-submissions-list = Xem danh sách hồ sơ
office-action-submissions-view = Mở một hồ sơ
office-action-submissions-export = Xuất hồ sơ
office-action-coe-issue = Cấp giấy chứng nhận
office-action-coe-list = Xem danh sách giấy chứng nhận
office-action-audit-view = Xem nhật ký kiểm tra

## Exam My Page registration (seed 000)
exam-steps-label = Các bước đăng ký
exam-step-card = Thẻ cư trú
exam-step-passport = Hộ chiếu
exam-step-photo = Ảnh chân dung
exam-step-details = Thông tin
exam-step-confirm = Kiểm tra
exam-step-done = Hoàn tất
exam-autofilled-card = Tự động điền từ thẻ cư trú
exam-autofilled-passport = Tự động điền từ hộ chiếu
exam-field-name = Họ tên (như trong hộ chiếu)
exam-field-name-hint = Chữ cái Latinh, họ trước, như in trong hộ chiếu.
exam-field-birth-date = Ngày sinh
exam-field-date-hint = Năm-tháng-ngày, ví dụ 1998-04-01.
exam-field-sex = Giới tính
exam-sex-male = Nam
exam-sex-female = Nữ
exam-field-nationality = Quốc tịch
exam-field-nationality-hint = Mã ba chữ cái trong hộ chiếu, ví dụ VNM.
exam-field-passport-number = Số hộ chiếu
exam-field-card-number = Số thẻ cư trú
exam-field-card-number-hint = 12 ký tự ở góc trên bên phải của thẻ, ví dụ AB12345678CD.
exam-field-status = Tư cách lưu trú
exam-field-period-until = Thời hạn lưu trú (đến ngày)
exam-field-prefecture = Tỉnh/thành nơi bạn đang sống
exam-prefecture-choose = Chọn tỉnh/thành
exam-field-email = Địa chỉ email
exam-continue = Tiếp tục với cái này
exam-back = Quay lại
exam-back-to-details = Sửa thông tin
exam-back-to-photo = Đổi ảnh
exam-card-heading = Thẻ cư trú của bạn
exam-card-intro = Chụp mặt trước thẻ cư trú, hoặc chọn ảnh màu (JPG) đã lưu trong điện thoại hay máy tính. Hãy làm vậy kể cả khi bạn đang có thẻ.
exam-card-filled = Tư cách lưu trú, thời hạn lưu trú và tỉnh/thành nơi sống được tự động điền từ ảnh. Nếu sai hoặc để trống, bạn có thể tự sửa.
exam-card-kept = Đã đọc thẻ cư trú của bạn.
exam-no-card-heading = Không có thẻ cư trú?
exam-no-card-who = Chỉ dành cho người đến Nhật bằng visa lưu trú ngắn hạn hoặc tương tự. Visa của bạn sẽ được kiểm tra tại địa điểm thi.
exam-no-card-button = Tôi không có thẻ cư trú
exam-no-card-note = Không có thẻ cư trú: visa lưu trú ngắn hạn của bạn sẽ được kiểm tra tại địa điểm thi.
exam-passport-heading = Hộ chiếu của bạn
exam-passport-intro = Bắt buộc phải đọc hộ chiếu. Chụp trang có ảnh của bạn (không phải trang JAPAN VISA), hoặc chọn ảnh đã lưu.
exam-passport-filled = Họ tên, ngày sinh, giới tính, quốc tịch và số hộ chiếu được tự động điền từ ảnh. Nếu sai hoặc để trống, bạn có thể tự sửa.
exam-passport-kept = Đã đọc hộ chiếu của bạn.
exam-photo-heading = Ảnh chân dung của bạn
exam-photo-intro = Chọn hoặc chụp một ảnh chân dung. Ảnh được kiểm tra ngay trong trình duyệt của bạn.
exam-photo-kept = Bạn đã chọn ảnh này.
exam-photo-alt = Ảnh chân dung bạn đã chọn
exam-photo-missing = Chưa có ảnh. Hãy quay lại bước ảnh chân dung.
exam-photo-from-document-heading = Dùng ảnh chân dung trên giấy tờ
exam-photo-from-document-hint = Ảnh chân dung in trên hộ chiếu hoặc thẻ cư trú được cắt ra và phóng to ngay trong trình duyệt của bạn. Bạn cũng có thể chọn ảnh mới bên dưới.
exam-photo-from-card = Lấy từ thẻ cư trú
exam-photo-from-passport = Lấy từ hộ chiếu
exam-photo-from-document-use = Dùng ảnh này
exam-photo-from-document-refused = Ảnh cắt ra này không đạt quy định về ảnh nên không dùng được. Hãy chọn ảnh ở bên dưới.
exam-details-heading = Kiểm tra và sửa thông tin
exam-details-intro = Các giá trị có dấu "tự động điền" lấy từ giấy tờ của bạn. Hãy kiểm tra từng giá trị và sửa nếu sai.
exam-missing-card = Trước tiên hãy đọc thẻ cư trú, hoặc chọn "Tôi không có thẻ cư trú".
exam-missing-passport = Trước tiên hãy đọc hộ chiếu.
exam-conflict-differs = thẻ cư trú và hộ chiếu khác nhau
exam-conflict-name-order = Cùng một tên, nhưng thứ tự khác.
exam-conflict-choose = Hãy chọn giữ lại cái nào.
exam-from-card = Thẻ cư trú:
exam-from-passport = Hộ chiếu:
exam-personal-legend = Thông tin cá nhân
exam-card-legend = Thẻ cư trú
exam-contact-legend = Liên lạc
exam-to-confirm = Kiểm tra đăng ký
exam-confirm-heading = Kiểm tra đăng ký của bạn
exam-confirm-intro = Chưa có gì được gửi. Hãy kiểm tra từng giá trị rồi đăng ký.
exam-register = Đăng ký
exam-done-heading = Đã nhận đăng ký
exam-done-receipt = Số biên nhận { $receipt } ({ $time }). Hãy cho biết số này khi liên hệ.
exam-done-no-receipt = Đăng ký này đã được gửi. Số biên nhận chỉ hiển thị một lần sau khi gửi.
exam-done-wiped = Thông tin và ảnh của bạn đã được xóa khỏi thẻ trình duyệt này.
prefecture-01 = Hokkaido
prefecture-02 = Aomori
prefecture-03 = Iwate
prefecture-04 = Miyagi
prefecture-05 = Akita
prefecture-06 = Yamagata
prefecture-07 = Fukushima
prefecture-08 = Ibaraki
prefecture-09 = Tochigi
prefecture-10 = Gunma
prefecture-11 = Saitama
prefecture-12 = Chiba
prefecture-13 = Tokyo
prefecture-14 = Kanagawa
prefecture-15 = Niigata
prefecture-16 = Toyama
prefecture-17 = Ishikawa
prefecture-18 = Fukui
prefecture-19 = Yamanashi
prefecture-20 = Nagano
prefecture-21 = Gifu
prefecture-22 = Shizuoka
prefecture-23 = Aichi
prefecture-24 = Mie
prefecture-25 = Shiga
prefecture-26 = Kyoto
prefecture-27 = Osaka
prefecture-28 = Hyogo
prefecture-29 = Nara
prefecture-30 = Wakayama
prefecture-31 = Tottori
prefecture-32 = Shimane
prefecture-33 = Okayama
prefecture-34 = Hiroshima
prefecture-35 = Yamaguchi
prefecture-36 = Tokushima
prefecture-37 = Kagawa
prefecture-38 = Ehime
prefecture-39 = Kochi
prefecture-40 = Fukuoka
prefecture-41 = Saga
prefecture-42 = Nagasaki
prefecture-43 = Kumamoto
prefecture-44 = Oita
prefecture-45 = Miyazaki
prefecture-46 = Kagoshima
prefecture-47 = Okinawa

## Dates and times: parts from crates/rules/src/dates.rs (year, month, day, era, eraYear; hour, minute)
date-long = ngày { $day } tháng { $month } năm { $year }
date-time = { $hour }:{ $minute } { date-long }
time-short = { $hour }:{ $minute }
