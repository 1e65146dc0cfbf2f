//! The front of the Residence Card (在留カード) and the Special Permanent Resident Certificate
//! (特別永住者証明書): recognised lines, placed on the card, to fields.
//!
//! Fields are found by what they say first (a card number's shape, a status from the closed
//! list, a date) and by where the card prints them second: each field has a band of the card
//! where it is expected, and a line outside it needs stronger content to be taken.

mod dates;
mod layout;
mod templates;
mod town;
pub mod values;

use std::cell::OnceCell;

use madoguchi_rules::{CivilDate, Era};
use serde::Serialize;

use crate::geometry::Rect;
use crate::municipalities::{self, PlaceByEvidence, PlacesByEvidence};
use crate::normalize::{normalize, normalize_char};
use crate::ocr::evidence::LineEvidence;
use crate::text::RecognizedText;
use crate::vocab::{self, Term, TermMatch, Vocabulary};
use layout::{Band, FieldId};
pub use values::{Calendar, PeriodOfStay, PrintedDate, Sex};

/// A recognised line and where it is on the card (0–1 of the card's width and height).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CardLine {
    pub text: RecognizedText,
    pub bounds: Rect,
}

/// A field read from the card.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CardField<T> {
    pub value: T,
    /// The recognised text the value came from (normalised).
    pub text: String,
    /// 0–1.
    pub confidence: f32,
    /// Where on the card the text was (0–1 of the card).
    pub bounds: Rect,
}

/// Which of the two cards.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CardKind {
    ResidenceCard,
    SpecialPermanentResidentCertificate,
}

/// An address and the prefecture it starts with.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Address {
    pub text: String,
    pub prefecture: Option<Term>,
    /// How sure the prefecture is on its own: one printed clearly is sure however garbled the
    /// rest of the address. `None`: as sure as the address.
    pub prefecture_confidence: Option<f32>,
}

/// Everything read from the front of the card. A field the photo did not give is `None`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CardFront {
    pub kind: CardKind,
    pub card_number: Option<CardField<String>>,
    pub name: Option<CardField<String>>,
    pub birth_date: Option<CardField<PrintedDate>>,
    pub sex: Option<CardField<Sex>>,
    /// Nationality or region (key: ICAO code).
    pub nationality: Option<CardField<Term>>,
    pub address: Option<CardField<Address>>,
    pub status: Option<CardField<Term>>,
    pub work_restriction: Option<CardField<Term>>,
    pub period_of_stay: Option<CardField<PeriodOfStay>>,
    /// 在留期間の満了日.
    #[serde(serialize_with = "date_field")]
    pub expiry_date: Option<CardField<CivilDate>>,
    /// このカードは…まで有効.
    #[serde(serialize_with = "date_field")]
    pub card_valid_until: Option<CardField<CivilDate>>,
}

fn date_field<S: serde::Serializer>(
    field: &Option<CardField<CivilDate>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    let as_text = field.as_ref().map(|f| CardField {
        value: f.value.to_string(),
        text: f.text.clone(),
        confidence: f.confidence,
        bounds: f.bounds,
    });
    as_text.serialize(s)
}

/// Confidence at most of a field glare touches: what it covered is gone, and what was read
/// beside it may be cut short (`PEREIRA RAF` for `PEREIRA RAFAEL`, read at 0.89), so the
/// review screen asks.
pub const GLARED_FIELD_CONFIDENCE: f32 = 0.5;

/// Confidence at most of an address that does not read to its end: the review screen asks.
pub const UNFINISHED_ADDRESS_CONFIDENCE: f32 = 0.5;

impl CardFront {
    /// Caps at [`GLARED_FIELD_CONFIDENCE`] the confidence of every field where `glared` says
    /// glare lies on or beside its bounds.
    pub fn doubt_glared(&mut self, glared: impl Fn(&Rect) -> bool) {
        fn cap<T>(field: &mut Option<CardField<T>>, glared: &impl Fn(&Rect) -> bool) {
            if let Some(field) = field
                && glared(&field.bounds)
            {
                field.confidence = field.confidence.min(GLARED_FIELD_CONFIDENCE);
            }
        }
        cap(&mut self.card_number, &glared);
        cap(&mut self.name, &glared);
        cap(&mut self.birth_date, &glared);
        cap(&mut self.sex, &glared);
        cap(&mut self.nationality, &glared);
        // The prefecture's own confidence stays: glare over its characters leaves them unread
        // or unsure, and glare after them cuts the address short, not the prefecture.
        cap(&mut self.address, &glared);
        cap(&mut self.status, &glared);
        cap(&mut self.work_restriction, &glared);
        cap(&mut self.period_of_stay, &glared);
        cap(&mut self.expiry_date, &glared);
        cap(&mut self.card_valid_until, &glared);
    }

    /// Caps at [`UNFINISHED_ADDRESS_CONFIDENCE`] an address that does not read to its end
    /// ([`address_is_complete`]): after every look at it, what is missing is still missing
    /// (a hard photo read `東京都` alone at 0.97 and left it unmarked).
    pub fn doubt_unfinished_address(&mut self) {
        if let Some(address) = &mut self.address
            && !address_is_complete(&address.value.text)
        {
            address.confidence = address.confidence.min(UNFINISHED_ADDRESS_CONFIDENCE);
        }
    }

    /// The fields that were read, by name, with their confidence (for summaries and tests).
    pub fn confidences(&self) -> Vec<(&'static str, f32)> {
        let mut out = Vec::new();
        let mut push = |name, confidence: Option<f32>| {
            if let Some(c) = confidence {
                out.push((name, c));
            }
        };
        push(
            "card_number",
            self.card_number.as_ref().map(|f| f.confidence),
        );
        push("name", self.name.as_ref().map(|f| f.confidence));
        push("birth_date", self.birth_date.as_ref().map(|f| f.confidence));
        push("sex", self.sex.as_ref().map(|f| f.confidence));
        push(
            "nationality",
            self.nationality.as_ref().map(|f| f.confidence),
        );
        push("address", self.address.as_ref().map(|f| f.confidence));
        push("status", self.status.as_ref().map(|f| f.confidence));
        push(
            "work_restriction",
            self.work_restriction.as_ref().map(|f| f.confidence),
        );
        push(
            "period_of_stay",
            self.period_of_stay.as_ref().map(|f| f.confidence),
        );
        push(
            "expiry_date",
            self.expiry_date.as_ref().map(|f| f.confidence),
        );
        push(
            "card_valid_until",
            self.card_valid_until.as_ref().map(|f| f.confidence),
        );
        out
    }
}

/// A line with its normalised text, label removed.
struct Prepared<'a> {
    line: &'a CardLine,
    text: String,
    confidence: f32,
}

impl<'a> Prepared<'a> {
    fn new(line: &'a CardLine, text: &RecognizedText) -> Self {
        Prepared {
            line,
            text: layout::strip_labels(&normalize(&text.text)),
            confidence: value_confidence(text),
        }
    }

    /// A field read from this line, its confidence the read's (`content`) times the line's.
    fn field<T>(&self, value: T, content: f32) -> CardField<T> {
        self.judged_field(value, content * self.confidence)
    }

    /// The confidence of a value read as `spelled` (a part of the prepared text): its own
    /// characters' where the line spells it so, else the line's.
    fn spelled(&self, spelled: &str) -> f32 {
        spelled_confidence(&self.line.text, spelled).unwrap_or(self.confidence)
    }

    /// A closed-list value read from this line at `content`, with its confidence: `content`
    /// times that of the characters spelling it where the line spells it whole (a garbled
    /// label beside it says nothing of it), else times the line's.
    fn judged_term(&self, term: Term, content: f32) -> (Term, f32) {
        (term, content * self.spelled(term.japanese))
    }

    /// A field read from this line with a confidence the read judged itself.
    fn judged_field<T>(&self, value: T, confidence: f32) -> CardField<T> {
        CardField {
            value,
            text: self.text.clone(),
            confidence: confidence.clamp(0.0, 1.0),
            bounds: self.line.bounds,
        }
    }

