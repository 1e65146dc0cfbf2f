//! Value parsers for what the Residence Card prints: card number, dates in either calendar,
//! sex, period of stay, Latin name. Each takes normalised recognised text (label or not) and
//! tolerates the recogniser's usual slips.

use madoguchi_rules::{CivilDate, Era, WarekiDate, residence_card_number};
use serde::Serialize;

use crate::mrz::{Kind, candidates};
use crate::normalize::is_kana;
pub(super) use crate::towns::is_chome_numeral;
use crate::towns::looks_like_me;

/// Which calendar a date was printed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Calendar {
    /// 西暦 (`1985年12月31日`).
    Gregorian,
    /// 和暦 (`平成10年1月1日`).
    Japanese,
}

/// A date as printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PrintedDate {
    #[serde(serialize_with = "crate::serde_util::iso")]
    pub date: CivilDate,
    pub calendar: Calendar,
}

/// Sex as printed (`男 M`, `女 F`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sex {
    Male,
    Female,
}

/// 在留期間: years and months (`4年3月`), or days for short stays, or no limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PeriodOfStay {
    Term {
        years: u8,
        months: u8,
        days: u16,
    },
    /// 無期限 (permanent residents).
    Indefinite,
}

/// The periods of stay of 入管法施行規則 別表第二 a Residence Card may print: those over three
/// months (a shorter stay gets no card) and 3月. Besides them a card prints 無期限, or a period
/// the Minister designated (特定活動, 定住者).
pub const PRESCRIBED_PERIODS: [PeriodOfStay; 12] = {
    const fn term(years: u8, months: u8) -> PeriodOfStay {
        PeriodOfStay::Term {
            years,
            months,
            days: 0,
        }
    }
    [
        term(5, 0),
        term(4, 3),
        term(4, 0),
        term(3, 3),
        term(3, 0),
        term(2, 3),
        term(2, 0),
        term(1, 3),
        term(1, 0),
        term(0, 6),
        term(0, 4),
        term(0, 3),
    ]
};

impl PeriodOfStay {
    /// As the card prints it: `4年3月`, `6月`, `90日`, `無期限`.
    pub fn printed(self) -> String {
        match self {
            PeriodOfStay::Indefinite => "無期限".to_owned(),
            PeriodOfStay::Term {
                years,
                months,
                days,
            } => {
                let mut out = String::new();
                for (n, unit) in [
                    (u16::from(years), '年'),
                    (u16::from(months), '月'),
                    (days, '日'),
                ] {
                    if n > 0 {
                        out.push_str(&format!("{n}{unit}"));
                    }
                }
                out
            }
        }
    }
}

/// Every date in `text`, in order, with the byte range it came from.
pub fn dates(text: &str) -> Vec<(PrintedDate, std::ops::Range<usize>)> {
    dates_in(text, era_before)
}

/// Every date in `text` written in `era` whose era name lost one of its two kanji to the blur
/// (`和38年9月21日`, the 昭 lost), read as `era`'s. 和 is both 昭和's and 令和's: the caller
/// weighs the eras against each other.
pub fn dates_with_half_era(text: &str, era: Era) -> Vec<PrintedDate> {
    let half_era = |chars: &[(usize, char)], year_start: usize| {
        if era_before(chars, year_start).is_some() {
            return None;
        }
        let last = year_start.checked_sub(1)?;
        era.kanji().contains(chars[last].1).then_some((era, last))
    };
    dates_in(text, half_era)
        .into_iter()
        .map(|(date, _)| date)
        .filter(|date| date.calendar == Calendar::Japanese)
        .collect()
}

