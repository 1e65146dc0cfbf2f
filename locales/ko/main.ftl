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
rule-challenge-required = 그림에 보이는 문자를 입력해 주세요.
rule-challenge-too-long = 그림의 문자는 다섯 자입니다. 그 다섯 자만 입력해 주세요.
rule-passkey-label-too-long = 이름은 { $max }자까지 입력할 수 있습니다(현재 { $count }자).
rule-passkey-label-control = 이름에 사용할 수 없는 문자가 있습니다.
rule-passkey-answer = 브라우저의 응답이 올바르지 않습니다. 다시 시도해 주세요.
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
api-error-challenge-wrong = 입력한 문자가 그림과 맞지 않거나 그림의 유효 시간이 지났습니다. 새 그림의 문자를 입력하고 다시 확인해 주세요. 입력한 다른 내용은 그대로 남아 있습니다.
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
mail-japan-time = 일본 시간
mail-phone-changed-body =
    { $name } 님
    계정의 전화번호가 변경되었습니다.
    본인이 변경하지 않았다면 창구에 연락해 주세요.
mail-passkey-added-subject = [madoguchi] 계정에 패스키가 등록되었습니다
mail-passkey-added-body =
    { $name }
    계정에 패스키가 등록되었습니다. 이제 이 패스키로 로그인할 수 있습니다.
    본인이 한 것이 아니라면 비밀번호를 변경하고, 마이페이지에서 패스키를 삭제한 뒤 창구에 연락해 주세요.
mail-passkey-removed-subject = [madoguchi] 계정의 패스키가 삭제되었습니다
mail-passkey-removed-body =
    { $name }
    계정의 패스키가 삭제되었습니다. 이 패스키로는 더 이상 로그인할 수 없습니다.
    본인이 한 것이 아니라면 비밀번호를 변경하고 창구에 연락해 주세요.
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

## Validation rules (crates/rules)
rule-required = 필수 입력 항목입니다.
rule-card-number-length = 카드 번호는 12자리입니다. 입력한 자릿수는 { $length }자리입니다.
rule-card-number-format = 카드 번호가 올바르지 않습니다. 카드 오른쪽 위에 인쇄된 대로 영문자 2자, 숫자 8자리, 영문자 2자입니다(예: AB12345678CD).

## Card reader flow (seed 003)
chip-intro = USB 카드 리더기로 재류카드 또는 특별영주자증명서의 IC 칩을 읽어 진짜인지 확인합니다.
chip-privacy = 카드는 이 브라우저 안에서 읽습니다. 칩에서 읽은 정보는 어디에도 전송되지 않으며, “종료”를 누르면 남지 않습니다.
chip-step-number = 1단계: 카드 번호 입력
chip-number-label = 재류카드 번호(在留カード等番号)
chip-number-hint = 카드 오른쪽 위에 있는 반각 영문 대문자와 숫자 12자리입니다(예: LD64185190AA).
chip-next = 다음
chip-step-reader = 2단계: 카드를 리더기에 올려놓기
chip-reader-instructions = 카드 리더기를 이 컴퓨터에 연결하고 카드를 올려놓은 다음, 리더기를 선택해 주세요.
chip-connect-reader = 카드 리더기를 선택해 읽기
chip-change-number = 카드 번호 변경
chip-reading = 카드를 읽는 중입니다…
chip-do-not-move = 읽기가 끝날 때까지 카드를 움직이지 마세요.
chip-try-again = 다시 읽기
chip-finish = 종료
chip-verdict-genuine-residence = 정상적인 재류카드를 읽었습니다.
chip-verdict-genuine-special = 정상적인 특별영주자증명서를 읽었습니다.
chip-verdict-genuine-test-ca = 카드 데이터는 정상이지만, 발급 기관이 출입국재류관리청이 아닌 테스트용 인증 기관입니다. 테스트용 카드입니다.
chip-verdict-issuer-not-checked = 데이터는 정상이지만 발급 기관을 확인할 수 없었습니다. 이 서버에 출입국재류관리청의 인증서가 설치되어 있지 않습니다.
chip-verdict-under16 = 16세 미만인 분의 카드를 읽었습니다. 이 카드에는 전자 서명이 없어 검증할 수 없습니다.
chip-verdict-abnormal = 이상이 있는 카드를 읽었습니다.
chip-tamper-heading = 위·변조 검증
chip-issuer-heading = 발급 기관 검증
chip-tamper-ok = 정상: 칩의 데이터가 서명된 때 그대로입니다.
chip-tamper-failed = 이상: 칩의 데이터가 서명과 일치하지 않습니다.
chip-check-not-signed = 미검증: 16세 미만인 분의 카드에는 서명이 없습니다.
chip-issuer-ok = 정상: 출입국재류관리청이 발급했습니다.
chip-issuer-test-ca = 정상(테스트용 인증 기관이며, 출입국재류관리청이 아닙니다).
chip-issuer-not-checked = 미검증: 출입국재류관리청의 인증서가 설치되어 있지 않습니다.
chip-issuer-failed = 이상: 알려진 기관이 발급한 카드가 아닙니다.
chip-note-signer-expired = 카드의 서명용 인증서는 서명 후인 { $date }에 만료되었습니다. 이는 정상이며 카드에는 영향이 없습니다.
chip-note-ca-expired = 발급 인증 기관의 인증서는 서명 후인 { $date }에 만료되었습니다. 이는 정상이며 카드에는 영향이 없습니다.
chip-note-not-yet-valid = 서명용 인증서는 { $date }부터 유효합니다. 이 컴퓨터의 시계를 확인해 주세요.
chip-abnormal-advice = 카드가 손상되었거나 위조되었을 수 있습니다. 다음 창구에 상담해 주세요:
chip-consult-link = 지방 출입국재류관리관서
chip-card-expiry = 카드 유효 기간
chip-address = 주거지
chip-permission = 자격외활동허가
chip-renewal = 재류기간 갱신 등 허가신청란
chip-renewal-applied = 신청 중
chip-renewal-none = 없음
chip-reader-used = 카드 리더기
chip-front-image = 카드 앞면(칩에서 읽음)
chip-printed-heading = 카드 앞면 기재 사항(IC칩의 앞면 이미지에서 읽음)
chip-printed-verified = 카드의 서명으로 확인됨: 출입국재류관리청이 발급한 그대로의 내용입니다.
chip-printed-verified-test-ca = 카드의 서명으로 보아 변조되지 않았지만, 서명한 곳은 출입국재류관리청이 아닌 테스트용 인증 기관입니다(테스트용 카드).
chip-printed-issuer-not-checked = 카드의 서명으로 보아 변조되지 않았지만, 서명한 발급 기관은 확인할 수 없었습니다.
chip-printed-not-signed = 이 카드의 칩에는 서명이 없습니다(16세 미만의 카드). 칩에서 읽은 내용이지만 확인되지 않았습니다.
chip-printed-not-verified = 확인되지 않음: 칩의 서명이 일치하지 않으므로 내용이 변조되었을 수 있습니다.
chip-printed-reading = 앞면 이미지에서 기재 사항을 읽는 중…
chip-printed-unsure = (불확실함, 카드와 대조해 주세요)
chip-printed-cancelled = 기재 사항 읽기를 중지했습니다.
chip-face-image = 사진(칩에서 읽음)
chip-zoom = 확대
chip-check-validity = 재류카드 번호의 유효성 확인
chip-reader-unsupported = 이 브라우저에서는 USB 카드 리더기를 사용할 수 없습니다.
chip-reader-unsupported-advice = 컴퓨터의 Google Chrome 또는 Microsoft Edge에서 이 사이트의 https 주소로 열어 주세요.
chip-reader-none-chosen = 카드 리더기를 선택하지 않았습니다.
chip-reader-none-chosen-advice = 리더기를 연결하고 버튼을 다시 누른 다음 목록에서 선택해 주세요. 목록에 없으면 지원되는 리더기 목록을 확인해 주세요.
chip-reader-protected = 리더기 “{ $product }”은(는) 웹 페이지에서 사용할 수 없습니다.
chip-reader-protected-advice = Chrome은 표준 스마트카드 리더기로 인식되는 리더기를 웹 페이지에서 사용하지 못하게 합니다. 제조사 전용 인터페이스를 가진 리더기(예: SCM SCL011, OMNIKEY 5321, Sony PaSoRi)를 사용하거나, IT 담당자에게 madoguchi를 Isolated Web App으로 설치해 달라고 요청해 주세요. 그러면 표준 리더기도 사용할 수 있습니다.
chip-reader-not-ccid = “{ $product }”은(는) madoguchi에서 사용할 수 있는 카드 리더기가 아닙니다.
chip-reader-not-ccid-advice = 지원되는 리더기 목록에서 비접촉식 스마트카드 리더기를 선택해 주세요.
chip-reader-busy = 리더기 “{ $product }”을(를) 다른 프로그램이나 탭에서 사용 중입니다.
chip-reader-busy-advice = 리더기를 사용 중인 다른 프로그램이나 탭을 닫은 후(또는 리더기를 뺐다가 다시 꽂은 후) 다시 시도해 주세요.
chip-error-internal = 오류가 발생하여 처음 화면으로 돌아갑니다.
chip-error-internal-advice = 이 페이지를 새로 고쳐 주세요. 같은 오류가 다시 나타나면 브라우저를 다시 시작해 주세요.
chip-error-number-mismatch = 재류카드 번호가 올바르지 않습니다.
chip-error-number-mismatch-advice = 이 카드 오른쪽 위에 인쇄된 올바른 번호를 입력해 주세요.
chip-error-not-residence-card = 카드를 읽는 중에 오류가 발생했습니다. 재류카드가 아닌 카드를 리더기에 올려놓았을 수 있습니다.
chip-error-not-residence-card-advice = 재류카드 또는 특별영주자증명서인지 확인한 후 리더기에 올려놓아 주세요.
chip-error-card-not-read = 카드를 읽을 수 없습니다. 재류카드 또는 특별영주자증명서인지 확인한 후 리더기에 다시 올려놓아 주세요.
chip-error-card-not-read-advice = 카드를 움직이지 말고 리더기 위에 평평하게 올려놓고, 금속 물건은 10~20cm 떨어뜨려 주세요. 계속 이렇게 되면 가까운 출입국재류관리관서에 문의해 주세요.
chip-error-while-reading = 카드를 읽는 중에 오류가 발생했습니다.
chip-error-while-reading-advice = 카드를 리더기에 다시 올려놓아 주세요. 여러 번 시도해도 같은 오류가 나타나면 가까운 출입국재류관리관서에 문의해 주세요.
chip-error-chip-broken = 이 카드의 IC 칩이 고장 났을 수 있습니다.
chip-error-chip-broken-advice = 가까운 지방 출입국재류관리관서에서 카드 재교부를 신청해 주세요.

