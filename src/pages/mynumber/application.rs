//! STEP 4–7, opened from the mailed single-use link: application details, face photo (skipped
//! under one year), final confirmation with every value and the photo, and the receipt.

use std::sync::Arc;

use base64::Engine;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map};
use madoguchi_rules::FieldError;
use madoguchi_rules::forms::{BirthDateInput, MyNumberApplicationForm};
use madoguchi_rules::wareki::{Calendar, CivilDate, Era, birth_date, to_wareki, under_one_year};

use super::fields::{CheckField, FieldErrors, Problem, TextField, focus_first_error};
use super::{Draft, Stepper, session, today_in_japan};
use crate::api::{Receipt, get, new_idempotency_key};
use crate::components::photo_step::PhotoStep;
use crate::components::submit_status::{FinalSubmit, WaitingForNetwork};
use crate::i18n::{T, TArgs, TMessage, local_date};

/// What the mailed link says about the registration (`GET /api/forms/mynumber-link/{token}`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
struct LinkInfo {
    application_id_masked: String,
    mail_name: String,
    expires_at: String,
}

fn token() -> Signal<String> {
    let params = use_params_map();
    Signal::derive(move || params.read().get("token").unwrap_or_default())
}

fn form(d: &Draft, token: &str, photo: Option<&[u8]>) -> MyNumberApplicationForm {
    MyNumberApplicationForm {
        link_token: token.to_owned(),
        course: d.course.clone(),
        licence_record_number: (d.course == "licence").then(|| d.licence_record_number.clone()),
        birth_date: BirthDateInput {
            calendar: d.calendar.clone(),
            year: d.year.clone(),
            month: d.month.clone(),
            day: d.day.clone(),
        },
        signature_certificate: d.signature_certificate,
        user_certificate: d.user_certificate,
        braille: d.braille,
        declaration: d.declaration,
        photo_jpeg_base64: photo.map(|p| base64::engine::general_purpose::STANDARD.encode(p)),
        photo_confirmations: d.photo_confirmations,
    }
}

fn calendar_of(key: &str) -> Option<Calendar> {
    if key == "seireki" {
        return Some(Calendar::Seireki);
    }
    Era::ALL
        .into_iter()
        .find(|e| e.key() == key)
        .map(Calendar::Wareki)
}

/// The date of birth typed in STEP 4, when it is a valid date.
fn birth(d: &Draft) -> Option<CivilDate> {
    birth_date(
        "birth_date",
        calendar_of(&d.calendar)?,
        &d.year,
        &d.month,
        &d.day,
        today_in_japan(),
    )
    .ok()
}

fn needs_photo(d: &Draft) -> bool {
    birth(d).is_none_or(|b| !under_one_year(b, today_in_japan()))
}

/// Loads the link's details once; `None` while loading, `Some(Err)` when expired or used.
fn link_info(token: Signal<String>) -> RwSignal<Option<Result<LinkInfo, String>>> {
    let info = RwSignal::new(None);
    Effect::new(move |_| {
        let token = token.get();
        spawn_local(async move {
            let answer = get::<LinkInfo>(&format!("/api/forms/mynumber-link/{token}")).await;
            info.set(Some(answer.map_err(|f| f.message)));
        });
    });
    info
}

#[component]
fn LinkProblem(message: String) -> impl IntoView {
    view! {
        <section class="step failure" role="alert">
            <h2><TMessage key=message /></h2>
            <p><a href="/mynumber"><T key="mynumber-start-again" /></a></p>
        </section>
    }
}

const COURSES: [(&str, &str, &str); 3] = [
    ("new", "mynumber-course-new", "mynumber-course-new-who"),
    (
        "renewal",
        "mynumber-course-renewal",
        "mynumber-course-renewal-who",
    ),
    (
        "licence",
        "mynumber-course-licence",
        "mynumber-course-licence-who",
    ),
];

const CALENDARS: [(&str, &str); 6] = [
    ("seireki", "mynumber-calendar-seireki"),
    ("reiwa", "mynumber-calendar-reiwa"),
    ("heisei", "mynumber-calendar-heisei"),
    ("showa", "mynumber-calendar-showa"),
    ("taisho", "mynumber-calendar-taisho"),
    ("meiji", "mynumber-calendar-meiji"),
];

