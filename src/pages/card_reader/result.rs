//! The result screen of a chip read: overall verdict, the two checks, the card face and photo.

use std::sync::Arc;

use leptos::html::Canvas;
use leptos::prelude::*;
use madoguchi_zairyu::{CardKind, IssuerCheck, IssuerNote, TamperCheck, Verdict};
use wasm_bindgen::{Clamped, JsCast};

use super::printed::PrintedFields;
use crate::chip::{ChipResult, Picture, is_test_ca};
use crate::i18n::{T, TArgs, When, local_date, tr_plain};

/// The ISA's revocation inquiry (在留カード等番号失効情報照会) and consultation pages.
const REVOCATION_INQUIRY_URL: &str = "https://lapse-immi.moj.go.jp/ZEC2/FEC9101.aspx";
const CONSULT_URL: &str = "https://www.moj.go.jp/isa/about/region/index.html";

fn verdict_key(result: &ChipResult) -> &'static str {
    let residence = result.kind == CardKind::ResidenceCard;
    match (result.verification.verdict, residence) {
        (Verdict::Genuine, true) => "chip-verdict-genuine-residence",
        (Verdict::Genuine, false) => "chip-verdict-genuine-special",
        (Verdict::GenuineTestCa, _) => "chip-verdict-genuine-test-ca",
        (Verdict::IssuerNotChecked, _) => "chip-verdict-issuer-not-checked",
        (Verdict::NotSignedUnder16, _) => "chip-verdict-under16",
        (Verdict::Abnormal, _) => "chip-verdict-abnormal",
    }
}

fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Genuine | Verdict::GenuineTestCa => "verdict ok",
        Verdict::IssuerNotChecked | Verdict::NotSignedUnder16 => "verdict notice",
        Verdict::Abnormal => "verdict abnormal",
    }
}

fn tamper_key(check: &TamperCheck) -> &'static str {
    match check {
        TamperCheck::Intact { .. } => "chip-tamper-ok",
        TamperCheck::Failed { .. } => "chip-tamper-failed",
        TamperCheck::NotSigned => "chip-check-not-signed",
    }
}

fn issuer_key(check: &IssuerCheck) -> &'static str {
    match check {
        IssuerCheck::Verified { .. } if is_test_ca(check) => "chip-issuer-test-ca",
        IssuerCheck::Verified { .. } => "chip-issuer-ok",
        IssuerCheck::NotChecked { .. } => "chip-issuer-not-checked",
        IssuerCheck::Failed { .. } => "chip-issuer-failed",
        IssuerCheck::NotSigned => "chip-check-not-signed",
    }
}

fn note_view(note: &IssuerNote) -> Option<AnyView> {
    let (key, date): (&'static str, String) = match note {
        IssuerNote::TestCa => return None,
        IssuerNote::SignerCertificateExpired(date) => ("chip-note-signer-expired", date.clone()),
        IssuerNote::CaCertificateExpired(date) => ("chip-note-ca-expired", date.clone()),
        IssuerNote::SignerCertificateNotYetValid(date) => ("chip-note-not-yet-valid", date.clone()),
    };
    let args = Signal::derive(move || vec![("date", local_date(&date))]);
    Some(view! { <li><TArgs key=key args=args /></li> }.into_any())
}

/// Draws a decoded picture; zoom 1–5× (1× fits the width) with a slider, double-click toggles 2×, drag to pan.
#[component]
fn PictureCanvas(picture: Picture, #[prop(into)] label: String, zoomable: bool) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    let zoom = RwSignal::new(1.0f64);
    let (width, height) = (picture.width, picture.height);
    let picture = StoredValue::new(picture);
    canvas.on_load(move |element| {
        element.set_width(width);
        element.set_height(height);
        let Ok(Some(context)) = element.get_context("2d") else {
            return;
        };
        let Ok(context) = context.dyn_into::<web_sys::CanvasRenderingContext2d>() else {
            return;
        };
        picture.with_value(|p| {
            if let Ok(data) = web_sys::ImageData::new_with_u8_clamped_array_and_sh(
                Clamped(&p.rgba),
                width,
                height,
            ) {
                let _ = context.put_image_data(&data, Default::default(), Default::default());
            }
        });
    });
    let drag = StoredValue::new(None::<(f64, f64)>);
    let position = |event: &leptos::ev::PointerEvent| {
        (f64::from(event.client_x()), f64::from(event.client_y()))
    };
    let viewport = NodeRef::<leptos::html::Div>::new();
    let pan = move |event: leptos::ev::PointerEvent| {
        if let (Some((x, y)), Some(view)) = (drag.get_value(), viewport.get()) {
            let (now_x, now_y) = position(&event);
            view.set_scroll_left(view.scroll_left() - (now_x - x) as i32);
            view.set_scroll_top(view.scroll_top() - (now_y - y) as i32);
            drag.set_value(Some((now_x, now_y)));
        }
    };
    let zoom_label = tr_plain("chip-zoom");
    view! {
        <figure class="picture">
            <div
                class="picture-viewport"
                node_ref=viewport
                on:pointerdown=move |e| drag.set_value(Some(position(&e)))
                on:pointermove=pan
                on:pointerup=move |_| drag.set_value(None)
                on:pointerleave=move |_| drag.set_value(None)
            >
                <canvas
                    node_ref=canvas
                    role="img"
                    aria-label=label.clone()
                    // 1.0× fits the card face to the viewport (it is 1011 px at 300 dpi);
                    // the face photo is shown at most at its own size.
                    style:width=move || if zoomable {
                        format!("{}%", 100.0 * zoom.get())
                    } else {
                        format!("min(100%, {width}px)")
                    }
                    on:dblclick=move |_| {
                        if zoomable {
                            zoom.update(|z| *z = if *z == 1.0 { 2.0 } else { 1.0 });
                        }
                    }
                ></canvas>
            </div>
            <figcaption>
                {label}
                {zoomable
                    .then(|| {
                        view! {
                            <label class="zoom">
                                {zoom_label}
                                <input
                                    type="range"
                                    min="1"
                                    max="5"
                                    step="0.5"
                                    prop:value=move || zoom.get().to_string()
                                    on:input=move |e| {
                                        if let Ok(value) = event_target_value(&e).parse::<f64>() {
                                            zoom.set(value.clamp(1.0, 5.0));
                                        }
                                    }
                                />
                                <output>{move || format!("{:.1}×", zoom.get())}</output>
                            </label>
                        }
                    })}
            </figcaption>
        </figure>
    }
}

