//! The card's dates and period of stay from its lines: as printed when the text has them in
//! the card's shape, else as the line's recogniser evidence reads them in that shape (see
//! [`super::templates`]), else as the date parser repaired them, for the user to check.

use madoguchi_rules::{CivilDate, Era};

use super::templates::{self, DateKind};
use super::values::{self, Calendar, PeriodOfStay, PrintedDate};
use super::{LAST_END_YEAR, Prepared};

/// The period of stay a line gives, with its confidence: as printed when the law lists it (or
/// 無期限), as sure as the characters of its part of the line (a misread `3月（` left there as
/// `28` is in doubt too); else the listed one its evidence reads with its end
/// date; else an unlisted one as printed (a designated period, or a misread), for the user to
/// check.
pub(super) fn period_on(p: &Prepared<'_>) -> Option<(PeriodOfStay, f32)> {
    let printed = values::period_of_stay(&p.text);
    match printed {
        Some(period) if is_prescribed(period) => {
            Some((period, p.spelled(values::period_part(&p.text).trim())))
        }
        _ => period_by_evidence(p)
            .or(printed.map(|period| (period, UNLISTED_PERIOD)))
            .map(|(period, content)| (period, content * p.confidence)),
    }
}

/// Cost (natural log) within which a date read on a line's evidence is believed: a digit
/// lost to the blank, or read as its look-alike at some probability, costs 1–3.
const DATE_BY_EVIDENCE_COST: f32 = 6.0;
/// What each greedy character after a birth date costs: the sex often follows on its line.
const SKIP_AFTER_BIRTH_DATE: f32 = 1.0;
/// Confidence in a period the law does not list, read as printed: a designated one (特定活動,
/// 定住者) or a misread.
const UNLISTED_PERIOD: f32 = 0.6;
/// Cost (natural log) within which a period read on a line's evidence is believed, and by how
/// much it must beat every other period. The margin is small because the period is read with
/// its end date, whose shape a stray mark does not have; on 300 hard photos no period believed
/// so was wrong, and the closest wrong one (2年 for 3年) was 0.84 better than the right one.
const PERIOD_BY_EVIDENCE_COST: f32 = 6.0;
const PERIOD_BY_EVIDENCE_MARGIN: f32 = 1.0;

/// A period the law lists for a card, or 無期限.
fn is_prescribed(period: PeriodOfStay) -> bool {
    period == PeriodOfStay::Indefinite || values::PRESCRIBED_PERIODS.contains(&period)
}

/// A period of stay that the greedy text lost or garbled (`43月（2020年05月20日）`), read on
/// the line's evidence with its end date (see [`templates::period_by_evidence`]).
fn period_by_evidence(p: &Prepared<'_>) -> Option<(PeriodOfStay, f32)> {
    let evidence = p.line.text.evidence.as_ref()?;
    let read = templates::period_by_evidence(evidence, &values::PRESCRIBED_PERIODS)?;
    (read.cost >= -PERIOD_BY_EVIDENCE_COST
        && read.cost - read.runner_up_cost >= PERIOD_BY_EVIDENCE_MARGIN)
        .then(|| (read.period, date_by_evidence_confidence(read.cost)))
}

/// A year before which no card still in use ends (the first were issued in 2012).
pub(super) const FIRST_END_YEAR: i32 = 2012;

/// The confidence of a date read on the evidence at `cost`: at most 0.6, under the review
/// threshold, for the user to check.
fn date_by_evidence_confidence(cost: f32) -> f32 {
    0.6 * (cost / DATE_BY_EVIDENCE_COST).exp()
}

/// The birth date a line gives, with its confidence, if its holder was born then (from 1900,
/// before the card ends and by `today`): as printed when the text has it in the card's shape,
/// as sure as its own characters; else (a digit lost
/// or doubled, which the date parser's repairs can only guess at: `199年02月21日`) as the
/// line's evidence reads it in that shape (see [`templates`]); else in an era whose name the
/// blur garbled (see [`birth_date_in_garbled_era`]); else the repaired reading, for the user
/// to check.
pub(super) fn birth_date_on(
    p: &Prepared<'_>,
    card_ends: Option<CivilDate>,
    today: CivilDate,
) -> Option<(PrintedDate, f32)> {
    let born_then = |date: CivilDate| {
        date.year() >= FIRST_BIRTH_YEAR && date <= today && card_ends.is_none_or(|end| date < end)
    };
    let printed = values::dates(&p.text).into_iter().next();
    if let Some((date, range)) = &printed
        && born_then(date.date)
        && in_card_shape(&p.text, date, range)
    {
        return Some((*date, p.spelled(&p.text[range.clone()])));
    }
    date_on_evidence(p, DateKind::Birth, SKIP_AFTER_BIRTH_DATE, born_then)
        .or_else(|| birth_date_in_garbled_era(p, born_then, today))
        .or_else(|| {
            let (date, _) = printed.filter(|(d, _)| born_then(d.date))?;
            Some((date, REPAIRED_DATE_CONFIDENCE))
        })
        .map(|(date, content)| (date, content * p.confidence))
}

/// How much better (natural log) the evidence must spell one era's name than any other's
/// that gives a birth date, for a garbled name to be read as it.
const ERA_MARGIN: f32 = 2.0;
/// Age beyond which so few people live that an era name the evidence cannot tell is not
/// taken for the era they were born in: an unreadable era before `45年6月7日` is 昭和's,
/// not 明治's (a holder of 114).
const AGE_FEW_REACH: u32 = 100;

