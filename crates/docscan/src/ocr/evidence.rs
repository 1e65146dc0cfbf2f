//! What the recogniser believed at each step of a line, kept after greedy decoding so that an
//! expected value (a country, a status) can be scored against the line itself instead of
//! against its greedy text. A character the greedy pass dropped or swapped for a look-alike
//! usually still had probability at its steps: `ベトナム` greedily read `ベ卜十ム` still
//! scores far better as `ベトナム` than as any other country.

mod template;

pub use template::{Slot, Strays, TemplateReading};

use crate::text::RecognizedText;
use crate::vocab::fold_lookalike;

/// Likeliest characters kept per step. The correct character of a misread is usually among
/// the first few, but a blurred kanji's can rank far lower (`韓` under `神`, `特`, `装`…) and
/// still tell a closed list's entries apart: on 300 hard photos, keeping 24 instead of 6 read
/// 20 more fields right (nationality, sex, prefecture) and lost 2.
const KEPT_PER_STEP: usize = 24;
/// Probability given to a character not kept at a step.
const FLOOR: f32 = 1e-4;
/// Cost (natural log) of each character the greedy pass read before the expected value that
/// the value does not account for (a garbled label's last characters, a stray mark).
const SKIP_BEFORE_COST: f32 = 1.0;
/// The same after the value: a value is printed last in its cell, so characters after it
/// more likely mean a longer value (`インドネシ` is not `インド` and two strays).
const SKIP_AFTER_COST: f32 = 4.0;
/// Cost of each of the value's characters missing at the line's end, where the detector's box
/// may cut a line short (`インドネシ` for `インドネシア`).
const CUT_OFF_COST: f32 = 3.0;
/// For a value inside a line (see [`LineEvidence::cost_within`]): each greedy character before
/// it that it leaves unread. It starts where the text before it ended, so a skipped
/// character more likely means another value (`烏丸通…東塩小路町` is no town alone).
const INNER_SKIP_BEFORE_COST: f32 = 6.0;
/// The same for each of its characters missing where the text after it starts: nothing
/// cuts a value off inside a line, so a character missing there costs as much as one the
/// recogniser kept nowhere (`FLOOR`): `中央` read right is not `中央町`.
const INNER_CUT_OFF_COST: f32 = 9.0;
/// For a value that spans a stretch (see [`LineEvidence::cost_spanning`]): each greedy
/// character inside it that it reads as the blank, on top of the blank's own cost.
const DROPPED_INSIDE_COST: f32 = 4.0;

/// The character a recogniser class stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClassChar {
    /// With look-alikes folded as the vocabularies fold them (`ョ` counts as `ヨ`).
    pub folded: char,
    /// As the class's label spells it.
    pub label: char,
}

/// Fewest gaps between two wide characters a line needs for its pitch to be trusted.
const MIN_PITCH_SAMPLES: usize = 4;
/// Least probability a character the greedy pass dropped needs, at some step of its cell, to
/// be put back.
const MIN_RESTORED: f32 = 0.05;
/// Most characters put back in one gap: wider gaps are spaces or the line's pieces.
const MAX_RESTORED_PER_GAP: usize = 2;
/// Least probability a space the greedy pass dropped between two Latin letters needs to be
/// put back. On 600 generated cards (medium and hard), the dropped spaces of names had 0.41 to
/// 0.49 (the blank won by a little), and no gap inside a word more than 0.14.
const MIN_DROPPED_SPACE: f32 = 0.25;

/// Whether `c` is printed full-width (kanji, kana, full-width forms) in Japanese text.
fn is_wide(c: char) -> bool {
    !c.is_ascii() && !c.is_whitespace() && !matches!(c, '\u{FF61}'..='\u{FF9F}')
}

/// One step of the recogniser's output.
#[derive(Clone, Debug, PartialEq)]
struct Step {
    blank: f32,
    /// Whether the greedy pass began a character here.
    starts_char: bool,
    /// The likeliest characters, each with the summed probability of the classes that fold
    /// to it; `'\0'` marks unused slots.
    kept: [(char, f32); KEPT_PER_STEP],
    /// For each kept character, the label of its likeliest class (what to write if the
    /// character is put back into the text).
    labels: [char; KEPT_PER_STEP],
    /// The likeliest outcome's probability (blank or character).
    best: f32,
    /// The space's probability (kept apart: no vocabulary spells one).
    space: f32,
}

impl Step {
    fn probability(&self, ch: char) -> f32 {
        self.kept
            .iter()
            .find(|(c, _)| *c == ch)
            .map_or(FLOOR, |&(_, p)| p.max(FLOOR))
    }
}

/// A line's per-step evidence and which steps emitted each character of its greedy text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LineEvidence {
    steps: Vec<Step>,
    /// For each character of the greedy text: its first step and one past its last.
    char_steps: Vec<(u32, u32)>,
}

/// Puts the `watched` classes missing from a step's likeliest (`top`, in falling probability)
/// in place of its least likely, and keeps the order.
fn keep_watched(top: &mut [(usize, f32)], step: &[f32], watched: &[usize]) {
    let missing: Vec<(usize, f32)> = watched
        .iter()
        .filter(|class| !top.iter().any(|(c, _)| c == *class))
        .filter_map(|&class| Some((class, *step.get(class)?)))
        .collect();
    if missing.is_empty() || missing.len() > top.len() {
        return;
    }
    let start = top.len() - missing.len();
    top[start..].copy_from_slice(&missing);
    top.sort_by(|a, b| b.1.total_cmp(&a.1));
}