fn copy_and_open_inquiry(text: String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).ok();
    if let Some(clipboard) = clipboard.filter(|c| !c.is_undefined()) {
        let write = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok();
        if let Some(write) = write.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
            let _ = write.call1(&clipboard, &text.into());
        }
    }
    let _ = window.open_with_url_and_target_and_features(
        REVOCATION_INQUIRY_URL,
        "_blank",
        "noopener,noreferrer",
    );
}

#[component]
pub fn ChipResultView(result: Arc<ChipResult>, on_finish: Callback<()>) -> impl IntoView {
    let verdict = result.verification.verdict;
    let notes: Vec<AnyView> = match &result.verification.issuer {
        IssuerCheck::Verified { notes, .. } => notes.iter().filter_map(note_view).collect(),
        _ => Vec::new(),
    };
    let copy_text = format!(
        "{} {}",
        result.card_number,
        result.card_expiry.clone().unwrap_or_default()
    );
    let front_label = tr_plain("chip-front-image");
    let face_label = tr_plain("chip-face-image");
    let tamper_ok = matches!(result.verification.tamper, TamperCheck::Intact { .. });
    let issuer_ok = matches!(result.verification.issuer, IssuerCheck::Verified { .. });
    view! {
        <section class="step result" aria-labelledby="result-heading" data-verdict=format!("{verdict:?}")>
            <h2 id="result-heading" class=verdict_class(verdict)>
                <T key=verdict_key(&result) />
            </h2>
            <dl class="checks">
                <div class:ok=tamper_ok data-check="tamper">
                    <dt><T key="chip-tamper-heading" /></dt>
                    <dd><T key=tamper_key(&result.verification.tamper) /></dd>
                </div>
                <div class:ok=issuer_ok data-check="issuer">
                    <dt><T key="chip-issuer-heading" /></dt>
                    <dd>
                        <T key=issuer_key(&result.verification.issuer) />
                        <ul class="notes">{notes}</ul>
                    </dd>
                </div>
            </dl>
            {(verdict == Verdict::Abnormal)
                .then(|| {
                    view! {
                        <p class="consult">
                            <T key="chip-abnormal-advice" />
                            " "
                            <a href=CONSULT_URL target="_blank" rel="noopener noreferrer">
                                <T key="chip-consult-link" />
                            </a>
                        </p>
                    }
                })}
            <dl class="fields">
                <div>
                    <dt><T key="chip-number-label" /></dt>
                    <dd class="mono">{result.card_number.clone()}</dd>
                </div>
                {result.card_expiry.clone().map(|expiry| view! {
                    <div><dt><T key="chip-card-expiry" /></dt><dd><When at=expiry /></dd></div>
                })}
                {result.address.clone().map(|address| view! {
                    <div><dt><T key="chip-address" /></dt><dd>{address}</dd></div>
                })}
                {result.permission.clone().map(|text| view! {
                    <div><dt><T key="chip-permission" /></dt><dd>{text}</dd></div>
                })}
                <div>
                    <dt><T key="chip-renewal" /></dt>
                    <dd>{if result.renewal_applied { view! { <T key="chip-renewal-applied" /> } } else { view! { <T key="chip-renewal-none" /> } }}</dd>
                </div>
                <div>
                    <dt><T key="chip-reader-used" /></dt>
                    <dd>{result.reader.clone()}</dd>
                </div>
            </dl>
            <div class="pictures">
                {result.front.clone().map(|p| view! { <PictureCanvas picture=p label=front_label.clone() zoomable=true /> })}
                {result.name_image.clone().map(|p| view! { <PictureCanvas picture=p label=front_label.clone() zoomable=true /> })}
                {result.address_image.clone().map(|p| view! { <PictureCanvas picture=p label=tr_plain("chip-address") zoomable=true /> })}
                {result.face.clone().map(|p| view! { <PictureCanvas picture=p label=face_label.clone() zoomable=false /> })}
            </div>
            {result.front.clone().map(|front| view! {
                <PrintedFields front=front verdict=result.verification.verdict />
            })}
            <div class="actions">
                <button type="button" on:click=move |_| copy_and_open_inquiry(copy_text.clone())>
                    <T key="chip-check-validity" />
                </button>
                <button type="button" class="primary" on:click=move |_| on_finish.run(())>
                    <T key="chip-finish" />
                </button>
            </div>
        </section>
    }
}
