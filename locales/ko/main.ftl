# madoguchi UI strings: Korean.

## App shell
app-name = madoguchi
app-tagline = 체류 관련 서류 작업을 브라우저에서. 서류는 이 기기 밖으로 나가지 않습니다.
nav-skip = 본문으로 건너뛰기
nav-home = 홈
nav-main-label = 메인 메뉴
settings-heading = 화면 설정
settings-language = 언어
settings-colour = 색상
settings-colour-standard = 표준
settings-colour-blue = 파랑
settings-colour-yellow = 노랑
settings-colour-black = 검정
settings-font-size = 글자 크기
settings-font-normal = 보통
settings-font-large = 크게
language-self-name = 한국어
language-easy-japanese = 쉬운 일본어(후리가나)

## Home
home-heading = 무엇을 하시겠습니까?
home-intro = 절차를 선택하세요. 읽기와 확인은 이 브라우저 안에서 이루어지며, 작성을 마치고 제출한 양식만 전송됩니다.
flow-card-reader-title = 카드 리더기로 재류카드 확인
flow-card-reader-desc = IC 칩을 읽어 카드가 진짜인지 확인합니다.
flow-document-scan-title = 사진에서 재류카드·여권 읽기
flow-document-scan-desc = 촬영한 사진으로 입력 항목을 자동으로 채웁니다.
flow-photo-check-title = 증명사진 확인
flow-photo-check-desc = 사진이 신청 규격에 맞는지 확인하고, 고칠 수 있는 부분은 고칩니다.
flow-exam-mypage-title = 시험 My Page 등록
flow-exam-mypage-desc = 재류카드와 여권 사진으로 등록 정보를 입력합니다.
flow-mynumber-title = 마이넘버카드 온라인 신청
flow-mynumber-desc = 신청서의 QR 코드와 얼굴 사진으로 신청합니다.
flow-immigration-account-title = 출입국재류관리청 온라인 수속 계정
flow-immigration-account-desc = 계정 등록, 로그인, 재류자격인정증명서 수령 등록을 합니다.
flow-status-planned = 준비 중
footer-privacy = 사진, 카드 정보, 증명사진은 이 브라우저 안에서만 처리됩니다.

## Errors
not-found-heading = 페이지를 찾을 수 없습니다
not-found-body = { $path } 페이지가 없습니다.
not-found-home = 홈으로 돌아가기

## Validation rules: My Number card online application (crates/rules)
rule-application-id-length = 신청서 ID는 숫자 23자리입니다. 입력한 자릿수는 { $length }자리입니다.
rule-application-id-digits = 신청서 ID는 숫자로만 되어 있습니다. “{ $char }”은(는) 숫자가 아닙니다.
rule-application-id-mismatch = 두 번 입력한 신청서 ID가 서로 다릅니다. 교부 신청서를 보고 둘 다 확인해 주세요.
rule-mail-name-char = { $position }번째 문자 “{ $char }”은(는) 사용할 수 없습니다. 일반적인 한자 변환으로 나오는 글자(JIS 제1·제2수준 한자, 가나, 로마자)로 입력해 주세요.
rule-mail-name-char-suggest = { $position }번째 문자 “{ $char }”은(는) 사용할 수 없습니다. 대신 “{ $suggestion }”을(를) 입력해 주세요.
rule-mail-name-too-long = 이름은 50자까지입니다. 입력한 글자 수는 { $length }자입니다.
rule-email-half-width = 이메일 주소는 반각 문자로 입력해 주세요. “{ $char }”은(는) 사용할 수 없습니다.
rule-email-space = 이메일 주소에는 공백을 넣을 수 없습니다.
rule-email-too-long = 이메일 주소는 100자까지입니다. 입력한 글자 수는 { $length }자입니다.
rule-email-format = 이메일 주소 형식이 아닙니다. name@example.jp 와 같은 형식이어야 합니다.
rule-email-mismatch = 두 번 입력한 이메일 주소가 서로 다릅니다.
rule-date-number = 연, 월, 일을 숫자로 입력해 주세요.
rule-date-month = 월은 1부터 12까지입니다.
rule-date-no-such-day = 그 달은 { $days }일까지입니다.
rule-wareki-year-zero = 연호의 첫해는 1년(원년)입니다. 0년은 없습니다.
rule-wareki-other-era =
    { $date }은(는) 선택한 연호의 기간이 아닙니다. { $era ->
        [meiji] 메이지
        [taisho] 다이쇼
        [showa] 쇼와
        [heisei] 헤이세이
       *[reiwa] 레이와
    } { $year }년입니다.
