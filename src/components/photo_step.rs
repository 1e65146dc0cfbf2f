//! The photo step of the application flows (issue: ID photo check): pick or take a photo, see
//! each rule's verdict over the photo with the profile's framing guide, auto-fix with a
//! before/after view, then the confirmations of what cannot be measured gate "use this photo".
//! The checks run in the engine worker; the photo never leaves the browser.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use madoguchi_jobs::{CheckLine, PhotoFix, PhotoReport, Reply, Request, Verdict};
use wasm_bindgen::JsCast;

use crate::i18n::{T, TArgs, TMessage};
use crate::worker::{JobError, cancel_all, run_job};

/// Files larger than this are not read into memory (the rules allow at most a few MB anyway).
const MAX_FILE_BYTES: f64 = 50.0 * 1024.0 * 1024.0;

/// A photo held in the page: its bytes and an object URL to show it.
#[derive(Clone, Debug, PartialEq)]
pub struct HeldPhoto {
    pub bytes: Arc<Vec<u8>>,
    pub url: String,
}

impl HeldPhoto {
    pub fn new(bytes: Vec<u8>) -> Option<HeldPhoto> {
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("image/jpeg");
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        Some(HeldPhoto {
            bytes: Arc::new(bytes),
            url,
        })
    }

    /// Lets the browser free the image; the URL no longer works afterwards.
    pub fn release(&self) {
        let _ = web_sys::Url::revoke_object_url(&self.url);
    }
}

/// What the worker is doing for the step.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Busy {
    Checking,
    Fixing,
    Downloading { percent: u64 },
}

/// The photo being judged, with its report.
#[derive(Clone, Debug, PartialEq)]
struct Judged {
    photo: HeldPhoto,
    report: PhotoReport,
    fixed: bool,
}

/// A fix offered next to the original.
#[derive(Clone, Debug, PartialEq)]
struct Offer {
    photo: HeldPhoto,
    fix: PhotoFix,
}

fn verdict_key(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Pass => "photo-verdict-pass",
        Verdict::Warn => "photo-verdict-warn",
        Verdict::Fail => "photo-verdict-fail",
        Verdict::Skip => "photo-verdict-skip",
    }
}

fn summary_key(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Pass | Verdict::Skip => "photo-summary-pass",
        Verdict::Warn => "photo-summary-warn",
        Verdict::Fail => "photo-summary-fail",
    }
}

fn verdict_name(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Pass => "pass",
        Verdict::Warn => "warn",
        Verdict::Fail => "fail",
        Verdict::Skip => "skip",
    }
}

/// Reads the first chosen file, unless it is too large to hold.
async fn read_file(input: &web_sys::HtmlInputElement) -> Result<Option<Vec<u8>>, &'static str> {
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return Ok(None);
    };
    if file.size() > MAX_FILE_BYTES {
        return Err("photo-file-too-large");
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| "photo-decode-failed")?;
    Ok(Some(js_sys::Uint8Array::new(&buffer).to_vec()))
}

/// Model download progress as a percentage (0 when the size is unknown).
fn progress_of(reply: &Reply) -> Option<u64> {
    match reply {
        Reply::Downloading { loaded, total, .. } if *total > 0 => Some(loaded * 100 / total),
        Reply::Downloading { .. } => Some(0),
        _ => None,
    }
}

