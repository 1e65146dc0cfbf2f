//! A second reading of the document number, cut from its zone line alone and read at the
//! recogniser's natural width. The zone is read squeezed to three steps per character, which
//! reads names and dates as well as wider but blurs OCR-B's `G` into a `6` and `B` into an `8`:
//! look-alikes the check digit often cannot tell apart (`G` and `6` weigh the same).

use std::ops::Range;

use super::chars::{Kind, candidates, clean};
use super::layout::Layout;
use super::printed::{agreeing_readings, number_field, number_in_doubt};
use super::repair::{CheckStatus, letters_lead, resolve};
use super::{Mrz, MrzFieldId, composite_agrees, field_span};
use crate::text::RecognizedText;

/// Cells read after the check digit: a crop ending right at it reads its last characters
/// worse (measured on hard passports: `XG` read `XG` at 0.97 with the nationality after it,
/// at 0.52 without).
const CONTEXT_AFTER: usize = 4;

/// Confidence a number keeps at most when the second reading disagrees with it and nothing
/// settles which is right: low enough for the review screen to ask (below
/// [`crate::REVIEW_BELOW`]).
pub const DISAGREED_NUMBER_CONFIDENCE: f32 = 0.5;

/// The cells of a zone line to read again for the document number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumberCells {
    pub line: usize,
    /// The number, its check digit and [`CONTEXT_AFTER`] cells, in the line's cells.
    pub cells: Range<usize>,
    /// How many cells the line has.
    pub of: usize,
}

/// How the second reading stood against the zone's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberReread {
    /// It read the number as the zone's reading (repairs included) stands.
    Agreed,
    /// It read look-alikes more surely than the zone, and the check digits agree with them:
    /// the number now holds them.
    Changed,
    /// It read the number otherwise, but the check digits did not take its reading: the
    /// zone's number stands, in doubt.
    Disagreed,
    /// It missed some of the number's cells, or read other characters than look-alikes in
    /// them: not a reading of the same cells.
    Unaligned,
}

/// A character whose look-alike the check digit would take as well (`G` for `6`) is read
/// again only when the zone read it less surely than this. Most numbers hold one (`1` and `L`
/// weigh the same too), and a second reading costs a sixth of the zone's: on 300 easy
/// passports every such number read again came back the same, while the `G`s read as `6`
/// on hard photos were read at 0.52–0.64.
const OPEN_CHARACTER_SURE: f32 = 0.9;

/// Where to read the number again, when its check digit does not settle it: the zone's
/// reading needed a repair or agrees with none, a character of it read unsurely has a
/// look-alike that agrees as well, or it leads with digits where letters agree too. `None`
/// for a settled number and for numbers continued in the optional data (TD1/TD2).
pub fn number_reread_cells(mrz: &Mrz) -> Option<NumberCells> {
    let (data, check) = number_field(mrz)?;
    let (line, start, len) = field_span(mrz.format, MrzFieldId::DocumentNumber);
    let confidences = mrz.confidences.get(line)?;
    let open_and_unsure = agreeing_readings(&data, check).iter().any(|reading| {
        let mut other = reading.chars().chain(std::iter::repeat('<'));
        data.iter().enumerate().any(|(cell, &read)| {
            other.next() != Some(read)
                && confidences
                    .get(start + cell)
                    .is_none_or(|&c| c < OPEN_CHARACTER_SURE)
        })
    });
    let settled = mrz.document_number.check == CheckStatus::Valid
        && !open_and_unsure
        && !number_in_doubt(mrz);
    if settled {
        return None;
    }
    let of = mrz.format.line_length();
    Some(NumberCells {
        line,
        cells: start..(start + len + 1 + CONTEXT_AFTER).min(of),
        of,
    })
}