    /// The line with the characters put back that greedy decoding dropped between wide
    /// characters (see [`crate::ocr::evidence::LineEvidence::restore_dropped`]).
    fn restored(line: &'a CardLine) -> Self {
        let restored = line
            .text
            .evidence
            .as_ref()
            .and_then(|evidence| evidence.restore_dropped(&line.text));
        Prepared::new(line, restored.as_ref().unwrap_or(&line.text))
    }
}

/// How sure a line's reading is of what a field takes from it: its least sure character,
/// spaces and brackets and full stops aside. Those the recogniser reads unsurely even on clean
/// cards (`性別 男M.` with `.` at 0.6, `1年3月（…）` with `（` at 0.5, a space at 0.5 between a
/// label and its value), and no field's value is told by them.
fn value_confidence(text: &RecognizedText) -> f32 {
    text.chars_with_confidence()
        .filter(|&(c, _)| !c.is_whitespace() && !is_bracket_or_stop(c))
        .map(|(_, p)| p)
        .fold(1.0, f32::min)
}

fn is_bracket_or_stop(c: char) -> bool {
    matches!(
        c,
        '(' | ')' | '（' | '）' | '.' | '．' | '。' | ',' | '，' | '、' | '､'
    )
}

/// The address with its prefecture's own confidence: where its line spells the prefecture
/// whole, the least sure of those characters (a garbled town or building name makes the
/// address doubtful, not its prefecture); never less than the address's.
fn with_prefecture_confidence(
    lines: &[CardLine],
    mut address: CardField<Address>,
) -> CardField<Address> {
    let Some(prefecture) = address.value.prefecture else {
        return address;
    };
    address.value.prefecture_confidence = lines
        .iter()
        .find(|line| line.bounds == address.bounds)
        .and_then(|line| spelled_confidence(&line.text, prefecture.japanese))
        .map(|spelled| spelled.max(address.confidence));
    address
}

/// The least confidence of the characters of `word` where `text` first spells it (each
/// character normalised), or `None` where it does not.
fn spelled_confidence(text: &RecognizedText, word: &str) -> Option<f32> {
    let read: Vec<(char, f32)> = text
        .chars_with_confidence()
        .map(|(c, p)| (normalize_char(c), p))
        .collect();
    let word: Vec<char> = word.chars().collect();
    read.windows(word.len().max(1))
        .find(|window| window.iter().map(|(c, _)| *c).eq(word.iter().copied()))
        .map(|window| window.iter().map(|(_, p)| *p).fold(1.0, f32::min))
}

/// Confidence in a sex whose kanji and letter agree (`男 M`): two readings of one fact, so
/// it is in doubt only when both are; the label and the full stop after the letter say
/// nothing of it.
fn agreeing_sex_confidence(text: &RecognizedText) -> f32 {
    let (mut kanji, mut letter) = (0.0f32, 0.0f32);
    for (c, p) in text.chars_with_confidence() {
        match normalize_char(c) {
            '男' | '女' => kanji = kanji.max(p),
            'M' | 'F' | 'm' | 'f' => letter = letter.max(p),
            _ => {}
        }
    }
    1.0 - (1.0 - kanji) * (1.0 - letter)
}

/// Reads the card's fields from its recognised lines, on `today` (no one was born after it).
pub fn read_front(lines: &[CardLine], today: CivilDate) -> CardFront {
    let lines: Vec<CardLine> = lines
        .iter()
        .map(|line| block_number_on_evidence(town_before_block(line)))
        .collect();
    let lines = lines.as_slice();
    let prepared: Vec<Prepared<'_>> = lines
        .iter()
        .map(|line| Prepared::new(line, &line.text))
        .collect();
    // Addresses are printed in small full-width characters, which lose the most to the blank.
    let restored: Vec<Prepared<'_>> = lines.iter().map(Prepared::restored).collect();
    let all_text: String = prepared
        .iter()
        .map(|p| normalize(&p.line.text.text))
        .collect();
    let special = all_text.contains("特別永住");

    // As sure as the number's own characters: a certificate's number is often read run into
    // the title before it (`SPECIAL PRMANENT RESIDET CERTTE JW67743757PC`).
    let card_number = best_judged(&prepared, FieldId::CardNumber, |p| {
        let (number, changes) = card_number_in_line(&p.line.text, &p.text)?;
        let confidence = (1.0 - 0.15 * changes as f32) * p.spelled(&number);
        Some((number, confidence))
    });
    let name = best(&prepared, FieldId::Name, |p| {
        let spaced = p
            .line
            .text
            .evidence
            .as_deref()
            .and_then(|evidence| evidence.with_dropped_spaces(&p.line.text.text))
            .map(|text| normalize(&text));
        let name = values::latin_name(spaced.as_deref().unwrap_or(&p.text))?;
        // The name line is mostly Latin; a stray Latin word in a Japanese line is not a name.
        let latin = p.text.chars().filter(char::is_ascii_alphabetic).count();
        let letters = p
            .text
            .chars()
            .filter(|c| c.is_alphanumeric())
            .count()
            .max(1);
        let is_label = layout::LATIN_LABELS
            .iter()
            .any(|label| strsim::levenshtein(label, &name) <= label.len() / 4);
        // Longer Latin lines are likelier the name than a stray word.
        let length = (latin as f32 / 8.0).min(1.0);
        (latin * 10 >= letters * 8 && name.len() >= 3 && !is_label)
            .then_some((name, 0.5 + 0.5 * length))
    });
    let sex = best_judged(&prepared, FieldId::Sex, |p| {
        let (sex, agreed) = values::sex(&p.text)?;
        let confidence = if agreed {
            agreeing_sex_confidence(&p.line.text)
        } else {
            0.9 * p.confidence
        };
        Some((sex, confidence))
    });
    let nationality = best_judged(&prepared, FieldId::Nationality, |p| {
        // The detector may join the sex and nationality cells: try the text after the label
        // and the last word as well as the whole line.
        let after_label = layout::after_label(&p.text, "国籍・地域")
            .or_else(|| layout::after_garbled_nationality_label(&p.text))
            .map(str::to_owned);
        let from_evidence = by_evidence(vocab::nationalities(), p, after_label.as_deref());
        let last_word = p.text.split_whitespace().last().map(str::to_owned);
        let fuzzy = [Some(p.text.clone()), after_label, last_word]
            .into_iter()
            .flatten()
            .filter_map(|candidate| vocab::nationalities().match_whole(&candidate));
        // A name read exactly at the end of a line whose label is garbled (`面地城スリランカ`).
        let chars: Vec<char> = p.text.chars().collect();
        let exact_end = (0..chars.len().saturating_sub(1))
            .map(|i| chars[i..].iter().collect::<String>())
            .filter_map(|tail| vocab::nationalities().match_exact(&tail))
            .filter(|m| m.matched_chars >= 2);
        from_evidence
            .or_else(|| {
                fuzzy
                    .chain(exact_end)
                    .max_by(|a, b| a.confidence.total_cmp(&b.confidence))
                    .map(|m| (m.term, m.confidence))
            })
            .map(|(term, content)| p.judged_term(term, content))
    });
    // Each line's places on its evidence, searched (the costliest search on the card) once
    // for both of its readings.
    let places_on_evidence: Vec<OnceCell<PlacesByEvidence>> =
        prepared.iter().map(|_| OnceCell::new()).collect();
    let address = best(&restored, FieldId::Address, |p| {
        address_at_start(&restored, p, 0).or_else(|| {
            // The label read garbled stays on the line (`住国地大阪府…`): after it.
            let label = p.text.len() - layout::after_garbled_address_label(&p.text)?.len();
            let (value, confidence) = address_at_start(&restored, p, label)?;
            Some((value, confidence * 0.9))
        })
    })
    .or_else(|| {
        best_at(&prepared, FieldId::Address, |i, p| {
            address_by_evidence(&prepared, p, &places_on_evidence[i], |found| found.pair)
        })
    })
    .or_else(|| {
        best(&prepared, FieldId::Address, |p| {
            address_by_name_inside(&prepared, p)
        })
    })
    .or_else(|| {
        best_at(&prepared, FieldId::Address, |i, p| {
            address_by_evidence(&prepared, p, &places_on_evidence[i], |found| {
                found.prefecture
            })
        })
    })
    .map(|address| town::town_on_evidence(lines, address))
    .map(town::town_in_building_name)
    .map(|address| with_prefecture_confidence(lines, address));
    let status = if special {
        None
    } else {
        best_judged(&prepared, FieldId::Status, |p| {
            by_evidence(vocab::statuses(), p, None)
                .or_else(|| term(vocab::statuses().match_whole(&p.text)))
                .map(|(term, content)| p.judged_term(term, content))
        })
    };
    let work_restriction = if special {
        None
    } else {
        let band = layout::band(FieldId::WorkRestriction);
        best_judged(&prepared, FieldId::WorkRestriction, |p| {
            let restrictions = vocab::work_restrictions();
            by_evidence(restrictions, p, None)
                .map(|(found, confidence)| (restrictions.longer_read(found, &p.text), confidence))
                .or_else(|| term(restrictions.match_whole(&p.text)))
                .filter(|(found, _)| {
                    !vocab::label_rather_than(&p.text, WORK_RESTRICTION_LABEL, *found)
                })
                .or_else(|| {
                    // In its row only: the five values share little with each other, so
                    // what a blurred value kept of its characters still tells them apart.
                    if band.fit(&p.line.bounds) < 0.6 {
                        return None;
                    }
                    let shared = restrictions.match_shared(&p.text, &[WORK_RESTRICTION_LABEL]);
                    term(shared).map(|(t, c)| (t, c * 0.8))
                })
                .map(|(term, content)| p.judged_term(term, content))
        })
    };
    let work_restriction = restriction_agreeing_with_status(work_restriction, status.as_ref());
    let period_of_stay =
        best_judged(&prepared, FieldId::PeriodOfStay, dates::period_on).or_else(|| {
            // 永住者 and 高度専門職2号 stay without end: their cards print 無期限.
            let status = status.as_ref()?;
            INDEFINITE_STATUSES
                .contains(&status.value.key)
                .then(|| taken_from_status(status, PeriodOfStay::Indefinite))
        });
    // The expiry is the period line's first date; the validity line's date is its last.
    let expiry_date = best_judged(&prepared, FieldId::PeriodOfStay, |p| {
        dates::end_date(p, values::dates(&p.text).first())
    });
    let card_valid_until = best_judged(&prepared, FieldId::CardValidity, |p| {
        dates::end_date(p, values::dates(&p.text).last())
    });
    // The card is valid after its holder was born: a date past its end (or today) is no birth
    // date.
    let card_ends = [&card_valid_until, &expiry_date]
        .into_iter()
        .flatten()
        .map(|f| f.value)
        .min();
    let birth_date = best_judged(&prepared, FieldId::BirthDate, |p| {
        dates::birth_date_on(p, card_ends, today)
    })
    .or_else(|| birth_date_with_half_era(&prepared, card_ends, today));
    // One of the two end dates stands for the other when the law makes them one.
    let ends_with_stay = |end: &CardField<CivilDate>| {
        card_ends_with_stay(
            status.as_ref(),
            period_of_stay.as_ref(),
            birth_date.as_ref(),
            end.value,
        )
        .then(|| CardField {
            confidence: end.confidence * 0.8,
            ..end.clone()
        })
    };
    // Read both but differently where they are one: a digit of one was misread, most likely
    // in the less sure line.
    let (expiry_date, card_valid_until) = match (expiry_date, card_valid_until) {
        (Some(expiry), Some(validity)) if expiry.value != validity.value => {
            let surer = if expiry.confidence >= validity.confidence {
                &expiry
            } else {
                &validity
            };
            match ends_with_stay(surer) {
                Some(one) => {
                    let one = end_date_of_both(&prepared, &expiry, &validity, one);
                    (Some(one.clone()), Some(one))
                }
                None => (Some(expiry), Some(validity)),
            }
        }
        (expiry, validity) => (expiry, validity),
    };
    let expiry_date = expiry_date.or_else(|| card_valid_until.as_ref().and_then(ends_with_stay));
    let card_valid_until =
        card_valid_until.or_else(|| expiry_date.as_ref().and_then(ends_with_stay));
    CardFront {
        kind: if special {
            CardKind::SpecialPermanentResidentCertificate
        } else {
            CardKind::ResidenceCard
        },
        card_number,
        name,
        birth_date,
        sex,
        nationality,
        address,
        status,
        work_restriction,
        period_of_stay,
        expiry_date: if special { None } else { expiry_date },
        card_valid_until,
    }
}

