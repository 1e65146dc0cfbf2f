//! The exam My Page flow's draft (seed 000): what was read from the Residence Card and the
//! passport, the values the person will send, which of them still hold a document's value
//! ("auto-filled"), and where the two documents disagree.
//!
//! Pure: the app turns the document review's fields into [`ReadValue`]s, keeps an
//! [`ExamDraft`] in the tab, and builds the [`ExamMyPageForm`] from it for validation and submit.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::forms::{ExamMyPageForm, ResidenceCardDetails};
use crate::text::to_half_width;

/// Prefectures by JIS X 0401 code order (index 0 is code 01), as printed in addresses.
pub const PREFECTURES: [&str; 47] = [
    "北海道",
    "青森県",
    "岩手県",
    "宮城県",
    "秋田県",
    "山形県",
    "福島県",
    "茨城県",
    "栃木県",
    "群馬県",
    "埼玉県",
    "千葉県",
    "東京都",
    "神奈川県",
    "新潟県",
    "富山県",
    "石川県",
    "福井県",
    "山梨県",
    "長野県",
    "岐阜県",
    "静岡県",
    "愛知県",
    "三重県",
    "滋賀県",
    "京都府",
    "大阪府",
    "兵庫県",
    "奈良県",
    "和歌山県",
    "鳥取県",
    "島根県",
    "岡山県",
    "広島県",
    "山口県",
    "徳島県",
    "香川県",
    "愛媛県",
    "高知県",
    "福岡県",
    "佐賀県",
    "長崎県",
    "熊本県",
    "大分県",
    "宮崎県",
    "鹿児島県",
    "沖縄県",
];

/// The prefecture code (`"13"`) of a printed name or a code, `None` when it is neither.
pub fn prefecture_code(text: &str) -> Option<String> {
    let text = to_half_width(text.trim());
    if let Ok(code) = text.parse::<u8>()
        && (1..=47).contains(&code)
    {
        return Some(format!("{code:02}"));
    }
    PREFECTURES
        .iter()
        .position(|name| *name == text)
        .map(|index| format!("{:02}", index + 1))
}

/// Which document a value came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    ResidenceCard,
    Passport,
}

/// A field of the exam form the documents can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExamField {
    Name,
    BirthDate,
    Sex,
    Nationality,
    PassportNumber,
    CardNumber,
    StatusOfResidence,
    PeriodOfStayUntil,
    Prefecture,
}

impl ExamField {
    pub const ALL: [ExamField; 9] = [
        ExamField::Name,
        ExamField::BirthDate,
        ExamField::Sex,
        ExamField::Nationality,
        ExamField::PassportNumber,
        ExamField::CardNumber,
        ExamField::StatusOfResidence,
        ExamField::PeriodOfStayUntil,
        ExamField::Prefecture,
    ];

    /// The fields both documents carry, compared for conflicts.
    pub const SHARED: [ExamField; 4] = [
        ExamField::Name,
        ExamField::BirthDate,
        ExamField::Sex,
        ExamField::Nationality,
    ];

    /// The field's JSON path in [`ExamMyPageForm`] (how field errors name it).
    pub fn path(self) -> &'static str {
        match self {
            ExamField::Name => "name",
            ExamField::BirthDate => "birth_date",
            ExamField::Sex => "sex",
            ExamField::Nationality => "nationality",
            ExamField::PassportNumber => "passport_number",
            ExamField::CardNumber => "residence_card.card_number",
            ExamField::StatusOfResidence => "residence_card.status_of_residence",
            ExamField::PeriodOfStayUntil => "residence_card.period_of_stay_until",
            ExamField::Prefecture => "residence_card.prefecture",
        }
    }

    /// Only on the Residence Card (left out of the form when the person has none).
    pub fn card_only(self) -> bool {
        matches!(
            self,
            ExamField::CardNumber
                | ExamField::StatusOfResidence
                | ExamField::PeriodOfStayUntil
                | ExamField::Prefecture
        )
    }
}

/// One confirmed field of a document review: its id (`card-number`, `surname`, …), the value
/// the person confirmed, and the closed list's code when the value is that term's name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadValue {
    pub id: String,
    pub value: String,
    pub code: Option<String>,
}

