//! The local outbox: on a machine without a mail server, the mails the server wrote (sign-up
//! and application links) are read here. The server answers only when its local outbox is on.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::get;
use crate::i18n::{T, When};

#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
struct Mail {
    id: i64,
    to: String,
    subject: String,
    body: String,
    created_at: String,
}

/// The body with this site's links made clickable (other addresses stay text).
fn body_view(body: &str) -> impl IntoView + use<> {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    body.lines()
        .map(|line| {
            let parts = line
                .split(' ')
                .map(|word| {
                    if !origin.is_empty() && word.starts_with(&origin) {
                        let path = word[origin.len()..].to_owned();
                        view! { <a href=path>{word.to_owned()}</a> " " }.into_any()
                    } else {
                        view! { {word.to_owned()} " " }.into_any()
                    }
                })
                .collect_view();
            view! { <span class="mail-line">{parts}</span><br /> }
        })
        .collect_view()
}

#[component]
pub fn OutboxPage() -> impl IntoView {
    let mails = RwSignal::new(None::<Result<Vec<Mail>, String>>);
    spawn_local(async move {
        mails.set(Some(
            get::<Vec<Mail>>("/api/dev/outbox")
                .await
                .map_err(|f| f.message),
        ));
    });
    view! {
        <h1><T key="outbox-heading" /></h1>
        <p class="lead"><T key="outbox-intro" /></p>
        {move || match mails.get() {
            None => view! { <p role="status"><T key="mynumber-loading" /></p> }.into_any(),
            Some(Err(_)) => view! { <p><T key="outbox-off" /></p> }.into_any(),
            Some(Ok(list)) if list.is_empty() => view! { <p><T key="outbox-empty" /></p> }.into_any(),
            Some(Ok(list)) => view! {
                <ol class="outbox">
                    {list.into_iter().map(|mail| view! {
                        <li class="mail" data-mail=mail.id>
                            <h2>{mail.subject.clone()}</h2>
                            <p class="hint">{mail.to.clone()} " · " <When at=mail.created_at.clone() /></p>
                            <p class="mail-body">{body_view(&mail.body)}</p>
                        </li>
                    }).collect_view()}
                </ol>
            }.into_any(),
        }}
    }
}
