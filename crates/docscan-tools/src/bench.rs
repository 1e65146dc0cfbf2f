//! Scoring reads against ground truth: per-field and whole-document accuracy, times.

use std::collections::BTreeMap;

use madoguchi_docscan::card::{CardFront, Sex as CardSex};
use madoguchi_docscan::mrz::{Mrz, Sex as MrzSex};
use madoguchi_docscan::normalize::normalize;

use crate::synth::{CardTruth, PassportTruth};

/// (field, correct) for every field the truth has.
pub fn score_passport(read: Option<&Mrz>, truth: &PassportTruth) -> Vec<(&'static str, bool)> {
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
        .map(|f| (f, false))
        .to_vec();
    };
    let date = |d: Option<madoguchi_rules::CivilDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let sex = match m.sex.value {
        MrzSex::Male => "male",
        MrzSex::Female => "female",
        MrzSex::Unspecified => "",
    };
    vec![
        ("surname", m.surname.value == truth.surname),
        ("given_names", m.given_names.value == truth.given_names),
        (
            "document_number",
            m.document_number.value == truth.document_number,
        ),
        ("nationality", m.nationality.value.code == truth.nationality),
        ("birth_date", date(m.birth_date.value) == truth.birth_date),
        ("sex", sex == truth.sex),
        (
            "expiry_date",
            date(m.expiry_date.value) == truth.expiry_date,
        ),
        (
            "issuing_state",
            m.issuing_state.value.code == truth.issuing_state,
        ),
    ]
}

fn compact(text: &str) -> String {
    normalize(text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

pub fn score_card(read: Option<&CardFront>, truth: &CardTruth) -> Vec<(&'static str, bool)> {
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
        (
            "card_number",
            c.card_number
                .as_ref()
                .is_some_and(|f| f.value == truth.card_number),
        ),
        (
            "name",
            c.name.as_ref().is_some_and(|f| f.value == truth.name),
        ),
        (
            "birth_date",
            c.birth_date
                .as_ref()
                .is_some_and(|f| f.value.date.to_string() == truth.birth_date),
        ),
        (
            "sex",
            c.sex.as_ref().is_some_and(|f| {
                matches!(
                    (f.value, truth.sex.as_str()),
                    (CardSex::Male, "male") | (CardSex::Female, "female")
                )
            }),
        ),
        (
            "nationality",
            c.nationality
                .as_ref()
                .is_some_and(|f| f.value.key == truth.nationality),
        ),
        (
            "prefecture",
            c.address
                .as_ref()
                .and_then(|f| f.value.prefecture)
                .is_some_and(|p| p.key == truth.prefecture),
        ),
        (
            "address",
            c.address
                .as_ref()
                .is_some_and(|f| compact(&f.value.text) == compact(&truth.address)),
        ),
        (
            "card_valid_until",
            c.card_valid_until
                .as_ref()
                .is_some_and(|f| f.value.to_string() == truth.card_valid_until),
        ),
    ];
    if let Some(status) = &truth.status {
        out.push((
            "status",
            c.status.as_ref().is_some_and(|f| f.value.key == status),
        ));
    }
    if let Some(work) = &truth.work_restriction {
        out.push((
            "work_restriction",
            c.work_restriction
                .as_ref()
                .is_some_and(|f| f.value.key == work),
        ));
    }
    if let Some(period) = &truth.period_of_stay {
        out.push((
            "period_of_stay",
            c.period_of_stay
                .as_ref()
                .is_some_and(|f| &f.value.printed() == period),
        ));
    }
    if let Some(expiry) = &truth.expiry_date {
        out.push((
            "expiry_date",
            c.expiry_date
                .as_ref()
                .is_some_and(|f| &f.value.to_string() == expiry),
        ));
    }
    out
}

/// Accumulated results of one kind at one difficulty.
#[derive(Default)]
pub struct Tally {
    pub photos: usize,
    pub documents_correct: usize,
    pub fields: BTreeMap<&'static str, (usize, usize)>,
    pub times_ms: Vec<f64>,
}

impl Tally {
    pub fn add(&mut self, scores: &[(&'static str, bool)], ms: f64) {
        self.photos += 1;
        if scores.iter().all(|(_, ok)| *ok) {
            self.documents_correct += 1;
        }
        for (field, ok) in scores {
            let entry = self.fields.entry(field).or_default();
            entry.0 += usize::from(*ok);
            entry.1 += 1;
        }
        self.times_ms.push(ms);
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
