//! Municipalities (市区町村) as addresses print them after the prefecture — 豊島区, 岡山市北区,
//! 虻田郡ニセコ町 — from Japan Post's postal code data (`data/municipalities.tsv`, made from a
//! pinned PyPI package by `data-sources/municipalities.sh`), and the respelling of one the
//! recogniser misread (`岡山県山市北区` is 岡山県岡山市北区, `仙台市青集区` is 仙台市青葉区).

use std::sync::OnceLock;

use crate::ocr::evidence::LineEvidence;
use crate::vocab::{Term, fold_lookalike};

/// One municipality: its JIS X 0402 code (the first two digits are its prefecture's JIS X 0401
/// code) and its name as addresses print it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Municipality {
    pub code: &'static str,
    pub name: &'static str,
}

/// Every municipality, in code order.
pub fn all() -> &'static [Municipality] {
    static LIST: OnceLock<Vec<Municipality>> = OnceLock::new();
    LIST.get_or_init(|| {
        include_str!("data/municipalities.tsv")
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .filter_map(|line| {
                let (code, name) = line.split_once('\t')?;
                Some(Municipality { code, name })
            })
            .collect()
    })
}

/// The municipalities of the prefecture with this JIS X 0401 code (`"13"`).
pub fn of_prefecture(prefecture: &str) -> impl Iterator<Item = Municipality> + '_ {
    all()
        .iter()
        .copied()
        .filter(move |m| m.code.get(..2) == Some(prefecture))
}

/// How many misread characters a name of this length may have and still be recognised: none
/// in one or two characters (北区, 津市: one edit makes another name), one up to five, two
/// from six (川崎市川崎区).
pub(crate) fn edits_allowed(name_chars: usize) -> usize {
    match name_chars {
        0..=2 => 0,
        3..=5 => 1,
        _ => 2,
    }
}

/// The municipality of `prefecture` that `tail` (an address after its prefecture) starts with:
/// its name and how many characters of `tail` (leading spaces included) it stands for.
///
/// An exact name is taken as read. Otherwise the name must be within [`edits_allowed`] of the
/// start of `tail`, and no other name of the prefecture may be as close while accounting for
/// as much of the text. A correct read is never changed: its own name is at distance 0.
pub fn at_start(prefecture: &str, tail: &str) -> Option<(&'static str, usize)> {
    let leading = tail.chars().take_while(|c| c.is_whitespace()).count();
    let text: Vec<char> = tail.chars().skip(leading).map(fold_lookalike).collect();
    // (edits, name, characters of the text it covers)
    let mut near: Vec<(usize, &'static str, usize)> = Vec::new();
    for municipality in of_prefecture(prefecture) {
        let name: String = municipality.name.chars().map(fold_lookalike).collect();
        let allowed = edits_allowed(name.chars().count());
        if let Some((edits, covered)) = nearest_start(&text, &name, allowed) {
            near.push((edits, municipality.name, covered));
        }
    }
    // Fewest edits first, then the name that accounts for most of the text (`山市北区` is
    // 岡山市北区 with one edit, not 津山市 with one edit and 北区 left over).
    near.sort_by_key(|&(edits, _, covered)| (edits, usize::MAX - covered));
    let &(edits, name, covered) = near.first()?;
    let rival = near.iter().skip(1).any(|&(e, other, c)| {
        e == edits && c == covered && !name.starts_with(other) && !other.starts_with(name)
    });
    (edits == 0 || !rival).then_some((name, leading + covered))
}

/// How close `text`'s start comes to `name` within `allowed` edits: the fewest edits and
/// how many characters of the text they cover (of equally close starts, the one nearest the
/// name's length).
fn nearest_start(text: &[char], name: &str, allowed: usize) -> Option<(usize, usize)> {
    let n = name.chars().count();
    (n.saturating_sub(allowed).max(1)..=(n + allowed).min(text.len()))
        .map(|k| {
            let start: String = text[..k].iter().collect();
            (strsim::levenshtein(&start, name), k.abs_diff(n), k)
        })
        .min()
        .filter(|&(edits, _, _)| edits <= allowed)
        .map(|(edits, _, covered)| (edits, covered))
}

/// Every municipality with its prefecture and their joint name, look-alikes folded.
fn joint_names() -> &'static [(Term, Municipality, String)] {
    static NAMES: OnceLock<Vec<(Term, Municipality, String)>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let prefectures = crate::vocab::prefectures();
        all()
            .iter()
            .filter_map(|municipality| {
                let prefecture = prefectures.by_key(municipality.code.get(..2)?)?;
                let name: String = prefecture
                    .japanese
                    .chars()
                    .chain(municipality.name.chars())
                    .map(fold_lookalike)
                    .collect();
                Some((prefecture, *municipality, name))
            })
            .collect()
    })
}

