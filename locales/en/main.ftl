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
