//! STEP 4–6: the details (every value editable, marked while a document's, conflicts between the
//! card and the passport chosen side by side), the confirmation with the photo, and the receipt.

use base64::Engine;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use madoguchi_rules::FieldError;
use madoguchi_rules::exam_mypage::{Conflict, Disagreement, ExamDraft, ExamField, Source};

use super::{
    PREFECTURE_NAMES, Stepper, field_id, field_label, prefecture_name, session, sex_name,
    source_note,
};
use crate::api::{Receipt, new_idempotency_key};
use crate::components::fields::{FieldErrors, TextField, errors_for, focus_first_error};
use crate::components::photo_step::HeldPhoto;
use crate::components::submit_status::{FinalSubmit, WaitingForNetwork};
use crate::i18n::{T, TArgs, TMessage, local_date};
use crate::pages::mynumber::today_in_japan;

/// The error path of a conflict not chosen yet (not a form field: the page asks it).
fn conflict_path(field: ExamField) -> &'static str {
    match field {
        ExamField::Name => "conflict.name",
        ExamField::BirthDate => "conflict.birth_date",
        ExamField::Sex => "conflict.sex",
        ExamField::Nationality => "conflict.nationality",
        // Only the fields both documents carry can conflict.
        _ => "conflict",
    }
}

/// Every problem of the details, as the shared rules and the conflicts say; the photo is its own
/// step and is checked on the confirmation.
fn check_details(draft: &ExamDraft) -> Vec<FieldError> {
    let mut errors: Vec<FieldError> = draft
        .unresolved()
        .into_iter()
        .map(|field| FieldError::new(conflict_path(field), "exam-conflict-choose"))
        .collect();
    if let Err(rules) = draft.form(String::new()).validate(today_in_japan()) {
        errors.extend(rules.into_iter().filter(|e| e.field != "photo_jpeg_base64"));
    }
    errors
}

/// A value as the page shows it (a sex or prefecture key in words).
#[component]
fn Shown(field: ExamField, value: String) -> impl IntoView {
    let key = match field {
        ExamField::Sex => sex_name(&value),
        ExamField::Prefecture => prefecture_name(&value),
        _ => None,
    };
    match key {
        Some(key) => view! { <T key=key /> }.into_any(),
        None => view! { <span class="value">{value}</span> }.into_any(),
    }
}

/// One field the two documents disagree on: both values side by side, the person picks one.
#[component]
fn ConflictChoice(conflict: Conflict) -> impl IntoView {
    let s = session();
    let field = conflict.field;
    let group = format!("conflict-{}", field_id(field));
    let error_id = format!("{group}-error");
    let path = conflict_path(field);
    let invalid = errors_for(s.errors.into(), path);
    let described = error_id.clone();
    let option = move |source: Source, value: String| {
        let which = match source {
            Source::ResidenceCard => "card",
            Source::Passport => "passport",
        };
        let id = format!("{group}-{which}");
        let from = match source {
            Source::ResidenceCard => "exam-from-card",
            Source::Passport => "exam-from-passport",
        };
        view! {
            <div class="conflict-option">
                <input type="radio" name=group.clone() id=id.clone() value=which
                    aria-describedby=described.clone()
                    aria-invalid=move || if invalid.with(|e| e.is_empty()) { "false" } else { "true" }
                    prop:checked=move || s.draft.with(|d| d.chosen.get(&field) == Some(&source))
                    on:change=move |_| {
                        s.draft.update(|d| d.choose(field, source));
                        s.errors.update(|e| e.retain(|e| e.field != path));
                    } />
                <label for=id>
                    <span class="conflict-source"><T key=from /></span>
                    <Shown field=field value=value />
                </label>
            </div>
        }
    };
    view! {
        <fieldset class="conflict" data-conflict=field.path()>
            <legend><T key=field_label(field) />" — "<T key="exam-conflict-differs" /></legend>
            {(conflict.kind == Disagreement::NameOrder).then(|| view! {
                <p class="hint"><T key="exam-conflict-name-order" /></p>
            })}
            <div class="conflict-options">
                {option(Source::ResidenceCard, conflict.card.clone())}
                {option(Source::Passport, conflict.passport.clone())}
            </div>
            <FieldErrors id=error_id field=path errors=s.errors />
        </fieldset>
    }
}

