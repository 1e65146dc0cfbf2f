//! Residence Card and Special Permanent Resident Certificate fronts, laid out like the 2012
//! design (the rows `madoguchi_docscan::card` expects).

use ab_glyph::FontVec;
use image::{Rgb, RgbImage};
use imageproc::drawing::{draw_filled_ellipse_mut, draw_filled_rect_mut, draw_hollow_rect_mut};
use imageproc::rect::Rect;
use madoguchi_docscan::{countries, vocab};
use madoguchi_rules::{CivilDate, to_wareki};
use rand::Rng;
use serde::{Deserialize, Serialize};

use super::names::{address, date_between, digits, letters, person};
use super::{Fonts, condensed_text, text};

pub const WIDTH: u32 = 1280;
pub const HEIGHT: u32 = 807;

/// What the card shows, as the reader should return it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CardTruth {
    pub special_permanent_resident: bool,
    pub card_number: String,
    pub name: String,
    pub birth_date: String,
    /// `gregorian` or `japanese`.
    pub birth_calendar: String,
    /// `male` or `female`.
    pub sex: String,
    /// ICAO code.
    pub nationality: String,
    pub address: String,
    /// JIS X 0401 code.
    pub prefecture: String,
    pub status: Option<String>,
    pub work_restriction: Option<String>,
    /// `4年3月`, `無期限`.
    pub period_of_stay: Option<String>,
    pub expiry_date: Option<String>,
    pub card_valid_until: String,
}

const INK: [u8; 3] = [25, 25, 35];
const LABEL: [u8; 3] = [60, 60, 80];

fn work_restriction_for(status: &str) -> &'static str {
    match status {
        "permanent-resident"
        | "spouse-of-japanese"
        | "spouse-of-permanent-resident"
        | "long-term-resident" => "none",
        "student" | "dependent" | "cultural-activities" | "trainee" => "not-permitted",
        "designated-activities" => "designated-activities",
        s if s.starts_with("specified-skilled")
            || s.starts_with("technical-intern")
            || s.starts_with("employment-for-skill") =>
        {
            "designated-organisation"
        }
        _ => "status-only",
    }
}

fn printed(date: CivilDate) -> String {
    format!("{}年{:02}月{:02}日", date.year(), date.month(), date.day())
}

fn printed_wareki(date: CivilDate) -> Option<String> {
    to_wareki(date).map(|w| w.japanese())
}

