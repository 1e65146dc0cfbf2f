//! Document jobs: passport MRZ, Residence Card front and card number with `madoguchi-docscan`,
//! answered as the review screen needs them — every field with its value, confidence,
//! check-digit status and the rectangle of the upright picture it was read from (the picture's
//! RGBA pixels go beside the reply) — or a clear failure id.

use image::imageops::{self, FilterType};
use image::{Rgb, RgbImage};
use madoguchi_docscan::card::{CardField, CardFront, CardKind, Sex as CardSex};
use madoguchi_docscan::geometry::{Quad, Rect};
use madoguchi_docscan::mrz::{self, CheckStatus, Mrz, MrzField, MrzFieldId, Sex as MrzSex};
use madoguchi_docscan::vocab::Term;
use madoguchi_docscan::{ImageView, Quality, ScanError, Scanner, Stage};
use madoguchi_jobs::{
    Area, CardNumberRead, CheckDigit, DocumentKind, DocumentScan, ScanField, ScanImage,
    ScanQuality, StageTime, TermNames,
};
use madoguchi_rules::CivilDate;

pub use madoguchi_docscan::REVIEW_BELOW;
/// Longer side of the picture sent back for the review crops.
const REVIEW_SIDE: u32 = 1600;

/// Fluent ids of the failures the page explains (with the seed's photo advice).
pub const UNREADABLE: &str = "document-scan-unreadable";
pub const VISA_PAGE: &str = "document-scan-visa-page";
pub const PASSPORT_NOT_CARD: &str = "document-scan-passport-not-card";
pub const NUMBER_UNREADABLE: &str = "document-scan-number-unreadable";
/// The read itself broke (a damaged model, a bad request): not the photo's fault.
pub const FAILED: &str = "document-scan-failed";

fn scan_error(error: &ScanError) -> &'static str {
    match error {
        ScanError::BadImage { .. } => "photo-decode-failed",
        ScanError::TooSmall { .. } | ScanError::NoMrz(_) | ScanError::NoText => UNREADABLE,
        ScanError::Ocr(_) => FAILED,
    }
}

fn check_digit(status: CheckStatus) -> CheckDigit {
    match status {
        CheckStatus::Valid => CheckDigit::Valid,
        CheckStatus::Repaired => CheckDigit::Repaired,
        CheckStatus::Invalid => CheckDigit::Invalid,
        CheckStatus::NotCovered => CheckDigit::NotCovered,
    }
}

fn quality(quality: &Quality) -> ScanQuality {
    ScanQuality {
        outline_found: quality.document_found,
        glare: quality.glare_fraction,
        glare_warning: quality.has_glare(),
        rotation_degrees: quality.rotation_degrees,
        pixels_per_mm: quality.pixels_per_mm,
        small_warning: quality.small,
    }
}

fn area(rect: Rect) -> Area {
    Area {
        x: f64::from(rect.x0),
        y: f64::from(rect.y0),
        width: f64::from(rect.width()),
        height: f64::from(rect.height()),
    }
}

fn term_names(term: &Term) -> TermNames {
    TermNames {
        code: term.key.to_owned(),
        japanese: Some(term.japanese.to_owned()),
        english: Some(term.english.to_owned()),
    }
}

fn field(id: &str, value: String, confidence: f32) -> ScanField {
    let found = !value.is_empty();
    ScanField {
        id: id.to_owned(),
        value,
        term: None,
        text: None,
        confidence: if found {
            confidence.clamp(0.0, 1.0)
        } else {
            0.0
        },
        check: None,
        needs_review: !found || confidence < REVIEW_BELOW,
        source: None,
    }
}

// ---------------------------------------------------------------------------------------------
// Passport

/// A map from scan pixels to review-picture pixels.
type PointMap = Box<dyn Fn((f32, f32)) -> (f32, f32)>;

/// The upright picture for the review and the map from scan pixels into it.
struct Upright {
    image: RgbImage,
    /// Scan pixel → review picture pixel.
    map: PointMap,
}