impl LineEvidence {
    /// Keeps the evidence of `[steps × classes]` probabilities (class 0 is the blank).
    /// `class_chars[class]` is the character a class stands for, `None` for classes that stand
    /// for no single character. `char_steps` comes from greedy decoding. The `watched`
    /// classes are kept at every step, in place of the least likely others.
    pub fn new(
        probabilities: &[f32],
        classes: usize,
        class_chars: &[Option<ClassChar>],
        char_steps: Vec<(u32, u32)>,
        watched: &[usize],
    ) -> LineEvidence {
        if classes == 0 {
            return LineEvidence::default();
        }
        let space_classes: Vec<usize> = class_chars
            .iter()
            .enumerate()
            .filter(|(_, c)| c.is_some_and(|c| c.folded == ' '))
            .map(|(class, _)| class)
            .collect();
        let mut steps: Vec<Step> = probabilities
            .chunks_exact(classes)
            .map(|step| {
                let mut top: [(usize, f32); KEPT_PER_STEP] = [(0, f32::MIN); KEPT_PER_STEP];
                for (class, &p) in step.iter().enumerate().skip(1) {
                    if p > top[KEPT_PER_STEP - 1].1 {
                        let at = top.iter().position(|&(_, q)| p > q).unwrap_or(0);
                        top.copy_within(at..KEPT_PER_STEP - 1, at + 1);
                        top[at] = (class, p);
                    }
                }
                keep_watched(&mut top, step, watched);
                let mut kept = [('\0', 0.0f32); KEPT_PER_STEP];
                let mut labels = ['\0'; KEPT_PER_STEP];
                let mut used = 0;
                // `top` is in falling probability: a slot's label is its likeliest class's.
                for (class, p) in top {
                    let Some(ch) = class_chars.get(class).copied().flatten() else {
                        continue;
                    };
                    if ch.folded == ' ' {
                        continue;
                    }
                    match kept[..used].iter_mut().find(|(c, _)| *c == ch.folded) {
                        Some(slot) => slot.1 += p,
                        None => {
                            kept[used] = (ch.folded, p);
                            labels[used] = ch.label;
                            used += 1;
                        }
                    }
                }
                let blank = step[0];
                let best = kept.iter().map(|&(_, p)| p).fold(blank, f32::max);
                Step {
                    blank,
                    starts_char: false,
                    kept,
                    labels,
                    best,
                    space: space_classes.iter().filter_map(|&c| step.get(c)).sum(),
                }
            })
            .collect();
        for &(first, _) in &char_steps {
            if let Some(step) = steps.get_mut(first as usize) {
                step.starts_char = true;
            }
        }
        LineEvidence { steps, char_steps }
    }

    /// The greedy text with the characters put back that the greedy pass dropped between two
    /// wide (CJK) characters. Wide characters are printed at one pitch, so a gap between two
    /// of them that spans two or three pitches held one or two more: in each of its cells,
    /// the likeliest character other than blank is put back when the recogniser gave it at
    /// least [`MIN_RESTORED`] (small print loses `ン` and small kana to the blank this way:
    /// `グリーンヒル` read `グリーヒル`). Put-back characters carry their probability as
    /// their confidence. `None` when nothing was put back, or the line has too few wide
    /// characters to know its pitch.
    pub fn restore_dropped(&self, text: &RecognizedText) -> Option<RecognizedText> {
        let chars: Vec<char> = text.text.chars().collect();
        if chars.len() != self.char_steps.len() {
            return None;
        }
        let wide_pair = |i: usize| i > 0 && is_wide(chars[i - 1]) && is_wide(chars[i]);
        let start = |i: usize| self.char_steps[i].0;
        let mut gaps: Vec<u32> = (1..chars.len())
            .filter(|&i| wide_pair(i))
            .map(|i| start(i).saturating_sub(start(i - 1)))
            .collect();
        if gaps.len() < MIN_PITCH_SAMPLES {
            return None;
        }
        gaps.sort_unstable();
        let pitch = gaps[gaps.len() / 2] as f32;
        if pitch < 1.0 {
            return None;
        }
        let confidence = |i: usize| text.confidences.get(i).copied().unwrap_or(1.0);
        let mut out = String::with_capacity(text.text.len() + 6);
        let mut confidences = Vec::with_capacity(chars.len() + 2);
        let mut restored = 0;
        for (i, &ch) in chars.iter().enumerate() {
            if wide_pair(i) {
                let (before, after) = (self.char_steps[i - 1], self.char_steps[i]);
                let gap = after.0.saturating_sub(before.0) as f32;
                let missing = ((gap / pitch).round() as usize)
                    .saturating_sub(1)
                    .min(MAX_RESTORED_PER_GAP);
                let cell = gap / (missing + 1) as f32;
                for j in 1..=missing {
                    let centre = before.0 as f32 + cell * j as f32;
                    let from = ((centre - cell / 2.0).ceil().max(0.0) as u32).max(before.1);
                    let to = ((centre + cell / 2.0).ceil().max(0.0) as u32).min(after.0);
                    // A neighbour's own character next to it is that neighbour's tail.
                    let not = |c: char| {
                        (j == 1 && c == fold_lookalike(chars[i - 1]))
                            || (j == missing && c == fold_lookalike(ch))
                    };
                    if let Some((label, p)) = self.likeliest_between(from, to, not)
                        && p >= MIN_RESTORED
                    {
                        out.push(label);
                        confidences.push(p);
                        restored += 1;
                    }
                }
            }
            out.push(ch);
            confidences.push(confidence(i));
        }
        (restored > 0).then(|| RecognizedText::new(out, confidences))
    }

