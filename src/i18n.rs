//! Leptos glue for translations: the current UI language as context, and `<T>` which renders a
//! message (with `<ruby>` furigana in easy-Japanese mode).

use leptos::prelude::*;
use madoguchi_l10n::{Args, Localizer, Segment, UiLanguage, furigana, segments};

use crate::prefs::Preferences;

thread_local! {
    static LOCALIZER: Localizer = Localizer::new();
}

/// The UI language of this tab.
#[derive(Clone, Copy)]
pub struct I18n {
    pub language: Signal<UiLanguage>,
}

impl From<Preferences> for I18n {
    fn from(preferences: Preferences) -> Self {
        I18n {
            language: preferences.language.into(),
        }
    }
}

fn current_language() -> UiLanguage {
    expect_context::<I18n>().language.get()
}

/// The message in `language`, still carrying furigana markup.
pub fn message(language: UiLanguage, key: &str, args: Option<&Args<'_>>) -> String {
    LOCALIZER.with(|l| l.message(language.locale, key, args))
}

/// The message as plain text (for attributes such as `aria-label`), tracking the language.
pub fn tr_plain(key: &str) -> String {
    furigana::plain_text(&message(current_language(), key, None))
}

/// The message in another UI language as plain text (e.g. each language's own name).
pub fn plain_in(language: UiLanguage, key: &str) -> String {
    furigana::plain_text(&message(language, key, None))
}

fn render(text: &str, with_furigana: bool) -> AnyView {
    segments(text, with_furigana)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) => text.into_any(),
            Segment::Ruby { base, reading } => view! {
                <ruby>
                    {base}
                    <rp>"("</rp>
                    <rt>{reading}</rt>
                    <rp>")"</rp>
                </ruby>
            }
            .into_any(),
        })
        .collect_view()
        .into_any()
}

/// A translated message, re-rendered when the language changes.
#[component]
pub fn T(key: &'static str) -> impl IntoView {
    move || {
        let language = current_language();
        render(&message(language, key, None), language.furigana)
    }
}

/// A translated message with placeables, e.g. `{ $path }`.
#[component]
pub fn TArgs(
    key: &'static str,
    #[prop(into)] args: Signal<Vec<(&'static str, String)>>,
) -> impl IntoView {
    move || {
        let language = current_language();
        let mut fluent_args = Args::new();
        for (name, value) in args.get() {
            fluent_args.set(name, value);
        }
        render(
            &message(language, key, Some(&fluent_args)),
            language.furigana,
        )
    }
}

/// A message whose id and arguments come from data (engine verdicts, rule errors).
#[component]
pub fn TMessage(
    #[prop(into)] key: String,
    #[prop(optional)] args: Vec<(String, madoguchi_rules::RuleArg)>,
) -> impl IntoView {
    move || {
        let language = current_language();
        let mut fluent_args = Args::new();
        for (name, value) in &args {
            match value {
                madoguchi_rules::RuleArg::Number(n) => fluent_args.set(name.clone(), *n),
                madoguchi_rules::RuleArg::Text(t) => fluent_args.set(name.clone(), t.clone()),
            }
        }
        render(
            &message(language, &key, Some(&fluent_args)),
            language.furigana,
        )
    }
}