/// A prefecture and municipality read together at the start of an address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlaceAtStart {
    pub prefecture: Term,
    pub municipality: &'static str,
    /// How many characters of the text (leading spaces included) the two stand for.
    pub covered: usize,
    /// Edits between those characters and the two names.
    pub edits: usize,
}

/// Most edits, per eight characters of a prefecture and municipality's joint name, with which
/// the pair is still recognised.
const JOINT_EDITS_PER_EIGHT: usize = 3;
/// How many more edits every other prefecture's pairs must need.
const JOINT_MARGIN: usize = 2;
/// How far into a text its municipality's last character is looked for.
const PLACE_WITHIN: usize = 12;

/// When an address's prefecture is misread past recognising on its own (`国山湖山市北区`:
/// 岡山県 lost two of its three characters), the prefecture and municipality read together:
/// the pair whose joint name is closest to the text's start, within
/// [`JOINT_EDITS_PER_EIGHT`], when the pairs of every other prefecture are at least
/// [`JOINT_MARGIN`] edits further and no other pair is as close.
///
/// A text that shows no 市, 区, 町, 村 or 郡 in its first [`PLACE_WITHIN`] characters is not
/// searched: every municipality's name ends in one, and most lines of a card are not
/// addresses.
pub fn with_prefecture_at_start(tail: &str) -> Option<PlaceAtStart> {
    if !tail
        .chars()
        .take(PLACE_WITHIN)
        .any(|c| "市区町村郡".contains(c))
    {
        return None;
    }
    let leading = tail.chars().take_while(|c| c.is_whitespace()).count();
    let text: Vec<char> = tail.chars().skip(leading).map(fold_lookalike).collect();
    // (edits, prefecture, municipality, characters covered)
    let mut near: Vec<(usize, Term, &'static str, usize)> = Vec::new();
    for (prefecture, municipality, name) in joint_names() {
        let allowed = name.chars().count() * JOINT_EDITS_PER_EIGHT / 8;
        if let Some((edits, covered)) = nearest_start(&text, name, allowed) {
            near.push((edits, *prefecture, municipality.name, covered));
        }
    }
    near.sort_by_key(|&(edits, _, _, covered)| (edits, usize::MAX - covered));
    let &(edits, prefecture, municipality, covered) = near.first()?;
    let clear = near.iter().skip(1).all(|&(e, other, _, _)| {
        let margin = if other == prefecture { 1 } else { JOINT_MARGIN };
        e >= edits + margin
    });
    clear.then_some(PlaceAtStart {
        prefecture,
        municipality,
        covered: leading + covered,
        edits,
    })
}

/// A municipality found whole inside an address whose start is garbled past placing
/// (`育大津市老松河4-19-13`, `福陶楼局市博多区球町4-8-8`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlaceInside {
    pub prefecture: Term,
    /// The municipality as addresses print it; or a city with wards alone (`仙台市` before a
    /// garbled ward), when [`PlaceInside::whole`] is false.
    pub municipality: &'static str,
    pub whole: bool,
    /// How many characters of the text come before the rest of the address.
    pub through: usize,
}

/// Fewest characters of a name found inside an address: shorter names (北区, 津市) are parts
/// of too many others.
const INSIDE_MIN_CHARS: usize = 3;

