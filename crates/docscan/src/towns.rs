//! Towns (町域) as addresses print them after the municipality — 八丁堀, 旭町1条, 西新宿 — from
//! Japan Post's postal code data (`data/towns.tsv`, made with the municipalities by
//! `data-sources/municipalities.sh`), and where a town's name stands in an address: between
//! its municipality and its block (`一丁目…`, `3-7-18`, `12番地`).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::ocr::evidence::LineEvidence;

/// The towns of the municipality with this JIS X 0402 code (`"34101"`), in the list's order;
/// empty for a code the list does not know.
pub fn of_municipality(code: &str) -> &'static [&'static str] {
    static TOWNS: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    TOWNS
        .get_or_init(|| {
            include_str!("data/towns.tsv")
                .lines()
                .filter(|line| !line.starts_with('#'))
                .filter_map(|line| {
                    let (code, towns) = line.split_once('\t')?;
                    Some((code, towns.split(' ').filter(|t| !t.is_empty()).collect()))
                })
                .collect()
        })
        .get(code)
        .map_or(&[], Vec::as_slice)
}

/// Whether `c` is a numeral a 丁目 is numbered with (一 to 十).
pub fn is_chome_numeral(c: char) -> bool {
    "一二三四五六七八九十".contains(c)
}

/// Whether `c` is 目 or a character small print makes of it (`丁日`, `丁自`, `丁面`).
pub fn looks_like_me(c: char) -> bool {
    "目日自面白百旦".contains(c)
}

/// Where the block after a town's name starts on a line (see [`block_start`], searching
/// from its greedy character `from`): the greedy character's index and the first step of
/// the line's `evidence` it was read at. `greedy` is the line's greedy text, converted
/// character for character so that the index is the evidence's.
pub fn block_on_evidence(
    evidence: &LineEvidence,
    greedy: &str,
    from: usize,
) -> Option<(usize, usize)> {
    let chars: Vec<char> = madoguchi_rules::text::to_half_width(greedy)
        .chars()
        .collect();
    let block = block_start(&chars, from)?;
    Some((block, evidence.char_start_step(block)?))
}

/// Where the block after a town's name starts in `chars` (an address's characters), searching
/// from `from` (just after the municipality): the numeral of a 丁目 (`四丁目`, `四丁日`,
/// `九丁24番` that lost its 目; not `八丁堀`, a town) or the first digit of a number that is
/// not a 条 of the town's name (`旭町1条5丁目`'s `1条` is the town's). `None` when no block
/// follows.
pub fn block_start(chars: &[char], from: usize) -> Option<usize> {
    let chome_at = |i: usize| {
        is_chome_numeral(chars[i])
            && chars.get(i + 1).is_some_and(|&c| "丁工厂".contains(c))
            && chars
                .get(i + 2)
                .is_some_and(|&c| looks_like_me(c) || c.is_ascii_digit())
    };
    let mut i = from;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let digits = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            if chars.get(i + digits) != Some(&'条') {
                return Some(i);
            }
            i += digits + 1;
            continue;
        }
        if chome_at(i) {
            return Some(i);
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(text: &str, from: usize) -> Option<String> {
        let chars: Vec<char> = text.chars().collect();
        block_start(&chars, from).map(|i| chars[i..].iter().collect())
    }

    #[test]
    fn every_municipality_has_towns_and_none_is_blank() {
        let municipalities = crate::municipalities::all();
        let with_towns = municipalities
            .iter()
            .filter(|m| !of_municipality(m.code).is_empty())
            .count();
        // A few municipalities (villages of one postal code) list no town.
        assert!(with_towns * 100 >= municipalities.len() * 95);
        let naka = of_municipality("34101");
        assert!(naka.contains(&"八丁堀") && naka.contains(&"大手町"));
        assert!(of_municipality("01204").contains(&"旭町1条"));
        assert!(municipalities.iter().all(|m| {
            of_municipality(m.code)
                .iter()
                .all(|t| !t.is_empty() && !t.contains(char::is_whitespace))
        }));
        assert!(of_municipality("99999").is_empty());
    }

    #[test]
    fn the_block_starts_at_its_chome_or_first_number() {
        assert_eq!(
            block("旭町四丁目16番1号", 0).as_deref(),
            Some("四丁目16番1号")
        );
        assert_eq!(block("南町7-17-11", 0).as_deref(), Some("7-17-11"));
        assert_eq!(
            block("八丁堀一丁目2番3号", 0).as_deref(),
            Some("一丁目2番3号")
        );
        assert_eq!(block("旭町1条5丁目", 0).as_deref(), Some("5丁目"));
        assert_eq!(block("十日市町2-3-4", 0).as_deref(), Some("2-3-4"));
        // The town lost: the block starts where the municipality ended.
        assert_eq!(block("4-12-3", 0).as_deref(), Some("4-12-3"));
        assert_eq!(block("三丁目5番", 0).as_deref(), Some("三丁目5番"));
        assert_eq!(block("八丁堀3-4-5", 0).as_deref(), Some("3-4-5"));
        assert_eq!(block("本町九丁24番3号", 0).as_deref(), Some("九丁24番3号"));
        assert_eq!(block("本町ハイツ", 0), None);
    }
}