## Photo check
photo-profile-mynumber = 마이넘버카드 온라인 신청
photo-profile-immigration = 출입국재류관리청 재류 신청
photo-confirm-recent = 최근 6개월 이내에 찍은 사진입니다.
photo-confirm-recent-immigration = 최근 3개월 이내에 찍은 사진입니다.
photo-confirm-front-no-hat = 정면을 향하고, 모자를 쓰지 않았으며, 배경은 무늬 없는 단색입니다.
photo-confirm-other-rules = 신청 사이트의 다른 사진 규정도 지켰습니다.
photo-confirm-no-retouching = 사진을 보정하거나 편집하지 않았습니다(자르기나 크기 조정만 했습니다).
photo-format-ok = 파일은 { $format } 이미지입니다.
photo-format-wrong = 파일 이름과 관계없이 이 파일은 실제로 { $format } 이미지입니다. 이 신청에는 { $expected }이(가) 필요합니다. 자동 수정으로 JPEG로 저장할 수 있습니다.
photo-format-unknown = 이 파일은 읽을 수 있는 사진이 아닙니다. JPEG 사진을 선택해 주세요.
photo-profile-unknown = 이 종류의 사진 확인은 사용할 수 없습니다. 페이지를 새로 고친 후 다시 선택해 주세요.
photo-decode-unsupported = 이 종류의 이미지는 여기에서 열 수 없습니다. 사진을 JPEG로 저장한 후 다시 선택해 주세요.
photo-decode-failed = 사진 파일이 손상되었거나 일부만 있습니다. 사진을 다시 찍거나 다시 내보내 주세요.
photo-colour-ok = 색상이 { $colour } 형식으로 저장되어 있으며, 사용할 수 있습니다.
photo-colour-cmyk = 사진이 { $colour } 색상(인쇄용 형식)으로 저장되어 있습니다. 사이트에는 RGB 색상이 필요합니다. 자동 수정으로 변환합니다.
photo-colour-grey = 흑백 사진입니다({ $colour }). 흑백 사진도 괜찮지만 업로드에는 RGB가 필요하므로, 자동 수정으로 RGB로 저장합니다.
photo-colour-other = 사진의 색상 형식({ $colour })은 사용할 수 없습니다. 일반 컬러 JPEG로 다시 저장해 주세요.
photo-icc-none = 색상 프로필이 포함되어 있지 않습니다. 색상은 표준 sRGB로 읽습니다.
photo-icc-ok = 포함된 색상 프로필({ $space })에 문제가 없습니다.
photo-icc-mismatch = 포함된 색상 프로필이 RGB가 아닌 { $space }용입니다. 자동 수정으로 표준 RGB로 저장합니다.
photo-coding-ok = JPEG가 표준(베이스라인) 방식으로 저장되어 있습니다.
photo-coding-progressive = JPEG가 “프로그레시브” 방식으로 저장되어 있어, 받아 주지 않는 업로드 사이트도 있습니다. 자동 수정으로 표준(베이스라인) JPEG로 저장합니다.
photo-orientation-ok = 사진이 올바른 방향으로 저장되어 있습니다.
photo-orientation-turned = 카메라가 이 사진을 { $degrees }° 돌린 상태로 저장하고 되돌리도록 표시해 두었습니다. 옆으로 누워 보이는 사이트도 있습니다. 자동 수정으로 바로 세웁니다.
photo-orientation-mirrored = 카메라가 이 사진을 좌우 반전({ $degrees }° 회전)으로 저장했습니다. 잘못 보이는 사이트도 있습니다. 자동 수정으로 올바르게 바로잡습니다.
photo-size-ok = 파일 크기({ $kilobytes } KB)가 범위 안에 있습니다.
photo-size-small = 파일이 너무 작습니다({ $kilobytes } KB). { $min } KB 이상이어야 합니다. 미리보기용 축소 이미지가 아닌 원본 사진을 사용해 주세요.
photo-size-large = 파일이 너무 큽니다({ $kilobytes } KB). { $max } KB 이하여야 합니다. 자동 수정으로 줄입니다.
photo-dimensions-ok = 사진 크기는 { $width } × { $height } 픽셀로, 범위 안에 있습니다.
photo-dimensions-small = 사진 크기가 { $width } × { $height } 픽셀밖에 되지 않습니다. 가로와 세로는 각각 { $min } 픽셀 이상이어야 합니다. 카메라의 원본 사진을 사용해 주세요.
photo-dimensions-large = 사진 크기는 { $width } × { $height } 픽셀입니다. 가로와 세로는 각각 { $max } 픽셀 이하여야 합니다. 자동 수정으로 줄입니다.
photo-aspect-ok = 사진 비율({ $width } × { $height })이 { $expected } 사진에 맞습니다.
photo-aspect-off = 사진 크기는 { $width } × { $height } 픽셀로, { $expected }(가로:세로) 사진의 비율이 아닙니다. 자동 수정으로 머리를 중심으로 잘라 냅니다.
photo-face-skipped = 얼굴은 확인하지 않았습니다(얼굴 찾기 기능이 로드되지 않았습니다).
photo-face-one = 얼굴을 하나 찾았습니다.
photo-face-none = 얼굴을 찾지 못했습니다. 카메라를 정면으로 바라보고, 얼굴 전체가 밝게 보이도록 해 주세요.
photo-face-many = 얼굴을 { $count }개 찾았습니다. 사진에는 본인만 있어야 합니다.
photo-face-inside = 얼굴 전체가 사진 안에 들어 있습니다.
photo-face-cut = 얼굴이 사진 가장자리에 닿아 있습니다. 뒤로 물러나 머리와 어깨가 모두 화면에 들어오도록 해 주세요.
photo-top-ok = 머리 위에 여백이 있습니다(높이의 { $percent } %).
photo-top-tight = 머리 위에 여백이 없습니다(높이의 { $percent } %, { $min } % 이상 필요). 머리 윗부분이 잘리지 않도록 뒤로 물러나거나 카메라를 낮춰 주세요.
photo-head-ok = 머리가 높이의 { $percent } %를 차지합니다(기준은 { $min }~{ $max } %).
photo-head-small = 머리가 높이의 { $percent } %밖에 되지 않습니다. { $min }~{ $max } %여야 합니다. 더 가까이 오거나 자동 수정으로 사진을 잘라 주세요.
photo-head-large = 뒤로 물러나 주세요. 머리가 높이의 { $percent } %를 차지합니다. { $min }~{ $max } %여야 합니다. 이것은 자르기로는 고칠 수 없습니다.
photo-eyes-ok = 눈의 위치는 위에서부터 높이의 { $percent } %입니다(기준은 { $min }~{ $max } %).
photo-eyes-high = 눈이 너무 위에 있습니다(위에서 { $percent } %, 기준은 { $min }~{ $max } %). 머리 위 여백을 더 남겨 주세요.
photo-eyes-low = 눈이 너무 아래에 있습니다(위에서 { $percent } %, 기준은 { $min }~{ $max } %). 머리 위 여백을 줄이거나 자동 수정으로 사진을 잘라 주세요.
photo-centre-ok = 얼굴이 가운데에 있습니다.
photo-centre-left = 얼굴이 가운데에서 왼쪽으로 { $percent } % 벗어나 있습니다(최대 { $max } %까지 허용). 화면 가운데에 서거나 자동 수정으로 사진을 잘라 주세요.
photo-centre-right = 얼굴이 가운데에서 오른쪽으로 { $percent } % 벗어나 있습니다(최대 { $max } %까지 허용). 화면 가운데에 서거나 자동 수정으로 사진을 잘라 주세요.
photo-roll-ok = 머리가 똑바릅니다.
photo-roll-tilted = 머리가 약 { $degrees }° 기울어져 있습니다(최대 { $max }°까지 허용). 머리를 똑바로 하고 다시 찍어 주세요.
photo-roll-unknown = 머리의 기울기를 측정할 수 없었습니다.
photo-brightness-ok = 얼굴이 밝게 잘 찍혔습니다(밝기 { $percent } %).
photo-brightness-dark = 얼굴이 너무 어둡습니다(밝기 { $percent } %, { $min }~{ $max } % 필요). 창문이나 밝은 조명을 향해 찍어 주세요.
photo-brightness-bright = 얼굴이 너무 밝습니다(밝기 { $percent } %, { $min }~{ $max } % 필요). 정면 플래시나 직사광선을 피해 주세요.
photo-clipping-ok = 얼굴에 하얗게 날아가거나 까맣게 뭉개진 부분이 없습니다.
photo-clipping-high = 얼굴의 { $percent } %가 완전히 하얗거나 까맣습니다. 플래시 없이 부드럽고 고른 빛에서 찍어 주세요.
photo-sharpness-ok = 얼굴이 선명합니다.
photo-sharpness-blurred = 얼굴이 흐릿합니다. 카메라를 움직이지 말고 얼굴에 초점을 맞춘 다음 다시 찍어 주세요.
photo-noise-ok = 사진이 깨끗합니다(노이즈가 적습니다).
photo-noise-high = 사진에 노이즈가 많습니다. 대개 빛이 부족해서 생깁니다. 더 밝은 곳에서 다시 찍어 주세요.
photo-background-ok = 배경이 고릅니다.
photo-background-uneven = 배경이 한 가지 색으로 고르지 않습니다(그림자나 물건). 뒤에 그림자가 생기지 않는 무늬 없는 벽 앞에 서 주세요.
photo-background-plain = 배경에 물건이나 무늬가 없습니다.
photo-background-objects = 배경의 { $percent } %에 선이나 무늬가 있습니다(물건, 가구, 무늬). 무늬 없는 벽 앞에 서 주세요.
photo-fix-rotated = 바로 세웠습니다.
photo-fix-converted = RGB 컬러 JPEG로 변환했습니다.
photo-fix-cropped = 규정에 맞게 머리를 배치하여 사진 비율로 잘랐습니다.
photo-fix-resized = 픽셀 수와 파일 크기 제한에 맞게 줄였습니다.
photo-fix-encoded = 제한 안에서 가장 높은 화질의 표준 JPEG로 저장했습니다.
photo-fix-from-document = 서류에 인쇄된 얼굴 사진에서 잘라냈습니다.
photo-fix-enlarged = 양식이 받는 최소 크기까지 확대했습니다.
photo-fix-no-face = 자동 수정에는 얼굴이 정확히 하나 필요한데, 얼굴을 찾지 못했습니다.
photo-fix-many-faces = 자동 수정에는 얼굴이 정확히 하나 필요한데, 여러 개를 찾았습니다.
photo-fix-too-close = 얼굴이 카메라에 너무 가깝거나 가장자리에 너무 붙어 있어 자를 수 없습니다. 뒤로 물러나 머리 주위에 여백을 두고 다시 찍어 주세요.
photo-fix-too-small = 자르면 픽셀 수가 부족해집니다. 카메라의 원본 사진을 사용하거나 더 가까이에서 찍어 주세요.
photo-fix-bytes = 파일 크기 제한 안에서 사진을 저장할 수 없습니다. 카메라의 원본 사진을 사용해 주세요.
photo-contrast-ok = 머리카락과 옷이 배경과 뚜렷하게 구분됩니다.
photo-contrast-low = 배경이 머리카락이나 옷과 거의 같은 밝기여서 머리 윤곽이 뚜렷하지 않습니다. 다른 색의 배경을 사용해 주세요(예: 어두운 머리카락에는 밝은 벽).
photo-glasses-ok = 눈이 잘 보입니다.
photo-glasses-dark = 눈이 가려진 것 같습니다(짙은 안경이나 깊은 그림자). 선글라스나 색이 있는 안경을 벗고, 얼굴 정면에서 빛을 비춰 주세요.