/// The one date that the period's and the card's end dates, read differently, stand for
/// (`one`, the surer reading, as [`read_front`] took it): the date both lines' evidence makes
/// likeliest together (see [`templates::end_date_on_both`]), at `one`'s confidence; `one`
/// itself when a line has no evidence.
fn end_date_of_both(
    lines: &[Prepared<'_>],
    expiry: &CardField<CivilDate>,
    validity: &CardField<CivilDate>,
    one: CardField<CivilDate>,
) -> CardField<CivilDate> {
    let evidence_of = |field: &CardField<CivilDate>| {
        lines
            .iter()
            .find(|p| p.line.bounds == field.bounds)
            .and_then(|p| p.line.text.evidence.as_deref())
    };
    let (Some(expiry_line), Some(validity_line)) = (evidence_of(expiry), evidence_of(validity))
    else {
        return one;
    };
    let ends_then = |date: CivilDate| (dates::FIRST_END_YEAR..LAST_END_YEAR).contains(&date.year());
    match templates::end_date_on_both(
        [expiry_line, validity_line],
        &[expiry.value, validity.value],
        ends_then,
    ) {
        Some((date, _)) => CardField { value: date, ..one },
        None => one,
    }
}

/// A year no card or stay ends in: a later one is a misread digit (`7023年`).
const LAST_END_YEAR: i32 = 2100;

/// Age at the end of a period of stay from which its card was surely issued to someone 16 or
/// over: a period is at most five years.
const SIXTEEN_AT_ISSUE: u32 = 16 + 5;

/// Whether the card is valid exactly until the period of stay ends on `end` (入管法 19条の5):
/// the card of a resident other than a permanent resident (or 高度専門職2号, whose stay has
/// no end) who was 16 or over when it was issued. Known only from a status read, a period not
/// 無期限 and a birth date.
fn card_ends_with_stay(
    status: Option<&CardField<Term>>,
    period: Option<&CardField<PeriodOfStay>>,
    birth: Option<&CardField<PrintedDate>>,
    end: CivilDate,
) -> bool {
    let (Some(status), Some(birth)) = (status, birth) else {
        return false;
    };
    let lasting = INDEFINITE_STATUSES.contains(&status.value.key)
        || period.is_some_and(|p| p.value == PeriodOfStay::Indefinite);
    !lasting
        && birth.value.date < end
        && madoguchi_rules::age_on(birth.value.date, end) >= SIXTEEN_AT_ISSUE
}

/// The statuses whose period of stay has no end (無期限).
const INDEFINITE_STATUSES: [&str; 2] = ["permanent-resident", "highly-skilled-2"];

/// The status's confidence shared by a value taken from it (the work restriction, 無期限):
/// below the review threshold, so the user checks what the card was not read for.
const BY_STATUS_CONFIDENCE: f32 = 0.7;

/// A value the law gives a status, shown with the status's text and place.
fn taken_from_status<T>(status: &CardField<Term>, value: T) -> CardField<T> {
    CardField {
        value,
        confidence: status.confidence * BY_STATUS_CONFIDENCE,
        text: status.text.clone(),
        bounds: status.bounds,
    }
}

/// The work restriction as the status makes the card print it, where it makes one: in place
/// of a restriction no line gave, and of one read less surely than the status that says
/// otherwise (a blurred `指定機関での…` that lost its start reads as the status's own work).
/// A restriction read as the status makes it is two readings of one fact, in doubt only when
/// both are.
fn restriction_agreeing_with_status(
    read: Option<CardField<Term>>,
    status: Option<&CardField<Term>>,
) -> Option<CardField<Term>> {
    let by_status = status.and_then(|status| {
        let key = work_restriction_of_status(status.value.key)?;
        Some(taken_from_status(
            status,
            vocab::work_restrictions().by_key(key)?,
        ))
    });
    match (read, by_status) {
        (Some(read), Some(by_status)) if read.value.key == by_status.value.key => {
            let confidence = 1.0 - (1.0 - read.confidence) * (1.0 - by_status.confidence);
            Some(CardField { confidence, ..read })
        }
        (Some(read), Some(by_status)) if read.confidence < by_status.confidence => Some(by_status),
        (read, by_status) => read.or(by_status),
    }
}

/// The work restriction (key) a Residence Card prints for a status of residence, where the
/// status alone decides it (入管法 19条の4, 就労制限の有無): none for
/// the family-based statuses, not permitted for those with no work, the designated
/// organisation for the statuses tied to one, and the status's own work for the other working
/// statuses. `None` where it depends on more than the status: 特定活動 (per designation),
/// 高度専門職 (per number), 外交 and 公用 (no card).
fn work_restriction_of_status(status: &str) -> Option<&'static str> {
    Some(match status {
        "permanent-resident"
        | "spouse-of-japanese"
        | "spouse-of-permanent-resident"
        | "long-term-resident" => "none",
        "student" | "dependent" | "cultural-activities" | "trainee" => "not-permitted",
        s if [
            "specified-skilled-",
            "technical-intern-",
            "employment-for-skill-",
        ]
        .iter()
        .any(|family| s.starts_with(family)) =>
        {
            "designated-organisation"
        }
        "professor"
        | "artist"
        | "religious-activities"
        | "journalist"
        | "business-manager"
        | "legal-accounting"
        | "medical-services"
        | "researcher"
        | "instructor"
        | "engineer-humanities-international"
        | "intra-company-transferee"
        | "nursing-care"
        | "entertainer"
        | "skilled-labor" => "status-only",
        _ => return None,
    })
}