/// Turns the photo by a multiple of 90° so text at `angle_degrees` (clockwise, reading
/// direction) reads left to right, and reduces it to `REVIEW_SIDE`.
fn upright(photo: &RgbImage, angle_degrees: f32) -> Upright {
    let (w, h) = (photo.width() as f32, photo.height() as f32);
    let quarter = ((angle_degrees.rem_euclid(360.0) + 45.0) / 90.0) as u32 % 4;
    let (turned, turn): (RgbImage, PointMap) = match quarter {
        // Text running downwards (90° clockwise): turn the picture a quarter anticlockwise.
        1 => (
            imageops::rotate270(photo),
            Box::new(move |(x, y)| (y, w - x)),
        ),
        2 => (
            imageops::rotate180(photo),
            Box::new(move |(x, y)| (w - x, h - y)),
        ),
        3 => (
            imageops::rotate90(photo),
            Box::new(move |(x, y)| (h - y, x)),
        ),
        _ => (photo.clone(), Box::new(|p| p)),
    };
    let longest = turned.width().max(turned.height()).max(1);
    if longest <= REVIEW_SIDE {
        return Upright {
            image: turned,
            map: turn,
        };
    }
    let s = REVIEW_SIDE as f32 / longest as f32;
    let image = imageops::resize(
        &turned,
        ((turned.width() as f32 * s) as u32).max(1),
        ((turned.height() as f32 * s) as u32).max(1),
        FilterType::Triangle,
    );
    Upright {
        image,
        map: Box::new(move |p| {
            let (x, y) = turn(p);
            (x * s, y * s)
        }),
    }
}

/// Columns `start..end` of a zone line of `length` characters, as a quad in scan pixels
/// (the characters are monospaced across the line's width), half a character wider each side.
fn columns(line: &Quad, start: usize, end: usize, length: usize) -> Quad {
    let cells = length as f32;
    line.cells(
        (start as f32 - 0.5).max(0.0),
        (end as f32 + 0.5).min(cells),
        length,
    )
}

/// Where each passport field was printed, in review-picture pixels.
struct ZoneMap<'a> {
    mrz: &'a Mrz,
    /// The zone's lines (reading order), matched to `mrz.lines`.
    lines: Vec<Quad>,
    map: &'a dyn Fn((f32, f32)) -> (f32, f32),
    limit: (f32, f32),
}

impl ZoneMap<'_> {
    fn source(&self, line: usize, start: usize, end: usize) -> Option<Area> {
        let quad = self.lines.get(line)?;
        if end <= start {
            return None;
        }
        let length = self.mrz.format.line_length();
        let mapped = columns(quad, start, end, length).map(self.map);
        let r = mapped.bounds();
        let clamp = |v: f32, max: f32| v.clamp(0.0, max);
        let rect = Rect::new(
            clamp(r.x0, self.limit.0),
            clamp(r.y0, self.limit.1),
            clamp(r.x1, self.limit.0),
            clamp(r.y1, self.limit.1),
        );
        (rect.width() >= 1.0 && rect.height() >= 1.0).then(|| area(rect))
    }

    fn span(&self, field: MrzFieldId) -> Option<Area> {
        let (line, start, len) = mrz::field_span(self.mrz.format, field);
        self.source(line, start, start + len)
    }

    /// Surname and given names share the name run: split it at the first `<<`.
    fn names(&self) -> (Option<Area>, Option<Area>) {
        let (line, start, len) = mrz::field_span(self.mrz.format, MrzFieldId::Name);
        let Some(text) = self.mrz.lines.get(line) else {
            return (None, None);
        };
        let run: Vec<char> = text.chars().skip(start).take(len).collect();
        let split = run.windows(2).position(|w| w == ['<', '<']);
        let used = run.iter().rposition(|&c| c != '<').map_or(0, |i| i + 1);
        match split {
            Some(at) => (
                self.source(line, start, start + at),
                self.source(line, start + at + 2, start + used.max(at + 2)),
            ),
            None => (self.source(line, start, start + used), None),
        }
    }
}

fn mrz_field<T>(id: &str, f: &MrzField<T>, value: String, source: Option<Area>) -> ScanField {
    let mut out = field(id, value, f.confidence);
    out.check = Some(check_digit(f.check));
    out.needs_review |= f.check == CheckStatus::Invalid;
    out.source = source;
    out
}