/// Reads the number from both readings of its cells: at each cell the surer character, the
/// other kept as the first look-alike to try, then the check digit decides as for the zone
/// alone (look-alikes, letters first). A cell the two read differently is only as sure as
/// the winner's margin. The result replaces the zone's number when the composite check still
/// agrees; a disagreement that leaves the number as it was caps its confidence at
/// [`DISAGREED_NUMBER_CONFIDENCE`], so the review screen asks.
pub fn confirm_number_reread(
    mrz: &mut Mrz,
    cells: &NumberCells,
    reread: &RecognizedText,
) -> NumberReread {
    let (Some(recognised), Some(confidences), Some(current)) = (
        mrz.recognised.get(cells.line),
        mrz.confidences.get(cells.line),
        mrz.lines
            .get(cells.line)
            .map(|l| l.chars().collect::<Vec<char>>()),
    ) else {
        return NumberReread::Unaligned;
    };
    let read: Vec<(char, f32)> = reread
        .chars_with_confidence()
        .filter_map(|(c, p)| Some((clean(c)?, p)))
        .collect();
    let (_, start, len) = field_span(mrz.format, MrzFieldId::DocumentNumber);
    let number_cells = start..start + len + 1;
    // The number's own cells must all be there. Characters past the context are the crop's
    // margin: the detector's box, which the cells are measured on, runs past the zone's ends.
    let covers_number = read.len() >= number_cells.end - cells.cells.start;
    let same_grid =
        recognised.len() == cells.of && confidences.len() == cells.of && current.len() == cells.of;
    if !covers_number || !same_grid {
        return NumberReread::Unaligned;
    }
    let alike = |a: char, b: char| {
        a == b || candidates(a, Kind::Alnum).contains(&b) || candidates(b, Kind::Alnum).contains(&a)
    };
    // Only the number's cells must agree up to look-alikes: the cells after it are there for
    // the recogniser's sake, and read worse (`K08` for `KOR`).
    let aligned = number_cells.clone().all(|cell| {
        let again = read[cell - cells.cells.start].0;
        alike(recognised[cell], again) || alike(current[cell], again)
    });
    if !aligned {
        return NumberReread::Unaligned;
    }
    // What the zone recognised and then read as a look-alike (a leading `0` as `O`) is no
    // disagreement: the second reading saw the same character.
    let confirmed = number_cells.clone().all(|cell| {
        let again = read[cell - cells.cells.start].0;
        again == current[cell] || again == recognised[cell]
    });
    if confirmed {
        return NumberReread::Agreed;
    }
    let layout = Layout::of(mrz.format);
    let kinds = layout.kinds(mrz.format);
    let mut options = Vec::new();
    let mut margins = Vec::new();
    let mut winners = Vec::new();
    for cell in number_cells.clone() {
        let zone = (recognised[cell], confidences[cell]);
        let again = read[cell - cells.cells.start];
        let (winner, loser) = if again.1 > zone.1 {
            (again, zone)
        } else {
            (zone, again)
        };
        let kind = kinds[cells.line][cell];
        let mut cell_options = candidates(winner.0, kind);
        let margin = if winner.0 == loser.0 {
            winner.1
        } else {
            if let Some(loser_reading) = candidates(loser.0, kind).first()
                && !cell_options.contains(loser_reading)
            {
                cell_options.insert(1.min(cell_options.len()), *loser_reading);
            }
            winner.1 - loser.1
        };
        options.push(cell_options);
        margins.push(margin);
        winners.push(winner);
    }
    let raw: Vec<char> = winners.iter().map(|w| w.0).collect();
    let (reading, status) = resolve(&options, &margins, &raw, letters_lead);
    let unchanged = reading.as_slice() == &current[number_cells.clone()];
    let mut lines: Vec<Vec<char>> = mrz.lines.iter().map(|l| l.chars().collect()).collect();
    lines[cells.line].splice(number_cells.clone(), reading.iter().copied());
    let composite_holds = !mrz.composite_check.passed() || composite_agrees(&layout, &lines);
    if unchanged || !status.passed() || !composite_holds {
        mrz.document_number.confidence = mrz
            .document_number
            .confidence
            .min(DISAGREED_NUMBER_CONFIDENCE);
        return NumberReread::Disagreed;
    }
    let lowest = winners.iter().map(|w| w.1).fold(1.0, f32::min);
    let number: String = reading[..len].iter().collect();
    mrz.document_number.value = number.trim_end_matches('<').to_owned();
    mrz.document_number.check = status;
    mrz.document_number.confidence = status.confidence(lowest);
    for (cell, winner) in number_cells.clone().zip(&winners) {
        mrz.confidences[cells.line][cell] = winner.1;
        mrz.recognised[cells.line][cell] = winner.0;
    }
    mrz.lines[cells.line] = lines[cells.line].iter().collect();
    NumberReread::Changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mrz::{check_digit, parse_text};
    use madoguchi_rules::CivilDate;

    const NAME_LINE: &str = "P<IDNSETIAWAN<<DEWI<<<<<<<<<<<<<<<<<<<<<<<<<";

    fn today() -> CivilDate {
        CivilDate::new(2026, 12, 7).expect("a real date")
    }

    /// A passport's second line holding `number`, every check digit computed.
    fn number_line(number: &str) -> String {
        let digit = |chars: &str| {
            check_digit(chars.chars())
                .and_then(|d| char::from_digit(d, 10))
                .expect("MRZ characters")
        };
        let field = format!("{number}{}", digit(number));
        let (birth, expiry, optional) = ("750914", "281207", "<<<<<<<<<<<<<<");
        let (birth, expiry) = (
            format!("{birth}{}", digit(birth)),
            format!("{expiry}{}", digit(expiry)),
        );
        let optional = format!("{optional}{}", digit(optional));
        let composite = digit(&format!("{field}{birth}{expiry}{optional}"));
        format!("{field}IDN{birth}F{expiry}{optional}{composite}")
    }

    /// The zone with `number`, its `cell` of the number read at `confidence`.
    fn zone(number: &str, cell: usize, confidence: f32) -> Mrz {
        let mut mrz = parse_text(&format!("{NAME_LINE}\n{}", number_line(number)), today())
            .expect("a readable zone");
        mrz.confidences[1][cell] = confidence;
        mrz
    }

    /// The second reading of the number's cells, `cell` read as `ch` at `confidence`.
    fn reread(mrz: &Mrz, cells: &NumberCells, at: (usize, char, f32)) -> RecognizedText {
        let mut chars: Vec<char> = mrz.lines[1].chars().collect();
        chars[at.0] = at.1;
        let text: String = chars[cells.cells.clone()].iter().collect();
        let mut confidences = vec![0.99; cells.cells.len()];
        confidences[at.0 - cells.cells.start] = at.2;
        RecognizedText::new(text, confidences)
    }

    #[test]
    fn only_numbers_the_check_digit_leaves_open_are_read_again() {
        // `G` and `6` weigh the same: the check digit cannot tell `X61706397` from `XG1706397`.
        let open = zone("X61706397", 1, 0.6);
        assert_eq!(
            number_reread_cells(&open),
            Some(NumberCells {
                line: 1,
                cells: 0..14,
                of: 44
            })
        );
        // No look-alike of any of these characters weighs the same.
        let settled = zone("EA7342095", 1, 0.6);
        assert_eq!(number_reread_cells(&settled), None);
        // The `6` read surely is not read again…
        let sure = zone("X61706397", 1, 0.95);
        assert_eq!(number_reread_cells(&sure), None);
        // …unless it leads the number, where a letter is likelier (`634062338`: `G`).
        let leading = zone("634062338", 0, 0.99);
        assert!(number_reread_cells(&leading).is_some());
    }

    #[test]
    fn a_look_alike_read_surer_on_its_own_replaces_the_zones() {
        let mut mrz = zone("X61706397", 1, 0.6);
        let cells = number_reread_cells(&mrz).expect("in doubt");
        let again = reread(&mrz, &cells, (1, 'G', 0.97));
        assert_eq!(
            confirm_number_reread(&mut mrz, &cells, &again),
            NumberReread::Changed
        );
        assert_eq!(mrz.document_number.value, "XG1706397");
        assert_eq!(mrz.document_number.check, CheckStatus::Valid);
        assert!(mrz.document_number.confidence >= 0.95);
        assert!(mrz.lines[1].starts_with("XG1706397"));
    }

    /// Asserts that reading `at` again leaves the number as the zone read it, in doubt.
    fn assert_left_in_doubt(mut mrz: Mrz, at: (usize, char, f32)) {
        let number = mrz.document_number.value.clone();
        let cells = number_reread_cells(&mrz).expect("in doubt");
        let again = reread(&mrz, &cells, at);
        assert_eq!(
            confirm_number_reread(&mut mrz, &cells, &again),
            NumberReread::Disagreed
        );
        assert_eq!(mrz.document_number.value, number);
        assert!(mrz.document_number.confidence <= DISAGREED_NUMBER_CONFIDENCE);
    }

    #[test]
    fn a_look_alike_read_less_surely_leaves_the_number_in_doubt() {
        let mrz = zone("X61706397", 1, 0.85);
        assert_eq!(mrz.document_number.value, "X61706397");
        assert_left_in_doubt(mrz, (1, 'G', 0.6));
    }

    #[test]
    fn the_same_reading_confirms_the_number() {
        let mut mrz = zone("X61706397", 1, 0.6);
        let before = mrz.document_number.clone();
        let cells = number_reread_cells(&mrz).expect("in doubt");
        let again = reread(&mrz, &cells, (1, '6', 0.99));
        assert_eq!(
            confirm_number_reread(&mut mrz, &cells, &again),
            NumberReread::Agreed
        );
        assert_eq!(mrz.document_number, before);
    }

    #[test]
    fn a_change_the_check_digit_refuses_is_a_doubt_not_a_change() {
        // `B` for `8` changes the number's check digit: the zone's reading stands, in doubt.
        let mut mrz = zone("X68706397", 2, 0.6);
        mrz.confidences[1][1] = 0.6;
        assert_eq!(mrz.document_number.value, "X68706397");
        assert_left_in_doubt(mrz, (2, 'B', 0.97));
    }

    #[test]
    fn the_check_digit_repairs_the_number_from_both_readings() {
        // `BO3459330` recognised `8034593304`: repaired alone to a wrong `80345933D`. The
        // second reading is sure of the `B`; the `O` is then the only letter the check digit
        // still asks for, and letters lead.
        let printed = number_line("BO3459330");
        let recognised = format!("80{}", &printed[2..]);
        let mut mrz = parse_text(&format!("{NAME_LINE}\n{recognised}"), today()).expect("a zone");
        mrz.confidences[1][0] = 0.51;
        assert_ne!(mrz.document_number.value, "BO3459330");
        let cells = number_reread_cells(&mrz).expect("repaired, so in doubt");
        let again: String = format!("B0{}", &printed[2..cells.cells.end]);
        let again = RecognizedText::new(again, vec![0.99; cells.cells.len()]);
        assert_eq!(
            confirm_number_reread(&mut mrz, &cells, &again),
            NumberReread::Changed
        );
        assert_eq!(mrz.document_number.value, "BO3459330");
        assert_eq!(mrz.document_number.check, CheckStatus::Repaired);
    }

    #[test]
    fn the_cells_after_the_number_may_read_otherwise() {
        let mut mrz = zone("X61706397", 1, 0.6);
        let cells = number_reread_cells(&mrz).expect("in doubt");
        let mut again = reread(&mrz, &cells, (1, 'G', 0.97));
        again.text = again.text.replacen("IDN", "1DM", 1);
        assert_eq!(
            confirm_number_reread(&mut mrz, &cells, &again),
            NumberReread::Changed
        );
        assert_eq!(mrz.document_number.value, "XG1706397");
    }

    #[test]
    fn other_characters_or_missing_cells_are_not_the_same_cells() {
        let mut mrz = zone("X61706397", 1, 0.6);
        let before = mrz.clone();
        let cells = number_reread_cells(&mrz).expect("in doubt");
        let shifted = reread(&mrz, &cells, (3, 'X', 0.99));
        assert_eq!(
            confirm_number_reread(&mut mrz, &cells, &shifted),
            NumberReread::Unaligned
        );
        let short = RecognizedText::new("XG17063".to_owned(), vec![0.99; 7]);
        assert_eq!(
            confirm_number_reread(&mut mrz, &cells, &short),
            NumberReread::Unaligned
        );
        assert_eq!(mrz, before);
    }
}