/// [`dates`], with `era_at` giving the era written before a year (and where it starts).
fn dates_in(
    text: &str,
    era_at: impl Fn(&[(usize, char)], usize) -> Option<(Era, usize)>,
) -> Vec<(PrintedDate, std::ops::Range<usize>)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut runs: Vec<(usize, usize)> = Vec::new(); // char index ranges of digit runs
    let mut i = 0;
    while i < chars.len() {
        if chars[i].1.is_ascii_digit() || chars[i].1 == '元' {
            let start = i;
            while i < chars.len() && (chars[i].1.is_ascii_digit() || chars[i].1 == '元') {
                i += 1;
            }
            runs.push((start, i));
        } else {
            i += 1;
        }
    }
    let byte = |ci: usize| chars.get(ci).map_or(text.len(), |c| c.0);
    let number = |(s, e): (usize, usize)| -> Option<u32> {
        let digits: String = chars[s..e].iter().map(|c| c.1).collect();
        if digits == "元" {
            Some(1)
        } else {
            digits.parse().ok()
        }
    };
    let gregorian = |date, from: usize, to: usize| {
        (
            PrintedDate {
                date,
                calendar: Calendar::Gregorian,
            },
            byte(from)..byte(to),
        )
    };
    let mut out = Vec::new();
    let mut r = 0;
    while r < runs.len() {
        let (s, e) = runs[r];
        // 20300401 in one run.
        if e - s == 8 {
            let n = number(runs[r]).unwrap_or(0);
            if let Some(date) = civil(n / 10000, (n / 100) % 100, n % 100) {
                out.push(gregorian(date, s, e));
                r += 1;
                continue;
            }
        }
        // 年 read as a digit: the year, that digit and the month in one run, then the day
        // (`1985405月19日`).
        if r + 1 < runs.len()
            && (6..=7).contains(&(e - s))
            && runs[r + 1].0 - e <= 2
            && (r + 2 >= runs.len() || runs[r + 2].0 - runs[r + 1].1 > 2)
        {
            let digits: Vec<u32> = chars[s..e]
                .iter()
                .filter_map(|c| c.1.to_digit(10))
                .collect();
            let value = |ds: &[u32]| ds.iter().fold(0, |n, d| n * 10 + d);
            let day = number(runs[r + 1]).map(undoubled);
            let date = day.and_then(|d| civil(value(&digits[..4]), value(&digits[5..]), d));
            if let Some(date) = date.filter(|_| digits.len() == e - s) {
                let end = runs[r + 1].1;
                let day_end = end + usize::from(chars.get(end).is_some_and(|c| c.1 == '日'));
                out.push(gregorian(date, s, day_end));
                r += 2;
                continue;
            }
        }
        // Three runs close together: year, month, day with any separators (年月日 . / -).
        if r + 2 < runs.len() && runs[r + 1].0 - e <= 2 && runs[r + 2].0 - runs[r + 1].1 <= 2 {
            // A month or day of three digits is one whose digit CTC emitted twice (`1１１日`).
            let (y, m, d) = (
                number(runs[r]),
                number(runs[r + 1]).map(undoubled),
                number(runs[r + 2]).map(undoubled),
            );
            let end = runs[r + 2].1;
            let day_end = if chars.get(end).is_some_and(|c| c.1 == '日') {
                end + 1
            } else {
                end
            };
            if let (Some(y), Some(m), Some(d)) = (y, m, d) {
                let era = era_at(&chars, s);
                let parsed = match era {
                    Some((era, era_start)) if y < 100 => wareki(era, y, m, d).map(|date| {
                        (
                            PrintedDate {
                                date,
                                calendar: Calendar::Japanese,
                            },
                            era_start,
                        )
                    }),
                    _ if e - s == 4 => civil(y, m, d).map(|date| {
                        (
                            PrintedDate {
                                date,
                                calendar: Calendar::Gregorian,
                            },
                            s,
                        )
                    }),
                    // Stray digits before a year (`このカードは２2030年`, the space read as 2),
                    // or one after it (`19715年`).
                    _ if (5..=6).contains(&(e - s)) => {
                        let year = |n: u32| (1900..2100).contains(&n).then_some(n);
                        let digits = (e - s) as u32;
                        year(y % 10_000)
                            .map(|y| (y, s + (e - s) - 4))
                            .or_else(|| {
                                let first = y / 10u32.pow(digits - 4);
                                year(first).filter(|_| digits == 5).map(|y| (y, s))
                            })
                            .and_then(|(y, start)| {
                                civil(y, m, d).map(|date| {
                                    (
                                        PrintedDate {
                                            date,
                                            calendar: Calendar::Gregorian,
                                        },
                                        start,
                                    )
                                })
                            })
                    }
                    _ => None,
                };
                if let Some((date, start)) = parsed {
                    out.push((date, byte(start)..byte(day_end)));
                    r += 3;
                    continue;
                }
            }
        }
        r += 1;
    }
    out
}

/// A three-digit month or day with a repeated digit, read once (`111` → 11, `122` → 12);
/// anything else as it is (and then no valid date).
fn undoubled(n: u32) -> u32 {
    if !(100..1000).contains(&n) {
        return n;
    }
    let (a, b, c) = (n / 100, (n / 10) % 10, n % 10);
    if a == b {
        b * 10 + c
    } else if b == c {
        a * 10 + b
    } else {
        n
    }
}