/// The work restriction's label, which a garbled read may leave on the line.
const WORK_RESTRICTION_LABEL: &str = "就労制限の有無";

/// Least probability the recogniser's own letter needs, at a place read as a digit, to be
/// taken over the look-alike table's: a crisp `O` read `0` keeps every round letter at noise
/// level (`Q` above `O` at 0.07 %), a blurred `Q` keeps `Q` at a few percent.
const MIN_SEEN_LETTER: f32 = 0.01;
/// Least probability a character of the right kind needs to stand for one that has no
/// look-alike of that kind (`Y` among the digits): below it, the recogniser saw none, and a
/// title's letters (`…CERTIFICATEPY1738871ZK`, a digit lost) would pass for a number.
const MIN_SEEN_WITHOUT_LOOK_ALIKE: f32 = 0.01;

/// The card number in a recognised line (`normalised`: its text normalised): as
/// [`card_number_seen`] reads it, else as the look-alike table alone reads the text, else
/// with a doubled digit that decoding read once put back (see
/// [`card_number_with_repeat_restored`]). With how many characters were changed.
pub(crate) fn card_number_in_line(
    text: &RecognizedText,
    normalised: &str,
) -> Option<(String, usize)> {
    card_number_seen(text)
        .or_else(|| values::card_number(normalised))
        .or_else(|| card_number_with_repeat_restored(text))
}

/// How much better (natural log) than any other digit doubled the restored one must align.
const REPEAT_MARGIN: f32 = 2.0;

