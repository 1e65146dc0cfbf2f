//! Help with card readers: which readers work from a web page, why some can't, the Windows
//! driver note, and how an office deploys madoguchi as an Isolated Web App.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::T;

/// One titled section of the help text.
#[component]
fn HelpSection(
    id: &'static str,
    heading: &'static str,
    body: &'static [&'static str],
) -> impl IntoView {
    view! {
        <section aria-labelledby=id>
            <h2 id=id>
                <T key=heading />
            </h2>
            {body.iter().map(|key| view! { <p><T key=*key /></p> }).collect_view()}
        </section>
    }
}

#[component]
pub fn HelpReadersPage() -> impl IntoView {
    view! {
        <h1>
            <T key="help-readers-title" />
        </h1>
        <p class="lead">
            <T key="help-readers-intro" />
        </p>
        <HelpSection
            id="help-works"
            heading="help-readers-works-heading"
            body=&["help-readers-works-body", "help-readers-works-tested"]
        />
        <HelpSection
            id="help-protected"
            heading="help-readers-protected-heading"
            body=&["help-readers-protected-body"]
        />
        <HelpSection
            id="help-windows"
            heading="help-readers-windows-heading"
            body=&["help-readers-windows-body", "help-readers-linux-body"]
        />
        <HelpSection
            id="help-iwa"
            heading="help-readers-iwa-heading"
            body=&["help-readers-iwa-body", "help-readers-iwa-smartcard"]
        />
        <p>
            <A href="/card-reader">
                <T key="help-readers-back" />
            </A>
        </p>
    }
}
