//! STEP 1–3: the Residence Card (or "I have none"), the passport's photo page, the face photo.
//! The documents are read in the engine worker by the shared document step; only the reviewed
//! values are kept.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use madoguchi_jobs::{PhotoFix, Reply, Request, ScanField};
use madoguchi_rules::exam_mypage::{DocumentValues, ReadValue, Source};

use super::{Stepper, session};
use crate::components::document_step::{DocumentChoice, DocumentStep};
use crate::components::photo_step::{HeldPhoto, PhotoStep};
use crate::i18n::{T, TArgs, TMessage};
use crate::worker::{JobError, run_job};

/// The photo profile the exam's face photo is checked with (3:4, like the document portraits).
const PHOTO_PROFILE: &str = "immigration";

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
    let on_photo = Callback::new(move |photo| {
        s.keep_document_photo(Source::ResidenceCard, Some(photo));
    });
    let no_card = move |_| {
        s.draft.update(|d| d.no_card());
        s.keep_document_photo(Source::ResidenceCard, None);
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
        <DocumentStep choice=DocumentChoice::ResidenceCard on_confirm=on_confirm on_photo=on_photo />
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
    let on_photo = Callback::new(move |photo| {
        s.keep_document_photo(Source::Passport, Some(photo));
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
        <DocumentStep choice=DocumentChoice::Passport on_confirm=on_confirm on_photo=on_photo />
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
        <FromDocuments />
        <PhotoStep profile=PHOTO_PROFILE.to_owned() on_accept=on_accept />
        <p><a href="/exam-mypage/passport"><T key="exam-back" /></a></p>
    }
}

/// A face photo taken from a document, shown before it is used.
#[derive(Clone, Debug, PartialEq)]
struct Taken {
    photo: HeldPhoto,
    fix: PhotoFix,
}

/// Taking the face photo from the passport or Residence Card photographed earlier (seed: the
/// face photo is filled in from the documents). The cut is made in the engine worker.
#[component]
fn FromDocuments() -> impl IntoView {
    let s = session();
    let navigate = use_navigate();
    let taken = RwSignal::new(None::<Taken>);
    // `Some(None)` while cutting, `Some(Some(percent))` while the face model downloads.
    let busy = RwSignal::new(None::<Option<u64>>);
    let error = RwSignal::new(None::<String>);
    on_cleanup(move || {
        if let Some(t) = taken.try_get_untracked().flatten() {
            t.photo.release();
        }
    });
    let take = move |source: Source| {
        let Some(bytes) = s.document_photos.with_untracked(|kept| {
            kept.iter()
                .find(|(s, _)| *s == source)
                .map(|(_, b)| b.clone())
        }) else {
            return;
        };
        if let Some(t) = taken.get_untracked() {
            t.photo.release();
        }
        taken.set(None);
        error.set(None);
        busy.set(Some(None));
        spawn_local(async move {
            let request = Request::DocumentPortrait {
                profile: PHOTO_PROFILE.to_owned(),
            };
            let progress = move |reply: &Reply| {
                if let Reply::Downloading { loaded, total, .. } = reply {
                    busy.set(Some(Some(if *total > 0 {
                        loaded * 100 / total
                    } else {
                        0
                    })));
                }
            };
            let answer = run_job(&request, Some(bytes.as_slice()), progress).await;
            busy.set(None);
            match answer {
                Ok((Reply::PhotoFixed { fixed }, Some(jpeg))) => match HeldPhoto::new(jpeg) {
                    Some(photo) => taken.set(Some(Taken { photo, fix: fixed })),
                    None => error.set(Some("worker-failed".to_owned())),
                },
                Ok((Reply::Failed { message }, _)) => error.set(Some(message)),
                Ok(_) | Err(JobError::Failed(_)) => error.set(Some("worker-failed".to_owned())),
                Err(JobError::Cancelled) => {}
            }
        });
    };
    let use_it = move |_| {
        if let Some(t) = taken.get_untracked() {
            s.photo.set(Some(t.photo.bytes.clone()));
            navigate("/exam-mypage/details", Default::default());
        }
    };
    let buttons = move || {
        s.document_photos.with(|kept| {
            kept.iter()
                .map(|(source, _)| {
                    let source = *source;
                    let key = match source {
                        Source::ResidenceCard => "exam-photo-from-card",
                        Source::Passport => "exam-photo-from-passport",
                    };
                    view! { <button type="button" on:click=move |_| take(source)><T key=key /></button> }
                })
                .collect_view()
        })
    };
    let result = move || {
        taken.get().map(|t| {
            let verdict = t.fix.report.verdict;
            let summary = match verdict {
                madoguchi_jobs::Verdict::Fail => "photo-summary-fail",
                madoguchi_jobs::Verdict::Warn => "photo-summary-warn",
                _ => "photo-summary-pass",
            };
            view! {
                <div class="from-document-result">
                    <img class="review-photo" src=t.photo.url.clone() alt=crate::i18n::tr_plain("exam-photo-alt") />
                    <p class="summary" data-verdict=format!("{verdict:?}").to_lowercase()><T key=summary /></p>
                    <ul class="fix-actions">
                        {t.fix.actions.iter().cloned().map(|a| view! { <li><TMessage key=a /></li> }).collect_view()}
                    </ul>
                    // A cut that fails the photo rules is not offered: the person picks a photo below.
                    {if verdict == madoguchi_jobs::Verdict::Fail {
                        view! { <p class="hint"><T key="exam-photo-from-document-refused" /></p> }.into_any()
                    } else {
                        view! {
                            <button type="button" class="primary" on:click=use_it.clone()>
                                <T key="exam-photo-from-document-use" />
                            </button>
                        }.into_any()
                    }}
                </div>
            }
        })
    };
    view! {
        <section class="from-document" aria-labelledby="from-document-heading"
            hidden=move || s.document_photos.with(Vec::is_empty)>
            <h2 id="from-document-heading"><T key="exam-photo-from-document-heading" /></h2>
            <p class="hint"><T key="exam-photo-from-document-hint" /></p>
            <div class="actions">{buttons}</div>
            <p role="status">
                {move || busy.get().map(|state| match state {
                    Some(percent) => {
                        let args = vec![("percent", percent.to_string())];
                        view! { <TArgs key="photo-step-downloading" args=args /> }.into_any()
                    }
                    None => view! { <T key="photo-step-fixing" /> }.into_any(),
                })}
            </p>
            <p class="field-error" role="alert">
                {move || error.get().map(|key| view! { <TMessage key=key /> })}
            </p>
            {result}
        </section>
    }
}