    /// The likeliest character (its label and probability) at the steps `from..to`, other than
    /// those `not` excludes.
    fn likeliest_between(
        &self,
        from: u32,
        to: u32,
        not: impl Fn(char) -> bool,
    ) -> Option<(char, f32)> {
        let steps = self.steps.get(from as usize..to as usize)?;
        steps
            .iter()
            .flat_map(|step| step.kept.iter().zip(step.labels))
            .filter(|((c, _), _)| *c != '\0' && !not(*c))
            .map(|(&(_, p), label)| (label, p))
            .max_by(|a, b| a.1.total_cmp(&b.1))
    }

    /// Every character (folded) the recogniser kept at some step of the line.
    pub fn kept_chars(&self) -> std::collections::HashSet<char> {
        self.steps
            .iter()
            .flat_map(|step| step.kept.iter().map(|&(c, _)| c))
            .filter(|&c| c != '\0')
            .collect()
    }

    /// The likeliest character that `wanted` accepts among those the recogniser kept at the
    /// steps of the greedy text's character `index` (its second choice when the greedy one is
    /// of the wrong kind), with its probability.
    pub fn likeliest_at(&self, index: usize, wanted: impl Fn(char) -> bool) -> Option<(char, f32)> {
        let &(from, to) = self.char_steps.get(index)?;
        self.likeliest_between(from, to, |c| !wanted(c))
    }

    /// The greedy `text` with the spaces put back that the greedy pass dropped between two
    /// Latin letters (`PARKDOYOON`), where the recogniser gave the space at least
    /// [`MIN_DROPPED_SPACE`]; `None` when none was dropped or `text` is not this line's.
    pub fn with_dropped_spaces(&self, text: &str) -> Option<String> {
        let chars: Vec<char> = text.chars().collect();
        if chars.len() != self.char_steps.len() {
            return None;
        }
        let mut out = String::with_capacity(text.len() + 2);
        let mut restored = false;
        for (i, &ch) in chars.iter().enumerate() {
            if i > 0
                && chars[i - 1].is_ascii_alphabetic()
                && ch.is_ascii_alphabetic()
                && self.space_before(i) >= MIN_DROPPED_SPACE
            {
                out.push(' ');
                restored = true;
            }
            out.push(ch);
        }
        restored.then_some(out)
    }

    /// The likeliest the recogniser found a space between the greedy text's characters
    /// `index - 1` and `index`: its highest probability from the former's last step to the
    /// latter's first (a space the greedy pass dropped loses to the blank or to a letter's
    /// edge there). 0 for the first character or an index past the text.
    pub fn space_before(&self, index: usize) -> f32 {
        let (Some(&(_, previous_end)), Some(&(start, _))) = (
            index.checked_sub(1).and_then(|i| self.char_steps.get(i)),
            self.char_steps.get(index),
        ) else {
            return 0.0;
        };
        let from = previous_end.saturating_sub(1) as usize;
        let to = (start as usize + 1).min(self.steps.len());
        self.steps
            .get(from..to)
            .into_iter()
            .flatten()
            .map(|step| step.space)
            .fold(0.0, f32::max)
    }

    /// The likeliest character that `wanted` accepts at the steps strictly between the greedy
    /// text's characters `index - 1` and `index` (where the blank won), with its probability
    /// and those steps; `None` when they touch.
    pub fn likeliest_before(
        &self,
        index: usize,
        wanted: impl Fn(char) -> bool,
    ) -> Option<(char, f32, (u32, u32))> {
        let &(_, from) = self.char_steps.get(index.checked_sub(1)?)?;
        let &(to, _) = self.char_steps.get(index)?;
        if from >= to {
            return None;
        }
        let (label, p) = self.likeliest_between(from, to, |c| !wanted(c))?;
        Some((label, p, (from, to)))
    }

    /// This evidence with a character put into the greedy text before its character `index`,
    /// read at `steps` (see [`LineEvidence::likeliest_before`]), so that it still matches the
    /// text with that character.
    pub fn with_char_before(&self, index: usize, steps: (u32, u32)) -> LineEvidence {
        let mut char_steps = self.char_steps.clone();
        char_steps.insert(index.min(char_steps.len()), steps);
        let mut steps_out = self.steps.clone();
        if let Some(step) = steps_out.get_mut(steps.0 as usize) {
            step.starts_char = true;
        }
        LineEvidence {
            steps: steps_out,
            char_steps,
        }
    }

    /// Where the greedy text's character `index` ends, as a fraction (0–1) of the line's width
    /// as it was read.
    pub fn char_end(&self, index: usize) -> Option<f32> {
        let &(_, end) = self.char_steps.get(index)?;
        (!self.steps.is_empty()).then(|| end as f32 / self.steps.len() as f32)
    }