/// A text field of the form bound to the draft, marked while it holds a document's value.
#[component]
fn DraftField(
    field: ExamField,
    #[prop(default = None)] hint: Option<&'static str>,
    #[prop(default = None)] inputmode: Option<&'static str>,
) -> impl IntoView {
    let s = session();
    view! {
        <TextField id=field_id(field) field=field.path() label=field_label(field) errors=s.errors
            hint=hint inputmode=inputmode
            note=Signal::derive(move || s.draft.with(|d| d.autofilled.get(&field).copied().map(source_note)))
            value=Signal::derive(move || s.draft.with(|d| d.value(field).to_owned()))
            on_input=Callback::new(move |v| s.draft.update(|d| d.edit(field, v))) />
    }
}

/// The sex as two radio buttons (the documents print M/F).
#[component]
fn SexField() -> impl IntoView {
    let s = session();
    let field = ExamField::Sex;
    let invalid = errors_for(s.errors.into(), field.path());
    let note = move || {
        s.draft
            .with(|d| d.autofilled.get(&field).copied().map(source_note))
    };
    let options = [("male", "exam-sex-male"), ("female", "exam-sex-female")];
    view! {
        <fieldset class="field" id="exam-sex" aria-describedby="exam-sex-note exam-sex-error">
            <legend><T key=field_label(field) /></legend>
            <p id="exam-sex-note" class="autofill-note">{move || note().map(|key| view! { <T key=key /> })}</p>
            {options.into_iter().map(|(value, key)| {
                let id = format!("exam-sex-{value}");
                view! {
                    <div class="choice">
                        <input type="radio" name="sex" id=id.clone() value=value
                            aria-invalid=move || if invalid.with(|e| e.is_empty()) { "false" } else { "true" }
                            prop:checked=move || s.draft.with(|d| d.value(field) == value)
                            on:change=move |_| s.draft.update(|d| d.edit(field, value.to_owned())) />
                        <label for=id><T key=key /></label>
                    </div>
                }
            }).collect_view()}
            <FieldErrors id="exam-sex-error".to_owned() field=field.path() errors=s.errors />
        </fieldset>
    }
}

/// The prefecture of residence as a list of the 47.
#[component]
fn PrefectureField() -> impl IntoView {
    let s = session();
    let field = ExamField::Prefecture;
    let invalid = errors_for(s.errors.into(), field.path());
    let note = move || {
        s.draft
            .with(|d| d.autofilled.get(&field).copied().map(source_note))
    };
    let described = move || match note() {
        Some(_) => "exam-prefecture-note exam-prefecture-error",
        None => "exam-prefecture-error",
    };
    view! {
        <div class="field">
            <label for="exam-prefecture"><T key=field_label(field) /></label>
            {move || note().map(|key| view! {
                <p id="exam-prefecture-note" class="autofill-note" data-note=key><T key=key /></p>
            })}
            <select id="exam-prefecture" name=field.path() aria-describedby=described
                aria-invalid=move || if invalid.with(|e| e.is_empty()) { "false" } else { "true" }
                on:change=move |ev| s.draft.update(|d| d.edit(field, event_target_value(&ev)))>
                <option value="" selected=move || s.draft.with(|d| prefecture_name(d.value(field)).is_none())>
                    {move || crate::i18n::tr_plain("exam-prefecture-choose")}
                </option>
                {PREFECTURE_NAMES.iter().enumerate().map(|(index, key)| {
                    let code = format!("{:02}", index + 1);
                    let selected = code.clone();
                    view! {
                        <option value=code selected=move || s.draft.with(|d| d.value(field) == selected)>
                            {move || crate::i18n::tr_plain(key)}
                        </option>
                    }
                }).collect_view()}
            </select>
            <FieldErrors id="exam-prefecture-error".to_owned() field=field.path() errors=s.errors />
        </div>
    }
}

