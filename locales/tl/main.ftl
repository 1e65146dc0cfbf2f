# madoguchi UI strings: Tagalog.

## App shell
app-name = madoguchi
app-tagline = Mga papeles sa paninirahan sa iyong browser. Hindi umaalis sa device na ito ang iyong mga dokumento.
nav-skip = Lumaktaw sa pangunahing nilalaman
nav-home = Home
nav-main-label = Pangunahing menu
settings-heading = Mga setting ng display
settings-language = Wika
settings-colour = Kulay ng tema
settings-colour-standard = Karaniwan
settings-colour-blue = Asul
settings-colour-yellow = Dilaw
settings-colour-black = Itim
settings-font-size = Laki ng teksto
settings-font-normal = Karaniwan
settings-font-large = Malaki
language-self-name = Tagalog
language-easy-japanese = Madaling Hapon (furigana)

## Home
home-heading = Ano ang nais mong gawin?
home-intro = Pumili ng proseso. Ang pagbasa at pagsuri ay nangyayari sa loob ng browser na ito; ang form lamang na kinumpleto at isinumite mo ang ipinapadala.
flow-card-reader-title = Suriin ang Residence Card gamit ang card reader
flow-card-reader-desc = Basahin ang IC chip at tiyaking tunay ang card.
flow-document-scan-title = Basahin ang Residence Card o pasaporte mula sa litrato
flow-document-scan-desc = Awtomatikong punan ang form mula sa litratong kinuha mo.
flow-photo-check-title = Suriin ang ID photo
flow-photo-check-desc = Alamin kung pasado ang iyong litrato sa mga patakaran ng aplikasyon at ayusin ang maaaring ayusin.
flow-exam-mypage-title = Pagpaparehistro sa Exam My Page
flow-exam-mypage-desc = Ilagay ang iyong detalye mula sa mga litrato ng Residence Card at pasaporte.
flow-mynumber-title = Online na aplikasyon ng My Number card
flow-mynumber-desc = Mag-apply gamit ang QR code sa iyong application form at litrato ng mukha.
flow-immigration-account-title = Account para sa online na proseso ng Immigration
flow-immigration-account-desc = Magparehistro, mag-log in, at kumpirmahin ang pagtanggap ng Certificate of Eligibility.
flow-status-planned = Inihahanda pa
footer-privacy = Ang mga litrato, datos ng card at ID photo ay pinoproseso lamang sa loob ng browser na ito.

## Errors
not-found-heading = Hindi nahanap ang pahina
not-found-body = Walang pahina sa { $path }.
not-found-home = Bumalik sa home

## Validation rules: My Number card online application (crates/rules)
rule-application-id-length = Ang application ID ay may 23 digit; { $length } ang inilagay mo.
rule-application-id-digits = Digit lang ang application ID; hindi digit ang “{ $char }”.
rule-application-id-mismatch = Magkaiba ang dalawang application ID. Suriin ang dalawa ayon sa iyong application form.
rule-mail-name-char = Hindi magagamit ang character { $position } na “{ $char }”. I-type ang karaniwang anyo na lumalabas sa normal na kanji conversion (JIS level 1 at 2 kanji, kana o Latin na titik).
rule-mail-name-char-suggest = Hindi magagamit ang character { $position } na “{ $char }”. I-type na lang ang “{ $suggestion }”.
rule-mail-name-too-long = Hanggang 50 character lang ang pangalan; { $length } ang inilagay mo.
rule-email-half-width = I-type ang email address sa half-width na character; hindi magagamit ang “{ $char }”.
rule-email-space = Hindi puwedeng may espasyo ang email address.
rule-email-too-long = Hanggang 100 character lang ang email address; { $length } ang inilagay mo.
rule-email-format = Hindi ito email address. Dapat ganito ang anyo: name@example.jp.
rule-email-mismatch = Magkaiba ang dalawang email address.
rule-date-number = Ilagay ang taon, buwan at araw gamit ang mga numero.
rule-date-month = Dapat mula 1 hanggang 12 ang buwan.
rule-date-no-such-day = { $days } araw lang ang buwang iyon.
rule-wareki-year-zero = Ang unang taon ng isang era ay 1 (gannen); walang taong 0.
rule-wareki-other-era =
    Wala sa era na pinili mo ang { $date }: ito ay { $era ->
        [meiji] Meiji
        [taisho] Taishō
        [showa] Shōwa
        [heisei] Heisei
       *[reiwa] Reiwa
    } { $year }.
rule-date-too-early = Hindi maaaring ilagay ang petsang bago ang { $earliest } (simula ng Meiji era).
rule-birth-date-future = Hindi maaaring lumampas sa araw na ito ang petsa ng kapanganakan.
rule-licence-record-length = Ang licence record number ay may 12 digit; { $length } ang inilagay mo.
rule-licence-record-digits = Digit lang ang licence record number; hindi digit ang “{ $char }”.
rule-photo-file-too-small = Masyadong maliit ang file ng litrato ({ $kilobytes } KB). Dapat hindi bababa sa 20 KB.
rule-photo-file-too-large = Masyadong malaki ang file ng litrato ({ $kilobytes } KB). Dapat hanggang 7 MB (7,000,000 byte) lang.
rule-photo-not-jpeg = Dapat JPEG file ang litrato (.jpg o .jpeg).
rule-photo-not-rgb = Dapat RGB colour na JPEG ang litrato; hindi tinatanggap ang CMYK o grayscale na file.
rule-photo-dimensions = Ang litrato ay { $width } × { $height } pixel. Dapat mula 480 hanggang 6000 pixel ang lapad at taas.

## Validation rules: immigration online account (crates/rules)
user-kind-organisation-staff = Staff ng isang organisasyon (employer, support organisation, paaralan…)
user-kind-lawyer-or-scrivener = Abogado o administrative scrivener (gyoseishoshi)
user-kind-foreign-national = Dayuhan (ang aplikante)
user-kind-legal-representative = Kapamilya o legal na kinatawan
rule-user-kind-invalid = Pumili ng isang uri ng user.
rule-latin-name-char = Hindi magagamit ang character { $position } na “{ $char }”. Gamitin lang ang mga titik A–Z at espasyo.
rule-latin-name-char-suggest = Hindi magagamit ang character { $position } na “{ $char }”. I-type na lang ang “{ $suggestion }” (A–Z at espasyo lang).
rule-latin-name-too-long = Hanggang 104 character lang ang pangalan, kasama ang espasyo; { $length } ang inilagay mo.
rule-phone-hyphen = I-type ang numero ng telepono nang walang gitling: { $suggestion }
rule-phone-digits = I-type ang numero ng telepono gamit lang ang mga digit, walang gitling, espasyo o panaklong; hindi magagamit ang “{ $char }”.
rule-phone-length = Ang numero ng telepono sa Japan ay may 10 o 11 digit at nagsisimula sa 0; { $length } ang inilagay mo.
rule-phone-leading-zero = I-type ang numero gaya ng pag-dial sa loob ng Japan, simula sa 0 (halimbawa 09012345678).
rule-password-char = Hindi magagamit ang “{ $char }” sa password. Gamitin lang ang A–Z, a–z, 0–9 at ang mga simbolong $%&=@_#*+-?!
rule-password-length = Dapat 10 hanggang 20 character ang password; { $length } ang inilagay mo.
rule-password-classes =
    Kailangan pa ng password ng kahit isang character mula sa { $count ->
        [one] grupong ito
       *[other] bawat isa sa { $count } grupong ito
    }: { $missing }