rule-date-too-early = { $earliest }(메이지 시대 시작) 이전의 날짜는 입력할 수 없습니다.
rule-birth-date-future = 생년월일이 오늘보다 뒤일 수 없습니다.
rule-licence-record-length = 면허 정보 기록 번호는 숫자 12자리입니다. 입력한 자릿수는 { $length }자리입니다.
rule-licence-record-digits = 면허 정보 기록 번호는 숫자로만 되어 있습니다. “{ $char }”은(는) 숫자가 아닙니다.
rule-photo-file-too-small = 사진 파일이 너무 작습니다({ $kilobytes } KB). 20 KB 이상이어야 합니다.
rule-photo-file-too-large = 사진 파일이 너무 큽니다({ $kilobytes } KB). 7 MB(7,000,000바이트) 이하여야 합니다.
rule-photo-not-jpeg = 사진은 JPEG 파일(.jpg 또는 .jpeg)이어야 합니다.
rule-photo-not-rgb = 사진은 RGB 컬러 JPEG여야 합니다. CMYK나 흑백 파일은 사용할 수 없습니다.
rule-photo-dimensions = 사진 크기는 { $width } × { $height } 픽셀입니다. 가로와 세로는 각각 480~6000픽셀이어야 합니다.

## Validation rules: immigration online account (crates/rules)
user-kind-organisation-staff = 소속 기관 등의 직원(고용주, 지원 기관, 학교 등)
user-kind-lawyer-or-scrivener = 변호사・행정서사
user-kind-foreign-national = 외국인 본인(신청자)
user-kind-legal-representative = 가족 또는 법정 대리인
rule-user-kind-invalid = 이용자 구분을 선택해 주세요.
rule-latin-name-char = { $position }번째 문자 “{ $char }”은(는) 사용할 수 없습니다. 영문자 A–Z와 공백만 사용해 주세요.
rule-latin-name-char-suggest = { $position }번째 문자 “{ $char }”은(는) 사용할 수 없습니다. 대신 “{ $suggestion }”을(를) 입력해 주세요(A–Z와 공백만).
rule-latin-name-too-long = 이름은 공백을 포함하여 104자까지입니다. 입력한 글자 수는 { $length }자입니다.
rule-phone-hyphen = 전화번호는 하이픈 없이 입력해 주세요: { $suggestion }
rule-phone-digits = 전화번호는 하이픈, 공백, 괄호 없이 숫자로만 입력해 주세요. “{ $char }”은(는) 사용할 수 없습니다.
rule-phone-length = 일본의 전화번호는 0으로 시작하는 10자리 또는 11자리입니다. 입력한 자릿수는 { $length }자리입니다.
rule-phone-leading-zero = 일본 국내에서 거는 번호처럼 0부터 입력해 주세요(예: 09012345678).
rule-password-char = 비밀번호에 “{ $char }”은(는) 사용할 수 없습니다. A–Z, a–z, 0–9와 기호 $%&=@_#*+-?! 만 사용할 수 있습니다.
rule-password-length = 비밀번호는 10~20자여야 합니다. 입력한 글자 수는 { $length }자입니다.
rule-password-classes = 비밀번호에 다음 { $count }종류의 문자를 각각 1자 이상 넣어 주세요: { $missing }
rule-password-mismatch = 두 번 입력한 비밀번호가 서로 다릅니다.
password-class-upper = 영문 대문자(A–Z)
password-class-lower = 영문 소문자(a–z)
password-class-digit = 숫자(0–9)
password-class-symbol = 기호($%&=@_#*+-?!)