fn civil(y: u32, m: u32, d: u32) -> Option<CivilDate> {
    CivilDate::new(
        i32::try_from(y).ok()?,
        u8::try_from(m).ok()?,
        u8::try_from(d).ok()?,
    )
}

/// The date `y`年`m`月`d`日 of `era`, if the era has it.
pub(super) fn wareki(era: Era, y: u32, m: u32, d: u32) -> Option<CivilDate> {
    WarekiDate {
        era,
        year: y,
        month: u8::try_from(m).ok()?,
        day: u8::try_from(d).ok()?,
    }
    .to_seireki()
    .ok()
}

/// The era name just before a year (`平成` or `H`), with the char index where it starts.
fn era_before(chars: &[(usize, char)], year_start: usize) -> Option<(Era, usize)> {
    let before: String = chars[year_start.saturating_sub(2)..year_start]
        .iter()
        .map(|c| c.1)
        .collect();
    for era in Era::ALL {
        if before.ends_with(era.kanji()) {
            return Some((era, year_start - 2));
        }
    }
    let last = year_start.checked_sub(1)?;
    let letter = chars[last].1.to_string();
    Era::parse(&letter)
        .filter(|_| chars[last].1.is_ascii_alphabetic())
        .map(|era| (era, last))
}

/// The card number (`AB12345678CD`) somewhere in `text`, reading look-alikes by position
/// (letters at both ends, digits between). Returns the number and how many characters had to
/// be read as their look-alike.
pub fn card_number(text: &str) -> Option<(String, usize)> {
    card_number_read(text, |_, _, _| None)
}

/// [`card_number`], where `second_choice(i, kind, table)` may name, for the text's character
/// `i` when it is of the wrong kind for its place, the character of `kind` the recogniser saw
/// there next, given the look-alike table's `table` choices: a blurred `Q` read `0` may still
/// have kept `Q` above `O`, which the table would give.
pub(crate) fn card_number_read(
    text: &str,
    second_choice: impl Fn(usize, Kind, &[char]) -> Option<char>,
) -> Option<(String, usize)> {
    // The text's ASCII letters and digits (full-width ones too) with their character index.
    let alnum: Vec<(usize, char)> = text
        .chars()
        .enumerate()
        .filter_map(|(i, c)| {
            let c = madoguchi_rules::text::to_half_width(c.encode_utf8(&mut [0; 4]))
                .chars()
                .next()?
                .to_ascii_uppercase();
            c.is_ascii_alphanumeric().then_some((i, c))
        })
        .collect();
    if alnum.len() < 12 {
        return None;
    }
    (0..=alnum.len() - 12)
        .filter_map(|start| {
            let window = &alnum[start..start + 12];
            let mut changes = 0;
            let read: String = window
                .iter()
                .enumerate()
                .map(|(place, &(index, c))| {
                    let kind = if (2..10).contains(&place) {
                        Kind::Digits
                    } else {
                        Kind::Letters
                    };
                    let options = candidates(c, kind);
                    let chosen = if options == [c] {
                        c
                    } else if let Some(seen) = second_choice(index, kind, &options) {
                        seen
                    } else if options.len() == 1 {
                        options[0]
                    } else {
                        '?'
                    };
                    if chosen != c {
                        changes += 1;
                    }
                    chosen
                })
                .collect();
            let valid = residence_card_number("card-number", &read).ok()?;
            Some((valid.as_str().to_owned(), changes))
        })
        .min_by_key(|(_, changes)| *changes)
}

/// 男/女 or M/F; when both the kanji and the letter are there they must agree.
pub fn sex(text: &str) -> Option<(Sex, bool)> {
    let kanji = text.chars().find_map(|c| match c {
        '男' => Some(Sex::Male),
        '女' => Some(Sex::Female),
        _ => None,
    });
    let letter = text
        .split(|c: char| !c.is_ascii_alphabetic())
        // Small print's capital often reads in lower case (`男m.`).
        .find_map(|word| match word {
            "M" | "m" => Some(Sex::Male),
            "F" | "f" => Some(Sex::Female),
            _ => None,
        });
    match (kanji, letter) {
        (Some(k), Some(l)) if k == l => Some((k, true)),
        (Some(_), Some(_)) => None,
        (Some(one), None) | (None, Some(one)) => Some((one, false)),
        (None, None) => None,
    }
}