    /// How much less likely (natural log, ≤ 0) the line is when it reads `expected` somewhere
    /// after its first `skip_chars` greedy characters than as its greedy text. Greedy
    /// characters of that stretch outside `expected` and characters of `expected` cut off by
    /// the line's end cost a fixed amount each. 0 when the stretch's greedy text is
    /// `expected`; `None` when `expected` is empty or the stretch has no step.
    pub fn cost_of(&self, expected: &[char], skip_chars: usize) -> Option<f32> {
        self.align(expected, skip_chars, SKIP_AFTER_COST)
            .map(|alignment| alignment.cost)
    }

    /// [`LineEvidence::cost_of`] for a value that starts a longer text (a municipality, then
    /// the rest of an address): the greedy characters after it cost nothing, and the
    /// alignment tells where the value ends.
    pub fn align_at_start(&self, expected: &[char], skip_chars: usize) -> Option<Alignment> {
        self.align(expected, skip_chars, 0.0)
    }

    /// How much less likely (natural log, ≤ 0) the line's steps `from..to` are when they read
    /// `expected` (a town between its municipality and its block) than as their greedy text.
    /// The value starts at `from`: each greedy character it leaves unread before it costs
    /// [`INNER_SKIP_BEFORE_COST`], after it [`SKIP_AFTER_COST`], and each of its characters
    /// missing at `to` [`INNER_CUT_OFF_COST`]. `None` when `expected` is empty or the range
    /// has no step.
    pub fn cost_within(&self, expected: &[char], from: usize, to: usize) -> Option<f32> {
        self.cost_inside(expected, from..to, 0.0)
    }

    /// [`LineEvidence::cost_within`] for a value that should account for every greedy
    /// character of the steps `from..to`: each one it reads as the blank costs
    /// [`DROPPED_INSIDE_COST`] more. Values of different lengths then compare fairly on a
    /// garbled stretch, where dropping characters would otherwise be cheaper than misreading
    /// them (`千葉県柏市` over `千葉県船橋市` for `千重超楼市`).
    pub fn cost_spanning(&self, expected: &[char], from: usize, to: usize) -> Option<f32> {
        self.cost_inside(expected, from..to, DROPPED_INSIDE_COST)
    }

    /// The alignment cost of a value inside the line's `steps`, at the inner costs of
    /// [`LineEvidence::cost_within`] and `dropped` for each greedy character read as the blank.
    fn cost_inside(
        &self,
        expected: &[char],
        steps: std::ops::Range<usize>,
        dropped: f32,
    ) -> Option<f32> {
        let costs = AlignCosts {
            skip_before: INNER_SKIP_BEFORE_COST,
            skip_after: SKIP_AFTER_COST,
            cut_off: INNER_CUT_OFF_COST,
            dropped,
        };
        let steps = steps.start..steps.end.min(self.steps.len());
        self.align_steps(expected, steps, costs)
            .map(|(cost, _)| cost)
    }

    /// The first step after the line's first `count` greedy characters (0 for none).
    pub fn step_after_chars(&self, count: usize) -> Option<usize> {
        match count.checked_sub(1) {
            None => Some(0),
            Some(last) => self.char_steps.get(last).map(|&(_, end)| end as usize),
        }
    }

    /// The first step of the greedy text's character `index`.
    pub fn char_start_step(&self, index: usize) -> Option<usize> {
        self.char_steps.get(index).map(|&(first, _)| first as usize)
    }

    fn align(
        &self,
        expected: &[char],
        skip_chars: usize,
        skip_after_cost: f32,
    ) -> Option<Alignment> {
        let start = self.step_after_chars(skip_chars)?;
        let costs = AlignCosts {
            skip_before: SKIP_BEFORE_COST,
            skip_after: skip_after_cost,
            cut_off: CUT_OFF_COST,
            dropped: 0.0,
        };
        let (cost, end_step) = self.align_steps(expected, start..self.steps.len(), costs)?;
        let chars_through = self
            .char_steps
            .iter()
            .take_while(|&&(first, _)| (first as usize) < end_step)
            .count();
        Some(Alignment {
            cost,
            chars_through,
            end_step,
        })
    }

