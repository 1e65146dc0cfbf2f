//! The document jobs natively, through the same entry point the wasm glue calls, on the photos
//! the browser tests upload (tests/e2e/fixtures/documents, made by `docscan synth`, ground truth
//! beside each): every field with its source rectangle, and the failures the page explains.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use madoguchi_docscan::{OcrModels, Scanner};
use madoguchi_jobs::{DocumentKind, DocumentScan, Reply, Request, ScanField};
use madoguchi_worker::{Engines, models, run_with};
use serde_json::Value;

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/e2e/fixtures/documents")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn truth(name: &str) -> Value {
    serde_json::from_slice(&fixture(name)).unwrap()
}

/// A model file as the app serves it, checked against the worker's pin.
fn served(model: &models::ModelFile) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../docscan")
        .join(model.path.trim_start_matches('/'));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run crates/docscan/models/fetch.sh",
            path.display()
        )
    });
    assert!(
        models::verify(model, &bytes),
        "{} must match its pin",
        model.name
    );
    bytes
}

fn scanner() -> Scanner {
    let dictionary = String::from_utf8(served(&models::OCR_DICTIONARY)).unwrap();
    let models = OcrModels::load(
        served(&models::OCR_DETECTOR),
        served(&models::OCR_RECOGNIZER),
        &dictionary,
    )
    .unwrap();
    Scanner::new(models)
}

fn clock() -> impl FnMut() -> f64 {
    let mut t = 0.0;
    move || {
        t += 1.0;
        t
    }
}

/// The day the tests read on, as the page sends it.
const TODAY: &str = "2026-12-02";

fn scan_card() -> Request {
    Request::ScanCard {
        today: TODAY.into(),
    }
}

fn ask(scanner: &Scanner, request: &Request, bytes: &[u8]) -> (Reply, Option<Vec<u8>>) {
    let engines = Engines {
        detector: None,
        scanner: Some(scanner),
    };
    run_with(request, bytes, None, engines, &mut clock())
}

fn read(scanner: &Scanner, request: &Request, bytes: &[u8]) -> (DocumentScan, Vec<u8>) {
    match ask(scanner, request, bytes) {
        (Reply::DocumentRead { scan }, Some(pixels)) => (scan, pixels),
        other => panic!("{other:?}"),
    }
}

fn field<'a>(scan: &'a DocumentScan, id: &str) -> &'a ScanField {
    scan.fields
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("no {id} in {:?}", scan.fields))
}

/// The field's source rectangle lies inside the review picture and has some size.
fn assert_placed(scan: &DocumentScan, id: &str) {
    let at = field(scan, id)
        .source
        .unwrap_or_else(|| panic!("{id} has no source"));
    let (w, h) = (f64::from(scan.image.width), f64::from(scan.image.height));
    assert!(at.width >= 4.0 && at.height >= 4.0, "{id}: {at:?}");
    assert!(at.x >= 0.0 && at.y >= 0.0, "{id}: {at:?}");
    assert!(
        at.x + at.width <= w + 0.5 && at.y + at.height <= h + 0.5,
        "{id}: {at:?}"
    );
}

#[test]
fn a_passport_photo_gives_every_field_checked_and_placed() {
    let scanner = scanner();
    let request = Request::ScanPassport {
        today: TODAY.into(),
    };
    let (scan, pixels) = read(&scanner, &request, &fixture("passport.jpg"));
    let truth = truth("passport.json");
    assert_eq!(scan.kind, DocumentKind::Passport);
    assert_eq!(
        pixels.len(),
        scan.image.width as usize * scan.image.height as usize * 4
    );
    assert_eq!(scan.mrz_checks_pass, Some(true), "{:?}", scan.mrz_lines);
    for (id, key) in [
        ("surname", "surname"),
        ("given-names", "given_names"),
        ("passport-number", "document_number"),
        ("nationality", "nationality"),
        ("birth-date", "birth_date"),
        ("expiry-date", "expiry_date"),
        ("issuing-state", "issuing_state"),
    ] {
        assert_eq!(field(&scan, id).value, truth[key].as_str().unwrap(), "{id}");
        assert_placed(&scan, id);
    }
    let sex = if truth["sex"] == "male" { "M" } else { "F" };
    assert_eq!(field(&scan, "sex").value, sex);
    assert!(field(&scan, "passport-number").check.is_some());
}