/// A birth date printed in an era whose name the blur garbled (`8045年6月7日`, `始845年…`):
/// its numbers as the line's evidence reads them in the era shape (see
/// [`templates::era_numbers_by_evidence`]), within [`DATE_BY_EVIDENCE_COST`]; its era the one,
/// of those where they give a date `born_then`, whose name the evidence spells clearly best,
/// else the only one that gives an age under [`AGE_FEW_REACH`] on `today` (45年 is 昭和's
/// or 明治's; 8年 may be 昭和's, 平成's or 令和's, and is not read).
fn birth_date_in_garbled_era(
    p: &Prepared<'_>,
    born_then: impl Fn(CivilDate) -> bool,
    today: CivilDate,
) -> Option<(PrintedDate, f32)> {
    if !p.text.contains(['年', '月']) {
        return None;
    }
    let evidence = p.line.text.evidence.as_ref()?;
    let numbers = templates::era_numbers_by_evidence(evidence, SKIP_AFTER_BIRTH_DATE)?;
    if numbers.cost < -DATE_BY_EVIDENCE_COST {
        return None;
    }
    let mut eras: Vec<(CivilDate, f32)> = Era::ALL
        .into_iter()
        .filter_map(|era| {
            let date = numbers.in_era(era).filter(|&d| born_then(d))?;
            Some((date, templates::era_cost(evidence, era, numbers)?))
        })
        .collect();
    eras.sort_by(|a, b| b.1.total_cmp(&a.1));
    let clearly_spelled = match eras.as_slice() {
        [(date, _)] => Some(*date),
        [(date, best), (_, runner_up), ..] if best - runner_up >= ERA_MARGIN => Some(*date),
        _ => None,
    };
    let date = clearly_spelled.or_else(|| {
        let mut reached = eras
            .iter()
            .filter(|(date, _)| madoguchi_rules::age_on(*date, today) < AGE_FEW_REACH);
        match (reached.next(), reached.next()) {
            (Some((date, _)), None) => Some(*date),
            _ => None,
        }
    })?;
    Some((
        PrintedDate {
            date,
            calendar: Calendar::Japanese,
        },
        date_by_evidence_confidence(numbers.cost),
    ))
}

/// The date of `kind` that the line's evidence reads in the card's shape, within
/// [`DATE_BY_EVIDENCE_COST`], when `plausible`; greedy characters after it cost
/// `skip_after_cost` each. Only a line whose text reads as some date at all is tried.
fn date_on_evidence(
    p: &Prepared<'_>,
    kind: DateKind,
    skip_after_cost: f32,
    plausible: impl Fn(CivilDate) -> bool,
) -> Option<(PrintedDate, f32)> {
    if !p.text.contains(['年', '月']) {
        return None;
    }
    let evidence = p.line.text.evidence.as_ref()?;
    let (date, cost) = templates::date_by_evidence(evidence, kind, skip_after_cost)?;
    (cost >= -DATE_BY_EVIDENCE_COST && plausible(date.date))
        .then_some((date, date_by_evidence_confidence(cost)))
}

/// The earliest birth year of a card holder.
const FIRST_BIRTH_YEAR: i32 = 1900;
/// Confidence in a date the parser repaired and the evidence did not confirm.
const REPAIRED_DATE_CONFIDENCE: f32 = 0.7;

/// Whether a date read from `text` (at `range`) is printed in the card's shape: a Gregorian one
/// as `1986年04月11日` (four, two and two digits), an era's in any. Any other shape came from a
/// repair of a misread.
fn in_card_shape(text: &str, date: &PrintedDate, range: &std::ops::Range<usize>) -> bool {
    if date.calendar == Calendar::Japanese {
        return true;
    }
    let Some(stretch) = text.get(range.clone()) else {
        return false;
    };
    let runs: Vec<usize> = stretch
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .map(str::len)
        .collect();
    runs == [4, 2, 2] && stretch.contains('年') && stretch.contains('月')
}

/// An end date (of the stay, or of the card) on a line, with its confidence, in a year a card
/// or stay ends in: as printed when the text has it in the card's shape, as sure as its own
/// characters (not the `このカードは…まで有効です` around it); else as the line's evidence reads it in
/// that shape, when the greedy text lost or garbled a digit (`202年07月01日`), with what
/// follows the date on its line (`まで有効です`) costing nothing; else the parser's repaired
/// reading, for the user to check.
pub(super) fn end_date(
    p: &Prepared<'_>,
    printed: Option<&(PrintedDate, std::ops::Range<usize>)>,
) -> Option<(CivilDate, f32)> {
    let ends_then = |date: CivilDate| (FIRST_END_YEAR..LAST_END_YEAR).contains(&date.year());
    let printed = printed.filter(|(d, _)| ends_then(d.date));
    if let Some((date, range)) = printed
        && in_card_shape(&p.text, date, range)
    {
        return Some((date.date, p.spelled(&p.text[range.clone()])));
    }
    date_on_evidence(p, DateKind::End, 0.0, ends_then)
        .map(|(date, confidence)| (date.date, confidence))
        .or_else(|| printed.map(|(date, _)| (date.date, REPAIRED_DATE_CONFIDENCE)))
        .map(|(date, content)| (date, content * p.confidence))
}
