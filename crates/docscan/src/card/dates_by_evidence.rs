//! Dates read on the recogniser's evidence when the greedy text lost or garbled a digit
//! (`199年02月21日`, `819年01月18日`): the likeliest reading of the line shaped as the card
//! prints a date, if it is a real date and costs little against the greedy text.

use madoguchi_rules::Era;

use super::values::{self, PrintedDate};
use crate::ocr::evidence::{LineEvidence, Slot};

const DIGIT: Slot<'static> = &['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const YEAR: Slot<'static> = &['年'];
const MONTH: Slot<'static> = &['月'];
const DAY: Slot<'static> = &['日'];

/// Which dates a field may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateKind {
    /// A birth date: 19xx or 20xx, or in a Japanese era.
    Birth,
    /// When a stay or a card ends: 20xx, Gregorian only.
    End,
}

/// The shapes the card prints `kind`'s dates in: Gregorian with month and day zero-padded
/// (`1986年04月11日`), and Japanese era with each number in one or two digits (`平成8年1月19日`).
/// A Gregorian year's first two digits are its century's, so that a stray mark before a year
/// that lost a digit (`819年` for 1996) is not read as a millennium.
fn shapes(kind: DateKind) -> Vec<Vec<Slot<'static>>> {
    let number = |digits: usize| vec![DIGIT; digits];
    let century: [Slot<'static>; 2] = match kind {
        DateKind::Birth => [&['1', '2'], &['9', '0']],
        DateKind::End => [&['2'], &['0']],
    };
    let mut shapes = vec![
        [
            century.to_vec(),
            number(2),
            vec![YEAR],
            number(2),
            vec![MONTH],
            number(2),
            vec![DAY],
        ]
        .concat(),
    ];
    if kind == DateKind::End {
        return shapes;
    }
    let era_kanji = |position: usize| -> Slot<'static> {
        // Static per position: the era names' first and second kanji.
        match position {
            0 => &['明', '大', '昭', '平', '令'],
            _ => &['治', '正', '和', '成'],
        }
    };
    debug_assert!(Era::ALL.iter().all(|era| {
        let kanji: Vec<char> = era.kanji().chars().collect();
        kanji.len() == 2 && era_kanji(0).contains(&kanji[0]) && era_kanji(1).contains(&kanji[1])
    }));
    for year in 1..=2 {
        for month in 1..=2 {
            for day in 1..=2 {
                shapes.push(
                    [
                        vec![era_kanji(0), era_kanji(1)],
                        number(year),
                        vec![YEAR],
                        number(month),
                        vec![MONTH],
                        number(day),
                        vec![DAY],
                    ]
                    .concat(),
                );
            }
        }
    }
    shapes
}

/// The real date of a card's shape that the line's evidence makes likeliest, and its cost
/// (natural log, ≤ 0) against the greedy text; greedy characters after it cost
/// `skip_after_cost` each (0 where text follows the date on its line).
pub fn date_by_evidence(
    evidence: &LineEvidence,
    kind: DateKind,
    skip_after_cost: f32,
) -> Option<(PrintedDate, f32)> {
    shapes(kind)
        .iter()
        .filter_map(|shape| {
            let reading = evidence.read_template(shape, skip_after_cost)?;
            // Only a real date (and a real era pairing) counts: 19xx and 20xx alone for a
            // birth's.
            let date = values::dates(&reading.text).first()?.0;
            (1900..2100)
                .contains(&date.date.year())
                .then_some((date, reading.cost))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::values::Calendar;
    use crate::ocr::evidence::testing::evidence_and_text;
    use madoguchi_rules::CivilDate;

    fn line(text: &str) -> LineEvidence {
        let rows: Vec<Vec<(char, f32)>> = text.chars().map(|c| vec![(c, 0.9)]).collect();
        let rows: Vec<(f32, &[(char, f32)])> = rows
            .iter()
            .flat_map(|c| [(0.05, c.as_slice()), (0.95, &[][..])])
            .collect();
        evidence_and_text(&rows).0
    }

    fn date(y: i32, m: u8, d: u8) -> CivilDate {
        CivilDate::new(y, m, d).expect("a date")
    }

    #[test]
    fn both_calendars_read_in_their_shapes() {
        let (gregorian, cost) =
            date_by_evidence(&line("1986年04月11日"), DateKind::Birth, 4.0).expect("a date");
        assert_eq!(gregorian.date, date(1986, 4, 11));
        assert_eq!(gregorian.calendar, Calendar::Gregorian);
        assert!(cost.abs() < 1e-4);
        let (era, _) =
            date_by_evidence(&line("平成8年1月19日"), DateKind::Birth, 4.0).expect("a date");
        assert_eq!(era.date, date(1996, 1, 19));
        assert_eq!(era.calendar, Calendar::Japanese);
    }

    #[test]
    fn a_day_no_month_has_is_no_date() {
        // The likeliest reading of the shape is 31 April: nothing is read.
        assert_eq!(
            date_by_evidence(&line("1986年04月31日"), DateKind::Birth, 4.0),
            None
        );
    }

    #[test]
    fn a_stray_before_a_year_that_lost_a_digit_is_no_millennium() {
        // `8196年…` for 1996: a stray 8 read, and the 9s run together with the blank
        // between them second.
        let rows: [(f32, &[(char, f32)]); 8] = [
            (0.05, &[('8', 0.9)]),
            (0.95, &[]),
            (0.05, &[('1', 0.9)]),
            (0.05, &[('9', 0.9)]),
            (0.45, &[('9', 0.5)]),
            (0.05, &[('9', 0.9)]),
            (0.95, &[]),
            (0.05, &[('6', 0.9)]),
        ];
        let mut rows = rows.to_vec();
        let rest: Vec<Vec<(char, f32)>> = "年01月18日".chars().map(|c| vec![(c, 0.9)]).collect();
        rows.extend(
            rest.iter()
                .flat_map(|c| [(0.05, c.as_slice()), (0.95, &[][..])]),
        );
        let (evidence, greedy) = evidence_and_text(&rows);
        assert_eq!(greedy, "8196年01月18日");
        let (read, _) = date_by_evidence(&evidence, DateKind::Birth, 4.0).expect("a date");
        assert_eq!(read.date, date(1996, 1, 18));
        let (end, _) = date_by_evidence(&evidence, DateKind::End, 0.0).expect("a date");
        assert_eq!(end.date.year() / 100, 20);
    }
}
