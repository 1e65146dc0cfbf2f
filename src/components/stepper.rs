//! The step indicator of the multi-step flows: every step named, the current one marked for
//! screen readers (`aria-current="step"`) and in words, never by colour alone.

use leptos::prelude::*;

use crate::i18n::T;

/// `steps` are the steps' Fluent ids in order; `current` counts from 1; `label` names the list.
#[component]
pub fn Stepper(
    steps: &'static [&'static str],
    current: usize,
    label: &'static str,
) -> impl IntoView {
    let label = move || crate::i18n::tr_plain(label);
    view! {
        <nav class="stepper" aria-label=label>
            <ol>
                {steps
                    .iter()
                    .enumerate()
                    .map(|(index, key)| {
                        let number = index + 1;
                        let state = match number.cmp(&current) {
                            std::cmp::Ordering::Less => "done",
                            std::cmp::Ordering::Equal => "current",
                            std::cmp::Ordering::Greater => "todo",
                        };
                        view! {
                            <li data-state=state aria-current=(number == current).then_some("step")>
                                <span class="step-number">{format!("STEP {number}")}</span>
                                " "
                                <T key=*key />
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