/// What a document gave, by form field (a field the document lacks or left empty is absent).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DocumentValues(pub BTreeMap<ExamField, String>);

impl DocumentValues {
    pub fn get(&self, field: ExamField) -> Option<&str> {
        self.0.get(&field).map(String::as_str)
    }

    fn set(&mut self, field: ExamField, value: String) {
        let value = value.trim().to_owned();
        if !value.is_empty() {
            self.0.insert(field, value);
        }
    }

    /// The Residence Card review's fields.
    pub fn from_card(read: &[ReadValue]) -> DocumentValues {
        let mut values = DocumentValues::default();
        for item in read {
            let field = match item.id.as_str() {
                "card-number" => ExamField::CardNumber,
                "name" => ExamField::Name,
                "birth-date" => ExamField::BirthDate,
                "sex" => ExamField::Sex,
                "nationality" => ExamField::Nationality,
                "prefecture" => ExamField::Prefecture,
                "status" => ExamField::StatusOfResidence,
                "stay-expiry-date" => ExamField::PeriodOfStayUntil,
                _ => continue,
            };
            let value = match field {
                ExamField::Sex => sex_key(&item.value),
                ExamField::Name => item.value.to_uppercase(),
                // The form takes the code; a name the person typed over the read stays as typed.
                ExamField::Nationality => item.code.clone().unwrap_or_else(|| item.value.clone()),
                ExamField::Prefecture => {
                    prefecture_code(&item.value).unwrap_or_else(|| item.value.clone())
                }
                _ => item.value.clone(),
            };
            values.set(field, value);
        }
        values
    }

    /// The passport review's fields (the machine-readable zone).
    pub fn from_passport(read: &[ReadValue]) -> DocumentValues {
        let mut values = DocumentValues::default();
        let part = |id: &str| {
            read.iter()
                .find(|r| r.id == id)
                .map(|r| r.value.trim().to_owned())
                .unwrap_or_default()
        };
        let name = [part("surname"), part("given-names")]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        values.set(ExamField::Name, name.to_uppercase());
        for item in read {
            let field = match item.id.as_str() {
                "birth-date" => ExamField::BirthDate,
                "sex" => ExamField::Sex,
                "nationality" => ExamField::Nationality,
                "passport-number" => ExamField::PassportNumber,
                _ => continue,
            };
            let value = match field {
                ExamField::Sex => sex_key(&item.value),
                _ => item.value.clone(),
            };
            values.set(field, value);
        }
        values
    }
}

/// `M`/`F` as printed → the form's `male`/`female`; anything else is kept for the person to fix.
fn sex_key(printed: &str) -> String {
    match printed.trim().to_uppercase().as_str() {
        "M" | "MALE" => "male".to_owned(),
        "F" | "FEMALE" => "female".to_owned(),
        _ => printed.trim().to_owned(),
    }
}

/// The words of a Latin name, upper case, for comparing names across documents.
fn name_words(name: &str) -> Vec<String> {
    to_half_width(name)
        .split(|c: char| c.is_whitespace() || c == ',' || c == '<')
        .filter(|w| !w.is_empty())
        .map(str::to_uppercase)
        .collect()
}

/// How the two documents disagree on a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Disagreement {
    /// Different values.
    Values,
    /// The same name, its parts in another order.
    NameOrder,
}

/// A field the Residence Card and the passport give differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub field: ExamField,
    pub card: String,
    pub passport: String,
    pub kind: Disagreement,
}

/// The flow's state, kept in the tab until submission (never the photo).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExamDraft {
    /// `None` until a card was read or the person said they have none.
    pub has_card: Option<bool>,
    /// What the Residence Card review confirmed.
    pub card: Option<DocumentValues>,
    /// What the passport review confirmed.
    pub passport: Option<DocumentValues>,
    /// The values to send, by field (what the documents filled, as the person left or edited it).
    pub values: BTreeMap<ExamField, String>,
    /// Fields still holding the value a document filled in (an edit removes the mark).
    pub autofilled: BTreeMap<ExamField, Source>,
    /// Which document the person kept for each conflict.
    pub chosen: BTreeMap<ExamField, Source>,
    pub email: String,
    /// Sent with every try of the submit, so the form is stored once.
    pub idempotency_key: String,
}

