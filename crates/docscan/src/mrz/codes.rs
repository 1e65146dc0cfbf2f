//! Issuing-state and nationality codes that name no country, read back to the code they
//! most likely are. No check digit covers either; but both are drawn from the ICAO list, and on
//! most passports they are the same code, so one read cleanly vouches for the other.

use super::printed::look_alike;
use super::{CountryCode, MrzField};
use crate::countries;

/// Besides the letters OCR-B makes look alike ([`look_alike`]), pairs a worn or blurred zone
/// reads one for the other (`BRA` read `BBA`, `VNM` read `VNK` on the generated hard photos).
const WORN_LOOK_ALIKES: [(char, char); 2] = [('B', 'R'), ('M', 'K')];
/// A code taken from the other field: as sure as that field, but never certain.
const FROM_OTHER_FIELD: f32 = 0.8;
/// A code taken as the only known look-alike: a guess the user must look at.
const FROM_LOOK_ALIKE: f32 = 0.6;
/// A code taken from the other field when the read is no near neighbour of it: most passports
/// print one code twice, so it is the likeliest answer, but only a guess.
const FROM_FAR_FIELD: f32 = 0.5;

/// The issuing state and the nationality read as one known code: on most passports they are
/// one fact printed twice, so each is in doubt only when both are (`VNM` with its `N` at 0.3
/// beside a `VNM` read at 0.98). Codes taken from the other field ([`snap_unknown`]) are not
/// second readings: this runs before it.
pub(super) fn vouch_for_each_other(
    issuing_state: &mut MrzField<CountryCode>,
    nationality: &mut MrzField<CountryCode>,
) {
    if issuing_state.value.english.is_none() || issuing_state.value.code != nationality.value.code {
        return;
    }
    let both = 1.0 - (1.0 - issuing_state.confidence) * (1.0 - nationality.confidence);
    issuing_state.confidence = both;
    nationality.confidence = both;
}

/// Replaces an unknown issuing state or nationality by the known code one letter away: the
/// other field's code when it is such a neighbour, else the only neighbour that differs by a
/// look-alike letter; failing both, by the other field's code however far (a code no country
/// has is wrong for sure; on the generated hard photos such reads were the other field's code
/// shifted by a lost character, `NML` for `VNM`, or blurred beyond a letter, `AOA` for
/// `BRA`). Codes already known stay as read, and so do two unknown ones.
pub(super) fn snap_unknown(
    issuing_state: &mut MrzField<CountryCode>,
    nationality: &mut MrzField<CountryCode>,
) {
    let (state_read, nationality_read) = (issuing_state.clone(), nationality.clone());
    snap(issuing_state, &nationality_read);
    snap(nationality, &state_read);
    // A code left unknown may be one letter from the other field's, now that that one was read
    // back to a country (`MPL` taken for `NPL` vouches for `VPL`).
    let (state_snapped, nationality_snapped) = (issuing_state.clone(), nationality.clone());
    snap(issuing_state, &nationality_snapped);
    snap(nationality, &state_snapped);
    adopt_far(issuing_state, &nationality_snapped);
    adopt_far(nationality, &state_snapped);
}

/// An unknown `field` takes the known `other` code at [`FROM_FAR_FIELD`] at most.
fn adopt_far(field: &mut MrzField<CountryCode>, other: &MrzField<CountryCode>) {
    if field.value.english.is_none() && other.value.english.is_some() {
        field.value = other.value.clone();
        field.confidence = other.confidence.min(FROM_FAR_FIELD);
    }
}

fn snap(field: &mut MrzField<CountryCode>, other: &MrzField<CountryCode>) {
    if field.value.english.is_some() {
        return;
    }
    let read = padded(&field.value.code);
    if other.value.english.is_some() && one_letter_apart(&read, &padded(&other.value.code)) {
        field.value = other.value.clone();
        field.confidence = other.confidence.min(FROM_OTHER_FIELD);
        return;
    }
    let mut look_alikes = countries::all()
        .iter()
        .filter(|c| look_alike_apart(&read, &padded(c.code)));
    if let (Some(only), None) = (look_alikes.next(), look_alikes.next()) {
        field.value = CountryCode::new(only.code);
        field.confidence = field.confidence.min(FROM_LOOK_ALIKE);
    }
}

/// A code as the zone holds it: three characters, filler-padded (`D<<`).
fn padded(code: &str) -> Vec<char> {
    let mut chars: Vec<char> = code.chars().collect();
    while chars.len() < 3 {
        chars.push('<');
    }
    chars
}

