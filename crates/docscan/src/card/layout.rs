//! Where the card prints each field, and the labels printed beside the values.
//!
//! Bands are fractions of the card (ID-1, 85.6 × 54 mm) measured on the 2012 design of the
//! Residence Card; the Special Permanent Resident Certificate uses the same rows for the
//! fields it has.

use crate::geometry::Rect;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldId {
    CardNumber,
    Name,
    BirthDate,
    Sex,
    Nationality,
    Address,
    Status,
    WorkRestriction,
    PeriodOfStay,
    CardValidity,
}

/// Where a field is expected, and how much a line elsewhere still counts (0: never).
#[derive(Clone, Copy, Debug)]
pub struct Band {
    pub x0: f32,
    pub x1: f32,
    pub y0: f32,
    pub y1: f32,
    pub outside: f32,
}

impl Band {
    /// 1 for a line centred in the band; less for a line near it or only overlapping it.
    pub fn fit(&self, bounds: &Rect) -> f32 {
        let (cx, cy) = bounds.center();
        const NEAR: f32 = 0.05;
        let y: f32 = if (self.y0..=self.y1).contains(&cy) {
            1.0
        } else if (self.y0 - NEAR..=self.y1 + NEAR).contains(&cy) {
            0.6
        } else {
            return self.outside;
        };
        let x = if (self.x0..=self.x1).contains(&cx) {
            1.0
        } else if bounds.x1 > self.x0 && bounds.x0 < self.x1 {
            0.8
        } else {
            0.5
        };
        (y * x).max(self.outside)
    }
}

pub fn band(field: FieldId) -> Band {
    let b = |x0, x1, y0, y1, outside| Band {
        x0,
        x1,
        y0,
        y1,
        outside,
    };
    match field {
        FieldId::CardNumber => b(0.45, 1.0, 0.0, 0.14, 0.3),
        FieldId::Name => b(0.0, 0.8, 0.1, 0.22, 0.2),
        FieldId::BirthDate => b(0.0, 0.45, 0.19, 0.31, 0.0),
        FieldId::Sex => b(0.3, 0.6, 0.19, 0.31, 0.0),
        FieldId::Nationality => b(0.45, 0.8, 0.19, 0.31, 0.3),
        FieldId::Address => b(0.0, 0.8, 0.28, 0.41, 0.3),
        FieldId::Status => b(0.0, 0.8, 0.38, 0.56, 0.3),
        FieldId::WorkRestriction => b(0.0, 0.8, 0.52, 0.64, 0.3),
        FieldId::PeriodOfStay => b(0.0, 0.8, 0.6, 0.72, 0.0),
        FieldId::CardValidity => b(0.0, 0.8, 0.82, 1.0, 0.0),
    }
}

/// Labels as printed (normalised), longest first so `在留期間(満了日)` goes before `在留期間`.
const LABELS: &[&str] = &[
    "PERIOD OF STAY (DATE OF EXPIRATION)",
    "NATIONALITY/REGION",
    "在留期間(満了日)",
    "DATE OF BIRTH",
    "就労制限の有無",
    "このカードは",
    "国籍・地域",
    "生年月日",
    "在留資格",
    "在留期間",
    "有効期間",
    "住居地",
    "ADDRESS",
    "STATUS",
    "氏名",
    "性別",
    "番号",
    "NAME",
    "SEX",
    "NO.",
];

/// The card's English labels and headings, which are never a name.
pub const LATIN_LABELS: &[&str] = &[
    "NAME",
    "SEX",
    "STATUS",
    "ADDRESS",
    "RESIDENCE CARD",
    "DATE OF BIRTH",
    "NATIONALITY/REGION",
    "SPECIAL PERMANENT RESIDENT CERTIFICATE",
    "PERIOD OF STAY",
];

/// Printed after the value.
const SUFFIX_LABELS: &[&str] = &["まで有効です。", "まで有効です", "まで有効"];