#[component]
pub fn ApplicationPage() -> impl IntoView {
    let s = session();
    let token = token();
    let info = link_info(token);
    let navigate = use_navigate();
    let confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = s.draft.get_untracked();
        // STEP 4 checks everything but the photo, which STEP 5 adds.
        let errors: Vec<FieldError> =
            match form(&draft, &token.get_untracked(), None).validate(today_in_japan()) {
                Ok(_) => Vec::new(),
                Err(errors) => errors
                    .into_iter()
                    .filter(|e| !e.field.starts_with("photo"))
                    .collect(),
            };
        let ok = errors.is_empty();
        s.errors.set(errors);
        if !ok {
            focus_first_error();
            return;
        }
        let next = if needs_photo(&draft) {
            "photo"
        } else {
            "confirm"
        };
        navigate(
            &format!("/mynumber/application/{}/{next}", token.get_untracked()),
            Default::default(),
        );
    };
    let course_choice = move || {
        COURSES
            .iter()
            .map(|&(value, title, who)| {
                let id = format!("course-{value}");
                view! {
                    <div class="choice course">
                        <input type="radio" name="course" id=id.clone() value=value
                            aria-describedby=format!("{id}-who")
                            prop:checked=move || s.draft.with(|d| d.course == value)
                            on:change=move |_| s.update(|d| d.course = value.to_owned()) />
                        <label for=id.clone()><T key=title /></label>
                        <p class="hint" id=format!("{id}-who")><T key=who /></p>
                    </div>
                }
            })
            .collect_view()
    };
    let form_view = move |link: LinkInfo| {
        let confirm = confirm.clone();
        let name_args = vec![("name", link.mail_name.clone())];
        let expires = link.expires_at.clone();
        let expiry_args = Signal::derive(move || vec![("expires", local_date(&expires))]);
        view! {
            <p class="addressee"><TArgs key="mynumber-addressee" args=name_args /></p>
            <p class="hint">
                <T key="mynumber-application-id" /> ": " <span class="mono">{link.application_id_masked.clone()}</span>
                " · " <TArgs key="mynumber-link-expires" args=expiry_args />
            </p>
            <form class="step" novalidate=true on:submit=confirm>
                <fieldset>
                    <legend><T key="mynumber-course-legend" /></legend>
                    {course_choice}
                    <FieldErrors id="course-error".to_owned() field="course" />
                </fieldset>
                {move || s.draft.with(|d| d.course == "licence").then(|| view! {
                    <TextField id="licence-record-number" field="licence_record_number"
                        label="mynumber-licence-number" hint="mynumber-licence-number-hint" inputmode="numeric"
                        value=Signal::derive(move || s.draft.with(|d| d.licence_record_number.clone()))
                        on_input=Callback::new(move |v| s.update(|d| d.licence_record_number = v)) />
                })}
                <fieldset class="birth-date">
                    <legend><T key="mynumber-birth-date" /></legend>
                    <p class="hint" id="birth-date-hint"><T key="mynumber-birth-date-hint" /></p>
                    <label for="birth-calendar"><T key="mynumber-calendar" /></label>
                    <select id="birth-calendar" aria-describedby="birth-date-hint"
                        on:change=move |ev| s.update(|d| d.calendar = event_target_value(&ev))>
                        {CALENDARS.iter().map(|&(value, key)| view! {
                            <option value=value selected=move || s.draft.with(|d| d.calendar == value)>
                                {move || crate::i18n::tr_plain(key)}
                            </option>
                        }).collect_view()}
                    </select>
                    <span class="date-parts">
                        <TextField id="birth-year" field="birth_date.year" label="mynumber-year" inputmode="numeric"
                            value=Signal::derive(move || s.draft.with(|d| d.year.clone()))
                            on_input=Callback::new(move |v| s.update(|d| d.year = v)) />
                        <TextField id="birth-month" field="birth_date.month" label="mynumber-month" inputmode="numeric"
                            value=Signal::derive(move || s.draft.with(|d| d.month.clone()))
                            on_input=Callback::new(move |v| s.update(|d| d.month = v)) />
                        <TextField id="birth-day" field="birth_date.day" label="mynumber-day" inputmode="numeric"
                            value=Signal::derive(move || s.draft.with(|d| d.day.clone()))
                            on_input=Callback::new(move |v| s.update(|d| d.day = v)) />
                    </span>
                    <FieldErrors id="birth-date-error".to_owned() field="birth_date" />
                </fieldset>
                <fieldset>
                    <legend><T key="mynumber-options-legend" /></legend>
                    <CheckField id="signature-certificate" field="signature_certificate"
                        label="mynumber-cert-signature" hint="mynumber-cert-signature-hint"
                        checked=Signal::derive(move || s.draft.with(|d| d.signature_certificate))
                        on_change=Callback::new(move |v| s.update(|d| d.signature_certificate = v)) />
                    <CheckField id="user-certificate" field="user_certificate"
                        label="mynumber-cert-user" hint="mynumber-cert-user-hint"
                        checked=Signal::derive(move || s.draft.with(|d| d.user_certificate))
                        on_change=Callback::new(move |v| s.update(|d| d.user_certificate = v)) />
                    <CheckField id="braille" field="braille" label="mynumber-braille"
                        checked=Signal::derive(move || s.draft.with(|d| d.braille))
                        on_change=Callback::new(move |v| s.update(|d| d.braille = v)) />
                </fieldset>
                <CheckField id="declaration" field="declaration" label="mynumber-declaration"
                    checked=Signal::derive(move || s.draft.with(|d| d.declaration))
                    on_change=Callback::new(move |v| s.update(|d| d.declaration = v)) />
                <button type="submit" class="primary"><T key="mynumber-confirm" /></button>
            </form>
        }
    };
    view! {
        <Stepper current=4 />
        <h1><T key="mynumber-application-heading" /></h1>
        {move || match info.get() {
            None => view! { <p role="status"><T key="mynumber-loading" /></p> }.into_any(),
            Some(Err(message)) => view! { <LinkProblem message=message /> }.into_any(),
            Some(Ok(link)) => form_view(link).into_any(),
        }}
    }
}

