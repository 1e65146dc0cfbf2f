# madoguchi UI strings: English. English is the fallback locale and must define every message.

## App shell
app-name = madoguchi
app-tagline = Residence paperwork in your browser. Your documents never leave this device.
nav-skip = Skip to main content
nav-home = Home
nav-main-label = Main menu
settings-heading = Display settings
settings-language = Language
settings-colour = Colour scheme
settings-colour-standard = Standard
settings-colour-blue = Blue
settings-colour-yellow = Yellow
settings-colour-black = Black
settings-font-size = Text size
settings-font-normal = Normal
settings-font-large = Large
language-self-name = English
language-easy-japanese = Easy Japanese (furigana)

## Home
home-heading = What would you like to do?
home-intro = Choose a task. Reading and checking happen inside this browser; only a form you complete and submit is sent.
flow-card-reader-title = Check a Residence Card with a card reader
flow-card-reader-desc = Read the IC chip and verify that the card is genuine.
flow-document-scan-title = Read a Residence Card or passport from a photo
flow-document-scan-desc = Fill in form fields automatically from a photo you take.
flow-photo-check-title = Check an ID photo
flow-photo-check-desc = See whether your photo meets the application rules, and fix what can be fixed.
flow-exam-mypage-title = Exam My Page registration
flow-exam-mypage-desc = Enter your registration details from photos of your Residence Card and passport.
flow-mynumber-title = My Number card online application
flow-mynumber-desc = Apply with the QR code on your application form and a face photo.
flow-immigration-account-title = Immigration online procedures account
flow-immigration-account-desc = Register, log in, and confirm receipt of your Certificate of Eligibility.
flow-status-planned = In preparation
footer-privacy = Photos, card data and ID photos are processed only inside this browser.

## Errors
not-found-heading = Page not found
not-found-body = There is no page at { $path }.
not-found-home = Back to the home page

## Validation rules (crates/rules)
rule-required = This field is required.
rule-card-number-length = The card number has 12 characters; you entered { $length }.
rule-card-number-format = The card number is wrong. It is two letters, eight digits and two letters, as printed at the top right of the card (for example AB12345678CD).

## Validation rules: My Number card online application (crates/rules)
rule-application-id-length = The application ID has 23 digits; you entered { $length }.
rule-application-id-digits = The application ID has digits only; “{ $char }” is not a digit.
rule-application-id-mismatch = The two application IDs are different. Check both against your application form.
rule-mail-name-char = Character { $position } “{ $char }” cannot be used. Type the common form that a normal kanji conversion gives (JIS level 1 and 2 kanji, kana or Latin letters).
rule-mail-name-char-suggest = Character { $position } “{ $char }” cannot be used. Type “{ $suggestion }” instead.
rule-mail-name-too-long = The name can have at most 50 characters; you entered { $length }.
rule-email-half-width = Type the email address in half-width characters; “{ $char }” cannot be used.
rule-email-space = An email address cannot contain spaces.
rule-email-too-long = The email address can have at most 100 characters; you entered { $length }.
rule-email-format = This is not an email address. It should look like name@example.jp.
rule-email-mismatch = The two email addresses are different.
rule-date-number = Enter the year, month and day in numbers.
rule-date-month = The month must be from 1 to 12.
rule-date-no-such-day = That month has only { $days } days.
rule-wareki-year-zero = The first year of an era is 1 (gannen); there is no year 0.
rule-wareki-other-era =
    { $date } is not in the era you chose: it is { $era ->
        [meiji] Meiji
        [taisho] Taishō
        [showa] Shōwa
        [heisei] Heisei
       *[reiwa] Reiwa
    } { $year }.
rule-date-too-early = Dates before { $earliest } (the start of the Meiji era) cannot be entered.
rule-birth-date-future = The date of birth cannot be after today.
rule-licence-record-length = The licence record number has 12 digits; you entered { $length }.
rule-licence-record-digits = The licence record number has digits only; “{ $char }” is not a digit.
rule-photo-file-too-small = The photo file is too small ({ $kilobytes } KB). It must be at least 20 KB.
rule-photo-file-too-large = The photo file is too large ({ $kilobytes } KB). It must be at most 7 MB (7,000,000 bytes).
rule-photo-not-jpeg = The photo must be a JPEG file (.jpg or .jpeg).
rule-photo-not-rgb = The photo must be an RGB colour JPEG; CMYK and greyscale files are not accepted.
rule-photo-dimensions = The photo is { $width } × { $height } pixels. Width and height must each be from 480 to 6000 pixels.

## Validation rules: immigration online account (crates/rules)
user-kind-organisation-staff = Staff of an organisation (employer, support organisation, school…)
user-kind-lawyer-or-scrivener = Lawyer or administrative scrivener (gyoseishoshi)
user-kind-foreign-national = Foreign national (the applicant)
user-kind-legal-representative = Family member or legal representative
rule-user-kind-invalid = Choose one of the user types.
rule-latin-name-char = Character { $position } “{ $char }” cannot be used. Use only the letters A–Z and spaces.
rule-latin-name-char-suggest = Character { $position } “{ $char }” cannot be used. Type “{ $suggestion }” instead (only A–Z and spaces).
rule-latin-name-too-long = The name can have at most 104 characters, spaces included; you entered { $length }.
rule-phone-hyphen = Type the phone number without hyphens: { $suggestion }
rule-phone-digits = Type the phone number in digits only, without hyphens, spaces or brackets; “{ $char }” cannot be used.
rule-phone-length = A phone number in Japan has 10 or 11 digits, starting with 0; you entered { $length }.
rule-phone-leading-zero = Type the number as dialled within Japan, starting with 0 (for example 09012345678).
rule-password-char = “{ $char }” cannot be used in a password. Use only A–Z, a–z, 0–9 and the symbols $%&=@_#*+-?!
rule-password-length = The password must have 10 to 20 characters; you entered { $length }.
rule-password-classes =
    The password still needs at least one character from { $count ->
        [one] this group
       *[other] each of these { $count } groups
    }: { $missing }
