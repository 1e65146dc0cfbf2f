//! Closed vocabularies printed on the Residence Card (statuses of residence, work restrictions,
//! prefectures, nationalities) and matching recognised text to them by edit distance.

use std::sync::OnceLock;

use serde::Serialize;

use crate::countries;
use crate::normalize::{KATAKANA_LOOKALIKES, normalize};
use crate::ocr::evidence::LineEvidence;

/// One entry of a closed list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Term {
    /// Stable identifier (`engineer-humanities-international`, `13`, `VNM`).
    pub key: &'static str,
    /// As printed on the card.
    pub japanese: &'static str,
    pub english: &'static str,
}

/// A vocabulary: its terms and every spelling that counts as each of them.
pub struct Vocabulary {
    terms: Vec<Term>,
    /// (term index, normalised spelling).
    spellings: Vec<(usize, String)>,
}

/// A term recognised in some text.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct TermMatch {
    pub term: Term,
    /// Edits between the text and the term.
    pub distance: usize,
    /// 0–1: 1 for an exact match, lower with each edit and when another term is as close.
    pub confidence: f32,
    /// How many characters of the (compacted) text the term covers: all of it for a whole
    /// match, the term's own stretch for a prefix match.
    #[serde(skip)]
    pub matched_chars: usize,
}

/// The term a line's recogniser evidence supports best, and how well.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EvidenceMatch {
    pub term: Term,
    /// How much less likely (natural log, ≤ 0) the line is read with the term than as its
    /// greedy text.
    pub cost: f32,
    /// The same for the next-best term (−∞ when no other term fits at all).
    pub runner_up_cost: f32,
}

