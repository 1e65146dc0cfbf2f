//! Message lookup with English fallback.

use fluent_bundle::{FluentBundle, FluentResource};

use crate::locale::Locale;

pub use fluent_bundle::FluentArgs as Args;

/// All shipped bundles, parsed once.
pub struct Localizer {
    bundles: Vec<(Locale, FluentBundle<FluentResource>)>,
    errors: Vec<String>,
}

impl Default for Localizer {
    fn default() -> Self {
        Self::new()
    }
}

impl Localizer {
    /// Parses every locale's Fluent source. Syntax errors don't stop the app: the broken entries
    /// are skipped (their keys fall back to English) and reported by [`Localizer::errors`].
    pub fn new() -> Self {
        let mut bundles = Vec::with_capacity(Locale::ALL.len());
        let mut errors = Vec::new();
        for locale in Locale::ALL {
            let resource = match FluentResource::try_new(locale.source().to_owned()) {
                Ok(resource) => resource,
                Err((resource, parse_errors)) => {
                    errors.extend(
                        parse_errors
                            .iter()
                            .map(|e| format!("{}: {e:?}", locale.tag())),
                    );
                    resource
                }
            };
            let mut bundle = FluentBundle::new(vec![locale.langid()]);
            // Bidi isolation marks are for right-to-left scripts; none of our locales needs them
            // and they would leak invisible characters into copied text.
            bundle.set_use_isolating(false);
            if let Err(add_errors) = bundle.add_resource(resource) {
                errors.extend(
                    add_errors
                        .iter()
                        .map(|e| format!("{}: {e:?}", locale.tag())),
                );
            }
            bundles.push((locale, bundle));
        }
        Localizer { bundles, errors }
    }

    /// Problems found while loading the bundles (empty when all sources are valid).
    pub fn errors(&self) -> &[String] {
        &self.errors
    }

    fn bundle(&self, locale: Locale) -> Option<&FluentBundle<FluentResource>> {
        self.bundles
            .iter()
            .find(|(l, _)| *l == locale)
            .map(|(_, b)| b)
    }

    /// Whether `locale` itself (without fallback) defines `key`.
    pub fn has_message(&self, locale: Locale, key: &str) -> bool {
        self.bundle(locale)
            .and_then(|b| b.get_message(key))
            .is_some_and(|m| m.value().is_some())
    }

    /// The message text in `locale`, else in English. Never returns the key itself: a message
    /// missing everywhere yields an empty string (a test keeps English complete).
    pub fn message(&self, locale: Locale, key: &str, args: Option<&Args<'_>>) -> String {
        [locale, Locale::FALLBACK]
            .into_iter()
            .find_map(|l| self.format(l, key, args))
            .unwrap_or_default()
    }

    fn format(&self, locale: Locale, key: &str, args: Option<&Args<'_>>) -> Option<String> {
        let bundle = self.bundle(locale)?;
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        Some(text.into_owned())
    }

    /// Every message key `locale` defines, in source order.
    pub fn keys(&self, locale: Locale) -> Vec<String> {
        message_ids(locale.source())
    }
}

