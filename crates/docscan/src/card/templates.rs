//! What the card prints in fixed shapes — dates, and the period of stay before its end date —
//! read on the recogniser's evidence when the greedy text lost or garbled a character
//! (`199年02月21日`, `43月（2020年05月20日）`): the likeliest reading of the line in the
//! shape, if it is a real value, with what it costs against the greedy text.

use madoguchi_rules::{CivilDate, Era};

use super::values::{self, PeriodOfStay, PrintedDate};
use crate::ocr::evidence::{LineEvidence, Slot, Strays};

const DIGIT: Slot<'static> = &['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const YEAR: Slot<'static> = &['年'];
const MONTH: Slot<'static> = &['月'];
const DAY: Slot<'static> = &['日'];
const OPENING: Slot<'static> = &['(', '（'];
/// The era names' first and second kanji (明治, 大正, 昭和, 平成, 令和).
const ERA_FIRST: Slot<'static> = &['明', '大', '昭', '平', '令'];
const ERA_SECOND: Slot<'static> = &['治', '正', '和', '成'];

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
    shapes.extend(
        era_number_shapes()
            .into_iter()
            .map(|numbers| [vec![ERA_FIRST, ERA_SECOND], numbers].concat()),
    );
    shapes
}

/// The shapes of an era date's numbers (`8年1月19日`): each in one or two digits, without a
/// leading zero, and no larger than an era's year (64, 昭和's last), a month or a day can be.
/// The year's one digit may be 元.
fn era_number_shapes() -> Vec<Vec<Slot<'static>>> {
    const NONZERO: Slot<'static> = &['1', '2', '3', '4', '5', '6', '7', '8', '9'];
    const YEAR_ALONE: Slot<'static> = &['1', '2', '3', '4', '5', '6', '7', '8', '9', '元'];
    let years: [&[Slot<'static>]; 3] = [
        &[YEAR_ALONE],
        &[&['1', '2', '3', '4', '5'], DIGIT],
        &[&['6'], &['0', '1', '2', '3', '4']],
    ];
    let months: [&[Slot<'static>]; 2] = [&[NONZERO], &[&['1'], &['0', '1', '2']]];
    let days: [&[Slot<'static>]; 3] = [&[NONZERO], &[&['1', '2'], DIGIT], &[&['3'], &['0', '1']]];
    let mut shapes = Vec::new();
    for year in years {
        for month in months {
            for day in days {
                shapes.push([year, &[YEAR], month, &[MONTH], day, &[DAY]].concat());
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
            let reading = evidence.read_template(shape, Strays::with_after(skip_after_cost))?;
            // Only a real date (and a real era pairing) counts: 19xx and 20xx alone for a
            // birth's.
            let date = values::dates(&reading.text).first()?.0;
            (1900..2100)
                .contains(&date.date.year())
                .then_some((date, reading.cost))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
}

/// What a digit before an era year read without its era's name costs: a digit there is
/// likelier the year's than a garbled era's (`8045年` is more often 45年 than 5年).
const DIGIT_BEFORE_ERA_YEAR: f32 = 2.0;

/// An era date's numbers, read with its era's name left unread (see
/// [`era_numbers_by_evidence`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EraNumbers {
    pub year: u32,
    pub month: u8,
    pub day: u8,
    /// The reading's cost (natural log, ≤ 0) against the greedy text.
    pub cost: f32,
}

impl EraNumbers {
    /// The date these numbers give in `era`, if it has one.
    pub fn in_era(self, era: Era) -> Option<CivilDate> {
        values::wareki(era, self.year, self.month.into(), self.day.into())
    }

    /// The numbers as the card prints them after the era (`45年6月7日`, `元年5月1日`).
    fn printed(self) -> String {
        let year = match self.year {
            1 => "元".to_owned(),
            year => year.to_string(),
        };
        format!("{year}年{}月{}日", self.month, self.day)
    }
}

/// The numbers of an era date (`45年6月7日`) that the line's evidence makes likeliest in the
/// card's shape for them, the era's name left unread: what the blur left of it (`8045年…`,
/// `始845年…`) costs as any characters before a reading do, but a digit more: it is likelier
/// the year's. Only numbers the card prints so are read (see [`era_number_shapes`]), and
/// only when the month or the day has one digit, which a Gregorian date's zero-padded tail
/// (`19|63年12月18日`) never has.
pub fn era_numbers_by_evidence(
    evidence: &LineEvidence,
    skip_after_cost: f32,
) -> Option<EraNumbers> {
    let strays = Strays {
        digit_before: DIGIT_BEFORE_ERA_YEAR,
        ..Strays::with_after(skip_after_cost)
    };
    let (numbers, cost) = era_number_shapes()
        .iter()
        .filter_map(|shape| {
            let reading = evidence.read_template(shape, strays)?;
            let numbers: Vec<String> = reading
                .text
                .split(['年', '月', '日'])
                .filter(|n| !n.is_empty())
                .map(str::to_owned)
                .collect();
            Some((numbers, reading.cost))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))?;
    let [year, month, day] = &numbers[..] else {
        return None;
    };
    // Two two-digit numbers may be a Gregorian date's tail: read neither.
    if month.len() == 2 && day.len() == 2 {
        return None;
    }
    Some(EraNumbers {
        year: if year == "元" { 1 } else { year.parse().ok()? },
        month: month.parse().ok()?,
        day: day.parse().ok()?,
        cost,
    })
}

/// What the line's evidence costs read as `numbers` after `era`'s name: how well what the
/// blur left before them spells that era's.
pub fn era_cost(evidence: &LineEvidence, era: Era, numbers: EraNumbers) -> Option<f32> {
    spelled_cost(evidence, &format!("{}{}", era.kanji(), numbers.printed()))
}

/// What the line's evidence costs read as the end date `date` as the card prints it
/// (`2029年05月20日`), anything after it free.
pub fn end_date_cost(evidence: &LineEvidence, date: CivilDate) -> Option<f32> {
    let printed = format!(
        "{:04}年{:02}月{:02}日",
        date.year(),
        date.month(),
        date.day()
    );
    spelled_cost(evidence, &printed)
}

/// What the line's evidence costs read as exactly `spelled` somewhere, anything after it free.
fn spelled_cost(evidence: &LineEvidence, spelled: &str) -> Option<f32> {
    let spelled: Vec<char> = spelled.chars().collect();
    let shape: Vec<Slot<'_>> = spelled.iter().map(std::slice::from_ref).collect();
    evidence
        .read_template(&shape, Strays::with_after(0.0))
        .map(|reading| reading.cost)
}

/// Most rounds of one-digit changes [`end_date_on_both`] tries from each start.
const MOST_DIGIT_ROUNDS: usize = 4;

/// The one end date that two lines print (the period's and the card's, when the law makes
/// them one) likeliest on both lines' evidence together, with that joint cost: from each of
/// `starts`, one digit at a time is changed while a change makes both lines likelier
/// together, among the dates `plausible` accepts. Each line's own misread digit
/// (`2023` on one, `2025` on the other) is outweighed by what the other line says there.
pub fn end_date_on_both(
    lines: [&LineEvidence; 2],
    starts: &[CivilDate],
    plausible: impl Fn(CivilDate) -> bool,
) -> Option<(CivilDate, f32)> {
    let joint = |date: CivilDate| -> Option<f32> {
        Some(end_date_cost(lines[0], date)? + end_date_cost(lines[1], date)?)
    };
    let mut best: Option<(CivilDate, f32)> = None;
    for &start in starts {
        let mut here = (start, joint(start)?);
        for _ in 0..MOST_DIGIT_ROUNDS {
            let mut improved = false;
            let digits: Vec<u32> = format!(
                "{:04}{:02}{:02}",
                here.0.year(),
                here.0.month(),
                here.0.day()
            )
            .chars()
            .filter_map(|c| c.to_digit(10))
            .collect();
            for slot in 0..digits.len() {
                for digit in 0..10 {
                    let mut changed = digits.clone();
                    changed[slot] = digit;
                    let number = |range: std::ops::Range<usize>| {
                        changed[range].iter().fold(0u32, |n, &d| n * 10 + d)
                    };
                    let Some(date) =
                        CivilDate::new(number(0..4) as i32, number(4..6) as u8, number(6..8) as u8)
                            .filter(|&d| d != here.0 && plausible(d))
                    else {
                        continue;
                    };
                    if let Some(cost) = joint(date)
                        && cost > here.1 + 1e-4
                    {
                        here = (date, cost);
                        improved = true;
                    }
                }
            }
            if !improved {
                break;
            }
        }
        if best.is_none_or(|b| here.1 > b.1) {
            best = Some(here);
        }
    }
    best
}

/// What a period line's characters outside the reading cost: a digit before the period is
/// likelier its own (`43月`) than a mark; the closing parenthesis and anything after, nothing.
const PERIOD_STRAYS: Strays = Strays {
    before: 1.0,
    digit_before: 4.0,
    after: 0.0,
};

/// A period of stay and its end read together on a line's evidence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PeriodReading {
    pub period: PeriodOfStay,
    pub end: CivilDate,
    /// The reading's cost (natural log, ≤ 0) against the greedy text.
    pub cost: f32,
    /// The cost of the likeliest reading with another of the periods.
    pub runner_up_cost: f32,
}

/// The one of `periods` that the line's evidence makes likeliest as printed before its end
/// date in parentheses (`4年3月（2029年07月01日）`): the period and the date are read as one
/// shape, so a period that lost its `年` (`43月`) is weighed against every period the line
/// might print, and a stray mark cannot pass for one. `None` when no period gives a real date.
pub fn period_by_evidence(
    evidence: &LineEvidence,
    periods: &[PeriodOfStay],
) -> Option<PeriodReading> {
    let end_shape = shapes(DateKind::End).swap_remove(0);
    let mut readings: Vec<(PeriodOfStay, CivilDate, f32)> = periods
        .iter()
        .filter_map(|&period| {
            let printed: Vec<char> = period.printed().chars().collect();
            let shape: Vec<Slot<'_>> = printed
                .iter()
                .map(std::slice::from_ref)
                .chain(std::iter::once(OPENING))
                .chain(end_shape.iter().copied())
                .collect();
            let reading = evidence.read_template(&shape, PERIOD_STRAYS)?;
            let date: String = reading.text.chars().skip(printed.len() + 1).collect();
            let end = values::dates(&date).first()?.0.date;
            Some((period, end, reading.cost))
        })
        .collect();
    readings.sort_by(|a, b| b.2.total_cmp(&a.2));
    let &(period, end, cost) = readings.first()?;
    let runner_up_cost = readings.get(1).map_or(f32::NEG_INFINITY, |r| r.2);
    Some(PeriodReading {
        period,
        end,
        cost,
        runner_up_cost,
    })
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
    fn the_era_slots_spell_every_era() {
        for era in madoguchi_rules::Era::ALL {
            let kanji: Vec<char> = era.kanji().chars().collect();
            assert_eq!(kanji.len(), 2, "{era:?}");
            assert!(ERA_FIRST.contains(&kanji[0]) && ERA_SECOND.contains(&kanji[1]));
        }
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

    fn term(years: u8, months: u8) -> PeriodOfStay {
        PeriodOfStay::Term {
            years,
            months,
            days: 0,
        }
    }

    #[test]
    fn a_period_that_lost_its_year_is_read_with_its_end_date() {
        let periods = values::PRESCRIBED_PERIODS;
        // `4年3月` read `43月`: the 年 at its step second to the blank.
        let mut rows: Vec<Vec<(char, f32)>> = vec![vec![('4', 0.9)], vec![('年', 0.3)]];
        rows.extend("3月（2029年07月01日）".chars().map(|c| vec![(c, 0.9)]));
        let rows: Vec<(f32, &[(char, f32)])> = rows
            .iter()
            .flat_map(|c| {
                let blank = if c[0].0 == '年' { 0.7 } else { 0.05 };
                [(blank, c.as_slice()), (0.95, &[][..])]
            })
            .collect();
        let (evidence, greedy) = evidence_and_text(&rows);
        assert_eq!(greedy, "43月（2029年07月01日）");
        let read = period_by_evidence(&evidence, &periods).expect("a period");
        assert_eq!(read.period, term(4, 3));
        assert_eq!(read.end, date(2029, 7, 1));
        // 3月 after a stray 4 costs the 4's step given to the blank.
        assert!(
            read.cost > -1.0 && read.runner_up_cost < read.cost - 2.0,
            "{read:?}"
        );
        // Read whole, at no cost.
        let read = period_by_evidence(&line("1年（2024年12月02日）"), &periods).expect("a period");
        assert_eq!((read.period, read.cost.abs() < 1e-4), (term(1, 0), true));
        // Only the end date: every period costs as much as another.
        let read = period_by_evidence(&line("（2024年12月02日）"), &periods).expect("a period");
        assert!(read.cost < -5.0, "{read:?}");
    }

    #[test]
    fn an_era_dates_numbers_are_read_without_its_name() {
        let read = |text: &str| era_numbers_by_evidence(&line(text), 1.0);
        let numbers = read("8045年6月7日").expect("numbers");
        assert_eq!((numbers.year, numbers.month, numbers.day), (45, 6, 7));
        // The two garbled characters before the year cost as stray digits.
        assert!(
            (numbers.cost + 2.0 * DIGIT_BEFORE_ERA_YEAR).abs() < 1e-3,
            "{numbers:?}"
        );
        assert_eq!(numbers.in_era(Era::Showa), Some(date(1970, 6, 7)));
        assert_eq!(numbers.in_era(Era::Heisei), None);
        let first = read("和元年5月1日").expect("numbers");
        assert_eq!(
            (first.year, first.in_era(Era::Reiwa)),
            (1, Some(date(2019, 5, 1)))
        );
        // A Gregorian date's zero-padded numbers are no era date's.
        for gregorian in ["1963年12月18日", "1985年05月19日"] {
            assert!(read(gregorian).is_none_or(|n| n.cost < -6.0), "{gregorian}");
        }
    }

    #[test]
    fn an_eras_cost_is_how_well_the_blur_spells_its_name() {
        // `始給8年…`, 成 kept second at 給.
        let rows: Vec<Vec<(char, f32)>> = "始給8年6月7日"
            .chars()
            .map(|c| match c {
                '給' => vec![(c, 0.9), ('成', 0.05)],
                c => vec![(c, 0.9)],
            })
            .collect();
        let rows: Vec<(f32, &[(char, f32)])> = rows
            .iter()
            .flat_map(|c| [(0.05, c.as_slice()), (0.95, &[][..])])
            .collect();
        let (evidence, _) = evidence_and_text(&rows);
        let numbers = era_numbers_by_evidence(&evidence, 1.0).expect("numbers");
        let cost = |era| era_cost(&evidence, era, numbers).expect("a cost");
        assert!(cost(Era::Heisei) > cost(Era::Showa) + 5.0);
        assert!((cost(Era::Showa) - cost(Era::Reiwa)).abs() < 1e-3);
    }

    #[test]
    fn one_end_date_printed_twice_is_read_on_both_lines_together() {
        // The period's line reads `2023年…` and the card's `2025年…`, each with the 8 of 2028
        // second.
        let misread = |text: &str, at: usize, second: char| {
            let rows: Vec<Vec<(char, f32)>> = text
                .chars()
                .enumerate()
                .map(|(i, c)| {
                    if i == at {
                        vec![(c, 0.6), (second, 0.3)]
                    } else {
                        vec![(c, 0.9)]
                    }
                })
                .collect();
            let rows: Vec<(f32, &[(char, f32)])> = rows
                .iter()
                .flat_map(|c| [(0.05, c.as_slice()), (0.95, &[][..])])
                .collect();
            evidence_and_text(&rows).0
        };
        let expiry = misread("（2023年07月22日）", 4, '8');
        let validity = misread("このカードは2025年07月22日まで有効です", 9, '8');
        let starts = [date(2023, 7, 22), date(2025, 7, 22)];
        let (read, cost) =
            end_date_on_both([&expiry, &validity], &starts, |_| true).expect("a date");
        assert_eq!(read, date(2028, 7, 22));
        let joint = |d| end_date_cost(&expiry, d).zip(end_date_cost(&validity, d));
        let (on_expiry, on_validity) = joint(read).expect("costs");
        assert!((cost - on_expiry - on_validity).abs() < 1e-4, "{cost}");
        // Each line's own misread digit costs it more than the 8 it kept second.
        let (a, b) = joint(starts[0]).expect("costs");
        assert!(cost > a + b + 5.0, "{cost} against {}", a + b);
        // Where the lines agree on a digit, it stays whatever the start.
        let (read, _) =
            end_date_on_both([&expiry, &validity], &starts, |d| d.year() != 2028).expect("a date");
        assert!(starts.contains(&read), "{read}");
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
