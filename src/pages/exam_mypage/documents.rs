//! STEP 1–3: the Residence Card (or "I have none"), the passport's photo page, the face photo.
//! The documents are read in the engine worker by the shared document step; only the reviewed
//! values are kept.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use madoguchi_jobs::ScanField;
use madoguchi_rules::exam_mypage::{DocumentValues, ReadValue};

use super::{Stepper, session};
use crate::components::document_step::{DocumentChoice, DocumentStep};
use crate::components::photo_step::{HeldPhoto, PhotoStep};
use crate::i18n::T;

/// The review's fields as the draft takes them: a closed-list value keeps its code while it
/// still is that term's name (a value typed over it is taken as typed).
fn read_values(fields: &[ScanField]) -> Vec<ReadValue> {
    fields
        .iter()
        .map(|field| ReadValue {
            id: field.id.clone(),
            value: field.value.clone(),
            code: field
                .term
                .as_ref()
                .filter(|term| {
                    term.code == field.value
                        || term.japanese.as_deref() == Some(field.value.as_str())
                        || term.english.as_deref() == Some(field.value.as_str())
                })
                .map(|term| term.code.clone()),
        })
        .collect()
}

/// A document read earlier in this tab: go on with it, or read it again below.
#[component]
fn Kept(heading: &'static str, next: &'static str) -> impl IntoView {
    let navigate = use_navigate();
    view! {
        <section class="kept" aria-labelledby="kept-heading">
            <h2 id="kept-heading"><T key=heading /></h2>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| navigate(next, Default::default())>
                    <T key="exam-continue" />
                </button>
            </div>
        </section>
    }
}

#[component]
pub fn CardPage() -> impl IntoView {
    let s = session();
    let navigate = use_navigate();
    let to_passport = navigate.clone();
    let on_confirm = Callback::new(move |fields: Vec<ScanField>| {
        s.draft
            .update(|d| d.read_card(DocumentValues::from_card(&read_values(&fields))));
        to_passport("/exam-mypage/passport", Default::default());
    });
    let no_card = move |_| {
        s.draft.update(|d| d.no_card());
        navigate("/exam-mypage/passport", Default::default());
    };
    let kept = s
        .draft
        .with_untracked(|d| d.has_card == Some(true) && d.card.is_some());
    view! {
        <Stepper current=1 />
        <h1><T key="exam-card-heading" /></h1>
        <p class="lead"><T key="exam-card-intro" /></p>
        <p class="hint"><T key="exam-card-filled" /></p>
        {kept.then(|| view! { <Kept heading="exam-card-kept" next="/exam-mypage/passport" /> })}
        <DocumentStep choice=DocumentChoice::ResidenceCard on_confirm=on_confirm />
        <section class="no-card" aria-labelledby="no-card-heading">
            <h2 id="no-card-heading"><T key="exam-no-card-heading" /></h2>
            <p id="no-card-who"><T key="exam-no-card-who" /></p>
            <button type="button" on:click=no_card aria-describedby="no-card-who">
                <T key="exam-no-card-button" />
            </button>
        </section>
    }
}

#[component]
pub fn PassportPage() -> impl IntoView {
    let s = session();
    let navigate = use_navigate();
    let on_confirm = Callback::new(move |fields: Vec<ScanField>| {
        s.draft
            .update(|d| d.read_passport(DocumentValues::from_passport(&read_values(&fields))));
        navigate("/exam-mypage/photo", Default::default());
    });
    let kept = s.draft.with_untracked(|d| d.passport.is_some());
    let no_card = s.draft.with_untracked(|d| d.has_card == Some(false));
    view! {
        <Stepper current=2 />
        <h1><T key="exam-passport-heading" /></h1>
        <p class="lead"><T key="exam-passport-intro" /></p>
        <p class="hint"><T key="exam-passport-filled" /></p>
        {no_card.then(|| view! { <p class="note" data-note="no-card"><T key="exam-no-card-note" /></p> })}
        {kept.then(|| view! { <Kept heading="exam-passport-kept" next="/exam-mypage/photo" /> })}
        <DocumentStep choice=DocumentChoice::Passport on_confirm=on_confirm />
        <p><a href="/exam-mypage"><T key="exam-back" /></a></p>
    }
}

#[component]
pub fn PhotoPage() -> impl IntoView {
    let s = session();
    let navigate = use_navigate();
    let to_details = navigate.clone();
    let on_accept = Callback::new(move |jpeg: Arc<Vec<u8>>| {
        s.photo.set(Some(jpeg));
        to_details("/exam-mypage/details", Default::default());
    });
    // Coming back keeps the photo already chosen (it lives in memory only).
    let kept = s
        .photo
        .get_untracked()
        .and_then(|p| HeldPhoto::new(p.to_vec()));
    if let Some(photo) = kept.clone() {
        on_cleanup(move || photo.release());
    }
    view! {
        <Stepper current=3 />
        <h1><T key="exam-photo-heading" /></h1>
        <p class="lead"><T key="exam-photo-intro" /></p>
        {kept.map(|photo| {
            let navigate = navigate.clone();
            view! {
                <section class="kept-photo" aria-labelledby="kept-heading">
                    <h2 id="kept-heading"><T key="exam-photo-kept" /></h2>
                    <img class="review-photo" src=photo.url alt=crate::i18n::tr_plain("exam-photo-alt") />
                    <div class="actions">
                        <button type="button" class="primary"
                            on:click=move |_| navigate("/exam-mypage/details", Default::default())>
                            <T key="exam-continue" />
                        </button>
                    </div>
                </section>
            }
        })}
        <PhotoStep profile="immigration".to_owned() on_accept=on_accept />
        <p><a href="/exam-mypage/passport"><T key="exam-back" /></a></p>
    }
}
