//! Passport data pages with a TD3 machine-readable zone in OCR-B, and visa pages (MRV-A zone,
//! document code `V`): the page people photograph by mistake, which the reader must refuse.

use ab_glyph::PxScale;
use image::{Rgb, RgbImage};
use imageproc::drawing::{draw_filled_ellipse_mut, draw_filled_rect_mut, text_size};
use imageproc::rect::Rect;
use madoguchi_docscan::countries;
use madoguchi_docscan::mrz::check_digit;
use madoguchi_rules::CivilDate;
use rand::Rng;
use serde::{Deserialize, Serialize};

use super::names::{date_between, digits, letters, person};
use super::{Fonts, text};

pub const WIDTH: u32 = 1250;
pub const HEIGHT: u32 = 880;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PassportTruth {
    pub issuing_state: String,
    pub surname: String,
    pub given_names: String,
    pub document_number: String,
    pub nationality: String,
    pub birth_date: String,
    /// `male` or `female`.
    pub sex: String,
    pub expiry_date: String,
    pub mrz: [String; 2],
}

const MONTHS: [&str; 12] = [
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
];

fn visual(date: CivilDate) -> String {
    format!(
        "{:02} {} {}",
        date.day(),
        MONTHS[usize::from(date.month() - 1)],
        date.year()
    )
}

fn yymmdd(date: CivilDate) -> String {
    format!(
        "{:02}{:02}{:02}",
        date.year() % 100,
        date.month(),
        date.day()
    )
}

fn check(field: &str) -> char {
    char::from_digit(check_digit(field.chars()).unwrap_or(0), 10).unwrap_or('0')
}

/// What a TD3 zone encodes.
pub struct Td3<'a> {
    pub state: &'a str,
    pub surname: &'a str,
    pub given_names: &'a str,
    pub number: &'a str,
    pub nationality: &'a str,
    pub birth: CivilDate,
    pub male: bool,
    pub expiry: CivilDate,
    pub personal_number: &'a str,
}

/// The two TD3 lines for these fields.
pub fn td3(f: &Td3<'_>) -> [String; 2] {
    let (state, surname, given, number, nationality) =
        (f.state, f.surname, f.given_names, f.number, f.nationality);
    let (birth, male, expiry, personal) = (f.birth, f.male, f.expiry, f.personal_number);
    let name = format!("{}<<{}", surname.replace(' ', "<"), given.replace(' ', "<"));
    let mut line1 = format!("P<{state:<<3}{name}");
    line1 = format!("{line1:<<44}");
    line1.truncate(44);
    let number = format!("{number:<<9}");
    let personal = format!("{personal:<<14}");
    let personal_check = if personal.trim_matches('<').is_empty() {
        '<'
    } else {
        check(&personal)
    };
    let body = format!(
        "{number}{}{nationality:<<3}{}{}{}{}{}{personal}{personal_check}",
        check(&number),
        yymmdd(birth),
        check(&yymmdd(birth)),
        if male { 'M' } else { 'F' },
        yymmdd(expiry),
        check(&yymmdd(expiry)),
    );
    let composite = format!("{}{}{}", &body[0..10], &body[13..20], &body[21..43]);
    [line1, format!("{body}{}", check(&composite))]
}

/// The two MRV-A lines of a Japanese visa for these fields (ICAO 9303 part 7: code `V`, 16
/// characters of optional data, no personal number or composite check digit).
pub fn mrv_a(f: &Td3<'_>) -> [String; 2] {
    let name = format!(
        "{}<<{}",
        f.surname.replace(' ', "<"),
        f.given_names.replace(' ', "<")
    );
    let mut line1 = format!("V<{:<<3}{name}", f.state);
    line1 = format!("{line1:<<44}");
    line1.truncate(44);
    let number = format!("{:<<9}", f.number);
    let line2 = format!(
        "{number}{}{:<<3}{}{}{}{}{}{:<<16}",
        check(&number),
        f.nationality,
        yymmdd(f.birth),
        check(&yymmdd(f.birth)),
        if f.male { 'M' } else { 'F' },
        yymmdd(f.expiry),
        check(&yymmdd(f.expiry)),
        "",
    );
    [line1, line2]
}

/// A passport data page.
pub fn render(fonts: &Fonts, rng: &mut impl Rng) -> (RgbImage, PassportTruth) {
    render_page(fonts, rng, false)
}

/// A Japanese visa page of a passport (the visa's own number and MRV-A zone).
pub fn render_visa(fonts: &Fonts, rng: &mut impl Rng) -> (RgbImage, PassportTruth) {
    render_page(fonts, rng, true)
}

