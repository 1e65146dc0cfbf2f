//! ICAO nationality and issuing-state codes with their English and Japanese names.
//!
//! The table (`data/countries.tsv`) is data, not code: the MRZ gives a code and the Residence
//! Card prints the Japanese name, so both directions are looked up here.

use std::sync::OnceLock;

use serde::Serialize;

/// One row of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Country {
    /// ICAO 9303 code as written in an MRZ, without filler (`D` for Germany, `UTO` in samples).
    pub code: &'static str,
    pub english: &'static str,
    /// As printed on the Residence Card (`米国`, `ベトナム`).
    pub japanese: &'static str,
    /// Other Japanese spellings (`アメリカ合衆国`).
    #[serde(skip)]
    pub japanese_aliases: &'static [&'static str],
}

const TABLE: &str = include_str!("data/countries.tsv");

fn rows() -> &'static [Country] {
    static ROWS: OnceLock<Vec<Country>> = OnceLock::new();
    ROWS.get_or_init(|| {
        TABLE
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .filter_map(|line| {
                let mut cells = line.split('\t');
                let code = cells.next()?;
                let english = cells.next()?;
                let japanese = cells.next()?;
                let aliases: Vec<&'static str> = cells
                    .next()
                    .unwrap_or("")
                    .split(',')
                    .filter(|a| !a.is_empty())
                    .collect();
                Some(Country {
                    code,
                    english,
                    japanese,
                    japanese_aliases: Vec::leak(aliases),
                })
            })
            .collect()
    })
}

/// Every known code, in table order.
pub fn all() -> &'static [Country] {
    rows()
}

/// Looks up an MRZ code; filler (`D<<`) and surrounding spaces are ignored.
pub fn by_code(code: &str) -> Option<Country> {
    let code = code.trim().trim_end_matches('<');
    rows().iter().copied().find(|c| c.code == code)
}

/// Looks up an exact Japanese name or alias (the first row wins for shared names like 英国).
pub fn by_japanese(name: &str) -> Option<Country> {
    rows()
        .iter()
        .copied()
        .find(|c| c.japanese == name || c.japanese_aliases.contains(&name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_well_formed() {
        assert!(all().len() > 200);
        for country in all() {
            let code_ok = (1..=3).contains(&country.code.len())
                && country.code.bytes().all(|b| b.is_ascii_uppercase());
            assert!(code_ok, "{country:?}");
            assert!(!country.english.is_empty() && !country.japanese.is_empty());
        }
        let mut codes: Vec<_> = all().iter().map(|c| c.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), all().len(), "duplicate code");
    }

    #[test]
    fn lookups() {
        assert_eq!(by_code("VNM").map(|c| c.japanese), Some("ベトナム"));
        assert_eq!(by_code("D<<").map(|c| c.english), Some("Germany"));
        assert_eq!(by_code("XYZ"), None);
        assert_eq!(by_japanese("米国").map(|c| c.code), Some("USA"));
        assert_eq!(by_japanese("アメリカ合衆国").map(|c| c.code), Some("USA"));
        assert_eq!(by_japanese("英国").map(|c| c.code), Some("GBR"));
        assert_eq!(by_japanese("ドイツ").map(|c| c.code), Some("DEU"));
    }
}
