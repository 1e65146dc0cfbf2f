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
