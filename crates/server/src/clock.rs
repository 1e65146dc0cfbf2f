//! Time, injected: every expiry (3 h sessions, 24 h lockouts and links, 7-day reminders) reads
//! the clock in `AppState`, so tests move time instead of waiting.
//!
//! `MADOGUCHI_TEST_HOOKS=1` (off by default) lets a browser test move this server's clock
//! forward over HTTP (`POST /api/test/clock`). The offset lives in this process only: it is a
//! test switch for one instance, never for production.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use madoguchi_rules::CivilDate;

/// Seconds since the Unix epoch.
pub trait Clock: Send + Sync {
    fn now(&self) -> i64;
    /// Moves the clock forward (tests only; see the module comment).
    fn advance(&self, seconds: i64);
}

/// The system clock plus an offset that only ever grows (tests move it forward).
#[derive(Debug, Default)]
pub struct ShiftableClock {
    offset: AtomicI64,
}

impl ShiftableClock {
    pub fn offset(&self) -> i64 {
        self.offset.load(Ordering::SeqCst)
    }
}

impl Clock for ShiftableClock {
    fn now(&self) -> i64 {
        system_now() + self.offset()
    }

    fn advance(&self, seconds: i64) {
        self.offset.fetch_add(seconds, Ordering::SeqCst);
    }
}

/// A clock standing still at a set time, moved by hand (integration tests).
#[derive(Debug)]
pub struct ManualClock(AtomicI64);

impl ManualClock {
    pub fn at(unix: i64) -> Self {
        ManualClock(AtomicI64::new(unix))
    }
}

impl Clock for ManualClock {
    fn now(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }

    fn advance(&self, seconds: i64) {
        self.0.fetch_add(seconds, Ordering::SeqCst);
    }
}

pub fn system_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Japan has had no daylight saving time since 1951: JST is always UTC+9.
pub const JST_OFFSET: i64 = 9 * 3600;
pub const MINUTE: i64 = 60;
pub const HOUR: i64 = 3600;
pub const DAY: i64 = 86_400;

/// Civil date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = u8::try_from(doy - (153 * mp + 2) / 5 + 1).unwrap_or(1);
    let month = u8::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).unwrap_or(1);
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Days since 1970-01-01 of a civil date (inverse of `civil_from_days`).
fn days_from_civil(year: i64, month: u8, day: u8) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year.rem_euclid(400);
    let month = i64::from(month);
    let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Today's date in Japan.
pub fn jst_date(unix: i64) -> CivilDate {
    let (year, month, day) = civil_from_days((unix + JST_OFFSET).div_euclid(DAY));
    let year = i32::try_from(year).unwrap_or(1970);
    CivilDate::new(year, month, day).unwrap_or_else(|| {
        CivilDate::new(1970, 1, 1).unwrap_or_else(|| unreachable!("1970-01-01 exists"))
    })
}

/// `2026-11-22T16:38:05+09:00`: how the API writes instants (Japan time, as the manual's
/// screens show them).
pub fn iso_jst(unix: i64) -> String {
    let local = unix + JST_OFFSET;
    let (year, month, day) = civil_from_days(local.div_euclid(DAY));
    let secs = local.rem_euclid(DAY);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}+09:00",
        secs / HOUR,
        secs % HOUR / MINUTE,
        secs % MINUTE
    )
}

/// `2025-07-23 15:30 (JST)`: instants in mails, readable in every language.
pub fn jst_minutes(unix: i64) -> String {
    let local = unix + JST_OFFSET;
    let (year, month, day) = civil_from_days(local.div_euclid(DAY));
    let secs = local.rem_euclid(DAY);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} (JST)",
        secs / HOUR,
        secs % HOUR / MINUTE
    )
}

/// The same Japan wall-clock time `months` calendar months later (clamped to the month's last
/// day: 31 May + 3 months = 31 August, 30 November + 3 = 28/29 February).
pub fn add_months_jst(unix: i64, months: u8) -> i64 {
    let local = unix + JST_OFFSET;
    let (year, month, day) = civil_from_days(local.div_euclid(DAY));
    let secs = local.rem_euclid(DAY);
    let index = year * 12 + i64::from(month) - 1 + i64::from(months);
    let (new_year, new_month) = (index.div_euclid(12), u8::try_from(index.rem_euclid(12) + 1));
    let new_month = new_month.unwrap_or(1);
    let last =
        madoguchi_rules::wareki::days_in_month(i32::try_from(new_year).unwrap_or(1970), new_month);
    days_from_civil(new_year, new_month, day.min(last)) * DAY + secs - JST_OFFSET
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_japan() {
        // 2026-11-22 07:38:47 UTC is 16:38:47 in Tokyo.
        assert_eq!(iso_jst(1_795_333_127), "2026-11-22T16:38:47+09:00");
        assert_eq!(jst_date(1_795_333_127).to_string(), "2026-11-22");
        // 15:00 UTC on 31 December is already 1 January in Japan.
        assert_eq!(jst_date(1_767_193_200).to_string(), "2026-01-01");
        assert_eq!(iso_jst(0), "1970-01-01T09:00:00+09:00");
        for days in [-800_000, -1, 0, 1, 59, 10_957, 20_000, 2_000_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn months_are_calendar_months() {
        let may_31 = days_from_civil(2025, 5, 31) * DAY + 15 * HOUR - JST_OFFSET;
        assert_eq!(iso_jst(may_31), "2025-05-31T15:00:00+09:00");
        assert_eq!(
            iso_jst(add_months_jst(may_31, 3)),
            "2025-08-31T15:00:00+09:00"
        );
        let nov_30 = days_from_civil(2027, 11, 30) * DAY - JST_OFFSET;
        assert_eq!(
            iso_jst(add_months_jst(nov_30, 3)),
            "2028-02-29T00:00:00+09:00"
        );
        assert_eq!(
            iso_jst(add_months_jst(nov_30, 15)),
            "2029-02-28T00:00:00+09:00"
        );
    }

    #[test]
    fn clocks_move_forward() {
        let clock = ManualClock::at(1000);
        clock.advance(3 * HOUR);
        assert_eq!(clock.now(), 1000 + 3 * HOUR);
        let shiftable = ShiftableClock::default();
        let before = shiftable.now();
        shiftable.advance(DAY);
        assert!(shiftable.now() >= before + DAY);
        assert_eq!(shiftable.offset(), DAY);
    }
}
