//! My Number card online application (seeds 002, 004), STEP 1–7, faithful to the official site
//! and kinder: the browser's back button works, nothing typed is lost, errors say what to do.
//! What the person types is kept in this tab only (sessionStorage) until it is submitted, then
//! wiped; the face photo is kept in memory only.

mod application;
mod challenge;
mod email;
mod fields;
mod terms;

use std::sync::Arc;

use leptos::prelude::*;
use madoguchi_rules::FieldError;
use serde::{Deserialize, Serialize};

use crate::api::Receipt;
use crate::components::tab_draft;

pub use application::{ApplicationPage, ConfirmPage, DonePage, PhotoPage};
pub use email::{EmailConfirmPage, EmailPage, EmailSentPage};
pub use terms::TermsPage;

const STORAGE_KEY: &str = "madoguchi.mynumber";

/// Everything typed in the flow (never the photo).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub age_confirmed: bool,
    pub terms_accepted: bool,
    pub application_id: String,
    pub application_id_confirmation: String,
    pub mail_name: String,
    pub email: String,
    pub email_confirmation: String,
    pub course: String,
    pub licence_record_number: String,
    pub calendar: String,
    pub year: String,
    pub month: String,
    pub day: String,
    pub signature_certificate: bool,
    pub user_certificate: bool,
    pub braille: bool,
    pub declaration: bool,
    pub photo_confirmations: [bool; 3],
    /// The image challenge of STEP 2 and what was typed for it.
    pub challenge_id: String,
    pub challenge_answer: String,
    /// Idempotency keys: a retried submit (double click, network error) is never stored twice.
    pub email_key: String,
    pub application_key: String,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            age_confirmed: false,
            terms_accepted: false,
            application_id: String::new(),
            application_id_confirmation: String::new(),
            mail_name: String::new(),
            email: String::new(),
            email_confirmation: String::new(),
            course: String::new(),
            licence_record_number: String::new(),
            calendar: String::from("seireki"),
            year: String::new(),
            month: String::new(),
            day: String::new(),
            // The official site asks whether the certificates are *not* wanted; here the
            // person chooses what they want, and both are issued unless they untick them.
            signature_certificate: true,
            user_certificate: true,
            braille: false,
            declaration: false,
            photo_confirmations: [false; 3],
            challenge_id: String::new(),
            challenge_answer: String::new(),
            email_key: String::new(),
            application_key: String::new(),
        }
    }
}

/// The flow's state, shared by its pages.
#[derive(Clone, Copy)]
pub struct Session {
    pub draft: RwSignal<Draft>,
    pub photo: RwSignal<Option<Arc<Vec<u8>>>>,
    /// Field errors of the last check or submit (`field` is the JSON path in the form).
    pub errors: RwSignal<Vec<FieldError>>,
    /// The last submit's problem that belongs to no field (a Fluent id).
    pub problem: RwSignal<Option<String>>,
    pub receipt: RwSignal<Option<Receipt>>,
}

impl Session {
    /// Forgets everything typed and the photo (after submitting, or to start again).
    pub fn wipe(&self) {
        tab_draft::forget(STORAGE_KEY);
        self.draft.set(Draft::default());
        self.photo.set(None);
        self.errors.set(Vec::new());
        self.problem.set(None);
    }

    pub fn update(&self, change: impl FnOnce(&mut Draft)) {
        self.draft.update(change);
    }
}

/// Creates the flow's state for the whole app (pages come and go; the state stays in the tab).
pub fn provide_session() {
    let draft = RwSignal::new(tab_draft::load::<Draft>(STORAGE_KEY));
    tab_draft::keep(STORAGE_KEY, draft);
    provide_context(Session {
        draft,
        photo: RwSignal::new(None),
        errors: RwSignal::new(Vec::new()),
        problem: RwSignal::new(None),
        receipt: RwSignal::new(None),
    });
}

pub fn session() -> Session {
    expect_context::<Session>()
}

const STEPS: [&str; 7] = [
    "mynumber-step-1",
    "mynumber-step-2",
    "mynumber-step-3",
    "mynumber-step-4",
    "mynumber-step-5",
    "mynumber-step-6",
    "mynumber-step-7",
];

/// STEP 1–7, always visible, the current one marked.
#[component]
pub fn Stepper(current: usize) -> impl IntoView {
    view! { <crate::components::stepper::Stepper steps=&STEPS current=current label="mynumber-steps-label" /> }
}

/// Today's date in Japan (the applications' dates and ages are Japanese dates).
pub fn today_in_japan() -> madoguchi_rules::wareki::CivilDate {
    let date = js_sys::Date::new(&(js_sys::Date::now() + 9.0 * 3600.0 * 1000.0).into());
    madoguchi_rules::wareki::CivilDate::new(
        date.get_utc_full_year() as i32,
        (date.get_utc_month() + 1) as u8,
        date.get_utc_date() as u8,
    )
    .unwrap_or_else(|| {
        madoguchi_rules::wareki::CivilDate::new(2000, 1, 1).unwrap_or_else(|| unreachable!())
    })
}