/// `4年3月`, `5年`, `6月`, `90日`, `無期限`; the part before a parenthesis, or before the
/// expiry date's year where small print lost the parenthesis (`2年3月2024年11月25日)`).
pub fn period_of_stay(text: &str) -> Option<PeriodOfStay> {
    let head = period_part(text);
    // A closing parenthesis with no opening one ends something else: the expiry date's tail
    // (`…02月21日)`) or the label's `(満了日)`, whose `日)` is no period of days.
    if head.contains([')', '）']) {
        return None;
    }
    if head.contains("無期限") {
        return Some(PeriodOfStay::Indefinite);
    }
    let mut years = 0u8;
    let mut months = 0u8;
    let mut days = 0u16;
    let mut digits = String::new();
    let mut found = false;
    for c in head.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let value = digits.parse::<u16>().ok();
        digits.clear();
        let Some(value) = value else { continue };
        match c {
            '年' => years = u8::try_from(value).ok()?,
            '月' | 'ヶ' | 'か' | 'カ' | 'ケ' | '箇' => months = u8::try_from(value).ok()?,
            '日' => days = value,
            _ => continue,
        }
        found = true;
    }
    let plausible = years <= 10 && months < 12 && days <= 365;
    (found && plausible && (years, months, days) != (0, 0, 0)).then_some(PeriodOfStay::Term {
        years,
        months,
        days,
    })
}

/// The part of a period line that prints the period: before a parenthesis, or before the
/// expiry date's year.
pub fn period_part(text: &str) -> &str {
    let head = text.split(['(', '（']).next().unwrap_or(text);
    before_a_year(head).unwrap_or(head)
}

/// The text before its first four-digit year (`2024年`).
fn before_a_year(text: &str) -> Option<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    chars.windows(5).find_map(|w| {
        let year = w[..4].iter().all(|(_, c)| c.is_ascii_digit()) && w[4].1 == '年';
        year.then(|| &text[..w[0].0])
    })
}

/// The address as printed: the prefecture it starts with spelled as the prefecture is (the
/// recogniser's `福岡泉` is 福岡県), the municipality after it as the municipality is
/// (`山市北区` is 岡山市北区, see [`crate::municipalities::at_start`]), its 丁目 as addresses
/// write it (see [`chome`]) and a misread word of its building's name respelled (see
/// [`crate::buildings::respell`]).
pub fn address_text(text: &str, prefecture: &crate::vocab::TermMatch) -> String {
    // Where the prefecture's stretch ends in the text (spaces do not count, as in matching).
    let mut seen = 0;
    let split = text
        .char_indices()
        .find(|&(_, c)| {
            if seen == prefecture.matched_chars {
                return true;
            }
            seen += usize::from(!c.is_whitespace());
            false
        })
        .map_or(text.len(), |(i, _)| i);
    let (start, tail) = text.split_at(split);
    let tail = tail.trim_start();
    // Only a near miss is respelled: more edits mean the prefecture itself is in doubt, and so
    // is which list the municipality after it comes from.
    let (start, tail) = if prefecture.distance <= 1 {
        let tail = match crate::municipalities::at_start(prefecture.term.key, tail) {
            Some((municipality, covered)) => {
                let rest: String = tail.chars().skip(covered).collect();
                format!("{municipality}{rest}")
            }
            None => tail.to_owned(),
        };
        (prefecture.term.japanese, tail)
    } else {
        (start, tail.to_owned())
    };
    finished_address(start, &tail)
}

/// An address from its respelled start: its 丁目 written as addresses write it (see [`chome`])
/// and a misread word of its building's name respelled (see [`crate::buildings::respell`]).
fn finished_address(start: &str, rest: &str) -> String {
    crate::buildings::respell(&block_numbers(&chome(&format!("{start}{rest}"))))
}

/// What a digit of a block or house number can be misread as in small print: `S` for 5, `O`
/// for 0, `l` for 1, `日` for a squeezed 11.
fn digits_of_lookalike(c: char) -> Option<&'static str> {
    Some(match c {
        'S' | 's' => "5",
        'O' | 'o' | '〇' | 'D' => "0",
        'I' | 'l' | '|' => "1",
        'B' => "8",
        'Z' | 'z' => "2",
        'g' | 'q' => "9",
        '日' => "11",
        _ => return None,
    })
}