#[test]
fn a_card_small_in_the_photo_is_read_with_the_advice_to_come_closer() {
    let scanner = scanner();
    let (scan, _) = read(&scanner, &scan_card(), &fixture("residence-card-small.jpg"));
    let truth = truth("residence-card-small.json");
    // About 730 px of a 1280 px photo for the card's 85.6 mm.
    let density = scan.quality.pixels_per_mm.unwrap_or_default();
    assert!((8.0..9.5).contains(&density), "{:?}", scan.quality);
    assert!(scan.quality.small_warning);
    assert_eq!(
        field(&scan, "card-number").value,
        truth["card_number"].as_str().unwrap()
    );
}

#[test]
fn a_residence_card_photo_gives_its_fields_placed_on_the_card() {
    let scanner = scanner();
    let (scan, _) = read(&scanner, &scan_card(), &fixture("residence-card.jpg"));
    let truth = truth("residence-card.json");
    assert_eq!(scan.kind, DocumentKind::ResidenceCard);
    assert!(scan.quality.outline_found);
    assert!(!scan.quality.small_warning, "{:?}", scan.quality);
    for (id, key) in [
        ("card-number", "card_number"),
        ("name", "name"),
        ("birth-date", "birth_date"),
        ("stay-expiry-date", "expiry_date"),
        ("card-valid-until", "card_valid_until"),
        ("period-of-stay", "period_of_stay"),
    ] {
        assert_eq!(field(&scan, id).value, truth[key].as_str().unwrap(), "{id}");
        assert_placed(&scan, id);
    }
    let code = |id| field(&scan, id).term.as_ref().map(|t| t.code.clone());
    assert_eq!(code("status").as_deref(), truth["status"].as_str());
    assert_eq!(code("prefecture").as_deref(), truth["prefecture"].as_str());
    assert_eq!(
        code("nationality").as_deref(),
        truth["nationality"].as_str()
    );
    // The card number is printed top right.
    let at = field(&scan, "card-number").source.unwrap();
    assert!(at.x > f64::from(scan.image.width) * 0.4, "{at:?}");
}

