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
mail-phone-changed-body =
    { $name }
    Napalitan ang numero ng telepono ng iyong account.
    Kung hindi ikaw, makipag-ugnayan sa opisina.
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
