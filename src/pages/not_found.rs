//! Shown for any path no route matches.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::i18n::{T, TArgs};

#[component]
pub fn NotFound() -> impl IntoView {
    let location = use_location();
    let args = Signal::derive(move || vec![("path", location.pathname.get())]);
    view! {
        <h1>
            <T key="not-found-heading" />
        </h1>
        <p>
            <TArgs key="not-found-body" args=args />
        </p>
        <p>
            <A href="/">
                <T key="not-found-home" />
            </A>
        </p>
    }
}
