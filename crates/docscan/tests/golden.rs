//! Golden tests: the committed synthetic photos (made by `docscan synth`, ground truth beside
//! each) read through the real models. The models are not committed: `models/fetch.sh` makes
//! them (scripts/test.sh runs it first). Without them these tests fail, saying so.

use std::path::{Path, PathBuf};

use madoguchi_docscan::card::Sex as CardSex;
use madoguchi_docscan::mrz::{Mrz, Sex as MrzSex};
use madoguchi_docscan::{ImageView, OcrModels, PassportScan, Scanner};
use madoguchi_rules::CivilDate;
use serde_json::Value;

fn models_dir() -> PathBuf {
    std::env::var_os("MADOGUCHI_DOCSCAN_MODELS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("models"))
}

fn scanner() -> Scanner {
    let dir = models_dir();
    let read = |name: &str| {
        std::fs::read(dir.join(name)).unwrap_or_else(|e| {
            panic!(
                "{}: {e}\nThe OCR models are missing: run crates/docscan/models/fetch.sh \
                 (or set MADOGUCHI_DOCSCAN_MODELS to a folder holding them).",
                dir.join(name).display()
            )
        })
    };
    let dictionary = String::from_utf8(read("ppocrv5-rec-jis.txt")).unwrap_or_default();
    let models = OcrModels::load(
        read("ppocrv5-det.rten"),
        read("ppocrv5-rec-jis.rten"),
        &dictionary,
    )
    .unwrap_or_else(|e| panic!("models in {} do not load: {e}", dir.display()));
    Scanner::new(models)
}

fn fixture(name: &str) -> (image::RgbaImage, Value) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let image = image::open(dir.join(format!("{name}.jpg")))
        .unwrap_or_else(|e| panic!("{name}.jpg: {e}"))
        .to_rgba8();
    let truth = std::fs::read_to_string(dir.join(format!("{name}.json"))).unwrap_or_default();
    (
        image,
        serde_json::from_str(&truth).unwrap_or_else(|e| panic!("{name}.json: {e}")),
    )
}

fn view(image: &image::RgbaImage) -> ImageView<'_> {
    ImageView {
        width: image.width(),
        height: image.height(),
        rgba: image.as_raw(),
    }
}

fn today() -> CivilDate {
    CivilDate::new(2026, 11, 22).unwrap_or_else(|| unreachable!())
}

/// The fixture `name`, read as a passport, with its ground truth.
fn scanned_passport(scanner: &Scanner, name: &str) -> (PassportScan, Value) {
    let (image, truth) = fixture(name);
    let scan = scanner
        .scan_passport(view(&image), today())
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    (scan, truth)
}

/// Asserts the fields of the zone's data line that check digits or the code list cover besides
/// the number: nationality, birth date, sex and expiry.
fn assert_data_line_fields(name: &str, mrz: &Mrz, truth: &Value) {
    let date = |field: &str| truth[field].as_str().map(str::to_owned);
    assert_eq!(mrz.nationality.value.code, truth["nationality"], "{name}");
    let birth = mrz.birth_date.value.map(|d| d.to_string());
    assert_eq!(birth, date("birth_date"), "{name}");
    let expiry = mrz.expiry_date.value.map(|d| d.to_string());
    assert_eq!(expiry, date("expiry_date"), "{name}");
    let sex = if truth["sex"] == "male" {
        MrzSex::Male
    } else {
        MrzSex::Female
    };
    assert_eq!(mrz.sex.value, sex, "{name}");
}

#[test]
fn passports_read_exactly() {
    let scanner = scanner();
    // `passport-hard` (seed 2026, hard photo 50) is a page at a steep angle: its zone is read
    // only from the page straightened by its outline. `passport-dim` (seed 2026, hard photo 27)
    // was photographed in low light: its zone is found only once the photo's contrast is
    // stretched.
    for name in [
        "passport-easy",
        "passport-medium",
        "passport-hard",
        "passport-dim",
    ] {
        let (scan, truth) = scanned_passport(&scanner, name);
        assert_eq!(
            scan.quality.document_found,
            name == "passport-hard",
            "{name}: {:?}",
            scan.quality
        );
        // Hard photo 50's page is 6.6 px per mm: small enough to advise a closer photo.
        assert_eq!(
            scan.quality.small,
            name == "passport-hard",
            "{name}: {:?}",
            scan.quality
        );
        let mrz = &scan.mrz;
        assert!(mrz.checks_pass(), "{name}: {mrz:?}");
        assert_eq!(mrz.surname.value, truth["surname"], "{name}");
        assert_eq!(mrz.given_names.value, truth["given_names"], "{name}");
        assert_eq!(
            mrz.document_number.value, truth["document_number"],
            "{name}"
        );
        assert_data_line_fields(name, mrz, &truth);
    }
}

