//! Card-reader flow (seed 003): enter the card number, read the chip through a USB reader,
//! see whether the card is genuine. Counter mode: "finish" forgets everything about the card.

mod printed;
mod result;

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use madoguchi_rules::{FieldError, RuleArg, residence_card_number};

use crate::chip::{
    CancelRead, ChipFailure, ChipResult, ReadEvent, ReaderChoice, TrustAnchors, read_and_verify,
};
use crate::i18n::{T, TArgs, TMessage, tr_plain};
use crate::smartcard::{self, SmartCardContext};
use crate::webusb::{self, UsbDevice, UsbWatch};
use result::ChipResultView;

/// Steps of a full first-generation read, for the progress bar (reads report each step).
const EXPECTED_STEPS: u32 = 16;

#[derive(Clone, Debug, PartialEq)]
enum Stage {
    Number,
    Reader,
    WaitingForCard,
    Reading(u32),
    Done(Arc<ChipResult>),
    Failed(ChipFailure),
}

fn field_error_args(error: &FieldError) -> Vec<(&'static str, String)> {
    error
        .args
        .iter()
        .filter_map(|(name, value)| {
            let name: &'static str = match name.as_str() {
                "length" => "length",
                _ => return None,
            };
            let value = match value {
                RuleArg::Number(n) => n.to_string(),
                RuleArg::Text(t) => t.clone(),
            };
            Some((name, value))
        })
        .collect()
}

fn now_unix() -> u64 {
    (js_sys::Date::now() / 1000.0).max(0.0) as u64
}

/// The anchors fetched when the page opened, or, if that fetch failed, one more try. Reading the
/// card waits for this before the issuer check: verifying against a list not yet arrived would
/// wrongly say that no ISA certificate is installed.
async fn trust_anchors_for_read(opened: LocalResource<Option<TrustAnchors>>) -> TrustAnchors {
    match opened.await {
        Some(anchors) => anchors,
        None => crate::api::trust_anchors().await.unwrap_or_default(),
    }
}