#[test]
fn the_card_number_alone() {
    let scanner = scanner();
    let truth = truth("residence-card.json");
    match ask(
        &scanner,
        &Request::ReadCardNumber,
        &fixture("residence-card.jpg"),
    ) {
        (Reply::CardNumberRead { read }, None) => {
            assert_eq!(read.card_number, truth["card_number"].as_str().unwrap());
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn blank_and_unrelated_photos_ask_for_a_retake() {
    let scanner = scanner();
    let blank = fixture("blank.png");
    let failed = |message: &str| Reply::Failed {
        message: message.into(),
    };
    let passport = Request::ScanPassport {
        today: TODAY.into(),
    };
    assert_eq!(
        ask(&scanner, &passport, &blank).0,
        failed("document-scan-unreadable")
    );
    assert_eq!(
        ask(&scanner, &scan_card(), &blank).0,
        failed("document-scan-unreadable")
    );
    assert_eq!(
        ask(&scanner, &Request::ReadCardNumber, &blank).0,
        failed("document-scan-number-unreadable")
    );
    // A passport photographed in the card mode is named as such.
    assert_eq!(
        ask(&scanner, &scan_card(), &fixture("passport.jpg")).0,
        failed("document-scan-passport-not-card")
    );
    // An unrelated photo (a portrait for the photo check) has nothing to read either.
    let portrait = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/e2e/fixtures/photos/portrait-good.jpg"),
    )
    .unwrap();
    assert_eq!(
        ask(&scanner, &scan_card(), &portrait).0,
        failed("document-scan-unreadable")
    );
    // Not a photo at all, and a request without a usable date.
    assert_eq!(
        ask(&scanner, &scan_card(), b"not a photo").0,
        failed("photo-decode-unsupported")
    );
    let bad_date = Request::ScanPassport {
        today: "yesterday".into(),
    };
    assert_eq!(
        ask(&scanner, &bad_date, &fixture("passport.jpg")).0,
        failed("document-scan-failed")
    );
    let bad_date = Request::ScanCard {
        today: "yesterday".into(),
    };
    assert_eq!(
        ask(&scanner, &bad_date, &fixture("residence-card.jpg")).0,
        failed("document-scan-failed")
    );
}

#[test]
fn every_failure_id_is_translated() {
    let localizer = madoguchi_l10n::Localizer::new();
    for key in [
        madoguchi_worker::document::UNREADABLE,
        madoguchi_worker::document::VISA_PAGE,
        madoguchi_worker::document::PASSPORT_NOT_CARD,
        madoguchi_worker::document::NUMBER_UNREADABLE,
        madoguchi_worker::document::FAILED,
    ] {
        assert!(
            localizer.has_message(madoguchi_l10n::Locale::En, key),
            "{key}"
        );
    }
}

/// The simulator dump's card-face image (券面（表）イメージ) as the chip page has it: grey
/// pixels decoded from the chip's TIFF G4.
fn chip_face(dump: &str, card: madoguchi_zairyu::CardType) -> (u32, u32, Vec<u8>) {
    use madoguchi_zairyu::layout::DF1_EF01;
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../card-sim/dumps")
        .join(dump)
        .join("DF1_EF01");
    let mut files = madoguchi_zairyu::CardFiles::new();
    files.insert(DF1_EF01, std::fs::read(path).unwrap());
    let contents = madoguchi_zairyu::parse_contents(card, &files).unwrap();
    let raster = madoguchi_zairyu::decode_tiff_g4(&contents.front_image.unwrap().bytes).unwrap();
    assert_eq!(raster.channels, 1);
    (raster.width, raster.height, raster.pixels)
}

fn read_chip_face(scanner: &Scanner, (width, height, grey): (u32, u32, Vec<u8>)) -> DocumentScan {
    match ask(
        scanner,
        &Request::ReadChipFace {
            width,
            height,
            today: TODAY.into(),
        },
        &grey,
    ) {
        (Reply::DocumentRead { scan }, None) => scan,
        other => panic!("{other:?}"),
    }
}

/// Reads a dump's card face and checks its kind and the given printed values.
fn assert_chip_face_reads(
    scanner: &Scanner,
    (dump, card): (&str, madoguchi_zairyu::CardType),
    kind: DocumentKind,
    expected: &[(&str, &str)],
) -> DocumentScan {
    let scan = read_chip_face(scanner, chip_face(dump, card));
    assert_eq!(scan.kind, kind, "{dump}");
    let read: Vec<(&str, &str)> = scan
        .fields
        .iter()
        .map(|f| (f.id.as_str(), f.value.as_str()))
        .collect();
    for expected in expected {
        assert!(read.contains(expected), "{dump}: {expected:?} in {read:?}");
    }
    scan
}

#[test]
fn the_chip_card_face_of_the_simulator_dumps_gives_the_printed_fields() {
    use madoguchi_zairyu::CardType;
    let scanner = scanner();
    let scan = assert_chip_face_reads(
        &scanner,
        ("residence-normal", CardType::RESIDENCE_1),
        DocumentKind::ResidenceCard,
        &[
            ("card-number", "AB12345678CD"),
            ("name", "NGUYEN VAN A"),
            ("birth-date", "1995-07-04"),
            ("sex", "F"),
            ("stay-expiry-date", "2028-06-15"),
            ("card-valid-until", "2028-06-15"),
        ],
    );
    let prefecture = field(&scan, "prefecture")
        .term
        .as_ref()
        .map(|t| t.code.as_str());
    assert_eq!(prefecture, Some("13"));

    assert_chip_face_reads(
        &scanner,
        ("special-permanent", CardType::SPECIAL_1),
        DocumentKind::SpecialPermanentResidentCertificate,
        &[
            ("card-number", "CD23456789EF"),
            ("name", "KIM MINJI"),
            ("birth-date", "1988-11-02"),
            ("sex", "M"),
        ],
    );
}

#[test]
fn chip_face_pixels_of_the_wrong_size_are_refused() {
    let scanner = scanner();
    let request = Request::ReadChipFace {
        width: 1011,
        height: 638,
        today: TODAY.into(),
    };
    assert_eq!(
        ask(&scanner, &request, &[255; 100]).0,
        Reply::Failed {
            message: "worker-failed".to_owned()
        }
    );
}
