//! Dates of birth in the Japanese era calendar (和暦) or the Western calendar (西暦).
//!
//! The My Number form asks for the date of birth "和暦または西暦" (例: 平成10年01月01日) and
//! compares it with today's date to compute the age; under one year the photo step is skipped
//! (no face photo on cards of babies since 令和6年12月2日).
//!
//! Era first days: 明治 1868-01-25, 大正 1912-07-30, 昭和 1926-12-25, 平成 1989-01-08,
//! 令和 2019-05-01. The seeds do not state where 明治 begins; we use 1868-01-25 (明治元年1月1日,
//! the era having been applied retroactively to the whole of 慶応4年), as Japanese government
//! systems do. Dates are proleptic Gregorian: before 明治6年 (1873) Japan used a lunisolar
//! calendar, which matters for nobody alive. The first day of an era belongs to the new era
//! (昭和64年1月8日 does not exist; it is 平成元年1月8日), and year 1 is written 元年.

use std::fmt;

use crate::error::{FieldError, RuleArg};
use crate::text::{count_arg, to_half_width};

/// A day in the (proleptic) Gregorian calendar. Field order makes the derived ordering
/// chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    year: i32,
    month: u8,
    day: u8,
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` (1–12) of `year`; 0 for a month that does not exist.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl CivilDate {
    /// `None` for impossible dates (month 13, 31 April, 29 February of a common year).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        (day >= 1 && day <= days_in_month(year, month)).then_some(CivilDate { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// The day before (used for an era's last day).
    pub fn previous_day(self) -> Self {
        if self.day > 1 {
            return CivilDate {
                day: self.day - 1,
                ..self
            };
        }
        let (year, month) = if self.month > 1 {
            (self.year, self.month - 1)
        } else {
            (self.year - 1, 12)
        };
        CivilDate {
            year,
            month,
            day: days_in_month(year, month),
        }
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<Self> {
        let mut parts = text.split('-');
        let year = parts.next()?;
        let month = parts.next()?;
        let day = parts.next()?;
        let well_formed = parts.next().is_none()
            && year.len() == 4
            && month.len() == 2
            && day.len() == 2
            && [year, month, day]
                .iter()
                .all(|p| p.bytes().all(|b| b.is_ascii_digit()));
        if !well_formed {
            return None;
        }
        CivilDate::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }
}

/// ISO 8601 (`1989-01-08`), the language-neutral form used in message placeables and the API.
impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The eras a living person can have been born in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Era {
    Meiji,
    Taisho,
    Showa,
    Heisei,
    Reiwa,
}

impl Era {
    pub const ALL: [Era; 5] = [Era::Meiji, Era::Taisho, Era::Showa, Era::Heisei, Era::Reiwa];

    /// First day of the era.
    pub fn start(self) -> CivilDate {
        let (year, month, day) = match self {
            Era::Meiji => (1868, 1, 25),
            Era::Taisho => (1912, 7, 30),
            Era::Showa => (1926, 12, 25),
            Era::Heisei => (1989, 1, 8),
            Era::Reiwa => (2019, 5, 1),
        };
        CivilDate { year, month, day }
    }

    pub fn next(self) -> Option<Era> {
        match self {
            Era::Meiji => Some(Era::Taisho),
            Era::Taisho => Some(Era::Showa),
            Era::Showa => Some(Era::Heisei),
            Era::Heisei => Some(Era::Reiwa),
            Era::Reiwa => None,
        }
    }

    /// Last day of the era; `None` for the current one.
    pub fn last_day(self) -> Option<CivilDate> {
        self.next().map(|next| next.start().previous_day())
    }

    pub fn kanji(self) -> &'static str {
        match self {
            Era::Meiji => "明治",
            Era::Taisho => "大正",
            Era::Showa => "昭和",
            Era::Heisei => "平成",
            Era::Reiwa => "令和",
        }
    }

    /// Stable key for the API and for Fluent selectors (`{ $era -> [heisei] … }`).
    pub fn key(self) -> &'static str {
        match self {
            Era::Meiji => "meiji",
            Era::Taisho => "taisho",
            Era::Showa => "showa",
            Era::Heisei => "heisei",
            Era::Reiwa => "reiwa",
        }
    }

    /// Accepts the kanji (明治), the key or romanisation (`heisei`, `Shōwa`, `Syowa`) and the
    /// one-letter JIS X 0301 abbreviation (M, T, S, H, R), in either width.
    pub fn parse(text: &str) -> Option<Era> {
        let text = to_half_width(text.trim()).to_lowercase();
        Era::ALL.into_iter().find(|era| {
            let romaji = match era {
                Era::Meiji => ["meiji", "meiji"],
                Era::Taisho => ["taishō", "taisyo"],
                Era::Showa => ["shōwa", "syowa"],
                Era::Heisei => ["heisei", "heisei"],
                Era::Reiwa => ["reiwa", "reiwa"],
            };
            text == era.kanji()
                || text == era.key()
                || romaji.contains(&text.as_str())
                || text == era.key()[..1]
        })
    }

    /// The era containing `date`, `None` before 明治.
    pub fn of(date: CivilDate) -> Option<Era> {
        Era::ALL.into_iter().rev().find(|era| era.start() <= date)
    }
}

/// A date written in the era calendar. `year` 1 is 元年.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WarekiDate {
    pub era: Era,
    pub year: u32,
    pub month: u8,
    pub day: u8,
}

/// Why an era-calendar date does not exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WarekiProblem {
    /// There is no year 0: the first year is 元年 (1).
    YearZero,
    /// Month outside 1–12.
    NoSuchMonth,
    /// The month has only this many days (29 February of a common year, 31 April…).
    NoSuchDay { days_in_month: u8 },
    /// A real day, but not in this era (昭和64年1月8日, 平成32年…): `date` is what the era
    /// year would have been, `actual` how it is written (`None` before 明治).
    OutsideEra {
        date: CivilDate,
        actual: Option<WarekiDate>,
    },
}

impl WarekiDate {
    /// Converts to the Western calendar, refusing dates the era does not contain.
    pub fn to_seireki(self) -> Result<CivilDate, WarekiProblem> {
        if self.year == 0 {
            return Err(WarekiProblem::YearZero);
        }
        if !(1..=12).contains(&self.month) {
            return Err(WarekiProblem::NoSuchMonth);
        }
        let offset = i32::try_from(self.year - 1).unwrap_or(i32::MAX - 10_000);
        let year = self.era.start().year.saturating_add(offset);
        let date = CivilDate::new(year, self.month, self.day).ok_or(WarekiProblem::NoSuchDay {
            days_in_month: days_in_month(year, self.month),
        })?;
        let after_end = self.era.next().is_some_and(|next| date >= next.start());
        if date < self.era.start() || after_end {
            return Err(WarekiProblem::OutsideEra {
                date,
                actual: to_wareki(date),
            });
        }
        Ok(date)
    }

    /// `平成元年1月8日`.
    pub fn japanese(self) -> String {
        let year = if self.year == 1 {
            "元".to_owned()
        } else {
            self.year.to_string()
        };
        format!("{}{year}年{}月{}日", self.era.kanji(), self.month, self.day)
    }
}

/// The era-calendar form of `date`; `None` before 明治 began.
pub fn to_wareki(date: CivilDate) -> Option<WarekiDate> {
    let era = Era::of(date)?;
    let year = u32::try_from(date.year - era.start().year + 1).ok()?;
    Some(WarekiDate {
        era,
        year,
        month: date.month,
        day: date.day,
    })
}

/// Which calendar the year box is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Calendar {
    Seireki,
    Wareki(Era),
}

/// Reads one box: half-width or full-width digits (`01` is fine); `元` means 1 in an era year.
fn number(text: &str, max_digits: usize, gannen: bool) -> Option<u32> {
    let text = to_half_width(text.trim());
    if gannen && text == "元" {
        return Some(1);
    }
    let ok =
        !text.is_empty() && text.len() <= max_digits && text.bytes().all(|b| b.is_ascii_digit());
    if ok { text.parse().ok() } else { None }
}

/// Checks a date of birth typed as year / month / day boxes in `calendar`. `today` is the
/// current date in Japan; a birth date after it is refused, today itself is accepted.
pub fn birth_date(
    field: &str,
    calendar: Calendar,
    year: &str,
    month: &str,
    day: &str,
    today: CivilDate,
) -> Result<CivilDate, FieldError> {
    if [year, month, day].iter().any(|part| part.trim().is_empty()) {
        return Err(FieldError::new(field, "rule-required"));
    }
    let is_wareki = matches!(calendar, Calendar::Wareki(_));
    let parts = (
        number(year, 4, is_wareki),
        number(month, 2, false),
        number(day, 2, false),
    );
    let (Some(year), Some(month), Some(day)) = parts else {
        return Err(FieldError::new(field, "rule-date-number"));
    };
    let month = u8::try_from(month).unwrap_or(0);
    let day = u8::try_from(day).unwrap_or(0);
    let date = match calendar {
        Calendar::Seireki => {
            let year = i32::try_from(year).unwrap_or(0);
            if !(1..=12).contains(&month) {
                return Err(FieldError::new(field, "rule-date-month"));
            }
            CivilDate::new(year, month, day).ok_or_else(|| no_such_day(field, year, month))?
        }
        Calendar::Wareki(era) => match (WarekiDate {
            era,
            year,
            month,
            day,
        })
        .to_seireki()
        {
            Ok(date) => date,
            Err(WarekiProblem::YearZero) => {
                return Err(FieldError::new(field, "rule-wareki-year-zero"));
            }
            Err(WarekiProblem::NoSuchMonth) => {
                return Err(FieldError::new(field, "rule-date-month"));
            }
            Err(WarekiProblem::NoSuchDay { days_in_month }) => {
                return Err(FieldError::new(field, "rule-date-no-such-day")
                    .with_arg("days", RuleArg::Number(i64::from(days_in_month))));
            }
            Err(WarekiProblem::OutsideEra { date, actual }) => {
                check_range(field, date, today)?;
                let Some(actual) = actual else {
                    return Err(too_early(field));
                };
                return Err(FieldError::new(field, "rule-wareki-other-era")
                    .with_arg("date", RuleArg::Text(date.to_string()))
                    .with_arg("era", RuleArg::Text(actual.era.key().to_owned()))
                    .with_arg("year", count_arg(usize::try_from(actual.year).unwrap_or(0))));
            }
        },
    };
    check_range(field, date, today)?;
    Ok(date)
}

fn no_such_day(field: &str, year: i32, month: u8) -> FieldError {
    FieldError::new(field, "rule-date-no-such-day").with_arg(
        "days",
        RuleArg::Number(i64::from(days_in_month(year, month))),
    )
}

fn too_early(field: &str) -> FieldError {
    FieldError::new(field, "rule-date-too-early")
        .with_arg("earliest", RuleArg::Text(Era::Meiji.start().to_string()))
}

/// Not before 明治 (the era calendar cannot express it) and not after today.
fn check_range(field: &str, date: CivilDate, today: CivilDate) -> Result<(), FieldError> {
    if date < Era::Meiji.start() {
        return Err(too_early(field));
    }
    if date > today {
        return Err(FieldError::new(field, "rule-birth-date-future"));
    }
    Ok(())
}

/// Age in completed years on `today` (0 if `today` is before `birth`). A year is completed on
/// the birthday; someone born on 29 February completes it on 1 March in common years, which is
/// also how Japanese law counts (the age increases at the end of the day before the birthday,
/// i.e. at the end of 28 February).
pub fn age_on(birth: CivilDate, today: CivilDate) -> u32 {
    let mut years = today.year - birth.year;
    if (today.month, today.day) < (birth.month, birth.day) {
        years -= 1;
    }
    u32::try_from(years).unwrap_or(0)
}

/// Under one year of age: the My Number application skips the face photo step.
pub fn under_one_year(birth: CivilDate, today: CivilDate) -> bool {
    age_on(birth, today) < 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: i32, month: u8, day: u8) -> CivilDate {
        CivilDate::new(year, month, day).unwrap_or_else(|| panic!("{year}-{month}-{day}"))
    }

    fn w(era: Era, year: u32, month: u8, day: u8) -> Result<CivilDate, WarekiProblem> {
        WarekiDate {
            era,
            year,
            month,
            day,
        }
        .to_seireki()
    }

    const TODAY: CivilDate = CivilDate {
        year: 2025,
        month: 9,
        day: 11,
    };

    fn birth(
        calendar: Calendar,
        y: &str,
        m: &str,
        day: &str,
    ) -> Result<CivilDate, (String, Vec<(String, RuleArg)>)> {
        birth_date("dob", calendar, y, m, day, TODAY).map_err(|e| (e.message, e.args))
    }

    fn code(calendar: Calendar, y: &str, m: &str, day: &str) -> Option<String> {
        birth(calendar, y, m, day).err().map(|(m, _)| m)
    }

    #[test]
    fn civil_dates() {
        assert!(CivilDate::new(2024, 2, 29).is_some());
        assert!(CivilDate::new(2023, 2, 29).is_none());
        assert!(CivilDate::new(1900, 2, 29).is_none());
        assert!(CivilDate::new(2000, 2, 29).is_some());
        assert!(CivilDate::new(2025, 4, 31).is_none());
        assert!(CivilDate::new(2025, 13, 1).is_none());
        assert!(CivilDate::new(2025, 1, 0).is_none());
        assert_eq!(d(1989, 1, 8).to_string(), "1989-01-08");
        assert_eq!(CivilDate::parse_iso("1989-01-08"), Some(d(1989, 1, 8)));
        assert_eq!(CivilDate::parse_iso("1989-1-8"), None);
        assert_eq!(CivilDate::parse_iso("2023-02-29"), None);
        assert_eq!(d(2024, 3, 1).previous_day(), d(2024, 2, 29));
        assert_eq!(d(2025, 1, 1).previous_day(), d(2024, 12, 31));
    }

    #[test]
    fn era_boundaries() {
        assert_eq!(Era::Showa.last_day(), Some(d(1989, 1, 7)));
        assert_eq!(Era::Heisei.last_day(), Some(d(2019, 4, 30)));
        assert_eq!(Era::Meiji.last_day(), Some(d(1912, 7, 29)));
        assert_eq!(Era::Taisho.last_day(), Some(d(1926, 12, 24)));
        assert_eq!(Era::Reiwa.last_day(), None);
        assert_eq!(
            to_wareki(d(1989, 1, 7)),
            Some(WarekiDate {
                era: Era::Showa,
                year: 64,
                month: 1,
                day: 7
            })
        );
        assert_eq!(
            to_wareki(d(1989, 1, 8)),
            Some(WarekiDate {
                era: Era::Heisei,
                year: 1,
                month: 1,
                day: 8
            })
        );
        assert_eq!(
            to_wareki(d(2019, 4, 30)),
            Some(WarekiDate {
                era: Era::Heisei,
                year: 31,
                month: 4,
                day: 30
            })
        );
        assert_eq!(
            to_wareki(d(2019, 5, 1)),
            Some(WarekiDate {
                era: Era::Reiwa,
                year: 1,
                month: 5,
                day: 1
            })
        );
        assert_eq!(to_wareki(d(1912, 7, 29)).map(|x| x.era), Some(Era::Meiji));
        assert_eq!(to_wareki(d(1912, 7, 30)).map(|x| x.era), Some(Era::Taisho));
        assert_eq!(to_wareki(d(1926, 12, 24)).map(|x| x.era), Some(Era::Taisho));
        assert_eq!(
            to_wareki(d(1926, 12, 25)).map(|x| (x.era, x.year)),
            Some((Era::Showa, 1))
        );
        assert_eq!(
            to_wareki(d(1868, 1, 25)).map(|x| (x.era, x.year)),
            Some((Era::Meiji, 1))
        );
        assert_eq!(to_wareki(d(1868, 1, 24)), None);
        assert_eq!(
            to_wareki(d(2025, 9, 11))
                .map(WarekiDate::japanese)
                .as_deref(),
            Some("令和7年9月11日")
        );
        assert_eq!(
            to_wareki(d(1989, 1, 8))
                .map(WarekiDate::japanese)
                .as_deref(),
            Some("平成元年1月8日")
        );
    }

    #[test]
    fn wareki_to_seireki() {
        assert_eq!(w(Era::Heisei, 10, 1, 1), Ok(d(1998, 1, 1)));
        assert_eq!(w(Era::Showa, 60, 10, 10), Ok(d(1985, 10, 10)));
        assert_eq!(w(Era::Showa, 64, 1, 7), Ok(d(1989, 1, 7)));
        assert_eq!(w(Era::Heisei, 1, 1, 8), Ok(d(1989, 1, 8)));
        assert_eq!(w(Era::Heisei, 31, 4, 30), Ok(d(2019, 4, 30)));
        assert_eq!(w(Era::Reiwa, 1, 5, 1), Ok(d(2019, 5, 1)));
        assert_eq!(
            w(Era::Showa, 64, 1, 8),
            Err(WarekiProblem::OutsideEra {
                date: d(1989, 1, 8),
                actual: Some(WarekiDate {
                    era: Era::Heisei,
                    year: 1,
                    month: 1,
                    day: 8
                })
            })
        );
        assert_eq!(
            w(Era::Heisei, 1, 1, 7),
            Err(WarekiProblem::OutsideEra {
                date: d(1989, 1, 7),
                actual: Some(WarekiDate {
                    era: Era::Showa,
                    year: 64,
                    month: 1,
                    day: 7
                })
            })
        );
        assert!(matches!(
            w(Era::Heisei, 31, 5, 1),
            Err(WarekiProblem::OutsideEra { .. })
        ));
        assert!(matches!(
            w(Era::Reiwa, 1, 4, 30),
            Err(WarekiProblem::OutsideEra { .. })
        ));
        assert_eq!(
            w(Era::Heisei, 32, 1, 1),
            Err(WarekiProblem::OutsideEra {
                date: d(2020, 1, 1),
                actual: Some(WarekiDate {
                    era: Era::Reiwa,
                    year: 2,
                    month: 1,
                    day: 1
                })
            })
        );
        assert!(matches!(
            w(Era::Meiji, 1, 1, 24),
            Err(WarekiProblem::OutsideEra { actual: None, .. })
        ));
        assert_eq!(w(Era::Heisei, 0, 1, 1), Err(WarekiProblem::YearZero));
        assert_eq!(w(Era::Heisei, 5, 13, 1), Err(WarekiProblem::NoSuchMonth));
        // 令和5年 = 2023, a common year; 令和6年 = 2024, a leap year.
        assert_eq!(
            w(Era::Reiwa, 5, 2, 29),
            Err(WarekiProblem::NoSuchDay { days_in_month: 28 })
        );
        assert_eq!(w(Era::Reiwa, 6, 2, 29), Ok(d(2024, 2, 29)));
        assert_eq!(w(Era::Heisei, 12, 2, 29), Ok(d(2000, 2, 29)));
    }

    #[test]
    fn era_names() {
        assert_eq!(Era::parse("平成"), Some(Era::Heisei));
        assert_eq!(Era::parse("Shōwa"), Some(Era::Showa));
        assert_eq!(Era::parse("taisho"), Some(Era::Taisho));
        assert_eq!(Era::parse("Ｒ"), Some(Era::Reiwa));
        assert_eq!(Era::parse("m"), Some(Era::Meiji));
        assert_eq!(Era::parse("慶応"), None);
        assert_eq!(Era::parse(""), None);
    }

    #[test]
    fn birth_dates_as_typed() {
        let heisei = Calendar::Wareki(Era::Heisei);
        assert_eq!(birth(heisei, "10", "01", "01"), Ok(d(1998, 1, 1)));
        assert_eq!(birth(heisei, "元", "1", "8"), Ok(d(1989, 1, 8)));
        assert_eq!(birth(heisei, "１０", "０１", "０１"), Ok(d(1998, 1, 1)));
        assert_eq!(
            birth(Calendar::Seireki, "1985", "10", "10"),
            Ok(d(1985, 10, 10))
        );
        assert_eq!(birth(Calendar::Seireki, "2025", "9", "11"), Ok(TODAY));
        assert_eq!(
            code(Calendar::Seireki, "2025", "9", "12").as_deref(),
            Some("rule-birth-date-future")
        );
        assert_eq!(
            code(Calendar::Wareki(Era::Reiwa), "7", "9", "12").as_deref(),
            Some("rule-birth-date-future")
        );
        assert_eq!(
            code(Calendar::Seireki, "元", "1", "1").as_deref(),
            Some("rule-date-number")
        );
        assert_eq!(
            code(heisei, "10", "", "1").as_deref(),
            Some("rule-required")
        );
        assert_eq!(
            code(heisei, "1O", "1", "1").as_deref(),
            Some("rule-date-number")
        );
        assert_eq!(
            code(heisei, "10", "123", "1").as_deref(),
            Some("rule-date-number")
        );
        assert_eq!(
            code(heisei, "0", "1", "1").as_deref(),
            Some("rule-wareki-year-zero")
        );
        assert_eq!(
            code(heisei, "10", "13", "1").as_deref(),
            Some("rule-date-month")
        );
        assert_eq!(
            code(Calendar::Seireki, "1998", "0", "1").as_deref(),
            Some("rule-date-month")
        );
        assert_eq!(
            birth(Calendar::Seireki, "2023", "2", "29"),
            Err((
                "rule-date-no-such-day".to_owned(),
                vec![("days".to_owned(), RuleArg::Number(28))]
            ))
        );
        assert_eq!(
            birth(heisei, "11", "4", "31"),
            Err((
                "rule-date-no-such-day".to_owned(),
                vec![("days".to_owned(), RuleArg::Number(30))]
            ))
        );
        assert_eq!(
            code(Calendar::Seireki, "1868", "1", "24").as_deref(),
            Some("rule-date-too-early")
        );
        assert_eq!(
            code(Calendar::Wareki(Era::Meiji), "1", "1", "24").as_deref(),
            Some("rule-date-too-early")
        );
        assert_eq!(
            birth(Calendar::Wareki(Era::Meiji), "1", "1", "25"),
            Ok(d(1868, 1, 25))
        );
    }

    #[test]
    fn impossible_era_dates_say_how_to_write_them() {
        assert_eq!(
            birth(Calendar::Wareki(Era::Showa), "64", "1", "8"),
            Err((
                "rule-wareki-other-era".to_owned(),
                vec![
                    ("date".to_owned(), RuleArg::Text("1989-01-08".to_owned())),
                    ("era".to_owned(), RuleArg::Text("heisei".to_owned())),
                    ("year".to_owned(), RuleArg::Number(1)),
                ]
            ))
        );
        assert_eq!(
            birth(Calendar::Wareki(Era::Heisei), "32", "1", "1")
                .map_err(|(m, a)| (m, a.last().cloned())),
            Err((
                "rule-wareki-other-era".to_owned(),
                Some(("year".to_owned(), RuleArg::Number(2)))
            ))
        );
        assert_eq!(code(Calendar::Wareki(Era::Showa), "64", "1", "7"), None);
        assert_eq!(code(Calendar::Wareki(Era::Heisei), "31", "4", "30"), None);
        assert_eq!(
            code(Calendar::Wareki(Era::Heisei), "31", "5", "1").as_deref(),
            Some("rule-wareki-other-era")
        );
        assert_eq!(code(Calendar::Wareki(Era::Reiwa), "1", "5", "1"), None);
        assert_eq!(
            code(Calendar::Wareki(Era::Reiwa), "1", "4", "30").as_deref(),
            Some("rule-wareki-other-era")
        );
        // Far beyond the era's end and in the future: "future" is the useful message.
        assert_eq!(
            code(Calendar::Wareki(Era::Heisei), "99", "1", "1").as_deref(),
            Some("rule-birth-date-future")
        );
    }

    #[test]
    fn ages() {
        let born = d(2024, 5, 10);
        assert_eq!(age_on(born, d(2025, 5, 9)), 0);
        assert!(under_one_year(born, d(2025, 5, 9)));
        assert_eq!(age_on(born, d(2025, 5, 10)), 1);
        assert!(!under_one_year(born, d(2025, 5, 10)));
        assert_eq!(age_on(born, born), 0);
        assert_eq!(age_on(born, d(2024, 1, 1)), 0);
        let leap = d(2024, 2, 29);
        assert_eq!(age_on(leap, d(2025, 2, 28)), 0);
        assert!(under_one_year(leap, d(2025, 2, 28)));
        assert_eq!(age_on(leap, d(2025, 3, 1)), 1);
        assert_eq!(age_on(leap, d(2028, 2, 28)), 3);
        assert_eq!(age_on(leap, d(2028, 2, 29)), 4);
        assert_eq!(age_on(d(1985, 10, 10), d(2025, 9, 11)), 39);
        assert_eq!(age_on(d(1985, 10, 10), d(2025, 10, 10)), 40);
        assert_eq!(age_on(d(2010, 12, 31), d(2025, 12, 31)), 15);
        assert_eq!(age_on(d(2010, 12, 31), d(2025, 12, 30)), 14);
    }
}
