//! Greedy CTC decoding of the recogniser's per-step class probabilities.

use std::sync::Arc;

use crate::text::RecognizedText;

/// Decodes `[steps × classes]` probabilities (class 0 is the blank): the most probable allowed
/// class per step, repeats merged, blanks dropped. A character's confidence is the highest
/// probability over the steps that produced it, its class's together with those of the
/// classes in `same_as[class]`: the dictionary spells many characters twice (`2` and `２`,
/// `(` and `（`), and a digit the recogniser is sure of, split between its two forms, is no
/// doubtful digit. `allowed[c]` false excludes class `c`.
/// Also gives, per character, its first step and one past its last.
pub fn decode(
    probabilities: &[f32],
    classes: usize,
    labels: &[String],
    same_as: &[Vec<usize>],
    allowed: Option<&[bool]>,
) -> (RecognizedText, Vec<(u32, u32)>) {
    let mut text = String::new();
    let mut confidences = Vec::new();
    let mut char_steps: Vec<(u32, u32)> = Vec::new();
    let mut previous = 0usize;
    if classes == 0 {
        return (RecognizedText::default(), char_steps);
    }
    for (t, step) in probabilities.chunks_exact(classes).enumerate() {
        let t = u32::try_from(t).unwrap_or(u32::MAX);
        let (class, p) = step
            .iter()
            .enumerate()
            .filter(|(c, _)| *c == 0 || allowed.is_none_or(|a| a.get(*c).copied().unwrap_or(false)))
            .fold(
                (0, f32::MIN),
                |best, (c, &p)| if p > best.1 { (c, p) } else { best },
            );
        let p = p + same_as.get(class).map_or(0.0, |others| {
            others.iter().filter_map(|&o| step.get(o)).sum::<f32>()
        });
        let p = p.min(1.0);
        if class != 0 && class == previous {
            if let Some(last) = confidences.last_mut() {
                let last: &mut f32 = last;
                *last = last.max(p);
            }
            let label_chars = labels.get(class).map_or(0, |l| l.chars().count());
            let from = char_steps.len().saturating_sub(label_chars);
            for span in &mut char_steps[from..] {
                span.1 = t + 1;
            }
        } else if class != 0 {
            let label = labels.get(class).map_or("", String::as_str);
            for ch in label.chars() {
                text.push(ch);
                confidences.push(p);
                char_steps.push((t, t + 1));
            }
        }
        previous = class;
    }
    (RecognizedText::new(text, confidences), char_steps)
}

/// Output restricted to a few characters, each fed by every class that looks like it (OCR-B
/// `I` often scores highest as `工`; `<` as `く`): per step, the probabilities of a character's
/// classes are summed.
#[derive(Debug)]
pub struct Alphabet {
    groups: Vec<(char, Vec<usize>)>,
    /// Classes that stand for one of several characters (the alphabet's indices): no vote
    /// for any, but evidence that the character read is one of them.
    undecided: Vec<(usize, Vec<usize>)>,
}

impl Alphabet {
    /// `target(label)` gives the character a class stands for, or `None` to exclude it.
    pub fn new(labels: &[String], target: impl Fn(&str) -> Option<char>) -> Alphabet {
        let mut groups: Vec<(char, Vec<usize>)> = Vec::new();
        for (class, label) in labels.iter().enumerate().skip(1) {
            let Some(ch) = target(label) else { continue };
            match groups.iter_mut().find(|(c, _)| *c == ch) {
                Some((_, classes)) => classes.push(class),
                None => groups.push((ch, vec![class])),
            }
        }
        Alphabet {
            groups,
            undecided: Vec::new(),
        }
    }

