//! What a page shows while a finished form waits for the network (see
//! [`crate::api::submit_when_online`]): the form is kept in the tab and goes out by itself.

use leptos::prelude::*;

use crate::i18n::T;

/// A polite live region: announced when the wait starts, empty otherwise.
#[component]
pub fn WaitingForNetwork(waiting: RwSignal<bool>) -> impl IntoView {
    view! {
        <p class="warning" role="status" id="waiting-for-network">
            {move || waiting.get().then(|| view! { <T key="api-waiting-for-network" /> })}
        </p>
    }
}

/// A final submit button's state: a submit under way (further presses do nothing) and whether it
/// waits for the network. One per confirmation page.
#[derive(Clone, Copy)]
pub struct FinalSubmit {
    pub sending: RwSignal<bool>,
    pub waiting: RwSignal<bool>,
}

impl FinalSubmit {
    pub fn new() -> Self {
        FinalSubmit {
            sending: RwSignal::new(false),
            waiting: RwSignal::new(false),
        }
    }

    pub fn is_sending(self) -> bool {
        self.sending.get_untracked()
    }

    /// Sends the finished form `body` to `path` with `key`, kept and retried while offline
    /// ([`crate::api::submit_when_online`]), then hands the outcome to `done`.
    pub fn send<B, R>(
        self,
        path: &'static str,
        body: B,
        key: String,
        done: impl FnOnce(Result<R, crate::api::ApiFailure>) + 'static,
    ) where
        B: serde::Serialize + 'static,
        R: serde::de::DeserializeOwned + 'static,
    {
        self.sending.set(true);
        let waiting = self.waiting;
        let sending = self.sending;
        leptos::task::spawn_local(async move {
            let answer = crate::api::submit_when_online(path, &body, &key, move |on| {
                waiting.set(on);
            })
            .await;
            sending.set(false);
            done(answer);
        });
    }
}

impl Default for FinalSubmit {
    fn default() -> Self {
        Self::new()
    }
}
