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

## Finished forms (crates/rules forms)
rule-photo-encoding = 사진을 읽을 수 없습니다. JPEG 파일을 다시 선택해 주세요.
rule-photo-required = 얼굴 사진을 등록해 주세요(만 1세 미만인 분만 필요 없습니다).
rule-must-accept = 계속하려면 이 항목에 체크해 주세요.
rule-date-format = 날짜를 연-월-일로 입력해 주세요(예: 1998-04-01).
rule-choice-invalid = 선택지 중에서 골라 주세요.
rule-text-too-long = 최대 { $max }자입니다. 입력한 글자 수는 { $length }자입니다.
rule-text-control = 줄바꿈 등의 제어 문자가 들어 있습니다. 한 줄로 다시 입력해 주세요.
rule-passport-number-char = 여권 번호는 영문자 A–Z와 숫자만 사용할 수 있습니다. “{ $char }”은(는) 사용할 수 없습니다.
rule-passport-number-length = 여권 번호는 최대 9자입니다. 입력한 글자 수는 { $length }자입니다.
rule-nationality-code = 여권에 인쇄된 영문 3자리 국적 코드를 입력해 주세요(예: VNM).
rule-period-of-stay-ended = 재류 기간이 { $date }에 끝났습니다. 재류 카드의 날짜를 확인해 주세요.

## API answers (crates/server)
api-error-validation = 입력 내용에 오류가 있습니다. 표시된 항목을 확인해 주세요.
api-error-invalid-body = 요청을 읽을 수 없습니다. 페이지를 새로 고친 후 다시 시도해 주세요.
api-error-not-found = 찾을 수 없습니다.
api-error-unauthorized = 로그인하지 않았거나, 3시간 동안 조작이 없어 자동으로 로그아웃되었습니다. 다시 로그인해 주세요.
api-error-forbidden = 이 요청은 거부되었습니다. 페이지를 새로 고친 후 다시 시도해 주세요.
api-error-link-invalid = 이 링크는 유효 기간이 지났거나 이미 사용되었습니다. 처음부터 다시 해 주세요.
api-error-rate-limited = 시도 횟수가 너무 많습니다. 잠시 후 다시 시도해 주세요.
api-error-internal = 서버에서 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.
api-error-too-large = 보내는 데이터가 너무 큽니다. 더 작은 사진 파일을 사용해 주세요.
api-error-idempotency-key-reused = 이전 제출 내용과 맞지 않습니다. 페이지를 새로 고친 후 다시 제출해 주세요.
account-mail-sent = 입력한 내용이 맞다면 메일을 보냈습니다. 받은편지함(및 스팸함)을 확인해 주세요.
account-login-failed = 이용자 ID 또는 비밀번호가 틀렸습니다. 5번 연속으로 틀리면 계정이 24시간 잠깁니다.
account-locked = 비밀번호를 5번 연속으로 틀려 계정이 잠겨 있습니다. 24시간이 지나면 잠금이 해제됩니다. 바로 해제하려면 “비밀번호를 잊은 경우”에서 비밀번호를 다시 설정해 주세요.
account-current-password-wrong = 현재 비밀번호가 틀렸습니다.
account-email-in-use = 이 메일 주소는 사용할 수 없습니다. 다른 주소를 입력해 주세요.
account-registered = 이용자 ID가 발급되어 메일로 발송되었습니다.
account-logged-out = 로그아웃했습니다.
coe-already-registered = 이 증명서는 이미 수령 등록되었습니다.

## Mail (crates/server)
mail-register-link-subject = [madoguchi] 이용자 등록을 계속해 주세요
mail-register-link-body =
    이용자 등록을 신청해 주셔서 감사합니다.
    아래 링크에서 등록을 계속해 주세요(유효 기간: { $expires }까지).
    { $link }
    유효 기간이 지나면 메일 주소 입력부터 다시 해 주세요.
    신청한 적이 없다면 이 메일을 삭제해 주세요.
mail-register-exists-subject = [madoguchi] 이용자 등록 안내
mail-register-exists-body =
    이 메일 주소로 이용자 등록 신청이 있었지만, 이 주소는 이미 등록되어 있습니다.
    이용자 ID를 잊으셨다면 로그인 화면의 “이용자 ID를 잊은 경우”를 이용해 주세요.
    신청한 적이 없다면 이 메일을 삭제해 주세요.
