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

fn fluent_args(parts: &[(impl AsRef<str>, madoguchi_rules::RuleArg)]) -> Args<'static> {
    let mut fluent_args = Args::new();
    for (name, value) in parts {
        let name = name.as_ref().to_owned();
        match value {
            madoguchi_rules::RuleArg::Number(n) => fluent_args.set(name, *n),
            madoguchi_rules::RuleArg::Text(t) => fluent_args.set(name, t.clone()),
        }
    }
    fluent_args
}

/// A date or instant from the API or the card written the way `language` writes it (wareki in
/// Japanese), furigana markup included; `time_only` keeps just the time of day. Text that is no
/// date comes back unchanged.
pub fn date_in(language: UiLanguage, text: &str, time_only: bool) -> String {
    let shown = madoguchi_rules::dates::parse(text);
    let formatted = if time_only {
        shown.and_then(|s| s.time_message())
    } else {
        shown.map(|s| s.message())
    };
    match formatted {
        Some((key, parts)) => message(language, key, Some(&fluent_args(&parts))),
        None => text.to_owned(),
    }
}

/// [`date_in`] the current language (tracks it): for placeables of `TArgs`, which render the
/// furigana markup.
pub fn local_date(text: &str) -> String {
    date_in(current_language(), text, false)
}

/// The time of day of an instant in the current language (tracks it).
pub fn local_time(text: &str) -> String {
    date_in(current_language(), text, true)
}

/// A date or instant shown in the current language inside `<time>`, whose `datetime` gives the
/// machine-readable Japan-time value.
#[component]
pub fn When(#[prop(into)] at: String) -> impl IntoView {
    let datetime = madoguchi_rules::dates::parse(&at).map(|s| match s.time {
        Some((hour, minute)) => format!("{}T{hour:02}:{minute:02}", s.date),
        None => s.date.to_string(),
    });
    view! {
        <time datetime=datetime>
            {move || {
                let language = current_language();
                render(&date_in(language, &at, false), language.furigana)
            }}
        </time>
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
        render(
            &message(language, &key, Some(&fluent_args(&args))),
            language.furigana,
        )
    }
}