fn date_text(date: Option<CivilDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// The passport fields, in the order a form asks for them.
fn passport_fields(zone: &ZoneMap<'_>) -> Vec<ScanField> {
    let mrz = zone.mrz;
    let (surname_at, given_at) = zone.names();
    let country = |id: &str, f: &MrzField<mrz::CountryCode>, at| {
        let mut out = mrz_field(id, f, f.value.code.clone(), at);
        out.term = (!f.value.code.is_empty()).then(|| TermNames {
            code: f.value.code.clone(),
            japanese: f.value.japanese.map(str::to_owned),
            english: f.value.english.map(str::to_owned),
        });
        out
    };
    let sex = match mrz.sex.value {
        MrzSex::Male => "M",
        MrzSex::Female => "F",
        MrzSex::Unspecified => "X",
    };
    vec![
        mrz_field(
            "surname",
            &mrz.surname,
            mrz.surname.value.clone(),
            surname_at,
        ),
        mrz_field(
            "given-names",
            &mrz.given_names,
            mrz.given_names.value.clone(),
            given_at,
        ),
        mrz_field(
            "passport-number",
            &mrz.document_number,
            mrz.document_number.value.clone(),
            zone.span(MrzFieldId::DocumentNumber),
        ),
        country(
            "nationality",
            &mrz.nationality,
            zone.span(MrzFieldId::Nationality),
        ),
        mrz_field(
            "birth-date",
            &mrz.birth_date,
            date_text(mrz.birth_date.value),
            zone.span(MrzFieldId::BirthDate),
        ),
        mrz_field("sex", &mrz.sex, sex.to_owned(), zone.span(MrzFieldId::Sex)),
        mrz_field(
            "expiry-date",
            &mrz.expiry_date,
            date_text(mrz.expiry_date.value),
            zone.span(MrzFieldId::ExpiryDate),
        ),
        country(
            "issuing-state",
            &mrz.issuing_state,
            zone.span(MrzFieldId::IssuingState),
        ),
    ]
}

/// A visa (MRV-A/B) has a machine-readable zone too, starting with `V`: not the photo page.
fn is_visa(mrz: &Mrz) -> bool {
    mrz.document_code.value.starts_with('V')
}

/// Reads a passport's data page. `today` is `YYYY-MM-DD` from the page.
pub fn scan_passport(
    scanner: &Scanner,
    image: ImageView<'_>,
    today: &str,
    clock: &mut dyn FnMut() -> f64,
) -> Result<(DocumentScan, Vec<u8>), &'static str> {
    let today = CivilDate::parse_iso(today).ok_or(FAILED)?;
    let start = clock();
    let scan = scanner
        .scan_passport(image, today)
        .map_err(|e| scan_error(&e))?;
    if is_visa(&scan.mrz) {
        return Err(VISA_PAGE);
    }
    let up = upright(&scan.image, scan.quality.rotation_degrees);
    let lines_used = scan.mrz.format.line_count();
    let zone = ZoneMap {
        mrz: &scan.mrz,
        lines: scan.zone[scan.zone.len().saturating_sub(lines_used)..].to_vec(),
        map: &up.map,
        limit: (up.image.width() as f32, up.image.height() as f32),
    };
    let fields = passport_fields(&zone);
    let document = DocumentScan {
        kind: DocumentKind::Passport,
        fields,
        quality: quality(&scan.quality),
        mrz_lines: scan.mrz.lines.clone(),
        mrz_checks_pass: Some(scan.mrz.checks_pass()),
        image: ScanImage {
            width: up.image.width(),
            height: up.image.height(),
        },
        millis: clock() - start,
        decode_millis: 0.0,
        stages: stage_times(&scan.timings),
    };
    Ok((document, rgba(&up.image)))
}

// ---------------------------------------------------------------------------------------------
// Residence Card

/// A card field's rectangle in pixels of the card picture (`bounds` are fractions of `area`).
fn card_source(bounds: Rect, card_area: Rect, limit: (f32, f32)) -> Option<Area> {
    let pad = card_area.height() * 0.01;
    let x0 = (card_area.x0 + bounds.x0 * card_area.width() - pad).clamp(0.0, limit.0);
    let y0 = (card_area.y0 + bounds.y0 * card_area.height() - pad).clamp(0.0, limit.1);
    let x1 = (card_area.x0 + bounds.x1 * card_area.width() + pad).clamp(0.0, limit.0);
    let y1 = (card_area.y0 + bounds.y1 * card_area.height() + pad).clamp(0.0, limit.1);
    let rect = Rect::new(x0, y0, x1, y1);
    (rect.width() >= 1.0 && rect.height() >= 1.0).then(|| area(rect))
}