impl Vocabulary {
    fn from_tsv(table: &'static str) -> Vocabulary {
        let terms: Vec<Term> = table
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|line| {
                let mut cells = line.split('\t');
                Some(Term {
                    key: cells.next()?,
                    japanese: cells.next()?,
                    english: cells.next()?,
                })
            })
            .collect();
        Vocabulary::from_terms(terms, |_| Vec::new())
    }

    fn from_terms(terms: Vec<Term>, aliases: impl Fn(usize) -> Vec<&'static str>) -> Vocabulary {
        let mut spellings = Vec::new();
        for (i, term) in terms.iter().enumerate() {
            spellings.push((i, compact(term.japanese)));
            for alias in aliases(i) {
                spellings.push((i, compact(alias)));
            }
        }
        Vocabulary { terms, spellings }
    }

    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    pub fn by_key(&self, key: &str) -> Option<Term> {
        self.terms.iter().copied().find(|t| t.key == key)
    }

    /// The term closest to the whole of `text` (normalised, spaces ignored), if it is within a
    /// third of the term's length in edits.
    pub fn match_whole(&self, text: &str) -> Option<TermMatch> {
        let text = compact(text);
        let length = text.chars().count();
        self.best(|spelling| (strsim::levenshtein(&text, spelling), length))
    }

    /// The term spelled exactly as `text` (normalised, spaces ignored, look-alikes folded).
    pub fn match_exact(&self, text: &str) -> Option<TermMatch> {
        let text = compact(text);
        let (term, _) = self.spellings.iter().find(|(_, s)| *s == text)?;
        Some(TermMatch {
            term: self.terms[*term],
            distance: 0,
            confidence: 1.0,
            matched_chars: text.chars().count(),
        })
    }

    /// The term sharing the most characters, in order, with `text` for the two's lengths (the
    /// Dice coefficient of their longest common subsequence): for a short list of long, unlike
    /// terms read with characters lost to the blank rather than swapped (`在留格に活の可` is
    /// `在留資格に基づく就労活動のみ可`), which edits count against. `None` when `text` is at
    /// least as near one of `not` (a label read garbled), under `MIN_SHARED`, or within
    /// `SHARED_MARGIN` of another term.
    /// `found`, or the longer term that ends as `found` does when `text` kept at least half of
    /// that term's own start, in order (`指定書記での在留資格に基く…` is the designated
    /// organisation's restriction, though it ends as the status's; matching a value from its
    /// end skips such a start as a stray label's characters).
    pub fn longer_read(&self, found: Term, text: &str) -> Term {
        let text: Vec<char> = compact(text).chars().collect();
        self.spellings
            .iter()
            .filter(|(term, _)| self.terms[*term] != found)
            .filter_map(|(term, spelling)| {
                let start = spelling.strip_suffix(found.japanese)?;
                let start: Vec<char> = start.chars().collect();
                let kept = common_subsequence(&text, &start);
                (!start.is_empty() && 2 * kept >= start.len()).then_some((kept, *term))
            })
            .max()
            .map_or(found, |(_, term)| self.terms[term])
    }

    pub fn match_shared(&self, text: &str, not: &[&str]) -> Option<TermMatch> {
        let text: Vec<char> = compact(text).chars().collect();
        let dice = |other: &[char]| shared_dice(&text, other);
        let mut per_term = vec![0.0f32; self.terms.len()];
        for (term, spelling) in &self.spellings {
            let spelling: Vec<char> = spelling.chars().collect();
            per_term[*term] = per_term[*term].max(dice(&spelling));
        }
        let mut ranked: Vec<(usize, f32)> = per_term.into_iter().enumerate().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        let &(term, best) = ranked.first()?;
        let runner_up = ranked.get(1).map_or(0.0, |r| r.1);
        let label = not
            .iter()
            .map(|label| dice(&compact(label).chars().collect::<Vec<_>>()))
            .fold(0.0, f32::max);
        (best >= MIN_SHARED && best - runner_up >= SHARED_MARGIN && best > label).then(|| {
            TermMatch {
                term: self.terms[term],
                distance: text.len(),
                confidence: best,
                matched_chars: text.len(),
            }
        })
    }

    /// The term that `text` starts with (an address starting with its prefecture).
    pub fn match_prefix(&self, text: &str) -> Option<TermMatch> {
        let text = compact(text);
        self.best(|spelling| {
            let n = spelling.chars().count();
            (n.saturating_sub(1)..=n + 1)
                .map(|k| {
                    let start: String = text.chars().take(k).collect();
                    (strsim::levenshtein(&start, spelling), k.abs_diff(n), k)
                })
                .min()
                .map_or((usize::MAX, 0), |(distance, _, k)| (distance, k))
        })
    }

    /// The term the line's evidence best supports after its first `skip_chars` characters
    /// (its label), scored on the recogniser's per-step probabilities rather than on the greedy
    /// text (see [`LineEvidence::cost_of`]).
    pub fn match_evidence(
        &self,
        evidence: &LineEvidence,
        skip_chars: usize,
    ) -> Option<EvidenceMatch> {
        let mut per_term = vec![f32::NEG_INFINITY; self.terms.len()];
        for (term, spelling) in &self.spellings {
            let chars: Vec<char> = spelling.chars().collect();
            if let Some(cost) = evidence.cost_of(&chars, skip_chars) {
                per_term[*term] = per_term[*term].max(cost);
            }
        }
        let mut ranked: Vec<(usize, f32)> = per_term
            .into_iter()
            .enumerate()
            .filter(|(_, cost)| cost.is_finite())
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        let &(term, cost) = ranked.first()?;
        Some(EvidenceMatch {
            term: self.terms[term],
            cost,
            runner_up_cost: ranked.get(1).map_or(f32::NEG_INFINITY, |r| r.1),
        })
    }

    /// `distance` gives the edits to a spelling and how many of the text's characters it covers.
    fn best(&self, distance: impl Fn(&str) -> (usize, usize)) -> Option<TermMatch> {
        // Best distance per term (a term may have several spellings):
        // (distance, term, spelling length, characters covered).
        let mut per_term: Vec<(usize, usize, usize, usize)> = Vec::new();
        for (term, spelling) in &self.spellings {
            let (d, covered) = distance(spelling);
            let len = spelling.chars().count();
            match per_term.iter_mut().find(|(_, t, _, _)| t == term) {
                Some(entry) if d < entry.0 => *entry = (d, *term, len, covered),
                Some(_) => {}
                None => per_term.push((d, *term, len, covered)),
            }
        }
        per_term.sort_by_key(|&(d, _, len, _)| (d, usize::MAX - len));
        let &(distance, term, length, covered) = per_term.first()?;
        if distance * 3 > length.max(1) {
            return None;
        }
        let runner_up = per_term.get(1).map(|&(d, _, _, _)| d);
        let mut confidence = 1.0 - distance as f32 / length.max(1) as f32;
        if runner_up == Some(distance) {
            confidence *= 0.5;
        }
        Some(TermMatch {
            term: self.terms[term],
            distance,
            confidence,
            matched_chars: covered,
        })
    }
}