rule-password-mismatch = The two passwords are different.
password-class-upper = Upper-case letter (A–Z)
password-class-lower = Lower-case letter (a–z)
password-class-digit = Digit (0–9)
password-class-symbol = Symbol ($%&=@_#*+-?!)

## Card reader flow (seed 003)
chip-intro = Read the IC chip of a Residence Card or Special Permanent Resident Certificate with a USB card reader and check that it is genuine.
chip-privacy = The card is read inside this browser. Nothing read from the chip is sent anywhere or kept after you press Finish.
chip-step-number = Step 1: enter the card number
chip-number-label = Residence card number
chip-number-hint = 12 half-width capital letters and digits at the top right of the card (for example LD64185190AA).
chip-next = Next
chip-step-reader = Step 2: place the card on the reader
chip-reader-instructions = Connect the card reader to this computer, place the card on it, then choose the reader.
chip-connect-reader = Choose the card reader and read
chip-change-number = Change the card number
chip-reading = Reading the card…
chip-do-not-move = Do not move the card until the reading has finished.
chip-try-again = Read again
chip-finish = Finish
chip-verdict-genuine-residence = Read a fully functioning residence card.
chip-verdict-genuine-special = Read a fully functioning special permanent resident certificate.
chip-verdict-genuine-test-ca = The card is intact and was issued by a test CA, not the ISA: this is a test card.
chip-verdict-issuer-not-checked = The data is intact, but the issuer could not be checked: no ISA certificate is installed on this server.
chip-verdict-under16 = Read a card of a person under 16: such cards carry no electronic signature, so it could not be checked.
chip-verdict-abnormal = Read an abnormal card.
chip-tamper-heading = Falsification check
chip-issuer-heading = Issuer check
chip-tamper-ok = OK: the data on the chip is as it was signed.
chip-tamper-failed = Failed: the data on the chip does not match its signature.
chip-check-not-signed = Not checked: cards of persons under 16 are not signed.
chip-issuer-ok = OK: issued by the Immigration Services Agency.
chip-issuer-test-ca = OK with a test CA, not the ISA.
chip-issuer-not-checked = Not checked: the ISA certificate is not installed.
chip-issuer-failed = Failed: the card was not issued by a known authority.
chip-note-signer-expired = The card's signing certificate expired on { $date }, after the card was signed. This is normal and does not affect the card.
chip-note-ca-expired = The issuing CA certificate expired on { $date }, after the card was signed. This is normal and does not affect the card.
chip-note-not-yet-valid = The signing certificate is valid only from { $date }. Check this computer's clock.
chip-abnormal-advice = The card may be damaged or forged. Ask for advice at:
chip-consult-link = Immigration Services Agency regional offices
chip-card-expiry = Card valid until
chip-address = Address
chip-permission = Permission to engage in activity other than that permitted
chip-renewal = Application for extension of period of stay
chip-renewal-applied = Applied
chip-renewal-none = None
chip-reader-used = Card reader
chip-front-image = Card face (from the chip)
chip-printed-heading = Printed on the card (read from the chip's card-face image)
chip-printed-verified = Verified by the card's signature: these are the values the Immigration Services Agency issued.
chip-printed-verified-test-ca = Unaltered according to the card's signature, but the signature is from a test CA, not the Immigration Services Agency (test card).
chip-printed-issuer-not-checked = Unaltered according to the card's signature, but who made the signature could not be checked.
chip-printed-not-signed = This card's chip carries no signature (card of a person under 16): the values are read from the chip but not verified.
chip-printed-not-verified = Not verified: the chip's signature does not match, so these values may have been altered.
chip-printed-reading = Reading the printed fields from the card-face image…
chip-printed-unsure = (unsure, check against the card)
chip-printed-cancelled = Reading the printed fields was stopped.
chip-face-image = Photo (from the chip)
chip-zoom = Zoom
chip-check-validity = Check validity of the card number
chip-reader-unsupported = This browser cannot use USB card readers.
chip-reader-unsupported-advice = Use Google Chrome or Microsoft Edge on a computer, opened at this site's https address.
chip-reader-none-chosen = No card reader was chosen.
chip-reader-none-chosen-advice = Connect the reader, press the button again and choose it in the list. If it is not listed, see the list of supported readers.
chip-reader-protected = The reader "{ $product }" cannot be used from a web page.
chip-reader-protected-advice = Chrome does not let web pages use readers that identify as standard smart-card readers. Use a reader with a vendor-specific interface (for example SCM SCL011, OMNIKEY 5321 or a Sony PaSoRi), or ask your IT department to install madoguchi as an Isolated Web App, where standard readers work.
chip-reader-not-ccid = "{ $product }" is not a card reader madoguchi can use.
chip-reader-not-ccid-advice = Choose a contactless smart-card reader from the list of supported readers.
chip-reader-busy = The reader "{ $product }" is being used by another program or tab.
chip-reader-busy-advice = Close other programs or tabs using the reader (or unplug it and plug it in again), then try again.
chip-error-internal = An error occurred. Returning to the start.
chip-error-internal-advice = Reload this page. If the same error appears again, restart the browser.
chip-error-number-mismatch = The residence card number is wrong.
chip-error-number-mismatch-advice = Enter the correct number printed at the top right of this card.
chip-error-not-residence-card = An error occurred while reading the card. A card other than a residence card may have been placed on the reader.
chip-error-not-residence-card-advice = Check that the card is a Residence Card or Special Permanent Resident Certificate and place it on the reader.
chip-error-card-not-read = The card could not be read. Make sure it is a Residence Card or Special Permanent Resident Certificate and place it on the reader again.
chip-error-card-not-read-advice = Keep the card flat on the reader without moving it, and keep metal objects 10–20 cm away. If this keeps happening, contact your nearest immigration services office.
chip-error-while-reading = An error occurred while reading the card.
chip-error-while-reading-advice = Place the card on the reader again. If the same error appears after several tries, contact your nearest immigration services office.
chip-error-chip-broken = The IC chip of this card may be broken.
chip-error-chip-broken-advice = Apply for a new card at your nearest regional immigration services office.

## Photo check
photo-profile-mynumber = My Number card online application
photo-profile-immigration = Immigration residence application
photo-confirm-recent = The photo was taken within the last 6 months.
photo-confirm-recent-immigration = The photo was taken within the last 3 months.
photo-confirm-front-no-hat = It shows me from the front, without a hat, against a plain background.
photo-confirm-other-rules = It meets the other photo rules of the application site.
photo-confirm-no-retouching = The photo is not retouched or edited (only cropped or resized).
photo-format-ok = The file is a { $format } image.
photo-format-wrong = The file is really a { $format } image, whatever its name says. This application needs { $expected }. Auto-fix can save it as JPEG.
photo-format-unknown = This file is not a photo we can read. Choose a JPEG photo.
photo-profile-unknown = This kind of photo check is not available. Reload the page and choose again.
photo-decode-unsupported = This kind of image cannot be opened here. Save the photo as JPEG and choose it again.
photo-decode-failed = The photo file is damaged or incomplete. Take or export the photo again.
photo-colour-ok = The colours are stored as { $colour }, which is accepted.
photo-colour-cmyk = The photo is stored in { $colour } colour (a printing format). The site needs RGB colour. Auto-fix converts it.
photo-colour-grey = The photo is black and white ({ $colour }). Black-and-white photos are allowed, but the upload asks for RGB, so auto-fix saves it as RGB.
photo-colour-other = The photo's colour format ({ $colour }) cannot be used. Save it again as a normal colour JPEG.
photo-icc-none = No colour profile is embedded; the colours are read as standard sRGB.
photo-icc-ok = The embedded colour profile ({ $space }) is fine.
photo-icc-mismatch = The embedded colour profile is for { $space }, not RGB. Auto-fix saves the photo as standard RGB.
photo-coding-ok = The JPEG is saved in the standard (baseline) way.
photo-coding-progressive = The JPEG is saved as "progressive"; some upload sites reject it. Auto-fix saves a standard (baseline) JPEG.
photo-orientation-ok = The photo is stored upright.
photo-orientation-turned = The camera stored this photo turned by { $degrees }° and marked it to be turned back; some sites show it sideways. Auto-fix turns it upright.
photo-orientation-mirrored = The camera stored this photo mirrored (turned by { $degrees }°); some sites show it wrongly. Auto-fix turns it the right way.
photo-size-ok = The file size ({ $kilobytes } KB) is within the limits.
photo-size-small = The file is too small ({ $kilobytes } KB). It must be at least { $min } KB: use the original photo, not a thumbnail.
photo-size-large = The file is too large ({ $kilobytes } KB). It must be at most { $max } KB. Auto-fix makes it smaller.
photo-dimensions-ok = The photo is { $width } × { $height } pixels, within the limits.
photo-dimensions-small = The photo is only { $width } × { $height } pixels. Width and height must each be at least { $min } pixels: use the original photo from the camera.
photo-dimensions-large = The photo is { $width } × { $height } pixels. Width and height must each be at most { $max } pixels. Auto-fix makes it smaller.
photo-aspect-ok = The shape ({ $width } × { $height }) matches the { $expected } photo.
photo-aspect-off = The photo is { $width } × { $height } pixels, not the shape of a { $expected } (width:height) photo. Auto-fix crops it around your head.
photo-face-skipped = The face was not checked (the face finder is not loaded).
photo-face-one = One face was found.
photo-face-none = No face was found. Face the camera directly, with your whole face visible and well lit.
photo-face-many = { $count } faces were found. Only you may be in the photo.
photo-face-inside = Your whole face is inside the photo.
photo-face-cut = Your face touches the edge of the photo. Step back so that your whole head and shoulders fit in the frame.
photo-top-ok = There is space above your head ({ $percent } % of the height).
photo-top-tight = There is no space above your head ({ $percent } % of the height; at least { $min } % is needed). Step back or lower the camera so the top of your head is not cut off.
photo-head-ok = Your head fills { $percent } % of the height (the rule is { $min }–{ $max } %).
photo-head-small = Your head fills only { $percent } % of the height; it must be { $min }–{ $max } %. Come closer, or let auto-fix crop the photo.
photo-head-large = Step back: your head fills { $percent } % of the height; it must be { $min }–{ $max } %. This cannot be fixed by cropping.
photo-eyes-ok = Your eyes are at { $percent } % of the height from the top (the rule is { $min }–{ $max } %).
photo-eyes-high = Your eyes are too near the top ({ $percent } % from the top; the rule is { $min }–{ $max } %). Leave more space above your head.
photo-eyes-low = Your eyes are too low ({ $percent } % from the top; the rule is { $min }–{ $max } %). Leave less space above your head, or let auto-fix crop the photo.
photo-centre-ok = Your face is centred.
photo-centre-left = Your face is { $percent } % left of the centre (at most { $max } % is allowed). Stand in the middle of the frame, or let auto-fix crop the photo.
photo-centre-right = Your face is { $percent } % right of the centre (at most { $max } % is allowed). Stand in the middle of the frame, or let auto-fix crop the photo.
photo-roll-ok = Your head is straight.
photo-roll-tilted = Your head is tilted by about { $degrees }° (at most { $max }° is allowed). Hold your head straight and take the photo again.
photo-roll-unknown = The tilt of your head could not be measured.
photo-brightness-ok = The face is lit well ({ $percent } % brightness).
photo-brightness-dark = The face is too dark ({ $percent } % brightness; { $min }–{ $max } % is needed). Take the photo facing a window or a bright light.
photo-brightness-bright = The face is too bright ({ $percent } % brightness; { $min }–{ $max } % is needed). Avoid direct flash or sunlight.
photo-clipping-ok = No part of the face is burnt out or black.
photo-clipping-high = { $percent } % of the face is pure white or pure black. Use softer, even light without flash.
photo-sharpness-ok = The face is sharp.
photo-sharpness-blurred = The face is blurred. Hold the camera still, let it focus on your face, and take the photo again.
photo-noise-ok = The photo is clean (little grain).
photo-noise-high = The photo is grainy, usually from too little light. Take it again in brighter light.
photo-background-ok = The background is even.
photo-background-uneven = The background is not one even colour (shadows or objects). Stand in front of a plain wall with no shadow behind you.
photo-background-plain = There are no objects or patterns in the background.
photo-background-objects = The background has edges or patterns ({ $percent } % of it): objects, furniture or a pattern. Stand in front of a plain wall.
photo-fix-rotated = Turned upright.
photo-fix-converted = Converted to RGB colour JPEG.
photo-fix-cropped = Cropped to the photo shape with your head placed per the rules.
photo-fix-resized = Made smaller to fit the pixel and file-size limits.
photo-fix-encoded = Saved as a standard JPEG at the highest quality that fits.
photo-fix-from-document = Taken from the face photo printed on your document.
photo-fix-enlarged = Made larger to the smallest size the form accepts.
photo-fix-no-face = Auto-fix needs exactly one face, and none was found.
photo-fix-many-faces = Auto-fix needs exactly one face, and more were found.
photo-fix-too-close = Your face is too close to the camera or too near an edge to crop. Step back and take the photo again with space around your head.
photo-fix-too-small = After cropping, the photo would have too few pixels. Use the original photo from the camera or step closer.
photo-fix-bytes = The photo cannot be saved within the file-size limits. Use the original photo from the camera.
photo-contrast-ok = Your hair and clothes stand out from the background.
photo-contrast-low = The background is nearly the same shade as your hair or clothes, so the outline of your head is unclear. Use a background of a different colour (for example a light wall with dark hair).
photo-glasses-ok = Your eyes are visible.
photo-glasses-dark = Your eyes seem hidden (dark glasses or deep shadow). Take off sunglasses or tinted glasses, and light your face from the front.
photo-yaw-ok = You are facing the camera (turned { $degrees }°).
photo-yaw-left = Turn your face to the camera: it is turned about { $degrees }° to your left, and at most { $max }° is allowed. Look straight into the lens with both ears equally visible.
photo-yaw-right = Turn your face to the camera: it is turned about { $degrees }° to your right, and at most { $max }° is allowed. Look straight into the lens with both ears equally visible.
photo-pitch-ok = Your head is level (chin neither raised nor lowered).
photo-pitch-up = Lower your chin a little: your head is tipped back by about { $degrees }°, and at most { $max }° is allowed. Hold the camera at eye level and look straight into it.
photo-pitch-down = Raise your chin a little: your head is tipped forward by about { $degrees }°, and at most { $max }° is allowed. Hold the camera at eye level and look straight into it.
photo-pose-unknown = The direction of your face could not be measured. Make sure your whole face is visible and well lit.
photo-eyes-open-ok = Your eyes are open.
photo-eyes-open-closed = Your eyes seem closed or half closed. Open your eyes naturally, look into the camera, and take the photo again.
photo-eyes-open-unknown = Whether your eyes are open could not be measured. Check it yourself before you upload.
photo-hat-none = No hat or head covering was noticed.
photo-hat-maybe = You may be wearing a hat or head covering (the top of your head looks unlike your hair). Take it off unless it is worn for religious or medical reasons; if this is your hair, you can ignore this hint.
photo-screen-none = No sign that this is a photo of a screen or of a printed photo.
photo-screen-maybe = This may be a photo of a screen or of a printed photo (a fine repeating pattern was found on the face). Take a new photo of yourself with the camera instead.

## Card reader: choosing a reader and waiting for the card
chip-readers-remembered = Readers you used before on this computer
chip-read-with = Read with { $product }
chip-readers-system = Card readers of this computer
chip-readers-system-none = The computer reports no card reader. Connect one and reload this page.
chip-readers-help-link = Which card readers work? Help with readers
chip-waiting-card = Place the card on the reader
chip-waiting-card-hint = The reader is ready. Reading starts by itself as soon as the card is on it; keep the card still until the end.
chip-cancel = Cancel
chip-reader-unavailable = The reader "{ $product }" is not available.
chip-reader-unavailable-advice = It may have been unplugged, or the computer's smart-card service is not running. Connect the reader again and choose it once more.

## Help: card readers
help-readers-title = Card readers: which ones work and how to set them up
help-readers-intro = madoguchi reads the Residence Card chip with a contactless (NFC) smart-card reader connected by USB, in Chrome or Edge on a computer. Phones and tablets cannot use USB card readers from a web page.
help-readers-works-heading = Readers that work from this web page
help-readers-works-body = Readers whose USB interface is vendor-specific: SCM / Identiv SCL011, SCL3711 and SDI011; HID OMNIKEY 5321 CLi and 5021 CL; Reiner SCT cyberJack RFID; Sony PaSoRi RC-S300 and RC-S380. Connect the reader, press "Choose the card reader and read" and pick it in the browser's list; next time it appears under "Readers you used before".
help-readers-works-tested = madoguchi follows each maker's published protocol and is tested against simulated readers of these kinds. If your reader is not in the list or does not work, tell the office or the madoguchi project its exact model name.
help-readers-protected-heading = Readers that cannot be used from a web page
help-readers-protected-body = Chrome does not let web pages use readers that present themselves as standard smart-card readers (USB class 0B), such as ACS ACR1252U or most readers sold for the My Number card. madoguchi says so when you choose one. These readers do work when madoguchi is installed as an Isolated Web App (see below), and with the official reader app of the Immigration Services Agency.
help-readers-windows-heading = Windows: the WinUSB driver
help-readers-windows-body = On Windows a web page can only use a USB device whose driver is WinUSB. A reader installed with its maker's driver (for example the Sony NFC Port Software for the RC-S380) needs WinUSB for the interface madoguchi uses: with the free tool Zadig, choose the reader, select WinUSB and press "Replace Driver". Programs that use the maker's driver stop working with that reader until the maker's driver is installed again.
help-readers-linux-body = macOS and ChromeOS need no setup. On Linux, allow your user to open the reader with a udev rule for its USB vendor and product ID, and stop pcscd if it holds the reader.
help-readers-iwa-heading = Offices: install madoguchi as an Isolated Web App
help-readers-iwa-body = An office that wants to use standard readers can install madoguchi as an Isolated Web App (IWA) on managed Chrome or ChromeOS through the enterprise policy IsolatedWebAppInstallForceList. Inside an IWA, Chrome lets madoguchi use any standard (CCID) reader over WebUSB with the "usb-unrestricted" permission.
help-readers-iwa-smartcard = Where Chrome offers the Web Smart Card API (Isolated Web Apps on ChromeOS), madoguchi also lists the computer's own card readers by name under "Card readers of this computer"; the computer's drivers then talk to the reader, so no driver change is needed.
help-readers-back = Back to the card reader

## Finished forms (crates/rules forms)
rule-photo-encoding = The photo could not be read. Choose the JPEG file again.
rule-photo-required = Add a face photo (not needed only for children under one year).
rule-must-accept = Tick this box to continue.
rule-challenge-required = Type the characters shown in the picture.
rule-challenge-too-long = The picture shows only five characters. Type just those.
rule-passkey-label-too-long = A name can have up to { $max } characters (this one has { $count }).
rule-passkey-label-control = The name contains a character that cannot be used.
rule-passkey-answer = The browser's answer was not valid. Please try again.
rule-date-format = Enter the date as year-month-day (for example 1998-04-01).
rule-choice-invalid = Choose one of the options.
rule-text-too-long = This can have at most { $max } characters; you entered { $length }.
rule-text-control = This field contains a control character (for example a line break). Type it again on one line.
rule-passport-number-char = A passport number has only letters A–Z and digits; “{ $char }” cannot be used.
rule-passport-number-length = A passport number has at most 9 characters; you entered { $length }.
rule-nationality-code = Enter the three-letter nationality code printed in the passport (for example VNM).
rule-period-of-stay-ended = The period of stay ended on { $date }. Check the date on the Residence Card.

## API answers (crates/server)
api-error-validation = Some entries need correcting. Check the marked fields.
api-error-invalid-body = The request could not be read. Reload the page and try again.
api-error-not-found = Not found.
api-error-unauthorized = You are not logged in, or you were logged out after 3 hours without activity. Log in again.
api-error-forbidden = This request was refused. Reload the page and try again.
api-error-link-invalid = This link has expired or has already been used. Start again from the beginning.
api-error-challenge-wrong = The characters did not match the picture, or it was too old. Here is a new picture: type its characters and confirm again. Everything else you typed is kept.
api-error-rate-limited = Too many attempts. Wait a while and try again.
api-error-internal = Something went wrong on the server. Try again later.
api-error-too-large = The data is too large to send. Use a smaller photo file.
api-error-idempotency-key-reused = This submission conflicts with an earlier one. Reload the page and submit again.
account-mail-sent = If the details are correct, an email is on its way. Check your inbox (and spam folder).
account-login-failed = The user ID or password is wrong. After 5 failed attempts in a row the account is locked for 24 hours.
account-locked = The account is locked for 24 hours after 5 failed logins. To unlock it now, reset your password (“Forgot your password?”).
account-current-password-wrong = The current password is wrong.
account-email-in-use = This email address cannot be used. Choose another one.
account-registered = Your user ID has been issued and sent by email.
account-logged-out = You have logged out.
coe-already-registered = The receipt of this certificate is already registered.

## Mail (crates/server)
mail-register-link-subject = [madoguchi] Continue your user registration
mail-register-link-body =
    Thank you for starting the user registration.
    Open this link to continue (valid until { $expires }):
    { $link }
    After that time, start again by entering your email address.
    If you did not request this, delete this email.
mail-register-exists-subject = [madoguchi] User registration
mail-register-exists-body =
    Someone asked to register this email address, but an account already uses it.
    If you forgot your user ID, use “Forgot your user ID?” on the login page.
    If you did not request this, delete this email.
mail-user-id-issued-subject = [madoguchi] Your user ID
mail-user-id-issued-body =
    { $name }
    Your user registration is complete.
    User ID: { $user_id }
    Log in with this user ID and the password you chose.
mail-forgot-user-id-subject = [madoguchi] Your user ID
mail-forgot-user-id-body =
    { $name }
    Your user ID is: { $user_id }
mail-password-reset-subject = [madoguchi] Reset your password
mail-password-reset-body =
    Open this link to set a new password (valid until { $expires }):
    { $link }
    Setting a new password also unlocks a locked account.
    If you did not request this, delete this email; your password stays as it is.
mail-password-changed-subject = [madoguchi] Your password was changed
mail-password-changed-body =
    { $name }
    The password of your account was changed.
    If you did not do this, reset your password now.
mail-email-change-link-subject = [madoguchi] Confirm your new email address
mail-email-change-link-body =
    Open this link to finish changing your email address to this one (valid until { $expires }):
    { $link }
    If you did not request this, delete this email.
mail-email-changed-subject = [madoguchi] Your email address was changed
mail-email-changed-body =
    { $name }
    The email address of your account was changed. Mail will now go to the new address.
    If you did not do this, contact the office.
mail-phone-changed-subject = [madoguchi] Your phone number was changed
mail-japan-time = Japan time
mail-phone-changed-body =
    { $name }
    The phone number of your account was changed.
    If you did not do this, contact the office.
mail-passkey-added-subject = [madoguchi] A passkey was added to your account
mail-passkey-added-body =
    { $name }
    A passkey was added to your account. It can now be used to log in.
    If you did not do this, change your password, remove the passkey on My page and contact the office.
mail-passkey-removed-subject = [madoguchi] A passkey was removed from your account
mail-passkey-removed-body =
    { $name }
    A passkey was removed from your account. It can no longer be used to log in.
    If you did not do this, change your password and contact the office.
mail-mynumber-link-subject = [madoguchi] Your My Number card application page
mail-mynumber-link-body =
    { $name }
    Continue your application (application details, face photo) from this link:
    { $link }
    The link is valid until { $expires } and can be used once. After that, register your email address again.
    If you did not request this, delete this email.
mail-mynumber-received-subject = [madoguchi] We received your My Number card application
mail-mynumber-received-body =
    { $name }
    Your application was received.
    Receipt number: { $receipt }
mail-coe-issued-subject = [madoguchi] Certificate of Eligibility issued
mail-coe-issued-body =
    { $name }
    Your Certificate of Eligibility (number { $number }) has been issued.
    Log in, download it and register its receipt:
    { $link }
mail-coe-reminder-subject = [madoguchi] Please register the receipt of your Certificate of Eligibility
mail-coe-reminder-body =
    { $name }
    The receipt of your Certificate of Eligibility (number { $number }) is not registered yet.
    Log in and register it:
    { $link }
    This reminder is sent every 7 days until { $until }.
account-password-reset = Your new password is set and the account is unlocked. Log in with it.
account-password-changed = Your password has been changed.
account-email-change-sent = We sent a link to the new address. Open it to finish the change.
account-email-changed = Your email address has been changed.
coe-pdf-invalid = Attach the certificate as a PDF file of at most 10 MB.
coe-user-unknown = No account has this user ID.
coe-number-exists = A certificate with this number has already been issued.

## Worker (photo checks and document reading off the page's thread)
worker-failed = The check stopped unexpectedly. Try again; if it happens again, reload the page.
worker-model-download-failed = A file needed for the check could not be downloaded. Check the connection and try again.
worker-model-damaged = A downloaded file needed for the check is damaged. Reload the page to download it again.

## Photo step (application flows) and the photo-check page
photo-page-title = Check an ID photo
photo-page-intro = Choose the application and a photo. madoguchi checks it against that application's rules, explains what to change, and fixes what can be fixed (rotation, colour, crop, size).
photo-profile-legend = Photo for
photo-step-choose = Choose a photo
photo-step-choose-hint = A JPEG or PNG photo from this device. It is checked in this browser and not sent anywhere.
photo-step-file = Choose a photo file
photo-step-take = Take a photo with the camera
photo-step-checking = Checking the photo…
photo-step-fixing = Fixing the photo…
photo-step-downloading = Downloading the face detector (first time only): { $percent } %
photo-step-cancel = Cancel
photo-file-too-large = This file is larger than 50 MB and cannot be checked. Choose the photo as the camera saved it, or a smaller copy.
photo-summary-pass = The photo meets every rule that can be checked here.
photo-summary-warn = The photo may be refused: look at the points marked "Check".
photo-summary-fail = The photo does not meet the rules. See below what to change.
photo-verdict-pass = OK
photo-verdict-warn = Check
photo-verdict-fail = Problem
photo-verdict-skip = Not checked
photo-measured = Measured: { $measured } (rule: { $limit })
photo-overlay-alt = Your photo, with the face found and the guide for where the eyes and the centre should be
photo-fix-button = Fix the photo automatically
photo-fix-heading = Fixed photo
photo-fix-before = Before
photo-fix-after = After
photo-fix-done = What was done:
photo-fix-use = Use the fixed photo
photo-fix-keep = Keep the original
photo-fix-in-use = You are using the fixed photo.
photo-confirm-heading = Please confirm
photo-accept = Use this photo
photo-accept-blocked = To continue, the photo must have no "Problem" left and every box above must be ticked.
photo-saved-heading = Your photo is ready
photo-save-link = Save the photo (JPEG)
photo-saved-hint = Upload this file on the application site. It was made in this browser; madoguchi did not send it anywhere.
photo-privacy = Your photo stays on this device: it is checked and fixed inside this browser.

## Document scan

document-scan-title = Read a Residence Card or passport
document-scan-intro = Take or choose a photo of the document: its fields are read in this browser, and you can check and correct them. The photo and the values are not sent anywhere.
document-scan-kind-legend = Which document?
document-scan-kind-residence-card = Residence Card or Special Permanent Resident Certificate (front)
document-scan-kind-passport = Passport (the page with your photo)
document-scan-choose = Photo of the document
document-scan-choose-hint = A JPEG or PNG photo (HEIC too, where this browser can open it), or the camera.
document-scan-file = Choose a photo file
document-scan-camera-start = Use the camera
document-scan-camera-stop = Close the camera
document-scan-camera-capture = Take the photo
document-scan-camera-guide = Put the document flat inside the frame, as large as possible, without reflections.
document-scan-camera-unavailable = The camera could not be started. Allow camera access, or choose a photo file instead.
document-scan-camera-auto = When the document is still and sharp, the photo is taken by itself.
document-scan-camera-hold-still = Hold the document and the camera still.
document-scan-camera-blurred = The picture is blurred: bring the document closer or let the camera focus.
document-scan-reading = Reading the document…
document-scan-downloading = Downloading the text reader (first time only): { $percent } %
document-scan-cancel = Cancel
document-scan-unreadable = The document could not be read from this photo. Please take the photo again.
document-scan-visa-page = This is a visa page. Take a photo of the passport page with your photo on it, not the visa page.
document-scan-passport-not-card = This looks like a passport. Choose "Passport" above, or take a photo of the front of the Residence Card.
document-scan-number-unreadable = The card number could not be read from this photo. Take the photo again, or type the number.
document-scan-failed = Reading stopped unexpectedly. Try again; if it happens again, reload the page.
document-scan-advice-heading = How to take the photo
document-scan-advice-flat = Lay the document flat and take the photo straight from above.
document-scan-advice-large = Make the document as large as possible in the photo.
document-scan-advice-glare = Make sure light is not reflected so that letters turn white.
document-scan-advice-sharp = Check that the letters and numbers in the photo are sharp and readable.
document-scan-advice-passport-page = Photograph the passport page with your photo, not the JAPAN VISA page.
document-scan-review-heading = Check what was read
document-scan-review-hint = Correct any value that is wrong or empty. Next to each value is the part of the photo it was read from.
document-scan-review-count = Values to check: { $count }. They are marked "Please check".
document-scan-review-none = Every value was read clearly. Still compare them with the document.
document-scan-check-mark = Please check:
document-scan-needs-review = this value was hard to read.
document-scan-not-found = this value was not found in the photo. Type it in.
document-scan-check-valid = Check digit: matches.
document-scan-check-repaired = Check digit: matches after correcting look-alike characters.
document-scan-check-invalid = Check digit: does not match. This value is probably wrong.
document-scan-crop-alt = Where "{ $field }" was read in the photo
document-scan-glare-warning = There are reflections on the document in this photo. If values are wrong, take the photo again without them.
document-scan-small-warning = The document is small in this photo, so small letters may be misread. If values are wrong, take the photo again closer, with the document filling the frame.
document-scan-many-to-check = Several values were hard to read. Another photo may read them better:
document-scan-mrz-heading = Machine-readable zone (the lines at the bottom of the page)
document-scan-mrz-pass = Every check digit matches.
document-scan-mrz-fail = Some check digits do not match: check the values marked above.
document-scan-confirm = These values are correct
document-scan-again = Read another photo
document-scan-confirmed = Values confirmed. Nothing was sent: this page only reads documents.
document-scan-privacy = The photo is read in this browser. Nothing is uploaded.
document-field-surname = Surname
document-field-given-names = Given names
document-field-passport-number = Passport number
document-field-nationality = Nationality
document-field-birth-date = Date of birth
document-field-sex = Sex
document-field-expiry-date = Date of expiry
document-field-issuing-state = Issuing country
document-field-card-number = Card number
document-field-name = Name
document-field-address = Address
document-field-prefecture = Prefecture
document-field-status = Status of residence
document-field-work-restriction = Work restriction
document-field-period-of-stay = Period of stay
document-field-stay-expiry-date = Period of stay ends
document-field-card-valid-until = Card valid until
chip-number-camera = Read the number from a photo of the card
chip-number-camera-reading = Reading the card number from the photo…
chip-number-camera-read = The number was read from the photo. Compare it with the card before you continue.

## My Number card online application flow (seeds 002, 004)
mynumber-steps-label = Steps of the application
mynumber-step-1 = Terms
mynumber-step-2 = Email address
mynumber-step-3 = Email sent
mynumber-step-4 = Application details
mynumber-step-5 = Face photo
mynumber-step-6 = Check
mynumber-step-7 = Done
mynumber-title = My Number card online application
mynumber-terms-heading = Before you start
mynumber-terms-residents = Online application is only for people living in Japan.
mynumber-terms-representative = For a person under 15, or an adult under guardianship, the legal representative applies.
mynumber-terms-operator = The card is issued by J-LIS (Japan Agency for Local Authority Information Systems) under its terms of use and its handling of personal information; read them on the official application site before you agree.
mynumber-terms-madoguchi = madoguchi checks your entries and photo in this browser, and sends the finished form only when you press "Register".
mynumber-consent-age = I am 15 or older, or I am the legal representative of a person under 15 or an adult under guardianship.
mynumber-consent-terms = I accept the terms of use of the My Number card online application and the handling of personal information, and I apply.
mynumber-confirm = Next
mynumber-back = Back
mynumber-register = Register
mynumber-loading = Loading…
mynumber-email-heading = Register your email address
mynumber-email-intro = A link to continue the application is sent to this address.
mynumber-qr-legend = Application ID from the QR code
mynumber-qr-hint = Take a photo of the QR code on your notification letter or application form: the application ID is filled in for you. Nothing is uploaded.
mynumber-qr-button = Read the QR code from a photo
mynumber-qr-reading = Reading the QR code…
mynumber-qr-filled = The application ID was filled in from the QR code. Check it below.
mynumber-qr-not-found = No application ID was found in this photo. Take the photo again with the QR code large, flat and sharp, or type the ID.
mynumber-application-id = Application ID
mynumber-application-id-hint = 23 digits, printed on the application form (for example 1234 5678 9012 3456 7890 123). Spaces are allowed.
mynumber-application-id-again = Application ID again (to check)
mynumber-application-id-show = Show the digits
mynumber-mail-name = Name for emails
mynumber-mail-name-hint = Up to 50 characters, using only JIS level 1 and 2 kanji (no rare variant characters), for example 番号 太郎. It tells you whose application a mail is about.
mynumber-email = Email address
mynumber-email-hint = Up to 100 half-width characters. Allow mail from the application centre in your spam filter.
mynumber-email-again = Email address again (to check)
mynumber-challenge-legend = Image check
mynumber-challenge-hint = This shows that a person, not a program, is registering. Type the five letters and digits in the picture. Upper or lower case does not matter.
mynumber-challenge-loading = Getting a picture…
mynumber-challenge-failed = The picture could not be loaded. Check your connection, then press "Show another picture".
mynumber-challenge-image-alt = Picture of five distorted letters and digits to type below. If you cannot see it, press "Listen".
mynumber-challenge-another = Show another picture
mynumber-challenge-listen = Listen
mynumber-challenge-listen-hint = The same five characters, spoken one by one in English, with noise.
mynumber-challenge-answer = Characters in the picture
mynumber-challenge-answer-hint = Five letters and digits, for example K7M4X.
mynumber-email-confirm-heading = Check your email registration
mynumber-email-confirm-intro = Check that the application ID is exactly the one on your form: a wrong ID means the card cannot be issued.
mynumber-sent-heading = Email sent
mynumber-sent-body = A mail with a link to continue your application was sent to { $email }. Open the link to go on to the application details.
mynumber-sent-hint = It may take a few minutes. If nothing arrives, check the spam folder, then register again from STEP 1.
mynumber-sent-local-outbox = Open the local outbox (this machine has no mail server)
mynumber-addressee = { $name }
mynumber-link-expires = this page works until { $expires }
mynumber-application-heading = Application details
mynumber-course-legend = Which application is yours?
mynumber-course-new = A. New (first card, or expired, lost or broken card)
mynumber-course-new-who = You never had a My Number card, or your card has expired, or you lost it and have no valid card.
mynumber-course-renewal = B. Renewal (My Number card only)
mynumber-course-renewal-who = Your card is still valid and is not combined with a driving licence. Also for a card whose space for changes is full.
mynumber-course-licence = C. Renewal with the licence carried over (Myna driving licence)
mynumber-course-licence-who = Your valid card is also your driving licence (or driving history certificate) and you want the new card to be one too.
mynumber-licence-number = Licence record number (12 digits)
mynumber-licence-number-hint = Copy the number shown by the Myna licence reading app; it can differ from the number printed on a plastic licence.
mynumber-birth-date = Date of birth
mynumber-birth-date-hint = In the Western calendar or a Japanese era, for example Heisei 10-01-01 or 1998-01-01. It is compared with the application ID, and decides the age (no photo under one year).
mynumber-calendar = Calendar
mynumber-calendar-seireki = Western calendar
mynumber-calendar-reiwa = Reiwa
mynumber-calendar-heisei = Heisei
mynumber-calendar-showa = Showa
mynumber-calendar-taisho = Taisho
mynumber-calendar-meiji = Meiji
mynumber-year = Year
mynumber-month = Month
mynumber-day = Day
mynumber-options-legend = What to put on the card
mynumber-cert-signature = Issue the signature certificate
mynumber-cert-signature-hint = Needed to sign online applications such as e-Tax. Untick only if you do not want it.
mynumber-cert-user = Issue the user certificate
mynumber-cert-user-hint = Needed to log in with the card, for example to use it as your health insurance card or for Mynaportal. Untick only if you do not want it.
mynumber-braille = Print my name in braille on the card
mynumber-declaration = The details above are correct.
mynumber-photo-heading = Face photo
mynumber-photo-intro = Taken within the last 6 months, from the front, without a hat, against a plain background. madoguchi checks the official rules and can fix the rest.
mynumber-photo-not-needed = Not needed (under one year old).
mynumber-photo-missing = The photo is no longer in this page (it is never saved). Go back to the photo step and choose it again.
mynumber-photo-alt = Your face photo for the card
mynumber-confirm-heading = Check your application
mynumber-confirm-intro = Check every value. Use the buttons below to correct something; nothing you typed is lost.
mynumber-application-date = Application date
mynumber-yes = Yes
mynumber-no = No
mynumber-back-to-details = Change the application details
mynumber-back-to-photo = Change the photo
mynumber-start-again = Register your email address again
mynumber-done-heading = Application registered
mynumber-done-receipt = Receipt number { $receipt } ({ $time }). Quote it in any enquiry.
mynumber-done-no-receipt = The application was registered.
mynumber-done-mail = A confirmation mail was sent to your address. This tab no longer holds your entries or photo.
outbox-heading = Local outbox
outbox-intro = This machine sends no real mail: the messages madoguchi would send are shown here.
outbox-off = The local outbox is off on this server: check your mail instead.
outbox-empty = No mail yet.
api-error-offline = The server could not be reached. Check the connection and try again; what you entered is kept.
api-waiting-for-network = You are offline. Your form is kept in this tab and will be sent by itself when the connection returns. Keep this page open.
mynumber-photo-kept = The photo you chose
mynumber-photo-keep = Keep this photo and continue

## Account pages
account-register-heading = User registration
account-register-intro = Register once to use the immigration online system, for example to receive your Certificate of Eligibility by email and register its receipt.
account-terms-heading = Terms of use
account-terms-purpose = The personal information you register is used only for the procedures of this system.
account-terms-hours = The system can be used 24 hours a day, 365 days a year, except during maintenance, which may happen without notice.
account-terms-mail = The system sends mail to the address you register. Allow mail from this service so that it does not end up in spam.
account-terms-japanese = The terms are defined in Japanese; where a translation differs, the Japanese version applies.
account-terms-accept = I have read the terms of use and agree to them.
account-email = Email address
account-email-again = Email address (again, to check)
account-email-hint = Half-width characters, for example name@example.jp.
account-register-send = Register
account-register-sent-heading = Check your email
account-register-sent-to = If { $email } can be registered, a link to continue is on its way to it.
account-register-sent-hint = Open the link in the mail within 24 hours. After that, enter your email address again.
account-register-again = Start the registration again
account-registration-heading = User registration
account-registration-intro = Choose your user type and enter your name, phone number and a password. Every field is required.
account-link-expires = This page can be used until { $time } (Japan time).
account-user-kind = User type
account-latin-name = Name (Latin letters)
account-latin-name-hint = Capital letters A–Z, at most 104 characters, words separated by spaces, as in your passport (for example NGUYEN VAN AN).
account-phone = Phone number
account-phone-hint = Digits only, without hyphens: 012-345-6789 is typed 0123456789.
account-password = Password
account-password-hint = 10 to 20 characters, with at least one of each: upper-case letter (A–Z), lower-case letter (a–z), digit (0–9) and symbol ($%&=@_#*+-?!).
account-password-again = Password (again, to check)
account-password-again-hint = Type the same password again.
account-to-confirm = Continue to confirmation
account-registration-confirm-heading = Confirm your registration
account-registration-confirm-intro = Is everything below correct?
account-back-to-input = Back to the form
account-register-button = Register
account-registration-done-heading = Registration complete
account-user-id = User ID
account-user-id-keep = Keep your user ID: you log in with it. It was also sent to you by email.
account-login-heading = Log in
account-login-intro = Enter the user ID issued at registration and your password.
account-login-button = Log in
account-login-needed = Log in to see this page.
account-session-expired = You were logged out because there was no activity for 3 hours. Log in again; what you typed is kept.
account-unlock-by-reset = Unlock the account now by setting a new password
account-forgot-user-id-link = Forgot your user ID?
account-forgot-password-link = Forgot your password?
account-register-link = Register as a new user
account-logout-heading = Log out
account-logout-question = Do you want to log out?
account-logout-button = Log out
account-logout-done-heading = Logged out
account-back-to-mypage = Back to My page
account-back-to-login = Back to login
account-mail-sent-heading = Check your email
account-send = Send
account-forgot-user-id-heading = Forgot your user ID
account-forgot-user-id-intro = Enter the email address and the name in Latin letters you registered. We will send your user ID to that address.
account-forgot-password-heading = Forgot your password
account-forgot-password-intro = Enter your user ID and the email address you registered. We will send a link to set a new password; it also unlocks a locked account.
account-reset-heading = Set a new password
account-reset-intro = Choose a new password. Setting it also unlocks the account if it was locked.
account-new-password = New password
account-reset-button = Set the password
account-reset-done-heading = Password set
account-mypage-heading = My page
account-previous-login = Previous login: { $time }
account-coe-link = Certificates of Eligibility (receipt registration)
account-details-heading = User details
account-change-email = Change the email address
account-change-password = Change the password
account-change-phone = Change the phone number
account-email-change-heading = Change the email address
account-email-change-intro = Enter the new address twice. We will send a link to it; the change is complete when you open the link.
account-new-email = New email address
account-change-button = Change
account-change-done-heading = Change complete
account-password-change-heading = Change the password
account-current-password = Current password
account-phone-change-heading = Change the phone number
account-phone-confirm-heading = Confirm the change
account-phone-changed = Your phone number has been changed.
passkey-needs-name = Passkeys do not work on a page opened by IP address (such as 127.0.0.1). Open the site by its name (for example localhost) instead.
passkey-failed = The passkey could not be checked. Please try again.
passkey-login-failed = You cannot log in with this passkey: it may have been removed. Log in with your user ID and password.
passkey-too-many = You can register up to 10 passkeys. Remove one you no longer use.
passkey-exists = A passkey of this device is already registered.
passkey-removed = The passkey was removed.
passkey-added = The passkey was registered. From now on you can use "Log in with a passkey" on the login page.
passkey-cancelled = The passkey request was cancelled or timed out.
passkey-unsupported = This browser does not support passkeys.
passkey-login-heading = Log in with a passkey
passkey-login-intro = If you registered a passkey on My page, you can use it instead of your user ID and password.
passkey-login-button = Log in with a passkey
passkey-heading = Passkeys
passkey-intro = With a passkey you log in with this device's fingerprint, face or PIN. Logging in with your password keeps working as before.
passkey-none = No passkey is registered yet.
passkey-label = Passkey name
passkey-label-hint = A name that tells you which device it is (up to 40 characters), for example "Phone".
passkey-added-at = Registered
passkey-last-used = Last used
passkey-actions = Actions
passkey-never-used = Not used yet
passkey-remove-button = Remove "{ $label }"
passkey-remove-question = Remove the passkey "{ $label }"? You will no longer be able to log in with it.
passkey-keep = Keep it
passkey-remove-confirm = Remove
passkey-add-button = Register a passkey
account-session-warning-heading = You will be logged out soon
account-session-warning = Because there has been no activity, you will be logged out automatically at { $time } (in { $minutes } minutes). Choose OK to stay logged in for 3 more hours.
account-session-extend = OK (3 more hours)
account-session-cancel = Cancel
account-session-extended = You stay logged in until { $time }.
account-coe-heading = Receipt registration list
account-coe-intro = Certificates of Eligibility sent to you by email. Download each one and register its receipt. Until you do, a reminder is sent every 7 days, for up to 3 months after issue.
account-coe-as-of = As of { $time }
account-coe-page-size = Items per page
account-coe-page-size-option = { $count } per page
account-coe-total = { $total } certificates in all
account-coe-empty = No certificate has been sent to you yet.
account-coe-number = Certificate of Eligibility number
account-coe-requested-at = Receipt requested
account-coe-received-at = Receipt registered
account-coe-status = Receipt status
account-coe-file = Certificate
account-coe-action = Receipt
account-coe-pdf = Download { $number } (PDF)
account-coe-register = Register receipt
account-coe-confirm = Register the receipt of this Certificate of Eligibility?
account-coe-close = Close
account-coe-registered = The receipt of certificate { $number } is registered.
account-coe-pages = Pages
account-coe-first = First
account-coe-last = Last
coe-status-unregistered = Not registered
coe-status-registered = Receipt registered
office-nav = Office
office-heading = Office: certificates and submissions
office-issue-heading = Issue a Certificate of Eligibility
office-issue-intro = The certificate is stored and the user gets a mail with the link to register its receipt.
office-coe-number-hint = Letters A–Z, digits and hyphens, at most 32 characters.
office-coe-pdf = Certificate (PDF file, at most 10 MB)
office-issue-button = Issue
office-issued = Certificate { $number } was issued and the user was notified by mail.
office-issued-heading = Issued certificates
office-submissions-heading = Submissions received
office-submissions-empty = No submission has been received yet.
office-submissions-total = { $total } submissions in all
office-receipt-number = Receipt number
office-kind = Form
office-received-at = Received
office-photo = Photo
office-submission-heading = Submission
office-payload = Form contents
office-back = Back to the office page
office-audit-link = Audit log: who accessed what
office-audit-heading = Audit log
office-audit-intro = Every access by staff to submissions, certificates and this log, newest first. The server writes each entry before it hands out the data.
office-audit-total = { $total } entries in all
office-audit-at = When
office-audit-actor = Staff user ID
office-audit-action = Access
office-audit-target = What
office-audit-client = From address
office-audit-pages = Audit log pages
office-submissions-pages = Submission pages
office-export-json = Download all submissions (JSON)
office-export-csv = Download all submissions (CSV)
office-action-submissions-list = Listed submissions
office-action-submissions-view = Opened a submission
office-action-submissions-export = Exported submissions
office-action-coe-issue = Issued a certificate
office-action-coe-list = Listed certificates
office-action-audit-view = Read the audit log

## Exam My Page registration (seed 000)
exam-steps-label = Steps of the registration
exam-step-card = Residence Card
exam-step-passport = Passport
exam-step-photo = Face photo
exam-step-details = Details
exam-step-confirm = Check
exam-step-done = Done
exam-autofilled-card = Auto-filled from the Residence Card
exam-autofilled-passport = Auto-filled from the passport
exam-field-name = Name (as in the passport)
exam-field-name-hint = Latin letters, surname first, as printed in the passport.
exam-field-birth-date = Date of birth
exam-field-date-hint = Year-month-day, for example 1998-04-01.
exam-field-sex = Sex
exam-sex-male = Male
exam-sex-female = Female
exam-field-nationality = Nationality
exam-field-nationality-hint = The three-letter code in the passport, for example VNM.
exam-field-passport-number = Passport number
exam-field-card-number = Residence Card number
exam-field-card-number-hint = 12 characters at the top right of the card, for example AB12345678CD.
exam-field-status = Status of residence
exam-field-period-until = Period of stay (until)
exam-field-prefecture = Prefecture where you live
exam-prefecture-choose = Choose a prefecture
exam-field-email = Email address
exam-continue = Continue with this
exam-back = Back
exam-back-to-details = Change the details
exam-back-to-photo = Change the photo
exam-card-heading = Your Residence Card
exam-card-intro = Take a photo of the front of your Residence Card, or choose a colour photo (JPG) of it saved on your phone or computer. Do this even if you have the card with you.
exam-card-filled = Your status of residence, period of stay and prefecture are filled in from the photo. If something is wrong or empty, you can correct it.
exam-card-kept = Your Residence Card has been read.
exam-no-card-heading = No Residence Card?
exam-no-card-who = Only for people who came to Japan with a short-term stay visa or similar. Your visa will be checked at the exam venue.
exam-no-card-button = I have no Residence Card
exam-no-card-note = No Residence Card: your short-term stay visa will be checked at the exam venue.
exam-passport-heading = Your passport
exam-passport-intro = You must read your passport. Take a photo of the page with your face photo (not a JAPAN VISA page), or choose a photo of it saved on your phone or computer.
exam-passport-filled = Your name, date of birth, sex, nationality and passport number are filled in from the photo. If something is wrong or empty, you can correct it.
exam-passport-kept = Your passport has been read.
exam-photo-heading = Your face photo
exam-photo-intro = Choose or take a face photo. It is checked here, in your browser.
exam-photo-kept = You have already chosen this photo.
exam-photo-alt = The face photo you chose
exam-photo-missing = No photo yet. Go back to the face photo step.
exam-photo-from-document-heading = Use the face photo on your documents
exam-photo-from-document-hint = The face photo printed on your passport or Residence Card is cut out and enlarged here, in your browser. You can also choose a new photo below.
exam-photo-from-card = Take it from the Residence Card
exam-photo-from-passport = Take it from the passport
exam-photo-from-document-use = Use this photo
exam-photo-from-document-refused = This cut-out does not meet the photo rules, so it cannot be used. Choose a photo below instead.
exam-details-heading = Check and correct your details
exam-details-intro = Values marked "auto-filled" come from your documents. Check each one and correct it if it is wrong.
exam-missing-card = Read your Residence Card first, or choose "I have no Residence Card".
exam-missing-passport = Read your passport first.
exam-conflict-differs = your Residence Card and passport differ
exam-conflict-name-order = The same name, in a different order.
exam-conflict-choose = Choose which one to keep.
exam-from-card = Residence Card:
exam-from-passport = Passport:
exam-personal-legend = Personal details
exam-card-legend = Residence Card
exam-contact-legend = Contact
exam-to-confirm = Check the registration
exam-confirm-heading = Check your registration
exam-confirm-intro = Nothing has been sent yet. Check every value, then register.
exam-register = Register
exam-done-heading = Registration received
exam-done-receipt = Receipt number { $receipt } ({ $time }). Quote it in any enquiry.
exam-done-no-receipt = This registration has been sent. The receipt number was shown once, after sending.
exam-done-wiped = Your entries and photos have been removed from this browser tab.
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
date-long = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
date-time = { date-long }, { $hour }:{ $minute }
time-short = { $hour }:{ $minute }