/// Removes the labels a line starts (or ends) with, so only the value is matched against
/// vocabularies. Only at the ends: `在留資格` is also the start of a work-restriction value.
/// A label misread by a character or so (`在留寶格`, `国箱・地域`) is removed too.
pub fn strip_labels(text: &str) -> String {
    let mut rest: Vec<char> = text.trim().chars().collect();
    'strip: loop {
        for exact in [true, false] {
            for label in LABELS {
                if let Some(length) = label_at_start(&rest, label, exact) {
                    rest.drain(..length);
                    while rest.first().is_some_and(|c| c.is_whitespace()) {
                        rest.remove(0);
                    }
                    continue 'strip;
                }
            }
        }
        break;
    }
    let rest: String = rest.into_iter().collect();
    let mut rest = rest.as_str();
    for label in SUFFIX_LABELS {
        if let Some(before) = rest.strip_suffix(label) {
            rest = before.trim_end();
            break;
        }
    }
    rest.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Edits a label may be misread by and still count: none for short labels, where one edit
/// would turn a value into a label.
fn allowed_edits(label: &str) -> usize {
    let n = label.chars().count();
    if n < 4 { 0 } else { n / 4 }
}

fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{309F}').contains(&c)
}

/// How many characters of `text`'s start are `label` (exactly, or within its allowed edits).
/// A label running on into hiragana is part of the value (`在留資格に基づく…`).
fn label_at_start(text: &[char], label: &str, exact: bool) -> Option<usize> {
    let n = label.chars().count();
    let fits = |k: usize| {
        let start: String = text[..k].iter().collect();
        // A fuzzy match may have stopped short of the label's end: look one further.
        let look = if exact { 1 } else { 2 };
        let after_ok = !text[k..].iter().take(look).copied().any(is_hiragana);
        let inside_ok = exact || !text[..k].iter().copied().any(is_hiragana);
        let edits = if exact {
            usize::from(start != label)
        } else {
            strsim::levenshtein(&start, label)
        };
        (after_ok && inside_ok && edits <= if exact { 0 } else { allowed_edits(label) })
            .then_some(edits)
    };
    if exact {
        return (n <= text.len())
            .then_some(n)
            .filter(|&k| fits(k).is_some());
    }
    if allowed_edits(label) == 0 {
        return None;
    }
    (n.saturating_sub(1)..=n + 1)
        .filter(|&k| k <= text.len())
        .filter_map(|k| fits(k).map(|edits| (edits, k.abs_diff(n), k)))
        .min()
        .map(|(_, _, k)| k)
}

/// The text after the first place `label` appears (within its allowed edits, punctuation
/// ignored), when the detector joined a label to what stands before it
/// (`性別 女 F. 国籍・地域 韓国`, read as `…国箱地域韓国`).
pub fn after_label<'a>(text: &'a str, label: &str) -> Option<&'a str> {
    let is_mark = |c: char| "・.．,，:：、。 ".contains(c);
    // The text's letters with where each ends in `text`.
    let letters: Vec<(char, usize)> = text
        .char_indices()
        .filter(|&(_, c)| !is_mark(c))
        .map(|(i, c)| (fold_label_char(c), i + c.len_utf8()))
        .collect();
    let label: String = label.chars().filter(|&c| !is_mark(c)).collect();
    let chars: Vec<char> = letters.iter().map(|&(c, _)| c).collect();
    (0..chars.len()).find_map(|i| {
        let k = label_at_start(&chars[i..], &label, false)?;
        let end = letters[i + k - 1].1;
        Some(text[end..].trim_start_matches(is_mark))
    })
}

/// What follows the address's label `住居地` read garbled at the start of its line (`住国地`,
/// `佳地`, `生店地`, `住熊本…`): after the label's last character 地 within the first three,
/// else after a first 住 or its look-alikes 佳 and 位. `None` for a line that does not start so.
pub fn after_garbled_address_label(text: &str) -> Option<&str> {
    let mut chars = text.char_indices();
    let within: Vec<(usize, char)> = chars.by_ref().take(3).collect();
    if let Some(&(i, c)) = within.iter().find(|&&(_, c)| c == '地') {
        return Some(&text[i + c.len_utf8()..]);
    }
    let &(_, first) = within.first()?;
    "住佳位".contains(first).then(|| &text[first.len_utf8()..])
}

/// Most characters of the nationality's label `国籍・地域` read before its last, 域.
const NATIONALITY_LABEL_BEFORE_END: usize = 5;
/// Most characters a nationality is printed in (`ボスニア・ヘルツェゴビナ`).
const LONGEST_NATIONALITY: usize = 12;