fn render_page(fonts: &Fonts, rng: &mut impl Rng, visa: bool) -> (RgbImage, PassportTruth) {
    let who = person(rng);
    let state = who.nationality;
    let number = if rng.gen_bool(0.5) {
        format!("{}{}", letters(rng, 2), digits(rng, 7))
    } else {
        format!("{}{}", letters(rng, 1), digits(rng, 8))
    };
    let expiry = date_between(rng, 2027, 2036);
    let issued = CivilDate::new(expiry.year() - 10, expiry.month(), expiry.day()).unwrap_or(expiry);
    let personal = if rng.gen_bool(0.4) {
        digits(rng, 10)
    } else {
        String::new()
    };
    let zone = Td3 {
        state: if visa { "JPN" } else { state },
        surname: who.surname,
        given_names: who.given_names,
        number: &number,
        nationality: state,
        birth: who.birth_date,
        male: who.male,
        expiry,
        personal_number: &personal,
    };
    let mrz = if visa { mrv_a(&zone) } else { td3(&zone) };
    let country = countries::by_code(state)
        .map_or("UTOPIA", |c| c.english)
        .to_uppercase();

    let tint = [
        rng.gen_range(215..240u8),
        rng.gen_range(225..245u8),
        rng.gen_range(215..240u8),
    ];
    let mut image = RgbImage::from_fn(WIDTH, HEIGHT, |x, y| {
        let wave = (((x as f32) / 17.0 + (y as f32 / 40.0).sin() * 2.0).sin() * 4.0) as i16;
        Rgb(tint.map(|c| (i16::from(c) + wave).clamp(0, 255) as u8))
    });
    let (w, h) = (WIDTH as f32, HEIGHT as f32);
    let sans = &fonts.sans;
    const INK: [u8; 3] = [20, 20, 30];
    const LABEL: [u8; 3] = [70, 70, 110];
    let (title, issuer) = if visa {
        ("VISA", "JAPAN")
    } else {
        ("PASSPORT", country.as_str())
    };
    text(&mut image, sans, 34.0, 0.04 * w, 0.03 * h, INK, title);
    text(&mut image, sans, 30.0, 0.4 * w, 0.035 * h, INK, issuer);
    draw_filled_rect_mut(
        &mut image,
        Rect::at((0.04 * w) as i32, (0.17 * h) as i32).of_size((0.26 * w) as u32, (0.5 * h) as u32),
        Rgb([180, 182, 190]),
    );
    draw_filled_ellipse_mut(
        &mut image,
        ((0.17 * w) as i32, (0.36 * h) as i32),
        (0.07 * w) as i32,
        (0.12 * h) as i32,
        Rgb([210, 180, 150]),
    );
    let fields = [
        (
            "Type / Code / Passport No.",
            format!(
                "{}    {}    {number}",
                if visa { "V" } else { "P" },
                zone.state
            ),
        ),
        ("Surname", who.surname.to_owned()),
        ("Given names", who.given_names.to_owned()),
        ("Nationality", country.clone()),
        ("Date of birth", visual(who.birth_date)),
        ("Sex", if who.male { "M" } else { "F" }.to_owned()),
        ("Date of issue", visual(issued)),
        ("Date of expiry", visual(expiry)),
    ];
    for (i, (label, value)) in fields.iter().enumerate() {
        let y = (0.15 + 0.075 * i as f32) * h;
        text(&mut image, sans, 16.0, 0.34 * w, y, LABEL, label);
        text(&mut image, sans, 26.0, 0.34 * w, y + 18.0, INK, value);
    }
    // MRZ: fixed pitch, 44 characters across 90 % of the page.
    let pitch = 0.9 * w / 44.0;
    let size = pitch / 0.62;
    let ocr_b = &fonts.ocr_b;
    for (row, line) in mrz.iter().enumerate() {
        let y = (0.78 + 0.1 * row as f32) * h;
        for (i, ch) in line.chars().enumerate() {
            let glyph_width = text_size(PxScale::from(size), ocr_b, &ch.to_string()).0 as f32;
            let x = 0.05 * w + pitch * i as f32 + (pitch - glyph_width) / 2.0;
            text(&mut image, ocr_b, size, x, y, INK, &ch.to_string());
        }
    }
    let truth = PassportTruth {
        issuing_state: zone.state.to_owned(),
        surname: who.surname.to_owned(),
        given_names: who.given_names.to_owned(),
        document_number: number,
        nationality: state.to_owned(),
        birth_date: who.birth_date.to_string(),
        sex: if who.male { "male" } else { "female" }.to_owned(),
        expiry_date: expiry.to_string(),
        mrz,
    };
    (image, truth)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn td3_matches_the_icao_specimen() {
        let birth = CivilDate::new(1974, 8, 12).unwrap_or_else(|| unreachable!());
        let expiry = CivilDate::new(2012, 4, 15).unwrap_or_else(|| unreachable!());
        let lines = td3(&Td3 {
            state: "UTO",
            surname: "ERIKSSON",
            given_names: "ANNA MARIA",
            number: "L898902C3",
            nationality: "UTO",
            birth,
            male: false,
            expiry,
            personal_number: "ZE184226B",
        });
        assert_eq!(lines[0], "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
        assert_eq!(lines[1], "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
        let visa = mrv_a(&Td3 {
            state: "JPN",
            surname: "ERIKSSON",
            given_names: "ANNA MARIA",
            number: "L8988901C",
            nationality: "UTO",
            birth,
            male: false,
            expiry,
            personal_number: "",
        });
        assert_eq!(visa[0], "V<JPNERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
        assert_eq!(visa[1], "L8988901C4UTO7408122F1204159<<<<<<<<<<<<<<<<");
    }
}