#[component]
pub fn DetailsPage() -> impl IntoView {
    let s = session();
    let navigate = use_navigate();
    let confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let errors = s.draft.with_untracked(check_details);
        let ok = errors.is_empty();
        s.errors.set(errors);
        if ok {
            navigate("/exam-mypage/confirm", Default::default());
        } else {
            focus_first_error();
        }
    };
    let has_card = move || s.draft.with(|d| d.has_card == Some(true));
    let missing = move || {
        s.draft.with(|d| {
            [
                d.has_card
                    .is_none()
                    .then_some(("exam-missing-card", "/exam-mypage")),
                d.passport
                    .is_none()
                    .then_some(("exam-missing-passport", "/exam-mypage/passport")),
            ]
            .into_iter()
            .flatten()
            .map(|(key, href)| view! { <li><a href=href><T key=key /></a></li> })
            .collect_view()
        })
    };
    let conflicts = move || {
        s.draft.with(|d| {
            d.conflicts()
                .into_iter()
                .map(|c| view! { <ConflictChoice conflict=c /> })
                .collect_view()
        })
    };
    view! {
        <Stepper current=4 />
        <h1><T key="exam-details-heading" /></h1>
        <p class="lead"><T key="exam-details-intro" /></p>
        <ul class="missing-steps">{missing}</ul>
        <form class="step" novalidate=true on:submit=confirm>
            {conflicts}
            <fieldset>
                <legend><T key="exam-personal-legend" /></legend>
                <DraftField field=ExamField::Name hint=Some("exam-field-name-hint") />
                <DraftField field=ExamField::BirthDate hint=Some("exam-field-date-hint") inputmode=Some("numeric") />
                <SexField />
                <DraftField field=ExamField::Nationality hint=Some("exam-field-nationality-hint") />
                <DraftField field=ExamField::PassportNumber />
            </fieldset>
            {move || if has_card() {
                view! {
                    <fieldset>
                        <legend><T key="exam-card-legend" /></legend>
                        <DraftField field=ExamField::CardNumber hint=Some("exam-field-card-number-hint") />
                        <DraftField field=ExamField::StatusOfResidence />
                        <DraftField field=ExamField::PeriodOfStayUntil hint=Some("exam-field-date-hint") inputmode=Some("numeric") />
                        <PrefectureField />
                    </fieldset>
                }.into_any()
            } else {
                view! { <p class="note" data-note="no-card"><T key="exam-no-card-note" /></p> }.into_any()
            }}
            <fieldset>
                <legend><T key="exam-contact-legend" /></legend>
                <TextField id="exam-email" field="email" label="exam-field-email" errors=s.errors
                    kind="email" autocomplete="email"
                    value=Signal::derive(move || s.draft.with(|d| d.email.clone()))
                    on_input=Callback::new(move |v| s.draft.update(|d| d.email = v)) />
            </fieldset>
            <div class="actions">
                <a class="button" href="/exam-mypage/photo"><T key="exam-back" /></a>
                <button type="submit" class="primary"><T key="exam-to-confirm" /></button>
            </div>
        </form>
    }
}

fn photo_base64(photo: Option<&[u8]>) -> String {
    photo
        .map(|p| base64::engine::general_purpose::STANDARD.encode(p))
        .unwrap_or_default()
}

