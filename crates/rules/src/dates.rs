//! Dates and times as the app shows them: parsed from what the API and the card send, handed
//! to a Fluent message as parts so each language's pattern (in `locales/`) decides the wording.
//!
//! Inputs are the API's instants (`2026-11-22T16:38:05+09:00`, RFC 3339 with any offset, shown
//! in Japan time because every deadline the app shows is a Japanese office's), plain dates
//! (`2026-12-02`) and the residence card's compact dates (`20261202`). Anything else is shown
//! as given rather than guessed at.

use crate::error::RuleArg;
use crate::wareki::{CivilDate, to_wareki};

/// Japan has had no daylight saving time since 1951: one fixed offset.
const JAPAN_OFFSET_MINUTES: i64 = 9 * 60;

/// The message showing a date: parts `year`, `month`, `day`, `era`, `eraYear`.
pub const DATE_MESSAGE: &str = "date-long";
/// The message showing a date and a time: the date's parts plus `hour`, `minute`.
pub const DATE_TIME_MESSAGE: &str = "date-time";
/// The message showing a time of day: `hour`, `minute`.
pub const TIME_MESSAGE: &str = "time-short";

/// A moment or a day to show, in Japan time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown {
    pub date: CivilDate,
    /// Hour and minute, for instants.
    pub time: Option<(u8, u8)>,
}

/// What to show for `text`: `None` when it is no date we understand (show it unchanged).
pub fn parse(text: &str) -> Option<Shown> {
    let text = text.trim();
    if text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()) {
        let iso = format!("{}-{}-{}", &text[0..4], &text[4..6], &text[6..8]);
        return CivilDate::parse_iso(&iso).map(|date| Shown { date, time: None });
    }
    let date = CivilDate::parse_iso(text.get(0..10)?)?;
    let rest = &text[10..];
    if rest.is_empty() {
        return Some(Shown { date, time: None });
    }
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let hour = two_digits(rest.get(0..2)?).filter(|h| *h < 24)?;
    let minute = two_digits(rest.get(3..5)?).filter(|m| *m < 60)?;
    if rest.as_bytes()[2] != b':' {
        return None;
    }
    let mut rest = &rest[5..];
    if let Some(seconds) = rest.strip_prefix(':') {
        two_digits(seconds.get(0..2)?).filter(|s| *s <= 60)?;
        rest = &seconds[2..];
        if let Some(fraction) = rest.strip_prefix('.') {
            let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            rest = &fraction[digits..];
        }
    }
    let offset = match rest {
        // Without an offset the API means Japan time.
        "" => JAPAN_OFFSET_MINUTES,
        "Z" | "z" => 0,
        _ => {
            let sign = match rest.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            if rest.len() != 6 || rest.as_bytes()[3] != b':' {
                return None;
            }
            let hours = two_digits(&rest[1..3]).filter(|h| *h < 24)?;
            let minutes = two_digits(&rest[4..6]).filter(|m| *m < 60)?;
            sign * (i64::from(hours) * 60 + i64::from(minutes))
        }
    };
    let local = days_from_civil(date) * 1440 + i64::from(hour) * 60 + i64::from(minute);
    let japan = local - offset + JAPAN_OFFSET_MINUTES;
    let date = civil_from_days(japan.div_euclid(1440))?;
    let minutes = japan.rem_euclid(1440);
    let time = (
        u8::try_from(minutes / 60).ok()?,
        u8::try_from(minutes % 60).ok()?,
    );
    Some(Shown {
        date,
        time: Some(time),
    })
}