/// A card number one digit short because CTC decoding reads a doubled digit once when the
/// recogniser put no blank between its two (`UP2420714XN` for UP24200714XN): each digit of the
/// line doubled in turn, kept when the line's evidence supports that number clearly better
/// than any other doubling.
fn card_number_with_repeat_restored(text: &RecognizedText) -> Option<(String, usize)> {
    let evidence = text.evidence.as_deref()?;
    let chars: Vec<char> = text.text.chars().collect();
    let mut candidates: Vec<(f32, String)> = Vec::new();
    for (i, c) in chars.iter().enumerate().filter(|(_, c)| c.is_ascii_digit()) {
        let doubled: String = chars[..=i]
            .iter()
            .chain(std::iter::once(c))
            .chain(&chars[i + 1..])
            .collect();
        // Only a number read exactly once doubled: a doubled digit taken as a letter's
        // look-alike (`…634L` → `…6344L` → `…634AL`) is a number made up.
        let Some((number, 0)) = values::card_number(&doubled) else {
            continue;
        };
        if candidates.iter().any(|(_, n)| *n == number) {
            continue;
        }
        let expected: Vec<char> = number.chars().collect();
        if let Some(cost) = evidence.cost_of(&expected, 0) {
            candidates.push((cost, number));
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (cost, number) = candidates.first()?.clone();
    let runner_up = candidates.get(1).map_or(f32::NEG_INFINITY, |c| c.0);
    (cost - runner_up >= REPEAT_MARGIN).then_some((number, 1))
}

/// The card number in a recognised line, a character of the wrong kind for its place taken
/// as the recogniser's likeliest of the right kind there (see [`values::card_number_read`]).
pub(crate) fn card_number_seen(text: &RecognizedText) -> Option<(String, usize)> {
    let evidence = text.evidence.as_deref();
    values::card_number_read(&text.text, |index, kind, table| {
        let wanted = |c: char| match kind {
            crate::mrz::Kind::Digits => c.is_ascii_digit(),
            _ => c.is_ascii_uppercase(),
        };
        let (seen, probability) = evidence?.likeliest_at(index, wanted)?;
        match table {
            // No one look-alike: any character of the kind may be it.
            [_, _, ..] if probability < MIN_SEEN_WITHOUT_LOOK_ALIKE => None,
            [only] if *only != seen && probability < MIN_SEEN_LETTER => Some(*only),
            _ => Some(seen),
        }
    })
}

/// Least probability at which the recogniser's `町` stands for the character it read before
/// a 丁目's numeral. Most towns with 丁目 are named `…町`, and a misread 町 keeps some weight
/// (`南司`, `大手街`, `本阿`); another town's last character leaves it unkept. (On 300 hard
/// photos, 31 of the 54 misread 町 kept it at 0.3 % or more; none of 32 towns named
/// otherwise, `中央`, `西新宿`, kept it at all. The same bound serves before a hyphenated block
/// (`本司3-7-18`): on the same photos it read four more towns and changed no other address.)
const MIN_TOWN_MACHI: f32 = 0.003;

/// Whether `chars[at..]` starts a block printed with hyphens (`3-7-18`).
fn hyphenated_block_at(chars: &[char], at: usize) -> bool {
    let rest = chars.get(at..).unwrap_or_default();
    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    digits > 0
        && rest
            .get(digits)
            .is_some_and(|c| matches!(c, '-' | '‐' | '−' | 'ー' | '－'))
        && rest.get(digits + 1).is_some_and(char::is_ascii_digit)
}

/// The line with the character before a 丁目's numeral (`南司四丁目`) or a hyphenated block
/// (`本司3-7-18`) read as 町 when the recogniser kept 町 there at [`MIN_TOWN_MACHI`] or more,
/// at that probability (so that the review asks the user to check it). What ends a
/// municipality's name (`江戸川区4-12-3`, its town lost) or a 丁目 stays.
fn town_before_block(line: &CardLine) -> CardLine {
    let Some(evidence) = line.text.evidence.as_deref() else {
        return line.clone();
    };
    let mut chars: Vec<char> = line.text.text.chars().collect();
    let mut confidences = line.text.confidences.clone();
    for i in 0..chars.len().saturating_sub(2) {
        let before_chome = "一二三四五六七八九".contains(chars[i + 1]) && chars[i + 2] == '丁';
        let before_block = hyphenated_block_at(&chars, i + 1) && !"市区郡村目".contains(chars[i]);
        // A town's name is written in kanji; a kana or digit before a numeral is something else.
        if !(before_chome || before_block) || chars[i] == '町' || !crate::text::is_kanji(chars[i])
        {
            continue;
        }
        if let Some((_, p)) = evidence.likeliest_at(i, |c| c == '町')
            && p >= MIN_TOWN_MACHI
        {
            chars[i] = '町';
            if confidences.is_empty() {
                // Typed text: every character certain.
                confidences = vec![1.0; chars.len()];
            }
            if let Some(confidence) = confidences.get_mut(i) {
                *confidence = p;
            }
        }
    }
    CardLine {
        text: RecognizedText {
            text: chars.into_iter().collect(),
            confidences,
            ..line.text.clone()
        },
        bounds: line.bounds,
    }
}

/// Least probability at which the recogniser's 番 stands for a digit read between a 丁目's
/// block and house numbers, or is put back between them.
const MIN_BLOCK_BAN: f32 = 0.01;

/// The line with the 番 put back that a `…丁目…番…号` address lost among its digits: read as a
/// digit (`九丁目2203号` for 22番3号) or lost to the blank (`四丁目813号` for 8番13号). Where
/// the digits after a numeral's 丁 (and the character after it) run into 号 with no 番, the
/// place among them where the recogniser gave 番 most (at [`MIN_BLOCK_BAN`] or more, with
/// neither number starting with 0) takes it, at that probability.
fn block_number_on_evidence(line: CardLine) -> CardLine {
    let Some(evidence) = line.text.evidence.clone() else {
        return line;
    };
    let chars: Vec<char> = line.text.text.chars().collect();
    let Some((start, digits)) = digits_before_go(&chars) else {
        return line;
    };
    let is_ban = |c: char| c == '番';
    let numbers_fit = |block: &[char], house: &[char]| {
        !block.is_empty() && !house.is_empty() && block[0] != '0' && house[0] != '0'
    };
    let run = &chars[start..start + digits];
    let mut best: Option<BanPlace> = None;
    for j in 1..digits {
        let read_as_digit = (j + 1 < digits && numbers_fit(&run[..j], &run[j + 1..]))
            .then(|| evidence.likeliest_at(start + j, is_ban))
            .flatten()
            .map(|(_, probability)| BanPlace {
                probability,
                index: start + j,
                put_back_at: None,
            });
        let lost = numbers_fit(&run[..j], &run[j..])
            .then(|| evidence.likeliest_before(start + j, is_ban))
            .flatten()
            .map(|(_, probability, steps)| BanPlace {
                probability,
                index: start + j,
                put_back_at: Some(steps),
            });
        for candidate in [read_as_digit, lost].into_iter().flatten() {
            if candidate.probability >= MIN_BLOCK_BAN
                && best.is_none_or(|b| candidate.probability > b.probability)
            {
                best = Some(candidate);
            }
        }
    }
    let Some(BanPlace {
        probability: p,
        index: at,
        put_back_at,
    }) = best
    else {
        return line;
    };
    let mut chars = chars;
    let mut confidences = line.text.confidences.clone();
    if confidences.len() != chars.len() {
        confidences = vec![1.0; chars.len()];
    }
    let evidence = match put_back_at {
        None => {
            chars[at] = '番';
            confidences[at] = p;
            evidence
        }
        Some(steps) => {
            chars.insert(at, '番');
            confidences.insert(at, p);
            std::sync::Arc::new(evidence.with_char_before(at, steps))
        }
    };
    CardLine {
        text: RecognizedText {
            text: chars.into_iter().collect(),
            confidences,
            evidence: Some(evidence),
            ..line.text
        },
        bounds: line.bounds,
    }
}

/// Where [`block_number_on_evidence`] puts a 番: at the greedy text's character `index`, read
/// as a digit there, or put back before it at the steps `put_back_at`.
#[derive(Clone, Copy)]
struct BanPlace {
    probability: f32,
    index: usize,
    put_back_at: Option<(u32, u32)>,
}

/// Where a run of two to four digits starts that follows a numeral's 丁 (and the one
/// character after it, its 目 however read) and runs into 号, and its length.
fn digits_before_go(chars: &[char]) -> Option<(usize, usize)> {
    (1..chars.len()).find_map(|i| {
        if chars[i] != '丁' || !values::is_chome_numeral(chars[i - 1]) {
            return None;
        }
        let start = if chars.get(i + 1)?.is_ascii_digit() {
            i + 1
        } else {
            i + 2
        };
        let digits = chars
            .get(start..)?
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        ((2..=4).contains(&digits) && chars.get(start + digits) == Some(&'号'))
            .then_some((start, digits))
    })
}

/// The address whose place `pick` takes from what the line's recogniser evidence says after
/// its label (searched once into `places`, see [`municipalities::places_by_evidence`]), when
/// its greedy text was too garbled to match it: the prefecture and municipality, or the
/// prefecture alone. Only a row that shows a number is searched (see [`numbered_row`]).
fn address_by_evidence(
    lines: &[Prepared<'_>],
    line: &Prepared<'_>,
    places: &OnceCell<PlacesByEvidence>,
    pick: impl Fn(&PlacesByEvidence) -> Option<PlaceByEvidence>,
) -> Option<(Address, f32)> {
    let row = numbered_row(lines, line)?;
    address_of_place(line, &row, &line.text, |evidence, greedy, label| {
        pick(places.get_or_init(|| municipalities::places_by_evidence(evidence, greedy, label)))
    })
}

/// The line's text continued on its row (see [`continued_on_the_row`]), when it shows a
/// number: addresses end in one, and the searches for their place are the costliest on the
/// card.
fn numbered_row(lines: &[Prepared<'_>], line: &Prepared<'_>) -> Option<String> {
    let row = continued_on_the_row(lines, line);
    row.chars().any(|c| c.is_ascii_digit()).then_some(row)
}

/// The address whose place `find` finds on the line's evidence (given with the line's greedy
/// text) after the characters before `value` (a tail of the line's text: after its label),
/// then the rest of its `row` (the line's text continued on its row, see
/// [`continued_on_the_row`]).
fn address_of_place(
    line: &Prepared<'_>,
    row: &str,
    value: &str,
    find: impl Fn(&LineEvidence, &str, usize) -> Option<PlaceByEvidence>,
) -> Option<(Address, f32)> {
    let evidence = line.line.text.evidence.as_ref()?;
    let raw = &line.line.text.text;
    let place = find(evidence, raw, chars_before(raw, value))?;
    let after_place: String = raw.chars().skip(place.chars_through).collect();
    let rest = format!("{}{}", normalize(&after_place), &row[line.text.len()..]);
    Some((
        Address {
            text: values::address_with_place(place.prefecture.japanese, place.municipality, &rest),
            prefecture: Some(place.prefecture),
            prefecture_confidence: None,
        },
        ADDRESS_BY_EVIDENCE_CONFIDENCE * (place.cost_per_char / 2.0).exp(),
    ))
}

/// When neither the text nor the evidence placed an address's start (`福陶楼局市博多区…`),
/// the address whose municipality stands whole in it and tells its prefecture (see
/// [`crate::municipalities::inside`]), with the rest of its row. Trusted less: what came
/// before the name is lost.
fn address_by_name_inside(lines: &[Prepared<'_>], line: &Prepared<'_>) -> Option<(Address, f32)> {
    let row = numbered_row(lines, line)?;
    let place = crate::municipalities::inside(&row)?;
    // After a city's name alone, its garbled ward stays in the rest as read.
    let rest: String = row.chars().skip(place.through).collect();
    Some((
        Address {
            text: values::address_with_place(place.prefecture.japanese, place.municipality, &rest),
            prefecture: Some(place.prefecture),
            prefecture_confidence: None,
        },
        ADDRESS_BY_NAME_INSIDE_CONFIDENCE,
    ))
}

/// Confidence in an address placed by a name inside it: under the review threshold.
const ADDRESS_BY_NAME_INSIDE_CONFIDENCE: f32 = 0.6;

/// How much an address found on the evidence alone is trusted against its cost.
const ADDRESS_BY_EVIDENCE_CONFIDENCE: f32 = 0.8;

/// The address that the line's text starts with after its first `skip` bytes (a garbled
/// label): its prefecture, or its prefecture and municipality read together, with the rest
/// of its row.
fn address_at_start(
    lines: &[Prepared<'_>],
    line: &Prepared<'_>,
    skip: usize,
) -> Option<(Address, f32)> {
    let text = &line.text[skip..];
    if let Some(prefecture) = vocab::prefectures().match_prefix(text) {
        let whole_row = continued_on_the_row(lines, line);
        let address = Address {
            text: values::address_text(&whole_row[skip..], &prefecture),
            prefecture: Some(prefecture.term),
            prefecture_confidence: None,
        };
        // A municipality the greedy text kept too little of may still be on the evidence.
        let key = prefecture.term.key;
        let known = address
            .text
            .strip_prefix(prefecture.term.japanese)
            .is_some_and(|tail| {
                crate::municipalities::of_prefecture(key).any(|m| tail.starts_with(m.name))
            });
        // A prefecture read with a misread character may be another whose municipality
        // follows (`淡城果つくぼ市`: 茨城県, not 宮城県).
        let misread_prefecture = prefecture.distance > 0;
        let on_evidence = (!known)
            .then(|| {
                address_of_place(line, &whole_row, text, |evidence, greedy, label| {
                    municipalities::in_prefecture_by_evidence(evidence, greedy, label, key).or_else(
                        || {
                            misread_prefecture.then(|| {
                                municipalities::places_by_evidence(evidence, greedy, label).pair
                            })?
                        },
                    )
                })
            })
            .flatten();
        return on_evidence.or(Some((address, prefecture.confidence)));
    }
    let place = crate::municipalities::with_prefecture_at_start(text)?;
    let row = continued_on_the_row(lines, line);
    let text = &row[skip..];
    let length = place.prefecture.japanese.chars().count() + place.municipality.chars().count();
    Some((
        Address {
            text: values::address_after_place(text, &place),
            prefecture: Some(place.prefecture),
            prefecture_confidence: None,
        },
        1.0 - place.edits as f32 / length as f32,
    ))
}

/// A birth date whose era name lost a kanji (`和38年9月21日`), when only one era it may be
/// gives a date by `today` and before `card_ends`: 令和38年 is no birth date, so the 和 is
/// 昭和's. Its confidence is lowered for the review.
fn birth_date_with_half_era(
    lines: &[Prepared<'_>],
    card_ends: Option<CivilDate>,
    today: CivilDate,
) -> Option<CardField<PrintedDate>> {
    best(lines, FieldId::BirthDate, |p| {
        let mut readings: Vec<PrintedDate> = Era::ALL
            .into_iter()
            .filter_map(|era| values::dates_with_half_era(&p.text, era).first().copied())
            .filter(|d| d.date <= today && card_ends.is_none_or(|end| d.date < end))
            .collect();
        readings.dedup();
        match readings.as_slice() {
            [only] => Some((*only, 0.6)),
            _ => None,
        }
    })
}

/// Where the nationality cell ends, before the portrait (fraction of the card's width).
const NATIONALITY_CELL_END: f32 = 0.75;

/// When the detector boxed the nationality label but not the value printed after it, the
/// line to read again and the part of the card (0–1) to read: the label's row, from the label
/// to the end of the cell.
pub fn unread_nationality_cell(lines: &[CardLine]) -> Option<(usize, Rect)> {
    let band = layout::band(FieldId::Nationality);
    lines.iter().enumerate().find_map(|(i, line)| {
        let text = normalize(&line.text.text);
        let value = layout::after_label(&text, "国籍・地域")?;
        let b = line.bounds;
        (value.chars().count() <= 1 && band.fit(&b) >= 0.6 && b.x1 < NATIONALITY_CELL_END - 0.05)
            .then(|| {
                let margin = b.height() * 0.25;
                (
                    i,
                    Rect::new(b.x0, b.y0 - margin, NATIONALITY_CELL_END, b.y1 + margin),
                )
            })
    })
}

/// Where the address's cell ends, before the portrait (fraction of the card's width).
const ADDRESS_CELL_END: f32 = 0.75;
/// Where the address's value starts, after its label's column (fraction of the card's width).
const ADDRESS_VALUE_START: f32 = 0.088;

/// Whether an address reads to its end: it ends as addresses end, in a house number (`号`,
/// `番地`, `1-2-3`) or a room (`号室`). A number after anything but a hyphen is cut short
/// (`…25番1` for `…25番12号`).
pub fn address_is_complete(text: &str) -> bool {
    let text = text.trim_end();
    let before_number = text.trim_end_matches(|c: char| c.is_ascii_digit());
    text.ends_with('号')
        || text.ends_with('室')
        || text.ends_with("番地")
        || (before_number.len() < text.len() && before_number.ends_with('-'))
}

/// When no address was found, or the one found stops short of its end (the detector left
/// part of its line unboxed: `…二丁目25番` for `…二丁目25番12号`), the part of the card to read
/// again as one line: the address's row (or its label's), from after the label to the end of
/// the cell.
pub fn unfinished_address_cell(lines: &[CardLine], card: &CardFront) -> Option<Rect> {
    if card
        .address
        .as_ref()
        .is_some_and(|a| address_is_complete(&a.value.text))
    {
        return None;
    }
    let band = layout::band(FieldId::Address);
    let label = lines
        .iter()
        .filter(|line| band.fit(&line.bounds) >= 0.6)
        // The label alone (one character may be misread: `住居池`).
        .find(|line| strsim::levenshtein(&vocab::compact(&line.text.text), "住居地") <= 1)
        .map(|line| line.bounds);
    // With no label read (run into the value, `住居地東京都…`, whose start the label's larger
    // print garbles; or left unread, on a straightened card) and no address, a long line on
    // the row is the row, the one a garbled value gave no address from.
    let long_line_on_row = || {
        lines
            .iter()
            .map(|line| line.bounds)
            .filter(|bounds| band.fit(bounds) >= IN_THE_BAND)
            .find(|bounds| bounds.x1 > ADDRESS_CELL_END / 2.0)
    };
    let row = card
        .address
        .as_ref()
        .map(|a| a.bounds)
        .or(label)
        .or_else(long_line_on_row)?;
    let start = label.map_or(ADDRESS_VALUE_START, |l| l.x1);
    let margin = row.height() * 0.2;
    (start < ADDRESS_CELL_END - 0.2)
        .then(|| Rect::new(start, row.y0 - margin, ADDRESS_CELL_END, row.y1 + margin))
}

/// The better of an address as first read and as read again from its whole cell: the second
/// when it reads to its end and says more, or when there was no first.
pub fn fuller_address(
    first: Option<CardField<Address>>,
    second: Option<CardField<Address>>,
) -> Option<CardField<Address>> {
    match (first, second) {
        (Some(first), Some(second)) => {
            let length = |a: &CardField<Address>| vocab::compact(&a.value.text).chars().count();
            let fuller = address_is_complete(&second.value.text)
                && !address_is_complete(&first.value.text)
                && length(&second) > length(&first);
            Some(if fuller { second } else { first })
        }
        (first, second) => first.or(second),
    }
}

/// A line's text with the pieces the detector split off its right on the same row (a glare
/// spot or a wide gap cuts a long address in two).
fn continued_on_the_row(lines: &[Prepared<'_>], first: &Prepared<'_>) -> String {
    let mut text = first.text.clone();
    let mut end = first.line.bounds;
    loop {
        let row_height = end.height().max(1e-3);
        let next = lines
            .iter()
            .filter(|p| {
                let b = p.line.bounds;
                let gap = b.x0 - end.x1;
                // Only pieces that reach further right, so that the walk ends.
                (b.center().1 - end.center().1).abs() < row_height / 2.0
                    && (-0.01..0.15).contains(&gap)
                    && b.x1 > end.x1 + 0.005
            })
            .min_by(|a, b| a.line.bounds.x0.total_cmp(&b.line.bounds.x0));
        let Some(next) = next else {
            return text;
        };
        text.push_str(&next.text);
        end = next.line.bounds;
    }
}

/// When the nationality's label and value were read as one line (often with the sex before
/// them), the value's cell alone: from where the label ends to the end of the cell, on the
/// line's row. Read on its own, the value's small katakana keep more of the recogniser's
/// attention than after a label (`イドネ` in the line, `インドネシア` alone).
/// `crop_padding` is how far the line's crop ran past each end, per unit of the line's height
/// (in the card's 0–1 width): the recogniser's steps span the padded crop.
pub fn nationality_value_cell(lines: &[CardLine], crop_padding: f32) -> Option<Rect> {
    let band = layout::band(FieldId::Nationality);
    lines.iter().find_map(|line| {
        if band.fit(&line.bounds) < 0.6 {
            return None;
        }
        let raw = &line.text.text;
        let normalised = normalize(raw);
        let value = layout::after_label(&normalised, "国籍・地域")?;
        // A label read alone is `unread_nationality_cell`'s.
        if value.chars().count() <= 1 {
            return None;
        }
        let label_chars = chars_before(raw, value);
        let label_end = line
            .text
            .evidence
            .as_ref()?
            .char_end(label_chars.checked_sub(1)?)?;
        let b = line.bounds;
        let pad = b.height() * crop_padding;
        let start = b.x0 - pad + label_end * (b.width() + 2.0 * pad);
        let margin = b.height() * 0.1;
        (start < NATIONALITY_CELL_END - 0.03)
            .then(|| Rect::new(start, b.y0 - margin, NATIONALITY_CELL_END, b.y1 + margin))
    })
}

/// The row of the birth date, sex and nationality on the straightened card (fraction of its
/// height), where nothing read on it gives it.
const BIRTH_ROW: (f32, f32) = (0.21, 0.285);
/// Where the sex's cell is on that row (fraction of the card's width): after the birth date,
/// the label `性別` included, to the nationality's label.
const SEX_CELL: (f32, f32) = (0.37, 0.535);
/// Where the nationality's value begins on the card when nothing read says (fraction of the
/// card's width): after the sex and the label `国籍・地域`, which end before it on the card.
const NATIONALITY_VALUE_START: f32 = 0.56;

/// The birth date, sex and nationality's row: where one of them was read, else where the
/// card prints it.
fn birth_row(card: &CardFront) -> (f32, f32) {
    let read = card
        .sex
        .as_ref()
        .map(|f| f.bounds)
        .or_else(|| card.birth_date.as_ref().map(|f| f.bounds))
        .or_else(|| card.nationality.as_ref().map(|f| f.bounds));
    match read {
        Some(row) => {
            let margin = row.height() * 0.15;
            (row.y0 - margin, row.y1 + margin)
        }
        None => BIRTH_ROW,
    }
}

/// When no line gave a nationality (its label and value garbled, or boxed with the sex), the
/// value's cell where the card prints it: on the birth date's row, from
/// [`NATIONALITY_VALUE_START`] to the portrait.
pub fn nationality_cell_by_layout(card: &CardFront) -> Rect {
    let (y0, y1) = birth_row(card);
    Rect::new(NATIONALITY_VALUE_START, y0, NATIONALITY_CELL_END, y1)
}

/// When no line gave the sex (the detector missed its short cell), the cell where the card
/// prints it.
pub fn sex_cell_by_layout(card: &CardFront) -> Rect {
    let (y0, y1) = birth_row(card);
    Rect::new(SEX_CELL.0, y0, SEX_CELL.1, y1)
}

/// The sex read from its cell at its layout place.
pub fn sex_in_cell(line: &CardLine) -> Option<CardField<Sex>> {
    let p = Prepared::new(line, &line.text);
    match values::sex(&p.text) {
        Some((value, agreed)) => Some(p.field(value, if agreed { 0.9 } else { 0.7 })),
        None => {
            let (value, content) = sex_by_evidence(line.text.evidence.as_deref()?)?;
            Some(p.field(value, content))
        }
    }
}

/// What the sex's cell prints of either value: the recogniser's odds for each are kept even
/// where none of them ranks among its likeliest (see [`sex_by_evidence`]).
pub const SEX_CHARACTERS: [char; 4] = ['男', '女', 'M', 'F'];

/// How much likelier (natural log) one sex's kanji must be than the other's for a cell whose
/// greedy text gave neither to be read as it. The cell keeps both kanji's odds at every step
/// (see [`SEX_CHARACTERS`]), and a blurred 男 still scores better as 男 than as 女: on 300 hard
/// photos, margins from 1 read 15 more sexes, 12 of them right, where 4 was needed against the
/// floor of a kanji not kept (held out: 13 more, 10 right, and one right read turned wrong).
const SEX_MARGIN: f32 = 1.0;
/// Confidence of a sex read so: under the review threshold, for the user to check.
const SEX_BY_EVIDENCE_CONFIDENCE: f32 = 0.6;
/// Margin below which a sex read so is given a lower confidence still: about one such read in
/// four is wrong.
const SURE_SEX_MARGIN: f32 = 4.0;
const UNSURE_SEX_CONFIDENCE: f32 = 0.4;

/// The sex whose kanji (with its letter, or alone: the letter is often lost) the cell's
/// evidence supports clearly better than the other's. The letters alone are not weighed:
/// one stray Latin stroke reads as `F` or `M` as easily as the other.
fn sex_by_evidence(evidence: &LineEvidence) -> Option<(Sex, f32)> {
    let cost = |kanji: char, letter: char| {
        [&[kanji, letter][..], &[kanji][..]]
            .into_iter()
            .filter_map(|spelling| evidence.cost_of(spelling, 0))
            .fold(f32::NEG_INFINITY, f32::max)
    };
    let (male, female) = (cost('男', 'M'), cost('女', 'F'));
    let (sex, margin) = if male > female {
        (Sex::Male, male - female)
    } else {
        (Sex::Female, female - male)
    };
    let confidence = if margin >= SURE_SEX_MARGIN {
        SEX_BY_EVIDENCE_CONFIDENCE
    } else {
        UNSURE_SEX_CONFIDENCE
    };
    (margin >= SEX_MARGIN).then_some((sex, confidence))
}

/// The nationality read from its cell at its layout place: its position is known as after a
/// label, so the value is believed on the evidence as after one; stray label characters at
/// the cell's start cost what any skipped character costs.
pub fn nationality_in_cell(line: &CardLine) -> Option<CardField<Term>> {
    let p = Prepared::new(line, &line.text);
    let (value, content) = by_evidence_at(vocab::nationalities(), &p, 0, true)?;
    Some(p.field(value, content))
}

/// Confidence in a nationality taken from the 国 its value ends in: under the review threshold,
/// for the user to check.
const KUNI_NATIONALITY_CONFIDENCE: f32 = 0.5;
/// Least probability of a rival's kanji (中, 英, 米) before the 国 at which the value may be
/// that rival's.
const MIN_SEEN_RIVAL: f32 = 0.01;

/// 韓国 when no reading gave a nationality (or only a 中国 matched on text with no 中 in it,
/// `地 国`) and a line on its row still ends as a value ending in 国 does, with a character
/// before the 国 that is none of the other such names' (`城地址特国`: the label garbled, 韓 read
/// as 特; `地域国`: 韓 lost whole). 韓 is the densest of those kanji and the one small print
/// loses; 中, 英 and 米 are read where printed. On a Special Permanent Resident Certificate
/// only 韓国 and 中国 end in 国 (over 99 % of special permanent residents are of 韓国 or 朝鮮,
/// ISA statistics); on a Residence Card 英国, 米国 and the names ending in 共和国 or カ国 do too,
/// so their characters before the 国 rule it out. Not read when the recogniser kept a rival's
/// kanji before the 国.
pub fn korea_by_its_kuni(lines: &[CardLine], card: &CardFront) -> Option<CardField<Term>> {
    let replaceable = card
        .nationality
        .as_ref()
        .is_none_or(|n| n.value.key == "CHN" && !n.text.contains('中'));
    if !replaceable {
        return None;
    }
    let certificate = card.kind == CardKind::SpecialPermanentResidentCertificate;
    let rivals: &[char] = if certificate {
        &['中']
    } else {
        &['中', '英', '米']
    };
    let band = layout::band(FieldId::Nationality);
    let line = lines.iter().find(|line| {
        let chars: Vec<char> = line.text.text.trim_end().chars().collect();
        let Some((&'国', before)) = chars.split_last() else {
            return false;
        };
        let Some(&last) = before.last() else {
            return false;
        };
        if band.fit(&line.bounds) < 0.5 {
            return false;
        }
        if !certificate
            && (rivals.contains(&last) || last == '和' || crate::normalize::is_kana(last))
        {
            return false;
        }
        let rival_seen = line.text.evidence.as_deref().is_some_and(|evidence| {
            evidence
                .likeliest_at(before.len() - 1, |c| rivals.contains(&c))
                .is_some_and(|(_, p)| p >= MIN_SEEN_RIVAL)
        });
        !rival_seen
    })?;
    let korea = vocab::nationalities().by_key("KOR")?;
    let p = Prepared::new(line, &line.text);
    Some(p.field(korea, KUNI_NATIONALITY_CONFIDENCE))
}

/// How well a line must fit a band to be in it, not on a neighbouring row (see
/// [`Band::fit`]). On 300 hard photos, second looks at the lines fitting the bands of missing
/// fields this well read as many fields as at those fitting 0.6 (the rows next to them as
/// well), and the slowest twentieth of the photos took 1057 ms instead of 1187.
const IN_THE_BAND: f32 = 0.8;

/// The lines (indices) printed where a field the card lacks is printed: read again, they may
/// give it. Not the card number's: its corner is read again alone (a line run into the title
/// read again as a whole gave a title's letter for the number's first).
pub fn lines_of_missing_fields(lines: &[CardLine], card: &CardFront) -> Vec<usize> {
    let missing: Vec<FieldId> = [
        (FieldId::Name, card.name.is_none()),
        (FieldId::BirthDate, card.birth_date.is_none()),
        (FieldId::Sex, card.sex.is_none()),
        (FieldId::Nationality, card.nationality.is_none()),
        (FieldId::Address, card.address.is_none()),
        (
            FieldId::Status,
            card.status.is_none() && card.kind == CardKind::ResidenceCard,
        ),
        (
            FieldId::WorkRestriction,
            card.work_restriction.is_none() && card.kind == CardKind::ResidenceCard,
        ),
        (
            FieldId::PeriodOfStay,
            (card.period_of_stay.is_none() || card.expiry_date.is_none())
                && card.kind == CardKind::ResidenceCard,
        ),
        (FieldId::CardValidity, card.card_valid_until.is_none()),
    ]
    .into_iter()
    .filter_map(|(field, missing)| missing.then_some(field))
    .collect();
    lines
        .iter()
        .enumerate()
        .filter(|(_, line)| {
            missing
                .iter()
                .any(|&field| layout::band(field).fit(&line.bounds) >= IN_THE_BAND)
        })
        .map(|(i, _)| i)
        .collect()
}

/// `card` with the fields it lacks taken from `second`, a reading of the same card's lines
/// read again.
pub fn with_missing_fields(card: CardFront, second: CardFront) -> CardFront {
    CardFront {
        kind: card.kind,
        card_number: card.card_number.or(second.card_number),
        name: card.name.or(second.name),
        birth_date: card.birth_date.or(second.birth_date),
        sex: card.sex.or(second.sex),
        nationality: card.nationality.or(second.nationality),
        address: card.address.or(second.address),
        status: card.status.or(second.status),
        work_restriction: card.work_restriction.or(second.work_restriction),
        period_of_stay: card.period_of_stay.or(second.period_of_stay),
        expiry_date: card.expiry_date.or(second.expiry_date),
        card_valid_until: card.card_valid_until.or(second.card_valid_until),
    }
}

/// The nationality of two reads of its cell that is likelier right: the one read, or the
/// surer of two.
pub fn surer_nationality(
    first: Option<CardField<Term>>,
    second: Option<CardField<Term>>,
) -> Option<CardField<Term>> {
    match (first, second) {
        (Some(a), Some(b)) => Some(if b.confidence > a.confidence { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// Costs (natural log, see [`vocab::EvidenceMatch`]) within which a closed-list value read from
/// the recogniser's evidence is believed. After a label the value's place is known, so a
/// moderate cost will do; on a line without one only a nearly exact reading, because stray
/// marks near a field match short names (中国, 香港) cheaply.
const COST_AFTER_LABEL: f32 = 6.0;
const COST_PER_CHAR_WITHOUT_LABEL: f32 = 1.0;
/// How much better than the next term the value must be.
const MARGIN_AFTER_LABEL: f32 = 3.0;
const MARGIN_WITHOUT_LABEL: f32 = 4.0;

/// The closed-list value that the line's recogniser evidence supports, after its label (which
/// `strip_labels` or `after_label` took off the line's text), with a confidence from its cost
/// per character.
fn by_evidence(
    vocabulary: &Vocabulary,
    p: &Prepared<'_>,
    after_label: Option<&str>,
) -> Option<(Term, f32)> {
    let value = after_label.unwrap_or(&p.text);
    let label_chars = chars_before(&p.line.text.text, value);
    by_evidence_at(vocabulary, p, label_chars, label_chars > 0)
}

/// [`by_evidence`] after `label_chars` characters, believed as after a label when
/// `place_known`.
fn by_evidence_at(
    vocabulary: &Vocabulary,
    p: &Prepared<'_>,
    label_chars: usize,
    place_known: bool,
) -> Option<(Term, f32)> {
    let evidence = p.line.text.evidence.as_ref()?;
    let found = vocabulary.match_evidence(evidence, label_chars)?;
    let length = found.term.japanese.chars().count().max(1) as f32;
    let margin = found.cost - found.runner_up_cost;
    let believable = if place_known {
        found.cost >= -COST_AFTER_LABEL && margin >= MARGIN_AFTER_LABEL
    } else {
        found.cost >= -COST_PER_CHAR_WITHOUT_LABEL * length && margin >= MARGIN_WITHOUT_LABEL
    };
    believable.then(|| (found.term, (found.cost / (2.0 * length)).exp()))
}

/// How many characters of the recognised `raw` text come before `value`, a tail of its
/// normalised, label-stripped form (spaces, which stripping may drop, are not counted on
/// either side).
fn chars_before(raw: &str, value: &str) -> usize {
    let wanted = value.chars().filter(|c| !c.is_whitespace()).count();
    let raw: Vec<char> = raw.chars().collect();
    let mut seen = 0;
    for (i, c) in raw.iter().enumerate().rev() {
        if seen == wanted {
            return i + 1;
        }
        if !c.is_whitespace() {
            seen += 1;
        }
    }
    0
}

fn term(found: Option<TermMatch>) -> Option<(Term, f32)> {
    found.map(|m| (m.term, m.confidence))
}

/// The line whose content gives the field, weighted by how well its place fits the layout.
fn best<T>(
    lines: &[Prepared<'_>],
    field: FieldId,
    read: impl Fn(&Prepared<'_>) -> Option<(T, f32)>,
) -> Option<CardField<T>> {
    best_at(lines, field, |_, p| read(p))
}

/// [`best`], with `read` told each line's index in `lines`.
fn best_at<T>(
    lines: &[Prepared<'_>],
    field: FieldId,
    read: impl Fn(usize, &Prepared<'_>) -> Option<(T, f32)>,
) -> Option<CardField<T>> {
    best_read(lines, field, read).map(|(p, value, content)| p.field(value, content))
}

/// [`best`] for reads that judge their own confidence from the characters they rest on,
/// not as a share of the whole line's.
fn best_judged<T>(
    lines: &[Prepared<'_>],
    field: FieldId,
    read: impl Fn(&Prepared<'_>) -> Option<(T, f32)>,
) -> Option<CardField<T>> {
    best_read(lines, field, |_, p| read(p))
        .map(|(p, value, confidence)| p.judged_field(value, confidence))
}

/// The line whose read (and its score) weighed by how well the line sits in the field's band
/// is best.
fn best_read<'l, 'p, T>(
    lines: &'l [Prepared<'p>],
    field: FieldId,
    read: impl Fn(usize, &Prepared<'p>) -> Option<(T, f32)>,
) -> Option<(&'l Prepared<'p>, T, f32)> {
    let band: Band = layout::band(field);
    lines
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let place = band.fit(&p.line.bounds);
            if place == 0.0 {
                return None;
            }
            let (value, score) = read(i, p)?;
            Some((score * place, p, value, score))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, p, value, score)| (p, value, score))
}

#[cfg(test)]
mod tests;