/// Names that tell their prefecture wherever they stand: every municipality's, and a
/// designated city's and its wards' apart (`福岡市`, `博多区`), each with the one prefecture
/// that has it and the municipality it names (`None` for a city with wards), when only one
/// prefecture has a place of that name.
fn telling_names() -> &'static [(String, Term, Option<&'static str>)] {
    static NAMES: OnceLock<Vec<(String, Term, Option<&'static str>)>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut named: std::collections::HashMap<String, Vec<(Term, Option<&'static str>)>> =
            std::collections::HashMap::new();
        for &(
            prefecture,
            Municipality {
                name: municipality, ..
            },
            _,
        ) in joint_names()
        {
            let mut add = |name: &str, names: Option<&'static str>| {
                named
                    .entry(name.to_owned())
                    .or_default()
                    .push((prefecture, names));
            };
            add(municipality, Some(municipality));
            if let Some((city, ward)) = municipality.split_once('市')
                && ward.ends_with('区')
            {
                add(&format!("{city}市"), None);
                add(ward, Some(municipality));
            }
        }
        named
            .into_iter()
            .filter(|(name, _)| name.chars().count() >= INSIDE_MIN_CHARS)
            .filter_map(|(name, places)| {
                let (prefecture, municipality) = places[0];
                // One prefecture; and one municipality, unless the name is a city's.
                let one_prefecture = places.iter().all(|(p, _)| p.key == prefecture.key);
                let municipality = municipality.filter(|_| places.len() == 1);
                one_prefecture.then_some((name, prefecture, municipality))
            })
            .collect()
    })
}

/// The municipality whose name stands whole within the first [`PLACE_WITHIN`] characters of
/// `text` (an address whose prefecture, and maybe city, were garbled) when only one prefecture
/// has a place of that name; the longest such name when several stand there, and none when two
/// of equal length disagree. A city with wards found by its name is completed by its ward when
/// the text goes on with one ([`at_start`]).
pub fn inside(text: &str) -> Option<PlaceInside> {
    let chars: Vec<char> = text.chars().collect();
    let window: String = chars.iter().take(PLACE_WITHIN + 4).collect();
    // (characters, where the name ends, prefecture, municipality named, the name)
    let mut found: Vec<(usize, usize, Term, Option<&'static str>, &'static str)> = telling_names()
        .iter()
        .filter_map(|(name, prefecture, municipality)| {
            let byte = window.find(name.as_str())?;
            let start = window[..byte].chars().count();
            (start < PLACE_WITHIN).then(|| {
                let length = name.chars().count();
                (
                    length,
                    start + length,
                    *prefecture,
                    *municipality,
                    name.as_str(),
                )
            })
        })
        .collect();
    found.sort_by_key(|&(length, ..)| std::cmp::Reverse(length));
    let &(length, end, prefecture, municipality, name) = found.first()?;
    let rival = found
        .iter()
        .skip(1)
        .any(|&(l, _, p, ..)| l == length && p.key != prefecture.key);
    if rival {
        return None;
    }
    if let Some(municipality) = municipality {
        return Some(PlaceInside {
            prefecture,
            municipality,
            whole: true,
            through: end,
        });
    }
    // A city with wards: its ward after it, if the text goes on with one.
    let city_start = end - length;
    let from_city: String = chars[city_start..].iter().collect();
    Some(match at_start(prefecture.key, &from_city) {
        Some((ward, covered)) if covered > length => PlaceInside {
            prefecture,
            municipality: ward,
            whole: true,
            through: city_start + covered,
        },
        _ => PlaceInside {
            prefecture,
            municipality: name,
            whole: false,
            through: end,
        },
    })
}

/// A prefecture and municipality found on a line's recogniser evidence (see
/// [`places_by_evidence`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlaceByEvidence {
    pub prefecture: Term,
    pub municipality: &'static str,
    /// How many of the line's greedy characters the two (and any stray characters before
    /// them) stand for.
    pub chars_through: usize,
    /// The alignment's cost (natural log, ≤ 0) per character of the joint name.
    pub cost_per_char: f32,
}