/// What follows the nationality's label `国籍・地域` read too garbled to match (`放餐海城韵国`,
/// `紫箱地域装国`): after its last character 域 (or its look-alike 城) within the first six, when
/// a nationality's length follows. Not in an address (`茨城県…`), whose 都道府県 no
/// nationality has.
pub fn after_garbled_nationality_label(text: &str) -> Option<&str> {
    if text.contains(['都', '道', '府', '県']) {
        return None;
    }
    let (i, c) = text
        .char_indices()
        .take(NATIONALITY_LABEL_BEFORE_END + 1)
        .find(|&(_, c)| fold_label_char(c) == '域')?;
    let value = &text[i + c.len_utf8()..];
    (1..=LONGEST_NATIONALITY)
        .contains(&value.chars().count())
        .then_some(value)
}

/// Misreads of the labels' characters common enough to count as the character.
fn fold_label_char(c: char) -> char {
    match c {
        '箱' => '籍',
        '城' => '域',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_garbled_nationality_label_is_passed_over() {
        assert_eq!(
            after_garbled_nationality_label("放餐海城韵国"),
            Some("韵国")
        );
        assert_eq!(
            after_garbled_nationality_label("紫箱地域装国"),
            Some("装国")
        );
        // Nothing after the label, a label's end too far in, an address: no value.
        assert_eq!(after_garbled_nationality_label("国籍地域"), None);
        assert_eq!(after_garbled_nationality_label("生年月日昭和地域国"), None);
        assert_eq!(after_garbled_nationality_label("茨城県つくば市"), None);
    }

    #[test]
    fn a_garbled_address_label_is_passed_over() {
        assert_eq!(
            after_garbled_address_label("住国地大阪府界市区"),
            Some("大阪府界市区")
        );
        assert_eq!(after_garbled_address_label("佳地東京都"), Some("東京都"));
        assert_eq!(after_garbled_address_label("住熊本市"), Some("熊本市"));
        assert_eq!(after_garbled_address_label("東京都新宿区"), None);
        assert_eq!(after_garbled_address_label("大地"), Some(""));
        assert_eq!(after_garbled_address_label(""), None);
    }

    #[test]
    fn labels_are_removed() {
        assert_eq!(
            strip_labels("在留資格 技術・人文知識・国際業務"),
            "技術・人文知識・国際業務"
        );
        assert_eq!(strip_labels("氏名 NAME NGUYEN VAN AN"), "NGUYEN VAN AN");
        assert_eq!(
            strip_labels("このカードは2030年04月01日まで有効です。"),
            "2030年04月01日"
        );
        assert_eq!(
            strip_labels("在留資格に基づく就労活動のみ可"),
            "在留資格に基づく就労活動のみ可"
        );
        // Misread labels.
        assert_eq!(strip_labels("在留寶格 特定技能1号"), "特定技能1号");
        assert_eq!(strip_labels("国箱・地域ミャンマー"), "ミャンマー");
        assert_eq!(strip_labels("生年日 1990年1月1日"), "1990年1月1日");
        // Short labels only exactly: a value is never taken for one.
        assert_eq!(strip_labels("住吉区"), "住吉区");
        assert_eq!(strip_labels("就労制限なし"), "就労制限なし");
    }

    #[test]
    fn values_after_a_joined_label() {
        assert_eq!(
            after_label("性別女F.国籍・地城フイリピン", "国籍・地域"),
            Some("フイリピン")
        );
        assert_eq!(
            after_label("女 F. 国籍・地域 韓国", "国籍・地域"),
            Some("韓国")
        );
        assert_eq!(after_label("女 F.", "国籍・地域"), None);
        assert_eq!(
            after_label("国箱地域ミャンマー", "国籍・地域"),
            Some("ミャンマー")
        );
        assert_eq!(
            after_label("国籍：地城 ペルー", "国籍・地域"),
            Some("ペルー")
        );
    }

    #[test]
    fn bands_prefer_their_place() {
        let band = band(FieldId::Status);
        let inside = Rect::new(0.1, 0.44, 0.6, 0.5);
        let near = Rect::new(0.1, 0.57, 0.6, 0.6);
        let far = Rect::new(0.1, 0.9, 0.6, 0.95);
        assert_eq!(band.fit(&inside), 1.0);
        assert!(band.fit(&near) < 1.0 && band.fit(&near) > band.fit(&far));
        assert_eq!(self::band(FieldId::CardValidity).fit(&inside), 0.0);
    }
}
