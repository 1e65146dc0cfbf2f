//! Display preferences (language, colour scheme, text size): remembered in localStorage and
//! applied to `<html>` as `lang`, `data-colour` and `data-font-size`, which the stylesheet reads.

use leptos::prelude::*;
use madoguchi_l10n::{Locale, UiLanguage};

use crate::i18n::{T, plain_in};

const LANGUAGE_KEY: &str = "madoguchi.language";
const COLOUR_KEY: &str = "madoguchi.colour";
const FONT_SIZE_KEY: &str = "madoguchi.fontSize";

/// Colour schemes offered for low vision and colour blindness, as on Japanese public sites.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColourScheme {
    Standard,
    Blue,
    Yellow,
    Black,
}

impl ColourScheme {
    const ALL: [ColourScheme; 4] = [
        ColourScheme::Standard,
        ColourScheme::Blue,
        ColourScheme::Yellow,
        ColourScheme::Black,
    ];

    fn id(self) -> &'static str {
        match self {
            ColourScheme::Standard => "standard",
            ColourScheme::Blue => "blue",
            ColourScheme::Yellow => "yellow",
            ColourScheme::Black => "black",
        }
    }

    fn label_key(self) -> &'static str {
        match self {
            ColourScheme::Standard => "settings-colour-standard",
            ColourScheme::Blue => "settings-colour-blue",
            ColourScheme::Yellow => "settings-colour-yellow",
            ColourScheme::Black => "settings-colour-black",
        }
    }

    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == id)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FontSize {
    Normal,
    Large,
}

impl FontSize {
    const ALL: [FontSize; 2] = [FontSize::Normal, FontSize::Large];

    fn id(self) -> &'static str {
        match self {
            FontSize::Normal => "normal",
            FontSize::Large => "large",
        }
    }

    fn label_key(self) -> &'static str {
        match self {
            FontSize::Normal => "settings-font-normal",
            FontSize::Large => "settings-font-large",
        }
    }

    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == id)
    }
}

#[derive(Clone, Copy)]
pub struct Preferences {
    pub language: RwSignal<UiLanguage>,
    pub colour: RwSignal<ColourScheme>,
    pub font_size: RwSignal<FontSize>,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn stored(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

fn store(key: &str, value: &str) {
    // Storage can be full or disabled (private mode); preferences then last for this tab only.
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}

fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

impl Preferences {
    /// Stored choices, else the browser's preferred language and the defaults.
    pub fn load() -> Self {
        let language = stored(LANGUAGE_KEY)
            .and_then(|id| UiLanguage::from_id(&id))
            .unwrap_or_else(|| {
                let preferred = browser_languages();
                let locale = Locale::negotiate(preferred.iter().map(String::as_str));
                UiLanguage {
                    locale,
                    furigana: false,
                }
            });
        let colour = stored(COLOUR_KEY)
            .and_then(|id| ColourScheme::from_id(&id))
            .unwrap_or(ColourScheme::Standard);
        let font_size = stored(FONT_SIZE_KEY)
            .and_then(|id| FontSize::from_id(&id))
            .unwrap_or(FontSize::Normal);
        Preferences {
            language: RwSignal::new(language),
            colour: RwSignal::new(colour),
            font_size: RwSignal::new(font_size),
        }
    }

    /// Mirrors the preferences onto `<html>` and into localStorage whenever they change.
    pub fn keep_document_in_sync(self) {
        Effect::new(move |_| {
            let language = self.language.get();
            let colour = self.colour.get();
            let font_size = self.font_size.get();
            if let Some(root) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = root.set_attribute("lang", language.locale.tag());
                let _ = root.set_attribute("data-colour", colour.id());
                let _ = root.set_attribute("data-font-size", font_size.id());
                let furigana = if language.furigana { "on" } else { "off" };
                let _ = root.set_attribute("data-furigana", furigana);
            }
            store(LANGUAGE_KEY, &language.id());
            store(COLOUR_KEY, colour.id());
            store(FONT_SIZE_KEY, font_size.id());
        });
    }
}

/// A preference with a fixed set of values, shown as a radio group.
trait Choice: Copy + PartialEq + Send + Sync + 'static {
    fn id(self) -> &'static str;
    fn label_key(self) -> &'static str;
}

impl Choice for ColourScheme {
    fn id(self) -> &'static str {
        ColourScheme::id(self)
    }
    fn label_key(self) -> &'static str {
        ColourScheme::label_key(self)
    }
}

impl Choice for FontSize {
    fn id(self) -> &'static str {
        FontSize::id(self)
    }
    fn label_key(self) -> &'static str {
        FontSize::label_key(self)
    }
}

fn radio_group<C: Choice>(
    name: &'static str,
    legend_key: &'static str,
    options: &[C],
    selected: RwSignal<C>,
) -> impl IntoView + use<C> {
    let radios = options
        .iter()
        .map(|&option| {
            let id = format!("{name}-{}", option.id());
            view! {
                <span class="choice">
                    <input
                        type="radio"
                        name=name
                        id=id.clone()
                        value=option.id()
                        prop:checked=move || selected.get() == option
                        on:change=move |_| selected.set(option)
                    />
                    <label for=id>
                        <T key=option.label_key() />
                    </label>
                </span>
            }
        })
        .collect_view();
    view! {
        <fieldset class="setting">
            <legend>
                <T key=legend_key />
            </legend>
            {radios}
        </fieldset>
    }
}

/// Each language is named in itself, so a reader finds theirs whatever is shown now.
fn language_option_label(choice: UiLanguage) -> String {
    if choice.furigana {
        plain_in(choice, "language-easy-japanese")
    } else {
        plain_in(choice, "language-self-name")
    }
}

#[component]
pub fn SettingsPanel() -> impl IntoView {
    let preferences = expect_context::<Preferences>();
    let language = preferences.language;
    let colour = preferences.colour;
    let font_size = preferences.font_size;

    let on_language = move |event: leptos::ev::Event| {
        if let Some(choice) = UiLanguage::from_id(&event_target_value(&event)) {
            language.set(choice);
        }
    };

    view! {
        <section class="settings" aria-labelledby="settings-heading">
            <h2 id="settings-heading" class="visually-hidden">
                <T key="settings-heading" />
            </h2>
            <div class="setting">
                <label for="language-select">
                    <T key="settings-language" />
                </label>
                <select id="language-select" on:change=on_language>
                    {UiLanguage::choices()
                        .into_iter()
                        .map(|choice| {
                            let lang = choice.locale.tag();
                            view! {
                                <option
                                    value=choice.id()
                                    lang=lang
                                    selected=move || language.get() == choice
                                >
                                    {language_option_label(choice)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            {radio_group("colour", "settings-colour", &ColourScheme::ALL, colour)}
            {radio_group("font-size", "settings-font-size", &FontSize::ALL, font_size)}
        </section>
    }
}