/// Most cost (natural log) per character of a joint name at which the pair is believed: a
/// few characters read as their look-alikes with their own still kept, not whole names made
/// of noise. (On 300 hard photos, no pair believed within 2.0 was wrong; within 3.0, three
/// of fifteen were.)
const EVIDENCE_COST_PER_CHAR: f32 = 2.0;
/// How much better (natural log) than every other pair the pair must align; less among the
/// municipalities of a prefecture already read, which are fewer and less alike.
const EVIDENCE_MARGIN: f32 = 4.0;
const EVIDENCE_MARGIN_IN_PREFECTURE: f32 = 3.0;
/// Least share of a joint name's characters the recogniser must have kept somewhere on the
/// line for the name to be aligned at all (most of the 1,896 are not worth the time).
const EVIDENCE_MIN_SHARED: f32 = 0.5;

/// What a line's recogniser evidence says of an address's place after its first
/// `skip_chars` characters, from one search (see [`places_by_evidence`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlacesByEvidence {
    /// The prefecture and municipality, when one pair stands out.
    pub pair: Option<PlaceByEvidence>,
    /// The likeliest pair, when its prefecture alone stands out.
    pub prefecture: Option<PlaceByEvidence>,
}

/// When the greedy text of an address's start is too garbled for [`with_prefecture_at_start`]
/// (`官城仙台市省集区`, or its prefecture missing), the places that the recogniser's per-step
/// evidence supports after the line's first `skip_chars` characters: each prefecture and
/// municipality pair is aligned with the line as CTC decoding would (see
/// [`LineEvidence::align_at_start`]), once for both readings.
/// - `pair`: the best, when its cost per character is low and every other pair is
///   [`EVIDENCE_MARGIN`] worse; else the one that stands out joined with one of its towns
///   (see [`pair_by_its_town`], which reads where the block starts in `greedy`, the line's
///   greedy text).
/// - `prefecture`: when no pair stands out so (`千重超楼市…`: the prefecture lost and the
///   city garbled, or a city near-tied with its neighbours), the likeliest pair if every pair
///   of another prefecture aligns [`PREFECTURE_MARGIN`] worse: its prefecture is known, its
///   municipality only the likeliest of that prefecture's.
pub fn places_by_evidence(
    evidence: &LineEvidence,
    greedy: &str,
    skip_chars: usize,
) -> PlacesByEvidence {
    let ranked = ranked_by_evidence(evidence, skip_chars, |_| true);
    PlacesByEvidence {
        pair: pair_believed(&ranked, EVIDENCE_MARGIN)
            .or_else(|| pair_by_its_town(evidence, greedy, skip_chars, &ranked)),
        prefecture: prefecture_believed(&ranked),
    }
}

/// How many of the likeliest pairs [`pair_by_its_town`] tries with their towns (on 300 hard
/// photos, the right pair of every address it placed was among the first 30; 80 placed none
/// more).
const TOWN_SEARCH_PAIRS: usize = 30;
/// Most cost (natural log) per character of a pair and town joined at which the pair is
/// believed, and how much better than every other pair (with its own likeliest town) it must
/// align. On 300 hard photos, the lines searched so showed the right pair on 26 photos and a
/// wrong one on none at 4.0 and 5.0 (3.5 and 5.0: 25 and none; 4.5 and 4.0: 29 and one; 5.0
/// and 3.0: 33 and six).
const TOWN_SEARCH_COST_PER_CHAR: f32 = 4.0;
const TOWN_SEARCH_MARGIN: f32 = 5.0;