#[component]
fn Checklist(report: PhotoReport) -> impl IntoView {
    let mut lines: Vec<CheckLine> = report.checks.clone();
    // Problems first, in the engine's order within each verdict.
    lines.sort_by_key(|line| std::cmp::Reverse(line.verdict));
    view! {
        <ul class="checklist">
            {lines
                .into_iter()
                .map(|line| {
                    let details = match (&line.measured, &line.limit) {
                        (Some(measured), Some(limit)) => {
                            let args = vec![("measured", measured.clone()), ("limit", limit.clone())];
                            Some(view! { <small class="measure"><TArgs key="photo-measured" args=args /></small> })
                        }
                        _ => None,
                    };
                    view! {
                        <li class="check" data-check=line.id.clone() data-verdict=verdict_name(line.verdict)>
                            <strong class="verdict">
                                <T key=verdict_key(line.verdict) />
                            </strong>
                            " "
                            <TMessage key=line.message.clone() args=line.args.clone() />
                            {details}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The photo with the face found and the profile's framing guide drawn over it.
#[component]
fn Overlay(photo: HeldPhoto, report: PhotoReport) -> impl IntoView {
    let (Some(width), Some(height)) = (report.width, report.height) else {
        return view! { <img class="photo" src=photo.url alt="" /> }.into_any();
    };
    let (w, h) = (f64::from(width), f64::from(height));
    let framing = report.framing;
    let stroke = (w.max(h) / 300.0).max(1.0);
    let faces = report
        .faces
        .iter()
        .map(|face| {
            view! {
                <rect class="face" x=face.area.x y=face.area.y width=face.area.width height=face.area.height
                    stroke-width=stroke />
                <line class="head-line" x1=face.area.x - face.area.width * 0.3 x2=face.area.x + face.area.width * 1.3
                    y1=face.crown_y y2=face.crown_y stroke-width=stroke />
                <line class="head-line" x1=face.area.x - face.area.width * 0.3 x2=face.area.x + face.area.width * 1.3
                    y1=face.chin_y y2=face.chin_y stroke-width=stroke />
            }
        })
        .collect_view();
    let crop = report.suggested_crop.filter(|_| report.verdict != Verdict::Pass).map(|c| {
        view! { <rect class="crop" x=c.x y=c.y width=c.width height=c.height stroke-width=stroke /> }
    });
    let alt = crate::i18n::tr_plain("photo-overlay-alt");
    view! {
        <figure class="photo-frame" style:aspect-ratio=format!("{width} / {height}")>
            <img class="photo" src=photo.url alt=alt />
            <svg class="overlay" viewBox=format!("0 0 {w} {h}") preserveAspectRatio="none" aria-hidden="true">
                // Where the eyes should be, and the centre line.
                <rect class="eye-band" x="0" y=framing.eyes_min * h width=w
                    height=(framing.eyes_max - framing.eyes_min) * h />
                <line class="centre" x1=w / 2.0 x2=w / 2.0 y1="0" y2=h stroke-width=stroke />
                {faces}
                {crop}
            </svg>
        </figure>
    }
    .into_any()
}

/// The photo step. `on_accept` gets the photo to submit (original or fixed JPEG) once it has no
/// failed rule and every confirmation is ticked.
#[component]
pub fn PhotoStep(
    #[prop(into)] profile: Signal<String>,
    on_accept: Callback<Arc<Vec<u8>>>,
) -> impl IntoView {
    let original = RwSignal::new(None::<HeldPhoto>);
    let judged = RwSignal::new(None::<Judged>);
    let offer = RwSignal::new(None::<Offer>);
    let busy = RwSignal::new(None::<Busy>);
    let error = RwSignal::new(None::<String>);
    let confirmed = RwSignal::new(Vec::<bool>::new());
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let camera_ref = NodeRef::<leptos::html::Input>::new();

    let forget_all = move || {
        for photo in [
            original.get_untracked(),
            judged.get_untracked().map(|j| j.photo),
            offer.get_untracked().map(|o| o.photo),
        ]
        .into_iter()
        .flatten()
        {
            photo.release();
        }
        original.set(None);
        judged.set(None);
        offer.set(None);
        confirmed.set(Vec::new());
    };
    on_cleanup(forget_all);

    let progress = move |reply: &Reply| {
        if let Some(percent) = progress_of(reply) {
            busy.set(Some(Busy::Downloading { percent }));
        }
    };

    let check = move |photo: HeldPhoto, fixed: bool| {
        busy.set(Some(Busy::Checking));
        let request = Request::CheckPhoto {
            profile: profile.get_untracked(),
        };
        spawn_local(async move {
            let answer = run_job(&request, Some(&photo.bytes), progress).await;
            busy.set(None);
            match answer {
                Ok((Reply::PhotoChecked { report }, _)) => {
                    confirmed.set(vec![false; report.confirmations.len()]);
                    judged.set(Some(Judged {
                        photo,
                        report,
                        fixed,
                    }));
                }
                Ok((Reply::Failed { message }, _)) => error.set(Some(message)),
                Ok(_) | Err(JobError::Failed(_)) => error.set(Some("worker-failed".to_owned())),
                Err(JobError::Cancelled) => {}
            }
        });
    };

    let choose = move |input: Option<web_sys::HtmlInputElement>| {
        let Some(input) = input else { return };
        spawn_local(async move {
            let read = read_file(&input).await;
            // The same file can be chosen again after a change.
            input.set_value("");
            match read {
                Ok(Some(bytes)) => {
                    let Some(photo) = HeldPhoto::new(bytes) else {
                        error.set(Some("worker-failed".to_owned()));
                        return;
                    };
                    forget_all();
                    error.set(None);
                    original.set(Some(photo.clone()));
                    check(photo, false);
                }
                Ok(None) => {}
                Err(message) => error.set(Some(message.to_owned())),
            }
        });
    };

    let fix = move |_| {
        let Some(source) = original.get_untracked() else {
            return;
        };
        busy.set(Some(Busy::Fixing));
        error.set(None);
        let request = Request::FixPhoto {
            profile: profile.get_untracked(),
        };
        spawn_local(async move {
            let answer = run_job(&request, Some(&source.bytes), progress).await;
            busy.set(None);
            match answer {
                Ok((Reply::PhotoFixed { fixed }, Some(jpeg))) => match HeldPhoto::new(jpeg) {
                    Some(photo) => offer.set(Some(Offer { photo, fix: fixed })),
                    None => error.set(Some("worker-failed".to_owned())),
                },
                Ok((Reply::Failed { message }, _)) => error.set(Some(message)),
                Ok(_) | Err(JobError::Failed(_)) => error.set(Some("worker-failed".to_owned())),
                Err(JobError::Cancelled) => {}
            }
        });
    };

    let use_fixed = move |_| {
        let Some(offered) = offer.get_untracked() else {
            return;
        };
        confirmed.set(vec![false; offered.fix.report.confirmations.len()]);
        judged.set(Some(Judged {
            photo: offered.photo,
            report: offered.fix.report,
            fixed: true,
        }));
        offer.set(None);
    };

    let cancel = move |_| {
        cancel_all();
        busy.set(None);
    };

    let can_accept = move || {
        judged.with(|j| {
            j.as_ref()
                .is_some_and(|j| j.report.verdict != Verdict::Fail)
        }) && confirmed.with(|c| c.iter().all(|&ticked| ticked))
    };

    let accept = move |_| {
        if let Some(j) = judged.get_untracked().filter(|_| can_accept()) {
            on_accept.run(j.photo.bytes.clone());
        }
    };

    let busy_view = move || {
        busy.get().map(|state| {
            let (key, percent) = match state {
                Busy::Checking => ("photo-step-checking", None),
                Busy::Fixing => ("photo-step-fixing", None),
                Busy::Downloading { percent } => ("photo-step-downloading", Some(percent)),
            };
            let args = vec![("percent", percent.unwrap_or(0).to_string())];
            view! {
                <div class="busy" role="status">
                    <p><TArgs key=key args=args /></p>
                    {percent.map(|p| view! { <progress max="100" value=p></progress> })}
                    <button type="button" on:click=cancel>
                        <T key="photo-step-cancel" />
                    </button>
                </div>
            }
        })
    };

    let result_view = move || {
        judged.get().map(|j| {
            let verdict = j.report.verdict;
            let fixable = j.report.checks.iter().any(|c| c.fixable && c.verdict != Verdict::Pass)
                || (j.report.suggested_crop.is_some() && verdict != Verdict::Pass);
            let show_fix = !j.fixed && fixable && offer.with(Option::is_none);
            let confirmations = j.report.confirmations.clone();
            view! {
                <section class="photo-result" aria-labelledby="photo-summary">
                    <h3 id="photo-summary" data-verdict=verdict_name(verdict)>
                        <T key=summary_key(verdict) />
                    </h3>
                    <div class="photo-and-checks">
                        <Overlay photo=j.photo.clone() report=j.report.clone() />
                        <Checklist report=j.report.clone() />
                    </div>
                    {show_fix.then(|| view! {
                        <button type="button" class="primary" on:click=fix>
                            <T key="photo-fix-button" />
                        </button>
                    })}
                    {j.fixed.then(|| view! { <p class="note"><T key="photo-fix-in-use" /></p> })}
                    <fieldset class="confirmations">
                        <legend><T key="photo-confirm-heading" /></legend>
                        {confirmations
                            .into_iter()
                            .enumerate()
                            .map(|(index, key)| {
                                let id = format!("photo-confirm-{index}");
                                view! {
                                    <div class="choice">
                                        <input type="checkbox" id=id.clone()
                                            prop:checked=move || confirmed.with(|c| c.get(index).copied().unwrap_or(false))
                                            on:change=move |ev| {
                                                let ticked = event_target_checked(&ev);
                                                confirmed.update(|c| if let Some(slot) = c.get_mut(index) { *slot = ticked });
                                            } />
                                        <label for=id><TMessage key=key /></label>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </fieldset>
                    <p id="photo-accept-hint" class="hint" hidden=can_accept>
                        <T key="photo-accept-blocked" />
                    </p>
                    <button type="button" class="primary" on:click=accept
                        aria-disabled=move || if can_accept() { "false" } else { "true" }
                        aria-describedby="photo-accept-hint">
                        <T key="photo-accept" />
                    </button>
                </section>
            }
        })
    };

    let offer_view = move || {
        offer.get().map(|o| {
            let before = original.get().map(|p| p.url).unwrap_or_default();
            let actions = o.fix.actions.clone();
            view! {
                <section class="photo-fix" aria-labelledby="photo-fix-heading">
                    <h3 id="photo-fix-heading"><T key="photo-fix-heading" /></h3>
                    <div class="before-after">
                        <figure>
                            <img src=before alt=crate::i18n::tr_plain("photo-fix-before") />
                            <figcaption><T key="photo-fix-before" /></figcaption>
                        </figure>
                        <figure>
                            <img src=o.photo.url.clone() alt=crate::i18n::tr_plain("photo-fix-after") />
                            <figcaption><T key="photo-fix-after" /></figcaption>
                        </figure>
                    </div>
                    <p><T key="photo-fix-done" /></p>
                    <ul class="fix-actions">
                        {actions.into_iter().map(|a| view! { <li><TMessage key=a /></li> }).collect_view()}
                    </ul>
                    <p class="summary" data-verdict=verdict_name(o.fix.report.verdict)>
                        <T key=summary_key(o.fix.report.verdict) />
                    </p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=use_fixed>
                            <T key="photo-fix-use" />
                        </button>
                        <button type="button" on:click=move |_| {
                            if let Some(o) = offer.get_untracked() { o.photo.release(); }
                            offer.set(None);
                        }>
                            <T key="photo-fix-keep" />
                        </button>
                    </div>
                </section>
            }
        })
    };

    view! {
        <section class="photo-step" aria-labelledby="photo-step-heading">
            <h2 id="photo-step-heading"><T key="photo-step-choose" /></h2>
            <p class="hint" id="photo-step-hint"><T key="photo-step-choose-hint" /></p>
            <div class="actions">
                <input id="photo-file" class="file-input" type="file" accept="image/jpeg,image/png,.jpg,.jpeg,.png"
                    aria-describedby="photo-step-hint" node_ref=input_ref
                    on:change=move |_| choose(input_ref.get_untracked().map(|i| i.unchecked_into())) />
                <label class="file-button" for="photo-file"><T key="photo-step-file" /></label>
                <input id="photo-camera" class="file-input" type="file" accept="image/*" capture="user" node_ref=camera_ref
                    on:change=move |_| choose(camera_ref.get_untracked().map(|i| i.unchecked_into())) />
                <label class="file-button" for="photo-camera"><T key="photo-step-take" /></label>
            </div>
            <p class="field-error" role="alert">
                {move || error.get().map(|key| view! { <TMessage key=key /> })}
            </p>
            {busy_view}
            {offer_view}
            {result_view}
        </section>
    }
}