#[component]
pub fn CardReaderPage() -> impl IntoView {
    let stage = RwSignal::new(Stage::Number);
    let number = RwSignal::new(String::new());
    let number_error = RwSignal::new(None::<FieldError>);
    let anchors = LocalResource::new(crate::api::trust_anchors);
    let cancel = StoredValue::new_local(CancelRead::default());

    // Readers this site may already use: USB readers permitted before, and the computer's own
    // readers when the Web Smart Card API is offered (Isolated Web Apps).
    let usb_readers = RwSignal::new_local(Vec::<UsbDevice>::new());
    let refresh_usb =
        move || spawn_local(async move { usb_readers.set(webusb::granted_readers().await) });
    refresh_usb();
    let _usb_watch: StoredValue<Option<UsbWatch>, LocalStorage> =
        StoredValue::new_local(webusb::watch_usb_devices(refresh_usb));
    let smart_card = StoredValue::new_local(None::<SmartCardContext>);
    let system_readers = RwSignal::new(Vec::<String>::new());
    let refresh_system = move || {
        if !smartcard::is_available() {
            return;
        }
        spawn_local(async move {
            let context = match smart_card.get_value() {
                Some(context) => context,
                None => match SmartCardContext::establish().await {
                    Ok(context) => {
                        smart_card.set_value(Some(context.clone()));
                        context
                    }
                    Err(_) => return,
                },
            };
            system_readers.set(context.readers().await.unwrap_or_default());
        });
    };
    refresh_system();

    let submit_number = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match residence_card_number("card_number", &number.get_untracked()) {
            Ok(valid) => {
                number.set(valid.as_str().to_owned());
                number_error.set(None);
                refresh_system();
                stage.set(Stage::Reader);
            }
            Err(error) => number_error.set(Some(error)),
        }
    };

    let start_reading = move |choice: ReaderChoice| {
        let entered = number.get_untracked();
        let token = CancelRead::default();
        cancel.set_value(token.clone());
        stage.set(Stage::Reading(0));
        spawn_local(async move {
            let outcome = read_and_verify(
                &entered,
                choice,
                trust_anchors_for_read(anchors),
                now_unix(),
                token,
                move |event| {
                    stage.set(match event {
                        ReadEvent::WaitingForCard => Stage::WaitingForCard,
                        ReadEvent::Step(step) => Stage::Reading(step),
                    })
                },
            )
            .await;
            stage.set(match outcome {
                Ok(result) => Stage::Done(result),
                Err(failure) if failure.cancelled => {
                    refresh_usb();
                    Stage::Reader
                }
                Err(failure) => Stage::Failed(failure),
            });
        });
    };

    // Counter mode: drop the result and the number; nothing about the card stays in the page.
    let finish = move || {
        number.set(String::new());
        number_error.set(None);
        stage.set(Stage::Number);
    };

    // "Read the number with the camera": the photo goes to the engine worker's card-number
    // reader (top right of the card); the user compares the result before continuing.
    let number_photo_ref = NodeRef::<leptos::html::Input>::new();
    let number_photo = RwSignal::new(None::<(bool, String)>);
    let read_number_photo = move |_| {
        let Some(input) = number_photo_ref.get_untracked() else {
            return;
        };
        spawn_local(async move {
            let file = crate::components::document_step::read_file(&input).await;
            input.set_value("");
            let bytes = match file {
                Ok(Some(bytes)) => bytes,
                Ok(None) => return,
                Err(message) => {
                    number_photo.set(Some((true, message.to_owned())));
                    return;
                }
            };
            number_photo.set(Some((false, "chip-number-camera-reading".to_owned())));
            let answer = crate::worker::run_job(
                &madoguchi_jobs::Request::ReadCardNumber,
                Some(&bytes),
                |_| {},
            )
            .await;
            match answer {
                Ok((madoguchi_jobs::Reply::CardNumberRead { read }, _)) => {
                    number.set(read.card_number);
                    number_error.set(None);
                    number_photo.set(Some((false, "chip-number-camera-read".to_owned())));
                }
                Ok((madoguchi_jobs::Reply::Failed { message }, _)) => {
                    number_photo.set(Some((true, message)));
                }
                Ok(_) | Err(crate::worker::JobError::Failed(_)) => {
                    number_photo.set(Some((true, "document-scan-failed".to_owned())));
                }
                Err(crate::worker::JobError::Cancelled) => number_photo.set(None),
            }
        });
    };

    let number_step = move || {
        let error_args = Signal::derive(move || {
            number_error
                .get()
                .map(|e| field_error_args(&e))
                .unwrap_or_default()
        });
        view! {
            <form class="step" on:submit=submit_number novalidate=true>
                <h2>
                    <T key="chip-step-number" />
                </h2>
                <label for="card-number">
                    <T key="chip-number-label" />
                </label>
                <p id="card-number-hint" class="hint">
                    <T key="chip-number-hint" />
                </p>
                <input
                    id="card-number"
                    name="card_number"
                    autocomplete="off"
                    autocapitalize="characters"
                    spellcheck="false"
                    inputmode="text"
                    maxlength="20"
                    aria-describedby="card-number-hint card-number-error"
                    aria-invalid=move || if number_error.get().is_some() { "true" } else { "false" }
                    prop:value=move || number.get()
                    on:input=move |ev| number.set(event_target_value(&ev))
                />
                <div class="actions">
                    <input id="card-number-photo" class="file-input" type="file" accept="image/*"
                        capture="environment" node_ref=number_photo_ref on:change=read_number_photo />
                    <label class="file-button" for="card-number-photo"><T key="chip-number-camera" /></label>
                </div>
                <p id="card-number-photo-status" class="hint" role="status">
                    {move || number_photo.get().map(|(problem, key)| view! {
                        <span class:field-error=problem><TMessage key=key /></span>
                    })}
                </p>
                <p id="card-number-error" class="field-error" role="alert" aria-live="assertive">
                    {move || {
                        number_error
                            .get()
                            .map(|error| {
                                let key: &'static str = match error.message.as_str() {
                                    "rule-required" => "rule-required",
                                    "rule-card-number-length" => "rule-card-number-length",
                                    _ => "rule-card-number-format",
                                };
                                view! { <TArgs key=key args=error_args /> }
                            })
                    }}
                </p>
                <button type="submit" class="primary">
                    <T key="chip-next" />
                </button>
            </form>
        }
    };

    let reader_step = move || {
        let remembered = move || {
            let devices = usb_readers.get();
            (!devices.is_empty()).then(|| {
                view! {
                    <h3>
                        <T key="chip-readers-remembered" />
                    </h3>
                    <ul class="reader-list">
                        {devices
                            .into_iter()
                            .map(|device| {
                                let product = webusb::product_of(&device);
                                let args = Signal::derive(move || vec![("product", product.clone())]);
                                view! {
                                    <li>
                                        <button
                                            type="button"
                                            class="primary"
                                            on:click=move |_| start_reading(ReaderChoice::Usb(device.clone()))
                                        >
                                            <TArgs key="chip-read-with" args=args />
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            })
        };
        let system = move || {
            smartcard::is_available()
                .then(|| {
                    let names = system_readers.get();
                    view! {
                        <h3>
                            <T key="chip-readers-system" />
                        </h3>
                        {names.is_empty().then(|| view! { <p class="hint"><T key="chip-readers-system-none" /></p> })}
                        <ul class="reader-list">
                            {names
                                .into_iter()
                                .map(|name| {
                                    let label = name.clone();
                                    let args = Signal::derive(move || vec![("product", label.clone())]);
                                    view! {
                                        <li>
                                            <button
                                                type="button"
                                                class="primary"
                                                on:click=move |_| {
                                                    if let Some(context) = smart_card.get_value() {
                                                        start_reading(ReaderChoice::SmartCard(context, name.clone()));
                                                    }
                                                }
                                            >
                                                <TArgs key="chip-read-with" args=args />
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })
        };
        view! {
            <section class="step" aria-labelledby="reader-step-heading">
                <h2 id="reader-step-heading">
                    <T key="chip-step-reader" />
                </h2>
                <p>
                    <T key="chip-reader-instructions" />
                </p>
                <p class="entered-number">
                    <T key="chip-number-label" />
                    ": "
                    <span class="mono">{move || number.get()}</span>
                </p>
                {remembered}
                {system}
                <div class="actions">
                    <button type="button" class="primary" on:click=move |_| start_reading(ReaderChoice::ChooseUsb)>
                        <T key="chip-connect-reader" />
                    </button>
                    <button type="button" on:click=move |_| stage.set(Stage::Number)>
                        <T key="chip-change-number" />
                    </button>
                </div>
                <p>
                    <a href="/help/readers">
                        <T key="chip-readers-help-link" />
                    </a>
                </p>
            </section>
        }
    };

    let waiting_step = move || {
        view! {
            <section class="step" aria-labelledby="waiting-heading">
                <h2 id="waiting-heading">
                    <T key="chip-waiting-card" />
                </h2>
                <p>
                    <T key="chip-waiting-card-hint" />
                </p>
                <div class="actions">
                    <button type="button" on:click=move |_| cancel.get_value().cancel()>
                        <T key="chip-cancel" />
                    </button>
                </div>
            </section>
        }
    };

    let reading_step = move |done: u32| {
        let value = done.min(EXPECTED_STEPS);
        view! {
            <section class="step" aria-labelledby="reading-heading" aria-busy="true">
                <h2 id="reading-heading">
                    <T key="chip-reading" />
                </h2>
                <p class="warning">
                    <T key="chip-do-not-move" />
                </p>
                <progress max=EXPECTED_STEPS value=value aria-labelledby="reading-heading"></progress>
            </section>
        }
    };

    let failed_step = move |failure: ChipFailure| {
        let product = failure.product.clone().unwrap_or_default();
        let args = Signal::derive(move || vec![("product", product.clone())]);
        let number_wrong = failure.number_wrong;
        view! {
            <section class="step failure" role="alert" aria-labelledby="failure-heading">
                <h2 id="failure-heading">
                    <TArgs key=failure.message args=args />
                </h2>
                <p>
                    <TArgs key=failure.advice args=args />
                </p>
                <div class="actions">
                    {if number_wrong {
                        view! {
                            <button type="button" class="primary" on:click=move |_| stage.set(Stage::Number)>
                                <T key="chip-change-number" />
                            </button>
                        }
                            .into_any()
                    } else {
                        view! {
                            <button type="button" class="primary" on:click=move |_| stage.set(Stage::Reader)>
                                <T key="chip-try-again" />
                            </button>
                        }
                            .into_any()
                    }}
                    <button type="button" on:click=move |_| finish()>
                        <T key="chip-finish" />
                    </button>
                </div>
            </section>
        }
    };

    view! {
        <h1>
            <T key="flow-card-reader-title" />
        </h1>
        <p class="lead">
            <T key="chip-intro" />
        </p>
        <div class="flow-body" aria-live="polite">
            {move || match stage.get() {
                Stage::Number => number_step().into_any(),
                Stage::Reader => reader_step().into_any(),
                Stage::WaitingForCard => waiting_step().into_any(),
                Stage::Reading(done) => reading_step(done).into_any(),
                Stage::Done(result) => view! { <ChipResultView result=result on_finish=Callback::new(move |()| finish()) /> }.into_any(),
                Stage::Failed(failure) => failed_step(failure).into_any(),
            }}
        </div>
        <p class="privacy-note">{move || tr_plain("chip-privacy")}</p>
    }
}