/// The card's fields in the order printed (the Special Permanent Resident Certificate has no
/// status, work restriction or period of stay).
fn card_fields(card: &CardFront, card_area: Rect, limit: (f32, f32)) -> Vec<ScanField> {
    fn from<T>(
        id: &str,
        f: Option<&CardField<T>>,
        value: impl Fn(&T) -> String,
        card_area: Rect,
        limit: (f32, f32),
    ) -> ScanField {
        match f {
            Some(f) => {
                let mut out = field(id, value(&f.value), f.confidence);
                out.text = Some(f.text.clone());
                out.source = card_source(f.bounds, card_area, limit);
                out
            }
            None => field(id, String::new(), 0.0),
        }
    }
    let with_term = |mut out: ScanField, term: Option<&Term>| {
        out.term = term.map(term_names);
        out
    };
    let special = card.kind == CardKind::SpecialPermanentResidentCertificate;
    let mut fields = vec![
        from(
            "card-number",
            card.card_number.as_ref(),
            String::clone,
            card_area,
            limit,
        ),
        from("name", card.name.as_ref(), String::clone, card_area, limit),
        from(
            "birth-date",
            card.birth_date.as_ref(),
            |d| d.date.to_string(),
            card_area,
            limit,
        ),
        from(
            "sex",
            card.sex.as_ref(),
            |s| {
                match s {
                    CardSex::Male => "M",
                    CardSex::Female => "F",
                }
                .to_owned()
            },
            card_area,
            limit,
        ),
        with_term(
            from(
                "nationality",
                card.nationality.as_ref(),
                |t| t.japanese.to_owned(),
                card_area,
                limit,
            ),
            card.nationality.as_ref().map(|f| &f.value),
        ),
        from(
            "address",
            card.address.as_ref(),
            |a| a.text.clone(),
            card_area,
            limit,
        ),
    ];
    let prefecture = card
        .address
        .as_ref()
        .and_then(|a| a.value.prefecture.as_ref().map(|p| (a, p)));
    fields.push(match prefecture {
        Some((address, term)) => {
            let confidence = address
                .value
                .prefecture_confidence
                .unwrap_or(address.confidence);
            let mut out = field("prefecture", term.japanese.to_owned(), confidence);
            out.term = Some(term_names(term));
            out.text = Some(address.text.clone());
            out.source = card_source(address.bounds, card_area, limit);
            out
        }
        None => field("prefecture", String::new(), 0.0),
    });
    if !special {
        fields.push(with_term(
            from(
                "status",
                card.status.as_ref(),
                |t| t.japanese.to_owned(),
                card_area,
                limit,
            ),
            card.status.as_ref().map(|f| &f.value),
        ));
        fields.push(with_term(
            from(
                "work-restriction",
                card.work_restriction.as_ref(),
                |t| t.japanese.to_owned(),
                card_area,
                limit,
            ),
            card.work_restriction.as_ref().map(|f| &f.value),
        ));
        fields.push(from(
            "period-of-stay",
            card.period_of_stay.as_ref(),
            |p| p.printed(),
            card_area,
            limit,
        ));
        fields.push(from(
            "stay-expiry-date",
            card.expiry_date.as_ref(),
            CivilDate::to_string,
            card_area,
            limit,
        ));
    }
    fields.push(from(
        "card-valid-until",
        card.card_valid_until.as_ref(),
        CivilDate::to_string,
        card_area,
        limit,
    ));
    fields
}

/// Whether the read found a card at all: its number, name or birth date, two of them at least.
fn looks_like_card(card: &CardFront) -> bool {
    [
        card.card_number.is_some(),
        card.name.is_some(),
        card.birth_date.is_some(),
        card.card_valid_until.is_some(),
    ]
    .iter()
    .filter(|&&found| found)
    .count()
        >= 2
}

/// Machine-readable-zone text (runs of `<`) is on passports, not on the card's front.
fn has_mrz_text<'a>(mut lines: impl Iterator<Item = &'a str>) -> bool {
    lines.any(|text| text.matches("<<").count() >= 3)
}