#[component]
pub fn PhotoPage() -> impl IntoView {
    let s = session();
    let token = token();
    let navigate = use_navigate();
    let to_confirm = move || {
        navigate(
            &format!("/mynumber/application/{}/confirm", token.get_untracked()),
            Default::default(),
        );
    };
    let after_accept = to_confirm.clone();
    let on_accept = Callback::new(move |jpeg: Arc<Vec<u8>>| {
        s.photo.set(Some(jpeg));
        // The photo step's three confirmations were all ticked to get here.
        s.update(|d| d.photo_confirmations = [true; 3]);
        after_accept();
    });
    // Coming back to this step keeps the photo already chosen (it is only in memory).
    let kept = s.photo.get_untracked().and_then(|p| photo_url(&p));
    if let Some(url) = kept.clone() {
        on_cleanup(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
    }
    view! {
        <Stepper current=5 />
        <h1><T key="mynumber-photo-heading" /></h1>
        <p class="lead"><T key="mynumber-photo-intro" /></p>
        {kept.map(|url| {
            let to_confirm = to_confirm.clone();
            view! {
                <section class="kept-photo" aria-labelledby="kept-photo-heading">
                    <h2 id="kept-photo-heading"><T key="mynumber-photo-kept" /></h2>
                    <img class="review-photo" src=url alt=crate::i18n::tr_plain("mynumber-photo-alt") />
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| to_confirm()>
                            <T key="mynumber-photo-keep" />
                        </button>
                    </div>
                </section>
            }
        })}
        <PhotoStep profile="mynumber".to_owned() on_accept=on_accept />
        <p><a href=move || format!("/mynumber/application/{}", token.get())><T key="mynumber-back" /></a></p>
    }
}

/// A photo held in the page as an object URL for the review (released when the page goes).
fn photo_url(photo: &[u8]) -> Option<String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(photo));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/jpeg");
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

fn birth_text(d: &Draft) -> String {
    match birth(d) {
        Some(date) => match to_wareki(date) {
            Some(w) => format!(
                "{} ({:04}-{:02}-{:02})",
                w.japanese(),
                date.year(),
                date.month(),
                date.day()
            ),
            None => format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day()),
        },
        None => String::new(),
    }
}