    /// CTC alignment of `expected` with the steps `range`, between two wildcards that cost
    /// `costs` per greedy character they pass: the cost relative to the greedy text and the
    /// step where the value ended (the range's end when it was cut off there).
    fn align_steps(
        &self,
        expected: &[char],
        range: std::ops::Range<usize>,
        costs: AlignCosts,
    ) -> Option<(f32, usize)> {
        if expected.is_empty() {
            return None;
        }
        let start = range.start;
        let steps = self.steps.get(range)?;
        // Extended CTC states: blank, c1, blank, c2, …, blank.
        let states: Vec<Option<char>> = std::iter::once(None)
            .chain(expected.iter().flat_map(|&c| [Some(c), None]))
            .collect();
        let n = states.len();
        let none = f32::NEG_INFINITY;
        // Before the first step only the leading wildcard is reached.
        let (mut before, mut within, mut after) = (0.0f32, vec![none; n], none);
        // The step at which the best path into the trailing wildcard left the value.
        let mut after_from = steps.len();
        let mut next = vec![none; n];
        for (t, step) in steps.iter().enumerate() {
            let best = step.best.max(FLOOR).ln();
            let (skip_before, skip_after, dropped) = if step.starts_char {
                (-costs.skip_before, -costs.skip_after, -costs.dropped)
            } else {
                (0.0, 0.0, 0.0)
            };
            next.fill(none);
            for (s, state) in states.iter().enumerate() {
                let mut reach = within[s];
                if s >= 1 {
                    reach = reach.max(within[s - 1]);
                }
                if s >= 2 && state.is_some() && states[s - 2] != *state {
                    reach = reach.max(within[s - 2]);
                }
                if s <= 1 {
                    reach = reach.max(before);
                }
                if reach == none {
                    continue;
                }
                let (p, dropped) = match state {
                    None => (step.blank.max(FLOOR), dropped),
                    Some(c) => (step.probability(*c), 0.0),
                };
                next[s] = reach + p.ln() - best + dropped;
            }
            let ended = within[n - 1].max(within[n - 2]);
            if ended > after {
                after_from = t;
            }
            after = after.max(ended) + skip_after;
            before += skip_before;
            std::mem::swap(&mut within, &mut next);
        }
        // State s has read (s + 1) / 2 characters; the rest were cut off (at least one must
        // have been read; a value read whole to the range's end is cut off by none).
        let cut_off = within
            .iter()
            .enumerate()
            .skip(1)
            .map(|(s, &score)| score - costs.cut_off * (expected.len() - s.div_ceil(2)) as f32)
            .fold(none, f32::max);
        let (cost, end_step) = if after >= cut_off {
            (after, start + after_from)
        } else {
            (cut_off, start + steps.len())
        };
        (cost > none).then_some((cost, end_step))
    }
}

/// What the wildcards around a value cost per greedy character they pass, and what each of
/// the value's characters costs when cut off at the end (see [`LineEvidence::align_steps`]).
#[derive(Clone, Copy)]
struct AlignCosts {
    skip_before: f32,
    skip_after: f32,
    cut_off: f32,
    /// Each greedy character the value reads as the blank.
    dropped: f32,
}

/// How a value aligns with a line's evidence (see [`LineEvidence::align_at_start`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Alignment {
    /// Natural log, ≤ 0, relative to the greedy text.
    pub cost: f32,
    /// How many of the line's greedy characters come before the value's end.
    pub chars_through: usize,
    /// The first step after the value.
    pub end_step: usize,
}

/// Evidence built from hand-written steps, for tests here and in the matchers.
#[cfg(test)]
pub(crate) mod testing {
    use super::{ClassChar, LineEvidence};

    /// `宮城県仙台市青葉` blurred as a hard photo blurs it, for [`readings`]: greedy
    /// `官城仙台市省集`, with 宮, 青 and 葉 kept second and 県 lost to the blank.
    pub(crate) const SENDAI_AOBA_BLURRED: [(char, char); 8] = [
        ('官', '宮'),
        ('城', '\0'),
        ('\0', '県'),
        ('仙', '\0'),
        ('台', '\0'),
        ('市', '\0'),
        ('省', '青'),
        ('集', '葉'),
    ];

    /// Evidence of one step per character then a blank: each character's greedy reading at
    /// 0.6 and, where given, a second at 0.3 (`'\0'`: none; a greedy `'\0'` is a character
    /// lost to the blank, whose step the blank wins), with its greedy text.
    pub(crate) fn readings(readings: &[(char, char)]) -> (LineEvidence, String) {
        let spikes: Vec<Vec<(char, f32)>> = readings
            .iter()
            .map(|&(first, second)| {
                [(first, 0.6), (second, 0.3)]
                    .into_iter()
                    .filter(|&(c, _)| c != '\0')
                    .collect()
            })
            .collect();
        let rows: Vec<(f32, &[(char, f32)])> = spikes
            .iter()
            .zip(readings)
            .flat_map(|(spike, &(first, _))| {
                let blank = if first == '\0' { 0.65 } else { 0.05 };
                [(blank, spike.as_slice()), (0.95, &[][..])]
            })
            .collect();
        evidence_and_text(&rows)
    }

    /// Evidence from rows of (blank, [(char, p)…]), with the greedy spans derived as decoding
    /// would.
    pub(crate) fn evidence(rows: &[(f32, &[(char, f32)])]) -> LineEvidence {
        evidence_and_text(rows).0
    }

    /// Latin `words` whose spaces the blank won (at 0.5), each space at `space`: the
    /// evidence and its greedy text, the words run together.
    pub(crate) fn words_run_together(words: &[&str], space: f32) -> (LineEvidence, String) {
        let mut rows: Vec<(f32, Vec<(char, f32)>)> = Vec::new();
        for word in words {
            if !rows.is_empty() {
                rows.push((0.5, vec![(' ', space)]));
            }
            for c in word.chars() {
                rows.push((0.05, vec![(c, 0.9), (' ', 0.01)]));
                rows.push((0.9, vec![(' ', 0.02)]));
            }
        }
        let steps: Vec<(f32, &[(char, f32)])> =
            rows.iter().map(|(b, c)| (*b, c.as_slice())).collect();
        evidence_and_text(&steps)
    }