## Card reader: choosing a reader and waiting for the card
chip-readers-remembered = 이 컴퓨터에서 전에 사용한 리더기
chip-read-with = { $product }(으)로 읽기
chip-readers-system = 이 컴퓨터의 카드 리더기
chip-readers-system-none = 컴퓨터에서 카드 리더기를 찾지 못했습니다. 리더기를 연결하고 이 페이지를 새로 고쳐 주세요.
chip-readers-help-link = 어떤 카드 리더기를 사용할 수 있나요? 리더기 도움말
chip-waiting-card = 카드를 리더기에 올려놓아 주세요
chip-waiting-card-hint = 리더기가 준비되었습니다. 카드를 올려놓으면 자동으로 읽기 시작합니다. 끝날 때까지 카드를 움직이지 마세요.
chip-cancel = 취소
chip-reader-unavailable = 리더기 “{ $product }”을(를) 사용할 수 없습니다.
chip-reader-unavailable-advice = 리더기가 뽑혔거나 컴퓨터의 스마트카드 서비스가 실행되고 있지 않을 수 있습니다. 리더기를 다시 연결하고 한 번 더 선택해 주세요.

## Help: card readers
help-readers-title = 카드 리더기: 사용할 수 있는 리더기와 설정 방법
help-readers-intro = madoguchi는 컴퓨터의 Chrome 또는 Edge에서 USB로 연결한 비접촉식(NFC) 스마트카드 리더기로 재류카드의 칩을 읽습니다. 스마트폰이나 태블릿에서는 웹 페이지에서 USB 카드 리더기를 사용할 수 없습니다.
help-readers-works-heading = 이 웹 페이지에서 사용할 수 있는 리더기
help-readers-works-body = USB 인터페이스가 제조사 전용인 리더기: SCM / Identiv SCL011, SCL3711, SDI011, HID OMNIKEY 5321 CLi, 5021 CL, Reiner SCT cyberJack RFID, Sony PaSoRi RC-S300, RC-S380. 리더기를 연결하고 “카드 리더기를 선택해 읽기”를 누른 다음 브라우저의 목록에서 선택해 주세요. 다음부터는 “이 컴퓨터에서 전에 사용한 리더기”에 표시됩니다.
help-readers-works-tested = madoguchi는 각 제조사가 공개한 통신 방식을 따르며, 이러한 종류의 리더기를 모의한 장치로 시험하고 있습니다. 사용 중인 리더기가 목록에 없거나 작동하지 않으면 정확한 모델명을 창구나 madoguchi 프로젝트에 알려 주세요.
help-readers-protected-heading = 웹 페이지에서 사용할 수 없는 리더기
help-readers-protected-body = Chrome은 표준 스마트카드 리더기(USB 클래스 0B)로 인식되는 리더기를 웹 페이지에서 사용하지 못하게 합니다. 예를 들어 ACS ACR1252U나 마이넘버카드용으로 판매되는 대부분의 리더기가 그렇습니다. 이런 리더기를 선택하면 madoguchi가 알려 줍니다. 이러한 리더기는 madoguchi를 Isolated Web App으로 설치한 경우(아래 참조)나 출입국재류관리청의 공식 읽기 앱에서는 사용할 수 있습니다.
help-readers-windows-heading = Windows: WinUSB 드라이버
help-readers-windows-body = Windows에서는 드라이버가 WinUSB인 USB 기기만 웹 페이지에서 사용할 수 있습니다. 제조사 드라이버로 설치한 리더기(예: RC-S380용 Sony NFC Port Software)는 madoguchi가 사용하는 인터페이스에 WinUSB가 필요합니다. 무료 도구 Zadig에서 리더기를 선택하고 WinUSB를 고른 다음 “Replace Driver”를 눌러 주세요. 제조사 드라이버를 사용하는 프로그램은 제조사 드라이버를 다시 설치할 때까지 그 리더기를 사용할 수 없게 됩니다.
help-readers-linux-body = macOS와 ChromeOS는 설정이 필요 없습니다. Linux에서는 리더기의 USB 제조사 ID와 제품 ID에 대한 udev 규칙으로 사용자가 리더기를 열 수 있도록 하고, pcscd가 리더기를 점유하고 있으면 pcscd를 중지해 주세요.
help-readers-iwa-heading = 창구 기관: madoguchi를 Isolated Web App으로 설치하기
help-readers-iwa-body = 표준 리더기를 사용하려는 기관은 엔터프라이즈 정책 IsolatedWebAppInstallForceList를 통해 관리되는 Chrome 또는 ChromeOS에 madoguchi를 Isolated Web App(IWA)으로 설치할 수 있습니다. IWA 안에서 Chrome은 “usb-unrestricted” 권한으로 madoguchi가 WebUSB를 통해 모든 표준(CCID) 리더기를 사용하도록 허용합니다.
help-readers-iwa-smartcard = Chrome이 Web Smart Card API를 제공하는 환경(ChromeOS의 Isolated Web App)에서는 madoguchi가 “이 컴퓨터의 카드 리더기”에 컴퓨터의 리더기를 이름으로도 표시합니다. 이때는 컴퓨터의 드라이버가 리더기와 통신하므로 드라이버를 바꿀 필요가 없습니다.
help-readers-back = 카드 리더기 화면으로 돌아가기