impl ExamDraft {
    pub fn value(&self, field: ExamField) -> &str {
        self.values.get(&field).map_or("", String::as_str)
    }

    /// The person typed `value` into `field`: it is theirs now, no longer auto-filled.
    pub fn edit(&mut self, field: ExamField, value: String) {
        if self.value(field) != value {
            self.autofilled.remove(&field);
        }
        self.values.insert(field, value);
    }

    /// Fills from a document's values: a field the person edited keeps their value; a field in
    /// conflict takes the chosen document's value, or the passport's until one is chosen (the
    /// form's personal details are the passport's).
    fn fill_from(&mut self, source: Source, values: &DocumentValues) {
        for (&field, value) in &values.0 {
            let edited = self.values.contains_key(&field) && !self.autofilled.contains_key(&field);
            let other_wins = match self.autofilled.get(&field) {
                Some(&current) if current != source => {
                    self.chosen.get(&field).copied().unwrap_or(Source::Passport) != source
                }
                _ => false,
            };
            if edited || other_wins {
                continue;
            }
            self.values.insert(field, value.clone());
            self.autofilled.insert(field, source);
        }
    }

    fn forget_source(&mut self, source: Source) {
        let stale: Vec<ExamField> = self
            .autofilled
            .iter()
            .filter(|(_, s)| **s == source)
            .map(|(f, _)| *f)
            .collect();
        for field in stale {
            self.autofilled.remove(&field);
            self.values.remove(&field);
        }
    }

    /// Rebuilds the auto-filled values from both documents (after a new read or a choice).
    fn refill(&mut self) {
        self.forget_source(Source::ResidenceCard);
        self.forget_source(Source::Passport);
        if let Some(passport) = self.passport.clone() {
            self.fill_from(Source::Passport, &passport);
        }
        if let Some(card) = self.card.clone().filter(|_| self.has_card == Some(true)) {
            self.fill_from(Source::ResidenceCard, &card);
        }
    }

    /// A Residence Card was read and its review confirmed.
    pub fn read_card(&mut self, values: DocumentValues) {
        self.has_card = Some(true);
        self.card = Some(values);
        self.chosen.clear();
        self.refill();
    }

    /// The person has no Residence Card (short-term stay): card fields are dropped.
    pub fn no_card(&mut self) {
        self.has_card = Some(false);
        self.card = None;
        self.chosen.clear();
        for field in ExamField::ALL.into_iter().filter(|f| f.card_only()) {
            self.values.remove(&field);
            self.autofilled.remove(&field);
        }
        self.refill();
    }

    /// The passport was read and its review confirmed.
    pub fn read_passport(&mut self, values: DocumentValues) {
        self.passport = Some(values);
        self.chosen.clear();
        self.refill();
    }

    /// Keep `source`'s value for a field the documents disagree on.
    pub fn choose(&mut self, field: ExamField, source: Source) {
        self.chosen.insert(field, source);
        let document = match source {
            Source::ResidenceCard => self.card.as_ref(),
            Source::Passport => self.passport.as_ref(),
        };
        if let Some(value) = document.and_then(|d| d.get(field)).map(str::to_owned) {
            self.values.insert(field, value);
            self.autofilled.insert(field, source);
        }
    }

    /// Where the card and the passport disagree (personal details both carry).
    pub fn conflicts(&self) -> Vec<Conflict> {
        let (Some(card), Some(passport), Some(true)) = (&self.card, &self.passport, self.has_card)
        else {
            return Vec::new();
        };
        ExamField::SHARED
            .into_iter()
            .filter_map(|field| {
                let (c, p) = (card.get(field)?, passport.get(field)?);
                let kind = if field == ExamField::Name {
                    let (mut cw, mut pw) = (name_words(c), name_words(p));
                    if cw == pw {
                        return None;
                    }
                    cw.sort();
                    pw.sort();
                    if cw == pw {
                        Disagreement::NameOrder
                    } else {
                        Disagreement::Values
                    }
                } else if to_half_width(c)
                    .trim()
                    .eq_ignore_ascii_case(to_half_width(p).trim())
                {
                    return None;
                } else {
                    Disagreement::Values
                };
                Some(Conflict {
                    field,
                    card: c.to_owned(),
                    passport: p.to_owned(),
                    kind,
                })
            })
            .collect()
    }