pub fn render(fonts: &Fonts, rng: &mut impl Rng) -> (RgbImage, CardTruth) {
    let special = rng.gen_bool(0.15);
    let who = person(rng);
    let nationality = if special { "KOR" } else { who.nationality };
    let nationality_name = countries::by_code(nationality).map_or("韓国", |c| c.japanese);
    let card_number = format!("{}{}{}", letters(rng, 2), digits(rng, 8), letters(rng, 2));
    let name = format!("{} {}", who.surname, who.given_names);
    let (prefecture, address_text) = address(rng);
    let issued = date_between(rng, 2019, 2026);
    let wareki_birth = rng.gen_bool(0.3);
    let birth_text = if wareki_birth {
        printed_wareki(who.birth_date).unwrap_or_else(|| printed(who.birth_date))
    } else {
        printed(who.birth_date)
    };
    let statuses = vocab::statuses().terms();
    let status = statuses[rng.gen_range(0..statuses.len())];
    let (period_text, expiry) = if special {
        (None, None)
    } else if status.key == "permanent-resident" {
        (Some("無期限".to_owned()), None)
    } else {
        let (years, months) = [
            (5, 0),
            (3, 0),
            (1, 0),
            (0, 6),
            (4, 3),
            (2, 3),
            (1, 3),
            (0, 3),
        ][rng.gen_range(0..8)];
        let mut text = String::new();
        if years > 0 {
            text.push_str(&format!("{years}年"));
        }
        if months > 0 {
            text.push_str(&format!("{months}月"));
        }
        let month_index = i32::from(issued.month()) - 1 + months;
        let year = issued.year() + years + month_index / 12;
        let month = u8::try_from(month_index % 12 + 1).unwrap_or(1);
        let expiry = CivilDate::new(year, month, issued.day()).unwrap_or(issued);
        (Some(text), Some(expiry))
    };
    let valid_until = expiry.unwrap_or_else(|| {
        CivilDate::new(issued.year() + 7, issued.month(), issued.day()).unwrap_or(issued)
    });

    let mut image = background(rng);
    let (w, h) = (WIDTH as f32, HEIGHT as f32);
    let mincho: &FontVec = if rng.gen_bool(0.7) {
        &fonts.mincho
    } else {
        &fonts.sans
    };
    let gothic = &fonts.gothic;
    let title = if special {
        "特別永住者証明書"
    } else {
        "在留カード"
    };
    text(&mut image, gothic, 46.0, 0.03 * w, 0.022 * h, INK, title);
    text(
        &mut image,
        gothic,
        18.0,
        0.03 * w + 48.0 * title.chars().count() as f32,
        0.05 * h,
        LABEL,
        if special {
            "SPECIAL PERMANENT RESIDENT CERTIFICATE"
        } else {
            "RESIDENCE CARD"
        },
    );
    text(&mut image, gothic, 22.0, 0.55 * w, 0.045 * h, LABEL, "番号");
    text(
        &mut image,
        gothic,
        42.0,
        0.62 * w,
        0.03 * h,
        INK,
        &card_number,
    );

    text(&mut image, gothic, 22.0, 0.03 * w, 0.135 * h, LABEL, "氏名");
    text(&mut image, gothic, 13.0, 0.03 * w, 0.175 * h, LABEL, "NAME");
    text(&mut image, gothic, 42.0, 0.11 * w, 0.125 * h, INK, &name);

    let row = 0.225 * h;
    text(
        &mut image,
        gothic,
        20.0,
        0.03 * w,
        row + 8.0,
        LABEL,
        "生年月日",
    );
    text(&mut image, mincho, 30.0, 0.12 * w, row, INK, &birth_text);
    text(&mut image, gothic, 20.0, 0.39 * w, row + 8.0, LABEL, "性別");
    text(
        &mut image,
        mincho,
        30.0,
        0.435 * w,
        row,
        INK,
        if who.male { "男 M." } else { "女 F." },
    );
    text(
        &mut image,
        gothic,
        20.0,
        0.52 * w,
        row + 8.0,
        LABEL,
        "国籍・地域",
    );
    // The cell ends where the photo begins (0.73 w).
    condensed_text(
        &mut image,
        (mincho, 30.0, INK),
        (0.61 * w, row, 0.11 * w),
        nationality_name,
    );

    let row = 0.315 * h;
    text(
        &mut image,
        gothic,
        20.0,
        0.03 * w,
        row + 8.0,
        LABEL,
        "住居地",
    );
    let address_size = (0.6 * w / address_text.chars().count() as f32).min(30.0);
    text(
        &mut image,
        mincho,
        address_size,
        0.1 * w,
        row,
        INK,
        &address_text,
    );

    let mut truth_status = None;
    let mut truth_work = None;
    if !special {
        draw_hollow_rect_mut(
            &mut image,
            Rect::at((0.02 * w) as i32, (0.4 * h) as i32)
                .of_size((0.68 * w) as u32, (0.145 * h) as u32),
            Rgb(LABEL),
        );
        text(
            &mut image,
            gothic,
            20.0,
            0.03 * w,
            0.41 * h,
            LABEL,
            "在留資格",
        );
        let size = (0.6 * w / status.japanese.chars().count() as f32).min(42.0);
        text(
            &mut image,
            mincho,
            size,
            0.06 * w,
            0.455 * h,
            INK,
            status.japanese,
        );
        let work_key = work_restriction_for(status.key);
        let work = vocab::work_restrictions()
            .by_key(work_key)
            .map_or("就労制限なし", |t| t.japanese);
        text(
            &mut image,
            gothic,
            20.0,
            0.03 * w,
            0.57 * h,
            LABEL,
            "就労制限の有無",
        );
        let size = (0.48 * w / work.chars().count() as f32).min(28.0);
        text(&mut image, mincho, size, 0.2 * w, 0.562 * h, INK, work);
        text(
            &mut image,
            gothic,
            20.0,
            0.03 * w,
            0.655 * h,
            LABEL,
            "在留期間(満了日)",
        );
        let period = match (&period_text, expiry) {
            (Some(p), Some(e)) => format!("{p}({})", printed(e)),
            (Some(p), None) => p.clone(),
            _ => String::new(),
        };
        text(&mut image, mincho, 30.0, 0.22 * w, 0.645 * h, INK, &period);
        text(
            &mut image,
            gothic,
            19.0,
            0.03 * w,
            0.735 * h,
            LABEL,
            "許可の種類  在留期間更新許可（東京出入国在留管理局長）",
        );
        let permitted = printed(issued);
        text(
            &mut image,
            gothic,
            19.0,
            0.03 * w,
            0.785 * h,
            LABEL,
            &format!("許可年月日  {permitted}   交付年月日  {permitted}"),
        );
        truth_status = Some(status.key.to_owned());
        truth_work = Some(work_key.to_owned());
    }
    let x = text(
        &mut image,
        gothic,
        24.0,
        0.05 * w,
        0.895 * h,
        INK,
        "このカードは",
    );
    let x = 0.05 * w + x + 10.0;
    let x2 = text(
        &mut image,
        mincho,
        32.0,
        x,
        0.885 * h,
        INK,
        &printed(valid_until),
    );
    text(
        &mut image,
        gothic,
        24.0,
        x + x2 + 10.0,
        0.895 * h,
        INK,
        "まで有効です。",
    );

    // Photo and the minister's seal.
    draw_filled_rect_mut(
        &mut image,
        Rect::at((0.73 * w) as i32, (0.17 * h) as i32).of_size((0.23 * w) as u32, (0.5 * h) as u32),
        Rgb([170, 175, 185]),
    );
    draw_filled_ellipse_mut(
        &mut image,
        ((0.845 * w) as i32, (0.36 * h) as i32),
        (0.06 * w) as i32,
        (0.13 * h) as i32,
        Rgb([215, 185, 160]),
    );
    draw_filled_ellipse_mut(
        &mut image,
        ((0.845 * w) as i32, (0.64 * h) as i32),
        (0.1 * w) as i32,
        (0.12 * h) as i32,
        Rgb([50, 60, 90]),
    );
    draw_hollow_rect_mut(
        &mut image,
        Rect::at((0.8 * w) as i32, (0.78 * h) as i32).of_size(110, 110),
        Rgb([200, 60, 60]),
    );
    text(
        &mut image,
        &fonts.mincho,
        26.0,
        0.8 * w + 3.0,
        0.78 * h + 40.0,
        [200, 60, 60],
        "法務大臣",
    );

    let truth = CardTruth {
        special_permanent_resident: special,
        card_number,
        name,
        birth_date: who.birth_date.to_string(),
        birth_calendar: if wareki_birth {
            "japanese"
        } else {
            "gregorian"
        }
        .to_owned(),
        sex: if who.male { "male" } else { "female" }.to_owned(),
        nationality: nationality.to_owned(),
        address: address_text,
        prefecture: prefecture.to_owned(),
        status: truth_status,
        work_restriction: truth_work,
        period_of_stay: period_text,
        expiry_date: expiry.map(|d| d.to_string()),
        card_valid_until: valid_until.to_string(),
    };
    (image, truth)
}

/// A pale card stock with a tint gradient and guilloche-like waves.
fn background(rng: &mut impl Rng) -> RgbImage {
    let tint = [
        rng.gen_range(225..245u8),
        rng.gen_range(228..245u8),
        rng.gen_range(235..250u8),
    ];
    let phase: f32 = rng.gen_range(0.0..std::f32::consts::TAU);
    RgbImage::from_fn(WIDTH, HEIGHT, |x, y| {
        let (fx, fy) = (x as f32 / WIDTH as f32, y as f32 / HEIGHT as f32);
        let wave = ((fx * 40.0 + (fy * 9.0 + phase).sin() * 3.0).sin() * 0.5 + 0.5) * 6.0;
        let shade = fx * 8.0 + fy * 5.0 + wave;
        Rgb(tint.map(|c| (f32::from(c) - shade).clamp(0.0, 255.0) as u8))
    })
}