#[component]
pub fn ConfirmPage() -> impl IntoView {
    let s = session();
    let token = token();
    let navigate = use_navigate();
    let submit = FinalSubmit::new();
    let draft = s.draft.get_untracked();
    let photo = s.photo.get_untracked();
    let url = photo.as_deref().and_then(|p| photo_url(p));
    if let Some(url) = url.clone() {
        on_cleanup(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
    }
    let photo_missing = needs_photo(&draft) && photo.is_none();
    let register = move |_| {
        if submit.is_sending() {
            return;
        }
        if s.draft.with_untracked(|d| d.application_key.is_empty()) {
            s.update(|d| d.application_key = new_idempotency_key());
        }
        let draft = s.draft.get_untracked();
        let photo = s.photo.get_untracked().filter(|_| needs_photo(&draft));
        let body = form(
            &draft,
            &token.get_untracked(),
            photo.as_deref().map(Vec::as_slice),
        );
        if let Err(errors) = body.validate(today_in_japan()) {
            s.errors.set(errors);
            s.problem.set(Some("api-error-validation".to_owned()));
            return;
        }
        s.problem.set(None);
        let navigate = navigate.clone();
        let key = draft.application_key.clone();
        submit.send(
            "/api/forms/mynumber-application",
            body,
            key,
            move |answer: Result<Receipt, _>| match answer {
                Ok(receipt) => {
                    s.receipt.set(Some(receipt));
                    navigate(
                        &format!("/mynumber/application/{}/done", token.get_untracked()),
                        Default::default(),
                    );
                }
                Err(failure) => {
                    s.errors.set(failure.errors);
                    s.problem.set(Some(failure.message));
                }
            },
        );
    };
    let course_key = COURSES
        .iter()
        .find(|c| c.0 == draft.course)
        .map_or("mynumber-course-new", |c| c.1);
    let yes_no = |v: bool| if v { "mynumber-yes" } else { "mynumber-no" };
    let today = today_in_japan();
    view! {
        <Stepper current=6 />
        <h1><T key="mynumber-confirm-heading" /></h1>
        <p class="lead"><T key="mynumber-confirm-intro" /></p>
        <dl class="review">
            <dt><T key="mynumber-application-date" /></dt>
            <dd>{format!("{:04}-{:02}-{:02}", today.year(), today.month(), today.day())}</dd>
            <dt><T key="mynumber-application-id" /></dt>
            <dd class="mono">{madoguchi_rules::application_id::group_digits(&draft.application_id.chars().filter(char::is_ascii_digit).collect::<String>())}</dd>
            <dt><T key="mynumber-mail-name" /></dt>
            <dd>{draft.mail_name.clone()}</dd>
            <dt><T key="mynumber-email" /></dt>
            <dd>{draft.email.clone()}</dd>
            <dt><T key="mynumber-course-legend" /></dt>
            <dd><T key=course_key /></dd>
            {(draft.course == "licence").then(|| view! {
                <dt><T key="mynumber-licence-number" /></dt>
                <dd class="mono">{draft.licence_record_number.clone()}</dd>
            })}
            <dt><T key="mynumber-birth-date" /></dt>
            <dd>{birth_text(&draft)}</dd>
            <dt><T key="mynumber-cert-signature" /></dt>
            <dd data-review="signature-certificate"><T key=yes_no(draft.signature_certificate) /></dd>
            <dt><T key="mynumber-cert-user" /></dt>
            <dd data-review="user-certificate"><T key=yes_no(draft.user_certificate) /></dd>
            <dt><T key="mynumber-braille" /></dt>
            <dd data-review="braille"><T key=yes_no(draft.braille) /></dd>
            <dt><T key="mynumber-photo-heading" /></dt>
            <dd>
                {match (url, needs_photo(&draft)) {
                    (_, false) => view! { <T key="mynumber-photo-not-needed" /> }.into_any(),
                    (Some(url), true) => view! { <img class="review-photo" src=url alt=crate::i18n::tr_plain("mynumber-photo-alt") /> }.into_any(),
                    (None, true) => view! { <T key="mynumber-photo-missing" /> }.into_any(),
                }}
            </dd>
        </dl>
        <Problem />
        <WaitingForNetwork waiting=submit.waiting />
        <ul class="field-error">
            {move || s.errors.get().into_iter().map(|e| view! { <li><TMessage key=e.message args=e.args /></li> }).collect_view()}
        </ul>
        <div class="actions">
            <a class="button" href=move || format!("/mynumber/application/{}", token.get())><T key="mynumber-back-to-details" /></a>
            {needs_photo(&draft).then(|| view! {
                <a class="button" href=move || format!("/mynumber/application/{}/photo", token.get())><T key="mynumber-back-to-photo" /></a>
            })}
            {(!photo_missing).then(|| view! {
                <button type="button" class="primary" on:click=register aria-disabled=move || submit.sending.get().to_string()>
                    <T key="mynumber-register" />
                </button>
            })}
        </div>
    }
}

#[component]
pub fn DonePage() -> impl IntoView {
    let s = session();
    let receipt = s.receipt.get_untracked();
    // Submitted: nothing of the application stays in the tab (the receipt is shown from memory).
    s.wipe();
    view! {
        <Stepper current=7 />
        <h1><T key="mynumber-done-heading" /></h1>
        {match receipt {
            Some(r) => {
                let args = Signal::derive(move || vec![("receipt", r.receipt_number.clone()), ("time", local_date(&r.received_at))]);
                view! { <p class="receipt" role="status"><TArgs key="mynumber-done-receipt" args=args /></p> }.into_any()
            }
            None => view! { <p><T key="mynumber-done-no-receipt" /></p> }.into_any(),
        }}
        <p><T key="mynumber-done-mail" /></p>
        <p><a href="/"><T key="not-found-home" /></a></p>
    }
}