/// When no pair stands out alone, the pair that stands out joined with one of its towns
/// (`新路票伊新博市境中真四丁…`: 群馬県伊勢崎市 with 境中島): each of the
/// [`TOWN_SEARCH_PAIRS`] likeliest pairs of `ranked`, followed by each of its towns, is
/// aligned with the stretch from the label to the block (see
/// [`crate::towns::block_on_evidence`] on `greedy`, the line's greedy text) by
/// [`LineEvidence::cost_spanning`]. A longer name tells places apart where the pair's few
/// characters were garbled alike. The stretch must have kept at least half as many characters
/// as the joint name has: one character before the block tells nothing.
fn pair_by_its_town(
    evidence: &LineEvidence,
    greedy: &str,
    skip_chars: usize,
    ranked: &[Aligned],
) -> Option<PlaceByEvidence> {
    let (block, to) = crate::towns::block_on_evidence(evidence, greedy, skip_chars)?;
    let from = evidence.step_after_chars(skip_chars)?;
    // Per pair, its likeliest town's joint cost and the joint name's length.
    let mut by_pair: Vec<(f32, usize, &Aligned)> = ranked
        .iter()
        .take(TOWN_SEARCH_PAIRS)
        .filter_map(|pair| {
            crate::towns::of_municipality(pair.municipality.code)
                .iter()
                .filter_map(|town| {
                    let joint: Vec<char> = pair
                        .name
                        .chars()
                        .chain(town.chars().map(fold_lookalike))
                        .collect();
                    Some((evidence.cost_spanning(&joint, from, to)?, joint.len()))
                })
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(cost, length)| (cost, length, pair))
        })
        .collect();
    by_pair.sort_by(|a, b| b.0.total_cmp(&a.0));
    let &(cost, length, pair) = by_pair.first()?;
    let runner_up = by_pair.get(1).map_or(f32::NEG_INFINITY, |r| r.0);
    let believed = cost >= -TOWN_SEARCH_COST_PER_CHAR * length as f32
        && cost - runner_up >= TOWN_SEARCH_MARGIN
        && 2 * (block - skip_chars) >= length;
    believed.then(|| PlaceByEvidence {
        cost_per_char: cost / length as f32,
        ..pair.place()
    })
}

/// The place pair of [`places_by_evidence`] among the municipalities of the prefecture with
/// this JIS X 0401 code, read from the greedy text (`大阪府市界区`: 堺市堺区 lost a character
/// and changed another, too far for [`at_start`]; `大阪府明市明区神石市之町…`: only 堺市堺区
/// has the town 神石市之町).
pub fn in_prefecture_by_evidence(
    evidence: &LineEvidence,
    greedy: &str,
    skip_chars: usize,
    prefecture: &str,
) -> Option<PlaceByEvidence> {
    let ranked = ranked_by_evidence(evidence, skip_chars, |term| term.key == prefecture);
    pair_believed(&ranked, EVIDENCE_MARGIN_IN_PREFECTURE)
        .or_else(|| pair_by_its_town(evidence, greedy, skip_chars, &ranked))
}

/// Most cost (natural log) per character at which a joint name's prefecture alone is
/// believed, when no pair of another prefecture comes near (see [`places_by_evidence`]).
const PREFECTURE_COST_PER_CHAR: f32 = 3.5;
/// How much better (natural log) the best pair must align than every pair of another
/// prefecture for its prefecture alone to be believed. (On 300 hard photos, the 23 lines
/// within 3.5 per character and 6 ahead all had the right prefecture; within 4.0, two of
/// 27 did not.)
const PREFECTURE_MARGIN: f32 = 6.0;

/// The best of `ranked` when it is cheap per character and `margin` ahead of the next.
fn pair_believed(ranked: &[Aligned], margin: f32) -> Option<PlaceByEvidence> {
    let best = ranked.first()?;
    let runner_up = ranked.get(1).map_or(f32::NEG_INFINITY, |r| r.cost);
    let believed =
        best.cost >= -EVIDENCE_COST_PER_CHAR * best.length && best.cost - runner_up >= margin;
    believed.then(|| best.place())
}

/// The best of `ranked` when it is within [`PREFECTURE_COST_PER_CHAR`] and every pair of
/// another prefecture is [`PREFECTURE_MARGIN`] behind.
fn prefecture_believed(ranked: &[Aligned]) -> Option<PlaceByEvidence> {
    let (best, rest) = ranked.split_first()?;
    // Only a pair that shares enough characters is ranked at all: with no other
    // prefecture's ranked, nothing tells the prefecture apart.
    let other_prefecture = rest
        .iter()
        .find(|r| r.prefecture.key != best.prefecture.key)?;
    let believed = best.cost >= -PREFECTURE_COST_PER_CHAR * best.length
        && best.cost - other_prefecture.cost >= PREFECTURE_MARGIN;
    believed.then(|| best.place())
}