## Worker (photo checks and document reading off the page's thread)
worker-failed = 확인이 예기치 않게 중단되었습니다. 다시 시도해 주세요. 또 그러면 페이지를 새로 고쳐 주세요.
worker-model-download-failed = 확인에 필요한 파일을 다운로드할 수 없었습니다. 연결 상태를 확인하고 다시 시도해 주세요.
worker-model-damaged = 다운로드한 확인용 파일이 손상되었습니다. 페이지를 새로 고쳐 다시 다운로드해 주세요.

## Photo step (application flows) and the photo-check page
photo-page-title = 증명사진 확인
photo-page-intro = 신청 종류와 사진을 선택해 주세요. madoguchi가 그 신청의 규정에 맞는지 확인하고, 고칠 점을 설명하며, 고칠 수 있는 부분(방향, 색상, 자르기, 크기)은 고칩니다.
photo-profile-legend = 사진 용도
photo-step-choose = 사진 선택
photo-step-choose-hint = 이 기기에 있는 JPEG 또는 PNG 사진. 이 브라우저 안에서 확인하며 어디에도 보내지 않습니다.
photo-step-file = 사진 파일 선택
photo-step-take = 카메라로 찍기
photo-step-checking = 사진을 확인하는 중입니다…
photo-step-fixing = 사진을 고치는 중입니다…
photo-step-downloading = 얼굴 찾기 기능을 다운로드하는 중입니다(처음 한 번만): { $percent } %
photo-step-cancel = 취소
photo-file-too-large = 이 파일은 50 MB보다 커서 확인할 수 없습니다. 카메라가 저장한 그대로의 사진이나 더 작은 사본을 선택해 주세요.
photo-summary-pass = 여기에서 확인할 수 있는 모든 규정에 맞습니다.
photo-summary-warn = 사진이 반려될 수 있습니다. “확인”으로 표시된 항목을 봐 주세요.
photo-summary-fail = 사진이 규정에 맞지 않습니다. 고칠 점을 아래에서 확인해 주세요.
photo-verdict-pass = 통과
photo-verdict-warn = 확인
photo-verdict-fail = 문제 있음
photo-verdict-skip = 미확인
photo-measured = 측정값: { $measured }(기준: { $limit })
photo-overlay-alt = 찾은 얼굴과 눈 위치·가운데 기준선을 겹쳐 표시한 내 사진
photo-fix-button = 사진 자동 수정
photo-fix-heading = 수정한 사진
photo-fix-before = 수정 전
photo-fix-after = 수정 후
photo-fix-done = 수정한 내용:
photo-fix-use = 수정한 사진 사용
photo-fix-keep = 원래 사진 유지
photo-fix-in-use = 수정한 사진을 사용하고 있습니다.
photo-confirm-heading = 확인해 주세요
photo-accept = 이 사진 사용
photo-accept-blocked = 계속하려면 “문제 있음”이 남아 있지 않아야 하고, 위의 모든 항목에 체크해야 합니다.
photo-saved-heading = 사진이 준비되었습니다
photo-save-link = 사진 저장(JPEG)
photo-saved-hint = 이 파일을 신청 사이트에 업로드해 주세요. 이 브라우저 안에서 만들었으며, madoguchi는 어디에도 보내지 않았습니다.
photo-privacy = 사진은 이 기기 밖으로 나가지 않습니다. 이 브라우저 안에서 확인하고 고칩니다.

## Document scan

document-scan-title = 재류카드 또는 여권 읽기
document-scan-intro = 서류 사진을 찍거나 선택하세요. 이 브라우저 안에서 항목을 읽고, 확인하고 고칠 수 있습니다. 사진과 읽은 내용은 어디에도 보내지 않습니다.
document-scan-kind-legend = 어떤 서류입니까?
document-scan-kind-residence-card = 재류카드 또는 특별영주자증명서 (앞면)
document-scan-kind-passport = 여권 (얼굴 사진이 있는 페이지)
document-scan-choose = 서류 사진
document-scan-choose-hint = JPEG 또는 PNG 사진(이 브라우저가 열 수 있으면 HEIC도), 또는 카메라.
document-scan-file = 사진 파일 선택
document-scan-camera-start = 카메라 사용
document-scan-camera-stop = 카메라 닫기
document-scan-camera-capture = 촬영하기
document-scan-camera-guide = 서류를 평평하게 놓고 틀 안에 되도록 크게, 빛이 반사되지 않게 비추세요.
document-scan-camera-unavailable = 카메라를 시작할 수 없습니다. 카메라 사용을 허용하거나 사진 파일을 선택하세요.
document-scan-camera-auto = 서류가 멈춰 있고 선명하면 자동으로 촬영합니다.
document-scan-camera-hold-still = 서류와 카메라를 움직이지 마세요.
document-scan-camera-blurred = 화면이 흐립니다. 서류를 가까이 하거나 초점이 맞을 때까지 기다리세요.
document-scan-reading = 서류를 읽는 중…
document-scan-downloading = 문자 인식 프로그램을 다운로드하는 중 (처음 한 번만): { $percent } %
document-scan-cancel = 취소
document-scan-unreadable = 이 사진에서 서류를 읽을 수 없었습니다. 다시 촬영해 주세요.
document-scan-visa-page = 비자 페이지입니다. 비자 페이지가 아니라 얼굴 사진이 있는 여권 페이지를 촬영해 주세요.
document-scan-passport-not-card = 여권으로 보입니다. 위에서 "여권"을 선택하거나 재류카드 앞면을 촬영해 주세요.
document-scan-number-unreadable = 이 사진에서 카드 번호를 읽을 수 없었습니다. 다시 촬영하거나 번호를 입력해 주세요.
document-scan-failed = 읽기가 예기치 않게 중단되었습니다. 다시 시도하세요. 계속되면 페이지를 새로 고치세요.
document-scan-advice-heading = 촬영 시 주의사항
document-scan-advice-flat = 서류를 평평하게 놓고 바로 위에서 촬영합니다.
document-scan-advice-large = 서류가 사진에 되도록 크게 나오게 합니다.
document-scan-advice-glare = 빛이 반사되어 글자가 하얗게 되지 않도록 합니다.
document-scan-advice-sharp = 사진 속 글자와 숫자가 잘 읽히는지 확인합니다.
document-scan-advice-passport-page = 여권은 얼굴 사진이 있는 페이지를 촬영합니다 (JAPAN VISA 페이지가 아닙니다).
document-scan-review-heading = 읽은 내용을 확인하세요
document-scan-review-hint = 틀리거나 비어 있는 항목은 직접 고쳐 주세요. 각 항목 옆에 값을 읽어 낸 사진 부분이 표시됩니다.
document-scan-review-count = 확인이 필요한 항목: { $count }. "확인해 주세요"로 표시되어 있습니다.
document-scan-review-none = 모든 항목을 또렷하게 읽었습니다. 그래도 서류와 비교해 주세요.
document-scan-check-mark = 확인해 주세요:
document-scan-needs-review = 이 항목은 읽기 어려웠습니다.
document-scan-not-found = 사진에서 이 항목을 찾지 못했습니다. 입력해 주세요.
document-scan-check-valid = 검증 숫자: 일치합니다.
document-scan-check-repaired = 검증 숫자: 비슷한 문자를 고친 뒤 일치합니다.
document-scan-check-invalid = 검증 숫자: 일치하지 않습니다. 이 값은 틀렸을 가능성이 높습니다.
document-scan-crop-alt = 사진에서 "{ $field }" 항목을 읽은 부분
document-scan-glare-warning = 이 사진에는 서류에 빛이 반사되어 있습니다. 내용이 틀리면 반사 없이 다시 촬영해 주세요.
document-scan-small-warning = 이 사진에서는 서류가 작게 찍혀 작은 글자를 잘못 읽을 수 있습니다. 내용이 틀리면 서류가 화면을 가득 채우도록 가까이에서 다시 촬영해 주세요.
document-scan-many-to-check = 읽기 어려운 항목이 여러 개 있습니다. 다음과 같이 다시 촬영하면 더 잘 읽힐 수 있습니다.
document-scan-mrz-heading = 기계 판독 영역 (페이지 아래쪽 문자열)
document-scan-mrz-pass = 모든 검증 숫자가 일치합니다.
document-scan-mrz-fail = 일치하지 않는 검증 숫자가 있습니다. 위에 표시된 항목을 확인해 주세요.
document-scan-confirm = 이 내용이 맞습니다
document-scan-again = 다른 사진 읽기
document-scan-confirmed = 내용을 확인했습니다. 아무것도 보내지 않았습니다. 이 페이지는 서류를 읽기만 합니다.
document-scan-privacy = 사진은 이 브라우저 안에서 읽습니다. 업로드하지 않습니다.
document-field-surname = 성
document-field-given-names = 이름
document-field-passport-number = 여권 번호
document-field-nationality = 국적
document-field-birth-date = 생년월일
document-field-sex = 성별
document-field-expiry-date = 만료일
document-field-issuing-state = 발행국
document-field-card-number = 재류카드 번호
document-field-name = 성명
document-field-address = 주거지
document-field-prefecture = 도도부현
document-field-status = 재류자격
document-field-work-restriction = 취업 제한 여부
document-field-period-of-stay = 재류기간
document-field-stay-expiry-date = 재류기간 만료일
document-field-card-valid-until = 카드 유효기간
chip-number-camera = 카드 사진에서 번호 읽기
chip-number-camera-reading = 사진에서 카드 번호를 읽는 중…
chip-number-camera-read = 사진에서 번호를 읽었습니다. 계속하기 전에 카드와 비교해 주세요.