/// Message identifiers of a Fluent source, without terms (`-term`) or attributes.
fn message_ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|line| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let starts_with_letter = id.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
            let valid = id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            (starts_with_letter && valid && !line.starts_with(' ')).then(|| id.to_owned())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::furigana;

    fn placeables(text: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut rest = text;
        while let Some(start) = rest.find("{ $") {
            let after = &rest[start + 3..];
            let end = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(after.len());
            out.insert(after[..end].to_owned());
            rest = &after[end..];
        }
        out
    }

    fn message_source(locale: Locale, key: &str) -> String {
        let mut lines = locale
            .source()
            .lines()
            .skip_while(|l| !l.starts_with(&format!("{key} =")));
        let mut text = lines.next().unwrap_or_default().to_owned();
        for line in lines.take_while(|l| l.starts_with(' ') || l.is_empty()) {
            text.push('\n');
            text.push_str(line);
        }
        text
    }

    #[test]
    fn every_locale_parses_cleanly() {
        let localizer = Localizer::new();
        assert!(localizer.errors().is_empty(), "{:?}", localizer.errors());
    }

    #[test]
    fn english_and_japanese_are_complete_and_nothing_is_orphaned() {
        let localizer = Localizer::new();
        let english: BTreeSet<_> = localizer.keys(Locale::En).into_iter().collect();
        assert!(english.len() > 20);
        for locale in Locale::ALL {
            let keys: BTreeSet<_> = localizer.keys(locale).into_iter().collect();
            let orphans: Vec<_> = keys.difference(&english).collect();
            assert!(
                orphans.is_empty(),
                "{} has keys English lacks: {orphans:?}",
                locale.tag()
            );
            if locale == Locale::Ja {
                let missing: Vec<_> = english.difference(&keys).collect();
                assert!(missing.is_empty(), "ja lacks {missing:?}");
            }
        }
    }

    /// Messages a locale may still lack, as `<locale tag> <message key>` lines; `#` starts a comment.
    const UNTRANSLATED: &str = include_str!("../untranslated.txt");

    /// The allow-list entries, and the lines that are not of the form `<tag> <key>`.
    fn allow_list(source: &str) -> (BTreeSet<(String, String)>, Vec<String>) {
        let mut entries = BTreeSet::new();
        let mut malformed = Vec::new();
        for line in source.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut words = line.split_whitespace();
            match (words.next(), words.next(), words.next()) {
                (Some(tag), Some(key), None) => {
                    entries.insert((tag.to_owned(), key.to_owned()));
                }
                _ => malformed.push(line.to_owned()),
            }
        }
        (entries, malformed)
    }

    #[test]
    fn every_locale_translates_every_message() {
        let localizer = Localizer::new();
        let english: BTreeSet<_> = localizer.keys(Locale::En).into_iter().collect();
        let (allowed, _) = allow_list(UNTRANSLATED);
        let mut missing = Vec::new();
        for locale in Locale::ALL {
            let keys: BTreeSet<_> = localizer.keys(locale).into_iter().collect();
            missing.extend(
                english
                    .difference(&keys)
                    .filter(|key| !allowed.contains(&(locale.tag().to_owned(), (*key).clone())))
                    .map(|key| format!("{} {key}", locale.tag())),
            );
        }
        assert!(
            missing.is_empty(),
            "messages English has but these locales lack; translate them (or, for now, list them \
             in crates/l10n/untranslated.txt): {missing:#?}"
        );
    }

    #[test]
    fn untranslated_allow_list_is_well_formed_and_current() {
        let localizer = Localizer::new();
        let (allowed, malformed) = allow_list(UNTRANSLATED);
        assert!(
            malformed.is_empty(),
            "crates/l10n/untranslated.txt: lines must be `<locale tag> <message key>`: {malformed:?}"
        );
        let stale: Vec<_> = allowed
            .iter()
            .filter(|(tag, key)| match Locale::from_tag(tag) {
                Some(locale) => {
                    locale == Locale::En
                        || !localizer.has_message(Locale::En, key)
                        || localizer.keys(locale).contains(key)
                }
                None => true,
            })
            .map(|(tag, key)| format!("{tag} {key}"))
            .collect();
        assert!(
            stale.is_empty(),
            "crates/l10n/untranslated.txt lists entries that are translated, not English messages \
             or not shipped locales; remove them: {stale:?}"
        );
    }

    #[test]
    fn allow_list_lines_are_parsed_strictly() {
        let (entries, malformed) = allow_list("# comment\n\n  tl  photo-step-take \nko\nvi a b\n");
        assert_eq!(
            entries,
            BTreeSet::from([("tl".to_owned(), "photo-step-take".to_owned())])
        );
        assert_eq!(malformed, ["ko", "vi a b"]);
    }

    #[test]
    fn every_locale_translates_the_shell() {
        let localizer = Localizer::new();
        for key in localizer
            .keys(Locale::En)
            .iter()
            .filter(|k| is_shell_key(k))
        {
            for locale in Locale::ALL {
                assert!(
                    localizer.has_message(locale, key),
                    "{} lacks shell key {key}",
                    locale.tag()
                );
            }
        }
    }

    fn is_shell_key(key: &str) -> bool {
        [
            "app-",
            "nav-",
            "settings-",
            "language-",
            "home-",
            "flow-",
            "footer-",
            "not-found-",
        ]
        .iter()
        .any(|prefix| key.starts_with(prefix))
    }

    #[test]
    fn placeables_match_english() {
        let localizer = Localizer::new();
        for key in localizer.keys(Locale::En) {
            let expected = placeables(&message_source(Locale::En, &key));
            for locale in Locale::ALL
                .into_iter()
                .filter(|l| localizer.has_message(*l, &key))
            {
                let found = placeables(&message_source(locale, &key));
                if key == "date-long" {
                    // Each language picks the parts its date needs (only Japanese shows the era).
                    let passed = ["year", "month", "day", "era", "eraYear"].map(str::to_owned);
                    let unknown: Vec<_> = found.iter().filter(|p| !passed.contains(p)).collect();
                    assert!(unknown.is_empty(), "{} {key}: {unknown:?}", locale.tag());
                    continue;
                }
                assert_eq!(found, expected, "{} {key}", locale.tag());
            }
        }
    }

    #[test]
    fn missing_messages_fall_back_to_english_and_never_show_keys() {
        let localizer = Localizer::new();
        assert_eq!(localizer.message(Locale::En, "app-name", None), "madoguchi");
        assert_eq!(localizer.message(Locale::Ko, "no-such-key", None), "");
        let only_in_english = localizer
            .keys(Locale::En)
            .into_iter()
            .find(|k| !localizer.has_message(Locale::Tl, k));
        if let Some(key) = only_in_english {
            assert_eq!(
                localizer.message(Locale::Tl, &key, None),
                localizer.message(Locale::En, &key, None)
            );
        }
    }

    #[test]
    fn every_kanji_in_japanese_carries_furigana() {
        let localizer = Localizer::new();
        for key in localizer.keys(Locale::Ja) {
            let text = localizer.message(Locale::Ja, &key, None);
            let bare = furigana::unannotated_kanji(&text);
            assert!(
                bare.is_empty(),
                "ja {key}: kanji without reading: {bare:?} in {text}"
            );
        }
    }

    #[test]
    fn message_ids_skip_terms_attributes_and_comments() {
        let ids = message_ids("# c\n-term = x\nhello = Hi\n    .attr = y\nbye-now = { -term }\n");
        assert_eq!(ids, ["hello", "bye-now"]);
    }
}
