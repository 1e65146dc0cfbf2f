//! An address's town (町域) respelled from its municipality's towns, on the recogniser's
//! evidence: `広島市中区大于町一丁目…` is 大手町 when the recogniser kept 手 under 于 and no
//! other town of 広島市中区 comes near.

use super::{Address, CardField, CardLine};
use crate::buildings;
use crate::municipalities::{self, Municipality};
use crate::ocr::evidence::LineEvidence;
use crate::towns;
use crate::vocab::fold_lookalike;

/// Most confidence in an address whose town was respelled: under the review threshold, since
/// the town is the list's likeliest, not what was read.
const RESPELLED_TOWN_CONFIDENCE: f32 = 0.75;
/// Most cost (natural log) per character at which a town is believed over what was read.
const TOWN_COST_PER_CHAR: f32 = 2.5;
/// How much better (natural log) the best town must align than every other town of the
/// municipality. On 300 hard photos' 115 misread towns, 2.5 and 3.0 respelled 46 right (2.0
/// and 4.0: 36); with each right town taken out of its list, as for a town the list lacks,
/// they changed 10 to another (2.0 and 4.0: 4), at a confidence the review flags. (Counted
/// when a character missing at the block cost 6. With 9, and these bounds, the hard row read
/// 108 whole addresses, against 103 at 2.0 and 4.0.)
const TOWN_MARGIN: f32 = 3.0;
/// A town this much better (natural log) than every other of its municipality is believed up
/// to [`FAR_AHEAD_COST_PER_CHAR`] per character: small print garbles whole characters
/// (`民西` for 巽西, `神芦` for 神戸) where no other town comes near. On 300 hard photos
/// (seed 2026) this respelled 8 more towns right (171 → 179 of 252 towns read); with each
/// right town taken out of its list, 12 more were changed to another town, at the low
/// confidence a costly town gets, which the review flags.
const FAR_AHEAD_MARGIN: f32 = 7.5;
const FAR_AHEAD_COST_PER_CHAR: f32 = 6.5;

/// The address with its town's name respelled as the likeliest town of its municipality on
/// the evidence of the line it was read from (`lines`: the card's lines, found by the field's
/// bounds): between where the prefecture and municipality end on the evidence and where the
/// block starts (see [`towns::block_start`]). The town must start right after the
/// municipality, cost at most [`TOWN_COST_PER_CHAR`] per character and be [`TOWN_MARGIN`]
/// ahead of every other town (or [`FAR_AHEAD_MARGIN`] ahead at a higher cost, see
/// [`town_believed`]); the field's confidence is then at most [`RESPELLED_TOWN_CONFIDENCE`],
/// lowered by the town's cost. A town read as the list spells it, or an address without a
/// known municipality, a block or evidence, stays.
pub(super) fn town_on_evidence(
    lines: &[CardLine],
    address: CardField<Address>,
) -> CardField<Address> {
    respelled(lines, &address)
        .map(|(text, cost_per_char)| CardField {
            value: Address {
                text,
                ..address.value.clone()
            },
            confidence: address.confidence.min(RESPELLED_TOWN_CONFIDENCE)
                * (cost_per_char / 2.0).exp(),
            ..address.clone()
        })
        .unwrap_or(address)
}

/// The address's text with its town respelled, and the town's cost per character.
fn respelled(lines: &[CardLine], address: &CardField<Address>) -> Option<(String, f32)> {
    let prefecture = address.value.prefecture?;
    let (municipality, after, block) = after_municipality(&address.value)?;
    let read: String = after[..block].iter().collect();
    let known = towns::of_municipality(municipality.code);
    if known.contains(&read.as_str()) {
        return None;
    }
    let line = lines.iter().find(|line| line.bounds == address.bounds)?;
    let evidence = line.text.evidence.as_deref()?;
    let (from, to) = town_steps(evidence, &line.text.text, prefecture.japanese, municipality)?;
    let (town, cost) = likeliest_town(evidence, known, from, to, &read)?;
    let rest: String = after[block..].iter().collect();
    (town != read).then(|| {
        let text = format!("{}{}{town}{rest}", prefecture.japanese, municipality.name);
        (text, cost / town.chars().count() as f32)
    })
}

/// The address's municipality, what follows it, and where the block starts there (so the
/// town is what comes before).
fn after_municipality(address: &Address) -> Option<(Municipality, Vec<char>, usize)> {
    let prefecture = address.prefecture?;
    let tail = address.text.strip_prefix(prefecture.japanese)?;
    let municipality = municipalities::of_prefecture(prefecture.key)
        .filter(|m| tail.starts_with(m.name))
        .max_by_key(|m| m.name.len())?;
    let after: Vec<char> = tail[municipality.name.len()..].chars().collect();
    let block = towns::block_start(&after, 0)?;
    Some((municipality, after, block))
}