/// `part` as a block or house number: its look-alikes read as the digits they stand for (see
/// [`digits_of_lookalike`]) and a leading 0 dropped (no such number starts with 0: `九丁021番`
/// read 目 as 0), when that leaves one to four digits; else `None`.
fn block_number(part: &[char]) -> Option<String> {
    let mut digits = String::new();
    for &c in part {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            digits.push_str(digits_of_lookalike(c)?);
        }
    }
    let digits = match digits.strip_prefix('0') {
        Some(rest) if !rest.is_empty() => rest.to_owned(),
        _ => digits,
    };
    ((1..=4).contains(&digits.len()) && !digits.starts_with('0')).then_some(digits)
}

/// The block and house numbers of an address as printed, where small print misread a digit:
/// in a `…丁目X番Y号` block, X and Y (see [`block_number`]); in a hyphenated `X-Y-Z` block, a
/// dot read for its last hyphen (`4-12.5`). Other text, and numbers that would not be one to
/// four digits, stay as read.
fn block_numbers(address: &str) -> String {
    let chars: Vec<char> = address.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(chars.len() + 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '目' && i > 0 && chars[i - 1] == '丁' {
            out.push('目');
            i += 1;
            let ban = chars[i..].iter().position(|&c| c == '番').map(|p| i + p);
            let go = ban.and_then(|b| chars[b..].iter().position(|&c| c == '号').map(|p| b + p));
            if let (Some(ban), Some(go)) = (ban, go)
                && let (Some(block), Some(house)) = (
                    block_number(&chars[i..ban]),
                    block_number(&chars[ban + 1..go]),
                )
            {
                out.extend(block.chars());
                out.push('番');
                out.extend(house.chars());
                out.push('号');
                i = go + 1;
            }
            continue;
        }
        let hyphen_before = i >= 2 && chars[i - 1].is_ascii_digit() && {
            let digits = chars[..i]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_digit())
                .count();
            i > digits && chars[i - digits - 1] == '-'
        };
        if matches!(chars[i], '.' | '．' | '・')
            && hyphen_before
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
        {
            out.push('-');
        } else {
            out.push(chars[i]);
        }
        i += 1;
    }
    out.into_iter().collect()
}

/// The address as printed when its prefecture and municipality were recognised only together
/// (see [`crate::municipalities::with_prefecture_at_start`]): the two names as they are, then
/// the rest of the text as [`address_text`] treats it.
pub fn address_after_place(text: &str, place: &crate::municipalities::PlaceAtStart) -> String {
    let rest: String = text.chars().skip(place.covered).collect();
    address_with_place(place.prefecture.japanese, place.municipality, &rest)
}

/// The address of a prefecture and municipality known by name, then the `rest` of the text
/// as [`address_text`] treats it.
pub fn address_with_place(prefecture: &str, municipality: &str, rest: &str) -> String {
    finished_address(&format!("{prefecture}{municipality}"), rest)
}

/// The 丁目 and block number of an address as addresses write them, where small print lost or
/// changed a character: 目's look-alikes after 丁 are 目 (`丁日`, `丁自`, `丁面`), and so is any
/// character between a numeral's 丁 and a `…番…号` block number (`七丁国6番15号`); 丁 before the
/// block number is 丁目 (`九丁24番` lost its 目); 丁's look-alikes between a numeral and 目
/// are 丁 (`七工目`, `九厂日`); the numeral before 丁目 is one (`ー`, `西`, `大`, `人` are
/// 一, 四, 六, 八: no 丁目 is "west" or "big"; katakana `ニ`, `ハ` are 二, 八); and a single
/// character between the block and house numbers of a `…番…号` address is 番 (`26器18号`).
fn chome(address: &str) -> String {
    let mut chars: Vec<char> = address.chars().collect();
    // 丁's look-alikes first, so that the numeral before them is seen as before 丁.
    for i in 1..chars.len().saturating_sub(1) {
        if "工厂".contains(chars[i])
            && is_chome_numeral(chars[i - 1])
            && looks_like_me(chars[i + 1])
        {
            chars[i] = '丁';
        }
    }
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let house_number_after = |i: usize| {
        let digits = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        digits > 0 && chars.get(i + digits) == Some(&'号')
    };
    // `26番18号` from `i` on, its 番 read as anything.
    let block_and_house_number = |i: usize| {
        let digits = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let after = i + digits;
        digits > 0
            && chars.get(after).is_some_and(|c| !c.is_ascii())
            && house_number_after(after + 1)
    };
    let mut out = String::with_capacity(address.len() + 3);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let before_chome =
            next == Some('丁') && chars.get(i + 2).copied().is_some_and(looks_like_me);
        match c {
            'ー' if next == Some('丁') && prev.is_some_and(|p| !is_kana(p)) => out.push('一'),
            '西' if next == Some('丁') => out.push('四'),
            '大' if before_chome => out.push('六'),
            '人' | '入' | 'ハ' if before_chome => out.push('八'),
            // Katakana ニ is kanji 二 drawn alike.
            'ニ' if before_chome => out.push('二'),
            '日' | '自' if prev == Some('丁') => out.push('目'),
            // Between a numeral's 丁 and a `…番…号` block and house number, only 目 is
            // printed (`七丁国6番15号`); 八丁堀1-2-3 is a place.
            c if prev == Some('丁')
                && !c.is_ascii_digit()
                && (looks_like_me(c)
                    || (i >= 2
                        && is_chome_numeral(chars[i - 2])
                        && block_and_house_number(i + 1)))
                && digit(next) =>
            {
                out.push('目')
            }
            '丁' if digit(next) => out.push_str("丁目"),
            c if digit(prev)
                && !c.is_ascii()
                && !"番号丁目-－ー".contains(c)
                && house_number_after(i + 1)
                && out.contains('目') =>
            {
                out.push('番')
            }
            _ => out.push(c),
        }
    }
    out
}