/// The one position where `a` and `b` differ, when there is exactly one.
fn single_difference(a: &[char], b: &[char]) -> Option<(char, char)> {
    if a.len() != b.len() {
        return None;
    }
    let mut differences = a.iter().zip(b).filter(|(x, y)| x != y);
    match (differences.next(), differences.next()) {
        (Some((&x, &y)), None) => Some((x, y)),
        _ => None,
    }
}

fn one_letter_apart(a: &[char], b: &[char]) -> bool {
    single_difference(a, b).is_some()
}

fn look_alike_apart(a: &[char], b: &[char]) -> bool {
    single_difference(a, b).is_some_and(|(x, y)| {
        look_alike(x, y) || WORN_LOOK_ALIKES.contains(&(x, y)) || WORN_LOOK_ALIKES.contains(&(y, x))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mrz::CheckStatus;

    fn field(code: &str, confidence: f32) -> MrzField<CountryCode> {
        MrzField {
            value: CountryCode::new(code),
            confidence,
            check: CheckStatus::NotCovered,
        }
    }

    fn snapped(state: &str, nationality: &str) -> (String, String, f32, f32) {
        let (mut s, mut n) = (field(state, 0.9), field(nationality, 0.9));
        snap_unknown(&mut s, &mut n);
        (s.value.code, n.value.code, s.confidence, n.confidence)
    }

    #[test]
    fn an_unknown_code_one_letter_from_the_other_field_takes_it() {
        let (state, nationality, _, confidence) = snapped("KOR", "KOB");
        assert_eq!((state.as_str(), nationality.as_str()), ("KOR", "KOR"));
        assert!(confidence <= FROM_OTHER_FIELD);
        assert_eq!(snapped("MMB", "MMR").0, "MMR");
        // An unknown other field lends nothing: near no code, both stay as read.
        let (state, nationality, _, _) = snapped("QQQ", "XQZ");
        assert_eq!((state.as_str(), nationality.as_str()), ("QQQ", "XQZ"));
    }

    #[test]
    fn an_unknown_code_far_from_any_takes_the_other_fields_as_a_guess() {
        // `VNM` read shifted by a lost character, `BRA` blurred beyond a letter.
        let (state, _, confidence, _) = snapped("NML", "VNM");
        assert_eq!(state, "VNM");
        assert!(confidence <= FROM_FAR_FIELD);
        assert_eq!(snapped("AOA", "BRA").0, "BRA");
        let (_, nationality, _, confidence) = snapped("JPN", "JWZ");
        assert_eq!(nationality, "JPN");
        assert!(confidence <= FROM_FAR_FIELD);
    }

    #[test]
    fn an_unknown_code_alone_takes_its_only_look_alike() {
        // Both read the same wrong way: BBA is only a look-alike of BRA.
        let (state, nationality, confidence, _) = snapped("BBA", "BBA");
        assert_eq!((state.as_str(), nationality.as_str()), ("BRA", "BRA"));
        assert!(confidence <= FROM_LOOK_ALIKE);
        assert_eq!(snapped("ION", "ION").0, "IDN");
    }

    #[test]
    fn a_code_read_back_vouches_for_the_other_field() {
        // MPL is only a look-alike of NPL; VPL is no look-alike of any code, but one letter
        // from NPL once MPL was read back to it.
        let (state, nationality, _, confidence) = snapped("MPL", "VPL");
        assert_eq!((state.as_str(), nationality.as_str()), ("NPL", "NPL"));
        assert!(confidence <= FROM_LOOK_ALIKE);
    }

    #[test]
    fn one_known_code_read_twice_vouches_for_itself() {
        let (mut state, mut nationality) = (field("VNM", 0.3), field("VNM", 0.95));
        vouch_for_each_other(&mut state, &mut nationality);
        assert!(state.confidence >= 0.95 && nationality.confidence >= 0.95);
        // Different codes, or an unknown one read twice: each as read.
        let (mut state, mut nationality) = (field("VNM", 0.3), field("THA", 0.95));
        vouch_for_each_other(&mut state, &mut nationality);
        assert!((state.confidence - 0.3).abs() < 1e-6);
        let (mut state, mut nationality) = (field("VNK", 0.3), field("VNK", 0.95));
        vouch_for_each_other(&mut state, &mut nationality);
        assert!((state.confidence - 0.3).abs() < 1e-6);
    }

    #[test]
    fn known_codes_and_ambiguous_ones_stay() {
        // A known code is never changed, even when the other field differs.
        assert_eq!(snapped("GBR", "GBD").0, "GBR");
        assert_eq!(snapped("D<<", "D").1, "D");
        // Nothing near: stays as read.
        assert_eq!(snapped("QQQ", "QQQ").0, "QQQ");
    }
}