    /// The alphabet with the classes for which `among(label)` names several of its characters
    /// (the recogniser's `m` for OCR-B's `E` and `M` alike) kept as undecided evidence: they
    /// never decide which character is read, but add to the confidence of the one read, in
    /// proportion to its share of the named characters' probability.
    pub fn with_undecided(
        mut self,
        labels: &[String],
        among: impl Fn(&str) -> &'static [char],
    ) -> Alphabet {
        for (class, label) in labels.iter().enumerate().skip(1) {
            let indices: Vec<usize> = among(label)
                .iter()
                .filter_map(|ch| self.groups.iter().position(|(c, _)| c == ch))
                .collect();
            if indices.len() > 1 {
                self.undecided.push((class, indices));
            }
        }
        self
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

/// What the recogniser gave each step of a restricted read: the blank's probability, then
/// each alphabet character's (summed over its classes). Kept with the text so a
/// reader that knows the line's layout can decode it again under that knowledge.
#[derive(Clone, Debug, PartialEq)]
pub struct RestrictedSteps {
    pub chars: Vec<char>,
    /// `steps × (1 + chars.len())`, row-major.
    pub probabilities: Vec<f32>,
    /// The same shape: what undecided classes add to each character's confidence (see
    /// [`Alphabet::with_undecided`]); empty when none do.
    pub undecided: Vec<f32>,
}

impl RestrictedSteps {
    pub fn len(&self) -> usize {
        self.probabilities.len() / (self.chars.len() + 1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Step `t`: the blank's probability, then each character's.
    pub fn step(&self, t: usize) -> &[f32] {
        let width = self.chars.len() + 1;
        &self.probabilities[t * width..(t + 1) * width]
    }

    /// How sure step `t` is of character `g`: its probability and what undecided classes add
    /// to it, at most 1.
    pub fn confidence(&self, t: usize, g: usize) -> f32 {
        let width = self.chars.len() + 1;
        let at = t * width + 1 + g;
        let p = self.probabilities.get(at).copied().unwrap_or(0.0);
        (p + self.undecided.get(at).copied().unwrap_or(0.0)).min(1.0)
    }

    /// The greedy reading: per step the likeliest character (the first of equals) if it beats
    /// the blank, repeats merged.
    pub fn greedy_runs(&self) -> Vec<Run> {
        let mut runs: Vec<Run> = Vec::new();
        let mut previous = None;
        for t in 0..self.len() {
            let step = self.step(t);
            let (g, p) = step[1..]
                .iter()
                .enumerate()
                .fold((0, f32::MIN), |b, (g, &p)| if p > b.1 { (g, p) } else { b });
            let current = (p > step[0]).then_some(g);
            match (current, runs.last_mut()) {
                (Some(g), Some(run)) if previous == Some(g) => {
                    run.confidence = run.confidence.max(self.confidence(t, g))
                }
                (Some(g), _) => runs.push(Run {
                    g,
                    start: t,
                    confidence: self.confidence(t, g),
                }),
                (None, _) => {}
            }
            previous = current;
        }
        runs
    }

    /// The text of `runs` (of this line), with each run's confidence.
    pub fn text_of(&self, runs: &[Run]) -> RecognizedText {
        RecognizedText::new(
            runs.iter().map(|r| self.chars[r.g]).collect(),
            runs.iter().map(|r| r.confidence).collect(),
        )
    }
}

/// One character of a greedy reading: its alphabet index, first step and best probability
/// (at most 1).
pub struct Run {
    pub g: usize,
    pub start: usize,
    pub confidence: f32,
}

/// Greedy CTC over an [`Alphabet`]; repeats of a character merge whichever class gave them.
/// The text keeps the per-step probabilities ([`RecognizedText::steps`]).
pub fn decode_restricted(
    probabilities: &[f32],
    classes: usize,
    alphabet: &Alphabet,
) -> RecognizedText {
    if classes == 0 {
        return RecognizedText::default();
    }
    let chars: Vec<char> = alphabet.groups.iter().map(|(ch, _)| *ch).collect();
    let width = chars.len() + 1;
    let mut steps = Vec::with_capacity(probabilities.len() / classes * width);
    let mut undecided = Vec::new();
    for step in probabilities.chunks_exact(classes) {
        let row = steps.len();
        steps.push(step[0]);
        steps.extend(alphabet.groups.iter().map(|(_, members)| {
            members
                .iter()
                .map(|&c| step.get(c).copied().unwrap_or(0.0))
                .sum::<f32>()
        }));
        if alphabet.undecided.is_empty() {
            continue;
        }
        undecided.resize(row + width, 0.0);
        for (class, among) in &alphabet.undecided {
            let mass = step.get(*class).copied().unwrap_or(0.0);
            let shares: f32 = among.iter().map(|&g| steps[row + 1 + g]).sum();
            if shares <= 0.0 {
                continue;
            }
            for &g in among {
                undecided[row + 1 + g] += mass * steps[row + 1 + g] / shares;
            }
        }
    }
    let steps = RestrictedSteps {
        chars,
        probabilities: steps,
        undecided,
    };
    let mut text = steps.text_of(&steps.greedy_runs());
    text.steps = Some(Arc::new(steps));
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_repeats_and_drops_blanks() {
        let labels: Vec<String> = ["", "A", "<"].iter().map(|s| s.to_string()).collect();
        // Steps: A A blank < blank < → "A<<"
        let p = [
            0.1, 0.8, 0.1, //
            0.2, 0.7, 0.1, //
            0.9, 0.05, 0.05, //
            0.1, 0.1, 0.8, //
            0.6, 0.1, 0.3, //
            0.1, 0.2, 0.7,
        ];
        let (out, steps) = decode(&p, 3, &labels, &[], None);
        assert_eq!(out.text, "A<<");
        assert_eq!(out.confidences, vec![0.8, 0.8, 0.7]);
        assert_eq!(steps, vec![(0, 2), (3, 4), (5, 6)]);
        // Without `<` allowed, the next best class wins those steps: blank, then A again.
        let (out, _) = decode(&p, 3, &labels, &[], Some(&[true, true, false]));
        assert_eq!(out.text, "AA");
        assert!(decode(&[], 0, &labels, &[], None).0.text.is_empty());
    }

    #[test]
    fn a_characters_two_spellings_share_its_confidence() {
        let labels: Vec<String> = ["", "2", "２", "7"].iter().map(|s| s.to_string()).collect();
        let same_as = vec![vec![], vec![2], vec![1], vec![]];
        // The digit is sure (0.9) but split 0.5 / 0.4 between its forms; 7 is not it.
        let p = [
            0.05, 0.5, 0.4, 0.05, //
            0.9, 0.0, 0.0, 0.1,
        ];
        let (out, _) = decode(&p, 4, &labels, &same_as, None);
        assert_eq!(out.text, "2");
        assert!((out.confidences[0] - 0.9).abs() < 1e-6);
        // Without the pairing it is the likelier form's alone.
        let (out, _) = decode(&p, 4, &labels, &[], None);
        assert!((out.confidences[0] - 0.5).abs() < 1e-6);
    }

    #[test]
    fn undecided_classes_add_to_the_confidence_of_the_character_read_not_to_the_choice() {
        let labels: Vec<String> = ["", "M", "E", "m", "F"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let target = |l: &str| match l {
            "M" | "E" | "F" => l.chars().next(),
            _ => None,
        };
        let alphabet = Alphabet::new(&labels, target).with_undecided(&labels, |l| match l {
            "m" => &['E', 'M'],
            _ => &[],
        });
        // The recogniser's mass is on `m`: M 0.05 beats E 0.01 and takes five sixths of it;
        // where `m` is all there is, the blank wins as before (no vote for either).
        let p = [
            0.03, 0.05, 0.01, 0.9, 0.01, //
            0.9, 0.0, 0.0, 0.1, 0.0, //
            0.05, 0.0, 0.0, 0.95, 0.0, //
            0.1, 0.0, 0.0, 0.0, 0.9,
        ];
        let out = decode_restricted(&p, 5, &alphabet);
        assert_eq!(out.text, "MF");
        assert!((out.confidences[0] - (0.05 + 0.9 * 5.0 / 6.0)).abs() < 1e-5);
        assert!((out.confidences[1] - 0.9).abs() < 1e-6);
        // Without undecided classes the confidence is M's own.
        let plain = decode_restricted(&p, 5, &Alphabet::new(&labels, target));
        assert_eq!(plain.text, "MF");
        assert!((plain.confidences[0] - 0.05).abs() < 1e-6);
    }

    #[test]
    fn restricted_alphabet_sums_look_alikes() {
        let labels: Vec<String> = ["", "I", "工", "H"].iter().map(|s| s.to_string()).collect();
        let alphabet = Alphabet::new(&labels, |l| match l {
            "I" | "工" => Some('I'),
            "H" => Some('H'),
            _ => None,
        });
        // 工 0.4 + I 0.25 beat H 0.3; the next step's 工 continues the same I.
        let p = [
            0.05, 0.25, 0.4, 0.3, //
            0.1, 0.0, 0.9, 0.0, //
            0.9, 0.0, 0.0, 0.1, //
            0.1, 0.0, 0.1, 0.8,
        ];
        let out = decode_restricted(&p, 4, &alphabet);
        assert_eq!(out.text, "IH");
        assert!((out.confidences[0] - 0.9).abs() < 1e-6);
    }
}
