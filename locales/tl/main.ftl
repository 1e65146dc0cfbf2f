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