/// How much of a text and a term [`Vocabulary::match_shared`] needs in common, and by how much
/// more than with any other term.
const MIN_SHARED: f32 = 0.4;
const SHARED_MARGIN: f32 = 0.1;

/// The length of the longest common subsequence of `a` and `b`.
/// Whether `text` is its field's `label` read on its own rather than the value `term`: no
/// longer than the label and one stray, and sharing more of it, in order (`就労制限の有` is
/// the label that lost its 無, not 就労制限なし).
pub fn label_rather_than(text: &str, label: &str, term: Term) -> bool {
    let text: Vec<char> = compact(text).chars().collect();
    let label: Vec<char> = compact(label).chars().collect();
    let value: Vec<char> = compact(term.japanese).chars().collect();
    text.len() <= label.len() + 1 && shared_dice(&text, &label) > shared_dice(&text, &value)
}

/// The Dice coefficient of `a` and `b`'s longest common subsequence (0 for two empty texts).
fn shared_dice(a: &[char], b: &[char]) -> f32 {
    let total = a.len() + b.len();
    if total == 0 {
        return 0.0;
    }
    2.0 * common_subsequence(a, b) as f32 / total as f32
}

fn common_subsequence(a: &[char], b: &[char]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for &x in a {
        let mut diagonal = 0;
        for (j, &y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Normalised, without spaces, and with look-alikes folded to one form (on both the text and
/// the spellings), so that a misread that only swaps look-alikes costs no edit.
pub fn compact(text: &str) -> String {
    normalize(text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(fold_lookalike)
        .collect()
}

/// Characters recognisers swap for one another on these cards: the katakana look-alikes that
/// `normalize` fixes inside katakana words, here wherever they stand (`技能実習2号口` is
/// `…2号ロ`), small and large kana, and common misreads. No two terms of a vocabulary differ
/// only by these (a test checks).
pub(crate) fn fold_lookalike(c: char) -> char {
    if let Some(&(_, katakana)) = KATAKANA_LOOKALIKES.iter().find(|(from, _)| *from == c) {
        return katakana;
    }
    match c {
        'ァ' => 'ア',
        'ィ' => 'イ',
        'ゥ' => 'ウ',
        'ェ' => 'エ',
        'ォ' => 'オ',
        'ャ' => 'ヤ',
        'ュ' => 'ユ',
        'ョ' => 'ヨ',
        'ッ' => 'ツ',
        'ヮ' => 'ワ',
        // 韓国 is among the commonest nationalities, and its first character the one most
        // often misread.
        '斡' | '韋' => '韓',
        // The prefectures' 岡 and 県, as the recogniser misreads them in small print.
        '网' => '岡',
        '泉' | '鼎' | '限' | '果' => '県',
        _ => c,
    }
}

/// Statuses of residence (在留資格).
pub fn statuses() -> &'static Vocabulary {
    static V: OnceLock<Vocabulary> = OnceLock::new();
    V.get_or_init(|| Vocabulary::from_tsv(include_str!("data/statuses.tsv")))
}

/// 就労制限の有無.
pub fn work_restrictions() -> &'static Vocabulary {
    static V: OnceLock<Vocabulary> = OnceLock::new();
    V.get_or_init(|| Vocabulary::from_tsv(include_str!("data/work_restrictions.tsv")))
}

/// The 47 prefectures (key: JIS X 0401 code).
pub fn prefectures() -> &'static Vocabulary {
    static V: OnceLock<Vocabulary> = OnceLock::new();
    V.get_or_init(|| Vocabulary::from_tsv(include_str!("data/prefectures.tsv")))
}

/// Nationalities and regions as the card prints them (key: ICAO code).
pub fn nationalities() -> &'static Vocabulary {
    static V: OnceLock<Vocabulary> = OnceLock::new();
    V.get_or_init(|| {
        // One term per Japanese name: 英国 stands for GBR, not its variants.
        let mut rows: Vec<countries::Country> = Vec::new();
        for country in countries::all() {
            if !rows.iter().any(|r| r.japanese == country.japanese) {
                rows.push(*country);
            }
        }
        let terms = rows
            .iter()
            .map(|c| Term {
                key: c.code,
                japanese: c.japanese,
                english: c.english,
            })
            .collect();
        Vocabulary::from_terms(terms, |i| rows[i].japanese_aliases.to_vec())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_look_alikes_keeps_every_term_apart() {
        for vocabulary in [
            statuses(),
            work_restrictions(),
            prefectures(),
            nationalities(),
        ] {
            let mut seen = std::collections::HashMap::new();
            for (term, spelling) in &vocabulary.spellings {
                if let Some(other) = seen.insert(spelling.clone(), *term) {
                    assert_eq!(other, *term, "{spelling} stands for two terms");
                }
            }
        }
    }

    #[test]
    fn tables_are_complete() {
        assert_eq!(prefectures().terms().len(), 47);
        assert!(statuses().terms().len() >= 38);
        assert_eq!(work_restrictions().terms().len(), 5);
        assert!(nationalities().terms().len() > 190);
        assert_eq!(
            nationalities().by_key("USA").map(|t| t.japanese),
            Some("米国")
        );
    }

    #[test]
    fn statuses_snap_to_the_list() {
        let key = |text: &str| statuses().match_whole(text).map(|m| m.term.key);
        assert_eq!(
            key("技術・人文知識・国際業務"),
            Some("engineer-humanities-international")
        );
        assert_eq!(
            key("技术·人文知识·国际业务"),
            Some("engineer-humanities-international")
        );
        assert_eq!(
            key("技術・人文知識・国祭業務"),
            Some("engineer-humanities-international")
        );
        assert_eq!(key("永住者"), Some("permanent-resident"));
        assert_eq!(
            key("永住者の配偶者寺"),
            Some("spouse-of-permanent-resident")
        );
        assert_eq!(key("高度専門職１号ロ"), Some("highly-skilled-1b"));
        assert_eq!(key("技能実習2号口"), Some("technical-intern-2b"));
        assert_eq!(key("留学"), Some("student"));
        assert_eq!(key("東京都新宿区"), None);
        let exact = statuses().match_whole("家族滞在");
        assert_eq!(exact.map(|m| m.confidence), Some(1.0));
        let fuzzy = statuses().match_whole("家族滞存");
        assert!(fuzzy.is_some_and(|m| m.confidence < 1.0 && m.confidence > 0.5));
    }

    #[test]
    fn prefectures_from_addresses() {
        let code = |text: &str| prefectures().match_prefix(text).map(|m| m.term.key);
        assert_eq!(code("東京都新宿区西新宿二丁目8番1号"), Some("13"));
        assert_eq!(code("神奈川県横浜市中区"), Some("14"));
        assert_eq!(code("神奈州県横浜市"), Some("14"));
        assert_eq!(code("北海道札幌市"), Some("01"));
        assert_eq!(code("京都府京都市"), Some("26"));
        assert_eq!(code("大阪府大阪市"), Some("27"));
        assert_eq!(code("abc"), None);
        let covered = |text: &str| prefectures().match_prefix(text).map(|m| m.matched_chars);
        assert_eq!(covered("福岡泉福岡市博多区"), Some(3));
        assert_eq!(covered("北海道札幌市"), Some(3));
        assert_eq!(code("静网限浜松市"), Some("22"));
    }

    #[test]
    fn nationalities_by_name() {
        let code = |text: &str| nationalities().match_whole(text).map(|m| m.term.key);
        assert_eq!(code("べトナム"), Some("VNM"));
        assert_eq!(code("米国"), Some("USA"));
        assert_eq!(code("アメリカ合衆国"), Some("USA"));
        assert_eq!(code("フィリピソ"), Some("PHL"));
        assert_eq!(code("中国"), Some("CHN"));
        assert_eq!(code("ミヤンマー"), Some("MMR"));
        assert_eq!(code("フイリピン"), Some("PHL"));
        assert_eq!(code("斡国"), Some("KOR"));
        let exact = |text: &str| nationalities().match_exact(text).map(|m| m.term.key);
        assert_eq!(exact("ミャンマー"), Some("MMR"));
        assert_eq!(exact("ミャンマ"), None);
    }

    #[test]
    fn work_restrictions_that_lost_characters_snap_by_what_they_share() {
        let key = |text: &str| {
            work_restrictions()
                .match_shared(text, &["就労制限の有無"])
                .map(|m| m.term.key)
        };
        assert_eq!(key("在留格に活の可"), Some("status-only"));
        assert_eq!(key("在需意格に大最活動の司"), Some("status-only"));
        assert_eq!(key("我分不可"), Some("not-permitted"));
        assert_eq!(
            key("指定書機関で在留格に基く就活動の可"),
            Some("designated-organisation")
        );
        // Read from its end, the designated organisation's restriction is the status's;
        // what it kept of its own start tells it apart.
        let restrictions = work_restrictions();
        let status_only = restrictions.by_key("status-only").expect("listed");
        let longer = |text: &str| restrictions.longer_read(status_only, text).key;
        assert_eq!(
            longer("指定書記での在留資格に基く就労活動の可"),
            "designated-organisation"
        );
        assert_eq!(longer("在留資格に基づく就労活動のみ可"), "status-only");
        // The label read alone is no value.
        let none = restrictions.by_key("none").expect("listed");
        assert!(label_rather_than("就労制限の有", "就労制限の有無", none));
        assert!(!label_rather_than("就労制限なし", "就労制限の有無", none));
        assert!(!label_rather_than("就労制限な", "就労制限の有無", none));
        assert_eq!(
            longer("就労制限の有無 在留資格に基づく就労活動のみ可"),
            "status-only"
        );
        // Too little kept to tell the two designations apart.
        assert_eq!(key("指定書足数で格活的の号"), None);
        // The label read garbled is no value; nor is a line that shares little.
        assert_eq!(key("就労制限の有"), None);
        assert_eq!(key("特定活動"), None);
        assert_eq!(key(""), None);
        assert_eq!(common_subsequence(&['a', 'b', 'c'], &['x', 'a', 'c']), 2);
    }

    #[test]
    fn work_restrictions_snap() {
        let key = |text: &str| work_restrictions().match_whole(text).map(|m| m.term.key);
        assert_eq!(key("就労制限なし"), Some("none"));
        assert_eq!(key("在留資格に基づく就労活動のみ可"), Some("status-only"));
        assert_eq!(key("就労不可"), Some("not-permitted"));
    }
}
