//! The generator is deterministic by seed and its ground truth is self-consistent.

use madoguchi_docscan::mrz;
use madoguchi_docscan_tools::synth::{self, Difficulty, Fonts, Kind, Truth};
use madoguchi_rules::CivilDate;

fn fonts() -> Fonts {
    Fonts::load().unwrap_or_else(|e| panic!("{e}\nscripts/test.sh installs the fonts"))
}

#[test]
fn same_seed_same_photo() {
    let fonts = fonts();
    let a = synth::generate(&fonts, Kind::ResidenceCard, Difficulty::Hard, 5, 3);
    let b = synth::generate(&fonts, Kind::ResidenceCard, Difficulty::Hard, 5, 3);
    let c = synth::generate(&fonts, Kind::ResidenceCard, Difficulty::Hard, 5, 4);
    assert_eq!(a.jpeg, b.jpeg);
    assert_ne!(a.jpeg, c.jpeg);
    assert!(image::load_from_memory(&a.jpeg).is_ok());
}

#[test]
fn passport_truth_has_a_valid_mrz() {
    let fonts = fonts();
    let today = CivilDate::new(2026, 11, 22).unwrap_or_else(|| unreachable!());
    for index in 0..5 {
        let sample = synth::generate(&fonts, Kind::Passport, Difficulty::Easy, 9, index);
        let Truth::Passport(truth) = sample.truth else {
            panic!("not a passport")
        };
        let parsed =
            mrz::parse_text(&truth.mrz.join("\n"), today).unwrap_or_else(|e| panic!("{e}"));
        assert!(parsed.checks_pass(), "{:?}", truth.mrz);
        assert_eq!(parsed.document_number.value, truth.document_number);
        assert_eq!(
            parsed.birth_date.value.map(|d| d.to_string()),
            Some(truth.birth_date)
        );
    }
}
