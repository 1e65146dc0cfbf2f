//! Home: the list of flows madoguchi offers.

use leptos::prelude::*;

use leptos_router::components::A;

use crate::i18n::T;

/// A task on the home page: its message ids and whether it can be used yet.
struct Flow {
    id: &'static str,
    title: &'static str,
    description: &'static str,
    /// Route of the flow once it can be used.
    href: Option<&'static str>,
}

const FLOWS: [Flow; 6] = [
    Flow {
        id: "card-reader",
        title: "flow-card-reader-title",
        description: "flow-card-reader-desc",
        href: Some("/card-reader"),
    },
    Flow {
        id: "document-scan",
        title: "flow-document-scan-title",
        description: "flow-document-scan-desc",
        href: Some("/document-scan"),
    },
    Flow {
        id: "photo-check",
        title: "flow-photo-check-title",
        description: "flow-photo-check-desc",
        href: Some("/photo-check"),
    },
    Flow {
        id: "exam-mypage",
        title: "flow-exam-mypage-title",
        description: "flow-exam-mypage-desc",
        href: Some("/exam-mypage"),
    },
    Flow {
        id: "mynumber",
        title: "flow-mynumber-title",
        description: "flow-mynumber-desc",
        href: Some("/mynumber"),
    },
    Flow {
        id: "immigration-account",
        title: "flow-immigration-account-title",
        description: "flow-immigration-account-desc",
        href: None,
    },
];

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <h1 id="home-heading">
            <T key="home-heading" />
        </h1>
        <p class="lead">
            <T key="home-intro" />
        </p>
        <ul class="flows" aria-labelledby="home-heading">
            {FLOWS
                .iter()
                .map(|flow| {
                    let title = match flow.href {
                        Some(href) => view! {
                            <A href=href>
                                <T key=flow.title />
                            </A>
                        }
                            .into_any(),
                        None => view! { <T key=flow.title /> }.into_any(),
                    };
                    view! {
                        <li class="flow" data-flow=flow.id>
                            <h2>{title}</h2>
                            <p>
                                <T key=flow.description />
                            </p>
                            {flow
                                .href
                                .is_none()
                                .then(|| {
                                    view! {
                                        <p class="flow-status">
                                            <T key="flow-status-planned" />
                                        </p>
                                    }
                                })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
