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