rule-password-mismatch = Magkaiba ang dalawang password.
password-class-upper = Malaking titik (A–Z)
password-class-lower = Maliit na titik (a–z)
password-class-digit = Digit (0–9)
password-class-symbol = Simbolo ($%&=@_#*+-?!)

## Finished forms (crates/rules forms)
rule-photo-encoding = Hindi mabasa ang litrato. Piliin muli ang JPEG na file.
rule-photo-required = Magdagdag ng litrato ng mukha (hindi lang kailangan para sa batang wala pang isang taon).
rule-must-accept = Lagyan ng tsek ang kahong ito para magpatuloy.
rule-challenge-required = I-type ang mga character na nasa larawan.
rule-challenge-too-long = Limang character lang ang nasa larawan. Iyon lang ang i-type.
rule-passkey-label-too-long = Hanggang { $max } character lang ang pangalan (may { $count } ito).
rule-passkey-label-control = May character sa pangalan na hindi puwedeng gamitin.
rule-passkey-answer = Hindi wasto ang sagot ng browser. Pakisubukan ulit.
rule-date-format = Ilagay ang petsa bilang taon-buwan-araw (halimbawa 1998-04-01).
rule-choice-invalid = Pumili ng isa sa mga opsiyon.
rule-text-too-long = Hanggang { $max } na character lang; { $length } ang inilagay mo.
rule-text-control = May control character (halimbawa line break) sa field na ito. I-type ulit sa isang linya.
rule-passport-number-char = Ang numero ng pasaporte ay may mga letrang A–Z at digit lang; hindi puwede ang “{ $char }”.
rule-passport-number-length = Hanggang 9 na character ang numero ng pasaporte; { $length } ang inilagay mo.
rule-nationality-code = Ilagay ang tatlong-letrang code ng nasyonalidad na nakalimbag sa pasaporte (halimbawa PHL).
rule-period-of-stay-ended = Natapos ang panahon ng pananatili noong { $date }. Tingnan ang petsa sa Residence Card.

## API answers (crates/server)
api-error-validation = May mga entry na dapat itama. Tingnan ang mga markadong field.
api-error-invalid-body = Hindi mabasa ang request. I-reload ang page at subukan ulit.
api-error-not-found = Hindi nakita.
api-error-unauthorized = Hindi ka naka-log in, o na-log out ka pagkatapos ng 3 oras na walang aktibidad. Mag-log in ulit.
api-error-forbidden = Tinanggihan ang request na ito. I-reload ang page at subukan ulit.
api-error-link-invalid = Expired na o nagamit na ang link na ito. Magsimula ulit sa umpisa.
api-error-challenge-wrong = Hindi tugma ang mga character sa larawan, o luma na ito. Narito ang bagong larawan: i-type ang mga character nito at kumpirmahin ulit. Nananatili ang lahat ng iba mo pang tinype.
api-error-rate-limited = Masyadong maraming subok. Maghintay sandali at subukan ulit.
api-error-internal = Nagka-error sa server. Subukan ulit mamaya.
api-error-too-large = Masyadong malaki ang data. Gumamit ng mas maliit na photo file.
api-error-idempotency-key-reused = Hindi tugma ang pagsusumiteng ito sa nauna. I-reload ang page at isumite ulit.
account-mail-sent = Kung tama ang mga detalye, may email nang ipinadala. Tingnan ang inbox (at spam folder).
account-login-failed = Mali ang user ID o password. Pagkatapos ng 5 sunod-sunod na maling subok, mala-lock ang account nang 24 na oras.
account-locked = Naka-lock ang account nang 24 na oras dahil sa 5 sunod-sunod na maling password. Para ma-unlock agad, i-reset ang password (“Nakalimutan ang password?”).
account-current-password-wrong = Mali ang kasalukuyang password.
account-email-in-use = Hindi magagamit ang email address na ito. Pumili ng iba.
account-registered = Naibigay na ang iyong user ID at ipinadala sa email.
account-logged-out = Naka-log out ka na.
coe-already-registered = Nakarehistro na ang pagtanggap ng sertipikong ito.

## Mail (crates/server)
mail-register-link-subject = [madoguchi] Ituloy ang pagpaparehistro ng user
mail-register-link-body =
    Salamat sa pagsisimula ng pagpaparehistro ng user.
    Buksan ang link na ito para magpatuloy (balido hanggang { $expires }):
    { $link }
    Pagkalipas nito, magsimula ulit sa paglalagay ng email address.
    Kung hindi ikaw ang humiling, burahin ang email na ito.
mail-register-exists-subject = [madoguchi] Pagpaparehistro ng user
mail-register-exists-body =
    May humiling na iparehistro ang email address na ito, pero may account nang gumagamit nito.
    Kung nakalimutan mo ang user ID, gamitin ang “Nakalimutan ang user ID?” sa login page.
    Kung hindi ikaw ang humiling, burahin ang email na ito.
mail-user-id-issued-subject = [madoguchi] Ang iyong user ID
mail-user-id-issued-body =
    { $name }
    Tapos na ang iyong pagpaparehistro.
    User ID: { $user_id }
    Mag-log in gamit ang user ID na ito at ang password na pinili mo.
mail-forgot-user-id-subject = [madoguchi] Ang iyong user ID
mail-forgot-user-id-body =
    { $name }
    Ang iyong user ID ay: { $user_id }
mail-password-reset-subject = [madoguchi] I-reset ang password
mail-password-reset-body =
    Buksan ang link na ito para magtakda ng bagong password (balido hanggang { $expires }):
    { $link }
    Ang pag-reset ng password ay nag-a-unlock din ng naka-lock na account.
    Kung hindi ikaw ang humiling, burahin ang email na ito; hindi magbabago ang password.
mail-password-changed-subject = [madoguchi] Napalitan ang iyong password
mail-password-changed-body =
    { $name }
    Napalitan ang password ng iyong account.
    Kung hindi ikaw, i-reset agad ang password.
mail-email-change-link-subject = [madoguchi] Kumpirmahin ang bagong email address
mail-email-change-link-body =
    Buksan ang link na ito para tapusin ang pagpapalit ng email address sa address na ito (balido hanggang { $expires }):
    { $link }
    Kung hindi ikaw ang humiling, burahin ang email na ito.
mail-email-changed-subject = [madoguchi] Napalitan ang iyong email address
mail-email-changed-body =
    { $name }
    Napalitan ang email address ng iyong account. Sa bagong address na ipapadala ang mga email.
    Kung hindi ikaw, makipag-ugnayan sa opisina.
mail-phone-changed-subject = [madoguchi] Napalitan ang iyong numero ng telepono
mail-japan-time = oras sa Japan
mail-phone-changed-body =
    { $name }
    Napalitan ang numero ng telepono ng iyong account.
    Kung hindi ikaw, makipag-ugnayan sa opisina.
mail-passkey-added-subject = [madoguchi] May idinagdag na passkey sa account mo
mail-passkey-added-body =
    { $name }
    May idinagdag na passkey sa account mo. Magagamit na ito sa pag-log in.
    Kung hindi ikaw ang gumawa nito, palitan ang password, alisin ang passkey sa My page at makipag-ugnayan sa opisina.
mail-passkey-removed-subject = [madoguchi] May inalis na passkey sa account mo
mail-passkey-removed-body =
    { $name }
    May inalis na passkey sa account mo. Hindi na ito magagamit sa pag-log in.
    Kung hindi ikaw ang gumawa nito, palitan ang password at makipag-ugnayan sa opisina.
mail-mynumber-link-subject = [madoguchi] Page ng aplikasyon para sa My Number card
mail-mynumber-link-body =
    { $name }
    Ituloy ang aplikasyon (detalye ng aplikasyon, litrato ng mukha) mula sa link na ito:
    { $link }
    Balido ang link hanggang { $expires } at isang beses lang magagamit. Pagkatapos, iparehistro ulit ang email address.
    Kung hindi ikaw ang humiling, burahin ang email na ito.
mail-mynumber-received-subject = [madoguchi] Natanggap namin ang aplikasyon mo para sa My Number card
mail-mynumber-received-body =
    { $name }
    Natanggap ang iyong aplikasyon.
    Numero ng resibo: { $receipt }
mail-coe-issued-subject = [madoguchi] Naibigay na ang iyong Certificate of Eligibility
mail-coe-issued-body =
    { $name }
    Naibigay na ang iyong Certificate of Eligibility (numero { $number }).
    Mag-log in, i-download ito at irehistro ang pagtanggap:
    { $link }
mail-coe-reminder-subject = [madoguchi] Irehistro ang pagtanggap ng iyong Certificate of Eligibility
mail-coe-reminder-body =
    { $name }
    Hindi pa nakarehistro ang pagtanggap ng iyong Certificate of Eligibility (numero { $number }).
    Mag-log in at irehistro ito:
    { $link }
    Ipinapadala ang paalalang ito tuwing 7 araw hanggang { $until }.
account-password-reset = Naitakda na ang bagong password at na-unlock ang account. Mag-log in gamit ito.
account-password-changed = Napalitan na ang iyong password.
account-email-change-sent = Nagpadala kami ng link sa bagong address. Buksan ito para matapos ang pagpapalit.
account-email-changed = Napalitan na ang iyong email address.
coe-pdf-invalid = Ilakip ang sertipiko bilang PDF file na hanggang 10 MB.
coe-user-unknown = Walang account na may ganitong user ID.
coe-number-exists = May naibigay nang sertipiko na may ganitong numero.

## Validation rules (crates/rules)
rule-required = Kailangang sagutan ang field na ito.
rule-card-number-length = Ang card number ay may 12 character; { $length } ang inilagay mo.
rule-card-number-format = Mali ang card number. Binubuo ito ng dalawang letra, walong digit at dalawang letra, gaya ng nakalimbag sa kanang itaas ng card (halimbawa AB12345678CD).

## Card reader flow (seed 003)
chip-intro = Basahin ang IC chip ng Residence Card o Special Permanent Resident Certificate gamit ang USB card reader at tiyaking tunay ito.
chip-privacy = Binabasa ang card sa loob ng browser na ito. Walang nababasa mula sa chip na ipinapadala kahit saan o itinatago pagkatapos mong pindutin ang “Tapusin”.
chip-step-number = Hakbang 1: ilagay ang card number
chip-number-label = Numero ng Residence Card (在留カード等番号)
chip-number-hint = 12 half-width na malalaking titik at digit sa kanang itaas ng card (halimbawa LD64185190AA).
chip-next = Susunod
chip-step-reader = Hakbang 2: ilagay ang card sa reader
chip-reader-instructions = Ikonekta ang card reader sa computer na ito, ilagay ang card dito, saka piliin ang reader.
chip-connect-reader = Piliin ang card reader at basahin
chip-change-number = Palitan ang card number
chip-reading = Binabasa ang card…
chip-do-not-move = Huwag galawin ang card hangga't hindi tapos ang pagbasa.
chip-try-again = Basahin ulit
chip-finish = Tapusin
chip-verdict-genuine-residence = Nabasa ang isang Residence Card na gumagana nang maayos.
chip-verdict-genuine-special = Nabasa ang isang Special Permanent Resident Certificate na gumagana nang maayos.
chip-verdict-genuine-test-ca = Buo ang card at inisyu ito ng isang test CA, hindi ng Immigration Services Agency (ISA): isa itong test card.
chip-verdict-issuer-not-checked = Buo ang data, pero hindi masuri kung sino ang nag-isyu: walang naka-install na certificate ng ISA sa server na ito.
chip-verdict-under16 = Nabasa ang card ng taong wala pang 16 na taong gulang: walang electronic signature ang ganitong card, kaya hindi ito masuri.
chip-verdict-abnormal = Nabasa ang isang card na may problema.
chip-tamper-heading = Pagsusuri kung binago ang data
chip-issuer-heading = Pagsusuri sa nag-isyu
chip-tamper-ok = OK: ang data sa chip ay kapareho noong pinirmahan ito.
chip-tamper-failed = Bigo: hindi tugma ang data sa chip sa pirma nito.
chip-check-not-signed = Hindi nasuri: walang pirma ang mga card ng taong wala pang 16 na taong gulang.
chip-issuer-ok = OK: inisyu ng Immigration Services Agency.
chip-issuer-test-ca = OK sa isang test CA, hindi sa ISA.
chip-issuer-not-checked = Hindi nasuri: hindi naka-install ang certificate ng ISA.
chip-issuer-failed = Bigo: hindi inisyu ng kilalang awtoridad ang card.
chip-note-signer-expired = Nag-expire ang signing certificate ng card noong { $date }, pagkatapos mapirmahan ang card. Normal ito at walang epekto sa card.
chip-note-ca-expired = Nag-expire ang certificate ng nag-isyung CA noong { $date }, pagkatapos mapirmahan ang card. Normal ito at walang epekto sa card.
chip-note-not-yet-valid = Ang signing certificate ay valid lamang simula { $date }. Tingnan ang orasan ng computer na ito.
chip-abnormal-advice = Maaaring sira o peke ang card. Humingi ng payo sa:
chip-consult-link = Mga regional immigration services office (地方出入国在留管理官署)
chip-card-expiry = Valid ang card hanggang
chip-address = Tirahan (住居地)
chip-permission = Pahintulot na gumawa ng aktibidad bukod sa pinahihintulutan (資格外活動許可)
chip-renewal = Aplikasyon para sa extension ng panahon ng pananatili (在留期間更新等許可申請欄)
chip-renewal-applied = Nag-apply na
chip-renewal-none = Wala
chip-reader-used = Card reader
chip-front-image = Harap ng card (mula sa chip)
chip-printed-heading = Nakalimbag sa card (binasa mula sa larawan ng harap na nasa chip)
chip-printed-verified = Napatunayan ng pirma ng card: ito ang mga detalyeng inilabas ng Immigration Services Agency.
chip-printed-verified-test-ca = Hindi binago ayon sa pirma ng card, pero galing ang pirma sa isang test CA, hindi sa Immigration Services Agency (test card).
chip-printed-issuer-not-checked = Hindi binago ayon sa pirma ng card, pero hindi masuri kung sino ang gumawa ng pirma.
chip-printed-not-signed = Walang pirma ang chip ng card na ito (card ng wala pang 16 taong gulang): binasa ang mga detalye mula sa chip pero hindi napatunayan.
chip-printed-not-verified = Hindi napatunayan: hindi tugma ang pirma ng chip, kaya baka binago ang mga detalyeng ito.
chip-printed-reading = Binabasa ang mga nakalimbag na detalye mula sa larawan ng harap…
chip-printed-unsure = (hindi sigurado, ihambing sa card)
chip-printed-cancelled = Itinigil ang pagbasa ng mga nakalimbag na detalye.
chip-face-image = Litrato (mula sa chip)
chip-zoom = I-zoom
chip-check-validity = Suriin kung valid ang card number
chip-reader-unsupported = Hindi kayang gumamit ng USB card reader ng browser na ito.
chip-reader-unsupported-advice = Gumamit ng Google Chrome o Microsoft Edge sa computer, at buksan ang site na ito sa https address nito.
chip-reader-none-chosen = Walang napiling card reader.
chip-reader-none-chosen-advice = Ikonekta ang reader, pindutin ulit ang button at piliin ito sa listahan. Kung wala ito sa listahan, tingnan ang listahan ng mga suportadong reader.
chip-reader-protected = Hindi magagamit mula sa web page ang reader na “{ $product }”.
chip-reader-protected-advice = Hindi pinapayagan ng Chrome ang mga web page na gumamit ng mga reader na nagpapakilalang standard smart-card reader. Gumamit ng reader na may vendor-specific na interface (halimbawa SCM SCL011, OMNIKEY 5321 o Sony PaSoRi), o hilingin sa inyong IT department na i-install ang madoguchi bilang Isolated Web App, kung saan gumagana ang mga standard reader.
chip-reader-not-ccid = Ang “{ $product }” ay hindi card reader na magagamit ng madoguchi.
chip-reader-not-ccid-advice = Pumili ng contactless smart-card reader mula sa listahan ng mga suportadong reader.
chip-reader-busy = Ginagamit ng ibang program o tab ang reader na “{ $product }”.
chip-reader-busy-advice = Isara ang ibang program o tab na gumagamit ng reader (o tanggalin ito at isaksak ulit), saka subukan ulit.
chip-error-internal = Nagka-error. Babalik sa simula.
chip-error-internal-advice = I-reload ang page na ito. Kung lumabas ulit ang parehong error, i-restart ang browser.
chip-error-number-mismatch = Mali ang numero ng Residence Card.
chip-error-number-mismatch-advice = Ilagay ang tamang numerong nakalimbag sa kanang itaas ng card na ito.
chip-error-not-residence-card = Nagka-error habang binabasa ang card. Maaaring hindi Residence Card ang nailagay sa reader.
chip-error-not-residence-card-advice = Tiyaking Residence Card o Special Permanent Resident Certificate ang card at ilagay ito sa reader.
chip-error-card-not-read = Hindi mabasa ang card. Tiyaking Residence Card o Special Permanent Resident Certificate ito at ilagay ulit sa reader.
chip-error-card-not-read-advice = Ilapag nang patag ang card sa reader nang hindi ginagalaw, at ilayo nang 10–20 cm ang mga bagay na metal. Kung patuloy itong nangyayari, makipag-ugnayan sa pinakamalapit na immigration services office.
chip-error-while-reading = Nagka-error habang binabasa ang card.
chip-error-while-reading-advice = Ilagay ulit ang card sa reader. Kung lumabas pa rin ang parehong error pagkatapos ng ilang subok, makipag-ugnayan sa pinakamalapit na immigration services office.
chip-error-chip-broken = Maaaring sira ang IC chip ng card na ito.
chip-error-chip-broken-advice = Mag-apply ng bagong card sa pinakamalapit na regional immigration services office.

## Photo check
photo-profile-mynumber = Online na aplikasyon ng My Number card
photo-profile-immigration = Aplikasyon sa Immigration para sa paninirahan
photo-confirm-recent = Kinuha ang litrato sa loob ng huling 6 na buwan.
photo-confirm-recent-immigration = Kinuha ang litrato sa loob ng huling 3 buwan.
photo-confirm-front-no-hat = Nakaharap ako, walang sumbrero, at plain ang background.
photo-confirm-other-rules = Pasado ito sa iba pang patakaran sa litrato ng application site.
photo-confirm-no-retouching = Hindi ni-retouch o in-edit ang litrato (na-crop o pinaliit lang).
photo-format-ok = Ang file ay isang { $format } na larawan.
photo-format-wrong = Ang file ay talagang { $format } na larawan, anuman ang sinasabi ng pangalan nito. Kailangan ng aplikasyong ito ang { $expected }. Kayang i-save ito ng auto-fix bilang JPEG.
photo-format-unknown = Hindi ito litratong kaya naming basahin. Pumili ng JPEG na litrato.
photo-profile-unknown = Hindi available ang ganitong uri ng pagsusuri ng litrato. I-reload ang page at pumili ulit.
photo-decode-unsupported = Hindi mabubuksan dito ang ganitong uri ng larawan. I-save ang litrato bilang JPEG at piliin ulit.
photo-decode-failed = Sira o kulang ang file ng litrato. Kumuha o mag-export ulit ng litrato.
photo-colour-ok = Naka-save ang mga kulay bilang { $colour }, na tinatanggap.
photo-colour-cmyk = Naka-save ang litrato sa { $colour } na kulay (format para sa pag-print). Kailangan ng site ang RGB na kulay. Iko-convert ito ng auto-fix.
photo-colour-grey = Black and white ang litrato ({ $colour }). Pinapayagan ang black and white, pero RGB ang hinihingi sa pag-upload, kaya ise-save ito ng auto-fix bilang RGB.
photo-colour-other = Hindi magagamit ang format ng kulay ng litrato ({ $colour }). I-save ulit ito bilang karaniwang colour JPEG.
photo-icc-none = Walang naka-embed na colour profile; binabasa ang mga kulay bilang standard sRGB.
photo-icc-ok = Maayos ang naka-embed na colour profile ({ $space }).
photo-icc-mismatch = Ang naka-embed na colour profile ay para sa { $space }, hindi RGB. Ise-save ng auto-fix ang litrato bilang standard RGB.
photo-coding-ok = Naka-save ang JPEG sa standard (baseline) na paraan.
photo-coding-progressive = Naka-save ang JPEG bilang "progressive"; tinatanggihan ito ng ilang upload site. Magse-save ang auto-fix ng standard (baseline) na JPEG.
photo-orientation-ok = Nakatayo nang tama ang pagkaka-save ng litrato.
photo-orientation-turned = Na-save ng camera ang litratong ito nang nakaikot nang { $degrees }° at minarkahang ibalik; ipinapakita ito ng ilang site nang patagilid. Itatayo ito nang tama ng auto-fix.
photo-orientation-mirrored = Na-save ng camera ang litratong ito nang baligtad na parang salamin (nakaikot nang { $degrees }°); mali ang pagpapakita nito sa ilang site. Itatama ito ng auto-fix.
photo-size-ok = Pasok sa limitasyon ang laki ng file ({ $kilobytes } KB).
photo-size-small = Masyadong maliit ang file ({ $kilobytes } KB). Dapat hindi bababa sa { $min } KB: gamitin ang orihinal na litrato, hindi thumbnail.
photo-size-large = Masyadong malaki ang file ({ $kilobytes } KB). Dapat hanggang { $max } KB lang. Paliliitin ito ng auto-fix.
photo-dimensions-ok = Ang litrato ay { $width } × { $height } pixel, pasok sa limitasyon.
photo-dimensions-small = { $width } × { $height } pixel lang ang litrato. Dapat hindi bababa sa { $min } pixel ang lapad at taas: gamitin ang orihinal na litrato mula sa camera.
photo-dimensions-large = Ang litrato ay { $width } × { $height } pixel. Dapat hanggang { $max } pixel lang ang lapad at taas. Paliliitin ito ng auto-fix.
photo-aspect-ok = Tugma ang hugis ({ $width } × { $height }) sa { $expected } na litrato.
photo-aspect-off = Ang litrato ay { $width } × { $height } pixel, hindi hugis ng { $expected } (lapad:taas) na litrato. Ika-crop ito ng auto-fix sa paligid ng iyong ulo.
photo-face-skipped = Hindi nasuri ang mukha (hindi naka-load ang face finder).
photo-face-one = May nakitang isang mukha.
photo-face-none = Walang nakitang mukha. Humarap nang diretso sa camera, kita ang buong mukha at maliwanag.
photo-face-many = { $count } na mukha ang nakita. Ikaw lang dapat ang nasa litrato.
photo-face-inside = Nasa loob ng litrato ang buong mukha mo.
photo-face-cut = Dumidikit ang mukha mo sa gilid ng litrato. Umatras para magkasya sa frame ang buong ulo at balikat mo.
photo-top-ok = May espasyo sa itaas ng ulo mo ({ $percent } % ng taas).
photo-top-tight = Walang espasyo sa itaas ng ulo mo ({ $percent } % ng taas; kailangan ng hindi bababa sa { $min } %). Umatras o ibaba ang camera para hindi maputol ang tuktok ng ulo mo.
photo-head-ok = Sakop ng ulo mo ang { $percent } % ng taas (ang patakaran ay { $min }–{ $max } %).
photo-head-small = { $percent } % lang ng taas ang sakop ng ulo mo; dapat { $min }–{ $max } %. Lumapit, o hayaang i-crop ng auto-fix ang litrato.
photo-head-large = Umatras: sakop ng ulo mo ang { $percent } % ng taas; dapat { $min }–{ $max } %. Hindi ito maaayos sa pag-crop.
photo-eyes-ok = Nasa { $percent } % ng taas mula sa itaas ang mga mata mo (ang patakaran ay { $min }–{ $max } %).
photo-eyes-high = Masyadong mataas ang mga mata mo ({ $percent } % mula sa itaas; ang patakaran ay { $min }–{ $max } %). Mag-iwan ng mas maraming espasyo sa itaas ng ulo mo.
photo-eyes-low = Masyadong mababa ang mga mata mo ({ $percent } % mula sa itaas; ang patakaran ay { $min }–{ $max } %). Bawasan ang espasyo sa itaas ng ulo mo, o hayaang i-crop ng auto-fix ang litrato.
photo-centre-ok = Nasa gitna ang mukha mo.
photo-centre-left = Ang mukha mo ay { $percent } % pakaliwa mula sa gitna (hanggang { $max } % lang ang pinapayagan). Tumayo sa gitna ng frame, o hayaang i-crop ng auto-fix ang litrato.
photo-centre-right = Ang mukha mo ay { $percent } % pakanan mula sa gitna (hanggang { $max } % lang ang pinapayagan). Tumayo sa gitna ng frame, o hayaang i-crop ng auto-fix ang litrato.
photo-roll-ok = Diretso ang ulo mo.
photo-roll-tilted = Nakatagilid ang ulo mo nang mga { $degrees }° (hanggang { $max }° lang ang pinapayagan). Ituwid ang ulo mo at kumuha ulit ng litrato.
photo-roll-unknown = Hindi masukat ang pagkakatagilid ng ulo mo.
photo-brightness-ok = Maliwanag nang maayos ang mukha ({ $percent } % liwanag).
photo-brightness-dark = Masyadong madilim ang mukha ({ $percent } % liwanag; kailangan ang { $min }–{ $max } %). Kumuha ng litrato nang nakaharap sa bintana o maliwanag na ilaw.
photo-brightness-bright = Masyadong maliwanag ang mukha ({ $percent } % liwanag; kailangan ang { $min }–{ $max } %). Iwasan ang direktang flash o sikat ng araw.
photo-clipping-ok = Walang bahagi ng mukha na sobrang puti o sobrang itim.
photo-clipping-high = Ang { $percent } % ng mukha ay purong puti o purong itim. Gumamit ng mas malambot at pantay na ilaw nang walang flash.
photo-sharpness-ok = Malinaw ang mukha.
photo-sharpness-blurred = Malabo ang mukha. Hawakan nang hindi gumagalaw ang camera, hayaan itong mag-focus sa mukha mo, at kumuha ulit ng litrato.
photo-noise-ok = Malinis ang litrato (kaunting grain).
photo-noise-high = Magaspang (grainy) ang litrato, kadalasan dahil kulang sa ilaw. Kumuha ulit sa mas maliwanag na lugar.
photo-background-ok = Pantay ang background.
photo-background-uneven = Hindi iisang pantay na kulay ang background (may anino o bagay). Tumayo sa harap ng plain na pader na walang anino sa likod mo.
photo-background-plain = Walang bagay o pattern sa background.
photo-background-objects = May mga gilid o pattern ang background ({ $percent } % nito): mga bagay, muwebles o disenyo. Tumayo sa harap ng plain na pader.
photo-fix-rotated = Itinuwid ang pagkakaikot ng litrato.
photo-fix-converted = Na-convert sa RGB colour JPEG.
photo-fix-cropped = Na-crop sa hugis ng litrato, at nailagay ang ulo mo ayon sa mga patakaran.
photo-fix-resized = Pinaliit para magkasya sa limitasyon ng pixel at laki ng file.
photo-fix-encoded = Na-save bilang standard JPEG sa pinakamataas na kalidad na kasya sa limitasyon.
photo-fix-from-document = Kinuha mula sa larawan ng mukha na nakalimbag sa iyong dokumento.
photo-fix-enlarged = Pinalaki sa pinakamaliit na laki na tinatanggap ng form.
photo-fix-no-face = Kailangan ng auto-fix ng eksaktong isang mukha, at walang nakita.
photo-fix-many-faces = Kailangan ng auto-fix ng eksaktong isang mukha, at higit sa isa ang nakita.
photo-fix-too-close = Masyadong malapit sa camera o sa gilid ang mukha mo para ma-crop. Umatras at kumuha ulit ng litrato na may espasyo sa paligid ng ulo mo.
photo-fix-too-small = Pagkatapos i-crop, masyadong kaunti ang pixel ng litrato. Gamitin ang orihinal na litrato mula sa camera o lumapit pa.
photo-fix-bytes = Hindi ma-save ang litrato nang pasok sa limitasyon ng laki ng file. Gamitin ang orihinal na litrato mula sa camera.
photo-contrast-ok = Kitang-kita ang buhok at damit mo laban sa background.
photo-contrast-low = Halos kapareho ng kulay ng buhok o damit mo ang background, kaya hindi malinaw ang hugis ng ulo mo. Gumamit ng background na iba ang kulay (halimbawa maliwanag na pader kung madilim ang buhok).
photo-glasses-ok = Kita ang mga mata mo.
photo-glasses-dark = Mukhang natatakpan ang mga mata mo (madilim na salamin o makapal na anino). Alisin ang sunglasses o may kulay na salamin, at ilawan ang mukha mo mula sa harap.

## Card reader: choosing a reader and waiting for the card
chip-readers-remembered = Mga reader na ginamit mo na dati sa computer na ito
chip-read-with = Basahin gamit ang { $product }
chip-readers-system = Mga card reader ng computer na ito
chip-readers-system-none = Walang card reader na nakikita ang computer. Magkonekta ng isa at i-reload ang page na ito.
chip-readers-help-link = Aling mga card reader ang gumagana? Tulong tungkol sa mga reader
chip-waiting-card = Ilagay ang card sa reader
chip-waiting-card-hint = Handa na ang reader. Kusang magsisimula ang pagbasa kapag nasa reader na ang card; huwag galawin ang card hanggang matapos.
chip-cancel = Kanselahin
chip-reader-unavailable = Hindi available ang reader na “{ $product }”.
chip-reader-unavailable-advice = Maaaring natanggal ito sa pagkakasaksak, o hindi tumatakbo ang smart-card service ng computer. Ikonekta ulit ang reader at piliin ito muli.

## Help: card readers
help-readers-title = Mga card reader: alin ang gumagana at paano i-set up
help-readers-intro = Binabasa ng madoguchi ang chip ng Residence Card gamit ang contactless (NFC) smart-card reader na nakakonekta sa USB, sa Chrome o Edge sa computer. Hindi kayang gumamit ng USB card reader mula sa web page ang mga phone at tablet.
help-readers-works-heading = Mga reader na gumagana mula sa web page na ito
help-readers-works-body = Mga reader na vendor-specific ang USB interface: SCM / Identiv SCL011, SCL3711 at SDI011; HID OMNIKEY 5321 CLi at 5021 CL; Reiner SCT cyberJack RFID; Sony PaSoRi RC-S300 at RC-S380. Ikonekta ang reader, pindutin ang “Piliin ang card reader at basahin” at piliin ito sa listahan ng browser; sa susunod, lalabas ito sa ilalim ng “Mga reader na ginamit mo na dati”.
help-readers-works-tested = Sinusunod ng madoguchi ang protocol na inilathala ng bawat gumawa at sinusubok ito gamit ang mga simulated na reader ng mga ganitong uri. Kung wala sa listahan ang reader mo o hindi ito gumagana, sabihin sa opisina o sa madoguchi project ang eksaktong pangalan ng model nito.
help-readers-protected-heading = Mga reader na hindi magagamit mula sa web page
help-readers-protected-body = Hindi pinapayagan ng Chrome ang mga web page na gumamit ng mga reader na nagpapakilalang standard smart-card reader (USB class 0B), gaya ng ACS ACR1252U o karamihan ng reader na ibinebenta para sa My Number card. Sasabihin ito ng madoguchi kapag pumili ka ng ganito. Gumagana ang mga reader na ito kapag naka-install ang madoguchi bilang Isolated Web App (tingnan sa ibaba), at sa opisyal na reader app ng Immigration Services Agency.
help-readers-windows-heading = Windows: ang WinUSB driver
help-readers-windows-body = Sa Windows, USB device lang na WinUSB ang driver ang magagamit ng web page. Ang reader na na-install gamit ang driver ng gumawa nito (halimbawa ang Sony NFC Port Software para sa RC-S380) ay nangangailangan ng WinUSB para sa interface na ginagamit ng madoguchi: sa libreng tool na Zadig, piliin ang reader, piliin ang WinUSB at pindutin ang “Replace Driver”. Ang mga program na gumagamit ng driver ng gumawa ay hindi na gagana sa reader na iyon hangga't hindi muling naka-install ang driver ng gumawa.
help-readers-linux-body = Walang kailangang i-set up sa macOS at ChromeOS. Sa Linux, payagan ang iyong user na buksan ang reader gamit ang udev rule para sa USB vendor ID at product ID nito, at ihinto ang pcscd kung hawak nito ang reader.
help-readers-iwa-heading = Para sa mga opisina: i-install ang madoguchi bilang Isolated Web App
help-readers-iwa-body = Ang opisinang gustong gumamit ng mga standard reader ay maaaring mag-install ng madoguchi bilang Isolated Web App (IWA) sa managed na Chrome o ChromeOS sa pamamagitan ng enterprise policy na IsolatedWebAppInstallForceList. Sa loob ng IWA, pinapayagan ng Chrome ang madoguchi na gumamit ng anumang standard (CCID) reader sa WebUSB gamit ang pahintulot na "usb-unrestricted".
help-readers-iwa-smartcard = Kung saan may Web Smart Card API ang Chrome (Isolated Web App sa ChromeOS), inililista rin ng madoguchi ayon sa pangalan ang sariling mga card reader ng computer sa ilalim ng “Mga card reader ng computer na ito”; ang mga driver ng computer na ang kumakausap sa reader, kaya walang kailangang palitang driver.
help-readers-back = Bumalik sa card reader

## Worker (photo checks and document reading off the page's thread)
worker-failed = Biglang huminto ang pagsusuri. Subukan ulit; kung mangyari ulit, i-reload ang page.
worker-model-download-failed = Hindi ma-download ang isang file na kailangan sa pagsusuri. Tingnan ang koneksyon at subukan ulit.
worker-model-damaged = Sira ang isang na-download na file na kailangan sa pagsusuri. I-reload ang page para i-download ulit ito.

## Photo step (application flows) and the photo-check page
photo-page-title = Suriin ang ID photo
photo-page-intro = Piliin ang aplikasyon at isang litrato. Susuriin ito ng madoguchi ayon sa mga patakaran ng aplikasyong iyon, ipapaliwanag kung ano ang dapat baguhin, at aayusin ang maaaring ayusin (pag-ikot, kulay, pag-crop, laki).
photo-profile-legend = Litrato para sa
photo-step-choose = Pumili ng litrato
photo-step-choose-hint = JPEG o PNG na litrato mula sa device na ito. Sinusuri ito sa browser na ito at hindi ipinapadala kahit saan.
photo-step-file = Pumili ng file ng litrato
photo-step-take = Kumuha ng litrato gamit ang camera
photo-step-checking = Sinusuri ang litrato…
photo-step-fixing = Inaayos ang litrato…
photo-step-downloading = Dina-download ang face detector (sa unang beses lang): { $percent } %
photo-step-cancel = Kanselahin
photo-file-too-large = Mas malaki sa 50 MB ang file na ito at hindi masusuri. Piliin ang litrato gaya ng pagkaka-save ng camera, o mas maliit na kopya.
photo-summary-pass = Pasado ang litrato sa lahat ng patakarang masusuri rito.
photo-summary-warn = Maaaring tanggihan ang litrato: tingnan ang mga puntong may markang "Tingnan".
photo-summary-fail = Hindi pasado ang litrato sa mga patakaran. Tingnan sa ibaba kung ano ang dapat baguhin.
photo-verdict-pass = OK
photo-verdict-warn = Tingnan
photo-verdict-fail = May problema
photo-verdict-skip = Hindi nasuri
photo-measured = Nasukat: { $measured } (patakaran: { $limit })
photo-overlay-alt = Ang litrato mo, kasama ang nakitang mukha at ang gabay kung saan dapat ang mga mata at ang gitna
photo-fix-button = Awtomatikong ayusin ang litrato
photo-fix-heading = Inayos na litrato
photo-fix-before = Bago
photo-fix-after = Pagkatapos
photo-fix-done = Ang ginawa:
photo-fix-use = Gamitin ang inayos na litrato
photo-fix-keep = Panatilihin ang orihinal
photo-fix-in-use = Ginagamit mo ang inayos na litrato.
photo-confirm-heading = Pakikumpirma
photo-accept = Gamitin ang litratong ito
photo-accept-blocked = Para magpatuloy, dapat walang natitirang "May problema" sa litrato at dapat may tsek ang bawat kahon sa itaas.
photo-saved-heading = Handa na ang litrato mo
photo-save-link = I-save ang litrato (JPEG)
photo-saved-hint = I-upload ang file na ito sa application site. Ginawa ito sa browser na ito; hindi ito ipinadala ng madoguchi kahit saan.
photo-privacy = Nananatili sa device na ito ang litrato mo: sinusuri at inaayos ito sa loob ng browser na ito.

## Document scan

document-scan-title = Basahin ang Residence Card o pasaporte
document-scan-intro = Kumuha o pumili ng litrato ng dokumento: binabasa ang mga detalye nito sa browser na ito, at maaari mo itong suriin at itama. Hindi ipinapadala kahit saan ang litrato at ang mga detalye.
document-scan-kind-legend = Aling dokumento?
document-scan-kind-residence-card = Residence Card o Special Permanent Resident Certificate (harap)
document-scan-kind-passport = Pasaporte (ang pahinang may litrato mo)
document-scan-choose = Litrato ng dokumento
document-scan-choose-hint = Litratong JPEG o PNG (pati HEIC kung kaya itong buksan ng browser na ito), o ang camera.
document-scan-file = Pumili ng file ng litrato
document-scan-camera-start = Gamitin ang camera
document-scan-camera-stop = Isara ang camera
document-scan-camera-capture = Kunan ng litrato
document-scan-camera-guide = Ilapag nang patag ang dokumento sa loob ng frame, kasinlaki hangga't maaari, at walang silaw.
document-scan-camera-unavailable = Hindi mabuksan ang camera. Payagan ang paggamit ng camera, o pumili na lang ng file ng litrato.
document-scan-camera-auto = Kapag hindi gumagalaw at malinaw ang dokumento, kusang kukunan ang litrato.
document-scan-camera-hold-still = Huwag galawin ang dokumento at ang camera.
document-scan-camera-blurred = Malabo ang larawan: ilapit ang dokumento o hintaying mag-focus ang camera.
document-scan-reading = Binabasa ang dokumento…
document-scan-downloading = Dina-download ang pambasa ng teksto (unang beses lang): { $percent } %
document-scan-cancel = Kanselahin
document-scan-unreadable = Hindi mabasa ang dokumento sa litratong ito. Pakikuhang muli ang litrato.
document-scan-visa-page = Pahina ito ng visa. Kunan ang pahina ng pasaporte na may litrato mo, hindi ang pahina ng visa.
document-scan-passport-not-card = Mukhang pasaporte ito. Piliin ang "Pasaporte" sa itaas, o kunan ang harap ng Residence Card.
document-scan-number-unreadable = Hindi mabasa ang numero ng card sa litratong ito. Kunan muli, o i-type ang numero.
document-scan-failed = Biglang huminto ang pagbasa. Subukang muli; kung maulit, i-reload ang pahina.
document-scan-advice-heading = Paano kumuha ng litrato
document-scan-advice-flat = Ilapag nang patag ang dokumento at kunan nang diretso mula sa itaas.
document-scan-advice-large = Palakihin hangga't maaari ang dokumento sa litrato.
document-scan-advice-glare = Iwasang sumilaw ang ilaw na nagpapaputi sa mga titik.
document-scan-advice-sharp = Tiyaking malinaw at nababasa ang mga titik at numero sa litrato.
document-scan-advice-passport-page = Sa pasaporte, kunan ang pahinang may litrato mo, hindi ang pahina ng JAPAN VISA.
document-scan-review-heading = Suriin ang nabasa
document-scan-review-hint = Itama ang anumang maling o walang lamang detalye. Katabi ng bawat detalye ang bahagi ng litrato kung saan ito nabasa.
document-scan-review-count = Mga detalyeng susuriin: { $count }. May markang "Pakisuri" ang mga ito.
document-scan-review-none = Malinaw na nabasa ang lahat ng detalye. Ihambing pa rin ang mga ito sa dokumento.
document-scan-check-mark = Pakisuri:
document-scan-needs-review = mahirap basahin ang detalyeng ito.
document-scan-not-found = hindi nakita sa litrato ang detalyeng ito. I-type ito.
document-scan-check-valid = Check digit: tugma.
document-scan-check-repaired = Check digit: tugma matapos itama ang magkakamukhang titik.
document-scan-check-invalid = Check digit: hindi tugma. Malamang na mali ang detalyeng ito.
document-scan-crop-alt = Bahagi ng litrato kung saan nabasa ang "{ $field }"
document-scan-glare-warning = May silaw sa dokumento sa litratong ito. Kung may maling detalye, kunan muli nang walang silaw.
document-scan-small-warning = Maliit ang dokumento sa litratong ito, kaya maaaring mali ang pagbasa sa maliliit na letra. Kung may maling detalye, kunan muli nang mas malapit, na sakop ng dokumento ang buong frame.
document-scan-many-to-check = May ilang detalyeng mahirap basahin. Maaaring mas mabasa ang mga ito sa ibang litrato:
document-scan-mrz-heading = Machine-readable zone (ang mga linya sa ibaba ng pahina)
document-scan-mrz-pass = Tugma ang lahat ng check digit.
document-scan-mrz-fail = May mga check digit na hindi tugma: suriin ang mga detalyeng may marka sa itaas.
document-scan-confirm = Tama ang mga detalyeng ito
document-scan-again = Magbasa ng ibang litrato
document-scan-confirmed = Nakumpirma ang mga detalye. Walang ipinadala: nagbabasa lang ng dokumento ang pahinang ito.
document-scan-privacy = Binabasa ang litrato sa browser na ito. Walang ina-upload.
document-field-surname = Apelyido
document-field-given-names = Mga pangalan
document-field-passport-number = Numero ng pasaporte
document-field-nationality = Nasyonalidad
document-field-birth-date = Petsa ng kapanganakan
document-field-sex = Kasarian
document-field-expiry-date = Petsa ng pag-expire
document-field-issuing-state = Bansang nag-isyu
document-field-card-number = Numero ng card
document-field-name = Pangalan
document-field-address = Tirahan
document-field-prefecture = Prefecture
document-field-status = Katayuan ng paninirahan
document-field-work-restriction = Paghihigpit sa trabaho
document-field-period-of-stay = Panahon ng pananatili
document-field-stay-expiry-date = Katapusan ng panahon ng pananatili
document-field-card-valid-until = May bisa ang card hanggang
chip-number-camera = Basahin ang numero mula sa litrato ng card
chip-number-camera-reading = Binabasa ang numero ng card mula sa litrato…
chip-number-camera-read = Nabasa ang numero mula sa litrato. Ihambing ito sa card bago magpatuloy.

## My Number card online application flow (seeds 002, 004)
mynumber-steps-label = Mga hakbang ng aplikasyon
mynumber-step-1 = Mga tuntunin
mynumber-step-2 = Email address
mynumber-step-3 = Naipadala ang email
mynumber-step-4 = Detalye ng aplikasyon
mynumber-step-5 = Litrato ng mukha
mynumber-step-6 = Suriin
mynumber-step-7 = Tapos na
mynumber-title = Online na aplikasyon ng My Number card (マイナンバーカード)
mynumber-terms-heading = Bago ka magsimula
mynumber-terms-residents = Para lamang sa mga nakatira sa Japan ang online na aplikasyon.
mynumber-terms-representative = Para sa taong wala pang 15 taong gulang, o adult na nasa ilalim ng guardianship, ang legal na kinatawan ang mag-a-apply.
mynumber-terms-operator = Ang card ay inisyu ng J-LIS (Japan Agency for Local Authority Information Systems) ayon sa mga tuntunin ng paggamit nito at sa paghawak nito ng personal na impormasyon; basahin ang mga ito sa opisyal na application site bago ka pumayag.
mynumber-terms-madoguchi = Sinusuri ng madoguchi ang mga inilagay mo at ang litrato sa browser na ito, at ipinapadala lang ang kumpletong form kapag pinindot mo ang "Irehistro".
mynumber-consent-age = 15 taong gulang na ako o higit pa, o ako ang legal na kinatawan ng taong wala pang 15 taong gulang o ng adult na nasa ilalim ng guardianship.
mynumber-consent-terms = Tinatanggap ko ang mga tuntunin ng paggamit ng online na aplikasyon ng My Number card at ang paghawak ng personal na impormasyon, at ako ay nag-a-apply.
mynumber-confirm = Susunod
mynumber-back = Bumalik
mynumber-register = Irehistro
mynumber-loading = Naglo-load…
mynumber-email-heading = Irehistro ang iyong email address
mynumber-email-intro = Ipapadala sa address na ito ang link para ituloy ang aplikasyon.
mynumber-qr-legend = Application ID mula sa QR code
mynumber-qr-hint = Kunan ng litrato ang QR code sa iyong notification letter o application form: awtomatikong mapupunan ang application ID. Walang ina-upload.
mynumber-qr-button = Basahin ang QR code mula sa litrato
mynumber-qr-reading = Binabasa ang QR code…
mynumber-qr-filled = Napunan ang application ID mula sa QR code. Suriin ito sa ibaba.
mynumber-qr-not-found = Walang nakitang application ID sa litratong ito. Kumuha ulit ng litrato na malaki, patag at malinaw ang QR code, o i-type ang ID.
mynumber-application-id = Application ID (申請書ID)
mynumber-application-id-hint = 23 digit, nakalimbag sa application form (halimbawa 1234 5678 9012 3456 7890 123). Puwedeng may espasyo.
mynumber-application-id-again = Application ID ulit (para masuri)
mynumber-application-id-show = Ipakita ang mga digit
mynumber-mail-name = Pangalan para sa mga email (メール連絡用氏名)
mynumber-mail-name-hint = Hanggang 50 character, gamit lamang ang JIS level 1 at 2 kanji (walang bihirang variant na character), halimbawa 番号 太郎. Dito mo malalaman kung kaninong aplikasyon ang tinutukoy ng email.
mynumber-email = Email address
mynumber-email-hint = Hanggang 100 half-width na character. Payagan sa iyong spam filter ang mga email mula sa application centre.
mynumber-email-again = Email address ulit (para masuri)
mynumber-challenge-legend = Pagsusuri gamit ang larawan
mynumber-challenge-hint = Ipinapakita nito na tao, hindi programa, ang nagpaparehistro. I-type ang limang titik at numero sa larawan; hindi mahalaga kung malaki o maliit na titik.
mynumber-challenge-loading = Kinukuha ang larawan…
mynumber-challenge-failed = Hindi ma-load ang larawan. Tingnan ang iyong koneksyon, saka pindutin ang "Ipakita ang ibang larawan".
mynumber-challenge-image-alt = Larawan ng limang baluktot na titik at numero na ita-type sa ibaba. Kung hindi mo ito makita, pindutin ang "Pakinggan".
mynumber-challenge-another = Ipakita ang ibang larawan
mynumber-challenge-listen = Pakinggan
mynumber-challenge-listen-hint = Ang parehong limang character, binibigkas isa-isa sa Ingles, may ingay.
mynumber-challenge-answer = Mga character sa larawan
mynumber-challenge-answer-hint = Limang titik at numero, halimbawa K7M4X.
mynumber-email-confirm-heading = Suriin ang pagpaparehistro ng iyong email
mynumber-email-confirm-intro = Tiyaking eksaktong kapareho ng nasa form mo ang application ID: kapag mali ang ID, hindi maiisyu ang card.
mynumber-sent-heading = Naipadala ang email
mynumber-sent-body = Ipinadala sa { $email } ang email na may link para ituloy ang iyong aplikasyon. Buksan ang link para magpatuloy sa detalye ng aplikasyon.
mynumber-sent-hint = Maaaring tumagal ito nang ilang minuto. Kung walang dumating, tingnan ang spam folder, saka magparehistro ulit mula sa STEP 1.
mynumber-sent-local-outbox = Buksan ang local outbox (walang mail server ang makinang ito)
mynumber-addressee = { $name }
mynumber-link-expires = gumagana ang page na ito hanggang { $expires }
mynumber-application-heading = Detalye ng aplikasyon
mynumber-course-legend = Alin ang aplikasyon mo?
mynumber-course-new = A. Bago (新規): unang card, o expired, nawala o sirang card
mynumber-course-new-who = Hindi ka pa nagkaroon ng My Number card, o expired na ang card mo, o nawala mo ito at wala kang valid na card.
mynumber-course-renewal = B. Renewal (更新1・通常切替): My Number card lang
mynumber-course-renewal-who = Valid pa ang card mo at hindi ito pinagsama sa driving licence. Para rin sa card na puno na ang espasyo para sa mga pagbabago.
mynumber-course-licence = C. Renewal na dala ang licence (更新2・マイナ免許証引継ぎ): Myna driving licence
mynumber-course-licence-who = Ang valid mong card ay driving licence mo rin (o driving history certificate) at gusto mong ganoon din ang bagong card.
mynumber-licence-number = Licence record number (免許情報記録番号, 12 digit)
mynumber-licence-number-hint = Kopyahin ang numerong ipinapakita ng app na nagbabasa ng Myna licence (マイナ免許証読み取りアプリ); maaaring iba ito sa numerong nakalimbag sa plastic na licence.
mynumber-birth-date = Petsa ng kapanganakan
mynumber-birth-date-hint = Sa Western calendar o sa Japanese era, halimbawa Heisei 10-01-01 o 1998-01-01. Ikinukumpara ito sa application ID, at dito nalalaman ang edad (walang litrato kapag wala pang isang taon).
mynumber-calendar = Kalendaryo
mynumber-calendar-seireki = Western calendar (西暦)
mynumber-calendar-reiwa = Reiwa (令和)
mynumber-calendar-heisei = Heisei (平成)
mynumber-calendar-showa = Showa (昭和)
mynumber-calendar-taisho = Taisho (大正)
mynumber-calendar-meiji = Meiji (明治)
mynumber-year = Taon
mynumber-month = Buwan
mynumber-day = Araw
mynumber-options-legend = Ano ang ilalagay sa card
mynumber-cert-signature = Mag-isyu ng electronic certificate para sa pirma (署名用電子証明書)
mynumber-cert-signature-hint = Kailangan para pumirma sa mga online na aplikasyon gaya ng e-Tax. Alisin lang ang tsek kung ayaw mo nito.
mynumber-cert-user = Mag-isyu ng electronic certificate para sa pag-verify ng user (利用者証明用電子証明書)
mynumber-cert-user-hint = Kailangan para mag-log in gamit ang card, halimbawa para gamitin ito bilang health insurance card o para sa Mynaportal. Alisin lang ang tsek kung ayaw mo nito.
mynumber-braille = Ilimbag ang pangalan ko sa braille sa card
mynumber-declaration = Tama ang mga detalye sa itaas.
mynumber-photo-heading = Litrato ng mukha
mynumber-photo-intro = Kinuha sa loob ng huling 6 na buwan, nakaharap, walang sumbrero, at plain ang background. Sinusuri ng madoguchi ang mga opisyal na patakaran at kaya nitong ayusin ang iba pa.
mynumber-photo-not-needed = Hindi kailangan (wala pang isang taong gulang).
mynumber-photo-missing = Wala na sa page na ito ang litrato (hindi ito kailanman sine-save). Bumalik sa hakbang ng litrato at piliin ulit ito.
mynumber-photo-alt = Ang litrato ng mukha mo para sa card
mynumber-confirm-heading = Suriin ang iyong aplikasyon
mynumber-confirm-intro = Suriin ang bawat detalye. Gamitin ang mga button sa ibaba para magtama; hindi mawawala ang anumang na-type mo.
mynumber-application-date = Petsa ng aplikasyon
mynumber-yes = Oo
mynumber-no = Hindi
mynumber-back-to-details = Baguhin ang detalye ng aplikasyon
mynumber-back-to-photo = Palitan ang litrato
mynumber-start-again = Irehistro ulit ang iyong email address
mynumber-done-heading = Nairehistro ang aplikasyon
mynumber-done-receipt = Receipt number { $receipt } ({ $time }). Banggitin ito sa anumang pagtatanong.
mynumber-done-no-receipt = Nairehistro ang aplikasyon.
mynumber-done-mail = May confirmation email na ipinadala sa address mo. Wala na sa tab na ito ang mga inilagay mo o ang litrato mo.
outbox-heading = Local outbox
outbox-intro = Walang totoong email na ipinapadala ang makinang ito: dito ipinapakita ang mga mensaheng ipapadala sana ng madoguchi.
outbox-off = Naka-off ang local outbox sa server na ito: tingnan na lang ang iyong email.
outbox-empty = Wala pang email.
api-error-offline = Hindi maabot ang server. Tingnan ang koneksyon at subukan ulit; nakatago pa rin ang mga inilagay mo.
api-waiting-for-network = Offline ka. Nakatago ang iyong form sa tab na ito at kusa itong ipapadala kapag bumalik ang koneksyon. Panatilihing bukas ang pahinang ito.
mynumber-photo-kept = Ang litratong pinili mo
mynumber-photo-keep = Gamitin ang litratong ito at magpatuloy

## Photo check
photo-yaw-ok = Nakaharap ka sa camera (nakaikot nang { $degrees }°).
photo-yaw-left = Iharap ang mukha mo sa camera: nakaikot ito nang mga { $degrees }° pakaliwa mo, at hanggang { $max }° lang ang pinapayagan. Tumingin nang diretso sa lens at dapat pantay ang pagkakita sa dalawang tainga.
photo-yaw-right = Iharap ang mukha mo sa camera: nakaikot ito nang mga { $degrees }° pakanan mo, at hanggang { $max }° lang ang pinapayagan. Tumingin nang diretso sa lens at dapat pantay ang pagkakita sa dalawang tainga.
photo-pitch-ok = Pantay ang ulo mo (hindi nakataas o nakababa ang baba).
photo-pitch-up = Ibaba nang kaunti ang baba mo: nakatingala ang ulo mo nang mga { $degrees }°, at hanggang { $max }° lang ang pinapayagan. Hawakan ang camera na kapantay ng mata at tumingin nang diretso rito.
photo-pitch-down = Itaas nang kaunti ang baba mo: nakayuko ang ulo mo nang mga { $degrees }°, at hanggang { $max }° lang ang pinapayagan. Hawakan ang camera na kapantay ng mata at tumingin nang diretso rito.
photo-pose-unknown = Hindi masukat kung saan nakaharap ang mukha mo. Tiyaking kita ang buong mukha mo at maliwanag ito.
photo-eyes-open-ok = Nakadilat ang mga mata mo.
photo-eyes-open-closed = Mukhang nakapikit o kalahating nakapikit ang mga mata mo. Dumilat nang natural, tumingin sa camera, at kumuha ulit ng litrato.
photo-eyes-open-unknown = Hindi masukat kung nakadilat ang mga mata mo. Tingnan mo ito mismo bago mag-upload.
photo-hat-none = Walang napansing sumbrero o takip sa ulo.
photo-hat-maybe = Maaaring may suot kang sumbrero o takip sa ulo (hindi mukhang buhok ang tuktok ng ulo mo). Alisin ito maliban kung suot mo ito dahil sa relihiyon o medikal na dahilan; kung buhok mo ito, puwede mong balewalain ang paalalang ito.
photo-screen-none = Walang palatandaan na litrato ito ng screen o ng naka-print na litrato.
photo-screen-maybe = Maaaring litrato ito ng screen o ng naka-print na litrato (may nakitang pino at paulit-ulit na pattern sa mukha). Sa halip, kumuha ng bagong litrato mo gamit ang camera.

## Account pages
account-register-heading = Pagpaparehistro ng user
account-register-intro = Magparehistro nang isang beses para magamit ang online system ng aplikasyon sa paninirahan, halimbawa para matanggap ang iyong Certificate of Eligibility sa email at irehistro ang pagtanggap nito.
account-terms-heading = Mga tuntunin ng paggamit
account-terms-purpose = Ang personal na impormasyong irerehistro mo ay gagamitin lamang para sa mga proseso ng system na ito.
account-terms-hours = Magagamit ang system nang 24 oras bawat araw, 365 araw bawat taon, maliban sa maintenance na maaaring mangyari nang walang abiso.
account-terms-mail = Nagpapadala ang system ng email sa address na irerehistro mo. Payagan ang email mula sa serbisyong ito para hindi mapunta sa spam.
account-terms-japanese = Nakasulat sa Japanese ang mga tuntunin; kapag may pagkakaiba ang salin, ang bersyong Japanese ang masusunod.
account-terms-accept = Nabasa ko ang mga tuntunin ng paggamit at sumasang-ayon ako.
account-email = Email address
account-email-again = Email address (muli, para masuri)
account-email-hint = Gumamit ng half-width na mga character, halimbawa name@example.jp.
account-register-send = Magparehistro
account-register-sent-heading = Tingnan ang iyong email
account-register-sent-to = Kung maaaring irehistro ang { $email }, may ipinadalang link doon para magpatuloy.
account-register-sent-hint = Buksan ang link sa email sa loob ng 24 oras. Pagkatapos noon, ilagay muli ang iyong email address.
account-register-again = Simulan muli ang pagpaparehistro
account-registration-heading = Pagpaparehistro ng user
account-registration-intro = Piliin ang uri ng user at ilagay ang iyong pangalan, numero ng telepono at password. Kailangan ang lahat ng field.
account-link-expires = Magagamit ang pahinang ito hanggang { $time } (oras sa Japan).
account-user-kind = Uri ng user
account-latin-name = Pangalan (Latin na titik)
account-latin-name-hint = Malalaking titik A–Z, hanggang 104 na character, may espasyo sa pagitan ng mga salita, gaya ng nasa pasaporte (halimbawa NGUYEN VAN AN).
account-phone = Numero ng telepono
account-phone-hint = Mga numero lamang, walang gitling: ang 012-345-6789 ay itina-type na 0123456789.
account-password = Password
account-password-hint = 10 hanggang 20 character, may kahit isa sa bawat uri: malaking titik (A–Z), maliit na titik (a–z), numero (0–9) at simbolo ($%&=@_#*+-?!).
account-password-again = Password (muli, para masuri)
account-password-again-hint = I-type muli ang parehong password.
account-to-confirm = Magpatuloy sa pagkumpirma
account-registration-confirm-heading = Kumpirmahin ang pagpaparehistro
account-registration-confirm-intro = Tama ba ang lahat ng nasa ibaba?
account-back-to-input = Bumalik sa form
account-register-button = Magparehistro
account-registration-done-heading = Tapos na ang pagpaparehistro
account-user-id = User ID
account-user-id-keep = Itago ang iyong user ID: ito ang gagamitin mo sa pag-log in. Ipinadala rin ito sa iyo sa email.
account-login-heading = Mag-log in
account-login-intro = Ilagay ang user ID na ibinigay sa pagpaparehistro at ang iyong password.
account-login-button = Mag-log in
account-login-needed = Mag-log in para makita ang pahinang ito.
account-session-expired = Na-log out ka dahil walang aktibidad sa loob ng 3 oras. Mag-log in muli; nakatago pa ang iyong tinype.
account-unlock-by-reset = I-unlock ngayon sa pamamagitan ng bagong password
account-forgot-user-id-link = Nakalimutan ang user ID?
account-forgot-password-link = Nakalimutan ang password?
account-register-link = Magparehistro bilang bagong user
account-logout-heading = Mag-log out
account-logout-question = Gusto mo bang mag-log out?
account-logout-button = Mag-log out
account-logout-done-heading = Naka-log out na
account-back-to-mypage = Bumalik sa My page
account-back-to-login = Bumalik sa pag-log in
account-mail-sent-heading = Tingnan ang iyong email
account-send = Ipadala
account-forgot-user-id-heading = Nakalimutan ang user ID
account-forgot-user-id-intro = Ilagay ang email address at ang pangalan sa Latin na titik na iyong inirehistro. Ipapadala namin ang iyong user ID sa address na iyon.
account-forgot-password-heading = Nakalimutan ang password
account-forgot-password-intro = Ilagay ang iyong user ID at ang email address na inirehistro mo. Magpapadala kami ng link para magtakda ng bagong password; ina-unlock din nito ang naka-lock na account.
account-reset-heading = Magtakda ng bagong password
account-reset-intro = Pumili ng bagong password. Kapag naitakda ito, maa-unlock din ang account kung naka-lock ito.
account-new-password = Bagong password
account-reset-button = Itakda ang password
account-reset-done-heading = Naitakda na ang password
account-mypage-heading = My page
account-previous-login = Huling pag-log in: { $time }
account-coe-link = Mga Certificate of Eligibility (pagrehistro ng pagtanggap)
account-details-heading = Detalye ng user
account-change-email = Palitan ang email address
account-change-password = Palitan ang password
account-change-phone = Palitan ang numero ng telepono
account-email-change-heading = Palitan ang email address
account-email-change-intro = Ilagay nang dalawang beses ang bagong address. Magpapadala kami ng link doon; tapos na ang pagpapalit kapag binuksan mo ang link.
account-new-email = Bagong email address
account-change-button = Palitan
account-change-done-heading = Tapos na ang pagpapalit
account-password-change-heading = Palitan ang password
account-current-password = Kasalukuyang password
account-phone-change-heading = Palitan ang numero ng telepono
account-phone-confirm-heading = Kumpirmahin ang pagpapalit
account-phone-changed = Napalitan na ang iyong numero ng telepono.
passkey-needs-name = Hindi gumagana ang passkey sa page na binuksan gamit ang IP address (gaya ng 127.0.0.1). Buksan ang site gamit ang pangalan nito (halimbawa localhost).
passkey-failed = Hindi ma-check ang passkey. Pakisubukan ulit.
passkey-login-failed = Hindi ka makaka-log in gamit ang passkey na ito: baka inalis na ito. Mag-log in gamit ang user ID at password.
passkey-too-many = Hanggang 10 passkey lang ang puwedeng i-register. Alisin ang hindi na ginagamit.
passkey-exists = Naka-register na ang passkey ng device na ito.
passkey-removed = Inalis na ang passkey.
passkey-added = Naka-register na ang passkey. Mula ngayon, magagamit mo ang "Mag-log in gamit ang passkey" sa login page.
passkey-cancelled = Kinansela o nag-time out ang hiling ng passkey.
passkey-unsupported = Hindi sinusuportahan ng browser na ito ang passkey.
passkey-login-heading = Mag-log in gamit ang passkey
passkey-login-intro = Kung nag-register ka ng passkey sa My page, magagamit mo ito sa halip na user ID at password.
passkey-login-button = Mag-log in gamit ang passkey
passkey-heading = Mga passkey
passkey-intro = Sa passkey, magla-log in ka gamit ang fingerprint, mukha o PIN ng device na ito. Gumagana pa rin ang pag-log in gamit ang password.
passkey-none = Wala pang naka-register na passkey.
passkey-label = Pangalan ng passkey
passkey-label-hint = Pangalang magsasabi kung aling device ito (hanggang 40 character), halimbawa "Phone".
passkey-added-at = Na-register
passkey-last-used = Huling ginamit
passkey-actions = Mga aksyon
passkey-never-used = Hindi pa nagagamit
passkey-remove-button = Alisin ang "{ $label }"
passkey-remove-question = Aalisin ang passkey na "{ $label }"? Hindi ka na makaka-log in gamit ito.
passkey-keep = Huwag alisin
passkey-remove-confirm = Alisin
passkey-add-button = Mag-register ng passkey
account-session-warning-heading = Malapit ka nang ma-log out
account-session-warning = Dahil walang aktibidad, awtomatiko kang mala-log out sa { $time } (sa loob ng { $minutes } minuto). Piliin ang OK para manatiling naka-log in nang 3 oras pa.
account-session-extend = OK (3 oras pa)
account-session-cancel = Kanselahin
account-session-extended = Mananatili kang naka-log in hanggang { $time }.
account-coe-heading = Listahan ng pagrehistro ng pagtanggap
account-coe-intro = Mga Certificate of Eligibility na ipinadala sa iyo sa email. I-download ang bawat isa at irehistro ang pagtanggap. Hangga't hindi mo ito ginagawa, may paalala tuwing 7 araw, hanggang 3 buwan mula sa pag-isyu.
account-coe-as-of = Hanggang { $time }
account-coe-page-size = Bilang bawat pahina
account-coe-page-size-option = { $count } bawat pahina
account-coe-total = { $total } certificate sa kabuuan
account-coe-empty = Wala pang certificate na ipinadala sa iyo.
account-coe-number = Numero ng Certificate of Eligibility
account-coe-requested-at = Hiniling ang pagrehistro
account-coe-received-at = Nairehistro ang pagtanggap
account-coe-status = Katayuan ng pagtanggap
account-coe-file = Certificate
account-coe-action = Pagtanggap
account-coe-pdf = I-download ang { $number } (PDF)
account-coe-register = Irehistro ang pagtanggap
account-coe-confirm = Irehistro ang pagtanggap ng Certificate of Eligibility na ito?
account-coe-close = Isara
account-coe-registered = Nairehistro na ang pagtanggap ng certificate { $number }.
account-coe-pages = Mga pahina
account-coe-first = Una
account-coe-last = Huli
coe-status-unregistered = Hindi pa nairehistro
coe-status-registered = Nairehistro ang pagtanggap
office-nav = Opisina
office-heading = Opisina: mga certificate at aplikasyon
office-issue-heading = Mag-isyu ng Certificate of Eligibility
office-issue-intro = Itatago ang certificate at makakatanggap ang user ng email na may link para irehistro ang pagtanggap.
office-coe-number-hint = Mga titik A–Z, numero at gitling, hanggang 32 character.
office-coe-pdf = Certificate (PDF file, hanggang 10 MB)
office-issue-button = I-isyu
office-issued = Na-isyu ang certificate { $number } at naabisuhan ang user sa email.
office-issued-heading = Mga na-isyung certificate
office-submissions-heading = Mga natanggap na aplikasyon
office-submissions-empty = Wala pang natatanggap na aplikasyon.
office-submissions-total = { $total } aplikasyon sa kabuuan
office-receipt-number = Numero ng resibo
office-kind = Form
office-received-at = Natanggap
office-photo = Larawan
office-submission-heading = Aplikasyon
office-payload = Laman ng form
office-back = Bumalik sa pahina ng opisina
office-audit-link = Audit log: sino ang tumingin sa ano
office-audit-heading = Audit log
office-audit-intro = Bawat pag-access ng kawani sa mga aplikasyon, sertipiko at sa log na ito, pinakabago muna. Itinatala ito ng server bago nito ibigay ang datos.
office-audit-total = { $total } tala sa kabuuan
office-audit-at = Kailan
office-audit-actor = User ID ng kawani
office-audit-action = Ginawa
office-audit-target = Ano
office-audit-client = Mula sa address
office-audit-pages = Mga pahina ng audit log
office-submissions-pages = Mga pahina ng mga aplikasyon
office-export-json = I-download ang lahat ng aplikasyon (JSON)
office-export-csv = I-download ang lahat ng aplikasyon (CSV)
office-action-submissions-list = Tiningnan ang listahan ng aplikasyon
office-action-submissions-view = Binuksan ang isang aplikasyon
office-action-submissions-export = In-export ang mga aplikasyon
office-action-coe-issue = Nag-isyu ng sertipiko
office-action-coe-list = Tiningnan ang listahan ng sertipiko
office-action-audit-view = Binasa ang audit log

## Exam My Page registration (seed 000)
exam-steps-label = Mga hakbang ng pagpaparehistro
exam-step-card = Residence Card
exam-step-passport = Pasaporte
exam-step-photo = Larawan ng mukha
exam-step-details = Mga detalye
exam-step-confirm = Suriin
exam-step-done = Tapos na
exam-autofilled-card = Awtomatikong pinunan mula sa Residence Card
exam-autofilled-passport = Awtomatikong pinunan mula sa pasaporte
exam-field-name = Pangalan (gaya ng nasa pasaporte)
exam-field-name-hint = Mga letrang Latin, apelyido muna, gaya ng nakalimbag sa pasaporte.
exam-field-birth-date = Petsa ng kapanganakan
exam-field-date-hint = Taon-buwan-araw, halimbawa 1998-04-01.
exam-field-sex = Kasarian
exam-sex-male = Lalaki
exam-sex-female = Babae
exam-field-nationality = Nasyonalidad
exam-field-nationality-hint = Ang tatlong-letrang code sa pasaporte, halimbawa VNM.
exam-field-passport-number = Numero ng pasaporte
exam-field-card-number = Numero ng Residence Card
exam-field-card-number-hint = 12 character sa kanang itaas ng card, halimbawa AB12345678CD.
exam-field-status = Status of residence
exam-field-period-until = Panahon ng pananatili (hanggang)
exam-field-prefecture = Prefecture na tinitirhan mo
exam-prefecture-choose = Pumili ng prefecture
exam-field-email = Email address
exam-continue = Magpatuloy gamit ito
exam-back = Bumalik
exam-back-to-details = Baguhin ang mga detalye
exam-back-to-photo = Palitan ang larawan
exam-card-heading = Ang iyong Residence Card
exam-card-intro = Kunan ng larawan ang harap ng iyong Residence Card, o pumili ng kulay na larawan (JPG) nito na naka-save sa iyong telepono o computer. Gawin ito kahit hawak mo ang card.
exam-card-filled = Ang iyong status of residence, panahon ng pananatili at prefecture ay awtomatikong pinupunan mula sa larawan. Kung may mali o walang laman, maaari mo itong itama.
exam-card-kept = Nabasa na ang iyong Residence Card.
exam-no-card-heading = Walang Residence Card?
exam-no-card-who = Para lamang sa mga dumating sa Japan gamit ang short-term stay visa o katulad nito. Susuriin ang iyong visa sa lugar ng pagsusulit.
exam-no-card-button = Wala akong Residence Card
exam-no-card-note = Walang Residence Card: susuriin ang iyong short-term stay visa sa lugar ng pagsusulit.
exam-passport-heading = Ang iyong pasaporte
exam-passport-intro = Kailangang basahin ang iyong pasaporte. Kunan ng larawan ang pahinang may larawan mo (hindi ang pahinang JAPAN VISA), o pumili ng naka-save na larawan.
exam-passport-filled = Ang iyong pangalan, petsa ng kapanganakan, kasarian, nasyonalidad at numero ng pasaporte ay awtomatikong pinupunan mula sa larawan. Kung may mali o walang laman, maaari mo itong itama.
exam-passport-kept = Nabasa na ang iyong pasaporte.
exam-photo-heading = Ang iyong larawan ng mukha
exam-photo-intro = Pumili o kumuha ng larawan ng mukha. Sinusuri ito dito, sa iyong browser.
exam-photo-kept = Napili mo na ang larawang ito.
exam-photo-alt = Ang larawan ng mukha na pinili mo
exam-photo-missing = Wala pang larawan. Bumalik sa hakbang ng larawan ng mukha.
exam-photo-from-document-heading = Gamitin ang larawan ng mukha sa iyong mga dokumento
exam-photo-from-document-hint = Ang larawan ng mukha na nakalimbag sa iyong pasaporte o Residence Card ay pinuputol at pinapalaki dito, sa iyong browser. Maaari ka ring pumili ng bagong larawan sa ibaba.
exam-photo-from-card = Kunin mula sa Residence Card
exam-photo-from-passport = Kunin mula sa pasaporte
exam-photo-from-document-use = Gamitin ang larawang ito
exam-photo-from-document-refused = Hindi pasado sa mga patakaran sa larawan ang hiniwang ito, kaya hindi ito magagamit. Pumili na lang ng larawan sa ibaba.
exam-details-heading = Suriin at itama ang iyong mga detalye
exam-details-intro = Ang mga value na may markang "awtomatikong pinunan" ay galing sa iyong mga dokumento. Suriin ang bawat isa at itama kung mali.
exam-missing-card = Basahin muna ang iyong Residence Card, o piliin ang "Wala akong Residence Card".
exam-missing-passport = Basahin muna ang iyong pasaporte.
exam-conflict-differs = magkaiba ang iyong Residence Card at pasaporte
exam-conflict-name-order = Parehong pangalan, ibang pagkakasunod.
exam-conflict-choose = Piliin kung alin ang itatago.
exam-from-card = Residence Card:
exam-from-passport = Pasaporte:
exam-personal-legend = Personal na detalye
exam-card-legend = Residence Card
exam-contact-legend = Contact
exam-to-confirm = Suriin ang pagpaparehistro
exam-confirm-heading = Suriin ang iyong pagpaparehistro
exam-confirm-intro = Wala pang naipapadala. Suriin ang bawat value, saka magparehistro.
exam-register = Magparehistro
exam-done-heading = Natanggap ang pagpaparehistro
exam-done-receipt = Numero ng resibo { $receipt } ({ $time }). Banggitin ito sa anumang tanong.
exam-done-no-receipt = Naipadala na ang pagpaparehistrong ito. Ipinakita ang numero ng resibo nang isang beses, pagkatapos ipadala.
exam-done-wiped = Tinanggal na sa tab na ito ng browser ang iyong mga inilagay at larawan.
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
date-long = { $month ->
        [1] Enero
        [2] Pebrero
        [3] Marso
        [4] Abril
        [5] Mayo
        [6] Hunyo
        [7] Hulyo
        [8] Agosto
        [9] Setyembre
        [10] Oktubre
        [11] Nobyembre
       *[12] Disyembre
    } { $day }, { $year }
date-time = { date-long }, { $hour }:{ $minute }
time-short = { $hour }:{ $minute }