/// A Latin name: letters, spaces and the punctuation names use, upper-cased, spaces collapsed.
pub fn latin_name(text: &str) -> Option<String> {
    let kept: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphabetic() || matches!(c, ',' | '-' | '\'' | '.') {
                c.to_ascii_uppercase()
            } else {
                ' '
            }
        })
        .collect();
    let words: Vec<&str> = kept
        .split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .collect();
    let name = words.join(" ");
    (name.chars().filter(char::is_ascii_alphabetic).count() >= 2).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> CivilDate {
        CivilDate::parse_iso(text).unwrap_or_else(|| unreachable!("{text}"))
    }

    #[test]
    fn dates_in_both_calendars() {
        let found = dates("生年月日 1985年12月31日 性別 男 M");
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].0,
            PrintedDate {
                date: d("1985-12-31"),
                calendar: Calendar::Gregorian
            }
        );
        let wareki = dates("平成10年1月1日");
        assert_eq!(
            wareki[0].0,
            PrintedDate {
                date: d("1998-01-01"),
                calendar: Calendar::Japanese
            }
        );
        assert_eq!(wareki[0].1, 0.."平成10年1月1日".len());
        assert_eq!(dates("令和元年5月1日")[0].0.date, d("2019-05-01"));
        assert_eq!(dates("H10.01.01")[0].0.date, d("1998-01-01"));
        assert_eq!(dates("2030.04.01")[0].0.date, d("2030-04-01"));
        // Misread separators still give the date.
        assert_eq!(dates("2030午04用01曰")[0].0.date, d("2030-04-01"));
        let two = dates("許可年月日 2025年04月01日 交付年月日 2025年04月02日");
        assert_eq!(
            two.iter().map(|x| x.0.date).collect::<Vec<_>>(),
            vec![d("2025-04-01"), d("2025-04-02")]
        );
        // 年 read as a digit; stray digits before or after the year.
        assert_eq!(dates("1985405月19日")[0].0.date, d("1985-05-19"));
        assert_eq!(dates("生年月日1996208月12日")[0].0.date, d("1996-08-12"));
        assert_eq!(dates("19715年09月24日")[0].0.date, d("1971-09-24"));
        assert_eq!(dates("802003年11月15日")[0].0.date, d("2003-11-15"));
        // Not a date: a run too long to hold a year and month, or an impossible month.
        assert!(dates("12345678901月19日").is_empty());
        assert!(dates("1985415月19日").is_empty());
        // CTC slips: a stray digit before the year, a digit emitted twice.
        assert_eq!(
            dates("このカードは22030年06月06日まで")[0].0.date,
            d("2030-06-06")
        );
        assert_eq!(
            dates("このカードは2024年11月111日まで")[0].0.date,
            d("2024-11-11")
        );
        assert_eq!(dates("2024年03月122日")[0].0.date, d("2024-03-12"));
        assert!(dates("2024年03月123日").is_empty());
        assert!(dates("12345年06月06日").is_empty());
        assert!(dates("2025年13月01日").is_empty());
        assert!(dates("平成32年1月1日").is_empty());
    }

    #[test]
    fn dates_whose_era_lost_a_kanji() {
        let showa = |text| dates_with_half_era(text, Era::Showa);
        assert!(dates("和38年9月21日").is_empty());
        assert_eq!(showa("和38年9月21日")[0].date, d("1963-09-21"));
        assert_eq!(showa("生年月日昭38年9月21日")[0].date, d("1963-09-21"));
        // 和 is 令和's too; 成 only 平成's.
        let reiwa = dates_with_half_era("和3年9月21日", Era::Reiwa);
        assert_eq!(reiwa[0].date, d("2021-09-21"));
        assert!(showa("成3年9月21日").is_empty());
        assert_eq!(
            dates_with_half_era("成3年9月21日", Era::Heisei)[0].date,
            d("1991-09-21")
        );
        // A whole era name, or a western year, is `dates`'s.
        assert!(showa("昭和38年9月21日").is_empty());
        assert!(showa("1963年9月21日").is_empty());
        // Past the era's end.
        assert!(showa("和65年9月21日").is_empty());
    }

    #[test]
    fn card_numbers() {
        assert_eq!(
            card_number("番号 AB12345678CD"),
            Some(("AB12345678CD".into(), 0))
        );
        assert_eq!(
            card_number("NO. AB 1234 5678 CD"),
            Some(("AB12345678CD".into(), 0))
        );
        assert_eq!(
            card_number("A812345678C0"),
            Some(("AB12345678CO".into(), 2))
        );
        assert_eq!(
            card_number("AB1234S678CD"),
            Some(("AB12345678CD".into(), 1))
        );
        assert_eq!(card_number("AB123456CD"), None);
    }

    #[test]
    fn sex_and_period() {
        assert_eq!(sex("性別 男 M"), Some((Sex::Male, true)));
        assert_eq!(sex("女"), Some((Sex::Female, false)));
        assert_eq!(sex("SEX F."), Some((Sex::Female, false)));
        assert_eq!(sex("男 F"), None);
        assert_eq!(sex("性別 男m."), Some((Sex::Male, true)));
        assert_eq!(
            period_of_stay("4年3月(2029年07月01日)"),
            Some(PeriodOfStay::Term {
                years: 4,
                months: 3,
                days: 0
            })
        );
        assert_eq!(
            period_of_stay("5年"),
            Some(PeriodOfStay::Term {
                years: 5,
                months: 0,
                days: 0
            })
        );
        assert_eq!(
            period_of_stay("6月"),
            Some(PeriodOfStay::Term {
                years: 0,
                months: 6,
                days: 0
            })
        );
        assert_eq!(period_of_stay("無期限"), Some(PeriodOfStay::Indefinite));
        assert_eq!(period_of_stay("2030年04月01日"), None);
        // The parenthesis lost: the period is what comes before the date's year.
        assert_eq!(
            period_of_stay("2年3月2024年11月258）"),
            Some(PeriodOfStay::Term {
                years: 2,
                months: 3,
                days: 0
            })
        );
        assert_eq!(
            period_of_stay("1年2026年07月02日）"),
            Some(PeriodOfStay::Term {
                years: 1,
                months: 0,
                days: 0
            })
        );
        for not_a_period in [
            "生年月日1999年05月26日",
            "201月2025年04月120",
            "32022年03月03日）",
        ] {
            assert_eq!(period_of_stay(not_a_period), None, "{not_a_period}");
        }
        // The tails of a parenthesis: the label's `(満了日)`, the expiry date's end.
        assert_eq!(period_of_stay("在金清7日)"), None);
        assert_eq!(period_of_stay("2月01日)"), None);
    }

    #[test]
    fn periods_are_printed_as_on_the_card() {
        let term = |years, months, days| PeriodOfStay::Term {
            years,
            months,
            days,
        };
        assert_eq!(term(4, 3, 0).printed(), "4年3月");
        assert_eq!(term(0, 6, 0).printed(), "6月");
        assert_eq!(term(0, 0, 90).printed(), "90日");
        assert_eq!(PeriodOfStay::Indefinite.printed(), "無期限");
    }

    #[test]
    fn misread_digits_of_a_block_are_read_as_digits() {
        for (read, right) in [
            ("南渡田町二丁目3番日号", "南渡田町二丁目3番11号"),
            ("金杉台三丁目日番S号", "金杉台三丁目11番5号"),
            (
                "港町九丁目021番16号サンライズ309号室",
                "港町九丁目21番16号サンライズ309号室",
            ),
            ("春日町4-12.5", "春日町4-12-5"),
        ] {
            assert_eq!(block_numbers(read), right, "{read}");
        }
        // What is no number stays: a block of letters, a 0 alone, a hyphen-less dot.
        for address in [
            "栄町一丁目AB番3号",
            "栄町一丁目0番3号",
            "本町2.5",
            "本町二丁目3番11号 ハイツ日向101号室",
            "本町二丁目",
        ] {
            assert_eq!(block_numbers(address), address, "{address}");
        }
    }

    #[test]
    fn chome_is_written_as_addresses_write_it() {
        assert_eq!(chome("栄町九丁日28番11号"), "栄町九丁目28番11号");
        assert_eq!(chome("東町九丁24番14号"), "東町九丁目24番14号");
        assert_eq!(chome("東町ー丁目9番5号"), "東町一丁目9番5号");
        assert_eq!(chome("桜町ニ丁目4番13号"), "桜町二丁目4番13号");
        assert_eq!(chome("桜町ハ丁日4番13号"), "桜町八丁目4番13号");
        // Katakana elsewhere stays (`ハイツ`).
        assert_eq!(
            chome("本町二丁目4番13号ハイツ2号室"),
            "本町二丁目4番13号ハイツ2号室"
        );
        assert_eq!(chome("若松町九丁自7番9号"), "若松町九丁目7番9号");
        assert_eq!(chome("東町西丁目24番16号"), "東町四丁目24番16号");
        assert_eq!(chome("中央四丁目15播13号"), "中央四丁目15番13号");
        assert_eq!(chome("中央七丁面6番15号"), "中央七丁目6番15号");
        assert_eq!(chome("西新宿七工日3番3号"), "西新宿七丁目3番3号");
        // Anything between a numeral's 丁 and the block number is 目; and 番 is found after
        // a 目 that was itself misread.
        assert_eq!(chome("中央七丁国6番15号"), "中央七丁目6番15号");
        assert_eq!(chome("本町三丁租1番3号"), "本町三丁目1番3号");
        assert_eq!(chome("緑町四丁日27卷10号"), "緑町四丁目27番10号");
        // Not after a 丁 that follows no numeral, nor before anything but a number.
        assert_eq!(chome("丁国6番15号"), "丁国6番15号");
        assert_eq!(chome("七丁国ビル"), "七丁国ビル");
        assert_eq!(chome("本町九厂日2番11号"), "本町九丁目2番11号");
        assert_eq!(chome("南町大丁目10番8号"), "南町六丁目10番8号");
        assert_eq!(chome("旭町人丁目1番5号"), "旭町八丁目1番5号");
        assert_eq!(chome("栄町四丁目26器18号"), "栄町四丁目26番18号");
        assert_eq!(
            chome("中央九丁目16卷1号本町ハイム"),
            "中央九丁目16番1号本町ハイム"
        );
        for kept in [
            "栄町九丁目28番11号",
            "中央区八丁堀1-2-3",
            // A town whose name has 大 before 丁 (none has it before 丁目), and a room
            // number after a building's name.
            "大丁堀1-2-3",
            "緑町1-2-3コーポ7号",
            "本町二丁目3番4号ハイツ5号室",
            "日本橋1-2-3",
            // After kana the mark is a long vowel, whatever follows.
            "ハイツー丁目",
            "",
        ] {
            assert_eq!(chome(kept), kept);
        }
    }

    #[test]
    fn addresses_keep_their_prefecture_spelled_right() {
        let read = |text: &str| {
            let prefecture = crate::vocab::prefectures()
                .match_prefix(text)
                .unwrap_or_else(|| unreachable!("{text}"));
            address_text(text, &prefecture)
        };
        assert_eq!(
            read("福岡泉福岡市博多区栄町九丁日28番11号"),
            "福岡県福岡市博多区栄町九丁目28番11号"
        );
        assert_eq!(
            read("埼玉県川口市栄町1-2-3 コーポ栄町299号室"),
            "埼玉県川口市栄町1-2-3 コーポ栄町299号室"
        );
        assert_eq!(read("北海道 札幌市"), "北海道札幌市");
        assert_eq!(
            read("岡山県山市北区本町七丁目7番14号"),
            "岡山県岡山市北区本町七丁目7番14号"
        );
        assert_eq!(
            read("宮城県仙台市青集区栄町一丁目4番14号"),
            "宮城県仙台市青葉区栄町一丁目4番14号"
        );
    }

    #[test]
    fn latin_names() {
        assert_eq!(
            latin_name("氏名 NGUYEN VAN AN"),
            Some("NGUYEN VAN AN".into())
        );
        assert_eq!(latin_name("smith,  john"), Some("SMITH, JOHN".into()));
        assert_eq!(latin_name("漢字"), None);
    }
}
