//! "Read a Residence Card or passport": the document step on its own. The values can be checked
//! and corrected; nothing is sent (a form hand-off comes with the flows that embed the step).

use leptos::prelude::*;
use madoguchi_jobs::ScanField;

use crate::components::document_step::{DocumentChoice, DocumentStep};
use crate::i18n::T;

#[component]
pub fn DocumentScanPage() -> impl IntoView {
    let choice = RwSignal::new(DocumentChoice::ResidenceCard);
    let confirmed = RwSignal::new(None::<usize>);
    let on_confirm = Callback::new(move |fields: Vec<ScanField>| {
        confirmed.set(Some(fields.len()));
        request_animation_frame(|| {
            use wasm_bindgen::JsCast;
            let element = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("document-confirmed"))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(element) = element {
                let _ = element.focus();
            }
        });
    });
    let option = move |value: DocumentChoice, id: &'static str, label: &'static str| {
        view! {
            <span class="choice">
                <input type="radio" name="document-kind" id=id
                    prop:checked=move || choice.get() == value
                    on:change=move |_| {
                        choice.set(value);
                        confirmed.set(None);
                    } />
                <label for=id><T key=label /></label>
            </span>
        }
    };
    view! {
        <h1><T key="document-scan-title" /></h1>
        <p class="lead"><T key="document-scan-intro" /></p>
        <fieldset class="setting">
            <legend><T key="document-scan-kind-legend" /></legend>
            {option(DocumentChoice::ResidenceCard, "document-kind-residence-card", "document-scan-kind-residence-card")}
            {option(DocumentChoice::Passport, "document-kind-passport", "document-scan-kind-passport")}
        </fieldset>
        {move || {
            // Another document starts the step afresh.
            let _ = choice.get();
            view! { <DocumentStep choice=choice on_confirm=on_confirm /> }
        }}
        {move || confirmed.get().map(|_| view! {
            <p id="document-confirmed" class="note" role="status" tabindex="-1">
                <T key="document-scan-confirmed" />
            </p>
        })}
        <p class="privacy-note"><T key="document-scan-privacy" /></p>
    }
}