## My Number card online application flow (seeds 002, 004)
mynumber-steps-label = 신청 단계
mynumber-step-1 = 이용 약관
mynumber-step-2 = 이메일 주소
mynumber-step-3 = 메일 발송
mynumber-step-4 = 신청 정보
mynumber-step-5 = 얼굴 사진
mynumber-step-6 = 확인
mynumber-step-7 = 완료
mynumber-title = 마이넘버카드(マイナンバーカード) 온라인 신청
mynumber-terms-heading = 시작하기 전에
mynumber-terms-residents = 온라인 신청은 일본 국내에 사는 분만 할 수 있습니다.
mynumber-terms-representative = 15세 미만인 분이나 성년 피후견인은 법정 대리인이 신청합니다.
mynumber-terms-operator = 카드는 지방공공단체정보시스템기구(J-LIS)가 이용 약관과 개인정보 취급 방침에 따라 발급합니다. 동의하기 전에 공식 신청 사이트에서 읽어 주세요.
mynumber-terms-madoguchi = madoguchi는 입력 내용과 사진을 이 브라우저 안에서 확인하고, “등록”을 눌렀을 때만 완성된 양식을 보냅니다.
mynumber-consent-age = 저는 15세 이상입니다. 또는 15세 미만인 분이나 성년 피후견인의 법정 대리인입니다.
mynumber-consent-terms = 마이넘버카드 온라인 신청 이용 약관 및 개인정보 취급에 동의하고 신청합니다.
mynumber-confirm = 다음
mynumber-back = 뒤로
mynumber-register = 등록
mynumber-loading = 불러오는 중입니다…
mynumber-email-heading = 이메일 주소 등록
mynumber-email-intro = 신청을 계속하기 위한 링크를 이 주소로 보냅니다.
mynumber-qr-legend = QR 코드로 신청서 ID 입력
mynumber-qr-hint = 통지서나 신청서의 QR 코드를 찍으면 신청서 ID가 자동으로 입력됩니다. 사진은 업로드되지 않습니다.
mynumber-qr-button = 사진에서 QR 코드 읽기
mynumber-qr-reading = QR 코드를 읽는 중입니다…
mynumber-qr-filled = QR 코드에서 신청서 ID를 입력했습니다. 아래에서 확인해 주세요.
mynumber-qr-not-found = 이 사진에서 신청서 ID를 찾지 못했습니다. QR 코드가 크고 평평하고 선명하게 나오도록 다시 찍거나, ID를 직접 입력해 주세요.
mynumber-application-id = 신청서 ID(申請書ID)
mynumber-application-id-hint = 교부 신청서에 인쇄된 숫자 23자리입니다(예: 1234 5678 9012 3456 7890 123). 띄어쓰기를 넣어도 됩니다.
mynumber-application-id-again = 신청서 ID 다시 입력(확인용)
mynumber-application-id-show = 숫자 보기
mynumber-mail-name = 메일 연락용 성명(メール連絡用氏名)
mynumber-mail-name-hint = 50자 이내로, JIS 제1·제2수준 한자만 사용해 주세요(드문 이체자는 사용할 수 없습니다). 예: 番号 太郎. 어느 분의 신청에 관한 메일인지 알 수 있게 해 줍니다.
mynumber-email = 이메일 주소
mynumber-email-hint = 반각 100자 이내. 스팸 필터에서 신청 센터의 메일을 받을 수 있도록 설정해 주세요.
mynumber-email-again = 이메일 주소 다시 입력(확인용)
mynumber-challenge-legend = 이미지 인증
mynumber-challenge-hint = 프로그램이 아닌 사람이 등록하는지 확인합니다. 그림의 영문자와 숫자 다섯 자를 입력해 주세요. 대소문자는 상관없습니다.
mynumber-challenge-loading = 그림을 가져오는 중…
mynumber-challenge-failed = 그림을 불러오지 못했습니다. 연결을 확인한 뒤 ‘다른 그림 보기’를 눌러 주세요.
mynumber-challenge-image-alt = 아래에 입력할, 일그러진 영문자와 숫자 다섯 자의 그림. 보이지 않으면 ‘음성으로 듣기’를 눌러 주세요.
mynumber-challenge-another = 다른 그림 보기
mynumber-challenge-listen = 음성으로 듣기
mynumber-challenge-listen-hint = 같은 다섯 자를 한 자씩 영어로 읽어 줍니다(잡음이 있습니다).
mynumber-challenge-answer = 그림의 문자
mynumber-challenge-answer-hint = 영문자와 숫자 다섯 자(예: K7M4X)
mynumber-email-confirm-heading = 이메일 주소 등록 확인
mynumber-email-confirm-intro = 신청서 ID가 신청서에 있는 것과 정확히 같은지 확인해 주세요. ID가 틀리면 카드를 발급할 수 없습니다.
mynumber-sent-heading = 메일을 보냈습니다
mynumber-sent-body = 신청을 계속하기 위한 링크가 담긴 메일을 { $email }(으)로 보냈습니다. 링크를 열어 신청 정보 입력으로 넘어가 주세요.
mynumber-sent-hint = 도착하기까지 몇 분 걸릴 수 있습니다. 메일이 오지 않으면 스팸함을 확인한 후 STEP 1부터 다시 등록해 주세요.
mynumber-sent-local-outbox = 로컬 보낸편지함 열기(이 컴퓨터에는 메일 서버가 없습니다)
mynumber-addressee = { $name } 님
mynumber-link-expires = 이 페이지는 { $expires }까지 사용할 수 있습니다
mynumber-application-heading = 신청 정보
mynumber-course-legend = 어떤 신청에 해당하나요?
mynumber-course-new = A. 신규(新規): 처음 발급, 또는 만료·분실·파손된 카드
mynumber-course-new-who = 마이넘버카드를 만든 적이 없거나, 카드가 만료되었거나, 카드를 잃어버려 유효한 카드가 없는 분.
mynumber-course-renewal = B. 갱신(更新1・通常切替): 마이넘버카드만
mynumber-course-renewal-who = 카드가 아직 유효하고 운전면허증과 일체화되어 있지 않은 분. 변경 사항 기재란이 가득 찬 카드도 여기에 해당합니다.
mynumber-course-licence = C. 면허 정보를 이어받는 갱신(更新2・マイナ免許証引継ぎ): 마이나 면허증
mynumber-course-licence-who = 유효한 카드가 운전면허증(또는 운전경력증명서)을 겸하고 있고, 새 카드도 계속 그렇게 사용하고 싶은 분.
mynumber-licence-number = 면허 정보 기록 번호(免許情報記録番号, 12자리)
mynumber-licence-number-hint = 마이나 면허증 읽기 앱(マイナ免許証読み取りアプリ)에 표시된 번호를 옮겨 적어 주세요. 플라스틱 면허증에 인쇄된 번호와 다를 수 있습니다.
mynumber-birth-date = 생년월일
mynumber-birth-date-hint = 서기 또는 일본 연호로 입력합니다. 예: 헤이세이 10-01-01 또는 1998-01-01. 신청서 ID와 대조하고 나이를 판단하는 데 사용합니다(1세 미만은 사진 불필요).
mynumber-calendar = 달력
mynumber-calendar-seireki = 서기(西暦)
mynumber-calendar-reiwa = 레이와(令和)
mynumber-calendar-heisei = 헤이세이(平成)
mynumber-calendar-showa = 쇼와(昭和)
mynumber-calendar-taisho = 다이쇼(大正)
mynumber-calendar-meiji = 메이지(明治)
mynumber-year = 년
mynumber-month = 월
mynumber-day = 일
mynumber-options-legend = 카드에 넣을 항목
mynumber-cert-signature = 서명용 전자증명서(署名用電子証明書) 발급
mynumber-cert-signature-hint = e-Tax 등 온라인 신청에 서명할 때 필요합니다. 필요 없는 경우에만 체크를 해제해 주세요.
mynumber-cert-user = 이용자 증명용 전자증명서(利用者証明用電子証明書) 발급
mynumber-cert-user-hint = 카드로 로그인할 때 필요합니다. 예를 들어 건강보험증으로 사용하거나 Mynaportal(マイナポータル)을 이용할 때입니다. 필요 없는 경우에만 체크를 해제해 주세요.
mynumber-braille = 카드에 이름을 점자로 표기
mynumber-declaration = 위의 신청 내용에 틀린 것이 없습니다.
mynumber-photo-heading = 얼굴 사진
mynumber-photo-intro = 최근 6개월 이내에 정면에서, 모자 없이, 무늬 없는 배경으로 찍은 사진. madoguchi가 공식 규정을 확인하고, 나머지 고칠 수 있는 부분은 고칩니다.
mynumber-photo-not-needed = 필요 없음(1세 미만).
mynumber-photo-missing = 사진이 더 이상 이 페이지에 없습니다(사진은 저장하지 않습니다). 사진 단계로 돌아가 다시 선택해 주세요.
mynumber-photo-alt = 카드에 쓸 내 얼굴 사진
mynumber-confirm-heading = 신청 내용 확인
mynumber-confirm-intro = 모든 내용을 확인해 주세요. 고칠 것이 있으면 아래 버튼을 사용해 주세요. 입력한 내용은 사라지지 않습니다.
mynumber-application-date = 신청일
mynumber-yes = 예
mynumber-no = 아니요
mynumber-back-to-details = 신청 정보 수정
mynumber-back-to-photo = 사진 변경
mynumber-start-again = 이메일 주소 등록부터 다시 하기
mynumber-done-heading = 신청이 등록되었습니다
mynumber-done-receipt = 접수 번호 { $receipt }({ $time }). 문의할 때 이 번호를 알려 주세요.
mynumber-done-no-receipt = 신청이 등록되었습니다.
mynumber-done-mail = 등록한 주소로 확인 메일을 보냈습니다. 이 탭에는 입력한 내용도 사진도 남아 있지 않습니다.
outbox-heading = 로컬 보낸편지함
outbox-intro = 이 컴퓨터는 실제 메일을 보내지 않습니다. madoguchi가 보낼 메일이 여기에 표시됩니다.
outbox-off = 이 서버에서는 로컬 보낸편지함이 꺼져 있습니다. 메일함을 확인해 주세요.
outbox-empty = 아직 메일이 없습니다.
api-error-offline = 서버에 연결할 수 없었습니다. 연결 상태를 확인하고 다시 시도해 주세요. 입력한 내용은 남아 있습니다.
api-waiting-for-network = 오프라인 상태입니다. 양식은 이 탭에 보관되어 있으며 연결이 돌아오면 자동으로 전송됩니다. 이 페이지를 열어 두세요.
mynumber-photo-kept = 선택한 사진
mynumber-photo-keep = 이 사진으로 계속하기

