//! STEP 2's image challenge ("画像認証"), served by our own API: the picture, its spoken form
//! for people who cannot see it, another picture on request, and the answer field.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Deserialize;

use super::fields::TextField;
use super::session;
use crate::i18n::T;

#[derive(Clone, Debug, Deserialize)]
struct NewChallenge {
    id: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Picture {
    Fetching,
    Ready,
    Failed,
}

/// Asks the API for a new challenge; the draft then names it, with the answer cleared.
fn renew(state: RwSignal<Picture>, listening: RwSignal<bool>) {
    let s = session();
    state.set(Picture::Fetching);
    listening.set(false);
    spawn_local(async move {
        match crate::api::post_json::<NewChallenge>("/api/challenges", &serde_json::json!({}), None)
            .await
        {
            Ok(challenge) => {
                s.update(|d| {
                    d.challenge_id = challenge.id;
                    d.challenge_answer.clear();
                });
                state.set(Picture::Ready);
            }
            Err(_) => state.set(Picture::Failed),
        }
    });
}

#[component]
pub fn ImageChallenge() -> impl IntoView {
    let s = session();
    let state = RwSignal::new(Picture::Ready);
    let listening = RwSignal::new(false);
    // A challenge is answered once: without one (first visit, or the server used it up on a
    // wrong answer) ask for a new one.
    if s.draft.with_untracked(|d| d.challenge_id.is_empty()) {
        renew(state, listening);
    }
    let id = Signal::derive(move || s.draft.with(|d| d.challenge_id.clone()));
    view! {
        <fieldset class="challenge">
            <legend><T key="mynumber-challenge-legend" /></legend>
            <p class="hint" id="challenge-hint"><T key="mynumber-challenge-hint" /></p>
            <div class="challenge-picture" aria-live="polite">
                {move || match state.get() {
                    Picture::Fetching => view! {
                        <p role="status"><T key="mynumber-challenge-loading" /></p>
                    }.into_any(),
                    Picture::Failed => view! {
                        <p class="field-error" role="alert"><T key="mynumber-challenge-failed" /></p>
                    }.into_any(),
                    Picture::Ready => view! {
                        <img src=move || format!("/api/challenges/{}/image", id.get())
                            alt=move || crate::i18n::tr_plain("mynumber-challenge-image-alt")
                            width="260" height="110" />
                    }.into_any(),
                }}
            </div>
            <div class="actions">
                <button type="button" on:click=move |_| renew(state, listening)>
                    <T key="mynumber-challenge-another" />
                </button>
                <button type="button" aria-expanded=move || listening.get().to_string()
                    aria-controls="challenge-audio"
                    on:click=move |_| listening.update(|on| *on = !*on)>
                    <T key="mynumber-challenge-listen" />
                </button>
            </div>
            <div id="challenge-audio">
                {move || (listening.get() && state.get() == Picture::Ready).then(|| view! {
                    <p class="hint"><T key="mynumber-challenge-listen-hint" /></p>
                    <audio controls=true preload="none"
                        src=move || format!("/api/challenges/{}/audio", id.get())>
                    </audio>
                })}
            </div>
            <TextField id="challenge-answer" field="challenge_answer" label="mynumber-challenge-answer"
                hint="mynumber-challenge-answer-hint" autocomplete="off"
                value=Signal::derive(move || s.draft.with(|d| d.challenge_answer.clone()))
                on_input=Callback::new(move |v| s.update(|d| d.challenge_answer = v)) />
        </fieldset>
    }
}