    /// [`evidence`] and the greedy text the rows decode to.
    pub(crate) fn evidence_and_text(rows: &[(f32, &[(char, f32)])]) -> (LineEvidence, String) {
        let alphabet: Vec<char> = {
            let mut a: Vec<char> = rows
                .iter()
                .flat_map(|(_, chars)| chars.iter().map(|&(c, _)| c))
                .collect();
            a.sort_unstable();
            a.dedup();
            a
        };
        let classes = alphabet.len() + 1;
        let mut probabilities = Vec::new();
        let mut char_steps: Vec<(u32, u32)> = Vec::new();
        let mut text = String::new();
        let mut previous = None;
        for (t, (blank, chars)) in rows.iter().enumerate() {
            let mut row = vec![0.0; classes];
            row[0] = *blank;
            for &(c, p) in *chars {
                row[1 + alphabet
                    .iter()
                    .position(|&a| a == c)
                    .expect("in the alphabet")] = p;
            }
            let winner = chars
                .iter()
                .copied()
                .filter(|&(_, p)| p > *blank)
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(c, _)| c);
            match winner {
                Some(c) if previous == Some(c) => {
                    char_steps.last_mut().expect("a character began").1 = t as u32 + 1
                }
                Some(c) => {
                    char_steps.push((t as u32, t as u32 + 1));
                    text.push(c);
                }
                None => {}
            }
            previous = winner;
            probabilities.extend(row);
        }
        let class_chars: Vec<Option<ClassChar>> = std::iter::once(None)
            .chain(alphabet.iter().map(|&c| {
                Some(ClassChar {
                    folded: c,
                    label: c,
                })
            }))
            .collect();
        (
            LineEvidence::new(&probabilities, classes, &class_chars, char_steps, &[]),
            text,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::testing::evidence;
    use super::*;

    #[test]
    fn watched_classes_are_kept_in_place_of_the_least_likely() {
        let mut step = vec![0.0; 10];
        step[9] = 0.001;
        step[2] = 0.3;
        let likeliest = [(1, 0.5), (2, 0.3), (3, 0.1), (4, 0.05)];
        let mut top = likeliest;
        keep_watched(&mut top, &step, &[9]);
        assert_eq!(top, [(1, 0.5), (2, 0.3), (3, 0.1), (9, 0.001)]);
        let mut top = likeliest;
        keep_watched(&mut top, &step, &[2]);
        assert_eq!(top, likeliest, "already among the likeliest");
        let mut top = likeliest;
        keep_watched(&mut top, &step, &[]);
        assert_eq!(top, likeliest);
    }

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn the_greedy_reading_costs_nothing_and_a_dropped_character_little() {
        // Greedy: 域 イ (the タ before イ lost to blank, but it had 0.3).
        let line = evidence(&[
            (0.1, &[('域', 0.9)]),
            (0.9, &[]),
            (0.6, &[('タ', 0.3), ('夕', 0.05)]),
            (0.1, &[('イ', 0.9)]),
            (0.9, &[]),
        ]);
        let greedy = line.cost_of(&chars("イ"), 1).expect("scored");
        assert!(greedy.abs() < 1e-5, "{greedy}");
        let thai = line.cost_of(&chars("タイ"), 1).expect("scored");
        assert!((-1.0..-0.5).contains(&thai), "{thai}");
        // A value nothing in the line supports costs far more, even as cut off by the end.
        let iran = line.cost_of(&chars("イラン"), 1).expect("scored");
        assert!(iran < thai - 5.0, "{iran}");
        // Reading the label's character as part of the value is charged as a skip instead.
        let from_start = line.cost_of(&chars("タイ"), 0).expect("scored");
        assert!(
            (from_start - (thai - SKIP_BEFORE_COST)).abs() < 1e-4,
            "{from_start}"
        );
    }

    #[test]
    fn a_value_cut_off_by_the_lines_end_beats_a_shorter_one_and_strays() {
        // `インドネシ`: the box ended before ア.
        let rows: Vec<[(char, f32); 1]> = "インドネシ".chars().map(|c| [(c, 0.9)]).collect();
        let line = evidence(
            &rows
                .iter()
                .map(|c| (0.1, c.as_slice()))
                .collect::<Vec<(f32, &[(char, f32)])>>(),
        );
        let indonesia = line.cost_of(&chars("インドネシア"), 0).expect("scored");
        assert!((indonesia + CUT_OFF_COST).abs() < 1e-4, "{indonesia}");
        let india = line.cost_of(&chars("インド"), 0).expect("scored");
        assert!(india < indonesia - 1.0, "{india}");
    }

    #[test]
    fn a_space_the_blank_won_between_letters_is_put_back() {
        // `PARK DOYOON` read `PARKDOYOON`: the space at 0.45 against the blank's 0.5.
        let (line, greedy) = super::testing::words_run_together(&["PARK", "DOYOON"], 0.45);
        assert_eq!(greedy, "PARKDOYOON");
        assert_eq!(
            line.with_dropped_spaces(&greedy).as_deref(),
            Some("PARK DOYOON")
        );
        // Only this line's text is respaced, and a line that dropped none is left as it is.
        assert_eq!(line.with_dropped_spaces("PARK"), None);
        let (line, greedy) = super::testing::words_run_together(&["PARK"], 0.45);
        assert_eq!(
            (greedy.as_str(), line.with_dropped_spaces(&greedy)),
            ("PARK", None)
        );
        // A space far under the blank stays out.
        let (line, greedy) = super::testing::words_run_together(&["PARK", "DOYOON"], 0.1);
        assert_eq!(line.with_dropped_spaces(&greedy), None);
    }

    #[test]
    fn repeated_characters_need_a_blank_between() {
        let doubled = evidence(&[(0.1, &[('A', 0.9)]), (0.9, &[]), (0.1, &[('A', 0.9)])]);
        assert!(doubled.cost_of(&chars("AA"), 0).expect("scored").abs() < 1e-5);
        let single = evidence(&[(0.1, &[('A', 0.9)]), (0.1, &[('A', 0.9)])]);
        // Two steps cannot hold A, blank, A: the second A counts as cut off.
        let cost = single.cost_of(&chars("AA"), 0).expect("scored");
        assert!((cost + CUT_OFF_COST).abs() < 1e-5, "{cost}");
    }

    #[test]
    fn a_value_at_a_lines_start_tells_where_it_ends_and_pays_nothing_for_the_rest() {
        // `X宮城仙台1`: a stray mark, 宮城 with 県 lost, and the rest of the address.
        let line = evidence(&[
            (0.1, &[('X', 0.9)]),
            (0.9, &[]),
            (0.1, &[('宮', 0.5), ('官', 0.4)]),
            (0.9, &[]),
            (0.1, &[('城', 0.9)]),
            (0.6, &[('県', 0.3)]),
            (0.1, &[('仙', 0.9)]),
            (0.9, &[]),
            (0.1, &[('台', 0.9)]),
            (0.1, &[('1', 0.9)]),
        ]);
        let found = line
            .align_at_start(&chars("宮城県仙台"), 0)
            .expect("aligned");
        // After 台 only `1` is left: four greedy characters before it.
        assert_eq!(found.chars_through, 5);
        // The stray mark (1.0) and 県 at 0.3 where the blank had 0.6.
        assert!(
            (found.cost + 1.0 + 2f32.ln()).abs() < 1e-4,
            "{}",
            found.cost
        );
        // A value the line does not hold costs more; its end is still found.
        let other = line
            .align_at_start(&chars("宮城県大崎"), 0)
            .expect("aligned");
        assert!(other.cost < found.cost - 5.0, "{}", other.cost);
        // After the first character, the stray mark is not paid for.
        let skipped = line
            .align_at_start(&chars("宮城県仙台"), 1)
            .expect("aligned");
        assert!((skipped.cost - found.cost - 1.0).abs() < 1e-4);
        // As a whole value, the rest of the line is paid for (here as a blank over `1`).
        let whole = line.cost_of(&chars("宮城県仙台"), 0).expect("scored");
        assert!(whole < found.cost - 2.0, "{whole}");
    }

    #[test]
    fn a_value_inside_a_line_starts_where_asked_and_accounts_for_its_stretch() {
        // `区大于町1`: a town between a municipality's last character and its block (the
        // blank has little probability where a character was read, as in print).
        let line = evidence(&[
            (0.01, &[('区', 0.9)]),
            (0.9, &[]),
            (0.01, &[('大', 0.9)]),
            (0.9, &[]),
            (0.01, &[('于', 0.6), ('手', 0.3)]),
            (0.9, &[]),
            (0.01, &[('町', 0.9)]),
            (0.9, &[]),
            (0.01, &[('1', 0.9)]),
        ]);
        let town = |name: &str| line.cost_within(&chars(name), 2, 8).expect("scored");
        // 手 at 0.3 where 于 had 0.6.
        assert!(
            (town("大手町") - 0.5f32.ln()).abs() < 1e-4,
            "{}",
            town("大手町")
        );
        // What the stretch read after a shorter value costs it (町 left over or read as the
        // blank), and so does a character the stretch does not have room for at its end.
        assert!(town("大手") < town("大手町") - 3.0);
        assert!(town("大手町西") < town("大手町") - 5.0);
        // It starts at the stretch's start: 大 left unread costs more than any misread.
        assert!(town("手町") < town("大手町") - 4.0);
        // The block after the stretch is not the value's.
        assert!(town("大手町1") < town("大手町") - 5.0);
        assert_eq!(line.cost_within(&[], 2, 8), None);
        assert_eq!(line.cost_within(&chars("大"), 20, 30), None);
    }

    #[test]
    fn a_value_spanning_a_stretch_pays_for_each_character_it_drops() {
        // `超楼市`, garbled with the blank likelier than any other character where each was
        // read: 柏市 drops one of them, 船橋市 misreads both.
        let line = evidence(&[
            (0.3, &[('超', 0.6)]),
            (0.9, &[]),
            (0.3, &[('楼', 0.6)]),
            (0.9, &[]),
            (0.01, &[('市', 0.9)]),
            (0.9, &[]),
        ]);
        let within = |name: &str| line.cost_within(&chars(name), 0, 6).expect("scored");
        let spanning = |name: &str| line.cost_spanning(&chars(name), 0, 6).expect("scored");
        // Inside a stretch, dropping 超 is far cheaper than misreading it.
        assert!(within("柏市") > within("船橋市") + 5.0);
        // Spanning it, the drop costs `DROPPED_INSIDE_COST` more: the shorter name's lead
        // shrinks to what a blank likelier than 超 leaves it.
        assert!(
            (spanning("柏市") - (within("柏市") - DROPPED_INSIDE_COST)).abs() < 1e-4,
            "{} {}",
            spanning("柏市"),
            within("柏市")
        );
        // A value that misreads or reads every character loses nothing.
        assert_eq!(spanning("船橋市"), within("船橋市"));
        assert_eq!(spanning("超楼市"), within("超楼市"));
    }

    #[test]
    fn a_characters_end_is_a_fraction_of_the_line() {
        let line = evidence(&[
            (0.1, &[('A', 0.9)]),
            (0.9, &[]),
            (0.1, &[('B', 0.9)]),
            (0.1, &[('B', 0.9)]),
        ]);
        assert_eq!(line.char_end(0), Some(0.25));
        assert_eq!(line.char_end(1), Some(1.0));
        assert_eq!(line.char_end(2), None);
        assert_eq!(LineEvidence::default().char_end(0), None);
    }

    /// Evidence for `text` printed at a pitch of two steps (a spike, then a blank), with the
    /// characters `dropped` lost to the blank: their step gives the blank 0.6 and them `p`.
    fn line_with_dropped(text: &str, dropped: &[(usize, f32)]) -> (LineEvidence, String) {
        let chars: Vec<char> = text.chars().collect();
        let spikes: Vec<[(char, f32); 1]> = chars
            .iter()
            .enumerate()
            .map(|(i, &c)| {
                let p = dropped.iter().find(|d| d.0 == i).map_or(0.9, |d| d.1);
                [(c, p)]
            })
            .collect();
        let mut rows: Vec<(f32, &[(char, f32)])> = Vec::new();
        for (i, spike) in spikes.iter().enumerate() {
            let lost = dropped.iter().any(|d| d.0 == i);
            rows.push((if lost { 0.6 } else { 0.1 }, spike.as_slice()));
            rows.push((0.95, &[]));
        }
        super::testing::evidence_and_text(&rows)
    }

    fn restored(line: &LineEvidence, greedy: &str) -> Option<(String, f32)> {
        let text = RecognizedText::new(greedy.to_owned(), vec![0.9; greedy.chars().count()]);
        line.restore_dropped(&text)
            .map(|r| (r.text.clone(), r.min_confidence()))
    }

    #[test]
    fn a_wide_character_lost_to_the_blank_is_put_back_at_its_probability() {
        let (line, greedy) = line_with_dropped("東町グリーンヒル", &[(5, 0.3)]);
        assert_eq!(greedy, "東町グリーヒル");
        let (text, confidence) = restored(&line, &greedy).expect("put back");
        assert_eq!(text, "東町グリーンヒル");
        assert!((confidence - 0.3).abs() < 1e-6, "{confidence}");
        // Two in a row (`マンション` read `マョン`).
        let (line, greedy) = line_with_dropped("本町マンション", &[(3, 0.2), (4, 0.25)]);
        assert_eq!(greedy, "本町マョン");
        assert_eq!(
            restored(&line, &greedy).map(|r| r.0).as_deref(),
            Some("本町マンション")
        );
    }

    #[test]
    fn gaps_with_nothing_likely_in_them_stay_as_read() {
        // Under the least probability.
        let (line, greedy) = line_with_dropped("東町グリーンヒル", &[(5, 0.03)]);
        assert_eq!(restored(&line, &greedy), None);
        // Nothing dropped.
        let (line, greedy) = line_with_dropped("東町グリーンヒル", &[]);
        assert_eq!(restored(&line, &greedy), None);
        // Too few wide characters to know the pitch.
        let (line, greedy) = line_with_dropped("東ン町", &[(1, 0.4)]);
        assert_eq!(restored(&line, &greedy), None);
        // Text that is not the evidence's greedy text.
        let (line, _) = line_with_dropped("東町グリーンヒル", &[(5, 0.3)]);
        assert_eq!(restored(&line, "東町"), None);
    }

    #[test]
    fn a_neighbours_own_character_is_not_put_back_beside_it() {
        // The gap's likeliest character is the one before it, still fading: its tail.
        let (line, greedy) = line_with_dropped("東町グリーンヒル", &[(5, 0.3)]);
        let with_tail = |keep_dropped: bool| {
            let mut steps = line.steps.clone();
            let step = &mut steps[10];
            step.kept[1] = ('ー', 0.4);
            step.labels[1] = 'ー';
            if !keep_dropped {
                step.kept[0] = ('\0', 0.0);
            }
            LineEvidence {
                steps,
                char_steps: line.char_steps.clone(),
            }
        };
        assert_eq!(
            restored(&with_tail(true), &greedy).map(|r| r.0).as_deref(),
            Some("東町グリーンヒル")
        );
        assert_eq!(restored(&with_tail(false), &greedy), None);
    }

    #[test]
    fn nothing_to_score_gives_none() {
        let line = evidence(&[(0.1, &[('A', 0.9)])]);
        assert_eq!(line.cost_of(&[], 0), None);
        assert_eq!(line.cost_of(&chars("A"), 5), None);
        assert_eq!(LineEvidence::default().cost_of(&chars("A"), 0), None);
    }
}
