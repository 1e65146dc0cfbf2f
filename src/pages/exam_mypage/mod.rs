//! The exam's personal My Page registration (seed 000): the Residence Card (or "I have none"),
//! the passport's photo page, the face photo, the details filled from both documents (editable,
//! marked while they hold a document's value, conflicts chosen side by side), the confirmation
//! and the receipt. Each step is its own address, so the browser's back button works.
//!
//! The draft ([`ExamDraft`], pure and tested in `madoguchi-rules`) is kept in this tab's
//! sessionStorage until it is submitted, then wiped; the face photo is kept in memory only.

mod documents;
mod form;

use std::sync::Arc;

use leptos::prelude::*;
use madoguchi_rules::FieldError;
use madoguchi_rules::exam_mypage::{ExamDraft, ExamField, Source};

use crate::api::Receipt;
use crate::components::tab_draft;

pub use documents::{CardPage, PassportPage, PhotoPage};
pub use form::{ConfirmPage, DetailsPage, DonePage};

const STORAGE_KEY: &str = "madoguchi.exam-mypage";

/// The flow's state, shared by its pages (they come and go; the state stays in the tab).
#[derive(Clone, Copy)]
pub struct ExamSession {
    pub draft: RwSignal<ExamDraft>,
    /// The face photo to send (JPEG); in memory only.
    pub photo: RwSignal<Option<Arc<Vec<u8>>>>,
    /// The photos the documents were read from, to take the face photo from; in memory only.
    pub document_photos: RwSignal<Vec<(Source, Arc<Vec<u8>>)>>,
    /// Field errors of the last check or submit (`field` is the JSON path in the form).
    pub errors: RwSignal<Vec<FieldError>>,
    /// The last submit's problem that belongs to no field (a Fluent id).
    pub problem: RwSignal<Option<String>>,
    pub receipt: RwSignal<Option<Receipt>>,
}

impl ExamSession {
    /// Keeps the photo `source` was read from (replacing an earlier one), or forgets it.
    pub fn keep_document_photo(&self, source: Source, photo: Option<Arc<Vec<u8>>>) {
        self.document_photos.update(|kept| {
            kept.retain(|(s, _)| *s != source);
            if let Some(photo) = photo {
                kept.push((source, photo));
            }
        });
    }

    /// Forgets everything read, typed and the photo (once the form is stored).
    pub fn wipe(&self) {
        tab_draft::forget(STORAGE_KEY);
        self.draft.set(ExamDraft::default());
        self.photo.set(None);
        self.document_photos.set(Vec::new());
        self.errors.set(Vec::new());
        self.problem.set(None);
    }
}

/// Creates the flow's state for the whole app.
pub fn provide_session() {
    let draft = RwSignal::new(tab_draft::load::<ExamDraft>(STORAGE_KEY));
    tab_draft::keep(STORAGE_KEY, draft);
    provide_context(ExamSession {
        draft,
        photo: RwSignal::new(None),
        document_photos: RwSignal::new(Vec::new()),
        errors: RwSignal::new(Vec::new()),
        problem: RwSignal::new(None),
        receipt: RwSignal::new(None),
    });
}

pub fn session() -> ExamSession {
    expect_context::<ExamSession>()
}

const STEPS: [&str; 6] = [
    "exam-step-card",
    "exam-step-passport",
    "exam-step-photo",
    "exam-step-details",
    "exam-step-confirm",
    "exam-step-done",
];

/// The step indicator, always visible.
#[component]
fn Stepper(current: usize) -> impl IntoView {
    view! { <crate::components::stepper::Stepper steps=&STEPS current=current label="exam-steps-label" /> }
}

/// The mark of a value still as a document gave it.
fn source_note(source: Source) -> &'static str {
    match source {
        Source::ResidenceCard => "exam-autofilled-card",
        Source::Passport => "exam-autofilled-passport",
    }
}

/// The label of a form field.
fn field_label(field: ExamField) -> &'static str {
    match field {
        ExamField::Name => "exam-field-name",
        ExamField::BirthDate => "exam-field-birth-date",
        ExamField::Sex => "exam-field-sex",
        ExamField::Nationality => "exam-field-nationality",
        ExamField::PassportNumber => "exam-field-passport-number",
        ExamField::CardNumber => "exam-field-card-number",
        ExamField::StatusOfResidence => "exam-field-status",
        ExamField::PeriodOfStayUntil => "exam-field-period-until",
        ExamField::Prefecture => "exam-field-prefecture",
    }
}

/// The element id of a form field's input.
fn field_id(field: ExamField) -> &'static str {
    match field {
        ExamField::Name => "exam-name",
        ExamField::BirthDate => "exam-birth-date",
        ExamField::Sex => "exam-sex",
        ExamField::Nationality => "exam-nationality",
        ExamField::PassportNumber => "exam-passport-number",
        ExamField::CardNumber => "exam-card-number",
        ExamField::StatusOfResidence => "exam-status",
        ExamField::PeriodOfStayUntil => "exam-period-until",
        ExamField::Prefecture => "exam-prefecture",
    }
}

/// Prefecture names by JIS X 0401 code (index 0 is 01).
const PREFECTURE_NAMES: [&str; 47] = [
    "prefecture-01",
    "prefecture-02",
    "prefecture-03",
    "prefecture-04",
    "prefecture-05",
    "prefecture-06",
    "prefecture-07",
    "prefecture-08",
    "prefecture-09",
    "prefecture-10",
    "prefecture-11",
    "prefecture-12",
    "prefecture-13",
    "prefecture-14",
    "prefecture-15",
    "prefecture-16",
    "prefecture-17",
    "prefecture-18",
    "prefecture-19",
    "prefecture-20",
    "prefecture-21",
    "prefecture-22",
    "prefecture-23",
    "prefecture-24",
    "prefecture-25",
    "prefecture-26",
    "prefecture-27",
    "prefecture-28",
    "prefecture-29",
    "prefecture-30",
    "prefecture-31",
    "prefecture-32",
    "prefecture-33",
    "prefecture-34",
    "prefecture-35",
    "prefecture-36",
    "prefecture-37",
    "prefecture-38",
    "prefecture-39",
    "prefecture-40",
    "prefecture-41",
    "prefecture-42",
    "prefecture-43",
    "prefecture-44",
    "prefecture-45",
    "prefecture-46",
    "prefecture-47",
];

/// The Fluent id of a prefecture's name, from its code (`"10"`).
fn prefecture_name(code: &str) -> Option<&'static str> {
    let index = code.parse::<usize>().ok()?.checked_sub(1)?;
    PREFECTURE_NAMES.get(index).copied()
}

/// The Fluent id of a sex key (`male`/`female`), for showing it.
fn sex_name(key: &str) -> Option<&'static str> {
    match key {
        "male" => Some("exam-sex-male"),
        "female" => Some("exam-sex-female"),
        _ => None,
    }
}