## Photo check
photo-yaw-ok = 카메라를 향하고 있습니다({ $degrees }° 돌아감).
photo-yaw-left = 얼굴을 카메라 쪽으로 향해 주세요. 얼굴이 본인 기준 왼쪽으로 약 { $degrees }° 돌아가 있으며, 최대 { $max }°까지 허용됩니다. 양쪽 귀가 똑같이 보이도록 렌즈를 똑바로 봐 주세요.
photo-yaw-right = 얼굴을 카메라 쪽으로 향해 주세요. 얼굴이 본인 기준 오른쪽으로 약 { $degrees }° 돌아가 있으며, 최대 { $max }°까지 허용됩니다. 양쪽 귀가 똑같이 보이도록 렌즈를 똑바로 봐 주세요.
photo-pitch-ok = 머리가 수평입니다(턱을 들거나 숙이지 않았습니다).
photo-pitch-up = 턱을 조금 당겨 주세요. 머리가 뒤로 약 { $degrees }° 젖혀져 있으며, 최대 { $max }°까지 허용됩니다. 카메라를 눈높이에 두고 똑바로 봐 주세요.
photo-pitch-down = 턱을 조금 들어 주세요. 머리가 앞으로 약 { $degrees }° 숙여져 있으며, 최대 { $max }°까지 허용됩니다. 카메라를 눈높이에 두고 똑바로 봐 주세요.
photo-pose-unknown = 얼굴 방향을 측정할 수 없었습니다. 얼굴 전체가 보이고 밝게 찍히도록 해 주세요.
photo-eyes-open-ok = 눈을 뜨고 있습니다.
photo-eyes-open-closed = 눈을 감았거나 반쯤 감은 것 같습니다. 눈을 자연스럽게 뜨고 카메라를 보며 다시 찍어 주세요.
photo-eyes-open-unknown = 눈을 뜨고 있는지 측정할 수 없었습니다. 업로드하기 전에 직접 확인해 주세요.
photo-hat-none = 모자나 머리 덮개가 발견되지 않았습니다.
photo-hat-maybe = 모자나 머리 덮개를 쓰고 있을 수 있습니다(머리 윗부분이 머리카락처럼 보이지 않습니다). 종교적 또는 의료상의 이유가 아니라면 벗어 주세요. 머리카락이라면 이 안내는 무시해도 됩니다.
photo-screen-none = 화면이나 인쇄된 사진을 찍은 것으로 보이는 흔적이 없습니다.
photo-screen-maybe = 화면이나 인쇄된 사진을 찍은 것일 수 있습니다(얼굴에서 미세한 반복 무늬가 발견되었습니다). 대신 카메라로 본인을 새로 찍어 주세요.