/// The address with its town's name respelled where its building's name repeats it misread
/// (see [`buildings::respell_town_in_name`]), when its municipality's list spells the town as
/// the address does. Its confidence is then at most [`RESPELLED_TOWN_CONFIDENCE`].
pub(super) fn town_in_building_name(address: CardField<Address>) -> CardField<Address> {
    let Some((municipality, after, block)) = after_municipality(&address.value) else {
        return address;
    };
    let read: String = after[..block].iter().collect();
    let Some(town) = towns::of_municipality(municipality.code)
        .iter()
        .find(|&&town| town == read)
    else {
        return address;
    };
    let text = buildings::respell_town_in_name(&address.value.text, town);
    if text == address.value.text {
        return address;
    }
    CardField {
        value: Address {
            text,
            ..address.value
        },
        confidence: address.confidence.min(RESPELLED_TOWN_CONFIDENCE),
        ..address
    }
}

/// The steps of the line's evidence between the end of its prefecture and municipality and
/// the start of its block: where the town was printed.
fn town_steps(
    evidence: &LineEvidence,
    greedy: &str,
    prefecture: &str,
    municipality: Municipality,
) -> Option<(usize, usize)> {
    let place: Vec<char> = prefecture
        .chars()
        .chain(municipality.name.chars())
        .map(fold_lookalike)
        .collect();
    let placed = evidence.align_at_start(&place, 0)?;
    let (_, to) = towns::block_on_evidence(evidence, greedy, placed.chars_through)?;
    (to > placed.end_step).then_some((placed.end_step, to))
}

/// The town of `known` that the steps `from..to` read likeliest, with its cost, when
/// [`town_believed`] over `read`.
fn likeliest_town(
    evidence: &LineEvidence,
    known: &[&'static str],
    from: usize,
    to: usize,
    read: &str,
) -> Option<(&'static str, f32)> {
    let mut ranked: Vec<(&'static str, f32)> = known
        .iter()
        .filter_map(|&town| {
            let chars: Vec<char> = town.chars().map(fold_lookalike).collect();
            Some((town, evidence.cost_within(&chars, from, to)?))
        })
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let &(town, cost) = ranked.first()?;
    let runner_up = ranked.get(1).map_or(f32::NEG_INFINITY, |r| r.1);
    town_believed(read, town, cost, runner_up).then_some((town, cost))
}

/// Whether the likeliest `town` (at `cost`, the next town at `runner_up`) is believed over the
/// text `read`: cheap enough per character and [`TOWN_MARGIN`] ahead, or costlier but
/// [`FAR_AHEAD_MARGIN`] ahead, then only to replace misread characters: a town that merely
/// adds to what was read whole (`堀川` read, 堀川町 listed) may be printed as read.
fn town_believed(read: &str, town: &str, cost: f32, runner_up: f32) -> bool {
    let length = town.chars().count() as f32;
    let margin = cost - runner_up;
    let near = cost >= -TOWN_COST_PER_CHAR * length && margin >= TOWN_MARGIN;
    let far_ahead = cost >= -FAR_AHEAD_COST_PER_CHAR * length
        && margin >= FAR_AHEAD_MARGIN
        && !is_subsequence(read, town);
    near || far_ahead
}

/// Whether every character of `part` is in `whole`, in order.
fn is_subsequence(part: &str, whole: &str) -> bool {
    let mut rest = whole.chars();
    part.chars().all(|c| rest.any(|w| w == c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_town_far_ahead_is_believed_at_a_higher_cost_but_adds_nothing_to_a_whole_read() {
        // Costs measured on hard photos: 巽西 read 民西, next town 巽南.
        assert!(town_believed("民西", "巽西", -8.80, -16.58));
        assert!(!town_believed("民西", "巽西", -8.80, -12.0));
        // Near: cheap, and enough ahead.
        assert!(town_believed("中好町", "中野町", -0.6, -4.0));
        assert!(!town_believed("中好町", "中野町", -0.63, -2.43));
        // Far ahead but too costly per character.
        assert!(!town_believed("片渝町", "片倉町", -21.6, -30.0));
        // Far ahead, but what was read is all in it: 町 is not made up.
        assert!(!town_believed("堀川", "堀川町", -9.0, -20.0));
        assert!(town_believed("人一水大原", "大原", -6.9, -24.3));
    }

    #[test]
    fn subsequences_keep_their_order() {
        assert!(is_subsequence("堀川", "堀川町"));
        assert!(is_subsequence("", "町"));
        assert!(!is_subsequence("川堀", "堀川町"));
        assert!(!is_subsequence("民西", "巽西"));
    }
}