fn two_digits(text: &str) -> Option<u8> {
    (text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// Days since 1970-01-01 (negative before), proleptic Gregorian.
fn days_from_civil(date: CivilDate) -> i64 {
    // Counting years from March puts the leap day last, so the day of the year is a formula.
    let (year, month) = if date.month() <= 2 {
        (i64::from(date.year()) - 1, i64::from(date.month()) + 9)
    } else {
        (i64::from(date.year()), i64::from(date.month()) - 3)
    };
    let era = year.div_euclid(400);
    let year_of_era = year.rem_euclid(400);
    let day_of_year = (153 * month + 2) / 5 + i64::from(date.day()) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// Inverse of [`days_from_civil`].
fn civil_from_days(days: i64) -> Option<CivilDate> {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    CivilDate::new(
        i32::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
}

impl Shown {
    /// The Fluent message and its arguments. Before 明治 (no era) `era` is `none`.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, RuleArg)>) {
        let date = self.date;
        let (era, era_year) = match to_wareki(date) {
            Some(w) => (w.era.key(), i64::from(w.year)),
            None => ("none", 0),
        };
        let mut args = vec![
            ("year", RuleArg::Number(i64::from(date.year()))),
            ("month", RuleArg::Number(i64::from(date.month()))),
            ("day", RuleArg::Number(i64::from(date.day()))),
            ("era", RuleArg::Text(era.to_owned())),
            ("eraYear", RuleArg::Number(era_year)),
        ];
        match self.time {
            Some(time) => {
                args.extend(time_args(time));
                (DATE_TIME_MESSAGE, args)
            }
            None => (DATE_MESSAGE, args),
        }
    }

    /// Only the time of day (a date's is `None`): for deadlines later the same day.
    pub fn time_message(&self) -> Option<(&'static str, Vec<(&'static str, RuleArg)>)> {
        self.time
            .map(|time| (TIME_MESSAGE, time_args(time).into_iter().collect()))
    }
}

/// Minutes always have two digits (`9:05`); hours as numbers, as every locale writes them.
fn time_args((hour, minute): (u8, u8)) -> [(&'static str, RuleArg); 2] {
    [
        ("hour", RuleArg::Number(i64::from(hour))),
        ("minute", RuleArg::Text(format!("{minute:02}"))),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use madoguchi_l10n::{Args, Locale, Localizer, furigana};

    fn d(year: i32, month: u8, day: u8) -> CivilDate {
        CivilDate::new(year, month, day).unwrap_or_else(|| panic!("{year}-{month}-{day}"))
    }

    fn shown(text: &str) -> Shown {
        parse(text).unwrap_or_else(|| panic!("{text} should parse"))
    }

    /// What the app shows for `text` in `locale`, furigana stripped.
    fn show(localizer: &Localizer, locale: Locale, text: &str) -> String {
        let (key, parts) = shown(text).message();
        furigana::plain_text(&localizer.message(locale, key, Some(&args(&parts))))
    }

    fn args(parts: &[(&'static str, RuleArg)]) -> Args<'static> {
        let mut args = Args::new();
        for (name, value) in parts {
            match value {
                RuleArg::Number(n) => args.set(*name, *n),
                RuleArg::Text(t) => args.set(*name, t.clone()),
            }
        }
        args
    }

    #[test]
    fn instants_are_shown_in_japan_time() {
        assert_eq!(
            shown("2026-11-22T16:38:05+09:00"),
            Shown {
                date: d(2026, 11, 22),
                time: Some((16, 38))
            }
        );
        // Midnight UTC on New Year's Eve is already 9 in the morning of New Year's Day.
        assert_eq!(
            shown("2026-12-31T15:00:00Z"),
            Shown {
                date: d(2027, 1, 1),
                time: Some((0, 0))
            }
        );
        assert_eq!(
            shown("2024-02-28T20:30:00.123456-05:00"),
            Shown {
                date: d(2024, 2, 29),
                time: Some((10, 30))
            }
        );
        assert_eq!(shown("2026-11-22T16:38").time, Some((16, 38)));
        assert_eq!(shown("2026-11-22 16:38:05+09:00").time, Some((16, 38)));
    }

    #[test]
    fn plain_and_compact_dates() {
        assert_eq!(
            shown("2026-12-02"),
            Shown {
                date: d(2026, 12, 2),
                time: None
            }
        );
        assert_eq!(shown("20300101").date, d(2030, 1, 1));
    }

    #[test]
    fn bad_input_is_not_a_date() {
        for text in [
            "",
            "soon",
            "2026-13-01",
            "2026-02-29",
            "20260229",
            "2026-1-2",
            "2026-11-22T",
            "2026-11-22T24:00:00+09:00",
            "2026-11-22T16:60:00+09:00",
            "2026-11-22T16:38:05+0900",
            "2026-11-22T16:38:05.+09:00",
            "2026-11-22T16:38:05+09:00junk",
            "2026-11-22T16-38",
            "２０２６-11-22",
            "2026-11-22Tä",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn day_counting_round_trips() {
        assert_eq!(days_from_civil(d(1970, 1, 1)), 0);
        assert_eq!(days_from_civil(d(2000, 3, 1)), 11_017);
        assert_eq!(days_from_civil(d(1969, 12, 31)), -1);
        let mut date = d(1868, 1, 1);
        let mut days = days_from_civil(date);
        while date < d(2101, 1, 1) {
            assert_eq!(civil_from_days(days), Some(date));
            let next = civil_from_days(days + 1).expect("next day");
            assert_eq!(next.previous_day(), date);
            date = next;
            days += 1;
        }
    }

    #[test]
    fn each_language_writes_the_date_its_way() {
        let localizer = Localizer::new();
        let expected = [
            (Locale::Ja, "令和8年12月2日（2026年）"),
            (Locale::En, "2 December 2026"),
            (Locale::ZhHans, "2026年12月2日"),
            (Locale::ZhHant, "2026年12月2日"),
            (Locale::Ko, "2026년 12월 2일"),
            (Locale::Es, "2 de diciembre de 2026"),
            (Locale::Vi, "ngày 2 tháng 12 năm 2026"),
            (Locale::Tl, "Disyembre 2, 2026"),
        ];
        for (locale, text) in expected {
            assert_eq!(show(&localizer, locale, "2026-12-02"), text, "{locale:?}");
        }
        assert_eq!(
            show(&localizer, Locale::Ja, "2026-11-22T16:38:05+09:00"),
            "令和8年11月22日（2026年）16:38"
        );
        assert_eq!(
            show(&localizer, Locale::En, "2026-11-22T09:05:00+09:00"),
            "22 November 2026, 9:05"
        );
    }

    #[test]
    fn every_month_has_its_name() {
        let localizer = Localizer::new();
        for locale in Locale::ALL {
            let mut seen = std::collections::BTreeSet::new();
            for month in 1..=12 {
                let text = show(&localizer, locale, &format!("2026-{month:02}-15"));
                assert!(seen.insert(text.clone()), "{locale:?} repeats {text}");
            }
        }
    }

    #[test]
    fn era_boundaries_and_first_years() {
        let localizer = Localizer::new();
        let ja = |text| show(&localizer, Locale::Ja, text);
        assert_eq!(ja("1989-01-07"), "昭和64年1月7日（1989年）");
        assert_eq!(ja("1989-01-08"), "平成元年1月8日（1989年）");
        assert_eq!(ja("2019-04-30"), "平成31年4月30日（2019年）");
        assert_eq!(ja("2019-05-01"), "令和元年5月1日（2019年）");
        assert_eq!(ja("2020-01-01"), "令和2年1月1日（2020年）");
        assert_eq!(ja("1926-12-25"), "昭和元年12月25日（1926年）");
        assert_eq!(ja("1912-07-30"), "大正元年7月30日（1912年）");
        assert_eq!(ja("1868-01-25"), "明治元年1月25日（1868年）");
        // Before 明治 there is no era to name: the Western year alone.
        assert_eq!(ja("1868-01-24"), "1868年1月24日");
        // Japan time decides the era: 15:00 UTC on 30 April 2019 was midnight of 令和元年.
        assert_eq!(ja("2019-04-30T15:00:00Z"), "令和元年5月1日（2019年）0:00");
        assert_eq!(ja("2019-04-30T14:59:59Z"), "平成31年4月30日（2019年）23:59");
    }

    #[test]
    fn era_names_carry_furigana_for_easy_japanese() {
        let localizer = Localizer::new();
        let (key, parts) = shown("2019-05-01").message();
        let text = localizer.message(Locale::Ja, key, Some(&args(&parts)));
        assert!(
            text.contains("｜令和《れいわ》｜元年《がんねん》"),
            "{text}"
        );
        assert!(furigana::unannotated_kanji(&text).is_empty(), "{text}");
    }

    #[test]
    fn times_of_day() {
        let localizer = Localizer::new();
        let (key, parts) = shown("2026-11-22T19:08:00+09:00")
            .time_message()
            .expect("an instant has a time");
        assert_eq!(
            localizer.message(Locale::Ja, key, Some(&args(&parts))),
            "19:08"
        );
        assert_eq!(shown("2026-11-22").time_message(), None);
    }

    #[test]
    fn date_messages_name_only_parts_the_code_passes() {
        let localizer = Localizer::new();
        for locale in Locale::ALL {
            for key in [DATE_MESSAGE, DATE_TIME_MESSAGE, TIME_MESSAGE] {
                assert!(localizer.has_message(locale, key), "{locale:?} {key}");
            }
        }
        // A misspelt part would make Fluent print `{$mnoth}`.
        for locale in Locale::ALL {
            let text = show(&localizer, locale, "2026-11-22T16:38:05+09:00");
            assert!(!text.contains('{'), "{locale:?}: {text}");
        }
    }
}
