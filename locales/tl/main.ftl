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