mail-user-id-issued-subject = [madoguchi] 이용자 ID 안내
mail-user-id-issued-body =
    { $name } 님
    이용자 등록이 완료되었습니다.
    이용자 ID: { $user_id }
    이 이용자 ID와 등록한 비밀번호로 로그인해 주세요.
mail-forgot-user-id-subject = [madoguchi] 이용자 ID 안내
mail-forgot-user-id-body =
    { $name } 님
    이용자 ID는 { $user_id }입니다.
mail-password-reset-subject = [madoguchi] 비밀번호 재설정 안내
mail-password-reset-body =
    아래 링크에서 새 비밀번호를 설정해 주세요(유효 기간: { $expires }까지).
    { $link }
    비밀번호를 재설정하면 잠긴 계정도 해제됩니다.
    신청한 적이 없다면 이 메일을 삭제해 주세요. 비밀번호는 바뀌지 않습니다.
mail-password-changed-subject = [madoguchi] 비밀번호가 변경되었습니다
mail-password-changed-body =
    { $name } 님
    계정의 비밀번호가 변경되었습니다.
    본인이 변경하지 않았다면 바로 비밀번호를 재설정해 주세요.
mail-email-change-link-subject = [madoguchi] 새 메일 주소를 확인해 주세요
mail-email-change-link-body =
    아래 링크를 열면 메일 주소 변경이 완료됩니다(유효 기간: { $expires }까지).
    { $link }
    신청한 적이 없다면 이 메일을 삭제해 주세요.
mail-email-changed-subject = [madoguchi] 메일 주소가 변경되었습니다
mail-email-changed-body =
    { $name } 님
    계정의 메일 주소가 변경되었습니다. 앞으로 메일은 새 주소로 보내집니다.
    본인이 변경하지 않았다면 창구에 연락해 주세요.
mail-phone-changed-subject = [madoguchi] 전화번호가 변경되었습니다
mail-phone-changed-body =
    { $name } 님
    계정의 전화번호가 변경되었습니다.
    본인이 변경하지 않았다면 창구에 연락해 주세요.
mail-mynumber-link-subject = [madoguchi] 마이넘버 카드 신청 페이지 안내
mail-mynumber-link-body =
    { $name } 님
    아래 링크에서 신청(신청 정보, 얼굴 사진)을 계속해 주세요.
    { $link }
    링크는 { $expires }까지 유효하며 한 번만 사용할 수 있습니다. 기간이 지나면 메일 주소를 다시 등록해 주세요.
    신청한 적이 없다면 이 메일을 삭제해 주세요.
mail-mynumber-received-subject = [madoguchi] 마이넘버 카드 신청을 접수했습니다
mail-mynumber-received-body =
    { $name } 님
    신청을 접수했습니다.
    접수 번호: { $receipt }
mail-coe-issued-subject = [madoguchi] 재류자격인정증명서가 발급되었습니다
mail-coe-issued-body =
    { $name } 님
    재류자격인정증명서(번호 { $number })가 발급되었습니다.
    로그인하여 증명서를 받고 수령 등록을 해 주세요.
    { $link }
mail-coe-reminder-subject = [madoguchi] 재류자격인정증명서 수령 등록을 해 주세요
mail-coe-reminder-body =
    { $name } 님
    재류자격인정증명서(번호 { $number })의 수령 등록이 아직 되지 않았습니다.
    로그인하여 수령 등록을 해 주세요.
    { $link }
    이 안내는 { $until }까지 7일마다 발송됩니다.
account-password-reset = 새 비밀번호를 설정하고 계정 잠금을 해제했습니다. 새 비밀번호로 로그인해 주세요.
account-password-changed = 비밀번호를 변경했습니다.
account-email-change-sent = 새 주소로 링크를 보냈습니다. 링크를 열면 변경이 완료됩니다.
account-email-changed = 메일 주소를 변경했습니다.
coe-pdf-invalid = 증명서를 10MB 이하의 PDF 파일로 첨부해 주세요.
coe-user-unknown = 이 이용자 ID의 계정이 없습니다.
coe-number-exists = 이 번호의 증명서는 이미 발급되었습니다.
