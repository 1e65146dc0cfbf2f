//! Every Fluent id a rule can return exists in English and Japanese and renders with the
//! rule's arguments filled in (a rule returning an id nobody translated would show nothing).

use madoguchi_l10n::{Args, Locale, Localizer};
use madoguchi_rules::account::PasswordClass;
use madoguchi_rules::photo_limits::{profile_photo_dimensions, profile_photo_file_size};
use madoguchi_rules::{
    Calendar, CivilDate, Era, FieldError, RuleArg, UserKind, application_id,
    application_id_confirmation, birth_date, email_address, email_confirmation, latin_name,
    licence_record_number, mail_name, password, password_confirmation, phone_number, profile_photo,
    user_kind,
};

fn errors() -> Vec<FieldError> {
    let today = CivilDate::new(2025, 9, 11).unwrap_or_else(|| panic!("date"));
    let heisei = Calendar::Wareki(Era::Heisei);
    let id = application_id("id", "12345678901234567890123").unwrap_or_else(|e| panic!("{e:?}"));
    let email = email_address("e", "taro@example.jp").unwrap_or_else(|e| panic!("{e:?}"));
    let results: Vec<Result<(), FieldError>> = vec![
        application_id("id", "123").map(drop),
        application_id("id", "12a").map(drop),
        application_id_confirmation("id2", &id, "1"),
        mail_name("n", "髙橋").map(drop),
        mail_name("n", "伟").map(drop),
        mail_name("n", &"あ".repeat(51)).map(drop),
        email_address("e", "ｔ@example.jp").map(drop),
        email_address("e", "t a@example.jp").map(drop),
        email_address("e", &format!("{}@example.jp", "a".repeat(95))).map(drop),
        email_address("e", "taro").map(drop),
        email_confirmation("e2", &email, "jiro@example.jp"),
        birth_date("d", heisei, "x", "1", "1", today).map(drop),
        birth_date("d", heisei, "10", "13", "1", today).map(drop),
        birth_date("d", heisei, "10", "2", "30", today).map(drop),
        birth_date("d", heisei, "0", "1", "1", today).map(drop),
        birth_date("d", Calendar::Wareki(Era::Showa), "64", "1", "8", today).map(drop),
        birth_date("d", Calendar::Wareki(Era::Heisei), "32", "1", "1", today).map(drop),
        birth_date("d", Calendar::Seireki, "1800", "1", "1", today).map(drop),
        birth_date("d", Calendar::Seireki, "2030", "1", "1", today).map(drop),
        licence_record_number("l", "123").map(drop),
        licence_record_number("l", "12345678901x").map(drop),
        profile_photo_file_size("p", 10),
        profile_photo_file_size("p", 8_000_000),
        profile_photo("p", &[0u8; 30_000]).map(drop),
        profile_photo_dimensions("p", 100, 100),
        user_kind("k", "x").map(drop),
        latin_name("n", "A1").map(drop),
        latin_name("n", "Ñ").map(drop),
        latin_name("n", &"A".repeat(105)).map(drop),
        phone_number("p", "090-1234-5678").map(drop),
        phone_number("p", "+8190").map(drop),
        phone_number("p", "090").map(drop),
        phone_number("p", "9012345678").map(drop),
        password("pw", "Abcdefgh1.").map(drop),
        password("pw", "Ab1$").map(drop),
        password("pw", "abcdefghij").map(drop),
        password("pw", "Abcdefghij").map(drop),
        password_confirmation("pw2", "a", "b"),
        password("pw", "").map(drop),
    ];
    results.into_iter().filter_map(Result::err).collect()
}

fn args(error: &FieldError) -> Args<'static> {
    let mut args = Args::new();
    for (name, value) in &error.args {
        match value {
            RuleArg::Number(n) => args.set(name.clone(), *n),
            RuleArg::Text(t) => args.set(name.clone(), t.clone()),
        }
    }
    args
}

#[test]
fn every_returned_id_is_translated_and_fills_its_placeables() {
    let localizer = Localizer::new();
    let errors = errors();
    assert_eq!(errors.len(), 39, "every call above must fail");
    for error in &errors {
        for locale in Locale::ALL {
            // English and Japanese must have it; the others may fall back to English.
            assert!(
                localizer.has_message(locale, &error.message)
                    || !matches!(locale, Locale::En | Locale::Ja),
                "{} lacks {}",
                locale.tag(),
                error.message
            );
            let text = localizer.message(locale, &error.message, Some(&args(error)));
            assert!(
                !text.contains('{'),
                "{} {}: {text}",
                locale.tag(),
                error.message
            );
            for (name, value) in &error.args {
                // `era` is a selector key, rendered as the era's name.
                if let (RuleArg::Text(t), false) = (value, name == "era") {
                    assert!(
                        text.contains(t.as_str()),
                        "{} {}: {text}",
                        locale.tag(),
                        error.message
                    );
                }
            }
        }
    }
}

#[test]
fn era_and_plural_selectors_render() {
    let localizer = Localizer::new();
    let era = birth_date(
        "d",
        Calendar::Wareki(Era::Showa),
        "64",
        "1",
        "8",
        CivilDate::new(2025, 1, 1).unwrap_or_else(|| panic!("date")),
    )
    .err()
    .unwrap_or_else(|| panic!("accepted"));
    let en = localizer.message(Locale::En, &era.message, Some(&args(&era)));
    assert_eq!(
        en,
        "1989-01-08 is not in the era you chose: it is Heisei 1."
    );
    let ja = localizer.message(Locale::Ja, &era.message, Some(&args(&era)));
    assert!(ja.contains("｜平成《へいせい》｜元年《がんねん》"), "{ja}");

    let one = password("pw", "Abcdefghi1")
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    let en = localizer.message(Locale::En, &one.message, Some(&args(&one)));
    assert_eq!(
        en,
        "The password still needs at least one character from this group: $%&=@_#*+-?!"
    );
    let three = password("pw", "abcdefghij")
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    let en = localizer.message(Locale::En, &three.message, Some(&args(&three)));
    assert_eq!(
        en,
        "The password still needs at least one character from each of these 3 groups: A–Z, 0–9, $%&=@_#*+-?!"
    );
}

#[test]
fn labels_are_translated() {
    let localizer = Localizer::new();
    let ids = UserKind::ALL
        .iter()
        .map(|k| k.label_id())
        .chain(PasswordClass::ALL.iter().map(|c| c.label_id()));
    for id in ids {
        for locale in [Locale::En, Locale::Ja] {
            assert!(
                localizer.has_message(locale, id),
                "{} lacks {id}",
                locale.tag()
            );
        }
    }
}
