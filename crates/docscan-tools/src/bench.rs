//! Scoring reads against ground truth: per-field and whole-document accuracy, times.

use std::collections::BTreeMap;

use madoguchi_docscan::card::{CardFront, Sex as CardSex};
use madoguchi_docscan::mrz::{Mrz, MrzField, Sex as MrzSex};
use madoguchi_docscan::normalize::normalize;

use madoguchi_docscan::REVIEW_BELOW;
use madoguchi_docscan::card::CardField;

use crate::synth::{CardTruth, PassportTruth};

/// One field's result: whether it was read right, and whether the review screen would ask the
/// user to check it (confidence under [`REVIEW_BELOW`], or nothing read).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    pub field: &'static str,
    pub correct: bool,
    pub flagged: bool,
}

fn score(field: &'static str, correct: bool, confidence: Option<f32>) -> Score {
    Score {
        field,
        correct,
        flagged: confidence.is_none_or(|c| c < REVIEW_BELOW),
    }
}

/// The [`Score`] of a zone's field: right when `right` holds for its value.
fn mrz_score<T>(field: &'static str, read: &MrzField<T>, right: impl FnOnce(&T) -> bool) -> Score {
    score(field, right(&read.value), Some(read.confidence))
}

/// A [`Score`] for every field the truth has.
pub fn score_passport(read: Option<&Mrz>, truth: &PassportTruth) -> Vec<Score> {
    let Some(m) = read else {
        return [
            "surname",
            "given_names",
            "document_number",
            "nationality",
            "birth_date",
            "sex",
            "expiry_date",
            "issuing_state",
        ]
        .map(|f| score(f, false, None))
        .to_vec();
    };
    let date = |d: Option<madoguchi_rules::CivilDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let sex = match m.sex.value {
        MrzSex::Male => "male",
        MrzSex::Female => "female",
        MrzSex::Unspecified => "",
    };
    vec![
        mrz_score("surname", &m.surname, |v| *v == truth.surname),
        mrz_score("given_names", &m.given_names, |v| *v == truth.given_names),
        mrz_score("document_number", &m.document_number, |v| {
            *v == truth.document_number
        }),
        mrz_score("nationality", &m.nationality, |v| {
            v.code == truth.nationality
        }),
        mrz_score("birth_date", &m.birth_date, |v| {
            date(*v) == truth.birth_date
        }),
        mrz_score("sex", &m.sex, |_| sex == truth.sex),
        mrz_score("expiry_date", &m.expiry_date, |v| {
            date(*v) == truth.expiry_date
        }),
        mrz_score("issuing_state", &m.issuing_state, |v| {
            v.code == truth.issuing_state
        }),
    ]
}

fn compact(text: &str) -> String {
    normalize(text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The [`Score`] of an optional card field: right when `right` holds for its value.
fn card_score<T>(
    field: &'static str,
    read: Option<&CardField<T>>,
    right: impl FnOnce(&T) -> bool,
) -> Score {
    score(
        field,
        read.is_some_and(|f| right(&f.value)),
        read.map(|f| f.confidence),
    )
}

/// A [`Score`] for every field the truth has.
pub fn score_card(read: Option<&CardFront>, truth: &CardTruth) -> Vec<Score> {
    let empty = CardFront {
        kind: madoguchi_docscan::card::CardKind::ResidenceCard,
        card_number: None,
        name: None,
        birth_date: None,
        sex: None,
        nationality: None,
        address: None,
        status: None,
        work_restriction: None,
        period_of_stay: None,
        expiry_date: None,
        card_valid_until: None,
    };
    let c = read.unwrap_or(&empty);
    let mut out = vec![
        card_score("card_number", c.card_number.as_ref(), |v| {
            *v == truth.card_number
        }),
        card_score("name", c.name.as_ref(), |v| *v == truth.name),
        card_score("birth_date", c.birth_date.as_ref(), |v| {
            v.date.to_string() == truth.birth_date
        }),
        card_score("sex", c.sex.as_ref(), |v| {
            matches!(
                (v, truth.sex.as_str()),
                (CardSex::Male, "male") | (CardSex::Female, "female")
            )
        }),
        card_score("nationality", c.nationality.as_ref(), |v| {
            v.key == truth.nationality
        }),
        score(
            "prefecture",
            c.address.as_ref().is_some_and(|a| {
                a.value
                    .prefecture
                    .as_ref()
                    .is_some_and(|p| p.key == truth.prefecture)
            }),
            c.address
                .as_ref()
                .map(|a| a.value.prefecture_confidence.unwrap_or(a.confidence)),
        ),
        card_score("address", c.address.as_ref(), |v| {
            compact(&v.text) == compact(&truth.address)
        }),
        card_score("card_valid_until", c.card_valid_until.as_ref(), |v| {
            v.to_string() == truth.card_valid_until
        }),
    ];
    if let Some(status) = &truth.status {
        out.push(card_score("status", c.status.as_ref(), |v| v.key == status));
    }
    if let Some(work) = &truth.work_restriction {
        out.push(card_score(
            "work_restriction",
            c.work_restriction.as_ref(),
            |v| v.key == work,
        ));
    }
    if let Some(period) = &truth.period_of_stay {
        out.push(card_score(
            "period_of_stay",
            c.period_of_stay.as_ref(),
            |v| &v.printed() == period,
        ));
    }
    if let Some(expiry) = &truth.expiry_date {
        out.push(card_score("expiry_date", c.expiry_date.as_ref(), |v| {
            &v.to_string() == expiry
        }));
    }
    out
}

/// Accumulated results of one kind at one difficulty.
#[derive(Default)]
pub struct Tally {
    pub photos: usize,
    pub documents_correct: usize,
    pub fields: BTreeMap<&'static str, (usize, usize)>,
    /// Per field: fields read wrong and read right, each as (flagged for review, all).
    pub flags: BTreeMap<&'static str, Flags>,
    pub times_ms: Vec<f64>,
    /// Photos the review screen calls small (`Quality::small`), and the others (those not
    /// read included).
    pub small: Share,
    pub not_small: Share,
}

/// Photos, documents fully correct and fields (right, scored) among a share of the photos.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Share {
    pub photos: usize,
    pub documents_correct: usize,
    pub fields: (usize, usize),
}

impl Share {
    fn add(&mut self, scores: &[Score]) {
        let right = scores.iter().filter(|s| s.correct).count();
        self.photos += 1;
        self.documents_correct += usize::from(right == scores.len());
        self.fields.0 += right;
        self.fields.1 += scores.len();
    }
}

/// How many fields read wrong, and read right, were flagged for review: (flagged, all).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    pub wrong: (usize, usize),
    pub right: (usize, usize),
}

