//! The UI languages madoguchi ships and their Fluent sources.

use unic_langid::LanguageIdentifier;

/// A locale with a Fluent resource in `locales/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    Ja,
    En,
    ZhHans,
    ZhHant,
    Ko,
    Es,
    Vi,
    Tl,
}

impl Locale {
    /// Every shipped locale, Japanese first (the product's primary language).
    pub const ALL: [Locale; 8] = [
        Locale::Ja,
        Locale::En,
        Locale::ZhHans,
        Locale::ZhHant,
        Locale::Ko,
        Locale::Es,
        Locale::Vi,
        Locale::Tl,
    ];

    /// The locale every message must exist in; others fall back to it.
    pub const FALLBACK: Locale = Locale::En;

    /// BCP 47 tag, also the folder name under `locales/` and the value of `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Ja => "ja",
            Locale::En => "en",
            Locale::ZhHans => "zh-Hans",
            Locale::ZhHant => "zh-Hant",
            Locale::Ko => "ko",
            Locale::Es => "es",
            Locale::Vi => "vi",
            Locale::Tl => "tl",
        }
    }

    /// Parses a tag as stored in preferences; unknown tags give `None`.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// Best match for the browser's preferred languages (e.g. `navigator.languages`).
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        for tag in preferred {
            let tag = tag.trim();
            if let Some(exact) = Locale::from_tag(tag) {
                return exact;
            }
            let lower = tag.to_ascii_lowercase();
            let chinese = |traditional: bool| {
                if traditional {
                    Locale::ZhHant
                } else {
                    Locale::ZhHans
                }
            };
            if lower.starts_with("zh") {
                let traditional = ["hant", "-tw", "-hk", "-mo"]
                    .iter()
                    .any(|m| lower.contains(m));
                return chinese(traditional);
            }
            if lower == "fil" || lower.starts_with("fil-") {
                return Locale::Tl;
            }
            let primary = lower.split('-').next().unwrap_or_default();
            if let Some(found) = Locale::from_tag(primary) {
                return found;
            }
        }
        Locale::Ja
    }

    pub(crate) fn langid(self) -> LanguageIdentifier {
        self.tag().parse().unwrap_or_default()
    }

    pub(crate) fn source(self) -> &'static str {
        match self {
            Locale::Ja => include_str!("../../../locales/ja/main.ftl"),
            Locale::En => include_str!("../../../locales/en/main.ftl"),
            Locale::ZhHans => include_str!("../../../locales/zh-Hans/main.ftl"),
            Locale::ZhHant => include_str!("../../../locales/zh-Hant/main.ftl"),
            Locale::Ko => include_str!("../../../locales/ko/main.ftl"),
            Locale::Es => include_str!("../../../locales/es/main.ftl"),
            Locale::Vi => include_str!("../../../locales/vi/main.ftl"),
            Locale::Tl => include_str!("../../../locales/tl/main.ftl"),
        }
    }
}

/// What the language switcher offers: a locale, or Japanese with furigana ("easy Japanese").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UiLanguage {
    pub locale: Locale,
    pub furigana: bool,
}

impl UiLanguage {
    /// The switcher's choices, in display order: easy Japanese sits right after Japanese.
    pub fn choices() -> Vec<UiLanguage> {
        let mut out = Vec::with_capacity(Locale::ALL.len() + 1);
        for locale in Locale::ALL {
            out.push(UiLanguage {
                locale,
                furigana: false,
            });
            if locale == Locale::Ja {
                out.push(UiLanguage {
                    locale,
                    furigana: true,
                });
            }
        }
        out
    }

    /// Stable identifier for storage and `<option value>`: the tag, or `ja-easy`.
    pub fn id(self) -> String {
        if self.furigana {
            format!("{}-easy", self.locale.tag())
        } else {
            self.locale.tag().to_owned()
        }
    }

    /// Inverse of [`UiLanguage::id`]; furigana is only meaningful for Japanese.
    pub fn from_id(id: &str) -> Option<UiLanguage> {
        match id.strip_suffix("-easy") {
            Some(tag) => Locale::from_tag(tag)
                .filter(|l| *l == Locale::Ja)
                .map(|locale| UiLanguage {
                    locale,
                    furigana: true,
                }),
            None => Locale::from_tag(id).map(|locale| UiLanguage {
                locale,
                furigana: false,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_browser_languages() {
        assert_eq!(Locale::negotiate(["en-US"]), Locale::En);
        assert_eq!(Locale::negotiate(["zh-TW"]), Locale::ZhHant);
        assert_eq!(Locale::negotiate(["zh-CN"]), Locale::ZhHans);
        assert_eq!(Locale::negotiate(["zh-Hant-HK"]), Locale::ZhHant);
        assert_eq!(Locale::negotiate(["fil-PH"]), Locale::Tl);
        assert_eq!(Locale::negotiate(["de", "vi-VN"]), Locale::Vi);
        assert_eq!(Locale::negotiate(["de"]), Locale::Ja);
        assert_eq!(Locale::negotiate([]), Locale::Ja);
    }

    #[test]
    fn ui_language_ids_round_trip() {
        for choice in UiLanguage::choices() {
            assert_eq!(UiLanguage::from_id(&choice.id()), Some(choice));
        }
        assert_eq!(UiLanguage::choices().len(), 9);
        assert_eq!(UiLanguage::from_id("en-easy"), None);
        assert_eq!(UiLanguage::from_id("xx"), None);
    }
}