/// Reads the front of a Residence Card or Special Permanent Resident Certificate. `today` is
/// `YYYY-MM-DD` from the page.
pub fn scan_card(
    scanner: &Scanner,
    image: ImageView<'_>,
    today: &str,
    clock: &mut dyn FnMut() -> f64,
) -> Result<(DocumentScan, Vec<u8>), &'static str> {
    let today = CivilDate::parse_iso(today).ok_or(FAILED)?;
    let start = clock();
    let scan = scanner
        .scan_card(image, today)
        .map_err(|e| scan_error(&e))?;
    // A card's front has no machine-readable zone: that text means a passport (whose zone can
    // even look like a card number to the card reader).
    if has_mrz_text(scan.lines.iter().map(|l| l.text.text.as_str())) {
        return Err(PASSPORT_NOT_CARD);
    }
    if !looks_like_card(&scan.card) {
        return Err(UNREADABLE);
    }
    let limit = (scan.image.width() as f32, scan.image.height() as f32);
    let document = DocumentScan {
        kind: match scan.card.kind {
            CardKind::ResidenceCard => DocumentKind::ResidenceCard,
            CardKind::SpecialPermanentResidentCertificate => {
                DocumentKind::SpecialPermanentResidentCertificate
            }
        },
        fields: card_fields(&scan.card, scan.area, limit),
        quality: quality(&scan.quality),
        mrz_lines: Vec::new(),
        mrz_checks_pass: None,
        image: ScanImage {
            width: scan.image.width(),
            height: scan.image.height(),
        },
        millis: clock() - start,
        decode_millis: 0.0,
        stages: stage_times(&scan.timings),
    };
    Ok((document, rgba(&scan.image)))
}

/// Reads only the card number.
pub fn read_card_number(
    scanner: &Scanner,
    image: ImageView<'_>,
    clock: &mut dyn FnMut() -> f64,
) -> Result<CardNumberRead, &'static str> {
    let start = clock();
    let scan = scanner
        .read_card_number(image)
        .map_err(|e| match scan_error(&e) {
            UNREADABLE => NUMBER_UNREADABLE,
            other => other,
        })?;
    let number = scan.card_number.ok_or(NUMBER_UNREADABLE)?;
    Ok(CardNumberRead {
        card_number: number,
        confidence: scan.confidence,
        needs_review: scan.confidence < REVIEW_BELOW,
        millis: clock() - start,
        decode_millis: 0.0,
        stages: stage_times(&scan.timings),
    })
}

/// The scanner's stage timings as the reply carries them.
fn stage_times(stages: &[Stage]) -> Vec<StageTime> {
    stages
        .iter()
        .map(|s| StageTime {
            name: s.name.to_owned(),
            ms: s.ms,
        })
        .collect()
}