impl Flags {
    fn add(&mut self, score: &Score) {
        let counts = if score.correct {
            &mut self.right
        } else {
            &mut self.wrong
        };
        counts.0 += usize::from(score.flagged);
        counts.1 += 1;
    }
}

impl Tally {
    pub fn add(&mut self, scores: &[Score], ms: f64) {
        self.photos += 1;
        if scores.iter().all(|s| s.correct) {
            self.documents_correct += 1;
        }
        for s in scores {
            let entry = self.fields.entry(s.field).or_default();
            entry.0 += usize::from(s.correct);
            entry.1 += 1;
            self.flags.entry(s.field).or_default().add(s);
        }
        self.times_ms.push(ms);
    }

    /// Counts a photo among the small ones or the others.
    pub fn add_size(&mut self, small: bool, scores: &[Score]) {
        if small {
            self.small.add(scores);
        } else {
            self.not_small.add(scores);
        }
    }

    /// [`Flags`] over all fields together.
    pub fn all_flags(&self) -> Flags {
        let sum = |a: (usize, usize), b: (usize, usize)| (a.0 + b.0, a.1 + b.1);
        self.flags.values().fold(Flags::default(), |all, f| Flags {
            wrong: sum(all.wrong, f.wrong),
            right: sum(all.right, f.right),
        })
    }

    pub fn field_accuracy(&self) -> f64 {
        let (ok, all) = self
            .fields
            .values()
            .fold((0, 0), |a, v| (a.0 + v.0, a.1 + v.1));
        ok as f64 / all.max(1) as f64
    }

    /// (median, 95th percentile) in ms.
    pub fn percentiles(&self) -> (f64, f64) {
        let mut t = self.times_ms.clone();
        t.sort_by(f64::total_cmp);
        let at = |q: f64| {
            t.get(((t.len() as f64 - 1.0) * q).round() as usize)
                .copied()
                .unwrap_or(0.0)
        };
        (at(0.5), at(0.95))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tally_counts_flags_among_wrong_and_right_fields() {
        let mut tally = Tally::default();
        tally.add(
            &[
                score("surname", true, Some(0.9)),
                score("given_names", true, Some(0.5)),
                score("document_number", false, Some(0.95)),
            ],
            10.0,
        );
        tally.add(
            &[
                score("surname", false, None),
                score("given_names", true, Some(REVIEW_BELOW)),
                score("document_number", true, Some(0.99)),
            ],
            30.0,
        );
        assert_eq!(tally.photos, 2);
        assert_eq!(tally.documents_correct, 0);
        // Wrong: the number read surely (missed), the surname not read (flagged).
        assert_eq!(tally.all_flags().wrong, (1, 2));
        // Right: the given names read at 0.5 (a false alarm); 0.8 itself is not flagged.
        assert_eq!(tally.all_flags().right, (1, 4));
        assert_eq!(
            tally.flags["given_names"],
            Flags {
                wrong: (0, 0),
                right: (1, 2)
            }
        );
        assert_eq!(tally.fields["surname"], (1, 2));
        assert_eq!(tally.percentiles(), (30.0, 30.0));
    }
}