/// A joint name aligned with a line's evidence.
struct Aligned {
    prefecture: Term,
    municipality: Municipality,
    /// The joint name, look-alikes folded.
    name: &'static str,
    /// Characters in the joint name.
    length: f32,
    cost: f32,
    chars_through: usize,
}

impl Aligned {
    fn place(&self) -> PlaceByEvidence {
        PlaceByEvidence {
            prefecture: self.prefecture,
            municipality: self.municipality.name,
            chars_through: self.chars_through,
            cost_per_char: self.cost / self.length,
        }
    }
}

/// The joint names of the wanted prefectures that share enough characters with what the
/// line kept, aligned after its first `skip_chars` characters, likeliest first.
fn ranked_by_evidence(
    evidence: &LineEvidence,
    skip_chars: usize,
    prefecture_wanted: impl Fn(&Term) -> bool,
) -> Vec<Aligned> {
    let kept = evidence.kept_chars();
    let mut ranked: Vec<Aligned> = joint_names()
        .iter()
        .filter(|(prefecture, _, name)| {
            let shared = name.chars().filter(|c| kept.contains(c)).count();
            prefecture_wanted(prefecture)
                && shared as f32 >= EVIDENCE_MIN_SHARED * name.chars().count() as f32
        })
        .filter_map(|(prefecture, municipality, name)| {
            let chars: Vec<char> = name.chars().collect();
            let alignment = evidence.align_at_start(&chars, skip_chars)?;
            Some(Aligned {
                prefecture: *prefecture,
                municipality: *municipality,
                name: name.as_str(),
                length: chars.len() as f32,
                cost: alignment.cost,
                chars_through: alignment.chars_through,
            })
        })
        .collect();
    ranked.sort_by(|a, b| b.cost.total_cmp(&a.cost));
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_covers_every_prefecture_and_reads_as_addresses_print() {
        assert!(all().len() > 1800, "{} municipalities", all().len());
        for prefecture in 1..=47 {
            let code = format!("{prefecture:02}");
            assert!(of_prefecture(&code).count() > 10, "prefecture {code}");
        }
        let names: Vec<&str> = of_prefecture("13").map(|m| m.name).collect();
        assert!(names.contains(&"豊島区") && names.contains(&"八王子市"));
        let names: Vec<&str> = of_prefecture("22").map(|m| m.name).collect();
        // Hamamatsu's wards since 2024.
        assert!(names.contains(&"浜松市中央区") && !names.contains(&"浜松市中区"));
    }

    #[test]
    fn misread_names_are_respelled_and_right_ones_kept() {
        assert_eq!(
            at_start("33", "山市北区本町七丁目7番14号"),
            Some(("岡山市北区", 4))
        );
        assert_eq!(
            at_start("04", "仙台市青集区栄町一丁目4番14号"),
            Some(("仙台市青葉区", 6))
        );
        assert_eq!(at_start("13", "豊鳥区中央8-20-8"), Some(("豊島区", 3)));
        assert_eq!(at_start("13", " 豊島区中央8-20-8"), Some(("豊島区", 4)));
        assert_eq!(at_start("13", "八王子市中央三丁目"), Some(("八王子市", 4)));
        assert_eq!(
            at_start("14", "川崎市川崎区栄町"),
            Some(("川崎市川崎区", 6))
        );
        assert_eq!(
            at_start("01", "虻田郡ニセコ町字本通"),
            Some(("虻田郡ニセコ町", 7))
        );
    }

    #[test]
    fn a_prefecture_misread_past_recognising_is_found_with_its_municipality() {
        let found = with_prefecture_at_start("国山湖山市北区本町七丁日7番14号").expect("found");
        assert_eq!(
            (
                found.prefecture.key,
                found.municipality,
                found.covered,
                found.edits
            ),
            ("33", "岡山市北区", 7, 3)
        );
        // Nothing like an address.
        assert_eq!(
            with_prefecture_at_start("在留資格に基づく就労活動のみ可"),
            None
        );
        assert_eq!(with_prefecture_at_start(""), None);
        // 北区 is a ward of Tokyo, Osaka, Kobe, Sapporo…: the prefecture stays unknown.
        assert_eq!(with_prefecture_at_start("国国北区王子1-2-3"), None);
    }

    #[test]
    fn a_municipality_standing_whole_in_a_garbled_address_tells_its_prefecture() {
        let place = |text: &str| {
            inside(text).map(|p| {
                (
                    p.prefecture.key,
                    p.whole.then_some(p.municipality),
                    p.through,
                )
            })
        };
        assert_eq!(
            place("育大津市老松河4-19-13"),
            Some(("25", Some("大津市"), 4))
        );
        // A designated city's ward alone.
        assert_eq!(
            place("福陶楼局市博多区球町4-8-8"),
            Some(("40", Some("福岡市博多区"), 8))
        );
        // A designated city, completed by its ward where the text goes on with one.
        assert_eq!(
            place("京城仙台市青葉区本町九丁目"),
            Some(("04", Some("仙台市青葉区"), 8))
        );
        // The city alone, its ward too garbled: only the prefecture.
        assert_eq!(place("京城仙台市 国国"), Some(("04", None, 5)));
        assert_eq!(
            inside("京城仙台市 国国").map(|p| p.municipality),
            Some("仙台市")
        );
        // 中央区 and 府中市 are places in several prefectures.
        assert_eq!(place("国国中央区本町1-2-3"), None);
        assert_eq!(place("国国府中市本町1-2-3"), None);
        // Too far into the text to be its place.
        assert_eq!(place("在留資格に基づく就労活動のみ可大津市"), None);
    }

    fn line(readings: &[(char, char)]) -> LineEvidence {
        crate::ocr::evidence::testing::readings(readings).0
    }

    #[test]
    fn a_garbled_place_is_found_on_the_recognisers_evidence() {
        // Greedy `官城仙台市省集区栄町7`: 宮 and 青葉 second choices, 県 lost to the blank.
        let mut readings = crate::ocr::evidence::testing::SENDAI_AOBA_BLURRED.to_vec();
        readings.extend("区栄町7".chars().map(|c| (c, '\0')));
        let line = line(&readings);
        assert_eq!(with_prefecture_at_start("官城仙台市省集区栄町7"), None);
        let greedy = "官城仙台市省集区栄町7";
        let found = places_by_evidence(&line, greedy, 0).pair.expect("found");
        assert_eq!(
            (
                found.prefecture.key,
                found.municipality,
                found.chars_through
            ),
            ("04", "仙台市青葉区", 8)
        );
        assert!(found.cost_per_char < 0.0 && found.cost_per_char > -1.0);
        // Only among Miyagi's municipalities, the same; none of Tokyo's fits.
        let in_miyagi = in_prefecture_by_evidence(&line, greedy, 0, "04").expect("found");
        assert_eq!(in_miyagi.municipality, "仙台市青葉区");
        assert_eq!(in_prefecture_by_evidence(&line, greedy, 0, "13"), None);
        // A line of something else.
        let other = self::line(&[('永', '\0'), ('住', '\0'), ('者', '\0')]);
        assert_eq!(places_by_evidence(&other, "", 0).pair, None);
    }

    /// `千重超楼市` then `rest`, read as printed: 葉 second to 重, 県 lost to the blank, and
    /// the city's name misread with nothing of 船橋 kept. The evidence and its greedy text.
    fn chiba_city_garbled(rest: &str) -> (LineEvidence, String) {
        let mut readings = vec![
            ('千', '\0'),
            ('重', '葉'),
            ('\0', '県'),
            ('超', '\0'),
            ('楼', '\0'),
            ('市', '\0'),
        ];
        readings.extend(rest.chars().map(|c| (c, '\0')));
        crate::ocr::evidence::testing::readings(&readings)
    }

    #[test]
    fn a_prefecture_is_told_by_the_evidence_when_its_municipality_is_not() {
        // Greedy `千重超楼市中央一丁目5番12号`: 葉 second to 重, 県 lost to the blank, and the
        // city's name misread with nothing of 船橋 kept. Chiba's cities tie on `超楼`, so the
        // pair is not believed; every other prefecture's names align far worse.
        let (line, greedy) = chiba_city_garbled("中央一丁目5番12号");
        // Many of Chiba's cities have a town 中央: it tells none of them either.
        assert_eq!(places_by_evidence(&line, &greedy, 0).pair, None);
        let found = places_by_evidence(&line, &greedy, 0)
            .prefecture
            .expect("found");
        assert_eq!(found.prefecture.key, "12");
        assert!(found.municipality.ends_with('市'), "{}", found.municipality);
        assert!(found.cost_per_char < -PREFECTURE_COST_PER_CHAR / 2.0);
        // The same garbled city after `国山県`: Toyama or Okayama, nothing tells which.
        let mut readings: Vec<(char, char)> = "国山県超楼市".chars().map(|c| (c, '\0')).collect();
        readings.extend("中央一丁目5番12号".chars().map(|c| (c, '\0')));
        assert_eq!(
            places_by_evidence(&self::line(&readings), "", 0).prefecture,
            None
        );
        // A line of something else.
        let other = self::line(&[('永', '\0'), ('住', '\0'), ('者', '\0'), ('1', '\0')]);
        assert_eq!(places_by_evidence(&other, "", 0).prefecture, None);
    }

    #[test]
    fn a_pair_garbled_past_telling_is_told_by_its_town() {
        // Greedy `千重超楼市大穴北3-4-3`: Chiba's cities tie on `超楼`, but only 船橋市 has a
        // town 大穴北 (大穴南 and 大穴町 are its own too).
        let (line, greedy) = chiba_city_garbled("大穴北3-4-3");
        let found = places_by_evidence(&line, &greedy, 0).pair.expect("found");
        assert_eq!(
            (
                found.prefecture.key,
                found.municipality,
                found.chars_through
            ),
            ("12", "船橋市", 5)
        );
        assert!(found.cost_per_char < 0.0 && found.cost_per_char > -TOWN_SEARCH_COST_PER_CHAR);
        // Without its town the pair stands out nowhere.
        let (line, greedy) = chiba_city_garbled("3-4-3");
        assert_eq!(places_by_evidence(&line, &greedy, 0).pair, None);
        // A town no other city has, but one character is too little to tell its city.
        let short: Vec<(char, char)> = "大32".chars().map(|c| (c, '\0')).collect();
        assert_eq!(
            places_by_evidence(&self::line(&short), "大32", 0).pair,
            None
        );
    }

    #[test]
    fn a_ward_garbled_past_telling_is_told_by_its_town_within_its_prefecture() {
        // Greedy `大阪府明市明区五条通1-8-16`: 堺 read as 明 with nothing of it kept, so all
        // of Sakai's wards (and 明 nowhere) tie; only 堺市堺区 has a town 五条通.
        let greedy = "大阪府明市明区五条通1-8-16";
        let line = line(&greedy.chars().map(|c| (c, '\0')).collect::<Vec<_>>());
        let found = in_prefecture_by_evidence(&line, greedy, 0, "27").expect("found");
        assert_eq!((found.municipality, found.chars_through), ("堺市堺区", 7));
        // Without its town, nothing tells the ward.
        let greedy = "大阪府明市明区1-8-16";
        let line = self::line(&greedy.chars().map(|c| (c, '\0')).collect::<Vec<_>>());
        assert_eq!(in_prefecture_by_evidence(&line, greedy, 0, "27"), None);
    }

    #[test]
    fn short_names_and_unclear_reads_are_left_alone() {
        // 北区 misread by one character could be several two-character wards.
        assert_eq!(at_start("13", "比区王子1-2-3"), None);
        // Nothing like a municipality of Tokyo.
        assert_eq!(at_start("13", "栄町1-2-3"), None);
        assert_eq!(at_start("13", ""), None);
    }
}