/// RGBA bytes of an RGB picture (what the page's canvas takes).
fn rgba(image: &RgbImage) -> Vec<u8> {
    image
        .pixels()
        .flat_map(|Rgb([r, g, b])| [*r, *g, *b, 255])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use madoguchi_docscan::mrz::parse_text;

    const TD3: &str = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n\
                       L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    fn today() -> CivilDate {
        CivilDate::new(2026, 12, 2).unwrap_or_else(|| unreachable!())
    }

    fn zone_lines() -> Vec<Quad> {
        // Two 440-pixel lines, 10 px per character, at y = 100 and 130.
        vec![
            Quad::from_rect(&Rect::new(20.0, 100.0, 460.0, 120.0)),
            Quad::from_rect(&Rect::new(20.0, 130.0, 460.0, 150.0)),
        ]
    }

    fn by_id<'a>(fields: &'a [ScanField], id: &str) -> &'a ScanField {
        fields
            .iter()
            .find(|f| f.id == id)
            .unwrap_or_else(|| panic!("no field {id}"))
    }

    #[test]
    fn passport_fields_carry_values_checks_and_where_they_were_printed() {
        let mrz = parse_text(TD3, today()).unwrap_or_else(|e| panic!("{e}"));
        let identity = |p| p;
        let zone = ZoneMap {
            mrz: &mrz,
            lines: zone_lines(),
            map: &identity,
            limit: (500.0, 300.0),
        };
        let fields = passport_fields(&zone);
        assert_eq!(by_id(&fields, "surname").value, "ERIKSSON");
        assert_eq!(by_id(&fields, "given-names").value, "ANNA MARIA");
        let number = by_id(&fields, "passport-number");
        assert_eq!(number.value, "L898902C3");
        assert_eq!(number.check, Some(CheckDigit::Valid));
        assert!(!number.needs_review);
        // Columns 0–8 of the second line, half a character wider each side.
        let at = number.source.unwrap_or_else(|| panic!("no source"));
        assert_eq!((at.x, at.y, at.width, at.height), (20.0, 130.0, 95.0, 20.0));
        let birth = by_id(&fields, "birth-date");
        assert_eq!(birth.value, "1974-08-12");
        let at = birth.source.unwrap_or_else(|| panic!("no source"));
        assert_eq!(at.x, 20.0 + 12.5 * 10.0);
        assert_eq!(by_id(&fields, "sex").value, "F");
        assert_eq!(by_id(&fields, "sex").check, Some(CheckDigit::NotCovered));
        assert_eq!(by_id(&fields, "expiry-date").value, "2012-04-15");
        let nationality = by_id(&fields, "nationality");
        assert_eq!(nationality.value, "UTO");
        assert_eq!(
            nationality.term.as_ref().map(|t| t.code.as_str()),
            Some("UTO")
        );
        // The surname is the first eight letters after `P<UTO`; the given names follow `<<`.
        let surname = by_id(&fields, "surname").source.unwrap_or_else(|| panic!());
        assert_eq!((surname.x, surname.y), (20.0 + 4.5 * 10.0, 100.0));
        assert_eq!(surname.width, 90.0);
        let given = by_id(&fields, "given-names")
            .source
            .unwrap_or_else(|| panic!());
        assert_eq!(given.x, 20.0 + 14.5 * 10.0);
        assert_eq!(given.width, 110.0);
    }

    #[test]
    fn a_wrong_check_digit_is_marked_for_review() {
        // Birth date digit changed: its check digit (2) no longer agrees.
        let bad = TD3.replace("7408122F", "7408132F");
        let mrz = parse_text(&bad, today()).unwrap_or_else(|e| panic!("{e}"));
        let identity = |p| p;
        let zone = ZoneMap {
            mrz: &mrz,
            lines: zone_lines(),
            map: &identity,
            limit: (500.0, 300.0),
        };
        let fields = passport_fields(&zone);
        let birth = by_id(&fields, "birth-date");
        assert_eq!(birth.check, Some(CheckDigit::Invalid));
        assert!(birth.needs_review);
        // The number's own check digit still agrees.
        assert_eq!(
            by_id(&fields, "passport-number").check,
            Some(CheckDigit::Valid)
        );
    }

    #[test]
    fn a_visa_zone_is_recognised() {
        let visa = "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n\
                    L8988901C4XXX4009078F96121096ZE184226B<<<<<<";
        let mrz = parse_text(visa, today()).unwrap_or_else(|e| panic!("{e}"));
        assert!(is_visa(&mrz));
        let passport = parse_text(TD3, today()).unwrap_or_else(|e| panic!("{e}"));
        assert!(!is_visa(&passport));
    }

    #[test]
    fn the_review_picture_is_turned_upright_with_the_points() {
        let mut photo = RgbImage::new(40, 20);
        photo.put_pixel(0, 0, Rgb([255, 0, 0]));
        let turned = upright(&photo, 180.0);
        assert_eq!(turned.image.dimensions(), (40, 20));
        assert_eq!(turned.image.get_pixel(39, 19), &Rgb([255, 0, 0]));
        assert_eq!((turned.map)((0.0, 0.0)), (40.0, 20.0));
        let quarter = upright(&photo, 90.0);
        assert_eq!(quarter.image.dimensions(), (20, 40));
        // Top-left corner of a picture whose text runs downwards ends bottom-left.
        assert_eq!(quarter.image.get_pixel(0, 39), &Rgb([255, 0, 0]));
        assert_eq!((quarter.map)((0.0, 0.0)), (0.0, 40.0));
        let big = RgbImage::new(3200, 1600);
        let reduced = upright(&big, 0.0);
        assert_eq!(reduced.image.dimensions(), (1600, 800));
        assert_eq!((reduced.map)((100.0, 50.0)), (50.0, 25.0));
    }

    #[test]
    fn card_sources_are_pixels_of_the_card_picture() {
        let card_area = Rect::new(0.0, 0.0, 1024.0, 646.0);
        let at = card_source(Rect::new(0.5, 0.1, 0.9, 0.2), card_area, (1024.0, 646.0))
            .unwrap_or_else(|| panic!());
        assert!((at.x - (512.0 - 6.46)).abs() < 0.01, "{at:?}");
        assert!((at.width - (409.6 + 12.92)).abs() < 0.01, "{at:?}");
        // Clamped to the picture; nothing left is no rectangle.
        assert!(card_source(Rect::new(1.2, 1.2, 1.5, 1.5), card_area, (1024.0, 646.0)).is_none());
    }

    #[test]
    fn passport_text_is_not_a_card() {
        assert!(has_mrz_text(
            ["P<GBRTHOMAS<<ISLA<<<<<<<<<<<<<<<<<<<"].into_iter()
        ));
        assert!(!has_mrz_text(
            ["東京都豊島区東町5-4-10", "CHOI MINJUN"].into_iter()
        ));
    }
}