/// The zones found only when sought as blurred ones (`Scanner::scan_passport`): hard photos 108
/// and 11 of seed 2026, their lines boxed tall and in pieces, 108's name line read with
/// letters where its filler is, 11's with every chevron read as a letter. What the check
/// digits cover is read right; the names are not, and are left for the review screen.
#[test]
fn blurred_zones_give_what_their_check_digits_cover() {
    let scanner = scanner();
    for name in ["passport-blurred", "passport-blurred-names"] {
        let (scan, truth) = scanned_passport(&scanner, name);
        let mrz = &scan.mrz;
        assert_data_line_fields(name, mrz, &truth);
        // 108's data line reads whole; 11's document number does not, and is marked.
        if name == "passport-blurred" {
            assert!(mrz.checks_pass(), "{name}: {mrz:?}");
            assert_eq!(mrz.document_number.value, truth["document_number"]);
        } else {
            assert!(mrz.document_number.confidence < madoguchi_docscan::REVIEW_BELOW);
        }
        for (field, confidence) in [
            ("surname", mrz.surname.confidence),
            ("given names", mrz.given_names.confidence),
        ] {
            assert!(
                confidence < madoguchi_docscan::REVIEW_BELOW,
                "{name}: {field} {confidence}"
            );
        }
    }
}

/// Hard photo 62 of seed 2026, a small page upside down: its names line reads garbled through
/// the usual blur (`PEREIRA<KJOAOX<<C`) and right through a stronger one, whose data line reads
/// the number `R65835595`, as well agreeing with its check digit as the first reading's
/// `86S835595` (`Scanner::second_look_blurred`). The names are taken from the second reading,
/// and the number, which neither settles, is left for the review screen (at this commit, it
/// is read wrong).
#[test]
fn a_zone_in_doubt_read_again_through_more_blur_gives_its_names() {
    let scanner = scanner();
    let name = "passport-second-look";
    let (scan, truth) = scanned_passport(&scanner, name);
    let mrz = &scan.mrz;
    assert_eq!(mrz.surname.value, truth["surname"], "{mrz:?}");
    assert_eq!(mrz.given_names.value, truth["given_names"], "{mrz:?}");
    assert_data_line_fields(name, mrz, &truth);
    // Read wrong, the number must be marked.
    assert!(
        mrz.document_number.value == truth["document_number"]
            || mrz.document_number.confidence < madoguchi_docscan::REVIEW_BELOW,
        "{mrz:?}"
    );
}

#[test]
fn residence_cards_read_exactly() {
    let scanner = scanner();
    for name in ["residence-card-easy", "residence-card-medium"] {
        let (image, truth) = fixture(name);
        let scan = scanner
            .scan_card(view(&image), today())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let card = &scan.card;
        let text = |v: &Value| v.as_str().map(str::to_owned);
        assert_eq!(
            card.card_number.as_ref().map(|f| f.value.clone()),
            text(&truth["card_number"]),
            "{name}"
        );
        assert_eq!(
            card.name.as_ref().map(|f| f.value.clone()),
            text(&truth["name"]),
            "{name}"
        );
        assert_eq!(
            card.birth_date.as_ref().map(|f| f.value.date.to_string()),
            text(&truth["birth_date"]),
            "{name}"
        );
        let sex = if truth["sex"] == "male" {
            CardSex::Male
        } else {
            CardSex::Female
        };
        assert_eq!(card.sex.as_ref().map(|f| f.value), Some(sex), "{name}");
        assert_eq!(
            card.nationality.as_ref().map(|f| f.value.key.to_owned()),
            text(&truth["nationality"]),
            "{name}"
        );
        assert_eq!(
            card.address
                .as_ref()
                .and_then(|f| f.value.prefecture)
                .map(|p| p.key.to_owned()),
            text(&truth["prefecture"]),
            "{name}"
        );
        assert_eq!(
            card.status.as_ref().map(|f| f.value.key.to_owned()),
            text(&truth["status"]),
            "{name}"
        );
        assert_eq!(
            card.card_valid_until.as_ref().map(|f| f.value.to_string()),
            text(&truth["card_valid_until"]),
            "{name}"
        );
        assert!(
            scan.quality.document_found,
            "{name}: card outline not found"
        );
        assert!(!scan.quality.small, "{name}: {:?}", scan.quality);
    }
}

#[test]
fn card_number_only_mode() {
    let scanner = scanner();
    let (image, truth) = fixture("residence-card-easy");
    let scan = scanner
        .read_card_number(view(&image))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(scan.card_number.as_deref(), truth["card_number"].as_str());
}

#[test]
fn unrelated_photo_reads_nothing() {
    let scanner = scanner();
    let blank = image::RgbaImage::from_pixel(640, 480, image::Rgba([90, 120, 90, 255]));
    assert!(scanner.scan_passport(view(&blank), today()).is_err());
    assert!(scanner.scan_card(view(&blank), today()).is_err());
    assert_eq!(
        scanner
            .read_card_number(view(&blank))
            .map(|s| s.card_number)
            .ok()
            .flatten(),
        None
    );
}
