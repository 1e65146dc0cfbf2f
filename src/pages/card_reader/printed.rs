//! The fields printed on the card, read (in the engine worker, nothing leaves the page) from the
//! chip's card-face image. That image is covered by the ISA's signature: when the tamper check
//! and the issuer check passed, these values are exactly what the ISA issued ("verified by the
//! card's signature").

use leptos::prelude::*;
use leptos::task::spawn_local;
use madoguchi_jobs::{Reply, Request, ScanField};
use madoguchi_zairyu::Verdict;

use crate::chip::Picture;
use crate::components::document_step::term_hint;
use crate::i18n::{I18n, T, TArgs, TMessage, When};
use crate::worker::{JobError, run_job, today_iso};

#[derive(Clone, Debug, PartialEq)]
enum Stage {
    Reading { percent: Option<u64> },
    Read(Vec<ScanField>),
    Failed(String),
}

/// What the signature and its issuer say about the image the fields come from.
fn signature_key(verdict: Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Genuine => ("chip-printed-verified", "printed-verified"),
        Verdict::GenuineTestCa => ("chip-printed-verified-test-ca", "printed-verified"),
        Verdict::IssuerNotChecked => ("chip-printed-issuer-not-checked", "printed-not-signed"),
        Verdict::NotSignedUnder16 => ("chip-printed-not-signed", "printed-not-signed"),
        Verdict::Abnormal => ("chip-printed-not-verified", "printed-not-verified"),
    }
}

/// A value as shown: dates in the reader's language (wareki in Japanese), the rest as read.
fn printed_value(value: String) -> AnyView {
    let is_date = value.len() == 10 && madoguchi_rules::dates::parse(&value).is_some();
    if is_date {
        view! { <When at=value /> }.into_any()
    } else {
        value.into_any()
    }
}

#[component]
pub fn PrintedFields(front: Picture, verdict: Verdict) -> impl IntoView {
    let stage = RwSignal::new(Stage::Reading { percent: None });
    let (width, height) = (front.width, front.height);
    // The card face is bilevel: one grey byte per pixel is all the reader needs.
    let grey: Vec<u8> = front.rgba.chunks_exact(4).map(|p| p[0]).collect();
    spawn_local(async move {
        let request = Request::ReadChipFace {
            width,
            height,
            today: today_iso(),
        };
        let progress = move |reply: &Reply| {
            if let Reply::Downloading { loaded, total, .. } = reply {
                let percent = if *total > 0 { loaded * 100 / total } else { 0 };
                stage.set(Stage::Reading {
                    percent: Some(percent),
                });
            }
        };
        let answer = run_job(&request, Some(&grey), progress).await;
        // The result screen may be gone ("Finish"): then nothing is kept.
        if stage.try_get_untracked().is_none() {
            return;
        }
        stage.set(match answer {
            Ok((Reply::DocumentRead { scan }, _)) => Stage::Read(
                scan.fields
                    .into_iter()
                    .filter(|f| !f.value.is_empty())
                    .collect(),
            ),
            Ok((Reply::Failed { message }, _)) => Stage::Failed(message),
            Ok(_) | Err(JobError::Failed(_)) => Stage::Failed("worker-failed".to_owned()),
            Err(JobError::Cancelled) => Stage::Failed("chip-printed-cancelled".to_owned()),
        });
    });
    let (badge_key, badge_class) = signature_key(verdict);
    let locale = expect_context::<I18n>().language.get_untracked().locale;
    view! {
        <section class="printed-fields" aria-labelledby="printed-heading">
            <h3 id="printed-heading"><T key="chip-printed-heading" /></h3>
            <p class=format!("printed-badge {badge_class}")><T key=badge_key /></p>
            {move || match stage.get() {
                Stage::Reading { percent } => {
                    let key = if percent.is_some() { "document-scan-downloading" } else { "chip-printed-reading" };
                    let args = vec![("percent", percent.unwrap_or(0).to_string())];
                    view! {
                        <div class="busy" role="status">
                            <p><TArgs key=key args=args /></p>
                            {percent.map(|p| view! { <progress max="100" value=p></progress> })}
                        </div>
                    }
                    .into_any()
                }
                Stage::Read(fields) => view! {
                    <dl class="fields printed">
                        {fields.into_iter().map(|field| {
                            let hint = term_hint(&field, locale);
                            let unsure = field.needs_review;
                            view! {
                                <div data-printed=field.id.clone() class:unsure=unsure>
                                    <dt><TMessage key=format!("document-field-{}", field.id) /></dt>
                                    <dd>
                                        <span class="value">{printed_value(field.value.clone())}</span>
                                        {hint.map(|name| view! { " " <span class="term-name">{name}</span> })}
                                        {unsure.then(|| view! { " " <span class="unsure-note"><T key="chip-printed-unsure" /></span> })}
                                    </dd>
                                </div>
                            }
                        }).collect_view()}
                    </dl>
                }
                .into_any(),
                Stage::Failed(message) => view! {
                    <p class="printed-failed" role="status"><TMessage key=message /></p>
                }
                .into_any(),
            }}
        </section>
    }
}
