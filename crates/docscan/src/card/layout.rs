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
pub fn strip_labels(text: &str) -> String {
    let mut rest = text.trim();
    'strip: loop {
        for label in LABELS {
            // A label runs on into hiragana only when it is part of the value.
            let label_ends =
                |after: &str| !after.starts_with(|c: char| ('\u{3041}'..='\u{309F}').contains(&c));
            if let Some(after) = rest.strip_prefix(label).filter(|after| label_ends(after)) {
                rest = after.trim_start();
                continue 'strip;
            }
        }
        break;
    }
    for label in SUFFIX_LABELS {
        if let Some(before) = rest.strip_suffix(label) {
            rest = before.trim_end();
            break;
        }
    }
    rest.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

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