    /// Conflicts the person has not chosen a document for yet.
    pub fn unresolved(&self) -> Vec<ExamField> {
        self.conflicts()
            .into_iter()
            .map(|c| c.field)
            .filter(|f| !self.chosen.contains_key(f))
            .collect()
    }

    /// The form to validate and send; the photo as base64 (empty when none was chosen yet).
    pub fn form(&self, photo_jpeg_base64: String) -> ExamMyPageForm {
        let text = |field| self.value(field).to_owned();
        let residence_card = (self.has_card == Some(true)).then(|| ResidenceCardDetails {
            card_number: text(ExamField::CardNumber),
            status_of_residence: text(ExamField::StatusOfResidence),
            period_of_stay_until: text(ExamField::PeriodOfStayUntil),
            // Not a code (empty, or text typed over the read) → 0, which the rule rejects.
            prefecture: prefecture_code(self.value(ExamField::Prefecture))
                .and_then(|code| code.parse().ok())
                .unwrap_or(0),
        });
        ExamMyPageForm {
            name: text(ExamField::Name),
            birth_date: text(ExamField::BirthDate),
            sex: text(ExamField::Sex),
            nationality: text(ExamField::Nationality),
            passport_number: text(ExamField::PassportNumber),
            residence_card,
            email: self.email.clone(),
            photo_jpeg_base64,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(items: &[(&str, &str, Option<&str>)]) -> Vec<ReadValue> {
        items
            .iter()
            .map(|(id, value, code)| ReadValue {
                id: (*id).to_owned(),
                value: (*value).to_owned(),
                code: code.map(str::to_owned),
            })
            .collect()
    }

    fn card() -> DocumentValues {
        DocumentValues::from_card(&read(&[
            ("card-number", "MJ57844364RI", None),
            ("name", "Patel Rahul", None),
            ("birth-date", "1972-10-05", None),
            ("sex", "F", None),
            ("nationality", "インド", Some("IND")),
            ("address", "群馬県伊勢崎市中央六丁目6番14号", None),
            ("prefecture", "群馬県", Some("10")),
            ("status", "介護", Some("nursing-care")),
            ("period-of-stay", "6月", None),
            ("stay-expiry-date", "2027-04-14", None),
            ("card-valid-until", "2027-04-14", None),
        ]))
    }

    fn passport(surname: &str, given: &str, birth: &str) -> DocumentValues {
        DocumentValues::from_passport(&read(&[
            ("surname", surname, None),
            ("given-names", given, None),
            ("passport-number", "K54480016", None),
            ("nationality", "IND", None),
            ("birth-date", birth, None),
            ("sex", "F", None),
            ("expiry-date", "2031-09-24", None),
        ]))
    }

    #[test]
    fn the_card_fills_its_fields_with_form_values() {
        let card = card();
        assert_eq!(card.get(ExamField::Name), Some("PATEL RAHUL"));
        assert_eq!(card.get(ExamField::Sex), Some("female"));
        assert_eq!(card.get(ExamField::Nationality), Some("IND"));
        assert_eq!(card.get(ExamField::Prefecture), Some("10"));
        assert_eq!(card.get(ExamField::StatusOfResidence), Some("介護"));
        assert_eq!(card.get(ExamField::PeriodOfStayUntil), Some("2027-04-14"));
        assert_eq!(card.get(ExamField::PassportNumber), None);
    }

    #[test]
    fn prefectures_by_name_or_code() {
        assert_eq!(prefecture_code("北海道").as_deref(), Some("01"));
        assert_eq!(prefecture_code("東京都").as_deref(), Some("13"));
        assert_eq!(prefecture_code("沖縄県").as_deref(), Some("47"));
        assert_eq!(prefecture_code("４７").as_deref(), Some("47"));
        assert_eq!(prefecture_code("48"), None);
        assert_eq!(prefecture_code("0"), None);
        assert_eq!(prefecture_code("東京"), None);
    }

    #[test]
    fn documents_fill_the_form_and_edits_remove_the_mark() {
        let mut draft = ExamDraft::default();
        draft.read_card(card());
        draft.read_passport(passport("PATEL", "RAHUL", "1972-10-05"));
        assert_eq!(draft.conflicts(), vec![]);
        assert_eq!(draft.value(ExamField::Name), "PATEL RAHUL");
        assert_eq!(
            draft.autofilled.get(&ExamField::PassportNumber),
            Some(&Source::Passport)
        );
        assert_eq!(
            draft.autofilled.get(&ExamField::CardNumber),
            Some(&Source::ResidenceCard)
        );
        // Typing the same value keeps the mark; a different one removes it, and a new read of
        // the other document does not overwrite it.
        draft.edit(ExamField::CardNumber, "MJ57844364RI".to_owned());
        assert!(draft.autofilled.contains_key(&ExamField::CardNumber));
        draft.edit(ExamField::PassportNumber, "K5448001".to_owned());
        assert!(!draft.autofilled.contains_key(&ExamField::PassportNumber));
        draft.read_card(card());
        assert_eq!(draft.value(ExamField::PassportNumber), "K5448001");
        let form = draft.form(String::new());
        let details = form.residence_card.unwrap_or_else(|| panic!("card"));
        assert_eq!(details.prefecture, 10);
        assert_eq!(details.status_of_residence, "介護");
    }

    #[test]
    fn conflicts_are_listed_and_resolved_by_choice() {
        let mut draft = ExamDraft::default();
        draft.read_card(card());
        draft.read_passport(passport("RAHUL", "PATEL", "1972-10-06"));
        let conflicts = draft.conflicts();
        assert_eq!(
            conflicts
                .iter()
                .map(|c| (c.field, c.kind))
                .collect::<Vec<_>>(),
            vec![
                (ExamField::Name, Disagreement::NameOrder),
                (ExamField::BirthDate, Disagreement::Values),
            ]
        );
        // Until a choice, the passport's value is in the form.
        assert_eq!(draft.value(ExamField::BirthDate), "1972-10-06");
        assert_eq!(
            draft.unresolved(),
            vec![ExamField::Name, ExamField::BirthDate]
        );
        draft.choose(ExamField::BirthDate, Source::ResidenceCard);
        assert_eq!(draft.value(ExamField::BirthDate), "1972-10-05");
        assert_eq!(
            draft.autofilled.get(&ExamField::BirthDate),
            Some(&Source::ResidenceCard)
        );
        assert_eq!(draft.unresolved(), vec![ExamField::Name]);
        draft.choose(ExamField::Name, Source::Passport);
        assert_eq!(draft.value(ExamField::Name), "RAHUL PATEL");
        assert!(draft.unresolved().is_empty());
        // A new passport read asks again.
        draft.read_passport(passport("RAHUL", "PATEL", "1972-10-06"));
        assert_eq!(draft.unresolved().len(), 2);
    }

    #[test]
    fn without_a_card_the_form_has_no_card_details_and_no_conflicts() {
        let mut draft = ExamDraft::default();
        draft.read_card(card());
        draft.read_passport(passport("DANG", "THI LAN", "1993-11-08"));
        assert_eq!(draft.conflicts().len(), 2);
        draft.no_card();
        assert!(draft.conflicts().is_empty());
        assert_eq!(draft.value(ExamField::CardNumber), "");
        assert_eq!(draft.value(ExamField::Name), "DANG THI LAN");
        assert_eq!(draft.form(String::new()).residence_card, None);
    }

    #[test]
    fn an_unknown_prefecture_fails_the_shared_rule() {
        let mut draft = ExamDraft::default();
        draft.read_card(card());
        draft.edit(ExamField::Prefecture, "東京".to_owned());
        let form = draft.form(String::new());
        assert_eq!(form.residence_card.map(|c| c.prefecture), Some(0));
    }

    #[test]
    fn the_draft_survives_the_tab_storage_round_trip() {
        let mut draft = ExamDraft::default();
        draft.read_card(card());
        draft.read_passport(passport("DANG", "THI LAN", "1993-11-08"));
        draft.choose(ExamField::Name, Source::ResidenceCard);
        draft.email = "an@example.com".to_owned();
        let json = serde_json::to_string(&draft).unwrap_or_default();
        let back: ExamDraft = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, draft);
    }
}