#[component]
pub fn ConfirmPage() -> impl IntoView {
    let s = session();
    let navigate = use_navigate();
    let submit = FinalSubmit::new();
    let draft = s.draft.get_untracked();
    let photo = s
        .photo
        .get_untracked()
        .and_then(|p| HeldPhoto::new(p.to_vec()));
    if let Some(photo) = photo.clone() {
        on_cleanup(move || photo.release());
    }
    let register = move |_| {
        if submit.is_sending() {
            return;
        }
        if s.draft.with_untracked(|d| d.idempotency_key.is_empty()) {
            s.draft
                .update(|d| d.idempotency_key = new_idempotency_key());
        }
        let draft = s.draft.get_untracked();
        let photo = s.photo.get_untracked();
        let body = draft.form(photo_base64(photo.as_deref().map(Vec::as_slice)));
        let mut errors = check_details(&draft);
        if let Err(rules) = body.validate(today_in_japan()) {
            errors.extend(rules.into_iter().filter(|e| e.field == "photo_jpeg_base64"));
        }
        if !errors.is_empty() {
            s.errors.set(errors);
            s.problem.set(Some("api-error-validation".to_owned()));
            return;
        }
        s.problem.set(None);
        let navigate = navigate.clone();
        let key = draft.idempotency_key.clone();
        submit.send(
            "/api/forms/exam-mypage",
            body,
            key,
            move |answer: Result<Receipt, _>| {
                match answer {
                    Ok(receipt) => {
                        s.receipt.set(Some(receipt));
                        // Stored: nothing of the registration stays in the tab.
                        s.wipe();
                        navigate("/exam-mypage/done", Default::default());
                    }
                    Err(failure) => {
                        s.errors.set(failure.errors);
                        s.problem.set(Some(failure.message));
                    }
                }
            },
        );
    };
    let row = |field: ExamField| {
        let value = draft.value(field).to_owned();
        let source = draft.autofilled.get(&field).copied().map(source_note);
        view! {
            <dt><T key=field_label(field) /></dt>
            <dd data-review=field.path()>
                <Shown field=field value=value />
                {source.map(|key| view! { " " <small class="autofill-note"><T key=key /></small> })}
            </dd>
        }
    };
    let card_rows = match draft.has_card {
        Some(true) => [
            ExamField::CardNumber,
            ExamField::StatusOfResidence,
            ExamField::PeriodOfStayUntil,
            ExamField::Prefecture,
        ]
        .into_iter()
        .map(row)
        .collect_view()
        .into_any(),
        _ => view! {
            <dt><T key="exam-card-legend" /></dt>
            <dd data-review="residence_card"><T key="exam-no-card-note" /></dd>
        }
        .into_any(),
    };
    let photo_view = match photo {
        Some(photo) => view! {
            <img class="review-photo" src=photo.url alt=crate::i18n::tr_plain("exam-photo-alt") />
        }
        .into_any(),
        None => view! { <T key="exam-photo-missing" /> }.into_any(),
    };
    view! {
        <Stepper current=5 />
        <h1><T key="exam-confirm-heading" /></h1>
        <p class="lead"><T key="exam-confirm-intro" /></p>
        <dl class="review">
            {[ExamField::Name, ExamField::BirthDate, ExamField::Sex, ExamField::Nationality, ExamField::PassportNumber]
                .into_iter().map(row).collect_view()}
            {card_rows}
            <dt><T key="exam-field-email" /></dt>
            <dd data-review="email">{draft.email.clone()}</dd>
            <dt><T key="exam-step-photo" /></dt>
            <dd>{photo_view}</dd>
        </dl>
        <p class="field-error form-problem" role="alert">
            {move || s.problem.get().map(|key| view! { <TMessage key=key /> })}
        </p>
        <WaitingForNetwork waiting=submit.waiting />
        <ul class="field-error">
            {move || s.errors.get().into_iter().map(|e| view! { <li><TMessage key=e.message args=e.args /></li> }).collect_view()}
        </ul>
        <div class="actions">
            <a class="button" href="/exam-mypage/details"><T key="exam-back-to-details" /></a>
            <a class="button" href="/exam-mypage/photo"><T key="exam-back-to-photo" /></a>
            <button type="button" class="primary" on:click=register aria-disabled=move || submit.sending.get().to_string()>
                <T key="exam-register" />
            </button>
        </div>
    }
}

#[component]
pub fn DonePage() -> impl IntoView {
    let s = session();
    let receipt = s.receipt.get_untracked();
    view! {
        <Stepper current=6 />
        <h1><T key="exam-done-heading" /></h1>
        {match receipt {
            Some(r) => {
                let args = Signal::derive(move || vec![("receipt", r.receipt_number.clone()), ("time", local_date(&r.received_at))]);
                view! { <p class="receipt" role="status"><TArgs key="exam-done-receipt" args=args /></p> }.into_any()
            }
            None => view! { <p><T key="exam-done-no-receipt" /></p> }.into_any(),
        }}
        <p><T key="exam-done-wiped" /></p>
        <p><a href="/"><T key="not-found-home" /></a></p>
    }
}