## Account pages
account-register-heading = 이용자 등록
account-register-intro = 한 번 등록하면 재류 신청 온라인 시스템을 이용할 수 있습니다. 예를 들어 재류자격인정증명서를 이메일로 받고 수령 등록을 할 때 필요합니다.
account-terms-heading = 이용 약관
account-terms-purpose = 등록하신 개인정보는 이 시스템의 절차 외에는 이용하지 않습니다.
account-terms-hours = 이 시스템은 원칙적으로 연중무휴 24시간 이용할 수 있습니다. 다만 유지보수를 위해 사전 통지 없이 중지될 수 있습니다.
account-terms-mail = 등록한 이메일 주소로 메일을 보냅니다. 스팸으로 분류되지 않도록 이 서비스의 메일을 받을 수 있게 설정해 주세요.
account-terms-japanese = 약관은 일본어로 정해져 있으며, 번역본과 차이가 있을 때는 일본어판이 우선합니다.
account-terms-accept = 이용 약관을 읽고 동의합니다.
account-email = 이메일 주소
account-email-again = 이메일 주소(확인용)
account-email-hint = 반각 문자로 입력하세요(예: name@example.jp).
account-register-send = 등록하기
account-register-sent-heading = 이메일을 확인하세요
account-register-sent-to = { $email } 주소를 등록할 수 있으면 다음 단계로 진행할 링크를 보냈습니다.
account-register-sent-hint = 메일이 발송된 후 24시간 이내에 링크를 여세요. 24시간이 지나면 이메일 주소 입력부터 다시 하세요.
account-register-again = 이용자 등록을 처음부터 다시 하기
account-registration-heading = 이용자 등록
account-registration-intro = 이용자 구분을 선택하고 이름, 전화번호, 비밀번호를 입력하세요. 모든 항목은 필수입니다.
account-link-expires = 이 화면은 { $time }(일본 시간)까지 사용할 수 있습니다.
account-user-kind = 이용자 구분
account-latin-name = 이름(영문)
account-latin-name-hint = 여권에 적힌 대로 대문자 A–Z로, 104자 이내, 단어 사이는 공백으로 입력하세요(예: NGUYEN VAN AN).
account-phone = 전화번호
account-phone-hint = 하이픈 없이 숫자만 입력하세요. 012-345-6789는 0123456789로 입력합니다.
account-password = 비밀번호
account-password-hint = 10~20자로, 영문 대문자(A–Z), 영문 소문자(a–z), 숫자(0–9), 기호($%&=@_#*+-?!)의 4종류를 각각 1자 이상 사용하세요.
account-password-again = 비밀번호(확인용)
account-password-again-hint = 같은 비밀번호를 한 번 더 입력하세요.
account-to-confirm = 확인으로 진행
account-registration-confirm-heading = 이용자 등록 확인
account-registration-confirm-intro = 다음 내용으로 등록하시겠습니까?
account-back-to-input = 입력으로 돌아가기
account-register-button = 등록하기
account-registration-done-heading = 이용자 등록 완료
account-user-id = 이용자 ID
account-user-id-keep = 로그인할 때 이용자 ID를 사용합니다. 잘 보관하세요. 이메일로도 보냈습니다.
account-login-heading = 이용자 로그인
account-login-intro = 등록 시 발급된 이용자 ID와 비밀번호를 입력하세요.
account-login-button = 로그인
account-login-needed = 이 화면을 보려면 로그인하세요.
account-session-expired = 3시간 동안 조작이 없어 자동으로 로그아웃되었습니다. 다시 로그인하세요. 입력한 내용은 남아 있습니다.
account-unlock-by-reset = 비밀번호를 재설정하여 지금 잠금 해제하기
account-forgot-user-id-link = 이용자 ID를 잊으셨나요?
account-forgot-password-link = 비밀번호를 잊으셨나요?
account-register-link = 신규 등록
account-logout-heading = 로그아웃
account-logout-question = 로그아웃하시겠습니까?
account-logout-button = 로그아웃하기
account-logout-done-heading = 로그아웃 완료
account-back-to-mypage = 마이페이지로 돌아가기
account-back-to-login = 로그인으로 돌아가기
account-mail-sent-heading = 이메일을 확인하세요
account-send = 완료하기
account-forgot-user-id-heading = 이용자 ID를 잊은 경우
account-forgot-user-id-intro = 등록한 이메일 주소와 영문 이름을 입력하세요. 그 주소로 이용자 ID를 보냅니다.
account-forgot-password-heading = 비밀번호를 잊은 경우
account-forgot-password-intro = 이용자 ID와 등록한 이메일 주소를 입력하세요. 새 비밀번호를 설정할 링크를 보냅니다. 재설정하면 잠긴 계정도 해제됩니다.
account-reset-heading = 비밀번호 재설정
account-reset-intro = 새 비밀번호를 입력하세요. 계정이 잠겨 있으면 설정과 함께 잠금도 해제됩니다.
account-new-password = 새 비밀번호
account-reset-button = 비밀번호 설정하기
account-reset-done-heading = 비밀번호 재설정 완료
account-mypage-heading = 마이페이지
account-previous-login = 이전 로그인: { $time }
account-coe-link = 재류자격인정증명서 수령 등록
account-details-heading = 이용자 상세
account-change-email = 이메일 주소 변경
account-change-password = 비밀번호 변경
account-change-phone = 전화번호 변경
account-email-change-heading = 이메일 주소 변경
account-email-change-intro = 새 이메일 주소를 두 번 입력하세요. 그 주소로 링크를 보내며, 링크를 열면 변경이 완료됩니다.
account-new-email = 새 이메일 주소
account-change-button = 변경하기
account-change-done-heading = 변경 완료
account-password-change-heading = 비밀번호 변경
account-current-password = 현재 비밀번호
account-phone-change-heading = 전화번호 변경
account-phone-confirm-heading = 변경 내용 확인
account-phone-changed = 전화번호가 변경되었습니다.
passkey-needs-name = IP 주소(127.0.0.1 등)로 연 페이지에서는 패스키를 사용할 수 없습니다. localhost 등 사이트 이름으로 열어 주세요.
passkey-failed = 패스키를 확인할 수 없었습니다. 다시 시도해 주세요.
passkey-login-failed = 이 패스키로는 로그인할 수 없습니다. 삭제되었을 수 있습니다. 이용자 ID와 비밀번호로 로그인해 주세요.
passkey-too-many = 패스키는 10개까지 등록할 수 있습니다. 사용하지 않는 것을 삭제해 주세요.
passkey-exists = 이 기기의 패스키는 이미 등록되어 있습니다.
passkey-removed = 패스키를 삭제했습니다.
passkey-added = 패스키를 등록했습니다. 다음부터 로그인 화면의 "패스키로 로그인"을 사용할 수 있습니다.
passkey-cancelled = 패스키 요청이 취소되었거나 시간이 초과되었습니다.
passkey-unsupported = 이 브라우저는 패스키를 지원하지 않습니다.
passkey-login-heading = 패스키로 로그인
passkey-login-intro = 마이페이지에서 패스키를 등록했다면 이용자 ID와 비밀번호 대신 사용할 수 있습니다.
passkey-login-button = 패스키로 로그인
passkey-heading = 패스키
passkey-intro = 패스키를 등록하면 이 기기의 지문, 얼굴 또는 PIN으로 로그인할 수 있습니다. 비밀번호 로그인도 지금처럼 사용할 수 있습니다.
passkey-none = 등록된 패스키가 없습니다.
passkey-label = 패스키 이름
passkey-label-hint = 어떤 기기인지 알 수 있는 이름(40자까지). 예: 스마트폰
passkey-added-at = 등록 일시
passkey-last-used = 마지막 사용
passkey-actions = 작업
passkey-never-used = 아직 사용하지 않음
passkey-remove-button = "{ $label }" 삭제
passkey-remove-question = 패스키 "{ $label }"을(를) 삭제하시겠습니까? 삭제하면 이 패스키로 로그인할 수 없습니다.
passkey-keep = 삭제하지 않음
passkey-remove-confirm = 삭제
passkey-add-button = 패스키 등록
account-session-warning-heading = 곧 자동으로 로그아웃됩니다
account-session-warning = 조작이 없어 { $time }(앞으로 { $minutes }분 후)에 자동으로 로그아웃됩니다. [OK]를 선택하면 로그인 시간이 3시간 연장됩니다.
account-session-extend = OK(3시간 연장)
account-session-cancel = 취소
account-session-extended = { $time }까지 로그인 상태가 유지됩니다.
account-coe-heading = 수령 등록 목록
account-coe-intro = 이메일로 보내진 재류자격인정증명서입니다. 내려받은 후 수령 등록을 하세요. 수령 등록을 할 때까지 발행 후 3개월 동안 7일마다 알림 메일이 발송됩니다.
account-coe-as-of = { $time } 현재
account-coe-page-size = 표시 건수 변경
account-coe-page-size-option = { $count }건씩 표시
account-coe-total = 전체 { $total }건
account-coe-empty = 아직 보내진 재류자격인정증명서가 없습니다.
account-coe-number = 재류자격인정증명서 번호
account-coe-requested-at = 수령 등록 의뢰 일시
account-coe-received-at = 수령 등록 일시
account-coe-status = 수령 등록 상황
account-coe-file = 증명서
account-coe-action = 수령 등록
account-coe-pdf = { $number } 내려받기(PDF)
account-coe-register = 수령 등록하기
account-coe-confirm = 다음 재류자격인정증명서의 수령 등록을 하시겠습니까?
account-coe-close = 닫기
account-coe-registered = 증명서 { $number }의 수령 등록이 완료되었습니다.
account-coe-pages = 페이지
account-coe-first = 처음으로
account-coe-last = 마지막으로
coe-status-unregistered = 미등록
coe-status-registered = 수령 등록 완료
office-nav = 직원 페이지
office-heading = 직원 페이지: 증명서와 신청
office-issue-heading = 재류자격인정증명서 교부
office-issue-intro = 증명서를 저장하고, 이용자에게 수령 등록 링크가 담긴 메일을 보냅니다.
office-coe-number-hint = 영문자 A–Z, 숫자, 하이픈으로 32자 이내.
office-coe-pdf = 증명서(PDF 파일, 10MB 이내)
office-issue-button = 교부하기
office-issued = 증명서 { $number }를 교부하고 이용자에게 메일로 알렸습니다.
office-issued-heading = 교부한 증명서
office-submissions-heading = 접수된 신청
office-submissions-empty = 아직 접수된 신청이 없습니다.
office-submissions-total = 전체 { $total }건
office-receipt-number = 접수 번호
office-kind = 양식
office-received-at = 접수 일시
office-photo = 사진
office-submission-heading = 신청 내용
office-payload = 입력 내용
office-back = 직원 페이지로 돌아가기
office-audit-link = 감사 로그: 누가 무엇을 열람했는지
office-audit-heading = 감사 로그
office-audit-intro = 직원이 신청, 증명서, 이 로그에 접근한 모든 기록을 최신순으로 보여 줍니다. 서버는 데이터를 내주기 전에 기록합니다.
office-audit-total = 전체 { $total }건
office-audit-at = 일시
office-audit-actor = 직원 사용자 ID
office-audit-action = 작업
office-audit-target = 대상
office-audit-client = 접속 주소
office-audit-pages = 감사 로그 페이지
office-submissions-pages = 신청 목록 페이지
office-export-json = 모든 신청 내려받기 (JSON)
office-export-csv = 모든 신청 내려받기 (CSV)
office-action-submissions-list = 신청 목록 열람
office-action-submissions-view = 신청 열람
office-action-submissions-export = 신청 내보내기
office-action-coe-issue = 증명서 교부
office-action-coe-list = 증명서 목록 열람
office-action-audit-view = 감사 로그 열람

## Exam My Page registration (seed 000)
exam-steps-label = 등록 단계
exam-step-card = 재류카드
exam-step-passport = 여권
exam-step-photo = 얼굴 사진
exam-step-details = 입력 내용
exam-step-confirm = 확인
exam-step-done = 완료
exam-autofilled-card = 재류카드에서 자동 입력됨
exam-autofilled-passport = 여권에서 자동 입력됨
exam-field-name = 이름(여권과 같게)
exam-field-name-hint = 여권에 적힌 대로 로마자로, 성을 먼저 씁니다.
exam-field-birth-date = 생년월일
exam-field-date-hint = 연-월-일 순서입니다. 예: 1998-04-01
exam-field-sex = 성별
exam-sex-male = 남성
exam-sex-female = 여성
exam-field-nationality = 국적
exam-field-nationality-hint = 여권에 있는 세 글자 코드입니다. 예: VNM
exam-field-passport-number = 여권 번호
exam-field-card-number = 재류카드 번호
exam-field-card-number-hint = 카드 오른쪽 위의 12자리입니다. 예: AB12345678CD
exam-field-status = 재류자격
exam-field-period-until = 재류기간(기한)
exam-field-prefecture = 현재 살고 있는 도도부현
exam-prefecture-choose = 도도부현을 선택하세요
exam-field-email = 이메일 주소
exam-continue = 이대로 계속
exam-back = 뒤로
exam-back-to-details = 입력 내용 고치기
exam-back-to-photo = 사진 바꾸기
exam-card-heading = 재류카드
exam-card-intro = 재류카드 앞면을 촬영하거나, 휴대폰이나 컴퓨터에 저장된 JPG 형식의 컬러 사진을 선택하세요. 카드를 가지고 있어도 한 번 사진을 찍어서 사용하세요.
exam-card-filled = 재류자격, 재류기간(기한), 살고 있는 도도부현이 사진에서 자동으로 입력됩니다. 틀리거나 비어 있으면 직접 고치세요.
exam-card-kept = 재류카드를 읽었습니다.
exam-no-card-heading = 재류카드가 없나요?
exam-no-card-who = 단기체재 비자 등으로 일본에 온 사람만 해당됩니다. 시험장에서 단기체재 비자 등을 확인합니다.
exam-no-card-button = 재류카드가 없습니다
exam-no-card-note = 재류카드 없음: 시험장에서 단기체재 비자 등을 확인합니다.
exam-passport-heading = 여권
exam-passport-intro = 여권은 반드시 읽어야 합니다. 얼굴 사진이 있는 페이지(JAPAN VISA 페이지가 아닌)를 촬영하거나 저장된 사진을 선택하세요.
exam-passport-filled = 이름, 생년월일, 성별, 국적, 여권 번호가 사진에서 자동으로 입력됩니다. 틀리거나 비어 있으면 직접 고치세요.
exam-passport-kept = 여권을 읽었습니다.
exam-photo-heading = 얼굴 사진
exam-photo-intro = 얼굴 사진을 선택하거나 촬영하세요. 사진은 이 브라우저 안에서 확인합니다.
exam-photo-kept = 이 사진을 이미 선택했습니다.
exam-photo-alt = 선택한 얼굴 사진
exam-photo-missing = 아직 사진이 없습니다. 얼굴 사진 단계로 돌아가세요.
exam-photo-from-document-heading = 서류의 얼굴 사진 사용
exam-photo-from-document-hint = 여권이나 재류카드에 인쇄된 얼굴 사진을 이 브라우저 안에서 잘라내어 확대합니다. 아래에서 새 사진을 선택할 수도 있습니다.
exam-photo-from-card = 재류카드에서 가져오기
exam-photo-from-passport = 여권에서 가져오기
exam-photo-from-document-use = 이 사진 사용
exam-photo-from-document-refused = 잘라 낸 사진이 사진 규정에 맞지 않아 사용할 수 없습니다. 아래에서 사진을 선택해 주세요.
exam-details-heading = 입력 내용 확인 및 수정
exam-details-intro = "자동 입력" 표시가 있는 값은 서류에서 읽은 것입니다. 하나씩 확인하고 틀리면 고치세요.
exam-missing-card = 먼저 재류카드를 읽거나 "재류카드가 없습니다"를 선택하세요.
exam-missing-passport = 먼저 여권을 읽으세요.
exam-conflict-differs = 재류카드와 여권의 내용이 다릅니다
exam-conflict-name-order = 같은 이름이지만 순서가 다릅니다.
exam-conflict-choose = 어느 쪽을 사용할지 선택하세요.
exam-from-card = 재류카드:
exam-from-passport = 여권:
exam-personal-legend = 본인 정보
exam-card-legend = 재류카드
exam-contact-legend = 연락처
exam-to-confirm = 등록 내용 확인
exam-confirm-heading = 등록 내용 확인
exam-confirm-intro = 아직 아무것도 보내지 않았습니다. 모든 값을 확인한 뒤 등록하세요.
exam-register = 등록하기
exam-done-heading = 등록이 접수되었습니다
exam-done-receipt = 접수 번호 { $receipt } ({ $time }). 문의할 때 알려 주세요.
exam-done-no-receipt = 이 등록은 이미 보냈습니다. 접수 번호는 보낸 직후 한 번만 표시되었습니다.
exam-done-wiped = 입력한 내용과 사진을 이 브라우저 탭에서 지웠습니다.
prefecture-01 = 홋카이도
prefecture-02 = 아오모리현
prefecture-03 = 이와테현
prefecture-04 = 미야기현
prefecture-05 = 아키타현
prefecture-06 = 야마가타현
prefecture-07 = 후쿠시마현
prefecture-08 = 이바라키현
prefecture-09 = 도치기현
prefecture-10 = 군마현
prefecture-11 = 사이타마현
prefecture-12 = 지바현
prefecture-13 = 도쿄도
prefecture-14 = 가나가와현
prefecture-15 = 니가타현
prefecture-16 = 도야마현
prefecture-17 = 이시카와현
prefecture-18 = 후쿠이현
prefecture-19 = 야마나시현
prefecture-20 = 나가노현
prefecture-21 = 기후현
prefecture-22 = 시즈오카현
prefecture-23 = 아이치현
prefecture-24 = 미에현
prefecture-25 = 시가현
prefecture-26 = 교토부
prefecture-27 = 오사카부
prefecture-28 = 효고현
prefecture-29 = 나라현
prefecture-30 = 와카야마현
prefecture-31 = 돗토리현
prefecture-32 = 시마네현
prefecture-33 = 오카야마현
prefecture-34 = 히로시마현
prefecture-35 = 야마구치현
prefecture-36 = 도쿠시마현
prefecture-37 = 가가와현
prefecture-38 = 에히메현
prefecture-39 = 고치현
prefecture-40 = 후쿠오카현
prefecture-41 = 사가현
prefecture-42 = 나가사키현
prefecture-43 = 구마모토현
prefecture-44 = 오이타현
prefecture-45 = 미야자키현
prefecture-46 = 가고시마현
prefecture-47 = 오키나와현

## Dates and times: parts from crates/rules/src/dates.rs (year, month, day, era, eraYear; hour, minute)
date-long = { $year }년 { $month }월 { $day }일
date-time = { date-long } { $hour }:{ $minute }
time-short = { $hour }:{ $minute }
